#!/usr/bin/env python3
"""Gold alias pairs the ledger did not merge, with the entity each name got, and the false merges: for finding the
next naming rule.

usage: python3 benchmarks/alias_misses.py LEDGER.json GOLD.json

Pairs and false merges are counted as ../shared/eval/score.py counts them (names compared case-folded against each
entity's name and aliases). Each gold entity with a missed pair is listed with every one of its names and the
entities that name belongs to; a name no entity holds is marked "no entity" (never extracted, or its article is
absent). A missed pair whose two names both have entities is a split: they were found but not merged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any


def _entities(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    ents = ledger.get("entities") or []
    return list(ents.values()) if isinstance(ents, dict) else list(ents)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ledger")
    ap.add_argument("gold")
    args = ap.parse_args(argv)
    try:
        ledger = json.load(open(args.ledger, encoding="utf-8"))
        gold = json.load(open(args.gold, encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"alias_misses: cannot read input: {err}", file=sys.stderr)
        return 2
    ent_of: dict[str, set[str]] = defaultdict(set)
    label: dict[str, str] = {}
    for e in _entities(ledger):
        label[e["id"]] = f"{e['id']} {e.get('type')} {e.get('name')!r}"
        for name in [e.get("name") or "", *(e.get("aliases") or [])]:
            ent_of[name.casefold()].add(e["id"])
    merged = pairs = splits = 0
    for g in gold.get("entities", []):
        names = sorted({a.casefold() for a in g.get("aliases", [])})
        missed = []
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs += 1
                if ent_of.get(a, set()) & ent_of.get(b, set()):
                    merged += 1
                else:
                    missed.append((a, b))
                    splits += bool(ent_of.get(a)) and bool(ent_of.get(b))
        if missed:
            print(f"[{g.get('canonical')}] {len(missed)} pairs missed")
            for n in names:
                print(f"    {n!r:50} {', '.join(label[x] for x in sorted(ent_of.get(n, ()))) or 'no entity'}")
    canon: dict[str, str] = {}
    for g in gold.get("entities", []):
        for a in g.get("aliases", []):
            canon.setdefault(a.casefold(), g.get("canonical") or "")
    false = 0
    names = sorted(canon)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if canon[a] != canon[b] and ent_of.get(a, set()) & ent_of.get(b, set()):
                false += 1
                shared = ", ".join(label[x] for x in sorted(ent_of[a] & ent_of[b]))
                print(f"FALSE MERGE {a!r} ({canon[a]}) / {b!r} ({canon[b]}): {shared}")
    print(f"alias pairs merged {merged}/{pairs}; missed with both names found (splits) {splits}; false merges {false}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
