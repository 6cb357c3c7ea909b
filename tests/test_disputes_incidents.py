"""Force used on a person, on sentences written for these tests (never article text): was the person a threat when it
was used (came at the officers, armed, self-defence, against moving away, unarmed, posed no threat), and what the one
who used it is held or charged for (an intended against an unintended killing, custody then a charge).

Each question has cases that must contradict and cases that must not: a hedged account, a threat aimed at someone
else, the officers' own acts, what a crowd did in the unrest, a statement about many incidents, a movement away not
tied to the shot; stages of one case on different days, one offence in two languages, a family's complaint."""

from __future__ import annotations

from pathlib import Path

from rashomon.data.incidents import CHARGE_INTENDED, CHARGE_KILLING, CHARGE_UNINTENDED
from rashomon.link.compare import same_charge, same_threat
from rashomon.link.incidents import charges, threats
from rashomon.model import Answer, Ledger, Span

from .dated_articles import answers, corpus

CAME_AT = "came at the officers"
AWAY = "moving away"


def answer(value: str, stance: str = "asserted", **kw: object) -> Answer:
    return Answer(value=value, claim="C1", article="A1", span=Span(0, 1), stance=stance, **kw)  # type: ignore[arg-type]


def contradictions(led: Ledger, kind: str) -> list:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == kind]


def values(text: str) -> set[str]:
    return {r.value for r in threats(text)}


# ---------------------------------------------------------------- threat: what is read


def test_coming_at_the_officers_is_read_in_english_and_french() -> None:
    assert values("The union said the driver accelerated towards the officers before the shot.") == {CAME_AT}
    assert values("the suspect lunged at an officer with a screwdriver") == {CAME_AT}
    assert values("Selon la police, le conducteur a foncé sur les gendarmes.") == {CAME_AT}
    assert values("Deputies said he refused to drop the knife.") == {"armed or attacking"}
    assert values("the suspect advanced on two deputies in the yard") == {CAME_AT}
    assert values("Il s'est dirigé vers les gendarmes, un couteau à la main.") == {CAME_AT, "armed or attacking"}
    assert not values("A deputy holding a rifle stood by the door.")  # the officer's weapon
    assert values("un policier se place devant la voiture, le conducteur lui fonce dessus") == {CAME_AT}


def test_a_movement_away_counts_only_when_tied_to_the_shot() -> None:
    assert values("The officer fired as the van pulled away from the checkpoint.") == {AWAY}
    assert values("When the car began to drive off, one of the gendarmes fired twice.") == {AWAY}
    assert values("Le gendarme tire au moment où la voiture redémarre.") == {AWAY}
    assert values("Mr Orlov was running away when a guard shot him.") == {AWAY}
    # a passenger who fled, an escape told apart from the shot: nothing about the moment of the force
    assert not values("After the shooting one passenger fled while the other was detained.")
    assert not values("The car sped away and crashed into a wall two streets later.")


def test_self_defence_unarmed_and_no_threat_need_the_force_or_the_officers() -> None:
    assert values("The constable told investigators he acted in self-defence.") == {"a threat (self-defence)"}
    assert values("Police shot an unarmed delivery driver on Sunday.") == {"unarmed"}
    assert values("The lawyer said the boy posed no threat to the officers.") == {"no threat"}
    assert not values("Forecasters said the storm posed no threat to the coast.")
    assert not values("Police fired on unarmed protesters in the square.")  # a crowd


def test_hands_up_and_compliance_count_only_beside_the_force() -> None:
    assert values("She had her hands up when the deputy shot her.") == {"complied (hands up)"}
    assert not values("The candidate complied with police orders and left the square.")  # an arrest, no force
    assert not values("Marchers chanted: hands up, don't shoot.")  # a plea, no force used
    assert not values("The guard did not fire as the van drove off.")


def test_what_must_not_be_read_as_the_persons_threat() -> None:
    assert not values("The suspect had earlier pointed a knife at a shopkeeper.")  # a threat to someone else
    assert not values("The officer drove at him and then got out of the car.")  # the officer's act
    assert not values("Rioters attacked police officers in three towns overnight.")  # a crowd
    assert not values("During the riots a car rammed into police officers near the station.")  # the unrest after
    assert not values("Each year, dozens of drivers drive at officers during traffic stops.")  # many incidents
    assert values("The gunman fired at officers as he fled.") == {"armed or attacking"}  # his shot, not theirs
    # "them" with no officer named around: the people on a bridge, not the officers
    assert not values("The van drove into them on the bridge before the driver was shot.")
    assert {r.value for r in threats("the driver drove into them", lead="Police said ")} == {CAME_AT}


def test_a_negation_denies_the_threat() -> None:
    (reading,) = threats("The driver did not drive at the officers, his lawyer said.")
    assert (reading.value, reading.told) == (CAME_AT, "denied")


# ---------------------------------------------------------------- threat: comparing answers


def test_firm_rival_accounts_contradict_and_hedged_ones_are_shown() -> None:
    came = answer(CAME_AT, "attributed")
    assert same_threat(came, answer(AWAY)) == "contradicts"
    assert same_threat(came, answer(AWAY, "hedged")) == "apart"
    assert same_threat(answer("a threat (self-defence)"), answer(AWAY)) == "contradicts"
    assert same_threat(came, answer("a threat (self-defence)")) == "agrees"
    assert same_threat(came, answer(CAME_AT, "denied")) == "contradicts"
    assert same_threat(answer(AWAY), answer(CAME_AT, "denied")) == "agrees"
    assert same_threat(came, answer("unarmed")) == "apart"  # a car needs no weapon
    assert same_threat(answer("armed or attacking"), answer("unarmed")) == "contradicts"


def test_the_first_account_against_the_footage_is_one_dispute(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-04", "A police union said the driver drove his car at two officers in Varnholm on Monday."),
        ("2025-03-05", "Footage shows the officer fired as the car pulled away from the kerb in Varnholm."),
        ("2025-03-05", "The officer appears to fire as the car drives off, a second video from Varnholm shows."),
        ("2025-03-06", "Rioters attacked police officers in Varnholm overnight, the mayor said."),
    )
    given = {(a.article, a.value, a.stance) for a in answers(led, "threat")}
    assert ("A1", CAME_AT, "attributed") in given
    assert ("A2", AWAY, "asserted") in given
    assert {a.stance for a in answers(led, "threat") if a.article == "A3"} == {"hedged"}
    assert not [a for a in answers(led, "threat") if a.article == "A4"]
    (relation,) = contradictions(led, "threat")
    claims = {c.id: c.article for c in led.claims}
    assert {claims[relation.a], claims[relation.b]} == {"A1", "A2"}


def test_a_denial_of_another_account_does_not_reach_the_answer_before_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-03-05",
            "Footage shows the man had his hands in the air when the deputy fired, contradicting the sheriff's claim "
            "that he lunged at the deputies.",
        ),
        ("2025-03-06", "The man had his hands up when he was shot by a deputy in Orvane, his brother said."),
    )
    given = {(a.article, a.value, a.stance) for a in answers(led, "threat")}
    assert ("A1", "complied (hands up)", "denied") not in given
    assert {a.value for a in answers(led, "threat") if a.stance != "denied"} == {"complied (hands up)"}
    assert not contradictions(led, "threat")


# ---------------------------------------------------------------- charge: what is read


def read(text: str, lead: str = "") -> set[tuple[str, str, str]]:
    return {(r.stage, r.value, r.told) for r in charges(text, lead)}


def test_the_offence_and_its_stage() -> None:
    assert read("The guard was held on suspicion of murder.") == {("held or suspected", CHARGE_INTENDED, "")}
    assert read("He was charged with involuntary manslaughter on Friday.") == {("charged", CHARGE_UNINTENDED, "")}
    assert read("Prosecutors opened a manslaughter investigation.") == {("investigated", CHARGE_KILLING, "")}
    assert read("The constable was detained on homicide charges.") == {("charged", CHARGE_KILLING, "")}
    assert read("Le gendarme a été mis en examen, mardi, pour homicide volontaire.") == {
        ("charged", CHARGE_INTENDED, "")
    }
    assert read("homicide involontaire", lead='a été placé en garde à vue pour "') == {
        ("held or suspected", CHARGE_UNINTENDED, "")
    }
    assert read("Il est poursuivi pour violences volontaires ayant entraîné la mort.") == {
        ("charged", CHARGE_UNINTENDED, "")
    }


def test_what_is_no_charge() -> None:
    assert not read("The family filed a complaint accusing the guard of murder.")
    assert not read("La famille a déposé une plainte pour meurtre.")
    assert not read("Protesters called for murder charges against the officer.")
    assert not read("He was arrested after the murder of his neighbour.")  # the event, not the offence
    assert not read("If convicted of murder, he faces life in prison.")
    assert not read("The army was accused of the mass murder of prisoners.")
    assert not read("The council held the sheriff responsible for the murder.")
    assert read("He could face murder charges.") == {("charged", CHARGE_INTENDED, "hedged")}


def test_a_charge_denied() -> None:
    assert read("The officer is in custody, though he has not been charged.") == {("charged", "charged", "denied")}
    assert read("He was not charged with murder but with involuntary manslaughter.") == {
        ("charged", CHARGE_INTENDED, "denied"),
        ("charged", CHARGE_UNINTENDED, ""),
    }


# ---------------------------------------------------------------- charge: comparing answers


def charge(stage: str, offence: str = "", stance: str = "asserted", day: str = "2025-03-05") -> Answer:
    return answer(f"{stage}: {offence}" if offence else stage, stance, note=stage, as_of=day)


def test_rival_offences_at_one_stage_contradict_and_stages_are_an_evolution() -> None:
    murder = charge("charged", CHARGE_INTENDED)
    assert same_charge(murder, charge("charged", CHARGE_UNINTENDED)) == "contradicts"
    assert same_charge(murder, charge("charged", CHARGE_UNINTENDED, day="2025-03-09")) == "contradicts"
    assert same_charge(murder, charge("charged", CHARGE_KILLING)) == "agrees"  # a killing not said which
    assert same_charge(charge("held or suspected", CHARGE_INTENDED, day="2025-03-03"), murder) == "evolution"
    assert same_charge(charge("held or suspected", CHARGE_UNINTENDED), murder) == "apart"  # one day, two stages
    assert same_charge(murder, charge("charged", CHARGE_UNINTENDED, "hedged")) == "apart"
    not_charged = charge("charged", stance="denied", day="2025-03-04")
    assert same_charge(not_charged, murder) == "evolution"  # not charged on Tuesday, charged on Wednesday
    assert same_charge(not_charged, charge("charged", CHARGE_KILLING, day="2025-03-04")) == "contradicts"
    assert same_charge(not_charged, charge("held or suspected", CHARGE_INTENDED, day="2025-03-04")) == "apart"


def test_custody_then_a_charge_is_no_conflict_and_a_rival_charge_is(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-03", "The officer who shot the driver in Varnholm was held on suspicion of murder."),
        ("2025-03-05", "The Varnholm officer was charged with murder on Wednesday, prosecutors said."),
        ("2025-03-05", "Le policier de Varnholm a été mis en examen pour homicide volontaire mercredi."),
    )
    given = {(a.article, a.value) for a in answers(led, "charge")}
    assert ("A1", f"held or suspected: {CHARGE_INTENDED}") in given
    assert {("A2", f"charged: {CHARGE_INTENDED}"), ("A3", f"charged: {CHARGE_INTENDED}")} <= given
    assert not contradictions(led, "charge")
    assert any(r.type == "evolves" for r in led.relations)

    rival = tmp_path / "rival"
    rival.mkdir()
    led = corpus(
        rival,
        ("2025-03-05", "The Varnholm officer was charged with murder on Wednesday, prosecutors said."),
        ("2025-03-05", "The Varnholm officer was charged with involuntary manslaughter on Wednesday."),
    )
    assert len(contradictions(led, "charge")) == 1
