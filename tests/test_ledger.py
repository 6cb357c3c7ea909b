"""The ledger on the example corpus: schema-valid, spans exact, ids stable, output deterministic."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import rashomon
from rashomon.errors import LedgerError
from rashomon.ledger import dumps, load_ledger, validate, write_ledger
from rashomon.model import Ledger

from .conftest import EXAMPLES


def test_example_ledger_is_schema_valid(il76_ledger: Ledger) -> None:
    assert validate(il76_ledger.to_dict()) == []


def test_every_input_is_accounted_for(il76_ledger: Ledger) -> None:
    assert len(il76_ledger.inputs) == len(list(EXAMPLES.iterdir()))
    assert all(i.status == "ok" for i in il76_ledger.inputs)
    assert [a.id for a in il76_ledger.articles] == [f"A{i}" for i in range(1, 6)]


def test_article_text_is_the_file_text(il76_ledger: Ledger) -> None:
    for article in il76_ledger.articles:
        assert article.text == (EXAMPLES / article.name).read_text(encoding="utf-8")


def test_every_mention_points_at_its_name(il76_ledger: Ledger) -> None:
    for entity in il76_ledger.entities:
        surfaces = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        for m in entity.mentions:
            text = il76_ledger.article(m.article).text[m.start : m.end]
            assert text and text == text.strip()
            assert text.casefold() in surfaces or any(s in text.casefold() for s in surfaces), (entity.id, text)


def test_same_input_gives_the_same_ledger(il76_ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    again = rashomon.analyze([EXAMPLES])
    a, b = il76_ledger.to_dict(), again.to_dict()
    a["generator"]["created"] = b["generator"]["created"] = None
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_source_date_epoch_pins_the_timestamp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1706054400")
    (tmp_path / "a.txt").write_text("The bridge reopened on Monday, the city said.", encoding="utf-8")
    assert rashomon.analyze([tmp_path]).generator.created == "2024-01-24T00:00:00Z"


def test_ids_follow_input_order(tmp_path: Path) -> None:
    texts = {
        "b.txt": "Rescuers in Chile found 33 miners alive, officials said.",
        "a.txt": "The mayor of Leeds, Ann Blackwood, said 12 streets were flooded.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    forward = rashomon.analyze([tmp_path / "a.txt", tmp_path / "b.txt"])
    backward = rashomon.analyze([tmp_path / "b.txt", tmp_path / "a.txt"])
    assert [a.name for a in forward.articles] == ["a.txt", "b.txt"]
    assert [a.name for a in backward.articles] == ["b.txt", "a.txt"]


def test_write_and_load_roundtrip(il76_ledger: Ledger, tmp_path: Path) -> None:
    path = write_ledger(il76_ledger, tmp_path / "ledger.json")
    assert load_ledger(path) == il76_ledger
    assert dumps(load_ledger(path)) == dumps(il76_ledger)


def test_validate_catches_a_span_that_lies(il76_ledger: Ledger) -> None:
    data = copy.deepcopy(il76_ledger.to_dict())
    data["quotes"] = [
        {
            "id": "Q1",
            "article": "A1",
            "start": 0,
            "end": 5,
            "text": "not this",
            "kind": "direct",
            "speaker": None,
            "speaker_text": None,
            "speaker_start": None,
            "speaker_end": None,
            "cue": None,
            "via": [],
        }
    ]
    problems = validate(data)
    assert problems and "does not match" in problems[0]


def test_validate_catches_schema_breaks(il76_ledger: Ledger) -> None:
    data = copy.deepcopy(il76_ledger.to_dict())
    data["articles"][0]["published"] = "24 January"
    del data["inputs"]
    problems = validate(data)
    assert any("inputs" in p for p in problems)
    assert any("articles/0/published" in p for p in problems)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("{not json", "not JSON"),
        ('{"schema": "other/2"}', "schema is 'other/2'"),
        ('{"schema": "rashomon.ledger/1", "articles": []}', "problem"),
    ],
)
def test_load_ledger_errors_are_one_clear_line(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "ledger.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError) as err:
        load_ledger(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_empty_input_gives_an_empty_ledger_not_an_exception(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    ledger = rashomon.analyze([tmp_path])
    assert ledger.articles == () and ledger.inputs[0].status == "skipped"
    assert validate(ledger.to_dict()) == []
