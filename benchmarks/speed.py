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
    """Wall and CPU seconds spent inside ``with clock:`` blocks, summed over all of them."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> _Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu


CHUNK = 25  # articles per turn when spaCy alone and the pipeline take turns


def measure(n: int, workers: int, seed: int, threads: int | None) -> dict[str, object]:
    from rashomon.extract.nlp import english
    from rashomon.ingest import ingest
    from rashomon.ledger import assemble, number_items
    from rashomon.link import link
    from rashomon.link.embeddings import embed
    from rashomon.pipeline import Pipeline
    from rashomon.scale import analyse
    from rashomon.settings import Settings

    generated = corpus(n, seed)
    chars = sum(len(a.text) for a in generated)
    nlp = english()
    list(nlp.pipe([a.text for a in generated[:4]]))  # warm up: model loading is not throughput
    settings = Settings(threads=threads)
    embed(["warm up the encoder"], settings.threads)
    spacy_alone, t_ingest, t_stages, t_link, t_assemble = _Clock(), _Clock(), _Clock(), _Clock(), _Clock()
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        write(generated, Path(tmp))
        with t_ingest:
            ingested = ingest([tmp], settings)
        articles = ingested.articles
        analyses = []
        # spaCy alone and the per-article stages take turns on the same chunk, so a change in the machine's
        # load hits both alike; CPU seconds (this process only) are the figure other jobs barely move.
        for at in range(0, len(articles), CHUNK):
            chunk = articles[at : at + CHUNK]
            with spacy_alone:
                for _ in nlp.pipe([a.text for a in chunk], batch_size=16):
                    pass
            with t_stages:
                analyses.extend(pipeline.pipe(chunk, batch_size=16))
        stages: dict[str, float] = defaultdict(float)
        for a in analyses:
            for name, seconds in a.timings:
                stages[name] += seconds
        with t_link:
            analyses = number_items(analyses)
            linked = link(analyses, settings)
        with t_assemble:
            ledger = assemble(analyses, linked, ingested.inputs)
        serial = parallel = None
        if workers > 1:  # whole runs, back to back: pool start-up and model loading in every worker included
            serial, parallel = _Clock(), _Clock()
            with serial:
                list(Pipeline().pipe(articles))
            with parallel:
                again = list(analyse(Pipeline(), articles, Settings(workers=workers)))
            assert len(again) == len(analyses)
    parts = (t_ingest, t_stages, t_link, t_assemble)
    whole, whole_cpu = sum(c.wall for c in parts), sum(c.cpu for c in parts)
    parse = stages.get("parse", 0.0) or 1e-9
    row: dict[str, object] = {
        "articles": n,
        "characters": chars,
        "claims": len(ledger.claims),
        "quotes": len(ledger.quotes),
        "spacy_alone_s": round(spacy_alone.wall, 2),
        "spacy_alone_cpu_s": round(spacy_alone.cpu, 2),
        "ingest_s": round(t_ingest.wall, 2),
        "per_article_s": round(t_stages.wall, 2),
        "per_article_cpu_s": round(t_stages.cpu, 2),
        "link_s": round(t_link.wall, 2),
        "link_cpu_s": round(t_link.cpu, 2),
        "assemble_s": round(t_assemble.wall, 2),
        "whole_s": round(whole, 2),
        "whole_cpu_s": round(whole_cpu, 2),
        "stages_s": {k: round(v, 3) for k, v in stages.items()},
        "articles_per_s": round(n / whole, 2),
        "chars_per_s_per_core": round(chars / whole),
        "articles_per_cpu_s": round(n / whole_cpu, 2),
        "chars_per_cpu_s": round(chars / whole_cpu),
        "per_article_ratio": round(t_stages.wall / spacy_alone.wall, 3),
        "per_article_cpu_ratio": round(t_stages.cpu / spacy_alone.cpu, 3),
        "whole_ratio": round(whole / spacy_alone.wall, 3),
        "whole_cpu_ratio": round(whole_cpu / spacy_alone.cpu, 3),
        # the quote stage against the spaCy pass timed beside it, article by article, inside the pipeline
        "quote_share_of_spacy": round(stages.get("rashomon.quotes.v1", 0.0) / parse, 4),
        "peak_rss_mb": round(_rss_mb(), 1),
    }
    if serial is not None and parallel is not None:
        row.update(
            {
                "workers": workers,
                "serial_s": round(serial.wall, 2),
                "per_article_parallel_s": round(parallel.wall, 2),
                "speedup": round(serial.wall / parallel.wall, 2),
            }
        )
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
    print(
        f"{'articles':>8} {'spaCy cpu':>9} {'stages cpu':>10} {'ratio':>6} {'link cpu':>8} {'whole cpu':>9} "
        f"{'ratio':>6} {'art/cpu s':>9} {'quotes/spaCy':>12} {'RSS MB':>7} {'speed-up':>8}"
    )
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [
            sys.executable,
            __file__,
            "--one",
            str(n),
            "--workers",
            str(args.workers),
            "--seed",
            str(args.seed),
            *(["--threads", str(args.threads)] if args.threads else []),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"size {n} failed:\n{done.stderr[-3000:]}")
        row = json.loads(done.stdout.splitlines()[-1])
        rows.append(row)
        print(
            f"{n:>8} {row['spacy_alone_cpu_s']:>9} {row['per_article_cpu_s']:>10} {row['per_article_cpu_ratio']:>6} "
            f"{row['link_cpu_s']:>8} {row['whole_cpu_s']:>9} {row['whole_cpu_ratio']:>6} "
            f"{row['articles_per_cpu_s']:>9} "
            f"{row['quote_share_of_spacy']:>12.1%} {row['peak_rss_mb']:>7} {row.get('speedup', '-'):>8}",
            flush=True,
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {**machine(), "workers": args.workers, "threads": args.threads, "seed": args.seed, "rows": rows}, indent=1
        )
        + "\n"
    )
    from results_md import render

    render()


if __name__ == "__main__":
    main()
