"""Executors: the per-article stages through the local pool and through a local Ray, on the same articles.

    .venv/bin/python benchmarks/executors.py --articles 1000 --workers 2

Generated articles (``benchmarks/generate.py``) go through ``--workers`` local
processes, then through a local Ray with as many CPUs and actors, back to back
in one run (start-up and model loading in every worker included). Reported:
wall seconds, articles per second per worker, Ray's throughput as a share of
the pool's, and the peak RSS of the parent and of its children (the workers).

Writes benchmarks/results/executors.json and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402
from generate import corpus, write  # noqa: E402


def _rss(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def measure(n: int, workers: int, seed: int) -> dict[str, object]:
    import ray

    from rashomon.ingest import ingest
    from rashomon.pipeline import Pipeline
    from rashomon.scale import analyse
    from rashomon.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        write(corpus(n, seed), Path(tmp))
        articles = ingest([tmp], Settings()).articles
    rows: dict[str, object] = {"articles": n, "workers": workers}
    t0 = time.perf_counter()
    pool = list(analyse(Pipeline(), articles, Settings(workers=workers)))
    rows["pool_s"] = round(time.perf_counter() - t0, 2)
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        t0 = time.perf_counter()
        on_ray = list(analyse(Pipeline(), articles, Settings(workers=workers, executor="ray")))
        rows["ray_s"] = round(time.perf_counter() - t0, 2)
    finally:
        ray.shutdown()
    same = [a.claims for a in pool] == [a.claims for a in on_ray]
    rows.update(
        {
            "same_claims": same,
            "pool_articles_per_s_per_worker": round(n / float(rows["pool_s"]) / workers, 3),  # type: ignore[arg-type]
            "ray_articles_per_s_per_worker": round(n / float(rows["ray_s"]) / workers, 3),  # type: ignore[arg-type]
            "ray_share_of_pool": round(float(rows["pool_s"]) / float(rows["ray_s"]), 3),  # type: ignore[arg-type]
            "parent_peak_rss_mb": _rss(resource.RUSAGE_SELF),
            "pool_worker_peak_rss_mb": _rss(resource.RUSAGE_CHILDREN),
        }
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "executors.json")
    args = ap.parse_args()
    row = measure(args.articles, args.workers, args.seed)
    print(json.dumps(row))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**machine(), "seed": args.seed, "rows": [row]}, indent=1) + "\n")
    from results_md import render

    render()


if __name__ == "__main__":
    main()
