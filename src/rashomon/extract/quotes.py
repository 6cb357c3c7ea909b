"""Quotes and their speakers. (First version: the stage exists; extraction comes with issue 3.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quotes(doc: Doc, analysis: Analysis) -> Iterator[Quote]:
    return iter(())
