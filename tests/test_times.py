"""Times: absolute, relative and year-less expressions resolved to days, with their anchor; unknown stays null."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.ingest import ingest
from rashomon.model import Analysis, TimeRef


def times(
    analyze_text: Callable[..., Analysis], text: str, published: str | None = "2023-06-08", language: str = "en"
) -> dict[str, TimeRef]:
    analysis = analyze_text(text, published=published, language=language)
    for t in analysis.times:
        assert analysis.article.text[t.span.start : t.span.end] == t.text
    return {t.text: t for t in analysis.times}


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The dam was destroyed on June 6, officials said.", "June 6", "2023-06-06"),
        ("The dam was destroyed on 6 June 2023.", "6 June 2023", "2023-06-06"),
        ("The dam was destroyed on Jun. 6.", "Jun. 6", "2023-06-06"),
        ("Report filed 2023-06-07 by the inspectors.", "2023-06-07", "2023-06-07"),
        ("Water rose on the morning of June 6, residents said.", "June 6", "2023-06-06"),
        ("Earlier on June 7, the governor ordered an evacuation.", "June 7", "2023-06-07"),
        ("Talks were held on the 5th of June.", "5th of June", "2023-06-05"),
    ],
)
def test_absolute_dates(analyze_text: Callable[..., Analysis], text: str, surface: str, value: str) -> None:
    found = times(analyze_text, text)
    assert found[surface].value == value and found[surface].grain == "day"


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The ministry said yesterday that the dam held.", "yesterday", "2023-06-07"),
        ("The day before yesterday, the first villages were flooded.", "The day before yesterday", "2023-06-06"),
        ("Engineers will inspect the dam tomorrow.", "tomorrow", "2023-06-09"),
        ("The bridge was hit on Tuesday, the army said.", "Tuesday", "2023-06-06"),
        ("The council will meet on Monday to vote.", "Monday", "2023-06-12"),
        ("Three days ago the river burst its banks.", "Three days ago", "2023-06-05"),
    ],
)
def test_relative_to_publication(analyze_text: Callable[..., Analysis], text: str, surface: str, value: str) -> None:
    t = times(analyze_text, text)[surface]
    assert (t.value, t.anchor) == (value, "published 2023-06-08")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The mayor said the ferry terminal would stay shut until Monday.", "2023-06-12"),
        ("Organisers said the festival would resume on Saturday.", "2023-06-10"),
        ("The ferry terminal stayed shut until Monday, the mayor said.", "2023-06-05"),  # past tense: looks back
    ],
)
def test_a_reported_would_looks_ahead(analyze_text: Callable[..., Analysis], text: str, value: str) -> None:
    t = next(t for t in times(analyze_text, text).values() if t.text in ("Monday", "Saturday"))
    assert t.value == value


def test_the_next_day_is_relative_to_the_day_just_named(analyze_text: Callable[..., Analysis]) -> None:
    found = times(
        analyze_text,
        "The ferry sank on May 30. Divers reached the wreck the next day, and two days later "
        "the first bodies were recovered.",
    )
    assert found["the next day"].value == "2023-05-31"
    assert found["the next day"].anchor == "context 2023-05-30"
    assert found["two days later"].value == "2023-06-01"


def test_deixis_in_a_quote_is_relative_to_when_it_was_said(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "The UN postponed the vote on May 30.\n\nThe envoy was furious. \u201cThey agreed to meet only tomorrow. "
        "It is a disgrace,\u201d he wrote."
    )
    t = times(analyze_text, text)["tomorrow"]
    assert (t.value, t.anchor) == ("2023-05-31", "quote spoken 2023-05-30")


def test_deixis_outside_quotes_stays_with_publication(analyze_text: Callable[..., Analysis]) -> None:
    text = "The UN postponed the vote on May 30.\n\nThe envoy said the council would meet tomorrow."
    assert times(analyze_text, text)["tomorrow"].value == "2023-06-09"


def test_year_less_date_takes_the_nearest_past_year(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "The siege began on December 28 and ended on January 3.", published="2024-01-10")
    assert found["December 28"].value == "2023-12-28"
    assert found["January 3"].value == "2024-01-03"


def test_year_stated_in_the_sentence_wins(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "Between March 3 and April 9, 2019, the plant was closed.", published="2024-01-10")
    assert found["March 3"].value == "2019-03-03"


def test_month_and_year_grains(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "Prices rose in March 2022, in mid-May and again in 2021; last month they fell.")
    assert (found["March 2022"].value, found["March 2022"].grain) == ("2022-03", "month")
    assert (found["mid-May"].value, found["mid-May"].grain) == ("2023-05", "month")
    assert (found["2021"].value, found["2021"].grain) == ("2021", "year")
    assert (found["last month"].value, found["last month"].grain) == ("2023-05", "month")


def test_unknown_stays_unknown(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "The blast happened on June 6. Nobody knew about it last week.", published=None)
    assert found["June 6"].value is None
    assert found["last week"].value is None


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The decree was signed on 03/04/2022.", "03/04/2022", None),
        ("The decree was signed on 24/03/2022.", "24/03/2022", "2022-03-24"),
        ("The decree was signed on 12/24/2022.", "12/24/2022", "2022-12-24"),
        ("The decree was signed on 24.03.2022 and amended on 03.04.2022.", "03.04.2022", "2022-04-03"),
    ],
)
def test_numeric_dates_need_a_known_convention(
    analyze_text: Callable[..., Analysis], text: str, surface: str, value: str | None
) -> None:
    assert times(analyze_text, text)[surface].value == value


def test_impossible_dates_are_null(analyze_text: Callable[..., Analysis]) -> None:
    assert times(analyze_text, "The report was dated February 30.")["February 30"].value is None


def test_clock_times_join_their_date(analyze_text: Callable[..., Analysis]) -> None:
    found = times(
        analyze_text, "The explosion was heard on June 6 at 02:50 local time. A second blast came at 0315 GMT."
    )
    assert found["June 6"].clock == "02:50 local time"
    assert (found["0315 GMT"].value, found["0315 GMT"].clock) == (None, "03:15 GMT")


def test_russian_dates(analyze_text: Callable[..., Analysis]) -> None:
    found = times(
        analyze_text,
        "Катастрофа произошла 24 января. Вчера министерство сообщило подробности.",
        published="2024-01-26",
        language="ru",
    )
    assert found["24 января"].value == "2024-01-24"
    assert found["Вчера"].value == "2024-01-25"


def test_lower_case_month_words_are_not_months(analyze_text: Callable[..., Analysis]) -> None:
    assert times(analyze_text, "They may 5 times march 3 miles.") == {}


# ---------------------------------------------------------------- the publication date itself


def test_publication_date_from_dateline_and_inference(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "MOSCOW, November 15. /TASS/. The ministry said on November 14 that talks would resume.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "url: https://x.example/2022/11/16/talks\n---\nThe talks resumed.", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text(
        "The talks, first held on November 12, resumed on November 16. They will continue on December 1.",
        encoding="utf-8",
    )
    (tmp_path / "d.txt").write_text("Nobody said when anything happened.", encoding="utf-8")
    arts = {a.name: a for a in ingest([str(tmp_path)]).articles}
    assert (arts["b.txt"].published, arts["b.txt"].published_from) == ("2022-11-16", "url")
    assert (arts["a.txt"].published, arts["a.txt"].published_from) == ("2022-11-15", "dateline")
    assert (arts["c.txt"].published, arts["c.txt"].published_from) == ("2022-11-16", "inferred")
    assert (arts["d.txt"].published, arts["d.txt"].published_from) == (None, None)


def test_weeks_have_their_own_grain(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "Shares fell last week. The past week was calm, and this week the board meets.")
    assert (found["last week"].value, found["last week"].grain) == ("2023-W22", "week")
    assert (found["this week"].value, found["this week"].grain) == ("2023-W23", "week")
    assert found["past week"].value is None  # the last seven days, not a calendar week


def test_a_month_alone_and_names_that_look_like_months(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "Exports fell in April. Theresa May's government had said the same in MAR reports.")
    assert (found["April"].value, found["April"].grain) == ("2023-04", "month")
    assert "May" not in found and "MAR" not in found


def test_a_weekday_beside_a_date_is_that_date(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "On Friday, May 12, the talks collapsed.")
    assert found["Friday"].value == "2023-05-12" and found["May 12"].value == "2023-05-12"


def test_a_clock_in_digits_is_not_the_year(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "The blast on June 5 was recorded at 1958 GMT.")
    assert (found["June 5"].value, found["June 5"].clock) == ("2023-06-05", "19:58 GMT")


def test_each_date_takes_its_nearest_clock(analyze_text: Callable[..., Analysis]) -> None:
    found = times(analyze_text, "Sirens sounded at 04:10, and on June 6 at 05:30 local time the dam broke.")
    assert found["June 6"].clock == "05:30 local time"
    assert (found["04:10"].value, found["04:10"].clock) == (None, "04:10")


def test_a_text_read_again_gives_its_expressions_without_reading_it_again(monkeypatch) -> None:
    from rashomon import dates

    reads: list[str] = []
    real = dates._find_expressions

    def counting(text: str) -> list[dates.Expression]:
        reads.append(text)
        return real(text)

    monkeypatch.setattr(dates, "_find_expressions", counting)
    monkeypatch.setattr(dates, "_KEEP_TEXTS", 2)
    monkeypatch.setattr(dates, "_kept", dates.OrderedDict())
    text = "On Monday, March 4, 2024, two days ago, the council met; it meets again next week."
    first = dates.find_expressions(text)
    first.append(first[0])  # a caller's list is its own
    again = dates.find_expressions(text)
    assert [e.kind for e in again] == ["weekday", "month_day", "offset", "period"] and reads == [text]
    dates.find_expressions("Tuesday.")
    dates.find_expressions("Wednesday.")  # two other texts: the first is no longer kept
    assert dates.find_expressions(text) == again and reads.count(text) == 2
