"""Counts of things an act was done to (``shot down five jets``, ``struck nine sites``, ``launched ten drones``), read
by ``link/tallies.py``: what kind of thing is counted, what was done to it, and which of the two go together. Each
pair (things, act) is a question of its own ("how many aircraft were downed"), whose answers are compared across
sources like a count that does not grow by itself.

English is read from the parse (the predicate of a frame whose object holds the count); the other languages from the
words around the number: a thing's word right after it (adjectives between) and an act's word in the same clause.
"""

from __future__ import annotations

from .nouns import NOUN_CLASSES

# the kinds of thing counted, by the English nouns that name them (singular and plural)
THINGS: dict[str, frozenset[str]] = {
    "aircraft": frozenset(
        {
            "jet",
            "jets",
            "plane",
            "planes",
            "aircraft",
            "airplane",
            "airplanes",
            "fighter",
            "fighters",
            "warplane",
            "warplanes",
            "helicopter",
            "helicopters",
            "bomber",
            "bombers",
        }
    ),
    "drones": frozenset({"drone", "drones", "uav", "uavs"}),
    "missiles": frozenset(
        {"missile", "missiles", "rocket", "rockets", "munition", "munitions", "projectile", "projectiles"}
    ),
    "sites": frozenset(
        {"site", "sites", "target", "targets", "location", "locations", "camp", "camps", "facility", "facilities"}
    ),
    "vehicles": frozenset({"vehicle", "vehicles", "tank", "tanks", "truck", "trucks"}),
    # people an act was done to (the dead and hurt are the tolls' questions): also any plural national noun
    "people": NOUN_CLASSES["people"] | frozenset({"protesters", "demonstrators", "sailors", "seamen", "survivors"}),
}

# the English predicates (frame lemmas) of an act done to things, with the act they tell
ACTS: dict[str, str] = {
    "shoot down": "downed",
    "down": "downed",
    "bring down": "downed",
    "intercept": "downed",
    "crash": "downed",  # "three Indian jets crashed": came down, whatever brought them down
    "destroy": "destroyed",
    "strike": "struck",
    "hit": "struck",
    "target": "struck",
    "attack": "struck",
    "bomb": "struck",
    "launch": "fired",
    "fire": "fired",
}
# what was done to people, in English: read from the words around the count, as abroad (the parse has no frame for
# these verbs)
PEOPLE_ACTS: dict[str, tuple[str, ...]] = {
    "rescued": ("rescued", "saved", "freed"),  # the verb's participle: "rescue workers", "evacuation" tell no act
    "evacuated": ("evacuated",),
    "arrested": ("arrested", "detained"),
}

# which acts a kind of thing is counted for: a site is struck, not downed; a jet downed or destroyed, not struck
# (a "hit" jet may have flown home); a missile fired or downed
PAIRS: dict[str, frozenset[str]] = {
    "aircraft": frozenset({"downed", "destroyed"}),
    "drones": frozenset({"downed", "destroyed", "fired"}),
    "missiles": frozenset({"downed", "fired"}),
    "sites": frozenset({"struck", "destroyed"}),
    "vehicles": frozenset({"destroyed"}),
    "people": frozenset({"rescued", "evacuated", "arrested"}),
}
# acts one question joins: a jet "destroyed" in the air is one "downed"
SAME_ACT: dict[str, str] = {"destroyed": "downed"}
ACT_LABELS: dict[str, str] = {
    "downed": "downed",
    "destroyed": "destroyed",
    "struck": "struck",
    "fired": "fired or launched",
    "rescued": "rescued",
    "evacuated": "evacuated",
    "arrested": "arrested or detained",
}

# the same in the languages read without a parse: the stem of a noun for each kind of thing ...
THINGS_ABROAD: dict[str, tuple[str, ...]] = {
    "aircraft": (
        "истребител",
        "самолет",
        "самолёт",
        "вертолет",
        "вертолёт",
        "винищувач",
        "літак",
        "avion",
        "chasseur",
        "appareil",
        "kampfjet",
        "kampfflugzeug",
        "flugzeug",
        "aviones",
        "avión",
        "cazas",
        "aere",
        "caccia",
        "samolot",
        "myśliw",
    ),
    "drones": ("беспилотник", "дрон", "безпілотник", "drohne", "dron", "drone", "droni"),
    "missiles": ("ракет", "missile", "roquette", "rakete", "marschflugkörper", "misil", "cohete", "missil", "rakiet"),
    "sites": ("объект", "целей", "цели", "об'єкт", "site", "cible", "ziel", "objetivo", "sitio", "obiettiv", "siti"),
}
# ... and the stem of a word for each act (participles and past forms: "сбили", "abattus", "abgeschossen")
ACTS_ABROAD: dict[str, tuple[str, ...]] = {
    "downed": (
        "сбил",
        "сбит",
        "збил",
        "збит",
        "перехват",
        "перехопл",
        "разбил",
        "abatt",
        "intercept",
        "abgeschossen",
        "abschuss",
        "abgefangen",
        "derrib",
        "abatid",
        "interceptad",
        "abbattut",
        "intercettat",
        "zestrzel",
        "przechwyc",
    ),
    "destroyed": ("уничтож", "знищ", "détruit", "zerstört", "destruid", "distrutt", "zniszcz"),
    "struck": (
        "удар",
        "атаков",
        "поразил",
        "поражен",
        "frapp",
        "visé",
        "ciblé",
        "angegriffen",
        "getroffen",
        "atacad",
        "alcanzad",
        "colpit",
        "zaatakowa",
    ),
    "rescued": (
        "спасен",
        "спасён",
        "спасл",
        "врятува",
        "врятован",
        "secouru",
        "sauvé",
        "gerettet",
        "rescatad",
        "salvad",
        "salvat",
        "soccors",
        "uratowan",
    ),
    "evacuated": ("эвакуир", "евакуйов", "évacué", "evakuiert", "evacuad", "evacuat", "ewakuowan"),
    "arrested": (
        "задержал",
        "задержан",
        "арестова",
        "затримал",
        "затриман",
        "interpellé",
        "arrêté",
        "festgenommen",
        "verhaftet",
        "detenid",
        "arrestat",
        "fermat",
        "zatrzyman",
    ),
    "fired": (
        "запустил",
        "запущен",
        "выпустил",
        "выпущен",
        "lancé",
        "tiré",
        "abgefeuert",
        "lanzad",
        "lanzó",
        "disparad",
        "disparó",
        "disparar",
        "lanciat",
    ),
}

# a count told over a span of time, not of the event ("has shot down 300 drones since 2020", "с начала войны")
OVER_TIME = (
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b",
    r"\bsince the (?:start|beginning|outbreak)\b",
    r"\b(?:so far|to date) this (?:year|month)\b",
    r"\b(?:in|over) the (?:past|last) (?:\w+ )?(?:years|months|weeks)\b",
    r"(?<!\w)(?:с|з) начала\b",
    r"(?<!\w)з початку\b",
    r"\bdepuis (?:le début|(?:19|20)\d\d)\b",
    r"\bseit (?:Beginn|Anfang|(?:19|20)\d\d)\b",
    r"\bdesde (?:el (?:inicio|comienzo)|(?:19|20)\d\d)\b",
    r"\bdall['’]inizio\b",
)
