"""`rashomon add CASE URL...` and `rashomon watch CASE --feed URL` end to end: a real case file, a real
feed and pages on loopback, the command line as a user runs it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.store import open_case

from .loopback import Site, running_site
from .test_cli import run
from .test_fetch import STORY, page
from .test_watch import Feed


@pytest.fixture
def site() -> Iterator[Site]:
    yield from running_site()


def loopback(site: Site) -> list[str]:
    return ["--allow-loopback", "--allow-port", str(site.port)]


def test_add_case_url(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site.serve("/one", page(STORY))
    site.serve("/two", page(STORY.replace("212", "198") + " A second ministry statement followed."))
    case = tmp_path / "ferry.rashomon"
    argv = ["add", str(case), site.url("/one"), site.url("/two"), "http://169.254.169.254/latest/meta-data/"]
    code, out, err = run([*argv, *loopback(site)], capsys)
    assert code == 0, err
    assert "rashomon: failed http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is the cloud" in err
    assert "2 article(s) added" in out
    ledger = open_case(case, create=False).ledger()
    assert [a.fetched.final_url for a in ledger.articles if a.fetched] == [site.url("/one"), site.url("/two")]
    assert Path(f"{case}.warc.gz").stat().st_size > 0
    statuses = [i["status"] for i in open_case(case, create=False).inputs()]
    assert statuses == ["ok", "ok", "failed"]


def test_watch_adds_new_items_to_the_case(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = Feed(site, ["a", "b"])
    case = tmp_path / "ferry.rashomon"
    argv = ["watch", str(case), "--feed", site.url("/feed.xml"), "--once", *loopback(site)]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "2 new item(s), 2 fetched" in out and "2 article(s) added to ferry" in out
    opened = open_case(case, create=False)
    assert [a.source for a in opened.ledger().articles] == [site.url("/a"), site.url("/b")]
    state = json.loads(Path(f"{case}.watch.json").read_text())
    assert state["feeds"][site.url("/feed.xml")]["seen"] == ["id-a", "id-b"]

    feed.add_item("c")
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "1 new item(s), 1 fetched" in out
    assert [a.source for a in opened.ledger().articles] == [site.url("/a"), site.url("/b"), site.url("/c")]
    code, out, err = run(argv, capsys)
    assert "nothing new" in out and site.seen[-1].headers.get("if-none-match") == '"v2"'
    assert site.paths().count("/a") == 1


def test_watch_once_fails_when_no_feed_answers(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "c.rashomon"
    code, _, err = run(["watch", str(case), "--feed", site.url("/missing.xml"), "--once", *loopback(site)], capsys)
    assert code == 1
    assert f"rashomon: {site.url('/missing.xml')}: HTTP 404 Not Found (retrying later)" in err
    assert "no feed could be read" in err


def test_watch_bad_interval_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        ["watch", str(tmp_path / "c.rashomon"), "--feed", "https://a.example/rss", "--every", "soon"], capsys
    )
    assert code == 2 and "not a duration: 'soon'" in err
    assert not (tmp_path / "c.rashomon").exists()
