"""Events, questions and their comparison (issue 17), on small corpora of sentences written for these tests.

Each pattern of real coverage that misled the old pairwise rules gets a corpus of its own: a toll that rose, killed
vs injured, a projection, compatible bounds, an interception, a denial and reports of it, a background event, a
claim relayed from one ministry by several outlets. The numbers rule shared by the ledger and the report is tested
on its own.
"""

from __future__ import annotations

from pathlib import Path

from rashomon import bounds
from rashomon.link.compare import same_count, same_party, same_share, same_thing
from rashomon.link.events import DANGLING
from rashomon.model import Answer, Ledger, Quantity, Question, Span
from rashomon.report.markdown import render_markdown
from rashomon.report.numbers import conflict as report_conflict

from .dated_articles import corpus


def question(ledger: Ledger, kind: str) -> Question:
    found = [q for q in ledger.questions if q.kind == kind and _main(ledger, q)]
    assert found, [(q.kind, q.label) for q in ledger.questions]
    return found[0]


def _main(ledger: Ledger, q: Question) -> bool:
    return next(e for e in ledger.events if e.id == q.event).main


def answer(value: str, stance: str = "asserted", **kw: object) -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the comparison table, one function at a time


def test_who_did_it_compares_parties_and_denials() -> None:
    assert same_party(answer("Freedonia"), answer("Sylvania")) == "contradicts"
    assert (
        same_party(answer("Freedonia"), answer("Freedonia", "hedged")) == "agrees"
    )  # firmness is shown, not a conflict
    assert same_party(answer("Freedonia", "denied"), answer("Freedonia")) == "contradicts"
    assert same_party(answer("Freedonia", "denied"), answer("Freedonia", "denied")) == "agrees"  # reports of one denial
    assert same_party(answer("Freedonia", "denied"), answer("Sylvania")) == "apart"


def test_only_named_things_are_set_against_each_other() -> None:
    assert same_thing(answer("missile"), answer("Falcon-9 missile", entity="E2")) == "agrees"
    assert same_thing(answer("Falcon-9", entity="E1"), answer("Kestrel", entity="E2")) == "contradicts"
    assert same_thing(answer("a rocket"), answer("a shell")) == "apart"


def test_counts_bounds_evolution_and_parts() -> None:
    def count(n: float, qual: str | None = None, day: str = "2025-05-01", **kw: object) -> Answer:
        return answer(f"{n}", number=n, qualifier=qual, as_of=day, **kw)

    assert same_count(count(3000, "at least"), count(3800, "more than")) == "agrees"
    assert same_count(count(50, day="2025-05-01"), count(57, day="2025-05-02")) == "evolution"
    # a toll that fell a little from one day to the next is a revision (shown, not a conflict); one that fell far is
    # a rival count
    assert same_count(count(57, day="2025-05-01"), count(50, day="2025-05-02")) == "apart"
    assert same_count(count(57, day="2025-05-01", origin="E1"), count(50, day="2025-05-02", origin="E2")) == "apart"
    assert same_count(count(471, day="2025-05-01"), count(100, day="2025-05-04")) == "contradicts"
    assert same_count(count(30), count(52)) == "evolution"  # one day, no named rival: the toll moved through the day
    assert same_count(count(30, note="provisional"), count(52)) == "evolution"  # "according to preliminary data"
    assert same_count(count(30, note="updated"), count(40)) == "evolution"
    assert same_count(count(12), count(20000, note="projection")) == "apart"
    assert same_count(count(5, note="partial"), count(40)) == "apart"
    assert same_count(count(5, origin="E1"), count(50, origin="E2")) == "contradicts"  # rivals, far apart, one day


def test_shares_allow_the_rounding_their_digits_say() -> None:
    assert same_share(answer("51%", number=51.0), answer("51.2%", number=51.2)) == "agrees"
    assert same_share(answer("44%", number=44.0), answer("70%", number=70.0)) == "contradicts"


def test_one_numbers_rule_for_ledger_and_report() -> None:
    def q(value: float, qualifier: str | None = None) -> Quantity:
        return Quantity(article="A1", span=Span(0, 2), text=str(value), value=value, qualifier=qualifier)

    for a, b, conflicting in (
        (q(60, "just over"), q(65), False),
        (q(60), q(65), True),
        (q(100, "about"), q(104), False),
        (q(9, "at least"), q(14), False),
        (q(60, "nearly"), q(65), True),
    ):
        assert bounds.conflict(a, b) is conflicting
        assert report_conflict(a, b) is conflicting


def test_a_clause_cut_before_its_predicate_is_no_proposition() -> None:
    assert DANGLING.search("The incident came as the President")
    assert not DANGLING.search("The incident came as the President arrived in the capital")


# ---------------------------------------------------------------- on corpora, through the public API


def test_rival_parties_contradict_and_the_why_names_both(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, killing 14 people, the mayor said."),
        ("2025-05-01", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
    )
    who = question(led, "agent")
    assert who.status == "disputed"
    assert {a.value for a in who.answers} >= {"Chile", "Peru"}
    why = [r.why for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "agent"]
    assert why and "Chile" in why[0] and "Peru" in why[0] and "(A1)" in why[0] and "(A2)" in why[0]
    for a in who.answers:  # every answer points at its words
        text = led.article(a.article).text
        assert text[a.span.start : a.span.end].strip()


def test_a_rising_toll_is_an_evolution_not_a_conflict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A gas explosion at the Dunmore mine killed 30 workers on Monday, officials said."),
        ("2025-05-02", "The toll of the Dunmore mine explosion rose to 41 workers killed, officials said on Tuesday."),
        ("2025-05-02", "The Dunmore mine blast killed 41 miners and injured 12 others."),
    )
    assert not [r for r in led.relations if r.type == "contradicts" and "killed" in r.why]
    killed = [q for q in led.questions if q.kind == "toll_killed"]
    assert killed and all(q.status != "disputed" for q in killed)


def test_an_interception_is_not_the_defenders_attack(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Peruvian air defence fired at an incoming missile over Tarn on Sunday."),
        ("2025-05-01", "Chilean forces fired a missile at the port of Tarn on Sunday."),
    )
    agents = [a.value for q in led.questions if q.kind == "agent" for a in q.answers]
    assert "Peru" not in agents and "Chile" in agents
    assert not [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "agent"]


def test_reports_of_one_denial_agree_and_a_denial_contradicts_what_it_denies(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chile does not admit responsibility for the downing of the airliner over Kessel."),
        ("2025-05-01", "Chile again does not admit responsibility for the downing of the airliner over Kessel."),
        ("2025-05-02", "The airliner was shot down over Kessel by Chilean troops, investigators said."),
    )
    who = question(led, "agent")
    denials = [a for a in who.answers if a.stance == "denied"]
    assert len(denials) >= 2
    contra = [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "agent"]
    denial_claims = {a.claim for a in denials}
    assert contra and all(not {r.a, r.b} <= denial_claims for r in contra)  # never two reports of one denial


def test_a_background_event_is_never_compared_with_the_main_one(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A bomb exploded at the Halvey bus station on Friday, killing 9 people."),
        (
            "2025-05-01",
            "The blast at the Halvey bus station killed 9 people on Friday. A similar attack last year "
            "killed 40 people in the same city.",
        ),
    )
    main = [e for e in led.events if e.main]
    background = [e for e in led.events if not e.main]
    assert len(main) == 1 and background
    assert not [r for r in led.relations if r.type == "contradicts" and "40" in r.why]


def test_one_ministry_relayed_by_three_outlets_is_one_origin(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, the Peruvian defence ministry said."),
        ("2025-05-01", "The Peruvian defence ministry said Chilean troops shelled the Orvik market on Thursday."),
        ("2025-05-02", "Chilean troops shelled the busy Orvik market on Thursday, the Peruvian defence ministry said."),
    )
    who = question(led, "agent")
    assert len(who.answers) == 3
    assert who.independent == 1 and who.status != "agreed"  # consensus needs two independent origins


def test_report_md_leads_with_the_disputes_table(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, killing 14 people, the mayor said."),
        ("2025-05-01", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
    )
    text = render_markdown(led)
    assert text.index("## Disputes") < text.index("## Contested points")
    table = text[text.index("## Disputes") :].split("\n\n")[2]
    assert table.startswith("| Question | Status |") and "⚡" in table and "who did it" in table
