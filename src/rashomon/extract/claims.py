"""Claims with speaker and stance. (First version: the stage exists; extraction comes with issue 9.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Analysis, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_claims(doc: Doc, analysis: Analysis) -> Iterator[Claim]:
    return iter(())
