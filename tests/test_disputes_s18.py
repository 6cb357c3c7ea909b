"""Eighteenth session: what the event was (an attack, a bomb, no sign of one, an accident), shots fired or not, and
soldiers at the place struck or only civilians; sentences of my own."""

from __future__ import annotations

from pathlib import Path

import rashomon
from tests.test_disputes_s16 import _ledger


def _answers(led: rashomon.Ledger, kind: str) -> list[tuple[str, str]]:
    return sorted((a.value, a.stance) for q in led.questions if q.kind == kind for a in q.answers)


def _contradicts(led: rashomon.Ledger) -> list[str]:
    return [r.why for r in led.relations if r.type == "contradicts"]


def test_the_event_called_an_attack_or_a_bomb_is_meant(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The mayor said of the warehouse blast: 'They seem to think it was an attack. It was a bomb.'",
            "02-en.txt": "The interior minister initially called the explosion an attack on the harbour of Varno.",
            "03-de.txt": "Der Bürgermeister sagte, dass es ein Anschlag war.",
            "04-ru.txt": "Губернатор заявил, что они считают взрыв в Варно нападением.",
            "05-es.txt": "El alcalde de Varno dijo que fue un atentado contra el puerto.",
        },
    )
    intents = _answers(led, "intent")
    assert {v for v, _ in intents} == {"deliberate"} and len(intents) >= 5
    assert all(s != "denied" for _, s in intents)
    assert not _contradicts(led)  # five sources saying one thing


def test_no_sign_of_an_attack_denies_it_and_a_likely_accident_is_set_against_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The harbour master said the blast in Varno was a bomb of some kind.",
            "02-de.txt": "Es gebe bislang keinerlei Hinweise auf einen Anschlag in Varno, sagten zwei Beamte.",
            "03-pt.txt": "Não há indícios de atividades terroristas em Varno, disse o governo.",
            "04-en.txt": "The explosion in Varno was most likely an accident caused by a fire, the minister said.",
        },
    )
    answers = _answers(led, "intent")
    assert ("deliberate", "denied") in answers and ("accident", "hedged") in answers
    why = " ".join(_contradicts(led))
    assert "not deliberate" in why and "accident" in why


def test_an_open_hedge_and_a_question_give_no_rival(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The harbour master said the blast in Varno was a bomb of some kind.",
            "02-en.txt": "Investigators are trying to establish whether the blast in Varno was an attack.",
            "03-en.txt": "The explosion in Varno was possibly an accident, a port official said.",
            "04-en.txt": "An attack on the harbour of Varno on Tuesday killed four people, the police said.",
        },
    )
    assert [v for v, _ in _answers(led, "intent")].count("deliberate") == 1  # the question and the strike give none
    assert not _contradicts(led)


def test_rumours_of_an_attack_dismissed_deny_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Varno's authorities dismissed on Wednesday rumours about subversive action in the blast.",
            "02-en.txt": "The senator said that the blast in Varno was a terrorist attack.",
        },
    )
    assert ("deliberate", "denied") in _answers(led, "intent")
    assert _contradicts(led)


def test_an_accident_in_german_and_spanish(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-de.txt": "Die Explosion in Varno deute nicht auf einen Unfall hin, sagte der Senator.",
            "02-es.txt": "El ministro dijo que la explosión de Varno fue un accidente.",
        },
    )
    intents = _answers(led, "intent")
    assert {v for v, _ in intents} == {"accident"} and len(intents) == 2
    assert sum(s == "denied" for _, s in intents) == 1
    assert _contradicts(led)


def test_no_shots_fired_against_shots_and_pellets(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Troops surrounded the palace in Varno, but no shots were fired and there were no clashes.",
            "02-es.txt": "Los militares usaron gases lacrimógenos y disparo de balines contra la gente de Varno.",
            "03-fr.txt": "Quatorze civils ont été blessés par des tirs de grenaille à Varno.",
            "04-en.txt": "Police fired rubber bullets at the crowd in Varno, witnesses said.",
        },
    )
    forces = _answers(led, "force")
    assert ("gunfire", "denied") in forces and ("tear gas", "asserted") in forces
    why = " ".join(_contradicts(led))
    assert "not gunfire" in why


def test_shots_at_one_place_denied_are_no_rival_of_shots_elsewhere(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The army said its troops did not open fire on the crowd in Varno.",
            "02-en.txt": "Soldiers fired warning shots in the air near the convoy in Varno, the army said.",
        },
    )
    assert not _contradicts(led)


def test_soldiers_at_the_place_struck_or_only_civilians(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The spokesman said the strike on Varno hit a gathering of servicemen at an awards ceremony.",
            "02-en.txt": "There were no military targets in Varno, the governor said.",
            "03-fr.txt": "Il n'y a pas de soldats ici, a dit une habitante de Varno.",
            "04-ru.txt": "На месте удара по Варно находились около 200 боевиков.",
        },
    )
    states = _answers(led, "state")
    assert ("a military target at the site", "denied") in states
    assert any(v == "a military target at the site" and s != "denied" for v, s in states)
    assert _contradicts(led)


def test_civilians_killed_say_nothing_of_soldiers(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The strike on Varno killed 35 civilians, including two children, the governor said.",
            "02-en.txt": "The strike on Varno hit a gathering of soldiers, the ministry said.",
        },
    )
    assert not _contradicts(led)


def test_meddling_in_an_election_and_its_denial(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The president of Varnia has accused Moscow of meddling in the election of Sunday.",
            "02-en.txt": "The Kremlin has rejected the accusations of interference in the election, Peskov said.",
        },
    )
    assert ("Russia", "asserted") in _answers(led, "involved") and ("Russia", "denied") in _answers(led, "involved")
    assert _contradicts(led)


def test_external_interference_with_a_plane_names_no_party(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "The crash near Varno was caused by external physical and technical interference, Baku said."},
    )
    assert _answers(led, "involved") == []


def test_no_abductions_against_abductions_counted(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Protests in Varno turned deadly on Tuesday. There have been no abductions, he said.",
            "02-en.txt": "Protests in Varno turned deadly on Tuesday. Over the last day there were 21 abductions by "
            "uniformed officers, the rights commission said.",
        },
    )
    assert sorted(s for v, s in _answers(led, "state") if v == "abductions") == ["attributed", "denied"]
    assert _contradicts(led)


def test_a_storm_and_no_storm(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The ferry Varna sank in stormy sea conditions off Varno on Tuesday, the ministry said.",
            "02-en.txt": "The weather off Varno was not stormy when the ferry Varna sank, a meteorologist said.",
            "03-en.txt": "A storm of criticism followed the sinking of the ferry Varna off Varno, the paper wrote.",
        },
    )
    states = [s for v, s in _answers(led, "state") if v == "a storm"]
    assert sorted(states) == ["attributed", "denied"]  # the storm of criticism is no weather
    assert _contradicts(led)


def test_counts_abroad_with_verbs_of_ending_up_and_staying(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-es.txt": "Al menos nueve civiles resultaron heridos en Varno el miércoles, dijo el ministro.",
            "02-it.txt": "Almeno 12 persone sono rimaste ferite a Varno mercoledì, secondo la polizia.",
            "03-fr.txt": "À Varno, 35 personnes restent toujours portées disparues après l'explosion de mercredi.",
            "04-es.txt": "En Varno los militantes asesinaron a 21 pasajeros el miércoles, precisó el ejército.",
        },
    )
    counts = sorted((q.kind, a.number) for q in led.questions for a in q.answers if q.kind.startswith("toll_"))
    assert counts == [("toll_injured", 9.0), ("toll_injured", 12.0), ("toll_killed", 21.0), ("toll_missing", 35.0)]


def test_the_kind_of_missile_in_five_languages(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "Le ministère affirme que le marché de Varno a été touché par un missile de croisière.",
            "02-es.txt": "El mercado de Varno fue alcanzado por un misil de crucero, dijo el ministerio.",
            "03-de.txt": "Der Markt in Varno wurde von einer Flugabwehrrakete getroffen, sagte das Ministerium.",
            "04-it.txt": "Il mercato di Varno è stato colpito da un missile antiaereo, secondo il ministero.",
            "05-pt.txt": "O mercado de Varno foi atingido por um míssil de cruzeiro, disse o ministério.",
        },
    )
    means = [v for v, _ in _answers(led, "means")]
    assert sorted(means) == ["air defence missile"] * 2 + ["cruise missile"] * 3
    assert _contradicts(led)  # a strike's weapon against an interceptor


def test_a_cruise_missile_against_a_ballistic_one(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The market in Varno was hit by a cruise missile, the ministry said.",
            "02-en.txt": "The market in Varno was hit by a ballistic missile, the governor said.",
        },
    )
    assert _contradicts(led)


def test_involvement_and_its_denial_in_other_languages(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-de.txt": "Die Regierung bestreitet jede russische Beteiligung an dem Anschlag in Varno.",
            "02-es.txt": "Moscú niega cualquier implicación rusa en el ataque a Varno.",
            "03-de.txt": "Die Opposition spricht von russischer Beteiligung an dem Anschlag in Varno.",
        },
    )
    assert sorted(_answers(led, "involved")) == [("Russia", "asserted"), ("Russia", "denied"), ("Russia", "denied")]
    assert _contradicts(led)


def test_a_bomb_dropped_in_russian_names_the_doer(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-ru.txt": "Войска РФ сбросили авиабомбу на драмтеатр в Варно 16 марта."})
    assert ("Russia", "asserted") in _answers(led, "agent")


def test_a_missile_that_hit_is_a_cause_against_an_explosion_on_board(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Two Varnian Neptune missiles hit the cruiser Dorna near Varno, a US official said.",
            "02-en.txt": "The cruiser Dorna was damaged as a result of a fire and the detonation of ammunition, "
            "the ministry said.",
        },
    )
    causes = {v for v, _ in _answers(led, "cause")}
    assert causes == {"struck from outside (missile, air defence, gunfire)", "a secondary explosion (stored munitions)"}
    assert any("what caused it" in why for why in _contradicts(led))


def test_a_weapon_denied_gives_no_cause(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "The warhead that exploded in Varno was not that of an S-300 missile."})
    assert _answers(led, "cause") == []


def test_the_accuser_is_not_the_party_accused(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "В МИД Ирана назвали лишенными оснований выдвинутые США обвинения в причастности к атаке.",
            "02-en.txt": "The US, however, blamed Iran for the incident in Varno; while Tehran denied the allegations.",
        },
    )
    assert "United States" not in {v for v, _ in _answers(led, "involved")}
    assert ("Iran", "denied") in _answers(led, "involved")


def test_civilians_as_victims_in_general_say_nothing_of_who_was_there(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Nobody wins the war around Varno, and only civilians are the victims, the minister said.",
            "02-en.txt": "There were only civilians at the market in Varno, a witness said.",
        },
    )
    assert _answers(led, "state") == [("a military target at the site", "denied")]
