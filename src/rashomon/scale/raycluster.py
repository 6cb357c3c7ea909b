"""Ray: actors on a local Ray (``--executor ray``) or a cluster (``--executor ray://HOST:PORT``).

Each actor receives the runner once and loads the models once; batches of
articles go out as they are read and come back as analyses, at most
``IN_FLIGHT_PER_ACTOR`` per actor at a time, so neither side ever holds the
whole corpus. Results are yielded in the order of the batches. An actor that
dies (killed, out of memory, its node lost) is replaced and its batch redone
once; a batch that fails twice comes back as failed articles with the reason.

What crosses the network: the pickled runner once per actor, then article
texts with their metadata out, and extracted items (offsets, short strings) back.

Linking runs on Ray too (``link_on_ray``): the stories of a corpus go out as
tasks, several small stories to a task, each story's analyses out and its
linked result (entities, clusters, relations, ...) back; the driver puts the
stories together.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from ..link import Story, link_stories
from ..model import Analysis, Article
from ..settings import Settings
from .base import BatchRunner, failed

IN_FLIGHT_PER_ACTOR = 2
STORY_TASK_ARTICLES = 200  # articles of small stories sent together in one linking task (a large story goes alone)


class _Worker:
    """A Ray actor holding one runner and its loaded models."""

    def __init__(self, runner: BatchRunner) -> None:
        from ..extract.nlp import english

        self.runner = runner
        english()

    def run(self, batch: list[Article]) -> list[Analysis]:
        return self.runner.run_batch(batch)


class RayExecutor:
    def __init__(self, address: str | None, actors: int | None = None) -> None:
        self.address = address  # None: a local Ray (or the one already initialised)
        self.actors = actors  # None: one per CPU Ray offers
        self.restarts = 0

    def _ray(self) -> Any:
        try:
            import ray
        except ImportError:
            raise ConfigError(
                "the ray executor needs Ray: pip install 'rashomon[scale]' (or choose --executor processes)"
            ) from None
        if not ray.is_initialized():
            ray.init(address=self.address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
        return ray

    def map(self, runner: BatchRunner, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        ray = self._ray()
        from ray.exceptions import RayError

        count = self.actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor_class = ray.remote(num_cpus=1)(_Worker)
        runner_ref = ray.put(runner)
        actors = [actor_class.remote(runner_ref) for _ in range(count)]
        free: deque[int] = deque(i for i in range(count) for _ in range(IN_FLIGHT_PER_ACTOR))
        pending: dict[Any, tuple[int, int, list[Article], int]] = {}  # ref -> (slot actor, index, batch, tries)
        retry: deque[tuple[int, list[Article], int]] = deque()
        ready: dict[int, list[Analysis]] = {}
        stream = enumerate(batches)
        exhausted = False
        next_out = 0
        window = count * IN_FLIGHT_PER_ACTOR
        try:
            while True:
                while free and (retry or not exhausted) and len(pending) + len(ready) < window:
                    if retry:
                        index, batch, tries = retry.popleft()
                    else:
                        try:
                            index, batch = next(stream)
                        except StopIteration:
                            exhausted = True
                            break
                        tries = 0
                    slot = free.popleft()
                    pending[actors[slot].run.remote(batch)] = (slot, index, batch, tries)
                if not pending:
                    break
                done, _ = ray.wait(list(pending), num_returns=1)
                for ref in done:
                    slot, index, batch, tries = pending.pop(ref)
                    try:
                        ready[index] = ray.get(ref)
                        free.append(slot)
                        continue
                    except RayError as exc:
                        reason = f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                    if not _alive(ray, actors[slot]):  # the actor died: a fresh one takes its slots
                        self.restarts += 1
                        actors[slot] = actor_class.remote(runner_ref)
                    free.append(slot)
                    if tries == 0:
                        retry.append((index, batch, 1))
                    else:
                        ready[index] = [
                            failed(a, f"not analysed: the Ray worker failed twice ({reason})") for a in batch
                        ]
                while next_out in ready:
                    yield ready.pop(next_out)
                    next_out += 1
        finally:
            for actor in actors:
                ray.kill(actor)


def _alive(ray: Any, actor: Any) -> bool:
    try:
        ray.get(actor.__ray_ready__.remote(), timeout=30)
        return True
    except Exception:
        return False


def _link_task(groups: list[list[Analysis]], settings: Settings) -> list[Story]:
    return link_stories(groups, settings)


def link_on_ray(address: str | None, groups: list[list[Analysis]], settings: Settings) -> list[Story]:
    """Each story linked on its own, as Ray tasks (about ``STORY_TASK_ARTICLES`` articles a task), in order."""
    ray = RayExecutor(address)._ray()
    task = ray.remote(num_cpus=1)(_link_task)
    chunks: list[list[list[Analysis]]] = [[]]
    size = 0
    for group in groups:
        if size >= STORY_TASK_ARTICLES:
            chunks.append([])
            size = 0
        chunks[-1].append(group)
        size += len(group)
    refs = [task.remote(chunk, settings) for chunk in chunks if chunk]
    return [story for part in ray.get(refs) for story in part]
