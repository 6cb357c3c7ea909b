"""scripts/devset.py: gold kept by offsets, rebuilt from texts kept elsewhere, whole or partial (own sentences)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "devset.py"


def _devset() -> Any:
    spec = importlib.util.spec_from_file_location("devset", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["devset"] = module
    spec.loader.exec_module(module)
    return module


A = "url: https://example.org/a\noutlet: A\n---\nThe mayor said the bridge closed on Monday.\n"
B = "url: https://example.org/b\noutlet: B\n---\nThe bridge stayed open, the ministry said.\n"
GOLD = {
    "quotes": [{"doc": "a.txt", "text": "the bridge closed on Monday", "speaker": "mayor"}],
    "conflicts": [
        {
            "a": {"doc": "a.txt", "text": "the bridge closed on Monday"},
            "b": {"doc": "b.txt", "text": "The bridge stayed open"},
            "why": "closed vs open",
        }
    ],
    "facts": [{"id": "F1", "spans": [{"doc": "a.txt", "text": "bridge"}, {"doc": "b.txt", "text": "bridge"}]}],
}


def _texts(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text({"a.txt": A, "b.txt": B}[name], encoding="utf-8")
    return folder


def test_pack_keeps_no_text_and_unpack_gives_it_back(tmp_path: Path) -> None:
    devset = _devset()
    docs = devset.load_docs(_texts(tmp_path, "a.txt", "b.txt"))
    packed = devset.pack(GOLD, docs)
    assert "Monday" not in str({k: v for k, v in packed.items() if k != "docs"})
    assert packed["docs"]["a.txt"]["sha256"] == hashlib.sha256(A.encode()).hexdigest()
    assert devset.unpack(packed, docs)["conflicts"][0]["b"]["text"] == "The bridge stayed open"


def test_a_missing_text_is_refused_whole_and_left_out_with_what_needs_it_when_partial(tmp_path: Path) -> None:
    devset = _devset()
    packed = devset.pack(GOLD, devset.load_docs(_texts(tmp_path, "a.txt", "b.txt")))
    (tmp_path / "texts" / "b.txt").unlink()
    docs = devset.load_docs(tmp_path / "texts")
    with pytest.raises(SystemExit, match="b.txt: missing"):
        devset.unpack(packed, docs)
    gold = devset.unpack(packed, docs, partial=True)
    assert gold["conflicts"] == []  # one side is gone: the conflict cannot be scored
    assert [(s["doc"], s["text"]) for s in gold["facts"][0]["spans"]] == [("a.txt", "bridge")]
    assert gold["quotes"][0]["text"] == "the bridge closed on Monday"


def test_a_changed_text_is_refused_unless_its_hash_was_recorded_as_checked(tmp_path: Path) -> None:
    devset = _devset()
    packed = devset.pack(GOLD, devset.load_docs(_texts(tmp_path, "a.txt", "b.txt")))
    restored = B.replace("outlet: B\n", "outlet: B\ntitle: Bridge\n")
    (tmp_path / "texts" / "b.txt").write_text(restored, encoding="utf-8")
    docs = devset.load_docs(tmp_path / "texts")
    with pytest.raises(SystemExit, match="b.txt: sha256 differs"):
        devset.unpack(packed, docs, partial=True)
    packed["docs"]["b.txt"]["also_sha256"] = [hashlib.sha256(restored.encode()).hexdigest()]
    assert devset.unpack(packed, docs)["conflicts"][0]["b"]["text"] == "The bridge stayed open"


def test_pack_records_where_each_text_came_from_so_it_can_be_found_again(tmp_path: Path) -> None:
    devset = _devset()
    folder = _texts(tmp_path, "a.txt", "b.txt")
    (folder / "b.txt").write_text("url: https://example.org/b\noutlet: B\ndate: \n---\nThe bridge stayed open.\n")
    sources = {p.name: devset.header_of(p.read_text(encoding="utf-8")) for p in folder.iterdir()}
    assert sources["b.txt"] == {"url": "https://example.org/b", "outlet": "B"}  # an empty date is not recorded
    gold = {**GOLD, "conflicts": [], "docs": {"a.txt": {"outlet": "A (as the gold says)"}}}
    packed = devset.pack(gold, devset.load_docs(folder), sources)
    assert packed["docs"]["a.txt"]["outlet"] == "A (as the gold says)"  # the gold's own entry wins
    assert packed["docs"]["a.txt"]["url"] == "https://example.org/a"
    assert packed["docs"]["b.txt"]["url"] == "https://example.org/b"
    assert devset.header_of("The bridge stayed open.\n") == {}  # no header: nothing to record


def test_restore_tries_candidate_sources_for_a_gold_that_holds_only_hashes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("restore", SCRIPT.parent / "restore.py")
    assert spec is not None and spec.loader is not None
    restore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(restore)
    text = "url: https://example.org/b\noutlet: B\ndate: 2024-01-02\ntitle: Bridge open\n---\nThe bridge stayed open.\n"
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"docs": {"b.txt": {"sha256": hashlib.sha256(text.encode()).hexdigest()}}}))
    page = tmp_path / "page.txt"
    page.write_text("Bridge open\n\nThe bridge stayed open. Subscribe to our newsletter")
    out = tmp_path / "out"
    args = [str(gold), "b.txt", str(page), str(out), "--outlet", "A", "--outlet", "B"]
    assert restore.main(args) == 1  # no url given: no header can match
    assert restore.main([*args, "--url", "https://example.org/b", "--date", "", "--date", "2024-01-02"]) == 0
    assert (out / "b.txt").read_text() == text


def test_restore_titles_from_a_slug_drop_the_page_id_but_keep_numbers_in_the_headline() -> None:
    spec = importlib.util.spec_from_file_location("restore", SCRIPT.parent / "restore.py")
    assert spec is not None and spec.loader is not None
    restore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(restore)
    url = "https://example.org/news/ferry-toll-revised-to-275-716612.html"
    titles = restore._titles("Page line\n\nBody.", url, [])
    assert "ferry toll revised to 275" in titles  # the id at the end dropped, the toll kept
    assert "ferry toll revised to" in titles  # every number dropped
    assert "ferry toll revised to 716612" not in titles  # never the id with the toll dropped
    quoted = restore._titles("", "https://example.org/l-arm%C3%A9e-tire-12", [])
    assert "l armée tire" in quoted  # percent-escapes read as the letters they stand for
    tracked = restore._titles("", "https://example.org/news/bridge-reopens-44030768/?utm_medium=RSS&a=1", [])
    assert "bridge reopens" in tracked  # the query string is no part of the slug
