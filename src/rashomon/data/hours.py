"""At what time of day the event happened: the words that name the act a clock time is the time of, the words of
other moments of the story a time may belong to instead, and the parts of the day.

A time answers "at what time it happened" only beside a word of the act itself (``struck at 10:15``, ``the crash
at 9:03 a.m.``, ``l'explosion s'est produite vers 22 h 15``); the nearest such word decides, so a time beside a
warning, a take-off, an alert or a count (``the tower warned at 8:57``, ``the toll as of 4 p.m.``) is that moment's,
not the event's.
"""

from __future__ import annotations

# the act: a strike, a blast, a crash, an attack, the event "happened" (English, French, Spanish, Italian, German,
# Portuguese, Russian, Ukrainian stems)
HOUR_ACTS = (
    r"struck",
    r"(?<!bird )(?<!bird-)strikes?\b",
    r"hit\b",
    r"crash(?:ed|es)?\b",
    r"crash[- ]land\w*",
    r"explo(?:ded|sions?)\b",
    r"blasts?\b",
    r"attack(?:ed)?\b",
    r"happened",
    r"occurred",
    r"took place",
    r"collapsed",
    r"crush\b",
    r"stampede",
    r"broke out",
    r"opened fire",
    r"bousculade",
    r"avalancha",
    r"estampida",
    r"(?<!\w)давк\w*",
    r"capsized",
    r"sank\b",
    r"frapp\w*",
    r"s'est (?:produit\w*|écrasé\w*)",
    r"attaque\b",
    r"impact\w*",
    r"explos(?:ió|ión|iones|ione|ioni)\b",
    r"ataque\b",
    r"estrell\w*",
    r"ocurri\w*",
    r"se produjo",
    r"accidente\b",
    r"attacco\b",
    r"schiant\w*",
    r"avvenut\w*",
    r"explosion\w*",
    r"angriff\w*",
    r"einschlag\w*",
    r"abst(?:urz|ürzte)\w*",
    r"ereignete",
    r"(?<!\w)удар\w*",
    r"(?<!\w)взрыв\w*",
    r"произош\w*",
    r"крушени\w*",
    r"катастроф\w*",
    r"(?<!\w)атак\w*",
    r"вибух\w*",
)
# other moments of the story a time may be the time of: a warning or an alert, a take-off, a call, a report or an
# update, a count, a statement, an arrival, a rescue
HOUR_OTHER = (
    r"warn\w*",
    r"alert\w*",
    r"mayday",
    r"took off",
    r"take-?off",
    r"depart\w*",
    r"(?<!crash-)(?<!crash )(?<!emergency )land(?:ed|ing)\b(?![- ]gear)",
    r"arriv\w*",
    r"call(?:ed)?\b",
    r"messages?\b",
    r"report(?:ed)?\b",
    r"update\w*",
    r"said\b",
    r"appeared\b",
    r"published\b",
    r"posted\b",
    r"wrote\b",
    r"circulat\w*",
    r"rumou?rs?\b",
    r"schrieb\b",
    r"a écrit\b",
    r"escribió\b",
    r"ha scritto\b",
    r"написал\w*",
    r"announc\w*",
    r"statement",
    r"toll\b",
    r"as of",
    r"sirens?\b",
    r"rescue\w*",
    r"ended\b",
    r"finished\b",
    r"concluded\b",
    r"completed\b",
    r"resumed\b",
    r"reopened\b",
    r"evacuat\w*",
    r"alerta\w*",
    r"aviso\w*",
    r"avert\w*",
    r"alarm\w*",
    r"décoll\w*",
    r"despeg\w*",
    r"bilan\b",
    r"balance\b",
    r"тревог\w*",
    r"взлет\w*",
    r"взлёт\w*",
    r"по состоянию на",
)
# the parts of the day, in the languages read, and the hours each covers (from, to): a clock time falls in one
PARTS_OF_DAY: dict[str, tuple[str, ...]] = {
    "morning": (
        r"morning",
        r"matin(?:ée)?",
        r"(?:por|en|de) la mañana",
        r"mattin\w*",
        r"am morgen",
        r"morgens",
        r"vormittag\w*",
        r"(?<!\w)утр(?:ом|а|о)(?!\w)",
    ),
    "afternoon": (
        r"afternoon",
        r"après-midi",
        r"(?:por|en|de) la tarde",
        r"pomeriggio",
        r"nachmittag\w*",
        r"(?<!\w)(?:днём|днем)(?!\w)",
    ),
    "evening": (
        r"evening",
        r"(?:le|ce|du|en) soir(?:ée)?",
        r"(?:la|di|ieri|in) sera\b",
        r"serata",
        r"abend\w*",
        r"вечер\w*",
    ),
    "night": (
        r"night",
        r"nuit",
        r"(?:por|en|de) la noche",
        r"anoche",
        r"madrugada",
        r"notte",
        r"nacht\b",
        r"(?<!\w)ноч(?:ью|и|ь)(?!\w)",
    ),
}
PART_HOURS = {"morning": (5, 12), "afternoon": (12, 17), "evening": (17, 22), "night": (22, 5)}
# parts that can name one hour both ways (the late evening is the night to many writers): never rivals
PARTS_OVERLAPPING = frozenset({frozenset({"evening", "night"}), frozenset({"night", "morning"})})
# words that make a time a bound, not the moment (``as of 4 p.m.``, ``by 9 p.m.``, ``until``, ``since``)
HOUR_BOUND_BEFORE = r"\b(?:as of|by|until|till|since|before|from|jusqu'à|hasta|desde|bis|seit|до|с)\s+$"
# words that make a time approximate (``about 10:15``, ``vers 22 h``, ``gegen 19 Uhr``, ``около``)
HOUR_ABOUT_BEFORE = (
    r"\b(?:about|around|approximately|shortly (?:after|before)|just (?:after|before)|some|vers|environ|"
    r"alrededor de|sobre|hacia|cerca de|verso|circa|intorno alle|gegen|kurz (?:nach|vor)|около|примерно|близько)\s+"
    r"(?:the\s+|las?\s+|les\s+|alle\s+|à\s+)?$"
)
