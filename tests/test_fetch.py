"""Fetching from real servers on loopback: articles, feeds, hostile servers, politeness and provenance.

Each test starts its own server on 127.0.0.1 and asserts what requests reached
it. Loopback is allowed only where a test says so (``settings(site)``); the
SSRF tests run with the default guard and a resolver that maps made-up public
names to 127.0.0.1.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import json
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.errors import FetchRefused, InputFailed
from rashomon.ingest import ingest
from rashomon.ingest.fetch import USER_AGENT, Fetcher, NotModified, Page, Validators
from rashomon.settings import FetchSettings, Settings

from .loopback import Site, running_site

STORY = (
    "Officials in the port city said on Monday that the ferry carried 212 passengers when it ran aground "
    "near the harbour entrance in heavy fog. The harbour master told reporters that all of them were brought "
    "ashore by lifeboats within three hours, and that two crew members were treated for minor injuries. "
    "The operator said it would cooperate with the investigation into why the vessel left its usual course."
)


def page(text: str = STORY, title: str = "Ferry runs aground", head: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


@pytest.fixture
def site() -> Iterator[Site]:
    yield from running_site()


def settings(site: Site, **kw: object) -> FetchSettings:
    base: dict[str, object] = {
        "allow_loopback": True,
        "ports": (site.port,),
        "interval": 0.0,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "total_timeout": 5.0,
    }
    base.update(kw)
    return FetchSettings(**base)  # type: ignore[arg-type]


def one(site: Site, url: str, **kw: object):  # type: ignore[no-untyped-def]
    result = ingest([url], Settings(fetch=settings(site, **kw)))
    assert len(result.inputs) == 1
    return result.inputs[0], (result.articles[0] if result.articles else None)


# ---------------------------------------------------------------- articles and feeds


def test_article_with_provenance_and_honest_user_agent(site: Site) -> None:
    body = page()
    site.serve("/news/ferry", body, content_type="text/html; charset=utf-8")
    res, art = one(site, site.url("/news/ferry"))
    assert res.status == "ok" and art is not None
    assert "212 passengers" in art.text
    f = art.fetched
    assert f is not None
    assert (f.requested_url, f.final_url, f.status) == (site.url("/news/ferry"), site.url("/news/ferry"), 200)
    assert f.sha256 == hashlib.sha256(body.encode()).hexdigest()
    assert f.fetched_at.endswith("Z") and f.content_type == "text/html"
    assert art.to_dict()["fetched"]["sha256"] == f.sha256
    assert site.paths() == ["/robots.txt", "/news/ferry"]
    assert all(s.headers["user-agent"] == USER_AGENT for s in site.seen)
    assert USER_AGENT.startswith("rashomon/")


def test_redirect_is_followed_and_both_urls_recorded(site: Site) -> None:
    site.redirect("/old", "/new", status=301)
    site.serve("/new", page())
    res, art = one(site, site.url("/old"))
    assert res.status == "ok" and art is not None and art.fetched is not None
    assert art.fetched.requested_url == site.url("/old")
    assert art.fetched.final_url == site.url("/new")
    assert art.source == site.url("/old")


def test_feed_items_become_articles(site: Site) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>'
        f"<item><title>Ferry aground</title><link>{site.url('/a')}</link><description>{STORY}</description>"
        "<pubDate>Mon, 15 Jan 2024 09:00:00 GMT</pubDate></item>"
        f"<item><title>Inquiry opens</title><link>{site.url('/b')}</link>"
        "<description>The inquiry into the grounding opened on Tuesday, the ministry said.</description></item>"
        "</channel></rss>"
    )
    site.serve("/feed.xml", feed, content_type="application/rss+xml")
    result = ingest([site.url("/feed.xml")], Settings(fetch=settings(site)))
    assert [i.status for i in result.inputs] == ["ok", "ok"]
    assert [a.outlet for a in result.articles] == ["Harbour News", "Harbour News"]
    assert [a.url for a in result.articles] == [site.url("/a"), site.url("/b")]
    assert all(a.fetched is not None and a.fetched.final_url == site.url("/feed.xml") for a in result.articles)
    assert result.articles[0].published == "2024-01-15"


@pytest.mark.parametrize(
    "declared, encoding",
    [("text/html; charset=utf-8", "cp1251"), ("text/html; charset=windows-1251", "utf-8")],
)
def test_wrong_charset_header_does_not_garble_the_text(site: Site, declared: str, encoding: str) -> None:
    text = (
        "Министр иностранных дел заявил журналистам, что переговоры в Женеве продолжатся на следующей неделе. "
        "По его словам, стороны обсудили обмен пленными и гуманитарные коридоры для мирных жителей. "
        "Следующий раунд намечен на вторник, добавил он, и в нём примут участие наблюдатели ООН. "
    ) * 2
    site.serve("/ru", page(text, title="Переговоры").encode(encoding), content_type=declared)
    res, art = one(site, site.url("/ru"))
    assert res.status == "ok" and art is not None
    assert "переговоры в Женеве" in art.text


# ---------------------------------------------------------------- 200s that are no article


def test_consent_wall_is_no_article(site: Site) -> None:
    wall = page(
        "We value your privacy. We and our partners use cookies to store and access information on your device. "
        "Accept all cookies or manage your choices.",
        title="Before you continue",
    )
    site.serve("/story", wall)
    res, art = one(site, site.url("/story"))
    assert art is None and res.status == "skipped"
    assert res.problem.startswith("no article: the page looks like a cookie or consent wall")


def test_paywall_and_too_little_text(site: Site) -> None:
    site.serve("/pay", page("The ferry ran aground on Monday. Subscribe to continue reading.", title="Ferry"))
    site.serve("/tiny", page("The ferry ran aground on Monday near the port.", title="Ferry"))
    result = ingest([site.url("/pay"), site.url("/tiny")], Settings(fetch=settings(site)))
    assert [i.status for i in result.inputs] == ["skipped", "skipped"]
    assert "a paywall" in (result.inputs[0].problem or "")
    assert "too little text" in (result.inputs[1].problem or "")


def test_long_article_that_mentions_a_cue_is_still_an_article(site: Site) -> None:
    text = STORY + " The operator's website said the page you are looking for had been taken down. " + STORY
    site.serve("/long", page(text))
    res, art = one(site, site.url("/long"))
    assert res.status == "ok" and art is not None


# ---------------------------------------------------------------- HTTP errors, politeness


@pytest.mark.parametrize("status, reason", [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_error_status_is_a_reason(site: Site, status: int, reason: str) -> None:
    site.serve("/x", "gone", status=status, content_type="text/plain")
    res, art = one(site, site.url("/x"))
    assert (res.status, res.problem, art) == ("failed", reason, None)
    assert site.paths().count("/x") == 1


def test_retry_after_is_waited_for(site: Site) -> None:
    calls = []

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        calls.append(time.monotonic())
        body = b"slow down" if len(calls) == 1 else page().encode()
        h.send_response(429 if len(calls) == 1 else 200)
        h.send_header("Content-Type", "text/plain" if len(calls) == 1 else "text/html")
        if len(calls) == 1:
            h.send_header("Retry-After", "1")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    site.routes["/busy"] = handle
    res, art = one(site, site.url("/busy"))
    assert res.status == "ok" and art is not None
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.9


def test_retry_after_beyond_the_bound_is_a_reason(site: Site) -> None:
    site.serve("/busy", "later", status=429, content_type="text/plain", Retry_After="3600")
    start = time.monotonic()
    res, _ = one(site, site.url("/busy"))
    assert res.status == "failed" and "come back in 3600 s" in (res.problem or "")
    assert time.monotonic() - start < 3
    assert site.paths().count("/busy") == 1


def test_robots_txt_disallow_is_a_refusal(site: Site) -> None:
    site.serve("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.serve("/private/story", page())
    site.serve("/public/story", page())
    result = ingest([site.url("/private/story"), site.url("/public/story")], Settings(fetch=settings(site)))
    assert result.inputs[0].status == "failed"
    assert result.inputs[0].problem == "refused: robots.txt disallows this URL for rashomon"
    assert result.inputs[1].status == "ok"
    assert "/private/story" not in site.paths()
    assert site.paths().count("/robots.txt") == 1  # asked once per site


def test_unreadable_robots_txt_means_disallow(site: Site) -> None:
    site.serve("/robots.txt", "oops", status=503, content_type="text/plain")
    site.serve("/story", page())
    res, _ = one(site, site.url("/story"))
    assert res.status == "failed" and "robots.txt could not be read (HTTP 503)" in (res.problem or "")
    assert "/story" not in site.paths()


def test_per_host_concurrency_and_spacing(site: Site) -> None:
    def slow(h: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(0.1)
        body = page(STORY + h.path).encode()
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    for p in ("/a", "/b", "/c"):
        site.routes[p] = slow
    urls = [site.url(p) for p in ("/a", "/b", "/c")]
    start = time.monotonic()
    with Fetcher(settings(site, per_host=1, interval=0.3, concurrency=4)) as fetcher:
        out = list(fetcher.raws(urls))
    elapsed = time.monotonic() - start
    assert [source for source, _ in out] == urls
    assert site.paths()[0] == "/robots.txt" and len(site.seen) == 4
    assert site.most_in_flight == 1  # four threads, one request at a time
    assert elapsed >= 3 * 0.3  # robots.txt and three pages, each start 0.3 s after the one before


def test_conditional_get_answers_not_modified(site: Site) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", '"v1"')
        h.send_header("Last-Modified", "Mon, 15 Jan 2024 09:00:00 GMT")
        h.send_header("Content-Length", str(len(feed)))
        h.end_headers()
        h.wfile.write(feed.encode())

    site.routes["/feed"] = handle
    with Fetcher(settings(site)) as fetcher:
        first = fetcher.get(site.url("/feed"))
        assert isinstance(first, Page)
        assert first.validators == Validators('"v1"', "Mon, 15 Jan 2024 09:00:00 GMT")
        second = fetcher.get(site.url("/feed"), validators=first.validators)
    assert isinstance(second, NotModified)
    feed_requests = [s for s in site.seen if s.path == "/feed"]
    assert "if-none-match" not in feed_requests[0].headers
    assert feed_requests[1].headers["if-none-match"] == '"v1"'
    assert feed_requests[1].headers["if-modified-since"] == "Mon, 15 Jan 2024 09:00:00 GMT"


# ---------------------------------------------------------------- hostile servers: bounded time and memory


def test_endless_redirects_stop_after_five(site: Site) -> None:
    def loop(h: http.server.BaseHTTPRequestHandler) -> None:
        n = int(h.path.rsplit("=", 1)[-1]) if "=" in h.path else 0
        h.send_response(302)
        h.send_header("Location", f"/loop?n={n + 1}")
        h.send_header("Content-Length", "0")
        h.end_headers()

    site.routes["/loop"] = loop
    res, _ = one(site, site.url("/loop"))
    assert res.status == "failed" and (res.problem or "").startswith("too many redirects (more than 5)")
    assert sum(p.startswith("/loop") for p in site.paths()) == 6


def test_slow_drip_stops_at_the_total_timeout(site: Site) -> None:
    def drip(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        for _ in range(100):  # 10 s at most, far past the 1 s limit
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(0.1)

    site.routes["/drip"] = drip
    start = time.monotonic()
    res, _ = one(site, site.url("/drip"), total_timeout=1.0, read_timeout=0.5)
    elapsed = time.monotonic() - start
    assert res.status == "failed" and "total timeout" in (res.problem or "")
    assert elapsed < 3.0  # 1 s allowed; the server would drip for 10


def test_headers_dripped_a_byte_at_a_time_stop_at_the_total_timeout(site: Site) -> None:
    def drip(h: http.server.BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
        for _ in range(60):  # 6 s at most, each byte well within the read timeout
            h.wfile.write(b"a")
            h.wfile.flush()
            time.sleep(0.1)

    site.routes["/drip"] = drip
    start = time.monotonic()
    res, _ = one(site, site.url("/drip"), total_timeout=1.0, read_timeout=0.5)
    assert res.status == "failed" and "total timeout" in (res.problem or "")
    assert time.monotonic() - start < 3.0  # 1 s allowed; the server would drip for 6


def test_silent_server_stops_at_the_read_timeout(site: Site) -> None:
    def silent(h: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(5)

    site.routes["/silent"] = silent
    start = time.monotonic()
    res, _ = one(site, site.url("/silent"), read_timeout=0.5)
    assert res.status == "failed" and "read timeout" in (res.problem or "")
    assert time.monotonic() - start < 3.0  # 0.5 s allowed; the server stays silent for 5


def test_gzip_bomb_stops_at_the_cap_in_bounded_memory(site: Site) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # about 50 KB on the wire, 50 MB inflated
    assert len(bomb) < 100_000
    site.serve("/bomb", bomb, Content_Encoding="gzip")
    tracemalloc.start()
    try:
        res, _ = one(site, site.url("/bomb"), max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert res.status == "skipped"
    assert "over the 1.0 MB limit once decompressed" in (res.problem or "")
    assert peak < 12_000_000


def test_gzip_body_within_the_cap_is_read(site: Site) -> None:
    served = gzip.compress(page().encode())
    site.serve("/gz", served, Content_Encoding="gzip")
    res, art = one(site, site.url("/gz"))
    assert res.status == "ok" and art is not None and art.fetched is not None
    assert "212 passengers" in art.text
    assert art.fetched.sha256 == hashlib.sha256(served).hexdigest()  # the bytes as served, not as inflated
    assert site.seen[-1].headers["accept-encoding"] == "gzip, deflate"


def test_huge_content_length_is_refused_before_reading(site: Site) -> None:
    def huge(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(10**12))
        h.end_headers()
        h.wfile.write(b"<html>")
        h.wfile.flush()
        time.sleep(5)

    site.routes["/huge"] = huge
    start = time.monotonic()
    res, _ = one(site, site.url("/huge"))
    assert res.status == "skipped" and "announces 1000000.0 MB" in (res.problem or "")
    assert time.monotonic() - start < 3.0  # reading would wait for the server's 5 s


def test_body_over_the_cap_without_content_length(site: Site) -> None:
    def stream(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Connection", "close")
        h.end_headers()
        for _ in range(40):  # 2.6 MB at most
            h.wfile.write(b"a" * 65536)
        h.close_connection = True

    site.routes["/stream"] = stream
    res, _ = one(site, site.url("/stream"), max_bytes=500_000)
    assert res.status == "skipped" and "over the 0.5 MB limit" in (res.problem or "")


def test_binary_content_type_is_not_read(site: Site) -> None:
    site.serve("/img", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    res, _ = one(site, site.url("/img"))
    assert res.status == "skipped" and "content type image/png is not read" in (res.problem or "")


# ---------------------------------------------------------------- the SSRF guard


def test_name_resolving_to_loopback_is_refused_and_nothing_reaches_it(site: Site) -> None:
    site.serve("/story", page())
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    with Fetcher(FetchSettings(ports=(site.port,), interval=0), resolver=resolver) as fetcher:
        with pytest.raises(
            FetchRefused, match=r"^refused: news\.example\.com resolves to 127\.0\.0\.1, a loopback address$"
        ):
            fetcher.get(f"http://news.example.com:{site.port}/story")
    assert lookups == ["news.example.com"]
    assert site.seen == [] and site.connections == 0


def test_one_refused_address_refuses_the_name(site: Site) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "::ffff:10.0.0.7"]

    with Fetcher(FetchSettings(ports=(site.port,)), resolver=resolver) as fetcher:
        with pytest.raises(
            FetchRefused, match=r"resolves to ::ffff:10\.0\.0\.7, IPv4 10\.0\.0\.7 in disguise, a private address$"
        ):
            fetcher.get(f"http://mixed.example:{site.port}/")
    assert site.connections == 0


def test_connection_goes_to_the_checked_address_with_the_name_as_host(site: Site) -> None:
    """Resolved once per connection, connected to that address, the Host header still names the site."""
    site.serve("/story", page())
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    with Fetcher(settings(site), resolver=resolver) as fetcher:
        got = fetcher.get(f"http://news.example.com:{site.port}/story")
    assert isinstance(got, Page) and got.status == 200
    assert {s.headers["host"] for s in site.seen} == {f"news.example.com:{site.port}"}
    assert len(lookups) == site.connections >= 1


@pytest.mark.parametrize(
    "target, why",
    [
        ("http://10.1.2.3:{port}/x", "10.1.2.3 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "the cloud metadata address"),
        ("http://[::ffff:192.168.0.1]:{port}/", "IPv4 192.168.0.1 in disguise, a private address"),
        ("http://[fd12::1]:{port}/", "unique-local"),
        ("http://100.64.0.1:{port}/", "carrier-grade NAT"),
        ("http://internal.example:{port}/secret", "internal.example resolves to 192.168.1.10, a private address"),
        ("ftp://ftp.example/file", "scheme 'ftp' is not fetched"),
        ("http://public.example:8080/", "port 8080 is not allowed"),
    ],
)
def test_redirect_to_a_refused_target_is_refused(site: Site, target: str, why: str) -> None:
    site.redirect("/go", target.format(port=site.port))
    site.serve("/secret", "secret", content_type="text/plain")

    def resolver(host: str, port: int) -> list[str]:
        return {"internal.example": ["192.168.1.10"], "public.example": ["93.184.216.34"]}.get(host, ["127.0.0.1"])

    with Fetcher(settings(site), resolver=resolver) as fetcher:
        with pytest.raises(FetchRefused, match="refused: .*" + why.replace(".", r"\.").replace("(", r"\(")):
            fetcher.get(site.url("/go"))
    assert "/secret" not in site.paths()


def test_refusals_are_reasons_in_inputs_without_loopback(site: Site) -> None:
    site.serve("/story", page())
    result = ingest(
        [site.url("/story"), "http://[::1]/", "file:///etc/passwd", "http://user:pw@example.org/"],
        Settings(fetch=FetchSettings(ports=(80, 443, site.port))),
    )
    assert [i.status for i in result.inputs] == ["failed"] * 4
    problems = [i.problem or "" for i in result.inputs]
    assert problems[0] == "refused: 127.0.0.1 is a loopback address"
    assert problems[1] == "refused: ::1 is a loopback address"
    assert "scheme 'file'" in problems[2] and "user name or password" in problems[3]
    assert site.connections == 0


# ---------------------------------------------------------------- duplicates and the WARC archive


def test_duplicates_by_url_canonical_and_text(site: Site) -> None:
    canonical = f'<link rel="canonical" href="{site.url("/story")}">'
    site.serve("/story", page(head=canonical))
    site.serve("/amp/story", page(STORY + " (mobile)", head=canonical))
    site.serve("/copy", page())  # same text, no canonical link
    front = f'<meta property="og:url" content="{site.url("/")}">'  # a page that names the front page: not a copy
    site.serve("/other", page(STORY.replace("212", "307") + " Another report.", head=front))
    site.serve("/third", page(STORY.replace("212", "96") + " A third report.", head=front))
    urls = [site.url(p) for p in ("/story", "/story#top", "/amp/story", "/copy", "/other", "/third")]
    result = ingest(urls, Settings(fetch=settings(site)))
    assert [i.status for i in result.inputs] == ["ok", "skipped", "skipped", "skipped", "ok", "ok"]
    problems = [i.problem or "" for i in result.inputs]
    assert problems[1] == f"duplicate of {urls[0]} (the same URL)"
    assert problems[2] == f"duplicate of {urls[0]} (the same canonical URL, {site.url('/story')})"
    assert problems[3] == f"exact duplicate of {urls[0]} (same text)"
    assert site.paths().count("/story") == 1


def test_responses_are_archived_as_warc(site: Site, tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    body = page()
    site.serve("/story", gzip.compress(body.encode()), Content_Encoding="gzip")
    warc = tmp_path / "fetch.warc.gz"
    result = ingest([site.url("/story")], Settings(fetch=settings(site, warc=str(warc))))
    art = result.articles[0]
    assert art.fetched is not None and art.fetched.warc_record
    with warc.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Record-ID"), r) for r in ArchiveIterator(fh)]
        kinds = [k for k, _, _ in records]
    assert kinds == ["response", "request"]  # robots.txt is not archived, the page is
    with warc.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                assert record.rec_headers.get_header("WARC-Record-ID") == art.fetched.warc_record
                assert record.rec_headers.get_header("WARC-Target-URI") == site.url("/story")
                raw = record.raw_stream.read()
                assert hashlib.sha256(raw).hexdigest() == art.fetched.sha256
                assert gzip.decompress(raw).decode() == body


def test_fetched_ledger_validates(site: Site) -> None:
    import rashomon

    site.serve("/story", page())
    ledger = rashomon.analyze([site.url("/story")], Settings(fetch=settings(site)))
    data = json.loads(json.dumps(ledger.to_dict()))
    assert rashomon.validate(data) == []
    assert data["articles"][0]["fetched"]["final_url"] == site.url("/story")


# ---------------------------------------------------------------- the command line


def test_cli_analyze_mixes_urls_and_paths(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from .test_cli import run

    site.serve("/story", page())
    text = tmp_path / "note.txt"
    text.write_text("The inquiry into the grounding opened on Tuesday, the ministry said in a statement.")
    out = tmp_path / "out"
    argv = ["analyze", site.url("/story"), str(text), "http://10.0.0.1/admin", "-o", str(out), "--format", "json"]
    code, stdout, err = run([*argv, "--allow-loopback", "--allow-port", str(site.port)], capsys)
    assert code == 0, err
    assert err.strip() == "rashomon: failed http://10.0.0.1/admin: refused: 10.0.0.1 is a private address"
    assert f"responses: {out / 'fetch.warc.gz'}" in stdout
    ledger = json.loads((out / "ledger.json").read_text())
    assert [i["status"] for i in ledger["inputs"]] == ["ok", "ok", "failed"]
    assert ledger["articles"][0]["fetched"]["requested_url"] == site.url("/story")
    assert "fetched" not in ledger["articles"][1]
    assert (out / "fetch.warc.gz").stat().st_size > 0


def test_cli_without_allow_loopback_refuses_a_local_server(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from .test_cli import run

    site.serve("/story", page())
    code, _, err = run(
        ["analyze", site.url("/story"), "-o", str(tmp_path / "out"), "--allow-port", str(site.port)], capsys
    )
    assert code == 1
    assert "refused: 127.0.0.1 is a loopback address" in err
    assert site.connections == 0


# ---------------------------------------------------------------- TLS: verified for the name, not the address


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[tuple[Site, Path]]:
    """An HTTPS site on 127.0.0.1 whose certificate names news.example, signed by a throwaway CA."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")

    def sh(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=tmp_path, check=True, capture_output=True, timeout=60)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    sh("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=rashomon test CA")
    sh("req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=news.example")
    (tmp_path / "ext.cnf").write_text(
        "subjectAltName=DNS:news.example\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    sh(
        "x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf",
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "srv.pem", tmp_path / "srv.key")
    for site in running_site(context):
        yield site, tmp_path / "ca.pem"


def test_https_to_a_checked_address_verifies_the_name(tls_site: tuple[Site, Path]) -> None:
    site, ca = tls_site
    site.serve("/story", page())

    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with Fetcher(settings(site, ca_file=str(ca)), resolver=resolver) as fetcher:
        got = fetcher.get(f"https://news.example:{site.port}/story")
        assert isinstance(got, Page) and got.status == 200
        assert "news.example" in site.server_names  # SNI named the site, not the address
        with pytest.raises(InputFailed, match="cannot connect to other.example: .*(CERTIFICATE_VERIFY_FAILED|match)"):
            fetcher.get(f"https://other.example:{site.port}/story")  # same address, a name the certificate lacks
    assert [s.headers["host"] for s in site.seen if s.path == "/story"] == [f"news.example:{site.port}"]


def test_robots_off_asks_no_robots_txt_and_still_archives(site: Site, tmp_path: Path) -> None:
    site.serve("/story", page())
    warc = tmp_path / "w.warc.gz"
    result = ingest([site.url("/story")], Settings(fetch=settings(site, robots=False, warc=str(warc))))
    assert result.inputs[0].status == "ok" and site.paths() == ["/story"]
    assert result.articles[0].fetched is not None and result.articles[0].fetched.warc_record
    assert warc.stat().st_size > 0


def test_a_resolver_that_hangs_stops_at_the_connect_timeout(site: Site) -> None:
    def resolver(host: str, port: int) -> list[str]:
        time.sleep(5)
        return ["127.0.0.1"]

    start = time.monotonic()
    with Fetcher(settings(site, connect_timeout=0.5), resolver=resolver) as fetcher:
        with pytest.raises(InputFailed, match=r"cannot resolve slow\.example: no answer within 0\.5 s"):
            fetcher.get(f"http://slow.example:{site.port}/")
    assert time.monotonic() - start < 3.0 and site.connections == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://localhost/",
        "http://[::]/",
        "http://0.0.0.0/",
    ],
)
def test_disguised_local_addresses_are_refused(url: str) -> None:
    """Decimal and hex spellings resolve (locally, no DNS) to loopback or 'this host': refused; httpx rejects
    the octal one as a URL, so it is never fetched either."""
    with Fetcher(FetchSettings()) as fetcher:
        with pytest.raises(InputFailed, match=r"^(refused: .*(loopback|unspecified|this network)|not a valid URL)"):
            fetcher.get(url)


@pytest.mark.parametrize(
    "address, kind",
    [
        ("93.184.216.34", None),
        ("2606:2800:220:1:248:1893:25c8:1946", None),
        ("127.0.0.53", "a loopback address"),
        ("10.9.8.7", "a private address"),
        ("172.31.0.1", "a private address"),
        ("192.168.100.1", "a private address"),
        ("100.127.255.254", "a carrier-grade NAT address"),
        ("169.254.169.254", "the cloud metadata address"),
        ("169.254.1.1", "a link-local address"),
        ("224.0.0.251", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("255.255.255.255", "the broadcast address"),
        ("fd00:ec2::254", "an IPv6 unique-local address"),
        ("fe80::1", "a link-local address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:169.254.169.254", "IPv4 169.254.169.254 in disguise, the cloud metadata address"),
        ("2002:c0a8:0101::1", "IPv4 192.168.1.1 in disguise, a private address"),
        ("64:ff9b::a00:1", "IPv4 10.0.0.1 in disguise, a private address"),
    ],
)
def test_address_table(address: str, kind: str | None) -> None:
    from rashomon.ingest.netguard import address_kind

    assert address_kind(address) == kind
    if kind == "a loopback address":
        assert address_kind(address, allow_loopback=True) is None
    elif kind is not None:
        assert address_kind(address, allow_loopback=True) == kind  # loopback opens nothing else


def test_gzip_in_several_members_and_unasked_encodings(site: Site) -> None:
    body = page().encode()
    half = len(body) // 2
    site.serve("/members", gzip.compress(body[:half]) + gzip.compress(body[half:]), Content_Encoding="gzip")
    site.serve("/brotli", b"\x1b\x00\x00", Content_Encoding="br")
    result = ingest([site.url("/members"), site.url("/brotli")], Settings(fetch=settings(site)))
    assert result.inputs[0].status == "ok" and "its usual course." in result.articles[0].text  # in the second member
    assert result.inputs[1].problem == "unsupported Content-Encoding 'br' (rashomon asks for gzip or deflate)"
