"""The store's tables as SQLAlchemy Core objects, at the newest migration (see ``migrations/versions``).

cases        one row per case (a SQLite case file holds one)
inputs       every input ever given to ``add``: raw bytes sha256, status and reason, in arrival order
articles     each article's text and metadata (before publication dates are inferred), in arrival order
extractions  each article's per-article analysis as JSON, keyed by text sha256, extractor version and the
             metadata the extractors read
ledgers      each linked ledger: which articles it covered and when; the newest keeps its JSON
stories      each story's linked result, keyed by a hash of its articles' extractions and the linker version,
             so that adding articles relinks only the stories whose articles changed
published    publication dates inferred for articles that state none, by text and the corpus's anchor day
embeddings   sentence vectors of claim texts, so relinking encodes only new texts
jobs         work the server runs in the background, with its progress
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created", String(32), nullable=False),
)

inputs = Table(
    "inputs",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("batch", String(40), nullable=False),
    Column("source", Text, nullable=False),
    Column("raw_sha256", String(64)),
    Column("status", String(16), nullable=False),
    Column("problem", Text),
    Column("article", Integer),  # articles.seq when ok
    Column("added", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),  # the article's id is f"A{seq}"
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("meta", Text, nullable=False),  # JSON: Article fields but id and text
    Column("added", String(32), nullable=False),
    UniqueConstraint("case_id", "sha256", name="uq_articles_case_sha256"),
)

extractions = Table(
    "extractions",
    metadata,
    Column("case_id", Integer, primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("extractor", String(400), nullable=False),
    Column("context", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created", String(32), nullable=False),
    ForeignKeyConstraint(["case_id", "seq"], ["articles.case_id", "articles.seq"], name="fk_extractions_article"),
)

ledgers = Table(
    "ledgers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("articles", Integer, nullable=False),  # covers articles A1..A{articles}
    Column("inputs", Integer, nullable=False),  # and inputs 1..inputs
    Column("extractor", String(400), nullable=False),
    Column("created", String(32), nullable=False),
    Column("payload", Text),  # the ledger JSON; cleared when a newer ledger is stored
)

stories = Table(
    "stories",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("key", String(64), primary_key=True),  # sha256 of the linker version and the members' extraction keys
    Column("payload", Text, nullable=False),  # rashomon.link.Story as JSON
    Column("created", String(32), nullable=False),
)

published = Table(
    "published",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("key", String(100), primary_key=True),  # the text's sha256, the corpus's anchor day, whether stated
    Column("day", Text),  # the inferred publication day (or the years the text dates); None when none
    Column("how", String(20)),  # dateline | inferred (| years)
)

embeddings = Table(
    "embeddings",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("model", String(100), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("state", String(16), nullable=False),  # queued | running | done | failed
    Column("done", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("message", Text),
    Column("result", Text),  # JSON
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
)
