"""What values a stated number allows, and when two stated numbers cannot both be true.

One rule for the whole tool: the contradiction finder (``link``), the questions'
comparison and the report's numbers all call ``conflict``, so "just over 60" and
"65" are read alike everywhere (both can be true: no conflict).
"""

from __future__ import annotations

import math
from typing import Protocol

from .data.qualifiers import ABOUT, AT_LEAST, AT_MOST, NEARLY

ABOUT_TOLERANCE = 0.1


class Stated(Protocol):
    """A number as a text states it (a ``Quantity``, or an answer to a count question)."""

    @property
    def value(self) -> float | None: ...

    @property
    def value_max(self) -> float | None: ...

    @property
    def qualifier(self) -> str | None: ...


def interval(
    value: float | None, qualifier: str | None = None, value_max: float | None = None
) -> tuple[float, float] | None:
    """The values a stated number allows, as ``(low, high)``; None when it has no value."""
    if value is None:
        return None
    v = float(value)
    if value_max is not None:
        return (min(v, float(value_max)), max(v, float(value_max)))
    qual = " ".join((qualifier or "").lower().split())
    if qual in AT_LEAST:
        return (v, math.inf)
    if qual in AT_MOST:
        return (-math.inf, v)
    if qual in NEARLY:
        return (v - abs(v) * ABOUT_TOLERANCE, v)
    if qual in ABOUT:
        spread = abs(v) * ABOUT_TOLERANCE
        return (v - spread, v + spread)
    return (v, v)


def conflict(a: Stated, b: Stated) -> bool:
    """True when no single value satisfies both numbers: "at least 9" and "14" agree, "about 100" and "104" agree,
    "at least 3,000" and "more than 3,800" agree, "12" and "14" do not."""
    ia, ib = interval(a.value, a.qualifier, a.value_max), interval(b.value, b.qualifier, b.value_max)
    if ia is None or ib is None:
        return False
    return ia[1] < ib[0] or ib[1] < ia[0]
