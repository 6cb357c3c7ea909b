"""Counts written in words in the languages read without a parser (sentences written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.model import Analysis


def _values(analyze_text: Callable[..., Analysis], text: str, language: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in analyze_text(text, language=language).quantities]


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        ("fr", "Au moins trois personnes ont été tuées et sept wagons ont brûlé.", [("trois", 3), ("sept", 7)]),
        ("es", "Al menos tres personas murieron y dos mil soldados llegaron.", [("tres", 3), ("dos mil", 2000)]),
        ("it", "Otto persone sono state arrestate, tra cui cinque cittadini.", [("Otto", 8), ("cinque", 5)]),
        ("pt", "Pelo menos três pessoas morreram e duas ficaram feridas.", [("três", 3), ("duas", 2)]),
        ("de", "Mindestens drei Menschen starben, dreißig wurden verletzt.", [("drei", 3), ("dreißig", 30)]),
        ("ru", "Из них восемь задержаны, среди задержанных пятеро граждан.", [("восемь", 8), ("пятеро", 5)]),
    ],
)
def test_number_words_are_counts(
    analyze_text: Callable[..., Analysis], language: str, text: str, want: list[tuple[str, float]]
) -> None:
    got = _values(analyze_text, text, language)
    for surface, value in want:
        assert (surface, value) in got, got


def test_about_a_thousand_and_a_scale_after_digits(analyze_text: Callable[..., Analysis]) -> None:
    got = _values(analyze_text, "Un millier de civils, et 2,2 millions de personnes menacées de famine.", "fr")
    assert ("Un millier", 1000) in got and ("2,2 millions", 2_200_000) in got, got
    got = _values(analyze_text, "Almeno un migliaio di civili si era rifugiato nel teatro.", "it")
    assert ("un migliaio", 1000) in got, got


def test_article_and_ambiguous_words_are_no_counts(analyze_text: Callable[..., Analysis]) -> None:
    assert _values(analyze_text, "Un bâtiment neuf a été touché par une frappe.", "fr") == []
    assert _values(analyze_text, "Die Elf spielte am Abend gegen den Meister.", "de") == []


def test_a_scale_word_after_digits_is_not_read_again_as_a_number_word(analyze_text: Callable[..., Analysis]) -> None:
    got = _values(analyze_text, "Quelque 3 mille soldats ont été déployés.", "fr")
    assert got == [("3 mille", 3000)], got
