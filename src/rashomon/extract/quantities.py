"""Quantities with what they count: ``65 captured Ukrainian militants`` counts ``captured Ukrainian militants``.

A number is read from digits or words (``sixty five``, ``a dozen``, ``2.5
million``), with its qualifier (``at least``, ``up to``), its unit (``km``,
``%``, ``USD``) and, from the parse, the thing it counts or measures, so that
later steps compare the same counted thing across articles. Digits inside
names and designations (``Il-76``, ``Article 5``), dates, clock times,
ordinals and idioms (``one another``) are not quantities.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..data import cyrillic, numerals
from ..data.qualifiers import QUALIFIERS
from ..dates import find_clocks
from ..model import Analysis, Quantity, Span
from .nlp import text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mln": 1_000_000,
    "bln": 1_000_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    # South Asian scales: "Rs 10 lakh" is a million rupees, "5 crore" fifty million
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"}
_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km/h": "km/h",
    "kph": "km/h",
    "mph": "mph",
    "miles": "mi",
    "mile": "mi",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "kg": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "tons": "t",
    "tonnes": "t",
    "ton": "t",
    "tonne": "t",
    "kilotons": "kt",
    "kilotonnes": "kt",
    "litres": "l",
    "liters": "l",
    "barrels": "bbl",
    "hectares": "ha",
    "mm": "mm",
    "cm": "cm",
    "mw": "MW",
    "gw": "GW",
    "degrees": "deg",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "sq km": "km2",
    "seconds": "s",
    "minutes": "min",
    "hours": "h",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "hour": "h",
    "week": "week",
    "month": "month",
    "year": "year",
    "dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "pounds": "GBP",
    "gbp": "GBP",
    "rubles": "RUB",
    "roubles": "RUB",
    "rub": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "uah": "UAH",
    "yuan": "CNY",
    "yen": "JPY",
    "shekels": "ILS",
    "rupees": "rupee",
    "rupee": "rupee",
}
_UNITS_3 = {"km / h": "km/h", "m / s": "m/s", "nautical miles": "nmi", "nautical mile": "nmi"}
_CURRENCY_SIGNS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "₴": "UAH",
    "¥": "JPY",
    "₹": "INR",
    # the rupees of India, Pakistan, Sri Lanka and Nepal alike: which one, the text seldom says
    "Rs": "rupee",
    "Rs.": "rupee",
}
# ISO codes written before the amount ("USD 20 million"); upper case only, so "eur" in a word never matches
_CURRENCY_CODES = {
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "UAH",
    "CNY",
    "JPY",
    "CHF",
    "INR",
    "CAD",
    "AUD",
    "TRY",
    "PLN",
    "SEK",
    "NOK",
    "ILS",
    "KZT",
    "BYN",
    "GEL",
    "AMD",
    "AZN",
    "BRL",
    "ZAR",
    "KRW",
    "SAR",
    "AED",
    "EGP",
    "NGN",
}
_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
_STREET_WORDS = {
    "street",
    "st",
    "st.",
    "road",
    "rd",
    "rd.",
    "avenue",
    "ave",
    "ave.",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "square",
    "place",
    "way",
    "prospekt",
    "avenida",
    "strasse",
    "straße",
    "ulitsa",
}
_SCORE_WORDS = {
    "win",
    "won",
    "beat",
    "lose",
    "lost",
    "draw",
    "drew",
    "defeat",
    "defeated",
    "victory",
    "lead",
    "led",
    "trail",
    "trailed",
    "edge",
    "edged",
    "thrash",
    "thrashed",
    "score",
    "scoreline",
}
_NAME_WORDS = {
    "article",
    "resolution",
    "flight",
    "route",
    "chapter",
    "section",
    "block",
    "unit",
    "building",
    "number",
    "no",
    "no.",
    "vol",
    "vol.",
    "volume",
    "page",
    "gate",
    "terminal",
    "lot",
    "room",
    "line",
    "channel",
    "platform",
    "level",
    "phase",
    "stage",
    "part",
    "apollo",
    "soyuz",
    "sputnik",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "corps",
    "army",
    "mark",
    "model",
    "version",
    "grade",
    "class",
    "category",
    "type",
    "protocol",
    "paragraph",
    "clause",
    "item",
    "point",
    "district",
    "ward",
    "zone",
}
_IDIOM_NOUNS = {"another", "thing", "things", "day", "time", "way", "hand", "side", "point", "by", "other"}
_PARTITIVE = {
    "members",
    "member",
    "number",
    "group",
    "groups",
    "dozens",
    "hundreds",
    "thousands",
    "units",
    "crew",
    "percent",
    "%",
    "part",
    "share",
    "majority",
    "most",
    "some",
    "each",
    "all",
}
_AMOUNT = re.compile(r"(?:[A-Z]{3}\s?|[$€£¥₽₴])?\d[\d,.]*\s?(?:million|billion|trillion|thousand|bn|m|mln|k)?")
_SUFFIXED = re.compile(r"(\d[\d,]*(?:\.\d+)?)(bn|mn|m|tn|k)\.?", re.I)  # "1.3bn", "75m" in one token
_REACH_VERBS = {
    "reach",
    "hit",
    "top",
    "exceed",
    "surpass",
    "rise",
    "fall",
    "climb",
    "drop",
    "jump",
    "soar",
    "stand",
    "increase",
    "decrease",
    "grow",
    "plunge",
    "peak",
}
_RANGE = re.compile(r"^\s*(?:to|-|–|—|or)\s*$")


def extract_quantities(doc: Doc, analysis: Analysis) -> Iterator[Quantity]:
    text = text_of(doc)
    article = analysis.article.id
    blocked = [(t.span.start, t.span.end) for t in analysis.times]
    blocked += [(s, e) for s, e, _ in find_clocks(text)]  # clocks joined to a date are not in analysis.times
    blocked += [
        (m.span.start, m.span.end)
        for m in analysis.mentions
        if any(c.isdigit() for c in m.text) and not _AMOUNT.fullmatch(m.text)
    ]
    blocked = _merged(blocked)
    if not doc.has_annotation("DEP"):
        digits = list(_digits_only(text, article, blocked))
        yield from digits
        taken = [(m.span.start, m.span.end) for m in analysis.mentions] + [(q.span.start, q.span.end) for q in digits]
        yield from _number_words(text, article, analysis.article.language, _merged(blocked + taken))
        return
    i = 0
    n = len(doc)
    while i < n:
        found = _number_at(doc, i)
        if found is None:
            i += 1
            continue
        j, value, vague = found
        first, last = doc[i], doc[j - 1]
        if _blocked(first.idx, last.idx + len(last.text), blocked) or _not_a_quantity(doc, i, j, value):
            i = j
            continue
        start, end = first.idx, last.idx + len(last.text) - (last.lower_ in ("m.", "bn."))  # not the full stop
        value_max = None
        # ranges: "30 to 39", "30-39", "between 30 and 39"
        between = doc[j].lower_ == "and" and i > 0 and doc[i - 1].lower_ == "between" if j < n else False
        if j + 1 < n and (_RANGE.match(doc[j].text) or between):
            second = _number_at(doc, j + 1)
            if second is not None and second[1] is not None and not second[2]:
                if _is_score(doc, i, j, value, second[1]):
                    i = second[0]
                    continue
                value_max = second[1]
                j = second[0]
                end = doc[j - 1].idx + len(doc[j - 1].text)
        unit, j_unit, sign_start = _unit(doc, i, j)
        if sign_start is not None:
            start = sign_start
        if j_unit > j:
            end = doc[j_unit - 1].idx + len(doc[j_unit - 1].text)
        qualifier = _qualifier(doc, i)
        if vague:
            qualifier = text[start:end].lower()
        if _calibre(doc, j, j_unit, unit):
            i = j_unit
            continue  # "122mm rockets": a calibre names the kind of rocket; the count before it counts them
        counts, counts_span = _counted(doc, i, max(j, j_unit), unit, text)
        yield Quantity(
            article=article,
            span=Span(start, end),
            text=text[start:end],
            value=value,
            unit=unit,
            counts=counts,
            counts_span=counts_span,
            qualifier=qualifier,
            value_max=value_max,
        )
        i = max(j, j_unit)


# ---------------------------------------------------------------- reading numbers


_NUMBER_STARTS = frozenset({*_VAGUE, *_WORDS, "a", "half", "dozen"})  # words a number may start with
_ANY_DIGIT = re.compile(r"\d")


def _number_at(doc: Doc, i: int) -> tuple[int, float | None, bool] | None:
    """(end token, value, vague) of a number starting at token i, or None."""
    low = words_of(doc)[0][i]
    if low not in _NUMBER_STARTS and "-" not in low and _ANY_DIGIT.search(low) is None:
        return None  # every reading below needs one of these (a digit is its own lower case): most tokens end here
    tok = doc[i]
    if low in _VAGUE and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        if i + 3 < len(doc) and doc[i + 2].lower_ in _VAGUE and doc[i + 3].lower_ == "of":
            return i + 3, None, True  # "tens of thousands of people"
        return i + 1, None, True
    if low == "a" and i + 1 < len(doc) and doc[i + 1].lower_ in ("dozen", "hundred", "thousand", "million", "billion"):
        scale = 12 if doc[i + 1].lower_ == "dozen" else _SCALES[doc[i + 1].lower_]
        return i + 2, float(scale), False
    if low == "half" and i + 2 < len(doc) and doc[i + 1].lower_ == "a" and doc[i + 2].lower_ == "dozen":
        return i + 3, 6.0, False
    suffixed = _SUFFIXED.fullmatch(tok.text)
    if suffixed and (suffixed[2].lower() != "m" or _money_before(doc, i)):
        number = _digits(suffixed[1])
        if number is not None:
            factor = {"bn": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "k": 1e3}[suffixed[2].lower()]
            return i + 1, number * factor, False
    digits = _digits(tok.text)
    if digits is not None:
        j = i + 1
        value = digits
        scale_word = (
            doc[j].lower_.rstrip(".")
            if j < len(doc) and doc[j].lower_ in ("m.", "bn.")
            else doc[j].lower_
            if j < len(doc)
            else ""
        )
        if scale_word in _SCALES and (scale_word != "m" or _money_before(doc, i) and doc[j - 1].whitespace_ == ""):
            value *= _SCALES[scale_word]  # "m" is a million only stuck to money ("€300m"), else metres
            j += 1
        return j, value, False
    if low in _WORDS or low == "dozen":
        words, j = [], i
        while j < len(doc):
            w = doc[j].lower_
            if w in _WORDS or w in _SCALES and w not in ("m", "bn", "mln", "bln") or w == "dozen":
                words.append(w)
            elif w == "-" and words and j + 1 < len(doc) and doc[j + 1].lower_ in _WORDS:
                pass
            elif w == "and" and words and j + 1 < len(doc) and doc[j + 1].lower_ in _WORDS and "hundred" in words:
                words.append(w)
            else:
                break
            j += 1
        if not words:
            return None
        if "-" in tok.text:  # "sixty-five" as one token
            words = tok.lower_.split("-")
        return j, _words_value(words), False
    if "-" in low and all(p in _WORDS for p in low.split("-")):
        return i + 1, _words_value(low.split("-")), False
    return None


def _money_before(doc: Doc, i: int) -> bool:
    return i > 0 and (doc[i - 1].text in _CURRENCY_SIGNS or doc[i - 1].text in _CURRENCY_CODES)


def _is_score(doc: Doc, i: int, j: int, first: float | None, second: float) -> bool:
    """``won 2-1``: a result, not a range (a range never runs downwards, and scores sit by results' verbs)."""
    if doc[j].text not in ("-", "\u2013") or doc[j].whitespace_ or doc[j - 1].whitespace_:
        return False
    near = {t.lower_ for t in doc[max(0, i - 3) : min(len(doc), j + 4)]}
    return (first is not None and second <= first) or bool(near & _SCORE_WORDS)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _digits(text: str) -> float | None:
    t = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    if _PLAIN_NUMBER.fullmatch(t):
        return float(t)
    return None


def _words_value(words: list[str]) -> float | None:
    if words == ["dozen"]:
        return 12.0
    if len(words) > 1 and words[-1] == "dozen":
        times = _words_value(words[:-1])
        return times * 12 if times is not None else None  # "two dozen"
    if len(words) > 1 and words[-1] in ("lakh", "lakhs", "crore", "crores"):
        times = _words_value(words[:-1])
        return times * _SCALES[words[-1]] if times is not None else None  # "two lakh", not known to text2num
    from text_to_num import text2num

    try:
        return float(text2num(" ".join(w for w in words if w != "-"), "en"))
    except ValueError:
        total = 0
        for w in words:
            total += _WORDS.get(w, 0)
        return float(total) if total else None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans, so that a lookup is a binary search, not a scan."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(blocked, (end, end)) - 1  # the last span starting before ``end``
    return k >= 0 and blocked[k][1] > start


def _not_a_quantity(doc: Doc, i: int, j: int, value: float | None) -> bool:
    tok = doc[i]
    nxt = doc[j] if j < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if tok.text[-2:] in ("st", "nd", "rd", "th") and tok.text[:-2].isdigit():
        return True  # ordinal
    if nxt is not None and (
        nxt.lower_ in _FRACTIONS or nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in _FRACTIONS
    ):
        return True  # "three-quarters", "two thirds": a share, not a count
    if len(tok.text) > 1 and tok.text[0] == "0" and tok.text.isdigit():
        return True  # "0800": a code or phone number, never written so as an amount
    if _in_digit_run(doc, i, j):
        return True  # "555 0134 22": a phone or reference number
    if _street_number(doc, j):
        return True  # "221 King Street"
    if (
        tok.lower_ == "one"
        and j == i + 1
        and nxt is not None
        and nxt.lower_ == "of"
        and j + 1 < len(doc)
        and doc[j + 1].pos_ in ("DET", "PRON")
    ):
        return True  # "one of the candidates": picks one out, counts nothing
    if prev is not None and (prev.lower_ in _NAME_WORDS or prev.text in ("#", "No", "No.")) and prev.text[:1].isupper():
        return True  # "Article 5", "Flight 17"
    if prev is not None and prev.text in ("-", "/") and i > 1 and doc[i - 2].is_alpha:
        return True  # the number of a designation split by the tokenizer
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and tok.text.isdigit()
        and not prev.whitespace_ == ""
        and prev.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
        and prev.i > prev.sent.start
        and prev.text not in _CURRENCY_CODES
        and prev.text not in _CURRENCY_SIGNS
    ):
        return True  # "Leopard 2 tanks", "Falcon 9": a model's number
    if tok.lower_ == "one" and j == i + 1:
        if (
            nxt is None
            or nxt.lower_ in _IDIOM_NOUNS
            or tok.pos_ == "PRON"
            or tok.dep_ not in ("nummod", "pobj", "dobj", "nsubj", "appos")
        ):
            return True  # "one another", "one thing", "one needs to"
        if tok.dep_ != "nummod" and not (nxt.lower_ == "of"):
            return True
        if prev is not None and prev.lower_ in ("no", "any", "every", "each", "the", "this", "that"):
            return True
    if value is not None and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= value <= 2100 and j == i + 1:
        if not (nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS",) and tok.dep_ == "nummod"):
            return True  # a year
    if tok.like_num and nxt is not None and nxt.text in (":", ".") and j < len(doc) - 1 and doc[j + 1].text.isdigit():
        return True  # clock time or version number
    return False


def _in_digit_run(doc: Doc, i: int, j: int) -> bool:
    """Bare digit groups side by side: three or more, or two with a leading zero or a ``+`` before them."""
    if j != i + 1:
        return False
    a, b = i, i
    while a > 0 and doc[a - 1].text.isdigit() and doc[a - 1].whitespace_ and i - a < 6:
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].text.isdigit() and doc[b].whitespace_ and b - i < 6:
        b += 1
    run = doc[a : b + 1]
    if len(run) >= 3:
        return True
    return len(run) == 2 and (any(t.text.startswith("0") for t in run) or a > 0 and doc[a - 1].text == "+")


def _street_number(doc: Doc, j: int) -> bool:
    """A number followed by up to three capitalised words and a street word."""
    for k in range(j, min(len(doc), j + 4)):
        if doc[k].lower_ in _STREET_WORDS and k > j:
            return True
        if not doc[k].text[:1].isupper():
            return False
    return False


# ---------------------------------------------------------------- around the number


def _unit(doc: Doc, i: int, j: int) -> tuple[str | None, int, int | None]:
    """(unit, end token including the unit, start char of a currency sign before the number)."""
    sign = None
    unit = None
    if i > 0 and doc[i - 1].text in _CURRENCY_SIGNS:
        unit, sign = _CURRENCY_SIGNS[doc[i - 1].text], doc[i - 1].idx
    elif i > 0 and doc[i - 1].text in _CURRENCY_CODES:
        unit, sign = doc[i - 1].text, doc[i - 1].idx
    if (
        j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].lower_ in _UNITS
        and doc[j + 1].is_alpha
    ):
        return _UNITS[doc[j + 1].lower_], j + 2, sign  # "a 60-kilometre front"
    if j < len(doc):
        three = " ".join(t.lower_ for t in doc[j : j + 3])
        if three in _UNITS_3 and not any(t.whitespace_ for t in doc[j : j + 2]):
            return _UNITS_3[three], j + 3, sign
        two = f"{doc[j].lower_} {doc[j + 1].lower_}" if j + 1 < len(doc) else ""
        if two in _UNITS_3:
            return _UNITS_3[two], j + 2, sign
        if two in _UNITS:
            return _UNITS[two], j + 2, sign
        w = doc[j].lower_
        if w in _UNITS and (w != "m" or doc[j - 1].whitespace_ == "" or doc[j].text == "m"):
            if w in ("day", "week", "month", "year", "hour") and doc[j - 1].lower_ not in ("one", "1", "a"):
                return unit, j, sign
            return _UNITS[w], j + 1, sign
    return unit, j, sign


def _calibre(doc: Doc, j: int, j_unit: int, unit: str | None) -> bool:
    """``122mm``, ``155-mm`` glued to its number and standing before a noun: a calibre, not a measurement."""
    if unit != "mm" or j_unit <= j or j_unit >= len(doc):
        return False
    glued = not any(t.whitespace_ for t in doc[j - 1 : j_unit - 1])
    nxt = doc[j_unit]
    return glued and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_alpha


def _is_calibre_at(doc: Doc, k: int) -> bool:
    """Does a calibre (``122mm``) start at token k?"""
    if not doc[k].like_num or doc[k].whitespace_:
        return False
    end = k + 1
    if end < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
        end += 1
    return end < len(doc) and doc[end].lower_ == "mm" and _calibre(doc, k + 1, end + 1, "mm")


def _qualifier(doc: Doc, i: int) -> str | None:
    before = doc[max(0, i - 4) : i].text.lower()
    if _money_before(doc, i):
        before = doc[max(0, i - 5) : i - 1].text.lower()
    before = _OPENING.sub(" ", before)  # "told reporters, “Over 50 people ...": the quote mark opens no word
    for q in QUALIFIERS:
        if before == q or before.endswith(" " + q):
            return q
    return None


_OPENING = re.compile(r"[\"“„«‹(\[‘]+(?=\w)")  # an opening quote mark or bracket before a word


def _counted(doc: Doc, i: int, j: int, unit: str | None, text: str) -> tuple[str | None, Span | None]:
    """What the number counts or measures, from the parse."""
    last = doc[j - 1]
    number = doc[i:j]
    head = None
    if unit is None and j < len(doc) and _is_calibre_at(doc, j):  # "six 122mm rockets", however it is parsed
        k = next(k for k in range(j, len(doc)) if doc[k].lower_ == "mm") + 1
        while doc[k].dep_ == "compound" and doc[k].head.i > k and doc[k].head.pos_ in ("NOUN", "PROPN"):
            k = doc[k].head.i
        return _phrase(doc, j, doc[k], text)
    for tok in number:
        if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i >= j and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            break
    if unit is not None and unit not in ("%",):
        if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            pobj = next((c for c in doc[j].children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return _phrase(doc, j + 1, pobj, text)  # "40,000 tonnes of grain" measures grain
        measured = _measured(doc, i, j)
        if measured is not None:
            return measured
        if head is not None and head.lower_ not in _UNITS:
            return _phrase(doc, j, head, text)
        return None, None
    if head is None:
        # "two of the missiles", "65 of them": a partitive
        for tok in number:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (pobj.pos_ in ("NOUN", "PROPN") or _nominal(pobj)):
                        return _phrase(doc, pobj.left_edge.i, pobj, text)
        if last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i and last.head.i - last.i <= 5:
            head = last.head
    if head is None:
        # "the death toll rose to 14", "put the toll at 11", "a figure of 12": the count of what the noun names
        return _measured(doc, i, j) or (None, None)
    return _phrase(doc, j, head, text)


def _phrase(doc: Doc, start: int, head: Token, text: str) -> tuple[str | None, Span | None]:
    """The noun phrase from token ``start`` to ``head``, with an ``of`` complement for group nouns."""
    while start < head.i and (
        doc[start].pos_ in ("DET", "PUNCT", "CCONJ", "ADP")
        or doc[start].like_num
        or doc[start].dep_ == "poss"
        and doc[start].pos_ == "PRON"
    ):
        if _is_calibre_at(doc, start):
            start = next(k for k in range(start, head.i + 1) if doc[k].lower_ == "mm")
        start += 1  # "212 of the 450 seats", "two of their three wars" count "seats", "wars"
    end = head.i + 1
    if head.lower_ in _PARTITIVE:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                end = max(c.i for c in child.subtree if c.dep_ != "relcl") + 1
                stop = next((k for k in range(child.i, end) if doc[k].text in ("(", ",", ";", "*", "\u2014")), None)
                if stop is not None:
                    end = stop
    if start >= end or end - start > 12:
        start = head.i
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return text[a:b], Span(a, b)


def _nominal(tok: Token) -> bool:
    """An adjective used as a noun: ``19 of the wounded``, ``three of the dead``."""
    return tok.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _measured(doc: Doc, i: int, j: int) -> tuple[str | None, Span | None] | None:
    """``a distance of up to 100 km`` measures a distance; ``the distance ... is 80 km`` too."""
    text = text_of(doc)
    tokens = doc[i:j]
    root = max(tokens, key=lambda t: (t.head.i < i or t.head.i >= j, -abs(t.head.i - t.i)))
    for tok in tokens:
        if tok.head.i < i or tok.head.i >= j:
            root = tok.head if tok.head.lower_ in _UNITS else tok
            break
    h = root
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        noun = h.head.head
        return _phrase(doc, noun.left_edge.i, noun, text)
    verb = h.head.head if h.dep_ == "pobj" and h.head.lower_ in ("to", "at") else h.head if h.dep_ == "dobj" else None
    if verb is not None and verb.lemma_ in _REACH_VERBS:  # "temperatures reached 44.5 degrees"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return _phrase(doc, subj.left_edge.i, subj, text)
    if h.dep_ == "pobj" and h.head.lower_ == "at" and h.head.head.pos_ == "VERB":  # "put the toll at 11"
        obj = next((c for c in h.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN":
            return _phrase(doc, obj.left_edge.i, obj, text)
    if h.dep_ in ("attr", "acomp", "npadvmod") and h.head.lemma_ == "be":
        subj = next((c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return _phrase(doc, subj.left_edge.i, subj, text)
    return None


# Scale words, longest first so that "тысячами" is not read as "тысяч" + "ами"; each form to its multiplier.
_CYRILLIC_SCALE = {form: value for value, forms in cyrillic.NUMBER_SCALES.values() for form in forms}
_CYRILLIC_SCALE_WORD = "|".join(re.escape(f) for f in sorted(_CYRILLIC_SCALE, key=len, reverse=True))
_BARE_NUMBER = re.compile(
    r"(?<![\w.,-])(?:\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+)(?:[.,]\d+)?"
    rf"(?:\s*(%|км|km|тонн|{_CYRILLIC_SCALE_WORD}))?(?![\w-])",
    re.IGNORECASE,
)


_LATIN_SCALE_AFTER = re.compile(
    r"\s+(" + "|".join(re.escape(w) for w in sorted(numerals.SCALES, key=len, reverse=True)) + r")(?![\w-])"
)
_THOUSANDS_SEPARATOR = re.compile(r"[ ,.\u00a0](?=\d{3}\b)")
_NOT_DIGIT_OR_POINT = re.compile(r"[^\d.]")


def _digits_only(text: str, article: str, blocked: list[tuple[int, int]]) -> Iterator[Quantity]:
    """Languages without a parser: numbers in digits, with a unit when one follows; what they count is unknown."""
    for m in _BARE_NUMBER.finditer(text):
        if _blocked(m.start(), m.end(), blocked):
            continue
        number = _THOUSANDS_SEPARATOR.sub("", m.group(0).split()[0] if m.group(1) else m.group(0))
        number = number.replace(",", ".").rstrip("%")
        try:
            value = float(_NOT_DIGIT_OR_POINT.sub("", number))
        except ValueError:
            continue
        if 1900 <= value <= 2100 and "." not in number:
            continue
        unit = {"%": "%", "км": "km", "km": "km", "тонн": "t"}.get((m.group(1) or "").rstrip("."))
        scale = _CYRILLIC_SCALE.get((m.group(1) or "").lower())
        end = m.end()
        latin = _LATIN_SCALE_AFTER.match(text, end) if not m.group(1) else None
        if latin is not None:  # "2,2 millions de personnes", "3 mil soldados"
            scale, end = numerals.SCALES[latin.group(1)], latin.end()
        yield Quantity(
            article=article,
            span=Span(m.start(), end),
            text=text[m.start() : end],
            value=value * scale if scale else value,
            unit=unit,
        )


def _number_words(text: str, article: str, language: str | None, blocked: list[tuple[int, int]]) -> Iterator[Quantity]:
    """Languages without a parser: counts written in words ("trois personnes", "восемь задержаны", "un migliaio di
    civili"), with a scale word after them ("trois mille"); what they count is unknown. Words inside a name or a date
    are no count."""
    found = _number_word_pattern(language or "")
    if found is None:
        return
    pattern, values = found
    for m in pattern.finditer(text):
        if _blocked(m.start(), m.end(), blocked):
            continue
        value = values.get(m.group("n"), values.get(m.group("n").lower()))
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value *= _WORD_SCALES.get(scale.lower(), 1.0)
        yield Quantity(article=article, span=Span(m.start(), m.end()), text=m.group(0), value=value)


_WORD_SCALES = {**{k.lower(): v for k, v in numerals.SCALES.items()}, **_CYRILLIC_SCALE}
_GERMAN_NOUN_NUMBERS = frozenset({"elf", "acht", "hundert", "tausend"})  # capitalised, a noun: "die Elf", "Acht geben"


@functools.cache
def _number_word_pattern(language: str) -> tuple[re.Pattern[str], dict[str, float]] | None:
    """The pattern finding number words of ``language`` (a word, or "un migliaio", then a scale word), with each
    word's value; None for a language with no table."""
    values = {w.lower(): v for w, v in numerals.NUMBER_WORDS.get(language, {}).items()}
    if language in ("ru", "uk"):
        values.update({form: value for value, forms in cyrillic.NUMBER_WORDS.items() for form in forms})
    about = numerals.ABOUT.get(language, {})
    if not values and not about:
        return None
    values.update(about)
    if language == "de":  # "Zwei Opfer wurden geborgen": a count that opens a sentence ("Elf", "Acht" are nouns)
        values.update({w.capitalize(): v for w, v in values.items() if w not in _GERMAN_NOUN_NUMBERS})
    words = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in sorted(_WORD_SCALES, key=len, reverse=True))
    article = r"(?:(?:un|une|uno|una|um|uma)\s+)?" if about else ""
    # German writes its number words in lower case (a capitalised "Elf" is a team), but at a sentence's start
    flags = 0 if language == "de" else re.IGNORECASE
    pattern = re.compile(
        rf"(?<![\w'\u2019-]){article}(?P<n>{words})(?:\s+(?P<scale>{scales}))?(?![\w'\u2019-])",
        flags,
    )
    return pattern, values
