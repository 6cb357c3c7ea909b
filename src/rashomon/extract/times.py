"""Time expressions resolved to days. (First version: the stage exists; extraction comes with issue 4.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_times(doc: Doc, analysis: Analysis) -> Iterator[TimeRef]:
    return iter(())
