"""Work linking saves: each distinct claim text encoded once; a rewrite aligned against its closest originals."""

from __future__ import annotations

import numpy as np

from rashomon.link import embeddings


def test_repeated_texts_are_encoded_once_and_get_the_same_vector(monkeypatch) -> None:
    seen: list[list[str]] = []
    real = embeddings._encoder(1)

    class Counting:
        def encode(self, texts: list[str]) -> np.ndarray:
            seen.append(list(texts))
            return real.encode(texts)

    monkeypatch.setattr(embeddings, "_encoder", lambda threads: Counting())
    texts = ["The dam broke on Tuesday.", "Zwei Schiffe kollidierten am Montag.", "The dam broke on Tuesday."]
    vectors = embeddings.embed(texts, threads=1)
    assert seen == [texts[:2]]
    assert vectors.shape == (3, 512)
    assert np.allclose(vectors[0], vectors[2]) and not np.allclose(vectors[0], vectors[1])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embeddings.embed([]).shape == (0, 512)


def test_a_later_article_is_aligned_against_its_closest_originals_only() -> None:
    from rashomon.link import duplicates

    published = {f"A{i}": f"2024-03-{i:02d}" for i in range(1, 10)}
    order = {f"A{i}": i for i in range(1, 10)}
    # A9 shares close claims with all eight earlier articles, most with A3; A2 only with A1
    candidates = [(f"A{i}", "A9", 10 + (5 if i == 3 else i)) for i in range(1, 9)] + [("A2", "A1", 4)]
    pairs = duplicates._closest_originals(candidates, published, order)
    assert ("A1", "A2") in pairs
    later = [first for first, second in pairs if second == "A9"]
    assert len(later) == duplicates.ORIGINALS and later[0] != "A1"
    assert set(later) == {"A3", "A8", "A7", "A6", "A5"}
