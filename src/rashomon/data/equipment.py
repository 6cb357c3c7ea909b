"""Weapons, aircraft and other equipment: named systems, makers and the generic words that follow a name.

Designations with digits (``Il-76``, ``MIM-104A``, ``S-300``, ``Kh-101``) are
found by pattern in ``extract/entities.py``; this table holds the systems known
by a plain name (``Patriot``, ``Iskander``) and the makers that precede a
designation (``Ilyushin Il-76``).
"""

from __future__ import annotations

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
