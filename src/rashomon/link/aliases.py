"""One entity per real-world thing: mentions from every article merged by name, spelling and acronym.

Mentions meet through keys, never through all-pairs comparison, so merging
stays linear in the number of mentions:

- people: a first-name and surname skeleton (``Sergey``/``Sergei Naryshkin``;
  ``Нарышкин``), and a lone surname joins the one full name it can belong to,
  in its article first, then in the corpus; two people who share a surname stay two;
- places: canonical country and city names (``Kiev``/``Kyiv``, ``Russian
  Federation``/``Russia``), else a skeleton; ``X region`` is not ``X``;
- organisations: a bag of normalised words with the country made explicit
  (``Russian Ministry of Defense`` = ``Russian Defence Ministry`` = ``Ministry of
  Defense`` of Russia), institutions known by another name (``State
  Department`` = US foreign ministry), acronyms defined in the text, and a
  shorter name joining the one longer name it is part of;
- equipment by designation; nationalities by country, kept apart from the country;
- events by what they happened to (``the Il-76 crash`` = ``downing of the Il-76``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..data import cyrillic, exonyms, media
from ..data.calendar import ENGLISH_MONTHS, HOLIDAY_EPITHETS, HOLIDAYS, WEEKDAYS
from ..data.cyrillic import CYRILLIC
from ..data.equipment import AIRCRAFT_WORDS, GENERIC_WORDS, SYSTEMS, is_aircraft
from ..data.facilities import FACILITY_KINDS, FACILITY_KINDS_FIRST, FACILITY_STEMS_CYRILLIC, NOT_A_FACILITY_PLACE
from ..data.genders import TITLE_GENDER, cyrillic_gender, opposite_sexes, pronoun_gender
from ..data.institutions import (
    ACRONYMS,
    BODY_HEADS,
    COLLECTIVE_KINDS,
    COMPANY_WORDS,
    DESCRIPTION_HEADS,
    DESCRIPTION_NEUTRAL,
    HEADS,
    INTERNATIONAL,
    KNOWN,
    LEGAL_FORMS,
    NAMED_ONLY_SERVICES,
    NATIONAL_SERVICE_NAMES,
    NATIONAL_SERVICES,
    OFFICES,
    PORTFOLIOS,
    SYNONYMS,
)
from ..data.names import (
    CLERICAL_TITLES,
    COURTESY_ABROAD,
    LINEAGE_TITLES,
    PATRONYMIC_PARTICLES,
    SURNAME_PARTICLES,
    SURNAME_TITLES,
    TITLE_MODIFIERS,
    canonical_given_name,
    given_name_variants,
    is_given_name,
)
from ..data.places import (
    CAPITALS,
    CARE_SITE_AFFILIATIONS,
    CARE_SITE_DESCRIPTORS,
    CARE_SITE_WORDS,
    COMPASS_AFTER,
    COMPASS_BEFORE,
    COMPASS_STEMS_CYRILLIC,
    FACILITY_WORDS,
    LAND_KINDS_AFTER,
    LAND_KINDS_BEFORE,
    REGION_WORDS,
    REGION_WORDS_BEFORE,
    REGION_WORDS_CYRILLIC,
    SITE_WORDS,
    SLAVIC_PLACE_PREFIXES,
    TOWN_SITE_WORDS,
    areas,
    cities,
    city_like,
    country_names,
    country_of,
    demonyms,
    fold,
    foreign_demonyms,
    region_demonyms,
)
from ..data.speech import PERSON_VERBS
from ..data.translit import (
    ALTERNATES,
    CH_AS_KH_LANGUAGES,
    EAST_SLAVIC_MIN_SKELETON,
    EAST_SLAVIC_SKELETON,
    GENERATION_SUFFIXES,
    GERMAN_SPELLING,
    PERSON_SPELLINGS,
)
from ..model import Analysis, Entity, Mention, MentionRef, Span
from ..names.acronyms import abbreviates, initials, initials_permuted, sorted_initials, spelled_by_prefixes
from ..names.descriptions import NOT_DESCRIBING, descriptions, owner_country, span_of
from ..names.storms import storm_key
from ..names.translit import (
    close_spelling,
    gendered_pair,
    one_letter_apart,
    opening_e,
    region_stem,
    skeleton,
    sound_forms,
    sound_keys,
    spelling,
    to_latin,
)
from .lone_names import fits as lone_key_fits
from .lone_names import found_again
from .lone_names import key as lone_key
from .union import Union

_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "president",
    "prime",
    "minister",
    "general",
    "gen",
    "colonel",
    "col",
    "sir",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "senator",
    "sen",
    "rep",
    "ambassador",
    "judge",
    "justice",
    "governor",
    "gov",
    "mayor",
    "chancellor",
    "secretary",
    "chairman",
    *CLERICAL_TITLES,
}
_REGION = REGION_WORDS | REGION_WORDS_CYRILLIC
_CROSSING = {"crossing", "checkpoint", "point", "border"}
_GROUPS = {
    "PERSON": "PERSON",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "ORG": "ORG",
    "MEDIA": "ORG",
    "NORP": "NORP",
    "EQUIPMENT": "EQUIPMENT",
    "EVENT": "EVENT",
    "PRODUCT": "EQUIPMENT",
    "LAW": "LAW",
    "WORK_OF_ART": "WORK",
}
# Which type an entity takes when its mentions disagree: the more specific reading wins.
_TYPE_RANK = {
    "MEDIA": 3,
    "EQUIPMENT": 3,
    "GPE": 2,
    "ORG": 1,
    "LOC": 1,
    "FAC": 1,
    "PERSON": 1,
    "NORP": 1,
    "EVENT": 1,
    "PRODUCT": 0,
    "LAW": 0,
    "WORK_OF_ART": 0,
}
_BLOC_ADJECTIVES = {"western": "west"}
# Verbs that a person, not a movement or a tribe, is the subject of right after the name.
_SPEAKS = re.compile(r"\s+(?:" + "|".join(PERSON_VERBS) + r")\b")
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:'[A-Z][\w-]*)?(?<!-)")
_CALENDAR = frozenset(ENGLISH_MONTHS + WEEKDAYS)
# The Arabic article glued to a surname: "al-Burhan" is "Burhan", "el-Sisi" is "Sisi".
# "Abu-Sittah" is "Abu Sittah", whose surname is keyed by "Sittah" as in "Ghassan Abu Sittah".
_ARTICLE = re.compile(
    r"^(?:al|el|ad|ed|ar|as|ash|at|az|an|ul|ud|abu|abou|ibn)[-\u2010\u2019'](?=[A-Za-z]{3})", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Item:
    article: str
    index: int  # position of the article in the corpus
    mention: Mention
    context: frozenset[str] = frozenset()  # countries named in the mention's sentence ("@russia")


# ---------------------------------------------------------------- keys


_SPACE_RUN = re.compile(r"[\s\u00a0]+")


def _words(name: str) -> list[str]:
    return [w for w in _SPACE_RUN.split(to_latin(name).replace("\u2019", "'")) if w]


_INITIAL = re.compile(r"[A-Z]\.?")


_COMPOUND_SURNAME = 8  # letters of a compound surname's skeleton before its spellings are trusted to meet
_INNER_HYPHEN = re.compile(r"\w[-\u2010]\w")


def _compound_key(name: str) -> str | None:
    """``Hossein Amir Abdollahian``, ``Hossein Amir-Abdollahian``, ``Hossein Amirabdollahian`` -> one key: the given
    name's skeleton and the skeleton of the rest written as one word; None for a name of fewer than two words, with
    no second part to its surname, or too short to say much."""
    words = _name_words(name)
    if len(words) < 2 or (len(words) == 2 and not _INNER_HYPHEN.search(words[1]) and len(words[1]) < 12):
        return None
    rest = skeleton("".join(words[1:]))
    if len(rest) < _COMPOUND_SURNAME:
        return None
    return skeleton(canonical_given_name(to_latin(words[0]))) + " " + rest


def _merge_compound_surnames(items: list[_Item], groups: list[str], uf: Union) -> None:
    """One person's surname of two parts written apart, hyphenated or as one word: "Hossein Amir Abdollahian" is
    "Hossein Amir-Abdollahian" and "Hossein Amirabdollahian", in either script."""
    first: dict[str, int] = {}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PERSON" or (key := _compound_key(it.mention.name)) is None:
            continue
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k


def _name_words(name: str) -> list[str]:
    """A person's name's words without titles and initials; an honorific of descent only before two more words
    ("Seyed Ali Rahimi" is "Ali Rahimi", "Sayed Rahimi" keeps its given name)."""
    words = [w.strip(".,") for w in _words(name)]
    words = [w for w in words if w and w.lower() not in _HONORIFICS and not _INITIAL.fullmatch(w)]
    if len(words) >= 3 and words[0].casefold() in LINEAGE_TITLES:
        words = words[1:]
    return words


@functools.lru_cache(maxsize=1 << 16)  # a corpus names the same people thousands of times
def person_parts(name: str) -> tuple[str, str] | None:
    """(first-name skeleton, surname skeleton) of a person's name, titles dropped; first is "" for a lone surname."""
    words = _name_words(name)
    generation = ""
    if len(words) >= 2 and words[-1].casefold() in GENERATION_SUFFIXES:
        generation = "+" + words.pop().casefold()  # "John Smith Jr." is not his father "John Smith"
    # "bin Salman" names the father: "Mohammed bin Salman" is no "Salman" (the king his father is), so a name after a
    # patronymic particle keys the surname with the particle, alone ("bin Salman said") or in the full name
    son_of = len(words) >= 2 and words[-2].casefold() in PATRONYMIC_PARTICLES
    if len(words) == 2 and words[0].casefold() in SURNAME_PARTICLES:
        words = words[1:]  # "Abu Salmiya", the surname of "Mohammed Abu Salmiya", is no "Abu" named "Salmiya"
    if not words:
        return None
    surname = _ARTICLE.sub("", _silent_final_h(words[-1]))
    last = _h_is_g(skeleton(opening_e(to_latin(surname).casefold())))
    if not last:
        return None
    if son_of:
        last = "bin+" + last
    given = _silent_final_h(canonical_given_name(to_latin(words[0])))
    first = _initial_vowel(_h_is_g(skeleton(given))) if len(words) > 1 else ""
    return first, last + generation


_SILENT_FINAL_H = re.compile(r"(?<=[A-Za-z][a-z]{2}[aeiou])h\Z")  # "Akleh" too: its capital is one of the letters


def _silent_final_h(word: str) -> str:
    """A word without the silent h some transcriptions of Arabic and Hebrew end a vowel with: ``Salmiyah`` is
    ``Salmiya``, ``Fatimah`` ``Fatima``, ``Abdullah`` ``Abdulla`` (short words such as ``Shah`` keep it)."""
    return _SILENT_FINAL_H.sub("", word)


def _initial_vowel(key: str) -> str:
    """A first name's skeleton with any opening vowel as ``a``: ``Eskander`` and ``Iskandar``, ``Oleksandr`` and
    ``Aleksandr`` are one name in two transcriptions (the surname still has to match)."""
    return "a" + key[1:] if key[:1] in _VOWEL_LETTERS else key


_VOWEL_LETTERS = frozenset("aeiouy")


def _h_is_g(key: str) -> str:
    """Ukrainian Г is H, Russian Г is G: ``Honcharenko`` and ``Goncharenko``, ``Ihnatchenko`` and ``Ignatchenko``
    are one surname (close spellings still decide); the h of kh, sh, ch and zh is no Г."""
    return _LONE_H.sub("g", key)


_LONE_H = re.compile(r"(?<![kszc])h")


# Russian and Ukrainian case endings a place name may carry ("в Грозном", "Махачкалу", "Казахстане")
_CASE_ENDINGS = ("ого", "ому", "ом", "ой", "ом", "ую", "ах", "ы", "у", "е", "ю", "и", "а", "я", "ь", "й")


@functools.cache
def _place_skeletons() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Skeletons of the known countries, cities and areas -> their keys and the names with that skeleton; a
    skeleton two places share is left out."""
    index: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, set[str]] = defaultdict(set)
    for table, kind in ((country_names(), "country"), (cities(), "city"), (areas(), "area")):
        for alias, canonical in table.items():
            if not CYRILLIC.search(alias):
                key = " ".join(skeleton(w) for w in alias.split())
                index[key].add(f"{kind}:{canonical.casefold()}")
                spelled[key].add(alias)
    # a Russian or Ukrainian form spells the place too, for the short-skeleton check ("Росії": "росія", Russia)
    for alias, canonical in (*cyrillic.COUNTRIES.items(), *cyrillic.CITIES.items()):
        spelled[" ".join(skeleton(w) for w in canonical.split())].add(alias)
    return {k: (next(iter(v)), tuple(sorted(spelled[k]))) for k, v in index.items() if len(v) == 1 and len(k) >= 2}


# A skeleton this short says too little alone ("Ливия" and "Lviv" are both "lv"): the spelling must be close too.
_SHORT_SKELETON = 3


def _known_place_spelled(name: str) -> str | None:
    """The key of the known place a Cyrillic name spells, with or without a case ending."""
    words = name.split()
    index = _place_skeletons()
    forms = [words[-1]] + [words[-1][: -len(e)] for e in _CASE_ENDINGS if words[-1].endswith(e) and len(words[-1]) > 4]
    for last in forms:
        key = " ".join(skeleton(w) for w in [*words[:-1], last])
        if key not in index:
            continue
        place, spelled = index[key]
        if len(key) <= _SHORT_SKELETON and not any(close_spelling(" ".join([*words[:-1], last]), s) for s in spelled):
            continue
        return place
    return None


_COMPACT = re.compile(r"[A-Z](?:[ .-]?[A-Z0-9]){1,5}\.?")  # short all-capital names: "G-7", "G20", "U.N."
_COURTESY = re.compile(
    r"(?<![\w.])(Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Miss|" + "|".join(re.escape(c) for c in COURTESY_ABROAD) + r")\s+\Z"
)
_SPACED_LETTERS = re.compile(r"(?:[A-Z][ .]\s?){1,3}[A-Z]\.?")
# the long official form of a state's name before the short one: "the Republic of", "Islamic Republic of"
_STATE_FORM = re.compile(
    r"(?:the\s+)?(?:(?:bolivarian|islamic|federal|federative|socialist|democratic|people's|arab|united|"
    r"kyrgyz|hellenic|argentine|french|italian|portuguese|czech|slovak)\s+)*"
    r"(?:republic|kingdom|state|commonwealth|principality|grand duchy|federation|sultanate)\s+of\s+(?:the\s+)?"
)
# the same in Russian and Ukrainian, in any case: "Республика Казахстан", "Республики Казахстан"
_STATE_FORM_CYRILLIC = re.compile(
    r"(?:(?:исламск|федеративн|боливарианск|социалистическ|демократическ|народн|арабск)\w*\s+)*"
    r"(?:республик|королевств|федераци|государств|султанат|княжеств)\w*\s+"
)
# the same in French and Spanish: "République islamique d'Iran", "République du Kazakhstan", "República de Chile"
_STATE_FORM_ROMANCE = re.compile(
    r"(?:la\s+)?(?:r[ée]publique|rep[úu]blica|royaume|reino|f[ée]d[ée]ration|federaci[óo]n)\s+"
    r"(?:(?:islamique|isl[áa]mica|f[ée]d[ée]rale|federal|d[ée]mocratique|democr[áa]tica|populaire|popular|arabe|"
    r"[áa]rabe|socialiste|socialista|bolivarienne|bolivariana)\s+)*"
    r"(?:de\s+la\s+|du\s+|des\s+|de\s+|d['\u2019]\s*|del\s+)"
)
# countries whose long and short forms name different states: "Republic of China" is not China, "Democratic
# Republic of the Congo" not the Republic of the Congo, "Republic of Korea" not North Korea
_FORMS_DIFFER = frozenset({"China", "Congo", "Korea", "North Korea", "South Korea", "Ireland", "Macedonia", None})


_SPACE_OR_DOT = re.compile(r"[\s.]")
_SAINT = re.compile(r"\A[Ss]t(?:\.\s*|\s+|-(?=\w))")
_NON_WORD_CHAR = re.compile(r"\W")


@functools.cache
def place_key(name: str) -> str:
    """``Kiev``, ``Kyiv`` and ``Киев`` -> ``city:kyiv``; ``Belgorod region`` and ``Белгородская область`` ->
    ``region:blgrd``; a region never shares a key with its city."""
    name = _SAINT.sub("Saint ", name)  # "St. Petersburg", "St Petersburg", "St-Denis": "Saint"
    key = " ".join(name.casefold().split())
    key = cyrillic.COUNTRIES.get(key, cyrillic.CITIES.get(key, key)).casefold()
    if _SPACED_LETTERS.fullmatch(name):
        key = _SPACE_OR_DOT.sub("", key)  # "U S", "U. S." are "US"
    state = _STATE_FORM.match(key) or _STATE_FORM_CYRILLIC.match(key) or _STATE_FORM_ROMANCE.match(key)
    if state and key not in country_names():
        rest = key[state.end() :]
        rest = cyrillic.COUNTRIES.get(rest, rest).casefold()
        if country_names().get(rest) not in _FORMS_DIFFER:
            key = rest  # "Republic of Poland", "Bolivarian Republic of Venezuela", "Республики Казахстан"
    if key not in country_names() and key not in cities() and key not in areas() and fold(key) != key:
        key = fold(key)  # "Tchétchénie", "Israël", "Azerbaïdjan": the tables are read without accents too
    if key in country_names():
        return "country:" + country_names()[key].casefold()
    if key in cities():
        return "city:" + cities()[key].casefold()
    if key in areas():
        return "area:" + areas()[key].casefold()
    if city_like(name):
        return "city:" + str(city_like(name)).casefold()
    if CYRILLIC.search(name) and (known := _known_place_spelled(name)) is not None:
        return known  # "Махачкалу", "Грозного": a known place in Cyrillic, in any case
    if (compass := _compass_key(name)) is not None:
        return compass
    if (land := _land_key(name)) is not None:
        return land
    if (region := _region_first_key(name)) is not None:
        return region
    if (opening := _ARTICLE_OPENING.match(name)) is not None:
        return place_key(name[opening.end() :])  # "Al Bayda", "al-Bayda": no table knows it; the article is no word
    raw = name.split()
    if raw and raw[-1].casefold() in _REGION:
        return "region:" + " ".join(skeleton(region_stem(w)) for w in raw[:-1])
    words = _words(name)
    if words and words[-1].lower() in _CROSSING:
        return "crossing:" + " ".join(skeleton(w) for w in words if w.lower() not in _CROSSING)
    if len(_NON_WORD_CHAR.sub("", name)) <= 5:
        # a skeleton of a short name matches too much ("Va", "W.Va"): its spelling, in Latin letters, must match
        return "place:=" + spelling(name)
    if len(words) == 1 and (named := _named_after_a_person(words[0])) is not None:
        return "place:" + named  # "Oleksandrivka" and "Aleksandrovka", "Mykolaivka" and "Nikolaevka"
    number = _PLACE_NUMBER.search(name)  # "Nord Stream 1" and "Nord Stream 2" are two pipelines, neither the pair
    suffix = " " + number.group(1) if number is not None else ""
    return "place:" + skeleton("".join(words)) + suffix  # "Bandar Abbas" and "Бендер-Аббас" alike, spaced or hyphenated


_PLACE_NUMBER = re.compile(r"[\s-](\d+)\Z")  # a number ending a place's name: the one of several it names
_COMPASS_SPLIT = re.compile(
    r"\A(?:[Ll]['\u2019]|[Ll][ae][\s\u00a0]+)?(?P<first>[^\W\d_]+)[\s\u00a0-]+(?P<rest>.+?)"
    r"(?:[\s\u00a0]+(?P<last>[^\W\d_]+))?\Z"
)


_LAND_LINK = re.compile(r"\A(?:of|de|du|d['\u2019]|di|del|della|der)[\s\u00a0]*", re.IGNORECASE)


def _region_first_key(name: str) -> str | None:
    """``Region Krasnodar``, ``région de Koursk`` -> the key of ``Krasnodar region``: the region word first, as German
    and Romance languages write it, before a capitalised name."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() not in REGION_WORDS_BEFORE:
        return None
    rest = _LAND_LINK.sub("", " ".join(words[1:])).split()
    if not rest or not rest[0][:1].isupper():
        return None
    return "region:" + " ".join(skeleton(region_stem(w)) for w in rest)


def _land_key(name: str) -> str | None:
    """``Crimean Peninsula``, ``Halbinsel Krim``, ``Republic of Crimea`` -> ``area:crimea``; ``Azerbaijan Republic``
    -> ``country:azerbaijan``: a known area or country named with the kind of land it is. None otherwise."""
    words = name.split()
    if len(words) < 2:
        return None
    if (kind := LAND_KINDS_AFTER.get(words[-1].casefold())) is not None:
        base = " ".join(words[:-1])
    elif (kind := LAND_KINDS_BEFORE.get(words[0].casefold())) is not None:
        base = _LAND_LINK.sub("", " ".join(words[1:]))
    else:
        return None
    low = fold(base.casefold().removeprefix("the "))
    if low in region_demonyms():
        key = "area:" + region_demonyms()[low].casefold()
    elif low in demonyms() and kind == "republic":
        key = "country:" + demonyms()[low].casefold()
    elif base[:1].isupper() or CYRILLIC.search(base):
        key = place_key(base)
    else:
        return None
    if key.startswith("area:") or (
        kind == "republic"
        and key.startswith("country:")
        and key.partition(":")[2] not in {f.casefold() for f in _FORMS_DIFFER if f}
    ):
        return key
    return None


def _compass_key(name: str) -> str | None:
    """``East Azerbaijan``, ``Ost-Aserbaidschan``, ``Восточный Азербайджан``, ``l'Azerbaïdjan oriental`` ->
    ``east|country:azerbaijan``: a point of the compass and the key of the place it is a part of, in any language
    the tables know; never the place itself. None for a name without such a word."""
    words = name.split()
    if len(words) > 2 and words[-1].casefold() in _REGION:
        words = words[:-1]  # "East Azerbaijan province" is "East Azerbaijan": the point already names a region
    m = _COMPASS_SPLIT.match(" ".join(words))
    if m is None:
        return None
    first, rest, last = m.group("first"), m.group("rest"), m.group("last")
    point = COMPASS_BEFORE.get(first.casefold()) or next(
        (p for stem, p in COMPASS_STEMS_CYRILLIC.items() if first.casefold().startswith(stem)), None
    )
    if point is not None:
        rest = rest if last is None else rest + " " + last
    elif last is not None and (point := COMPASS_AFTER.get(last.casefold())) is not None:
        rest = first + " " + rest
    elif last is None and (point := COMPASS_AFTER.get(rest.casefold())) is not None:
        rest = first
    else:
        return None
    if not rest[:1].isupper():
        return None  # "northern parts", "east of the river": no name follows
    for english in (f"{point} {rest}", f"{point}ern {rest}"):
        low = fold(" ".join(english.casefold().split()))
        for table, kind in ((country_names(), "country"), (areas(), "area"), (cities(), "city")):
            if low in table:
                return kind + ":" + table[low].casefold()  # "Nord-Kivu" is the "North Kivu" the tables know
    inner = place_key(rest)
    kind, _, key = inner.partition(":")
    if kind == "place" and (known := _place_skeletons().get(key)) is not None:
        inner = known[0]  # "Azarbaijan" spells the country, as "Azerbaijan" does
    elif kind == "place" and rest.endswith("s") and not place_key(rest[:-1]).startswith("place:"):
        inner = place_key(rest[:-1])  # the German genitive: "Norden Syriens" is the north of Syria
    return point + "|" + inner


# A town named after a person with the possessive suffix -ivka/-ovka/-evka (Ukrainian, Russian) in any case form:
# "Kostiantynivka", "Konstantinovka", "Костянтинівці" (the Ukrainian locative), "Константиновку".
_PERSON_TOWN = re.compile(r"(?P<stem>[a-z]{3,}?)(?:[ioe]|yi|ii|iy|y|ye|iye|ie)?v(?:k|ts)(?:a|e|u|i|oi|oy|ii|y|o|ou)?")
_PERSON_TOWN_STEM = 3  # consonants of the given name's skeleton before it is trusted


@functools.cache
def _given_name_skeletons() -> dict[str, str]:
    """Skeletons of the given names that have Ukrainian and Russian forms -> the one spelling; a skeleton two
    names share is left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for form, canonical in given_name_variants().items():
        found[skeleton(form)].add(canonical)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and len(k) >= _PERSON_TOWN_STEM}


def _named_after_a_person(word: str) -> str | None:
    """``Oleksandrivka`` -> ``olksndr+vk``: the key of a place named after a given name whose Ukrainian and Russian
    forms differ (``Kostiantyn``/``Konstantin``, ``Mykola``/``Nikolai``); None for any other word."""
    m = _PERSON_TOWN.fullmatch(to_latin(word).casefold())
    if m is None:
        return None
    canonical = _given_name_skeletons().get(skeleton(m.group("stem")))
    return None if canonical is None else skeleton(canonical) + "+vk"


_RUN_BY = re.compile(r"\w-(?:run|led|controlled|based|held)$")
_ORG_WORD = re.compile(r"[\w'.&-]+")
_ORG_WORD_FOLD = re.compile(r"^[dl]'")  # "d'enquête", "l'unité": the elided article is no word of the name


@functools.cache
def org_words(name: str, scope: str | None) -> frozenset[str]:
    """The normalised bag of words of an organisation's name, its country made explicit (``@russia``)."""
    if CYRILLIC.search(name):
        return _cyrillic_org_words(name, scope)
    text = _without_kind_word(" ".join(to_latin(name).replace("\u2019", "'").split()))
    bag: set[str] = set()
    known = _known(text)
    if known:
        home, what = known
        bag.update(what.split())
        if home:
            bag.add("@" + home.casefold())
    else:
        low_text = text.casefold()
        for phrase, (owner, _) in KNOWN.items():
            if owner and " " in phrase and phrase in low_text:  # "White House National Security Council"
                bag.add("@" + owner.casefold())
        for raw in _country_phrases(_ORG_WORD.findall(text)):
            w = _ARTICLES_GLUED.sub("", raw.strip(".'").removesuffix("'s"))  # "al-Qassam" is "Qassam"
            low = w.casefold()
            country = (
                country_names().get(low)
                or (country_names().get(low + ".") if "." in low else None)  # "U.S." stripped of its last dot
                or (demonyms().get(low) if w[:1].isupper() else None)
                # "Moscow's forces", "Moscow's defence ministry": a capital's possessive stands for its country, as
                # news writes it, before the words of a state's own bodies (a city has no ministry or army)
                or (CAPITALS.get(low) if raw.strip(".").endswith("'s") and _names_state_body(text) else None)
            )
            if low in INTERNATIONAL or (w.isupper() and low.replace(".", "") in INTERNATIONAL):
                bag.add("@" + INTERNATIONAL[low.replace(".", "") if low not in INTERNATIONAL else low].casefold())
            elif country and (w[:1].isupper() or w.isupper()):
                bag.add("@" + country.casefold())
            elif low in foreign_demonyms():
                bag.add("@" + foreign_demonyms()[low].casefold())  # "ministère russe de la défense"
            elif (foreign := _foreign_institution_words().get(_ORG_WORD_FOLD.sub("", low))) is not None:
                bag.update(w for f in foreign.split() if (w := _normal_word(f)))  # "Comité d'enquête"
            elif _RUN_BY.search(low):
                continue  # "the Hamda-run health ministry" is the health ministry, whoever runs it
            elif low in ("al", "el"):
                continue  # "Al Qassam Brigades" is "al-Qassam Brigades": the Arabic article apart is no word either
            elif low not in LEGAL_FORMS:
                low = _normal_word(low)
                if low:
                    bag.add(low)
    if scope and not any(w.startswith("@") for w in bag):
        bag.add("@" + scope.casefold())
    if any(kind <= bag for kind in _FORCE_KINDS):
        bag -= _FORCE_HEADS
    return frozenset(_plain_kind(bag))


_TROOP_WORDS = frozenset({"forces", "troops", "military", "army", "soldiers"})
# the last words of a body only a state has: a capital's possessive before them is the country's ("Moscow's defence
# ministry"), not the city's ("Moscow's city council", "Kyiv's police")
_STATE_BODY_ENDS = _TROOP_WORDS | {"ministry", "ministries"}


def _names_state_body(text: str) -> bool:
    """``Moscow's forces``, ``Kyiv's troops``, ``Moscow's defence ministry``: a name ending in a word for a country's
    troops or ministries."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _STATE_BODY_ENDS


def _without_kind_word(text: str) -> str:
    """A name without the word before it that only says what kind of body it names, in French or Spanish prose
    (``organisation État islamique``, ``groupe Wagner``): that body's own name follows, capitalised."""
    first, _, rest = text.partition(" ")
    if rest[:1].isupper() and fold(first).casefold() in _appositive_kinds():
        return rest
    return text


@functools.cache
def _appositive_kinds() -> frozenset[str]:
    return frozenset(fold(w) for w in exonyms.APPOSITIVE_KINDS)


def _plain_kind(bag: set[str]) -> set[str]:
    """A bag without the words that only say what kind of body a named one is: "the Hamda movement" and "Hamda",
    "the Sarkan group" and "Sarkan" are one body; a country's "Defense Forces" are its military (the armed forces
    a "Moldovan military" or "Moldova's army" names), not a branch of them."""
    names = {w for w in bag if not w.startswith("@")}
    if _DEFENSE_FORCES <= names <= _DEFENSE_FORCES | {"national"} and len(names) < len(bag):
        return bag - {"defense", "national"}
    if names - _GENERIC_KINDS and names & _GENERIC_KINDS:
        return bag - _GENERIC_KINDS
    return bag


@functools.cache
def _foreign_institution_words() -> dict[str, str]:
    """Institution words of other languages, keyed without accents as ``org_words`` reads them."""
    return {fold(k): v for k, v in exonyms.INSTITUTION_WORDS.items()}


@functools.cache
def _foreign_heads() -> frozenset[str]:
    return frozenset(fold(h) for h in exonyms.INSTITUTION_HEADS)


def _normal_word(word: str) -> str:
    """A name's word as the bags compare it: its synonym, in the singular, then the synonym of that (``defences``
    -> ``defense``, ``troops`` -> ``military``); ``""`` for a word that says nothing of what the body is."""
    word = _singular(SYNONYMS.get(word, word))
    return SYNONYMS.get(word, word)


# Kinds of force that the words after them do not change: "air defences", "air defence systems", "air defense
# forces" are one air defence.
_FORCE_KINDS = (frozenset({"air", "defense"}),)
_FORCE_HEADS = frozenset({"military", "system"})
_DEFENSE_FORCES = frozenset({"defense", "military"})
# Words after (or before) a group's own name that say only that it is a group: "the X movement", "the X group",
# "the X Red Crescent Society".
_GENERIC_KINDS = frozenset({"group", "movement", "society"})


def _singular(word: str) -> str:
    """A plain English plural as its singular (``medicines`` -> ``medicine``, ``emergencies`` -> ``emergency``):
    "Medicine Control Agency" and "Medicines Control Agency" are one body. Words in -ss, -us, -is and short words
    are left alone."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and word.isalpha():
        return word[:-3] + "y" if word.endswith("ies") and len(word) > 5 else word[:-1]
    return word


_HYPHENATED_WORD = re.compile(r"[\w-]+")


def _cyrillic_org_words(name: str, scope: str | None) -> frozenset[str]:
    """``Министерство обороны России`` -> {ministry, defense, @russia}: the same bag as its English name."""
    bag: set[str] = set()
    low = " ".join(name.casefold().split())
    if low in cyrillic.INSTITUTION_COUNTRY:
        bag.add("@" + cyrillic.INSTITUTION_COUNTRY[low].casefold())
    for word in _HYPHENATED_WORD.findall(low):
        if word in cyrillic.INSTITUTION_WORDS:
            english = cyrillic.INSTITUTION_WORDS[word]
            # "@united nations" is one word; the others as the English bags read them ("силы" is "military")
            bag.update([english] if english.startswith("@") else map(_normal_word, english.split()))
        elif (country := cyrillic.country_of_word(word)) is not None:
            bag.add("@" + country.casefold())
        elif (stem := _institution_stem(word)) is not None:
            bag.update(map(_normal_word, stem.split()))
        elif _CYRILLIC_PLACE_ADJECTIVE.search(word) and len(place := region_stem(to_latin(word))) >= 4:
            bag.add(place.casefold())  # "Мариупольский драмтеатр": the town's adjective is the town, "Mariupol"
        else:
            bag.add(to_latin(word))
        if (home := _institution_country(word)) is not None:
            bag.add("@" + home.casefold())
    if scope and not any(w.startswith("@") for w in bag):
        bag.add("@" + scope.casefold())
    return frozenset(_plain_kind({w for w in bag if w}))


_CYRILLIC_PLACE_ADJECTIVE = re.compile(r"(?:ск)(?:ий|ая|ое|ие|ого|ому|ой|ую|им|ом|их|ими)\Z")
_CYRILLIC_CASE_ENDING = re.compile(r"(?:ом|ем|ой|а|у|е|ы|и)\Z")


_CYRILLIC_HEADS = ("ministry", "service", "council", "committee", "directorate", "military", "staff", "duma", "kremlin")


def _cyrillic_head(name: str) -> str:
    """The English head of a Russian or Ukrainian name: its first word that names a kind of body, as Russian puts
    the head first (``Главное управление разведки Минобороны`` is a directorate, ``Минобороны России`` a ministry),
    else its last word the tables translate (``Красного Полумесяца`` -> crescent, ``Мариупольский драмтеатр`` ->
    theatre); "" if none."""
    head = ""
    for word in _HYPHENATED_WORD.findall(name.casefold()):
        english = cyrillic.INSTITUTION_WORDS.get(word) or _institution_stem(word) or ""
        words = [w for w in map(_normal_word, english.split()) if w and not w.startswith("@")]
        if kinds := [w for w in words if w in _CYRILLIC_HEADS]:
            return kinds[-1]
        head = words[-1] if words else head
    return head


def _institution_country(word: str) -> str | None:
    """The country of a body whose name says it (``ВСУ``, ``Кремль``), in any case form (``Следкома``, ``ЦАХАЛа``)."""
    if word in cyrillic.INSTITUTION_COUNTRY:
        return cyrillic.INSTITUTION_COUNTRY[word]
    stem = _CYRILLIC_CASE_ENDING.sub("", word)
    return cyrillic.INSTITUTION_COUNTRY.get(stem) if len(stem) >= 3 else None


def _institution_stem(word: str) -> str | None:
    """The English word of an inflected Russian or Ukrainian institution word (``избирательного`` -> electoral)."""
    found = [stem for stem in cyrillic.INSTITUTION_STEMS if word.startswith(stem)]
    return cyrillic.INSTITUTION_STEMS[max(found, key=len)] if found else None


_LINKING_PREPOSITION = re.compile(r"\s(?:of|for|in|on|to)\s")
_HEAD_WORD = re.compile(r"[\w'-]+")


@functools.cache
def org_head(name: str) -> str:
    """What kind of body a name names: ``Main Intelligence Directorate of the Ministry ...`` -> ``directorate``."""
    if CYRILLIC.search(name):
        words = [w for w in _cyrillic_org_words(name, None) if not w.startswith("@")]
        return _cyrillic_head(name)
    text = _without_kind_word(" ".join(to_latin(name).split()))
    known = _known(text)
    if known:
        return known[1].split()[-1]
    first = _ORG_WORD_FOLD.sub("", text.split()[0].casefold()) if text.split() else ""
    last = text.split()[-1].strip(".,'\u2019") if text.split() else ""
    # French and Spanish put the head first ("Conseil électoral", "ministère russe"), unless the name ends in an
    # English head: "Defense Ministry" is a ministry, though "défense" opens French names
    if first in _foreign_heads() and last not in HEADS:
        english = _foreign_institution_words().get(first, first)
        return SYNONYMS.get(english, english) or first
    core = _LINKING_PREPOSITION.split(text, maxsplit=1)[0]
    words = [_normal_word(w.casefold()) for w in _HEAD_WORD.findall(core)]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _GENERIC_KINDS:
        words.pop()  # "the Lerovo Islamic Jihad movement" is a jihad, as "Islamic Jihad" is
    return words[-1] if words else ""


def _country_phrases(words: list[str]) -> list[str]:
    """Words with multi-word country names joined: ``United Kingdom`` is one word here."""
    out, i = [], 0
    while i < len(words):
        for n in (4, 3, 2):
            phrase = " ".join(words[i : i + n])
            known = phrase.casefold() in country_names() or phrase.casefold() in INTERNATIONAL
            if i + n <= len(words) and known and phrase[:1].isupper():
                out.append(phrase)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _known(text: str) -> tuple[str, str] | None:
    """What an institution known by another name is: ``State Department``, ``US State Department``."""
    low = text.casefold()
    if low in KNOWN:
        return KNOWN[low]
    first, _, rest = text.partition(" ")
    country = country_names().get(first.casefold()) or demonyms().get(first.casefold())
    if country and rest.casefold() in KNOWN:
        known_country, what = KNOWN[rest.casefold()]
        if known_country in ("", country):
            return country, what
    return None


_SPACE_OR_HYPHEN_RUN = re.compile(r"[\s-]+")


def _equipment_key(name: str) -> str:
    """``MQ-9 Reaper`` and ``Reaper MQ9``, ``Embraer 190`` and ``Embraer E190``, ``Су-27`` and ``Su-27``: the
    designation's words in order, generic words ("flight", "missile system") left out."""
    return "".join(sorted(_equipment_words(name)))


def _equipment_words(name: str) -> frozenset[str]:
    words = [w for w in to_latin(name).casefold().split() if w not in GENERIC_WORDS]
    out = []
    for i, w in enumerate(words):
        w = _SPACE_OR_HYPHEN_RUN.sub("", w)
        model = _LETTER_MODEL.fullmatch(w)
        if model and i > 0 and words[i - 1][:1] == w[:1]:
            w = model.group(1)  # "Embraer E190": the maker's initial before the number is no other model
        if w:
            out.append(w)
    return frozenset(out) if out else frozenset({_SPACE_OR_HYPHEN_RUN.sub("", name).casefold()})


_LETTER_MODEL = re.compile(r"[a-z](\d{2,})")


def _norp_key(name: str) -> str:
    low = name.casefold()
    if low in demonyms():
        return demonyms()[low].casefold()
    if low in foreign_demonyms():
        return foreign_demonyms()[low].casefold()  # "Palestiniens", "Palästinenser": the Palestinians
    if CYRILLIC.search(low) and (country := cyrillic.country_of_word(low)) is not None:
        return country.casefold()  # "палестинцев", "израильтян"
    low = _BLOC_ADJECTIVES.get(low, low)
    return low[:-1] if low.endswith("s") and len(low) > 4 else low


# ---------------------------------------------------------------- merging


def alias_order(name: str) -> tuple[str, str]:
    """How an entity's aliases are listed: case-folded, then as written, so that forms differing only in capitals
    ("Aktau Airport", "Aktau airport") come in one order in every run, not in the order of a set (which changes with
    Python's string hash seed from process to process)."""
    return name.casefold(), name


def merge_entities(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """Group every mention of every article into entities; ids ``E1…`` in order of first mention."""
    items = [_Item(a.article.id, i, m, ctx) for i, a in enumerate(analyses) for m, ctx in _with_context(a)]
    for i, found in found_again(analyses).items():  # "Hisbollah" alone in a German article: the Hezbollah named
        items += [_Item(analyses[i].article.id, i, m) for m in found]
    if not items:
        return ()
    uf = Union(len(items))
    groups = [_group(it.mention) for it in items]
    _regroup_same_names(items, groups)
    _regroup_named_norps(items, groups)
    _merge_holidays(items, groups, uf)
    _merge_people(items, groups, uf, [a.article.text for a in analyses], [a.article.language for a in analyses])
    _merge_longer_names(items, groups, uf)
    _merge_french_spellings(items, groups, uf, [a.article.language for a in analyses])
    _merge_german_spellings(items, groups, uf, [a.article.language for a in analyses])
    _merge_compound_surnames(items, groups, uf)
    _merge_by_key(items, groups, uf)
    _merge_adjacent_equipment(analyses, items, groups, uf)
    _merge_equipment_parts(items, groups, uf)
    _name_equipment_parts(items, groups)
    _merge_close_places(items, groups, uf)
    _merge_site_names(items, groups, uf)
    _merge_facilities(items, groups, uf, [a.article.text for a in analyses])
    _merge_orgs(items, groups, uf)
    _merge_site_first_words(items, groups, uf)
    _merge_care_sites(items, groups, uf)
    _merge_acronyms(items, groups, uf)
    _merge_short_outlet_names(items, uf)
    _merge_belonging_names(analyses, items, groups, uf)
    _merge_ministries_in_a_place(analyses, items, groups, uf)
    _merge_transliterated(items, groups, uf)
    _merge_lone_names(items, groups, uf)
    _merge_transliterated_places(items, groups, uf)
    _merge_respelled_bodies(items, groups, uf)
    _merge_events(items, groups, uf)
    _propagate(analyses, items, groups, uf)
    _propagate_national_acronyms(analyses, items, groups, uf)
    _propagate_long_names(analyses, items, groups, uf)
    _merge_descriptions(analyses, items, groups, uf)
    _merge_national_services(analyses, items, groups, uf)
    _merge_french_appositive_offices(analyses, items, groups, uf)
    _merge_office_holders(analyses, items, groups, uf)
    _merge_bare_descriptions(analyses, items, groups, uf)
    return _entities(items, uf, [_effective_type(it.mention, g) for it, g in zip(items, groups, strict=True)])


def _merge_longer_names(items: list[_Item], groups: list[str], uf: Union) -> None:
    """``Muhammad Shehbaz Sharif`` is ``Shehbaz Sharif``: a person's name of three words or more that ends in another
    person's whole name of two words or more (a given name the press drops, as it drops a title) is that person, when
    it ends in exactly one such name and that name ends no other longer name with other words before it. Latin names
    only, every word capitalised."""
    names: dict[tuple[str, ...], list[int]] = defaultdict(list)  # folded words -> items
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PERSON" or CYRILLIC.search(it.mention.name):
            continue
        words = _name_words(it.mention.name)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            names[tuple(fold(w).casefold() for w in words)].append(k)
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)  # a name -> the longer names it ends
    for key in names:
        tails = [key[i:] for i in range(1, len(key) - 1) if key[i:] in names]
        if len(tails) == 1:
            longer[tails[0]].add(key)
    for short, ends in longer.items():
        if len({key[: len(key) - len(short)] for key in ends}) == 1:  # one set of words before it
            for key in ends:
                uf.union(names[key][0], names[short][0])


def _merge_short_outlet_names(items: list[_Item], uf: Union) -> None:
    """``the Journal`` after ``The Wall Street Journal``, ``the Post`` after ``The Washington Post``: an outlet
    named by its last word is the one outlet of the same article whose name ends so."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        if it.mention.type == "MEDIA":
            by_article[it.index].append(k)
    for ks in by_article.values():
        for k in ks:
            word = items[k].mention.name
            if " " in word or not word[:1].isupper():
                continue
            longer = {
                uf.find(o)
                for o in ks
                if len(items[o].mention.name.split()) >= 2 and items[o].mention.name.split()[-1] == word
            }
            if len(longer) == 1:
                uf.union(next(iter(longer)), k)


def _effective_type(m: Mention, group: str) -> str:
    """The mention's type, after linking moved it to another group (a surname typed ORG is a PERSON)."""
    if _GROUPS.get(m.type, m.type) == group:
        return m.type
    if group == "PLACE" and m.type in ("ORG", "WORK_OF_ART", "PRODUCT") and len(m.name.split()) >= 2:
        return "FAC"  # "Crocus City Hall" typed an organisation here and a building elsewhere: a building
    return {"PERSON": "PERSON", "PLACE": "GPE", "ORG": "ORG", "EVENT": "EVENT"}.get(group, m.type)


def _with_context(analysis: Analysis) -> list[tuple[Mention, frozenset[str]]]:
    """Each mention with the countries its sentence names: what a bare "Foreign Ministry" most likely belongs to."""
    starts = [sp.start for sp in analysis.sentences]
    countries_in: dict[int, set[str]] = defaultdict(set)
    where = [bisect.bisect_right(starts, m.span.start) - 1 for m in analysis.mentions]
    for m, n in zip(analysis.mentions, where, strict=True):
        if m.type in ("GPE", "NORP", "ORG", "MEDIA"):
            countries_in[n].update(w for w in org_words(m.name, m.scope) if w.startswith("@"))
        if m.type == "GPE" and (country := CAPITALS.get(m.name.casefold())):
            countries_in[n].add("@" + country.casefold())  # "marched on Moscow to oust the Defence Ministry"
    text = analysis.article.text
    french = analysis.article.language == "fr"
    return [
        (
            _with_elided_article(_honorific(m, text), text) if french else _described_before(_honorific(m, text), text),
            frozenset(countries_in[n]),
        )
        for m, n in zip(analysis.mentions, where, strict=True)
    ]


# "the EU border agency Frontex": an owner (a country, its adjective or an international body), one to three words of
# what the body does and a description's head, right before the body's name
_DESCRIBED_BEFORE = re.compile(
    r"(?<![\w.'\u2019-])(?P<owner>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]+(?P<mods>(?:[a-z][a-z-]+[ \t]+){1,3}?)"
    r"(?P<head>" + "|".join(DESCRIPTION_HEADS) + r")[ \t]+\Z"
)


def _described_before(m: Mention, text: str) -> Mention:
    """A body named right after its owner's description (``the EU border agency Frontex``, ``the Lerovian
    football association Lerfa``): description and name written together are one of the names the corpus uses."""
    if m.type != "ORG":
        return m
    before = _DESCRIBED_BEFORE.search(text, max(0, m.span.start - 80), m.span.start)
    if before is None or any(w in NOT_DESCRIBING for w in before.group("mods").split()):
        return m
    owner = before.group("owner")
    last = owner.split()[-1]
    for phrase in dict.fromkeys((owner, last)):
        low = phrase.casefold()
        if low in country_names() or low in demonyms() or low.replace(".", "") in INTERNATIONAL:
            start = before.start("owner") + (0 if phrase == owner else owner.rindex(last))
            form = " ".join(text[start : m.span.end].split())
            return replace(m, aliases=(*m.aliases, form)) if form not in m.aliases else m
    return m


_ELIDED_ARTICLE_BEFORE = re.compile(r"(?<![\w-])([Ll]['\u2019])\Z")


def _with_elided_article(m: Mention, text: str) -> Mention:
    """A French body named with its elided article (``l'armée russe``, ``l'Organisation mondiale de la santé``):
    that form, article and name written as one word, is one of the names the corpus uses."""
    if m.type != "ORG":
        return m
    before = _ELIDED_ARTICLE_BEFORE.search(text, max(0, m.span.start - 2), m.span.start)
    if before is None:
        return m
    form = "l" + before.group(1)[1] + m.text  # "L'armée" opening a sentence is "l'armée" within one
    return replace(m, aliases=(*m.aliases, form)) if form not in m.aliases else m


def _honorific(m: Mention, text: str) -> Mention:
    """A person named with a courtesy title (``Mr. Maduro``), a body with its country's possessive (``Russia's
    Investigative Committee``): that form is one of the names the corpus uses."""
    if m.type == "ORG":
        owner = _OWNER_BEFORE.search(text, max(0, m.span.start - 40), m.span.start)
        if owner is None or owner.group(1).casefold() not in country_names():
            return m
        if m.name.casefold() in INTERNATIONAL or _undotted(m.name).casefold() in INTERNATIONAL:
            return m  # "Moldova's UN mission": no country owns the UN; the possessive is the mission's
        form = f"{owner.group(1)}{owner.group(2)} {m.text}"
        return replace(m, aliases=(*m.aliases, form)) if form not in m.aliases else m
    if m.type != "PERSON":
        return m
    before = _COURTESY.search(text, max(0, m.span.start - 6), m.span.start)
    if before is None or m.text.startswith(before.group(1)):
        return _titled_surname(m, text)
    form = f"{before.group(1)} {m.text}"
    return replace(m, aliases=(*m.aliases, form)) if form not in m.aliases else m


_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.]*(?: [A-Z][\w.]*)?)(['\u2019]s) \Z")
_TITLE_BEFORE = re.compile(r"(?<![\w.-])([^\W\d_][^\W\d_]+\.?)[ \t\u00a0]\Z")


_TITLE_WORDS = SURNAME_TITLES | TITLE_MODIFIERS  # the words a titled form may open with ("Prime Minister")
_TITLE_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019.-]*[ \t\u00a0]){1,4})\Z")


def _titled_full_name(m: Mention, text: str) -> Mention:
    """A full name right after a capitalised office (``President Vladimir Putin``, ``UK Prime Minister Theresa
    May``, ``Crown Prince Mohammed bin Salman``): that form, title and name, is one of the names the corpus gives
    the person."""
    run = _TITLE_RUN_BEFORE.search(text, max(0, m.span.start - 60), m.span.start)
    if run is None:
        return m
    words = run.group(1).split()
    if words[-1].rstrip(".").casefold() not in SURNAME_TITLES:
        return m
    k = len(words) - 1
    while k > 0 and words[k - 1].rstrip(".").casefold() in _TITLE_WORDS:
        k -= 1  # "Prime Minister", "Crown Prince", "Defense Minister"
    forms = [" ".join([*words[k:], m.text])]
    for n in (2, 1):  # "Sri Lankan President", "UK Prime Minister": the form with the country's word too
        owner = " ".join(words[k - n : k]).casefold() if k >= n else ""
        if owner and (owner in country_names() or owner in demonyms()):
            forms.append(" ".join([*words[k - n :], m.text]))
            break
    new = tuple(f for f in forms if f not in m.aliases)
    return replace(m, aliases=(*m.aliases, *new)) if new else m


def _titled_surname(m: Mention, text: str) -> Mention:
    """A surname alone right after a capitalised office (``Governor Okafor``, ``Gouverneur Okafor``, ``Präsidentin
    Berger``): that form, title and surname, is one of the names the corpus gives the person."""
    if " " in m.text.strip():
        return _titled_full_name(m, text)
    before = _TITLE_BEFORE.search(text, max(0, m.span.start - 20), m.span.start)
    if before is None:
        return m
    word = before.group(1)
    if not word[0].isupper() or word.rstrip(".").casefold() not in SURNAME_TITLES:
        return m
    form = f"{word} {m.text}"
    return replace(m, aliases=(*m.aliases, form)) if form not in m.aliases else m


def _group(m: Mention) -> str:
    return _GROUPS.get(m.type, m.type)


_SPACE_DOT_OR_HYPHEN = re.compile(r"[\s.-]")


def _merge_by_key(items: list[_Item], groups: list[str], uf: Union) -> None:
    """Places, equipment, nationalities and outlets: equal keys are one thing."""
    first: dict[tuple[str, str], int] = {}
    place_names = {place_key(it.mention.name) for it, g in zip(items, groups, strict=True) if g == "PLACE"}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        if g == "PLACE":
            key = (g, _spaceless(place_key(m.name)))
        elif g == "EQUIPMENT":
            key = (g, _equipment_key(m.name))
        elif g == "NORP":
            norp = _norp_key(m.name)
            # "Western" belongs with "the West" (a bloc, not a nation); a nationality stays apart from its country
            if norp in ("west",) and place_key("West") in place_names:
                key = ("PLACE", place_key("West"))
                groups[k] = "PLACE"
            else:
                key = (g, norp)
        elif g == "ORG" and m.type == "MEDIA":
            key = ("ORG", "media:" + m.name.casefold())
        elif g == "ORG" and _COMPACT.fullmatch(m.name):
            key = ("ORG", "compact:" + _SPACE_DOT_OR_HYPHEN.sub("", m.name).casefold())  # "G-20", "G20", "G 20"
        elif g == "PERSON" and groups[k] == "PERSON":
            continue  # people are merged by _merge_people
        elif g in ("ORG", "EVENT"):
            continue
        else:
            key = (g, m.name.casefold())
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k
    for (group, name_key), k in first.items():
        # "Hormozgan Province" and "Hormozgan", a name no table knows as a city: the province the bare name stands
        # for ("Belgorod" stays the city, apart from "Belgorod region")
        bare = ("PLACE", "place:" + name_key.removeprefix("region:"))
        if group == "PLACE" and name_key.startswith("region:") and bare in first:
            uf.union(first[bare], k)


def _spaceless(key: str) -> str:
    """A skeleton key of an unknown place or region without its word breaks: "Bandar Abbas" is "Бендер-Аббас"; an
    unknown place's or region's long enough skeleton also without what tells Ukrainian from Russian transliteration
    (``translit.EAST_SLAVIC_SKELETON``): "Olenivka" is "Yelenovka", "Horlivka" "Gorlovka"."""
    if not key.startswith(("place:", "region:")) or key.startswith("place:="):
        return key
    kind, _, rest = key.replace(" ", "").partition(":")
    return f"{kind}:{_east_slavic(rest) if len(rest) >= EAST_SLAVIC_MIN_SKELETON else rest}"


_EAST_SLAVIC = tuple((re.compile(a), b) for a, b in EAST_SLAVIC_SKELETON)


def _east_slavic(skeleton_key: str) -> str:
    for pattern, repl in _EAST_SLAVIC:
        skeleton_key = pattern.sub(repl, skeleton_key)
    return skeleton_key


def _merge_site_names(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A site's name without its facility words (``Crocus City`` and ``Crocus`` for ``Crocus City Hall``,
    ``Shahid Rajaee`` for ``Shahid Rajaee Port``) is that site, when it is the beginning of one site's name only
    and no table knows it as a town or country; typed a place, a body or a person, as the model guessed."""
    sites: dict[str, set[int]] = defaultdict(set)  # the name's words before its facility words -> roots
    fulls_only: list[int] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = it.mention.name.split()
        if g not in ("PLACE", "ORG", "PERSON") or it.mention.type == "MEDIA" or len(words) < 2:
            continue
        if g == "PERSON" and words[-1].casefold() not in SITE_WORDS:
            continue  # "John Hall" is a person; "Shahid Rajaee Port", typed a person, is not
        if words[-1].casefold() in TOWN_SITE_WORDS or facility_key(it.mention.name) is not None:
            fulls_only.append(k)  # "Kramatorsk station", "Lerovo dam": "Kramatorsk" is the town, not the station
            continue
        n = len(words)
        while n > 0 and words[n - 1].casefold() in FACILITY_WORDS:
            n -= 1
        for cut in range(max(n, 1), len(words)):
            if all(w.casefold() in FACILITY_WORDS for w in words[cut:]):
                sites[_site_key(" ".join(words[:cut]))].add(uf.find(k))
        head, of, _ = it.mention.name.partition(" of ")
        if g == "PLACE" and of and len(head.split()) >= 2:
            sites[_site_key(head)].add(uf.find(k))  # "Bolivarian Republic" of "Bolivarian Republic of Venezuela"
    _merge_site_tails(items, groups, uf)
    fulls: dict[str, list[int]] = defaultdict(list)  # one site typed a person here, a place there: one site
    for r in [r for site in sites.values() for r in site] + fulls_only:
        fulls[_site_key(items[r].mention.name)].append(r)
    for rs in fulls.values():
        for r in rs[1:]:
            uf.union(rs[0], r)
    # longer names first: "Crocus City" joins "Crocus City Hall" before "Crocus" looks for the one site it begins
    for k in sorted(range(len(items)), key=lambda k: -len(items[k].mention.name)):
        it, g = items[k], groups[k]
        name = it.mention.name
        if g not in ("PLACE", "ORG", "PERSON") or it.mention.type == "MEDIA":
            continue
        roots = sites.get(_site_key(name))
        if not roots or not place_key(name).startswith(("place:", "region:")):
            continue
        if len({uf.find(r) for r in roots}) == 1:
            uf.union(next(iter(roots)), k)


_FACILITY_WORD_BREAK = r"[\s\u00a0-]+"
_FACILITY_END = re.compile(
    _FACILITY_WORD_BREAK
    + "(?P<kind>"
    + "|".join(
        [re.escape(k).replace(r"\ ", _FACILITY_WORD_BREAK) for k in sorted(FACILITY_KINDS, key=len, reverse=True)]
        + [
            (r"\w*" + _FACILITY_WORD_BREAK).join(re.escape(w) for w in k.split()) + r"\w*"
            for k in sorted(FACILITY_STEMS_CYRILLIC, key=len, reverse=True)
        ]
    )
    + r")\Z",
    re.IGNORECASE,
)
# The facility word first, as German, French, Spanish and Italian write it ("Kernkraftwerk X", "Kernkraftwerks X",
# "centrale nucléaire de X", "central nuclear de X"): read as "X" and the facility word.
_FACILITY_START = re.compile(
    r"\A(?P<kind>"
    + "|".join(
        re.escape(k).replace(r"\ ", _FACILITY_WORD_BREAK) for k in sorted(FACILITY_KINDS_FIRST, key=len, reverse=True)
    )
    + r")(?:e?s)?"
    + _FACILITY_WORD_BREAK
    + r"(?:(?:de|du|di|del|della|von|des|of)[\s\u00a0]+|[dl]['\u2019])?(?=\w)",
    re.IGNORECASE,
)
_FACILITY_STEMS = tuple(sorted(FACILITY_STEMS_CYRILLIC.items(), key=lambda kv: -len(kv[0])))
# The case and gender endings of a place's adjective or name in Latin letters ("Kakhovskaya", "Kakhovskoy",
# "Kakhovsku", "Kakhovsky", "Kakhovka"), then the "-sk-" of the adjective or the "-k-" of the name: what is left is the
# place's root ("kakhov")
_PLACE_ENDING = re.compile(r"(?:ogo|oho|omu|oyi|oyu|aya|aja|uyu|iy|yi|yy|ij|ii|oy|oi|oj|om)\Z|[aeiouy]+\Z")
_ADJECTIVE_SUFFIX = re.compile(r"(?<=[^aeiouy])(?:s?k)\Z")
_MIN_FACILITY_ROOT = 3  # letters of a place's root before a facility named after it is trusted


def _facility_kind(words: str) -> str:
    low = " ".join(words.casefold().replace("-", " ").split())
    if low in FACILITY_KINDS:
        return FACILITY_KINDS[low]
    if low in FACILITY_KINDS_FIRST:
        return FACILITY_KINDS_FIRST[low]
    flat = " ".join(low.split())
    for stem, kind in _FACILITY_STEMS:
        parts = stem.split()
        got = flat.split()
        if len(got) == len(parts) and all(g.startswith(p) for g, p in zip(got, parts, strict=True)):
            return kind
    return ""


def _facility_root(word: str) -> str:
    """``Kakhovka``, ``Kakhovskaya``, ``Каховской``, ``Kachowka`` -> ``kakhov``: a place's name or adjective without its
    endings, in Latin letters, the German "ch" read as "kh"."""
    latin = _NON_WORD_CHAR.sub("", to_latin(word).casefold())
    # German tsch is ch, sch is sh or zh ("Saporischschja"), and ch is kh
    latin = latin.replace("tsch", "ch").replace("sch", "sh").replace("ch", "kh")
    return _ADJECTIVE_SUFFIX.sub("", _PLACE_ENDING.sub("", latin))


_HUSHING = re.compile(r"(?:sh|j)+")


def _facility_skeleton(word: str) -> str:
    """A place word's skeleton with its hushing sounds as one (German writes both ш and ж as sch)."""
    return _HUSHING.sub("j", skeleton(word))


@functools.cache
def facility_key(name: str) -> str | None:
    """A facility named by its place and the word for its kind, in any language the tables know (``data.facilities``):
    ``Lerovo dam``, ``Lerovo HPP``, ``Lerovo hydroelectric power station``, ``Леровская ГЭС``, ``Lerowo-Staudamm`` ->
    ``hydro:lrv``; None for a name that is no such facility's (``Lerovo``, ``the dam``, ``Russian dam``)."""
    end = _FACILITY_END.search(name)
    if end is not None and end.start() > 0:
        kind = _facility_kind(end.group("kind"))
        place = name[: end.start()]
    elif (start := _FACILITY_START.match(name)) is not None and start.end() < len(name):
        kind = _facility_kind(start.group("kind"))
        place = name[start.end() :]
    else:
        return None
    words = [w for w in re.split(_FACILITY_WORD_BREAK, place) if w]
    while words and words[0].casefold() in NOT_A_FACILITY_PLACE:
        words = words[1:]
    if not kind or not words or len(words) > 3:
        return None
    if not (words[0][:1].isupper() or CYRILLIC.search(words[0])) or country_of(" ".join(words)):
        return None
    city = place_key(" ".join(words))
    if city.startswith("city:"):
        words = city.removeprefix("city:").split()  # "port de Beyrouth", "порта Бейрута": the city as English names it
    elif kind == "port":
        return None  # "Shahid Rajaee port": a port named for itself, no town's port; its name alone is the port
    area = region_demonyms().get(words[-1].casefold())  # "the Crimean Bridge" is Crimea's, as "Crimea bridge" is
    root = _facility_root(area if area is not None else words[-1])
    if len(root) < _MIN_FACILITY_ROOT:
        return None
    places = [*(_facility_skeleton(w.replace("ch", "kh")) for w in words[:-1]), _facility_skeleton(root)]
    return kind + ":" + " ".join(places)


def _merge_facilities(items: list[_Item], groups: list[str], uf: Union, texts: Sequence[str] = ()) -> None:
    """A facility named by its place and the word for its kind in any language (``Lerovo dam``, ``Lerovo HPP``,
    ``Леровская ГЭС``, ``Lerowo-Staudamm``) is one facility, typed a place or a body as the model guessed; a person's
    name ending so ("Anna Van Dam") is no facility's. A text's "the Lerovo (Dorsk) bridge" gives one facility both
    names."""
    first: dict[str, int] = {}
    acronyms: dict[str, list[int]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if (acronym := _facility_acronym(it.mention.name)) is not None:
            if g in ("PLACE", "ORG") and it.mention.type != "MEDIA":
                acronyms[acronym].append(k)
            continue
        if g not in ("PLACE", "ORG") and not (g == "PERSON" and _FACILITY_START.match(it.mention.name)):
            continue  # "Kernkraftwerk X" is no person's name, whatever the model typed it
        if it.mention.type == "MEDIA":
            continue
        key = facility_key(it.mention.name)
        if key is None:
            continue
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k
    # "ZNPP", "KHPP": the place's initial and the kind's abbreviation, the one facility of that kind and initial
    for acronym, ks in acronyms.items():
        fits = [key for key in first if _facility_initials(key) == acronym]
        if len(fits) == 1:
            for k in ks:
                uf.union(first[fits[0]], k)
    for text in texts:
        for m in _FACILITY_OTHER_NAME.finditer(text):
            one = facility_key(f"{m.group('one')} {m.group('kind')}")
            other = facility_key(f"{m.group('other')} {m.group('kind')}")
            if one in first and other in first and one != other:
                uf.union(first[one], first[other])


# "the Crimean (Kerch) bridge", "the Lerovo (Dorsk) dam": a facility's other name in brackets before its kind
_FACILITY_OTHER_NAME = re.compile(
    r"(?<![\w-])(?P<one>[A-Z][\w'\u2019-]+)[ \t]+\([ \t]*(?P<other>[A-Z][\w'\u2019-]+)[ \t]*\)[ \t]+(?P<kind>"
    + "|".join(re.escape(k) for k in sorted(FACILITY_KINDS, key=len, reverse=True) if k.isascii() and " " not in k)
    + r")(?![\w-])",
    re.IGNORECASE,
)


_FACILITY_ACRONYM = re.compile(
    r"(?P<place>[A-Z]{1,2})(?P<kind>"
    + "|".join(k.upper() for k in sorted(FACILITY_KINDS) if k.isascii() and k.isalpha() and len(k) == 3)
    + r")"
)


def _facility_acronym(name: str) -> str | None:
    """``ZNPP`` -> ``nuclear:s``: a facility's kind and its place's initial as ``facility_key`` spells them."""
    m = _FACILITY_ACRONYM.fullmatch(name)
    if m is None:
        return None
    return FACILITY_KINDS[m.group("kind").casefold()] + ":" + " ".join(skeleton(c) for c in m.group("place"))


def _facility_initials(key: str) -> str:
    kind, _, place = key.partition(":")
    return kind + ":" + " ".join(w[:1] for w in place.split())


def _merge_site_tails(items: list[_Item], groups: list[str], uf: Union) -> None:
    """``Rajai port`` for ``Shahid Rajaee Port``: a site named by the last word of one longer site's name and its
    facility word is that site, when no other site's name ends so and no table knows the word as a place."""
    cores: list[tuple[int, list[str], str]] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = it.mention.name.split()
        if g not in ("PLACE", "ORG", "PERSON") or it.mention.type == "MEDIA" or len(words) < 2:
            continue
        if words[-1].casefold() in TOWN_SITE_WORDS or words[-1].casefold() not in SITE_WORDS:
            continue
        n = len(words)
        while n > 0 and words[n - 1].casefold() in FACILITY_WORDS:
            n -= 1
        if n >= 1:
            cores.append((k, words[:n], words[-1].casefold()))
    tails: dict[tuple[str, str], set[int]] = defaultdict(set)
    for k, core, kind in cores:
        if len(core) >= 2:
            tails[(_site_key(core[-1]), kind)].add(uf.find(k))
    for k, core, kind in cores:
        if len(core) != 1 or not place_key(core[0]).startswith("place:"):
            continue
        roots = {uf.find(r) for r in tails.get((_site_key(core[0]), kind), set())}
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)


def _site_key(name: str) -> str:
    """A site's name by the skeletons of its words: ``Shahid Rajaee``, ``Shahid Rajaï``, ``Шахида Раджаи`` alike; the
    Arabic article glued to a word is no word of it (``al-Nadir Arab`` and ``Nadir Arab``)."""
    bare = _ARTICLES_GLUED.sub("", _ARTICLE_OPENING.sub("", name))  # "Al Nadir", "al-Nadir" and "Nadir"
    return " ".join(skeleton(w) for w in _SPACE_OR_HYPHEN_RUN.split(bare) if w)


_ARTICLES_GLUED = re.compile(r"(?<![\w-])(?:al|el)[-\u2010\u2019'](?=[A-Za-z]{3})", re.IGNORECASE)
_ARTICLE_OPENING = re.compile(r"\A(?:al|el)(?:[-\u2010\u2019']|[ \t]+)(?=[A-Za-z]{3})", re.IGNORECASE)


_CARE_SITE_WORDS_NOT_OWN = CARE_SITE_AFFILIATIONS | CARE_SITE_DESCRIPTORS


def _merge_care_sites(items: list[_Item], groups: list[str], uf: Union) -> None:
    """``the al-Nadir Arab Hospital``, ``the Al Nadir hospital``, ``the Nadir Baptist hospital``, ``the Nadir
    National Children's Hospital``: names of a hospital or clinic that differ only in the Arabic article, the
    founders' faith or people and what care it gives are one site, when the words that say what care it gives are
    each time a part of the one longest set (``Nadir Central Hospital`` and ``Nadir Regional Hospital`` share no key;
    a ``Children's`` and a ``Maternity`` hospital of one name are left apart) and no table or mention of the corpus
    calls the name a place (``Lerovo hospital`` may be any of Lerovo's)."""
    placed = {_site_key(it.mention.name) for it, g in zip(items, groups, strict=True) if g == "PLACE"}
    by_key: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = _ARTICLE_OPENING.sub("", it.mention.name).split()
        if g not in ("PLACE", "ORG") or it.mention.type == "MEDIA" or len(words) < 2:
            continue
        kind = words[-1].casefold()
        if kind not in CARE_SITE_WORDS:
            continue
        lows = [w.casefold() for w in words[:-1]]
        own = [w for w, low in zip(words[:-1], lows, strict=True) if low not in _CARE_SITE_WORDS_NOT_OWN]
        if not own:
            continue  # "the Baptist hospital": no name of its own
        key = _site_key(" ".join(own))
        if key in placed or not place_key(" ".join(own)).startswith("place:"):
            continue
        by_key[(key, kind)].append((k, frozenset(low for low in lows if low in CARE_SITE_DESCRIPTORS)))
    for members in by_key.values():
        widest = max((d for _, d in members), key=len)
        if len(members) < 2 or not all(d <= widest for _, d in members):
            continue
        for k, _d in members[1:]:
            uf.union(members[0][0], k)


def _merge_site_first_words(items: list[_Item], groups: list[str], uf: Union) -> None:
    """``Al-Nadir`` (of "the Al-Nadir hospital") for ``al-Nadir Arab Hospital``: a one-word body's name is the one site
    whose name opens with it and ends in a facility word, when no other name of the corpus opens so and the corpus
    never calls the word a place."""
    firsts: dict[str, set[int]] = defaultdict(set)
    sites: set[int] = set()
    placed: set[str] = set()
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = _ARTICLES_GLUED.sub("", it.mention.name)
        words = name.split()
        if g == "PLACE":
            placed.add(_site_key(words[0]) if words else "")
        if g not in ("PLACE", "ORG") or it.mention.type == "MEDIA" or len(words) < 2:
            continue
        firsts[_site_key(words[0])].add(k)
        if words[-1].casefold() in FACILITY_WORDS:
            sites.add(k)
    site_roots = {uf.find(k) for k in sites}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = _ARTICLES_GLUED.sub("", it.mention.name)
        if g != "ORG" or it.mention.type == "MEDIA" or " " in name or _is_acronym(name) or not name[:1].isupper():
            continue
        key = _site_key(name)
        roots = {uf.find(r) for r in firsts.get(key, set())}
        if len(roots) == 1 and roots <= site_roots and key not in placed and place_key(name).startswith("place:"):
            uf.union(next(iter(roots)), k)


def _merge_adjacent_equipment(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """A designation and a model name side by side (``MQ-9 Reaper``, ``AGM-114 Hellfire``, ``Su-27 Flanker``), which
    the model finds as two mentions, are one model, known also by the two words together."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for k, g in enumerate(groups):
        if g == "EQUIPMENT":
            by_article[items[k].index].append(k)
    for index, ks in by_article.items():
        text = analyses[index].article.text
        ks.sort(key=lambda k: items[k].mention.span.start)
        for a, b in itertools.pairwise(ks):
            first, second = items[a].mention, items[b].mention
            if text[first.span.end : second.span.start] != " ":
                continue
            joined = f"{first.text} {second.text}"
            items[a] = replace(items[a], mention=replace(first, aliases=(*first.aliases, joined)))
            uf.union(a, b)


def _merge_equipment_parts(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A short name of a model (``Reaper``, ``MQ-9``, ``Hellfire``) joins the one longer name whose words include
    all of its own (``MQ-9 Reaper``, ``AGM-114 Hellfire``); with two such longer names, neither."""
    sets: dict[frozenset[str], int] = {}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "EQUIPMENT":
            sets.setdefault(_equipment_words(it.mention.name), k)
    postings: dict[str, list[frozenset[str]]] = defaultdict(list)  # word -> the names holding it, not all pairs
    for words in sets:
        for w in words:
            postings[w].append(words)
    for words, k in sets.items():
        rarest = min(words, key=lambda w: len(postings[w]))
        supersets = {uf.find(sets[other]) for other in postings[rarest] if words < other}
        if len(supersets) == 1:
            uf.union(next(iter(supersets)), k)


def _name_equipment_parts(items: list[_Item], groups: list[str]) -> None:
    """``Reaper MQ9``, ``AGM-114 Hellfire``: a model named by its designation and its system's name is known by
    each of the two alone too (the designation's digits say which word it is; the system's name must be a known
    one, so ``Deux Su-27`` gives ``Su-27`` only; ``Embraer 190`` gives nothing, a number being no name)."""
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = it.mention.name.split()
        if g != "EQUIPMENT" or len(words) != 2:
            continue
        numbered = [w for w in words if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)]
        if len(numbered) != 1:
            continue
        other = words[1] if numbered[0] == words[0] else words[0]
        parts = (numbered[0], other) if other in SYSTEMS else (numbered[0],)
        added = tuple(p for p in parts if p not in it.mention.aliases)
        if added:
            items[k] = replace(it, mention=replace(it.mention, aliases=(*it.mention.aliases, *added)))


def _merge_close_places(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A place no table knows, spelled one letter off the one other place name it is close to (``Gronzy``,
    ``Krasogorsk``, ``Kramatosk``): a typo or a second spelling of that place. Names of six letters or more,
    the same first letter, and only a single place within one edit; met through one-letter deletions, not by
    comparing all pairs."""
    names: dict[str, set[int]] = defaultdict(set)  # folded letters -> roots
    articles: dict[str, set[int]] = defaultdict(set)
    unknown: set[str] = set()
    known: set[str] = set()
    bodies: set[str] = set()  # one-word "organisations": the model's type for a town it does not know
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        one_word_org = (
            g == "ORG"
            and it.mention.type != "MEDIA"
            and " " not in name
            and not _is_acronym(name)
            and name.casefold() not in demonyms()  # "Russian" typed a body is no misspelled "Russia"
            and name.casefold() not in region_demonyms()
        )
        if g != "PLACE" and not one_word_org or CYRILLIC.search(name):
            continue
        letters = _NON_LETTER.sub("", fold(name))
        if len(letters) < 6:
            continue
        names[letters].add(uf.find(k))
        articles[letters].add(it.index)
        if one_word_org:
            bodies.add(letters)
        if not place_key(name).startswith(("place:", "region:")):
            known.add(letters)
        else:
            unknown.add(letters)
    deletions: dict[str, set[str]] = defaultdict(set)
    for n in names:
        for v in _one_deleted(n):
            deletions[v].add(n)
    for n in sorted(unknown):
        near = {o for v in _one_deleted(n) for o in deletions[v] if o != n and o[0] == n[0] and o not in bodies}
        if len(near) != 1:
            continue
        other = next(iter(near))
        # two unknown close names in one article are two places: an article spells a place it names the same way
        # (a known place misspelled once in an article that spells it right elsewhere is a typo)
        if other not in known and len(n) < _LONG_NAME and articles[n] & articles[other]:
            continue  # (a name of a dozen letters or more, a site's, one letter off in one article is a typo)
        roots = names[next(iter(near))] | names[n]
        if len({uf.find(r) for r in roots}) == 2:
            a, b = roots
            uf.union(a, b)
    _merge_misspelled_places_typed_people(items, groups, uf, known, deletions, names)


def _merge_misspelled_places_typed_people(
    items: list[_Item],
    groups: list[str],
    uf: Union,
    known: set[str],
    deletions: dict[str, set[str]],
    names: dict[str, set[int]],
) -> None:
    """``Gronzy`` typed a person, one letter off ``Grozny``, a place the tables know that the corpus names: a
    misspelled place, when the word is no given name and no person of the corpus bears it as a surname."""
    surnames = {
        _NON_LETTER.sub("", fold(_surname(it.mention.name)))
        for it, g in zip(items, groups, strict=True)
        if g == "PERSON" and len(it.mention.name.split()) >= 2
    }
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g != "PERSON" or " " in name or not name[:1].isupper() or is_given_name(name) or CYRILLIC.search(name):
            continue
        letters = _NON_LETTER.sub("", fold(name))
        if len(letters) < 6 or letters in surnames or letters in names:
            continue
        near = {o for v in _one_deleted(letters) for o in deletions.get(v, ()) if o[0] == letters[0] and o in known}
        if len(near) != 1:
            continue
        roots = {uf.find(r) for r in names[next(iter(near))]}
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)
            groups[k] = "PLACE"


_NON_LETTER = re.compile(r"[^a-z]")
_LONG_NAME = 12


def _one_deleted(word: str) -> set[str]:
    """``word`` and every form of it with one letter left out: two words one edit (or one swap) apart share one."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


_REGROUPABLE = ("PLACE", "ORG", "WORK", "PERSON")
_GROUP_PREFERENCE = {"PLACE": 3, "PERSON": 2, "ORG": 1, "WORK": 0}


@functools.cache
def _holiday_forms() -> dict[tuple[str, ...], str]:
    return {tuple(form.split()): name for name, forms in HOLIDAYS.items() for form in forms.split("|")}


def holiday_key(name: str) -> str | None:
    """The holiday a name is (``Maulud Nabiy``, ``Mawlid al-Nabi`` and ``Mouloud`` are ``mawlid``): one of its
    spellings, then only words that call it a holiday; None for any other name (``Tariq Ramadan``)."""
    words = tuple(fold(name).replace("\u2010", "-").split())
    forms = _holiday_forms()
    for n in range(len(words), 0, -1):
        holiday = forms.get(words[:n])
        if holiday is not None:
            return holiday if all(w in HOLIDAY_EPITHETS for w in words[n:]) else None
    return None


def _merge_holidays(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A holiday the model typed a person, a place or a product (``Maulud Nabiy`` said ...) is an occasion, and
    every spelling of one holiday is one entity."""
    first: dict[str, int] = {}
    for k, it in enumerate(items):
        if groups[k] not in ("PERSON", "PLACE", "ORG", "EQUIPMENT", "WORK", "EVENT") or it.mention.type == "MEDIA":
            continue
        key = holiday_key(it.mention.name)
        if key is None:
            continue
        groups[k] = "EVENT"
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k


def _regroup_same_names(items: list[_Item], groups: list[str]) -> None:
    """One name of two words or more that the model typed a place here, an organisation there and a work of art
    elsewhere (``Crocus City Hall``) is one thing: every mention takes the type most of them have."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for it, g in zip(items, groups, strict=True):
        if g in _REGROUPABLE and it.mention.type != "MEDIA" and len(it.mention.name.split()) >= 2:
            votes[it.mention.name.casefold()][g] += 1
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        vote = votes.get(it.mention.name.casefold()) if g in _REGROUPABLE and it.mention.type != "MEDIA" else None
        if vote and len(vote) > 1:
            # the model types a place it does not know as a person far more often than a person as a place: one
            # place reading of a name it also calls a person wins ("Bandar Abbas")
            placed = "PLACE" in vote and "PERSON" in vote and not is_given_name(it.mention.name.split()[0])
            groups[k] = max(vote, key=lambda x: (placed and x == "PLACE", vote[x], _GROUP_PREFERENCE[x]))


def _regroup_named_norps(items: list[_Item], groups: list[str]) -> None:
    """``Sarkan`` fighters typed a nationality where the corpus calls ``Sarkan`` a body elsewhere: no nation's or
    region's demonym, the name is that body's (``Hamda`` fighters are Hamda's). A "nationality" that the place tables
    know as a region or a city and no demonym table knows (``the Peloponnese``) is that place."""
    bodies = {it.mention.name for it, g in zip(items, groups, strict=True) if g == "ORG" and it.mention.type != "MEDIA"}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g != "NORP":
            continue
        low = name.casefold()
        if low in demonyms() or low in region_demonyms() or low in foreign_demonyms() or low in country_names():
            continue  # "Russian" typed a body somewhere is still the nationality
        if fold(name) in areas() or fold(name) in cities():
            groups[k] = "PLACE"
        elif name in bodies:
            groups[k] = "ORG"


def _regroup_places(items: list[_Item], groups: list[str]) -> None:
    """A one-word "organisation" or "person" that the corpus more often calls a place is that place: the model types
    a town it does not know by its neighbours (``Tuapse`` in a headline as ORG, as GPE in three sentences); a given
    name stays a person. The votes count every spelling of the name (``Aqtau`` typed a body, ``Aktau`` a town)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    spelt = [spelling(it.mention.name) for it in items]
    for key, g in zip(spelt, groups, strict=True):
        votes[key][g] += 1
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        words = m.name.split()
        if g in ("ORG", "PERSON") and m.type != "MEDIA" and _slavic_place_name(words):
            groups[k] = "PLACE"  # "Novaya Lerovka", "Nowa Lerowka" typed a person: a place
            continue
        if g not in ("ORG", "PERSON") or m.type == "MEDIA" or " " in m.name or _is_acronym(m.name):
            continue
        if m.name.casefold() in KNOWN or g == "PERSON" and is_given_name(m.name):
            continue
        if votes[spelt[k]]["PLACE"] > votes[spelt[k]][g]:
            groups[k] = "PLACE"
    # a one-word "place" no table knows that a body's mention gives as its own name ("the Air Transport Agency
    # Rosaviatsia") is that body
    defined = {a for it, g in zip(items, groups, strict=True) if g == "ORG" for a in it.mention.aliases if " " not in a}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "PLACE" and it.mention.name in defined and place_key(it.mention.name).startswith("place:"):
            groups[k] = "ORG"


def _slavic_place_name(words: list[str]) -> bool:
    """``Nova Lerovka``, ``Novaya Lerovka``, ``Velyka Vell``: two or three capitalised words opening with a Slavic
    place name's "new", "great" or "old" (``data.places.SLAVIC_PLACE_PREFIXES``)."""
    return (
        2 <= len(words) <= 3
        and words[0].casefold() in SLAVIC_PLACE_PREFIXES
        and all(w[:1].isupper() for w in words)
        and not any(is_given_name(w) for w in words[1:])
    )


_PLACE_VOTES = 3  # mentions typed a place that make a one-word name the corpus's place, not a surname


def _place_names(items: list[_Item], groups: list[str]) -> set[str]:
    """One-word names the corpus types a place at least three times and more often than anything else."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for it, g in zip(items, groups, strict=True):
        if " " not in it.mention.name:
            votes[it.mention.name][g] += 1
    return {n for n, v in votes.items() if v["PLACE"] >= _PLACE_VOTES and v["PLACE"] > v.total() - v["PLACE"]}


def _regroup_place_named_people(items: list[_Item], groups: list[str]) -> None:
    """``Arema Malang`` typed a person where ``Malang`` is the corpus's town: a name ending in a place and not
    opening with a given name is a team's or a body's, not a person's (and ``Malang`` is no surname)."""
    places = _place_names(items, groups)
    if not places:
        return
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = it.mention.name.split()
        if g == "PERSON" and len(words) == 2 and words[-1] in places and not is_given_name(words[0]):
            groups[k] = "ORG"


def _regroup_compass_people(items: list[_Item], groups: list[str]) -> None:
    """``Norden Gazas``, ``Ost-Aserbaidschan`` typed a person: a point of the compass before a place the tables
    know is a region of that place, never a person's name; a known land or a region named with its kind first
    (``Halbinsel Krim``, ``Region Krasnodar``) is no person's or body's name either."""
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "PERSON" and (key := _compass_key(it.mention.name)) is not None and "|place:" not in key:
            groups[k] = "PLACE"
        elif g in ("PERSON", "ORG") and (_land_key(it.mention.name) or _region_first_key(it.mention.name)):
            groups[k] = "PLACE"  # "Halbinsel Krim", "Region Krasnodar" typed a body: a known land, a region


def _regroup_common_word_people(items: list[_Item], groups: list[str], texts: Sequence[str]) -> None:
    """``Supporter Arema``, ``Officer Smith``-like names whose first word the corpus writes in lower case as a common
    noun and no table knows as a given name are no person's name: a body (or the group of people it names)."""
    people = [k for k, g in enumerate(groups) if g == "PERSON" and len(items[k].mention.name.split()) >= 2]
    if not people:
        return
    firsts = {items[k].mention.name.split()[0] for k in people}
    firsts = {w for w in firsts if w[:1].isupper() and w.isalpha() and not is_given_name(w)}
    if not firsts:
        return
    lower = {w.casefold() for w in firsts}
    common = {w for t in texts for w in _LOWER_CASE_WORD.findall(t) if w in lower}
    for k in people:
        m = items[k].mention
        first = m.name.split()[0]
        if first.casefold() in common and first.casefold() not in _HONORIFICS and first in firsts:
            groups[k] = "ORG"


def _regroup_institution_people(items: list[_Item], groups: list[str]) -> None:
    """``Moldovan Mission``, ``Lerovo Council``, ``Sabir Brigades`` typed a person: a name ending in a body's head
    word that opens with no given name (``Margaret Court`` stays a person) is a body; so is a name ending in a body's
    acronym the tables know after a country's adjective (``Russian MoD``, ``Lerovian MFA``)."""
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        words = it.mention.name.split()
        if g == "PERSON" and len(words) >= 2 and _head_word(words[-1]) and not is_given_name(words[0]):
            groups[k] = "ORG"
        elif (
            g == "PERSON"
            and len(words) == 2
            and words[-1] in ACRONYMS
            and KNOWN.get(words[-1].casefold(), ("-",))[0] == ""
            and words[0].casefold() in demonyms()
        ):
            groups[k] = "ORG"


def _head_word(word: str) -> bool:
    """A body's head word, in the singular or the plural (``Brigade``, ``Brigades``)."""
    return word in HEADS or len(word) > 4 and word.endswith("s") and word[:-1] in HEADS


def _regroup_acronym_people(items: list[_Item], groups: list[str]) -> None:
    """``LRC said ...`` typed a person where the corpus writes ``LRC`` as a body's name or in brackets after one:
    a name in capitals that is a body's elsewhere is that body."""
    bodies = {
        _undotted(name)
        for it, g in zip(items, groups, strict=True)
        if g == "ORG" and it.mention.type != "MEDIA"
        for name in (it.mention.name, *it.mention.aliases)
        if _is_acronym(name)
    }
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "PERSON" and _is_acronym(it.mention.name) and _undotted(it.mention.name) in bodies:
            groups[k] = "ORG"


def _merge_people(
    items: list[_Item], groups: list[str], uf: Union, texts: Sequence[str], languages: Sequence[str | None] = ()
) -> None:
    _regroup_places(items, groups)
    _regroup_institution_people(items, groups)
    _regroup_acronym_people(items, groups)
    _regroup_common_word_people(items, groups, texts)
    _regroup_place_named_people(items, groups)
    _regroup_compass_people(items, groups)
    _regroup_surnames(items, groups, texts)
    _regroup_full_names(items, groups)
    _regroup_designations(items, groups)
    full: dict[tuple[str, str], list[int]] = defaultdict(list)  # (first, last) skeletons -> items
    by_surname: dict[str, set[tuple[str, str]]] = defaultdict(set)
    per_article: dict[int, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    lone: list[tuple[int, str]] = []
    place_keys = {place_key(it.mention.name) for it, g in zip(items, groups, strict=True) if g == "PLACE"}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PERSON":
            continue
        parts = person_parts(it.mention.name)
        if parts is None:
            continue
        first, last = parts
        if not first:
            lone.append((k, last))
            continue
        # one skeleton may hold different people ("Mitchell", "Michelle"): join only close spellings
        for other in full[(first, last)]:
            other_name = items[other].mention.name
            if _surnames_fit(_surname(other_name), _surname(it.mention.name)) and _given_names_agree(
                other_name, it.mention.name
            ):
                uf.union(other, k)
                break
        full[(first, last)].append(k)
        by_surname[last].add((first, last))
        per_article[it.index][last].add((first, last))
    for parts_key, ks in list(full.items()):
        # "Nicolas Maduro Moros": a full name with a second surname after the one another full name ends with
        words = items[ks[0]].mention.name.split()
        second = len(words) >= 3 and words[-1].strip(".").casefold() not in GENERATION_SUFFIXES  # not "X Jr."
        shorter = person_parts(" ".join(words[:-1])) if second else None
        if shorter is not None and shorter[0] and shorter in full and shorter != parts_key:
            uf.union(full[shorter][0], ks[0])
    _merge_cross_script_names(items, full, by_surname, uf)
    _merge_sound_alike_names(items, full, uf)
    _merge_misspelled_surnames(items, full, uf)
    attached: set[int] = set()
    full_here: dict[int, list[int]] = defaultdict(list)  # article -> its full names' items, in the order of ``full``
    for ks in full.values():
        for o in ks:
            full_here[items[o].index].append(o)
    long_names_by_first: dict[str, list[int]] = defaultdict(list)  # "Tedros" -> "Tedros Adhanom Ghebreyesus"
    given_words = {_given_name(items[ks[0]].mention.name) for ks in full.values()}
    for ks in full.values():
        words = items[ks[0]].mention.name.split()
        if len(words) >= 3:
            long_names_by_first[words[0]].append(ks[0])
    for k, last in lone:
        name = items[k].mention.name
        here = _spelled(items, name, per_article[items[k].index].get(last, set()), full)
        there = _spelled(items, name, by_surname.get(last, set()), full)
        if (
            not here
            and not there
            and items[k].index < len(languages)
            and languages[items[k].index] in CH_AS_KH_LANGUAGES
        ):
            # "Kobachidse" in a German article is the "Irakli Kobakhidze" of the others: German ch is kh
            for reading in _other_readings(_surname(name)):
                here |= _spelled(items, name, per_article[items[k].index].get(reading, set()), full)
                there |= _spelled(items, name, by_surname.get(reading, set()), full)
        if not here and not there and items[k].index < len(languages):
            # "Loukachenko" in a French article, "Prigoschin" in a German one: the surname as English spells it
            for spelled in _english_spellings(_surname(name), languages[items[k].index] or ""):
                english = spelled.capitalize()
                if (spelled_parts := person_parts(english)) is not None and len(spelled) >= _SOUND_SURNAME:
                    here |= _spelled(items, english, per_article[items[k].index].get(spelled_parts[1], set()), full)
                    there |= _spelled(items, english, by_surname.get(spelled_parts[1], set()), full)
        titled = _title_gender(items[k].mention)
        if titled is not None:  # "Mr. Obama" is never Michelle Obama, "Mrs. Clinton" never Bill Clinton
            here = {key for key in here if _full_name_gender(items, full[key]) in (None, titled)}
            there = {key for key in there if _full_name_gender(items, full[key]) in (None, titled)}
        # one person named in full two ways (Latin and Cyrillic, already one entity) is one candidate, not two
        here, there = _one_per_person(here, full, uf), _one_per_person(there, full, uf)
        if any(len(_fitting_roots(items, name, full[key], uf)) > 1 for key in here or there):
            continue  # "Kowalski" with "Jan Kowalski" and "Jean Kowalski" (one key, two people) named: neither
        if len(here) == 1 and len(there) > 1:
            only = next(iter(here))
            first_full = min(
                (items[o].mention.span.start for o in full[only] if items[o].index == items[k].index), default=-1
            )
            if items[k].mention.span.start < first_full:
                # "Obama" in the lead, "Michelle Obama" only further down, Barack Obama named in other articles: the
                # surname came before the full name it would join, so nothing says it is hers; left unmerged
                continue
        if not here and (is_given_name(_surname(name)) or not there):
            # "Bernie", "Bernadette": a first name joins the one full name in its article that starts with it
            firsts = [o for o in full_here[items[k].index] if close_spelling(items[o].mention.name.split()[0], name)]
            if len({items[o].mention.name for o in firsts}) == 1:
                uf.union(firsts[0], k)
                attached.add(k)
                continue
            if is_given_name(_surname(name)):
                if len(there) == 1 and _surname(name) not in given_words:
                    # "Abbas" where the corpus names one Mahmoud Abbas and nobody called Abbas: the surname
                    uf.union(full[next(iter(there))][0], k)
                    attached.add(k)
                continue
            # "Tedros" for "Tedros Adhanom Ghebreyesus" named so in another article: a name that is no one's
            # surname and the first name of one person only
            elsewhere = {uf.find(o) for o in long_names_by_first.get(name, [])}
            if len(elsewhere) == 1:
                uf.union(next(iter(elsewhere)), k)
                attached.add(k)
                continue
        if len(here) == 1:
            uf.union(full[next(iter(here))][0], k)
            attached.add(k)
        elif not here and len(there) == 1:
            uf.union(full[next(iter(there))][0], k)
            attached.add(k)
        elif not here and not there and place_key(name) in place_keys:
            groups[k] = "PLACE"  # a lone "person" name that the corpus elsewhere knows as a place
    # lone surnames that belong to no single full name form one entity of their own; never one attached to a
    # full name, or "Obama" would bridge Barack Obama and Michelle Obama
    lone_first: dict[str, int] = {}
    withheld = _withheld_initials([items[k].mention.name for k, _last in lone if groups[k] == "PERSON"])
    for k, _last in lone:
        if groups[k] == "PERSON" and k not in attached:
            key = _lone_key(items[k].mention.name, withheld)
            if key in lone_first:
                uf.union(lone_first[key], k)
            else:
                lone_first[key] = k


_ALTERNATE_READINGS = tuple((re.compile(a), b) for a, b in ALTERNATES)


def _other_readings(surname: str) -> set[str]:
    """The surname keys of a lone surname's other readings (German ``Kobachidse`` read as ``Kobakhidse``), for a
    surname of five letters or more; short ones (``Chan``, ``Khan``) say too little."""
    word = to_latin(surname).casefold()
    if len(_NON_LETTER.sub("", word)) < _SOUND_SURNAME:
        return set()
    out = set()
    for pattern, repl in _ALTERNATE_READINGS:
        alt = pattern.sub(repl, word)
        if alt != word and (parts := person_parts(alt.capitalize())) is not None:
            out.add(parts[1])
    return out


_WITHHELD = re.compile(r"(?P<first>\S+)\s+(?P<initial>[A-Z])\.?")  # "Nahel M.": a first name, a surname's initial


def _withheld_initials(names: Sequence[str]) -> dict[str, set[str]]:
    """First name (case-folded) -> the surname initials it is given with (``Nahel M.``: the press withholds a minor's
    or a victim's surname) among a corpus's lone person names."""
    initials: dict[str, set[str]] = defaultdict(set)
    for name in names:
        m = _WITHHELD.fullmatch(name)
        if m:
            initials[_hiatus_key(m["first"])].add(m["initial"])
    return initials


_HIATUS_H = re.compile(r"(?<=[aeiou])h(?=[ei])")


def _hiatus_key(word: str) -> str:
    """A lone name's spelling without its accents and without an ``h`` that parts two vowels: French marks the break
    with a diaeresis where English writes an ``h`` (``Naël`` and ``Nahel``, ``Raphaël`` and ``Raphael``)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    return _HIATUS_H.sub("", plain)


def _lone_key(name: str, withheld: dict[str, set[str]]) -> str:
    """The key that joins lone person names into one entity: the surname, or for ``Nahel M.`` the first name when the
    corpus gives it with that one initial only, so that ``Nahel`` alone joins it; ``Karim B.`` and ``Karim D.`` stay
    two people, and neither takes ``Karim``."""
    m = _WITHHELD.fullmatch(name)
    if m is None:
        key = _hiatus_key(_surname(name))
        return key if len(withheld.get(key, ())) <= 1 else "\0" + key  # "Karim" beside two "Karim X.": apart
    first = _hiatus_key(m["first"])
    return first if len(withheld[first]) == 1 else f"{first} {m['initial']}"


def _merge_sound_alike_names(items: list[_Item], full: dict[tuple[str, str], list[int]], uf: Union) -> None:
    """``Michail Chodorkowski`` is ``Mikhail Khodorkovsky``: a full name in Latin letters whose letters read another
    way by another convention (German and Polish ch for kh) joins the one full name it then spells, when the given
    names agree and the surnames sound alike; a surname of under five letters, or two such names, and neither."""
    index: dict[tuple[str, str], set[int]] = defaultdict(set)  # sound keys -> roots
    others: dict[int, set[tuple[str, str]]] = defaultdict(set)  # root -> its names' keys by another reading
    names: dict[int, str] = {}
    for (first, last), ks in full.items():
        name = items[ks[0]].mention.name
        given, surname = _given_name(name), _surname(name)
        if CYRILLIC.search(name) or not given or len(_NON_LETTER.sub("", fold(surname).casefold())) < _SOUND_SURNAME:
            continue
        root = uf.find(ks[0])
        names.setdefault(root, name)
        generation = last[len(last.split("+")[0]) :]
        firsts = {_initial_vowel(_h_is_g(key)) for key in sound_keys(canonical_given_name(given))} | {first}
        lasts = {_h_is_g(key) + generation for key in sound_keys(surname)}
        for key in itertools.product(firsts, lasts):
            index[key].add(root)
            if key != (first, last):
                others[root].add(key)
    for root, keys in sorted(others.items()):
        fits = {r for key in keys for r in index[key]} - {root}
        fits = {r for r in fits if _sound_alike(names[root], names[r])}
        if len(fits) == 1:
            other = next(iter(fits))
            mutual = {r for key in others.get(other, set()) | set() for r in index[key]} - {other}
            if mutual <= {root}:
                uf.union(root, other)


_SOUND_SURNAME = 5  # letters a surname needs before a sound-alike spelling of it may join another name


def _merge_misspelled_surnames(items: list[_Item], full: dict[tuple[str, str], list[int]], uf: Union) -> None:
    """``Tobias Brandtner`` in one article, ``Tobias Brantner`` in another: one given name and two surnames of five
    letters or more one letter apart (a slip of the keyboard) are one person, when each is the other's only such name
    in the corpus; with a third full name it could also be (``Brandtner``, ``Brantner``, ``Brandner``), none."""
    by_given: dict[str, dict[int, str]] = defaultdict(dict)  # given name -> root -> surname (folded, lower case)
    for ks in full.values():
        name = items[ks[0]].mention.name
        given, surname = _given_name(name), _surname(name)
        if not given or CYRILLIC.search(name):
            continue
        plain = _NON_LETTER.sub("", fold(surname).casefold())
        if len(plain) >= _SOUND_SURNAME:
            by_given[canonical_given_name(given).casefold()].setdefault(uf.find(ks[0]), plain)
    for roots in by_given.values():
        near = {
            root: {
                other
                for other, b in roots.items()
                if other != root and b != a and one_letter_apart(a, b) and not gendered_pair(a, b)
            }
            for root, a in roots.items()
        }
        for root, fits in sorted(near.items()):
            if len(fits) == 1 and near[next(iter(fits))] == {root}:
                uf.union(root, next(iter(fits)))


def _sound_alike(a: str, b: str) -> bool:
    return _surnames_fit(_surname(a), _surname(b)) and _given_names_agree(a, b)


def _fitting_roots(items: list[_Item], name: str, ks: list[int], uf: Union) -> set[int]:
    """The entities among the full names ``ks`` (of one key) whose surname fits the lone ``name``."""
    return {uf.find(o) for o in ks if _surnames_fit(_surname(items[o].mention.name), _lone_surname(name))}


def _lone_surname(name: str) -> str:
    """A lone surname as compared with full names: a Cyrillic one as written, since its ``-а`` may be a case ending
    of the man's name (Ukrainian ``Путіна``, "Putin's", is no woman Putina), which ``gendered_pair`` then leaves be."""
    latin = _surname(name)
    words = name.split()
    if words and _CYRILLIC_LETTER.search(words[-1]) and latin.endswith(("a", "ya")):
        return words[-1].strip(".,")  # "Путіна" fits Putin and any woman Putina: with both named, neither
    return latin  # "Путин" is never a woman Putina


def _one_per_person(
    keys: set[tuple[str, str]], full: dict[tuple[str, str], list[int]], uf: Union
) -> set[tuple[str, str]]:
    """``keys`` with one key kept for each entity they already belong to."""
    kept: dict[int, tuple[str, str]] = {}
    for key in sorted(keys):
        kept.setdefault(uf.find(full[key][0]), key)
    return set(kept.values())


def _merge_cross_script_names(
    items: list[_Item],
    full: dict[tuple[str, str], list[int]],
    by_surname: dict[str, set[tuple[str, str]]],
    uf: Union,
) -> None:
    """``Жеральд Дарманен`` is ``Gerald Darmanin``, ``Жан Кастекс`` ``Jean Castex``: Russian writes a French or English
    given name by its sound (Ж for a soft G, Дж for J, no H), so the given names' skeletons differ in their first
    letter or their end. A full name in one script joins the one full name of the other script with the surname
    spelled close and a given name that fits so; with two such names (two brothers), neither."""
    for keys in by_surname.values():
        if len(keys) < 2:
            continue
        # every Latin full name with its (given name, surname) skeletons, whatever key it shares with a Cyrillic one
        latin = [
            (other, k) for other in sorted(keys) for k in full[other] if not CYRILLIC.search(items[k].mention.name)
        ]
        cyrillic_keys = [key for key in keys if any(CYRILLIC.search(items[k].mention.name) for k in full[key])]
        for key in sorted(keys):
            cyrillic = [k for k in full[key] if CYRILLIC.search(items[k].mention.name)]
            if not cyrillic:
                continue
            name = items[cyrillic[0]].mention.name
            fits = _fitting_latin(items, uf, latin, name, lambda given: _given_names_fit(key[0], given))  # noqa: B023
            if not fits and len(cyrillic_keys) == 1 and len({other for other, _ in latin}) == 1:
                # "Реджеп Тайип Эрдоган" (Redzhep) and "Recep Tayyip Erdogan": a given name written by a sound the
                # skeletons do not share (Turkish c); one full name each side with the surname and the given name's
                # first letter is one person
                fits = _fitting_latin(items, uf, latin, name, lambda given: given[:1] == key[0][:1])  # noqa: B023
            # the Latin name written with the same skeletons is already this person ("Alexei Navalny" for "Алексей
            # Навальный"): no other full name of the family ("Yulia Navalnaya") joins it
            if len(fits) == 1 and uf.find(cyrillic[0]) not in fits:
                uf.union(next(iter(fits)), cyrillic[0])


def _fitting_latin(
    items: list[_Item],
    uf: Union,
    latin: list[tuple[tuple[str, str], int]],
    name: str,
    given_fits: Callable[[str], bool],
) -> set[int]:
    """The entities of the Latin full names a Cyrillic full name may be: the given name fits, the surname sounds
    close, and the two do not name a man and a woman."""
    return {
        uf.find(k)
        for (given, _), k in latin
        if given_fits(given)
        and _close_in_sound(_surname(items[k].mention.name), _surname(name))
        and not opposite_sexes(items[k].mention.name, name)
    }


def _close_in_sound(a: str, b: str) -> bool:
    """Close spellings once a Latin c and x are written as they sound (``Castex`` and ``Кастекс``)."""
    return close_spelling(a, b) or close_spelling(_sounded(a), _sounded(b))


def _sounded(name: str) -> str:
    low = to_latin(name).casefold()
    return _HARD_C_SOUND.sub("k", _SOFT_C_SOUND.sub("s", low)).replace("x", "ks")


_SOFT_C_SOUND = re.compile(r"c(?=[eiy])")
_HARD_C_SOUND = re.compile(r"c(?!h)")


def _given_names_fit(a: str, b: str) -> bool:
    """Two given-name skeletons of one name across scripts: equal past their first letter (``grld``/``jrld``), or one
    the other's beginning (``grg``/``gr``, George/Джордж); never from one letter alone."""
    if a == b:
        return True
    x, y = a[1:], b[1:]
    if not x or not y:
        return False
    if x == y:  # "Dan" and "Ян" differ in one sound of two: only a first letter Russian writes so may differ
        return len(x) >= 2 or frozenset((a[0], b[0])) in _SOUNDED_INITIALS
    return a[0] == b[0] and (x.startswith(y) or y.startswith(x))


# First letters of one given name in Latin and in Russian transcription, as the skeletons read them: G/Ж
# (Gérald/Жеральд), J/Ж (Jean/Жан, whose j reads as a vowel), H/- (Hugo/Уго).
_SOUNDED_INITIALS = frozenset({frozenset("gj"), frozenset("aj"), frozenset("ag")})


_PERSON_SPELLINGS = {
    lang: tuple(tuple((re.compile(a), b) for a, b in table) for table in tables)
    for lang, tables in PERSON_SPELLINGS.items()
}


def _english_spellings(name: str, language: str) -> list[str]:
    """A name as English writes it, by each of its language's conventions: ``Oleksandre Kamychine`` (French) is
    ``oleksandr kamyshin``, ``Jewgeni Prigoschin`` (German) ``yevgeni prigoshin`` and ``yevgeni prigozhin``."""
    out = []
    for table in _PERSON_SPELLINGS.get(language, ()):
        words = []
        for word in name.casefold().split():
            for pattern, repl in table:
                word = pattern.sub(repl, word)
            words.append(fold(word))
        out.append(" ".join(words))
    return out


def _merge_french_spellings(items: list[_Item], groups: list[str], uf: Union, languages: Sequence[str | None]) -> None:
    """A person named in full in an article in its language's spelling of a Slavic name (French ``Oleksandre
    Kamychine``, German ``Jewgeni Prigoschin``, Romanian ``Evgheni Prigojin``) is the one person named in full so in
    English in another language's article (``Oleksandr Kamyshin``), when the English spelling of both names fits."""
    english: dict[tuple[str, str], set[int]] = defaultdict(set)
    foreign: list[tuple[int, str]] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PERSON" or len(it.mention.name.split()) < 2:
            continue
        language = languages[it.index] or ""
        if language in _PERSON_SPELLINGS:
            foreign.append((k, language))
        elif _FRENCH_MARK.search(_surname(it.mention.name).casefold()):
            foreign.append((k, ""))  # "Salome Zourabichvili" in an English article: the French spelling of a name
        if (parts := person_parts(it.mention.name)) is not None:
            english[parts].add(k)
    for k, language in foreign:
        name = items[k].mention.name
        roots = set()
        for spelled in _english_spellings(name, language or "fr"):
            parts = person_parts(" ".join(w.capitalize() for w in spelled.split()))
            if parts is None or parts == person_parts(name):
                continue
            roots |= {
                uf.find(r)
                for r in english.get(parts, set())
                if (
                    languages[items[r].index] != language
                    if language
                    else _written_in_english(items[r].mention.name, name)
                )
            }
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)


# French writes the u of a Slavic or Caucasian surname ou (Zourabichvili, Choïgou): in a surname in any other
# language's article, the mark of the French spelling of the name
_FRENCH_MARK = re.compile(r"ou")


def _written_in_english(other: str, name: str) -> bool:
    """Whether ``other`` may be the English spelling of ``name``, a full name written in French spelling in an
    article in another language: no French mark of its own, and the given names one name."""
    return not _FRENCH_MARK.search(_surname(other).casefold()) and _given_names_agree(other, name)


_GERMAN_SPELLING = tuple((re.compile(a), b) for a, b in GERMAN_SPELLING)


def _german_spelling(name: str) -> str:
    """``Nowa Kachowka`` -> ``Nova Kakhovka``: a Slavic place's name in German transliteration, as English writes it."""
    out = []
    for word in name.split():
        low = word.casefold()
        for pattern, repl in _GERMAN_SPELLING:
            low = pattern.sub(repl, low)
        out.append(low.capitalize())
    return " ".join(out)


def _merge_german_spellings(items: list[_Item], groups: list[str], uf: Union, languages: Sequence[str | None]) -> None:
    """A place named in a German article in German transliteration (``Nowa Kachowka``, ``Cherson``) is the one place
    the other articles name in English spelling (``Nova Kakhovka``, ``Kherson``)."""
    if "de" not in languages:
        return
    others: dict[str, set[int]] = defaultdict(set)
    german: list[int] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PLACE":
            continue
        if languages[it.index] == "de":
            german.append(k)
        else:
            others[_spaceless(place_key(it.mention.name))].add(k)
    for k in german:
        name = items[k].mention.name
        respelled = _german_spelling(name)
        key = _spaceless(place_key(respelled))
        own = place_key(name)
        if respelled.casefold() == name.casefold() or not own.startswith("place:") or key == _spaceless(own):
            continue  # "München" is a known city in its own spelling
        if key in others:  # one key is one place: _merge_by_key joins its mentions
            uf.union(min(others[key]), k)


def _title_gender(m: Mention) -> str | None:
    """The pronoun a courtesy title before a person's name says they take (``Mr. Obama``, ``Mrs Clinton``)."""
    found = {
        TITLE_GENDER[first]
        for form in (m.name, *m.aliases)
        if form.split() and (first := form.split()[0].strip(".").casefold()) in TITLE_GENDER
    }
    return found.pop() if len(found) == 1 else None


def _full_name_gender(items: list[_Item], ks: list[int]) -> str | None:
    """The pronoun a person named in full takes, by their given name (Latin or Cyrillic); None when unknown."""
    name = items[ks[0]].mention.name
    words = [w for w in name.split() if w.strip(".").casefold() not in _HONORIFICS]
    if not words:
        return None
    if _CYRILLIC_LETTER.search(name):
        return cyrillic_gender(" ".join(words))
    return _title_gender(items[ks[0]].mention) or pronoun_gender(words[0])


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=1 << 16)
def _surname(name: str) -> str:
    words = [w.strip(".,") for w in _words(name) if w.strip(".,")]
    if len(words) >= 2 and words[-1].casefold() in GENERATION_SUFFIXES:
        words.pop()
    return _ARTICLE.sub("", words[-1]) if words else name


def _surnames_fit(a: str, b: str) -> bool:
    """Two surnames of one person: close spellings, and not a man's and a woman's form (``Ivanov``/``Ivanova``)."""
    return close_spelling(a, b) and not gendered_pair(a, b)


def _given_name(name: str) -> str:
    words = _name_words(name)
    return words[0] if len(words) >= 2 else ""


def _given_names_agree(a: str, b: str) -> bool:
    """Whether the given names of two full names with one key are one name. A short given name's skeleton says
    little (``Jan`` and ``Jean``, ``Omar`` and ``Amir`` share one): in Latin letters both must be forms of one name
    in the table of given names, or sound alike with their vowels (``Ilya``/``Illia``, ``Yan``/``Jan``)."""
    x, y = _given_name(a), _given_name(b)
    if not x or not y or CYRILLIC.search(x) or CYRILLIC.search(y):
        return True
    cx, cy = canonical_given_name(x), canonical_given_name(y)
    if cx == cy or len(skeleton(cx)) > _SHORT_GIVEN_NAME:
        return True
    # each as written and as the table's canonical form: "Sergej" is in no table, "Sergei" is filed under "Serhiy"
    fx = {_vowels_folded(f) for n in (x, cx) for f in sound_forms(n)}
    return bool(fx & {_vowels_folded(f) for n in (y, cy) for f in sound_forms(n)})


_INNER_E = re.compile(r"(?<=.)e")


def _vowels_folded(form: str) -> str:
    """A given name's sound form with the vowels Arabic and Hebrew names are transcribed both ways with made one:
    ``Yahya``/``Yehya``, ``Omar``/``Umar``, ``Osama``/``Usama`` (an opening e stays: ``Eli`` is not ``Ali``)."""
    return _INNER_E.sub("a", _LONE_H.sub("g", form)).replace("o", "u")


_SHORT_GIVEN_NAME = 3  # letters of a given name's skeleton (first letter and consonants) that say too little


def _spelled(
    items: list[_Item], name: str, keys: set[tuple[str, str]], full: dict[tuple[str, str], list[int]]
) -> set[tuple[str, str]]:
    """The full names among ``keys`` whose surname is spelled close to the lone ``name``; of two or more, the one
    whose surname is spelled exactly so, when only one is (``Widodo`` is Joko Widodo, not a Widjojo)."""
    surname = _lone_surname(name)
    fits = {key for key in keys if any(_surnames_fit(_surname(items[o].mention.name), surname) for o in full[key])}
    if len(fits) < 2:
        return fits
    exact = {key for key in fits if any(_surname(items[o].mention.name) == surname for o in full[key])}
    return exact if len(exact) == 1 else fits


def _regroup_designations(items: list[_Item], groups: list[str]) -> None:
    """``MQ9`` typed a body here is the ``MQ-9`` typed equipment elsewhere: a name of letters and digits that
    spells a model the corpus knows is that model."""
    models = {_equipment_key(it.mention.name) for it, g in zip(items, groups, strict=True) if g == "EQUIPMENT"}
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g in ("ORG", "PLACE", "PERSON") and _LETTERS_AND_DIGITS.fullmatch(name) and _equipment_key(name) in models:
            groups[k] = "EQUIPMENT"


_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z]{1,4}-?\d{1,4}[A-Za-z]?")


def _regroup_full_names(items: list[_Item], groups: list[str]) -> None:
    """A name of two or three words typed a body or a place that is spelled as a person named in full elsewhere in
    the corpus (``VG Somani`` and ``V.G. Somani``, the model's guess in one article against another's) is that
    person; names that hold a known place or an institution word are left alone."""
    people: dict[tuple[str, str], list[str]] = defaultdict(list)
    for it, g in zip(items, groups, strict=True):
        if g == "PERSON" and (parts := person_parts(it.mention.name)) is not None and parts[0]:
            people[parts].append(_surname(it.mention.name))
    if not people:
        return
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        words = m.name.split()
        if g not in ("ORG", "PLACE", "WORK") or m.type == "MEDIA" or not 2 <= len(words) <= 3:
            continue
        if any(w.casefold() in FACILITY_WORDS or country_names().get(w.casefold()) for w in words):
            continue
        if not place_key(m.name).startswith("place:") or len(org_words(m.name, None)) != len(words):
            continue  # a known place, or a name with an institution word ("Ministry", "Council") in it
        parts = person_parts(m.name)
        if parts in people and any(close_spelling(s, _surname(m.name)) for s in people[parts]):
            groups[k] = "PERSON"


def _regroup_surnames(items: list[_Item], groups: list[str], texts: Sequence[str]) -> None:
    """A one-word "organisation" or "place" that is the surname of one person named in full in the corpus, and no
    known place or body, is that person: the small model often types a surname alone as ORG."""
    surnames: dict[str, set[str]] = defaultdict(set)
    full_names: dict[str, list[int]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "PERSON":
            parts = person_parts(it.mention.name)
            if parts and parts[0]:
                surnames[parts[1]].add(parts[0])
                full_names[parts[1]].append(k)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        if g not in ("ORG", "PLACE", "WORK") or m.type == "MEDIA" or not m.name[:1].isupper():
            continue
        words = m.name.split()
        # "Abu Sitta", the surname of "Ghassan Abu Sitta", is one word of a surname after its particle
        if len(words) > 2 or len(words) == 2 and words[0].casefold() not in SURNAME_PARTICLES:
            continue
        low = m.name.casefold()
        if low in cities() or low in country_names() or low in demonyms() or low in areas() or _is_acronym(m.name):
            continue
        lone = person_parts(words[-1])  # keyed as the full names' surnames are: "Al-Jalajel" is "al-Jalajel"
        key = lone[1] if lone else ""
        if not surnames.get(key):
            continue
        # the surname as written ("Houthi" rebels are not "al-Houthi"); one or more people ("Vitali", "Wladimir
        # Klitschko") may bear it, which one is decided with the other lone surnames
        written = [_words(items[o].mention.name)[-1] for o in full_names[key]]
        if any(close_spelling(w, words[-1]) for w in written) or (
            any(close_spelling(_surname(w), words[-1]) for w in written) and _SPEAKS.match(texts[it.index], m.span.end)
        ):  # "Burhan said", never "Houthi rebels"
            groups[k] = "PERSON"


def _merge_short_company_names(
    items: list[_Item], groups: list[str], bags: dict[frozenset[str], list[int]], uf: Union
) -> None:
    """``Maiden`` for ``Maiden Pharmaceuticals``, ``Arema`` for ``Arema FC``: a one-word name is the one longer
    name that adds only words of a company's or club's kind (``pharmaceuticals``, ``airlines``, ``FC``) and places;
    also when the model called the one word a person, if no person of the corpus bears it as a surname."""
    places = {n.casefold() for n in _place_names(items, groups)}
    longer: dict[str, set[int]] = defaultdict(set)  # the one name word -> roots of names with a company's words
    placed: dict[str, set[int]] = defaultdict(set)  # the one name word -> roots of names with only a place added
    for bag, members in bags.items():
        words = [w for w in bag if not w.startswith("@")]
        names = [w for w in words if w not in _company_words() and w not in cities() and w not in places]
        if len(bag) >= 2 and len(names) == 1:
            at_place = all(w in cities() or w in places for w in words if w != names[0])
            (placed if at_place else longer)[names[0]].add(uf.find(members[0]))
    if not longer and not placed:
        return
    short: list[tuple[int, str]] = []
    for bag, members in bags.items():
        word = next(iter(bag))
        name = items[members[0]].mention.name
        if len(bag) == 1 and not word.startswith("@") and name[:1].isupper() and not _is_acronym(name):
            short.append((members[0], word))
    surnames = {
        _words(it.mention.name)[-1].casefold()
        for it, g in zip(items, groups, strict=True)
        if g == "PERSON" and len(it.mention.name.split()) >= 2
    }
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g == "PERSON" and " " not in name and name[:1].isupper() and not is_given_name(name):
            if name.casefold() not in surnames and (name.casefold() in longer or name.casefold() in placed):
                short.append((k, name.casefold()))
    for k, word in short:
        if word in _company_words():
            continue
        roots = {uf.find(r) for r in longer.get(word, set())}
        at_places = {uf.find(r) for r in placed.get(word, set())}
        if len(roots) <= 1 and len(at_places) <= 1 and roots | at_places:
            for root in roots | at_places:  # "Arema", "Arema FC" and "Arema Malang": one club
                uf.union(root, k)
            groups[k] = "ORG"


@functools.cache
def _company_words() -> frozenset[str]:
    return frozenset(_normal_word(w) for w in COMPANY_WORDS)


# Bodies named by their kind and country alone that stand for the whole of that kind, never for a part of it.
_WHOLE_BODIES = frozenset({"military"})


def _merge_orgs(items: list[_Item], groups: list[str], uf: Union) -> None:
    """Equal bags merge; a bag inside exactly one larger bag (that adds no other country) joins it."""
    bags: dict[frozenset[str], list[int]] = defaultdict(list)
    heads: dict[frozenset[str], set[str]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "ORG" and it.mention.type != "MEDIA":
            bag = org_words(it.mention.name, it.mention.scope)
            if bag:
                bags[bag].append(k)
                heads[bag].add(org_head(it.mention.name))
    for members in bags.values():
        for k in members[1:]:
            uf.union(members[0], k)
    _merge_short_company_names(items, groups, bags, uf)
    postings: dict[str, set[frozenset[str]]] = defaultdict(set)
    for bag in bags:
        for w in bag:
            postings[w].add(bag)
    own_acronyms = _acronyms_of_bags(items, groups, bags)
    for bag, members in bags.items():
        if len(bag) < 2 and not any(w.startswith("@") for w in bag):
            continue
        if {w for w in bag if not w.startswith("@")} <= _WHOLE_BODIES:
            continue  # "Russian forces" are the whole armed forces, not the one branch of them the corpus names
        candidates = set.intersection(*(postings[w] for w in bag)) - {bag}
        countries = {w for w in bag if w.startswith("@")}
        fits = []
        for sup in candidates:
            sup_countries = {w for w in sup if w.startswith("@")}
            if countries and sup_countries and not countries <= sup_countries:
                continue
            if not heads[sup] & heads[bag]:
                continue  # "Ministry of Defense of X" is not the "Directorate of the Ministry of Defense of X"
            if (mine := own_acronyms(bag)) and (theirs := own_acronyms(sup)) and not mine & theirs:
                continue  # each name has an acronym of its own that the other's letters cannot spell: two bodies
            extra = len([w for w in sup - bag if not w.startswith("@")])
            fits.append((extra, sup))
        if not countries and any(_names_several(items[k].mention.name) for k in members):
            # "Coast Rescue Societies" names a federation of national bodies, not the "Moldovan Coast Rescue"
            fits = [f for f in fits if not any(w.startswith("@") for w in f[1] - bag)]
        if not countries and not _proper_words(bag):
            # a name without a country ("Foreign Ministry") joins a national body only if its sentence names that
            # country; a name of its own ("Islamic Jihad") is that body wherever the sentence says who it fights
            context = set().union(*(items[k].context for k in members))
            national = [f for f in fits if any(w.startswith("@") for w in f[1] - bag)]
            if context:
                fits = [f for f in fits if (f[1] - bag) & context or not any(w.startswith("@") for w in f[1] - bag)]
            elif len({w for f in national for w in f[1] if w.startswith("@")}) > 1:
                fits = [f for f in fits if f not in national]
        if not fits:
            continue
        least = min(f[0] for f in fits)
        # the closest larger names, counted by the body they already name: "National Electoral Council" and
        # "National Electoral Council of X", one body, are one candidate for "National Council", not two
        roots = {uf.find(bags[sup][0]) for extra, sup in fits if extra == least}
        if len(roots) == 1:
            uf.union(next(iter(roots)), members[0])


_OWN_ACRONYM = 3  # letters an acronym needs before it tells one body from another


def _acronyms_of_bags(
    items: list[_Item], groups: list[str], bags: dict[frozenset[str], list[int]]
) -> Callable[[frozenset[str]], frozenset[str]]:
    """The acronyms the corpus writes (alone or defined in brackets) that a bag's names stand for: the ``Kenyan
    Press Council`` is the ``KPC``, the ``Kenyan National Council of the Press`` the ``KNCP``. Two names that
    share their words but each spell an acronym of their own the other cannot are two bodies."""
    forms = {
        _undotted(name)
        for it, g in zip(items, groups, strict=True)
        if g == "ORG"
        for name in (it.mention.name, *it.mention.aliases)
        if _is_acronym(name) and len(_undotted(name)) >= _OWN_ACRONYM
    }

    @functools.cache
    def own(bag: frozenset[str]) -> frozenset[str]:
        names = {items[k].mention.name for k in bags[bag] if len(items[k].mention.name.split()) >= 2}
        return frozenset(a for a in forms if any(abbreviates(a, n) for n in names))

    return own


_IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")


def _merge_ministries_in_a_place(
    analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union
) -> None:
    """``the Moldovan health ministry in Lerovo`` (or ``the health ministry in Lerovo``) is ``the Lerovo health
    ministry``: a ministry placed in a named place is the ministry the corpus names by that place, when one name
    of the corpus is the place's followed by the ministry's own words. A country's possessive or adjective before the
    ministry is left out of that name; a country itself after ``in`` adds nothing the bags do not already say."""
    bags: dict[frozenset[str], list[int]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "ORG" and it.mention.type != "MEDIA":
            bags[org_words(it.mention.name, it.mention.scope)].append(k)
    places = {
        (it.index, it.mention.span.start): it.mention.name
        for it, g in zip(items, groups, strict=True)
        if g == "PLACE" and it.mention.name.casefold() not in country_names()
    }
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        if g != "ORG" or m.type == "MEDIA" or "ministry" not in org_words(m.name, m.scope):
            continue
        after = _IN_PLACE_AFTER.match(analyses[it.index].article.text, m.span.end)
        place = places.get((it.index, after.end())) if after else None
        if place is None:
            continue
        own = [w for w in m.name.split() if not _country_word(w)]
        placed = org_words(" ".join((place, *own)), None)
        if placed == org_words(m.name, m.scope):
            continue
        roots = {uf.find(o) for o in bags.get(placed, [])}
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)


def _country_word(word: str) -> bool:
    low = word.casefold().removesuffix("'s").removesuffix("\u2019s")
    return low in country_names() or word[:1].isupper() and low in demonyms()


def _names_several(name: str) -> bool:
    """Whether a body's name ends in a plural kind (``Societies``, ``Associations``): several bodies together."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in COLLECTIVE_KINDS


# The end of a body's name after its last "of (the)": "International Committee of the Red Cross" -> "Red Cross"
_BELONGS_TO = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<tail>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)+)$")


def _merge_belonging_names(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """``the Red Cross`` in an article that names the ``International Committee of the Red Cross``: a body named
    after what it belongs to is called by that part of its name alone (two capitalised words or more after its
    last "of (the)"), which the article itself ties to it by writing both; with two bodies of the article ending
    so, neither. A country or a nationality right before the short name makes it another body (``the Lerovian Red
    Cross`` is a national society), left alone."""
    tails: dict[tuple[int, str], set[int]] = defaultdict(set)  # (article, the name's end) -> bodies
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "ORG" and it.mention.type != "MEDIA" and (m := _BELONGS_TO.search(it.mention.name)) is not None:
            if not _another_body(m.group("tail")):
                tails[(it.index, m.group("tail").casefold())].add(uf.find(k))
    if not tails:
        return
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        bodies = tails.get((it.index, it.mention.name.casefold())) if g == "ORG" else None
        if bodies is None or len({uf.find(r) for r in bodies}) != 1:
            continue
        start = it.mention.span.start
        before = _WORD_BEFORE.search(analyses[it.index].article.text[max(0, start - 40) : start])
        if before is not None and country_of(before.group(1)) is not None:
            continue
        uf.union(next(iter(bodies)), k)


def _another_body(name: str) -> bool:
    """Whether the end of a body's name names a body of its own, a country's or of a kind (``the Directorate of
    the Lerovian Defence Ministry``: the ministry it is part of, not its short name): a word any body may have, a
    country or a nationality."""
    return any(
        _normal_word(w) in _institution_words() or w.casefold() in _institution_words() or country_of(w) is not None
        for w in _ROLE_WORD.findall(name)
    )


@functools.cache
def _institution_words() -> frozenset[str]:
    """Words any country's body may have ("ministry", "foreign", "national", "security"), as the bags spell them."""
    words = {w.casefold() for w in HEADS} | set(PORTFOLIOS) | set(DESCRIPTION_NEUTRAL) | set(SYNONYMS.values())
    words |= _COMMON_BODY_WORDS
    return frozenset(_normal_word(w) for w in words) | frozenset(words)


_COMMON_BODY_WORDS = frozenset(
    "general security intelligence investigative emergency situation situations electoral supreme constitutional "
    "high special border guard customs tax civil air navy naval coast central federal regional republican people's "
    "main chief joint operational operation operations strategic ground land space rocket missile foreign".split()
)


def _proper_words(bag: frozenset[str]) -> bool:
    """Whether a body's bag has a word of its own name, not only words every country's body may have."""
    return any(not w.startswith("@") and w not in _institution_words() for w in bag)


def _merge_transliterated(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A proper name of a body or building in Cyrillic (``Крокус Сити Холл``, ``Росгвардия``) is the one Latin name
    it spells (``Crocus City Hall``, ``Rosgvardia``), case endings aside; names with institution words are left to the
    bags of words, and a body's name of one short word (``МВД``) to the acronyms."""
    latin: dict[str, set[int]] = defaultdict(set)
    cyr: list[tuple[int, str]] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g not in ("ORG", "PLACE") or it.mention.type == "MEDIA" or g == "PLACE" and " " not in it.mention.name:
            continue
        words = it.mention.name.split()
        if len(words) == 1 and len(words[0]) < _ONE_WORD_BODY:
            continue
        if CYRILLIC.search(it.mention.name):
            if not any(w.casefold() in cyrillic.INSTITUTION_WORDS for w in words):
                cyr.append((k, " ".join(skeleton(w) for w in [*words[:-1], _uninflected(words[-1])])))
        elif all(w[:1].isupper() for w in words):
            latin[" ".join(skeleton(w) for w in words)].add(k)
    for k, key in cyr:
        roots = {uf.find(o) for o in latin.get(key, set())}
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)


def _merge_lone_names(items: list[_Item], groups: list[str], uf: Union) -> None:
    """One organisation's one-word name in Cyrillic and in Latin letters (``Хезболла``, ``Хезболлу`` and
    ``Hezbollah``): the same consonants once case endings and a silent h are set aside (``lone_names.key``), and
    close in spelling. Two Latin spellings are left to the rules for bodies spelled two ways."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g == "ORG" and it.mention.type == "ORG" and lone_key_fits(name):
            by_key[lone_key(name)].append(k)
    for ks in by_key.values():
        latin = [k for k in ks if not CYRILLIC.search(items[k].mention.name)]
        if len({uf.find(k) for k in latin}) != 1:
            continue  # no Latin name, or two bodies spelled alike: unknown which one
        name = items[latin[0]].mention.name
        for k in ks:
            if CYRILLIC.search(items[k].mention.name) and close_spelling(items[k].mention.name, name):
                uf.union(latin[0], k)


# a Ukrainian locative that changes the stem's last consonant ("у Кременчуці", "в Острозі", "у Бахмуті" keeps it):
# the ending and the consonant of the name
_ALTERNATED_LOCATIVE = {"ці": "к", "зі": "г", "сі": "х"}
# Russian and Ukrainian case endings of a one-word place name, longest first ("Сумам", "Конотопа", "Дерны")
_PLACE_ENDINGS = (
    "ами",
    "ями",
    "ому",
    "ого",
    "ах",
    "ях",
    "ам",
    "ям",
    "ом",
    "ой",
    "ою",
    "ей",
    "ы",
    "у",
    "е",
    "и",
    "і",
    "а",
    "я",
    "ю",
)


def _merge_transliterated_places(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A one-word place in Cyrillic that no table knows (``Конотопа``, ``Дерны``, ``Одиша``) is the one Latin place
    name of the corpus it spells, with or without a case ending (``Konotop``, ``Derna``, ``Odisha``): the same
    consonant skeleton and a close spelling; a skeleton two Latin places share decides nothing."""
    latin: dict[str, dict[int, str]] = defaultdict(dict)  # skeleton -> root -> a name
    cyrillic_words: list[tuple[int, str]] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g != "PLACE" or " " in name or len(name) < 4:
            continue
        if CYRILLIC.search(name):
            if place_key(name).startswith("place:"):
                cyrillic_words.append((k, name))
        elif name[:1].isupper() and name.isalpha():
            latin[skeleton(name)][uf.find(k)] = name
    for k, name in cyrillic_words:
        low = name.casefold()
        stems = [name] + [name[: -len(e)] for e in _PLACE_ENDINGS if low.endswith(e) and len(name) - len(e) >= 3]
        if low[-2:] in _ALTERNATED_LOCATIVE and len(name) > 5:
            stems.append(name[:-2] + _ALTERNATED_LOCATIVE[low[-2:]])  # "у Кременчуці": Кременчук
        for stem in stems:
            found = {
                root: other for root, other in latin.get(skeleton(stem), {}).items() if close_spelling(stem, other)
            }
            roots = {uf.find(root) for root in found}
            if len(roots) == 1:
                uf.union(next(iter(roots)), k)
                break
            if roots:
                break  # two places spelled so: neither


def _merge_respelled_bodies(items: list[_Item], groups: list[str], uf: Union) -> None:
    """A body named by one word of its own, spelled two ways in Latin letters (``Hezbollah``/``Hizbollah``,
    ``Rosgvardia``/``Rosgvardiya``), is one body: same skeleton, close spellings, every spelling of the key close to
    every other (a word of fewer than six letters says too little; ``NATO``, in capitals, is an acronym's)."""
    by_key: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g != "ORG" or it.mention.type == "MEDIA" or " " in name or len(name) < _ONE_WORD_BODY:
            continue
        if not name[:1].isupper() or name.isupper() or CYRILLIC.search(name) or not name.isalpha():
            continue
        by_key[skeleton(name)][name.casefold()].add(k)
    for spellings in by_key.values():
        names = sorted(spellings)
        if len(names) < 2 or not all(close_spelling(a, b) for a, b in itertools.combinations(names, 2)):
            continue
        ks = [k for n in names for k in spellings[n]]
        for k in ks[1:]:
            uf.union(ks[0], k)


_ONE_WORD_BODY = 6  # letters of a one-word body's name (Росгвардия, Rosgvardia) before its skeleton is trusted


def _uninflected(word: str) -> str:
    """A Cyrillic word without a one-letter case ending (``Холле`` -> ``Холл``)."""
    return word[:-1] if len(word) > 4 and word[-1] in "еуюиаяы" else word


def _merge_acronyms(items: list[_Item], groups: list[str], uf: Union) -> None:
    """``Foreign Intelligence Service (SVR)``: every ``SVR`` is that service; and acronyms by their initials."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        by_name[(g, _undotted(it.mention.name).casefold())].append(k)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        for alias in it.mention.aliases:
            for other in by_name.get((g, _undotted(alias).casefold()), []):
                uf.union(k, other)
    # Initials: "AFU" = "Armed Forces of Ukraine", "OSCE" = "Organization for Security and Co-operation in Europe"
    acronyms = {
        name: ks
        for (g, name), ks in by_name.items()
        if g in ("ORG", "PLACE") and _is_acronym(items[ks[0]].mention.name)
    }
    if not acronyms:
        return
    for ks in acronyms.values():  # "U.N." and "UN"
        for k in ks[1:]:
            uf.union(ks[0], k)
    expansions: dict[str, set[int]] = defaultdict(set)
    for (g, name), ks in by_name.items():
        if g not in ("ORG", "PLACE") or len(name.split()) < 2:
            continue
        for form in initials(items[ks[0]].mention.name):
            if form in acronyms and groups[acronyms[form][0]] == g:
                expansions[form].add(uf.find(ks[0]))
    # Acronyms everyone knows, whose letters are not the English name's: "FSB" = "Federal Security Service"
    bags: dict[frozenset[str], set[int]] = defaultdict(set)
    for (g, _), ks in by_name.items():
        if g == "ORG" and items[ks[0]].mention.type != "MEDIA":
            for k in ks:
                bags[org_words(items[k].mention.name, items[k].mention.scope)].add(k)
    for form, ks in acronyms.items():
        expansion = ACRONYMS.get(_undotted(items[ks[0]].mention.name))
        if expansion is None or groups[ks[0]] != "ORG" or form in expansions:
            continue
        full = org_words(expansion, None)
        bare = frozenset(w for w in full if not w.startswith("@"))
        found = {uf.find(k) for k in bags.get(full, set()) | bags.get(bare, set())} - {uf.find(ks[0])}
        if len(found) == 1:
            expansions[form].add(next(iter(found)))
    _spelled_acronyms(items, groups, uf, acronyms, expansions)
    for form, roots in expansions.items():
        if len(roots) == 1:  # "DNC" is the Committee or the Convention: with both in the corpus, neither
            uf.union(acronyms[form][0], next(iter(roots)))


def _spelled_acronyms(
    items: list[_Item], groups: list[str], uf: Union, acronyms: dict[str, list[int]], expansions: dict[str, set[int]]
) -> None:
    """Acronyms not made of initials: of a name's word beginnings (``AZAL``, AZerbaijan Air Lines) or of its words
    in the order of the language it was coined in (``CNE`` for the National Electoral Council). The name must
    stand in an article that also writes the acronym; a word-beginning acronym may also take the one name in
    the corpus that fits it."""
    by_initial: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    by_initials: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        if g == "ORG" and it.mention.type != "MEDIA" and len(name.split()) >= 2 and not CYRILLIC.search(name):
            by_initial[fold(name)[:1]][name].append(k)
            if name[:1].isupper():
                by_initials[sorted_initials(name)][name].append(k)
    for form, ks in acronyms.items():
        if form in expansions or groups[ks[0]] != "ORG" or len(form) < 3 or items[ks[0]].mention.type == "MEDIA":
            continue  # an outlet known by its acronym ("IRNA") is no other body's name spelled short
        acronym = items[ks[0]].mention.name
        articles = {items[k].index for k in ks}
        together: set[int] = set()
        spelled: set[int] = set()
        candidates = {**by_initial.get(form[:1], {}), **by_initials.get("".join(sorted(form)), {})}
        if len(candidates) > _MAX_SPELLED_CANDIDATES:  # a big corpus: only the names in the acronym's articles
            candidates = {n: ks2 for n, ks2 in candidates.items() if any(items[o].index in articles for o in ks2)}
        for name, named in candidates.items():
            prefixes = spelled_by_prefixes(acronym, name)
            if not prefixes and not initials_permuted(acronym, name):
                continue
            roots = {uf.find(k) for k in named}
            if any(items[k].index in articles for k in named):
                together |= roots
            if prefixes:
                spelled |= roots
        if len(together) == 1:
            expansions[form] |= together
        elif not together and len(spelled) == 1:
            expansions[form] |= spelled


_MAX_SPELLED_CANDIDATES = 400  # names an acronym is compared with corpus-wide before only its articles' count


def _undotted(name: str) -> str:
    """``U.N.`` -> ``UN``: a dotted acronym is its undotted form (``U.S.`` is left to the place tables)."""
    return name.replace(".", "") if _is_acronym(name) and "." in name else name


_CAPITAL = "A-Z\u0410-\u042f\u0401\u0406\u0407\u0404\u0490"  # Latin and Cyrillic capitals: "IRGC", "КСИР"
_ACRONYM = re.compile(rf"[{_CAPITAL}][{_CAPITAL}.]{{1,7}}")


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM.fullmatch(name)) and name not in ("US", "U.S.")


def _merge_events(items: list[_Item], groups: list[str], uf: Union) -> None:
    """Events with the same subject are one event; an unnamed aircraft's loss joins the one aircraft loss."""
    at: dict[tuple[int, int, int], int] = {
        (it.index, it.mention.span.start, it.mention.span.end): k for k, it in enumerate(items)
    }
    by_subject: dict[int, list[int]] = defaultdict(list)
    generic: list[int] = []
    aircraft_subjects = set()
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "EVENT":
            continue
        m = it.mention
        if m.about is None:
            generic.append(k)
            continue
        subject = at.get((it.index, m.about.start, m.about.end))
        if subject is None:
            continue
        root = uf.find(subject)
        by_subject[root].append(k)
        subj = items[subject].mention
        if any(w in AIRCRAFT_WORDS for w in subj.text.lower().split()) or is_aircraft(subj.text):
            aircraft_subjects.add(root)
    for ks in by_subject.values():
        for k in ks[1:]:
            uf.union(ks[0], k)
    # an aircraft is known as one when any of its mentions calls it a plane, aircraft, airliner ...
    for k, it in enumerate(items):
        if groups[k] == "EQUIPMENT" and (
            any(w in AIRCRAFT_WORDS for w in it.mention.text.lower().split()) or is_aircraft(it.mention.text)
        ):
            aircraft_subjects.add(uf.find(k))
    losses = [ks[0] for root, ks in by_subject.items() if root in aircraft_subjects]
    if len(losses) == 1:
        for k in generic:
            if any(w in AIRCRAFT_WORDS for w in items[k].mention.text.lower().split()):
                uf.union(losses[0], k)
    else:
        seen: dict[str, int] = {}
        for k in generic:
            m = items[k].mention
            # a named storm by its own name, whatever kind each report calls it ("Storm X", "Cyclone X")
            key = next(filter(None, map(storm_key, (m.name, *m.aliases))), None) or m.name.casefold()
            if key in seen:
                uf.union(seen[key], k)
            else:
                seen[key] = k


_LOWER_CASE_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _propagate(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """Names the model missed in one article but the corpus knows: ``Dagalo`` alone where another article named
    ``Mohamed Hamdan Dagalo``, ``RSF`` where another defined it. Only a name that belongs to one entity, in one
    pass per article, never inside or beside another capitalised name."""
    owners: dict[str, set[int]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        m = it.mention
        if g == "PERSON" and CYRILLIC.search(m.name) is None:
            words = [w for w in m.name.split() if w.lower().strip(".") not in _HONORIFICS]
            if len(words) >= 2:
                owners[words[-1]].add(uf.find(k))
            elif words:
                owners[words[0]].add(uf.find(k))  # a lone surname already linked (or not) says who it is
        elif g == "ORG" and m.type != "MEDIA" and _is_acronym(m.name) and len(m.name) >= 3:
            owners[m.name].add(uf.find(k))
        elif g == "PLACE" and len(m.name.split()) == 1 and CYRILLIC.search(m.name) is None:
            owners[m.name].add(uf.find(k))  # a village no table knows ("Przewodow"), written as the corpus writes it
        elif len(m.name.split()) == 1:
            owners[m.name].add(-1)  # the name of something else somewhere: not safe to spread
    # a name that is also a common word ("May", "Young", "Church") is not spread: the corpus writes it in lower case
    lower = {w for a in analyses for w in _LOWER_CASE_WORD.findall(a.article.text)} | _CALENDAR
    names = {
        n: next(iter(rs))
        for n, rs in owners.items()
        if len(rs) == 1
        and -1 not in rs
        and len(n) >= 3
        and n.casefold() not in lower
        and n[:1].isupper()
        and not is_given_name(n)
        and n.casefold() not in country_names()
        and n.casefold() not in cities()
        and n.casefold() not in demonyms()
        and n.casefold() not in areas()
        and n not in ACRONYMS
    }
    if not names:
        return
    # a place is also found without its accents or with them ("Przewodów" where the corpus wrote "Przewodow")
    unaccented = _unaccented_places(names, groups)
    taken = _Taken(items)
    for index, analysis in enumerate(analyses):
        text = analysis.article.text
        for word in _CAPITALISED.finditer(text):  # every capitalised word looked up: linear in the text
            root = names.get(word.group(0))
            if root is None and unaccented:
                w = word.group(0)
                root = unaccented.get(w.casefold() if w.isascii() else fold(w))
            if root is None:
                continue
            if not taken.free(index, word.start(), word.end()):
                continue
            if _beside_a_name(text, word.start(), word.end()):
                continue
            mention = Mention(
                span=Span(word.start(), word.end()),
                text=word.group(0),
                type=items[root].mention.type,
                name=word.group(0),
            )
            items.append(_Item(analysis.article.id, index, mention))
            groups.append(groups[root])
            uf.parent.append(len(uf.parent))
            uf.union(root, len(items) - 1)


def _propagate_national_acronyms(
    analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union
) -> None:
    """``the RF IC``, ``the Moldovan MVD``: a body's acronym that the corpus knows, written right after its country's
    abbreviation or adjective where the model saw no name, is that body, the two words together one name of it. Only
    the acronym of one body, whose names say one country, and that country's: ``China CDC`` is no ``CDC`` of
    another."""
    countries: dict[int, set[str]] = defaultdict(set)
    owners: dict[str, set[int]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "ORG" or it.mention.type == "MEDIA":
            continue
        root = uf.find(k)
        countries[root].update(w for w in org_words(it.mention.name, it.mention.scope) if w.startswith("@"))
        if _is_acronym(it.mention.name):
            owners[_undotted(it.mention.name)].add(root)
    owned = {a: next(iter(rs)) for a, rs in owners.items() if len(rs) == 1 and len(countries[next(iter(rs))]) == 1}
    if not owned:
        return
    pattern = re.compile(
        r"(?<![\w.-])(?P<country>[A-Z][\w.]*)[ \t]+(?P<acronym>"
        + "|".join(re.escape(a) for a in sorted(owned, key=len, reverse=True))
        + r")(?![\w-])"
    )
    taken = _Taken(items)
    for index, analysis in enumerate(analyses):
        text = analysis.article.text
        for m in pattern.finditer(text):
            word = m.group("country").casefold()
            country = country_names().get(word) or country_names().get(word.replace(".", "")) or demonyms().get(word)
            root = owned[m.group("acronym")]
            if country is None or "@" + country.casefold() not in countries[root]:
                continue
            if not taken.free(index, m.start(), m.end()):
                continue
            surface = m.group(0)
            mention = Mention(span=Span(m.start(), m.end()), text=surface, type="ORG", name=surface)
            _add_mention(items, groups, uf, root, _Item(analysis.article.id, index, mention))


class _Taken:
    """The stretches of each article that the mentions found before linking cover (taken when the linker starts
    adding mentions of its own: the names it spreads go only where no mention stands)."""

    def __init__(self, items: Sequence[_Item]) -> None:
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for it in items:
            spans[it.index].append((it.mention.span.start, it.mention.span.end))
        self._spans = {index: sorted(found) for index, found in spans.items()}
        self._starts = {index: [a for a, _ in found] for index, found in self._spans.items()}

    def free(self, index: int, start: int, end: int) -> bool:
        """No mention of article ``index`` overlaps ``start:end``."""
        spans, starts = self._spans.get(index, []), self._starts.get(index, [])
        at = bisect.bisect_right(starts, start) - 1
        return not (at >= 0 and spans[at][1] > start or at + 1 < len(spans) and spans[at + 1][0] < end)


_LONG_NAME_GROUPS = frozenset({"ORG", "PERSON", "PLACE"})
_DEMONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+\Z")


def _propagate_long_names(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """Names of two words or more the model missed in one article but found in another (``the General Staff``,
    ``Promethazine Oral Solution``): each place the text writes one that belongs to one entity only, outside every
    mention and not inside a longer capitalised name, is a mention of it. A nationality right before it makes a
    name form of it when the entity is that country's (``the Lerovian General Staff``); of another country, the name
    is left alone."""
    owners: dict[str, set[int]] = defaultdict(set)
    countries: dict[int, set[str]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        name = it.mention.name
        root = uf.find(k)
        if g == "ORG":
            countries[root].update(w for w in org_words(name, it.mention.scope) if w.startswith("@"))
        if g in _LONG_NAME_GROUPS and name.count(" ") >= 1 and name[:1].isupper() and not CYRILLIC.search(name):
            owners[name].add(root)
        elif " " in name:
            owners[name].add(-1)
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name, roots in owners.items():
        if len(roots) == 1 and -1 not in roots:
            by_first[name.split(" ", 1)[0]].append((name, next(iter(roots))))
    if not by_first:
        return
    taken = _Taken(items)
    for index, analysis in enumerate(analyses):
        text = analysis.article.text
        for word in _CAPITALISED.finditer(text):
            for name, root in by_first.get(word.group(0), ()):
                start, end = word.start(), word.start() + len(name)
                if not text.startswith(name, start) or text[end : end + 1].isalnum():
                    continue
                if not taken.free(index, start, end):
                    continue
                forms: tuple[str, ...] = ()
                before = _DEMONYM_BEFORE.search(text, max(0, start - 30), start)
                if before is not None and before.group(1).casefold() in demonyms():
                    if "@" + demonyms()[before.group(1).casefold()].casefold() not in countries[root]:
                        continue  # "the Lerovian General Staff" is not the General Staff of the corpus's other country
                    forms = (f"{before.group(1)} {name}",)
                elif _beside_a_name(text, start, end):
                    continue
                mention = replace(items[root].mention, span=Span(start, end), text=name, name=name, aliases=forms)
                mention = replace(mention, role=None)
                _add_mention(items, groups, uf, root, _Item(analysis.article.id, index, mention))
                break


def _unaccented_places(names: dict[str, int], groups: list[str]) -> dict[str, int]:
    """The places among the names to spread, keyed by their spelling without accents (``Przewodow``); a spelling
    two of them share is left out."""
    roots: dict[str, set[int]] = defaultdict(set)
    for name, root in names.items():
        if groups[root] == "PLACE":
            roots[fold(name)].add(root)
    return {n: next(iter(rs)) for n, rs in roots.items() if len(rs) == 1}


@functools.cache
def _description_kinds(head: str) -> frozenset[str]:
    """The kinds of body a description's head may describe, as the bags of words spell them."""
    return frozenset(_normal_word(w) for w in DESCRIPTION_HEADS[head])


def _merge_descriptions(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """``the electoral authority``, ``Russia's aviation watchdog``, ``the Indonesian football association``: a body
    described by what it does is the one body whose names have the description's words, in its article first, then
    in the corpus; with two such bodies, or none, the description stays unlinked."""
    words_of: dict[int, set[str]] = defaultdict(set)
    countries_of: dict[int, set[str]] = defaultdict(set)
    articles_of: dict[int, set[int]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g == "ORG" and it.mention.type != "MEDIA":
            root = uf.find(k)
            bag = org_words(it.mention.name, it.mention.scope)
            words_of[root].update(w for w in bag if not w.startswith("@"))
            countries_of[root].update(w for w in bag if w.startswith("@"))
            articles_of[root].add(it.index)
    if not words_of:
        return
    postings: dict[str, set[int]] = defaultdict(set)
    for root, words in words_of.items():
        for w in words:
            postings[w].add(root)
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    at_span: dict[tuple[int, int, int], int] = {}
    for k, it in enumerate(items):
        taken[it.index].append((it.mention.span.start, it.mention.span.end))
        at_span[(it.index, it.mention.span.start, it.mention.span.end)] = k
    for index, analysis in enumerate(analyses):
        text = analysis.article.text
        for m in descriptions(text):
            found = _described_body(m, words_of, countries_of, articles_of, postings, index)
            if found is None:
                continue
            start, end = span_of(m)
            if any(a < end and start < b and (a < start or b > end) for a, b in taken[index]):
                continue  # part of a longer name
            _add_mention(items, groups, uf, found, _body_item(analysis, index, start, end))
            after = _ACRONYM_IN_BRACKETS.match(text, end)
            if after is None or after.group(1).casefold() in country_names():
                continue
            # "the Indonesian football association (PSSI)": the acronym in brackets is the described body's name
            a, b = after.span(1)
            if (index, a, b) in at_span:
                uf.union(found, at_span[(index, a, b)])
            elif not any(x < b and a < y for x, y in taken[index]):
                _add_mention(items, groups, uf, found, _body_item(analysis, index, a, b))


@functools.cache
def _service_kinds() -> tuple[dict[str, str], dict[tuple[str, str], str], re.Pattern[str]]:
    """The kinds of national service (``institutions.NATIONAL_SERVICES`` and their names in other languages) keyed
    by their letters alone (``coastguard``), the countries' own names of services keyed so too, and one pattern
    finding any of them as written: spaced, hyphenated or closed up, singular or plural."""
    kinds = {_service_key(k): v for k, v in (NATIONAL_SERVICES | exonyms.NATIONAL_SERVICES).items()}
    own = {
        (country, _service_key(name)): v
        for (country, name), v in (NATIONAL_SERVICE_NAMES | exonyms.NATIONAL_SERVICE_NAMES).items()
    }
    names = {n for _, n in NATIONAL_SERVICE_NAMES} | {n for _, n in exonyms.NATIONAL_SERVICE_NAMES}
    forms = sorted(set(NATIONAL_SERVICES) | set(exonyms.NATIONAL_SERVICES) | names, key=len)
    alternatives = ["[ \\t-]?".join(re.escape(w) for w in _SERVICE_WORD_BREAK.split(f)) for f in reversed(forms)]
    pattern = re.compile(r"(?<![\w-])(?P<kind>" + "|".join(alternatives) + r")s?(?![\w-])", re.IGNORECASE)
    return kinds, own, pattern


_SERVICE_WORD_BREAK = re.compile(r"[ \t-]+")


def _service_key(kind: str) -> str:
    """A service's kind by its letters alone: ``coast guard``, ``coast-guard``, ``Coastguards`` -> ``coastguard``."""
    return _SERVICE_WORD_BREAK.sub("", fold(kind))


# The country before a service: "Greece's", "the Greek", "the United States'"; the last one or two capitalised words
_COUNTRY_BEFORE = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?P<owner>['\u2019]s?)?[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_ARTICLES_CF = frozenset("the a an le la les l il lo gli el los las die der".split())


def _service_country(text: str, start: int, end: int) -> tuple[str | None, int, int, bool]:
    """The country a service's kind at [start, end) is written with, and the span of the whole description: an
    English adjective or possessive before it (``the Greek coastguard``, ``Greece's coast guard``), another
    language's adjective after it (``les garde-côtes grecs``, ``la Guardia costiera greca``). The last value says
    whether the kind is part of a longer capitalised name (``Kalamata Coast Guard``, ``Coast Guard Command``): no
    description then."""
    country = None
    capitalised = text[start:end][:1].isupper()
    before = _COUNTRY_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        name = before.group("name")
        last = name.split()[-1]
        for phrase in dict.fromkeys((name, last)):
            low = phrase.casefold()
            country = country_names().get(low) or (None if before.group("owner") else demonyms().get(low))
            if country is not None:
                start = before.start("name") + (0 if phrase == name else name.rindex(last))
                break
        else:
            head = text[max(0, start - 80) : before.start("name") + name.rindex(last)]
            if capitalised and last.casefold() not in _ARTICLES_CF and not _SENTENCE_START_BEFORE.search(head):
                return None, start, end, True
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        if country is None and (adjective := foreign_demonyms().get(fold(word))) is not None:
            return adjective, start, after.end(), False
        if capitalised and word[:1].isupper() and word.casefold() not in demonyms():
            return None, start, end, True
    return country, start, end, False


def _merge_national_services(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """A country's service named by its kind (``institutions.NATIONAL_SERVICES``): ``the Greek coastguard``,
    ``Greece's coast guard``, ``the Hellenic coast guards``, ``les garde-côtes grecs``, ``la Guardia costiera greca``
    are one body, whatever the adjective, the language or the spacing of the kind. The kind alone (``the
    coastguard said``) is the service of the country last named with one before it in the article, else of the one
    country whose service the corpus names; never one the corpus names for two countries and the article for none.
    A country's own name for a service (``the Greek port authorities``) is read only with the country. A mention
    the model made inside the description (``Coast Guard``) joins it; a longer name around it is left alone."""
    kinds, own, pattern = _service_kinds()
    found: list[list[tuple[int, int, str, str | None]]] = []
    corpus: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        text = analysis.article.text
        here = []
        for m in pattern.finditer(text):
            key = _service_key(m.group("kind"))
            country, start, end, inside = _service_country(text, m.start(), m.end())
            if inside:
                continue
            service = kinds.get(key)
            if service is None:
                service = own.get((country, key)) if country is not None else None
                if service is None:
                    continue
            elif country is None and service in NAMED_ONLY_SERVICES:
                continue  # "the authorities": whose, the sentence does not say
            here.append((start, end, service, country))
            if country is not None:
                corpus[service].add(country)
        found.append(here)
    if not any(found):
        return
    taken: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for k, it in enumerate(items):
        taken[it.index].append((it.mention.span.start, it.mention.span.end, k))
    roots: dict[tuple[str, str], int] = {}
    for index, (analysis, here) in enumerate(zip(analyses, found, strict=True)):
        text = analysis.article.text
        last: dict[str, str] = {}
        for start, end, service, country in here:
            if country is None:
                country = last.get(service) or (next(iter(corpus[service])) if len(corpus[service]) == 1 else None)
                if country is None:
                    continue
            else:
                last[service] = country
            inner = [k for a, b, k in taken[index] if a < end and start < b]
            if any(items[k].mention.span.start < start or items[k].mention.span.end > end for k in inner):
                continue  # part of a longer name
            surface = text[start:end]
            item = _Item(
                analysis.article.id,
                index,
                Mention(span=Span(start, end), text=surface, type="ORG", name=surface, scope=country),
            )
            body = (country, service)
            if body in roots:
                _add_mention(items, groups, uf, roots[body], item)
            else:
                items.append(item)
                groups.append("ORG")
                uf.parent.append(len(uf.parent))
                roots[body] = len(items) - 1
            for k in inner:
                if groups[k] == "ORG" and items[k].mention.type != "MEDIA":
                    uf.union(roots[body], k)  # "Coast Guard" the model found: this service


_ACRONYM_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Z.&-]{0,8}[A-Z])\.?[ \t]*\)")


def _body_item(analysis: Analysis, index: int, start: int, end: int) -> _Item:
    """A body named at ``[start, end)`` of an article's text (a description or its bracketed acronym), as an item."""
    surface = analysis.article.text[start:end]
    return _Item(analysis.article.id, index, Mention(span=Span(start, end), text=surface, type="ORG", name=surface))


def _add_mention(items: list[_Item], groups: list[str], uf: Union, root: int, item: _Item) -> None:
    """A mention the linker found itself, joined to the entity at ``root``."""
    items.append(item)
    groups.append("ORG" if item.mention.type == "ORG" else groups[root])
    uf.parent.append(len(uf.parent))
    uf.union(root, len(items) - 1)


_OFFICE = "|".join(sorted(OFFICES))
_PLACE_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?"
# "the mayor of Lerovo", "the governor of the Harbour region" / "Lerovo's mayor", "the Lerovo mayor"
_OFFICE_OF = re.compile(
    rf"(?<![\w-])[Tt]he (?P<office>{_OFFICE}) of (?:the )?(?:(?:city|town|region|province) of )?"
    rf"(?P<place>{_PLACE_NAME})"
)
_PLACE_OFFICE = re.compile(
    rf"(?<![\w-])(?:[Tt]he )?(?P<place>{_PLACE_NAME})(?:['\u2019]s)? (?P<office>{_OFFICE})(?![\w-])"
)
_NAME_NEXT = re.compile(r",? [A-Z][a-z]")
# "le maire de Moscou", "le gouverneur de la région de Lerovo", "l'ambassadeur de France": a French office of a place
_OFFICE_OF_FR = re.compile(
    r"(?<![\w-])(?:[Ll][ea] |[Ll]['\u2019])(?P<office>"
    + "|".join(sorted(exonyms.OFFICES, key=len, reverse=True))
    + r") (?:de la (?:ville|région|province) )?(?:de |d['\u2019]|du )"
    rf"(?P<place>{_PLACE_NAME})"
)


_OFFICES_FR = "|".join(sorted(exonyms.OFFICES, key=len, reverse=True))
# "préfet de police de Paris", "procureur de la République de Nanterre": a French office, of a place where one follows
_OFFICE_PHRASE_FR = rf"(?P<office>(?:{_OFFICES_FR})(?: (?:de la |de |d['\u2019]|du )(?:{_PLACE_NAME}))?)"
_OFFICE_AFTER_NAME_FR = re.compile(rf"\A,? {_OFFICE_PHRASE_FR}(?=[,.;)])")  # "Laurent Roe, préfet de police, a dit"
_OFFICE_BEFORE_NAME_FR = re.compile(rf"(?<![\w-])(?:[Ll][ea] |[Ll]['\u2019]){_OFFICE_PHRASE_FR},? \Z")  # "le préfet, X"


def _merge_french_appositive_offices(
    analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union
) -> None:
    """``Laurent Roe, préfet de police de Lerovo, a expliqué``, ``le préfet de police de Lerovo, Laurent Roe, a dit``:
    in a French article, the office set beside a person's full name by a comma is that person's. The office becomes
    a name of the person's entity, with the office as its role, so that ``le préfet de police`` alone elsewhere finds
    its holder (``_merge_office_holders``)."""
    found: list[_Item] = []
    roots: list[int] = []
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        if g != "PERSON" or analyses[it.index].article.language != "fr" or " " not in it.mention.name.strip():
            continue
        text = analyses[it.index].article.text
        span = it.mention.span
        m = _OFFICE_AFTER_NAME_FR.match(text[span.end : span.end + 80])
        if m is not None:
            start, end = span.end + m.start("office"), span.end + m.end("office")
        elif (m := _OFFICE_BEFORE_NAME_FR.search(text[max(0, span.start - 80) : span.start])) is not None:
            start, end = max(0, span.start - 80) + m.start("office"), max(0, span.start - 80) + m.end("office")
        else:
            continue
        office = text[start:end]
        mention = Mention(span=Span(start, end), text=office, type="PERSON", name=office, role=office)
        found.append(_Item(it.article, it.index, mention))
        roots.append(k)
    for root, item in zip(roots, found, strict=True):
        _add_mention(items, groups, uf, root, item)


def _merge_office_holders(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """``the mayor of Lerovo said`` in an article that never names him: the one person of the corpus whose role is
    that office (of that place, where the role names one), in the description's article first; with two such
    people, or none, the description stays unlinked."""
    holders: dict[str, dict[int, str]] = defaultdict(dict)  # office -> root -> the role's words
    articles_of: dict[int, set[int]] = defaultdict(set)
    for k, (it, g) in enumerate(zip(items, groups, strict=True)):
        role = (it.mention.role or "").casefold()
        if g != "PERSON" or not role:
            continue
        root = uf.find(k)
        articles_of[root].add(it.index)
        for office in OFFICES & {exonyms.OFFICES.get(w, w) for w in _ROLE_WORD.findall(role)}:
            holders[office][root] = holders[office].get(root, "") + " " + role
    if not holders:
        return
    taken: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for it, g in zip(items, groups, strict=True):
        taken[it.index].append((it.mention.span.start, it.mention.span.end, g))
    for index, analysis in enumerate(analyses):
        text = analysis.article.text
        for start, end, office, key in _office_descriptions(text, analysis.article.language):
            if not holders.get(office) or any(a < end and start < b and g == "PERSON" for a, b, g in taken[index]):
                continue
            country = country_of(key)
            if country is not None:  # "the Chilean ambassador": a country's office, held only by whom a role ties to it
                fits = {r for r, role in holders[office].items() if _role_countries(role) == {country}}
            else:  # "the mayor of Lerovo": a town's office, also held by one whose role names no place
                fits = {r for r, role in holders[office].items() if key in role or not _names_a_place(role)}
            here = {r for r in fits if index in articles_of[r]}
            pick = here or fits
            if len(pick) != 1:
                continue
            mention = Mention(span=Span(start, end), text=text[start:end], type="PERSON", name=text[start:end])
            items.append(_Item(analysis.article.id, index, mention))
            groups.append("PERSON")
            uf.parent.append(len(uf.parent))
            uf.union(next(iter(pick)), len(items) - 1)


def _office_descriptions(text: str, language: str | None) -> Iterator[tuple[int, int, str, str]]:
    """Where an article names a person by an office of a place alone: (start, end, the office in English, the
    place's name casefolded). ``the mayor of Lerovo``, ``Lerovo's mayor``; in French ``le maire de Moscou`` (the
    office by ``exonyms.OFFICES``, the place by its English name where the tables know it; an unknown place only
    for an office only a place has, a mayor's or a governor's). Not before a name (``the Mayor Jane Roe``,
    ``le maire de Moscou, Sergueï Sobianine``): the name's own mention holds the title."""
    if language == "fr":
        for m in _BARE_OFFICE_FR.finditer(text):
            yield m.start("office"), m.end("office"), exonyms.OFFICES[m.group("office")], ""
        for m in _OFFICE_OF_FR.finditer(text):
            office, place = exonyms.OFFICES[m.group("office")], m.group("place")
            if _NAME_NEXT.match(text, m.end()):
                continue
            key = fold(place)
            english = cities().get(key) or areas().get(key) or country_names().get(key)
            if english is None and office not in _PLACE_ONLY_OFFICES:
                continue  # "le président du Conseil": a body's office, which no table says is a place's
            start = m.start("office")
            yield start, m.end(), office, (english or place).casefold()
        return
    for m in itertools.chain(_OFFICE_OF.finditer(text), _PLACE_OFFICE.finditer(text)):
        office, place = m.group("office"), m.group("place")
        if place.casefold() in _TITLE_WORDS_CF or _NAME_NEXT.match(text, m.end()):
            continue  # "the Mayor Jane Roe": a title before a name, which the name's own mention holds
        definite = text[m.start() : m.start() + 4].casefold() == "the "
        if not definite and text[m.end("place") : m.end("place") + 2] not in ("'s", "\u2019s"):
            continue  # "a Lerovo spokesman" is some spokesman, not the one the corpus names
        start = m.start() + 4 if definite else m.start()
        yield start, m.end(), office, place.casefold().removesuffix("'s").removesuffix("\u2019s")


# "le préfet de police a dit": a French office of several words, alone (no place after it, no name), which one
# person holds; never a one-word office ("le président"), which many do
_BARE_OFFICE_FR = re.compile(
    r"(?<![\w-])(?:[Ll][ea] |[Ll]['\u2019])(?P<office>"
    + "|".join(sorted((o for o in exonyms.OFFICES if " " in o), key=len, reverse=True))
    + r")(?![\w-])(?! d(?:e |u |['\u2019]))(?!,? [A-Z])"
)

_PLACE_ONLY_OFFICES = frozenset({"mayor", "governor"})  # offices only a place has: of a town or a region

_TITLE_WORDS_CF = frozenset({"the", "a", "an", "former", "new", "acting", "deputy", "vice"})

# "the prosecutor", "the ministry": a bare office or kind of body after "the", not "the ministry of X" nor "the
# mayor Jane Roe" (whose own mention holds the title)
_BARE_HEAD = re.compile(
    r"(?<![\w-])[Tt]he (?P<head>" + "|".join(sorted(OFFICES | BODY_HEADS)) + r")(?![\w-])(?! of )(?!,? [A-Z])"
)


def _merge_bare_descriptions(analyses: Sequence[Analysis], items: list[_Item], groups: list[str], uf: Union) -> None:
    """``the prosecutor``, ``the mayor``, ``the ministry`` after the article has named the holder (``Chief prosecutor
    Anna Velik``) or the body (``the Lerovo Health Ministry``): the one person whose role is that office, or the one
    body of that kind, named before it in the same article; with two (a mayor and another mayor, two ministries),
    or none, the description stays unlinked. Never across articles: "the mayor" of one story is not another's."""
    before: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # article -> (start, end, item) in order
    for k, it in enumerate(items):
        before[it.index].append((it.mention.span.start, it.mention.span.end, k))
    for index, analysis in enumerate(analyses):
        spans = sorted(before.get(index, []))
        if not spans:
            continue
        text = analysis.article.text
        for m in _BARE_HEAD.finditer(text):
            start, end, head = m.start("head"), m.end(), m.group("head")
            if any(a < end and start < b for a, b, _ in spans):
                continue
            fits: set[int] = set()
            for a, _, k in spans:
                if a >= m.start():
                    break
                if _holds(items[k].mention, groups[k], head):
                    fits.add(uf.find(k))
            if len(fits) != 1:
                continue
            root = next(iter(fits))
            mention = Mention(span=Span(start, end), text=text[start:end], type=items[root].mention.type, name=head)
            items.append(_Item(analysis.article.id, index, mention))
            groups.append(groups[root])
            uf.parent.append(len(uf.parent))
            uf.union(root, len(items) - 1)


def _holds(m: Mention, group: str, head: str) -> bool:
    """Whether a mention is of a person whose role is the office ``head`` or of a body of the kind ``head``."""
    if head in OFFICES:
        return group == "PERSON" and head in _ROLE_WORD.findall((m.role or "").casefold())
    if group != "ORG" or m.type == "MEDIA":
        return False
    words = m.name.casefold().split()
    return org_head(m.name) == _normal_word(head) or bool(words) and words[-1] == head  # "the Hamda movement"


def _names_a_place(role: str) -> bool:
    """Whether a role's words name a place or a country (``kramatorsk mayor``, ``ukrainian president``)."""
    return any(
        w in cities() or w in country_names() or w in demonyms() or w in areas() or place_key(w).startswith("region")
        for w in _ROLE_WORD.findall(role)
    )


def _role_countries(role: str) -> set[str]:
    return {c for w in _ROLE_WORD.findall(role) if (c := country_of(w.removesuffix("'s").removesuffix("\u2019s")))}


_ROLE_WORD = re.compile(r"[\w'\u2019-]+")


def _described_body(
    m: re.Match[str],
    words_of: dict[int, set[str]],
    countries_of: dict[int, set[str]],
    articles_of: dict[int, set[int]],
    postings: dict[str, set[int]],
    index: int,
) -> int | None:
    country = owner_country(m)
    content = {_normal_word(w) for w in m.group("mods").split() if w not in DESCRIPTION_NEUTRAL}
    content.discard("")
    if not content:
        return None  # "the national authority" says nothing of what it does
    bodies = set.intersection(*(postings.get(w, set()) for w in content))
    need = _description_kinds(m.group("head"))
    bodies = {
        r
        for r in bodies
        if need & words_of[r]
        and (country is None or not countries_of[r] or "@" + country.casefold() in countries_of[r])
    }
    if country is not None and (named := {r for r in bodies if "@" + country.casefold() in countries_of[r]}):
        bodies = named  # "the Lerovian football association": a body the corpus names Lerovian before one it does not
    here = {r for r in bodies if index in articles_of[r]}
    pick = here or bodies
    return next(iter(pick)) if len(pick) == 1 else None


_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\"\u201d]\s+|\n\s*)$")


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Is a word at [start, end) part of a longer capitalised name (``Dagalo Street``, ``Ahmed Dagalo``)?"""
    after = _CAPITALISED_WORD_AFTER.match(text[end : end + 40])
    if after:
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    if not word[:1].isupper() or word.lower().strip(".") in _HONORIFICS:
        return False
    head = text[max(0, start - 80) : start - len(before.group(0))]
    return not _SENTENCE_START_BEFORE.search(head)  # a capitalised first word of a sentence is no name


# the "-ий"/"-ій" of a Slavic surname as English writes it, one "y" ("Polyanskiy" -> "Polyansky")
_ENGLISH_Y = re.compile(r"(?<=[a-z])i[yj]\b")


def _entities(items: list[_Item], uf: Union, types: list[str]) -> tuple[Entity, ...]:
    index_of = {it.article: it.index for it in items}
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        members[uf.find(k)].append(k)
    order = sorted(members.values(), key=lambda ks: min((items[k].index, items[k].mention.span.start) for k in ks))
    out = []
    for n, ks in enumerate(order, start=1):
        ms = [items[k].mention for k in ks]
        etype = _vote_type([types[k] for k in ks])
        if etype == "MEDIA" and any(types[k] == "FAC" and facility_key(items[k].mention.name) for k in ks):
            # a facility named by its place and kind ("X nuclear power plant") is no outlet, whatever one mention
            # of its acronym was typed ("the XNPP site")
            etype = _vote_type([types[k] for k in ks if types[k] != "MEDIA"])
        name = _best_name(ms, etype)
        surfaces = _surfaces(ms)
        names = (surfaces | {m.name for m in ms} | {a for m in ms for a in m.aliases}) - {name}
        if etype == "PERSON" and all(CYRILLIC.search(n) for n in (name, *names)):
            latin = to_latin(name)
            names.add(latin)  # "Николай Патрушев", named in Cyrillic only: also "Nikolay Patrushev"
            head, _, surname = latin.rpartition(" ")
            # and the surname as the English press ends it: "Dmitriy Polyansky", "Vladimir Zelensky"
            names.add(f"{head} {_ENGLISH_Y.sub('y', surname)}".strip())
        aliases = tuple(sorted(names - {name}, key=alias_order))
        roles = Counter(m.role for m in ms if m.role)
        refs = sorted(
            {
                MentionRef(article=items[k].article, start=items[k].mention.span.start, end=items[k].mention.span.end)
                for k in ks
            },
            key=lambda r: (index_of[r.article], r.start, r.end),
        )
        out.append(
            Entity(
                id=f"E{n}",
                name=name,
                type=etype,
                aliases=aliases,
                role=roles.most_common(1)[0][0] if roles else None,
                mentions=tuple(refs),
            )
        )
    return tuple(out)


def _surfaces(ms: Iterable[Mention]) -> set[str]:
    return {" ".join(m.text.split()) for m in ms}


def _vote_type(types: list[str]) -> str:
    counts = Counter(types)
    return max(counts, key=lambda t: (_TYPE_RANK.get(t, 0), counts[t], t))


def _best_name(ms: list[Mention], etype: str) -> str:
    names = Counter(m.name for m in ms)
    if etype == "PERSON":  # a name before a description ("mayor of Lerovo"), a full name before a surname
        return max(
            names,
            key=lambda n: (n[:1].isupper(), len(n.split()) > 1, names[n], not CYRILLIC.search(n), -len(n), n),
        )
    if etype in ("GPE", "LOC"):
        for n in names:
            key = n.casefold()
            key = cyrillic.COUNTRIES.get(key, cyrillic.CITIES.get(key, key)).casefold()
            if key in country_names():
                return country_names()[key]
            if key in cities():
                return cities()[key]
            if key in areas():
                return areas()[key]
    if etype == "EVENT":
        return max(names, key=lambda n: (names[n], -len(n), n))
    if etype == "MEDIA" and (known := [n for n in names if n in media.outlets()]):
        return max(known, key=lambda n: (len(n.split()), names[n], n))  # "The Wall Street Journal", not "Journal"
    return max(
        names,
        key=lambda n: (
            n[:1].isupper(),
            not _is_acronym(n),
            names[n],
            not CYRILLIC.search(n),
            len(n.split()),
            n,
        ),
    )
