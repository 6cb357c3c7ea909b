"""Persuasion techniques. (First version: the stage exists; extraction comes with issue 7.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Framing

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_framing(doc: Doc, analysis: Analysis) -> Iterator[Framing]:
    return iter(())
