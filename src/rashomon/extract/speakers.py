"""Who a speaker phrase refers to: names, pronouns and descriptions resolved to a named mention.

No coreference model ships in an installable package, so this is a small,
explainable resolver over what the article has said so far:

- a phrase that holds a name (``Kirby``, ``RIA Novosti``) is that name's mention;
- a pronoun (``he``, ``him``) is the person in focus: the last person quoted or
  made the subject of a speech verb, else the last person named nearby;
- a description (``the diplomat``, ``the Kremlin spokesman``, ``the head of the
  Polish government``) is the most recent person whose role fits it, by role
  words and by class (a diplomat is an ambassador, envoy, representative ...);
- an institution description (``the ministry``, ``the department``) is the most
  recent organisation of that kind;
- ``a representative of the Pentagon`` speaks for the Pentagon; ``a senior US
  official`` and ``a military source`` stay unnamed (no entity fits).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..data.cyrillic import CYRILLIC
from ..data.genders import KIN_NOUNS, TITLE_GENDER, cyrillic_gender, pronoun_gender
from ..data.institutions import (
    ARMED_GROUP_MODIFIERS,
    DESCRIPTION_HEADS,
    FIRM_KINDS,
    GENERIC_BODY_NOUNS,
    LEGAL_FORMS,
    SEATS_OF_POWER,
    STATE_BODY_WORDS,
)
from ..data.places import country_names, country_of, demonyms
from ..data.speech import AIDE_NOUNS, ANAPHORIC_PERSON_NOUNS, LATTER
from ..model import Mention, Span
from ..names.descriptions import descriptions, span_of

PRONOUNS = {"he", "him", "she", "her", "his", "hers", "himself", "herself"}
# Russian and Ukrainian: "сказал он", "по его словам", "заявила вона"
_CYR_PRONOUN_GENDER = {
    "он": "m",
    "его": "m",
    "него": "m",
    "ему": "m",
    "нему": "m",
    "він": "m",
    "його": "m",
    "нього": "m",
    "йому": "m",
    "она": "f",
    "её": "f",
    "ее": "f",
    "неё": "f",
    "нее": "f",
    "ей": "f",
    "ней": "f",
    "вона": "f",
    "її": "f",
    "неї": "f",
    "їй": "f",
}
PRONOUNS |= set(_CYR_PRONOUN_GENDER)
PLURAL_PRONOUNS = {"they", "them", "we", "us", "они", "их", "вони", "їх", "мы", "ми"}
# "it" for a body: "The council condemned the test, which it called “...”"
BODY_PRONOUNS = {"it", "its", "itself"}
_BODY_TYPES = ("ORG", "GPE", "MEDIA", "NORP")
_LONGEST_NAME = 200  # characters a name may span: how far before a description one that overlaps it may start
_BODY_WINDOW = 400  # characters back that "it" may reach for a body that was the subject of a sentence
_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    **_CYR_PRONOUN_GENDER,
}
_ROLE_GENDER = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "businesswoman": "f",
    "actress": "f",
    "queen": "f",
    "princess": "f",
    "mother": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "grandmother": "f",
    "widow": "f",
    "girl": "f",
    "woman": "f",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "businessman": "m",
    "actor": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "grandfather": "m",
    "widower": "m",
    "boy": "m",
    "man": "m",
    **TITLE_GENDER,
}

# Classes of people a description may name; a person fits when their role holds a word of the class.
ROLE_CLASSES: dict[str, set[str]] = {
    "diplomat": {
        "diplomat",
        "diplomacy",
        "ambassador",
        "envoy",
        "representative",
        "consul",
        "attache",
        "chargé",
        "charge",
        "emissary",
        "negotiator",
        "osce",
        "un",
        "embassy",
        "nato",
        "eu",
        "secretary-general",
    },
    "spokesman": {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press",
        "secretary",
        "spokesmen",
        "coordinator",
        "communications",
    },
    "expert": {
        "expert",
        "analyst",
        "researcher",
        "scientist",
        "professor",
        "specialist",
        "observer",
        "economist",
        "historian",
        "strategist",
        "scholar",
        "fellow",
        "director",
        "political",
        "commentator",
    },
    "leader": {"president", "prime", "premier", "leader", "chancellor", "king", "head", "emir", "monarch"},
    "official": {
        "official",
        "prosecutor",
        "judge",
        "attorney",
        "sheriff",
        "minister",
        "secretary",
        "director",
        "head",
        "chief",
        "deputy",
        "coordinator",
        "chairman",
        "chair",
        "representative",
        "spokesman",
        "spokesperson",
        "officer",
        "governor",
        "mayor",
        "adviser",
        "advisor",
        "aide",
        "ambassador",
        "commissioner",
        "administrator",
    },
    "military": {
        "general",
        "commander",
        "colonel",
        "officer",
        "admiral",
        "major",
        "captain",
        "lieutenant",
        "military",
        "soldier",
        "serviceman",
        "chief",
    },
    "lawmaker": {
        "lawmaker",
        "deputy",
        "senator",
        "mp",
        "congressman",
        "congresswoman",
        "legislator",
        "member",
        "parliamentarian",
        "duma",
    },
    "journalist": {"journalist", "reporter", "correspondent", "editor", "blogger", "columnist"},
}
# Russian and Ukrainian role words, as stems (``_stem``): "пресс-секретаря" and "пресс-секретарь" are one word.
_CYR_CLASSES: dict[str, set[str]] = {
    "diplomat": {"дипломат", "посол", "посл", "постпред", "представител", "представник", "консул"},
    "spokesman": {"пресс-секретар", "речник", "представител", "представник", "пресс-служб", "прес-секретар"},
    "expert": {"эксперт", "експерт", "аналитик", "аналітик", "политолог", "політолог", "профессор", "професор"},
    "leader": {"президент", "премьер", "премьер-министр", "прем'єр-міністр", "глав", "голов", "лидер", "лідер"},
    "official": {
        "министр",
        "міністр",
        "губернатор",
        "мэр",
        "мер",
        "глав",
        "голов",
        "чиновник",
        "секретар",
        "советник",
        "радник",
        "руководител",
        "керівник",
        "директор",
        "председател",
        "заместител",
        "заступник",
        "замминистр",
        "представител",
        "представник",
        "пресс-секретар",
        "посадовец",
        "посадовц",
    },
    "military": {"генерал", "командующ", "командувач", "командир", "полковник", "офицер", "офіцер", "адмирал"},
    "lawmaker": {"депутат", "сенатор", "спикер", "спікер"},
    "journalist": {"журналист", "журналіст", "корреспондент", "кореспондент", "военкор"},
}
for _klass, _stems in _CYR_CLASSES.items():
    ROLE_CLASSES[_klass] |= _stems
DESCRIPTION_CLASSES: dict[str, str] = {
    "diplomat": "diplomat",
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "representative": "diplomat",
    "emissary": "diplomat",
    "consul": "diplomat",
    "negotiator": "diplomat",
    "spokesman": "spokesman",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "expert": "expert",
    "analyst": "expert",
    "researcher": "expert",
    "scientist": "expert",
    "professor": "expert",
    "specialist": "expert",
    "economist": "expert",
    "historian": "expert",
    "observer": "expert",
    "president": "leader",
    "leader": "leader",
    "premier": "leader",
    "chancellor": "leader",
    "minister": "official",
    "official": "official",
    "secretary": "official",
    "head": "leader",
    "chief": "official",
    "chairman": "official",
    "governor": "official",
    "mayor": "official",
    "prosecutor": "official",
    "judge": "official",
    "attorney": "official",
    "sheriff": "official",
    "director": "official",
    "adviser": "official",
    "advisor": "official",
    "general": "military",
    "commander": "military",
    "colonel": "military",
    "officer": "military",
    "lawmaker": "lawmaker",
    "senator": "lawmaker",
    "deputy": "lawmaker",
    "mp": "lawmaker",
    "politician": "lawmaker",
    "journalist": "journalist",
    "reporter": "journalist",
    "correspondent": "journalist",
    "дипломат": "diplomat",
    "посол": "diplomat",
    "посл": "diplomat",
    "постпред": "diplomat",
    "консул": "diplomat",
    "представител": "spokesman",
    "представник": "spokesman",
    "пресс-секретар": "spokesman",
    "речник": "spokesman",
    "прес-секретар": "spokesman",
    "эксперт": "expert",
    "експерт": "expert",
    "аналитик": "expert",
    "аналітик": "expert",
    "политолог": "expert",
    "політолог": "expert",
    "президент": "leader",
    "премьер": "leader",
    "премьер-министр": "leader",
    "прем'єр-міністр": "leader",
    "глав": "leader",
    "голов": "leader",
    "лидер": "leader",
    "министр": "official",
    "міністр": "official",
    "чиновник": "official",
    "посадовец": "official",
    "посадовц": "official",
    "губернатор": "official",
    "мэр": "official",
    "мер": "official",
    "советник": "official",
    "радник": "official",
    "руководител": "official",
    "керівник": "official",
    "генерал": "military",
    "командующ": "military",
    "командувач": "military",
    "командир": "military",
    "депутат": "lawmaker",
    "сенатор": "lawmaker",
    "журналист": "journalist",
    "корреспондент": "journalist",
}
# Offices a description names exactly: "the mayor said" is the person introduced as mayor, not any official.
TITLED_OFFICES = {
    "mayor",
    "governor",
    "prosecutor",
    "judge",
    "sheriff",
    "senator",
    "ambassador",
    "consul",
    "chancellor",
    "president",
    "premier",
    "minister",
    "attorney",
    "мэр",
    "мер",
    "губернатор",
    "посол",
}
# Descriptions of institutions: "the ministry said", "according to the department".
INSTITUTION_WORDS = {
    "ministry",
    "department",
    "agency",
    "committee",
    "office",
    "service",
    "council",
    "government",
    "administration",
    "military",
    "army",
    "command",
    "embassy",
    "mission",
    "commission",
    "court",
    "directorate",
    "headquarters",
    "staff",
    "police",
    "prosecutor",
    "kremlin",
    "pentagon",
    "side",
}
# Descriptions of a business: "the company said" is the firm that was the subject just before.
COMPANY_WORDS = {"company", "firm", "manufacturer", "maker", "airline", "carrier", "operator", "producer", "exporter"}
# Descriptions of an outlet: "the news agency said", "the broadcaster reported" is the outlet named before.
OUTLET_WORDS = {"broadcaster", "newspaper", "outlet", "channel", "tabloid", "daily", "website", "portal"}
INSTITUTION_WORDS |= COMPANY_WORDS | {"authority", "watchdog", "regulator"}
# Words of a description too common to tell one body from another ("the national authority").
_GENERIC_DESCRIPTORS = {"national", "state", "federal", "official", "local", "regional", "central", "public", "main"}
# Descriptions that never name one person: an unnamed source stays unnamed.
UNNAMED = {
    "source",
    "sources",
    "official",
    "officials",
    "people",
    "person",
    "someone",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "insider",
    "insiders",
    "diplomats",
    "analysts",
    "experts",
    "observers",
    "investigators",
    "journalists",
    "media",
    "reports",
    "report",
    # Russian and Ukrainian stems (``_stem``): "источник в силовых структурах", "собеседник агентства"
    "источник",
    "источники",
    "источников",
    "собеседник",
    "собеседники",
    "очевидец",
    "очевидц",
    "свидетел",
    "жител",
    "жители",
    "джерел",
    "джерело",
    "співрозмовник",
    "очевидці",
    "мешканц",
    "мешканці",
    "чиновник",
    "чиновники",
    "посадовц",
    "эксперты",
    "експерти",
}
# Sources that are texts or records, not people: "according to official data", "the report said". They may be
# the source of reported speech (speaker_text keeps the phrase) but never resolve to a person (speaker null).
DOCUMENTS = {
    "data",
    "datum",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "record",
    "records",
    "report",
    "reports",
    "statement",
    "statements",
    "document",
    "documents",
    "statistics",
    "study",
    "survey",
    "poll",
    "census",
    "tally",
    "count",
    "analysis",
    "assessment",
    "audit",
    "review",
    "findings",
    "research",
    "projection",
    "projections",
    "calculation",
    "calculations",
    "numbers",
    "list",
    "letter",
    "memo",
    "filing",
    "plan",
    "deal",
    "law",
    "bill",
    "treaty",
    "agreement",
    "accord",
    "resolution",
    "decree",
    "order",
    "draft",
    "advertisement",
    "ad",
}
# Things, events and abstractions that do not speak: "the ceasefire ... agreed", "the markings suggested".
# A speech verb with one of these as subject does not report speech.
THINGS = {
    "ceasefire",
    "truce",
    "markings",
    "marking",
    "evidence",
    "attack",
    "attacks",
    "shelling",
    "incident",
    "explosion",
    "blast",
    "fire",
    "violence",
    "war",
    "conflict",
    "fighting",
    "crisis",
    "situation",
    "move",
    "decision",
    "policy",
    "sanctions",
    "measure",
    "measures",
    "trend",
    "rise",
    "fall",
    "increase",
    "damage",
    "debris",
    "fragments",
    "wreckage",
    "footage",
    "video",
    "images",
    "photos",
    "satellite",
    "price",
    "prices",
    "economy",
    "market",
    "markets",
    "weather",
    "storm",
    "flood",
    "earthquake",
    "disease",
    "virus",
    "idea",
}
NON_SPEAKERS = DOCUMENTS | THINGS
# What a speaker issues and a later sentence may quote as the speaker: "..., the statement said".
# the source just quoted, named again as such ("the same source added", "indicó la misma fuente", "a ajouté la même
# source", "ha aggiunto la stessa fonte", "so dieselbe Quelle"): whoever the quote before was resolved to
SAME_SOURCE = re.compile(
    r"(?:the\s+same\s+(?:source|official|statement|report)|la\s+misma\s+fuente|la\s+m[êe]me\s+source|"
    r"la\s+stessa\s+fonte|die(?:selbe|\s+gleiche)\s+quelle)",
    re.I,
)
ISSUED = {"statement", "letter", "communique", "communiqué", "release"}
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s")
_SENTENCE_OR_LINE = re.compile(r"[.!?][\"\u201d\u2019]?\s|\n")
_ISSUED_REACH = 600  # characters back where the sentence that issued it may stand
_ISSUED_IN = re.compile(
    r"\b(?:in|issued|released|published|sent|put out)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<kind>" + "|".join(sorted(ISSUED)) + r")\b",
    re.IGNORECASE,
)
# What a body publishes and a later sentence may quote as the speaker: "X published a report ... . The report cites
# “...”": X's report, the way "the statement" is its issuer's.
PUBLISHED = {"report", "study", "investigation", "review", "assessment", "analysis", "survey", "audit"}
# ... and what a party files in court: "Maui County filed a lawsuit ... . The lawsuit alleges “...”" is the county's
PUBLISHED |= {"lawsuit", "suit", "complaint"}
_PUBLISHED_BY = re.compile(
    r"\b(?:published|released|issued|presented|put out|produced|compiled|filed|brought)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<kind>" + "|".join(sorted(PUBLISHED)) + r")\b",
    re.IGNORECASE,
)
# between a publisher's name and "published": auxiliaries, a time, an apposition ("X, a rights group, has ...")
_PUBLISHER_GAP = re.compile(
    r"(?:\s*,[^,.;:\n]{1,80},)?(?:\s+(?:has|have|had|also|just|recently|now|on\s+\w+|last\s+\w+|this\s+\w+))*\s+",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "a report by the UN"
_IN_A_STATEMENT = re.compile(
    r"\bin\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(ISSUED)) + r")\b", re.I
)
_THE_ISSUED = re.compile(r"\bthe\s+(?P<kind>" + "|".join(sorted(ISSUED)) + r")\b", re.IGNORECASE)
# Who issued what a later "the statement said" quotes, named where the text draws on it: "with reference to X",
# "citing X", "according to a statement of X", "the joint statement by X".
_SOURCED = re.compile(
    r"\b(?:(?:with|in) reference to|referring to|citing|(?:a|an|the|its) (?:[\w-]+\s+){0,2}?(?P<kind>"
    + "|".join(sorted(ISSUED | PUBLISHED))
    + r")\s+(?:(?:released|published|issued|compiled|presented|prepared|produced|put out|made public)\s+)?"
    + r"(?:of|by|from))\s+",
    re.IGNORECASE,
)
# where the phrase naming the source ends: "a report by X published by the IRNA agency" names X, not the agency
_SOURCE_END = re.compile(r"[,;:()\n]|[.!?]\s|\s(?:published|released|carried|aired|broadcast|quoted|cited)\b")
_SOURCE_REACH = 120
_CYR_ENDINGS = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ой",
    "ей",
    "ом",
    "ем",
    "ам",
    "ям",
    "ах",
    "ях",
    "ую",
    "юю",
    "ая",
    "яя",
    "ий",
    "ый",
    "ые",
    "ие",
    "ых",
    "их",
    "ов",
    "ев",
    "ою",
    "ею",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
    "ь",
    "й",
    "о",
    "і",
    "ї",
    "є",
)
_EQUIVALENT = {
    "head of government": "prime minister",
    "head of the government": "prime minister",
    "head of state": "president",
    "leader": "president",
    "premier": "prime minister",
    # who speaks for a foreign ministry is in diplomacy: "“...,” the diplomat said" after its spokeswoman was named
    # (a word of the diplomats' class, not the description's own word, so it never outweighs an envoy named since)
    "foreign ministry": "diplomacy",
    "foreign minister": "diplomacy",
    "foreign affairs": "diplomacy",
    "foreign office": "diplomacy",
    "state department": "diplomacy",
}
_WINDOW = 3000  # characters back that a description or pronoun may reach
# a national government named by its country: "the Danish government", "the government of Denmark"
_GOVERNMENT_HEADS = frozenset({"government", "cabinet"})
_GOVERNMENT_FILLERS = frozenset({"the", "of", "federal", "national", "central"})
_OFFICIAL_REACH = 1000  # characters back from "the official said" to the quote of the official it goes on with
# A description that is only "official" (Russian and Ukrainian take no article): right after a named official's
# quote, that official; anywhere else an unnamed source.
_BARE_OFFICIALS = {"чиновник", "посадовец", "посадовц"}
_BARE_POLITICIANS = {"политик", "політик"}  # "— сказал политик": the person the article just spoke of


def _bare_official(words: list[str]) -> bool:
    """ "the official", "the Belarusian official" (its country's word says no more of who), "чиновник"."""
    return (
        words == ["the", "official"]
        or (len(words) == 3 and words[0] == "the" and words[2] == "official" and words[1] in demonyms())
        or (len(words) == 1 and _stem(words[0]) in _BARE_OFFICIALS)
    )


_CALLED_REACH = 20  # characters beside a name where the word a description uses may call it so ("the AFP news agency")
# Words that qualify a description without naming whom it speaks for: "a senior official", "the Foreign Minister".
_PLAIN_MODIFIERS = {
    "senior",
    "deputy",
    "chief",
    "top",
    "vice",
    "acting",
    "former",
    "local",
    "foreign",
    "prime",
    "first",
    "general",
    "official",
    "press",
    "regional",
    "junior",
    "another",
    "one",
    "same",
    "new",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
}
# Institution words that alone do not tell one organisation from another ("State Department" vs "Defense Department").
_GENERIC_ORG = {
    "ministry",
    "department",
    "office",
    "agency",
    "service",
    "government",
    "council",
    "committee",
    "commission",
    "administration",
    "directorate",
    "mission",
    "staff",
    "headquarters",
    "command",
}
_ORG_SYNONYMS = [
    {"army", "military", "forces", "armed"},
    {"ministry", "department", "office"},
    {"un", "united-nations"},
    {"spokesman", "spokeswoman", "spokesperson"},
]
_INDEFINITE = {"a", "an", "another", "one"}
_COURTESY_TITLES = {"mr", "mrs", "ms", "dr", "miss", "sir"}
_CONTEXT_BACK = 80  # characters before a person's mention read for their role ("Kenya's interior ministry spokesman,")
_WORD = re.compile(r"[\w'’-]+")


def agrees_with(pronoun: str, phrase: str) -> bool:
    """Whether ``he`` or ``she`` may stand for the person a description names: not when its role words say the other
    (``a spokeswoman`` is no "he"); a description that tells nothing agrees with either."""
    want = _PRONOUN_GENDER.get(pronoun.casefold())
    found = {_ROLE_GENDER[w] for w in _WORD.findall(phrase.casefold()) if w in _ROLE_GENDER}
    return want is None or not found or found == {want}


def _stem(word: str) -> str:
    """A Russian or Ukrainian word without its case ending (``губернатора`` -> ``губернатор``); others unchanged."""
    if not CYRILLIC.search(word):
        return word
    for end in _CYR_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def role_words(text: str | None) -> set[str]:
    """Role words, lower-cased, with countries normalised (``Polish`` -> ``poland``) and equivalents added."""
    if not text:
        return set()
    return set(_role_words(text))


@functools.lru_cache(maxsize=1 << 14)  # the same roles and contexts come back for every mention of a person
def _role_words(text: str) -> frozenset[str]:
    low = text.casefold().replace("’s", "").replace("'s", "")
    for a, b in _EQUIVALENT.items():
        if a in low:
            low += " " + b
    words = set()
    for w in _WORD.findall(low):
        country = country_of(w) if w not in ("us",) or "US" in text else None
        words.add(country.casefold() if country else _stem(w))
    return frozenset(words - {"the", "of", "a", "an", "to", "for", "and", "in", "at", "on"})


def _synonyms(word: str) -> set[str]:
    return next((group for group in _ORG_SYNONYMS if word in group), {word})


_POSSESSIVE_S = re.compile(r"['’]s$")


def qualifiers(phrase: str) -> tuple[set[str], set[str]]:
    """The countries and organisation words that say whom a description speaks for.

    ``a State Department spokesperson`` -> ({}, {state, department}); ``the Russian ambassador`` -> ({russia}, {});
    ``the army's spokesman`` -> ({}, {army}); ``a senior official`` -> ({}, {}).
    """
    countries: set[str] = set()
    orgs: set[str] = set()
    text = _SEAT_WORDS.sub(lambda m: m.group(0).replace(" ", "-"), phrase.replace("United Nations", "United-Nations"))
    for i, w in enumerate(_WORD.findall(text)):
        w = _POSSESSIVE_S.sub("", w)
        low = w.casefold()
        country = country_of(w) if low != "us" or w == "US" else None
        if country:
            countries.add(country.casefold())
        elif low in _PLAIN_MODIFIERS or low in DESCRIPTION_CLASSES or low in ROLE_CLASSES["official"]:
            continue
        elif (w[:1].isupper() and i > 0) or w.isupper() or low in INSTITUTION_WORDS - {"side"}:
            orgs.add(low)
    return countries, orgs


def _compatible(countries: set[str], orgs: set[str], context: set[str]) -> bool:
    """Whether a person whose role and surrounding words are ``context`` can be the one the qualifiers describe."""
    if any(c not in context for c in countries):
        return False
    distinct = {o for o in orgs if o not in _GENERIC_ORG}
    if distinct:
        return all(_synonyms(o) & context or _seat_fits(o, context) for o in distinct)
    # "the head of the Polish government": a country scopes a generic institution on its own
    return not orgs or bool(countries) or any(_synonyms(o) & context for o in orgs)


# a seat of power of two words, kept as one ("White-House") by ``qualifiers``
_SEAT_WORDS = re.compile("|".join(re.escape(seat) for seat in SEATS_OF_POWER if " " in seat), re.IGNORECASE)


def _seat_fits(org: str, context: set[str]) -> bool:
    """Whether a person whose role and surrounding words are ``context`` speaks for the seat of power ``org`` names
    (``kremlin``, ``white-house``): the seat's words are among them, or its country and its office are
    (``Russian presidential spokesman``)."""
    seat = org.replace("-", " ")
    if seat not in SEATS_OF_POWER:
        return False
    country, office = SEATS_OF_POWER[seat]
    return set(seat.split()) <= context or (country in context and office in context)


_APPOSITION_AFTER = re.compile(r",\s*([^,.;\n“”\"]+)[,.]")
# Between a person's name and a second person's: an apposition giving the first a title the second's name ends
# (", adviser to the head of the office of President "): the second is named only in the first's title.
_TITLE_APPOSITION = re.compile(
    r",\s+(?:an?\s+|the\s+)?[a-z][^,.;:\n“”\"()]*\b(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*"
)
_OFFICIALS_AFTER = re.compile(r"(?:['’]s)?\s+officials", re.I)
_SENTENCE_OR_QUOTE_BREAK = re.compile(r"[.!?;\n]\s|\n|[“”\"]")


@dataclass
class Resolver:
    """Resolves speaker phrases in one article, in text order, keeping track of who is in focus."""

    mentions: tuple[Mention, ...]
    text: str = ""  # the article's text: the words around a person's mentions tell their country and organisation
    focus: list[tuple[int, Mention]] = field(default_factory=list)  # (position, person) who spoke or was the subject
    # (position, organisation) that was the subject; None for an unnamed one ("the report said"): "it" is then nobody
    bodies: list[tuple[int, Mention | None]] = field(default_factory=list)
    # positions where someone unnamed (``a former expert``) was the subject: "he" after one is that person, unknown
    strangers: list[int] = field(default_factory=list)
    # whether a position lies inside quotation marks: people named in a quote are spoken about, not speaking
    quoted: Callable[[int], bool] | None = None
    # (position, kind, issuer) of each "the statement said" resolved: a later one of the same kind may be that one
    statements: list[tuple[int, str, Mention]] = field(default_factory=list)
    # starts of people named only as a possessor or an object in a sentence whose subject is another person ("Arce
    # ordered Zuniga to withdraw", "Peskov said, asked about Zourabichvili's claims"): they do not take the focus
    oblique: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.people = sorted((m for m in self.mentions if m.type == "PERSON"), key=lambda m: m.span.start)
        self.orgs = sorted((m for m in self.mentions if m.type in ("ORG", "MEDIA", "GPE")), key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.people]
        # every mention by start, with its place in ``mentions``: mention_in looks up a window, not the whole list
        self._by_start = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].span.start)
        self._all_starts = [self.mentions[k].span.start for k in self._by_start]
        self.roles: dict[str, set[str]] = {}
        for m in self.people:  # a role given once holds for every mention of the same name
            if m.role:
                for key in _name_keys(m.name):
                    self.roles.setdefault(key, set()).update(role_words(m.role))
        self.contexts: dict[str, set[str]] = {}  # name key -> role words and words around the person's mentions
        for m in self.people:
            words = role_words(m.role) | role_words(self._around(m.span))
            words |= {w.replace("united nations", "united-nations") for w in words}
            if "united nations" in (m.role or "").casefold() + self._around(m.span).casefold():
                words.add("united-nations")
            for key in _name_keys(m.name):
                self.contexts.setdefault(key, set()).update(words)

    def _around(self, span: Span) -> str:
        """The clause before a mention and an apposition after it: "India's army chief, Gen. X, the head of Y,"."""
        if not self.text:
            return ""
        start = max(0, span.start - _CONTEXT_BACK)
        before = self.text[start : span.start]
        before = _SENTENCE_OR_QUOTE_BREAK.split(before)[-1]
        after = self.text[span.end : span.end + _CONTEXT_BACK]
        apposition = _APPOSITION_AFTER.match(after)
        return before + " " + (apposition.group(1) if apposition else "")

    def note_speaker(self, pos: int, person: Mention | None) -> None:
        """Record that ``person`` spoke (or was a subject) at ``pos``: later pronouns may point back to them."""
        if person is not None and person.type == "PERSON":
            self.focus.append((pos, person))
        elif person is not None and person.type in _BODY_TYPES:
            self.bodies.append((pos, person))

    def note_unnamed(self, pos: int) -> None:
        """Record that something unnamed (``the report``, ``the statement``) was the subject at ``pos``: a later
        "it" may be that, so it no longer points back past it."""
        self.bodies.append((pos, None))

    def note_stranger(self, pos: int) -> None:
        """Record that an unnamed person (``a former expert at the agency``) was the subject at ``pos``."""
        self.strangers.append(pos)

    def agrees(self, m: Mention, pronoun: str) -> bool:
        """Whether ``m`` can be what a pronoun stands for: "she" a woman or a person of unknown gender, "it" a body."""
        word = pronoun.casefold()
        if word in BODY_PRONOUNS or word in ("they", "them"):  # "Politifact ruled ... they could not resist"
            return m.type in _BODY_TYPES
        if word in _PRONOUN_GENDER:
            return m.type == "PERSON" and self._fits(m, _PRONOUN_GENDER[word])
        return False

    def _officials_of(self, phrase: str, span: Span) -> Mention | None:
        """The organisation named right before "officials", the phrase's first words (``DLNR officials``, ``the
        DLNR's officials``); not a country (``US officials`` stay unnamed), nor one official (``a senior EU official``
        is a person unnamed), nor some of them (``two EU officials``)."""
        named = self.mention_in(span)
        if named is None or named.type != "ORG" or not (span.start <= named.span.start < named.span.end <= span.end):
            return None
        lead = phrase[: named.span.start - span.start]
        rest = phrase[named.span.end - span.start :]
        return named if lead.strip().casefold() in ("", "the") and _OFFICIALS_AFTER.fullmatch(rest) else None

    def mention_in(self, span: Span) -> Mention | None:
        """The named mention inside a speaker phrase: a person first, then an organisation or outlet."""
        lo, hi = bisect.bisect_left(self._all_starts, span.start), bisect.bisect_right(self._all_starts, span.end)
        window = sorted(self._by_start[lo:hi])  # in the order of ``mentions``, as a scan of them would find them
        inside = [self.mentions[k] for k in window if self.mentions[k].span.end <= span.end]
        for kinds in (("PERSON",), ("ORG", "MEDIA"), ("GPE", "NORP")):
            found = [m for m in inside if m.type in kinds]
            if found:
                return found[0] if kinds != ("PERSON",) else found[-1] if len(found) > 1 else found[0]
        return None

    def resolve(self, phrase: str, span: Span, head: str | None = None) -> Mention | None:
        """The named mention a speaker phrase at ``span`` refers to, or None when nothing fits.

        ``head`` is the noun heading the phrase: ``a military source from France Info`` is headed by
        ``source`` and stays unnamed; ``a representative of the Pentagon`` speaks for the Pentagon.
        """
        words = [w.casefold() for w in _WORD.findall(phrase)]
        if head is None and "of" in words[1:] and words[words.index("of") - 1] in TITLED_OFFICES:
            head = words[words.index("of") - 1]  # "the mayor of Varno": a mayor, not the town
        head = head or (words[-1] if words else None)
        if " ".join(words) in LATTER:
            return self._named_last(span.start, LATTER[" ".join(words)])  # "the latter said": the last one named
        if (
            head in PUBLISHED
            and words[:1] == ["the"]
            and len(words) <= 4
            and (publisher := self._publisher(head, span.start) or self._sourced(head, span.start)) is not None
        ):
            # "X has published a report ... . The report cites", "a report by X ... . The report said": X's report
            return publisher
        if _bare_official(words) and (person := self._official_in_focus(span.start)) is not None:
            return person  # "“...,” the official added" right after the named minister spoke: the minister
        if len(words) == 1 and _stem(words[0]) in _BARE_POLITICIANS:
            # the last person named in full or with a role (a lone word may be a place the finder took for a name)
            full = [
                m
                for m in self.people
                if m.span.end <= span.start
                and span.start - m.span.start <= _OFFICIAL_REACH
                and (len(m.name.split()) > 1 or m.role)
                and not (self.quoted is not None and self.quoted(m.span.start))
            ]
            return full[-1] if full else None
        if self._plain_job(words) and (person := self._job_holder(words, span.start, phrase)) is not None:
            return person  # "“...,” the minister added", "the medic said": the person the article just quoted
        if head == "officials" and (body := self._officials_of(phrase, span)) is not None:
            return body  # "DLNR officials said", "the DLNR's officials": the body speaks through them
        if head in UNNAMED and not (head in ("official", "officials") and "of" in words):
            return None  # an unnamed source stays unnamed, whatever names its phrase holds
        if head in KIN_NOUNS and head in _WORD.findall(phrase) and _possessed(phrase, words):
            # "Scott's relatives", "the wife of the mayor", "his mother": not the person they belong to, but the one
            # introduced as such ("his daughter, Nora Field,")
            return self._kin_holder(head, span.start)
        named = self.mention_in(span)
        if named is not None and named.type == "PERSON" and head in AIDE_NOUNS and _serves(phrase, named, span):
            # "A senior adviser to Sarko, Pavel Dorn, posted": not Sarko; the person the apposition names, else nobody
            return self._apposed_person(span)
        if (
            named is not None
            and named.type in ("GPE", "NORP")
            and (state := self._national_government(words, pos=span.start))
        ):
            return state  # "the Danish government said", "Denmark's government": Denmark speaks
        if named is not None and named.type == "PERSON" and head in TITLED_OFFICES and _of_the(phrase, named, span):
            # "the mayor of Boutcha", the town the model took for a person: the mayor, introduced so or unnamed
            return self._described(words, span.start, phrase) if head in DESCRIPTION_CLASSES else None
        if named is not None and named.type != "PERSON" and head in DESCRIPTION_CLASSES and head not in UNNAMED:
            person = self._described(words, span.start, phrase)
            if person is not None:
                return person  # "the Kremlin's official spokesman": the person with that role, not the Kremlin
            if (
                named.type in ("GPE", "NORP")
                and words[0] == "the"
                and (person := self._national_in_focus(phrase, span.start))
            ):
                return person  # "Emmanuel Macron saying ... . “...,” the French president said": the one just quoted
            speaks_for = named.type in ("ORG", "MEDIA") and DESCRIPTION_CLASSES[head] in ("spokesman", "diplomat")
            focus = self._in_focus(span.start) if words[0] == "the" and speaks_for else None
            if focus is not None and role_words(named.name) <= self._context(focus):
                return focus  # "said the ICRC representative" after the ICRC's Omar Field spoke: Omar Field
        if named is not None:
            if named.type in ("GPE", "NORP") and head is not None and head not in named.name.casefold().split():
                named = None  # "the Russian military department" is not Russia
            elif head in TITLED_OFFICES and named.type != "PERSON":
                return None  # "the mayor of Varno" with no mayor named: a person left unnamed, not the town
            else:
                return named
        if named is None and (known := self._by_name(phrase, span.start)) is not None:
            return known  # "Zelenskyy said" where the model missed the name: the person named so elsewhere
        if (
            head in ISSUED
            and (
                issuer := self._issuer(head, span.start)
                or self._sourced(head, span.start)
                or self._last_voice(head, span.start)
                or self._same_statement(head, span.start)
            )
            is not None
        ):
            self.statements.append((span.start, head, issuer))
            return issuer  # "X said in a statement ... . “...,” the statement said": X's statement
        if not words or head in NON_SPEAKERS or words[-1] in NON_SPEAKERS:
            return None  # "official data", "the ceasefire": a document or a thing is nobody
        if len(words) == 1 and words[0] in PRONOUNS:
            return self._in_focus(span.start, _PRONOUN_GENDER.get(words[0]))
        if len(words) == 1 and words[0] in BODY_PRONOUNS:
            # the quote "it" attributes is no part of the distance: "The ICRC said ... . “<long quote>,” it said"
            recent = [
                (p, m) for p, m in self.bodies if p < span.start and self._unquoted(p, span.start) <= _BODY_WINDOW
            ]
            if not recent:
                return None
            at, body = max(recent, key=lambda r: r[0])  # the last subject if a body, else nobody
            if body is not None:
                return body
            stated = self._statement_at(at)
            if stated is not None:
                return stated
            # "“...,” the ministry said in a statement posted to its page. “...,” it added": the statement its speaker
            # issued in the same sentence is that speaker's
            if not _IN_A_STATEMENT.search(self.text, max(0, at - _BODY_WINDOW), at + _CALLED_REACH):
                return None  # "“...,” the review says. It also points out": the review, nobody named
            told = [(p, m) for p, m in recent if m is not None and p < at and not self._sentence_between(p, at)]
            return max(told, key=lambda r: r[0])[1] if told else None
        if words[-1] in UNNAMED or _stem(words[-1]) in UNNAMED or words[0] in PLURAL_PRONOUNS:
            return None
        head = words[-1] if "of" not in words else words[words.index("of") - 1]
        if head in OUTLET_WORDS or (head in ("agency", "service") and "news" in words):
            return self._latest(span.start, ("MEDIA",))  # "the news agency said": the outlet named before
        if head in COMPANY_WORDS:
            # "The company further informed": the firm last a subject; a body whose name says it is no firm ("the
            # Centre", "the Health Ministry") gives way to the latest one whose name says it is
            focus = self._body_in_focus(span.start, "ORG")
            if focus is not None and _firm_name(focus.name):
                return focus
            firm = next((m for m in self._recent(span.start, ("ORG",)) if _firm_name(m.name)), None)
            return firm or focus or self.description(span)
        if (body := self.kind_in_focus(phrase, span.start)) is not None:
            return body
        if len(words) == 2 and words[0] == "the" and words[1] in GENERIC_BODY_NOUNS:
            return self._body_in_focus(span.start, "ORG")  # "the group added" after "Amnesty International said"
        if (
            len(words) == 3
            and words[0] == "the"
            and words[1] in ARMED_GROUP_MODIFIERS
            and words[2] in GENERIC_BODY_NOUNS
        ):
            # "the terror outfit said" after "The Resistance Front claimed ...": the group, unless the body last a
            # subject is a public one (the police, a ministry)
            body = self._body_in_focus(span.start, "ORG")
            if body is not None and not set(_WORD.findall(body.name.casefold())) & STATE_BODY_WORDS:
                return body
            return None
        if head in INSTITUTION_WORDS:
            if head in DESCRIPTION_CLASSES:  # "the prosecutor": the prosecutor named before, else their office
                person = self._described(words, span.start, phrase)
                if person is not None:
                    return person
            return self._institution(words, span.start) or self.description(span)
        return self._described(words, span.start, phrase)

    @staticmethod
    def _plain_job(words: list[str]) -> bool:
        """``the official``, ``the minister``, ``the medic``: "the" and a job's noun, nothing that says whose."""
        return len(words) == 2 and words[0] == "the" and words[1] in ANAPHORIC_PERSON_NOUNS

    def _job_holder(self, words: list[str], pos: int, phrase: str) -> Mention | None:
        """The person a plain job's noun goes on with: the one whose role the article gave with that job, else the
        person just quoted when the noun's gender does not say otherwise (None after an unnamed speaker)."""
        if words[1] not in UNNAMED and (person := self._described(words, pos, phrase)) is not None:
            return person
        person = self._just_spoke(pos)
        if person is None:
            return None
        role = self._role(person)
        if words[1] in TITLED_OFFICES and role and not _synonyms(words[1]) & role:
            return None  # "said the mayor" right after the governor spoke: someone else, unnamed here
        said = {_ROLE_GENDER[w] for w in words if w in _ROLE_GENDER}
        return person if not said or self.gender(person) in (None, *said) else None

    def _national_government(self, words: list[str], pos: int) -> Mention | None:
        """The country a phrase naming its national government stands for (``the Danish government``, ``Denmark's
        government``, ``the government of Denmark``), as the article names the country; None for any other phrase
        (``the Danish energy agency``) or when the article never names the country itself."""
        rest = [w for w in words if w not in _GOVERNMENT_FILLERS]
        if len(rest) != 2 or not any(w in _GOVERNMENT_HEADS for w in rest):
            return None
        owner = next(w for w in rest if w not in _GOVERNMENT_HEADS)
        country = country_of(owner.removesuffix("'s").removesuffix("\u2019s"))
        if country is None:
            return None
        named = [m for m in self.orgs if m.type == "GPE" and m.span.start < pos + 200 and country_of(m.name) == country]
        return max(named, key=lambda m: (m.span.start < pos, -abs(m.span.start - pos))) if named else None

    def kind_in_focus(self, phrase: str, pos: int) -> Mention | None:
        """``the state-funded body``, ``the federation``: the body last a subject before ``pos`` when its name says it
        is of the kind the phrase's head names (``the Vellan Commission on Human Rights`` is a body); None otherwise.
        Only for heads that are no institution's own word (those ``_institution`` reads)."""
        words = [w.casefold() for w in _WORD.findall(phrase)]
        if len(words) < 2 or words[0] != "the" or words[-1] not in DESCRIPTION_HEADS or words[-1] in INSTITUTION_WORDS:
            return None
        body = self._body_in_focus(pos, "ORG")
        if body is not None and set(_WORD.findall(body.name.casefold())) & DESCRIPTION_HEADS[words[-1]]:
            return body
        return None

    def _issuer(self, kind: str, pos: int) -> Mention | None:
        """Who issued the statement (letter, communique) a speaker phrase names: the named subject of a sentence just
        before that says it spoke "in a statement" or "issued a statement"; None when none does."""
        if not self.text:
            return None
        back = max(0, pos - _ISSUED_REACH)
        found = [m for m in _ISSUED_IN.finditer(self.text, back, pos) if m.group("kind").casefold() == kind]
        last = [m.start() for m in re.finditer(rf"\b{re.escape(kind)}\b", self.text[back:pos], re.IGNORECASE)]
        if not found or not last or back + last[-1] != found[-1].start("kind"):
            return None  # "Roe criticised the ministry's statement": the statement quoted is the last one named
        at = found[-1].start()
        noted = [(p, m) for p, m in self.focus + self.bodies if m is not None and at < p <= pos]
        if noted:
            p, m = min(noted, key=lambda r: r[0])
            if not _SENTENCE_END.search(self.text, at, p):
                return m  # the subject of the issuing sentence
        # "“...,” the ministry said in a statement": the speaker of the quote whose attribution says it, noted at the
        # quote's start, with no sentence ending between outside the quote
        before = [(p, m) for p, m in self.focus + self.bodies if m is not None and back <= p < at]
        if before:
            p, m = max(before, key=lambda r: r[0])
            if not self._sentence_between(p, at):
                return m
        return None

    def _publisher(self, kind: str, pos: int) -> Mention | None:
        """Who published the report (study, review) that "the report" at ``pos`` names: the named subject of the
        sentence just before that says it published or released one; None when none does, or when the text named
        another one since ("a report by the UN")."""
        if not self.text:
            return None
        back = max(0, pos - _ISSUED_REACH)
        found = [m for m in _PUBLISHED_BY.finditer(self.text, back, pos) if m.group("kind").casefold() == kind]
        if not found:
            return None
        at, since = found[-1].start(), found[-1].end()
        for later in re.finditer(rf"\b{re.escape(kind)}\b", self.text[since:pos], re.IGNORECASE):
            if _ANOTHER.search(self.text, max(since, since + later.start() - 40), since + later.start()):
                return None
        lo = bisect.bisect_left(self._all_starts, max(0, at - _LONGEST_NAME))
        for k in reversed(self._by_start[lo : bisect.bisect_left(self._all_starts, at)]):
            m = self.mentions[k]
            if m.type in ("PERSON", *_BODY_TYPES) and _PUBLISHER_GAP.fullmatch(self.text, m.span.end, at):
                return m  # "The Harbor Times has published a report", "X, the rights group, released a study"
        return None

    def _statement_at(self, pos: int) -> Mention | None:
        """Who issued the statement that is the subject of the sentence noted at ``pos`` ("“...,” said the
        statement. It underlined ...": the issuer an earlier "the statement" was found to be); None when the
        sentence names no statement or none was found."""
        back = max(0, pos - _BODY_WINDOW)
        named = list(_THE_ISSUED.finditer(self.text, back, pos))
        stop = len(self.text[: pos + 1].rstrip())  # the sentence's own end (and the lines after it) is no break
        if not named or self._sentence_between(named[-1].start(), stop):
            return None
        at, kind = named[-1].start(), named[-1].group("kind").casefold()
        found = [m for p, k, m in self.statements if k == kind and p <= at and at - p <= _ISSUED_REACH]
        return found[-1] if found else None

    def _same_statement(self, kind: str, pos: int) -> Mention | None:
        """Who issued the statement an earlier "the statement said" within reach was found to be (``X said in a
        statement ... . ..., the statement said: ... . “...,” said the statement``: X's still); None when there was
        none, or when another named person or body spoke or was a subject since."""
        earlier = [(p, m) for p, k, m in self.statements if k == kind and 0 < pos - p <= _ISSUED_REACH]
        if not earlier:
            return None
        at, issuer = earlier[-1]
        if any(m is not None and m.name != issuer.name and at < p < pos for p, m in self.focus + self.bodies):
            return None  # someone else spoke since: the statement may be another's
        return issuer

    def _sourced(self, kind: str, pos: int) -> Mention | None:
        """Who the text last said it drew on, within reach before ``pos`` (``As reported with reference to the
        police.`` ... ``“...,” the statement said``: the police's); None when the source is unnamed, names another
        kind of document, or a named person or body spoke or was a subject after it."""
        if not self.text:
            return None
        found = list(_SOURCED.finditer(self.text, max(0, pos - _ISSUED_REACH), pos))
        if not found:
            return None
        last = found[-1]
        if last.group("kind") is not None and last.group("kind").casefold() != kind:
            return None  # "a letter from X ... the statement said": another document
        stop = _SOURCE_END.search(self.text, last.end(), min(pos, last.end() + _SOURCE_REACH))
        source = self.mention_in(Span(last.end(), stop.start() if stop else min(pos, last.end() + _SOURCE_REACH)))
        if source is None:
            return None
        # the outlet that drew on it may be the subject of the same sentence ("Citing X, the agency reported ...")
        end = _SENTENCE_OR_LINE.search(self.text, source.span.end, pos)
        if end is not None and any(m is not None and end.start() < p < pos for p, m in self.focus + self.bodies):
            return None  # someone named spoke since: the statement may be theirs
        return source

    def _last_voice(self, kind: str, pos: int) -> Mention | None:
        """Who a statement that the text has not named before comes from: the person or body that spoke or was the
        subject last, just before (``X's press office reported ... . “...,” the statement reads``); None when the
        text named a statement before (``Y criticised the ministry's statement``: that one, whoever issued it), when
        the last subject was something unnamed, or when nothing is within reach."""
        # the subject of the sentence the phrase stands in, noted at that sentence's end ("X reportedly released a
        # statement that said ...": X's), before anyone who spoke in the sentences before it
        end = _SENTENCE_OR_LINE.search(self.text, pos)
        stop = end.end() if end is not None else len(self.text)
        current = [(p, m) for p, m in self.focus + self.bodies if pos <= p <= stop and m is not None]
        if current:
            return min(current, key=lambda r: r[0])[1]
        recent = sorted((p, k, m) for k, (p, m) in enumerate(self.focus + self.bodies) if 0 < pos - p <= _ISSUED_REACH)
        named = [(p, m) for p, _, m in recent if m is not None]
        if not named:
            return None
        at, voice = named[-1]
        unnamed = [p for p, _, m in recent if m is None and p > at]
        if unnamed and self._sentence_between(at, unnamed[-1]):
            return None  # "The report found ..." after the last person or body: the statement may be the report's
        starts = [m.end() for m in _SENTENCE_OR_LINE.finditer(self.text, max(0, at - _ISSUED_REACH), max(0, at - 1))]
        if re.search(rf"\b{re.escape(kind)}\b", self.text[starts[-1] if starts else 0 : pos], re.IGNORECASE):
            return None  # "Y criticised the ministry's statement": that statement, whoever issued it
        if voice.type == "MEDIA":
            return self._relayed(voice, pos)
        return voice

    def _relayed(self, outlet: Mention, pos: int) -> Mention | None:
        """Whose statement an outlet that spoke last relays: the first person or body its sentence names after it
        (``Al Jazeera said, adding that Hezbollah's leadership notified UNIFIL. “...,” the statement said``:
        Hezbollah's), None when it names none: an outlet reports, it issues no statement of its own."""
        end = _SENTENCE_OR_LINE.search(self.text, outlet.span.end)
        stop = min(end.start() if end is not None else pos, pos)
        named = [
            m
            for m in self.mentions
            if outlet.span.end <= m.span.start < stop and m.type in ("PERSON", *_BODY_TYPES) and m.type != "MEDIA"
        ]
        return min(named, key=lambda m: m.span.start) if named else None

    def _unquoted(self, a: int, b: int) -> int:
        """How many characters between ``a`` and ``b`` lie outside quotation marks (all of them when nothing tells)."""
        if self.quoted is None or b - a > _WINDOW:
            return b - a
        return sum(1 for i in range(a, b) if not self.quoted(i))

    def _sentence_between(self, a: int, b: int) -> bool:
        """Whether a sentence ends between ``a`` and ``b`` outside quotation marks (the note at ``b`` ends its own)."""
        return any(
            not (self.quoted is not None and self.quoted(m.start()))
            for m in _SENTENCE_OR_LINE.finditer(self.text, a, b)
        )

    def description(self, span: Span) -> Mention | None:
        """``the electoral authority`` with no body named before it: the description itself, as the mention of the
        body it describes (entity linking decides which body that is, in this article or another); None where the
        phrase is no such description or a name stands in it."""
        if not self.text:
            return None
        found = next((m for m in descriptions(self.text, span.start, span.end) if m.end() == span.end), None)
        if found is None:
            return None
        start, end = span_of(found)
        lo = bisect.bisect_left(self._all_starts, start - _LONGEST_NAME)
        for k in self._by_start[lo:]:
            m = self.mentions[k]
            if m.span.start >= end:
                break
            if m.span.end > start:
                return None  # "the Indonesian football association": a name inside, which the ledger would take
        return Mention(span=Span(start, end), text=self.text[start:end], type="ORG", name=self.text[start:end])

    def _by_name(self, phrase: str, pos: int) -> Mention | None:
        """A mention elsewhere in the article of the name a speaker phrase is (``Zelenskyy``, ``Mr. Kirby``),
        the nearest before ``pos`` first; None unless the phrase is a capitalised name that one person bears."""
        words = [w for w in phrase.split() if w.rstrip(".").casefold() not in _COURTESY_TITLES]
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        key = words[-1].strip(".,").casefold()
        found = [m for m in self.people if m.name.split() and m.name.split()[-1].casefold() == key]
        if len({m.name for m in found if len(m.name.split()) > 1}) > 1:
            return None  # "Clinton" with Bill and Hillary Clinton both named: nobody in particular
        before = [m for m in found if m.span.start < pos]
        return before[-1] if before else found[0] if found else None

    def person_before(self, pronoun: str, pos: int) -> Mention | None:
        """The person ``he`` or ``she`` points to from ``pos``, before any name that follows it: the start of a
        sentence whose names the pronoun cannot stand for."""
        return self._in_focus(pos, _PRONOUN_GENDER.get(pronoun.casefold()))

    def _in_focus(self, pos: int, gender: str | None = None) -> Mention | None:
        """The person a pronoun points to; ``gender`` ("f"/"m") skips people known to take the other pronoun."""
        recent = [(p, m) for p, m in self.focus if p < pos and pos - p <= _WINDOW and self._fits(m, gender)]
        last_named = self._last_person(pos, gender)
        stranger = max((p for p in self.strangers if p < pos and pos - p <= _BODY_WINDOW), default=None)
        if (
            stranger is not None
            and all(p < stranger for p, _ in recent)
            and (last_named is None or last_named.span.start < stranger)
        ):
            return None  # "A former expert ... said ... . he told AFP": that unnamed person, nobody named before
        if recent:
            p, m = max(recent, key=lambda r: r[0])  # the latest in the text, not the latest noted
            # a person named after the last speaker took over the focus ("Kirby said ... . Patel added ... he")
            if (
                last_named is not None
                and last_named.span.start > p
                and not _same_person(last_named, m)
                and not self._bare_word(last_named)
            ):
                return last_named
            return m
        return last_named

    def _bare_word(self, m: Mention) -> bool:
        """A one-word name with nothing that says it is a person's: no role, no given name, no one named in full
        with it (``sent to Bhubaneshwar``, a town the tables do not know). It does not take the focus from the last
        speaker."""
        words = m.name.split()
        if len(words) != 1 or self._role(m) or role_words(m.role) or pronoun_gender(words[0]) is not None:
            return False
        return not any(len(p.name.split()) > 1 and p.name.split()[-1] == words[0] for p in self.people)

    def _national_in_focus(self, phrase: str, pos: int) -> Mention | None:
        """The person who spoke last, shortly before ``pos``, when the article gave them no role and nothing ties them
        to another country than the one a description names (``the French president`` right after a quote of
        ``Emmanuel Macron``, with the Ukrainian president quoted before him): that person."""
        person = self._just_spoke(pos)
        if person is None or self._role(person):
            return None
        countries, _ = qualifiers(phrase)
        other = {c.casefold() for c in country_names().values()} & self._context(person)
        return person if countries and other <= countries else None

    def _official_in_focus(self, pos: int) -> Mention | None:
        """The person who spoke last, shortly before ``pos``, when the article gave them an official's role and
        named nobody else since: the one "the official" (``чиновник``) goes on to quote."""
        person = self._just_spoke(pos)
        return person if person is not None and self._role(person) & ROLE_CLASSES["official"] else None

    def _just_spoke(self, pos: int) -> Mention | None:
        """The person in focus at ``pos`` when they spoke shortly before it and no unnamed speaker came between."""
        person = self._in_focus(pos)
        spoke = max((p for p, m in self.focus if m is person and p < pos), default=None)
        if person is None or spoke is None or pos - spoke > _OFFICIAL_REACH:
            return None
        return None if any(spoke < p < pos for p in self.strangers) else person

    def _people_before(self, pos: int, gender: str | None) -> Iterator[tuple[int, Mention]]:
        """(index, person) of the people named before ``pos`` within a pronoun's reach, outside quotation marks and
        fitting ``gender``, the latest first."""
        i = bisect.bisect_left(self._starts, pos) - 1
        while i >= 0 and pos - self.people[i].span.start <= _WINDOW:
            m = self.people[i]
            if self._fits(m, gender) and not (self.quoted is not None and self.quoted(m.span.start)):
                yield i, m
            i -= 1

    def _last_person(self, pos: int, gender: str | None = None) -> Mention | None:
        aside: Mention | None = None  # the last person named only as a possessor or an object, whom the pronoun fits
        for i, m in self._people_before(pos, gender):
            if self._in_apposition(i):
                continue
            if m.span.start not in self.oblique:
                # the sentence's subject, when the object after it was passed over in its own sentence; else the
                # object stands ("Dahl met Karin Olsen. “...,” she said": Olsen, whom "she" fits, Dahl not)
                if aside is not None and self._sentence_between(m.span.end, aside.span.start):
                    return aside
                return m
            aside = aside or m
        return aside

    def _apposed_person(self, span: Span) -> Mention | None:
        """The person named in an apposition right after a phrase (``..., Pavel Dorn, said``), or None."""
        after = _APPOSED_NAME.match(self.text, span.end) if self.text else None
        if after is None:
            return None
        return next((m for m in self.people if m.span.start == after.end()), None)

    def _named_last(self, pos: int, gender: str | None) -> Mention | None:
        """The person named last before ``pos``, whatever their place in the sentence ("X met Y. The latter said")."""
        return next((m for _, m in self._people_before(pos, gender) if m.span.end <= pos), None)

    def _in_apposition(self, i: int) -> bool:
        """Whether person ``i`` is named only in a title that an apposition gives the person named just before:
        "Pavel Korvin, adviser to the head of the office of President Oleg Sarnik, said": Korvin is the subject, and
        a later "he" is his, not Sarnik's."""
        if i == 0 or not self.text:
            return False
        before = self.people[i - 1]
        return _TITLE_APPOSITION.fullmatch(self.text, before.span.end, self.people[i].span.start) is not None

    def _fits(self, m: Mention, gender: str | None) -> bool:
        return gender is None or self.gender(m) in (None, gender)

    def gender(self, m: Mention) -> str | None:
        """The pronoun a person takes, from their role words (``spokeswoman``) or their given name."""
        role = self._role(m) | role_words(m.role)
        found = {_ROLE_GENDER[w] for w in role if w in _ROLE_GENDER}
        if len(found) == 1:
            return found.pop()
        if CYRILLIC.search(m.name):
            full = next(
                (p.name for p in self.people if len(p.name.split()) > 1 and p.name.split()[-1] == m.name.split()[-1]),
                m.name,
            )
            return cyrillic_gender(full)
        words = m.name.split()
        if len(words) == 1:  # a lone surname: the full name it stands for, if the article gives one
            words = next(
                (p.name.split() for p in self.people if len(p.name.split()) > 1 and p.name.split()[-1] == words[0]),
                words,
            )
        return pronoun_gender(words[0]) if len(words) > 1 else None

    def _described(self, words: list[str], pos: int, phrase: str = "") -> Mention | None:
        """The most recent person whose role fits a description.

        A description that says whom it speaks for (``the Russian ambassador``, ``a State Department
        spokesperson``) fits only a person whose role or surrounding words say the same; an indefinite one
        (``an Indian official``) is a new, unnamed speaker unless the article named someone with that description.
        """
        desc = role_words(" ".join(words)) - {"who", "this", "that", "former", "then"}
        stems = [_stem(w) for w in words]
        klass = next((DESCRIPTION_CLASSES[w] for w in reversed(stems) if w in DESCRIPTION_CLASSES), None)
        if klass is None and not desc:
            return None
        countries, orgs = qualifiers(phrase) if phrase and not CYRILLIC.search(phrase) else (set(), set())
        indefinite = bool(words) and words[0] in _INDEFINITE
        head = next((w for w in reversed(stems) if w in DESCRIPTION_CLASSES), None)
        best: tuple[int, int] | None = None
        chosen = None
        seen: set[str] = set()
        for m in reversed(self.people):
            if m.span.start >= pos or pos - m.span.start > _WINDOW:
                continue
            if m.name in seen:
                continue
            seen.add(m.name)
            role = self._role(m)
            if not role:
                continue
            context = self._context(m)
            if (countries or orgs) and not _compatible(countries, orgs, context):
                continue  # "a State Department spokesperson" is not India's foreign ministry spokesperson
            if indefinite and (head is None or not _synonyms(head) & context):
                continue  # "a spokesman said": someone new, unless a named person was introduced as one
            overlap = len(desc & role)
            fits = klass is not None and bool(ROLE_CLASSES[klass] & role)
            if head in TITLED_OFFICES and not _synonyms(head) & role:
                continue  # "the mayor" is the person introduced as a mayor, never the governor named before
            if not fits and overlap < max(1, len(desc) - 1):
                continue
            score = (overlap + (2 if fits else 0), -len(seen))
            if best is None or score > best:
                best, chosen = score, m
        return chosen

    def _kin_holder(self, kin: str, pos: int) -> Mention | None:
        """The latest person before ``pos`` whose name the text gives right after that relation (``his daughter,
        Nora Field``, ``Omar Field's widow Nora``); None when none was introduced so."""
        for m in reversed(self.people):
            if m.span.start >= pos or pos - m.span.start > _WINDOW:
                continue
            before = self.text[max(0, m.span.start - 40) : m.span.start]
            intro = _KIN_INTRO.search(before)
            if intro is not None and intro.group(1).casefold() == kin:
                return m
        return None

    def _role(self, m: Mention) -> set[str]:
        for key in _name_keys(m.name):
            if key in self.roles:
                return self.roles[key]
        return set()

    def _context(self, m: Mention) -> set[str]:
        for key in _name_keys(m.name):
            if key in self.contexts:
                return self.contexts[key] | self._role(m)
        return self._role(m)

    def _latest(self, pos: int, types: tuple[str, ...]) -> Mention | None:
        """The latest mention of one of ``types`` before ``pos``, within reach; None when there is none."""
        return next(self._recent(pos, types), None)

    def _recent(self, pos: int, types: tuple[str, ...]) -> Iterator[Mention]:
        """The mentions of one of ``types`` before ``pos``, within reach, the latest first."""
        for m in reversed(self.orgs):
            if m.span.start < pos and pos - m.span.start <= _WINDOW and m.type in types:
                yield m

    def _body_in_focus(self, pos: int, kind: str) -> Mention | None:
        """The body of type ``kind`` that was last a subject before ``pos``, within reach; None when there is none."""
        recent = [(p, m) for p, m in self.bodies if p < pos and pos - p <= _WINDOW and m is not None and m.type == kind]
        return max(recent, key=lambda r: r[0])[1] if recent else None

    def _institution(self, words: list[str], pos: int) -> Mention | None:
        kind = words[-1]
        country_words = {home.casefold() for w in words if (home := country_of(w))}
        # "the electoral authority": a body whose name holds the description's telling word
        telling = {w for w in words if len(w) >= 5 and w not in _GENERIC_DESCRIPTORS and w not in INSTITUTION_WORDS} - {
            home for home in country_words
        }
        for m in reversed(self.orgs):
            if m.span.start >= pos or pos - m.span.start > _WINDOW:
                continue
            name = m.name.casefold()
            if (
                kind == "side"
                and m.type == "GPE"
                and country_words
                and (home := country_of(m.name))
                and home.casefold() in country_words
            ):
                return m  # "the American side" is the United States
            if kind != "side" and (
                kind in name
                or (kind == "department" and "ministry" in name)
                or (kind == "ministry" and "department" in name)
                or (m.type == "ORG" and telling & set(_WORD.findall(name)))
                or (m.type == "MEDIA" and self._called(m, kind))
            ):
                return m
        return None

    def _called(self, m: Mention, kind: str) -> bool:
        """Whether the text calls a mention by the word ``kind`` right beside it: ``the AFP news agency``, ``news
        agency Reuters``; a later "the agency" may then be that outlet, whose name holds no such word."""
        before = self.text[max(0, m.span.start - _CALLED_REACH) : m.span.start]
        after = self.text[m.span.end : m.span.end + _CALLED_REACH]
        word = re.escape(kind)
        return bool(re.search(rf"\b{word}\s+\Z", before, re.I) or re.match(rf"\s+(?:\w+\s+)?{word}\b", after, re.I))


_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your", "of"}
# a relation right before a name: "his daughter, ", "Field's widow "
_KIN_INTRO = re.compile(r"(?:\b(?:his|her|their)|\w['’]s?)\s+([\w-]+),?\s+$", re.I)


def _firm_name(name: str) -> bool:
    """Whether a body's name says it is a business: ``Maiden Pharmaceuticals Limited``, ``Acme Motors``,
    ``Acme Corp`` (a word of a company's kind or a legal form)."""
    words = {_POSSESSIVE_S.sub("", w).strip(".") for w in _WORD.findall(name.casefold())}
    return bool(words & (FIRM_KINDS | LEGAL_FORMS))


_APPOSED_NAME = re.compile(r"\s*,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")


def _serves(phrase: str, person: Mention, span: Span) -> bool:
    """Whether ``person`` is named in ``phrase`` as the one its head noun serves: after "to", "of", "for" or as a
    possessor ("an adviser to Sarko", "Sarko's lawyer"), not as the phrase's own name ("Sarko adviser Dorn")."""
    before = phrase[: person.span.start - span.start]
    after = phrase[person.span.end - span.start :]
    return bool(_SERVED_AFTER.search(before)) or bool(_SERVED_OWNER.match(after))


_SERVED_AFTER = re.compile(r"\b(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*$")  # "an adviser to (President) "
_SERVED_OWNER = re.compile(r"['\u2019]s?\s")  # "Sarko's lawyer"


def _of_the(phrase: str, named: Mention, span: Span) -> bool:
    """Whether ``named`` stands right after "of" in the phrase (``the mayor of Boutcha``): the office's place or
    body, not its holder."""
    before = phrase[: max(0, named.span.start - span.start)].casefold().split()
    return before[-1:] == ["of"] or before[-2:] == ["of", "the"]


def _possessed(phrase: str, words: list[str]) -> bool:
    """Whether a phrase names whom its head belongs to: ``X's mother``, ``his wife``, ``the son of X``."""
    return bool(_POSSESSIVES & set(words)) or bool(_POSSESSIVE_IN.search(phrase))


_POSSESSIVE_IN = re.compile(r"\w['’](?:s\b|\s)")


def _name_keys(name: str) -> list[str]:
    """Keys under which a person's role is remembered: the full name and the surname."""
    words = name.split()
    return [name.casefold(), words[-1].casefold()] if words else []


def _same_person(a: Mention, b: Mention) -> bool:
    return a.name.split()[-1:] == b.name.split()[-1:]
