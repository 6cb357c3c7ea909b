"""French dates and weekdays (sentences written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def _times(analyze_text: Callable[..., Analysis], text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_text(text, language="fr", published="2024-03-01").times]


def test_french_day_month_year_and_weekdays(analyze_text: Callable[..., Analysis]) -> None:
    got = _times(
        analyze_text,
        "Le ministère a annoncé ce jeudi 29 février que 104 personnes ont été tuées. Le 16 mars 2022, le théâtre "
        "a été détruit. L'attaque a eu lieu samedi.",
    )
    assert ("ce jeudi", "2024-02-29") in got
    assert ("29 février", "2024-02-29") in got
    assert ("16 mars 2022", "2022-03-16") in got
    assert ("samedi", "2024-02-24") in got


def test_a_capitalised_french_month_is_a_name(analyze_text: Callable[..., Analysis]) -> None:
    assert _times(analyze_text, "Mars est une planète rouge et froide.") == []
