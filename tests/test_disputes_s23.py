"""Twenty-third session, disputes: a toll named after the number it is brought to, in the languages read without a
parse. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_disputes_s16 import _answers, _ledger


@pytest.mark.parametrize(
    ("name", "text", "number"),
    [
        (
            "01-es.txt",
            "Otra persona falleció el sábado en Valdoria, lo que eleva a 211 el número total de muertes.",
            211.0,
        ),
        ("01-fr.txt", "Un nouveau décès à Valdoria porte à 30 le nombre de morts, selon les autorités.", 30.0),
        ("01-de.txt", "Ein weiterer Verletzter starb in Valdoria, damit steigt auf 40 die Zahl der Toten.", 40.0),
    ],
)
def test_a_toll_named_after_its_number(tmp_path: Path, name: str, text: str, number: float) -> None:
    assert number in [n for _, _, n in _answers(_ledger(tmp_path, {name: text}), "toll_killed")]


def test_a_number_with_no_toll_after_it(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-es.txt": "El gobierno eleva a 211 el número de escuelas abiertas en Valdoria."})
    assert _answers(led, "toll_killed") == []
