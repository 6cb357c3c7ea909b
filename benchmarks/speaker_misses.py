#!/usr/bin/env python3
"""Quotes whose speaker is wrong, grouped by what went wrong, with the text around each: for finding the next rule.

usage: python3 benchmarks/speaker_misses.py LEDGER.json GOLD.json [--context N]

Groups: no cue found; no speaker phrase; a pronoun kept or resolved to the wrong person; a description with no
entity; a named speaker that is not the gold one. Quotes are paired as ../shared/eval/score.py pairs them, and a
speaker is right or wrong by the same test, so the counts add up to its "speakers" line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we", "you"}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"speaker_misses: cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def group_of(quote: dict, entity: dict) -> str:
    said = (quote.get("speaker_text") or "").strip()
    if not quote.get("cue") and not said:
        return "no cue, no speaker"
    if not said:
        return "cue without a speaker phrase"
    if said.casefold() in PRONOUNS:
        return "pronoun left unresolved" if not entity else "pronoun resolved to someone else"
    if not entity:
        return "description or name with no entity"
    return "named speaker, not the gold one"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ledger")
    ap.add_argument("gold")
    ap.add_argument("--context", type=int, default=200)
    args = ap.parse_args()
    score = _scorer()
    gold = json.load(open(args.gold, encoding="utf-8"))
    led = score.Ledger(json.load(open(args.ledger, encoding="utf-8")), {g["doc"] for g in gold.get("quotes", [])})
    want = [g for g in gold.get("quotes", []) if g["doc"] in led.text]
    found = [q for q in led.items("quotes") if (q.get("kind") or "direct") == "direct"]
    groups: dict[str, list[str]] = defaultdict(list)
    for g, p in score.match(led, want, found, "text", lambda g, p: True, min_cover=0.5):
        if score.speaker_ok(led, g, p):
            continue
        entity = led.entities.get(p.get("speaker") or "") or {}
        text = led.text[g["doc"]]
        s, e = int(p["start"]), int(p["end"])
        around = (text[max(0, s - args.context) : s] + "[[" + text[s:e][:80] + "]]" + text[e : e + 120]).replace(
            "\n", " / "
        )
        gold_names = g.get("speaker") or g.get("speaker_mention")
        groups[group_of(p, entity)].append(
            f"  {g['doc'][:40]}  gold {gold_names!r}  ours {p.get('speaker_text')!r} -> {entity.get('name')!r}"
            f"  cue {p.get('cue')!r}\n    {around}"
        )
    for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"== {name}: {len(items)}")
        print("\n".join(items))
    print(f"{sum(len(v) for v in groups.values())} wrong speakers")


if __name__ == "__main__":
    main()
