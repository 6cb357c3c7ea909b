"""The default executor: every batch in this process, one after another."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Analysis, Article
from .base import BatchRunner


class InProcess:
    def map(self, runner: BatchRunner, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        for batch in batches:
            yield runner.run_batch(batch)
