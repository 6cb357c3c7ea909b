"""Load on ``rashomon serve``: concurrent readers on the JSON API while a writer adds articles.

    .venv/bin/python benchmarks/load.py --readers 50 --seconds 30 --add 100

Builds a case of ``--base`` generated articles, starts ``rashomon serve`` on a
free loopback port (a real uvicorn process), then for ``--seconds`` runs
``--readers`` concurrent clients reading claims, quotes, entities, relations
(pages with filters), the case's counts and the report, while one writer adds
``--add`` more articles through the API in batches and follows each job. Records
p50/p95/p99 latency, requests and errors, how long the writer took, and checks
that the case ends with every article (nothing lost). Loopback only. Writes
benchmarks/results/load.json and rewrites benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_link import machine  # noqa: E402
from generate import corpus, write  # noqa: E402

TOKEN = "load-benchmark-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _paths(case: str, rng: random.Random) -> str:
    kind = rng.choice(["claims", "claims", "quotes", "entities", "relations", "questions"])
    params = [f"offset={rng.randrange(0, 200)}", f"limit={rng.choice([10, 50, 100])}"]
    if kind == "claims" and rng.random() < 0.5:
        params.append(f"stance={rng.choice(['asserted', 'attributed', 'hedged', 'denied'])}")
    roll = rng.random()
    if roll < 0.05:
        return f"/cases/{case}/"
    if roll < 0.10:
        return f"/api/cases/{case}"
    return f"/api/cases/{case}/{kind}?{'&'.join(params)}"


async def _reader(base: str, case: str, seed: int, until: float, latencies: list[float], errors: list[str]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, headers=AUTH, timeout=60) as client:
        while time.monotonic() < until:
            path = _paths(case, rng)
            t0 = time.perf_counter()
            try:
                r = await client.get(path)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{exc.__class__.__name__} {path}")
            latencies.append(time.perf_counter() - t0)


async def _writer(base: str, case: str, texts: list[str], batch: int, log: dict[str, object]) -> None:
    t0 = time.perf_counter()
    jobs = []
    async with httpx.AsyncClient(base_url=base, headers=AUTH, timeout=120) as client:
        for i in range(0, len(texts), batch):
            body = {"articles": [{"content": t, "name": f"w{i + j:04d}"} for j, t in enumerate(texts[i : i + batch])]}
            r = await client.post(f"/api/cases/{case}/articles", json=body)
            r.raise_for_status()
            job = r.json()["job"]
            while True:
                state = (await client.get(f"/api/jobs/{job}")).json()
                if state["state"] in ("done", "failed"):
                    break
                await asyncio.sleep(0.5)
            jobs.append({"state": state["state"], "added": len((state.get("result") or {}).get("added", []))})
    log["writer_s"] = round(time.perf_counter() - t0, 1)
    log["jobs"] = jobs


async def _load(base: str, case: str, readers: int, seconds: float, texts: list[str], batch: int) -> dict[str, object]:
    latencies: list[float] = []
    errors: list[str] = []
    writer_log: dict[str, object] = {}
    until = time.monotonic() + seconds
    writer = asyncio.create_task(_writer(base, case, texts, batch, writer_log))
    await asyncio.gather(*(_reader(base, case, n, until, latencies, errors) for n in range(readers)))
    reads_done = time.monotonic()
    await asyncio.wait_for(writer, timeout=900)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p95_ms": round(q[94] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
        "errors": len(errors),
        "error_examples": errors[:5],
        "writer_after_reads_s": round(time.monotonic() - reads_done, 1),
        **writer_log,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=100, help="articles in the case before the run")
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--add", type=int, default=100, help="articles the writer adds")
    ap.add_argument("--batch", type=int, default=10, help="articles per add request")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "load.json")
    args = ap.parse_args()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="rashomon-load-") as tmp:
        root = Path(tmp)
        articles = corpus(args.base + args.add, seed=args.seed)
        base_dir = write(articles[: args.base], root / "base")
        case = root / "load.rashomon"
        t0 = time.perf_counter()
        subprocess.run([bin_dir / "rashomon", "add", str(case), str(base_dir), "-q"], check=True)
        print(f"case of {args.base} articles built in {time.perf_counter() - t0:.0f} s", flush=True)
        (root / "token").write_text(TOKEN + "\n")
        port = _free_port()
        server = subprocess.Popen(
            [bin_dir / "rashomon", "serve", str(case), "--port", str(port), "--token-file", str(root / "token")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit(f"the server did not start: {server.stderr.read().decode() if server.stderr else ''}")
                time.sleep(0.3)
            texts = [a.text for a in articles[args.base :]]
            print(f"{args.readers} readers for {args.seconds:.0f} s while a writer adds {args.add} ...", flush=True)
            result = asyncio.run(_load(base, "load", args.readers, args.seconds, texts, args.batch))
            info = httpx.get(f"{base}/api/cases/load", headers=AUTH, timeout=60).json()
            ledger = httpx.get(f"{base}/api/cases/load/ledger", headers=AUTH, timeout=120).json()
        finally:
            server.terminate()
            server.wait(timeout=30)
    expected = args.base + args.add
    result.update(
        {
            **machine(),
            "base": args.base,
            "readers": args.readers,
            "seconds": args.seconds,
            "added": args.add,
            "batch": args.batch,
            "articles_at_end": info["articles"],
            "ledger_articles_at_end": len(ledger["articles"]),
            "nothing_lost": info["articles"] == expected and len(ledger["articles"]) == expected,
        }
    )
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    if args.out == HERE / "results" / "load.json":  # a trial run elsewhere leaves RESULTS.md alone
        from results_md import _load_test, replace_section

        replace_section(_load_test(result))
    if not result["nothing_lost"]:
        sys.exit(f"articles lost: {info['articles']} stored, {len(ledger['articles'])} in the ledger, {expected} sent")


if __name__ == "__main__":
    main()
