"""How each outlet names the same referent. (The stage exists; issue 7 fills it.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Entity, Naming


def compare_naming(analyses: Sequence[Analysis], entities: Sequence[Entity]) -> tuple[Naming, ...]:
    return ()
