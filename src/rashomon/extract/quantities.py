"""Quantities and what they count. (First version: the stage exists; extraction comes with issue 4.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quantities(doc: Doc, analysis: Analysis) -> Iterator[Quantity]:
    return iter(())
