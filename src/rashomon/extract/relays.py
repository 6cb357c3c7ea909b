"""The agencies an article credits as a whole: every statement in it reached the publisher through them.

A reprint names its agency in the dateline (``CARACAS, July 29 (Xinhua) --``,
``MOSCOW (UrduPoint News / Sputnik - 08th April, 2022)``, ``KYIV, Jan. 24. /TASS/.``),
in a sign-off on its last lines (``— AFP``, ``(Reuters)``, ``-- Reuters``) or in a
short credit line at its top or bottom (``By Jane Roe, Associated Press``, ``With AFP``,
``Source: TASS``, ``Reporting by Jane Roe; Editing by John Doe (Reuters)``). Those
outlets belong to the relay chain of every quote in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data.media import outlets
from ..data.speech import LEAD_RELAY_ARTICLES, LEAD_RELAY_BEFORE, LEAD_RELAY_KINDS, LEAD_RELAYED_AFTER
from ..model import Mention, Span

_HEAD = 400  # characters at the top where a dateline or byline may stand
_TAIL = 400  # characters at the bottom where a sign-off or credit line may stand
_CREDIT_WORDS = 14  # a credit line is short: longer lines are sentences that merely mention an outlet
# the opening of a dateline: a place in capitals, optionally a country and a day, then the agency's mark
_CAPITAL = r"A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"  # Latin with accents ("TÉHÉRAN") and Cyrillic
_DATELINE_OPENING = re.compile(
    rf"^\s*(?:[{_CAPITAL}][{_CAPITAL} .'\u2019-]{{1,40}}[,(/]"
    r"|\([A-Z][\w .&/-]{1,40}\)\s*(?:[-\u2013\u2014:]|(?=[A-Z\u00c0-\u00de]))"
    r"|[A-Z][\w'\u2019.-]*(?:,?\s+[A-Z][\w'\u2019.-]*){0,4}\s*\([^()\n]{2,60}\)\s*[-\u2013\u2014])"
)  # "KYIV, Jan 24 (Reuters) -", "MOSCOW (Sputnik) -", the agency alone: "(Reuters) -", or a place in title case
# before the agency and a dash: "Malang, E Java (ANTARA) -"; the agency alone may open the text with no dash
# ("(Keystone-ATS) I separatisti ...")
# a line anywhere that names where the story comes from: "Source: Belta, a state news agency, quoting ..."
_SOURCE_LINE = re.compile(r"^\s*(?:sources?|источник|джерело)\s*:", re.IGNORECASE)
# in the first paragraph, an outlet the lead says it comes through: "..., RIA Novosti reports", "передает ТАСС",
# "..., per the AP"
_LEAD_RELAY = re.compile(
    r"(?:\b(?:according to|reported by|cited by|quoted by|as reported by|per)|"
    r"(?:передает|передаёт|сообщает|пишет|со ссылкой на|передає|повідомляє|пише|з посиланням на)|"
    r"\b(?:riporta|riportano|riferisce|riferiscono|scrive|secondo)(?:\s+(?:il|la|l['\u2019])\s*"
    r"(?:sito|quotidiano|giornale|agenzia|emittente|tv)(?:\s+(?:di|del|della))?)?)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)  # Italian: "Lo riporta il sito di Kathimerini", "scrive il quotidiano X", "secondo l'agenzia X"
_LEAD_REPORTED = re.compile(r"\s*(?:reported|reports|said|says|(?:is|was|has been) reporting|has reported)\b")
# the same in French, Spanish, Portuguese, German and Romanian: "dos entrevistas, recogidas por Europa Press", "selon
# l'agence Reuters", "pela agência Lusa", "laut dpa"; and after the name: "AFP zufolge", "..., como EFE informó"
_LEAD_RELAY_ABROAD = re.compile(
    r"\b(?:" + "|".join(LEAD_RELAY_BEFORE) + r")\s+"
    r"(?:(?:" + LEAD_RELAY_ARTICLES + r")(?<=['\u2019])|(?:" + LEAD_RELAY_ARTICLES + r")\s+)?"
    r"(?:(?:" + LEAD_RELAY_KINDS + r")\s+)?\Z",
    re.IGNORECASE,
)
_LEAD_REPORTED_ABROAD = re.compile(r"\s*(?:" + "|".join(LEAD_RELAYED_AFTER) + r")\b", re.IGNORECASE)
_LEAD_BEFORE = 60  # characters before an outlet's name where the words that credit it stand
# words that start a credit line: "By", "With", "Source:", "Reporting by", "(Reporting by", "Photo:", "Copyright"
_CREDIT_OPENING = re.compile(
    r"^\s*[(\[]?\s*(?:by|with|avec|par|source|sources|reporting|writing|compiled|additional reporting|editing|"
    r"copyright|\u00a9|credit|courtesy)\b|^\s*[-\u2013\u2014(]",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[a-z][.!?]\s+[A-Z]")  # two sentences on one line: prose, not a credit


_LINE = re.compile(r"[^\n]+")


def credited_agencies(text: str, media: Sequence[Mention]) -> list[Span]:
    """Spans of the outlets an article credits in its dateline, byline or sign-off, in text order."""
    out: list[Span] = []
    for a, b in _first_lines(text):  # a title may stand above the dateline
        line = text[a:b]
        if _DATELINE_OPENING.match(line):
            end = _dateline_end(line)
            out += [m.span for m in media if a <= m.span.start and m.span.end <= a + end]
            break
    for a, b in _credit_lines(text):
        out += [m.span for m in media if a <= m.span.start and m.span.end <= b and m.span not in out]
    lead = _LINE.search(text[: _HEAD * 2])
    if lead is not None:  # "..., RIA Novosti reports." / "Об этом сообщает ФСБ, передает РИА Новости."
        for m in media:
            if m.span.end <= lead.end() and (
                _LEAD_RELAY.search(text, max(0, m.span.start - 40), m.span.start)
                or _LEAD_REPORTED.match(text, m.span.end, lead.end())
                or _LEAD_RELAY_ABROAD.search(text, max(0, m.span.start - _LEAD_BEFORE), m.span.start)
                or _LEAD_REPORTED_ABROAD.match(text, m.span.end, lead.end())
            ):
                out.append(m.span)
    return sorted(set(out), key=lambda s: s.start)


def outlet_agencies(outlet: str | None, media: Sequence[Mention]) -> list[Span]:
    """The agency a reprint's outlet line credits (``Astro Awani (Reuters)``, ``Newser / AP``), as the first
    mention of that agency in the text: every quote of the story came through it."""
    if not outlet:
        return []
    credited = {
        table[part.strip()] for part in _OUTLET_PARTS.findall(outlet)[1:] if part.strip() in (table := outlets())
    }
    for m in sorted(media, key=lambda m: m.span.start):
        if outlets().get(m.name) in credited or outlets().get(m.text) in credited:
            return [m.span]
    return []


_OUTLET_PARTS = re.compile(r"[^()/|,]+")


def _first_lines(text: str) -> list[tuple[int, int]]:
    """The first two non-empty lines of the text, within the head."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text[:_HEAD]) if m.group(0).strip()][:2]


def _dateline_end(line: str) -> int:
    """Where the dateline at the start of ``line`` ends: after the agency's parenthesis (``(Reuters)``,
    ``(UrduPoint News / Sputnik - 08th April, 2022)``) or slashes (``/TASS/``); 0 when there is none."""
    head = line[:160]
    paren, slash = head.find("("), head.find("/")
    if paren >= 0 and (slash < 0 or paren < slash):
        close = head.find(")", paren)
        return close + 1 if close > 0 else 0
    if slash >= 0:
        second = head.find("/", slash + 1)
        return second + 1 if second > 0 else 0
    return 0


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """Short lines at the top or bottom that credit a writer or an agency."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group(0).strip()]
    if len(lines) < 2:
        return []
    out = [(a, b) for a, b in lines if _SOURCE_LINE.match(text[a:b]) and len(text[a:b].split()) <= 2 * _CREDIT_WORDS]
    edge = lines[:2] + lines[-3:]
    for a, b in edge:
        line = text[a:b]
        if not (a < _HEAD or b > len(text) - _TAIL):
            continue
        if len(line.split()) > _CREDIT_WORDS or _SENTENCE.search(line):
            continue
        body = line.strip()
        if _SOURCE_LINE.match(body):
            continue  # taken below, wherever it stands
        if _CREDIT_OPENING.match(body) or (body.startswith("(") and body.endswith(")")):
            out.append((a, b))
    return out
