"""Local worker processes (``--workers N``) that survive a killed worker.

A worker killed from outside (the kernel's out-of-memory killer, a SIGKILL)
breaks a ``ProcessPoolExecutor`` and every batch in flight with it. Here the
pool is started again and the batches that were in flight are redone, each on
its own so the culprit is known; a batch whose worker dies again is split into
its articles, each tried once more on its own, and an article that still kills
its worker is returned failed, with the reason, instead of losing the run.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..model import Analysis, Article
from .base import BatchRunner, failed

IN_FLIGHT_PER_WORKER = 2  # batches queued or waiting per worker: enough to keep each busy, few to hold in memory
KILLED = "the worker process analysing it was killed twice (out of memory?); not analysed"


@dataclass(slots=True)
class _Job:
    index: int  # position of the batch in the stream
    articles: list[Article]
    suspect: bool = False  # was in flight when a worker died: run alone from now on
    part: int = 0  # when a suspect batch was split: which article of it


class LocalProcesses:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.restarts = 0  # pools started again after a worker died, for tests and benchmarks

    def map(self, runner: BatchRunner, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        stream = enumerate(batches)
        exhausted = False
        retry: deque[_Job] = deque()
        pending: dict[Future[list[Analysis]], _Job] = {}
        ready: dict[int, list[Analysis]] = {}
        parts: dict[int, dict[int, Analysis]] = {}  # a split batch's articles, by position, until all are back
        sizes: dict[int, int] = {}
        next_out = 0
        window = self.workers * IN_FLIGHT_PER_WORKER
        pool = self._pool(runner)
        try:
            while True:
                # Suspects run alone, so a second death names its batch; others fill the window.
                while retry and not pending:
                    job = retry.popleft()
                    pending[pool.submit(_work, job.articles)] = job
                while not retry and not exhausted and len(pending) + len(ready) < window:
                    try:
                        index, batch = next(stream)
                    except StopIteration:
                        exhausted = True
                        break
                    sizes[index] = len(batch)
                    pending[pool.submit(_work, batch)] = _Job(index, batch)
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken = False
                for future in finished:
                    job = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken = True
                        pending[future] = job  # handled with the others in flight below
                        continue
                    except Exception as exc:  # the batch could not be sent or returned: fail it, keep the run
                        reason = f"worker failed: {exc.__class__.__name__}: {exc}"
                        results = [failed(a, reason) for a in job.articles]
                    self._deliver(job, results, ready, parts, sizes)
                if broken:
                    pool.shutdown(wait=False, cancel_futures=True)
                    for job in pending.values():
                        self._requeue(job, retry, ready, parts, sizes)
                    pending.clear()
                    self.restarts += 1
                    pool = self._pool(runner)
                while next_out in ready:
                    yield ready.pop(next_out)
                    next_out += 1
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _pool(self, runner: BatchRunner) -> ProcessPoolExecutor:
        # forkserver (or spawn) rather than fork: the parent may hold BLAS threads, and
        # forking a threaded process can deadlock. Each worker loads the models once.
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=mp.get_context(method), initializer=_init, initargs=(runner,)
        )

    @staticmethod
    def _requeue(
        job: _Job,
        retry: deque[_Job],
        ready: dict[int, list[Analysis]],
        parts: dict[int, dict[int, Analysis]],
        sizes: dict[int, int],
    ) -> None:
        """A job that was in flight when a worker died: redo it alone, split it, or fail its article."""
        if not job.suspect:
            retry.append(_Job(job.index, job.articles, suspect=True, part=-1))
        elif len(job.articles) > 1:
            retry.extend(_Job(job.index, [a], suspect=True, part=i) for i, a in enumerate(job.articles))
        else:
            LocalProcesses._deliver(job, [failed(job.articles[0], KILLED)], ready, parts, sizes)

    @staticmethod
    def _deliver(
        job: _Job,
        results: list[Analysis],
        ready: dict[int, list[Analysis]],
        parts: dict[int, dict[int, Analysis]],
        sizes: dict[int, int],
    ) -> None:
        if job.part < 0 or (job.part == 0 and not job.suspect):
            ready[job.index] = results
            return
        got = parts.setdefault(job.index, {})
        got[job.part] = results[0]
        if len(got) == sizes[job.index]:
            ready[job.index] = [got[i] for i in range(len(got))]
            del parts[job.index]


_runner: BatchRunner | None = None


def _init(runner: BatchRunner) -> None:
    global _runner
    from ..extract.nlp import english

    _runner = runner
    english()  # load the model now, once per worker, not inside the first batch


def _work(batch: list[Article]) -> list[Analysis]:
    assert _runner is not None, "worker used before _init ran"
    return _runner.run_batch(batch)
