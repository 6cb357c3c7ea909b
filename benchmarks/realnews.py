"""Scores rashomon on the real-news development events (texts kept outside the repository).

Each event has an offsets-only gold in benchmarks/realnews/<event>.json (see
scripts/devset.py); its texts are in TEXTS/<event>/. For every event whose texts
are present and match their hashes, this analyses the texts, rebuilds the gold
and prints ../shared/eval/score.py's figures: conflicts found and `contradicts`
precision (disputes), speakers, relaying outlets and alias pairs (sources).

  .venv/bin/python benchmarks/realnews.py [--texts /work/devdata/events] [--event NAME ...] [--json OUT]
      [--partial] [--keep DIR]

``--partial`` scores an event whose texts are only partly there: the missing
articles are left out with every gold item that needs them (a conflict with one
side gone, say), and the row says how many articles were scored. Such a score is
not the event's score; never put it beside a whole one without saying so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDS = ROOT / "benchmarks" / "realnews"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _row(name: str, res: dict) -> str:
    f, c, s, e = res["facts"], res["conflicts"], res["speakers"], res["entities"]
    parts = [
        f"{name:<24}",
        f"facts {f['pairs_clustered']}/{f['pairs']}",
        f"conflicts {c['found']}/{c['of']}",
        f"contradicts {c.get('contradicts_relations', 0)} (precision {c.get('precision', 0):.2f})",
        f"mixed {c.get('mixed_clusters', 0)} false consensus {c.get('false_consensus', 0)}",
        f"speakers {s['right']}/{s['of']} via {s['via_right']}/{s['via_of']}",
        f"alias pairs {e.get('alias_pairs_merged', 0)}/{e.get('alias_pairs', 0)}",
        f"false merges {e.get('false_merges', 0)}",
    ]
    return "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, default=Path("/work/devdata/events"))
    ap.add_argument("--event", action="append", default=[])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--partial", action="store_true", help="score events whose texts are only partly present")
    ap.add_argument("--keep", type=Path, help="keep each event's ledger.json and gold.json in KEEP/<event>/")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import devset

    results = {}
    for gold_path in sorted(GOLDS.glob("*.json")):
        name = gold_path.stem
        if args.event and name not in args.event:
            continue
        texts = args.texts / name
        if not texts.is_dir() or not any(p.is_file() and not p.name.startswith(".") for p in texts.iterdir()):
            print(f"{name}: texts not found in {texts}; skipped", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            packed = json.loads(gold_path.read_text(encoding="utf-8"))
            docs = devset.load_docs(texts)
            gold = devset.unpack(packed, docs, partial=args.partial)
            present, total = sum(d in docs for d in packed["docs"]), len(packed["docs"])
            gold_file = Path(tmp) / "gold.json"
            gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
            exe = Path(sys.executable).with_name("rashomon")
            subprocess.run([str(exe), "analyze", str(texts), "-o", tmp, "--quiet"], check=True)
            out = subprocess.run(
                [sys.executable, str(SCORER), str(Path(tmp) / "ledger.json"), str(gold_file), "--json"],
                check=True,
                capture_output=True,
                text=True,
            )
            results[name] = json.loads(out.stdout)
            if args.keep:
                kept = args.keep / name
                kept.mkdir(parents=True, exist_ok=True)
                for file in (Path(tmp) / "ledger.json", gold_file):
                    (kept / file.name).write_bytes(file.read_bytes())
            results[name]["articles"] = {"scored": present, "of": total}
            print(_row(name, results[name]) + ("" if present == total else f"  ({present} of {total} articles)"))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
