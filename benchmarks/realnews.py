"""Scores rashomon on the real-news development events (texts kept outside the repository).

Each event has an offsets-only gold in benchmarks/realnews/<event>.json (see
scripts/devset.py); its texts are in TEXTS/<event>/. For every event whose texts
are present and match their hashes, this analyses the texts, rebuilds the gold
and prints ../shared/eval/score.py's figures: conflicts found and `contradicts`
precision (disputes), speakers, relaying outlets and alias pairs (sources).

  .venv/bin/python benchmarks/realnews.py [--texts /work/devdata/events] [--event NAME ...] [--json OUT]
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
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import devset

    results = {}
    for gold_path in sorted(GOLDS.glob("*.json")):
        name = gold_path.stem
        if args.event and name not in args.event:
            continue
        texts = args.texts / name
        if not texts.is_dir():
            print(f"{name}: texts not found in {texts}; skipped", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            gold = devset.unpack(json.loads(gold_path.read_text(encoding="utf-8")), devset.load_docs(texts))
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
            print(_row(name, results[name]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
