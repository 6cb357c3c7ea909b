"""How alike two claims are: sentence embeddings and shared structured evidence, blended.

Embeddings see paraphrase (``They all died`` ~ ``Everyone died``) but are fooled
by topic: every sentence about a crash looks alike. Structured evidence sees
what makes a proposition specific: the same rare entity (``Kharkiv region``),
the same number (65), the same day, the same frame (an attack on the same
aircraft by the same side), the same rare words. Each is weighted by how rare it
is in the corpus (TF-IDF), so the names every article repeats count for little.

Candidate pairs come from blocking, never from all pairs beyond a small corpus:
random-hyperplane LSH on the embeddings, plus an inverted index on rare features.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np
from scipy import sparse

from .views import ClaimView

EMBEDDING_WEIGHT = 0.5
ANCHOR_BONUS = 0.08  # per shared anchor, up to three
PARAPHRASE = 0.62  # embedding similarity at which two claims may cluster without a shared anchor
_ANCHOR_DF = 6  # an entity named in more claims than this is the topic, not an anchor
_SMALL = 2500  # up to this many claims, every pair is scored exactly
_LSH_BITS = 12
_LSH_TABLES = 8
_RARE_DF = 60
_SCALE = 4.0  # keeps raw TF-IDF weights near 1 (they are compared by Dice, not normalised)  # features in more claims than this do not generate candidates (they still score)


class Similarity:
    def __init__(self, views: Sequence[ClaimView], vectors: np.ndarray) -> None:
        self.views = views
        self.vectors = vectors
        self.features, self.feature_index = _features(views)
        self.norms = np.asarray(self.features.multiply(self.features).sum(axis=1)).ravel()
        self.anchors = _anchors(self.features, self.feature_index)

    def score(self, i: int, j: int) -> float:
        return float(self.scores(np.array([i]), np.array([j]))[0])

    def evidence(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Whether each pair may seed a cluster: it shares a specific anchor, or the sentences are near-paraphrases."""
        emb = np.einsum("ij,ij->i", self.vectors[rows], self.vectors[cols])
        shared = np.asarray(self.anchors[rows].multiply(self.anchors[cols]).sum(axis=1)).ravel()
        return (shared > 0) | (emb >= PARAPHRASE)

    def scores(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        emb = np.einsum("ij,ij->i", self.vectors[rows], self.vectors[cols])
        dot = np.asarray(self.features[rows].multiply(self.features[cols]).sum(axis=1)).ravel()
        # Dice, not cosine: a claim with one shared name must not look like one that shares everything
        struct = 2 * dot / np.maximum(self.norms[rows] + self.norms[cols], 1e-9)
        shared = np.asarray(self.anchors[rows].multiply(self.anchors[cols]).sum(axis=1)).ravel()
        bonus = ANCHOR_BONUS * np.minimum(shared, 3)  # the same number of the same people, the same attacker ...
        return EMBEDDING_WEIGHT * emb + (1 - EMBEDDING_WEIGHT) * struct + bonus

    def candidate_pairs(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Batches of (rows, cols) index arrays, i < j, of claims from different articles worth scoring."""
        n = len(self.views)
        articles = np.array([v.index for v in self.views])
        if n <= _SMALL:
            for i in range(n - 1):
                cols = np.arange(i + 1, n)
                cols = cols[articles[cols] != articles[i]]
                if len(cols):
                    yield np.full(len(cols), i), cols
            return
        seen: set[tuple[int, int]] = set()
        batch_r: list[int] = []
        batch_c: list[int] = []
        for group in self._blocks():
            if len(group) < 2:
                continue
            group = group[:200]  # a huge bucket is a common feature, not evidence
            for a in range(len(group)):
                for b in range(a + 1, len(group)):
                    i, j = (group[a], group[b]) if group[a] < group[b] else (group[b], group[a])
                    if articles[i] == articles[j] or (i, j) in seen:
                        continue
                    seen.add((i, j))
                    batch_r.append(i)
                    batch_c.append(j)
                    if len(batch_r) >= 100_000:
                        yield np.array(batch_r), np.array(batch_c)
                        batch_r, batch_c = [], []
        if batch_r:
            yield np.array(batch_r), np.array(batch_c)

    def _blocks(self) -> Iterator[list[int]]:
        rng = np.random.default_rng(7)
        for _ in range(_LSH_TABLES):
            planes = rng.standard_normal((self.vectors.shape[1], _LSH_BITS)).astype(np.float32)
            codes = (self.vectors @ planes > 0) @ (1 << np.arange(_LSH_BITS))
            buckets: dict[int, list[int]] = defaultdict(list)
            for i, code in enumerate(codes.tolist()):
                buckets[code].append(i)
            yield from buckets.values()
        postings: dict[int, list[int]] = defaultdict(list)
        csc = self.features.tocsc()
        for f in range(csc.shape[1]):
            rows = csc.indices[csc.indptr[f]:csc.indptr[f + 1]]
            if 2 <= len(rows) <= _RARE_DF:
                postings[f] = rows.tolist()
        yield from postings.values()


def claim_features(v: ClaimView) -> dict[str, float]:
    """The structured evidence of one claim, as weighted features."""
    feats: dict[str, float] = {}
    for eid in v.entities:
        feats[f"e:{eid}"] = 1.0
    for q in v.quantities:
        if q.value is not None and (q.value >= 3 or q.unit):
            feats[f"n:{q.value:g}:{q.unit or ''}"] = 1.5
            if q.counts:
                feats[f"nc:{q.value:g}:{noun_class(q.counts)}"] = 1.0
    if v.day:
        feats[f"d:{v.day}"] = 0.7
    for (n, role), eid in v.roles.items():
        frame = v.frames[n]
        side = v.side.get((n, role))
        if eid:
            feats[f"f:{frame.kind}:{role}={eid}"] = 1.2
        if side and role in ("agent", "vehicle", "destination"):
            feats[f"f:{frame.kind}:{role}=side:{side}"] = 1.5  # "the Ukrainian Armed Forces" ~ "troops of the Kyiv regime"
        kind_of = v.classes.get((n, role))
        if kind_of:
            feats[f"f:{frame.kind}:{role}=class:{kind_of}"] = 1.0  # "the Il-76" ~ "the transport aircraft"
        feats[f"k:{frame.kind}{':neg' if frame.negated else ''}"] = 0.7
    for w in v.words:
        feats[f"w:{_stem(w)}"] = 0.6
    return feats


def noun_class(phrase: str) -> str:
    """A coarse class for what a phrase names: people, aircraft, weapons, or its last word."""
    words = [w.strip(".,").casefold() for w in phrase.split()]
    for w in reversed(words):
        for name, members in NOUN_CLASSES.items():
            if w in members:
                return name
    return _stem(words[-1]) if words else ""


NOUN_CLASSES = {
    "people": {"people", "persons", "person", "prisoners", "prisoner", "pows", "soldiers", "soldier", "militants",
               "servicemen", "military", "troops", "passengers", "crew", "members", "individuals", "civilians",
               "captives", "fighters", "personnel", "men", "women", "children", "residents", "victims", "hostages",
               "migrants", "refugees", "detainees", "workers", "officers", "pilots", "sailors", "servicemembers"},
    "aircraft": {"plane", "planes", "aircraft", "airliner", "airplane", "jet", "jets", "helicopter", "il-76",
                 "flight", "bomber", "fighter", "drone", "drones"},
    "weapons": {"missile", "missiles", "weapons", "weapon", "rockets", "rocket", "ammunition", "arms", "shells",
                "bombs", "munitions", "system", "systems", "launchers", "battery"},
}


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _anchors(features: sparse.csr_matrix, index: dict[str, int]) -> sparse.csr_matrix:
    """Binary matrix of the features that pin a specific fact: numbers, frame roles, rare entities, days."""
    df = np.asarray((features > 0).sum(axis=0)).ravel()
    keep = np.zeros(features.shape[1], dtype=bool)
    for name, k in index.items():
        if name.startswith(("n:", "nc:", "f:")) or (name.startswith("e:") and df[k] <= _ANCHOR_DF):
            keep[k] = True
    binary = (features > 0).astype(np.float32)
    return sparse.csr_matrix(binary.multiply(keep.astype(np.float32)[None, :]))


def _features(views: Sequence[ClaimView]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    rows = [claim_features(v) for v in views]
    index: dict[str, int] = {}
    df: dict[int, int] = defaultdict(int)
    data, indices, indptr = [], [], [0]
    for feats in rows:
        for name in feats:
            k = index.setdefault(name, len(index))
            df[k] += 1
    n = max(len(rows), 1)
    idf = {k: math.log((n + 1) / (d + 1)) + 1.0 for k, d in df.items()}
    for feats in rows:
        row = [(index[name], weight * idf[index[name]] / _SCALE) for name, weight in feats.items()]
        for k, w in sorted(row):
            indices.append(k)
            data.append(w)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(len(index), 1)), dtype=np.float32)
    return matrix, index
