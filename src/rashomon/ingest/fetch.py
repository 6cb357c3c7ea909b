"""Pages and feeds from the web (httpx): guarded, bounded, polite, and traceable to the bytes served.

- **Guarded**: every connection passes ``netguard`` (public addresses, ports 80
  and 443, the address checked is the address connected to); redirects are
  followed here, one at a time, at most ``max_redirects``, each one checked again.
- **Bounded**: connect, read and total timeouts; the body is capped while it
  streams, and again after gzip/deflate decoding (a compression bomb stops at
  the cap); only HTML, XML (RSS/Atom), JSON and plain text are read.
- **Polite**: robots.txt honoured; per-host concurrency and spacing between
  requests; ``Retry-After`` honoured up to a bound; conditional GET with the
  validators of an earlier fetch; a User-Agent that names rashomon.
- **Traceable**: each body comes with its requested and final URL, the time,
  the status and the sha256 of the bytes as served, and is archived as WARC
  when a WARC file is named.

Every failure is an ``InputError`` whose message is the one line a user reads.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import re
import ssl
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from .._version import __version__
from ..errors import FetchRefused, InputError, InputFailed, InputSkipped
from ..model import FetchRecord
from ..settings import FetchSettings
from .netguard import Guard, GuardedBackend, Resolver, system_resolver
from .pages import ACCEPTED_TYPES, HTML_TYPES
from .raw import Raw, is_url  # noqa: F401 (is_url: imported from here too)
from .robots import MAX_ROBOTS_BYTES, RobotsCache
from .warc import WarcArchive

USER_AGENT = f"rashomon/{__version__} (+https://github.com/rashomon/rashomon)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7"
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({429, 503})
_MAX_WAITS = 2  # Retry-After waits for one URL before its answer is taken as final

# <link rel="canonical" href=...> and <meta property="og:url" content=...>, attributes in any order.
_TAG = re.compile(rb"<(link|meta)\b([^>]{0,2000})>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([A-Za-z][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HEAD_BYTES = 200_000  # canonical links are looked for in the first bytes only


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET sends back: the ETag and Last-Modified of the copy already held."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """A body fetched with 2xx, decoded from gzip/deflate, with its provenance."""

    requested_url: str
    final_url: str
    status: int
    fetched_at: str
    content_type: str | None  # the media type, without parameters; None when the server sent none
    body: bytes
    sha256: str  # of the body as served
    validators: Validators = field(default_factory=Validators)
    warc_record: str | None = None

    def record(self) -> FetchRecord:
        return FetchRecord(
            requested_url=self.requested_url,
            final_url=self.final_url,
            fetched_at=self.fetched_at,
            status=self.status,
            sha256=self.sha256,
            content_type=self.content_type,
            warc_record=self.warc_record,
        )

    def raw(self) -> Raw:
        """The body as an input, as a file's bytes would be, with its type and provenance."""
        name = self.final_url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or self.final_url
        return Raw(self.requested_url, name, self.body, content_type=self.content_type, fetched=self.record())


@dataclass(frozen=True, slots=True)
class NotModified:
    """A conditional GET answered 304: the copy held is current."""

    requested_url: str
    final_url: str


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: httpx.URL


@dataclass(frozen=True, slots=True)
class _Wait:
    seconds: float
    status: int


@dataclass(slots=True)
class _Host:
    slots: threading.BoundedSemaphore
    interval: float
    next_start: float = 0.0


class _HostGate:
    """At most ``per_host`` requests in flight to one host, and ``interval`` seconds between their starts."""

    def __init__(self, per_host: int, interval: float) -> None:
        self._per_host = per_host
        self._interval = interval
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(self._per_host), self._interval)
            return self._hosts[host]

    def slow_down(self, host: str, seconds: float) -> None:
        """A host's robots.txt asks for a longer Crawl-delay."""
        gate = self._host(host)
        with self._lock:
            gate.interval = max(gate.interval, seconds)

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        gate = self._host(host)
        gate.slots.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, gate.next_start)
                gate.next_start = start + gate.interval
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            gate.slots.release()


class _Decoder:
    """Content-Encoding undone chunk by chunk, never producing more than the room left under the cap."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._zlib: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib-wrapped; raw deflate is tried on error
        else:
            self._zlib = None
        self._first = True
        self._ended = False  # trailing bytes after the last member: ignored, as browsers do

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of ``data``; raises ``_TooBig`` as soon as they would pass ``room``."""
        if self._zlib is None:
            if len(data) > room:
                raise _TooBig
            return data
        if self._ended:
            return b""
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if not (self._first and self.encoding == "deflate"):
                raise
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, room + 1)
        self._first = False
        while len(out) <= room:  # so room + 1 - len(out) >= 1 below: a max_length of 0 means "no limit"
            if self._zlib.unconsumed_tail:
                out += self._zlib.decompress(self._zlib.unconsumed_tail, room + 1 - len(out))
            elif self._zlib.eof and self._zlib.unused_data:
                rest = self._zlib.unused_data  # the next gzip member: a body may be several, concatenated
                self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                try:
                    out += self._zlib.decompress(rest, room + 1 - len(out))
                except zlib.error:
                    self._ended = True
                    break
            else:
                break
        if len(out) > room:
            raise _TooBig
        return bytes(out)


class _TooBig(Exception):
    """The decoded body passed the cap."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _media_type(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number of seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _origin(url: httpx.URL) -> str:
    default = 443 if url.scheme == "https" else 80
    port = f":{url.port}" if url.port and url.port != default else ""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{url.scheme}://{host}{port}"


def normal_url(url: str) -> str:
    """A URL as a key for "the same page": scheme and host lower-cased, default port and fragment dropped."""
    try:
        u = httpx.URL(url.strip())
    except (httpx.InvalidURL, ValueError, TypeError):
        return url.strip()
    path = u.raw_path.decode("ascii", "replace") or "/"
    return f"{_origin(u)}{path}"


def canonical_urls(body: bytes, base: str) -> list[str]:
    """The page's ``rel=canonical`` and ``og:url`` links, made absolute against ``base`` (http and https only)."""
    found: list[str] = []
    for m in _TAG.finditer(body[:_HEAD_BYTES]):
        attrs: dict[bytes, bytes] = {}
        for a in _ATTRIBUTE.finditer(m[2]):
            attrs[a[1].lower()] = a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]
        if m[1].lower() == b"link" and b"canonical" in attrs.get(b"rel", b"").lower().split():
            href = attrs.get(b"href")
        elif m[1].lower() == b"meta" and attrs.get(b"property", attrs.get(b"name", b"")).lower() == b"og:url":
            href = attrs.get(b"content")
        else:
            continue
        if not href:
            continue
        try:
            absolute = httpx.URL(base).join(href.decode("utf-8", "replace").strip())
        except (httpx.InvalidURL, ValueError):
            continue
        # A canonical link to a site's front page is a common misconfiguration, not a claim of sameness.
        if absolute.scheme in ("http", "https") and absolute.path not in ("", "/"):
            found.append(str(absolute))
    return found


class Fetcher:
    """One run's HTTP client: its guard, host gates, robots.txt answers and WARC archive.

    Use as a context manager (or call ``close``). Thread-safe: ``raws`` fetches
    in a pool of ``settings.concurrency`` threads.

    Args:
        settings: limits and permissions; the defaults are the safe ones.
        resolver: ``(host, port) -> addresses``; the system resolver by default (tests map names anywhere).
    """

    def __init__(self, settings: FetchSettings | None = None, *, resolver: Resolver | None = None) -> None:
        self.settings = settings = settings or FetchSettings()
        self.guard = Guard(settings.allow_loopback, settings.ports, resolver or system_resolver)
        self._request = threading.local()  # the deadline of the request this thread is making
        transport = httpx.HTTPTransport(trust_env=False, retries=0)
        # The same pool httpx builds, with the guard as its network backend: every TCP connection the
        # client opens (redirect targets, robots.txt, keep-alive reconnects) goes through Guard.resolve.
        if settings.ca_file:
            tls = ssl.create_default_context(cafile=settings.ca_file)
        else:
            tls = httpx.create_ssl_context(trust_env=False)
        transport._pool = httpcore.ConnectionPool(
            ssl_context=tls,  # verifies the certificate for the URL's host name, which is also sent as SNI
            max_connections=max(settings.concurrency, 1) * 2,
            max_keepalive_connections=settings.concurrency,
            keepalive_expiry=5.0,
            retries=0,
            network_backend=GuardedBackend(self.guard, self._deadline),
        )
        self._client = httpx.Client(
            transport=transport,
            trust_env=False,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )
        self._hosts = _HostGate(settings.per_host, settings.interval)
        self._robots = RobotsCache(self._robots_txt)
        self._warc = WarcArchive(settings.warc) if settings.warc else None

    def _deadline(self) -> float | None:
        return getattr(self._request, "deadline", None)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------ public

    def get(self, url: str, *, validators: Validators | None = None) -> Page | NotModified:
        """Fetch one URL, following redirects through the guard.

        Args:
            url: an http(s) URL.
            validators: from an earlier fetch of the same URL; a 304 answer returns ``NotModified``.

        Raises:
            FetchRefused: the URL, an address it resolves to, a redirect target or robots.txt refuses it.
            InputSkipped: a body of the wrong type or over the size cap.
            InputFailed: the server answered with an error, too slowly, too many redirects, or not at all.
        """
        s = self.settings
        return self._fetch(url, validators=validators, robots=s.robots, cap=s.max_bytes, archive=True)

    def raws(self, urls: Sequence[str]) -> Iterator[tuple[str, Raw | InputError]]:
        """Fetch every URL (concurrently, politely) and yield ``(url, raw body or reason)`` in the given order.

        A URL given twice, or a page whose final or canonical URL was already
        fetched, is reported as a duplicate of the first.
        """
        firsts: dict[str, str] = {}
        for url in urls:
            firsts.setdefault(normal_url(url), url)
        workers = max(1, min(self.settings.concurrency, len(firsts)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rashomon-fetch") as pool:
            futures = {key: pool.submit(self._page_or_reason, url) for key, url in firsts.items()}
            held: dict[str, str] = {}  # normal final/canonical URL -> the input that had it first
            done: set[str] = set()
            for url in urls:
                key = normal_url(url)
                if key in done:
                    yield url, InputSkipped(f"duplicate of {firsts[key]} (the same URL)")
                    continue
                done.add(key)
                result = futures[key].result()
                if isinstance(result, InputError):
                    yield url, result
                    continue
                if isinstance(result, NotModified):  # no validators are sent here; kept for completeness
                    yield url, InputSkipped("not modified since the last fetch")
                    continue
                keys = {normal_url(result.final_url): "final URL"}
                if result.content_type in HTML_TYPES or result.content_type is None:
                    for canonical in canonical_urls(result.body, result.final_url):
                        keys.setdefault(normal_url(canonical), "canonical URL")
                dup = next(((held[k], what, k) for k, what in keys.items() if k in held), None)
                if dup:
                    yield url, InputSkipped(f"duplicate of {dup[0]} (the same {dup[1]}, {dup[2]})")
                    continue
                for k in keys:
                    held.setdefault(k, url)
                yield url, result.raw()

    # ------------------------------------------------------------ one URL

    def _page_or_reason(self, url: str) -> Page | NotModified | InputError:
        try:
            return self.get(url)
        except InputError as exc:
            return exc

    def _robots_txt(self, url: str) -> tuple[int, str]:
        page = self._fetch(url, validators=None, robots=False, cap=MAX_ROBOTS_BYTES, archive=False, statuses=True)
        assert isinstance(page, Page)
        return page.status, page.body.decode("utf-8", "replace")

    def _fetch(
        self,
        url: str,
        *,
        validators: Validators | None,
        robots: bool,
        cap: int,
        archive: bool,
        statuses: bool = False,
    ) -> Page | NotModified:
        try:
            current = httpx.URL(url.strip())
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise InputFailed(f"not a valid URL: {exc}") from None
        hops = waits = 0
        while True:
            self.guard.check_url(current)
            if robots:
                answer = self._robots.answer(_origin(current))
                why = answer.refusal(str(current))
                if why:
                    raise FetchRefused(why)
                if answer.crawl_delay:
                    self._hosts.slow_down(_origin(current), answer.crawl_delay)
            outcome = self._exchange(current, validators=validators, cap=cap, statuses=statuses, archive=archive)
            if isinstance(outcome, _Redirect):
                hops += 1
                if hops > self.settings.max_redirects:
                    raise InputFailed(
                        f"too many redirects (more than {self.settings.max_redirects}); the last one went to "
                        f"{outcome.location}"
                    )
                current = outcome.location
                continue
            if isinstance(outcome, _Wait):
                waits += 1
                limit = self.settings.max_retry_after
                if outcome.seconds > limit:
                    raise InputFailed(
                        f"HTTP {outcome.status}: the server asks to come back in {outcome.seconds:.0f} s, "
                        f"longer than the {limit:.0f} s rashomon waits"
                    )
                if waits > _MAX_WAITS:
                    raise InputFailed(f"HTTP {outcome.status}: still refused after waiting {_MAX_WAITS} times")
                time.sleep(outcome.seconds)
                continue
            if isinstance(outcome, NotModified):
                return NotModified(url, outcome.final_url)
            return Page(
                requested_url=url,
                final_url=outcome.final_url,
                status=outcome.status,
                fetched_at=outcome.fetched_at,
                content_type=outcome.content_type,
                body=outcome.body,
                sha256=outcome.sha256,
                validators=outcome.validators,
                warc_record=outcome.warc_record,
            )

    def _exchange(
        self, url: httpx.URL, *, validators: Validators | None, cap: int, statuses: bool, archive: bool
    ) -> Page | NotModified | _Redirect | _Wait:
        s = self.settings
        headers = {"Accept": ACCEPT}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        host = _origin(url)
        with self._hosts.slot(host):
            deadline = self._request.deadline = time.monotonic() + s.total_timeout
            timeout = httpx.Timeout(
                connect=min(s.connect_timeout, s.total_timeout),
                read=min(s.read_timeout, s.total_timeout),
                write=min(s.read_timeout, s.total_timeout),
                pool=s.total_timeout,
            )
            try:
                request = self._client.build_request("GET", url, headers=headers, timeout=timeout)
                response = self._client.send(request, stream=True)  # every socket wait is cut at the deadline
                try:
                    return self._answer(url, request, response, validators, cap, statuses, archive, deadline)
                finally:
                    response.close()
            except InputError:
                raise
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as exc:
                raise _network_reason(exc, url, s, late=time.monotonic() >= deadline) from None
            finally:
                self._request.deadline = None

    def _answer(
        self,
        url: httpx.URL,
        request: httpx.Request,
        response: httpx.Response,
        validators: Validators | None,
        cap: int,
        statuses: bool,
        archive: bool,
        deadline: float,
    ) -> Page | NotModified | _Redirect | _Wait:
        status = response.status_code
        if status in _REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise InputFailed(f"HTTP {status} redirect without a Location header")
            try:
                return _Redirect(url.join(location.strip()))
            except (httpx.InvalidURL, ValueError):
                raise InputFailed(f"HTTP {status} redirect to an invalid URL: {location[:200]!r}") from None
        if status == 304 and validators is not None:
            return NotModified(str(url), str(url))
        if status in _RETRY_STATUSES:
            seconds = _retry_after(response.headers.get("retry-after"))
            if seconds is not None:
                return _Wait(seconds, status)
        if not statuses and not 200 <= status < 300:
            raise InputFailed(f"HTTP {status} {response.reason_phrase}".strip())
        if not statuses and status != 200:
            raise InputFailed(f"HTTP {status} {response.reason_phrase}: no body to read".strip())
        media = _media_type(response.headers.get("content-type"))
        if not statuses and media is not None and media not in ACCEPTED_TYPES:
            raise InputSkipped(f"content type {media} is not read (only HTML, XML/RSS/Atom, JSON and plain text)")
        announced = response.headers.get("content-length", "").strip()
        if announced.isdigit() and int(announced) > cap:
            raise InputSkipped(
                f"the server announces {_mb(int(announced))}, over the {_mb(cap)} limit (raise it with --max-bytes)"
            )
        encoding = response.headers.get("content-encoding", "identity").strip().lower() or "identity"
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise InputFailed(f"unsupported Content-Encoding {encoding!r} (rashomon asks for gzip or deflate)")
        decoder = _Decoder(encoding)
        wire = bytearray()
        body = bytearray()
        try:
            for chunk in response.iter_raw():
                wire += chunk
                if len(wire) > cap:
                    raise InputSkipped(f"the body is over the {_mb(cap)} limit (raise it with --max-bytes)")
                if time.monotonic() > deadline:
                    raise InputFailed(
                        f"too slow: the response took more than {self.settings.total_timeout:g} s (total timeout)"
                    )
                if encoding != "identity":
                    body += decoder.feed(chunk, cap - len(body))
        except _TooBig:
            raise InputSkipped(
                f"the body is over the {_mb(cap)} limit once decompressed ({encoding}); a compression bomb stops here"
            ) from None
        except zlib.error as exc:
            raise InputFailed(f"the body is not valid {encoding} data: {exc}") from None
        data = bytes(wire) if encoding == "identity" else bytes(body)
        sha256 = hashlib.sha256(wire).hexdigest()
        fetched_at = _now()
        record = None
        if archive and self._warc is not None:
            record = self._warc.write(
                url=str(url),
                status=status,
                reason=response.reason_phrase,
                headers=[(k, v) for k, v in response.headers.multi_items()],
                body=bytes(wire),
                request_headers=[(k, v) for k, v in request.headers.multi_items()],
                fetched_at=fetched_at,
                address=_peer(response),
            )
        return Page(
            requested_url=str(url),
            final_url=str(url),
            status=status,
            fetched_at=fetched_at,
            content_type=media,
            body=data,
            sha256=sha256,
            validators=Validators(response.headers.get("etag"), response.headers.get("last-modified")),
            warc_record=record,
        )


def _peer(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    try:
        address = stream.get_extra_info("server_addr") if stream is not None else None
    except (AttributeError, OSError):
        return None
    return str(address[0]) if address else None


def _network_reason(exc: BaseException, url: httpx.URL, s: FetchSettings, *, late: bool = False) -> InputFailed:
    host = url.host
    if late and isinstance(exc, httpx.TimeoutException):
        return InputFailed(f"too slow: the response took more than {s.total_timeout:g} s (total timeout)")
    if isinstance(exc, httpx.ConnectTimeout):
        return InputFailed(f"cannot connect to {host}: no answer within {s.connect_timeout:g} s")
    if isinstance(exc, httpx.TimeoutException):
        return InputFailed(
            f"too slow: {host} sent nothing for {min(s.read_timeout, s.total_timeout):g} s (read timeout)"
        )
    if isinstance(exc, httpx.ConnectError):
        return InputFailed(f"cannot connect to {host}: {exc}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return InputFailed(f"{host} broke the HTTP protocol: {exc}")
    return InputFailed(f"cannot fetch from {host}: {exc.__class__.__name__}: {exc}")


def fetch_raws(
    urls: Sequence[str], settings: FetchSettings | None = None, *, resolver: Resolver | None = None
) -> Iterator[tuple[str, Raw | InputError]]:
    """Fetch ``urls`` and yield ``(url, raw body or reason)`` in their order (see ``Fetcher.raws``)."""
    with Fetcher(settings, resolver=resolver) as fetcher:
        yield from fetcher.raws(urls)
