"""Long articles: seconds per 100 KB of one article's analysis, at 100 KB, 400 KB and 2 MB.

    .venv/bin/python benchmarks/long_articles.py --sizes 100000,400000,2000000

Each size runs in a fresh process (so the peak RSS is its own): one article of
generated wire copy (benchmarks/generate.py, paragraphs joined until the size
is reached) goes through the per-article pipeline alone: the spaCy parse (in
pieces past 100 KB) and every stage, with no time budget. The figure to watch
is CPU seconds per 100 KB of this process, which other jobs on the machine
barely move: flat from 100 KB to 2 MB means every stage is linear in the
article's length. Before the fix a 400 KB article took 206 s and 1.3 GB and a
1.9 MB one ran past 5 minutes at 5 GB (issue 16).

Writes benchmarks/results/long_articles.json and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402
from generate import corpus  # noqa: E402


def long_text(size: int, seed: int = 3) -> str:
    """``size`` characters of generated wire copy: article bodies, one after another, as paragraphs."""
    parts: list[str] = []
    n = 0
    count = 100
    while n < size:
        parts, n = [], 0
        for g in corpus(count, seed=seed):
            body = g.text.split("\n", 1)[-1].strip()
            parts.append(body)
            n += len(body) + 2
            if n >= size:
                break
        count *= 2
    return "\n\n".join(parts)[:size]


def measure(size: int) -> dict[str, object]:
    from rashomon.extract.nlp import english
    from rashomon.model import Article
    from rashomon.pipeline import Pipeline

    text = long_text(size)
    english()  # loading the model is not the article's time
    article = Article(id="A1", source="long.txt", name="long.txt", text=text, sha256="-", language="en")
    wall, cpu = time.perf_counter(), time.process_time()
    analysis = Pipeline().run(article)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    per = 100_000 / len(text)
    return {
        "chars": len(text),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "wall_s_per_100kb": round(wall * per, 2),
        "cpu_s_per_100kb": round(cpu * per, 2),
        "stages_s_per_100kb": {name: round(t * per, 3) for name, t in analysis.timings},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "items": {
            "mentions": len(analysis.mentions),
            "quotes": len(analysis.quotes),
            "claims": len(analysis.claims),
            "times": len(analysis.times),
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,400000,2000000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size in this process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    runs = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), flush=True)
    result = {**machine(), "runs": runs}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "long_articles.json").write_text(json.dumps(result, indent=1) + "\n")
    from results_md import render

    print(render())


if __name__ == "__main__":
    main()
