"""Contradictions scored against the gold's questions, not only its sample of conflicting pairs.

usage: python benchmarks/disputes_score.py LEDGER.json GOLD.json [--json]

A gold file of the real-news development set (kept outside the repository) lists,
besides ``conflicts`` (a sample of conflicting pairs, which ../shared/eval/score.py
scores), ``questions``: for each question, every source's answer (``doc``, ``text``,
``value``, ``stance``). Two answers to one question conflict when their values
differ and neither is hedged, or when one denies the value the other gives. From
that, for the ledger's ``contradicts`` relations:

- ``backed``: relations whose two claims, or two claims of its two sides (a dispute
  shown once lists every source of each side), give rival answers to one gold
  question (the share of relations a reader would accept, with a complete gold);
- ``disputes found``: gold questions with rival answers that at least one relation
  links;
- ``pairs of articles``: pairs of articles giving rival answers to a gold question,
  and how many of them a relation links;
- ``must not contradict``: the gold's pairs that must not be linked (a toll that rose,
  two reports of one denial), and how many are.

Count questions (tolls) are left to the sampled conflicts: their values differ over time.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import combinations
from typing import Any


def _places(text: str, surface: str) -> list[tuple[int, int]]:
    out, at = [], text.find(surface)
    while at >= 0:
        out.append((at, at + len(surface)))
        at = text.find(surface, at + 1)
    return out


def _side_claims(text: str) -> set[str]:
    """``"Chile: A1 C3, A4 C9"`` -> ``{"C3", "C9"}``."""
    return {t.split()[-1] for t in text.rpartition(": ")[2].split(", ") if t.strip()}


def _rival(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if "hedged" in (a.get("stance"), b.get("stance")):
        return False  # a hedged answer is shown beside the others, never set against them
    va, vb = str(a.get("value")), str(b.get("value"))
    da, db = a.get("stance") == "denied", b.get("stance") == "denied"
    if da != db:
        return va == vb
    if da and db:
        return False
    return va != vb


def score(ledger: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    by_name = {a["name"]: a for a in ledger["articles"]}
    claims_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in ledger["claims"]:
        claims_of[c["article"]].append(c)

    def hits(answer: dict[str, Any]) -> set[str]:
        article = by_name.get(answer["doc"])
        if article is None:
            return set()
        spots = _places(article["text"], answer["text"])
        return {c["id"] for c in claims_of[article["id"]] if any(c["start"] < e and s < c["end"] for s, e in spots)}

    contradicts = [r for r in ledger.get("relations", []) if r["type"] == "contradicts"]
    relations = [(r["a"], r["b"]) for r in contradicts]
    # a claim pair is linked by a relation as its two ends, or as members of its two sides (a dispute shown once
    # lists every source of each side in its "side" details): pair -> the relation that links it
    linked: dict[tuple[str, str], int] = {}
    for n, r in enumerate(contradicts):
        sides = [_side_claims(d["text"]) for d in r.get("details", []) if d.get("kind") == "side"]
        covered = {(r["a"], r["b"])} | {
            (x, y) for i, sx in enumerate(sides) for sy in sides[i + 1 :] for x in sx for y in sy
        }
        for x, y in covered:
            linked.setdefault((x, y), n)
            linked.setdefault((y, x), n)
    article_of = {c["id"]: c["article"] for c in ledger["claims"]}
    linked_articles = {(article_of[a], article_of[b]) for a, b in linked}
    backed: set[int] = set()
    disputes = found = pairs = pairs_linked = 0
    for q in gold.get("questions", []):
        if str(q.get("kind", "")).startswith("toll") or q.get("kind") == "statement":
            continue  # counts change over time and statements differ by nature: the sampled conflicts judge them
        answers = [(a, hits(a)) for a in q.get("answers", []) if a.get("doc") in by_name]
        rivals = [(x, y) for x, y in combinations(answers, 2) if x[0]["doc"] != y[0]["doc"] and _rival(x[0], y[0])]
        if not rivals:
            continue
        disputes += 1
        hit = False
        seen_articles: set[tuple[str, str]] = set()
        for (a, ca), (b, cb) in rivals:
            pair = (by_name[a["doc"]]["id"], by_name[b["doc"]]["id"])
            if pair not in seen_articles and pair[::-1] not in seen_articles:
                seen_articles.add(pair)
                pairs += 1
                pairs_linked += pair in linked_articles
            for x in ca:
                for y in cb:
                    if (x, y) in linked:
                        hit = True
                        backed.add(linked[(x, y)])
        found += hit
    wrong = 0
    for pair in gold.get("must_not_contradict", []):
        ca, cb = hits(pair["a"]), hits(pair["b"])
        wrong += any((x, y) in linked for x in ca for y in cb)
    n = len(relations)
    return {
        "must_not_contradict": len(gold.get("must_not_contradict", [])),
        "must_not_contradict_linked": wrong,
        "contradicts": n,
        "backed": len(backed),
        "backed_share": round(len(backed) / n, 3) if n else 0.0,
        "disputes": disputes,
        "disputes_found": found,
        "article_pairs": pairs,
        "article_pairs_linked": pairs_linked,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledger")
    parser.add_argument("gold")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with open(args.ledger, encoding="utf-8") as f:
        ledger = json.load(f)
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    res = score(ledger, gold)
    if args.json:
        print(json.dumps(res))
        return
    print(
        f"questions: {res['backed']}/{res['contradicts']} contradicts backed by the gold's questions "
        f"({res['backed_share']:.3f}); disputed questions found {res['disputes_found']}/{res['disputes']}; "
        f"pairs of articles with rival answers linked {res['article_pairs_linked']}/{res['article_pairs']}; "
        f"must-not-contradict pairs linked {res['must_not_contradict_linked']}/{res['must_not_contradict']}"
    )


if __name__ == "__main__":
    main()
