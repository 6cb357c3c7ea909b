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

from ..errors import ConfigError
from .base import BatchRunner, Executor, capped_workers, failed, max_workers


def executor_for(spec: str | None, workers: int = 1) -> Executor:
    """The executor named by ``spec``: None, ``inprocess`` or ``processes`` (chosen by ``workers``), ``ray`` for
    a local Ray, ``ray://HOST:PORT`` for a cluster."""
    if spec in (None, "", "inprocess", "processes", "local"):
        if workers <= 1 or spec == "inprocess":
            from .inprocess import InProcess

            return InProcess()
        from .processes import LocalProcesses

        return LocalProcesses(capped_workers(workers)[0])
    if spec == "ray" or spec.startswith("ray://"):
        from .raycluster import RayExecutor

        return RayExecutor(None if spec == "ray" else spec, workers if workers > 1 else None)
    raise ConfigError(f"unknown executor {spec!r}; choose inprocess, processes, ray or ray://HOST:PORT")


def check_executor(spec: str) -> str:
    """``spec`` if it names an executor, else a ConfigError saying which ones exist."""
    if spec in ("inprocess", "processes", "ray") or (spec.startswith("ray://") and len(spec) > len("ray://")):
        return spec
    raise ConfigError(f"unknown executor {spec!r}; choose inprocess, processes, ray or ray://HOST:PORT")


__all__ = [
    "BatchRunner",
    "Executor",
    "capped_workers",
    "check_executor",
    "executor_for",
    "failed",
    "max_workers",
]
