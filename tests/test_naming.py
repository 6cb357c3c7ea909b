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
    return _ledger(
        tmp_path_factory.mktemp("ferry"),
        [
            "Georgian troops shelled the harbour on Monday, the Veltran navy said. It said 40 captured Georgian "
            "militants were on board the ferry Marisol when it sank near Port Lisel. The Caracas regime offered help. "
            "Three goals were set for the rescue.",
            "The ferry Marisol sank near Port Lisel on Monday with 40 Georgian prisoners of war on board, officials "
            "said. Caracas offered to help with the search. Three passengers were rescued.",
            "Rescuers searched for survivors after the ferry Marisol, carrying 40 Georgian servicemen, sank near "
            "Port Lisel. Caracas sent a ship to help.",
        ],
    )


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
        assert ferry.article(f.article).text[f.start : f.end] == f.text


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
    ledger = _ledger(
        tmp_path,
        [
            "Officials in Lisbon said 12 fishermen were missing after the storm on Tuesday.",
            "Twelve hours after the storm, officials in Lisbon said 12 fishermen were missing.",
        ],
    )
    assert not [n for n in ledger.naming if n.referent.startswith("N")]
    assert all(len({f.article for f in n.forms}) >= 2 for n in ledger.naming)


def test_naming_survives_the_ledger_round_trip(ferry: Ledger) -> None:
    from rashomon.ledger import validate

    data = ferry.to_dict()
    assert validate(data) == []
    assert Ledger.from_dict(data).naming == ferry.naming


def test_the_actors_blamed_in_one_point_are_named_per_article(tmp_path: Path) -> None:
    ledger = _ledger(
        tmp_path,
        [
            "The Dravian Armed Forces shot down a Corvan cargo plane over the Lessa valley on Tuesday, the Corvan "
            "defence ministry said.",
            "Troops of the Malbork regime shot down a Corvan cargo plane over the Lessa valley on Tuesday, the "
            "ministry "
            "in Corva said.",
            "Dravia shot down a Corvan cargo plane over the Lessa valley on Tuesday, Corvan officials said.",
        ],
    )
    actors = [n for n in ledger.naming if n.referent.startswith("K")]
    assert len(actors) == 1, [(n.label, [f.text for f in n.forms]) for n in ledger.naming]
    (n,) = actors
    cluster = next(k for k in ledger.clusters if k.id == n.referent)
    by_article = _forms_by_article(ledger, n.referent)
    assert set(by_article) == set(cluster.articles) and len(by_article) == 3
    texts = {t for ts in by_article.values() for t in ts}
    assert {"The Dravian Armed Forces", "Troops of the Malbork regime", "Dravia"} <= texts, texts
    for f in n.forms:
        assert ledger.article(f.article).text[f.start : f.end] == f.text


def test_one_name_for_the_actor_everywhere_is_no_naming_group(tmp_path: Path) -> None:
    ledger = _ledger(
        tmp_path,
        [
            "Dravia shot down a Corvan cargo plane over the Lessa valley on Tuesday, the Corvan defence ministry said.",
            "Dravia shot down a Corvan cargo plane over the Lessa valley on Tuesday, officials in Corva said.",
        ],
    )
    assert not [n for n in ledger.naming if n.referent.startswith("K")]


def test_only_parties_count_as_actors() -> None:
    from rashomon.link.naming import _is_party
    from rashomon.model import Span

    def party(text: str) -> bool:
        return _is_party(Span(0, len(text)), text, ())

    assert party("Dravia") and party("the Ukrainian side") and party("troops of the regime")
    assert not party("who") and not party("missiles") and not party("it") and not party("")
