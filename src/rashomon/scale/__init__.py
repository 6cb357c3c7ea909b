"""Scale: where the per-article analysis runs. One interface, three executors.

An executor takes a *runner* (anything with ``run_batch(articles) -> analyses``,
in practice a :class:`rashomon.pipeline.Pipeline`) and a stream of article
batches, and yields each batch's analyses in the order the batches came, so the
ledger is the same whichever executor ran it:

- ``inprocess``: this process, one batch after another (the default);
- ``processes``: a local pool of ``--workers`` processes that survives a killed
  worker (its batch is redone once on its own, then its articles are failed with
  a reason);
- ``ray`` / ``ray://HOST:PORT``: actors on a local Ray or a Ray cluster (the
  ``scale`` extra), each loading the models once.

At most a few batches per worker are in flight or waiting to be yielded, so
memory stays bounded however long the stream of articles is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..errors import ConfigError
from ..link import StoryRunner
from ..model import Analysis, Article
from ..pipeline import Executor, Pipeline
from ..settings import Settings
from .base import BatchRunner, capped_workers, failed, max_workers

BATCH = 8  # articles per batch: spaCy's batching gains little beyond this, and a lost worker redoes little


def analyse(
    pipeline: Pipeline,
    articles: Iterable[Article],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Analysis]:
    """``pipeline`` over ``articles`` on the executor ``settings`` names (``executor``, ``workers``), in order."""
    workers, batch = settings.workers, BATCH
    if workers > 1 and isinstance(articles, Sequence):  # enough batches to keep every worker busy to the end
        batch = max(1, min(batch, -(-len(articles) // (workers * 4))))
        if len(articles) <= batch and settings.executor is None:
            workers = 1  # one batch: starting a pool would only cost time
    return pipeline.pipe(
        articles, executor=executor_for(settings.executor, workers), batch_size=batch, progress=progress
    )


def executor_for(spec: str | None, workers: int = 1) -> Executor | None:
    """The executor named by ``spec``: None, ``inprocess`` or ``processes`` (chosen by ``workers``), ``ray`` for
    a local Ray, ``ray://HOST:PORT`` for a cluster."""
    if spec in (None, "", "inprocess", "processes", "local"):
        if workers <= 1 or spec == "inprocess":
            return None  # the pipeline's own loop, in this process
        from .processes import LocalProcesses

        return LocalProcesses(capped_workers(workers)[0])
    if spec == "ray" or spec.startswith("ray://"):
        from .raycluster import RayExecutor

        return RayExecutor(None if spec == "ray" else spec, workers if workers > 1 else None)
    raise ConfigError(f"unknown executor {spec!r}; choose inprocess, processes, ray or ray://HOST:PORT")


def story_runner(spec: str | None) -> StoryRunner | None:
    """Where the stories of a corpus are linked: as Ray tasks when ``spec`` names Ray, else in this process."""
    if spec is not None and (spec == "ray" or spec.startswith("ray://")):
        from .raycluster import link_on_ray

        return functools.partial(link_on_ray, None if spec == "ray" else spec)
    return None


def check_executor(spec: str) -> str:
    """``spec`` if it names an executor, else a ConfigError saying which ones exist."""
    if spec in ("inprocess", "processes", "ray") or (spec.startswith("ray://") and len(spec) > len("ray://")):
        return spec
    raise ConfigError(f"unknown executor {spec!r}; choose inprocess, processes, ray or ray://HOST:PORT")


__all__ = [
    "BatchRunner",
    "Executor",
    "analyse",
    "capped_workers",
    "check_executor",
    "executor_for",
    "failed",
    "max_workers",
    "story_runner",
]
