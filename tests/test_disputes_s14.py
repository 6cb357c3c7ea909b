"""Answers and comparisons that set rival accounts where the sentences tell none: an accuser the parse hung on the
main clause, a craft named by its airline as the doer, the place of an attack as its doer, an intent word about a way
of telling, a person against a state. Sentences written for these tests, about invented events."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from rashomon.extract.frames import _subject

from .dated_articles import answers, corpus

STRIKE = "Peruvian troops shelled the market in Orvik on Tuesday, killing 12 people, officials said."


def _contradicts(led: object) -> list[str]:
    return [r.why for r in led.relations if r.type == "contradicts"]  # type: ignore[attr-defined]


def test_a_subject_parsed_as_the_object_of_its_conjunction_is_the_subject() -> None:
    # the parse the model gave a longer sentence of this shape: "after" a preposition, "Ruiz" its object, the verb
    # hung on the main clause with no subject of its own
    words = ["Peru", "was", "angry", "after", "Ana", "Ruiz", "accused", "it", "."]
    heads = [1, 1, 1, 6, 5, 3, 1, 6, 1]
    deps = ["nsubj", "ROOT", "acomp", "mark", "compound", "pobj", "advcl", "dobj", "punct"]
    tags = ["NNP", "VBD", "JJ", "IN", "NNP", "NNP", "VBD", "PRP", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    subject = _subject(doc[6])
    assert subject is not None and subject.text == "Ruiz"


def test_the_accuser_after_a_conjunction_is_the_subject_of_its_verb(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "Chile accused Peru of shelling the market in Orvik on Tuesday, killing 12 people."),
        (
            "2024-05-02",
            "Peru was in a defensive mood after Chilean President Ana Ruiz accused it of shelling the Orvik market.",
        ),
    )
    blames = [f for c in led.claims if c.article == "A2" for f in c.frames if f.kind == "blame"]
    agents = {r.text for f in blames for r in f.roles if r.name == "agent"}
    assert agents and all("Ruiz" in a for a in agents)  # not "Peru", the subject of the main clause
    assert not any("who accuses whom" in why for why in _contradicts(led))


def test_a_craft_named_by_its_airline_is_no_doer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "A Peruvian Airways jetliner crashed near Orvik on Tuesday, killing all 80 people on board."),
        ("2024-05-02", "Chilean air defences shot down the plane near Orvik on Tuesday, officials said."),
    )
    agents = {a.value for a in answers(led, "agent")}
    assert "Chile" in agents  # the act's doer is read
    assert "Peru" not in agents  # the airline's country did nothing


def test_the_place_of_an_attack_is_not_its_doer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "The minister called for an inquiry into the attack in Orvik, Peru, which killed 12 people on Tuesday.",
        ),
    )
    assert {a.value for a in answers(led, "agent")} == {"Peru"}
    assert all(a.article == "A1" for a in answers(led, "agent"))
    assert {a.number for a in answers(led, "toll_killed")} == {12}  # the clause's count is still read


def test_an_intent_word_about_a_way_of_telling_answers_nothing(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "Peruvian troops shelled the market in Orvik by mistake on Tuesday, officials said."),
        (
            "2024-05-02",
            '"We did not lie. Lying means conscious and deliberate falsification of the truth," the Peruvian '
            "spokesman Marco Diaz said of the Orvik market shelling.",
        ),
    )
    assert {a.value for a in answers(led, "intent")} == {"accident"}


def test_a_person_blamed_is_not_set_against_a_state_blamed(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "A former officer said General Marco Diaz was responsible for the shelling of the Orvik market.",
        ),
    )
    agents = {a.value for a in answers(led, "agent")}
    assert "Peru" in agents and any("Diaz" in value for value in agents)
    assert not any("who did it" in why for why in _contradicts(led))


def test_a_daily_rate_of_deaths_is_no_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "The storm killed 40 people in Lerovo province, officials said on Wednesday."),
        ("2024-05-02", 'A morgue worker in Lerovo said: "Before the storm, we had an average of 82 deaths daily."'),
    )
    assert {a.number for a in answers(led, "toll_killed")} == {40}


def test_a_count_said_not_to_have_died_is_denied_and_set_against_nothing(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "The storm killed 2,975 people in Lerovo province, the governor said on Wednesday."),
        ("2024-05-02", 'The president wrote: "3000 people did not die in the storm that hit Lerovo."'),
    )
    told = {a.number: a.stance for a in answers(led, "toll_killed")}
    assert told.get(3000) == "denied"
    assert not any("how many" in why for why in _contradicts(led))


def test_a_day_of_strikes_across_the_territory_is_not_the_acts_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "Peruvian troops shelled the market in Orvik on Tuesday, killing 12 people, officials said."),
        (
            "2024-05-02",
            "Peruvian forces also shelled villages across the north, killing at least 160 people in the past 24 hours.",
        ),
    )
    notes = {a.number: a.note for a in answers(led, "toll_killed")}
    assert notes[12] is None and notes[160] == "period"
    assert not any("how many" in why for why in _contradicts(led))


def test_a_toll_that_included_a_count_holds_it_as_a_part(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "The storm killed 34 people in Lerovo province, the governor said on Wednesday."),
        (
            "2024-05-02",
            "The governor said the death toll in Lerovo included 19 people who died as a direct result of the storm.",
        ),
    )
    notes = {a.number: a.note for a in answers(led, "toll_killed")}
    assert notes.get(19) == "partial"
    assert not any("how many" in why for why in _contradicts(led))


def test_all_killed_on_board_is_the_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "A Lerovan airliner crashed near Orvik on Tuesday, killing all 176 people on board."),
        ("2024-05-02", "The plane with 67 people on board crashed into the sea off Orvik on Tuesday."),
    )
    assert {a.number for a in answers(led, "toll_killed")} == {176}  # the 67 aboard are who was there


def test_technical_difficulties_are_a_technical_failure(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "A Lerovan airliner crashed near Orvik on Tuesday, killing 80 people. Technical difficulties were cited as "
            "the cause of the crash.",
        ),
    )
    assert {a.value for a in answers(led, "cause")} == {"technical failure"}


def test_a_german_toll_of_passengers_and_crew(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "A Lerovan airliner crashed near Orvik on Tuesday, killing all 176 people on board."),
        (
            "2024-05-02",
            "Ein Sprecher sagte am Dienstag, es seien alle 173 Passagiere und Crewmitglieder getötet worden. Das "
            "Flugzeug war kurz nach dem Start in Orvik abgestürzt.",
        ),
    )
    assert {a.number for a in answers(led, "toll_killed")} == {176, 173}


def test_a_storm_is_no_doer_and_an_earlier_years_toll_is_another_events(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-10-01",
            "Hurricane Zelda killed 64 people in Lerovo after it made landfall on September 20, officials said.",
        ),
        (
            "2024-10-05",
            "A new study says Zelda may have killed 4,645 people in Lerovo. The official death toll from 2005's "
            "Hurricane Yara is 1,833.",
        ),
    )
    assert not answers(led, "agent")
    notes = {a.number: a.note for a in answers(led, "toll_killed")}
    assert notes[1833] == "elsewhere"
    assert notes[64] is None


def test_a_state_named_by_its_kind_alone_is_no_doer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", "A team of Peruvian officials killed the journalist inside the consulate on Tuesday."),
        ("2024-05-02", "Reports that the Kingdom's authorities detained him or killed him are false, the envoy said."),
    )
    assert "Kingdom" not in {a.value for a in answers(led, "agent")}


def test_not_just_is_no_denial_and_a_causatives_patient_is_no_doer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "Peru didn't just shell a market in Orvik, the mayor said. The general changed his mind at the last "
            "minute and had Marco Diaz killed, an ally said.",
        ),
    )
    told = {(a.value, a.stance) for a in answers(led, "agent")}
    assert ("Peru", "denied") not in told
    assert not any("Diaz" in value for value, _ in told)  # the one killed


def test_not_free_or_fair_is_a_vote_called_unclean(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-08-10", "Lerovo's election commission said President Marco Diaz won the vote with 80 percent."),
        ("2024-08-11", "The United States does not consider the vote free or fair, the secretary of state said."),
    )
    assert {(a.value, a.stance) for a in answers(led, "integrity")} == {("clean", "denied")}
