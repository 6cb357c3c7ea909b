"""Twenty-second session, disputes: firing told in the verb's plain form and by a witness shot at; negations that
deny nothing after them; the act of an infinitive after an object; whose involvement a denial is about. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from tests.test_disputes_s16 import _ledger


def _told(led: rashomon.Ledger, kind: str) -> list[tuple[str, str]]:
    """Every answer to the questions of one kind, as (value, stance)."""
    return [(a.value, a.stance) for q in led.questions if q.kind == kind for a in q.answers]


def test_a_denial_of_firing_at_the_crowd_against_a_witness_shot_at(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": 'A wounded man said: "There were crowds of people, but the soldiers kept firing toward us."',
            "02-en.txt": "The army said it did not fire at the crowd rushing the aid convoy.",
        },
    )
    assert sorted(_told(led, "force")) == [("gunfire", "attributed"), ("gunfire", "denied")]
    assert any(r.type == "contradicts" for r in led.relations)


def test_a_fire_burning_at_a_place_is_no_shot(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "A fire broke out at the market on Tuesday and spread to nearby homes."})
    assert _told(led, "force") == []


def test_what_a_source_did_not_specify_is_not_denied(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Военные заявили, что часть беспилотников над границей сбили в среду.",
            "02-ru.txt": "Представитель армии Павел Орлов не уточнил, какой стороне принадлежали сбитые беспилотники.",
        },
    )
    assert all(stance != "denied" for _, stance in _told(led, "cause"))
    assert not any(r.type == "contradicts" for r in led.relations)


def test_soldiers_not_hurt_by_a_strike_do_not_deny_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "A ballistic missile struck the centre of Varno on Sunday, the regional governor said.",
            "02-en.txt": "The soldiers were not injured by the missile strike because they were in cover, he said.",
        },
    )
    assert all(stance != "denied" for _, stance in _told(led, "cause"))


def test_a_source_that_says_no_missile_hit_still_denies_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "The ministry said the building collapsed after no missile had struck it, but a gas blast."},
    )
    assert ("struck from outside (missile, air defence, gunfire)", "denied") in _told(led, "cause")


def _agents(led: rashomon.Ledger) -> list[tuple[str, str, str | None]]:
    return [(a.value, a.stance, a.origin) for q in led.questions if q.kind == "agent" for a in q.answers]


def test_a_party_urged_to_accept_responsibility_is_the_one_charged(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "In July, the European Union urged Russia to accept responsibility for downing the airliner."},
    )
    agents = _agents(led)
    assert {value for value, _, _ in agents} == {"Russia"}  # not the union that asked
    names = {e.id: e.name for e in led.entities}
    assert all(names.get(origin or "") != "Russia" for _, _, origin in agents)  # its charge, not Russia's word


def test_an_order_hands_the_act_to_those_ordered(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "General Ana Pires ordered Lerovian troops to shell the village of Varno."})
    frames = [f for c in led.claims for f in c.frames if f.kind == "attack"]
    assert [f.role("agent").text for f in frames if f.role("agent") is not None] == ["Lerovian troops"]


def test_its_involvement_is_the_subjects_own(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "Russia has always denied its involvement and blamed Ukraine."})
    involved = [(a.value, a.stance) for q in led.questions if q.kind == "involved" for a in q.answers]
    assert involved == [("Russia", "denied")]


def test_a_denial_of_another_partys_involvement_is_not_the_deniers(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The Kremlin denied any Ukrainian involvement.",
            "02-en.txt": "The Kremlin denied any involvement of Ukraine in the attack.",
            "03-en.txt": "The Kremlin denied any involvement in the attack.",
        },
    )
    by_claim: dict[str, set[tuple[str, str]]] = {}
    for q in led.questions:
        if q.kind == "agent":
            for a in q.answers:
                by_claim.setdefault(a.claim, set()).add((a.value, a.stance))
    article = {c.id: c.article for c in led.claims}
    denied_russia = {article[c] for c, found in by_claim.items() if ("Russia", "denied") in found}
    assert denied_russia == {"A3"}  # only where the Kremlin denies its own part


def test_a_toll_read_past_an_aside_listing_who_is_among_the_dead(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "По данным властей, 26 человек, в том числе женщины и дети, погибли при ударе по рынку.",
            "02-fr.txt": "Selon les autorités, 31 personnes, dont quatre enfants, ont été tuées dans la frappe sur "
            "le marché.",
        },
    )
    assert sorted(value for value, _ in _told(led, "toll_killed")) == ["26 people", "31 people"]


def test_how_many_were_on_board(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The fishing trawler was carrying about 750 people when it capsized, survivors said.",
            "02-en.txt": "The coast guard said some 400 migrants were on board the trawler.",
            "03-en.txt": "Of those on board, 104 people were rescued. The owner said 12 crew members were on board.",
        },
    )
    told = sorted(_told(led, "on_board"))
    assert told == [
        ("12 crew members", "attributed"),
        ("about 750 people", "attributed"),
        ("some 400 migrants", "attributed"),
    ]
    why = [r.why for r in led.relations if r.type == "contradicts"]
    assert any("750" in w and "400" in w for w in why)
    assert not any("12 crew members" in w for w in why)  # the crew alone is no rival of all on board


def test_some_of_those_on_board_are_no_count_of_all(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The jet was carrying 176 passengers and crew when it came down after take-off.",
            "02-en.txt": "A total of 138 people on the flight were supposed to catch connecting flights to Canada.",
            "03-en.txt": "The trial began in March 2020, with four people charged.",
            "04-en.txt": "The jet, carrying up to 20 children, came down after take-off.",
            "05-en.txt": "The jet was transporting 65 captured soldiers to an exchange when it came down.",
        },
    )
    assert sorted(_told(led, "on_board")) == [
        ("176 passengers", "asserted"),
        ("65 captured soldiers", "asserted"),
        ("up to 20 children", "asserted"),
    ]
    assert not [r for r in led.relations if r.type == "contradicts" and "on board" in r.why]
