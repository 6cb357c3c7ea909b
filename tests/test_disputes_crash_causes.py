"""How an aircraft came down, as rival accounts tell it: a strike from outside, an explosion inside, a technical
fault, the crew's error; reports rejected as inaccurate; a recalled earlier event never answers the main one's
questions. Every sentence is invented, about invented places."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import same_cause
from rashomon.model import Answer, Ledger, Span

from .dated_articles import answers, corpus

STRUCK = "struck from outside (missile, air defence, gunfire)"
INSIDE = "an explosion inside (a bomb, sabotage)"


def answer(value: str, stance: str = "asserted") -> Answer:
    return Answer(value=value, entity=None, claim="C1", article="A1", span=Span(0, 1), stance=stance)


def causes(led: Ledger) -> set[tuple[str, str]]:
    return {(a.value, a.stance) for a in answers(led, "cause")}


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def test_a_strike_from_outside_and_an_explosion_inside_are_rival_causes() -> None:
    assert same_cause(answer(STRUCK), answer(INSIDE)) == "contradicts"
    assert same_cause(answer("technical failure"), answer("pilot or crew error")) == "contradicts"


def test_an_explosion_on_board_and_a_missile_are_rival_accounts_of_a_crash(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Officials said a bomb on board brought down the Orvik cargo plane near Talsk on Monday."),
        ("2025-05-01", "A ground-launched missile shot down the Orvik cargo plane near Talsk, a local official said."),
    )
    assert (INSIDE, "attributed") in causes(led) or (INSIDE, "asserted") in causes(led)
    assert any(value == STRUCK for value, _ in causes(led))
    assert contradictions(led, "cause")


def test_reports_called_inaccurate_deny_the_cause_they_tell(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The ministry said reports that a missile took down the Orvik airliner were inaccurate."),
    )
    assert (STRUCK, "denied") in causes(led)


def test_a_guided_bomb_dropped_from_the_air_is_no_explosion_inside(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Talsk depot was destroyed by a guided bomb after the strike, the governor said."),
    )
    assert all(value != INSIDE for value, _ in causes(led))


def test_causes_in_other_languages_and_their_hedges(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Fuentes locales dicen que la avioneta pudo ser derribada por la defensa antiaérea de Orvia."),
        ("2025-05-01", "Avionul a fost doborât de apărarea antiaeriană deasupra orașului Talsk, a anunțat armata."),
    )
    told = causes(led)
    assert (STRUCK, "hedged") in told
    assert any(value == STRUCK and stance != "hedged" for value, stance in told)


def test_a_cause_the_writers_expert_does_not_believe_is_denied(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Von einer Sabotage an der Maschine selbst geht der Fachmann aus Talsk nicht aus."),
    )
    assert (INSIDE, "denied") in causes(led)


def test_a_cause_told_as_the_authorities_version_is_hedged(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Dass der Absturz bei Talsk ein technischer Fehler war, wie die Behörden behaupten, glaubt er nicht.",
        ),
    )
    assert ("technical failure", "hedged") in causes(led)


def test_alternatives_in_one_sentence_are_rivals_not_one_story(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A missile shot down the Orvik jet near Talsk on Monday, the regional governor said."),
        ("2025-05-01", "Some channels say the Orvik jet was downed by a missile, while others blame a bomb on board."),
    )
    assert {STRUCK, INSIDE} <= {value for value, _ in causes(led)}
    assert contradictions(led, "cause")


def test_an_event_recalled_by_its_month_answers_none_of_the_main_events_questions(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-09-10", "A cargo plane crashed near Talsk on Wednesday, killing all six people on board."),
        ("2025-09-10", "The Orvik militia launched an armed revolt against the army in May that shook the capital."),
        ("2025-09-10", "The crash comes months after the militia launched a failed revolt against the generals."),
    )
    main = {q.event for q in led.questions} & {e.id for e in led.events if e.main}
    for q in led.questions:
        if q.event in main and q.kind in ("agent", "means"):
            assert not any("revolt" in a.value or "militia" in a.value.casefold() for a in q.answers)
