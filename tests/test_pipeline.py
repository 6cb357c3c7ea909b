"""The pipeline: stages checked when built and when run, failures contained, workers give the same result."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.errors import PipelineError
from rashomon.model import Analysis, Span
from rashomon.pipeline import DEFAULT_STAGES, Pipeline, Stage
from rashomon.settings import Settings

from .conftest import EXAMPLES, make_article


def test_stage_requirements_are_checked_when_built() -> None:
    quotes = next(s for s in DEFAULT_STAGES if s.assigns == "quotes")
    with pytest.raises(PipelineError, match="requires sentences, mentions"):
        Pipeline([quotes])


def test_unknown_field_is_refused() -> None:
    with pytest.raises(PipelineError, match="assigns 'verdicts'"):
        Pipeline([Stage("x.v1", lambda doc, a: (), "verdicts")])


def test_a_stage_yielding_the_wrong_type_is_named() -> None:
    bad = Stage("rashomon.bad.v1", lambda doc, a: ["not a span"], "sentences")
    with pytest.raises(PipelineError, match="'rashomon.bad.v1' yielded a str; 'sentences' holds Span items"):
        Pipeline([bad]).run(make_article("The minister resigned on Friday."))


def test_a_crashing_extractor_loses_nothing_else() -> None:
    def broken(doc: object, analysis: Analysis) -> list[Span]:
        raise ZeroDivisionError("boom")

    stages = [*DEFAULT_STAGES[:2], Stage("rashomon.broken.v1", broken, "times")]
    analysis = Pipeline(stages).run(make_article("Mayor Ana Ruiz of Seville said the river rose overnight."))
    assert analysis.mentions and analysis.sentences
    assert analysis.times == ()
    assert analysis.article.problem == "rashomon.broken.v1 failed: ZeroDivisionError: boom"
    assert [name for name, _ in analysis.timings] == ["parse", *(s.name for s in stages)]


def test_batch_and_single_runs_agree() -> None:
    texts = [
        "Mayor Ana Ruiz of Seville said the river rose overnight.",
        "The Danish Prime Minister met Chinese officials in Beijing on Tuesday, Reuters reported.",
    ]
    arts = [make_article(t, id=f"A{i}") for i, t in enumerate(texts, 1)]
    pipeline = Pipeline()
    batch = pipeline.run_batch(arts)
    single = [pipeline.run(a) for a in arts]
    strip = lambda a: (a.sentences, a.mentions, a.quotes, a.quantities, a.times, a.claims, a.framing)  # noqa: E731
    assert [strip(a) for a in batch] == [strip(a) for a in single]


def test_russian_article_gets_entities_from_natasha() -> None:
    text = "Глава МИД Франции Жан-Ноэль Барро прибыл в Киев, сообщило агентство Рейтер."
    analysis = Pipeline().run(make_article(text, language="ru"))
    names = {(m.text, m.type) for m in analysis.mentions}
    assert ("Киев", "GPE") in names
    assert any(t == "PERSON" and "Барро" in s for s, t in names)
    assert analysis.sentences == (Span(0, len(text)),)


def test_unknown_language_still_gets_sentences() -> None:
    text = "Dit is een zin. Dit is een tweede zin over de overstroming."
    analysis = Pipeline().run(make_article(text, language="nl"))
    assert len(analysis.sentences) == 2


@pytest.mark.slow
def test_two_workers_give_the_same_ledger(tmp_path: Path) -> None:
    one = rashomon.analyze([EXAMPLES], Settings(workers=1)).to_dict()
    two = rashomon.analyze([EXAMPLES], Settings(workers=2)).to_dict()
    one["generator"]["created"] = two["generator"]["created"] = None
    assert one == two


def test_the_ledger_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Sets of strings iterate in a new order under every PYTHONHASHSEED; nothing in the ledger may follow it."""
    import os
    import subprocess
    import sys

    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "0"}
        out = tmp_path / seed
        runs.append(
            (
                out,
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "rashomon",
                        "analyze",
                        str(EXAMPLES),
                        "-o",
                        str(out),
                        "--format",
                        "json",
                        "--quiet",
                    ],
                    env=env,
                ),
            )
        )
    for _, proc in runs:
        assert proc.wait(timeout=300) == 0
    first, second = ((out / "ledger.json").read_bytes() for out, _ in runs)
    assert first == second
