"""Answers that read a rival account where the sentence tells none: a tally kept since an earlier act, a negation
that is not a denial (no claim made, a stopping denied, what a weapon spared, a denial taken back), a people harmed
or a party named by its tie to another as the doer, the effect of a cause as a cause, words made up as a staged
act, a setting's or a base's doer. Sentences written for these tests, about invented events."""

from __future__ import annotations

from pathlib import Path

from rashomon.link import tolls
from rashomon.link.questions import _firing_noun, _kept_on, _tied_to_another
from rashomon.model import Frame, Role, Span

from .dated_articles import answers, corpus

STRIKE = "Peruvian troops shelled the market in Orvik on Tuesday, killing 12 people and wounding 40, officials said."


def _fresh(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def _contradicts(led: object) -> list[str]:
    return [r.why for r in led.relations if r.type == "contradicts"]  # type: ignore[attr-defined]


def test_a_tally_since_an_earlier_act_is_set_apart_from_the_event_toll(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "Peru has waged a campaign in the north since a 3 March raid by rebels, which Lima says killed nearly "
            "900 people. At least 8,000 people have since been killed and over 20,000 others injured in the fighting.",
        ),
    )
    notes = {a.number: a.note for kind in ("toll_killed", "toll_injured") for a in answers(led, kind)}
    assert notes[12] is None and notes[40] is None  # the event's own counts
    assert notes[900] == "period"  # the earlier raid's toll, in a clause hung on it
    assert notes[20000] == "period"  # a tally kept since then
    assert not any("how many" in why for why in _contradicts(led))


def test_since_clause_needs_both_the_relative_clause_and_the_since() -> None:
    assert tolls.since_clause("a campaign since the March raid, which killed ")
    assert tolls.since_clause("a campaign since the March raid, which Lima says killed nearly ")
    assert not tolls.since_clause("the raid on the market, which killed ")
    assert not tolls.since_clause("a campaign since the March raid. On Tuesday a shell killed ")


def test_no_claim_of_responsibility_is_no_denial(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-03",
            "Although Peru did not directly claim responsibility for the attack on the Orvik market, its officials "
            "hinted at it.",
        ),
    )
    assert not [a for a in answers(led, "agent") if a.stance == "denied"]
    assert not _contradicts(led)


def test_not_admitting_responsibility_is_still_a_denial(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-03", "Peru does not admit responsibility for the attack on the Orvik market."),
    )
    assert [a for a in answers(led, "agent") if a.stance == "denied" and a.value == "Peru"]


def test_a_denial_its_sentence_says_was_taken_back_is_no_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        (
            "2024-05-02",
            "The Peruvian authorities initially rejected their involvement in the Orvik shelling, but later "
            "acknowledged their role in the attack.",
        ),
    )
    denied = [a for kind in ("agent", "involved") for a in answers(led, kind) if a.stance == "denied"]
    assert denied == []
    assert not _contradicts(led)
    # a denial that stands is still read
    again = corpus(
        _fresh(tmp_path, "again"),
        ("2024-05-01", STRIKE),
        ("2024-05-02", "The Peruvian authorities rejected their involvement in the Orvik shelling."),
    )
    assert [a for a in answers(again, "involved") if a.stance == "denied"]


def test_not_stopping_an_act_tells_it_went_on(tmp_path: Path) -> None:
    assert _kept_on("the army did not stop firing even after she fell")
    assert _kept_on("les soldats n'ont pas cessé de tirer")
    assert not _kept_on("the army did not stop firing, and it did not fire at all")  # two negations: not read
    assert not _kept_on("the army did not fire at the crowd")
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-02", "A witness said the Peruvian army did not stop firing even after the market was hit."),
    )
    told = [a for a in answers(led, "agent") if a.article == "A2"]
    assert told and all(a.stance != "denied" for a in told)
    assert not _contradicts(led)


def test_what_a_weapon_spared_does_not_deny_who_fired_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-01", STRIKE),
        ("2024-05-03", "Chile's defence ministry said the Peruvian shells did not hit the fuel depot near the market."),
    )
    assert not [a for a in answers(led, "agent") if a.stance == "denied"]
    assert not _contradicts(led)


def test_no_reason_to_believe_before_a_clause_denies_its_intent(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-01",
            "Peruvian troops shot dead the reporter in Orvik on Tuesday. Officials say the bullet is too damaged to "
            "examine, and that there is “no reason to believe” she was deliberately targeted.",
        ),
        ("2024-05-02", "Chile accused Peru of deliberately killing the reporter in Orvik."),
    )
    intents = {(a.article, a.value, a.stance) for a in answers(led, "intent")}
    assert ("A1", "deliberate", "denied") in intents
    assert ("A2", "deliberate", "asserted") in intents


def test_people_harmed_are_not_the_doers(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-20",
            "A helicopter carrying the Peruvian president crashed in the Andes on Sunday.\n\nPeruvian officials "
            "killed in the crash\n\nThe foreign minister was among the dead.",
        ),
    )
    assert not answers(led, "agent")


def test_a_party_named_by_its_tie_to_another_is_not_that_other() -> None:
    assert _tied_to_another("Lima's arch-foe")
    assert _tied_to_another("Peru’s closest ally")
    assert not _tied_to_another("Peru's army")
    assert not _tied_to_another("the arch-foe")


def test_a_rival_named_by_its_tie_is_not_a_denial_by_the_possessor(tmp_path: Path) -> None:
    led = corpus(tmp_path, ("2024-05-21", "Lima's arch-foe, Chile, has denied any involvement in the crash."))
    assert not [a for a in answers(led, "agent") if a.value == "Peru"]
    assert [a for a in answers(led, "involved") if a.value == "Chile" and a.stance == "denied"]


def test_what_a_cause_caused_is_not_a_cause(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-21", "The report said a dense mass of fog caused the helicopter's collision into the mountain."),
        ("2024-05-22", "The crash was caused by a collision with a power line."),
    )
    causes = {(a.article, a.value) for a in answers(led, "cause")}
    assert ("A1", "a collision") not in causes
    assert ("A2", "a collision") in causes


def test_fabricated_allegations_are_lies_told_not_a_staged_act(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-21", "The minister accused Chile of fabricating allegations over the crash."),
        ("2024-05-21", "The minister said the attack on the convoy was staged and the footage fabricated."),
    )
    staged = {a.article for a in answers(led, "intent") if a.value == "staged"}
    assert staged == {"A2"}


def test_firing_as_an_adjective_names_no_act() -> None:
    points = Frame(predicate="fire", kind="attack", roles=(Role(name="patient", span=Span(0, 6), text="points"),))
    assert _firing_noun(points, "using the upper floors as firing points")
    market = Frame(predicate="fire", kind="attack", roles=(Role(name="patient", span=Span(0, 9), text="positions"),))
    assert not _firing_noun(market, "the army fired on rebel positions")


def test_a_setting_a_base_or_a_service_has_no_doer_of_the_event(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-20", "The reporter was killed while covering a raid by Peruvian forces on the Orvik camp."),
        (
            "2024-05-20",
            "Britain echoed accusations that Chilean forces are using the Orvik plant to fire on positions across "
            "the river.",
        ),
        (
            "2024-05-20",
            "Refugees said Peruvian militants held civilians in the theatre, using the floors as firing points.",
        ),
        (
            "2024-05-20",
            "Traffic on the bridge was blocked, and the Chilean occupiers are going to launch a ferry crossing.",
        ),
    )
    assert not answers(led, "agent")
    assert not answers(led, "means")
    # the doer of the act itself is still read
    direct = corpus(
        _fresh(tmp_path, "direct"), ("2024-05-20", "Peruvian forces shot the reporter dead at the Orvik camp.")
    )
    assert [a.value for a in answers(direct, "agent")] == ["Peru"]


def test_a_clause_hung_on_an_abbreviated_date_after_since_is_still_set_apart() -> None:
    assert tolls.since_clause("an offensive since an Oct. 7, 2023 raid, which Lima says killed nearly ")


def test_one_facility_intake_is_a_part_of_the_injured(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-21",
            "Dr. Ana Ruiz said 176 wounded were brought to the facility, of whom 142 had gunshot wounds. The ministry "
            "said 760 were injured in the shelling.",
        ),
    )
    notes = {a.number: a.note for a in answers(led, "toll_injured")}
    assert notes[176] == "partial"
    assert notes[760] is None


def test_a_repeated_act_is_a_record_not_the_doer_of_this_one(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-20", "Chilean forces shelled the Orvik plant on Friday, damaging a power line."),
        (
            "2024-05-21",
            "Since March the plant has been under Chilean control, but Peruvian forces have repeatedly attacked it.",
        ),
        ("2024-05-21", "Las tropas peruanas habían bombardeado antes la planta en varias ocasiones."),
    )
    assert {(a.article, a.value) for a in answers(led, "agent")} == {("A1", "Chile")}
    assert not _contradicts(led)


def test_one_side_telling_two_days_tells_two_acts_not_rival_days(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-06",
            "Peru's defence ministry said that on August 5 Chilean forces shelled the Orvik plant, damaging a power "
            "line.",
        ),
        (
            "2024-08-08",
            "Peru's defence ministry said on Monday that Chilean forces had shelled the Orvik plant on August 7, "
            "damaging a power line.",
        ),
        ("2024-08-08", "Chile's army said Peruvian forces shelled the Orvik plant on August 6."),
    )
    days = [r for r in led.relations if r.type == "contradicts" and r.why.startswith("the same event on different")]
    assert {frozenset((r.a, r.b)) for r in days} and all("A1" not in r.why or "A2" not in r.why for r in days)


def test_one_article_setting_two_named_sources_against_each_other_shows_the_dispute(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-06",
            "The Orvik plant was shelled on Friday. Chile's energy agency Enerchil said Peruvian forces shelled the "
            "plant. The Peruvian-installed administration of Orvik said Chilean forces shelled the plant.",
        ),
        ("2024-08-07", "Peruvian troops shelled the Orvik plant on Friday, a witness said."),
    )
    agents = [r for r in led.relations if r.type == "contradicts" and r.why.startswith("who did it")]
    assert len(agents) == 1
    claims = {c.id: c.article for c in led.claims}
    assert claims[agents[0].a] == claims[agents[0].b] == "A1"  # the article that tells both accounts


def test_an_article_narrating_rival_answers_without_two_sources_is_its_own_account(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-06",
            "Peruvian forces shelled the Orvik plant on Friday. Later that day Chilean forces shelled the plant too.",
        ),
    )
    assert not [r for r in led.relations if r.type == "contradicts" and r.why.startswith("who did it")]


def test_an_act_the_war_held_is_not_the_event_act(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-20",
            "A helicopter carrying Peru's president crashed in the Peruvian Andes on Sunday. The crash comes as the "
            "region remains unsettled by the war, during which Peru launched an unprecedented drone-and-missile attack "
            "on Chile just last month.",
        ),
    )
    assert not answers(led, "agent")
    assert not answers(led, "means")


def test_an_accusation_and_the_denial_one_article_tells_are_shown_together(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-08",
            "Peru's defence ministry said on Monday that Chile had shelled the Orvik plant on Sunday. Chile has denied "
            "attacking the plant.",
        ),
        ("2024-08-09", "Chilean troops shelled the Orvik plant on Sunday, a witness said."),
    )
    denials = [r for r in led.relations if r.type == "contradicts" and r.why.startswith("denial and assertion")]
    assert len(denials) == 1
    claims = {c.id: c.article for c in led.claims}
    assert claims[denials[0].a] == claims[denials[0].b] == "A1"


def test_a_side_denying_in_the_first_person_denies_its_side_did_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-08-08",
            'An explosion destroyed the Orvik bridge on Saturday. "We certainly did not order this, as far as I know," '
            "Chilean President Ana Ruiz said.",
        ),
        ("2024-08-09", "Peru's president said the bridge was blown up by Chilean special services."),
    )
    assert ("A1", "Chile", "denied") in {(a.article, a.value, a.stance) for a in answers(led, "agent")}
    # a first person with no act of its own denied, or an unnamed speaker's side, answers nothing
    other = corpus(
        _fresh(tmp_path, "other"),
        ("2024-08-08", '"We did not expect this," Chilean President Ana Ruiz said of the explosion at the bridge.'),
        ("2024-08-08", '"It wasn\'t us," an official said of the explosion at the bridge.'),
    )
    assert not [a for a in answers(other, "agent") if a.stance == "denied"]
