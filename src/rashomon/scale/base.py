"""What every executor shares: the protocols, the worker cap, and the analysis of a failed article."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol

from ..model import Analysis, Article
from ..settings import available_cores

WORKERS_PER_CORE = 2  # more processes than this only add model copies and swapping


class BatchRunner(Protocol):
    """What an executor runs: in practice a ``Pipeline``, sent once to every worker."""

    def run_batch(self, articles: Sequence[Article]) -> list[Analysis]: ...


def max_workers() -> int:
    """The most local worker processes worth starting on this machine."""
    return WORKERS_PER_CORE * available_cores()


def capped_workers(workers: int) -> tuple[int, str | None]:
    """``workers`` capped at :func:`max_workers`, with a one-line notice when it was."""
    cap = max_workers()
    if workers <= cap:
        return workers, None
    return cap, (
        f"--workers {workers} capped at {cap} ({WORKERS_PER_CORE} per core on the {available_cores()} core(s) "
        "this process may use)"
    )


def failed(article: Article, reason: str) -> Analysis:
    """The analysis of an article that could not be analysed: nothing extracted, the reason on the article."""
    return Analysis(article=dataclasses.replace(article, status="failed", problem=reason))
