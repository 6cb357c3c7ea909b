"""Words that qualify a stated number ("at least 60", "nearly 70", "some 300"): which ones extraction
recognises, and what values each allows (``bounds`` reads the sets below; a qualifier in none of them
leaves the number exact).
"""

from __future__ import annotations

# Recognised before a number, tried in this order (a longer phrase before the shorter one inside it).
QUALIFIERS = (
    "no more than",
    "no fewer than",
    "no less than",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as few as",
    "just over",
    "just under",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "close to",
    "in excess of",
    "upwards of",
    "exactly",
    "only",
    "a further",
    "another",
)

# The number or more: "at least 60" allows 60 to infinity.
AT_LEAST = frozenset(
    {
        "at least",
        "more than",
        "over",
        "just over",
        "upwards of",
        "in excess of",
        "no fewer than",
        "no less than",
        "above",
        "or more",
        "plus",
        "+",
    }
)
# The number or less.
AT_MOST = frozenset({"up to", "at most", "less than", "fewer than", "under", "just under", "below", "no more than"})
NEARLY = frozenset({"nearly", "almost", "close to", "just short of"})  # a little under the number
# Within ABOUT_TOLERANCE of the number (bounds.py).
ABOUT = frozenset({"about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "~"})
