"""Where each gold conflict is lost, stage by stage: for finding what to build next, not a score.

usage: python benchmarks/conflict_stages.py LEDGER.json GOLD.json [-v]      (one event)
       python benchmarks/conflict_stages.py --keep DIR [-v]                 (every DIR/<event>/ledger.json + gold.json,
                                                                            as benchmarks/realnews.py --keep writes)

A gold conflict (two spans in two articles, ../shared/eval/score.py's form) is linked when a ``contradicts`` relation
joins a claim over one span to a claim over the other. When it is not, the first stage it fails is named:

1. no claim: no claim of the ledger lies over one of the spans;
2. no answer: claims lie over both spans, but one side's claims answer no question (``questions`` in the ledger);
3. another question: both sides answer, never the same question;
4. not rivals: both answer one question, and the comparison did not set those answers against each other (no
   relation lists the two sides);
5. on sides, not the pair: a relation lists both sides among the sources of its dispute, but its two ends (the
   representative pair) are other articles' claims;
6. linked.

A span is found in its article by its text (the first place it occurs, or the one nearest ``start``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

STAGES = ("1 no claim", "2 no answer", "3 another question", "4 not rivals", "5 on sides, not the pair", "6 linked")
_CLAIM_ID = re.compile(r"\bC\d+\b")


def _place(text: str, span: dict[str, Any]) -> tuple[int, int] | None:
    surface = span.get("text") or ""
    places = [m.start() for m in re.finditer(re.escape(surface), text)] if surface else []
    if not places:
        return None
    hint = span.get("start")
    at = min(places, key=lambda p: abs(p - hint)) if isinstance(hint, int) else places[0]
    return at, at + len(surface)


def stages(ledger: dict[str, Any], gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each gold conflict whose two articles the ledger holds, with the stage it reached."""
    articles = {a.get("name"): a for a in ledger.get("articles", [])}
    claims_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in ledger.get("claims", []):
        claims_of[c["article"]].append(c)
    questions_of: dict[str, set[str]] = defaultdict(set)
    for q in ledger.get("questions", []):
        for a in q.get("answers", []):
            questions_of[a["claim"]].add(q["id"])
    ends: set[frozenset[str]] = set()
    sides: list[tuple[set[str], set[str]]] = []
    for r in ledger.get("relations", []):
        if r.get("type") != "contradicts":
            continue
        ends.add(frozenset((r["a"], r["b"])))
        listed = [set(_CLAIM_ID.findall(d["text"])) for d in r.get("details", []) if d.get("kind") == "side"]
        sides.append((listed[0] | {r["a"]}, listed[1] | {r["b"]}) if len(listed) == 2 else ({r["a"]}, {r["b"]}))

    def over(span: dict[str, Any]) -> set[str]:
        article = articles.get(span["doc"])
        place = _place(article.get("text", ""), span) if article else None
        if article is None or place is None:
            return set()
        return {c["id"] for c in claims_of[article["id"]] if c["start"] < place[1] and place[0] < c["end"]}

    out = []
    for conflict in gold.get("conflicts", []):
        if conflict["a"]["doc"] not in articles or conflict["b"]["doc"] not in articles:
            continue
        a, b = over(conflict["a"]), over(conflict["b"])
        qa = set().union(*(questions_of[c] for c in a)) if a else set()
        qb = set().union(*(questions_of[c] for c in b)) if b else set()
        if any(frozenset((x, y)) in ends for x in a for y in b):
            stage = STAGES[5]
        elif not a or not b:
            stage = STAGES[0]
        elif not qa or not qb:
            stage = STAGES[1]
        elif not qa & qb:
            stage = STAGES[2]
        elif any((a & s1 and b & s2) or (a & s2 and b & s1) for s1, s2 in sides):
            stage = STAGES[4]
        else:
            stage = STAGES[3]
        out.append((stage, conflict))
    return out


def _event_pairs(args: argparse.Namespace) -> list[tuple[str, Path, Path]]:
    if args.keep:
        return [(d.name, d / "ledger.json", d / "gold.json") for d in sorted(Path(args.keep).iterdir()) if d.is_dir()]
    return [(Path(args.ledger).stem, Path(args.ledger), Path(args.gold))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ledger", nargs="?")
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--keep", help="a folder of <event>/ledger.json and <event>/gold.json")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every conflict with its stage")
    args = ap.parse_args(argv)
    if not args.keep and not (args.ledger and args.gold):
        ap.error("give LEDGER and GOLD, or --keep DIR")
    total: Counter[str] = Counter()
    for name, ledger_path, gold_path in _event_pairs(args):
        if not ledger_path.is_file() or not gold_path.is_file():
            print(f"{name}: no ledger or gold there, left out", file=sys.stderr)
            continue
        found = stages(json.loads(ledger_path.read_text("utf-8")), json.loads(gold_path.read_text("utf-8")))
        counts = Counter(stage for stage, _ in found)
        total.update(counts)
        print(f"{name:<26} " + "  ".join(f"{s.split()[0]}:{counts[s]}" for s in STAGES))
        if args.verbose:
            for stage, conflict in found:
                print(f"    {stage:<26} {conflict.get('why', '')[:110]}")
    print(f"{'all':<26} " + "  ".join(f"{s}: {total[s]}" for s in STAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
