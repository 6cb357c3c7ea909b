"""Russian and Ukrainian mentions, corrected: outlets, platforms, roles, and names natasha glued to a place.

natasha types ``ТАСС`` ORG and ``Укрінформ`` PERSON, misses ``Интерфаксу``, and
reads ``Мер Харкова Ігор Терехов`` as one name. Outlets are typed MEDIA under
their canonical (Latin) name, so that ``ТАСС`` and ``TASS`` are one entity; a
person gets the title that stands before the name (``пресс-секретарь президента
России Дмитрий Песков``) or after it in an apposition (``Мария Захарова,
официальный представитель МИД,``), as ``roles.py`` does for English.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ..data import cyrillic, media
from ..data.facilities import FACILITY_KINDS, FACILITY_STEMS_CYRILLIC
from ..model import Mention, Span

_VOWEL_END = "аеёиоуыэюяъьіїє"
_DESCRIPTORS = re.compile(
    r"(?:агентств|газет|издани|телеканал|канал|портал|сайт|радио|информагентств|видани|"
    r"телеканал|агенці)\w*\s+$",
    re.I,
)
# Words that start a title, as stems (any case ending): "пресс-секретаря", "губернатором".
TITLE_STEMS = (
    "пресс-секретар",
    "представител",
    "представник",
    "министр",
    "міністр",
    "замминистр",
    "губернатор",
    "мэр",
    "президент",
    "премьер",
    "прем'єр",
    "прем’єр",
    "вице-премьер",
    "посол",
    "посл",
    "постпред",
    "дипломат",
    "депутат",
    "сенатор",
    "директор",
    "руководител",
    "керівник",
    "командующ",
    "командувач",
    "командир",
    "начальник",
    "советник",
    "радник",
    "спикер",
    "спікер",
    "председател",
    "голов",
    "зампред",
    "заместител",
    "заступник",
    "помощник",
    "помічник",
    "генсек",
    "секретар",
    "эксперт",
    "експерт",
    "аналитик",
    "аналітик",
    "политолог",
    "політолог",
    "политик",
    "політик",
    "военкор",
    "корреспондент",
    "кореспондент",
    "журналист",
    "журналіст",
    "лидер",
    "лідер",
    "канцлер",
    "речник",
    "прокурор",
    "омбудсмен",
    "уполномоченн",
    "генерал",
    "полковник",
    "офицер",
    "офіцер",
    "врио",
    "глав",
    "мер",
    "чиновник",
    "посадов",
    "губернатор",
    "адмирал",
    "адмірал",
    "генпрокурор",
    "вице-президент",
    "віце-президент",
)
# "главное управление", "меры"; "после", "последний", "последствия" are no ambassador ("посол", "посла")
_TITLE_EXCLUDED = ("главн", "головн", "мера", "мерт", "меры", "главенств", "после", "последн", "последств")
_ADJECTIVE = re.compile(r"\w+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ій|а|ого)$")
_WORD = re.compile(r"[\w\u2019'’]+(?:[-.][\w]+)*")
_ABBREVIATION = re.compile(r"[А-ЯЁІЇЄҐA-Z]{2,6}")


_STOPS = {
    "в",
    "во",
    "на",
    "о",
    "об",
    "с",
    "со",
    "к",
    "по",
    "у",
    "из",
    "от",
    "для",
    "при",
    "и",
    "а",
    "но",
    "что",
    "як",
    "що",
    "та",
    "і",
    "й",
    "з",
    "із",
    "до",
    "за",
    "же",
    "ли",
    "не",
    "также",
    "також",
    "его",
    "ее",
    "её",
    "його",
    "її",
}
_NOT_VERBS = {"справ", "дел", "совет", "кабинет", "рада", "чл"}


def _verbish(word: str) -> bool:
    """A lower-case word with a verb's ending (``заявил``, ``сообщает``, ``заявив``): no title runs through it."""
    return (
        word.islower()
        and word not in _NOT_VERBS
        and word.endswith(
            ("л", "ла", "ли", "ло", "лся", "лась", "лись", "ет", "ит", "ют", "ят", "ав", "ив", "ів", "ув", "є")
        )
    )


def is_title_word(word: str) -> bool:
    low = word.casefold()
    return low.startswith(TITLE_STEMS) and not low.startswith(_TITLE_EXCLUDED)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in _VOWEL_END else word


@functools.cache
def _outlet_pattern() -> re.Pattern[str]:
    """One pattern for every Cyrillic outlet name, any case ending: ``Интерфаксу``, ``«Известиям»``."""
    alts = []
    for key in sorted(cyrillic.OUTLETS, key=len, reverse=True):
        words = [re.escape(_stem(w)) + r"\w{0,3}" for w in key.split()]
        alts.append(r"\s+".join(words))
    latin = [re.escape(n) for n in sorted(media.outlets(), key=len, reverse=True) if len(n) >= 2 and n != "Time"]
    return re.compile(r"(?<![\w-])(?:(?i:" + "|".join(alts) + r")|" + "|".join(latin) + r")(?![\w-])")


_NAME_MARKS = re.compile('[«»"“”„]')


def outlet_of(surface: str) -> str | None:
    """The canonical outlet a Cyrillic or Latin surface names, any case ending; marks inside the name do not count
    (``РИА «Новости»`` is ``РИА Новости``)."""
    s = " ".join(_NAME_MARKS.sub(" ", surface).split())
    if s in media.outlets():
        return media.outlets()[s]
    if s.startswith("The ") and s[4:] in media.outlets():
        return media.outlets()[s[4:]]  # "приводит The Times of Israel": the table's "Times of Israel"
    low = s.casefold()
    if low in cyrillic.OUTLETS:
        return cyrillic.OUTLETS[low]
    m = _outlet_pattern().fullmatch(s)
    if m is None or not s[:1].isupper():
        return None
    for key, name in cyrillic.OUTLETS.items():
        words = low.split()
        keys = key.split()
        if len(words) == len(keys) and all(
            w.startswith(_stem(k)) and len(w) - len(_stem(k)) <= 3 for w, k in zip(words, keys, strict=True)
        ):
            return name
    return None


def _ambiguous(text: str, start: int, end: int) -> bool:
    """A common word that names an outlet (``Звезда``, ``Известия``) counts only in marks or after a descriptor."""
    key = text[start:end].casefold()
    if not any(key.startswith(_stem(k)) for k in cyrillic.OUTLETS_AMBIGUOUS):
        return False
    quoted = start > 0 and text[start - 1] in '«"“„' and text[end : end + 1] in '»"”“'
    return not quoted and not _DESCRIPTORS.search(text[max(0, start - 30) : start])


def _after_descriptor(text: str, start: int) -> bool:
    """Whether a name stands right after a word that says an outlet follows (``телеканал «X»``, ``агентство X``)."""
    before = text[max(0, start - 30) : start].rstrip('«"“„')
    return _DESCRIPTORS.search(before) is not None


def refine(text: str, mentions: list[Mention]) -> list[Mention]:
    """natasha's mentions with outlets typed and named, platforms dropped, missed outlets added, roles given."""
    out: list[Mention] = []
    for m in mentions:
        if m.text.split("-")[0] in media.PLATFORMS or m.name.split("-")[0] in media.PLATFORMS:
            continue  # "Telegram-канале": where it was posted, not who said it
        outlet = outlet_of(m.text) or outlet_of(m.name)
        if outlet is not None and not _ambiguous(text, m.span.start, m.span.end):
            m = Mention(span=m.span, text=m.text, type="MEDIA", name=outlet)
        elif m.type in ("ORG", "PERSON") and _after_descriptor(text, m.span.start):
            m = Mention(span=m.span, text=m.text, type="MEDIA", name=m.name)  # "телеканал «Аль-Маядин»": an outlet
        elif m.type == "MEDIA":
            continue
        elif m.type == "PERSON" and all(is_title_word(w) for w in m.text.split()):
            continue  # "— подчеркнул Президент": an office, capitalised, whose holder the article named before
        elif m.type == "PERSON":
            m = _without_adjective(_unglue(m))
        out.append(m)
    for match in _outlet_pattern().finditer(text):
        start, end = match.span()
        if any(o.span.start < end and start < o.span.end for o in out) or _ambiguous(text, start, end):
            continue
        name = outlet_of(match.group())
        if name is not None:
            out.append(Mention(span=Span(start, end), text=match.group(), type="MEDIA", name=name))
    out = [_without_verb(_located(text, _trimmed(m))) for m in out]
    out = _joined_bodies(text, _split_acronyms(text, out))
    out += _missed_countries(text, out)
    out = _with_facilities(text, out)
    out += _forces(text, out)
    out += _peoples(text, out)
    out.sort(key=lambda m: m.span.start)
    out = _with_country(text, out)
    return [_with_role(text, m) if m.type == "PERSON" else m for m in out]


# "Леровская ГЭС", "Леровской гидроэлектростанции", "Леровського водосховища": a place's adjective (capitalised,
# with its "-ск-") and a facility's kind (``data.facilities``), in any case
_FACILITY = re.compile(
    r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ськ|цьк|зьк|ск|цк|зк)[а-яёіїєґ]{1,3}\s+(?:"
    + "|".join(
        [k.upper() for k in FACILITY_KINDS if k.isalpha() and re.fullmatch("[а-яё]+", k)]
        + [r"\w*\s+".join(k.split()) + r"\w*" for k in FACILITY_STEMS_CYRILLIC]
    )
    + r")(?![\w-])"
)


# a capitalised adjective that opens a sentence and the model took into the name ("Двадцатидвухлетняя Махса Амини",
# "Задержанная Анна Петрова"): no given name ends so (those in -ий, "Дмитрий", are kept)
_ADJECTIVE_FIRST = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ-]+(?:ая|яя|ый|ой|ые|ие|летний|летній)\s+(?=[А-ЯЁІЇЄҐ])")


def _without_adjective(m: Mention) -> Mention:
    """A person's name without an adjective the model took in before it, when two words of the name remain."""
    lead = _ADJECTIVE_FIRST.match(m.text)
    if lead is None or len(m.text[lead.end() :].split()) < 2:
        return m
    name = m.name[lead.end() :] if m.name.startswith(lead.group()) else m.name
    return dataclasses.replace(
        m, span=Span(m.span.start + lead.end(), m.span.end), text=m.text[lead.end() :], name=name
    )


# marks the model's tokenizer leaves glued to a name's end ("Белуджистан․" with an Armenian full stop, "…")
_GLUED_END = "\u2024\u2027\u2026\u0589"


def _trimmed(m: Mention) -> Mention:
    """A mention without the marks glued to its end that are no letters of the name."""
    kept = m.text.rstrip(_GLUED_END)
    if kept == m.text or not kept:
        return m
    cut = len(m.text) - len(kept)
    name = m.name.rstrip(_GLUED_END)
    return dataclasses.replace(m, span=Span(m.span.start, m.span.end - cut), text=kept, name=name or kept)


def _with_facilities(text: str, mentions: list[Mention]) -> list[Mention]:
    """A facility named by its place's adjective (``Леровской ГЭС``, ``Леровской гидроэлектростанции``) is one name,
    typed a facility, in place of what natasha made of it (the adjective alone as a place, or nothing)."""
    found = [
        Mention(span=Span(m.start(), m.end()), text=m.group(), type="FAC", name=" ".join(m.group().split()))
        for m in _FACILITY.finditer(text)
    ]
    if not found:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(
            m.span.start < f.span.end
            and f.span.start < m.span.end
            and not (m.span.start <= f.span.start and f.span.end <= m.span.end and m.span != f.span)
            for f in found
        )
    ]
    outer = [f for f in found if not any(k.span.start < f.span.end and f.span.start < k.span.end for k in kept)]
    return kept + outer


# "российские войска", "українських військ", "израильские военные", "российской армии", "израильских сил": a
# country's adjective and a word for its troops, in any case ("сил" only as the forces' cases, never "сильный")
_FORCES = re.compile(
    r"(?<![\w-])(?P<adjective>[А-ЯЁІЇЄҐа-яёіїєґ]+)\s+"
    r"(?:(?:войск|військ)\w*|военн(?:ые|ых|ым|ыми)|військов(?:і|их|им|ими)|арми(?:я|и|ей|ю)|арм(?:ія|ії|ією|ію)"
    r"|сил(?:ы|ам|ами|ах)?|сил(?:и|ам|ами|ах))(?![\w-])"
)


def _forces(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country's forces named by its adjective (``российские войска``, ``українських військ``), which natasha
    does not find: a body, whose name bag is the English ``Russian forces``' (``link/aliases.py``)."""
    out = []
    for m in _FORCES.finditer(text):
        adjective = m.group("adjective").casefold()
        if not any(adjective.startswith(stem) for stem in cyrillic.ADJECTIVE_STEMS):
            continue
        if any(o.span.start < m.end() and m.start() < o.span.end for o in mentions):
            continue
        out.append(Mention(span=Span(m.start(), m.end()), text=m.group(), type="ORG", name=m.group()))
    return out


# "Федеральная служба безопасности (ФСБ) России": a body's name, its acronym in brackets, and what follows
_BRACKETED_ACRONYM = re.compile(r"(?P<name>.*?\S)\s*\((?P<acronym>[А-ЯЁІЇЄҐA-Z]{2,6})(?:\)|$)")


def _split_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body natasha read on over its acronym in brackets (``Федеральная служба безопасности (ФСБ) России``):
    the name before the brackets and the acronym, each a mention of the body (the words after are found apart)."""
    out = []
    for m in mentions:
        found = _BRACKETED_ACRONYM.match(m.text)
        if found is None:
            out.append(m)
            continue
        # "Украины (ВСУ)", "Корпуса стражей исламской революции (КСИР": the name keeps its type, the acronym is a body's
        start = m.span.start
        name = found.group("name")
        normal = _BRACKETED_ACRONYM.match(m.name)  # natasha's normal form, cut at the brackets too
        out.append(
            Mention(
                span=Span(start, start + len(name)),
                text=name,
                type=m.type,
                name=name if m.type == "ORG" else (normal.group("name") if normal else m.name),
            )
        )
        a = start + found.start("acronym")
        acronym = found.group("acronym")
        out.append(Mention(span=Span(a, a + len(acronym)), text=acronym, type="ORG", name=acronym))
    return out


def _joined_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two bodies natasha found side by side with one space between (``Главного управления разведки`` +
    ``Минобороны Украины``) are one name: the first belongs to the second, as the genitive says."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.span.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "ORG"
            and m.type == "ORG"
            and text[prev.span.end : m.span.start] == " "
            and CYRILLIC_LETTER.match(m.text)
            and prev.text.split()[0] not in media.outlets()
        ):
            joined = text[prev.span.start : m.span.end]
            out[-1] = Mention(span=Span(prev.span.start, m.span.end), text=joined, type="ORG", name=joined)
            continue
        if (
            prev is not None
            and prev.type == "ORG"
            and m.type == "GPE"
            and text[prev.span.end : m.span.start] == " "
            and _institution_word(prev.text.split()[-1].casefold())
            and (m.text == "РФ" or country_form(m.text) is not None)
        ):
            # "СК РФ", "МИД России": a body the tables know and its country after it are one name (the country
            # stays a mention of its own)
            joined = text[prev.span.start : m.span.end]
            out[-1] = Mention(span=Span(prev.span.start, m.span.end), text=joined, type="ORG", name=joined)
        out.append(m)
    return out


def _institution_word(word: str) -> bool:
    """A word of a body's name the tables translate, in any case (``СК``, ``Следкома``, ``Минобороны``)."""
    return word in cyrillic.INSTITUTION_WORDS or any(word.startswith(stem) for stem in cyrillic.INSTITUTION_STEMS)


CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LOWER_CYRILLIC_WORD = re.compile(r"(?<![\w-])[а-яёіїєґ][а-яёіїєґ'’]{4,}(?![\w-])")


def _peoples(text: str, mentions: list[Mention]) -> list[Mention]:
    """A people or a national adjective outside any name (``палестинцев``, ``израильтян``, ``иранские``), in any
    case: that nationality, as English "Palestinians" and "Iranian" are; natasha finds no such word."""
    out = []
    for w in _LOWER_CYRILLIC_WORD.finditer(text):
        if any(m.span.start < w.end() and w.start() < m.span.end for m in mentions):
            continue
        if cyrillic.country_of_word(w.group()) is not None and country_form(w.group().capitalize()) is None:
            out.append(Mention(span=Span(w.start(), w.end()), text=w.group(), type="NORP", name=w.group()))
    return out


# Noun case endings a country's name takes after its stem (``Росії``, ``Україну``, ``Францією``), not the endings of
# its adjective or its people (``Російська``, ``Росіяни``, ``Украинцы``).
_COUNTRY_ENDINGS = frozenset({"", "а", "я", "и", "ы", "і", "ї", "у", "ю", "е", "ой", "ей", "ою", "єю", "ею"})
_CAPITALISED_CYRILLIC = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![\w-])")


def country_form(word: str) -> str | None:
    """The country a capitalised Russian or Ukrainian word names in any case (``Росія``, ``Україну``, ``России``,
    ``Францію``); None for an adjective, its people or any other word."""
    low = word.casefold()
    if low in cyrillic.COUNTRIES:
        return cyrillic.COUNTRIES[low]
    for name, country in cyrillic.COUNTRIES.items():
        if " " in name or len(name) <= 4:
            continue
        stem = name[:-1] if name[-1] in _VOWEL_END else name
        if low.startswith(stem) and low[len(stem) :] in _COUNTRY_ENDINGS:
            return country
    return None


def _missed_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Countries named in any case that natasha did not find (it reads Russian, so Ukrainian ``Росія`` and
    ``Україну`` often escape it)."""
    out = []
    for w in _CAPITALISED_CYRILLIC.finditer(text):
        if any(m.span.start < w.end() and w.start() < m.span.end for m in mentions):
            continue
        country = country_form(w.group())
        if country is not None:
            out.append(Mention(span=Span(w.start(), w.end()), text=w.group(), type="GPE", name=w.group()))
    return out


# Past-tense endings of a verb natasha may glue to a body's name (``Служба безпеки України прокоментувала``).
_PAST_ENDINGS = ("ла", "ли", "ло", "лася", "лися", "лась", "лись", "лось", "ил", "ал", "ив", "ав")
_VERB_LETTERS = 7  # a shorter word with those endings is as likely a noun ("сили", "школа")


def _without_verb(m: Mention) -> Mention:
    """A body's name without the past-tense verb (and the lower-case words after it) natasha ran it on into:
    ``Служба безпеки України`` of ``Служба безпеки України прокоментувала матеріал``."""
    words = list(_WORD.finditer(m.text))
    if m.type != "ORG" or len(words) < 2:
        return m
    for k in range(1, len(words)):
        w = words[k].group()
        if w.islower() and len(w) >= _VERB_LETTERS and w.endswith(_PAST_ENDINGS):
            if not all(x.group().islower() for x in words[k:]):
                return m  # a capitalised word after it: the verb is inside a longer name
            cut = m.text[: words[k].start()].rstrip()
            return Mention(span=Span(m.span.start, m.span.start + len(cut)), text=cut, type="ORG", name=cut)
    return m


_LOCATIVE_PREPOSITIONS = frozenset({"в", "у", "во", "В", "У", "Во"})


def _located(text: str, m: Mention) -> Mention:
    """``у Києві``, ``в Костянтинівці``: one word in the locative after ``в``/``у`` is a place, though natasha
    calls it a person (a person after ``у`` stands in the genitive: ``у Зеленського``); a country's name in any case
    is a place too."""
    if m.type in ("PERSON", "ORG") and " " not in m.text and country_form(m.text) is not None:
        return Mention(span=m.span, text=m.text, type="GPE", name=m.name)  # "України", which natasha took for a person
    if m.type != "PERSON" or " " in m.text or not m.text.endswith(("і", "е", "ї")):
        return m
    before = text[max(0, m.span.start - 4) : m.span.start].split()
    if not before or before[-1] not in _LOCATIVE_PREPOSITIONS or not text[m.span.start - 1].isspace():
        return m
    return Mention(span=m.span, text=m.text, type="GPE", name=m.name)


def _with_country(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Министерство обороны`` + ``России``: a body's name runs on through the country after it in the genitive
    (``Министерство обороны России``, ``Национального избирательного совета Венесуэлы``); the country stays a
    mention of its own as well."""
    out = list(mentions)
    for k, (m, n) in enumerate(itertools.pairwise(mentions)):
        if m.type != "ORG" or n.type not in ("GPE", "LOC") or text[m.span.end : n.span.start] != " ":
            continue
        if " " in n.text or cyrillic.country_of_word(n.text) is None or n.text.casefold() in cyrillic.COUNTRIES:
            continue  # "... Минобороны Россия нанесла": a country in the nominative opens a clause of its own
        joined = text[m.span.start : n.span.end]
        out[k] = Mention(span=Span(m.span.start, n.span.end), text=joined, type="ORG", name=joined)
    return out


def _unglue(m: Mention) -> Mention:
    """``Харкова Ігор Терехов``: a leading place name in the genitive is not part of the person's name."""
    words = m.text.split()
    if len(words) < 3 or not (
        cyrillic.country_of_word(words[0]) or any(_place_form(words[0].casefold(), c) for c in cyrillic.CITIES)
    ):
        return m
    cut = m.text.index(words[1], len(words[0]))
    name_words = m.name.split()
    name = " ".join(name_words[1:]) if len(name_words) == len(words) else m.text[cut:]
    return Mention(span=Span(m.span.start + cut, m.span.end), text=m.text[cut:], type="PERSON", name=name)


def _place_form(word: str, city: str) -> bool:
    """``Харкова`` is a case form of ``Харків``/``Харьков`` (the stem vowel changes in Ukrainian)."""
    return len(city) >= 4 and word[:4] == city[:4] and 0 <= len(word) - len(city) <= 2


def _with_role(text: str, m: Mention) -> Mention:
    found = _left_title(text, m.span.start) or _right_title(text, m.span.end)
    if found is None:
        return m
    start, end = found
    return Mention(
        span=m.span,
        text=m.text,
        type=m.type,
        name=m.name,
        role=text[start:end],
        role_span=Span(start, end),
        scope=m.scope,
        aliases=m.aliases,
        about=m.about,
    )


def _left_title(text: str, name_start: int) -> tuple[int, int] | None:
    """``губернатор Курской области [Алексей Смирнов]``: title words back from the name, up to punctuation."""
    line = max(text.rfind("\n", 0, name_start), *(text.rfind(p, 0, name_start) for p in '.,;:!?—–«»()"')) + 1
    words = list(_WORD.finditer(text, line, name_start))[-8:]
    first = None
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group()
        if is_title_word(w):
            first = k
        elif (
            _verbish(w)
            or w.casefold() in _STOPS
            or not (w.islower() or _ABBREVIATION.fullmatch(w) or w[:1].isupper() and k > 0)
        ):
            break
    if first is None:
        return None
    while (
        first > 0
        and _ADJECTIVE.fullmatch(words[first - 1].group().casefold())
        and not is_title_word(words[first - 1].group())
        and words[first - 1].group().casefold() not in ("его", "ее")
    ):
        first -= 1  # "официальный представитель", "Официальный представитель"
    return words[first].start(), words[-1].end()


_TITLE_AFTER_COMMA = re.compile(r",\s+([^,.;:!?—–«»()\n]{3,80})[,.)—–]")


def _right_title(text: str, name_end: int) -> tuple[int, int] | None:
    """``[Мария Захарова], официальный представитель МИД России,``: an apposition that starts with a title."""
    m = _TITLE_AFTER_COMMA.match(text[name_end : name_end + 90])
    if m is None:
        return None
    words = _WORD.findall(m.group(1))
    head = next((w for w in words[:3] if not _ADJECTIVE.fullmatch(w.casefold()) or is_title_word(w)), None)
    if head is None or not is_title_word(head):
        return None
    return name_end + m.start(1), name_end + m.end(1)
