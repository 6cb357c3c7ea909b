"""The first store: cases, inputs, articles, extractions, ledgers.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created", sa.String(32), nullable=False),
    )
    op.create_table(
        "inputs",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("batch", sa.String(40), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("raw_sha256", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("problem", sa.Text),
        sa.Column("article", sa.Integer),
        sa.Column("added", sa.String(32), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.Text, nullable=False),
        sa.Column("added", sa.String(32), nullable=False),
        sa.UniqueConstraint("case_id", "sha256", name="uq_articles_case_sha256"),
    )
    op.create_table(
        "extractions",
        sa.Column("case_id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("extractor", sa.String(400), nullable=False),
        sa.Column("context", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id", "seq"], ["articles.case_id", "articles.seq"], name="fk_extractions_article"
        ),
    )
    op.create_table(
        "ledgers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("inputs", sa.Integer, nullable=False),
        sa.Column("extractor", sa.String(400), nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text),
    )


def downgrade() -> None:
    for name in ("ledgers", "extractions", "articles", "inputs", "cases"):
        op.drop_table(name)
