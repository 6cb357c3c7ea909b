"""Per-article extraction: one spaCy pass, then the stages in order, each reading the Doc.

Stages are declared here, in one place, with what they read and write, so the
order is checked when a pipeline is built and nothing depends on import order
(the lesson of spaCy's ``registrations.py``). Each stage wraps a pure extractor
``extract_x(doc, analysis) -> Iterable[Item]`` and stores the items it yields
on a new ``Analysis``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .budget import OverBudget, alarm
from .errors import PipelineError
from .extract import claims, entities, framing, quantities, quotes, sentences, times
from .model import Analysis, Article, Claim, Framing, Mention, Quantity, Quote, Span, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc

Extractor = Callable[["Doc", Analysis], Iterable[Any]]

# What each Analysis field holds: a stage's items are checked against it.
ITEM_TYPES: dict[str, type] = {
    "sentences": Span,
    "mentions": Mention,
    "times": TimeRef,
    "quantities": Quantity,
    "quotes": Quote,
    "claims": Claim,
    "framing": Framing,
}


@dataclass(frozen=True, slots=True)
class Stage:
    name: str  # versioned: "rashomon.quotes.v1"
    extractor: Extractor
    assigns: str  # the Analysis field it fills
    requires: tuple[str, ...] = ()  # Analysis fields it reads

    def __call__(self, doc: Doc, analysis: Analysis) -> Analysis:
        items = tuple(self.extractor(doc, analysis))
        want = ITEM_TYPES[self.assigns]
        for item in items:
            if not isinstance(item, want):
                raise PipelineError(
                    f"stage {self.name!r} yielded a {type(item).__name__}; {self.assigns!r} holds {want.__name__} items"
                )
        assigned: dict[str, Any] = {self.assigns: items}  # a tuple of ITEM_TYPES[self.assigns], checked above
        return dataclasses.replace(analysis, **assigned)


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("rashomon.sentences.v1", sentences.extract_sentences, "sentences"),
    Stage("rashomon.entities.v1", entities.extract_mentions, "mentions", ("sentences",)),
    Stage("rashomon.times.v1", times.extract_times, "times", ("sentences",)),
    Stage("rashomon.quantities.v1", quantities.extract_quantities, "quantities", ("sentences", "times")),
    Stage("rashomon.quotes.v1", quotes.extract_quotes, "quotes", ("sentences", "mentions")),
    Stage("rashomon.claims.v1", claims.extract_claims, "claims", ("sentences", "mentions", "quotes", "times")),
    Stage("rashomon.framing.v1", framing.extract_framing, "framing", ("sentences", "mentions", "claims")),
)


class Pipeline:
    """An ordered, checked list of stages; ``run`` analyses one article, ``pipe`` many.

    ``max_seconds`` is each article's budget: an article whose parse and stages
    take longer is given up, as an ``Analysis`` with ``skipped`` set to the reason.
    """

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES, *, max_seconds: float | None = None) -> None:
        self.max_seconds = max_seconds
        assigned: set[str] = set()
        for st in stages:
            if st.assigns not in ITEM_TYPES:
                raise PipelineError(f"stage {st.name!r} assigns {st.assigns!r}; choose from {', '.join(ITEM_TYPES)}")
            missing = [r for r in st.requires if r not in assigned]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {', '.join(missing)}, which no earlier stage assigns; "
                    "reorder the stages or add the missing one"
                )
            assigned.add(st.assigns)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(st.name for st in self.stages)

    def run(self, article: Article) -> Analysis:
        return self.run_batch([article])[0]

    def run_batch(self, articles: Sequence[Article]) -> list[Analysis]:
        """Analyse articles together: English texts share one batched spaCy pass."""
        from .extract.nlp import LONG_TEXT, english, parse, parse_many

        if any(a.language in (None, "en") for a in articles):
            english()  # loaded before the clock starts: loading the model is no article's time
        start = time.perf_counter()
        # short English texts share one batched pass; long ones are parsed alone, in pieces, within their budget
        batched = [a for a in articles if a.language in (None, "en") and len(a.text) <= LONG_TEXT]
        docs = dict(zip((a.id for a in batched), parse_many([a.text for a in batched]), strict=True))
        parse_time = time.perf_counter() - start
        total_chars = sum(len(a.text) for a in batched) or 1
        budget = self.max_seconds
        out = []
        for article in articles:
            t0 = time.perf_counter()
            doc = docs.get(article.id)
            problem = None
            if doc is None:
                deadline = None if budget is None else t0 + budget
                try:
                    doc = parse(article.text, article.language, deadline=deadline)
                except OverBudget:
                    spent = time.perf_counter() - t0
                    out.append(_over_budget(Analysis(article=article, timings=(("parse", spent),)), "parse", budget))
                    continue
                except Exception as exc:  # a language model that fails must not lose the article
                    problem = f"parse failed for language {article.language!r}: {exc.__class__.__name__}: {exc}"
                    doc = parse(article.text, "xx")
                spent = time.perf_counter() - t0
            else:
                spent = parse_time * len(article.text) / total_chars
            if problem:
                article = dataclasses.replace(article, problem=problem)
            analysis = Analysis(article=article, timings=(("parse", spent),))
            if budget is not None and spent > budget:
                out.append(_over_budget(analysis, "parse", budget))
                continue
            out.append(self._stages(doc, analysis, None if budget is None else budget - spent))
        return out

    def _stages(self, doc: Doc, analysis: Analysis, seconds_left: float | None = None) -> Analysis:
        timings = list(analysis.timings)
        problems = []
        deadline = None if seconds_left is None else time.perf_counter() + seconds_left
        for st in self.stages:
            t0 = time.perf_counter()
            try:
                with alarm(deadline):
                    analysis = st(doc, analysis)
            except OverBudget:
                assert self.max_seconds is not None
                return _over_budget(dataclasses.replace(analysis, timings=tuple(timings)), st.name, self.max_seconds)
            except PipelineError:
                raise
            except Exception as exc:  # one extractor's bug must not lose the article or the run
                problems.append(f"{st.name} failed: {exc.__class__.__name__}: {exc}")
            timings.append((st.name, time.perf_counter() - t0))
        article = analysis.article
        if problems:
            article = dataclasses.replace(article, problem="; ".join(filter(None, [article.problem, *problems])))
        return dataclasses.replace(analysis, article=article, timings=tuple(timings))

    def pipe(
        self,
        articles: Iterable[Article],
        *,
        executor: Executor | None = None,
        batch_size: int = 8,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[Analysis]:
        """Analyse articles in input order, in batches: in this process, or by ``executor`` (local processes or
        Ray: see ``rashomon.scale``). Articles are read from ``articles`` as batches are needed, so a stream is
        never held whole."""
        batches = _batches(articles, batch_size)
        done = executor.map(self, batches) if executor is not None else map(self.run_batch, batches)
        for results in done:
            if progress:
                progress(len(results))
            yield from results


class Executor(Protocol):
    """Where batches of articles are analysed (``rashomon.scale`` has the executors)."""

    def map(self, runner: Pipeline, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        """Each batch's analyses, in the order of ``batches``; a batch that cannot run comes back failed."""
        ...


def _over_budget(analysis: Analysis, where: str, budget: float | None) -> Analysis:
    """The article given up: no items kept, the reason said."""
    return Analysis(
        article=analysis.article,
        timings=analysis.timings,
        skipped=f"over the time budget of {budget or 0:g} s per article (at {where}); raise it with --max-seconds",
    )


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
