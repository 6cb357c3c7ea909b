"""Named mentions from the shared Doc's entities. (First version: spaCy NER as is; issue 5 corrects it.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

# spaCy labels kept as entities; dates and numbers have their own extractors.
KEPT = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC",
        "EVENT": "EVENT", "PRODUCT": "PRODUCT", "LAW": "LAW"}

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")


def clean_name(surface: str) -> str:
    """The surface as a name: no leading article, no possessive, single spaces."""
    name = " ".join(surface.split())
    name = _LEADING.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def extract_mentions(doc: Doc, analysis: Analysis) -> Iterator[Mention]:
    text = doc.text
    for ent in doc.ents:
        label = KEPT.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        # Stand-off spans hold the name only: "the Kremlin's" -> "Kremlin".
        lead = _LEADING.match(surface)
        if lead:
            start += lead.end()
        poss = _POSSESSIVE.search(text[start:end])
        if poss:
            end = start + poss.start()
        if end <= start:
            continue
        yield Mention(span=Span(start, end), text=text[start:end], type=label, name=clean_name(text[start:end]))
