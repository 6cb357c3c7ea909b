"""The numbers-and-dates development set (``devset_numbers.py``) through the real pipeline, passage by passage.

Each passage must yield exactly its listed quantities (value, unit, qualifier, range, and what is counted where
given) and its time expressions (ISO value, grain, clock where given); nothing more with a value.
``python -m tests.test_numbers_dev`` prints precision and recall over the whole set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rashomon.model import Analysis, Quantity, TimeRef

from .devset_numbers import CASES, HELDOUT


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _pairs(gold: list[dict[str, Any]], found: list[Any]) -> list[tuple[dict[str, Any], Any]]:
    """Gold items paired with found items of the same surface, in text order."""
    left = list(found)
    out = []
    for g in gold:
        hit = next((f for f in left if f.text == g["text"]), None)
        if hit is not None:
            left.remove(hit)
            out.append((g, hit))
    return out


def quantity_errors(gold: list[dict[str, Any]], found: list[Quantity]) -> list[str]:
    errors = []
    pairs = _pairs(gold, found)
    paired = {id(f) for _, f in pairs}
    for g in gold:
        if not any(p[0] is g for p in pairs):
            errors.append(f"missing {g['text']!r}")
    for f in found:
        if id(f) not in paired:
            errors.append(f"extra {f.text!r} = {f.value}")
    for g, f in pairs:
        want = (g["value"], g.get("value_max"), g.get("unit"), g.get("qualifier"))
        got = (f.value, f.value_max, f.unit, f.qualifier)
        if not (_same_number(got[0], want[0]) and _same_number(got[1], want[1]) and got[2:] == want[2:]):
            errors.append(f"{g['text']!r}: got {got}, want {want}")
        if "counts" in g and f.counts != g["counts"]:
            errors.append(f"{g['text']!r} counts {f.counts!r}, want {g['counts']!r}")
    return errors


def time_errors(gold: list[dict[str, Any]], found: list[TimeRef]) -> list[str]:
    errors = []
    pairs = _pairs(gold, found)
    paired = {id(f) for _, f in pairs}
    for g in gold:
        if g["value"] is not None and not any(p[0] is g for p in pairs):
            errors.append(f"missing {g['text']!r}")
    for f in found:
        if id(f) not in paired and f.value is not None:
            errors.append(f"extra {f.text!r} = {f.value}")
    for g, f in pairs:
        if (f.value, f.grain if f.value else None) != (g["value"], g["grain"]):
            errors.append(f"{g['text']!r}: got {(f.value, f.grain)}, want {(g['value'], g['grain'])}")
        if "clock" in g and f.clock != g["clock"]:
            errors.append(f"{g['text']!r} clock {f.clock!r}, want {g['clock']!r}")
    return errors


def check(analysis: Analysis) -> tuple[list[Quantity], list[TimeRef]]:
    text = analysis.article.text
    for item in (*analysis.quantities, *analysis.times):
        assert text[item.span.start : item.span.end] == item.text
    return list(analysis.quantities), list(analysis.times)


@pytest.mark.parametrize("case", CASES + HELDOUT, ids=[c["id"] for c in CASES + HELDOUT])
def test_passage(analyze_text: Callable[..., Analysis], case: dict[str, Any]) -> None:
    quantities, times = check(analyze_text(case["text"], published=case["published"]))
    errors = quantity_errors(case["q"], quantities) + time_errors(case.get("t", []), times)
    assert errors == []


def scores(run: Callable[[dict[str, Any]], Analysis], cases: list[dict[str, Any]]) -> dict[str, float]:
    """Precision, recall and F1 of quantities and times over the whole set; counts and clock accuracy."""
    n = {k: 0 for k in ("q_tp", "q_found", "q_gold", "t_tp", "t_found", "t_gold", "c_ok", "c_all", "k_ok", "k_all")}
    for case in cases:
        quantities, times = check(run(case))
        n["q_found"] += len(quantities)
        n["q_gold"] += len(case["q"])
        for g, f in _pairs(case["q"], quantities):
            n["q_tp"] += not quantity_errors([{k: v for k, v in g.items() if k != "counts"}], [f])
            if "counts" in g:
                n["c_all"] += 1
                n["c_ok"] += f.counts == g["counts"]
        gold_t = case.get("t", [])
        n["t_found"] += sum(1 for f in times if f.value is not None)
        n["t_gold"] += sum(1 for g in gold_t if g["value"] is not None)
        for g, f in _pairs(gold_t, times):
            n["t_tp"] += g["value"] is not None and (f.value, f.grain) == (g["value"], g["grain"])
            if "clock" in g:
                n["k_all"] += 1
                n["k_ok"] += f.clock == g["clock"]
    out: dict[str, float] = {}
    for k in ("q", "t"):
        p = n[f"{k}_tp"] / n[f"{k}_found"] if n[f"{k}_found"] else 0.0
        r = n[f"{k}_tp"] / n[f"{k}_gold"] if n[f"{k}_gold"] else 0.0
        out |= {f"{k}_precision": p, f"{k}_recall": r, f"{k}_f1": 2 * p * r / (p + r) if p + r else 0.0}
    out["counts_accuracy"] = n["c_ok"] / n["c_all"] if n["c_all"] else 0.0
    out["clock_accuracy"] = n["k_ok"] / n["k_all"] if n["k_all"] else 0.0
    return out


if __name__ == "__main__":
    import time

    from rashomon.pipeline import Pipeline

    from .conftest import make_article

    pipeline = Pipeline()
    for name, cases in (("development", CASES), ("held out", HELDOUT)):
        began = time.perf_counter()
        result = scores(lambda c: pipeline.run(make_article(c["text"], published=c["published"])), cases)
        print(f"{name}: {len(cases)} passages, {time.perf_counter() - began:.1f}s")
        for key, value in result.items():
            print(f"  {key:16} {value:.3f}")
