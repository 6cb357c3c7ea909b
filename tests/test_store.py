"""The case store on SQLite: incremental adds give the ledger a fresh analysis gives, old case files upgrade,
an extractor change is redone and said, duplicates and bad inputs are kept with their reason."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from rashomon.api import analyze
from rashomon.cli import main
from rashomon.link import link_stories
from rashomon.store import Raw, StoreError, open_case
from rashomon.store.engine import HEAD, current_revision, engine_for, migrate

from .conftest import EXAMPLES

FILES = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(json.dumps(data))
    data["generator"].pop("created")
    return data


def test_adding_in_steps_gives_the_ledger_of_one_fresh_analysis(tmp_path: Path) -> None:
    assert len(FILES) >= 3
    case = open_case(tmp_path / "il76.rashomon")
    first = case.add(FILES[:-1])
    assert first.added == tuple(f"A{n}" for n in range(1, len(FILES))) and first.extracted == len(FILES) - 1
    second = case.add(FILES[-1:])
    assert second.added == (f"A{len(FILES)}",)
    # only the new article is analysed, unless the new one moved an inferred publication date (then it says so)
    assert second.extracted + second.reused == len(FILES) and second.reused >= 1
    redone = second.extracted - 1
    assert (redone == 0) == (not second.notes)
    assert all(f"re-extracted {redone} article(s) whose inferred publication date changed" == n for n in second.notes)
    fresh = analyze(FILES)
    assert _plain(second.ledger.to_dict()) == _plain(fresh.to_dict())
    # read back from the store, in a new connection: the same
    assert _plain(open_case(tmp_path / "il76.rashomon", create=False).ledger().to_dict()) == _plain(fresh.to_dict())


def test_a_case_of_several_stories_relinks_only_the_story_an_article_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rashomon.link.partition as partition_module
    import rashomon.store.case as case_module

    from .test_partition import LYON, SEVILLE

    monkeypatch.setattr(partition_module, "WHOLE", 0)  # route even a corpus this small
    linked: list[list[int]] = []

    def spy(groups: Any, *args: Any, **kwargs: Any) -> Any:
        linked.append([len(g) for g in groups])
        return link_stories(groups, *args, **kwargs)

    monkeypatch.setattr(case_module, "link_stories", spy)
    files = []
    for n, (day, body) in enumerate([("03", SEVILLE[0]), ("03", SEVILLE[1]), ("04", LYON[0]), ("04", LYON[1])]):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"date 2024-03-{day} Story {n}\n\n{body}\n", encoding="utf-8")
        files.append(str(path))
    case = open_case(tmp_path / "two.rashomon")
    case.add(files[:3])
    assert linked == [[2, 1]]  # Seville's two articles, Lyon's first
    second = case.add(files[3:])
    assert linked[1:] == [[2]]  # only Lyon, which the new article joins; Seville's story is reused
    fresh = analyze(files)
    assert _plain(second.ledger.to_dict()) == _plain(fresh.to_dict())
    assert len({frozenset(k.articles) for k in fresh.clusters}) >= 2


def test_duplicates_and_unreadable_inputs_are_kept_with_their_reason(tmp_path: Path) -> None:
    case = open_case(tmp_path / "c.rashomon")
    case.add(FILES[:1])
    again = case.add([FILES[0], str(tmp_path / "missing.txt")])
    assert again.added == ()
    assert [i.status for i in again.inputs] == ["skipped", "failed"]
    assert "exact duplicate" in (again.inputs[0].problem or "")
    assert [i["status"] for i in case.inputs()] == ["ok", "skipped", "failed"]
    assert all(i["raw_sha256"] for i in case.inputs()[:2]) and case.inputs()[2]["raw_sha256"] is None
    assert len(again.ledger.inputs) == 3 and len(again.ledger.articles) == 1


def test_inputs_in_memory_are_added_like_files(tmp_path: Path) -> None:
    case = open_case(tmp_path / "m.rashomon")
    body = (
        b"<html><head><title>Dam burst</title></head>"
        b"<body><p>Officials said the dam burst on Tuesday.</p></body></html>"
    )
    result = case.add_raw([("upload:page.html", Raw("upload:page.html", "page.html", body))])
    assert result.added == ("A1",)
    assert result.ledger.articles[0].title == "Dam burst"


def test_an_extractor_change_redoes_the_extractions_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "v.rashomon"
    case = open_case(path)
    case.add(FILES[:2])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extractions SET extractor = 'rashomon 0.0.1; old stages'")
    result = case.add(FILES[2:3])
    assert result.extracted == 3 and result.reused == 0
    assert any("another extractor" in n and "0.0.1" in n for n in result.notes)
    assert _plain(result.ledger.to_dict()) == _plain(analyze(FILES[:3]).to_dict())


def test_a_case_file_made_at_the_first_migration_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.rashomon"
    engine = engine_for(path)
    migrate(engine, "0001")
    with engine.begin() as conn:
        assert current_revision(conn) == "0001"
        conn.execute(text("INSERT INTO cases (id, name, created) VALUES (1, 'old', '2026-01-01T00:00:00Z')"))
    engine.dispose()
    case = open_case(path, create=False)
    assert case.name == "old"
    with case.engine.begin() as conn:
        assert current_revision(conn) == HEAD
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert {"embeddings", "jobs"} <= tables
    assert case.add(FILES[:1]).added == ("A1",)


def test_what_is_not_a_case_file_is_one_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.rashomon"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_case(junk)
    with pytest.raises(StoreError, match="no such case file"):
        open_case(tmp_path / "absent.rashomon", create=False)


def test_cli_add_report_show_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    main(["add", "story.rashomon", *FILES[:2], "-q"])
    main(["report", "story.rashomon", "-o", "out", "--format", "json,html"])
    ledger = json.loads((tmp_path / "out" / "ledger.json").read_text())
    assert len(ledger["articles"]) == 2 and (tmp_path / "out" / "report.html").exists()
    main(["show", "story.rashomon", "--json"])
    main(["cases"])
    out = capsys.readouterr().out
    assert '"articles": 2' in out and "story\t2 article(s)" in out
    with pytest.raises(SystemExit) as exit_:
        main(["report", "nothing.rashomon", "-o", "out2"])
    assert exit_.value.code == 1
    assert "no such case file" in capsys.readouterr().err


def test_a_postgresql_store_holds_many_cases(pg_schema: str, capsys: pytest.CaptureFixture[str]) -> None:
    from rashomon.store import list_cases

    first = open_case("belgorod", pg_schema)
    second = open_case("il76", pg_schema)
    assert first.id != second.id and open_case("belgorod", pg_schema).id == first.id
    assert [c.name for c in list_cases(pg_schema)] == ["belgorod", "il76"]
    main(["cases", "--store", pg_schema])
    assert capsys.readouterr().out.splitlines()[0].startswith("belgorod\t0 article(s)")
    with pytest.raises(StoreError, match="no case 'absent'"):
        open_case("absent", pg_schema, create=False)
