"""Speed: the whole pipeline on generated corpora, beside spaCy alone on the same texts in the same process.

    .venv/bin/python benchmarks/speed.py --sizes 100,1000 --workers 2

For each size, in a fresh process (so the peak RSS is that size's own): the
spaCy pass alone (``nlp.pipe`` with the model loaded as rashomon loads it),
then ingest -> per-article stages -> linking -> assembling, with the time of
every stage (``Analysis.timings``), then the per-article stages again with
``--workers`` processes for the speed-up. Ratios measured in one process are
robust to other load on the machine; absolute rates are not.

Writes benchmarks/results/speed.json and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402
from generate import corpus, write  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> _Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def measure(n: int, workers: int, seed: int, threads: int | None) -> dict[str, object]:
    from rashomon.extract.nlp import english
    from rashomon.ingest import ingest
    from rashomon.ledger import assemble, number_items
    from rashomon.link import link
    from rashomon.link.embeddings import embed
    from rashomon.pipeline import Pipeline
    from rashomon.settings import Settings

    generated = corpus(n, seed)
    texts = [a.text for a in generated]
    chars = sum(map(len, texts))
    nlp = english()
    list(nlp.pipe(texts[:4]))  # warm up: model loading is not throughput
    settings = Settings(threads=threads)
    embed(["warm up the encoder"], settings.threads)
    with tempfile.TemporaryDirectory() as tmp:
        write(generated, Path(tmp))
        with _Clock() as spacy_alone:
            for _ in nlp.pipe(texts, batch_size=16):
                pass
        with _Clock() as t_ingest:
            ingested = ingest([tmp], settings)
        stages: dict[str, float] = defaultdict(float)
        with _Clock() as t_stages:
            analyses = list(Pipeline().pipe(ingested.articles, workers=1))
        for a in analyses:
            for name, seconds in a.timings:
                stages[name] += seconds
        with _Clock() as t_link:
            analyses = number_items(analyses)
            linked = link(analyses, settings)
        with _Clock() as t_assemble:
            ledger = assemble(analyses, linked, ingested.inputs)
        parallel = None
        if workers > 1:
            with _Clock() as parallel:
                again = list(Pipeline().pipe(ingested.articles, workers=workers))
            assert len(again) == len(analyses)
    whole = t_ingest.wall + t_stages.wall + t_link.wall + t_assemble.wall
    row: dict[str, object] = {
        "articles": n, "characters": chars, "claims": len(ledger.claims), "quotes": len(ledger.quotes),
        "spacy_alone_s": round(spacy_alone.wall, 2), "spacy_alone_cpu_s": round(spacy_alone.cpu, 2),
        "ingest_s": round(t_ingest.wall, 2), "per_article_s": round(t_stages.wall, 2),
        "per_article_cpu_s": round(t_stages.cpu, 2), "link_s": round(t_link.wall, 2),
        "link_cpu_s": round(t_link.cpu, 2), "assemble_s": round(t_assemble.wall, 2), "whole_s": round(whole, 2),
        "stages_s": {k: round(v, 3) for k, v in stages.items()},
        "articles_per_s": round(n / whole, 2), "chars_per_s_per_core": round(chars / whole),
        "per_article_ratio": round(t_stages.wall / spacy_alone.wall, 3),
        "per_article_cpu_ratio": round(t_stages.cpu / spacy_alone.cpu, 3),
        "whole_ratio": round(whole / spacy_alone.wall, 3),
        "quote_share_of_spacy": round(stages.get("rashomon.quotes.v1", 0.0) / spacy_alone.wall, 4),
        "peak_rss_mb": round(_rss_mb(), 1),
    }
    if parallel is not None:
        row.update({"workers": workers, "per_article_parallel_s": round(parallel.wall, 2),
                    "speedup": round(t_stages.wall / parallel.wall, 2)})
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes (articles)")
    ap.add_argument("--workers", type=int, default=2, help="also run the per-article stages in N processes")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "speed.json")
    ap.add_argument("--threads", type=int, help="BLAS threads of the sentence encoder (default: the core count)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process measuring one size
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.workers, args.seed, args.threads)))
        return
    rows = []
    print(f"{'articles':>8} {'spaCy s':>8} {'stages s':>8} {'ratio':>6} {'link s':>7} {'whole s':>8} {'ratio':>6} "
          f"{'art/s':>6} {'quotes/spaCy':>12} {'RSS MB':>7} {'speed-up':>8}")
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--workers", str(args.workers), "--seed", str(args.seed),
               *(["--threads", str(args.threads)] if args.threads else [])]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"size {n} failed:\n{done.stderr[-3000:]}")
        row = json.loads(done.stdout.splitlines()[-1])
        rows.append(row)
        print(f"{n:>8} {row['spacy_alone_s']:>8} {row['per_article_s']:>8} {row['per_article_ratio']:>6} "
              f"{row['link_s']:>7} {row['whole_s']:>8} {row['whole_ratio']:>6} {row['articles_per_s']:>6} "
              f"{row['quote_share_of_spacy']:>12.1%} {row['peak_rss_mb']:>7} {row.get('speedup', '-'):>8}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**machine(), "workers": args.workers, "threads": args.threads, "seed": args.seed,
                                    "rows": rows},
                                   indent=1) + "\n")
    from results_md import render

    render()


if __name__ == "__main__":
    main()
