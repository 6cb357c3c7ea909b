"""The command line: what it prints, what it writes, and its exit codes; never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rashomon import __version__
from rashomon.cli import main

from .conftest import EXAMPLES


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = 0
    try:
        main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_analyze_writes_ledger_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["analyze", str(EXAMPLES), "-o", str(tmp_path / "out")], capsys)
    assert code == 0, err
    assert f"ledger: {tmp_path / 'out' / 'ledger.json'}" in out
    assert f"report: {tmp_path / 'out' / 'report.html'}" in out
    for name in ("ledger.json", "report.html", "report.md"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert json.loads((tmp_path / "out" / "ledger.json").read_text())["schema"] == "rashomon.ledger/1"


def test_formats_select_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["analyze", str(EXAMPLES / "003_1a18fef6c9c82676.txt"), "-o", str(tmp_path), "--format", "md,csv"], capsys
    )
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "claims.csv",
        "entities.csv",
        "quantities.csv",
        "quotes.csv",
        "report.md",
    ]


def test_some_bad_inputs_still_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(
        [
            "analyze",
            str(EXAMPLES / "000_56ec46818ecfb75a.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "missing.txt"),
            "-o",
            str(tmp_path / "out"),
        ],
        capsys,
    )
    assert code == 0
    assert "skipped" in err and "empty file" in err and "no such file or directory" in err
    inputs = json.loads((tmp_path / "out" / "ledger.json").read_text())["inputs"]
    assert [i["status"] for i in inputs] == ["ok", "skipped", "failed"]


def test_no_article_exits_nonzero_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(
        ["analyze", str(tmp_path / "empty.txt"), str(tmp_path / "nope"), "-o", str(tmp_path / "o")], capsys
    )
    assert code == 1
    assert out == ""
    last = err.strip().splitlines()[-1]
    assert last.startswith("rashomon: no article could be analysed") and "2 input(s)" in last
    assert not (tmp_path / "o").exists()


def test_quiet_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["analyze", str(EXAMPLES / "003_1a18fef6c9c82676.txt"), "-o", str(tmp_path), "--quiet"], capsys
    )
    assert (code, out, err) == (0, "", "")


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["analyze", "x.txt", "--format", "pdf"], "unknown output format"),
        (["analyze", "x.txt", "--workers", "0"], "--workers"),
        (["analyze"], "Missing argument"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and needle in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and __version__ in out


def test_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(["analyze", str(EXAMPLES / "003_1a18fef6c9c82676.txt"), "-o", str(tmp_path), "--quiet"], capsys)
    code, out, _ = run(["validate", str(tmp_path / "ledger.json")], capsys)
    assert code == 0 and "valid rashomon.ledger/1" in out

    data = json.loads((tmp_path / "ledger.json").read_text())
    data["articles"][0]["text"] = ""
    data["entities"] = [
        {
            "id": "E1",
            "name": "x",
            "type": "ORG",
            "aliases": [],
            "role": None,
            "mentions": [{"article": "A1", "start": 0, "end": 4}],
        }
    ]
    (tmp_path / "bad.json").write_text(json.dumps(data))
    code, _, err = run(["validate", str(tmp_path / "bad.json")], capsys)
    assert code == 1 and "not a valid rashomon.ledger/1 ledger" in err

    (tmp_path / "junk.json").write_text("{oops")
    code, _, err = run(["validate", str(tmp_path / "junk.json")], capsys)
    assert (
        code == 1
        and err.strip()
        == f"rashomon: {tmp_path / 'junk.json'}: not JSON (Expecting property name "
        "enclosed in double quotes at line 1, column 2)"
    )
    code, _, err = run(["validate", str(tmp_path / "none.json")], capsys)
    assert code == 1 and "no such file" in err


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    code, _, err = run(["analyze", str(EXAMPLES / "003_1a18fef6c9c82676.txt"), "-o", str(blocker / "out")], capsys)
    assert code == 1 and err.strip().splitlines()[-1].startswith("rashomon: cannot create the output directory")


def test_installed_entry_point_and_stdin(tmp_path: Path) -> None:
    """The real console script, reading an article from standard input."""
    exe = Path(sys.executable).with_name("rashomon")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "rashomon"]
    text = (EXAMPLES / "003_1a18fef6c9c82676.txt").read_bytes()
    done = subprocess.run(
        [*cmd, "analyze", "-", "-o", str(tmp_path)],
        input=text,
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == 0, done.stderr.decode()
    ledger = json.loads((tmp_path / "ledger.json").read_text())
    assert ledger["inputs"] == [{"source": "-", "status": "ok", "problem": None, "article": "A1"}]
