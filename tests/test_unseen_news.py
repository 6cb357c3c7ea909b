"""Defects found on unseen news (issue 16), each on sentences of our own: Russian and Ukrainian scale words, a
publication day inferred from the body, "USA Today" and "that day"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.dates import find_expressions
from rashomon.ingest import ingest
from rashomon.model import Analysis, Article


@pytest.mark.parametrize(
    "text, language, surface, value",
    [
        ("По данным властей, из города эвакуировали 40 тысяч человек.", "ru", "40 тысяч", 40_000),
        ("Без света остались 125 тысяч абонентов.", "ru", "125 тысяч", 125_000),
        ("Ущерб оценили в 1,5 млн рублей.", "ru", "1,5 млн", 1_500_000),
        ("На восстановление выделят 2 млрд рублей.", "ru", "2 млрд", 2_000_000_000),
        ("Из области выехали 12 тыс. жителей.", "ru", "12 тыс.", 12_000),
        ("З міста евакуювали 30 тис. людей.", "uk", "30 тис.", 30_000),
        ("Збитки сягнули 3 мільйонів гривень.", "uk", "3 мільйонів", 3_000_000),
        ("Без світла залишилися 200 тисяч споживачів.", "uk", "200 тисяч", 200_000),
    ],
)
def test_cyrillic_numbers_take_their_scale_word(
    analyze_text: Callable[..., Analysis], text: str, language: str, surface: str, value: float
) -> None:
    found = {q.text: q.value for q in analyze_text(text, language=language).quantities}
    assert found.get(surface) == value


def test_a_number_without_a_scale_word_keeps_its_value(analyze_text: Callable[..., Analysis]) -> None:
    found = {q.text: q.value for q in analyze_text("В колонне было 40 машин.", language="ru").quantities}
    assert found.get("40") == 40


# ---------------------------------------------------------------- the publication day


def _ingest(tmp_path: Path, files: dict[str, str]) -> dict[str, Article]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {a.name: a for a in ingest([str(tmp_path)]).articles}


TENURE = (
    "The mayor, who has run the city since he took office in 2017, opened the new bridge on June 27.\n\n"
    "Crowds lined the river to watch the first trams cross."
)


def test_a_lone_year_is_not_joined_to_a_month_and_day(tmp_path: Path) -> None:
    art = _ingest(tmp_path, {"bridge.txt": TENURE})["bridge.txt"]
    assert art.published is None  # nothing says which June 27: unknown, not 2017
    assert art.published_from is None


def test_a_body_day_takes_the_corpus_year_and_says_inferred(tmp_path: Path) -> None:
    arts = _ingest(
        tmp_path,
        {
            "bridge.txt": TENURE,
            "other.txt": " date 2023-06-28 Bridge opens\n\nThe new bridge opened on Tuesday, the city said.",
        },
    )
    assert (arts["bridge.txt"].published, arts["bridge.txt"].published_from) == ("2023-06-27", "inferred")


def test_the_inferred_day_does_not_move_other_dates_by_years(
    tmp_path: Path, analyze_text: Callable[..., Analysis]
) -> None:
    arts = _ingest(tmp_path, {"bridge.txt": TENURE + " Work on it began on March 3."})
    article = arts["bridge.txt"]
    analysis = analyze_text(article.text, published=article.published)
    days = {t.text: t.value for t in analysis.times}
    assert days.get("2017") == "2017"
    assert not (days.get("March 3") or "").startswith("2017")


def test_a_full_body_date_gives_its_own_year(tmp_path: Path) -> None:
    text = "Since he took office in 2017, the mayor has opened three bridges; the latest opened on June 27, 2023."
    art = _ingest(tmp_path, {"bridge.txt": text})["bridge.txt"]
    assert (art.published, art.published_from) == ("2023-06-27", "inferred")


# ---------------------------------------------------------------- "USA Today" and "that day"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told USA Today that the shelter was full.",
        "In an interview with USA TODAY, the coach said he would stay.",
    ],
)
def test_today_ending_a_name_is_no_date(text: str) -> None:
    assert [e.kind for e in find_expressions(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Today the bridge reopened.",
        "He left Kyiv. Today the city is quiet.",
        "The bridge reopened today, officials said.",
    ],
)
def test_today_as_a_word_is_still_a_day(text: str) -> None:
    assert [e.kind for e in find_expressions(text)] == ["deictic"]


def test_that_day_is_the_day_the_text_talks_about(analyze_text: Callable[..., Analysis]) -> None:
    text = "Residents fled their homes on Monday. By that day the river had risen two metres."
    days = {t.text: t.value for t in analyze_text(text, published="2024-03-07").times}
    assert days["Monday"] == "2024-03-04"
    assert days["that day"] == "2024-03-04"  # Monday, not the publication day


def test_that_day_with_no_day_before_it_is_unknown(analyze_text: Callable[..., Analysis]) -> None:
    days = {t.text: t.value for t in analyze_text("Nobody who lived through that day forgets it.").times}
    assert days.get("that day") is None


def test_russian_that_day_is_read(analyze_text: Callable[..., Analysis]) -> None:
    text = "Удар по городу нанесли 3 марта 2024 года. В тот же день власти объявили траур."
    days = {t.text.lower(): t.value for t in analyze_text(text, language="ru").times}
    assert days.get("в тот же день") == "2024-03-03"
