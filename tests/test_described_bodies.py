"""A speaker an article only describes ("the army said", "nach Angaben der Armee", "a déclaré l'armée") is the one
body the article names whose names hold the description's words. Sentences and names written for these tests."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.described import described_body
from rashomon.model import Entity

from .dated_articles import corpus

_ARMY = Entity(id="E1", name="Lerovian army", type="ORG", aliases=("LDF", "lerovische Armee", "armée lérovienne"))
_POLICE = Entity(id="E2", name="Varno police", type="ORG", aliases=("police of Varno",))
_MINISTRY = Entity(id="E3", name="Lerovian health ministry", type="ORG")
_DEFENCE = Entity(id="E4", name="Lerovian defence ministry", type="ORG")
_GENERAL = Entity(id="E5", name="Army General Ana Pires", type="PERSON")
_ENTITIES = {e.id: e for e in (_ARMY, _POLICE, _MINISTRY, _DEFENCE, _GENERAL)}


def _mentions(*ids: str) -> list[tuple[int, int, str]]:
    return [(10 * n, 10 * n + 5, eid) for n, eid in enumerate(ids)]


def test_a_definite_description_is_the_one_body_whose_name_holds_its_words() -> None:
    mentions = _mentions("E1", "E2", "E3")
    assert described_body("The army", mentions, _ENTITIES) == "E1"
    assert described_body("der lerovischen Armee", mentions, _ENTITIES) is None  # an inflected word is another word
    assert described_body("l'armée", mentions, _ENTITIES) == "E1"
    assert described_body("la police", mentions, _ENTITIES) == "E2"
    assert described_body("the health ministry", mentions, _ENTITIES) == "E3"


def test_two_bodies_that_fit_or_none_leave_the_speaker_unnamed() -> None:
    mentions = _mentions("E1", "E3", "E4")
    assert described_body("the ministry", mentions, _ENTITIES) is None  # health or defence: nobody in particular
    assert described_body("the statement", mentions, _ENTITIES) is None
    assert described_body("an army officer", mentions, _ENTITIES) is None  # indefinite: unnamed
    assert described_body("army", mentions, _ENTITIES) is None  # no article: not a description read here
    assert described_body("the army", _mentions("E3"), _ENTITIES) is None  # the article names no army


def test_a_person_is_no_body() -> None:
    assert described_body("the army", _mentions("E5"), _ENTITIES) is None


def test_a_described_speaker_gets_the_army_the_article_names(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "The Lerovian Army denied the charge on Monday. A spokesman for the Lerovian Army said its troops were "
            "not in Varno that night.",
        ),
        (
            "2024-05-02",
            "Zeugen in Varno sagten, die Lerovian Army habe auf die Menge geschossen. Nach Angaben der Army wurde "
            "„niemals auf die Menge geschossen“.",
        ),
    )
    names = {e.id: e.name for e in led.entities}
    said = [q for q in led.quotes if q.article == "A2" and q.text.startswith("niemals")]
    assert [(q.speaker_text, names.get(q.speaker or "")) for q in said] == [("der Army", "Lerovian Army")]
    claims = [c for c in led.claims if c.article == "A2" and c.text.startswith("niemals")]
    assert [names.get(c.speaker or "") for c in claims] == ["Lerovian Army"]  # the claim's speaker too


def test_it_soon_after_a_described_body_speaks_for_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "The Israeli army denied the charge on Monday. The Israel Defense Forces (IDF) said its troops were not in "
            "Varno.",
        ),
        (
            "2024-05-02",
            "The IDF was in Varno on Monday. The army said it did not fire at the crowd. It said that troops had fired "
            "on two men who approached a tank.",
        ),
    )
    names = {e.id: e.name for e in led.entities}
    army = {names.get(c.speaker or "") for c in led.claims if c.article == "A1" and c.speaker}
    told = [(c.speaker_text, names.get(c.speaker or "")) for c in led.claims if c.article == "A2" and c.speaker_text]
    assert told and all(name in army for _, name in told)  # "The army" and then "It": the IDF the corpus names
    assert {text for text, _ in told} == {"The army", "It"}
