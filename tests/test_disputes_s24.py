"""Twenty-fourth session, disputes: whether the place struck was open with people inside or closed, and weapons kept
at the site as a military target; two named sources one article sets against each other on such a state. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from tests.test_disputes_s16 import _answers, _ledger

_INSIDE = "people inside the place struck"
_MILITARY = "a military target at the site"


@pytest.mark.parametrize(
    ("name", "text", "stance"),
    [
        ("01-en.txt", "The Varno ministry said the missile hit a closed shopping mall in Lerovo on Monday.", "denied"),
        (
            "01-en.txt",
            "The fire spread to the nearby shopping mall, which was not operational at the time, the Varno army said.",
            "denied",
        ),
        ("01-en.txt", "Mayor Ivan Petrenko said around 800 people were inside when the missile hit Lerovo.", None),
        ("01-en.txt", "A missile hit a crowded market in Lerovo on Monday, the regional governor said.", None),
        (
            "01-de.txt",
            "Laut der Armee von Varno war das Einkaufszentrum in Lerovo zu dem Zeitpunkt geschlossen.",
            "denied",
        ),
        (
            "01-de.txt",
            "Die Behörden von Lerovo hatten dagegen angegeben, das Einkaufszentrum sei voller Menschen gewesen.",
            None,
        ),
        (
            "01-es.txt",
            "El ministerio de Varno afirmó que el misil cayó sobre un centro comercial que estaba cerrado.",
            "denied",
        ),
        (
            "01-fr.txt",
            "Le missile a frappé un centre commercial « où se trouvaient plus de mille civils », selon le maire.",
            None,
        ),
        (
            "01-ru.txt",
            "Пожар возник в нефункционировавшем торговом центре рядом с заводом, сообщили в Варно.",
            "denied",
        ),
        ("01-uk.txt", "У торговому центрі в момент удару перебували понад тисячу людей, заявив мер Лерово.", None),
    ],
)
def test_people_inside_or_a_closed_place(tmp_path: Path, name: str, text: str, stance: str | None) -> None:
    told = [(value, said) for value, said, _ in _answers(_ledger(tmp_path, {name: text}), "state") if value == _INSIDE]
    assert told, "no answer on whether people were inside"
    assert all((said == "denied") == (stance == "denied") for _, said in told)


def test_a_closed_road_says_nothing_of_people_inside(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "The road to Lerovo was closed after the strike, the Varno police said."})
    assert [v for v, _, _ in _answers(led, "state") if v == _INSIDE] == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-en.txt", "The Varno army said its missiles struck hangars with weapons and ammunition near Lerovo."),
        ("01-ru.txt", "Министерство обороны Варно сообщило об ударе по ангарам с вооружениями в Лерово."),
        ("01-es.txt", "El ejército de Varno dijo que atacó hangares con armas y municiones cerca de Lerovo."),
    ],
)
def test_weapons_kept_at_the_site_are_a_military_target(tmp_path: Path, name: str, text: str) -> None:
    told = [(v, s) for v, s, _ in _answers(_ledger(tmp_path, {name: text}), "state") if v == _MILITARY]
    assert told and all(s != "denied" for _, s in told)


def _contradicted(led: rashomon.Ledger) -> list[tuple[str, str]]:
    claims = {c.id: c.text for c in led.claims}
    return [(claims[r.a], claims[r.b]) for r in led.relations if r.type == "contradicts"]


def test_two_named_sources_of_one_article_set_against_each_other_on_people_inside(tmp_path: Path) -> None:
    text = (
        "The Varno defence ministry said the blast caused a fire in a non-functioning shopping center near the "
        "depot.\n\n"
        "Lerovo's mayor Ivan Petrenko said around 800 people were inside the shopping center at the time of the strike."
    )
    pairs = _contradicted(_ledger(tmp_path, {"01-en.txt": text}))
    assert any("non-functioning" in a + b and "800 people" in a + b for a, b in pairs)


def test_one_source_telling_both_is_no_dispute(tmp_path: Path) -> None:
    text = (
        "The shopping center in Lerovo was closed on Sunday.\n\n"
        "On Monday around 800 people were inside the shopping center when the missile hit."
    )
    assert _contradicted(_ledger(tmp_path, {"01-en.txt": text})) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The election in Lerovia was open, competitive and ensured the free expression of the will of citizens.",
            None,
        ),
        ("Observers said the election in Lerovia was marred by intimidation of opposition candidates.", "denied"),
        ("The election had been free and democratic, the Varnian prime minister said.", None),
        ("Observers said the vote took place on an uneven playing field.", "denied"),
    ],
)
def test_words_for_a_clean_or_a_flawed_vote(tmp_path: Path, text: str, stance: str | None) -> None:
    told = _answers(_ledger(tmp_path, {"01-en.txt": text}), "integrity")
    assert told and all(v == "clean" and (s == "denied") == (stance == "denied") for v, s, _ in told)


def test_a_strike_called_a_fake_is_denied_and_its_allegedly_stays_in_the_claim(tmp_path: Path) -> None:
    texts = {
        "01-ru.txt": (
            "Официальный представитель МИД Варно Мария Петренко назвала фейком удар по рынку в Лерово, который "
            "якобы нанесли российские военные."
        ),
        "02-uk.txt": "Російські військові завдали удару по ринку в Лерово, заявили в ДСНС.",
    }
    led = _ledger(tmp_path, texts)
    assert ("Russia", "denied", None) in _answers(led, "agent")
    assert ("Russia", "attributed", None) in _answers(led, "agent")
    claims = [c.text for c in led.claims if c.article == "A1"]
    assert any("якобы нанесли российские военные" in c for c in claims)  # one claim, not a reported clause
