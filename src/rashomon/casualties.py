"""Casualty counts in plain text: which outcome (dead or injured) a number counts, and counts over a period.

Shared by the contradiction rules (``link/relations.py``) and the report's numbers
(``report/numbers.py``), so that both read ``killing 11 people and wounding 27
others`` the same way: 11 dead, 27 injured.
"""

from __future__ import annotations

import re

from .data.calendar import ENGLISH_MONTHS

OUTCOMES = {
    "dead": frozenset(
        {
            "kill",
            "killed",
            "killing",
            "kills",
            "die",
            "died",
            "dies",
            "dead",
            "death",
            "deaths",
            "perished",
            "fatalities",
            "toll",
            "lives",
            "massacred",
            "massacring",
            "slain",
            "slaughtered",
        }
    ),
    "injured": frozenset({"injured", "injuring", "injures", "wounded", "wounding", "hurt", "injuries", "injury"}),
}
TOLL_NOUNS = frozenset({"toll", "death toll", "number of dead"})
# who is counted when people are killed (the last word of what a number counts)
PEOPLE = frozenset(
    """people person persons civilian civilians victims victim dead lives residents children adults
women men soldiers servicemen troops fighters militants passengers crew workers miners officers policemen police
pilgrims worshippers shoppers students pupils protesters demonstrators migrants refugees prisoners detainees
hostages patients staff employees journalists tourists villagers fishermen sailors firefighters rescuers""".split()
)
# "34 civilians have been killed since last June": a count over months or years, not one event's toll
CUMULATIVE = re.compile(
    r"\b(?:since (?:last |early |late |the (?:start|beginning|end) of )?(?:"
    + "|".join(ENGLISH_MONTHS)
    + r"|spring|summer|autumn|"
    r"fall|winter|year|month|\d{4})|(?:this|last|past) (?:year|month)|(?:over|in) the (?:past|"
    r"last) (?:\w+ )?(?:years?|months?|weeks?|decades?))\b",
    re.I,
)
_BESIDE = 4  # words between a number and the outcome that it counts: "killing at least 11", "11 people were killed"
_WORD = re.compile(r"[\w-]+")


def outcome_near(text: str, start: int, end: int) -> str | None:
    """The outcome the number at ``text[start:end]`` counts: the outcome word nearest to it, before or after,
    within a few words (``killing 11 people and wounding 27 others``: 11 dead, 27 injured); None when none."""
    low = text.casefold()
    before = _WORD.findall(low[max(0, start - 80) : max(start, 0)])[-_BESIDE:]
    after = _WORD.findall(low[max(end, 0) : end + 80])[:_BESIDE]
    best: tuple[int, str] | None = None
    near = [*((len(before) - n, w) for n, w in enumerate(before)), *((n + 1, w) for n, w in enumerate(after))]
    for distance, word in near:
        for name, words in OUTCOMES.items():
            if word in words and (best is None or distance < best[0]):
                best = (distance, name)
    return best[1] if best else None
