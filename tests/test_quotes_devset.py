"""Every passage of the quote development set: each expected quote found with its kind, speaker text, resolved
speaker and relaying outlet, and no other speech quote. See tests/quotes_devset.py for the aggregate numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from .quotes_devset import cases, run_case

# Failures that belong to another stage; strict, so a fix there shows up here.
KNOWN: dict[str, str] = {}
CASES = cases()


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c, id=c["id"], marks=[pytest.mark.xfail(reason=KNOWN[c["id"]], strict=True)] if c["id"] in KNOWN else []
        )
        for c in CASES
    ],
)
def test_passage(case: dict, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    assert result.ok, {"missed": result.missed, "spurious": result.spurious, "wrong": result.wrong}


def test_the_set_covers_every_style() -> None:
    styles = " ".join(c["style"] for c in CASES)
    for style in (
        "curly",
        "straight",
        "guillemets",
        "German",
        "single",
        "''",
        "nested",
        "split",
        "multi-paragraph",
        "fragment",
        "headline",
        "so-called",
        "title",
        "indirect",
        "according",
        "pronoun",
        "apposition",
        "unnamed",
        "Telegram",
        "told Reuters",
        "quoted X as saying",
        "interview",
    ):
        assert style in styles, style
    assert len(CASES) >= 40
