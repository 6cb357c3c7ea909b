"""Watching a story: poll feeds, fetch the items not seen before, hand them to a case; survive restarts.

The loop knows nothing of the store. It is given one callable, ``add``, that
takes fetched inputs (``(source, Raw or the reason there is none)``, as
``Fetcher.raws`` yields them) and adds them to the case, relinking it. What the
loop must remember between runs (each feed's ETag and Last-Modified, the ids
of the items already added, its failures) lives in a small JSON state file
beside the case, written atomically after every feed, and only after ``add``
has returned: a crash re-adds at most the last batch (the case skips exact
duplicates), and never loses one.

A feed that fails is polled again later and later (doubling up to six hours);
SIGINT or SIGTERM stops the loop between two requests, with the state saved.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError, RashomonError
from .ingest.feeds import feed_entries
from .ingest.fetch import Fetcher, NotModified, Validators
from .ingest.netguard import Resolver
from .ingest.raw import Raw
from .settings import FetchSettings

STATE_VERSION = 1
MAX_BACKOFF = 6 * 3600.0  # seconds: a failing feed is still tried four times a day
MAX_SEEN = 20_000  # item ids kept per feed (the newest); a feed never lists that many at once
MAX_NEW = 100  # items fetched per poll of one feed; a longer backlog is worked through over the next polls
_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$", re.IGNORECASE)

Fetched = tuple[str, Raw | InputError]
AddFetched = Callable[[Sequence[Fetched]], object]  # adds fetched items to the case (and relinks it)


def parse_every(value: str) -> float:
    """``"15m"``, ``"1h30m"``, ``"45s"`` or plain seconds -> seconds.

    Raises:
        ConfigError: not a duration, or shorter than a second.
    """
    text = value.strip()
    if text.replace(".", "", 1).isdigit():
        seconds = float(text)
    else:
        m = _DURATION.match(text)
        if not m or not any(m.groups()):
            raise ConfigError(f"not a duration: {value!r}; write it like 15m, 1h30m or 90s")
        h, mi, s = (int(g) if g else 0 for g in m.groups())
        seconds = float(h * 3600 + mi * 60 + s)
    if seconds < 1:
        raise ConfigError(f"a poll interval of {value!r} is too short; give at least 1s")
    return seconds


@dataclass
class FeedState:
    """What is remembered about one feed between polls and between runs."""

    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)  # ids of items already handed to the case, oldest first
    failures: int = 0  # consecutive failed polls
    next_poll: float = 0.0  # wall-clock time (epoch seconds) of the next poll
    last_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "etag": self.etag,
            "last_modified": self.last_modified,
            "seen": self.seen[-MAX_SEEN:],
            "failures": self.failures,
            "next_poll": self.next_poll,
            "last_error": self.last_error,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FeedState:
        return cls(
            etag=d.get("etag"),
            last_modified=d.get("last_modified"),
            seen=[str(x) for x in d.get("seen") or ()],
            failures=int(d.get("failures") or 0),
            next_poll=float(d.get("next_poll") or 0.0),
            last_error=d.get("last_error"),
        )


class WatchState:
    """Every watched feed's state, in one JSON file written atomically (a temporary file, then a rename)."""

    def __init__(self, path: str | Path, feeds: dict[str, FeedState] | None = None) -> None:
        self.path = Path(path)
        self.feeds = feeds or {}

    @classmethod
    def load(cls, path: str | Path) -> WatchState:
        """Read the state file; a missing one is a fresh start.

        Raises:
            ConfigError: the file exists but is not a watch state.
        """
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(p)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{p}: not a readable watch state ({exc}); move it away to start afresh") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ConfigError(f"{p}: not a rashomon watch state (version {STATE_VERSION})")
        return cls(p, {url: FeedState.from_dict(s) for url, s in (data.get("feeds") or {}).items()})

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    def save(self) -> None:
        data = {"version": STATE_VERSION, "feeds": {url: s.to_dict() for url, s in sorted(self.feeds.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll of one feed did: ``outcome`` is ``new``, ``unchanged`` or ``failed``."""

    feed: str
    outcome: str
    new: int = 0  # items not seen before
    fetched: int = 0  # of them, how many came back as a page to add
    problem: str | None = None


def poll_feed(url: str, state: FeedState, fetcher: Fetcher, add: AddFetched, *, every: float) -> Poll:
    """Poll one feed now: conditional GET, the new items' pages fetched and handed to ``add``, state updated."""
    try:
        got = fetcher.get(url, validators=Validators(state.etag, state.last_modified))
        if isinstance(got, NotModified):
            return _done(state, Poll(url, "unchanged"), every)
        entries = feed_entries(got.body)
        seen = set(state.seen)
        new = [(ident, link) for ident, link in entries if ident not in seen]
        backlog = len(new) > MAX_NEW
        new = new[:MAX_NEW]
        links = list(dict.fromkeys(link for _, link in new if link))
        fetched = list(fetcher.raws(links)) if links else []
        if fetched:
            add(fetched)
        # Remembered only now that the case holds them: a crash before this line re-adds, never skips.
        state.seen.extend(ident for ident, _ in new)
        del state.seen[:-MAX_SEEN]
        if backlog:  # ask for the whole feed again next time: a 304 would hide the rest of the backlog
            state.etag = state.last_modified = None
        else:
            state.etag, state.last_modified = got.validators.etag, got.validators.last_modified
        ok = sum(isinstance(raw, Raw) for _, raw in fetched)
        poll = _done(state, Poll(url, "new" if new else "unchanged", new=len(new), fetched=ok), every)
        if backlog:
            state.next_poll = time.time()  # the rest of the backlog at the next turn of the loop
        return poll
    except Exception as exc:  # noqa: BLE001 - a long-running loop outlives one bad poll; the reason is kept
        why = str(exc) if isinstance(exc, RashomonError) else f"{exc.__class__.__name__}: {exc}"
        state.failures += 1
        state.last_error = why
        state.next_poll = time.time() + min(every * 2**state.failures, max(MAX_BACKOFF, every))
        return Poll(url, "failed", problem=why)


def _done(state: FeedState, poll: Poll, every: float) -> Poll:
    state.failures = 0
    state.last_error = None
    state.next_poll = time.time() + every
    return poll


def watch(
    feeds: Sequence[str],
    add: AddFetched,
    *,
    state_path: str | Path,
    every: float,
    settings: FetchSettings | None = None,
    once: bool = False,
    stop: threading.Event | None = None,
    report: Callable[[Poll], None] | None = None,
    resolver: Resolver | None = None,
) -> WatchState:
    """Poll ``feeds`` every ``every`` seconds (each feed on its own schedule) until ``stop`` is set.

    Args:
        feeds: feed URLs (RSS or Atom).
        add: hands fetched items to the case.
        state_path: the JSON state file; created when missing, kept between runs.
        every: seconds between two polls of a feed that answered.
        settings: fetch limits and permissions (the safe defaults when None).
        once: poll every feed once, now, whatever its schedule, then return (for tests and cron).
        stop: set it (from a signal handler) to end the loop between two requests.
        report: called after each poll.
        resolver: for tests: ``(host, port) -> addresses``.

    Returns:
        The state as saved.
    """
    stop = stop or threading.Event()
    state = WatchState.load(state_path)
    with Fetcher(settings, resolver=resolver) as fetcher:
        while not stop.is_set():
            now = time.time()
            for url in feeds:
                if stop.is_set():
                    break
                feed = state.feed(url)
                if not once and feed.next_poll > now:
                    continue
                poll = poll_feed(url, feed, fetcher, add, every=every)
                state.save()
                if report:
                    report(poll)
            if once:
                break
            due = min(state.feed(u).next_poll for u in feeds)
            stop.wait(max(0.5, min(due - time.time(), every)))
    state.save()
    return state


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event that SIGINT (Ctrl-C) and SIGTERM set, so the loop stops between two requests with its state saved.

    A second signal is not caught: it interrupts at once, as usual.
    """
    stop = threading.Event()
    previous: dict[int, Any] = {}

    def handle(signum: int, frame: object) -> None:
        stop.set()
        signal.signal(signum, previous[signum])

    for sig in (int(signal.SIGINT), int(signal.SIGTERM)):
        previous[sig] = signal.getsignal(sig)
        signal.signal(sig, handle)
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
