"""robots.txt, honoured (RFC 9309): one fetch per site, its answer kept for the rest of the run.

A robots.txt that is missing or forbidden (4xx) allows everything; one that
cannot be read (5xx, a timeout) is taken as "disallow all", as the RFC asks.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import FetchRefused, InputError

AGENT = "rashomon"
MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB
MAX_CRAWL_DELAY = 10.0  # seconds; a longer Crawl-delay is honoured up to this
MAX_AGE = 24 * 3600.0  # seconds an answer is kept (RFC 9309: caches should not be used for longer than 24 hours)


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What one site's robots.txt says to rashomon; ``parser`` None with ``unreadable`` set means disallow all."""

    parser: urllib.robotparser.RobotFileParser | None
    unreadable: str | None = None  # why it could not be read

    def refusal(self, url: str) -> str | None:
        if self.unreadable:
            return f"refused: robots.txt could not be read ({self.unreadable}), so nothing there is fetched"
        if self.parser is not None and not self.parser.can_fetch(AGENT, url):
            return "refused: robots.txt disallows this URL for rashomon"
        return None

    @property
    def crawl_delay(self) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(AGENT)
        return min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0


# (robots URL) -> (HTTP status, text) of the response; raises InputError when there is none.
RobotsGetter = Callable[[str], tuple[int, str]]


class RobotsCache:
    """robots.txt answers by site (``scheme://host:port``), fetched at most once each, thread-safe."""

    def __init__(self, get: RobotsGetter) -> None:
        self._get = get
        self._answers: dict[str, tuple[float, RobotsAnswer]] = {}  # origin -> (time.monotonic() when asked, answer)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def answer(self, origin: str) -> RobotsAnswer:
        """The answer for a site, fetching its robots.txt the first time.

        Raises:
            FetchRefused: the site itself is refused (its robots.txt could not even be asked for).
        """
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            asked = self._answers.get(origin)
            if asked is None or time.monotonic() - asked[0] > MAX_AGE:  # a watch runs for days: ask again daily
                asked = (time.monotonic(), self._fetch(origin))
                self._answers[origin] = asked
            return asked[1]

    def _fetch(self, origin: str) -> RobotsAnswer:
        try:
            status, text = self._get(f"{origin}/robots.txt")
        except FetchRefused:
            raise
        except InputError as exc:
            return RobotsAnswer(None, str(exc))
        if 400 <= status < 500:
            anything = urllib.robotparser.RobotFileParser()
            anything.parse([])  # no robots.txt: no rules
            return RobotsAnswer(anything)
        if status >= 500:
            return RobotsAnswer(None, f"HTTP {status}")
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        return RobotsAnswer(parser)
