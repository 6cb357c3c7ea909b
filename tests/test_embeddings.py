"""Claim embeddings: unit vectors, one per text, each distinct text encoded once."""

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
