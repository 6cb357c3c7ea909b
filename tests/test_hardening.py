"""Hostile input: no single file stops, stalls or corrupts a run; each gets one line of reason.

Each case here failed before the fix it guards (issue 16, Hardening).
"""

from __future__ import annotations

import copy
import json
import os
import time
from pathlib import Path

import pytest

from rashomon.errors import LedgerError, RashomonError
from rashomon.ingest import ingest
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.feeds import _html_to_text
from rashomon.ingest.files import human_size
from rashomon.ingest.outputs import OUTPUT_TABLES
from rashomon.ingest.text import read_text
from rashomon.ledger import load_ledger, validate, write_ledger
from rashomon.model import Ledger
from rashomon.report import write_outputs
from rashomon.report.csv import tables
from rashomon.report.markdown import isolate_bidi, md, render_markdown
from rashomon.settings import Settings

from .test_cli import run

GOOD = (
    "Officials in Lisbon said on Monday that the ferry carried 212 passengers when it ran aground near the port. "
    "The harbour master told reporters that nobody was hurt."
)


def _ingest(tmp_path: Path, name: str, data: bytes) -> tuple[list[tuple[str, str, str | None]], int]:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = ingest([str(tmp_path)], Settings())
    return [(i.source, i.status, i.problem) for i in result.inputs], len(result.articles)


# ---------------------------------------------------------------- crafted JSON: one input lost, not the run


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("deep.jsonl", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "nested too deeply"),
        ("bigint.json", b'{"text": "A story.", "views": ' + b"9" * 5000 + b"}", "digits"),
        ("nan.json", b'{"text": "A story about the ferry.", "score": NaN}', "NaN"),
        ("surrogate.json", b'{"text": "The ferry \\ud800 sank near the port."}', "surrogate"),
    ],
)
def test_crafted_json_is_one_failed_input(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    inputs, articles = _ingest(tmp_path, name, data)
    assert articles == 1  # the good article is analysed
    bad = [i for i in inputs if i[0].startswith(str(tmp_path / name))]
    assert [status for _, status, _ in bad] == ["failed"]
    assert reason in (bad[0][2] or "")


def test_crafted_json_does_not_end_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (src / "huge.json").write_bytes(b'{"text": "x", "n": ' + b"1" * 5000 + b"}")
    (src / "lone.jsonl").write_bytes(b'{"text": "\\ud800 lone"}\n')
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run(["analyze", str(src), "-o", str(tmp_path / "out"), "--format", "json"], capsys)
    assert code == 0, err
    assert "internal error" not in err
    ledger = json.loads((tmp_path / "out" / "ledger.json").read_text(encoding="utf-8"))
    assert len(ledger["articles"]) == 1
    assert sum(i["status"] == "failed" for i in ledger["inputs"]) == 3


def test_wrong_typed_metadata_is_refused_per_field(tmp_path: Path) -> None:
    record = {"text": GOOD, "title": ["a", "b"], "outlet": True, "url": 5, "published": "2024-01-24"}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    result = ingest([str(tmp_path / "a.json")])
    article, status = result.articles[0], result.inputs[0]
    assert (article.title, article.outlet, article.url) == (None, None, None)
    assert article.published == "2024-01-24"
    assert status.status == "ok"
    for field in ("title", "outlet", "url"):
        assert f"field {field!r} ignored" in (status.problem or "")


def test_a_nul_byte_fails_one_jsonl_line_only(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD}),
        '{"text": "bad\x00line about the ferry"}',
        json.dumps({"text": GOOD + " Again."}),
    ]
    (tmp_path / "a.jsonl").write_bytes("\n".join(lines).encode("utf-8"))
    result = ingest([str(tmp_path / "a.jsonl")])
    assert [i.status for i in result.inputs] == ["ok", "failed", "ok"]
    assert "NUL" in (result.inputs[1].problem or "")


# ---------------------------------------------------------------- patterns that backtracked


def test_text_header_with_a_long_run_of_spaces_is_quick() -> None:
    text = "title: a" + " " * 100_000 + "b\n---\nThe ferry sank."
    t0 = time.perf_counter()
    draft = read_text(text, source="x", name="x")
    assert time.perf_counter() - t0 < 1.0
    assert draft.text == text  # a header block over 5,000 characters is no header


def test_text_header_values_are_stripped() -> None:
    draft = read_text("title: The ferry  \t\nurl:  https://example.org/a \n---\nThe ferry sank.", source="x", name="x")
    assert (draft.title, draft.url, draft.text) == ("The ferry", "https://example.org/a", "The ferry sank.")


def test_feed_fragment_of_unclosed_tags_is_quick() -> None:
    t0 = time.perf_counter()
    _html_to_text("<p " * 30_000)
    assert time.perf_counter() - t0 < 2.0


# ---------------------------------------------------------------- decoding


def test_one_bad_byte_in_utf8_is_replaced_not_a_charset_guess() -> None:
    data = "Russia\u2019s ministry said the plane carried 65 prisoners.".encode() + b"\x92 The rest is fine."
    text, encoding, warning = decode_bytes(data)
    assert text.startswith("Russia\u2019s ministry") and "\ufffd" in text
    assert encoding == "utf-8" and warning and "1 invalid byte" in warning


def test_one_bad_byte_is_a_warning_in_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(GOOD.replace("harbour", "harbour\u2019s").encode() + b" \xff")
    result = ingest([str(tmp_path / "a.txt")])
    assert result.inputs[0].status == "ok"
    assert "invalid byte" in (result.inputs[0].problem or "")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_russian_utf16_without_bom_is_read(encoding: str) -> None:
    russian = "Министр иностранных дел заявил, что переговоры в Женеве продолжатся на следующей неделе."
    text, found, _ = decode_bytes(russian.encode(encoding))
    assert text == russian and found == encoding


# ---------------------------------------------------------------- inputs that are not articles


def test_previous_outputs_in_the_input_tree_are_skipped(
    tmp_path: Path, il76_ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    write_outputs(il76_ledger, src / "old", ("json", "html", "md", "csv"))
    result = ingest([str(src)])
    assert len(result.articles) == 1
    skipped = {Path(i.source).name: i.problem for i in result.inputs if i.status == "skipped"}
    assert set(skipped) >= {"ledger.json", "report.html", "report.md", *OUTPUT_TABLES}
    assert all("rashomon" in (p or "") for p in skipped.values())


def test_the_output_tables_are_the_ones_recognised(il76_ledger: Ledger) -> None:
    assert set(tables(il76_ledger)) == OUTPUT_TABLES


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlinked_directories_are_followed_once_and_loops_listed(tmp_path: Path) -> None:
    walked = tmp_path / "walked"
    (walked / "sub").mkdir(parents=True)
    (walked / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (walked / "sub" / "loop").symlink_to(walked)  # back to the top: a loop
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(GOOD + " More.", encoding="utf-8")
    (walked / "other").symlink_to(tmp_path / "elsewhere")
    result = ingest([str(walked)])
    by_source = {os.path.relpath(i.source, walked): i for i in result.inputs}
    assert by_source["other/b.txt"].status == "ok"  # a symlinked directory is followed
    assert by_source["sub/a.txt"].status == "ok"
    loop = by_source["sub/loop"]  # ... but not round a loop: the loop gets its own line
    assert loop.status == "skipped" and "read already" in (loop.problem or "")
    assert len(result.inputs) == 3


@pytest.mark.parametrize(
    "n, limit, expected",
    [
        (200, 100, "file is 200 bytes, over the 100 bytes limit"),
        (2_500_000, 2_000_000, "file is 2.5 MB, over the 2 MB"),
    ],
)
def test_size_messages_use_human_units(tmp_path: Path, n: int, limit: int, expected: str) -> None:
    (tmp_path / "a.txt").write_bytes(b"a" * n)
    result = ingest([str(tmp_path / "a.txt")], Settings(max_bytes=limit))
    assert (result.inputs[0].problem or "").startswith(expected)
    assert "0.0 MB" not in (result.inputs[0].problem or "")


def test_human_size_never_says_zero() -> None:
    assert human_size(1) == "1 byte"
    assert human_size(1_500) == "1.5 KB"
    assert human_size(20_000_000) == "20 MB"


# ---------------------------------------------------------------- ledgers: bounded checks, no dangling ids


def test_validate_stops_after_the_first_problems(il76_ledger: Ledger) -> None:
    data = copy.deepcopy(il76_ledger.to_dict())
    data["quotes"] = [{"id": f"Q{i}"} for i in range(20_000)]
    problems = validate(data)
    assert 0 < len(problems) <= 50


def test_validate_rejects_dangling_references(il76_ledger: Ledger) -> None:
    data = copy.deepcopy(il76_ledger.to_dict())
    data["claims"][0]["speaker"] = "E99999"
    data["relations"][0]["a"] = "C99999"
    problems = validate(data)
    assert any("E99999" in p and "names no item" in p for p in problems)
    assert any("C99999" in p for p in problems)


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"schema": "rashomon.ledger/1", "x": NaN}', "NaN"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"schema": "rashomon.ledger/1", "n": ' + "7" * 5000 + "}", "digits"),
    ],
)
def test_load_ledger_refuses_crafted_json_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "l.json").write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=message):
        load_ledger(tmp_path / "l.json")


def test_validate_command_on_deep_json_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "l.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = run(["validate", str(tmp_path / "l.json")], capsys)
    assert code == 1 and "internal error" not in err and len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------- outputs: atomic, locked, checked first


def test_a_failed_write_leaves_the_previous_file_whole(il76_ledger: Ledger, tmp_path: Path) -> None:
    path = write_ledger(il76_ledger, tmp_path / "ledger.json")
    before = path.read_bytes()

    class Boom(Exception):
        pass

    broken = copy.copy(il76_ledger)
    object.__setattr__(broken, "articles", (object(),))  # to_dict fails half way
    with pytest.raises((AttributeError, Boom)):
        write_ledger(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.json"]  # no temporary file left behind


def test_a_second_run_into_a_locked_directory_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rashomon.atomic import DirectoryLock

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    held = DirectoryLock(tmp_path / "out")
    try:
        t0 = time.perf_counter()
        code, _, err = run(["analyze", str(tmp_path / "good.txt"), "-o", str(tmp_path / "out")], capsys)
        assert time.perf_counter() - t0 < 5  # before the analysis, not after
    finally:
        held.release()
    assert code == 1
    assert "another rashomon run is writing into" in err and len(err.strip().splitlines()) == 1


def test_an_unwritable_output_is_refused_before_the_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("not a directory", encoding="utf-8")
    code, _, err = run(["analyze", str(tmp_path / "good.txt"), "-o", str(tmp_path / "file" / "out")], capsys)
    assert code == 1 and "cannot create the output directory" in err


def test_write_outputs_fails_while_another_holds_the_lock(il76_ledger: Ledger, tmp_path: Path) -> None:
    from rashomon.atomic import DirectoryLock

    held = DirectoryLock(tmp_path)
    try:
        with pytest.raises(RashomonError, match="another rashomon run"):
            write_outputs(il76_ledger, tmp_path)
    finally:
        held.release()
    assert set(write_outputs(il76_ledger, tmp_path)) == {"json", "html", "md"}


# ---------------------------------------------------------------- reports: caps and bidi


def test_inputs_not_analysed_are_capped_in_report_md(il76_ledger: Ledger) -> None:
    import dataclasses

    from rashomon.model import InputResult

    many = tuple(InputResult(source=f"junk{i}.bin", status="failed", problem="binary file") for i in range(500))
    text = render_markdown(dataclasses.replace(il76_ledger, inputs=il76_ledger.inputs + many))
    assert text.count("junk") < 60
    assert "and 460 more inputs not analysed" in text


def test_stderr_lines_are_capped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    for i in range(60):
        (src / f"empty{i:02}.txt").write_bytes(b"")
    code, _, err = run(["analyze", str(src), "-o", str(tmp_path / "out"), "--format", "json"], capsys)
    assert code == 0
    assert len(err.strip().splitlines()) <= 21
    assert "... and 40 more" in err


def test_bidi_overrides_are_isolated_in_markdown() -> None:
    shown = md("Kyiv \u202eevil\u202c said")
    assert shown.startswith("\u2068") and shown.endswith("\u2069")
    assert "\u202c" not in shown
    assert md("plain words") == "plain words"
    assert isolate_bidi("a\u2067b").endswith("\u2069\u2069")  # the isolate it opens is closed too


def test_bidi_overrides_are_isolated_in_html() -> None:
    from rashomon.report.html import asset

    assert "unicode-bidi:isolate" in asset("report.css")


def test_language_is_checked_against_known_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, _, err = run(
        ["analyze", str(tmp_path / "good.txt"), "-o", str(tmp_path / "o"), "--language", "klingon"], capsys
    )
    assert code == 2 and "klingon" in err
