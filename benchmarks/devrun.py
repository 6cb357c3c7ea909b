"""Every real-news development event at once: run, score, sum up, and compare with an earlier run.

  .venv/bin/python benchmarks/devrun.py OUT [--texts /work/devdata/events] [--jobs 2] [--event NAME ...]
                                        [--src SRC] [--against EARLIER_OUT]

Runs ``benchmarks/realnews.py --partial --keep`` over the events whose texts are present, split into ``--jobs``
processes, then adds to each event ``disputes_score.py``'s figures and ``conflict_stages.py``'s stages, and writes
``OUT/summary.json`` (per event and totals) and ``OUT/<event>/{ledger,gold}.json``. ``--src`` runs another
checkout's ``src`` (a snapshot of the start of a session, say) with this checkout's scorers. ``--against`` prints,
beside the totals, those of an earlier ``OUT`` and every event whose figures moved.

Partial events (some articles missing) are scored on what is there; totals are sums over what was scored, so two
runs compare only when they scored the same articles (``articles`` in each event's row says how many).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import conflict_stages  # noqa: E402
import disputes_score  # noqa: E402

# (label, path into an event's figures): what the totals sum
FIGURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles", ("articles", "scored")),
    ("conflicts found", ("conflicts", "found")),
    ("conflicts of", ("conflicts", "of")),
    ("contradicts", ("conflicts", "contradicts_relations")),
    ("contradicts on a gold pair", ("conflicts", "confirmed")),
    ("backed by questions", ("disputes", "backed")),
    ("disputes found", ("disputes", "disputes_found")),
    ("disputes of", ("disputes", "disputes")),
    ("article pairs linked", ("disputes", "article_pairs_linked")),
    ("article pairs of", ("disputes", "article_pairs")),
    ("must-not linked", ("disputes", "must_not_contradict_linked")),
    ("must-not of", ("disputes", "must_not_contradict")),
    ("speakers right", ("speakers", "right")),
    ("speakers of", ("speakers", "of")),
    ("via right", ("speakers", "via_right")),
    ("via of", ("speakers", "via_of")),
    ("alias pairs merged", ("entities", "alias_pairs_merged")),
    ("alias pairs of", ("entities", "alias_pairs")),
    ("false merges", ("entities", "false_merges")),
    ("fact pairs clustered", ("facts", "pairs_clustered")),
    ("fact pairs of", ("facts", "pairs")),
    ("timeline right", ("timeline", "found")),
    ("timeline of", ("timeline", "of")),
)


def _get(res: dict[str, Any], path: tuple[str, ...]) -> float:
    cur: Any = res
    for key in path:
        if not isinstance(cur, dict) or key not in cur:
            return 0
        cur = cur[key]
    return cur if isinstance(cur, (int, float)) else 0


def _events(texts: Path, chosen: list[str]) -> list[str]:
    names = sorted(p.stem for p in (ROOT / "benchmarks" / "realnews").glob("*.json"))
    present = [n for n in names if (texts / n).is_dir() and any((texts / n).iterdir())]
    return [n for n in present if not chosen or n in chosen]


def _run(out: Path, texts: Path, events: list[str], jobs: int, src: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    # the heaviest events first, dealt round-robin, so the shards end near together
    events = sorted(events, key=lambda n: -sum(p.stat().st_size for p in (texts / n).iterdir()))
    shards = [events[i::jobs] for i in range(jobs) if events[i::jobs]]
    procs = []
    for i, shard in enumerate(shards):
        cmd = [sys.executable, str(ROOT / "benchmarks" / "realnews.py"), "--texts", str(texts), "--partial"]
        cmd += ["--keep", str(out), "--json", str(out / f"shard-{i}.json")]
        for name in shard:
            cmd += ["--event", name]
        procs.append(subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL))
    failed = [p.args for p in procs if p.wait() != 0]
    if failed:
        raise SystemExit(f"devrun: {len(failed)} shard(s) failed; run realnews.py on their events to see why")
    results: dict[str, Any] = {}
    for i in range(len(shards)):
        shard_file = out / f"shard-{i}.json"
        results.update(json.loads(shard_file.read_text("utf-8")))
        shard_file.unlink()
    for name, res in results.items():
        ledger = json.loads((out / name / "ledger.json").read_text("utf-8"))
        gold = json.loads((out / name / "gold.json").read_text("utf-8"))
        res["disputes"] = disputes_score.score(ledger, gold)
        res["stages"] = dict(Counter(stage for stage, _ in conflict_stages.stages(ledger, gold)))
    return results


def _totals(results: dict[str, Any]) -> dict[str, float]:
    tot: dict[str, float] = {label: sum(_get(r, path) for r in results.values()) for label, path in FIGURES}
    for r in results.values():
        for stage, n in r.get("stages", {}).items():
            tot["stage " + stage] = tot.get("stage " + stage, 0) + n
    return tot


def _row(r: dict[str, Any]) -> dict[str, float]:
    row = {label: _get(r, path) for label, path in FIGURES}
    row.update({"stage " + s: n for s, n in r.get("stages", {}).items()})
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--texts", type=Path, default=Path("/work/devdata/events"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--event", action="append", default=[])
    ap.add_argument("--src", type=Path, help="run this src folder instead of the installed package")
    ap.add_argument("--against", type=Path, help="an earlier OUT to compare with")
    args = ap.parse_args(argv)
    events = _events(args.texts, args.event)
    if not events:
        print(f"devrun: no event's texts found under {args.texts}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    results = _run(args.out, args.texts, events, max(1, args.jobs), args.src)
    totals = _totals(results)
    (args.out / "summary.json").write_text(
        json.dumps({"events": results, "totals": totals}, indent=1) + "\n", encoding="utf-8"
    )
    before: dict[str, Any] = {}
    if args.against:
        before = json.loads((args.against / "summary.json").read_text("utf-8"))
    old = _totals({n: r for n, r in before.get("events", {}).items() if n in results}) if before else {}
    print(f"{len(results)} events")
    for label in totals:
        was = f"   (was {old.get(label, 0):g})" if before and old.get(label, 0) != totals[label] else ""
        print(f"  {label:<28} {totals[label]:g}{was}")
    if before:
        for name in sorted(results):
            if name not in before["events"]:
                continue
            now, then = _row(results[name]), _row(before["events"][name])
            moved = [f"{k} {then.get(k, 0):g}->{v:g}" for k, v in now.items() if then.get(k, 0) != v]
            if moved:
                print(f"  {name}: " + "; ".join(moved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
