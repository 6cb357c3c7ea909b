"""Linking at scale: time and memory of ``rashomon.link`` on synthetic analyses of 1k ... 100k articles.

The per-article extraction is skipped: analyses (mentions, quantities, times,
claims with frames) are built directly from templates, so this measures
cross-article linking alone: alias merging, embeddings, blocking, clustering,
relations, origins and the timeline. Articles are routed to stories first
(``link.partition``) and each story is linked on its own, so CPU seconds per
1k articles should stay flat as the corpus grows.

    .venv/bin/python benchmarks/bench_link.py --sizes 1000,10000,50000,100000

Each size runs in a fresh process, so its peak RSS is its own. Writes benchmarks/results/link.json and prints a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from rashomon.ledger import number_items
from rashomon.link import link
from rashomon.model import Analysis, Article, Claim, Frame, Mention, Quantity, Role, Span, TimeRef
from rashomon.settings import Settings

FIRST = [
    "Anna",
    "Oleh",
    "Maria",
    "Pavel",
    "Irina",
    "Tomas",
    "Lena",
    "Karim",
    "Sofia",
    "Jonas",
    "Yuri",
    "Ewa",
    "Marco",
    "Hana",
    "Lars",
    "Nadia",
    "Piotr",
    "Amir",
    "Rosa",
    "Viktor",
]
LAST = [
    "Kovalenko",
    "Berg",
    "Novak",
    "Sokol",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Petrov",
    "Kral",
    "Duarte",
    "Virtanen",
    "Nowak",
    "Rossi",
    "Hoff",
    "Yilmaz",
    "Costa",
    "Horvat",
    "Bauer",
    "Ivanenko",
    "Tanaka",
]
PLACES = [
    "Kherson",
    "Odesa",
    "Kharkiv",
    "Sumy",
    "Mariupol",
    "Bakhmut",
    "Izium",
    "Melitopol",
    "Kupiansk",
    "Lviv",
    "Dnipro",
    "Poltava",
    "Chernihiv",
    "Zhytomyr",
    "Kramatorsk",
]
OUTLETS = ["Reuters", "TASS", "AFP", "Interfax", "BBC", "CNN", "Ukrinform", "RIA Novosti"]
THINGS = ["civilians", "soldiers", "prisoners", "passengers", "workers", "children", "residents"]
AGENCIES = ["Defence Ministry", "Foreign Ministry", "Interior Ministry", "General Staff", "Emergency Service"]
SIDES = ["Russian", "Ukrainian"]


def _event(rng: random.Random, n: int) -> dict[str, object]:
    """One event a group of articles is about: where, when, how many, who is blamed."""
    return {
        "place": rng.choice(PLACES),
        "day": dt.date(2023, 1, 1) + dt.timedelta(days=n % 300),
        "count": rng.randint(5, 400),
        "what": rng.choice(THINGS),
        "side": rng.choice(SIDES),
        "official": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "agency": rng.choice(AGENCIES),
        "outlet": rng.choice(OUTLETS),
    }


def synthetic(n_articles: int, seed: int = 7) -> list[Analysis]:
    """Analyses of ``n_articles`` articles, about ten per event, with agreeing and conflicting numbers."""
    rng = random.Random(seed)
    out = []
    events = [_event(rng, i) for i in range(max(1, n_articles // 10))]
    for i in range(n_articles):
        ev = events[i % len(events)]
        count = ev["count"] if rng.random() < 0.8 else int(ev["count"]) + rng.randint(1, 30)  # some disagree
        sentences = [
            (
                f"{ev['official']} of the {ev['side']} {ev['agency']} said that {count} {ev['what']} were killed in "
                f"{ev['place']} on {ev['day']:%B} {ev['day'].day}.",
                "attributed",
            ),
            (
                f"The strike on {ev['place']} was carried out by {ev['side']} forces, {ev['outlet']} reported.",
                "attributed",
            ),
            (
                f"Rescue teams worked through the night in {ev['place']} as {rng.randint(2, 60)} buildings burned.",
                "asserted",
            ),
            (f"{rng.choice(FIRST)} {rng.choice(LAST)}, a local resident, described the scene as chaos.", "asserted"),
            (
                f"The {rng.choice(AGENCIES)} announced {rng.randint(2, 90)} new measures on {rng.choice(PLACES)} "
                f"after the attack.",
                "asserted",
            ),
            (
                f"Prices of bread and fuel rose by {rng.randint(2, 40)} percent in {rng.choice(PLACES)} this week.",
                "asserted",
            ),
        ]
        rng.shuffle(sentences)
        out.append(_analysis(f"A{i + 1}", sentences, ev, count, rng))
    return out


def _analysis(
    aid: str, sentences: list[tuple[str, str]], ev: dict[str, object], count: int, rng: random.Random
) -> Analysis:
    text = " ".join(s for s, _ in sentences)
    article = Article(
        id=aid,
        source=f"{aid}.txt",
        name=f"{aid}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        outlet=str(ev["outlet"]),
        published=(ev["day"] + dt.timedelta(days=rng.randint(0, 3))).isoformat(),  # type: ignore[operator]
        published_from="header",
        language="en",
    )
    mentions, quantities, times, claims, sents = [], [], [], [], []
    pos = 0
    for sentence, stance in sentences:
        span = Span(pos, pos + len(sentence))
        sents.append(span)
        for name, kind in (
            (str(ev["place"]), "GPE"),
            (str(ev["official"]), "PERSON"),
            (str(ev["outlet"]), "MEDIA"),
            (str(ev["side"]), "NORP"),
        ):
            at = sentence.find(name)
            if at >= 0:
                mentions.append(Mention(span=Span(pos + at, pos + at + len(name)), text=name, type=kind, name=name))
        number = str(count)
        at = sentence.find(f" {number} ")
        if at >= 0:
            quantities.append(
                Quantity(
                    article=aid,
                    span=Span(pos + at + 1, pos + at + 1 + len(number)),
                    text=number,
                    value=float(count),
                    counts=str(ev["what"]),
                )
            )
        day_text = f"{ev['day']:%B} {ev['day'].day}"  # type: ignore[str-format]
        at = sentence.find(day_text)
        time_ref = None
        if at >= 0:
            time_ref = Span(pos + at, pos + at + len(day_text))
            times.append(
                TimeRef(
                    article=aid,
                    span=time_ref,
                    text=day_text,
                    value=ev["day"].isoformat(),  # type: ignore[attr-defined]
                    grain="day",
                    anchor="published",
                )
            )
        frames = ()
        at = sentence.find(f"{ev['side']} forces")
        if at >= 0:
            role = Role(
                name="agent", span=Span(pos + at, pos + at + len(f"{ev['side']} forces")), text=f"{ev['side']} forces"
            )
            frames = (Frame(predicate="strike", kind="attack", roles=(role,), main=True),)
        claims.append(Claim(article=aid, span=span, text=sentence, stance=stance, time_ref=time_ref, frames=frames))
        pos += len(sentence) + 1
    return Analysis(
        article=article,
        sentences=tuple(sents),
        mentions=tuple(mentions),
        quantities=tuple(quantities),
        times=tuple(times),
        claims=tuple(claims),
    )


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(n: int, trace: bool = False, threads: int | None = None) -> dict[str, float]:
    """Link ``n`` synthetic articles; run in a fresh process so the peak RSS is this size's alone."""
    from rashomon.link.embeddings import embed

    settings = Settings(threads=threads)
    embed(["warm up the encoder"], settings.threads)  # model loading is not linking
    from rashomon.link.partition import stories

    analyses = number_items(synthetic(n))
    claims = sum(len(a.claims) for a in analyses)
    routing = time.process_time()
    groups = stories(analyses)
    routing = time.process_time() - routing
    before = _rss_mb()
    if trace:  # tracemalloc slows pure-Python code down; off unless asked
        tracemalloc.start()
    start = time.perf_counter()
    cpu = time.process_time()
    linked = link(analyses, settings)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    row = {
        "articles": n,
        "claims": claims,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "claims_per_second": round(claims / seconds),
        "stories": len(groups),
        "largest_story": max(map(len, groups), default=0),
        "routing_cpu_seconds": round(routing, 2),
        "rss_before_mb": round(before, 1),
        "peak_rss_mb": round(_rss_mb(), 1),
        "clusters": len(linked.clusters),
        "contradicts": sum(r.type == "contradicts" for r in linked.relations),
    }
    if trace:
        row["traced_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
        tracemalloc.stop()
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "link.json"))
    ap.add_argument("--trace", action="store_true", help="also measure tracemalloc's peak (slower)")
    ap.add_argument("--threads", type=int, help="BLAS threads of the sentence encoder (default: the core count)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process measuring one size
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.trace, args.threads)))
        return
    rows = []
    print(
        f"{'articles':>8} {'claims':>7} {'seconds':>8} {'cpu s':>7} {'claims/s':>9} {'peak RSS MB':>11} "
        f"{'clusters':>8} {'conflicts':>9}"
    )
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [
            sys.executable,
            __file__,
            "--one",
            str(n),
            *(["--trace"] if args.trace else []),
            *(["--threads", str(args.threads)] if args.threads else []),
        ]
        row = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        rows.append(row)
        print(
            f"{row['articles']:>8} {row['claims']:>7} {row['seconds']:>8} {row['cpu_seconds']:>7} "
            f"{row['claims_per_second']:>9} {row['peak_rss_mb']:>11} {row['clusters']:>8} {row['contradicts']:>9}",
            flush=True,
        )
    if len(rows) >= 2:
        growth = (rows[-1]["seconds"] / rows[0]["seconds"]) / (rows[-1]["articles"] / rows[0]["articles"])
        extra = (rows[-1]["peak_rss_mb"] - rows[-1]["rss_before_mb"]) / max(
            1.0, rows[0]["peak_rss_mb"] - rows[0]["rss_before_mb"]
        )
        print(
            f"time grows {growth:.2f}x as fast as the corpus (1.00 = linear); linking's memory grew {extra:.1f}x "
            f"for {rows[-1]['articles'] / rows[0]['articles']:.0f}x the articles"
        )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**machine(), "threads": args.threads, "rows": rows}, indent=1) + "\n")
    if out == Path(__file__).parent / "results" / "link.json":  # a trial run elsewhere leaves RESULTS.md alone
        from results_md import render

        render()


def machine() -> dict[str, object]:
    """Where and when a result was measured: the lead re-runs on a quiet machine and compares."""
    here = Path(__file__).parent
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=here
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "../src"], capture_output=True, text=True, cwd=here
    ).stdout.strip()
    commit += "+uncommitted src changes" if commit and dirty else ""
    return {
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="minutes"),
        "commit": commit or None,
    }


if __name__ == "__main__":
    main()
