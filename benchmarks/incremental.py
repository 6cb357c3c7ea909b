"""Incremental analysis: add a few articles to a large case vs analyse everything from scratch.

    .venv/bin/python benchmarks/incremental.py --base 1000 --new 10

Generates ``base + new`` articles (``generate.py``, seeded), builds a case of the
first ``base`` (``rashomon add``, timed too), then times, each in a fresh process
(imports and model loading included, as a user meets them): adding the ``new``
articles to the case, and ``analyze`` of all ``base + new`` from scratch. The
two ledgers must be equal (timestamps aside). Writes benchmarks/results/incremental.json
and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402
from generate import corpus, write  # noqa: E402

STEP = r"""
import json, sys, time
from pathlib import Path
what, case, out, *paths = sys.argv[1:]
t0 = time.perf_counter()
if what == "scratch":
    from rashomon.api import analyze
    ledger = analyze(paths)
    timings = {}
else:
    from rashomon.store import open_case
    result = open_case(case).add(paths)
    ledger = result.ledger
    timings = {"extracted": result.extracted, "reused": result.reused, "notes": list(result.notes)}
op_cpu, op_wall = time.process_time(), time.perf_counter() - t0  # the step itself, before the ledger is written out
Path(out).write_text(json.dumps(ledger.to_dict()))
print(json.dumps({"inner_wall_s": time.perf_counter() - t0, "op_cpu_s": op_cpu, "op_wall_s": op_wall, **timings}))
"""


def _run(what: str, case: Path, out: Path, paths: list[str]) -> dict[str, object]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", STEP, what, str(case), str(out), *paths], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{what} failed:\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    inner = json.loads(done.stdout.strip().splitlines()[-1])
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), **inner}


def _plain(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text())
    data["generator"].pop("created", None)
    return data


def differences(a: dict[str, object], b: dict[str, object]) -> dict[str, int]:
    """How many items of each ledger field are in one ledger and not the other (timestamps aside)."""
    out = {}
    for key in a:
        x, y = a[key], b.get(key)
        if x == y:
            continue
        if isinstance(x, list) and isinstance(y, list):
            left = Counter(json.dumps(i, sort_keys=True) for i in x)
            right = Counter(json.dumps(i, sort_keys=True) for i in y)
            out[key] = sum(((left - right) + (right - left)).values()) or 1  # 1: the same items in another order
        else:
            out[key] = 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=1000)
    ap.add_argument("--new", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "incremental.json")
    ap.add_argument("--work", type=Path, help="keep the corpus and the built case here, and reuse them next time")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rashomon-incremental-") as tmp:
        root = args.work or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        articles = corpus(args.base + args.new, seed=args.seed)
        base_dir = write(articles[: args.base], root / "base")
        new_dir = write(articles[args.base :], root / "new")
        built = root / f"base-{args.base}-{args.seed}.rashomon"
        first_json = root / f"base-{args.base}-{args.seed}.json"
        if built.exists() and first_json.exists():
            first = json.loads(first_json.read_text())
            print(f"reusing the case of {args.base} articles in {built}", flush=True)
        else:
            print(f"building a case of {args.base} articles ...", flush=True)
            first = _run("add", built, root / "first.json", [str(base_dir)])
            first_json.write_text(json.dumps(first))
            print(f"  {first}", flush=True)
        case = root / "bench.rashomon"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{case}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(built, case)
        print(f"adding {args.new} ...", flush=True)
        added = _run("add", case, root / "added.json", [str(new_dir)])
        print(f"  {added}", flush=True)
        print(f"analysing {args.base + args.new} from scratch ...", flush=True)
        scratch = _run("scratch", case, root / "scratch.json", [str(base_dir), str(new_dir)])
        print(f"  {scratch}", flush=True)
        diff = differences(_plain(root / "added.json"), _plain(root / "scratch.json"))
        same = not diff
        size = case.stat().st_size
    result = {
        **machine(),
        "seed": args.seed,
        "base": args.base,
        "new": args.new,
        "first_add": first,
        "incremental_add": added,
        "scratch": scratch,
        "speedup_wall": round(float(scratch["wall_s"]) / float(added["wall_s"]), 2),  # type: ignore[arg-type]
        "speedup_cpu": round(float(scratch["cpu_s"]) / float(added["cpu_s"]), 2),  # type: ignore[arg-type]
        # the steps alone: process start, imports, models and the work, without writing the ledger out to compare
        "speedup_cpu_step": round(float(scratch["op_cpu_s"]) / float(added["op_cpu_s"]), 2),  # type: ignore[arg-type]
        "same_ledger": same,
        "differences": diff,
        "case_file_mb": round(size / 1e6, 1),
    }
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    if args.out == HERE / "results" / "incremental.json":  # a trial run elsewhere leaves RESULTS.md alone
        from results_md import _incremental, replace_section

        replace_section(_incremental(result))
    if not same:
        sys.exit("the incremental ledger differs from the fresh one")


if __name__ == "__main__":
    main()
