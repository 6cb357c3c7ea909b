"""Where the store tests keep their cases: a SQLite file, and a fresh schema in the PostgreSQL at 127.0.0.1:5432.

The PostgreSQL tests are skipped, with the reason, only when no server answers
and ``CI`` is not set; under ``CI=true`` an unreachable server fails them.
``RASHOMON_TEST_PG`` overrides the server's URL.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rashomon.store import Case, open_case
from rashomon.store import tables as t

PG_URLS = (
    [os.environ["RASHOMON_TEST_PG"]]
    if os.environ.get("RASHOMON_TEST_PG")
    else ["postgresql://postgres@127.0.0.1:5432/test", "postgresql://root@127.0.0.1:5432/test"]
)


@dataclass(frozen=True)
class Target:
    kind: str  # sqlite | postgresql
    case: str  # the file path, or the case's name
    store: str | None  # None for a file, else the URL (with its own schema on the search path)

    def open(self, *, create: bool = True) -> Case:
        return open_case(self.case, self.store, create=create)


def _reachable_pg() -> tuple[str | None, str]:
    try:
        import psycopg
    except ImportError:
        return None, "psycopg is not installed (the postgres extra)"
    problems = []
    for url in PG_URLS:
        try:
            with psycopg.connect(url, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            return url, ""
        except psycopg.Error as exc:
            problems.append(f"{url}: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}")
    return None, "; ".join(problems)


@pytest.fixture(scope="session")
def pg_url() -> str:
    url, why = _reachable_pg()
    if url is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI is set and PostgreSQL is unreachable: {why}")
        pytest.skip(f"PostgreSQL unreachable ({why}); set CI=true to make this a failure")
    return url


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    """A store URL whose search path is a new schema, dropped after the test."""
    import psycopg

    schema = f"rashomon_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    if request.param == "sqlite":
        return Target("sqlite", str(tmp_path / "case.rashomon"), None)
    return Target("postgresql", "case", request.getfixturevalue("pg_schema"))


def check_consistent(case: Case) -> dict[str, int]:
    """Fail unless the store holds no half article, no orphan extraction and no input pointing nowhere."""
    with case.engine.connect() as conn:
        arts = conn.execute(
            select(t.articles.c.seq, t.articles.c.sha256, t.articles.c.text).where(t.articles.c.case_id == case.id)
        ).all()
        for seq, sha, text in arts:
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() == sha, f"article A{seq}: text does not match"
        seqs = sorted(r.seq for r in arts)
        assert seqs == list(range(1, len(seqs) + 1)), f"article numbers have gaps: {seqs}"
        orphans = conn.execute(
            select(func.count())
            .select_from(
                t.extractions.outerjoin(
                    t.articles,
                    (t.extractions.c.case_id == t.articles.c.case_id) & (t.extractions.c.seq == t.articles.c.seq),
                )
            )
            .where(t.articles.c.seq.is_(None))
        ).scalar_one()
        assert orphans == 0, f"{orphans} extraction(s) without their article"
        by_sha = {sha: seq for seq, sha, _ in arts}
        for seq, sha in conn.execute(
            select(t.extractions.c.seq, t.extractions.c.sha256).where(t.extractions.c.case_id == case.id)
        ):
            assert by_sha.get(sha) == seq, f"extraction of A{seq} is of another text"
        inputs = conn.execute(
            select(t.inputs.c.seq, t.inputs.c.status, t.inputs.c.article).where(t.inputs.c.case_id == case.id)
        ).all()
        numbers = sorted(r.seq for r in inputs)
        assert numbers == list(range(1, len(numbers) + 1)), f"input numbers have gaps: {numbers}"
        pointed = sorted(r.article for r in inputs if r.status == "ok")
        assert pointed == seqs, "every article comes from exactly one ok input, and every ok input has its article"
        extracted = conn.execute(select(func.count()).where(t.extractions.c.case_id == case.id)).scalar_one()
    return {"articles": len(arts), "inputs": len(inputs), "extracted": int(extracted)}
