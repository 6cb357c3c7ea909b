"""Each story's linked result, so that adding articles relinks only the stories they change; and the publication
dates inferred for articles that state none, so that adding articles reads only the new texts for them.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
    )
    op.create_table(
        "published",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("day", sa.Text),
        sa.Column("how", sa.String(20)),
    )


def downgrade() -> None:
    op.drop_table("published")
    op.drop_table("stories")
