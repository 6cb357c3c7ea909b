"""The watch loop against a real feed on loopback: new items only, conditional GET, state across restarts,
backoff on errors, and a clean stop on SIGTERM."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from rashomon.errors import ConfigError, InputError
from rashomon.ingest.raw import Raw
from rashomon.watch import Poll, WatchState, parse_every, watch

from .loopback import Site, running_site
from .test_fetch import STORY, page, settings


@pytest.fixture
def site() -> Iterator[Site]:
    yield from running_site()


class Feed:
    """An RSS feed on the site whose items and ETag a test changes; it answers 304 to its current ETag."""

    def __init__(self, site: Site, items: list[str]) -> None:
        self.site, self.items, self.version, self.fail = site, items, 1, False
        site.routes["/feed.xml"] = self.handle
        for name in items:
            site.serve(f"/{name}", page(f"{STORY} Update {name}."))

    def add_item(self, name: str) -> None:
        self.items.append(name)
        self.version += 1
        self.site.serve(f"/{name}", page(f"{STORY} Update {name}."))

    def handle(self, h: http.server.BaseHTTPRequestHandler) -> None:
        etag = f'"v{self.version}"'
        if self.fail:
            h.send_response(500)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        items = "".join(
            f"<item><title>{n}</title><guid>id-{n}</guid><link>{self.site.url('/' + n)}</link></item>"
            for n in self.items
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'.encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", etag)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


class Case:
    """Stands in for the case store's ``add_raw``: keeps what it is handed."""

    def __init__(self, fail: bool = False) -> None:
        self.batches: list[list[tuple[str, Raw | InputError]]] = []
        self.fail = fail

    def __call__(self, fetched: Sequence[tuple[str, Raw | InputError]]) -> None:
        if self.fail:
            raise ConfigError("the case is locked")
        self.batches.append(list(fetched))

    def sources(self) -> list[str]:
        return [s for batch in self.batches for s, _ in batch]


def run_once(site: Site, case: Case, state: Path) -> list[Poll]:
    polls: list[Poll] = []
    watch(
        [site.url("/feed.xml")],
        case,
        state_path=state,
        every=60,
        settings=settings(site),
        once=True,
        report=polls.append,
    )
    return polls


def test_new_items_are_fetched_and_added_once_across_restarts(site: Site, tmp_path: Path) -> None:
    feed = Feed(site, ["a", "b"])
    case, state = Case(), tmp_path / "case.watch.json"
    polls = run_once(site, case, state)
    assert [(p.outcome, p.new, p.fetched) for p in polls] == [("new", 2, 2)]
    assert case.sources() == [site.url("/a"), site.url("/b")]
    raw = case.batches[0][0][1]
    assert isinstance(raw, Raw) and raw.fetched is not None and raw.fetched.final_url == site.url("/a")
    saved = json.loads(state.read_text())
    assert saved["feeds"][site.url("/feed.xml")]["seen"] == ["id-a", "id-b"]
    assert saved["feeds"][site.url("/feed.xml")]["etag"] == '"v1"'

    # a restart: the feed is unchanged, asked conditionally, and nothing is added again
    polls = run_once(site, case, state)
    assert [(p.outcome, p.new) for p in polls] == [("unchanged", 0)]
    assert site.seen[-1].headers.get("if-none-match") == '"v1"'
    assert len(case.batches) == 1

    # a new item: only it is fetched
    feed.add_item("c")
    polls = run_once(site, case, state)
    assert [(p.outcome, p.new, p.fetched) for p in polls] == [("new", 1, 1)]
    assert case.sources()[-1] == site.url("/c") and len(case.batches) == 2
    assert site.paths().count("/a") == 1


def test_failing_feed_backs_off_and_keeps_its_state(site: Site, tmp_path: Path) -> None:
    feed = Feed(site, ["a"])
    feed.fail = True
    case, state = Case(), tmp_path / "s.json"
    before = time.time()
    polls = run_once(site, case, state)
    assert polls[0].outcome == "failed" and polls[0].problem == "HTTP 500 Internal Server Error"
    saved = json.loads(state.read_text())["feeds"][site.url("/feed.xml")]
    assert saved["failures"] == 1 and saved["next_poll"] >= before + 120  # twice the interval
    polls = run_once(site, case, state)
    assert json.loads(state.read_text())["feeds"][site.url("/feed.xml")]["failures"] == 2
    feed.fail = False
    polls = run_once(site, case, state)
    assert polls[0].outcome == "new" and json.loads(state.read_text())["feeds"][site.url("/feed.xml")]["failures"] == 0


def test_items_are_not_marked_seen_when_the_case_refuses_them(site: Site, tmp_path: Path) -> None:
    Feed(site, ["a"])
    state = tmp_path / "s.json"
    polls = run_once(site, Case(fail=True), state)
    assert polls[0].outcome == "failed" and polls[0].problem == "the case is locked"
    assert json.loads(state.read_text())["feeds"][site.url("/feed.xml")]["seen"] == []
    case = Case()
    polls = run_once(site, case, state)  # the next poll adds them
    assert case.sources() == [site.url("/a")]


def test_stop_event_ends_the_loop(site: Site, tmp_path: Path) -> None:
    Feed(site, ["a"])
    stop = threading.Event()
    polls: list[Poll] = []

    def report(p: Poll) -> None:
        polls.append(p)
        stop.set()

    start = time.monotonic()
    watch(
        [site.url("/feed.xml")], Case(), state_path=tmp_path / "s.json", every=3600, settings=settings(site),
        stop=stop, report=report,
    )  # fmt: skip
    assert len(polls) == 1 and time.monotonic() - start < 5


def test_sigterm_stops_cleanly_with_state_saved(site: Site, tmp_path: Path) -> None:
    Feed(site, ["a"])
    state = tmp_path / "s.json"
    script = textwrap.dedent(
        f"""
        import sys
        from rashomon.settings import FetchSettings
        from rashomon.watch import stop_on_signals, watch
        s = FetchSettings(allow_loopback=True, ports=({site.port},), interval=0)
        with stop_on_signals() as stop:
            watch([{site.url("/feed.xml")!r}], lambda fetched: print("added", len(fetched), flush=True),
                  state_path={str(state)!r}, every=3600, settings=s, stop=stop)
        print("stopped", flush=True)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "added 1"
        os.kill(proc.pid, signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert out.strip() == "stopped" and "Traceback" not in err
    assert json.loads(state.read_text())["feeds"][site.url("/feed.xml")]["seen"] == ["id-a"]


@pytest.mark.parametrize("value, seconds", [("15m", 900), ("1h30m", 5400), ("90s", 90), ("45", 45), ("2h", 7200)])
def test_parse_every(value: str, seconds: float) -> None:
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["soon", "0s", "", "15 minutes"])
def test_parse_every_rejects(value: str) -> None:
    with pytest.raises(ConfigError):
        parse_every(value)


def test_state_file_that_is_not_ours_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "s.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ConfigError, match="not a rashomon watch state"):
        WatchState.load(bad)


def test_a_long_backlog_is_worked_through_a_batch_per_poll(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rashomon.watch

    monkeypatch.setattr(rashomon.watch, "MAX_NEW", 2)
    Feed(site, ["a", "b", "c", "d", "e"])
    case, state = Case(), tmp_path / "s.json"
    feed_state = lambda: json.loads(state.read_text())["feeds"][site.url("/feed.xml")]  # noqa: E731
    assert [p.new for p in run_once(site, case, state)] == [2]
    assert feed_state()["etag"] is None  # not asked conditionally while a backlog remains
    assert [p.new for p in run_once(site, case, state)] == [2]
    assert [p.new for p in run_once(site, case, state)] == [1]
    assert feed_state()["etag"] == '"v1"'
    assert case.sources() == [site.url(f"/{n}") for n in "abcde"]
    assert [p.outcome for p in run_once(site, case, state)] == ["unchanged"]
