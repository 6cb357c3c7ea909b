"""Strike disputes (issue 17), on sentences written for these tests (never article text): what a side's own press
calls "the enemy" names the other side; wordings of intent (an accident, friendly fire, a mishap, "délibérée") and a
general policy that answers nothing about the act; the time of day of a count, which makes two counts for one hour
rivals rather than stages of a rising toll."""

from __future__ import annotations

import re
from pathlib import Path

import rashomon
from rashomon.data.media import outlet_country
from rashomon.link.questions import _RULED_OUT_BEFORE, INTENT, _intent_asked, _policy_intent
from rashomon.link.tolls import count_clock
from rashomon.link.views import enemy_of
from rashomon.model import Ledger

from .dated_articles import answers, corpus


def _write(tmp_path: Path, *articles: tuple[str, str, str]) -> Ledger:
    """Analyse ``(url, outlet, text)`` articles."""
    for i, (url, outlet, text) in enumerate(articles, start=1):
        head = f"url: {url}\n" + (f"outlet: {outlet}\n" if outlet else "")
        (tmp_path / f"{i:02d}.txt").write_text(f"{head}---\n{text}", encoding="utf-8")
    return rashomon.analyze([tmp_path])


# -- "the enemy" ---------------------------------------------------------------------------------------------------


def test_an_outlet_country_from_its_name_or_its_domain() -> None:
    assert outlet_country("Ukrinform", None) == "Ukraine"
    assert outlet_country("РИА Новости", None) == "Russia"
    assert outlet_country(None, "https://news.example.ua/2024/05/06/story") == "Ukraine"
    assert outlet_country("Some Daily", "https://daily.example.ru/x") == "Russia"
    assert outlet_country("Some Daily", "https://daily.example.com/x") is None
    # a reprint hosted elsewhere: the host's domain says nothing of whose words they are
    assert outlet_country("Wire Copy (Reuters)", "https://copy.example.ru/x") is None


def test_the_enemy_is_the_adversary_of_the_side_that_speaks() -> None:
    for words in ("the enemy", "The occupiers", "оккупанты", "ворог", "the invaders", "рашисти"):
        assert enemy_of(words, "Ukraine") == "Russia", words
    assert enemy_of("the enemy", "Russia") == "Ukraine"
    assert enemy_of("the enemy", None) is None  # whose enemy is not known
    assert enemy_of("the enemy", "France") is None  # no adversary listed
    assert enemy_of("the enemy artillery", "Ukraine") is None  # a weapon of the enemy, not the enemy
    assert enemy_of("the regional police", "Ukraine") is None


def test_the_enemy_in_a_sides_own_press_answers_who_did_it(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        (
            "https://news.example.ua/2024/05/06/story",
            "",
            "The enemy shelled the bus station in Ostrov on Monday. Four people were hurt.",
        ),
        (
            "https://world.example.com/2024/05/06/story",
            "World Daily",
            "The enemy shelled the bus station in Ostrov on Monday, a local resident wrote online.",
        ),
    )
    by_article = {(a.article, a.value) for a in answers(led, "agent")}
    assert ("A1", "Russia") in by_article, by_article
    assert not any(article == "A2" for article, _ in by_article), by_article  # whose enemy: not said


def test_the_enemy_in_a_spokesmans_words_is_his_sides_adversary(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        (
            "https://world.example.com/2024/05/06/story",
            "World Daily",
            'A spokesman for the Russian Defence Ministry said: "The enemy shelled the bus station in Ostrov."',
        ),
    )
    values = {a.value for a in answers(led, "agent")}
    assert values == {"Ukraine"}, values


def test_the_enemy_in_russian_and_ukrainian_words_of_a_sides_press(tmp_path: Path) -> None:
    led = _write(
        tmp_path,
        ("https://news.example.ua/2024/05/06/story", "", "Вранці ворог ударив по автовокзалу в Острові."),
        ("https://news.example.ru/2024/05/06/story", "", "Утром противник нанес удар по автовокзалу в Острове."),
        ("https://world.example.com/2024/05/06/story", "World Daily", "Утром оккупанты ударили по автовокзалу."),
    )
    by_article = {(a.article, a.value) for a in answers(led, "agent")}
    assert ("A1", "Russia") in by_article and ("A2", "Ukraine") in by_article, by_article
    assert not any(article == "A3" for article, _ in by_article), by_article  # whose occupiers: not said


# -- intent ---------------------------------------------------------------------------------------------------------


def _intent(text: str) -> list[tuple[str, bool, bool]]:
    """(value, ruled out, inside a policy) for each intent word the sentence holds."""
    out = []
    for value, pattern in INTENT.items():
        m = pattern.search(text)
        if m:
            out.append((value, bool(_RULED_OUT_BEFORE.search(text[: m.start()])), _policy_intent(text, m)))
    return out


def test_wordings_of_an_accident() -> None:
    for text in (
        "The shelling was most probably a case of friendly fire.",
        "Put simply, the hit was unintentional.",
        "Investigators called the blast a tragic mishap.",
        "The rocket hit the depot by mistake.",
        "Le missile a frappé le dépôt par erreur.",
        "Ракета попала в склад случайно.",
    ):
        assert _intent(text) == [("accident", False, False)], text


def test_wordings_of_a_deliberate_act() -> None:
    for text in (
        "The mayor called it a deliberate attack on a quiet town.",
        "Le maire a qualifié la frappe de délibérée.",
        "Мэр назвал удар умышленным.",
    ):
        assert _intent(text) == [("deliberate", False, False)], text
    assert _intent("Le tir n'était pas intentionnel, selon l'armée.") == [("deliberate", True, False)]


def test_a_general_policy_is_no_answer_about_the_act() -> None:
    for text in (
        "The ministry says it does not deliberately target civilians.",
        "Le ministère n'a pas commenté, affirmant ne pas cibler délibérément les civils.",
        "The army says it never targets civilian infrastructure deliberately.",
    ):
        assert [policy for _, _, policy in _intent(text)] == [True], text
    # about this act: an answer
    assert _intent("The ministry said the strike on the depot was not deliberate.") == [("deliberate", True, False)]


def test_an_intent_still_asked_is_no_answer() -> None:
    for text in (
        "Prosecutors are investigating whether the strike was deliberate.",
        "Les enquêteurs doivent déterminer toute négligence ou intention délibérée.",
        "Следователи должны выяснить, было ли это умышленно.",
        "The commission is yet to determine if the launch was accidental.",
    ):
        found = [(value, m) for value, p in INTENT.items() if (m := p.search(text))]
        assert found and all(_intent_asked(text[: m.start()]) for _, m in found), text
    said = "The ministry said the strike was deliberate."
    assert not _intent_asked(said[: said.index("deliberate")])


def test_an_accident_against_a_deliberate_attack_is_a_dispute(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-06", "The mayor of Ostrov said the strike on the bus station was a deliberate attack."),
        ("2024-05-07", "Investigators said the strike on the bus station in Ostrov was a tragic mishap."),
    )
    values = {(a.value, a.article) for a in answers(led, "intent")}
    assert values == {("deliberate", "A1"), ("accident", "A2")}, values
    assert any(r.type == "contradicts" and r.details and r.details[0][0] == "intent" for r in led.relations)


def test_a_policy_answers_a_deliberate_attack_as_a_policy(tmp_path: Path) -> None:
    # twenty-first session: a side's word that it does not target civilians is its answer to the charge of a
    # deliberate attack on them (a denial noted "policy"), no longer nothing
    led = corpus(
        tmp_path,
        ("2024-05-06", "The mayor of Ostrov said the strike on the bus station was a deliberate attack."),
        (
            "2024-05-06",
            "The army did not comment on the strike in Ostrov, saying it does not deliberately target civilians.",
        ),
    )
    found = {(a.value, a.stance, a.note, a.article) for a in answers(led, "intent")}
    assert ("deliberate", "denied", "policy", "A2") in found
    assert ("deliberate", "attributed", None, "A1") in found


# -- the time of day of a count -------------------------------------------------------------------------------------


def test_the_time_of_day_of_a_count() -> None:
    assert count_clock("As of 4 p.m., 12 people were killed") == "16:00"
    assert count_clock("As the prosecutors report, as of 4 p.m, 12 people were killed") == "16:00"
    assert count_clock("По состоянию на 16:00 известно о 12 погибших") == "16:00"
    assert count_clock("Станом на 09:30 відомо про 12 загиблих") == "09:30"
    assert count_clock("Selon un bilan arrêté à 16h00, 12 personnes sont mortes") == "16:00"
    assert count_clock("À 14h, un missile a frappé le marché, tuant 12 personnes") is None  # when the act was done
    assert count_clock("By 16 people, the toll rose") is None
    assert count_clock("As of 2023, the town had 4,000 people") is None


def test_two_counts_for_one_hour_are_rivals(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-06",
            "A rocket hit the bus station in Ostrov on Monday. As the regional prosecutors report, as of 4 p.m., "
            "12 people were killed. Another 30 people were injured.",
        ),
        (
            "2024-05-06",
            "Rescuers worked through the rubble of the depot in Ostrov all day. The emergency service said that as "
            "of 4 p.m. 18 people were injured.",
        ),
    )
    injured = [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "toll_injured"]
    assert len(injured) == 1, [r.why for r in led.relations]
    assert re.search(r"as of 16:00", injured[0].why), injured[0].why


def test_counts_of_one_day_without_an_hour_stay_stages(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-06",
            "A rocket hit the bus station in Ostrov on Monday. As the regional prosecutors report, 12 people were "
            "killed. Another 30 people were injured.",
        ),
        (
            "2024-05-06",
            "Rescuers worked through the rubble of the depot in Ostrov all day. The emergency service said that "
            "18 people were injured.",
        ),
    )
    assert {a.article for a in answers(led, "toll_injured")} == {"A1", "A2"}
    assert not [r for r in led.relations if r.type == "contradicts" and r.details[0][0] == "toll_injured"]
