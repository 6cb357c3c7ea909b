"""Weapons, aircraft and other equipment: named systems, makers and the generic words that follow a name.

Designations with digits (``Il-76``, ``MIM-104A``, ``S-300``, ``Kh-101``) are
found by pattern in ``extract/entities.py``; this table holds the systems known
by a plain name (``Patriot``, ``Iskander``) and the makers that precede a
designation (``Ilyushin Il-76``).
"""

from __future__ import annotations

import functools
import re

SYSTEMS = frozenset(
    n.strip()
    for n in """
Patriot|Iskander|Kinzhal|Kalibr|Tochka-U|Tochka|Grad|Uragan|Smerch|Buk|Pantsir|Krasukha|Lancet|Orlan|Geran|Shahed
Mohajer|Bayraktar|Javelin|Stinger|NLAW|Starstreak|HIMARS|MLRS|ATACMS|GMLRS|NASAMS|IRIS-T|Gepard|Crotale|SAMP/T
Storm Shadow
SCALP|Taurus|Tomahawk|Harpoon|Neptune|Vilkha|Bohdana|Krab|Caesar|Leopard|Abrams|Challenger|Bradley|Marder|Stryker|Humvee
Hellfire|Reaper|Switchblade|Phoenix Ghost|Zircon|Tsirkon|Oreshnik|Sarmat|Yars|Bulava|Onyx|Oniks|Kornet|Rafale|Gripen
Eurofighter|Mirage|Apache|Chinook|Black Hawk|Blackhawk|Osprey|Iron Dome|David's Sling|Excalibur|Paladin|Kh-101|Kh-22
""".replace("\n", "|").split("|")
    if n.strip()
)

# Makers whose name may stand before a designation and belong to it.
MAKERS = frozenset(
    "Ilyushin Antonov Tupolev Sukhoi Mikoyan Yakovlev Beriev Kamov Mil Boeing Airbus Embraer Lockheed "
    "Bombardier Cessna Dassault Saab Northrop Raytheon Bell Sikorsky Eurocopter Bayraktar".split()
)

# Words that, after a designation or system name, still name the thing ("Patriot air defense system").
HEAD_WORDS = frozenset(
    """
air defense defence anti-aircraft antiaircraft missile missiles system systems complex complexes launcher launchers
battery batteries surface-to-air ballistic cruise hypersonic rocket rockets plane planes aircraft airliner airliners
jet jets fighter fighters bomber bombers helicopter helicopters drone drones tank tanks howitzer howitzers transport
military cargo passenger interceptor interceptors unit units vehicle vehicles gun guns artillery warship submarine
""".split()
)

# The words among HEAD_WORDS that say "aircraft" (used to tell what kind of thing crashed or was downed).
AIRCRAFT_WORDS = frozenset(
    "plane planes aircraft airliner airliners jet jets fighter fighters bomber bombers "
    "helicopter helicopters airplane airplanes".split()
)

# Words around a designation that name no particular model: "flight J2-8243" is "J2-8243", "the S-300 missile
# system" is the "S-300"; left out when equipment names are compared.
GENERIC_WORDS = frozenset(
    "flight flights plane planes aircraft airliner jet jets drone drones helicopter missile missiles system systems "
    "the a an type model unit units vehicle".split()
)

# Makers and designation prefixes that say a thing is an aircraft ("Boeing 777", "Il-76", "Su-34", "MiG-29").
AIRCRAFT_MAKERS = frozenset(
    "Ilyushin Antonov Tupolev Sukhoi Mikoyan Yakovlev Beriev Kamov Mil Boeing Airbus Embraer "
    "Bombardier Cessna Dassault Sikorsky Eurocopter Lockheed".split()
)
AIRCRAFT_PREFIXES = frozenset("Il An Tu Su MiG Yak Ka Mi Be A F B C E KC P MQ RQ AH CH UH SSJ ATR".split())


def is_aircraft(name: str) -> bool:
    """Does an equipment name say it is an aircraft (by maker or designation prefix)?"""
    first = name.split()[0] if name.split() else ""
    prefix = name.split("-")[0] if "-" in name else ""
    return first in AIRCRAFT_MAKERS or (prefix in AIRCRAFT_PREFIXES and prefix != name)


# What a weapon is for, where the coverage of a strike sets one against the other ("an air-defence missile fell on
# it" against "a cruise missile struck it"): a system or a word of each role. A weapon of neither is left unjudged.
DEFENCE_SYSTEMS = frozenset(
    "patriot|nasams|iris-t|gepard|crotale|samp/t|buk|pantsir|s-300|s-400|iron dome|david's sling|stinger|starstreak|"
    "tor|osa|strela|igla".split("|")
)
STRIKE_SYSTEMS = frozenset(
    "iskander|kinzhal|kalibr|tochka|tochka-u|kh-101|kh-22|kh-555|kh-59|atacms|storm shadow|scalp|taurus|tomahawk|"
    "zircon|tsirkon|oreshnik|neptune|shahed|geran".split("|")
)
DEFENCE_WORDS = (
    r"air[- ]defen[cs]es?",
    r"surface[- ]to[- ]air",
    r"anti[- ]?aircraft",
    r"anti[- ]?missiles?",
    r"interceptors?",
    r"SAMs?",
)
STRIKE_WORDS = (r"cruise", r"ballistic", r"hypersonic", r"air[- ]?strikes?", r"(?:guided |aerial )?bombs?")

_ROLES = {
    role: re.compile(
        rf"\b(?:{'|'.join(words)})\b"
        rf"|(?<![\w-])(?:{'|'.join(re.escape(n) for n in sorted(systems, key=len, reverse=True))})(?![\w-])",
        re.I,
    )
    for role, words, systems in (
        ("defence", DEFENCE_WORDS, DEFENCE_SYSTEMS),
        ("strike", STRIKE_WORDS, STRIKE_SYSTEMS),
    )
}


@functools.lru_cache(maxsize=1 << 12)  # one answer's value is compared with every other answer's
def weapon_role(value: str) -> str | None:
    """What a weapon answer is for: ``defence`` (an air-defence or interceptor missile, a named air-defence system),
    ``strike`` (a cruise or ballistic missile, a bomb, a named strike system), None when its words do not say or say
    both."""
    roles = [role for role, pattern in _ROLES.items() if pattern.search(value)]
    return roles[0] if len(roles) == 1 else None


# kinds of missile that exclude one another: one missile is cruise or ballistic, never both ("an Iskander cruise
# missile" against "an Iskander ballistic missile" is a dispute about the weapon)
MISSILE_FLIGHTS = {"ballistic": re.compile(r"\bballistic\b", re.I), "cruise": re.compile(r"\bcruise\b", re.I)}


def missile_flight(value: str) -> str | None:
    """``ballistic`` or ``cruise`` when a weapon answer names one of them and not the other, else None."""
    kinds = [kind for kind, pattern in MISSILE_FLIGHTS.items() if pattern.search(value)]
    return kinds[0] if len(kinds) == 1 else None
