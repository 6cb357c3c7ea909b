"""Near-copies and rewrites between articles, and what a rewrite changed.

- Near-duplicates: MinHash over word 5-gram shingles with LSH bands (datasketch's scheme, in numpy), so
  only articles that share many shingles are ever compared; Jaccard >= 0.8.
- Rewrites and paraphrases of one story: claim alignment with sentence
  embeddings; when most claims of one article have a close counterpart in the
  other, the later article is a rewrite of the earlier, and the relation lists
  what it dropped, what it added, and what it changed in the claims it kept
  (a number, a denial, who did what to whom: a rewrite that reverses who blamed
  whom is exactly what a reader must see).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ..model import Analysis, Relation
from ..settings import Settings
from .similarity import Similarity, sorted_unique
from .views import ClaimView

NEAR_DUPLICATE = 0.8  # estimated Jaccard of word 5-grams
_LSH_THRESHOLD = 0.5
_SHINGLE = 5
_PERMUTATIONS = 128
_BANDS, _ROWS = 25, 5  # datasketch's MinHashLSH optimum for threshold 0.5 over 128 permutations (a test checks)
ALIGNED = 0.72  # a claim this alike to one in the other article is its counterpart
REWRITE_SHARE = 0.5  # share of the shorter article's claims that must have a counterpart
ORIGINALS = 5  # earlier articles a later one is aligned against, the closest first
_WORD = re.compile(r"\w+")


def find_duplicates(
    analyses: Sequence[Analysis],
    views: Sequence[ClaimView],
    vectors: np.ndarray,
    settings: Settings,
    similarity: Similarity | None = None,
) -> tuple[Relation, ...]:
    published = {a.article.id: a.article.published or "" for a in analyses}
    order = {a.article.id: i for i, a in enumerate(analyses)}
    relations: list[Relation] = []
    near: set[tuple[str, str]] = set()
    for a, b, jaccard in _near_copies(analyses):
        first, second = _chronological(a, b, published, order)
        near.add((first, second))
        relations.append(
            Relation(
                type="near-duplicate",
                a=first,
                b=second,
                score=round(jaccard, 4),
                why=f"{second} repeats {first} almost word for word ({jaccard:.0%} of 5-word phrases)",
            )
        )
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, v in enumerate(views):
        by_article[v.article].append(k)
    traits: dict[int, _Traits] = {}  # by claim: what _changed compares, read once however many pairs it is in
    for first, second in _closest_originals(
        _rewrite_candidates(views, vectors, similarity, by_article), published, order
    ):
        if (first, second) in near:
            continue
        found = _alignment(views, vectors, by_article[first], by_article[second], traits)
        if found is None:
            continue
        share, details = found
        relations.append(
            Relation(
                type="paraphrase",
                a=first,
                b=second,
                score=round(share, 4),
                why=f"{second} rewrites {first}: {share:.0%} of its claims have a counterpart",
                details=tuple(details),
            )
        )
    return tuple(sorted(relations, key=lambda r: (int(r.a[1:]), int(r.b[1:]))))


def _chronological(a: str, b: str, published: dict[str, str], order: dict[str, int]) -> tuple[str, str]:
    return (a, b) if (published[a] or "9", order[a]) <= (published[b] or "9", order[b]) else (b, a)


def _near_copies(analyses: Sequence[Analysis]) -> list[tuple[str, str, float]]:
    """(earlier, later, estimated Jaccard) of articles sharing most word 5-grams: MinHash signatures and LSH bands
    as datasketch computes them (its affine32 scheme, seed 1; a test compares the two), in numpy over all articles
    at once. datasketch itself is not imported here: its LSH module loads scipy.integrate, a third of a second
    spent on every run for one parameter that never changes."""
    ids = [a.article.id for a in analyses]
    signatures = np.stack([_signature(_shingles(a.article.text)) for a in analyses]) if analyses else None
    if signatures is None:
        return []
    candidates: set[tuple[int, int]] = set()
    for band in range(_BANDS):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        rows = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        for k in range(len(ids)):
            buckets[rows[k].tobytes()].append(k)
        for members in buckets.values():
            candidates.update((i, j) for n, i in enumerate(members) for j in members[n + 1 :])
    out = []
    for i, j in candidates:
        jaccard = float(np.count_nonzero(signatures[i] == signatures[j])) / float(_PERMUTATIONS)
        if jaccard >= NEAR_DUPLICATE and ids[i] != ids[j]:
            # earlier id first, by number: "A9" before "A10" (comparing the strings too lost every such pair)
            out.append((ids[i], ids[j], jaccard) if int(ids[i][1:]) < int(ids[j][1:]) else (ids[j], ids[i], jaccard))
    return sorted(out, key=lambda t: (int(t[0][1:]), int(t[1][1:])))


def _shingles(text: str) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for seed 1: h -> a * h + b mod 2^32, ``a`` odd."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, _PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, _PERMUTATIONS, dtype=np.uint32)
    return a, b


def _signature(shingles: set[str]) -> np.ndarray:
    """The MinHash of the shingles: SHA-1's first 4 bytes (little-endian), MurmurHash3's 32-bit finalizer, then
    the least value under each permutation."""
    digests = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingles)
    h = np.frombuffer(digests, dtype="<u4").astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    a, b = _permutations()
    least: np.ndarray = (h[:, None] * a + b).min(axis=0)
    return least


def _rewrite_candidates(
    views: Sequence[ClaimView], vectors: np.ndarray, similarity: Similarity | None, by_article: dict[str, list[int]]
) -> list[tuple[str, str, int]]:
    """Article pairs (a, b, closely matching claim pairs) that may be rewrites, from the blocking clustering uses.

    A rewrite needs a counterpart for REWRITE_SHARE of the shorter article's claims, so a pair with fewer close
    claim pairs than that cannot be one: two articles quoting the same two lines of one statement are not.
    """
    if similarity is None:
        similarity = Similarity(views, vectors)
    rows, cols, _ = similarity.pairs()
    if not len(rows):
        return []
    close = similarity.cosines(rows, cols) >= ALIGNED
    a, b = similarity.articles[rows[close]], similarity.articles[cols[close]]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    pairs, counts = sorted_unique(lo * (len(views) + 1) + hi)
    ids = {v.index: v.article for v in views}
    out = []
    for code, count in zip(pairs.tolist(), counts.tolist(), strict=True):
        first, second = ids[code // (len(views) + 1)], ids[code % (len(views) + 1)]
        shorter = min(len(by_article[first]), len(by_article[second]))
        if count >= max(2, REWRITE_SHARE * shorter):
            out.append((first, second, count))
    return out


def _closest_originals(
    candidates: list[tuple[str, str, int]], published: dict[str, str], order: dict[str, int]
) -> list[tuple[str, str]]:
    """(original, later) pairs: each later article against its ORIGINALS closest earlier candidates only.

    Forty reprints of one wire story are forty rewrites of it, not 780 pairs to align and list."""
    earlier: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for a, b, count in candidates:
        first, second = _chronological(a, b, published, order)
        earlier[second].append((count, first))
    out: list[tuple[str, str]] = []
    for second, found in earlier.items():
        found.sort(key=lambda t: (-t[0], order[t[1]]))
        out.extend((first, second) for _, first in found[:ORIGINALS])
    return sorted(out, key=lambda p: (order[p[1]], order[p[0]]))


def _alignment(
    views: Sequence[ClaimView],
    vectors: np.ndarray,
    first: list[int],
    second: list[int],
    traits: dict[int, _Traits] | None = None,
) -> tuple[float, list[tuple[str, str]]] | None:
    """(share aligned, details) when ``second`` rewrites ``first``; None when they are different stories."""
    if not first or not second:
        return None
    matrix = vectors[first] @ vectors[second].T
    shorter = min(len(first), len(second))
    best_for_second = matrix.max(axis=0)
    best_for_first = matrix.max(axis=1)
    share = float(min((best_for_first >= ALIGNED).sum(), (best_for_second >= ALIGNED).sum())) / shorter
    if share < REWRITE_SHARE:
        return None
    details: list[tuple[str, str]] = []
    for k, score in zip(first, best_for_first.tolist(), strict=True):
        if score < ALIGNED - 0.12:
            details.append(("dropped", _short(views[k].claim.text)))
    for k, score in zip(second, best_for_second.tolist(), strict=True):
        if score < ALIGNED - 0.12:
            details.append(("added", _short(views[k].claim.text)))
    best_row = matrix.argmax(axis=0)  # each column's first best row, as argmax column by column gave it
    for col in np.flatnonzero(best_for_second >= ALIGNED).tolist():
        a, b = first[int(best_row[col])], second[col]
        memo = {} if traits is None else traits
        ta = memo.get(a) or memo.setdefault(a, _traits(views[a]))
        tb = memo.get(b) or memo.setdefault(b, _traits(views[b]))
        change = _changed(views[a], views[b], ta, tb)
        if change:
            details.append(("changed", change))
    return share, details


def _listed(values: set[float]) -> str:
    """``7; 19; 500,000`` as a reader writes them, not ``[7.0, 19.0, 500000.0]``."""
    return "; ".join(f"{int(v):,}" if float(v).is_integer() else f"{v:,}" for v in sorted(values))


# what _changed compares of one claim: its numbers, whether it denies, and the sides in each role of its frames
_Traits = tuple[set[float], bool, dict[str, set[tuple[str | None, str]]]]


def _traits(v: ClaimView) -> _Traits:
    return (
        {q.value for q in v.quantities if q.value is not None},
        any(f.negated for f in v.frames) or v.claim.stance == "denied",
        {
            role: {(v.frames[n].kind, s) for (n, r), s in v.side.items() if r == role and s}
            for role in ("agent", "patient")
        },
    )


def _changed(a: ClaimView, b: ClaimView, ta: _Traits | None = None, tb: _Traits | None = None) -> str | None:
    """What an aligned claim changed: a number, negation, or who did it (``ta``, ``tb``: their ``_traits``)."""
    va, na, sides_of_a = ta or _traits(a)
    vb, nb, sides_of_b = tb or _traits(b)
    if va and vb and va != vb:
        return f"numbers {_listed(va)} → {_listed(vb)}: {_short(b.claim.text)}"
    if na != nb:
        return f"{'denial dropped' if na else 'denial added'}: {_short(b.claim.text)}"
    for role in ("agent", "patient"):
        sides_a, sides_b = sides_of_a[role], sides_of_b[role]
        for kind in {k for k, _ in sides_a} & {k for k, _ in sides_b}:
            sa = {s for k, s in sides_a if k == kind}
            sb = {s for k, s in sides_b if k == kind}
            if sa != sb:
                return f"{kind} {role}: {', '.join(sorted(sa))} → {', '.join(sorted(sb))}: {_short(b.claim.text)}"
    if a.claim.stance != b.claim.stance and {a.claim.stance, b.claim.stance} & {"asserted", "hedged"}:
        return f"{a.claim.stance} → {b.claim.stance}: {_short(b.claim.text)}"
    return None


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
