"""Claims from different articles that state the same thing. (The stage exists; clustering comes with issue 9.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Cluster, Relation
from ..settings import Settings


def cluster_claims(analyses: Sequence[Analysis], duplicates: Sequence[Relation],
                   entity_of: dict[tuple[str, int, int], str], settings: Settings) -> tuple[Cluster, ...]:
    return ()
