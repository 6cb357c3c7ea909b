"""The grammar of date and time expressions in news text: finding them and reading their parts.

Pure functions over text, shared by ingest (inferring a missing publication
date) and ``extract/times.py`` (resolving every expression to a day). What an
expression *means* depends on its anchor (the publication date, the day a quote
was spoken, the day a narrative is about); that is decided in ``times.py``.
This module only says what was written: ``January 24`` is month 1, day 24, no
year; ``the day before yesterday`` is two days before the anchor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from . import folded
from .data.calendar import (
    ENGLISH_MONTH_SPELLINGS,
    LOWER_CASE_ONLY,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_NUMBERS,
    WEEKDAY_PARTS,
    WEEKDAY_WHICH_AFTER,
    WEEKDAY_WHICH_BEFORE,
)

# Words that say where the reader is in time, relative to when the speaker speaks.
_DEICTIC = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "last night": -1,
    "this morning": 0,
    "this evening": 0,
    "позавчера": -2,
    "послезавтра": 2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
    "позавчора": -2,
    "післязавтра": 2,
    "вчора": -1,
    "учора": -1,
    "сьогодні": 0,
    "anteayer": -2,
    "ayer": -1,
    "anoche": -1,
    "hoy": 0,
    "esta mañana": 0,
    "esta noche": 0,
    "anteontem": -2,
    "ontem": -1,
    "hoje": 0,
    "ieri": -1,
    "oggi": 0,
    "stamattina": 0,
    "vorgestern": -2,
    "gestern": -1,
    "heute": 0,
    "übermorgen": 2,
}
# A capitalised word just before, inside the sentence (not "Kyiv. Today"): a capitalised "Today" after it is
# the end of a name ("USA Today", "BBC TODAY").
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&'\u2019-]*\w|\b[A-Z])[ \u00a0]$")
# Words that are relative to a day the text has just talked about, not to the speaker's now.
_ANAPHORIC = {
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
    "the same day": 0,
    "that day": 0,
    "the next morning": 1,
    "the following morning": 1,
    "в тот день": 0,
    "в тот же день": 0,
    "на следующий день": 1,
    "накануне": -1,
    "того дня": 0,
    "того ж дня": 0,
    "наступного дня": 1,
    "al día siguiente": 1,
    "el día anterior": -1,
    "ese mismo día": 0,
    "ese día": 0,
    "no dia seguinte": 1,
    "il giorno dopo": 1,
    "il giorno successivo": 1,
    "il giorno prima": -1,
    "lo stesso giorno": 0,
    "am nächsten tag": 1,
    "am folgenden tag": 1,
    "tags darauf": 1,
    "am vortag": -1,
    "am selben tag": 0,
    "am gleichen tag": 0,
}
_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
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
    "several": None,
    "a few": None,
}


_Trie = dict[str, "_Trie"]  # letter -> the rest of the words; "" ends a word


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, built as a trie so the engine fails fast at each position."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + walk(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return walk(tree)


_MONTH_RE = _trie(
    sorted({m for k in MONTHS for m in ((k,) if k in LOWER_CASE_ONLY else (k, k.capitalize(), k.upper()))})
)
_WEEKDAY_RE = _trie(
    sorted({m for k in WEEKDAY_NUMBERS for m in ((k,) if k in LOWER_CASE_ONLY else (k, k.capitalize()))})
)
_WHICH_BEFORE = "|".join(
    sorted(
        (
            *(re.escape(w).replace(r"\ ", r"\s+") for w in WEEKDAY_WHICH_BEFORE),
            "last",
            "next",
            "this",
            "past",
            "coming",
        ),
        key=len,
        reverse=True,
    )
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<year>(?:1[89]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?![\d-])")),
    (
        "numeric",
        re.compile(
            r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)"
            r"(?P<year>(?:1[89]|20)\d\d|\d\d)(?!\d|[./]\d)"
        ),
    ),
    ("month_day", re.compile(rf"(?<![\w])(?P<month>{_MONTH_RE})\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w])")),
    (
        "day_month",
        re.compile(
            rf"(?<![\w])(?:the\s+)?{_DAY}\.?\s+(?:of\s+|de\s+)?(?P<month>{_MONTH_RE})\.?(?:,?\s+(?:de\s+)?{_YEAR})?"
            r"(?:\s+(?:года|року|г\.))?(?![\w])",
            re.I,
        ),
    ),
    (
        "part_month",
        re.compile(
            r"(?<![\w])(?P<part>early|mid|late|end of|the end of|the beginning of|the start of"
            rf"|the middle of)[\s-]+(?P<month>{_MONTH_RE})(?:,?\s+{_YEAR})?(?![\w])",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"(?<![\w])(?P<month>{_MONTH_RE})\.?,?\s+(?:de\s+)?{_YEAR}(?![\w])")),
    # a month on its own after a preposition ("in May", "since October"); capitalised, and not "May's"
    (
        "month",
        re.compile(
            rf"(?<![\w])(?:in|since|by|until|till|from|during|throughout|through|before|after)\s+"
            rf"(?P<month>{_MONTH_RE})(?![\w]|['\u2019]s|\.\w)"
        ),
    ),
    (
        "year",
        re.compile(rf"(?<![\w])(?:in|since|by|until|of|from|before|after|during|throughout)\s+{_YEAR}(?![\w-])", re.I),
    ),
    (
        "deictic",
        re.compile(
            r"(?<![\w])(?:" + "|".join(sorted((re.escape(k) for k in _DEICTIC), key=len, reverse=True)) + r")(?![\w])",
            re.I,
        ),
    ),
    (
        "anaphoric",
        re.compile(
            r"(?<![\w])(?:"
            + "|".join(sorted((re.escape(k) for k in _ANAPHORIC), key=len, reverse=True))
            + r")(?![\w])",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?<![\w])(?:(?P<which>(?i:{_WHICH_BEFORE}))\s+)?(?P<weekday>{_WEEKDAY_RE})"
            rf"(?:{'|'.join(WEEKDAY_PARTS)})?(?:\s+(?P<after>{'|'.join(WEEKDAY_WHICH_AFTER)}))?(?![\w])"
        ),
    ),
    (
        "offset",
        re.compile(
            r"(?<![\w])(?P<n>\d{1,3}|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>ago|later|earlier|before|after)"
            r"(?![\w])",
            re.I,
        ),
    ),
    ("period", re.compile(r"(?<![\w])(?P<which>last|next|this|past|coming)\s+(?P<unit>week|month|year)(?![\w])", re.I)),
]
_CLOCK = re.compile(
    r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)"
    r"(?=\s+(?:GMT|UTC|local time|Moscow time|Kyiv time|CET|EET|EST|EDT|ET|PT|hours|hrs|Zulu))"
    r"|(?P<h12>1[0-2]|[1-9])\s*(?P<ampm12>[ap]\.m\.|[ap]m)(?![\w]))"
    r"(?:\s+(?P<zone>GMT(?:[+-]\d{1,2})?|UTC(?:[+-]\d{1,2})?|local time|Moscow time|Kyiv time|Kiev time|CET|CEST"
    r"|EET|EEST|EST|EDT|ET|PT|PST|BST|MSK))?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Expression:
    """One date or time expression as written: its span, its kind and the parts it states."""

    start: int
    end: int
    kind: str  # iso | numeric | month_day | day_month | part_month | month_year | month | year | deictic | anaphoric
    # | weekday | offset | period
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset_days: int | None = None  # deictic, anaphoric and offset expressions
    weekday: int | None = None
    which: str | None = None  # last | next | this (weekdays and periods)
    unit: str | None = None  # day | week | month | year (offsets and periods)
    ambiguous: tuple[int, int] | None = None  # numeric dates whose day and month could be swapped


_KEEP_TEXTS = 4096  # texts whose expressions are kept (by digest: a kept text's own string is not held)
_kept: OrderedDict[bytes, tuple[Expression, ...]] = OrderedDict()
_kept_lock = threading.Lock()


def find_expressions(text: str) -> list[Expression]:
    """Every date expression in ``text``, longest first where they overlap, in text order.

    Ingest reads every article's expressions to date the corpus, and the times stage reads them again from the
    same text (thirteen patterns over every character: 2% of the whole pipeline's time). The last ``_KEEP_TEXTS``
    texts' expressions are kept, keyed by a digest of the text."""
    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    with _kept_lock:
        known = _kept.get(key)
        if known is not None:
            _kept.move_to_end(key)
            return list(known)
    found = _find_expressions(text)
    with _kept_lock:
        _kept[key] = tuple(found)
        if len(_kept) > _KEEP_TEXTS:
            _kept.popitem(last=False)
    return found


def _find_expressions(text: str) -> list[Expression]:
    found: list[Expression] = []
    for kind, pattern in _PATTERNS:
        if not folded.may_match(pattern, text):  # a case-insensitive pattern's copy tells most texts hold none
            continue
        for m in pattern.finditer(text):
            expr = _read(kind, m)
            if expr is not None:
                found.append(expr)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Expression] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _read(kind: str, m: re.Match[str]) -> Expression | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    start, end = m.start(), m.end()
    if kind in ("iso", "month_day", "day_month", "month_year", "part_month"):
        month = int(g["month"]) if kind == "iso" else MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"]) if g.get("day") else None
        if kind == "day_month" and m.group(0).lower().startswith("the "):
            start += 4
        if m.group(0).endswith(".") and kind != "iso" and g["month"].lower() not in MONTH_ABBREVIATIONS:
            end -= 1  # a sentence's full stop after a full month name, not an abbreviation's dot
        if kind != "iso" and g["month"].lower().rstrip(".") in ENGLISH_MONTH_SPELLINGS and not g["month"][0].isupper():
            return None  # English months are capitalised: "may", "march" are words
        if kind == "month_day" and day is not None and day > 31:
            return None
        return Expression(start, end, kind, year=year, month=month, day=day)
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if g["year"] and len(g["year"]) == 2:
            year = 2000 + int(g["year"])
        return Expression(start, end, kind, year=year, ambiguous=(a, b))
    if kind == "month":
        if not g["month"].isascii() or not g["month"][0].isupper() or g["month"].isupper() and len(g["month"]) < 4:
            return None  # "in MAR" is more likely an acronym than a month
        return Expression(m.start("month"), end, kind, month=MONTHS[g["month"].lower()])
    if kind == "year":
        return Expression(m.start("year"), end, kind, year=year)
    if kind == "deictic":
        if m.group(0)[0].isupper() and _NAME_BEFORE.search(m.string, max(0, start - 60), start):
            return None  # "USA Today", "BBC TODAY": a capitalised word ends a name, it names no day
        return Expression(start, end, kind, offset_days=_DEICTIC[m.group(0).lower()])
    if kind == "anaphoric":
        return Expression(start, end, kind, offset_days=_ANAPHORIC[m.group(0).lower()])
    if kind == "weekday":
        return Expression(
            start,
            end,
            kind,
            weekday=WEEKDAY_NUMBERS[g["weekday"].lower()],
            which=_which(g.get("which"), g.get("after")),
        )
    if kind == "offset":
        n = _NUMBER_WORDS.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
        if n is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        sign = -1 if g["dir"].lower() in ("ago", "earlier", "before") else 1
        return Expression(start, end, kind, offset_days=sign * n, unit=unit, which=g["dir"].lower())
    if kind == "period":
        return Expression(start, end, kind, which=g["which"].lower(), unit=g["unit"].lower())
    return None


def _which(before: str | None, after: str | None) -> str | None:
    """ "last", "next" or "this" for the words around a weekday name in any language: "el pasado" -> "last"."""
    if after:
        return WEEKDAY_WHICH_AFTER[after.lower()]
    if not before:
        return None
    word = " ".join(before.lower().split())
    return WEEKDAY_WHICH_BEFORE.get(word, word)


def find_clocks(text: str) -> Iterator[tuple[int, int, str]]:
    """Clock times (``15:40 local time``, ``1440 GMT``, ``3 p.m.``) as (start, end, normalised)."""
    for m in _CLOCK.finditer(text):
        g = m.groupdict()
        if g["h"] is not None:
            h, mnt, ampm = int(g["h"]), int(g["m"]), g.get("ampm")
        elif g["h4"] is not None:
            h, mnt, ampm = int(g["h4"]), int(g["m4"]), None
        else:
            h, mnt, ampm = int(g["h12"]), 0, g.get("ampm12")
        if ampm:
            pm = ampm.lower().startswith("p")
            if h > 12:
                continue
            h = (h % 12) + (12 if pm else 0)
        elif g["h"] is not None and not g.get("zone") and g["m"] and m.group(0).count(".") == 1:
            continue  # "3.50" without am/pm or a zone is more likely a number than a time
        zone = g.get("zone")
        yield m.start(), m.end(), f"{h:02d}:{mnt:02d}" + (f" {zone}" if zone else "")


def safe_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """The date, or None when it does not exist (February 30) or a part is missing."""
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int | None, anchor: dt.date) -> int:
    """The year a year-less date most likely means, seen from ``anchor``: news mostly reports the recent past,
    so a date up to about two months ahead is this year, anything later is last year."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = safe_date(year, month, day or 1) or safe_date(year, month, 28)
        if when is None:
            continue
        delta = (when - anchor).days
        cost = delta * 3 if delta > 0 else -delta  # the future is three times less likely than the past
        candidates.append((cost, year))
    return min(candidates)[1] if candidates else anchor.year
