"""scripts/devset.py: gold kept by offsets, rebuilt from texts kept elsewhere, whole or partial (own sentences)."""

from __future__ import annotations

import hashlib
import importlib.util
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
