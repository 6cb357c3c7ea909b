"""The store's JSON (orjson) reads back what the standard library reads, and its errors are the standard ones."""

from __future__ import annotations

import gc
import json

import pytest

from rashomon.model import Ledger
from rashomon.store.codec import from_json, to_json

DATA = {
    "text": "Министр «a dit» “quoted” — 37 tués, 1,204 déplacés\u00a0; 港口",
    "score": 0.8123456789012345,
    "small": 1e-07,
    "big": 12345678901234567,
    "nested": [{"a": None, "b": True, "c": [1, 2.5, "x"]}],
    "empty": {},
}


def test_stored_json_reads_back_as_the_standard_library_reads_it() -> None:
    text = to_json(DATA)
    assert "\\u" not in text  # kept as UTF-8, as json.dumps(ensure_ascii=False) kept it
    assert from_json(text) == json.loads(text) == DATA
    assert from_json(json.dumps(DATA, ensure_ascii=False)) == DATA  # what older case files hold reads the same


def test_malformed_stored_json_raises_a_value_error() -> None:
    with pytest.raises(ValueError):
        from_json('{"a": ')


def test_a_ledger_round_trips_and_leaves_collection_as_the_caller_had_it() -> None:
    ledger = Ledger.from_dict(json.loads(json.dumps(Ledger().to_dict())))
    assert gc.isenabled()
    assert Ledger.from_dict(from_json(to_json(ledger.to_dict()))) == ledger
    assert gc.isenabled()
    gc.disable()
    try:
        ledger.to_dict()
        assert not gc.isenabled()
    finally:
        gc.enable()
