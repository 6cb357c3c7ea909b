"""The quality gate: the example corpus's scores never fall below their pinned floors (benchmarks/floors.json).

The scores come from the eval kit's score.py, at ../shared/eval beside the repository
or where RASHOMON_EVAL says. Where the kit is supposed to be (CI=true, or
RASHOMON_EVAL set) the gate fails without it rather than passing by skipping; in a
new user's clone, with nothing beside it, it is skipped with one line of reason.
"""

from __future__ import annotations

import json

import pytest

from .conftest import EVAL_MISSING, EVAL_REQUIRED, ROOT, SCORER

if not SCORER.exists() and not EVAL_REQUIRED:
    pytest.skip(EVAL_MISSING, allow_module_level=True)

PINNED = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
EPSILON = PINNED["epsilon"]  # float noise only: a real drop is at least one item, far more than this


def _metric(scores: dict, path: str) -> float:
    value: object = scores
    for part in path.split("."):
        value = value[part]  # type: ignore[index]
    return float(value)  # type: ignore[arg-type]


def test_the_scorer_is_beside_the_repository() -> None:
    assert SCORER.exists(), (
        f"the quality gate needs the eval kit's score.py at {SCORER}; check the eval kit out "
        "beside the repository or set RASHOMON_EVAL (the gate must not pass by skipping)"
    )


@pytest.mark.parametrize("path", sorted(PINNED["floors"]))
def test_score_is_at_least_its_floor(il76_scores: dict, path: str) -> None:
    floor = PINNED["floors"][path]
    assert _metric(il76_scores, path) >= floor - EPSILON, f"{path} fell below its floor {floor}"


@pytest.mark.parametrize("path", sorted(PINNED["ceilings"]))
def test_score_is_at_most_its_ceiling(il76_scores: dict, path: str) -> None:
    ceiling = PINNED["ceilings"][path]
    assert _metric(il76_scores, path) <= ceiling + EPSILON, f"{path} rose above its ceiling {ceiling}"


def test_contradictions_are_not_found_by_flooding(il76_scores: dict) -> None:
    """Conflict recall bought with a 'contradicts' between everything would pass the floor; this caps it."""
    conflicts = il76_scores["conflicts"]
    limit = PINNED["contradicts_per_gold_conflict"] * conflicts["of"]
    assert conflicts["contradicts_relations"] <= limit, (
        f"{conflicts['contradicts_relations']} contradicts relations for {conflicts['of']} gold conflicts"
    )


def test_every_scored_section_is_pinned(il76_scores: dict) -> None:
    """A metric the scorer adds (or the gold starts to cover, e.g. framing) needs a floor before it counts."""
    pinned = {p.split(".")[0] for p in (*PINNED["floors"], *PINNED["ceilings"])}
    sections = {k for k, v in il76_scores.items() if isinstance(v, dict)}
    assert sections <= pinned, f"scores without a floor in benchmarks/floors.json: {sorted(sections - pinned)}"
