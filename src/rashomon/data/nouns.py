"""Coarse classes of what a noun phrase names (people, aircraft, weapons), to tell that ``65 captured militants``
and ``65 prisoners`` count the same kind of thing, and ``the Il-76`` and ``the transport aircraft`` are one object.
"""

from __future__ import annotations

NOUN_CLASSES: dict[str, frozenset[str]] = {
    "people": frozenset(
        {
            "people",
            "persons",
            "person",
            "prisoners",
            "prisoner",
            "pows",
            "soldiers",
            "soldier",
            "militants",
            "servicemen",
            "military",
            "troops",
            "passengers",
            "crew",
            "members",
            "individuals",
            "civilians",
            "captives",
            "fighters",
            "personnel",
            "men",
            "women",
            "children",
            "residents",
            "victims",
            "hostages",
            "migrants",
            "refugees",
            "detainees",
            "workers",
            "officers",
            "pilots",
            "sailors",
            "servicemembers",
        }
    ),
    "aircraft": frozenset(
        {
            "plane",
            "planes",
            "aircraft",
            "airliner",
            "jetliner",
            "airplane",
            "jet",
            "jets",
            "helicopter",
            "il-76",
            "flight",
            "bomber",
            "fighter",
            "drone",
            "drones",
        }
    ),
    "weapons": frozenset(
        {
            "missile",
            "missiles",
            "weapons",
            "weapon",
            "rockets",
            "rocket",
            "ammunition",
            "arms",
            "shells",
            "bombs",
            "munitions",
            "system",
            "systems",
            "launchers",
            "battery",
        }
    ),
}


def noun_class(phrase: str) -> str:
    """A coarse class for what a phrase names: people, aircraft, weapons, or its last word."""
    words = [w.strip(".,").casefold() for w in phrase.split()]
    for w in reversed(words):
        for name, members in NOUN_CLASSES.items():
            if w in members:
                return name
    return stem(words[-1]) if words else ""


def stem(word: str) -> str:
    """``attacked`` -> ``attack``, ``missiles`` -> ``missil``: a crude English suffix cut, to compare words."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# what a transport question (what it carried, where it was going) can be about: the event's object is one of these
# (a plane shot down, a boat that capsized, a train that derailed); an aid convoy in a flood's coverage is not
VEHICLES = NOUN_CLASSES["aircraft"] | frozenset(
    {
        "boat",
        "boats",
        "ship",
        "ships",
        "vessel",
        "vessels",
        "ferry",
        "trawler",
        "tanker",
        "freighter",
        "yacht",
        "dinghy",
        "submarine",
        "train",
        "bus",
        "truck",
        "lorry",
        "convoy",
        "airliner",
    }
)
