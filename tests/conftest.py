"""Shared fixtures: the English pipeline once per session, helpers to analyse a short text, the example ledger."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.model import Analysis, Article, Ledger

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "il76"
# The eval kit (score.py and the gold) is not part of the repository: by default beside it, at ../shared/eval,
# or where RASHOMON_EVAL says. Where it is supposed to be (CI=true, or RASHOMON_EVAL set) the quality gate fails
# without it; elsewhere (a new user's clone) the gate is skipped with one line of reason.
EVAL = Path(os.environ.get("RASHOMON_EVAL") or ROOT.parent / "shared" / "eval")
_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
EVAL_REQUIRED = _CI or bool(os.environ.get("RASHOMON_EVAL"))
GOLD = EVAL / "il76.gold.json"
SCORER = EVAL / "score.py"
EVAL_MISSING = f"quality gate: no eval kit at {EVAL} (set RASHOMON_EVAL=DIR, or CI=true to require it)"
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def make_article(
    text: str,
    *,
    id: str = "A1",
    published: str | None = "2024-01-25",
    language: str | None = "en",
    outlet: str | None = None,
    name: str = "test.txt",
) -> Article:
    return Article(
        id=id,
        source=name,
        name=name,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        outlet=outlet,
        published=published,
        published_from="header" if published else None,
        language=language,
    )


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from rashomon.extract.nlp import english

    return english()


@pytest.fixture(scope="session")
def analyze_text() -> Callable[..., Analysis]:
    """``analyze_text(text, published=..., language=...)``: run every per-article stage on one text."""
    from rashomon.pipeline import Pipeline

    pipeline = Pipeline()

    def run(text: str, **kw: object) -> Analysis:
        return pipeline.run(make_article(text, **kw))  # type: ignore[arg-type]

    return run


@pytest.fixture(scope="session")
def il76_ledger() -> Ledger:
    """The example corpus's ledger, built once per session through the public API."""
    import rashomon

    return rashomon.analyze([EXAMPLES])


@pytest.fixture(scope="session")
def il76_scores(il76_ledger: Ledger, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The eval kit's metrics for the example ledger (skipped without the kit, unless it is required: see EVAL)."""
    if not SCORER.exists():
        if EVAL_REQUIRED:
            pytest.fail(f"the quality gate needs the eval kit's score.py at {SCORER}")
        pytest.skip(EVAL_MISSING)
    from rashomon.ledger import write_ledger

    path = write_ledger(il76_ledger, tmp_path_factory.mktemp("il76") / "ledger.json")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(path), str(GOLD), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return json.loads(out.stdout)


from .store_targets import pg_schema, pg_url, target  # noqa: E402, F401 - the store tests' fixtures
from .test_report_browser import browser  # noqa: E402, F401 - one headless Chromium per module, for every browser test
