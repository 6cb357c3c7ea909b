"""``rashomon serve`` for real: uvicorn on a loopback port, requests over HTTP, a case in SQLite (and one in
PostgreSQL), articles added through the API and followed as jobs."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rashomon.server import ServerConfig
from rashomon.store import open_case

from .conftest import EXAMPLES
from .live_server import live_server

TOKEN = "test-token-0123456789abcdef"
FILES = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
NEW = (
    "KYIV, March 3 (Wire) - The governor of the region said on Sunday that 14 people were killed when a missile "
    'struck a supermarket in the town of Orlivka. "This was a deliberate attack on civilians," governor Petro '
    "Marchuk told reporters. The defence ministry in Moscow denied that its forces struck the town."
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("served") / "il76.rashomon"
    case = open_case(path)
    case.add(FILES[:2])
    with live_server([case], ServerConfig(token=TOKEN, max_body=1_000_000)) as url:
        yield url


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def _error(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert "Traceback" not in r.text
    return body["error"]


def _wait(base: str, job: str) -> dict[str, Any]:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        state = httpx.get(f"{base}/api/jobs/{job}", headers=_auth()).json()
        if state["state"] in ("done", "failed"):
            return state
        time.sleep(0.5)
    raise AssertionError(f"job {job} did not finish")


def test_health_needs_no_token_and_reads_do(base: str) -> None:
    assert httpx.get(f"{base}/healthz").json()["status"] == "ok"
    assert _error(httpx.get(f"{base}/api/cases"), 401)["code"] == "unauthorized"
    cases = httpx.get(f"{base}/api/cases", headers=_auth()).json()
    assert [c["id"] for c in cases] == ["il76"] and cases[0]["articles"] == 2
    assert _error(httpx.get(f"{base}/api/cases", headers={"Authorization": "Bearer wrong"}), 401)


def test_every_error_has_one_shape(base: str) -> None:
    assert _error(httpx.get(f"{base}/nothing/here"), 404)["code"] == "not_found"
    assert "no case" in _error(httpx.get(f"{base}/api/cases/absent/claims", headers=_auth()), 404)["message"]
    assert _error(httpx.delete(f"{base}/api/cases", headers=_auth()), 405)["code"] == "method_not_allowed"
    assert _error(httpx.get(f"{base}/api/cases/il76/claims?limit=0", headers=_auth()), 422)["code"] == "invalid"
    assert _error(httpx.get(f"{base}/api/cases/il76/claims?day=yesterday", headers=_auth()), 422)
    assert _error(httpx.get(f"{base}/api/cases/il76/bananas", headers=_auth()), 422)
    bad_json = httpx.post(
        f"{base}/api/cases/il76/articles", content=b"{not json", headers={**_auth(), "Content-Type": "application/json"}
    )
    assert _error(bad_json, 422)
    too_big = httpx.post(f"{base}/api/cases/il76/articles", content=b"x" * 1_500_000, headers=_auth())
    assert _error(too_big, 413)["code"] == "too_large"


def test_the_report_is_served_with_its_policy_as_a_header(base: str) -> None:
    assert httpx.get(f"{base}/cases/il76/").status_code == 401
    with httpx.Client(base_url=base) as client:
        r = client.get("/cases/il76/", params={"token": TOKEN}, follow_redirects=True)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        policy = r.headers["content-security-policy"]
        assert f'content="{policy}"' in r.text and "default-src 'none'" in policy
        assert client.cookies.get("rashomon_token") == TOKEN
        # the cookie reads, it never writes
        assert client.post("/api/cases/il76/articles", json={"articles": [{"content": NEW}]}).status_code == 401


def test_filters_and_pages(base: str) -> None:
    h = _auth()
    whole = httpx.get(f"{base}/api/cases/il76/claims", params={"limit": 500}, headers=h).json()
    assert whole["total"] == len(whole["items"]) > 10
    pages = [
        httpx.get(f"{base}/api/cases/il76/claims", params={"offset": o, "limit": 7}, headers=h).json()["items"]
        for o in range(0, whole["total"], 7)
    ]
    assert [c for p in pages for c in p] == whole["items"]
    stances = {c["stance"] for c in whole["items"]}
    for stance in stances:
        got = httpx.get(f"{base}/api/cases/il76/claims", params={"stance": stance, "limit": 500}, headers=h).json()
        assert got["total"] == sum(c["stance"] == stance for c in whole["items"]) and got["total"] > 0
    ledger = httpx.get(f"{base}/api/cases/il76/ledger", headers=h).json()
    speaker = next(c["speaker"] for c in ledger["claims"] if c["speaker"])
    by_entity = httpx.get(f"{base}/api/cases/il76/claims", params={"entity": speaker, "limit": 500}, headers=h).json()
    assert 0 < by_entity["total"] < whole["total"]
    assert all(
        c["speaker"] == speaker or any(r["entity"] == speaker for f in c["frames"] for r in f["roles"])
        for c in by_entity["items"]
    )
    for kind in ("relations", "questions"):
        got = httpx.get(f"{base}/api/cases/il76/{kind}", headers=h).json()
        assert got["total"] == len(ledger.get(kind, []))


def test_articles_added_through_the_api_arrive_as_a_job(base: str) -> None:
    h = _auth()
    before = httpx.get(f"{base}/api/cases/il76", headers=h).json()["articles"]
    assert httpx.post(f"{base}/api/cases/il76/articles", json={"articles": [{"content": NEW}]}).status_code == 401
    r = httpx.post(
        f"{base}/api/cases/il76/articles",
        json={"articles": [{"content": NEW, "name": "orlivka"}, {"content": "<p>   </p>", "format": "html"}]},
        headers=h,
    )
    assert r.status_code == 202, r.text
    done = _wait(base, r.json()["job"])
    assert done["state"] == "done", done
    assert done["result"]["added"] == [f"A{before + 1}"]
    assert [i["status"] for i in done["result"]["inputs"]] == ["ok", "skipped"]
    with open(FILES[2], "rb") as fh:
        r = httpx.post(
            f"{base}/api/cases/il76/files", files=[("files", ("third.txt", fh.read(), "text/plain"))], headers=h
        )
    assert r.status_code == 202, r.text
    assert _wait(base, r.json()["job"])["state"] == "done"
    record = json.dumps(
        {"text": NEW.replace("14 people", "16 people"), "outlet": "Wire Desk", "published": "2024-03-03"}
    )
    r = httpx.post(
        f"{base}/api/cases/il76/articles", json={"articles": [{"content": record, "format": "json"}]}, headers=h
    )
    assert _wait(base, r.json()["job"])["state"] == "done"
    ledger = httpx.get(f"{base}/api/cases/il76/ledger", headers=h).json()
    assert len(ledger["articles"]) == before + 3
    assert any(a["source"] == "api:orlivka.txt" for a in ledger["articles"])
    in_outlet = {a["id"] for a in ledger["articles"] if a["outlet"] == "Wire Desk"}
    assert len(in_outlet) == 1
    quotes = httpx.get(f"{base}/api/cases/il76/quotes", params={"outlet": "WIRE DESK"}, headers=h).json()
    assert quotes["total"] == sum(q["article"] in in_outlet for q in ledger["quotes"]) > 0
    claims = httpx.get(f"{base}/api/cases/il76/claims", params={"outlet": "wire desk", "day": "2024-03-03"}, headers=h)
    assert claims.json()["total"] == sum(c["article"] in in_outlet for c in ledger["claims"]) > 0
    on_day = httpx.get(f"{base}/api/cases/il76/entities", params={"day": "2024-03-03", "limit": 500}, headers=h).json()
    assert on_day["total"] == sum(any(m["article"] in in_outlet for m in e["mentions"]) for e in ledger["entities"]) > 0
    assert _error(httpx.get(f"{base}/api/jobs/nope", headers=h), 404)


def test_a_public_server_reads_without_a_token_but_never_writes(tmp_path: Path) -> None:
    case = open_case(tmp_path / "empty.rashomon")
    with live_server([case], ServerConfig(token=TOKEN, public=True)) as url:
        assert httpx.get(f"{url}/api/cases/empty/claims").json()["total"] == 0
        assert httpx.get(f"{url}/cases/empty/").status_code == 200
        assert _error(httpx.post(f"{url}/api/cases/empty/articles", json={"articles": [{"content": NEW}]}), 401)


def test_a_case_in_postgresql_is_served(pg_schema: str) -> None:
    case = open_case("pgcase", pg_schema)
    case.add(FILES[:1])
    with live_server([case], ServerConfig(token=TOKEN)) as url:
        got = httpx.get(f"{url}/api/cases/pgcase/quotes", headers=_auth()).json()
        assert got["total"] == len(case.ledger().quotes) > 0


def test_the_token_is_made_once_and_kept_private(tmp_path: Path) -> None:
    from rashomon.server.run import read_or_make_token

    path = tmp_path / "rashomon-token"
    token, made = read_or_make_token(path)
    assert made and len(token) >= 32 and path.stat().st_mode & 0o077 == 0
    assert read_or_make_token(path) == (token, False)
    path.write_text("short\n")
    with pytest.raises(Exception, match="too short"):
        read_or_make_token(path)


def test_rashomon_serve_prints_a_link_that_opens(tmp_path: Path) -> None:
    import re
    import socket
    import subprocess
    import sys

    case = open_case(tmp_path / "tiny.rashomon")
    case.add(FILES[:1])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "rashomon", "serve", str(tmp_path / "tiny.rashomon"), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        assert lines[0].startswith(f"new token written to {tmp_path / 'rashomon-token'}")
        link = re.search(r"http://127\.0\.0\.1:\d+/cases/tiny/\?token=\S+", lines[1])
        assert link, lines
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(link[0], follow_redirects=True)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
        assert r.status_code == 200 and "<!doctype html>" in r.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
