"""Agreement and contradiction between claims. (The stage exists; reasoning comes with issue 9.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Cluster, Relation
from ..settings import Settings


def relate_claims(analyses: Sequence[Analysis], clusters: Sequence[Cluster], settings: Settings) -> tuple[Relation, ...]:
    return ()
