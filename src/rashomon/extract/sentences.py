"""Sentence spans, from the shared Doc."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Span
from .nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_sentences(doc: Doc, analysis: Analysis) -> Iterator[Span]:
    """Each sentence's characters, trimmed of surrounding white space."""
    text = text_of(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield Span(start, end)
