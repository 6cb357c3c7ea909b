"""One relation per dispute, the questions held-out news needed, and stance scope (issue 17), on sentences written
for these tests (never article text).

Each new question (a claim of responsibility against a state's version, where the attackers fled, how many
attackers, two tolls for one day from two sources, a means of force that is not a weapon) has a case that must
contradict and cases that must not: a toll that rose, a part against the whole, killed against injured, a background
event, a place against another place.
"""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import (
    same_cause,
    same_claim,
    same_country,
    same_force,
    same_number,
    same_party,
    same_thing,
)
from rashomon.model import Answer, Ledger, Span
from rashomon.report.view import disputes

from .dated_articles import answers, corpus


def answer(value: str, stance: str = "asserted", **kw: object) -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance, **kw)  # type: ignore[arg-type]


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


# ---------------------------------------------------------------- the new comparisons, one function at a time


def test_attackers_counts_that_cannot_both_be_true_contradict_whatever_the_day() -> None:
    four = answer("four gunmen", number=4.0, as_of="2025-05-01")
    assert same_number(four, answer("at least five gunmen", number=5.0, qualifier="at least")) == "contradicts"
    assert same_number(four, answer("4 gunmen", number=4.0, as_of="2025-05-03")) == "agrees"
    assert same_number(four, answer("at least three", number=3.0, qualifier="at least")) == "agrees"
    assert same_number(four, answer("two of the gunmen", number=2.0, note="partial")) == "apart"
    assert same_number(four, answer("perhaps six", "hedged", number=6.0)) == "apart"  # shown, not a conflict


def test_two_countries_of_flight_contradict_a_town_and_a_country_do_not() -> None:
    chile = answer("Chile", note="country")
    assert same_country(chile, answer("Bolivia", note="country")) == "contradicts"
    assert same_country(chile, answer("Ralco")) == "apart"  # a town may be on the road to either country
    assert same_country(chile, answer("Chile", "denied", note="country")) == "contradicts"
    assert same_country(chile, answer("Bolivia", "hedged", note="country")) == "apart"


def test_a_denied_force_contradicts_its_use_where_the_denial_reaches() -> None:
    stands = answer("tear gas (stands)")
    assert same_force(stands, answer("tear gas (stands)", "denied")) == "contradicts"
    assert same_force(stands, answer("tear gas", "denied")) == "contradicts"  # "no tear gas was used at all"
    assert same_force(answer("tear gas (pitch)"), answer("tear gas (stands)", "denied")) == "apart"
    assert same_force(stands, answer("tear gas (pitch)")) == "agrees"  # two uses can both be true
    assert same_force(stands, answer("batons", "denied")) == "apart"


# ---------------------------------------------------------------- one relation per dispute


def test_a_dispute_told_by_many_sources_is_one_relation_listing_every_source(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, the mayor said."),
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday."),
        ("2025-05-01", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
        ("2025-05-02", "Chilean artillery shelled the Orvik market on Thursday, witnesses said."),
        ("2025-05-02", "Peruvian forces allegedly shelled the Orvik market on Thursday."),
    )
    contra = contradictions(led, "agent")
    assert len(contra) == 1, [r.why for r in contra]  # not 3 x 2 relations
    sides = [text for kind, text in contra[0].details if kind == "side"]
    assert len(sides) == 2
    chile = next(s for s in sides if s.startswith("Chile"))
    peru = next(s for s in sides if s.startswith("Peru"))
    assert {"A1", "A2", "A4"} <= {t.split()[0] for t in chile.split(": ")[1].split(", ")}
    assert {"A3", "A5"} <= {t.split()[0] for t in peru.split(": ")[1].split(", ")}
    # the representative pair: the most direct statement of each side (A2 states it as fact, A3 is attributed and
    # A5 hedged), the earlier article among equals
    claims = {c.id: c for c in led.claims}
    assert {claims[contra[0].a].article, claims[contra[0].b].article} == {"A2", "A3"}
    assert "also in" in contra[0].why
    # the Disputes view marks every source of both sides as in conflict, not only the relation's two ends
    row = next(r for r in disputes(led) if r.question.kind == "agent")
    assert {a.claim for a in row.question.answers} <= row.conflicted


def test_launching_an_investigation_is_no_attack(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, the mayor said."),
        ("2025-05-02", "The Peruvian football federation launched an investigation into the Orvik shelling."),
    )
    assert "Peru" not in {a.value for a in answers(led, "agent")}
    assert not contradictions(led, "agent")


def test_three_rival_answers_give_two_relations_each_against_the_commonest(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, the mayor said."),
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday."),
        ("2025-05-01", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
        ("2025-05-02", "Bolivian forces shelled the Orvik market on Thursday, the Peruvian army said."),
    )
    contra = contradictions(led, "agent")
    assert len(contra) == 2, [r.why for r in contra]  # not three: Peru vs Bolivia is shown through Chile
    assert all("Chile" in r.details[0][1] for r in contra)


def test_compatible_answers_are_one_side_of_the_dispute(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Marco Ruiz won the Orvik presidential election with 51% of the vote, the council said."),
        ("2025-05-01", "Marco Ruiz won the Orvik presidential election with 51.2% of the vote."),
        ("2025-05-02", "Marco Ruiz received 30% of the vote in the Orvik presidential election, the opposition said."),
    )
    shares = [a for a in answers(led, "share") if a.entity]
    assert {a.value for a in shares} >= {"51%", "51.2%", "30%"}
    contra = contradictions(led, "share")
    assert len(contra) == 1, [r.why for r in contra]  # 51% and 51.2% can both be true: one side against 30%
    sides = sorted(text for kind, text in contra[0].details if kind == "side")
    assert any("A1" in s and "A2" in s for s in sides) and any("A3" in s for s in sides)


def test_the_share_of_the_count_processed_and_the_turnout_are_no_candidates_share(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Marco Ruiz won 51% of the vote in a count of 80% of the tally sheets, the Orvik council said.",
        ),
        ("2025-05-01", "Marco Ruiz won 51.2% of the vote in the Orvik election on a turnout of 59%."),
    )
    assert {a.value for a in answers(led, "share")} == {"51%", "51.2%"}
    assert not contradictions(led, "share")


def test_the_rivals_share_and_an_exit_poll_are_not_the_named_candidates_share(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Marco Ruiz won the Orvik election with 51% of the vote against 44%, the council said."),
        ("2025-05-01", "An exit poll in the Orvik election put Marco Ruiz at 30% of the vote."),
    )
    shares = {(a.value, a.note) for a in answers(led, "share")}
    assert ("51%", None) in shares and not any(v == "44%" for v, _ in shares)
    assert ("30%", "projection") in shares
    assert not contradictions(led, "share")


def test_two_spellings_of_one_weapon_agree() -> None:
    assert same_thing(answer("Tochka-U", entity="E1"), answer("Tochka U", entity="E2")) == "agrees"


def test_a_denial_contradicts_the_answer_it_denies_once(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The airliner was shot down over Kessel by Chilean troops, investigators said."),
        ("2025-05-01", "Chilean troops shot down the airliner over Kessel."),
        ("2025-05-02", "Chilean troops shot down the airliner over Kessel on Monday, the families said."),
        ("2025-05-02", "Chile does not admit responsibility for the downing of the airliner over Kessel."),
    )
    contra = contradictions(led, "agent")
    assert len(contra) == 1, [r.why for r in contra]
    assert "denial" in contra[0].why


# ---------------------------------------------------------------- the questions held-out news needed


def test_a_claim_of_responsibility_and_a_state_blaming_another_party_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Varnish Front claimed responsibility for the attack on the Orvik concert hall."),
        ("2025-05-01", "Peruvian officials blamed Chile for the attack on the Orvik concert hall."),
    )
    values = {a.value for a in answers(led, "agent")}
    assert {"Varnish Front", "Chile"} <= values
    contra = contradictions(led, "agent")
    assert len(contra) == 1 and "Varnish Front" in contra[0].why and "Chile" in contra[0].why


def test_a_claim_of_responsibility_agrees_with_a_blame_on_the_same_party(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Varnish Front claimed responsibility for the attack on the Orvik concert hall."),
        ("2025-05-01", "Peruvian officials blamed the Varnish Front for the attack on the Orvik concert hall."),
    )
    assert not contradictions(led, "agent")


def test_two_countries_the_attackers_fled_towards_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "After the attack the gunmen fled towards Chile, the Peruvian security service said."),
        ("2025-05-01", "The attackers were heading to Bolivia, President Marco Ruiz said on Saturday."),
    )
    assert {a.value for a in answers(led, "escape")} == {"Chile", "Bolivia"}
    assert len(contradictions(led, "escape")) == 1


def test_a_transport_of_prisoners_is_not_an_escape_and_a_town_is_not_a_rival_country(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The prisoners were heading to Ralco for an exchange, the ministry said."),
        ("2025-05-01", "After the attack the gunmen fled towards Chile, the Peruvian security service said."),
        ("2025-05-01", "After the attack the gunmen fled towards Ralco, the mayor said."),
    )
    assert "Ralco" not in {a.value for a in answers(led, "escape") if a.article == "A1"}
    assert {"Chile", "Ralco"} <= {a.value for a in answers(led, "escape")}  # both found, and not set against
    assert not contradictions(led, "escape")


def test_the_men_who_attacked_heading_somewhere_is_a_flight_being_taken_somewhere_is_not(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The men who allegedly attacked the Orvik hall were initially headed to Bolivia, Ruiz said."),
        ("2025-05-01", "Four gunmen were detained near the border and are being transported to Lima, the police said."),
        ("2025-05-02", "After the attack the gunmen fled towards Chile, the Peruvian security service said."),
    )
    fled = {(a.article, a.value) for a in answers(led, "escape")}
    assert ("A1", "Bolivia") in fled and not any(article == "A2" for article, _ in fled)
    assert len(contradictions(led, "escape")) == 1


def test_headed_to_one_country_not_another_denies_the_other_and_keeps_its_own(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Ruiz said the gunmen were initially headed to Bolivia, not Chile, contradicting a claim by the ministry.",
        ),
        ("2025-05-02", "After the attack the gunmen fled towards Chile, the Peruvian security service said."),
    )
    fled = {(a.value, a.stance) for a in answers(led, "escape") if a.article == "A1"}
    assert ("Bolivia", "denied") not in fled and ("Chile", "denied") in fled
    assert any(value == "Bolivia" for value, _ in fled)
    assert len(contradictions(led, "escape")) == 1  # Bolivia and "not Chile" come from one claim: one relation


def test_a_flight_read_from_the_words_keeps_its_own_stance_too(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The gunmen first tried to cross into Bolivia, not Chile, contradicting the claims of the ministry.",
        ),
        ("2025-05-02", "After the attack the gunmen fled towards Chile, the Peruvian security service said."),
    )
    fled = {(a.value, a.stance) for a in answers(led, "escape") if a.article == "A1"}
    assert ("Chile", "denied") in fled and ("Bolivia", "denied") not in fled
    assert contradictions(led, "escape")


def test_rival_counts_of_attackers_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Four gunmen opened fire at the Orvik concert hall on Friday."),
        ("2025-05-02", "At least five gunmen attacked the Orvik concert hall on Friday, witnesses said."),
    )
    assert len(contradictions(led, "attackers")) == 1


def test_armed_men_are_attackers_and_entering_a_country_is_a_flight(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Four armed men opened fire in the Orvik concert hall on Friday."),
        ("2025-05-02", "At least five attackers stormed the Orvik concert hall on Friday, witnesses said."),
        ("2025-05-02", "The attackers intended to enter Bolivia, President Marco Ruiz said."),
        ("2025-05-02", "The gunmen planned to flee to Chile, the Peruvian security service said."),
    )
    assert 4.0 in {a.number for a in answers(led, "attackers")}
    assert len(contradictions(led, "attackers")) == 1
    assert {a.value for a in answers(led, "escape")} >= {"Bolivia", "Chile"}


def test_a_count_of_attackers_killed_or_a_part_of_them_is_not_how_many_there_were(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Four gunmen opened fire at the Orvik concert hall on Friday."),
        ("2025-05-02", "Two gunmen were killed by the police near Orvik on Saturday."),
        ("2025-05-02", "Two of the gunmen were brothers, the police said."),
    )
    assert {a.number for a in answers(led, "attackers") if a.note != "partial"} == {4.0}
    assert not contradictions(led, "attackers")


def test_a_settled_toll_and_another_sources_toll_for_the_same_day_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            "The toll of the Orvik stadium crush remains at 125 dead with no increase, the Orvik police said.",
        ),
        ("2025-05-02", "The toll of the Orvik stadium crush stood at 131 dead on Saturday, the health office said."),
    )
    contra = contradictions(led, "toll_killed")
    assert len(contra) == 1 and "125" in contra[0].why and "131" in contra[0].why


def test_two_officials_tolls_of_one_day_are_a_toll_still_rising(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The strike on the Orvik station killed 27 people, Governor Ana Lisboa said."),
        ("2025-05-02", "The strike on the Orvik station killed 39 people, railway chief Tomas Brandt said."),
    )
    assert {a.number for a in answers(led, "toll_killed")} == {27.0, 39.0}
    assert not contradictions(led, "toll_killed")


def test_a_count_of_those_who_died_at_the_venue_is_part_of_the_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The Orvik stadium crush killed 125 people, the police said on Saturday."),
        (
            "2025-05-02",
            "Of the victims of the Orvik stadium crush, 34 people died at the venue, the police chief said.",
        ),
        ("2025-05-02", "In the Orvik stadium crush 38 people were killed on the spot, the health office said."),
    )
    parts = [a for a in answers(led, "toll_killed") if a.number in (34.0, 38.0)]
    assert parts and all(a.note == "partial" for a in parts)
    assert not contradictions(led, "toll_killed")


def test_each_side_of_a_conflict_counting_its_own_dead_is_not_a_rival_count(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The Chilean side reported 35 dead in the border clashes on Saturday."),
        ("2025-05-02", "The Peruvian defence ministry said 24 people were killed in the border clashes on Saturday."),
    )
    assert {a.number for a in answers(led, "toll_killed")} >= {35.0, 24.0}
    assert not contradictions(led, "toll_killed")


def test_a_toll_that_rose_killed_vs_injured_a_part_and_a_background_event_do_not_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The toll of the Orvik stadium crush stood at 125 dead on Saturday, the Orvik police said."),
        ("2025-05-02", "The toll of the Orvik stadium crush rose to 131 dead on Saturday, the health office said."),
        ("2025-05-02", "The Orvik stadium crush left 180 people injured on Saturday, the health office said."),
        ("2025-05-02", "Of the dead, 34 died inside the Orvik stadium on Saturday, the health office said."),
        (
            "2025-05-02",
            "The Orvik stadium crush killed 125 people on Saturday, the police said. A similar crush at the Dalby "
            "arena in 2001 killed 40 people.",
        ),
    )
    assert len(answers(led, "toll_killed")) >= 4  # the counts are read, and none is set against another
    assert not contradictions(led, "toll_killed"), [r.why for r in contradictions(led, "toll_killed")]


def test_a_count_told_with_the_event_day_is_the_count_known_at_publication(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-03", "The attack on the Orvik concert hall on Friday killed 60 people."),
        ("2025-05-08", "The attack on the Orvik concert hall on Friday killed 139 people."),
    )
    killed = answers(led, "toll_killed")
    assert {a.as_of for a in killed} == {"2025-05-03", "2025-05-08"}  # not both the Friday of the attack
    assert not contradictions(led, "toll_killed")


def test_a_force_and_its_denial_for_the_same_place_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Police fired tear gas into the stands of the Orvik stadium, witnesses said."),
        ("2025-05-02", "No tear gas was fired into the stands of the Orvik stadium, the police chief said."),
    )
    assert len(contradictions(led, "force")) == 1


def test_the_tribunes_and_the_seating_areas_are_the_stands(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Witnesses said police fired tear gas into the packed tribunes of the Orvik stadium."),
        (
            "2025-06-02",
            "The judge said the tear gas had not travelled as far as the seating areas of the Orvik stadium.",
        ),
    )
    assert {(a.value, a.stance) for a in answers(led, "force")} >= {("tear gas (stands)", "denied")}
    assert len(contradictions(led, "force")) == 1


def test_a_force_denied_in_one_place_and_used_in_another_do_not_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Police fired tear gas onto the pitch of the Orvik stadium, witnesses said."),
        ("2025-05-02", "No tear gas was fired into the stands of the Orvik stadium, the police chief said."),
    )
    assert {(a.value, a.stance) for a in answers(led, "force")} >= {("tear gas (pitch)", "attributed")}
    assert not contradictions(led, "force")


# ---------------------------------------------------------------- stance scope inside claim extraction


def _stance_of(led: Ledger, words: str) -> str:
    found = [c for c in led.claims if words in c.text]
    assert found, [c.text for c in led.claims]
    return found[0].stance


def test_hedges_counterfactuals_and_questions_leave_a_claim_open(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "It is too early to say whether Chilean troops fired the missile at Tarn. "
            "There is no conclusive evidence that Chile shelled the Tarn depot. "
            "If Chilean gunners had targeted the depot, the whole town would have burned. "
            "Did Chile fire the missile at the Tarn depot? "
            "Chilean troops shelled the Tarn bridge on Sunday.",
        ),
    )
    assert _stance_of(led, "Chilean troops fired the missile") == "hedged"
    assert _stance_of(led, "no conclusive evidence") == "hedged"
    assert _stance_of(led, "had targeted the depot") == "hedged"
    assert _stance_of(led, "Did Chile fire") == "hedged"
    assert _stance_of(led, "shelled the Tarn bridge") == "asserted"  # a hedge in another sentence leaves it alone
    text = {c.id: c.text for c in led.claims}
    depot = [a for a in answers(led, "agent") if "depot" in text[a.claim]]
    assert depot and all(a.stance == "hedged" for a in depot)  # open, neither asserted nor denied


def test_a_hedge_in_another_clause_of_the_sentence_leaves_the_claim_alone(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "It is unclear why the convoy was late, but Chilean troops shelled the Tarn bridge on Sunday."),
    )
    assert _stance_of(led, "Chilean troops shelled the Tarn bridge") == "asserted"


def test_a_hedge_inside_a_relative_clause_hedges_that_clause_only(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The men who allegedly attacked the Orvik hall were headed to Bolivia, Marco Ruiz said."),
    )
    main = [c for c in led.claims if c.text.startswith("The men who")]
    relative = [c for c in led.claims if c.text.startswith("who allegedly")]
    assert main and main[0].stance == "attributed"
    assert relative and relative[0].stance == "hedged"


def test_no_shells_fired_is_a_denial_of_the_act_not_an_attack(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "No shells were fired at Tarn by Peruvian troops, the Peruvian ministry said."),
        ("2025-05-01", "Peruvian troops shelled Tarn on Sunday, the mayor said."),
    )
    peru = [a for a in answers(led, "agent") if a.value == "Peru"]
    assert {a.stance for a in peru} >= {"denied", "attributed"}
    assert len(contradictions(led, "agent")) == 1


# ---------------------------------------------------------------- involvement, states, conditions (issue 17, round 3)


def test_yes_or_no_answers_contradict_only_through_a_denial() -> None:
    chile = answer("Chile")
    assert same_claim(chile, answer("Chile", "denied")) == "contradicts"
    assert same_claim(answer("Chile", "denied"), answer("Chile", "denied")) == "agrees"  # reports of one denial
    assert same_claim(chile, answer("Chile", "hedged")) == "agrees"  # firmness is shown, not a conflict
    assert same_claim(chile, answer("Peru")) == "apart"  # two parties may both have had a hand
    assert same_claim(chile, answer("Peru", "denied")) == "apart"


def test_a_party_said_to_be_involved_and_its_denial_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Orvik concert hall gunmen had contacts on Chilean soil, the security service said."),
        ("2025-05-02", "There was no Chilean involvement in the Orvik concert hall attack, the embassy said."),
        ("2025-05-02", "The Chilean president denied any Chilean involvement in the Orvik concert hall attack."),
    )
    involved = answers(led, "involved")
    assert {(a.value, a.stance) for a in involved} >= {("Chile", "attributed"), ("Chile", "denied")}
    contra = contradictions(led, "involved")
    assert len(contra) == 1, [r.why for r in contra]  # one dispute, both denials on one side
    assert "denial" in contra[0].why


def test_a_denied_cargo_contradicts_the_cargo_reported_and_two_denials_agree(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Orvik port blast was caused by a shipment of solid rocket fuel, a shipping firm said."),
        ("2025-05-01", "There were no shipments related to military use at the Orvik port, the ministry said."),
        ("2025-05-02", "No military-grade material was present at the Orvik port, a ministry spokesman said."),
    )
    states = [a for a in answers(led, "state") if a.value == "military cargo"]
    assert {a.stance for a in states} >= {"attributed", "denied"}
    contra = contradictions(led, "state")
    assert len(contra) == 1, [r.why for r in contra]
    claims = {c.id: c for c in led.claims}
    assert {claims[contra[0].a].article, claims[contra[0].b].article} & {"A1"}


def test_fired_without_warning_denies_the_warning_given(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Officers gave several warnings before they opened fire on the Orvik march, the police said."),
        ("2025-05-01", "Officers opened fire on the Orvik march without warning, witnesses said."),
    )
    warned = [a for a in answers(led, "state") if a.value == "warning"]
    assert {a.stance for a in warned} == {"attributed", "denied"}
    assert len(contradictions(led, "state")) == 1


def test_a_condition_names_no_one_who_did_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Varnish Front claimed responsibility for the attack on the Orvik concert hall."),
        ("2025-05-02", "If Chilean agents attacked the Orvik concert hall, they will be punished, the minister said."),
    )
    assert "Chile" not in {a.value for a in answers(led, "agent")}
    assert not contradictions(led, "agent")


def test_a_collision_and_a_strike_from_outside_can_both_be_the_story() -> None:
    struck = answer("struck from outside (missile, air defence, gunfire)")
    assert same_cause(struck, answer("a collision")) == "apart"
    assert same_cause(struck, answer("bird strike")) == "contradicts"
    assert same_cause(answer("a collision"), answer("a collision", "denied")) == "contradicts"


def test_fighters_that_did_not_use_weapons_deny_the_downing(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A Chilean fighter jet shot down the Peruvian drone over the Orvik sea on Monday."),
        ("2025-05-01", "The Chilean fighters did not use onboard weapons and did not come into contact with it."),
    )
    causes = {(a.value, a.stance) for a in answers(led, "cause")}
    struck = "struck from outside (missile, air defence, gunfire)"
    assert (struck, "asserted") in causes and (struck, "denied") in causes
    assert any(struck in r.details[0][1] for r in contradictions(led, "cause"))


def test_a_toll_said_to_exceed_a_figure_is_a_lower_bound(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The death toll from the Orvik stadium crush had exceeded 125 dead, the fans' leader said."),
        ("2025-05-01", "The Orvik stadium crush killed 131 people, the health office said."),
    )
    killed = {a.value for a in answers(led, "toll_killed")}
    assert "more than 125 people" in killed
    assert not contradictions(led, "toll_killed")


def test_a_place_named_in_a_relative_clause_did_not_do_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The president commented on the shooting in the concert hall near Lima, which killed 133 people.",
        ),
    )
    assert not answers(led, "agent")


def test_a_dispute_is_shown_by_the_shortest_claim_of_an_article(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Orvik concert hall gunmen had contacts on Chilean soil, the security service said."),
        (
            "2025-05-02",
            "The embassy in Orvik denied claims by the security service that Chile was involved in the attack on the "
            "Orvik concert hall, which it called a provocation. There was no Chilean involvement, the embassy said.",
        ),
    )
    contra = contradictions(led, "involved")
    assert len(contra) == 1
    claims = {c.id: c for c in led.claims}
    assert "There was no Chilean involvement" in claims[contra[0].b].text


def test_a_toll_in_a_paragraph_recalling_an_earlier_attack_is_that_attacks(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-09", "Chilean troops shelled the Orvik market on Thursday, killing 50 people, the mayor said."),
        (
            "2025-05-09",
            "Peruvian forces shelled the Orvik market on Thursday, killing 52 people.\n\n"
            "On March 14, Peruvian forces fired a rocket at Dunmore. Seventeen people were killed in the attack.",
        ),
    )
    seventeen = [a for a in answers(led, "toll_killed") if a.number == 17]
    assert not seventeen or all(
        not next(e for e in led.events if e.id == q.event).main
        for q in led.questions
        if q.kind == "toll_killed"
        for a in q.answers
        if a.number == 17
    )
    assert not [r for r in contradictions(led, "toll_killed") if "Seventeen" in r.why]


def test_a_spokesman_who_told_state_media_states_nothing_to_deny(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The Orvik port blast killed 40 people. The ministry spokesman Carlos Ruiz told state media. "
            "A ministry spokesman later denied it.",
        ),
    )
    assert not [r for r in led.relations if r.type == "contradicts" and "told state media" in r.why]


def test_reports_called_baseless_are_denied(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Orvik port blast followed the mishandling of a shipment of solid rocket fuel."),
        ("2025-05-02", "The minister called foreign reports of rocket fuel at the Orvik port baseless."),
    )
    states = {(a.value, a.stance) for a in answers(led, "state")}
    assert ("military cargo", "denied") in states and ("military cargo", "asserted") in states
    assert len(contradictions(led, "state")) == 1


def test_a_missile_shot_down_elsewhere_says_nothing_of_the_strike(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops fired a Kalibr missile at the Orvik station on Friday."),
        ("2025-05-01", "A Chilean Smerch rocket launched by Chilean troops has been shot down over Lima on Friday."),
    )
    means = {a.value for a in answers(led, "means")}
    assert "Kalibr" in " ".join(means) and "Smerch" not in " ".join(means), means


def test_sole_responsibility_and_launch_from_held_territory_name_who_did_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Varnish Front bears sole responsibility for the attack on the Orvik hall, the envoy said."),
        ("2025-05-01", "The rocket was launched from the territory controlled by Peru, experts said."),
        ("2025-05-02", "Chile, in turn, blamed Peru."),
    )
    values = {a.value for a in answers(led, "agent")}
    assert {"Varnish Front", "Peru"} <= values
    assert contradictions(led, "agent")


def test_a_possibility_raised_is_hedged(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The Orvik airliner crashed after a collision with a flock of birds, the aviation agency said."),
        ("2025-05-01", "Theories include the possibility that the Orvik airliner was shot down by a missile."),
    )
    struck = [a for a in answers(led, "cause") if a.value.startswith("struck")]
    assert struck and all(a.stance == "hedged" for a in struck)


def test_a_cluster_holding_one_side_of_a_dispute_is_no_consensus(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, the mayor said."),
        ("2025-05-01", "Chilean troops shelled the Orvik market on Thursday, witnesses said."),
        ("2025-05-02", "Chilean troops shelled the Orvik market on Thursday, the governor said."),
        ("2025-05-02", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
    )
    contra = contradictions(led, "agent")
    assert len(contra) == 1
    sided = {c for kind, text in contra[0].details if kind == "side" for c in text.split() if c.startswith("C")}
    for k in led.clusters:
        if set(k.claims) & sided:
            assert k.status != "consensus", k


def test_two_reports_of_one_denial_are_no_claim_and_its_denial(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "There were no shipments related to military use at the Orvik port, the spokesman Carlos Ruiz said.",
        ),
        ("2025-05-02", "The ministry denied that shipments related to military use were at the Orvik port."),
    )
    assert not [r for r in led.relations if r.type == "contradicts"]


def test_every_claim_a_dispute_lists_on_a_side_is_contested() -> None:
    from rashomon.link.clusters import _side_claims
    from rashomon.model import Relation

    r = Relation(
        type="contradicts",
        a="C1",
        b="C2",
        score=1.0,
        why="who did it: Chile (A1) vs Peru (A2)",
        details=(("agent", "Chile vs Peru"), ("side", "Chile: A1 C1, A3 C7, A4 C12"), ("side", "Peru: A2 C2")),
    )
    assert sorted(_side_claims(r)) == ["C1", "C12", "C2", "C7"]


def test_a_toll_told_without_a_noun_is_still_a_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "At least 100 were killed in the Orvik port blast, opposition sources said."),
        ("2025-05-01", "As of today, the number of people killed in the Orvik port blast is 40."),
    )
    assert {a.number for a in answers(led, "toll_killed")} >= {100.0, 40.0}


def test_the_dead_at_the_stadium_are_part_of_the_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "In the chaos, 34 died at the stadium, including two officers, after the Orvik match."),
        ("2025-05-01", "The Orvik stadium crush killed 130 people, the police chief said."),
    )
    assert not contradictions(led, "toll_killed")


def test_the_wreckage_of_a_named_rocket_names_the_weapon(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "A Kalibr missile hit the Orvik station on Friday, the governor said."),
        ("2025-05-01", "The wreckage of the Smerch rocket crashed in close proximity to the Orvik station on Friday."),
    )
    means = {a.value for a in answers(led, "means")}
    assert "Smerch" in " ".join(means), means


def test_lower_case_french_side_words_name_the_side(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Russian troops shelled the Orvik market on Thursday, the mayor said."),
        ("2025-05-01", "De son côté, l'armée russe a démenti tout tirs sur le marché d'Orvik."),
        ("2025-05-02", "Un conseiller du président ukrainien a nié toute implication de son pays dans l'attaque."),
    )
    agent = {(a.value, a.stance) for a in answers(led, "agent")}
    assert ("Russia", "denied") in agent
    assert ("Ukraine", "denied") in {(a.value, a.stance) for a in answers(led, "involved")}


def test_suspects_detained_grow_from_one_day_to_the_next(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "Special services detained four suspects in the Orvik concert hall attack on Saturday."),
        ("2025-05-05", "To date the Orvik police have apprehended eight suspects in the concert hall attack."),
    )
    assert not [r for r in led.relations if r.type == "contradicts"]


def test_a_denial_that_the_toll_passed_a_figure_is_the_counts_question(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "At least 125 people have died in a crush at the Orvik football stadium on Saturday night."),
        (
            "2025-05-03",
            "The police have denied a fans' report that the death toll from the crush at the Orvik stadium has "
            "exceeded 125.",
        ),
    )
    assert not [r for r in led.relations if r.type == "contradicts" and "denial" in r.why]


# ---------------------------------------------------------------- relayed reports, hedged parties, datelines


def test_a_clause_governed_by_reports_that_is_relayed_not_asserted(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The statement came amid reports that a Chilean missile struck the Kessel depot on Monday."),
        ("2025-05-01", "The ministry confirmed reports that a Peruvian drone struck the Kessel depot on Monday."),
        ("2025-05-02", "Reports that appeared on Monday were about the fire at the Kessel depot."),
    )
    hedged = {c.article for c in led.claims if c.stance == "hedged"}
    assert hedged == {"A1"}  # confirmed reports are the ministry's word; reports described are no clause relayed
    assert {a.value: a.stance for a in answers(led, "agent")}.get("Chile") == "hedged"


def test_a_hedged_party_against_another_stays_a_side_of_the_dispute() -> None:
    chile = answer("Chile")
    assert same_party(chile, answer("Peru")) == "contradicts"
    assert same_party(chile, answer("Peru", "hedged")) == "contradicts"  # listed with its stance, see above
    assert same_party(chile, answer("Chile", "hedged")) == "agrees"
    assert same_party(chile, answer("Chile", "denied")) == "contradicts"


def test_a_wire_dateline_is_neither_part_of_the_claim_nor_its_doer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "LIMA, Peru \u2014 An explosion at the Kessel depot on Monday killed dozens of workers."),
        (
            "2025-05-01",
            "SANTIAGO, May 1 (Reuters) \u2014 A blast at the Kessel depot killed nine workers, officials said.",
        ),
        (
            "2025-05-02",
            "Nothing else happened.\n\nISIS \u2014 the group itself \u2014 attacked the Kessel depot on Monday.",
        ),
    )
    assert not any(c.text.startswith(("LIMA", "SANTIAGO")) for c in led.claims)
    assert {a.value for a in answers(led, "agent")} == {"ISIS"}  # a paragraph's opening capitals are no dateline
    assert any(c.text.startswith("ISIS") for c in led.claims)


def test_a_dispute_is_shown_by_statements_that_stand_alone_not_by_a_relative_clause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "Hundreds of traders lost their stalls in the fire at the Orvik market, which Chilean troops shelled on "
            "Thursday, according to the mayor.",
        ),
        ("2025-05-01", "Peruvian forces shelled the Orvik market on Thursday, the Chilean army said."),
    )
    contra = contradictions(led, "agent")
    assert len(contra) == 1, [r.why for r in contra]
    ends = {c.id: c.text for c in led.claims if c.id in (contra[0].a, contra[0].b)}
    assert not any(text.startswith("which") for text in ends.values()), ends  # the clause leans on "the Orvik market"
