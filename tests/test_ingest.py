"""Ingest: every input format, every encoding, and every kind of bad input gets one clear reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rashomon.ingest import ingest
from rashomon.ingest.decode import decode
from rashomon.settings import Settings

NEWS = (
    "Officials in Lisbon said on Monday that the ferry carried 212 passengers when it ran aground near the port.\n\n"
    "\u201cWe are still counting,\u201d the harbour master told reporters."
)
RUSSIAN = (
    "Министр иностранных дел заявил журналистам, что переговоры в Женеве продолжатся на следующей неделе. "
    "По его словам, стороны обсудили обмен пленными."
)


def one(tmp_path: Path, name: str, data: bytes | str, **settings: object):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    result = ingest([str(path)], Settings(**settings))  # type: ignore[arg-type]
    assert len(result.inputs) == 1
    return result.inputs[0], (result.articles[0] if result.articles else None)


# ---------------------------------------------------------------- bad input: one clear reason each


def test_missing_path_fails_with_reason(tmp_path: Path) -> None:
    result = ingest([str(tmp_path / "nope.txt")])
    assert result.inputs[0].status == "failed"
    assert result.inputs[0].problem == "no such file or directory"
    assert result.articles == ()


@pytest.mark.parametrize("data", [b"", b"   \n\t \n"])
def test_empty_file_is_skipped(tmp_path: Path, data: bytes) -> None:
    res, art = one(tmp_path, "empty.txt", data)
    assert (res.status, art) == ("skipped", None)
    assert "empty file" in res.problem


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00\x10" * 50, "NUL bytes"),
    ],
)
def test_binary_file_fails(tmp_path: Path, data: bytes, what: str) -> None:
    res, art = one(tmp_path, "thing.txt", data)
    assert res.status == "failed" and art is None
    assert res.problem.startswith("binary file") and what in res.problem


def test_undecodable_bytes_fail(tmp_path: Path) -> None:
    # Invalid UTF-8 that no single-byte encoding reads as prose: C1 controls and symbol soup.
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x98, 0x83, 0x88]) * 200
    res, art = one(tmp_path, "garbage.txt", data)
    assert res.status == "failed" and art is None
    assert res.problem.startswith("undecodable bytes")


def test_invalid_json_line_fails_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"text": NEWS, "title": "Ferry"}), '{"text": "broken', json.dumps({"text": RUSSIAN})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = ingest([str(path)])
    assert [i.status for i in result.inputs] == ["ok", "failed", "ok"]
    assert result.inputs[1].source.endswith("#line 2")
    assert "line 2: invalid JSON" in result.inputs[1].problem
    assert [a.id for a in result.articles] == ["A1", "A2"]


def test_file_over_size_limit_is_skipped_unread(tmp_path: Path) -> None:
    res, art = one(tmp_path, "big.txt", "word " * 5000, max_bytes=1000)
    assert res.status == "skipped" and art is None
    assert "over the" in res.problem and "--max-bytes" in res.problem


def test_exact_duplicate_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NEWS, encoding="utf-8")
    result = ingest([str(tmp_path)])
    assert [i.status for i in result.inputs] == ["ok", "skipped"]
    assert "exact duplicate of" in result.inputs[1].problem and "a.txt" in result.inputs[1].problem
    assert len(result.articles) == 1


@pytest.mark.parametrize("data", ["12 34 56 -- 78\n\n90 %", "... !!! ???\n---\n***"])
def test_text_without_letters_is_skipped(tmp_path: Path, data: str) -> None:
    res, art = one(tmp_path, "numbers.txt", data)
    assert (res.status, art) == ("skipped", None)
    assert "no letters" in res.problem


def test_bad_inputs_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    result = ingest([str(tmp_path), str(tmp_path / "missing.txt")])
    assert {i.status for i in result.inputs} == {"ok", "skipped", "failed"}
    assert len(result.inputs) == 4
    assert [a.name for a in result.articles] == ["good.txt"]


def test_json_without_text_field_fails(tmp_path: Path) -> None:
    res, art = one(tmp_path, "a.json", json.dumps({"title": "No body here"}))
    assert res.status == "failed" and "no text field" in res.problem


def test_malformed_json_document_fails(tmp_path: Path) -> None:
    res, art = one(tmp_path, "a.json", '{"text": "unclosed')
    assert res.status == "failed" and res.problem.startswith("invalid JSON")


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding: str) -> None:
    text, _ = decode(NEWS.encode(encoding))
    assert text == NEWS


def test_cp1251_russian_is_detected_not_assumed() -> None:
    text, encoding = decode(RUSSIAN.encode("cp1251"))
    assert text == RUSSIAN
    assert encoding in ("cp1251", "windows-1251")


def test_cp1252_western_text_is_detected() -> None:
    source = (
        "Le ministre a déclaré que la délégation française arrivera à Genève jeudi; "
        "les négociations reprendront après l'été, selon un communiqué publié à Paris."
    )
    text, encoding = decode(source.encode("cp1252"))
    assert text == source


def test_windows_newlines_are_normalised() -> None:
    text, _ = decode(b"First line.\r\nSecond line.\r\n")
    assert text == "First line.\nSecond line.\n"


# ---------------------------------------------------------------- formats and metadata


def test_plain_text_with_date_header_keeps_line_in_text(tmp_path: Path) -> None:
    body = " date 2023-06-06 Dam breach floods villages downstream\n\nThe dam collapsed overnight, officials said."
    res, art = one(tmp_path, "dam.txt", body)
    assert art.published == "2023-06-06" and art.published_from == "header"
    assert art.title == "Dam breach floods villages downstream"
    assert art.text == body  # offsets refer to the text as published, header line included


def test_plain_text_with_key_value_header(tmp_path: Path) -> None:
    body = (
        "url: https://news.example.org/2023/03/14/strike-report\noutlet: Example Wire\n"
        "title: Strike on depot\ndate: 2023-03-14\n---\n\nA depot was hit on Tuesday."
    )
    res, art = one(tmp_path, "depot.txt", body)
    assert art.text == "A depot was hit on Tuesday."
    assert (art.outlet, art.title, art.published, art.published_from) == (
        "Example Wire",
        "Strike on depot",
        "2023-03-14",
        "header",
    )
    assert art.url == "https://news.example.org/2023/03/14/strike-report"


def test_header_date_from_url_when_no_date_field(tmp_path: Path) -> None:
    body = "url: https://www.example.com/world/2022/11/16/blast-in-village\n---\nA missile landed in a village."
    res, art = one(tmp_path, "blast.txt", body)
    assert (art.published, art.published_from, art.outlet) == ("2022-11-16", "url", "example.com")


def test_plain_text_without_header(tmp_path: Path) -> None:
    res, art = one(tmp_path, "plain.txt", NEWS)
    assert art.published is None and art.published_from is None
    assert art.text == NEWS


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("MOSCOW, November 15. /TASS/.", "TASS"),
        ("NAIROBI, June 14, 2024 (AFP) -", "AFP"),
        ("LAGOS, 3 March (Reuters) -", "Reuters"),
        ("KYIV, Ukraine, Sept. 9 (AP) \u2014", "AP"),
        ("THE HAGUE (Reuters) -", "Reuters"),
        ("КРАСНОДАР, 12 апреля. /ТАСС/.", "TASS"),
        ("КИЇВ, 3 березня. /Укрінформ/.", "Ukrinform"),
        ("Ministers (left to right) said", None),
    ],
)
def test_dateline_names_the_agency(tmp_path: Path, dateline: str, agency: str | None) -> None:
    res, art = one(tmp_path, "wire.txt", dateline + " The ministry said talks would resume on the border crossing.")
    assert art.outlet == agency


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Ferry aground | Coast News</title>
    <meta property="og:site_name" content="Coast News">
    <meta property="article:published_time" content="2023-09-02T08:00:00Z"></head>
    <body><nav>Home World Sport</nav><article><h1>Ferry runs aground</h1>
    <p>The ferry ran aground near the port on Friday with 212 passengers on board, the coast guard said.</p>
    <p>Rescue boats reached the vessel within an hour and nobody was hurt, according to the harbour master.</p>
    <script>document.write('tracking')</script></article><footer>Contact us</footer></body></html>"""
    res, art = one(tmp_path, "ferry.html", html)
    assert res.status == "ok"
    assert "212 passengers" in art.text and "tracking" not in art.text and "<" not in art.text
    assert art.title == "Ferry runs aground"
    assert (art.outlet, art.published, art.published_from) == ("Coast News", "2023-09-02", "metadata")


def test_hostile_html_yields_only_text(tmp_path: Path) -> None:
    html = (
        "<html><body><article><p>Talks resumed on Monday between the two delegations, the mediator said in a "
        "statement.<img src=x onerror=alert(1)><script>alert('x')</script></p><p>A second paragraph says the "
        'talks will continue into next week <a href="javascript:alert(2)">here</a>.</p></article></body></html>'
    )
    res, art = one(tmp_path, "evil.html", html)
    assert res.status == "ok"
    assert "alert" not in art.text and "onerror" not in art.text and "javascript:" not in art.text


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    res, art = one(
        tmp_path, "shell.html", "<html><head><title>x</title></head><body><script>x()</script></body></html>"
    )
    assert res.status == "skipped" and "no article text" in res.problem


def test_json_list_and_object_forms(tmp_path: Path) -> None:
    data = {
        "articles": [
            {"text": NEWS, "title": "Ferry", "url": "https://a.example/2023/09/02/x", "outlet": {"name": "Coast News"}},
            {"body": RUSSIAN, "published": "2023-09-03T10:00"},
        ]
    }
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = ingest([str(path)])
    assert [i.status for i in result.inputs] == ["ok", "ok"]
    a1, a2 = result.articles
    assert (a1.outlet, a1.published, a1.published_from) == ("Coast News", "2023-09-02", "url")
    assert (a2.published, a2.published_from, a2.language) == ("2023-09-03", "metadata", "ru")


def test_ledger_given_as_input_is_named(tmp_path: Path) -> None:
    res, _ = one(tmp_path, "ledger.json", json.dumps({"schema": "rashomon.ledger/1", "articles": []}))
    assert res.status == "skipped" and "ledger" in res.problem


def test_rss_feed_items(tmp_path: Path) -> None:
    rss = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Harbour Daily</title>
    <item><title>Ferry aground</title><link>https://h.example/2023/09/02/ferry</link>
      <pubDate>Sat, 02 Sep 2023 10:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>The ferry ran aground.</p><p>Nobody was hurt.<script>x()</script></p>]]>
      </content:encoded>
      </item>
    <item><title>Empty</title><link>https://h.example/e</link></item>
    </channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(rss, encoding="utf-8")
    result = ingest([str(path)])
    assert [i.status for i in result.inputs] == ["ok", "skipped"]
    art = result.articles[0]
    assert art.text == "The ferry ran aground.\n\nNobody was hurt."
    assert (art.title, art.outlet, art.published) == ("Ferry aground", "Harbour Daily", "2023-09-02")


def test_feed_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    xxe = f"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>
    <rss><channel><title>t</title><item><title>i</title><description>Leak: &x; end of the text.</description></item>
    </channel></rss>"""
    path = tmp_path / "evil.rss"
    path.write_text(xxe, encoding="utf-8")
    result = ingest([str(path)])
    assert all("TOPSECRET" not in a.text for a in result.articles)


def test_atom_feed(tmp_path: Path) -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
    <entry><title>Talks</title><link href="https://w.example/talks"/><published>2023-05-01T09:00:00Z</published>
    <content type="html">&lt;p&gt;Talks resumed in Geneva.&lt;/p&gt;</content></entry></feed>"""
    path = tmp_path / "wire.atom"
    path.write_text(atom, encoding="utf-8")
    art = ingest([str(path)]).articles[0]
    assert (art.text, art.published, art.outlet) == ("Talks resumed in Geneva.", "2023-05-01", "Wire")


def test_directory_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story about the bridge collapse in the north.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story about the flood in the south of the country.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden notes are not articles at all.", encoding="utf-8")
    result = ingest([str(tmp_path)])
    assert [a.name for a in result.articles] == ["a.txt", "2.txt"]
    assert [a.id for a in result.articles] == ["A1", "A2"]


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = ingest([str(tmp_path / "empty")])
    assert result.inputs[0].status == "skipped" and "no files" in result.inputs[0].problem


def test_stdin(tmp_path: Path) -> None:
    result = ingest(["-"], stdin=io.BytesIO(NEWS.encode("utf-16")))
    assert result.inputs[0].source == "-"
    assert result.articles[0].text == NEWS


def test_url_inputs_go_through_the_ssrf_guard() -> None:
    """URLs are fetched (tests/test_fetch.py); these are refused before any connection, with the reason."""
    result = ingest(["https://127.0.0.1/news/1", "ftp://example.com/x"])
    assert [i.status for i in result.inputs] == ["failed", "failed"]
    assert result.inputs[0].problem == "refused: 127.0.0.1 is a loopback address"
    assert result.inputs[1].problem == "refused: scheme 'ftp' is not fetched (only http and https)"


@pytest.mark.parametrize(
    "text, lang",
    [
        (NEWS, "en"),
        (RUSSIAN, "ru"),
        (
            "Міністр закордонних справ заявив журналістам, що переговори у Женеві "
            "триватимуть наступного тижня, і сторони обговорили обмін полоненими.",
            "uk",
        ),
    ],
)
def test_language_is_detected(tmp_path: Path, text: str, lang: str) -> None:
    _, art = one(tmp_path, "x.txt", text)
    assert art.language == lang


def test_language_can_be_forced(tmp_path: Path) -> None:
    _, art = one(tmp_path, "x.txt", NEWS, language="en")
    assert art.language == "en"


def test_sha256_is_of_the_text(tmp_path: Path) -> None:
    import hashlib

    _, art = one(tmp_path, "x.txt", NEWS)
    assert art.sha256 == hashlib.sha256(NEWS.encode()).hexdigest()


_STORY = "Flood waters rose in the river delta on Monday, officials said.\n\nThe ministry said talks would resume.\n\n"


@pytest.mark.parametrize(
    ("sign_off", "agency"),
    [
        ("-- Reuters", "Reuters"),
        ("\u2014 AP", "AP"),
        ("(AFP)", "AFP"),
        ("(Reporting by Lena Park in Busan; Editing by Tom Ruiz)", None),
        ("(END)", None),
        ("-- MORE", None),
        ("\u2014 Jane Roe", None),  # a writer's sign-off names no outlet
        ("The ministry declined to comment.", None),
    ],
)
def test_wire_sign_off_names_the_agency(tmp_path: Path, sign_off: str, agency: str | None) -> None:
    res, art = one(tmp_path, "reprint.txt", "date: 2024-05-02\ntitle: Delta floods\n---\n" + _STORY + sign_off + "\n")
    assert art.outlet == agency


def test_header_outlet_wins_over_a_sign_off(tmp_path: Path) -> None:
    res, art = one(tmp_path, "wire.txt", "outlet: Delta Daily\n---\n" + _STORY + "-- Reuters\n")
    assert art.outlet == "Delta Daily"
