"""German articles, read from the surface (sentences written here; invented people): a speech verb with ß found
however it is folded ("äußerte", the Swiss "äusserte"); "er" after a sentence that quotes a capitalised noun phrase
is the person named outside the quotation marks, not the quoted words; a capitalised preposition opening a sentence
("In Indien") is no part of a name."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def speakers(analyze_text: Callable[..., Analysis], text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text, language="de")
    return [(q.text[:20].strip(), q.speaker_text) for q in a.quotes if q.kind == "direct"]


def test_a_verb_with_sharp_s(analyze_text: Callable[..., Analysis]) -> None:
    got = speakers(
        analyze_text,
        "„Die Analysen zeigen Sprengstoffrückstände auf mehreren Gegenständen“, äußerte Mats Lunder. „Die "
        "Zusammenarbeit mit den Behörden ist ausgezeichnet“, äusserte Lunder.",
    )
    assert got == [("Die Analysen zeigen", "Mats Lunder"), ("Die Zusammenarbeit m", "Lunder")]


def test_er_is_not_a_quoted_noun_phrase(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text(
        'Präsident Iwan Sarko sprach von einem Angriff, bei dem es "Dutzende Tote und Verletzte" gegeben habe. '
        '"Und das an einem Tag, an dem die Menschen in die Kirche gehen", schrieb er in Onlinemedien.',
        language="de",
    )
    q = next(q for q in a.quotes if q.text.startswith("Und das"))
    assert q.speaker_ref is not None and a.article.text[q.speaker_ref.start : q.speaker_ref.end] == "Iwan Sarko"


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    from rashomon.extract.entities_fr import mentions

    found = [(m.text, m.type) for m in mentions("In Indien ist ein Zug entgleist. Vor Ort half die Armee.")]
    assert found == [("Indien", "GPE")]
