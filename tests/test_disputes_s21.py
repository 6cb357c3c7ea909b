"""Twenty-first session, disputes: a side's word that it never strikes civilians answers the charge that the attack
was deliberate. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from tests.test_disputes_s16 import _ledger


def _intents(led: rashomon.Ledger) -> list[tuple[str, str, str | None]]:
    return [(a.value, a.stance, a.note) for q in led.questions if q.kind == "intent" for a in q.answers]


@pytest.mark.parametrize(
    "said",
    [
        "Kremlin spokesman Pavel Orlov said Russian forces have never targeted civilian infrastructure in Valdoria.",
        "The army spokesman said the army does not target civilians and is looking into the report.",
    ],
)
def test_a_policy_of_never_striking_civilians_denies_a_deliberate_attack(tmp_path: Path, said: str) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "President Ana Sorin said the strike on the market was a deliberate attack on civilians.",
            "02-en.txt": said,
        },
    )
    assert ("deliberate", "denied", "policy") in _intents(led)
    assert any(r.type == "contradicts" for r in led.relations)


def test_a_denial_of_the_policy_is_no_answer(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "The rights group denied that the army never targets civilians in the region."},
    )
    assert ("deliberate", "denied", "policy") not in _intents(led)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-pl.txt", "Premier Jan Kowalczyk oskarżył Rosję o atak na magazyn paliwa pod Chełmem."),
        ("01-fr.txt", "Le président Paul Renard a accusé la Russie d'avoir frappé le dépôt de carburant."),
    ],
)
def test_an_accusation_abroad_is_the_word_of_the_person_who_makes_it(tmp_path: Path, name: str, text: str) -> None:
    led = _ledger(tmp_path, {name: text})
    people = {e.id: e.name for e in led.entities if e.type == "PERSON"}
    origins = {people.get(a.origin or "") for q in led.questions if q.kind == "agent" for a in q.answers}
    assert origins == {"Jan Kowalczyk" if name.endswith("pl.txt") else "Paul Renard"}
