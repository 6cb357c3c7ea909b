"""The public entry point: paths in, ledger out."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from .ingest import ingest
from .ledger import assemble, number_items
from .link import link
from .model import Analysis, InputResult, Ledger
from .pipeline import Pipeline
from .scale import analyse, story_runner
from .settings import Settings


def analyze(
    paths: Iterable[str | Path] | str | Path,
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Ledger:
    """Read articles about one event and build their ledger.

    Args:
        paths: files, directories (read recursively) and ``-`` for standard input.
        settings: how to run; defaults to ``Settings()``.
        stdin: the stream ``-`` reads (defaults to the process's standard input).
        progress: called as ``progress(done, total)`` while articles are analysed.

    Returns:
        The ledger. Inputs that yielded no article are listed in ``ledger.inputs``
        with the reason; a ledger with no articles is returned, not raised.
    """
    settings = settings or Settings()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ingested = ingest([str(p) for p in paths], settings, stdin=stdin)
    total = len(ingested.articles)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    analysed = analyse(Pipeline(max_seconds=settings.max_seconds), ingested.articles, settings, tick)
    analyses, given_up = _given_up(list(analysed), ingested.inputs)
    analyses, inputs = _drop_failed(analyses, given_up)
    analyses = number_items(analyses)
    return assemble(analyses, link(analyses, settings, run_stories=story_runner(settings.executor)), inputs)


def _given_up(
    analyses: list[Analysis], inputs: tuple[InputResult, ...]
) -> tuple[list[Analysis], tuple[InputResult, ...]]:
    """Articles over their budget leave the ledger; their inputs say ``skipped`` and why (ids keep their gaps)."""
    why = {a.article.id: a.skipped for a in analyses if a.skipped}
    if not why:
        return analyses, inputs
    kept = [a for a in analyses if not a.skipped]
    return kept, tuple(
        dataclasses.replace(i, status="skipped", problem=why[i.article], article=None) if i.article in why else i
        for i in inputs
    )


def _drop_failed(analyses: list[Analysis], inputs: Sequence[InputResult]) -> tuple[list[Analysis], list[InputResult]]:
    """Articles an executor could not analyse (a worker killed twice) leave the ledger and become failed inputs."""
    reasons = {a.article.id: a.article.problem for a in analyses if a.article.status == "failed"}
    if not reasons:
        return analyses, list(inputs)
    kept = [a for a in analyses if a.article.id not in reasons]
    out = [
        dataclasses.replace(i, status="failed", problem=reasons[i.article], article=None) if i.article in reasons else i
        for i in inputs
    ]
    return kept, out
