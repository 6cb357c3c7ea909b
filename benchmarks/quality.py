"""Quality: rashomon's scores on examples/il76 beside the open baselines', in one process, one scorer.

    .venv/bin/python benchmarks/quality.py [--scorer ../shared/eval/score.py] [--gold ../shared/eval/il76.gold.json]

The baselines are what a user has without rashomon: textacy's
``direct_quotations`` for quotes and their speakers; plain spaCy NER for
entities (one entity per distinct name, no alias merging), its DATE entities
read by dateparser, and its CARDINAL/QUANTITY entities read by text2num. They
write a ledger-shaped dict, so ``score.py`` scores both the same way; what they
do not produce (clusters, relations, timeline) scores zero. textacy refuses an
article with an odd number of quotation marks; it then finds no quotes there.

Writes benchmarks/results/quality.json and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402

EXAMPLES = ROOT / "examples" / "il76"
EVAL = ROOT.parent / "shared" / "eval"
NUMBER_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def load_scorer(path: Path) -> ModuleType:
    if not path.exists():
        sys.exit(f"quality.py: the scorer is not at {path}; pass --scorer PATH")
    spec = importlib.util.spec_from_file_location("rashomon_eval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _number(text: str) -> float | None:
    """The value of a number entity: digits first, then number words through text2num."""
    from text_to_num import alpha2digit

    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        m = re.search(r"\d[\d,]*(?:\.\d+)?", alpha2digit(text, "en"))
    if not m:
        return None
    try:
        return float(m.group().replace(",", ""))
    except ValueError:
        return None


def _day(text: str, published: str | None) -> str | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"]}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    when = dateparser.parse(text, languages=["en"], settings=settings)
    return when.date().isoformat() if when else None


def baseline_ledger(articles: list[dict]) -> dict:
    """The baselines' findings as a ledger-shaped dict (only what score.py reads)."""
    from textacy.extract.triples import direct_quotations

    from rashomon.extract.nlp import english

    nlp = english()
    quotes, quantities, times = [], [], []
    names: dict[str, dict] = {}
    for art, doc in zip(articles, nlp.pipe([a["text"] for a in articles]), strict=True):
        aid = art["id"]
        try:
            found = list(direct_quotations(doc))
        except ValueError:  # textacy gives up on an article with an odd number of quotation marks
            found = []
        for speaker, _cue, content in found:
            start, end = content[0].idx, content[-1].idx + len(content[-1].text)
            quotes.append(
                {
                    "id": f"Q{len(quotes) + 1}",
                    "article": aid,
                    "start": start,
                    "end": end,
                    "text": doc.text[start:end],
                    "kind": "direct",
                    "speaker_text": " ".join(t.text for t in speaker) or None,
                    "speaker": None,
                }
            )
        for ent in doc.ents:
            item = {"article": aid, "start": ent.start_char, "end": ent.end_char, "text": ent.text}
            if ent.label_ in NUMBER_LABELS:
                quantities.append({**item, "id": f"N{len(quantities) + 1}", "value": _number(ent.text)})
            elif ent.label_ in ("DATE", "TIME"):
                times.append({**item, "id": f"T{len(times) + 1}", "value": _day(ent.text, art.get("published"))})
            elif ent.label_ in ENTITY_LABELS:
                entity = names.setdefault(
                    ent.text,
                    {"id": f"E{len(names) + 1}", "name": ent.text, "aliases": [], "type": ent.label_, "mentions": []},
                )
                entity["mentions"].append(item)
    return {
        "schema": "rashomon.ledger/1",
        "articles": articles,
        "entities": list(names.values()),
        "quotes": quotes,
        "quantities": quantities,
        "times": times,
        "claims": [],
        "clusters": [],
        "relations": [],
        "timeline": [],
    }


def table(ours: dict, base: dict) -> list[tuple[str, str, str]]:
    """Rows of (metric, rashomon, baseline), as the scorer's own table shows them."""

    def prf(res: dict, k: str) -> str:
        m = res[k]
        return f"P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}"

    rows = [(k, prf(ours, k), prf(base, k)) for k in ("quotes", "numbers", "dates")]
    rows.append(
        (
            "speakers",
            *(
                f"{r['speakers']['right']}/{r['speakers']['of']} ({r['speakers']['accuracy']:.3f})"
                for r in (ours, base)
            ),
        )
    )
    rows.append(("entities found", *(f"{r['entities']['found']}/{r['entities']['of']}" for r in (ours, base))))
    rows.append(
        (
            "alias pairs merged",
            *(f"{r['entities']['alias_pairs_merged']}/{r['entities']['alias_pairs']}" for r in (ours, base)),
        )
    )
    rows.append(
        ("false merges", *(f"{r['entities']['false_merges']}/{r['entities']['cross_pairs']}" for r in (ours, base)))
    )
    rows.append(("facts", *(f"{r['facts']['pairs_clustered']}/{r['facts']['pairs']}" for r in (ours, base))))
    for k in ("conflicts", "timeline"):
        rows.append((k, *(f"{r[k]['found']}/{r[k]['of']}" for r in (ours, base))))
    rows.append(
        (
            "contradicts relations",
            str(ours["conflicts"]["contradicts_relations"]),
            str(base["conflicts"]["contradicts_relations"]),
        )
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=EVAL / "score.py")
    ap.add_argument("--gold", type=Path, default=EVAL / "il76.gold.json")
    ap.add_argument("--corpus", type=Path, default=EXAMPLES)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "quality.json")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    gold = json.loads(args.gold.read_text())

    import rashomon

    ledger = rashomon.analyze([args.corpus]).to_dict()
    ours = scorer.score(ledger, gold)
    articles = [{k: a.get(k) for k in ("id", "name", "source", "text", "published")} for a in ledger["articles"]]
    base = scorer.score(baseline_ledger(articles), gold)
    rows = table(ours, base)
    width = max(len(r[1]) for r in rows)
    print(f"{'metric':22} {'rashomon':{width}}   baseline")
    for name, a, b in rows:
        print(f"{name:22} {a:{width}}   {b}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                **machine(),
                "corpus": str(args.corpus.relative_to(ROOT)) if args.corpus.is_relative_to(ROOT) else str(args.corpus),
                "rashomon": ours,
                "baseline": base,
                "table": rows,
            },
            indent=1,
        )
        + "\n"
    )
    from results_md import render

    render()


if __name__ == "__main__":
    main()
