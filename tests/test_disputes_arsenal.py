"""Questions and comparisons added on real news (issue 17, third round), on sentences written for these tests (never
article text): who fields a weapon (a side that says it has none of them against a report of that side's weapon; a
side said to be the only one that has it against another side's), and the number of votes per candidate (an official
count against a rival tally; a rounded figure agrees with the exact one)."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import same_arsenal, same_votes
from rashomon.model import Answer, Ledger, Span

from .dated_articles import answers, corpus


def answer(value: str, stance: str = "asserted", **kw: object) -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance, **kw)  # type: ignore[arg-type]


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def test_who_fields_a_weapon_compared() -> None:
    chile = answer("Chile")
    assert same_arsenal(chile, answer("Chile", "denied")) == "contradicts"  # "Chile does not use it"
    assert same_arsenal(chile, answer("Peru", note="only")) == "contradicts"  # "only Peru uses it"
    assert same_arsenal(chile, answer("Peru")) == "agrees"  # two armies may both field one weapon
    assert same_arsenal(answer("Chile", "denied"), answer("Peru", note="only")) == "apart"  # one side of the dispute
    assert same_arsenal(answer("Peru"), answer("Peru", note="only")) == "agrees"
    assert same_arsenal(chile, answer("Peru", "hedged", note="only")) == "agrees"  # hedged: shown, not a conflict


def test_a_side_denying_it_has_a_weapon_and_a_report_of_its_weapon_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A Smerch missile hit the Orvik market on Thursday, killing 12 people."),
        ("2025-05-01", "Chile does not use Smerch missiles, the Chilean army said of the Orvik strike."),
        ("2025-05-02", "A Chilean Smerch missile was fired at Orvik from the north on Thursday."),
        (
            "2025-05-02",
            "Smerch missiles are used only by Peruvian forces, the Chilean defence ministry said of the strike.",
        ),
    )
    given = {(a.value, a.stance, a.note) for a in answers(led, "arsenal")}
    assert {("Chile", "denied", None), ("Chile", "asserted", None)} <= given
    assert any(v == "Peru" and note == "only" for v, _, note in given)
    contra = contradictions(led, "arsenal")
    claims = {c.id: c for c in led.claims}
    pairs = {frozenset((claims[r.a].article, claims[r.b].article)) for r in contra}
    assert pairs == {frozenset(("A2", "A3")), frozenset(("A3", "A4"))}, [r.why for r in contra]
    assert any("only Peru" in r.why for r in contra)


def test_who_built_a_weapon_is_not_who_fields_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A Soviet-made Smerch missile hit the Orvik market on Thursday, the mayor said."),
        ("2025-05-01", "Peru is the only party in the conflict that uses Smerch missiles, the Chilean army said."),
    )
    assert {(a.value, a.note) for a in answers(led, "arsenal")} == {("Peru", "only")}
    assert not contradictions(led, "arsenal")


def test_two_sides_each_fielding_a_weapon_do_not_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A Chilean Smerch missile hit the Orvik market on Thursday, the mayor said."),
        ("2025-05-02", "A Peruvian Smerch missile hit a depot near Orvik on Thursday, the army said."),
    )
    assert {a.value for a in answers(led, "arsenal")} == {"Chile", "Peru"}
    assert not contradictions(led, "arsenal")


def test_votes_for_one_candidate_compared() -> None:
    exact = answer("2,759,256 votes", number=2759256.0)
    assert same_votes(exact, answer("2.75 million votes", number=2750000.0)) == "agrees"  # rounded
    assert same_votes(exact, answer("5,150,092 votes", number=5150092.0)) == "contradicts"
    assert same_votes(exact, answer("5 million votes", "hedged", number=5e6)) == "apart"
    assert same_votes(exact, answer("3.1 million votes", number=3.1e6, note="projection")) == "apart"  # a poll


def test_an_official_count_and_a_rival_tally_of_one_candidates_votes_contradict_once(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Marco Ruiz received 5,150,092 votes in the Orvik presidential election, the council said."),
        (
            "2025-05-02",
            "The tally sheets collected by the opposition total 2,759,256 votes for Marco Ruiz in the Orvik "
            "presidential election.",
        ),
        ("2025-05-02", "The opposition's tallies showed 2.75 million votes for Marco Ruiz in the Orvik election."),
    )
    assert {(a.value, a.article) for a in answers(led, "votes")} == {
        ("5,150,092 votes", "A1"),
        ("2,759,256 votes", "A2"),
        ("2.75 million votes", "A3"),
    }
    contra = [r for r in led.relations if r.type == "contradicts"]
    assert len(contra) == 1, [r.why for r in contra]  # not also A1 vs A3, nor the rounded A3 against A2
    assert contra[0].details[0][0] == "votes"
    sides = sorted(text for kind, text in contra[0].details if kind == "side")
    assert any("A2" in s and "A3" in s for s in sides)


def test_a_share_of_the_tally_sheets_is_no_number_of_votes(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Marco Ruiz received 5,150,092 votes in the Orvik election, with 80% of tally sheets counted."),
        ("2025-05-01", "Marco Ruiz received 51% of the vote in the Orvik election, the council said."),
    )
    assert {a.value for a in answers(led, "votes")} == {"5,150,092 votes"}
    assert not contradictions(led, "votes")


def test_an_answer_and_the_denial_one_claim_gives_with_it_are_one_side(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The gunmen who attacked the Orvik concert hall fled towards Chile, the security service said."),
        (
            "2025-05-02",
            "The gunmen who attacked the Orvik concert hall tried to escape towards Chile, the president said.",
        ),
        (
            "2025-05-02",
            "The gunmen who attacked the Orvik concert hall were heading to Bolivia, not Chile, Ana Sol said.",
        ),
    )
    contra = contradictions(led, "escape")
    assert len(contra) == 1, [r.why for r in contra]  # not "Chile vs Bolivia" and "Chile vs not Chile" apart
    claims = {c.id: c for c in led.claims}
    assert "A3" in {claims[contra[0].a].article, claims[contra[0].b].article}


def test_a_count_said_to_be_the_true_toll_against_the_official_one_contradicts(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The explosion at the Orvik port killed 40 people, the governor said."),
        (
            "2025-05-01",
            "The true death toll of the Orvik port explosion is several times higher than officially reported and "
            "certainly exceeds 100, the exiled opposition said.",
        ),
    )
    rival = [a for a in answers(led, "toll_killed") if a.note == "rival"]
    assert [a.number for a in rival] == [100.0] and rival[0].qualifier == "more than"
    contra = contradictions(led, "toll_killed")
    assert len(contra) == 1, [r.why for r in contra]


def test_a_higher_toll_on_another_day_without_a_rival_word_is_an_evolution(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The explosion at the Orvik port killed 40 people, the governor said."),
        ("2025-05-03", "The death toll of the Orvik port explosion rose to 100, the governor said."),
    )
    assert not [a for a in answers(led, "toll_killed") if a.note == "rival"]
    assert not contradictions(led, "toll_killed")


def test_a_count_settled_in_the_next_sentence_is_a_rival_of_another_count_that_day(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            'The police spokesman said: "As of today, the number of people killed at the Orvik stadium is 95. There is '
            'no increase," he told reporters.',
        ),
        ("2025-05-02", "The Orvik health office put the death toll of the stadium crush at 103."),
    )
    settled = [a for a in answers(led, "toll_killed") if a.note == "settled"]
    assert [a.number for a in settled] == [95.0]
    contra = contradictions(led, "toll_killed")
    assert len(contra) == 1, [r.why for r in contra]


def test_a_count_without_a_settling_word_the_same_day_is_a_stage_of_the_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            'The police spokesman said: "As of now, the number of people killed at the Orvik stadium is 95. Rescuers '
            'are still searching," he told reporters.',
        ),
        ("2025-05-02", "The Orvik health office put the death toll of the stadium crush at 103."),
    )
    assert not [a for a in answers(led, "toll_killed") if a.note == "settled"]
    assert not contradictions(led, "toll_killed")


def test_a_denied_clash_between_supporters_contradicts_a_report_of_rival_fans_fighting(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            "The crush at the Orvik stadium was not a clash between Riverside supporters and Orvik fans, the minister "
            "said.",
        ),
        ("2025-05-02", "At the Orvik stadium, fans of both teams fought on the pitch before the crush."),
        ("2025-05-02", "Police fired tear gas at the Orvik stadium before the crush, killing dozens of fans."),
    )
    given = {(a.value, a.stance, a.article) for a in answers(led, "state")}
    assert ("a clash between fans", "denied", "A1") in given and ("a clash between fans", "asserted", "A2") in given
    assert not any(article == "A3" for _, _, article in given)  # the police's force is another question
    contra = contradictions(led, "state")
    assert len(contra) == 1 and "clash between fans" in contra[0].why


def test_a_claim_shown_for_one_dispute_is_not_also_shown_for_the_next_when_another_source_says_it(
    tmp_path: Path,
) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops fired a Smerch missile at the Orvik market on Thursday."),
        ("2025-05-01", "Peruvian troops fired at the Orvik market on Thursday."),
        ("2025-05-02", "The Orvik market was hit by a Grad rocket on Thursday, the mayor said."),
        ("2025-05-02", "A Smerch missile hit the Orvik market on Thursday, the army said."),
    )
    claims = {c.id: c for c in led.claims}
    agent = contradictions(led, "agent")
    means = contradictions(led, "means")
    assert len(agent) == 1 and len(means) == 1, [r.why for r in agent + means]
    assert claims[agent[0].a].article == "A1"  # the plain statement stands for "who did it"
    # "with what": the army's Smerch (A4) against the mayor's Grad (A3), not A1's sentence a second time
    assert {claims[means[0].a].article, claims[means[0].b].article} == {"A3", "A4"}, means[0].why
