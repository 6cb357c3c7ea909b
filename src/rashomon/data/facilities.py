"""Facilities named after a place, in the languages a corpus mixes: what kind each word for one names.

A dam, its hydroelectric plant and the short forms of both ("X dam", "X HPP", "X hydroelectric power station",
"Каховская ГЭС", "X-Staudamm") are one facility of the place X; a nuclear plant likewise; a reservoir is another
thing than its dam. The place's own name ("X") is never the facility (``link/aliases.py``).
"""

from __future__ import annotations

# Words and phrases (lower case) that, after a place's name, name a facility of that place, by kind. Phrases are
# written with single spaces; a name's facility words are matched at its end (``link.aliases.facility_key``).
ENGLISH_FACILITY_KINDS: dict[str, str] = {
    "dam": "hydro",
    "hydroelectric dam": "hydro",
    "hydroelectric plant": "hydro",
    "hydroelectric station": "hydro",
    "hydroelectric power plant": "hydro",
    "hydroelectric power station": "hydro",
    "hydroelectric power plant dam": "hydro",
    "hydro-electric plant": "hydro",
    "hydro-electric station": "hydro",
    "hydro-electric power plant": "hydro",
    "hydro-electric power station": "hydro",
    "hydropower plant": "hydro",
    "hydropower station": "hydro",
    "hydropower dam": "hydro",
    "hydro plant": "hydro",
    "hpp": "hydro",
    "nuclear plant": "nuclear",
    "nuclear power plant": "nuclear",
    "nuclear power station": "nuclear",
    "npp": "nuclear",
    "nps": "nuclear",
    "reservoir": "reservoir",
}
FACILITY_KINDS: dict[str, str] = {
    **ENGLISH_FACILITY_KINDS,
    # a bridge named after its place or the place's adjective ("Crimea bridge", "the Crimean Bridge"); not among the
    # English kinds the finders read, since "X Bridge" names streets and firms too
    "bridge": "bridge",
    # an airport or a sea port named after its place ("Muan International Airport", "Muan airport", "Beirut port")
    "airport": "airport",
    "international airport": "airport",
    "flughafen": "airport",
    "port": "port",
    "seaport": "port",
    "hafen": "port",
    # Russian and Ukrainian abbreviations
    "гэс": "hydro",
    "гес": "hydro",
    "аэс": "nuclear",
    "аес": "nuclear",
    # German (written as one word with the place, "X-Staudamm", or apart)
    "staudamm": "hydro",
    "damm": "hydro",
    "talsperre": "hydro",
    "wasserkraftwerk": "hydro",
    "kernkraftwerk": "nuclear",
    "atomkraftwerk": "nuclear",
    "akw": "nuclear",
    "stausee": "reservoir",
    "brücke": "bridge",
    # French and Polish (the facility word before the place: "barrage de X" is read as "X barrage")
    "barrage": "hydro",
    "centrale hydroélectrique": "hydro",
    "centrale nucléaire": "nuclear",
    "zapora": "hydro",
    "elektrownia wodna": "hydro",
    "elektrownia jądrowa": "nuclear",
}

# Facility words written before the place's name ("Kernkraftwerk X", "centrale nucléaire de X", "central nuclear de
# X"): read as "X" and the word. Only words that say the kind alone: never "centrale", "central" or "plant".
FACILITY_KINDS_FIRST: dict[str, str] = {
    "staudamm": "hydro",
    "talsperre": "hydro",
    "wasserkraftwerk": "hydro",
    "kernkraftwerk": "nuclear",
    "atomkraftwerk": "nuclear",
    "akw": "nuclear",
    "barrage": "hydro",
    "centrale hydroélectrique": "hydro",
    "centrale nucléaire": "nuclear",
    "central nuclear": "nuclear",
    "central hidroeléctrica": "hydro",
    "centrale nucleare": "nuclear",
    "centrale idroelettrica": "hydro",
    "diga": "hydro",
    "flughafen": "airport",
    "aéroport international": "airport",
    "aéroport": "airport",
    "aeropuerto internacional": "airport",
    "aeropuerto": "airport",
    "aeroporto internazionale": "airport",
    "aeroporto": "airport",
    # "the port of Beirut", "le port de Beyrouth", "el puerto de X": with its preposition, never "Port Harcourt"
    "port of": "port",
    "port de": "port",
    "port du": "port",
    "puerto de": "port",
    "porto di": "port",
    "porto de": "port",
    "hafen von": "port",
    "brücke": "bridge",
    "pont": "bridge",
    "puente": "bridge",
    "ponte": "bridge",
}

# Russian and Ukrainian nouns of those kinds by their stems, whatever their case ending ("гидроэлектростанции",
# "водохранилища", "гідроелектростанцію"); two-word stems are written with one space.
FACILITY_STEMS_CYRILLIC: dict[str, str] = {
    "гидроэлектростанци": "hydro",
    "гідроелектростанці": "hydro",
    "гідроелектростанц": "hydro",
    "плотин": "hydro",
    "гребл": "hydro",
    "атомн электростанци": "nuclear",
    "атомн електростанці": "nuclear",
    "атомн електростанц": "nuclear",
    "водохранилищ": "reservoir",
    "мост": "bridge",  # "Крымский мост", "Крымском мосту"
    "аэропорт": "airport",
    "аеропорт": "airport",
    "порт": "port",
    "водосховищ": "reservoir",
}

# Words before a facility word that are no place's name: "the dam", "a nuclear plant", "Russian-held dam".
NOT_A_FACILITY_PLACE = frozenset(
    "the a an this that these its their his her our every each another one old new main upper lower giant huge "
    "soviet-era russian-held ukrainian-held russian-occupied occupied".split()
)
