"""benchmarks/conflict_stages.py: the stage at which each gold conflict is lost, on a ledger and gold written here."""

from __future__ import annotations

import sys
from typing import Any

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from conflict_stages import stages  # noqa: E402

TEXT_A = "The army fired on the market. The toll is 12."
TEXT_B = "Rebels fired on the market. The toll is 14."
TEXT_C = "Rebels shelled the market. Nobody knows the hour."


def _claim(cid: str, article: str, text: str, words: str) -> dict[str, Any]:
    at = text.index(words)
    return {"id": cid, "article": article, "start": at, "end": at + len(words)}


LEDGER = {
    "articles": [
        {"id": "A1", "name": "a.txt", "text": TEXT_A},
        {"id": "A2", "name": "b.txt", "text": TEXT_B},
        {"id": "A3", "name": "c.txt", "text": TEXT_C},
    ],
    "claims": [
        _claim("C1", "A1", TEXT_A, "The army fired on the market."),
        _claim("C2", "A1", TEXT_A, "The toll is 12."),
        _claim("C3", "A2", TEXT_B, "Rebels fired on the market."),
        _claim("C4", "A2", TEXT_B, "The toll is 14."),
        _claim("C5", "A3", TEXT_C, "Rebels shelled the market."),
    ],
    "questions": [
        {"id": "W1", "answers": [{"claim": "C1"}, {"claim": "C3"}, {"claim": "C5"}]},
        {"id": "W2", "answers": [{"claim": "C2"}, {"claim": "C4"}]},
    ],
    "relations": [
        {
            "type": "contradicts",
            "a": "C1",
            "b": "C3",
            "details": [{"kind": "side", "text": "army: A1 C1"}, {"kind": "side", "text": "rebels: A2 C3, A3 C5"}],
        }
    ],
}


def _conflict(a: tuple[str, str], b: tuple[str, str]) -> dict[str, Any]:
    return {"a": {"doc": a[0], "text": a[1]}, "b": {"doc": b[0], "text": b[1]}, "why": f"{a[1]} vs {b[1]}"}


def test_each_conflict_gets_the_first_stage_it_fails() -> None:
    gold = {
        "conflicts": [
            _conflict(("a.txt", "The army fired"), ("b.txt", "Rebels fired")),  # the relation's own ends
            _conflict(("a.txt", "The army fired"), ("c.txt", "Rebels shelled")),  # a source of its side
            _conflict(("a.txt", "toll is 12"), ("b.txt", "toll is 14")),  # one question, never set against
            _conflict(("a.txt", "toll is 12"), ("c.txt", "Rebels shelled")),  # two questions
            _conflict(("b.txt", "toll is 14"), ("c.txt", "Nobody knows")),  # no claim over one side
            _conflict(("a.txt", "The army fired"), ("d.txt", "not analysed")),  # an article the ledger lacks
        ]
    }
    assert [stage for stage, _ in stages(LEDGER, gold)] == [
        "6 linked",
        "5 on sides, not the pair",
        "4 not rivals",
        "3 another question",
        "1 no claim",
    ]


def test_a_claim_that_answers_nothing_is_the_no_answer_stage() -> None:
    ledger = {**LEDGER, "questions": [{"id": "W1", "answers": [{"claim": "C1"}]}]}
    gold = {"conflicts": [_conflict(("a.txt", "The army fired"), ("b.txt", "Rebels fired"))]}
    ledger["relations"] = []
    assert [stage for stage, _ in stages(ledger, gold)] == ["2 no answer"]
