"""Whose weapon did the harm, on sentences written for these tests (never article
text): a weapon seen falling into a building, a weapon that came from a side's air defence, the blow a side's missile
struck; what is ruled out, disowned or blamed, and who did it in French, Russian and Ukrainian."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus


def agents(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", text))
    return {(a.value, a.stance) for a in answers(led, "agent")}


def test_a_weapon_seen_crashing_into_a_building_is_its_owners_act(tmp_path: Path) -> None:
    text = "Videos showed a Peruvian interceptor missile crashing into the clinic in Vell, the ministry said."
    assert ("Peru", "attributed") in agents(tmp_path, text)


def test_a_weapon_falling_into_the_sea_harms_nothing(tmp_path: Path) -> None:
    text = "Videos showed an Peruvian drone falling into the sea near Vell, the ministry said."
    assert not agents(tmp_path, text)


def test_the_air_defence_a_missile_came_from_names_its_owner(tmp_path: Path) -> None:
    text = "The clinic was hit by a foreign-made missile from the Peruvian air defence system, officials said."
    assert ("Peru", "attributed") in agents(tmp_path, text)


def test_the_blow_of_a_sides_missile_is_that_sides_act_hedged_as_told(tmp_path: Path) -> None:
    text = "The monitors said the damage was likely caused by a direct hit from a Chilean missile."
    assert agents(tmp_path, text) == {("Chile", "hedged")}


def test_a_denial_of_the_act_itself_is_still_a_denial(tmp_path: Path) -> None:
    assert ("Chile", "denied") in agents(tmp_path, "Chile did not attack the clinic, its spokesman said on Monday.")


def test_an_interceptor_against_a_strike_weapon_is_a_dispute_over_the_means() -> None:
    from rashomon.data.equipment import weapon_role
    from rashomon.link.compare import same_thing
    from rashomon.model import Answer, Span

    def means(value: str, entity: str | None = None) -> Answer:
        return Answer(value=value, entity=entity, claim="C1", article="A1", span=Span(0, 1), stance="attributed")

    assert weapon_role("a surface-to-air missile") == "defence"
    assert weapon_role("Tochka-U") == "strike"
    assert weapon_role("missiles") is None
    assert same_thing(means("air defence missile"), means("Tochka-U", "E1")) == "contradicts"
    assert same_thing(means("NASAMS", "E2"), means("Western-made surface-to-air missile")) == "agrees"
    assert same_thing(means("NASAMS", "E2"), means("Patriot", "E3")) == "contradicts"  # two named systems
    assert same_thing(means("a missile"), means("Tochka-U", "E1")) != "contradicts"  # a kind that does not say


def test_a_vague_weapon_joins_neither_side_of_a_dispute_over_the_means(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "A missile hit the clinic in Vell on Sunday, killing four people, officials said."),
        ("2025-03-02", "A Peruvian Tochka-U missile hit the clinic in Vell on Sunday, the Chilean army said."),
        ("2025-03-03", "A Chilean air defence missile hit the clinic in Vell on Sunday, the Peruvian ministry said."),
        ("2025-03-03", "The clinic in Vell was hit by an air defence missile on Sunday, Peruvian officials said."),
    )
    means = [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "means"]
    shown = {a.value for a in answers(led, "means")}
    assert any("Tochka-U" in v for v in shown) and any("air defence missile" in v for v in shown), shown
    assert len(means) == 1, [r.why for r in means]  # one dispute, not one per pair of wordings


def test_an_answer_agreeing_with_two_rivals_is_a_bridge_not_a_side() -> None:
    from rashomon.link.compare import _bridges

    # 0 "a missile" fits 1 "Kh-101" and 2 "an air-defence missile", which contradict each other; 3 agrees with 1 only
    verdicts = {(0, 1): "agrees", (0, 2): "agrees", (1, 2): "contradicts", (1, 3): "agrees"}
    assert _bridges(verdicts) == {0}  # type: ignore[arg-type]


def test_a_denial_of_a_report_named_only_as_a_report_states_no_content() -> None:
    import re

    from rashomon.data.disputes import DENIED_REPORT_ONLY

    only = re.compile("|".join(DENIED_REPORT_ONLY), re.I)
    assert only.search("Vell rejected the March 9 report by the Ostrian daily, again")
    assert only.search("the ministry denied these accusations")
    assert not only.search("Vell rejected claims that its troops shelled the market")  # the content is said
    assert not only.search("the ministry denied the accusations of shelling the market")


def test_a_weapon_ruled_out_where_it_is_named_is_a_denial(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "Chile struck the market in Vell with an S-300 missile, the prosecutor said."),
        (
            "2025-03-09",
            "However, the warhead that exploded in Vell was not that of an S-300 missile, the newspaper said.",
        ),
    )
    told = {(a.value, a.stance) for a in answers(led, "means")}
    assert ("S-300", "denied") in told and ("S-300", "attributed") in told, told


def test_what_an_attack_was_made_on_did_not_do_it(tmp_path: Path) -> None:
    text = "The daily published an inquiry into the rocket attack on Vell, which killed 16 people and injured 33."
    assert not agents(tmp_path, text)
    assert not agents(tmp_path, "The strike on the Vell market killed 16 people, Chile said.")


def test_who_misfired_a_weapon_owned_it(tmp_path: Path) -> None:
    text = "The blast was caused by a rocket misfired by Varnish Front militants, the Chilean army said."
    assert ("Varnish Front", "attributed") in agents(tmp_path, text)


def test_a_party_denying_the_accusation_and_blaming_another(tmp_path: Path) -> None:
    told = agents(tmp_path, "The Varnish Front denied the accusation and blamed Chile.")
    assert ("Varnish Front", "denied") in told  # it disowns the act
    assert ("Chile", "attributed") in told and ("Chile", "denied") not in told  # and blames Chile: not a denial


def test_who_did_it_in_french_russian_and_ukrainian(tmp_path: Path) -> None:
    assert ("Russia", "asserted") in agents(tmp_path / "uk", "Слідство встановило, що Росія вдарила по ринку у Велі.")
    assert ("Ukraine", "attributed") in agents(
        tmp_path / "ru", "В министерстве заявили, что по рынку в Веле попала украинская зенитная ракета."
    )
    told = agents(tmp_path / "fr", "Le marché de Vell a été frappé par un missile russe, a déclaré le ministère.")
    assert {v for v, s in told if s != "denied"} == {"Russia"}
    assert ("Russia", "denied") in agents(tmp_path / "fr2", "Moscou dit que l'armée russe n'a pas frappé le marché.")


def test_what_a_french_passive_was_done_to_is_not_its_doer(tmp_path: Path) -> None:
    told = agents(tmp_path, "Le marché ukrainien a été frappé par un missile russe, selon les autorités de Vell.")
    assert {v for v, _ in told} == {"Russia"}


def test_a_french_claim_told_as_someones_is_attributed(tmp_path: Path) -> None:
    told = agents(tmp_path, "Selon Lima, l'armée chilienne a frappé le marché de Vell.")
    assert ("Chile", "attributed") in told
    told = agents(tmp_path / "said", "Le ministère a affirmé que le marché avait été touché par un missile chilien.")
    assert ("Chile", "attributed") in told


def test_a_weapon_named_in_a_russian_or_ukrainian_account_of_the_act(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "Окупанти вдарили по ринку у Велі ракетою Х-101, повідомили у прокуратурі."),
        ("2025-03-02", "Chile hit the market in Vell with a Kh-101 missile, prosecutors said."),
    )
    told = [a for a in answers(led, "means")]
    assert {a.value for a in told} == {"Kh-101"} and len({a.article for a in told}) == 2, told
