"""The disputes scorer's own rule: which two gold answers are rivals."""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from disputes_score import _rival  # noqa: E402


def test_two_firm_answers_that_differ_are_rivals_and_two_that_agree_are_not() -> None:
    assert _rival({"value": "army", "stance": "asserted"}, {"value": "police", "stance": "attributed"})
    assert not _rival({"value": "army", "stance": "asserted"}, {"value": "army", "stance": "attributed"})


def test_a_denial_is_the_rival_of_the_answer_it_denies_only() -> None:
    assert _rival({"value": "army", "stance": "denied"}, {"value": "army", "stance": "asserted"})
    assert not _rival({"value": "army", "stance": "denied"}, {"value": "police", "stance": "asserted"})
    assert not _rival({"value": "army", "stance": "denied"}, {"value": "police", "stance": "denied"})


def test_a_hedged_answer_is_nobody_s_rival() -> None:
    assert not _rival({"value": "a bomb", "stance": "hedged"}, {"value": "a fault", "stance": "asserted"})
    assert not _rival({"value": "a bomb", "stance": "asserted"}, {"value": "a bomb", "stance": "hedged"})
