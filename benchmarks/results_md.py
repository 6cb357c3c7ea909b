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
    routed = all("stories" in r for r in rows)
    out = [
        "## Linking at scale (`benchmarks/bench_link.py`)",
        "",
        "Synthetic analyses (extraction skipped), about 10 articles per event, 6 claims each; every size in a "
        f"fresh process; encoder threads {data.get('threads') or 'default'}. "
        + (
            "Articles are routed to stories first (`link.partition`) and each story is linked on its own; "
            "routing's own CPU time is its column. "
            if routed
            else ""
        )
        + _where(data),
        "",
        "| articles | claims | wall s | CPU s | claims/s (wall) | CPU s per 1k articles | peak RSS MB | clusters | "
        "contradicts |" + (" stories | largest story | routing CPU s |" if routed else ""),
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|---:|" if routed else ""),
    ]
    for r in rows:
        out.append(
            f"| {r['articles']:,} | {r['claims']:,} | {r['seconds']} | {r['cpu_seconds']} | "
            f"{r['claims_per_second']} | {r['cpu_seconds'] / r['articles'] * 1000:.1f} | {r['peak_rss_mb']:,} | "
            f"{r['clusters']} | {r['contradicts']} |"
            + (f" {r['stories']:,} | {r['largest_story']} | {r['routing_cpu_seconds']} |" if routed else "")
        )
    if data.get("note"):
        out += ["", data["note"]]
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


def _long(data: dict) -> list[str]:
    lines = [
        "## Long articles",
        "",
        f"One generated article through the parse and every stage ({_where(data)}). CPU seconds per 100 KB "
        "(this process only) stay flat when every stage is linear in the article's length.",
        "",
        "| size | wall s | CPU s | CPU s per 100 KB | wall s per 100 KB | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in data["runs"]:
        lines.append(
            f"| {r['chars'] / 1000:,.0f} KB | {r['wall_s']} | {r['cpu_s']} | {r['cpu_s_per_100kb']} "
            f"| {r['wall_s_per_100kb']} | {r['peak_rss_mb']} |"
        )
    return lines


def _incremental(data: dict) -> list[str]:
    first, add, scratch = data["first_add"], data["incremental_add"], data["scratch"]
    n, m = data["base"], data["new"]
    return [
        "## Incremental analysis (`benchmarks/incremental.py`)",
        "",
        f"A case of {n:,} generated articles (seed {data['seed']}), then {m} more added, against `analyze` of the "
        f"{n + m:,} from scratch; each step in a fresh process (imports and model loading included). " + _where(data),
        "",
        "| step | wall s | CPU s | analysed | reused |",
        "|---|---:|---:|---:|---:|",
        f"| `add` {n:,} to a new case | {first['wall_s']} | {first['cpu_s']} | {first.get('extracted', '')} | "
        f"{first.get('reused', '')} |",
        f"| `add` {m} to that case | {add['wall_s']} | {add['cpu_s']} | {add.get('extracted', '')} | "
        f"{add.get('reused', '')} |",
        f"| `analyze` {n + m:,} from scratch | {scratch['wall_s']} | {scratch['cpu_s']} | {n + m} | 0 |",
        "",
        f"Adding {m} is **{data['speedup_wall']}x** faster than analysing all from scratch (wall; "
        f"{data['speedup_cpu']}x in CPU seconds)"
        + (
            f"; the steps alone, without the benchmark writing each ledger out to compare them, "
            f"**{data['speedup_cpu_step']}x** in CPU seconds"
            if data.get("speedup_cpu_step")
            else ""
        )
        + "; target 10x. Same ledger (timestamps aside): "
        f"{'yes' if data['same_ledger'] else '**no**'}"
        + (
            " (items that differ: " + ", ".join(f"{n} of {k}" for k, n in data["differences"].items()) + ")"
            if data.get("differences")
            else ""
        )
        + f". Case file: {data['case_file_mb']} MB.",
        "",
        "Where the time of an incremental add goes: the new articles are analysed (the stored analyses of the "
        "others are read back, not redone), the case is routed to stories again (cheap), and only the stories the "
        "new articles join are linked (their claims already seen take their stored vectors); every other story's "
        "linked result is read back from the case, and the ledger is put together and stored. The rest is what any "
        "run pays: loading spaCy and the sentence encoder. What still grows with the case: reading back its "
        "analyses and stories, and writing the ledger. Items that differ are counted as items in one ledger and "
        "not the other.",
    ]


def _load_test(data: dict) -> list[str]:
    jobs = data.get("jobs") or []
    return [
        "## Load on `rashomon serve` (`benchmarks/load.py`)",
        "",
        f"{data['readers']} concurrent readers for {data['seconds']:.0f} s on the JSON API (claims, quotes, "
        "entities, relations, questions pages with filters; the case; now and then the report) of a case of "
        f"{data['base']} generated articles, while one writer adds {data['added']} articles through the API in "
        f"batches of {data['batch']}, following each job. Loopback, one uvicorn process. " + _where(data),
        "",
        "| requests | per s | p50 ms | p95 ms | p99 ms | max ms | errors | writer s | articles at end | nothing lost |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        f"| {data['requests']:,} | {data['requests_per_s']} | {data['p50_ms']} | {data['p95_ms']} | "
        f"{data['p99_ms']} | {data['max_ms']} | {data['errors']} | {data.get('writer_s', '?')} | "
        f"{data['articles_at_end']} (ledger {data['ledger_articles_at_end']}) | "
        f"{'yes' if data['nothing_lost'] else '**no**'} |",
        "",
        f"Jobs: {sum(j['state'] == 'done' for j in jobs)} of {len(jobs)} done; the writer finished "
        f"{data.get('writer_after_reads_s', '?')} s after the readers stopped.",
    ]


def replace_section(lines: list[str], path: Path = HERE / "RESULTS.md") -> Path:
    """Put one benchmark's section (its first line is the ``## `` heading) into RESULTS.md in place of the
    section with that heading, or at the end, leaving everything else as it is (people write there too)."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    old = text.splitlines()
    heading = lines[0]
    if heading in old:
        start = old.index(heading)
        end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")), len(old))
        new = [*old[:start], *lines, "", *old[end:]]
    else:
        new = [*old, "", *lines] if old and old[-1] != "" else [*old, *lines]
    path.write_text("\n".join(new).rstrip("\n") + "\n")
    return path


def render(path: Path = HERE / "RESULTS.md") -> Path:
    """Each benchmark's section from its JSON, put in place of the old one (``replace_section``): the sections
    people wrote between and after them stay. A new file starts with the header and NOTES.md."""
    if not path.exists():
        parts = ["# Benchmark results", "", "Written by the benchmarks and by hand. " + CAVEAT, ""]
        notes = HERE / "NOTES.md"
        if notes.exists():  # the reading of the numbers, written by a person
            parts += [notes.read_text().strip(), ""]
        path.write_text("\n".join(parts))
    for name, section in (
        ("quality.json", _quality),
        ("speed.json", _speed),
        ("link.json", _link),
        ("long_articles.json", _long),
        ("incremental.json", _incremental),
        ("load.json", _load_test),
        ("executors.json", _executors),
    ):
        data = _load(name)
        if data:
            replace_section(section(data), path)
    return path


if __name__ == "__main__":
    print(render())
