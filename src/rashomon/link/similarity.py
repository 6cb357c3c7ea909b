"""How alike two claims are: sentence embeddings and shared structured evidence, blended.

Embeddings see paraphrase (``They all died`` ~ ``Everyone died``) but are fooled
by topic: every sentence about a crash looks alike. Structured evidence sees
what makes a proposition specific: the same rare entity (``Kharkiv region``),
the same number (65), the same day, the same frame (an attack on the same
aircraft by the same side), the same rare words. Each is weighted by how rare it
is in the corpus (TF-IDF) and compared by Dice overlap, and sharing a specific
anchor (a number, a frame role, a rare entity) adds a bonus.

Candidate pairs come from blocking, never from all pairs beyond a small corpus:
random-hyperplane LSH on the embeddings and an inverted index on rare features,
keeping each claim's nearest neighbours inside a block, so the number of pairs
grows linearly with the corpus.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np
from scipy import sparse

from ..data.nouns import noun_class, stem
from .views import ClaimView

EMBEDDING_WEIGHT = 0.5
ANCHOR_BONUS = 0.08  # per shared anchor, up to three
PARAPHRASE = 0.62  # embedding similarity at which two claims may cluster without a shared anchor
_ANCHOR_DF = 6  # an entity named in more claims than this is the topic, not an anchor ...
_TOPIC_SHARE = 1.25  # ... unless it is named in at most this many claims per article naming it (``_anchors``)
CROSS_WORDS = 0.5  # how much a claim's words weigh against a claim in another language (``_cross``)
_SMALL = 2500  # up to this many claims, every cross-article pair is a candidate
_LSH_BITS = 12
_LSH_TABLES = 6
_BLOCK_NEIGHBOURS = 12  # candidates kept per claim inside one block
_RARE_DF = 60  # features in more claims than this do not generate candidates (they still score)
_SCALE = 4.0  # keeps raw TF-IDF weights near 1 (they are compared by Dice, not normalised)
_BATCH = 50_000
_KEPT = 0.30  # candidate pairs scoring this or more keep the score pairs() gave them; score() computes the others
_COSINE_BATCH = 2048  # pairs per gather: both gathered blocks (8 MB) stay in cache, 4x faster than 50,000 at once


class Similarity:
    def __init__(self, views: Sequence[ClaimView], vectors: np.ndarray) -> None:
        self.views = views
        self.vectors = vectors
        self.features, self.feature_index = _features(views)
        self.norms = np.asarray(self.features.multiply(self.features).sum(axis=1)).ravel()
        self.languages = _language_codes(views)
        # features every language writes alike (all but words), for pairs of claims in two languages, and the
        # norms those pairs are compared by (``CROSS_WORDS``); None when the claims are all in one language (or
        # none is known), so a one-language story computes nothing more
        self.spelled_columns: np.ndarray | None = None
        self.spelled: sparse.csr_matrix | None = None
        self.spelled_norms = self.norms
        if len(set(self.languages[self.languages >= 0].tolist())) > 1:
            self.spelled_columns = np.ones(self.features.shape[1], dtype=bool)
            for name, k in self.feature_index.items():
                self.spelled_columns[k] = not name.startswith("w:")
            self.spelled = sparse.csr_matrix(self.features @ sparse.diags(self.spelled_columns.astype(np.float32)))
            alike = np.asarray(self.spelled.multiply(self.spelled).sum(axis=1)).ravel()
            self.spelled_norms = alike + CROSS_WORDS * (self.norms - alike)
        self.articles = np.array([v.index for v in views], dtype=np.int64)
        self.anchors = _anchors(self.features, self.feature_index, self.articles)
        self.anchor_columns = np.zeros(self.features.shape[1], dtype=bool)
        self.anchor_columns[self.anchors.indices] = True
        self._pairs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._pair_cosines = np.zeros(0, dtype=np.float32)
        self._known: dict[tuple[int, int], float] = {}
        self._kept_codes = np.zeros(0, dtype=np.int64)
        self._kept_scores = np.zeros(0, dtype=np.float32)
        self._kept_table: np.ndarray | None = None  # kept scores by pair code, for a small story's look-ups
        self._rows: dict[int, tuple[dict[int, int], np.ndarray, frozenset[int]]] = {}

    # ---------------------------------------------------------------- scores

    def scores(self, rows: np.ndarray, cols: np.ndarray, cosines: np.ndarray | None = None) -> np.ndarray:
        """Scores of the pairs (rows[k], cols[k]), computed in vectorised batches."""
        if cosines is None:
            cosines = self.cosines(rows, cols)
        out = np.empty(len(rows), dtype=np.float32)
        for s in range(0, len(rows), _BATCH):
            r, c = rows[s : s + _BATCH], cols[s : s + _BATCH]
            dot = np.asarray(self.features[r].multiply(self.features[c]).sum(axis=1)).ravel()
            shared = np.asarray(self.anchors[r].multiply(self.anchors[c]).sum(axis=1)).ravel()
            norm_sum = self.norms[r] + self.norms[c]
            if self.spelled is not None:
                cross = self._cross(r, c)
                if cross.any():
                    rc, cc = r[cross], c[cross]
                    dot[cross] = np.asarray(self.spelled[rc].multiply(self.spelled[cc]).sum(axis=1)).ravel()
                    norm_sum[cross] = self.spelled_norms[rc] + self.spelled_norms[cc]
            out[s : s + _BATCH] = self._blend(cosines[s : s + _BATCH], dot, norm_sum, shared)
        return out

    def block(self, a: Sequence[int], b: Sequence[int]) -> np.ndarray:
        """The |a| x |b| matrix of scores, by matrix products (fast for groups of claims)."""
        ia, ib = np.asarray(a), np.asarray(b)
        emb = self.vectors[ia] @ self.vectors[ib].T
        dot, shared, spelled = _row_products(self.features, ia, ib, self.anchor_columns, self.spelled_columns)
        norm_sum = self.norms[ia][:, None] + self.norms[ib][None, :]
        if spelled is not None:
            cross = self._cross(ia[:, None], ib[None, :])
            dot = np.where(cross, spelled, dot)
            norm_sum = np.where(cross, self.spelled_norms[ia][:, None] + self.spelled_norms[ib][None, :], norm_sum)
        return self._blend(emb, dot, norm_sum, shared)

    def _cross(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether claims ``a`` and ``b`` (arrays that broadcast) are in two known languages. Such a pair is
        compared by what every language writes alike (names, numbers, days, frames): ``attaque`` and ``attack``
        share no word, so its words are not compared, and each claim's own weigh only ``CROSS_WORDS`` against
        it (a translation is a paraphrase too, so not all of them can be taken for words the other lacks)."""
        la, lb = self.languages[a], self.languages[b]
        cross: np.ndarray = (la != lb) & (la >= 0) & (lb >= 0)
        return cross

    def score(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        known = self._known.get(key)
        if known is None:
            candidate = self._candidate_score(*key)
            known = self._known[key] = candidate if candidate is not None else self._pair(i, j)
        return known

    def _candidate_score(self, i: int, j: int) -> float | None:
        """The score ``pairs()`` gave (i, j), i < j, when it is a candidate scoring at least _KEPT; else None."""
        if not len(self._kept_codes):
            return None
        code = i * len(self.views) + j
        if len(self.views) <= _SMALL:  # a table of every pair's kept score (at most _SMALL^2 floats, 25 MB)
            if self._kept_table is None:
                self._kept_table = np.full(len(self.views) ** 2, np.nan, dtype=np.float32)
                self._kept_table[self._kept_codes] = self._kept_scores
            found = self._kept_table[code]
            return float(found) if found == found else None  # NaN: not a kept candidate
        at = int(np.searchsorted(self._kept_codes, code))
        if at < len(self._kept_codes) and int(self._kept_codes[at]) == code:
            return float(self._kept_scores[at])
        return None

    def _pair(self, i: int, j: int) -> float:
        """One pair's score from the CSR rows directly (a sparse product per pair costs a millisecond, and
        ``np.intersect1d`` on the two rows' columns a tenth of that: a set intersection is cheaper still)."""
        (pos_i, data_i, anchors_i), (pos_j, data_j, anchors_j) = self._row(i), self._row(j)
        common = sorted(pos_i.keys() & pos_j.keys())  # the shared columns in column order, as the dot product had them
        norms = self.norms
        if self.spelled_columns is not None and bool(self._cross(np.asarray(i), np.asarray(j))):
            common = [c for c in common if self.spelled_columns[c]]
            norms = self.spelled_norms
        dot = float(np.dot(data_i[[pos_i[c] for c in common]], data_j[[pos_j[c] for c in common]]))
        shared = len(anchors_i & anchors_j)
        emb = float(self.vectors[i] @ self.vectors[j])
        struct = 2 * dot / max(float(norms[i] + norms[j]), 1e-9)
        return EMBEDDING_WEIGHT * emb + (1 - EMBEDDING_WEIGHT) * struct + ANCHOR_BONUS * min(shared, 3)

    def _row(self, i: int) -> tuple[dict[int, int], np.ndarray, frozenset[int]]:
        """Claim ``i``'s feature columns (column -> position in its CSR row), its weights, and its anchor columns."""
        row = self._rows.get(i)
        if row is None:
            f, a = self.features, self.anchors
            columns = f.indices[f.indptr[i] : f.indptr[i + 1]].tolist()
            row = (
                {c: k for k, c in enumerate(columns)},
                f.data[f.indptr[i] : f.indptr[i + 1]],
                frozenset(a.indices[a.indptr[i] : a.indptr[i + 1]].tolist()),
            )
            self._rows[i] = row
        return row

    @staticmethod
    def _blend(emb: np.ndarray, dot: np.ndarray, norm_sum: np.ndarray, shared: np.ndarray) -> np.ndarray:
        struct = 2 * dot / np.maximum(norm_sum, 1e-9)  # Dice: one shared name must not look like everything shared
        bonus = ANCHOR_BONUS * np.minimum(shared, 3)  # the same number of the same people, the same attacker ...
        blended: np.ndarray = (EMBEDDING_WEIGHT * emb + (1 - EMBEDDING_WEIGHT) * struct + bonus).astype(np.float32)
        return blended

    def evidence(self, rows: np.ndarray, cols: np.ndarray, cosines: np.ndarray | None = None) -> np.ndarray:
        """Whether each pair may seed a cluster: it shares a specific anchor, or the sentences are near-paraphrases.
        ``cosines``: the pairs' embedding similarities when the caller has them already."""
        if cosines is None:
            cosines = self.cosines(rows, cols)
        out = np.empty(len(rows), dtype=bool)
        for s in range(0, len(rows), _BATCH):
            r, c = rows[s : s + _BATCH], cols[s : s + _BATCH]
            shared = np.asarray(self.anchors[r].multiply(self.anchors[c]).sum(axis=1)).ravel()
            out[s : s + _BATCH] = (shared > 0) | (cosines[s : s + _BATCH] >= PARAPHRASE)
        return out

    def cosines(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Embedding similarity of the pairs (rows[k], cols[k]), in batches so memory stays flat (both vectors of
        every pair at once cost 4 KB a pair); the candidate pairs' own are computed once and kept."""
        if self._pairs is not None and rows is self._pairs[0] and cols is self._pairs[1]:
            return self._pair_cosines
        out = np.empty(len(rows), dtype=np.float32)
        for s in range(0, len(rows), _COSINE_BATCH):
            r, c = rows[s : s + _COSINE_BATCH], cols[s : s + _COSINE_BATCH]
            out[s : s + _COSINE_BATCH] = np.einsum("ij,ij->i", self.vectors[r], self.vectors[c])
        return out

    def _all_pairs(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosines and ``scores`` of the candidates of a small story, where every cross-article pair is one: each
        term from one matrix product over the story (at most _SMALL^2 floats, 25 MB), not gathered pair by pair
        (gathering both vectors of a million pairs cost 30 times the product). The feature and anchor products
        add the same terms in the same order as ``scores``'s row products, so they are the same floats; the
        cosines are ``block``'s (a gathered pair's own may differ in the last bit)."""
        cosines: np.ndarray = (self.vectors @ self.vectors.T)[rows, cols].astype(np.float32, copy=False)
        dot = (self.features @ self.features.T).toarray()[rows, cols]
        shared = (self.anchors @ self.anchors.T).toarray()[rows, cols]
        norm_sum = self.norms[rows] + self.norms[cols]
        if self.spelled is not None:
            cross = self._cross(rows, cols)
            dot = np.where(cross, (self.spelled @ self.spelled.T).toarray()[rows, cols], dot)
            norm_sum = np.where(cross, self.spelled_norms[rows] + self.spelled_norms[cols], norm_sum)
        return cosines, self._blend(cosines, dot, norm_sum, shared)

    # ---------------------------------------------------------------- candidates

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs (rows, cols, scores), i < j, claims from different articles; computed once."""
        if self._pairs is None:
            rows, cols = self._candidates()
            if len(self.views) <= _SMALL:
                self._pair_cosines, scores = self._all_pairs(rows, cols)
            else:
                self._pair_cosines = self.cosines(rows, cols)
                scores = self.scores(rows, cols, self._pair_cosines) if len(rows) else np.zeros(0, dtype=np.float32)
            self._pairs = (rows, cols, scores)
            # looked up by score() when asked (a dict of every kept pair cost more than all the look-ups)
            kept = scores >= _KEPT
            codes = rows[kept] * len(self.views) + cols[kept]
            order = np.argsort(codes, kind="stable")
            self._kept_codes, self._kept_scores = codes[order], scores[kept][order]
            for key in list(self._known):  # a pair scored one by one before: the candidates' own score wins
                found = self._candidate_score(*key)
                if found is not None:
                    self._known[key] = found
        return self._pairs

    def _candidates(self) -> tuple[np.ndarray, np.ndarray]:
        n = len(self.views)
        if n < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        if n <= _SMALL:
            rows, cols = np.triu_indices(n, k=1)
        else:
            codes, _ = sorted_unique(np.concatenate([np.zeros(0, dtype=np.int64), *self._blocked(n)]))
            rows, cols = codes // n, codes % n
        keep = self.articles[rows] != self.articles[cols]
        return rows[keep].astype(np.int64), cols[keep].astype(np.int64)

    def _blocked(self, n: int) -> Iterator[np.ndarray]:
        """Pair codes (i * n + j) from LSH buckets and rare-feature postings, nearest neighbours only."""
        rng = np.random.default_rng(7)
        for _ in range(_LSH_TABLES):
            planes = rng.standard_normal((self.vectors.shape[1], _LSH_BITS)).astype(np.float32)
            keys = (self.vectors @ planes > 0) @ (1 << np.arange(_LSH_BITS))
            order = np.argsort(keys, kind="stable")
            starts = np.concatenate([[0], np.flatnonzero(np.diff(keys[order])) + 1])
            yield from self._blocks(order, starts, np.diff(np.append(starts, len(order))), n)
        csc = self.features.tocsc()
        sizes = np.diff(csc.indptr)
        rare = (sizes >= 2) & (sizes <= _RARE_DF)
        yield from self._blocks(csc.indices, csc.indptr[:-1][rare], sizes[rare], n)

    def _blocks(self, flat: np.ndarray, starts: np.ndarray, sizes: np.ndarray, n: int) -> Iterator[np.ndarray]:
        """Pair codes of the blocks ``flat[start : start + size]``: every pair of a small block, taken for all the
        blocks of one size at once (one block at a time cost more than the pairs), the nearest of a large one."""
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= _BLOCK_NEIGHBOURS + 1)]).tolist():
            block = flat[starts[sizes == size][:, None] + np.arange(size)]
            a, b = _upper(size)
            i, j = block[:, a].ravel(), block[:, b].ravel()
            yield np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j).astype(np.int64)
        for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
            if size > _BLOCK_NEIGHBOURS + 1:
                yield from self._neighbours(flat[start : start + size], n)

    def _neighbours(self, members: np.ndarray, n: int) -> Iterator[np.ndarray]:
        if len(members) < 2:
            return
        if len(members) <= _BLOCK_NEIGHBOURS + 1:
            a, b = np.triu_indices(len(members), k=1)
            i, j = members[a], members[b]
        else:
            sims = self.vectors[members] @ self.vectors[members].T
            np.fill_diagonal(sims, -np.inf)
            top = np.argpartition(-sims, _BLOCK_NEIGHBOURS, axis=1)[:, :_BLOCK_NEIGHBOURS]
            i = np.repeat(members, _BLOCK_NEIGHBOURS)
            j = members[top.ravel()]
        lo, hi = np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)
        yield lo * n + hi


def sorted_unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values in order and how often each occurs: ``np.unique(values, return_counts=True)`` by one
    sort, 30 times faster on the million pair codes of a thousand articles (numpy 2's unique hashes them first)."""
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


@functools.cache
def _upper(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The (row, column) pairs above the diagonal of a size x size matrix."""
    a, b = np.triu_indices(size, k=1)
    return a, b


def claim_features(v: ClaimView) -> dict[str, float]:
    """The structured evidence of one claim, as weighted features."""
    feats: dict[str, float] = {}
    for entity in sorted(v.entities, key=lambda e: (len(e), e)):  # a set: its order changes with the hash seed
        feats[f"e:{entity}"] = 1.0
    for q in v.quantities:
        if q.value is not None and (q.value >= 3 or q.unit):
            # "four others" counts what its sentence named before: its number alone pins nothing ("four shops")
            pointing_back = bool(q.counts and q.counts.split()[-1].casefold() in _POINTING_BACK)
            feats[f"{'nv' if pointing_back else 'n'}:{q.value:g}:{q.unit or ''}"] = 1.5
            if q.counts and not pointing_back:
                feats[f"nc:{q.value:g}:{noun_class(q.counts)}"] = 1.0
    if v.day:
        feats[f"d:{v.day}"] = 0.7
    for (n, role), eid in v.roles.items():
        frame = v.frames[n]
        if frame.kind == "responsible":
            continue  # who is said to have done it (questions.py's): "X was behind it" pins no fact by itself
        side = v.side.get((n, role))
        if eid:
            feats[f"f:{frame.kind}:{role}={eid}"] = 1.2
        if side and role in ("agent", "vehicle", "destination"):
            feats[f"f:{frame.kind}:{role}=side:{side}"] = (
                1.5  # "the Ukrainian Armed Forces" ~ "troops of the Kyiv regime"
            )
        kind_of = v.classes.get((n, role))
        if kind_of:
            feats[f"f:{frame.kind}:{role}=class:{kind_of}"] = 1.0  # "the Il-76" ~ "the transport aircraft"
        feats[f"k:{frame.kind}{':neg' if frame.negated else ''}"] = 0.7
    for w in v.words:
        feats[f"w:{stem(w)}"] = 0.6
    return feats


_POINTING_BACK = {"others", "other", "more", "them", "those"}


def _row_products(
    m: sparse.csr_matrix, ia: np.ndarray, ib: np.ndarray, anchored: np.ndarray, spelled: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """``m[ia] @ m[ib].T`` as a dense array, over only the columns those rows use, the number of anchor
    columns (``anchored``, a mask over ``m``'s columns) each pair of rows shares, and the product over the
    ``spelled`` columns only (None without that mask).

    Read from the CSR arrays directly: scipy's row indexing and sparse product cost
    about 0.8 ms a call, and clustering calls this once per merge it considers. The
    anchors are a subset of the features' columns, so one pass gives both.
    """
    r, c, d = _csr_rows(m, np.concatenate([ia, ib]))
    columns, local = np.unique(c, return_inverse=True)
    both = np.zeros((len(ia) + len(ib), len(columns)), dtype=np.float64)
    both[r, local] = d  # a CSR row holds each column once: plain assignment, no np.add.at
    x, y = both[: len(ia)], both[len(ia) :]
    keep = anchored[columns]
    anchors = (x[:, keep] > 0).astype(np.float64) @ (y[:, keep] > 0).astype(np.float64).T
    if spelled is None:
        return x @ y.T, anchors, None
    alike = spelled[columns]
    return x @ y.T, anchors, x[:, alike] @ y[:, alike].T


def _csr_rows(m: sparse.csr_matrix, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row in ``idx``, column, value) of every stored entry of the rows ``idx``."""
    starts = m.indptr[idx]
    lens = m.indptr[idx + 1] - starts
    at = np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(int(lens.sum()))
    return np.repeat(np.arange(len(idx)), lens), m.indices[at], m.data[at]


def _anchors(features: sparse.csr_matrix, index: dict[str, int], articles: np.ndarray) -> sparse.csr_matrix:
    """Binary matrix of the features that pin a specific fact: numbers, frame roles, rare entities.

    An entity is rare when few claims name it, or when the claims naming it are about one per article naming it:
    a fact every outlet tells once names its place (``Baku``) in one claim of each, however many outlets there are,
    while the topic (the country, the port that blew up) comes back in claim after claim of each article."""
    binary = (features > 0).astype(np.float32)
    df = np.asarray(binary.sum(axis=0)).ravel()
    spread = _articles_naming(binary, articles)
    keep = np.zeros(features.shape[1], dtype=np.float32)
    for name, k in index.items():
        rare = df[k] <= _ANCHOR_DF or df[k] <= _TOPIC_SHARE * spread[k]
        if name.startswith(("n:", "nc:", "f:")) or (name.startswith("e:") and rare):
            keep[k] = 1.0
    return sparse.csr_matrix(binary @ sparse.diags(keep))


def _language_codes(views: Sequence[ClaimView]) -> np.ndarray:
    """Each claim's language as a number (-1: not known)."""
    codes: dict[str, int] = {}
    return np.array(
        [codes.setdefault(v.language.casefold(), len(codes)) if v.language else -1 for v in views], dtype=np.int64
    )


def _articles_naming(binary: sparse.csr_matrix, articles: np.ndarray) -> np.ndarray:
    """How many articles have a claim with each feature."""
    if not binary.shape[0]:
        return np.zeros(binary.shape[1])
    by_article = sparse.csr_matrix(
        (np.ones(len(articles), dtype=np.float32), (articles, np.arange(len(articles)))),
        shape=(int(articles.max()) + 1, len(articles)),
    )
    return np.asarray(((by_article @ binary) > 0).sum(axis=0)).ravel()


def _features(views: Sequence[ClaimView]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    rows = [claim_features(v) for v in views]
    index: dict[str, int] = {}
    df: dict[int, int] = defaultdict(int)
    for feats in rows:
        for name in sorted(feats):  # columns in an order of their own, not the hash order of a set: same sums every run
            df[index.setdefault(name, len(index))] += 1
    n = max(len(rows), 1)
    idf = {k: math.log((n + 1) / (d + 1)) + 1.0 for k, d in df.items()}
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for feats in rows:
        row = sorted((index[name], weight * idf[index[name]] / _SCALE) for name, weight in feats.items())
        indices.extend(k for k, _ in row)
        data.extend(w for _, w in row)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(len(index), 1)), dtype=np.float32)
    return matrix, index
