"""benchmarks/RESULTS.md, rendered from the JSON files in benchmarks/results/ (each benchmark calls ``render``)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

CAVEAT = (
    "Measured on a shared 2-core machine while other jobs ran: the ratios (pipeline vs spaCy, measured in "
    "one process on the same texts) are robust to that load, the absolute rates are not. Re-run the commands "
    "on a quiet machine for absolute numbers; the JSON files keep every figure."
)


def _load(name: str) -> dict | None:
    path = RESULTS / name
    return json.loads(path.read_text()) if path.exists() else None


def _where(data: dict) -> str:
    return (
        f"{data['machine']}, {data.get('cpus', '?')} CPUs, Python {data['python']}, {data['date']}, "
        f"commit {data.get('commit')}"
    )


def _speed(data: dict) -> list[str]:
    rows = data["rows"]
    out = [
        "## Speed (`benchmarks/speed.py`)",
        "",
        f"Generated corpora (`benchmarks/generate.py`, seed {data['seed']}), encoder threads "
        f"{data.get('threads') or 'default'}. " + _where(data),
        "",
        "CPU seconds of this process (robust to other jobs on the machine; one core, `--workers 1`). spaCy alone "
        "and the per-article stages take turns on chunks of the same articles.",
        "",
        "| articles | characters | spaCy alone | per-article stages | stages / spaCy | linking | whole | "
        "whole / spaCy | articles per CPU s | chars per CPU s | quotes / spaCy | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r['articles']:,} | {r['characters']:,} | {r['spacy_alone_cpu_s']} | {r['per_article_cpu_s']} | "
            f"{r['per_article_cpu_ratio']:.2f}x | {r['link_cpu_s']} | {r['whole_cpu_s']} | "
            f"{r['whole_cpu_ratio']:.2f}x | {r['articles_per_cpu_s']} | {r['chars_per_cpu_s']:,} | "
            f"{r['quote_share_of_spacy']:.1%} | {r['peak_rss_mb']:,} |"
        )
    out += [
        "",
        "Targets: whole pipeline within 1.5x of spaCy alone; the quote stage at most 15% of the spaCy pass "
        '(timed beside it inside the pipeline). "per-article stages" is the spaCy pass inside the pipeline '
        'plus every extractor; "whole" adds ingest, linking (with the sentence encoder) and assembling.',
        "",
        "Wall-clock seconds of the same runs (these move with the machine's load):",
        "",
        "| articles | spaCy alone | per-article stages | stages / spaCy | linking | whole | whole / spaCy |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    out += [
        f"| {r['articles']:,} | {r['spacy_alone_s']} | {r['per_article_s']} | {r['per_article_ratio']:.2f}x | "
        f"{r['link_s']} | {r['whole_s']} | {r['whole_ratio']:.2f}x |"
        for r in rows
    ]
    out += [
        "",
        "Per-stage wall seconds (sum over articles):",
        "",
        "| articles | "
        + " | ".join(k.removeprefix("rashomon.").removesuffix(".v1") for k in rows[0]["stages_s"])
        + " | ingest | linking | assemble |",
        "|---:|" + "---:|" * (len(rows[0]["stages_s"]) + 3),
    ]
    for r in rows:
        out.append(
            f"| {r['articles']:,} | "
            + " | ".join(f"{v:.2f}" for v in r["stages_s"].values())
            + f" | {r['ingest_s']} | {r['link_s']} | {r['assemble_s']} |"
        )
    par = [r for r in rows if "speedup" in r]
    if par:
        out += [
            "",
            f"Parallelism: per-article stages with `--workers {par[0]['workers']}` vs 1, wall seconds, run "
            "back to back (worker start-up and model loading included):",
            "",
            "| articles | 1 worker | N workers | speed-up |",
            "|---:|---:|---:|---:|",
        ]
        out += [
            f"| {r['articles']:,} | {r['serial_s']} | {r['per_article_parallel_s']} | {r['speedup']}x |" for r in par
        ]
    return out


def _link(data: dict) -> list[str]:
    rows = data["rows"]
    out = [
        "## Linking at scale (`benchmarks/bench_link.py`)",
        "",
        "Synthetic analyses (extraction skipped), about 10 articles per event, 6 claims each; every size in a "
        f"fresh process; encoder threads {data.get('threads') or 'default'}. " + _where(data),
        "",
        "| articles | claims | wall s | CPU s | claims/s (wall) | CPU s per 1k articles | peak RSS MB | clusters | "
        "contradicts |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r['articles']:,} | {r['claims']:,} | {r['seconds']} | {r['cpu_seconds']} | "
            f"{r['claims_per_second']} | {r['cpu_seconds'] / r['articles'] * 1000:.1f} | {r['peak_rss_mb']:,} | "
            f"{r['clusters']} | {r['contradicts']} |"
        )
    return out


def _quality(data: dict) -> list[str]:
    out = [
        "## Quality on examples/il76 (`benchmarks/quality.py`)",
        "",
        "`shared/eval/score.py` against `il76.gold.json`; the baselines run in the same process: textacy "
        "`direct_quotations` (quotes, speakers), spaCy NER + dateparser + text2num (entities, dates, numbers). "
        + _where(data),
        "",
        "| metric | rashomon | baseline |",
        "|---|---:|---:|",
    ]
    for name, ours, base in data["table"]:
        out.append(f"| {name} | {ours} | {base} |")
    return out


def _executors(data: dict) -> list[str]:
    out = [
        "## Executors (`benchmarks/executors.py`)",
        "",
        "The per-article stages through the local pool and through a local Ray (as many CPUs and actors as "
        "workers), back to back on the same generated articles, start-up and model loading included. " + _where(data),
        "",
        "| articles | workers | pool s | Ray s | pool art/s/worker | Ray art/s/worker | Ray / pool | same claims "
        "| parent RSS MB | pool worker RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    for r in data["rows"]:
        out.append(
            f"| {r['articles']:,} | {r['workers']} | {r['pool_s']} | {r['ray_s']} | "
            f"{r['pool_articles_per_s_per_worker']} | {r['ray_articles_per_s_per_worker']} | "
            f"{r['ray_share_of_pool']:.0%} | {r['same_claims']} | {r['parent_peak_rss_mb']} | "
            f"{r['pool_worker_peak_rss_mb']} |"
        )
    return out


def render(path: Path = HERE / "RESULTS.md") -> Path:
    parts = ["# Benchmark results", "", "Written by the benchmarks; do not edit by hand. " + CAVEAT, ""]
    for name, section in (
        ("quality.json", _quality),
        ("speed.json", _speed),
        ("link.json", _link),
        ("executors.json", _executors),
    ):
        data = _load(name)
        if data:
            parts += [*section(data), ""]
    notes = HERE / "NOTES.md"
    if notes.exists():  # the reading of the numbers, written by a person
        parts += [notes.read_text().strip(), ""]
    path.write_text("\n".join(parts))
    return path


if __name__ == "__main__":
    print(render())
