"""Naming rules of the eleventh session: a title before a lone surname, a surname mistyped by one letter."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis

from .test_aliases import corpus, corpus_mixed, same


def test_an_office_before_a_lone_surname_is_one_of_the_persons_names(analyze_text: Callable[..., Analysis]) -> None:
    ents = corpus_mixed(
        analyze_text,
        ("Amaka Obiora, the governor of the coastal province, visited the flooded market on Tuesday.", "en"),
        ("Speaking to reporters on Wednesday, Governor Obiora said the market would reopen.", "en"),
        ("Gouverneurin Obiora ordnete eine Untersuchung an, sagte eine Sprecherin am Mittwoch.", "de"),
    )
    assert same(ents, "Amaka Obiora", "Governor Obiora")
    assert same(ents, "Amaka Obiora", "Gouverneurin Obiora")


def test_a_lower_case_office_word_is_no_title(analyze_text: Callable[..., Analysis]) -> None:
    ents = corpus(analyze_text, "The former governor Obiora said on Tuesday that the market would reopen soon.")
    assert not any(a.startswith("governor ") for e in ents for a in e.aliases)


def test_a_surname_mistyped_by_one_letter_with_the_same_given_name_is_one_person(
    analyze_text: Callable[..., Analysis],
) -> None:
    ents = corpus(
        analyze_text,
        "Air force spokesman Tobias Brandtner said on Monday that no aircraft had flown over the valley.",
        "Tobias Brantner, who speaks for the air force, denied that any aircraft had flown there.",
    )
    assert same(ents, "Tobias Brandtner", "Tobias Brantner")


def test_a_one_letter_surname_difference_with_a_third_candidate_merges_nothing(
    analyze_text: Callable[..., Analysis],
) -> None:
    ents = corpus(
        analyze_text,
        "Tobias Brandtner said on Monday that no aircraft had flown over the valley.",
        "Tobias Brantner denied that any aircraft had flown there, a statement said.",
        "Tobias Brandner, a farmer in the valley, said he heard a jet overnight.",
    )
    assert not same(ents, "Tobias Brandtner", "Tobias Brantner")
    assert not same(ents, "Tobias Brandtner", "Tobias Brandner")


def test_short_surnames_one_letter_apart_stay_two_people(analyze_text: Callable[..., Analysis]) -> None:
    ents = corpus(
        analyze_text,
        "Maria Holt said the ferry left the port late on Friday evening.",
        "Maria Hoft, a passenger, said the ferry was crowded when it left.",
    )
    assert not same(ents, "Maria Holt", "Maria Hoft")


def test_different_given_names_keep_close_surnames_apart(analyze_text: Callable[..., Analysis]) -> None:
    ents = corpus(
        analyze_text,
        "Tobias Brandtner said on Monday that no aircraft had flown over the valley.",
        "Chidi Brantner, a farmer in the valley, said he heard a jet overnight.",
    )
    assert not same(ents, "Tobias Brandtner", "Chidi Brantner")


def test_a_holiday_is_one_event_whatever_its_spelling(analyze_text: Callable[..., Analysis]) -> None:
    ents = corpus(
        analyze_text,
        "Villagers had gathered to celebrate Mawlid al-Nabi when the explosion hit the square on Sunday.",
        "Witnesses said the crowd was marking Maulud Nabiy, the birthday of the Prophet, in the square.",
        "The Maulud festival drew hundreds of worshippers to the square, residents said.",
    )
    assert same(ents, "Mawlid al-Nabi", "Maulud Nabiy")
    holidays = [e for e in ents if "Maulud Nabiy" in (e.name, *e.aliases)]
    assert holidays and holidays[0].type == "EVENT"


def test_a_person_named_after_a_holiday_is_no_holiday() -> None:
    from rashomon.link.aliases import holiday_key

    assert holiday_key("Mouloud") == holiday_key("Maulud Nabbiy") == "mawlid"
    assert holiday_key("Aïd el-Kébir") == holiday_key("Tabaski") == "eid al-adha"
    assert holiday_key("Tariq Ramadan") is None
    assert holiday_key("Easter Island") is None
