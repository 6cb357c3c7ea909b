"""Executors: the same ledger in this process, in local worker processes and on Ray; a killed worker loses nothing."""

from __future__ import annotations

import functools
import logging
import os
import signal
from pathlib import Path
from typing import Any

import pytest

import rashomon
from rashomon.errors import ConfigError
from rashomon.model import Analysis, Span
from rashomon.pipeline import DEFAULT_STAGES, Pipeline, Stage
from rashomon.scale import capped_workers, check_executor, executor_for, max_workers
from rashomon.scale.processes import KILLED, LocalProcesses
from rashomon.settings import Settings

from .conftest import EXAMPLES, make_article

TEXTS = [
    "Mayor Ana Ruiz of Seville said on Monday that the river rose two metres overnight.",
    "The fire brigade said 40 houses were flooded, and the mayor said no one was hurt.",
    "Officials in Seville said the dam held; residents told reporters the water came without warning.",
    "A spokesman for the regional government said the damage would cost 3 million euros.",
    "Police said two people were missing after the river burst its banks near the old bridge.",
    "The weather service said more rain was expected on Tuesday in the south of the province.",
]


def _ledger(settings: Settings) -> dict[str, Any]:
    ledger = rashomon.analyze([EXAMPLES], settings).to_dict()
    ledger["generator"]["created"] = None
    return ledger


def _comparable(analyses: list[Analysis]) -> list[Analysis]:
    return [a.__class__(**{**{f: getattr(a, f) for f in a.__slots__}, "timings": ()}) for a in analyses]


def _die_once(marker: str, doc: object, analysis: Analysis) -> tuple[Span, ...]:
    """Kill this worker process the first time any worker gets here (the marker file says it happened)."""
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return ()
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)
    return ()


def _die_on(word: str, doc: object, analysis: Analysis) -> tuple[Span, ...]:
    """Kill this worker process whenever the article holds ``word``: an article that always runs out of memory."""
    if word in analysis.article.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return ()


def _articles() -> list[Any]:
    return [make_article(t, id=f"A{i}", name=f"a{i}.txt") for i, t in enumerate(TEXTS, 1)]


def test_a_worker_killed_mid_run_loses_nothing(tmp_path: Path) -> None:
    killer = Stage("test.killer.v1", functools.partial(_die_once, str(tmp_path / "killed")), "sentences")
    pipeline = Pipeline([killer, *DEFAULT_STAGES])
    executor = LocalProcesses(2)
    batches = [_articles()[i : i + 2] for i in range(0, len(TEXTS), 2)]
    got = [a for batch in executor.map(pipeline, batches) for a in batch]
    assert (tmp_path / "killed").exists() and executor.restarts == 1
    assert [a.article.id for a in got] == [f"A{i}" for i in range(1, len(TEXTS) + 1)]
    assert all(a.article.status == "ok" for a in got)
    assert _comparable(got) == _comparable(list(Pipeline().pipe(_articles())))


def test_an_article_that_always_kills_its_worker_is_failed_with_a_reason() -> None:
    articles = _articles()
    articles[2] = make_article("The POISON article: " + TEXTS[2], id="A3", name="a3.txt")
    killer = Stage("test.killer.v1", functools.partial(_die_on, "POISON"), "sentences")
    executor = LocalProcesses(2)
    batches = [articles[i : i + 2] for i in range(0, len(articles), 2)]
    got = [a for batch in executor.map(Pipeline([killer, *DEFAULT_STAGES]), batches) for a in batch]
    assert [a.article.id for a in got] == [a.id for a in articles]
    bad = got[2]
    assert bad.article.status == "failed" and bad.article.problem == KILLED and not bad.sentences
    assert all(a.article.status == "ok" and a.sentences for a in got[:2] + got[3:])
    # its batch was redone alone, then split: its neighbour A4 was analysed, not failed with it
    assert got[3].claims == Pipeline().run(articles[3]).claims


def test_a_failed_article_becomes_a_failed_input_in_the_ledger(tmp_path: Path) -> None:
    from rashomon.api import _drop_failed
    from rashomon.model import InputResult
    from rashomon.scale import failed

    ok, bad = _articles()[:2]
    inputs = [
        InputResult(source="a1.txt", status="ok", article="A1"),
        InputResult(source="a2.txt", status="ok", article="A2"),
    ]
    kept, out = _drop_failed([Pipeline().run(ok), failed(bad, KILLED)], inputs)
    assert [a.article.id for a in kept] == ["A1"]
    assert out[0] == inputs[0]
    assert (out[1].status, out[1].problem, out[1].article) == ("failed", KILLED, None)


def test_workers_are_capped_at_a_multiple_of_the_cores() -> None:
    cap = max_workers()
    assert capped_workers(cap) == (cap, None)
    workers, notice = capped_workers(cap * 10)
    assert workers == cap and notice is not None and f"--workers {cap * 10} capped at {cap}" in notice


def test_unknown_executors_are_refused_with_the_choices() -> None:
    assert check_executor("ray://10.0.0.1:10001") == "ray://10.0.0.1:10001"
    for bad in ("spark", "ray://", "Ray"):
        with pytest.raises(ConfigError, match="choose inprocess, processes, ray or ray://HOST:PORT"):
            check_executor(bad)
    with pytest.raises(ConfigError, match="unknown executor 'dask'"):
        Settings(executor="dask")
    assert executor_for(None, 1) is None and executor_for("inprocess", 4) is None
    assert type(executor_for(None, 2)).__name__ == "LocalProcesses"


def test_the_same_ledger_in_process_in_two_workers_and_on_ray() -> None:
    ray = pytest.importorskip("ray", reason="the scale extra (Ray) is not installed")
    one = _ledger(Settings())
    assert one["articles"] and one["claims"]
    assert _ledger(Settings(workers=2)) == one
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        assert _ledger(Settings(workers=2, executor="ray")) == one
    finally:
        ray.shutdown()


def test_the_command_line_caps_workers_with_one_line_and_refuses_unknown_executors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rashomon.cli import main

    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    too_many = max_workers() * 50
    try:
        main(["analyze", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q", "--workers", str(too_many)])
    except SystemExit as exc:
        assert not exc.code, capsys.readouterr().err
    err = capsys.readouterr().err
    assert (tmp_path / "out" / "ledger.json").exists(), err
    assert [line for line in err.splitlines() if "capped" in line] == [
        f"rashomon: --workers {too_many} capped at {max_workers()} (2 per core on the "
        f"{max_workers() // 2} core(s) this process may use)"
    ]
    with pytest.raises(SystemExit) as done:
        main(["analyze", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--executor", "spark"])
    assert done.value.code == 2 and "unknown executor 'spark'" in capsys.readouterr().err


def test_stories_linked_as_ray_tasks_give_what_linking_here_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    ray = pytest.importorskip("ray", reason="the scale extra (Ray) is not installed")
    import rashomon.link.partition as partition_module
    import rashomon.scale.raycluster as raycluster
    from rashomon.ledger import number_items
    from rashomon.link import link
    from rashomon.scale import story_runner

    from .test_partition import LYON, SEVILLE

    monkeypatch.setattr(partition_module, "WHOLE", 0)  # route even a corpus this small (in this process, the driver)
    monkeypatch.setattr(raycluster, "STORY_TASK_ARTICLES", 1)  # each story a task of its own
    pipeline = Pipeline()
    texts = [(SEVILLE[0], "2024-03-03"), (LYON[0], "2024-03-04"), (SEVILLE[1], "2024-03-03"), (LYON[1], "2024-03-04")]
    analyses = number_items(
        [pipeline.run(make_article(t, id=f"A{n}", name=f"a{n}.txt", published=p)) for n, (t, p) in enumerate(texts, 1)]
    )
    here = link(analyses, Settings(threads=1))
    assert story_runner(None) is None and story_runner("processes") is None
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        there = link(analyses, Settings(threads=1), run_stories=story_runner("ray"))
    finally:
        ray.shutdown()
    assert len({frozenset(k.articles) for k in here.clusters}) >= 2
    assert there == here
