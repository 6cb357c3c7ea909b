"""Naming: the same referent named by several articles, through the real pipeline on small corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.model import Ledger


def _ledger(tmp_path: Path, texts: list[str]) -> Ledger:
    for i, text in enumerate(texts):
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return rashomon.analyze([tmp_path])


def _forms_by_article(ledger: Ledger, referent: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in ledger.naming:
        if n.referent == referent:
            for f in n.forms:
                out.setdefault(f.article, []).append(f.text)
    return out


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    return _ledger(tmp_path_factory.mktemp("ferry"), [
        "Georgian troops shelled the harbour on Monday, the Veltran navy said. It said 40 captured Georgian "
        "militants were on board the ferry Marisol when it sank near Port Lisel. The Caracas regime offered help. "
        "Three goals were set for the rescue.",
        "The ferry Marisol sank near Port Lisel on Monday with 40 Georgian prisoners of war on board, officials "
        "said. Caracas offered to help with the search. Three passengers were rescued.",
        "Rescuers searched for survivors after the ferry Marisol, carrying 40 Georgian servicemen, sank near "
        "Port Lisel. Caracas sent a ship to help.",
    ])


def test_counted_people_are_one_referent_named_per_article(ferry: Ledger) -> None:
    counted = [n for n in ferry.naming if n.referent.startswith("N")]
    forty = [n for n in counted if any("40" in f.text for f in n.forms)]
    assert len(forty) == 1
    n = forty[0]
    quantity = next(q for q in ferry.quantities if q.id == n.referent)
    assert quantity.value == 40
    by_article = _forms_by_article(ferry, n.referent)
    assert len(by_article) == 3
    texts = " | ".join(f.text for f in n.forms)
    assert "militants" in texts and "prisoners" in texts and "servicemen" in texts
    for f in n.forms:  # every form is its article's own text
        assert ferry.article(f.article).text[f.start:f.end] == f.text


def test_same_small_number_of_different_things_is_not_one_referent(ferry: Ledger) -> None:
    for n in ferry.naming:
        words = " ".join(f.text for f in n.forms).casefold()
        assert not ("goals" in words and "passengers" in words)


def test_a_label_aimed_at_an_entity_is_a_naming_of_it(ferry: Ledger) -> None:
    regime = [f for f in ferry.framing if f.rule.startswith("regime-label")]
    assert regime and regime[0].target is not None
    by_article = _forms_by_article(ferry, regime[0].target)
    assert len(by_article) >= 2
    assert any("regime" in t for forms in by_article.values() for t in forms)


def test_forms_that_do_not_differ_give_no_group(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, [
        "Officials in Lisbon said 12 fishermen were missing after the storm on Tuesday.",
        "Twelve hours after the storm, officials in Lisbon said 12 fishermen were missing.",
    ])
    assert not [n for n in ledger.naming if n.referent.startswith("N")]
    assert all(len({f.article for f in n.forms}) >= 2 for n in ledger.naming)


def test_naming_survives_the_ledger_round_trip(ferry: Ledger) -> None:
    from rashomon.ledger import validate

    data = ferry.to_dict()
    assert validate(data) == []
    assert Ledger.from_dict(data).naming == ferry.naming
