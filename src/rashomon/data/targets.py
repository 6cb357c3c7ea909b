"""What an act was done to, in the words that tell the two kinds apart: an attack on civilians and one on
military positions are different accusations (``the army does not shell civilians`` says nothing against ``it
shelled positions``)."""

from __future__ import annotations

# people and places of civilian life
CIVILIAN_TARGETS = frozenset(
    {
        "children",
        "church",
        "civilian",
        "civilians",
        "families",
        "homes",
        "hospital",
        "hospitals",
        "houses",
        "kindergarten",
        "market",
        "markets",
        "mosque",
        "patients",
        "population",
        "pupils",
        "residential",
        "apartment",
        "apartments",
        "residents",
        "school",
        "schools",
        "shelter",
        "shoppers",
        "villagers",
        "villages",
        "women",
        "worshippers",
    }
)

# forces and military installations
MILITARY_TARGETS = frozenset(
    {
        "army",
        "artillery",
        "base",
        "bases",
        "brigade",
        "command",
        "commanders",
        "depot",
        "depots",
        "fighters",
        "headquarters",
        "mercenaries",
        "militants",
        "servicemen",
        "bunker",
        "bunkers",
        "camp",
        "camps",
        "installations",
        "launchers",
        "military",
        "position",
        "positions",
        "post",
        "posts",
        "soldiers",
        "targets",
        "troops",
    }
)


def target_side(text: str) -> str | None:
    """``military`` or ``civilians`` for the words of an act's target, None when they say neither."""
    words = {w.strip(".,\"'").casefold() for w in text.split()}
    if words & MILITARY_TARGETS and not words & {"civilian", "civilians"}:
        return "military"
    if words & CIVILIAN_TARGETS:
        return "civilians"
    return None
