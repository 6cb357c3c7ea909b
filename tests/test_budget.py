"""Each article's budget: no single input (a huge one, one the tokenizer chokes on, one a stage loops on) stalls
a run; the article is given up with one line of reason and the others go on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import rashomon
from rashomon.budget import OverBudget
from rashomon.extract import nlp
from rashomon.ingest import ingest
from rashomon.ingest.tokens import tokenizer_work
from rashomon.pipeline import DEFAULT_STAGES, Pipeline, Stage
from rashomon.settings import Settings

from .conftest import make_article
from .test_cli import run

GOOD = (
    "Officials in Lisbon said on Monday that the ferry carried 212 passengers when it ran aground near the port. "
    "The harbour master told reporters that nobody was hurt."
)


@pytest.mark.parametrize(
    "text",
    [
        "First line.\nSecond line, a little longer.\n\nThird paragraph. " * 40,
        "One sentence after another. " * 100,
        "x" * 1000,  # no break at all: cut at the size
        "short",
    ],
)
def test_pieces_join_back_into_the_text(text: str) -> None:
    parts = nlp.pieces(text, 100)
    assert "".join(parts) == text
    assert all(len(p) <= 100 for p in parts)


def test_a_long_text_parsed_in_pieces_is_one_doc_of_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "LONG_TEXT", 500)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 300)
    text = (GOOD + "\n\n") * 8
    doc = nlp.parse(text, "en")
    assert doc.text == text
    assert any(e.text == "Lisbon" for e in doc.ents)
    assert len(list(doc.sents)) >= 16


def test_a_long_text_stops_between_pieces_at_its_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "LONG_TEXT", 500)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 300)
    with pytest.raises(OverBudget):
        nlp.parse((GOOD + "\n\n") * 8, "en", deadline=time.perf_counter())


def test_a_stage_that_never_ends_is_stopped_at_the_budget() -> None:
    def forever(doc: object, analysis: object) -> list[object]:
        while True:
            pass

    stages = (*DEFAULT_STAGES[:1], Stage("test.forever.v1", forever, "mentions", ("sentences",)))
    t0 = time.perf_counter()
    analysis = Pipeline(stages, max_seconds=2.0).run(make_article(GOOD))
    assert time.perf_counter() - t0 < 15
    assert analysis.skipped and "test.forever.v1" in analysis.skipped and "2 s" in analysis.skipped


def test_an_article_over_budget_is_listed_with_the_reason_not_analysed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    ledger = rashomon.analyze([tmp_path], Settings(max_seconds=1e-9))
    assert ledger.articles == ()
    assert [i.status for i in ledger.inputs] == ["skipped"]
    assert "over the time budget" in (ledger.inputs[0].problem or "")


@pytest.mark.parametrize(
    "body",
    [
        "Breaking news. " + "\U0001f600" * 100_000,  # 100,000 emoji
        "Breaking news. " + "!?" * 20_000,  # a run of punctuation after words
        "(" * 30_000 + "a",  # prefixes the tokenizer peels one at a time
    ],
)
def test_runs_the_tokenizer_would_stall_on_are_skipped_before_it(tmp_path: Path, body: str) -> None:
    (tmp_path / "bad.txt").write_text(body, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    t0 = time.perf_counter()
    result = ingest([str(tmp_path)])
    assert time.perf_counter() - t0 < 10
    status = {Path(i.source).name: i for i in result.inputs}
    assert status["bad.txt"].status == "skipped" and "stall the tokenizer" in (status["bad.txt"].problem or "")
    assert status["good.txt"].status == "ok"


def test_words_urls_and_symbols_inside_words_cost_little() -> None:
    text = GOOD + " https://example.org/" + "path/" * 300 + " a" + "\U0001f600" * 3000 + "a " + "x" * 5000
    assert tokenizer_work(text) < 10_000  # the URL's closing slash: one symbol at an end


def test_a_2_mb_single_line_file_is_given_up_at_the_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = " ".join(GOOD for _ in range(2_000_000 // (len(GOOD) + 1)))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(line, encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    t0 = time.perf_counter()
    code, _, err = run(["analyze", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--max-seconds", "5"], capsys)
    assert time.perf_counter() - t0 < 120
    assert code == 0 and "over the time budget of 5 s" in err, err


def test_no_extractor_rebuilds_the_doc_text() -> None:
    """``Doc.text`` joins every token on each access: once per quote or entity makes a long article quadratic
    (a 2 MB article spent 50 s in one such call in quotes); ``nlp.text_of`` builds it once."""
    import re

    src = Path(nlp.__file__).parent
    rebuilt = re.compile(r"\bdoc\.text\b(?!_)")
    found = [
        f"{path.name}:{n}"
        for path in sorted(src.glob("*.py"))
        if path.name != "nlp.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if rebuilt.search(line.split("#")[0])
    ]
    assert found == []
