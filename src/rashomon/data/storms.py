"""Words that name a storm by its kind before its own name: ``Storm Zelda``, ``Hurricane Zelda``, ``шторм «Зельда»``.

A weather service names a storm once; outlets call it by whatever kind they see in it (a storm, a cyclone, a
medicane), so the kind word is no part of which storm it is. English, French, Italian and Spanish words first,
then Russian and Ukrainian stems (their case endings follow).
"""

from __future__ import annotations

STORM_KINDS = (
    "tropical storm",
    "tropical cyclone",
    "tropical depression",
    "super typhoon",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "medicane",
    "tempête",
    "ouragan",
    "tempesta",
    "ciclone",
    "uragano",
    "tormenta",
    "huracán",
    "ciclón",
    "tifón",
)

STORM_KINDS_CYRILLIC = ("шторм", "циклон", "ураган", "тайфун", "буря", "бури", "бурю", "бурей", "медикейн")
