"""Dated claims ordered by the day the claimed event happened. (The stage exists; issue 9 fills it.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Cluster, TimelineEntry


def build_timeline(analyses: Sequence[Analysis], clusters: Sequence[Cluster]) -> tuple[TimelineEntry, ...]:
    return ()
