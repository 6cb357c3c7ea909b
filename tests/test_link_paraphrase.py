"""Claims of different outlets that state one fact look alike to linking: a place every outlet names once is
specific evidence, a translation is not judged by the words it cannot share, and French and Russian function
words are not content."""

from __future__ import annotations

import numpy as np

from rashomon.link.similarity import _ANCHOR_DF, Similarity
from rashomon.link.views import _WORD, STOPWORDS, ClaimView
from rashomon.model import Claim, Span


def _view(article: int, text: str, entities: set[str], language: str | None = "en") -> ClaimView:
    claim = Claim(article=f"A{article + 1}", span=Span(0, len(text)), text=text, stance="asserted")
    words = {w.casefold() for w in _WORD.findall(text)} - STOPWORDS
    return ClaimView(claim=claim, index=article, published=None, language=language, entities=entities, words=words)


def _vectors(n: int, seed: int = 3) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, 512)).astype(np.float32)
    out: np.ndarray = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def _anchored(sim: Similarity, name: str) -> bool:
    return bool(sim.anchor_columns[sim.feature_index[name]])


def test_an_entity_every_article_names_once_is_an_anchor_and_the_topic_is_not() -> None:
    articles = _ANCHOR_DF + 3  # more claims name each entity than a small story's rare ones
    views = []
    for a in range(articles):
        views.append(_view(a, "The plane flew from the capital", {"E1"}))  # the route: once in each article
        views += [_view(a, f"The port statement number {k}", {"E2"}) for k in range(3)]  # the topic: again and again
    sim = Similarity(views, _vectors(len(views)))
    assert _anchored(sim, "e:E1")
    assert not _anchored(sim, "e:E2")


def test_a_translation_is_not_scored_down_for_the_words_it_cannot_share() -> None:
    english = _view(0, "The airliner crashed near the harbour city", {"E1", "E2"})
    french = _view(1, "L'avion de ligne s'est écrasé près de la ville portuaire", {"E1", "E2"}, language="fr")
    vectors = _vectors(2)
    one_language = Similarity([english, _view(1, french.claim.text, {"E1", "E2"})], vectors)
    two_languages = Similarity([english, french], vectors)
    assert two_languages.score(0, 1) > one_language.score(0, 1)
    # every way of scoring the pair agrees: one by one, by blocks, in batches and over the candidates
    rows, cols = np.array([0]), np.array([1])
    assert np.isclose(two_languages.block([0], [1])[0, 0], two_languages.score(0, 1), atol=1e-6)
    assert np.isclose(two_languages.scores(rows, cols)[0], two_languages.score(0, 1), atol=1e-6)
    assert np.isclose(two_languages.pairs()[2][0], two_languages._pair(0, 1), atol=1e-6)


def test_claims_in_one_language_or_of_unknown_language_score_as_before() -> None:
    a = _view(0, "Forty people died in the blast", {"E1"}, language=None)
    b = _view(1, "The blast killed forty people", {"E1"}, language="en")
    sim = Similarity([a, b], _vectors(2))
    assert sim.spelled is None  # nothing computed for a second language
    plain = Similarity([_view(0, a.claim.text, {"E1"}), b], _vectors(2))
    assert np.isclose(sim.score(0, 1), plain.score(0, 1))


def test_french_and_russian_function_words_are_not_content_words() -> None:
    french = {w.casefold() for w in _WORD.findall("Une explosion dans le port de la ville")} - STOPWORDS
    russian = {w.casefold() for w in _WORD.findall("взрыв в порту и пожар на складе")} - STOPWORDS
    assert french == {"explosion", "port", "ville"}
    assert russian == {"взрыв", "порту", "пожар", "складе"}
