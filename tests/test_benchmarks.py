"""The benchmark kit's own pieces: the synthetic corpus is deterministic, varied and shaped like wire news."""

from __future__ import annotations

import re
import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import corpus  # noqa: E402


def test_the_same_seed_gives_the_same_corpus_and_another_seed_does_not() -> None:
    assert corpus(30, seed=3) == corpus(30, seed=3)
    assert [a.text for a in corpus(30, seed=3)] != [a.text for a in corpus(30, seed=4)]


def test_articles_carry_the_structure_the_pipeline_reads() -> None:
    arts = corpus(60, seed=1)
    texts = [a.text for a in arts]
    assert len({a.name for a in arts}) == 60
    assert all(re.search(r"\b\d{1,3}(,\d{3})*\b", t) for t in texts)  # counted numbers
    assert any(re.search(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \([^)]+\) - ", t, re.M) for t in texts)  # datelines
    assert any(t.split("\n\n")[1].startswith("date 20") for t in texts)  # date headers
    marks = {m for t in texts for m in '\u201c"\u00ab\u2018' if m in t}
    assert len(marks) == 4  # every quotation-mark style occurs
    assert all("denied" in t for t in texts)
    assert len({a.published for a in arts}) > 5 and len({a.outlet for a in arts}) > 3


def test_sizes_are_exact() -> None:
    assert [len(corpus(n)) for n in (1, 9, 101)] == [1, 9, 101]
