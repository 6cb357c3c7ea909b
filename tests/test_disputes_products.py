"""Rival causes of deaths after a product (issue 17, round four), on sentences written for these tests (never article
text): the product the victims took against an infection, a cause denied because the dead never took it, a cause
said with doubt or still asked, a product said contaminated against one said to meet its standards, and a relative
time ("last year") placed from the article's day."""

from __future__ import annotations

from pathlib import Path

from rashomon.model import Ledger

from .dated_articles import answers, corpus

PRODUCT = "a product the victims took (medicine, food)"
INFECTION = "an infection (bacteria, virus)"
STATE = "a contaminated or substandard product"


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def test_a_product_and_an_infection_are_rival_causes_of_deaths(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "A health panel in Norland said the tonic syrups were responsible for the deaths of 40 babies."),
        ("2024-03-03", "Officials in Vesta said the autopsies showed the dead babies were infected with cholera."),
    )
    given = {(a.value, a.stance) for a in answers(led, "cause")}
    assert (PRODUCT, "attributed") in given and (INFECTION, "attributed") in given
    assert len(contradictions(led, "cause")) == 1


def test_a_product_named_for_other_harm_or_outside_the_clause_is_no_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "The bacteria caused a rash in the babies who drank the syrup."),  # no deaths
        ("2024-03-03", "The report linking the deaths to the syrup, officials said, caused harm to exports."),
        ("2024-03-03", "The Medicines Board of Vesta caused a stir over the deaths."),  # a name, not a product
    )
    assert not [a for a in answers(led, "cause") if a.value in (PRODUCT, INFECTION)]


def test_the_dead_never_took_it_denies_the_product_doubt_hedges_and_a_question_is_no_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "A panel said the tonic syrups were responsible for the deaths of 40 babies in Norland."),
        ("2024-03-04", "The regulator said several babies who had died had not taken the syrup at all."),
        ("2024-03-05", "The maker of syrups suspected of causing the deaths of 40 babies was shut on Monday."),
        ("2024-03-05", "Norland is yet to confirm that the deaths were caused by the syrups."),
    )
    given = {(a.value, a.stance, a.article) for a in answers(led, "cause")}
    assert (PRODUCT, "denied", "A2") in given
    assert (PRODUCT, "hedged", "A3") in given
    assert not [a for a in answers(led, "cause") if a.article == "A4"]  # still asked: no answer
    contra = contradictions(led, "cause")
    assert len(contra) == 1 and "denial" in contra[0].why


def test_a_contaminated_product_and_one_meeting_its_standards_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "Tests by the agency showed that two of the samples contained diethylene glycol."),
        ("2024-03-04", "The regulator said the samples of the tonic complied with the required specifications."),
        ("2024-03-05", "The maker said its tonic met all the required safety standards and was never adulterated."),
    )
    given = {(a.value, a.stance, a.article) for a in answers(led, "state")}
    assert (STATE, "asserted", "A1") in given
    assert (STATE, "denied", "A2") in given and (STATE, "denied", "A3") in given
    assert len(contradictions(led, "state")) == 1


def test_last_year_is_the_main_event_when_the_article_is_a_year_on(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-03-02", "Forty babies died in Norland on March 1, 2024, after taking a tonic syrup, officials said."),
        ("2024-03-03", "Officials in Norland said the tonic syrups were responsible for the deaths of 40 babies."),
        ("2025-02-10", "A panel said the tonic syrups were responsible for the deaths of 40 babies last year."),
        ("2024-03-04", "Autopsies showed the babies were infected with cholera, officials in Vesta said."),
        ("2024-03-05", "A syrup killed 12 babies in Vesta last year, the agency recalled."),  # 2023: another event
    )
    main = next(e for e in led.events if e.main)
    claims = {c.id: c for c in led.claims}
    in_main = {claims[c].article for c in main.claims}
    assert "A3" in in_main
    assert not any(claims[c].article == "A5" and "12 babies" in claims[c].text for c in main.claims)


def test_votes_left_out_after_a_number_of_votes_and_an_unnamed_rival(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The tallies showed 2.1 million votes for Marco Ruiz and 6.3 million for Carlos Mendoza."),
        ("2025-05-02", "The tallies showed 2.1 million votes for Marco Ruiz and 6.3 million for his rival."),
    )
    given = {(a.value, a.article, q.label) for q in led.questions if q.kind == "votes" for a in q.answers}
    assert ("6.3 million votes", "A1", "number of votes (Carlos Mendoza)") in given  # "votes" left out
    assert not [g for g in given if g[0].startswith("6.3") and g[1] == "A2"]  # the rival is not Ruiz
