"""Quotes and who said them: direct quotes in every mark style, reported speech, and the outlet that relays them.

Finding: quotation marks are paired with a stack, so nested quotes (``“... the
“Russian trace.” But ...”``), German and Russian marks (``„ “``, ``« »``) and
quotes that run over paragraphs (an opening mark left open at a paragraph's end
continues) come out whole. Apostrophes are not quote marks.

Deciding what is speech: a quote is speech when a speech verb attributes it
(``“...,” he said``, ``Naryshkin clarified, “...”``, ``stressed that Washington
is “in touch”``, ``According to the diplomat, France is trying to “buy
time”``). A quoted name (``“Azov” (a terrorist organization ...)``), a section
heading in quotes, or a term quoted inside a quote is ``kind: "scare"``.

Who: the cue verb's subject (or its object for ``TASS quotes him``), resolved
to a named mention by ``speakers.Resolver``. The relaying outlet (``via``) is
the subject of ``quotes``/``cites``, or the outlet of ``in a conversation with
RT``, ``told TASS``, ``a reporter for Shot``; later quotes of the same speaker
in the same interview inherit it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import datelines as dl
from ..data.calendar import ENGLISH_MONTHS, TIME_NOUNS, WEEKDAYS
from ..data.framing import PERSON_NOUNS
from ..data.institutions import TITLES
from ..data.speech import (
    AUTHORING_LEMMAS,
    OUTCRY_NOUNS,
    PERCEIVED_LEMMAS,
    REPORTED_FORMS,
    SAID_FORMS,
    SAID_TO_VERBS,
    SPEECH_LEMMAS,
    STATED_BY_PARTICIPLES,
    UNNAMED_PERSON_NOUNS,
    VOICE_OFFICES,
)
from ..model import Analysis, Mention, Quote, QuoteKind, Span
from . import entities_fr, quotes_de, quotes_es, quotes_fr, quotes_pl, quotes_ru, relays, reported
from .nlp import text_of, words_of
from .speakers import (
    BODY_PRONOUNS,
    DESCRIPTION_CLASSES,
    DOCUMENTS,
    INSTITUTION_WORDS,
    NON_SPEAKERS,
    OUTLET_WORDS,
    PRONOUNS,
    SAME_SOURCE,
    THINGS,
    Resolver,
    agrees_with,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_RELAY_LEMMAS = {"quote", "cite", "report"}
# heads of a ``by`` phrase that may speak: "was described as ... by a spokesman"
DESCRIBED_SPEAKERS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "minister",
    "source",
    "leader",
    "president",
    "ministry",
    "government",
    "statement",
    "police",
    "army",
    "military",
    "agency",
    "authority",
}
_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}
_CLOSE_OF = {v: k for k, v in _OPEN.items()}
_CLOSE_OF["\u201d"] = "\u201c"  # „...” closes with a right mark too
# the characters find_marked acts on; it passes over every other character untouched
_MARK_CHAR = re.compile(
    "[" + re.escape("".join(sorted({"'", '"', "`", "\u2018", "\u2019", "\u201c", "\u201d", *_OPEN, *_CLOSE_OF}))) + "]"
)
# between a name and its speech verb: nothing, or an apposition ("Flynn, a top adviser to the campaign, said")
_APPOSITION_GAP = re.compile(
    r"\s*(?:,(?:[^,;.!?\n\u201c\u201d\"()]|\([^()\n]{1,15}\)){1,100},)?\s*"
)  # "(IDF)" may sit inside
_SET_OFF_GAP = re.compile(r"\s*,\s*")  # a name in apposition, set off by commas, right before its verb
# a speaker's label opening a transcript line: "HOLT: ...", "SEN. WARREN: ..."
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.'\u2019-]+ ){0,2}[A-Z][A-Z'\u2019-]{2,}):\s")
_VIA_PREPS = re.compile(
    r"\b(?i:in (?:a|an) (?:conversation|interview|talk|comments?) (?:with|to)|speaking (?:to|with)|"
    r"in (?:a|an) (?:statement|e-?mail|emailed statement|written statement|message|letter) "
    r"(?:(?:issued|sent|given|provided|released|e-?mailed) )?to|"
    r"interviewed by|in an interview with|(?:spoke|spoken|talked|talking) (?:to|with)|per|"
    r"told|(?:" + "|".join(SAID_TO_VERBS) + r") to|"
    r"in comments to|in an article for|writing (?:in|for)|on the air of|on air with|"
    r"a (?:reporter|correspondent|journalist) (?:for|from|of)|"
    r"a question from a (?:reporter|correspondent) "
    r"(?:for|from|of)|according to|"
    r"according to (?:a|the) (?:report|statement|interview|broadcast) (?:by|from|in|on|with)|"
    r"(?:in )?(?:comments|remarks|(?:a|the|his|her|its|their) statement) (?:carried|published|broadcast|quoted) by|"
    r"(?:published|posted|carried) on|"
    r"(?:as )?(?:quoted|cited|reported|carried|published)(?: as saying)? by|said on|speaking on|appearing on)"
    r"\s+(?:(?i:the)\s+)?"
    r"(?:(?:[A-Z][\w-]*|news|state|state-run|state-owned|state-controlled|private|independent|wire|agency|newspaper|"
    r"outlet|propaganda|broadcaster|channel|television|tv|radio|daily|weekly|website|online|local|pro-kremlin|"
    r"opposition|official|government|government-run|national|public|news agency|station|network|magazine|"
    r"paper|portal|programme|program|show)\s+){0,3}$",
)  # "told the Russian state-run TASS news agency", "speaking to the news agency AFP", "told TV station X"


@dataclass
class _Marked:
    """A quoted stretch of text: the inner span (between the marks) and where it sits."""

    inner: Span
    open_at: int
    close_at: int  # index of the closing mark, or the paragraph end when the quote continues
    depth: int = 0
    parent: int | None = None
    continues: bool = False  # left open at the paragraph's end, taken up by the next paragraph
    heading: bool = False
    children: list[int] = field(default_factory=list)


_LINE = re.compile(r"[^\n]+")


def find_marked(text: str) -> list[_Marked]:
    """Every quoted stretch, nested ones included, in text order."""
    out: list[_Marked] = []
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[str, int, int]] = []  # (mark, position of the mark, where the words inside start)
        i = p_start
        while i < p_end:
            found = _MARK_CHAR.search(text, i, p_end)
            if found is None:
                break
            i = found.start()
            ch = text[i]
            two = text[i : i + 2]
            if two in ("''", "``"):
                # typewriter doubles: ``...'' (Penn Treebank) and ''...'' (old wire copy) pair like a straight quote
                if stack and stack[-1][0] == "''":
                    _close(text, out, stack, i, i + 1)
                elif two == "``" or _can_open(text, i, 2):
                    stack.append(("''", i, i + 2))
                i += 2
                continue
            if ch == "'":
                # British single marks: 'Yes,' she said. Apostrophes (don't, o'clock), elisions ('Tis, '90s) and
                # plural possessives (the soldiers' pay) are not marks
                if _single_closes(text, i, p_end, "'") and _unwind(stack, {"'"}):
                    _close(text, out, stack, i, i)
                elif _can_open(text, i) and not _ELISION.match(text, i):
                    stack.append((ch, i, i + 1))
            elif ch == '"':
                if _unwind(stack, {'"'}):
                    _close(text, out, stack, i, i)
                elif stack and stack[-1][0] == "\u201c" and not _can_open(text, i):
                    _close(text, out, stack, i, i)  # mixed marks: \u201c...," he said
                elif _can_open(text, i) or (not stack and _glued_opening(text, i, p_end)):
                    stack.append((ch, i, i + 1))
            elif (
                ch in _OPEN
                and (ch != "\u2018" or _can_open(text, i) and not _ELISION.match(text, i))
                and not (ch == "\u201c" and stack and stack[-1][0] == "\u201e")
            ):
                stack.append((ch, i, i + 1))
            elif ch == "\u201d" and stack and stack[-1][0] == '"':
                _close(text, out, stack, i, i)  # mixed marks: "...,\u201d he said
            elif ch in _CLOSE_OF or ch == "\u201c":
                if ch == "\u2019" and (not _single_closes(text, i, p_end, ch) or not _unwind(stack, {"\u2018"})):
                    i += 1
                    continue
                if ch != "\u2019":  # a single mark left open inside (an apostrophe-like stray) does not block
                    _unwind(
                        stack,
                        {_CLOSE_OF.get(ch, ""), "\u201e"} if ch in ("\u201c", "\u201d") else {_CLOSE_OF.get(ch, "")},
                    )
                top = stack[-1][0] if stack else None
                if top is not None and (top == _CLOSE_OF.get(ch) or (ch in ("\u201c", "\u201d") and top == "\u201e")):
                    _close(text, out, stack, i, i)
            i += 1
        # an opening mark left open at the paragraph's end: the quote continues if the next paragraph opens one
        if stack:
            mark, pos, inner_start = stack[0]
            nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            if (
                mark not in _SINGLE
                and nxt is not None
                and (text[nxt] in (mark, "\u201c", "\u00ab", '"') or text[nxt : nxt + 2] in ("''", "``"))
            ):
                inner = _trim(text, inner_start, p_end)
                if inner:
                    out.append(_Marked(inner, pos, p_end, continues=True))
            elif len(stack) == 1 and (mark in ('"', "\u201c") or (nxt is None and mark in ("\u00ab", "\u201e"))):
                # a close mark missing at the paragraph's end: speech-length sentences still are a quote (guillemets
                # and low marks only at the text's very end, where a stored page is cut)
                inner = _trim(text, inner_start, p_end)
                words = text[inner.start : inner.end] if inner else ""
                if inner and len(words.split()) >= 6 and words.rstrip()[-1:] in ".!?":
                    out.append(_Marked(inner, pos, p_end))
    out.sort(key=lambda q: q.open_at)
    _nest(out)
    starts = [s for s, _ in paragraphs]
    for q in out:
        k = bisect.bisect_right(starts, q.open_at) - 1
        para = paragraphs[k] if k >= 0 and q.open_at < paragraphs[k][1] else None
        if para and text[para[0] : q.open_at].strip() == "" and text[q.close_at + 1 : para[1]].strip(" .") == "":
            said = text[q.inner.start : q.inner.end]
            # a heading is short and not a sentence; a whole paragraph of speech is not a heading
            q.heading = not q.continues and len(said.split()) <= 10 and said.rstrip()[-1:] not in ".!?,;"
    return Marks(out)


class Marks(list[_Marked]):
    """The quoted stretches of a text, with a sorted index of the outermost ones to ask what a position is in."""

    def covers(self, pos: int) -> bool:
        if not hasattr(self, "_starts"):
            top = [q for q in self if q.parent is None]
            self._starts, self._ends = [q.open_at for q in top], [q.close_at for q in top]
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos <= self._ends[i]

    def near(self, start: int, end: int) -> list[_Marked]:
        """The stretches that may meet ``[start, end)`` (opened before ``end``, closed at or after ``start``), in
        text order: a window of the list, not all of it, so that a long article stays linear."""
        if not hasattr(self, "_opens"):
            self._opens = [q.open_at for q in self]
            self._reach = list(itertools.accumulate((q.close_at for q in self), max))
            self._sorted = all(a <= b for a, b in itertools.pairwise(self._opens))
        if not self._sorted:
            return list(self)
        return self[bisect.bisect_left(self._reach, start) : bisect.bisect_left(self._opens, end)]


def _near(marked: list[_Marked], start: int, end: int) -> list[_Marked]:
    return marked.near(start, end) if isinstance(marked, Marks) else marked


def _can_open(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:;,") and not after.isspace()


def _glued_opening(text: str, i: int, p_end: int) -> bool:
    """A straight double mark glued to the word before it that still opens a quote: ``les migrants à bord"ont
    refusé toute aide", selon ...``. A letter on both sides, and the next straight mark in the paragraph closes
    (after a non-space, before a space, punctuation or the paragraph's end)."""
    if not (0 < i and text[i - 1].isalpha() and i + 1 < p_end and text[i + 1].isalpha()):
        return False
    j = text.find('"', i + 1, p_end)
    return j > 0 and not text[j - 1].isspace() and (j + 1 >= p_end or not text[j + 1].isalnum())


_SINGLE = ("'", "\u2018")
# a leading apostrophe that elides letters or digits, not an opening mark: 'Tis, 'twas, 'em, rock 'n' roll, the '90s
_ELISION = re.compile(r"['\u2018\u2019](?:(?:tis|twas|em)\b|n['\u2019]\s|\d\ds?\b)", re.I)


def _unwind(stack: list[tuple[str, int, int]], marks: set[str]) -> bool:
    """Whether an opener in ``marks`` is open, dropping single marks opened above it and never closed
    (``"the '90s-style plan," he said``: a stray single mark does not swallow the closing double one)."""
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] in marks:
            del stack[k + 1 :]
            return True
        if stack[k][0] not in _SINGLE:
            return False
    return False


def _single_closes(text: str, i: int, p_end: int, mark: str) -> bool:
    """A single mark at ``i`` that may close a quote: after a word or punctuation, before a space, punctuation or
    the end; not an apostrophe inside a word, and not a plural possessive (``the soldiers' pay``) when the
    quote can still close later in the paragraph."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if before.isspace() or after.isalnum():
        return False
    if before in "sS" and after == " " and i + 2 < p_end and text[i + 2].isalnum():
        for j in range(i + 2, p_end):
            if text[j] == mark and not text[j - 1].isspace() and (j + 1 >= p_end or not text[j + 1].isalnum()):
                return False
    return True


def _close(text: str, out: list[_Marked], stack: list[tuple[str, int, int]], i: int, last: int) -> None:
    """Close the innermost open quote with the mark that starts at ``i`` and ends at ``last``."""
    mark, pos, inner_start = stack.pop()
    inner = _trim(text, inner_start, i)
    if inner is not None:
        out.append(_Marked(inner, pos, last, depth=len(stack)))


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start and any(c.isalnum() for c in text[start:end]) else None


def _nest(quotes: list[_Marked]) -> None:
    """Parents by a stack over the quotes in text order (marks pair without crossing), linear in their number."""
    stack: list[int] = []
    for i, q in enumerate(quotes):
        while stack and not (quotes[stack[-1]].open_at < q.open_at and q.close_at <= quotes[stack[-1]].close_at):
            stack.pop()
        if stack:
            q.parent = stack[-1]
            quotes[stack[-1]].children.append(i)
        stack.append(i)


# ---------------------------------------------------------------- extraction


@dataclass
class _Found:
    """A quote found, before its speaker is resolved (resolution runs in text order)."""

    kind: QuoteKind
    span: Span
    cue: Token | None = None
    speaker_np: tuple[int, int] | None = None  # token range
    implicit: bool = False  # cue without a subject: the speaker is whoever spoke just before
    via: list[Span] = field(default_factory=list)
    marked: _Marked | None = None
    group: int | None = None  # quotes of one multi-paragraph statement share a group


# a wire dateline opening a sentence ("LONDON (Reuters) -", "KYIV, June 28 (AP) —"): no part of the speaker after it
_DATELINE_LEAD = re.compile(
    rf"{dl.CAPS_PLACE}(?:,\s+{dl.DAY})?\s*{dl.AGENCY_MARK}\s*[-\u2013\u2014:]?\s*(?=[{dl.UPPER}\u201c\"])"
)


def extract_quotes(doc: Doc, analysis: Analysis) -> Iterator[Quote]:
    """Every quote of an article; the agencies its dateline, byline or sign-off credits relay each one."""
    media = [m for m in analysis.mentions if m.type == "MEDIA"]
    credits = relays.credited_agencies(analysis.article.text, media)
    credits += [s for s in relays.outlet_agencies(analysis.article.outlet, media) if s not in credits]
    for quote in _extract(doc, analysis):
        if credits and quote.kind != "scare":
            extra = tuple(s for s in credits if s != quote.speaker_ref and s not in quote.via_refs)
            if extra:
                quote = replace(quote, via_refs=quote.via_refs + extra)
        yield quote


# The languages read from the surface, each by its own reader of quotes (no parser ships for them here): German,
# Spanish (with Portuguese and Romanian), Polish, and French (with Italian and the other Romance languages)
_SURFACE_READERS = {
    "de": quotes_de.extract_quotes,
    "es": quotes_es.extract_quotes,
    "pt": quotes_es.extract_quotes,
    "ro": quotes_es.extract_quotes,
    "pl": quotes_pl.extract_quotes,
    **{lang: quotes_fr.extract_quotes for lang in entities_fr.LANGUAGES - {"de", "es", "pt"}},
}


def _extract(doc: Doc, analysis: Analysis) -> Iterator[Quote]:
    text = text_of(doc)
    article = analysis.article.id
    mentions = analysis.mentions
    media = [m for m in mentions if m.type == "MEDIA"]
    if analysis.article.language in ("ru", "uk"):  # no parser: surface patterns of Russian and Ukrainian wire copy
        yield from quotes_ru.extract_quotes(text, analysis, find_marked(text))
        return
    language = analysis.article.language or ""
    if not doc.has_annotation("DEP") and language in _SURFACE_READERS:
        marked = find_marked(text)
        yield from _SURFACE_READERS[language](text, analysis, marked)
        if language in reported.LANGUAGES:  # what sources say without quotation marks, and who they are
            yield from reported.reported(text, article, marked, analysis.mentions, language)
        return
    if not doc.has_annotation("DEP"):
        yield from _unparsed(text, article)
        return
    marked = find_marked(text)
    people = {m.span.start: m for m in mentions if m.type == "PERSON"}
    found = _direct(doc, text, marked, media, people) + _indirect(doc, text, marked, media, people)
    found.sort(key=lambda f: (f.span.start, f.kind))
    resolver = Resolver(mentions, text, quoted=marked.covers if isinstance(marked, Marks) else None)
    _note_subjects(doc, resolver, mentions)
    last: dict[str, tuple[Mention | None, list[Span]]] = {}  # speaker name -> (speaker, via) in this article
    group_speaker: dict[int, tuple[str | None, Span | None, Mention | None, str | None, Span | None]] = {}
    previous: Quote | None = None
    previous_ref: Mention | None = None
    out: list[tuple[_Found, Quote]] = []
    refs: list[Mention | None] = []  # the speaker each quote of ``out`` resolved to
    taken_up: set[int] = set()  # quotes of ``out`` whose "he" or "she" took up the unnamed person before
    for f in found:
        speaker_text = speaker_span = None
        ref: Mention | None = None
        told_from: int | None = None  # where the sentence starts whose names a pronoun speaker cannot stand for
        label = _TRANSCRIPT_LABEL.match(text, f.span.start) if f.kind == "direct" else None
        if label is not None:  # a transcript: “HOLT: Let's begin ...” is the anchor's line, whoever frames it
            speaker_span = Span(label.start(1), label.end(1))
            speaker_text = label.group(1)
            ref = resolver.resolve(speaker_text.title(), speaker_span)
        elif f.speaker_np is not None:
            a, b = f.speaker_np
            if doc[a].ent_type_ == "PERSON" and (doc[a].ent_iob_ == "I" or b < len(doc) and doc[b].ent_iob_ == "I"):
                # "Kim E-bae, the airline's president, said": a parse that cuts the phrase inside the name ("bae",
                # "Kim E") takes the whole name
                while a > 0 and doc[a].ent_iob_ == "I":
                    a -= 1
                while b < len(doc) and doc[b].ent_iob_ == "I" and doc[b].ent_type_ == "PERSON":
                    b += 1
            speaker_span = Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
            dateline = _DATELINE_LEAD.match(text, speaker_span.start)
            if dateline is not None and dateline.end() < speaker_span.end:
                # "LONDON (Reuters) -Russia's defence ministry said": the parse took the dateline into the subject
                speaker_span = Span(dateline.end(), speaker_span.end)
            speaker_text = text[speaker_span.start : speaker_span.end]
            ref = resolver.resolve(speaker_text, speaker_span, head=doc[a:b].root.lower_)
            if ref is None and (named_as := _NAMED_AS.match(text, speaker_span.end)) is not None:
                # "Another social media user, named as Tomas Reyo, said": the person the apposition names
                ref = people.get(named_as.end())
            if f.cue is not None and b - a == 1 and doc[a].pos_ == "PRON":
                # "Clinton says she admired X's courage in what she calls “...”": a pronoun is the subject of the
                # clause it sits in when that subject agrees with it, not the last name seen
                governed, governor = _governing_subject(doc, f.cue, resolver, people, marked, speaker_text)
                ref = governor if governed else ref
                if doc[a].head.i == f.cue.i and doc[a].dep_ == "nsubj":
                    told_from = f.cue.sent.start_char  # the names of what the pronoun tells are not the pronoun
                if ref is not None and _told_about(doc, f.cue, doc[a], ref):
                    # "The officer threatened Nahel, telling him to “...,” he said": "he" tells of Nahel, so is not
                    # Nahel; whoever was in focus before the sentence
                    ref = resolver.person_before(speaker_text, f.cue.sent.start_char)
        elif f.kind == "direct" and f.group is not None and f.group in group_speaker:
            speaker_text, speaker_span, ref, _, _ = group_speaker[f.group]
        elif (f.implicit or (f.kind == "direct" and f.cue is None)) and previous is not None:
            # "Adding that ...", or an unattributed quote paragraph right after a quote: the same speaker; not a
            # speaker quoted paragraphs before ("Meanwhile, it attacked X, saying ...": the "it" of this paragraph)
            if _same_or_next_paragraph(text, previous.span.end, f.span.start):
                speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
        if (
            f.kind == "direct"
            and (speaker_text is None or (f.cue is not None and f.cue.idx < f.span.start))
            and (by := _stated_by(text, f.span.start)) is not None
            and (f.cue is None or by.start < f.cue.idx)
        ):
            # "This was stated by the press service of X[, reports Y].\n\n“...”": the source the sentence before
            # names, relayed by the outlet that reports it
            if ref is not None and ref.type == "MEDIA":
                f = replace(f, via=[*f.via, ref.span])
            speaker_span, speaker_text = by, text[by.start : by.end]
            ref = resolver.resolve(speaker_text, by)
        if (
            ref is None
            and speaker_text is not None
            and speaker_text.casefold() in _HE_SHE
            and previous is not None
            and speaker_span is not None
            and _stranger_again(
                text,
                previous,
                previous_ref,
                speaker_text,
                Span(told_from, told_from) if told_from is not None else speaker_span,
                mentions,
                marked,
            )
        ):
            # "A former expert at the agency said “...”. Speaking on condition of anonymity, he told AFP that ...":
            # the pronoun that found nobody named is the unnamed person who spoke just before
            speaker_text, speaker_span, ref = previous.speaker_text, previous.speaker_span, previous_ref
            taken_up.add(len(out))
            if not f.via:  # "a spokesman told TASS ... . “...,” he said": the same telling, through the same outlet
                f = replace(f, via=list(previous.via_refs))
        if (
            ref is None
            and speaker_text is not None
            and previous is not None
            and previous_ref is not None
            and SAME_SOURCE.fullmatch(speaker_text.strip())
        ):
            ref = previous_ref  # "“...,” the same source added": whoever the quote before was resolved to
        if (
            ref is None
            and speaker_text is not None
            and speaker_text.casefold() in ("they", "them")
            and previous is not None
            and previous_ref is not None
            and previous_ref.type in _BODIES
            and speaker_span is not None
            and _same_or_next_paragraph(text, previous.span.end, speaker_span.start)
            and not _named_between(mentions, previous.span.end, speaker_span.start, marked)
        ):
            ref = previous_ref  # "“...,” the ministry said. They added that “...”": the body that just spoke
        key = ref.name.split()[-1] if ref is not None else None  # "Sousa" and "Marta Sousa" are one speaker
        via = [v for v in f.via if ref is None or v != ref.span]
        if speaker_span is not None:
            via += [
                m.span
                for m in media
                if speaker_span.start <= m.span.start < speaker_span.end and (ref is None or m.span != ref.span)
            ]
        if not via and key and key in last and last[key][1]:
            via = list(last[key][1])  # later quotes of one interview come through the same outlet
        if not via and ref is not None and ref.type == "PERSON" and f.kind != "scare":
            via = _relayed_before(text, mentions, ref, f.span.start, marked)  # "X announced ..., Interfax reports."
        if not via and f.cue is not None and f.kind != "scare":
            via = _presented_by(doc, f.cue, resolver, marked)  # "BFMTV aired it. The driver is heard saying"
        if not via and ref is None and f.kind != "scare" and speaker_text and speaker_span is not None:
            # "The Daily Courier cited residents who said ... . A resident said": an outlet or a body that cited them
            relayers = [m for m in mentions if m.type in ("MEDIA", "ORG")]
            via = _cited_before(text, relayers, speaker_text, speaker_span.start, marked)
        if (
            not via
            and ref is None
            and f.kind != "scare"
            and previous is not None
            and previous_ref is None
            and speaker_span is not None
            and _same_stranger(previous.speaker_text, speaker_text)
            and _same_or_next_paragraph(text, previous.span.end, speaker_span.start)
            and not _named_between(mentions, previous.span.end, speaker_span.start, marked)
        ):
            via = list(previous.via_refs)  # "A ministry source told AFP that “...”. “...,” the official said."
        cue = _cue_text(f.cue) if f.cue is not None else None
        cue_span = Span(f.cue.idx, f.cue.idx + len(f.cue.text)) if f.cue is not None else None
        quote = Quote(
            article=article,
            span=f.span,
            text=text[f.span.start : f.span.end],
            kind=f.kind,
            speaker_text=speaker_text,
            speaker_span=speaker_span,
            speaker_ref=ref.span if ref is not None else None,
            cue=cue,
            cue_span=cue_span,
            via_refs=tuple(dict.fromkeys(via)),
        )
        if f.kind != "scare":
            if ref is not None and key is not None:  # key is None exactly when ref is
                resolver.note_speaker(f.span.start, ref)
                last[key] = (ref, via or (last.get(key, (None, []))[1]))
            elif speaker_text is not None and speaker_text.casefold() not in PRONOUNS | BODY_PRONOUNS:
                resolver.note_unnamed(f.span.start)  # "“...,” the report says. It also points out ...
                if _unnamed_person(speaker_text):
                    # "Karim stopped the car, the passenger said. He added": that passenger, noted where named
                    resolver.note_stranger(max(f.span.start, speaker_span.start if speaker_span else 0))
            if f.group is not None and f.group not in group_speaker and speaker_text is not None:
                group_speaker[f.group] = (speaker_text, speaker_span, ref, cue, cue_span)
            previous, previous_ref = quote, ref
        out.append((f, quote))
        refs.append(ref)
    _relay_back(text, out, refs, taken_up)
    _interview_told_of(text, out, refs, media)
    for f, quote in out:
        if quote.speaker_text is None and f.kind == "direct" and f.group in group_speaker:
            # "“We dug with our hands ...\n\n“By dawn ...,” she said": the attribution closes the statement
            speaker_text, speaker_span, ref, _, _ = group_speaker[f.group]
            quote = replace(
                quote,
                speaker_text=speaker_text,
                speaker_span=speaker_span,
                speaker_ref=ref.span if ref is not None else None,
            )
        yield quote


_LINE_BREAKS = re.compile(r"\n+")
# "This was stated by the press service of X." right before a quote that opens its own sentence or paragraph
_STATED_BY = re.compile(
    r"\b(?:this|that|it)\s+(?:was|has\s+been|had\s+been|is)\s+(?:" + "|".join(STATED_BY_PARTICIPLES) + r")\s+"
    r"by\s+(?P<who>[^.,;:\n]{2,100}?)(?:,[^\n]{0,80}?)?[.!?][ \t]*\n{0,2}[ \t]*"
    r"[\"\u201c\u00ab\u201e][ \t]*\Z",
    re.IGNORECASE,
)
_STATED_BY_REACH = 300


def _stated_by(text: str, start: int) -> Span | None:
    """The source a sentence right before a quote names as having stated it (``This was stated by X.``), or None."""
    back = max(0, start - _STATED_BY_REACH)
    m = _STATED_BY.search(text, back, start)
    return Span(m.start("who"), m.end("who")) if m is not None else None


def _same_stranger(first: str | None, later: str | None) -> bool:
    """Whether ``later`` takes up the unnamed person ``first`` introduced: an indefinite description ending in a noun
    for an unnamed person (``A migration ministry source``, ``an official``) and then a definite one of such a noun
    alone (``the official``, ``the source``): ``A ministry source told AFP that “...”. “...,” the official said.``"""
    if not first or not later:
        return False
    introduced, taken_up = first.casefold().split(), later.casefold().split()
    return (
        len(introduced) >= 2
        and introduced[0] in ("a", "an")
        and introduced[-1] in UNNAMED_PERSON_NOUNS
        and len(taken_up) == 2
        and taken_up[0] == "the"
        and taken_up[1] in UNNAMED_PERSON_NOUNS
    )


def _stranger_again(
    text: str,
    previous: Quote,
    previous_ref: Mention | None,
    pronoun: str,
    at: Span,
    mentions: Sequence[Mention],
    marked: object,
) -> bool:
    """Whether a "he" or "she" that resolved to nobody takes up the unnamed person the quote before was said by: an
    indefinite description (``A former expert at the agency``, ``a witness``) that names no person, in this paragraph
    or the one before, with nobody named between (what the pronoun itself tells of aside) and no role word of the
    other gender. A definite one (``the passenger``) is left alone: after a story told in quotes, the one it was
    "the guard" who spoke is not the one telling it."""
    described = previous.speaker_text
    if described is None or previous.speaker_span is None:
        return False
    return (
        described.split()[0].casefold() in ("a", "an")
        and _phrase_head(described) not in NON_SPEAKERS | INSTITUTION_WORDS | OUTLET_WORDS  # not "an official report"
        and (previous_ref is None or previous_ref.type != "PERSON")
        and _same_or_next_paragraph(text, previous.span.end, at.start)
        and not _named_between(mentions, previous.speaker_span.end, at.start, marked, previous.via_refs, people=True)
        and agrees_with(pronoun, described)
    )


_PHRASE_ENDS = {"of", "in", "on", "at", "for", "from", "who", "with"}


def _phrase_head(phrase: str) -> str:
    """The head noun of a description, lower-cased: the word before its first preposition or relative (``expert`` in
    ``a former expert at the agency``)."""
    words = [w.strip(".,").casefold() for w in phrase.split()]
    ends = next((k for k, w in enumerate(words) if w in _PHRASE_ENDS and k > 0), len(words))
    return words[ends - 1] if words else ""


def _unnamed_person(phrase: str) -> bool:
    """Whether a speaker phrase describes one unnamed person: a determiner and a noun for a person left unnamed at
    its head (``the passenger``, ``a former expert at the agency``, ``the man in the video``)."""
    words = phrase.split()
    return (
        len(words) >= 2
        and words[0].casefold() in ("a", "an", "the", "one")
        and (_phrase_head(phrase) in UNNAMED_PERSON_NOUNS)
    )


def _told_about(doc: Doc, cue: Token, pronoun: Token, person: Mention) -> bool:
    """Whether a pronoun that is the subject of a speech verb stands for someone the clause it reports acts on: in
    ``The officer threatened Nahel, telling him to stop, he said`` "he" tells what was done to Nahel, so is not
    Nahel. Only an object or another non-subject in the reported clause: its subject may be the speaker again
    (``X scolded him: “...,” she said``), and so may a name in a clause set before (``As X read the verdict, he
    said``)."""
    if pronoun.head.i != cue.i or pronoun.dep_ != "nsubj":
        return False
    sent = cue.sent
    if not sent.start_char <= person.span.start < sent.end_char:
        return False
    inside = doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
    if inside is None or inside.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    reported = [c for c in cue.children if c.dep_ == "ccomp"]
    return any(clause in inside.root.ancestors for clause in reported)


def _relay_back(text: str, out: list[tuple[_Found, Quote]], refs: list[Mention | None], taken_up: set[int]) -> None:
    """A quote of someone unnamed with no relay takes the relay the same person names right after: ``A former expert
    said “...”. He told AFP ...`` (the pronoun right after stands for that person; this paragraph or the next, also
    where it was taken up as that person's description), or the same unresolved description in the same paragraph.
    A named person is left alone: ``X said ... . “...,” X told ZDF`` may be two occasions. The search stops at the
    first quote of someone else."""
    for i, (f, quote) in enumerate(out):
        ref = refs[i]
        if f.kind == "scare" or quote.via_refs or quote.speaker_text is None:
            continue
        for j in range(i + 1, len(out)):
            g, later = out[j]
            if g.kind == "scare":
                continue
            if not _same_or_next_paragraph(text, quote.span.end, later.span.start):
                break
            one_paragraph = "\n" not in text[quote.span.end : later.span.start]
            unnamed = (  # "A former expert at the agency said": a person unnamed, whatever body the phrase names
                (ref is None or ref.type != "PERSON")
                and refs[j] is None
                and quote.speaker_text.split()[0].casefold() in ("a", "an")
                and (later.speaker_text or "").casefold() in PRONOUNS
            )
            described = ref is None and later.speaker_text == quote.speaker_text and one_paragraph
            # a "he" that took up the unnamed person (see _stranger_again) carries that person's phrase
            again = j in taken_up and later.speaker_span == quote.speaker_span
            if not (unnamed or described or again):
                break
            if g.via:
                out[i] = (f, replace(quote, via_refs=tuple(dict.fromkeys(g.via))))
                break


# a sentence that only says where a person spoke: "He spoke in an interview with KTV on Thursday."
_OCCASION_BEFORE = re.compile(
    r"(?:\A|[.!?][\"\u201d\u2019]?\s+|\n\s*)(?P<subject>He|She|[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})\s+"
    r"(?:spoke|was speaking|had spoken|was talking|made (?:the|these|those|his|her) (?:remarks|comments))\s+"
    r"(?:(?:in|during) (?:an|a|a live|an exclusive) (?:interview|conversation|talk show) (?:with|on)|to|with|on)"
    r"\s+(?:the\s+)?\Z"
)
_OCCASION_AFTER = re.compile(r"[^.!?\n\"\u201c\u201d]{0,60}?[.!?](?:\s|\Z)")


def _interview_told_of(
    text: str, out: list[tuple[_Found, Quote]], refs: list[Mention | None], media: Sequence[Mention]
) -> None:
    """A sentence of its own that says where a person spoke (``He spoke in an interview with KTV on Thursday.``)
    gives that outlet to every quote of that person in the article, when none of them names an outlet already:
    the article reports one interview. ``He``/``She`` is the person quoted last before the sentence."""
    for m in media:
        before = _OCCASION_BEFORE.search(text, max(0, m.span.start - 160), m.span.start)
        if before is None or not _OCCASION_AFTER.match(text, m.span.end):
            continue
        subject = before.group("subject")
        person: Mention | None = None
        if subject in ("He", "She"):
            earlier = [
                r for (f, q), r in zip(out, refs, strict=True) if f.kind != "scare" and q.span.end < m.span.start
            ]
            person = earlier[-1] if earlier else None
        else:
            person = next((r for r in refs if r is not None and r.name.split()[-1] == subject.split()[-1]), None)
        if person is None or person.type != "PERSON":
            continue
        key = person.name.split()[-1]
        mine = [
            i for i, r in enumerate(refs) if r is not None and r.name.split()[-1] == key and out[i][0].kind != "scare"
        ]
        if any(out[i][1].via_refs for i in mine):
            continue  # the article says through whom already: perhaps another occasion
        for i in mine:
            f, quote = out[i]
            out[i] = (f, replace(quote, via_refs=(m.span,)))


_RELAY_BACK = 600  # characters before a quote where a sentence may say through whom its speaker spoke
_OUTLET_REPORTS = re.compile(r"\s*(?:reports|reported|writes|wrote|informs|informed)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019]?\s|\n")


def _relayed_before(text: str, mentions: Sequence[Mention], speaker: Mention, at: int, marked: object) -> list[Span]:
    """The outlet through which a sentence just before a quote (this paragraph or the one before) says its speaker
    spoke: ``Peskov announced this at a briefing, Interfax reports.``, ``Peskov told TASS on Monday that ...``. The
    speaker must be the person named last before the outlet in that sentence (``X's spokesman Y told AFP`` is Y)."""
    covers = marked.covers if isinstance(marked, Marks) else None
    media = [m for m in mentions if m.type == "MEDIA"]
    people = sorted((m for m in mentions if m.type == "PERSON"), key=lambda m: m.span.start)
    surname = speaker.name.split()[-1] if speaker.name.split() else ""
    lo = max(0, at - _RELAY_BACK)
    for m in sorted(media, key=lambda m: -m.span.start):
        if not lo <= m.span.start < at or (covers is not None and covers(m.span.start)):
            continue
        if len(_LINE_BREAKS.findall(text[m.span.end : at])) > 1:
            break  # two paragraphs back: another story
        breaks = list(_SENTENCE_BREAK.finditer(text, lo, m.span.start))
        start = breaks[-1].end() if breaks else lo
        named = [p for p in people if start <= p.span.start and p.span.end <= m.span.start]
        if not surname or not named or named[-1].name.split()[-1:] != [surname]:
            continue
        before = text[max(start, m.span.start - 60) : m.span.start]
        if _OUTLET_REPORTS.match(text, m.span.end) or _VIA_PREPS.search(before):
            return [m.span]
    return []


# an outlet that passes on what unnamed people told it: "X cited residents who said", "X reported, citing witnesses"
_CITES = re.compile(
    r"[^.!?\n]{0,60}?\b(?:cit(?:ed|es|ing)|quot(?:ed|es|ing))\s+(?:(?:some|several|local|other|many|two|three|a|an|one)\s+)?"
    r"([A-Za-z]+)\b"
)
# unnamed people the same as each other for this purpose: "residents" cited, then "a local said"
_ONE_CROWD = (frozenset({"resident", "local", "villager", "inhabitant", "neighbour", "neighbor"}),)


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _cited_before(text: str, relayers: Sequence[Mention], speaker_text: str, at: int, marked: object) -> list[Span]:
    """The outlet that a sentence before an unnamed speaker (this paragraph or the one before, nobody else's quote
    between) says it cited people of the speaker's kind: ``The Daily Courier cited residents who said ... . A
    resident said: “...”``, ``the agency reported, citing witnesses``. The speaker is one of those people."""
    words = speaker_text.split()
    if len(words) < 1 or len(words) > 4:
        return []
    head = _singular(_phrase_head(speaker_text))
    if head not in UNNAMED_PERSON_NOUNS and head + "s" not in PERSON_NOUNS:
        return []
    crowd = next((c for c in _ONE_CROWD if head in c), frozenset({head}))
    covers = marked.covers if isinstance(marked, Marks) else None
    for m in sorted(relayers, key=lambda m: -m.span.start):
        if not at - _RELAY_BACK <= m.span.start < at or (covers is not None and covers(m.span.start)):
            continue
        if len(_LINE_BREAKS.findall(text[m.span.end : at])) > 1:
            break
        cited = _CITES.match(text, m.span.end)
        if cited is not None and _singular(cited.group(1)) in crowd:
            return [m.span]
    return []


_BODIES = ("ORG", "GPE", "MEDIA", "NORP")


def _named_between(
    mentions: Sequence[Mention],
    a: int,
    b: int,
    marked: object,
    told: Sequence[Span] = (),
    *,
    people: bool = False,
) -> bool:
    """Whether a person or body is named between ``a`` and ``b`` outside quotation marks; the outlets in ``told``
    (``a spokesman told TASS``: the outlet that was told, which speaks no words of its own) aside. ``people``: for
    a "he" or "she", a nationality word (``the Russian rescue workers``) names no one it could stand for."""
    covers = marked.covers if isinstance(marked, Marks) else None
    kinds = ("PERSON", *(k for k in _BODIES if not (people and k == "NORP")))
    return any(
        a <= m.span.start < b
        and m.type in kinds
        and not (covers is not None and covers(m.span.start))
        and m.span not in told
        for m in mentions
    )


def _same_or_next_paragraph(text: str, a: int, b: int) -> bool:
    return len(_LINE_BREAKS.findall(text[a:b])) <= 1 and b - a < 1500


def _note_subjects(doc: Doc, resolver: Resolver, mentions: tuple[Mention, ...]) -> None:
    """People and bodies that are the subject of a sentence's main verb come into focus (pronouns later point back
    to them)."""
    people = [m for m in mentions if m.type in ("PERSON", "ORG", "GPE", "MEDIA", "NORP")]
    if not people:
        return
    starts = [m.span.start for m in people]
    text = text_of(doc)  # Doc.text joins every token on each access
    for sent in doc.sents:
        root = sent.root
        _note_oblique(doc, sent, resolver, people, starts, text)
        if resolver.quoted is not None and resolver.quoted(root.idx):
            continue  # a sentence inside a quote: whom the speaker talks about, not who speaks
        end = sent.end_char - 1  # noted at the sentence's end: an object named after it does not take over
        trailing = _TRAILING_SOURCE.search(text, sent.start_char, sent.end_char)
        if trailing is not None and trailing.group("head").casefold() in VOICE_OFFICES:
            # "X did Y, the press office of the Ostra Investigative Committee reported on Friday.": the body that
            # reports it is the voice of the sentence, whatever the parser made its subject
            owner = resolver.mention_in(Span(trailing.start("source"), trailing.end("source")))
            if owner is not None and owner.type in _BODIES:
                resolver.note_speaker(end, owner)
                continue
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                a, b = child.left_edge.idx, child.idx + len(child.text)
                inside = _inside_of(people, starts, a, b)
                # "Marek's senior aide, Pavel Dorn, told ...": the aide, named in the subject or its apposition, not
                # the person he belongs to
                named = [m for m in inside if m.type == "PERSON" and not _POSSESSOR.match(text, m.span.end)]
                if not named and any(m.type == "PERSON" for m in inside):
                    named = [
                        m
                        for c in child.children
                        if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                        for m in _inside_of(people, starts, c.left_edge.idx, c.idx + len(c.text))
                        if m.type == "PERSON"
                    ]
                person = named[0] if named else None
                if person is None and child.lower_ in _TITLE_WORDS:
                    person = _named_at_the_end(doc, child, people, starts, b)
                # a body only when it is the subject itself ("The council said"), not a word before a person's
                # name ("German Chancellor Angela Merkel")
                body = next((m for m in inside if m.span.start <= child.idx < m.span.end), None)
                if person is None and body is None and child.lower_ in VOICE_OFFICES:
                    # "The press office of the Ostra Investigative Committee said": the committee, which the parse
                    # hangs after the head word
                    owner = resolver.mention_in(Span(a, child.right_edge.idx + len(child.right_edge.text)))
                    body = owner if owner is not None and owner.type in _BODIES else None
                if person is None and body is None and _document(child) and (author := _written_by(child)):
                    # "“...,” said a report by the general staff.": a later "it" is the report, so its author
                    body = resolver.mention_in(_author_span(author))
                described = None
                if person is None and body is None:  # "The electoral authority said ...": a later "it" is that body
                    described = resolver.kind_in_focus(text[a:b], a) or resolver.description(Span(a, b))
                if person is not None or body is not None or described is not None:
                    resolver.note_speaker(end, person or body or described)
                elif child.lower_ in UNNAMED_PERSON_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children
                ):
                    resolver.note_stranger(end)  # "A former expert at the agency said ...": someone unnamed
                elif child.pos_ == "NOUN" and child.tag_ == "NN":
                    resolver.note_unnamed(end)  # "The report found ...": a later "it" is the report


# Where a name stands when it is no subject: a possessor, an object of the verb or of a preposition
_OBLIQUE_DEPS = frozenset({"poss", "dobj", "pobj", "dative", "iobj", "obj"})


def _note_oblique(
    doc: Doc, sent: SpacySpan, resolver: Resolver, mentions: list[Mention], starts: list[int], text: str
) -> None:
    """People a sentence names only as a possessor or an object after a person it names otherwise (its subject):
    "President Arce emerged and ordered Zuniga to withdraw: “...,” he said" is Arce's line, and so is "Peskov said,
    asked about Zourabichvili's claims. “...,” he said"."""
    people = [m for m in _inside_of(mentions, starts, sent.start_char, sent.end_char) if m.type == "PERSON"]
    if len(people) < 2:
        return
    subject_seen = False
    for m in people:
        if resolver.quoted is not None and resolver.quoted(m.span.start):
            continue
        last = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if last is None or len(last) == 0:
            continue
        head = last.root
        oblique = head.dep_ in _OBLIQUE_DEPS or _POSSESSOR.match(text, m.span.end) is not None
        if oblique and subject_seen:
            resolver.oblique.add(m.span.start)
        elif not oblique:
            subject_seen = True


def _inside_of(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    """The mentions (sorted, with their ``starts``) that lie between ``a`` and ``b`` (a character over allowed)."""
    i = bisect.bisect_left(starts, a)
    inside = []
    while i < len(mentions) and mentions[i].span.start < b:
        if mentions[i].span.end <= b + 1:
            inside.append(mentions[i])
        i += 1
    return inside


# Right after an unnamed speaker: an apposition that names them ("a resident, identified as Ana Ruiz, said")
_NAMED_AS = re.compile(r",\s+(?:who\s+was\s+|who\s+is\s+)?(?:named|identified|known)\s+(?:only\s+)?as\s+")
_POSSESSOR = re.compile(r"['\u2019](?:s\b|\s)")  # right after a name: the name is a possessor ("Marek's aide")

# A sentence's closing attribution: ", the press office of the committee reported on Friday." (head: "office")
_TRAILING_SOURCE = re.compile(
    r",\s+(?P<source>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<head>\w+)\s+(?:of|at)\s+[^,;:.!?\n\"“”]{2,80}?)"
    r"\s+(?:" + "|".join(REPORTED_FORMS) + r")\b(?:\s+(?:on|late|early)\s+\w+)?\s*[.!]\s*\Z",
)
_TITLE_WORDS = frozenset(t.casefold() for t in TITLES)
_NOT_THE_HOLDER = re.compile(r"(?:\bof|\bfor|\bto|\band|['\u2019]s)\s*\Z", re.IGNORECASE)


def _named_at_the_end(doc: Doc, title: Token, people: list[Mention], starts: list[int], b: int) -> Mention | None:
    """``the spokesman of Iran's Defense Ministry General Jane Roe, denied ...``: a title subject whose phrase ends
    with a person's name is that person (the parser often hangs the name on the body's words); not the person a
    preposition or a possessive ties to it (``the spokesman of President Roe``)."""
    last = title.right_edge
    while last.i > title.i and last.is_punct:
        last = doc[last.i - 1]
    end = last.idx + len(last.text)
    i = bisect.bisect_right(starts, b - 1)
    found = [m for m in people[i:] if m.span.start >= b and m.span.end <= end and m.type == "PERSON"]
    if len(found) != 1 or found[0].span.end != end:
        return None
    person = found[0]
    before = text_of(doc)[max(0, person.span.start - 40) : person.span.start]
    words = before.split()
    while words and (words[-1].rstrip(".").casefold() in _TITLE_WORDS or words[-1].rstrip(".") in _SHORT_TITLES):
        words.pop()  # "of President Jane Roe": the title before the name is no body
    return None if _NOT_THE_HOLDER.search(" ".join(words) + " ") else person


_SHORT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Maj", "Capt", "Prof", "Sen", "Rep", "Gov"})


_HE_SHE = {"he", "she"}


def _governing_subject(
    doc: Doc, cue: Token, resolver: Resolver, people: dict[int, Mention], marked: list[_Marked], pronoun: str
) -> tuple[bool, Mention | None]:
    """(found, who): the named subject of a clause above a pronoun's speech verb that the pronoun agrees with
    (gender, person or body), the nearest first. A name there that is nobody known (``Ruiz said she ...`` where
    Ruiz was not recognised) is (True, None): the pronoun is that unknown person, not someone named earlier.
    (False, None) when no clause above names anyone."""
    head = cue
    for _ in range(6):
        if head.head.i == head.i:
            break
        head = head.head
        subj = _subject(head, marked)
        if subj is None or subj.pos_ == "PRON":
            continue
        a, b = _subject_phrase(subj, people)
        span = Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        found = resolver.resolve(text_of(doc)[span.start : span.end], span, head=doc[a:b].root.lower_)
        if found is not None and resolver.agrees(found, pronoun):
            return True, found
        if (
            found is None
            and subj.pos_ == "PROPN"
            and subj.ent_type_ in ("PERSON", "")
            and pronoun.casefold() in _HE_SHE
        ):
            return True, None
    return False, None


def _cue_text(tok: Token) -> str:
    parts = [tok.text] + [c.text for c in tok.children if c.dep_ == "prt"]
    return " ".join(parts)


# ---------------------------------------------------------------- direct quotes


_SO_CALLED_BEFORE = re.compile(r"\bso[- ]called\s*$", re.I)


def _direct(
    doc: Doc, text: str, marked: list[_Marked], media: list[Mention], people: dict[int, Mention]
) -> list[_Found]:
    out: list[_Found] = []
    groups: dict[int, int] = {}
    for i, q in enumerate(marked):
        parent_direct = q.parent is not None and _is_speechlike(text, marked[q.parent])
        so_called = bool(_SO_CALLED_BEFORE.search(text[max(0, q.open_at - 12) : q.open_at]))
        cried = None if q.heading or parent_direct or so_called else _outcry(doc, q)
        if cried is not None:  # "prompting cries of “Stop!” from the migrants": words cried, however short
            out.append(_Found("direct", q.inner, cue=cried[0], speaker_np=cried[1], marked=q))
            continue
        if q.heading or parent_direct or so_called or _name_like(text, q):
            out.append(_Found("scare", q.inner, marked=q))
            continue
        attribution = _attribute(doc, text, q, marked, people, media)
        group = None
        if q.continues or (i > 0 and marked[i - 1].continues):
            group = groups.setdefault(i - 1 if i > 0 and marked[i - 1].continues else i, len(groups))
            groups[i] = group
        if attribution is None:
            words = len(text[q.inner.start : q.inner.end].split())
            if words >= 8 or q.continues or group is not None or _whole_sentence(text, q):
                # speech, speaker from context: the person a sentence just before it is about ("X called him a
                # master of the deal. “He showed ...”"), else whoever spoke last
                intro = _introduced_by(doc, text, q, people, marked) or _own_subject(doc, text, q, people, marked)
                out.append(_Found("direct", q.inner, marked=q, group=group, speaker_np=intro))
            else:
                out.append(_Found("scare", q.inner, marked=q))
            continue
        cue, np_range, implicit = attribution
        subj = _subject(cue, marked)
        if subj is not None and q.open_at < subj.idx < q.close_at and _title_in_marks(subj, marked):
            out.append(_Found("scare", q.inner, marked=q))  # the occupying “mayor” ... stated: a title, not speech
            continue
        out.append(
            _Found(
                "direct",
                q.inner,
                cue=cue,
                speaker_np=np_range,
                implicit=implicit,
                via=_via(doc, text, cue, q.inner, media),
                marked=q,
                group=group,
            )
        )
    return out


def _outcry(doc: Doc, q: _Marked) -> tuple[Token, tuple[int, int] | None] | None:
    """(the noun of crying, the crier's noun phrase or None) for a quote that is what an outcry noun's ``of``
    names: ``prompting cries of “Stop!” from the migrants on board`` (the crier: ``the migrants``), ``Their shouts
    of “Help!” went unheard`` (``Their``); None for any other quote."""
    open_tok = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if open_tok is None or open_tok.start == 0:
        return None
    of = doc[open_tok.start - 1]
    noun = of.head
    if of.lower_ != "of" or of.dep_ != "prep" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in OUTCRY_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun, _noun_phrase(owner)
    close_tok = doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
    after = doc[close_tok.end] if close_tok is not None and close_tok.end < len(doc) else None
    if after is not None and after.lower_ == "from":  # the parse may hang "from" on any verb before
        crier = next((c for c in after.children if c.dep_ == "pobj"), None)
        if crier is not None and crier.pos_ in ("NOUN", "PROPN", "PRON"):
            return noun, _noun_phrase(crier)
    return noun, None


def _introduced_by(
    doc: Doc, text: str, q: _Marked, people: dict[int, Mention], marked: list[_Marked]
) -> tuple[int, int] | None:
    """The named person who is the subject of the sentence right before an unattributed quote, in its paragraph,
    when that sentence quotes nobody itself: "Sanders named exhaustion with bigotry as a reason. “The younger ...”"."""
    before = text[: q.open_at].rstrip()
    if not before or "\n" in text[len(before) : q.open_at] or before[-1:] not in ".!?:":
        return None
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return None
    sent = last.sent
    if any(
        sent.start_char <= m.open_at < min(sent.end_char, q.open_at)  # a colon may join the quote to the sentence
        and not _name_like(text, m)  # a show's title quotes nobody
        for m in _near(marked, sent.start_char, sent.end_char)
    ):
        return None
    verb = sent.root
    if before.endswith(":") and _inside_any(verb.idx, marked):
        # "X reacted on his page: “When someone ... , it means ...”": the parse may root the sentence inside the
        # quote; the verb the colon hangs from is the sentence's own
        verb = last[0].head
    subj = _subject(verb, marked)
    if subj is None and sent.root.pos_ == "PROPN" and sent.root.left_edge.i == sent.start:
        subj = sent.root  # "Sen. X (N.M.), who lost ..., named ...": a parse that makes the opening name the root
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    start, end = _subject_phrase(subj, people)
    named = any(doc[k].idx in people for k in range(start, end))
    return (start, end) if named else None


_SPEAKING_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_LEAD_MARKS = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013-"


def _own_subject(
    doc: Doc, text: str, q: _Marked, people: dict[int, Mention], marked: list[_Marked]
) -> tuple[int, int] | None:
    """The subject of the sentence an unattributed quote stands inside, before it, where that subject is a name or a
    document: "Russia expects the US to refrain from speculation “and stop its flights near the borders”" is
    Russia's; "A 2019 audit found that the money may have come from “the drug trade or other crimes”" the audit's
    (a document: speaker phrase, no entity). None where the quote opens its sentence (a quote paragraph goes on
    with whoever spoke before) or the subject is anything else."""
    open_tok = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if open_tok is None:
        return None
    sent = open_tok[0].sent
    if not text[sent.start_char : q.open_at].strip(_LEAD_MARKS):
        return None
    root = sent.root
    if _inside_any(root.idx, marked):
        return None
    subj = _subject(root, marked)
    if subj is None or subj.i >= open_tok.start or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if _document(subj) or (subj.pos_ == "PROPN" and subj.ent_type_ in _SPEAKING_TYPES):
        return _subject_phrase(subj, people)
    return None


def _whole_sentence(text: str, q: _Marked) -> bool:
    """``... said Niels de Graaf. “This is the last resort.”``: a quoted stretch that is a sentence of its own
    (capitalised, ended, and not inside a sentence of the outlet's) is speech, not a term."""
    inner = text[q.inner.start : q.inner.end]
    if len(inner.split()) < 2 or not inner[:1].isupper() or inner.rstrip()[-1:] not in ".!?":
        return False
    before = text[max(0, q.open_at - 200) : q.open_at].rstrip(" \t")
    return before == "" or before[-1] in ".!?\n\u201d\u00bb\u201c\"'"


def _is_speechlike(text: str, q: _Marked) -> bool:
    return not q.heading and len(text[q.inner.start : q.inner.end].split()) >= 6


_SMALL_WORDS = {"of", "the", "and", "on", "in", "a", "an", "to", "for", "at", "it", "with", "de", "la"}


_SENTENCE_END = re.compile(r"[.!?]\s")
_GROUP_NOUN = re.compile(
    r"(?:battalion|regiment|brigade|group|movement|party|organi[sz]ation|unit|operation|programme|program)\b"
)


def _name_like(text: str, q: _Marked) -> bool:
    """``“Azov”``, ``“Right Sector” (banned in ...)``, ``“Fox News Sunday”``: a quoted name or title, not speech.
    So is a quote that fills a pair of brackets without ending a sentence: ``Article 12 of the Code (“Abuse of
    office”)`` glosses the name before it."""
    if _in_brackets(text, q) and text[q.inner.start : q.inner.end].rstrip()[-1:] not in ".!?…":
        return True
    inner = text[q.inner.start : q.inner.end].strip(" .,")
    words = inner.split()
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if (
        2 <= len(words) <= 8
        and content
        and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        and not _SENTENCE_END.search(inner)
    ):
        return True  # every word capitalised: a title (a show, a book, an operation), not a sentence
    if not 1 <= len(words) <= 3:
        return False
    capital = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    after = text[q.close_at + 1 : q.close_at + 40].lstrip()
    labelled = after.startswith(("(", "*")) or bool(_GROUP_NOUN.match(after))
    return capital and (labelled or len(words) == 1 and not _speech_cue_near(text, q))


def _in_brackets(text: str, q: _Marked) -> bool:
    """The quote is all that a pair of round brackets holds: ``(“...”)``."""
    if q.continues or q.close_at >= len(text):
        return False
    return text[: q.open_at].rstrip(" ")[-1:] == "(" and text[q.close_at + 1 :].lstrip(" ")[:1] == ")"


# A verb of saying or "according to" near a quotation: it is someone's words, not a title or a term.
_SPEECH_CUE = re.compile(r"\b(?:" + "|".join(SAID_FORMS) + r"|according to)\b")


def _speech_cue_near(text: str, q: _Marked) -> bool:
    window = text[max(0, q.open_at - 60) : q.open_at].lower() + " " + text[q.close_at : q.close_at + 60].lower()
    return bool(_SPEECH_CUE.search(window))


def _tokens(doc: Doc, span: Span) -> SpacySpan | None:
    return doc.char_span(span.start, span.end, alignment_mode="expand")


def _inside_any(pos: int, marked: list[_Marked]) -> bool:
    if isinstance(marked, Marks):
        return marked.covers(pos)
    return any(q.open_at <= pos <= q.close_at for q in marked)


_AFTER_REACH = 12  # tokens after a closing mark where its speech verb may stand
_AFTER_REACH_LONG = 24  # ... and where it may stand after a long title and name with no verb between


def _attribute(
    doc: Doc, text: str, q: _Marked, marked: list[_Marked], people: dict[int, Mention], media: list[Mention]
) -> tuple[Token, tuple[int, int] | None, bool] | None:
    """(cue verb, speaker noun-phrase token range or None, implicit subject) of a quote, or None."""
    inner = _tokens(doc, q.inner)
    if inner is None:
        return None
    first, last = inner.start, inner.end
    candidates: list[tuple[int, Token]] = []
    # after the closing mark: “...,” he said / ,” said Kirby / ,” TASS quotes him
    close_tok = doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
    k = close_tok.end if close_tok is not None else last
    ended = text[q.inner.start : q.inner.end].rstrip()[-1:] in ".!?"
    first_after = doc[k] if k < len(doc) else None
    new_sentence = (
        ended
        and first_after is not None
        and first_after.is_title
        and first_after.pos_ not in ("PROPN", "PRON", "DET", "NOUN")
    )
    depth = 0
    per = _PER.match(text, q.close_at + 1)
    per_outlet: Token | None = None  # “...,” per CNN: an outlet the preposition names
    if per is not None:  # “...,” per the party's bylaws: the source the preposition names
        word = doc.char_span(per.start(1), per.end(1), alignment_mode="expand")
        if word is not None and any(c.dep_ == "pobj" for c in word.root.children):
            candidates.append((0, word.root))
            if any(_names_outlet(c, media) for c in word.root.children if c.dep_ == "pobj"):
                per_outlet = word.root
    for j in range(k, min(len(doc), k + _AFTER_REACH_LONG) if per is None else k):
        tok = doc[j]
        if j >= k + _AFTER_REACH and any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in doc[k:j]):
            # past a dozen words only a long title and name, no verb: ",” Chief of the ... Division X said"; a
            # participle in the title is none (",” the Moscow-installed head of the ... region, X, said")
            break
        depth += (tok.text == "(") - (tok.text == ")")
        if (
            new_sentence
            or "\n" in tok.text
            or (tok.is_sent_start and j > k and depth <= 0 and doc[j - 1].text not in (")", ".", "("))
        ):
            break
        if (j > k + 1 and doc[j - 1].text in (".", "!", "?") or j == k and tok.text in (".", "!", "?")) and depth <= 0:
            break  # "... “a betrayal” by Kofi Mensah. It was reported ...": the next sentence's verb is not the cue
        if depth <= 0 and _is_cue(tok) and not _inside_any(tok.idx, marked):
            if _modifies_a_noun(tok, doc[first]):
                continue
            if _later_clause(tok, k, doc[first]) or _inside_a_clause_before(tok, doc[first]):
                break  # "footage of X saying, “...,” when Y blasted him": Y's verb opens a clause of its own
            candidates.append((0, tok))
            break
    # before the opening mark: Naryshkin clarified, “...” / X said: “...”
    open_tok = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    k = open_tok.start if open_tok is not None else first
    colon_before = text[: q.open_at].rstrip().endswith(":")
    # "X said the following in the statement: “...”": a colon lets the verb stand further back
    for j in range(k - 1, max(-1, k - (_COLON_REACH if colon_before else 8)), -1):
        tok = doc[j]
        if "\n" in tok.text and not colon_before:
            break  # a verb in the paragraph before does not introduce this one, unless it ends in a colon
        if _is_cue(tok) and not _inside_any(tok.idx, marked):
            if _modifies_a_noun(tok, doc[first]):
                continue  # "saying anybody who complains about it “is not having a good night”": not the cue
            candidates.append((1, tok))
            break
        if tok.is_sent_start:
            break
    # a fragment inside reported speech: the speech verb it hangs from, or "according to X"
    head = doc[first]
    for _ in range(12):
        if head.dep_ == "ROOT" or head.head.i == head.i:
            break
        head = head.head
        if _is_cue(head) and not (q.inner.start <= head.idx < q.inner.end) and not _inside_any(head.idx, marked):
            candidates.append((2, head))
            break
    sent = doc[first].sent
    for tok in sent:
        if tok.lower_ == "according" and not _inside_any(tok.idx, marked):
            candidates.append((3, tok))
        elif _is_cue(tok) and not _inside_any(tok.idx, marked) and tok.i >= last:
            candidates.append((4, tok))
    if (
        candidates
        and candidates[0][0] == 0
        and text[q.inner.start : q.inner.end].rstrip()[-1:] == "."
        and first_after is not None
        and first_after.is_title
        and any(c[0] in (1, 2) and c[1].i != candidates[0][1].i for c in candidates)
    ):
        # “... dangerous escapades.” The agency said ...: a quote closed by a full stop and introduced by its own
        # verb ends its sentence; the verb of the next one is someone else's
        del candidates[0]
    reporting = next((c for r, c in candidates if r == 0), None)
    if per_outlet is None and reporting is not None:
        told_by = _subject(reporting, marked)
        if told_by is not None and _names_outlet(told_by, media) and any(r == 1 for r, _ in candidates):
            # 'Buttigieg said a “lot of the folks ...” had backed it, Politico reports': the verb before the words
            # says them; the outlet's verb after them only relays them
            per_outlet = reporting
    if per_outlet is not None and any(r in (1, 2) and _subject(c, marked) is not None for r, c in candidates):
        # "Trump said the talks “might be going OK,” per CNN": the words are the subject's of the speech verb they
        # hang from; the outlet only relays them
        candidates = [(r, c) for r, c in candidates if c.i != per_outlet.i]
    candidates.sort(key=lambda c: c[0])
    if not candidates or candidates[0][0] != 0:
        # “...” ― Jorge Falcon: a credit after the quote names its speaker better than a verb before it
        named = _named_by_punctuation(doc, text, q, people)
        if named is not None and (not candidates or named[0].idx > q.close_at):
            return named
    if not candidates:
        return None
    if candidates[0][0] == 0:
        told = _told_inside(candidates[0][1], doc[first], [c[1] for c in candidates if c[0] in (1, 2)])
        if told is not None:
            np_range, implicit = _speaker_of(doc, told, people, marked)
            if np_range is not None:
                return told, np_range, implicit
    cue = _inner_speech(candidates[0][1], media, marked) or candidates[0][1]
    cue = _over_a_document(cue, marked)
    return cue, *_speaker_of(doc, cue, people, marked)


def _names_outlet(tok: Token, media: list[Mention]) -> bool:
    """Whether a noun phrase headed by ``tok`` is an outlet's name (``CNN``, ``the AP``)."""
    a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return any(a <= m.span.start and m.span.end <= b for m in media)


def _told_inside(outer: Token, first: Token, before: list[Token]) -> Token | None:
    """A speech verb before a quote that the quote is part of, in a clause the verb after the quote reports: in
    ``The guard then threatened him, telling him to “keep walking,” she said`` the quoted words are the guard's,
    and "she" only tells what the guard said. None when no such verb stands before the quote."""
    for tok in before:
        if tok.i < first.i and tok.i != outer.i and outer in tok.ancestors and tok in first.ancestors:
            return tok
    return None


def _document(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and (tok.lower_ in DOCUMENTS or tok.lemma_.lower() in DOCUMENTS)


def _over_a_document(cue: Token, marked: list[_Marked]) -> Token:
    """The speech verb a document's verb is reported under: in ``Holm said in the letter that the report “plainly
    and wrongly” suggests ...`` the words are Holm's, who tells what the report suggests."""
    if not _document(_subject(cue, marked)):
        return cue
    head = cue
    while head.dep_ == "ccomp" and head.head.i != head.i:
        head = head.head
        subj = _subject(head, marked)
        if _is_cue(head) and subj is not None and subj.dep_ == "nsubj" and not _document(subj) and not _thing(subj):
            return head
    return cue


def _modifies_a_noun(cue: Token, first: Token) -> bool:
    """A speech verb in a relative clause that the quote is no part of: in ``anybody who complains about the mic
    “is not having a good night”`` the quote is what the noun does, said by whoever says the whole clause."""
    if cue.dep_ != "relcl" or cue.i == first.i or cue in first.ancestors:
        return False
    noun = cue.head  # the quote goes on the clause the noun is the subject of, not on the noun's own clause
    return noun.dep_ in ("nsubj", "nsubjpass") and (noun.head.i == first.i or noun.head in first.ancestors)


# words that open a clause of its own after a quote: what its verb does happens then, it does not say the quote
_SUBORDINATORS = {"when", "after", "before", "while", "because", "since", "although", "though", "until", "unless"}


def _later_clause(cue: Token, after: int, first: Token) -> bool:
    """A speech verb after a quote in a clause a subordinator opens (``when``, ``after``, ``because``; not ``as``,
    which attributes: "“...,” as she said"), a free relative (``what analysts called``) or a clause after ``but``,
    that the quote is no part of."""
    if cue.i == first.i or cue in first.ancestors:
        return False
    return any(
        (
            t.head.i == cue.i
            and (
                (t.lower_ in _SUBORDINATORS and t.dep_ in ("mark", "advmod"))
                or (t.lower_ == "what" and t.dep_ in ("dobj", "nsubj", "oprd"))
            )
        )
        or (t.lower_ == "but" and t.dep_ == "cc")  # "... is “true,” but in their report they could not resist ..."
        or (t.lower_ in _JOINING and t.dep_ == "cc" and _own_subject_after(cue, t))
        for t in cue.doc[after : cue.i]
    )


# conjunctions that join a clause of its own after a quote: "X called it “shameful,” and Y condemned it"
_JOINING = {"and", "while", "whereas"}


def _own_subject_after(cue: Token, conj: Token) -> bool:
    """The verb has a subject of its own between the conjunction and itself: ``and the union condemned``."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and conj.i < c.i < cue.i for c in cue.children)


def _inside_a_clause_before(cue: Token, first: Token) -> bool:
    """The quote stands in a subordinate clause with its own subject that opens before it and hangs from the verb
    after it: in ``as X went on about “...,” Y said yes`` the quote is in X's clause, not what Y said."""
    for up in first.ancestors:
        if up.i == cue.i:
            return False
        if any(c.dep_ == "mark" and c.i < first.i and c.lower_ in _OPENERS for c in up.children) and any(
            c.dep_ == "nsubj" for c in up.children
        ):
            return True
    return False


_OPENERS = _SUBORDINATORS | {"as", "if"}


def _inner_speech(cue: Token, media: list[Mention], marked: list[_Marked]) -> Token | None:
    """The speech verb an outlet's reporting verb carries: in ``“...,” Eduard Basurin said, RBC reports`` and
    ``X said that ... “...”, the BBC reported`` the outlet relays, X speaks. None when the cue is no outlet's."""
    if cue.lemma_.lower() not in _OUTLET_VERBS:
        return None
    subj = _subject(cue, marked)
    if subj is None or not any(m.span.start <= subj.idx < m.span.end for m in media):
        return None
    inner = [
        t
        for t in cue.subtree
        if t.i != cue.i
        and _is_cue(t)
        and not _inside_any(t.idx, marked)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]
    return min(inner, key=lambda t: abs(t.i - cue.i)) if inner else None


_PER = re.compile(r"[\s,]*\b(per)\s+\S")  # ",” per the statement"
_COLON_REACH = 14  # tokens back from a quote opened after a colon where its speech verb may stand
_COLON_INTRO = re.compile(r"(?:\s*,[^:\n]{0,40})?\s*:\s*")
_DASH_INTRO = re.compile(r"[\s,.]*[\u2015\u2014\u2013-]\s*")


def _named_by_punctuation(
    doc: Doc, text: str, q: _Marked, people: dict[int, Mention]
) -> tuple[Token, tuple[int, int], bool] | None:
    """``Governor Nadia Amar: “...”`` and ``“...” — Jorge Falcon``: a name and a colon or dash, no verb; and a label
    line that a quote's paragraph follows (``— Jorge Falcon, head of the committee:`` then ``“...”``)."""
    line_start = text.rfind("\n", 0, q.open_at) + 1
    label = _label_before(text, line_start, q.open_at)
    for person in people.values():
        if (
            line_start <= person.span.start
            and person.span.end <= q.open_at
            and _COLON_INTRO.fullmatch(text[person.span.end : q.open_at])
        ):
            pass
        elif (
            label is not None
            and label[0] <= person.span.start < label[1]
            and not text[label[0] : _name_start(text, person)].strip(_LABEL_LEAD)
        ):
            pass  # "— Jorge Falcon, head of the committee:" on the line before: the name opens the label
        elif (
            q.close_at < person.span.start < q.close_at + 80
            and _DASH_INTRO.fullmatch(text[q.close_at + 1 : _name_start(text, person)])
            and not _introduces(text, person.span.end)
        ):
            pass
        else:
            continue
        span = doc.char_span(_name_start(text, person), person.span.end, alignment_mode="expand")
        if span is not None:
            mark = next(
                (
                    t
                    for t in doc[max(0, span.start - 3) : span.end + 3]
                    if t.text in (":", "\u2015", "\u2014", "\u2013", "-")
                ),
                span.root,
            )
            return mark, (span.start, span.end), False
    named = _LABEL_NAME.match(text, label[0], label[1]) if label is not None else None
    if named is not None:  # "— Franz Vogel, member of the committee:" and the model took no name there
        span = doc.char_span(named.start(1), named.end(1), alignment_mode="expand")
        if span is not None and all(t.is_title for t in span):
            mark = next((t for t in doc[max(0, span.start - 3) : span.start] if t.text in _DASHES), span.root)
            return mark, (span.start, span.end), False
    caption = _CAPTION.search(text, line_start, q.open_at)
    if caption is not None:  # '[Ju Jong-wan/Director of Aviation Policy/Today: "..."]': a broadcast's caption
        span = doc.char_span(caption.start(1), caption.end(1), alignment_mode="expand")
        if span is not None:
            return span.root, (span.start, span.end), False
    credit = _DASH_CREDIT.match(text, q.close_at + 1)
    if credit is not None:  # “...” ― Tomas Ferreira: a credit line the entity model did not take for a name
        span = doc.char_span(credit.start(1), credit.end(1), alignment_mode="expand")
        if span is not None and all(t.is_title for t in span):
            mark = next((t for t in doc[max(0, span.start - 3) : span.start] if t.text in _DASHES), span.root)
            return mark, (span.start, span.end), False
    return None


_LABEL_LEAD = " \t\xa0\u2015\u2014\u2013-\u2022*"  # what may stand before the name on a label line
# a broadcast transcript's caption opening the quote's line: "[Name/Role, Body/When: " (KBS, NHK, Arirang)
_CAPTION = re.compile(r"\[\s*([A-Z][\w'\u2019-]+(?:[ \xa0][A-Z][\w'\u2019-]+){0,3})\s*/[^\]\n:]{0,160}:\s*\Z")


def _label_before(text: str, line_start: int, open_at: int) -> tuple[int, int] | None:
    """The label line a quote's paragraph follows (``— Jorge Falcon, head of the committee:``): the last line before
    it that holds anything, when it ends with a colon and the quote opens its own line."""
    if text[line_start:open_at].strip():
        return None
    before = text[:line_start].rstrip()
    if not before.endswith(":"):
        return None
    return text.rfind("\n", 0, len(before)) + 1, len(before)


# the name that opens a label line: two to four capitalised words after an optional dash, then a comma or the colon
_LABEL_NAME = re.compile(
    r"[ \t\xa0\u2015\u2014\u2013\u2022*-]*([A-Z][\w'\u2019.-]+(?:[ \xa0][A-Z][\w'\u2019-]+){1,3})[ \t\xa0]*[,:]"
)


def _introduces(text: str, at: int) -> bool:
    """The name's line ends with a colon: it introduces what follows (a label), it credits nothing before it."""
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)].rstrip().endswith(":")


_DASHES = ("\u2015", "\u2014", "\u2013", "-")
# a dash after a quote and nothing else on the line but two to four capitalised words: who said it
_DASH_CREDIT = re.compile(
    r"[ \t\xa0,.]*[\u2015\u2014\u2013][ \t\xa0]*([A-Z][\w'\u2019.-]+(?:[ \xa0][A-Z][\w'\u2019-]+){1,3})"
    r"[ \t\xa0.]*(?:\n|\Z)"
)


def _name_start(text: str, person: Mention) -> int:
    """Where a name starts once a dash and spaces the entity model took in with it are left out."""
    name = text[person.span.start : person.span.end]
    return person.span.start + len(name) - len(name.lstrip("\u2015\u2014\u2013- \xa0\t"))


def _is_cue(tok: Token) -> bool:
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "go":  # "as he went on about “...”": talked at length
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "about" for c in tok.children
        )
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    if tok.lemma_.lower() == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if tok.lemma_.lower() == "continue":
        # "“...,” she continued" and "She continued, “...”" speak; "the talks continued", "continued to fight" and
        # "continued the talks" do not
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN")), None)
        if subj is None:
            return False
        doc = tok.doc
        beside = (  # right after a quote's closing mark, or right before an opening one
            subj.i == tok.i - 1
            and subj.i > 0
            and (doc[subj.i - 1].text in _QUOTE_MARKS or (subj.i > 1 and doc[subj.i - 2].text in _QUOTE_MARKS))
        ) or bool(_OPENS_AFTER.match(text_of(doc), tok.idx + len(tok.text)))
        return beside or not any(
            c.dep_ in ("xcomp", "prep") or (c.dep_ in ("dobj", "ccomp") and not _holds_mark(c)) for c in tok.children
        )
    if tok.lemma_.lower() == "read":
        # "“...,” the letter reads", "The statement read: “...”"; not "she read the report"
        return not any(c.dep_ in ("dobj", "xcomp") and not _holds_mark(c) for c in tok.children)
    if tok.lemma_.lower() in ("refuse", "decline"):  # "refused any comment", "declined to comment"; not "refused to go"
        return any(c.lemma_.lower() == "comment" and c.dep_ in ("dobj", "xcomp") for c in tok.children)
    if tok.lemma_.lower() == "call" and tok.i > 1 and tok.doc[tok.i - 2].lower_ == "so":
        return False  # "so-called"
    return True


def _holds_mark(tok: Token) -> bool:
    """Whether a word's phrase is a quotation: the object of "she continued, “...”" is the quote itself (its first
    word is the opening mark or follows it); "read the “annual review”" reads a titled thing."""
    first = tok.left_edge
    return first.text in _QUOTE_MARKS or (first.i > 0 and tok.doc[first.i - 1].text in _QUOTE_MARKS)


_OPENS_AFTER = re.compile(r"\s*[,:]\s*[\"\u201c\u00ab\u201e]")
_QUOTE_MARKS = {'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "``"}


def _speaker_of(
    doc: Doc, cue: Token, people: dict[int, Mention], marked: list[_Marked] | None = None
) -> tuple[tuple[int, int] | None, bool]:
    """The speaker noun phrase of a cue verb, as a token range; (None, True) when the subject is implicit."""
    found, implicit = _speaker_phrase(doc, cue, people, marked)
    if found is not None and found[1] - found[0] == 1 and doc[found[0]].lower_ in _DEMONSTRATIVES:
        found = _beyond_relative(doc[found[0]], people)
    if found is not None:
        found = _title_holder(doc, *found, people)
    return found, implicit


_DEMONSTRATIVES = {"those", "these"}


def _beyond_relative(pronoun: Token, people: dict[int, Mention]) -> tuple[int, int] | None:
    """The speaker when the parse took ``those`` of ``those who ...`` for the subject of a speech verb joined to the
    relative clause (``Y expressed condolences to those who died and referred to “errors”``): the subject of the
    clause that holds ``those``; None when ``those`` heads no relative clause or no such subject stands."""
    if not any(c.dep_ == "relcl" for c in pronoun.children):
        return None
    head = pronoun
    for _ in range(8):
        if head.head.i == head.i:
            return None
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subj is not None and head.pos_ in ("VERB", "AUX") and subj.lower_ not in _EMPTY_SUBJECTS:
            return _subject_phrase(subj, people)
    return None


def _speaker_phrase(
    doc: Doc, cue: Token, people: dict[int, Mention], marked: list[_Marked] | None = None
) -> tuple[tuple[int, int] | None, bool]:
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return (_source_phrase(pobj), False) if pobj is not None else (None, True)
    if cue.lower_ == "per" and cue.pos_ == "ADP":
        pobj = next((c for c in cue.children if c.dep_ == "pobj"), None)
        return (_source_phrase(pobj), False) if pobj is not None else (None, True)
    if cue.text[:1].isupper() and cue.i + 1 < len(doc) and doc[cue.i + 1].idx in people:
        # "Said Ellis: “...”": the inverted verb opens the sentence, the name after it speaks
        named = people[doc[cue.i + 1].idx]
        after = doc.char_span(named.span.start, named.span.end, alignment_mode="expand")
        if after is not None:
            return (after.start, after.end), False
    subj = _subject(cue, marked)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if (
        cue.lemma_.lower() in _RELAY_LEMMAS
        and subj is not None
        and obj is not None
        and (subj.ent_type_ in ("ORG", "PERSON", "GPE", "") and obj.pos_ in ("PROPN", "PRON", "NOUN"))
        and not (marked and _inside_any(obj.idx, marked))  # "he reported “thick fog”": a quoted object is said
        and (cue.lemma_.lower() != "report" or obj.pos_ in ("PROPN", "PRON"))
    ):
        return _noun_phrase(obj), False  # "TASS quotes him": the speaker is the object
    if subj is not None and subj.lower_ in ("which", "who", "that") and cue.dep_ == "relcl":
        return _antecedent(cue.head), False  # "the ministry, which said ...": the antecedent speaks
    if subj is not None and subj.lower_ in ("us",) and cue.head.lemma_ == "let":
        return None, False  # "Let us note that ...": the outlet's own voice
    if subj is not None and subj.dep_ == "nsubjpass" and cue.lemma_.lower() not in ("quote", "cite"):
        # "was described as “a betrayal” by Kofi Mensah": the agent speaks; "it was reported that": nobody named
        agent = _agent(cue)
        return (_noun_phrase(agent), False) if agent is not None else (None, False)
    if subj is not None and _document(subj) and (author := _written_by(subj)) is not None:
        return _author_phrase(author), False  # "A report by the rights council said": the council
    if subj is not None and subj.pos_ != "SCONJ":
        return _subject_phrase(subj, people), False
    if obj is not None and _inverted(doc, cue, obj, marked):
        return _noun_phrase(obj), False  # "“...,” stressed the spokesman": the parse took the subject for an object
    if subj is None and _reduced_speaker(cue):
        # "Another villager, X, confirmed to the agency, “...”": the parse took the past verb for a clause that
        # modifies the noun; the noun (or the name in apposition to it) is its subject
        return _subject_phrase(cue.head, people), False
    hung = _hung_before(doc, cue, marked)
    if subj is None and hung is not None:
        return hung, False  # "“...,” a local alleged": the parse hung the speaker's words on the verb as modifiers
    # a name right before the verb that the parse hung elsewhere ("..., analyst Marta Sousa said")
    k = cue.i - 1
    while k > 0 and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if k >= 0:
        text = text_of(doc)
        near = [
            person
            for person in people.values()
            if person.span.start <= doc[k].idx < person.span.end
            or (
                0 <= cue.idx - person.span.end <= 120
                and (
                    _APPOSITION_GAP.fullmatch(text, person.span.end, cue.idx)  # "Flynn, a top adviser, said"
                    # "A senior adviser to Sarko, Pavel Dorn, posted": the name set off right before the verb
                    or (
                        _SET_OFF_GAP.fullmatch(text, person.span.end, cue.idx)
                        and text[max(0, person.span.start - 8) : person.span.start].rstrip().endswith(",")
                    )
                )
                and not (marked and _inside_any(person.span.start, marked))
            )
        ]
        for person in sorted(near, key=lambda m: m.span.start, reverse=True):  # the nearest name to the verb
            first = doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
            if first is not None:
                return (first.start, first.end), False
    # "noting that ...", "adding that ...", "commented ... and said": the subject of the speech verb it belongs to;
    # "X attacked Y, saying ...", "X spoke out, arguing ...", "X issued a statement calling ...": a participle or a
    # conjunct without a subject of its own shares the subject of the clause it hangs from, whatever its verb
    # ("Antonov said that Washington showed interest, noting ...": a speech verb further up still speaks)
    head = cue
    shared = True
    sharer: Token | None = None
    past_relative = False
    for _ in range(8):
        if head.head.i == head.i:
            break
        shared = shared and (head.dep_ in _SHARED_SUBJECT_DEPS or (past_relative and head.dep_ == "relcl"))
        link = head.dep_
        head = head.head
        s = _outside_subject(head, marked)
        if s is not None and link == "xcomp" and _perceived(s, head) and not (marked and _inside_any(s.idx, marked)):
            return _placed(s, _subject_phrase(s, people)), False  # "a man in the video can be heard saying"
        if s is not None and marked and _inside_any(s.idx, marked) and _inside_any(head.idx, marked):
            continue  # "..., suggesting questions, including, “Mr. X, do you really think ...”": the quote's own
        if s is not None and s.lower_ in _RELATIVES and head.dep_ == "relcl" and _set_off(cue) and not past_relative:
            # "X was defensive about an architect who said he was cheated, saying “...”": a participle set off by
            # a comma after a relative clause goes with the clause the relative clause sits in
            past_relative = True
            continue
        if s is not None and _passive_thing_reported(s, head):
            continue  # "X said 400 permits had been issued and posted: “...”": the posting goes with X's saying
        if s is not None and _is_cue(head):
            if s.lower_ in _RELATIVES and head.dep_ == "relcl":
                return _antecedent(head.head), False  # "the ministry, which said ..., adding": the antecedent
            return _shared_subject(s, people), False
        if (
            sharer is None
            and s is not None
            and shared
            and s.dep_ == "nsubj"
            and head.pos_ in ("VERB", "AUX")
            and s.lower_ not in _EMPTY_SUBJECTS
            and not _thing(s)
            and not (marked and _inside_any(s.idx, marked))
        ):
            sharer = s
    if sharer is not None:
        return _shared_subject(sharer, people), False
    return None, True


def _author_phrase(author: Token) -> tuple[int, int]:
    """The noun phrase naming a document's author, up to a clause that modifies it (``the general staff of the armed
    forces published by the IRNA agency``: not the agency that published it)."""
    start, end = _noun_phrase(author)
    doc = author.doc
    end = next((k for k in range(author.i + 1, end) if doc[k].dep_ in ("acl", "relcl")), end)
    while end - 1 > author.i and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADV", "ADP")):
        end -= 1
    return start, end


def _author_span(author: Token) -> Span:
    """The characters of ``_author_phrase``."""
    start, end = _author_phrase(author)
    last = author.doc[end - 1]
    return Span(author.doc[start].idx, last.idx + len(last.text))


def _shared_subject(subj: Token, people: dict[int, Mention]) -> tuple[int, int]:
    """The speaker phrase of a subject a participle or conjunct shares: the author a document subject names (``The
    report, published by the council on Sunday, ruled out X, saying “...”``: the council), else the subject's."""
    author = _written_by(subj) if _document(subj) else None
    return _author_phrase(author) if author is not None else _subject_phrase(subj, people)


def _reduced_speaker(cue: Token) -> bool:
    """A past-tense speech verb parsed as a clause modifying a noun that heads its sentence and can speak: ``Another
    witness, X, told the broadcaster, “...”`` (a past participle, ``officials quoted by``, is left alone)."""
    noun = cue.head
    return (
        cue.dep_ == "acl"
        and cue.tag_ == "VBD"
        and noun.i < cue.i
        and noun.dep_ == "ROOT"
        and noun.pos_ in ("NOUN", "PROPN")
        and _may_speak(noun)
    )


_SPEAKER_LEAD = {"a", "an", "the", "another", "one"}


def _hung_before(doc: Doc, cue: Token, marked: list[_Marked] | None) -> tuple[int, int] | None:
    """The words between a closing quote mark and its speech verb when the parse hung them on the verb as a
    determiner and modifiers, not as its subject: ``“...,” a local alleged``, ``“...,” one survivor recalled``. They
    name the speaker when they open with a determiner and end in a word for a person."""
    k = cue.i - 1
    start = k
    while start >= 0 and doc[start].head.i == cue.i and doc[start].dep_ in ("det", "amod", "compound", "nmod"):
        start -= 1
    start += 1
    if start > k or start == 0 or doc[start].lower_ not in _SPEAKER_LEAD:
        return None
    before = doc[start - 1]
    if before.text not in _QUOTE_MARKS and before.text != ",":
        return None
    if marked and _inside_any(doc[k].idx, marked):
        return None
    last = doc[k]
    words = {last.lower_, last.lemma_.lower()}
    if not words & (PERSON_NOUNS | UNNAMED_PERSON_NOUNS | DESCRIBED_SPEAKERS):
        return None
    return start, k + 1


_TIME_WORDS = frozenset(TIME_NOUNS | set(WEEKDAYS) | set(ENGLISH_MONTHS))


def _is_time(tok: Token) -> bool:
    """A word that heads a time phrase: ``Friday``, ``last week``, ``in March``."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_WORDS


def _antecedent(noun: Token) -> tuple[int, int] | None:
    """The noun phrase a relative clause's ``which`` or ``who`` stands for: the noun the clause hangs on, or, where
    the parse hung it on a time phrase, the noun before that phrase (``Paris dismissed a statement from the UN office
    on Friday, which called on ...``: the statement's, whose author speaks). None when no noun is there: a day
    never speaks."""
    if not _is_time(noun):
        return _noun_phrase(noun)
    phrase = noun.head if noun.dep_ == "pobj" and noun.head.pos_ == "ADP" else noun  # "on Friday": from "on"
    host = phrase.head
    if host.i == phrase.i:
        return None
    if host.pos_ in ("NOUN", "PROPN") and host.i < phrase.i and not _is_time(host):
        return _source_phrase(host)  # "the statement on Friday, which ...": the statement
    before = [
        c
        for c in host.children
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < phrase.i and c.pos_ in ("NOUN", "PROPN")
    ]
    nearest = max(before, key=lambda c: c.i) if before else None  # "dismissed a statement on Friday, which ..."
    return _source_phrase(nearest) if nearest is not None and not _is_time(nearest) else None


def _perceived(subj: Token, head: Token) -> bool:
    """Whether ``subj`` is the one a passive verb of perceiving or recording presents (``the driver is heard saying``,
    ``was filmed telling``): the speech verb under it is that person's, whoever reports the recording."""
    return subj.dep_ == "nsubjpass" and head.lemma_.lower() in PERCEIVED_LEMMAS and not _thing(subj)


def _placed(subj: Token, phrase: tuple[int, int]) -> tuple[int, int]:
    """A description with where the one heard or seen is (``a man in the video``, ``a woman on the tape``): all
    that tells who the unnamed speaker is. A name or a phrase that does not end at its head stays as it is."""
    start, end = phrase
    if subj.pos_ != "NOUN" or end != subj.i + 1:
        return phrase
    where = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i == end), None)
    return (start, where.right_edge.i + 1) if where is not None else phrase


def _presented_by(doc: Doc, cue: Token, resolver: Resolver, marked: list[_Marked]) -> list[Span]:
    """The outlet through which words heard on a recording reach the text: the one whose report the sentence gives
    (``The agency also reports that a man in the video can be heard saying``), else the outlet that is the subject
    of the sentence right before, in this paragraph or the one before (``Broadcaster X presented the recording. In
    it, the driver is heard saying: “...”``). Nothing for speech that is not heard or seen on a recording."""
    if cue.dep_ != "xcomp":
        return []
    seen = cue.head
    subj = next((c for c in seen.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not _perceived(subj, seen):
        return []
    text = text_of(doc)
    for verb in seen.ancestors:
        teller = _subject(verb, marked)
        if verb.lemma_.lower() in _OUTLET_VERBS and teller is not None:
            a, b = _noun_phrase(teller)
            span = Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
            outlet = resolver.resolve(text[span.start : span.end], span, head=teller.lower_)
            return [outlet.span] if outlet is not None and outlet.type == "MEDIA" else []
    start = cue.sent.start
    if start == 0 or not _same_or_next_paragraph(text, doc[start - 1].idx, cue.idx):
        return []
    before = doc[start - 1].sent
    teller = _subject(before.root, marked)
    if teller is None:
        return []
    last = teller.right_edge  # "The television channel Vista Nove": a name in apposition too
    outlet = resolver.mention_in(Span(teller.left_edge.idx, last.idx + len(last.text)))
    called = bool(OUTLET_WORDS & {t.lower_ for t in teller.subtree})  # "Broadcaster Canal Nove": an outlet
    return [outlet.span] if outlet is not None and (outlet.type == "MEDIA" or called) else []


def _passive_thing_reported(subj: Token, head: Token) -> bool:
    """Whether ``subj`` is the passive subject of a clause another speech verb reports, and a thing that cannot
    speak: ``X said the permits had been told to the press and posted: “...”``, where the parse hangs the speech
    verb after ``and`` on the reported clause. The verb that shares a subject goes on with the reporting clause."""
    return (
        subj.dep_ == "nsubjpass"
        and head.dep_ == "ccomp"
        and _is_cue(head.head)
        and any(c.dep_ == "nsubj" for c in head.head.children)
        and not _may_speak(subj)
    )


def _may_speak(tok: Token) -> bool:
    """Whether a subject can be a speaker: a name or pronoun, or a noun for people, an office or a body."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    words = {tok.lower_, tok.lemma_.lower()}
    return bool(
        words & (PERSON_NOUNS | UNNAMED_PERSON_NOUNS | TITLES | INSTITUTION_WORDS)
        or words & DESCRIBED_SPEAKERS
        or words & DESCRIPTION_CLASSES.keys()
    )


def _inverted(doc: Doc, cue: Token, obj: Token, marked: list[_Marked] | None) -> bool:
    """Whether a speech verb right after a closing quote mark, with no subject, is followed by its speaker parsed as
    an object: ``“...,” stressed the representative of the leader`` (a determiner or a name right after the verb)."""
    k = cue.i - 1
    while k >= 0 and doc[k].text in (",", "—", "–", "-"):
        k -= 1
    if k < 0 or doc[k].text not in _QUOTE_MARKS or obj.i <= cue.i or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if marked and _inside_any(obj.idx, marked):
        return False
    first = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return first is not None and (first.pos_ == "PROPN" or first.lower_ in ("the", "a", "an"))


# links over which a clause without a subject shares its head's subject ("..., saying", "and called", "a statement
# calling", "began by saying", "despite admitting")
_SHARED_SUBJECT_DEPS = {"advcl", "conj", "xcomp", "pcomp", "prep", "acl", "dobj", "pobj"}
_RELATIVES = {"who", "which", "that"}


def _set_off(cue: Token) -> bool:
    """A participle after a comma, ``..., saying``; not one that goes on with what was just said (``adding``)."""
    return cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == "," and cue.lemma_.lower() not in _GOING_ON


_GOING_ON = {"add", "continue", "note", "explain", "elaborate"}


# subjects that name nobody: "it was said", "there were calls", relative pronouns
_EMPTY_SUBJECTS = {"it", "there", "which", "that", "who", "what", "this"}


def _subject(cue: Token, marked: list[_Marked] | None) -> Token | None:
    """The cue's subject. The parse may hang several on one verb (the quote's own first words, a quoted show title
    after it: ``“My reaction ...,” the strategist said``): one outside quote marks wins, the nearest to the verb."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not marked:
        return subjects[0] if subjects else None
    outside = [c for c in subjects if not _inside_any(c.idx, marked) or _title_in_marks(c, marked)]
    return min(outside, key=lambda c: abs(c.i - cue.i)) if outside else None


def _title_in_marks(subj: Token, marked: list[_Marked]) -> bool:
    """Whether a subject inside quote marks is a title the writer holds at arm's length, the marks a word or two
    inside a phrase that starts before them: ``The occupying “mayor” of the town, X, stated that``."""
    q = next((m for m in marked if m.open_at < subj.idx < m.close_at), None)
    if q is None or subj.left_edge.idx >= q.open_at or subj.right_edge.idx <= q.close_at:
        return False
    return len(text_of(subj.doc)[q.inner.start : q.inner.end].split()) <= _SCARE_TITLE_WORDS


_SCARE_TITLE_WORDS = 3  # words at most of a title in scare quotes


def _outside_subject(head: Token, marked: list[_Marked] | None) -> Token | None:
    """A verb's subject as a clause it heads shares it: the first outside quote marks when there is one
    (``“A market. People who did nothing wrong,” Mr. X said ..., adding ...``: the parse also hangs the quote's
    ``People`` on ``said``); else the first, which may lie inside the quote."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if marked and len(subjects) > 1:
        return next((c for c in subjects if not _inside_any(c.idx, marked)), subjects[0])
    return subjects[0] if subjects else None


def _source_phrase(pobj: Token) -> tuple[int, int]:
    """What ``according to`` names: a document's author when the phrase names one (``figures from the health
    ministry``, ``a report by Reuters``), else the phrase itself (``official data``: a document, nobody's words)."""
    if pobj.lower_ in DOCUMENTS or pobj.lemma_.lower() in DOCUMENTS:
        for prep in pobj.rights:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by", "of"):
                author = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if author is not None and author.lower_ not in DOCUMENTS and author.pos_ in ("NOUN", "PROPN"):
                    return _noun_phrase(author)
    return _noun_phrase(pobj)


def _written_by(document: Token) -> Token | None:
    """Who a document a subject names speaks for, where a ``by`` names them: ``a report by the council``, ``reports
    cited by the police``, ``a statement issued by the ministry``; None otherwise (``the report`` stays a document,
    whose author the resolver may still find)."""
    for child in document.rights:
        by = child if child.dep_ in ("prep", "agent") and child.lower_ == "by" else None
        if child.dep_ == "acl" and child.lemma_.lower() in AUTHORING_LEMMAS:
            by = next((c for c in child.children if c.dep_ == "agent" and c.lower_ == "by"), None)
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if author is not None and author.pos_ in ("NOUN", "PROPN") and not _document(author):
            return author
    return None


def _thing(tok: Token) -> bool:
    """A subject that cannot speak: ``the ceasefire ... agreed``, ``the markings suggested`` (see speakers.THINGS).
    Documents (``the report said``) are kept: their reported speech stays, with the speaker unknown."""
    return tok.pos_ != "PROPN" and (tok.lower_ in THINGS or tok.lemma_.lower() in THINGS)


def _agent(cue: Token) -> Token | None:
    """The ``by`` phrase of a passive speech verb, also where the parse hung it on a word after the verb."""
    for tok in cue.subtree:
        if tok.i > cue.i and tok.lower_ == "by" and (tok.dep_ == "agent" or tok.head.i >= cue.i):
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                or pobj.pos_ == "PROPN"
                or pobj.lemma_.lower() in DESCRIBED_SPEAKERS
            ):
                return pobj
    return None


def _subject_phrase(subj: Token, people: dict[int, Mention]) -> tuple[int, int]:
    """The subject's noun phrase, or the person an apposition names (``Russia's envoy to the UN, Vasily
    Nebenzya, said``: the parse may hang the name on any word of the title)."""
    person = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if person is not None:
        return _noun_phrase(person)
    if subj.pos_ == "NOUN":  # "Russia's aviation agency, Rosaviatsia, said": the body's name, not its description
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and named.i > subj.i:
            return _noun_phrase(named)
    if subj.pos_ == "NOUN" or (subj.pos_ == "PROPN" and subj.idx not in people and subj.ent_type_ != "PERSON"):
        # "former Russian President and current Deputy Chair of the Security Council Dmitry Medvedev wrote": the one
        # person a title's conjunct or apposition names, not a possessor ("Scott's relatives")
        spans = [
            sp
            for t in subj.subtree
            if t.idx in people
            and t.i > subj.i
            and (sp := subj.doc.char_span(people[t.idx].span.start, people[t.idx].span.end, alignment_mode="expand"))
            is not None
            and (sp.root.dep_ in ("appos", "conj") or _titled_object(sp))
            and not (sp.end < len(subj.doc) and subj.doc[sp.end].tag_ == "POS")
        ]
        if len({sp.text for sp in spans}) == 1:
            return spans[0].start, spans[0].end
    start, end = _noun_phrase(subj)
    doc = subj.doc
    right = subj.right_edge.i + 1
    for k in range(end, min(right + 1, end + 14)):
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].idx in people:
            listed = people[doc[k + 1].idx]
            j = k + 1
            while j < len(doc) and doc[j].idx < listed.span.end:
                j += 1
            if j >= len(doc) or doc[j].text in (",", ")"):
                return k + 1, j
    return start, end


# a name, a comma and a title that ends in the subject's name with no comma to close it: "X, a spokesman for
# President Y told": the title's object is no speaker, the name before the title is
_OPEN_TITLE = re.compile(
    r",[ \t]*(?:a|an|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,6}?(?:for|of|to)[ \t]+(?:[\w'\u2019.-]+[ \t]+){0,6}\Z",
    re.IGNORECASE,
)
# a word that ends a sentence inside what looked like the title ("..., a former prisoner of war. X, who runs ...,
# said"): the title closed there, so the name after it is the subject
_SENTENCE_CLOSED = re.compile(r"[a-z]{2,}[.!?][\"\u201d\u2019']?[ \t]")


def _title_holder(doc: Doc, start: int, end: int, people: dict[int, Mention]) -> tuple[int, int]:
    """The person whose unclosed apposition holds the subject's name (``X, a spokesman for President Y told``: X);
    the subject's own range when it stands in no such title."""
    if start >= end or doc[start].idx not in people:
        return start, end
    at = doc[start].idx
    text = text_of(doc)
    title = _OPEN_TITLE.search(text, max(0, at - 140), at)
    if title is None or _SENTENCE_CLOSED.search(title.group(0)):
        return start, end
    holder = next((m for m in people.values() if m.span.end == title.start()), None)
    if holder is None:
        return start, end
    span = doc.char_span(holder.span.start, holder.span.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (start, end)


def _titled_object(name: SpacySpan) -> bool:
    """A name the parse hung as the object of a title's ``of`` together with the body the title belongs to: "Deputy
    Chair of the Security Council Dmitry Medvedev"; not "the mother of Marco Bellini" (nothing before the name)."""
    root = name.root
    return root.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in name.doc[root.left_edge.i : name.start])


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """The noun phrase headed by ``tok``: its left modifiers and ``of`` complements, not appositions or clauses."""
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "at", "for") and child.i == end:
            end = child.right_edge.i + 1
            comma = next((k for k in range(child.i, end) if tok.doc[k].text in (",", "(", ";")), None)
            if comma is not None:
                end = comma
        elif child.dep_ in ("compound", "flat", "nummod") and child.i == end:
            end = child.i + 1
        else:
            break
    while end - 1 > tok.i and tok.doc[end - 1].is_punct:
        end -= 1
    return start, end


def _via(doc: Doc, text: str, cue: Token, inner: Span, media: list[Mention]) -> list[Span]:
    """Spans of the outlets that relay a statement."""
    if not media:
        return []
    out: list[Span] = []
    sent = cue.sent
    if cue.lemma_.lower() in _RELAY_LEMMAS:
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            out += [m.span for m in media if subj.left_edge.idx <= m.span.start < subj.idx + len(subj.text) + 1]
    for m in media:
        if not (sent.start_char <= m.span.start < sent.end_char) or inner.start <= m.span.start < inner.end:
            continue
        before = text[max(sent.start_char, m.span.start - 60) : m.span.start]
        if _VIA_PREPS.search(before) or _reports_the_speech(doc, m, cue):
            out.append(m.span)
    if not out:
        out = _outlet_named_before(text, sent.start_char, sent.end_char, inner, media)
    return out


# an outlet told of by its kind, not its name: "X told the media outlet that ...", "speaking to the broadcaster"
_OUTLET_DESCRIBED = re.compile(
    r"\b(?:told|speaking (?:to|with)|(?:spoke|talked|talking) (?:to|with)|in (?:an|a) interview with|"
    r"interviewed by)\s+(?:the|this)\s+(?:(?:same|media|news|British|American|local|international|public|private|"
    r"state|state-run|state-owned|online)\s+)?"
    r"(?:outlet|broadcaster|newspaper|paper|agency|news agency|channel|network|station|daily|weekly|publication|"
    r"website|magazine|tabloid)\b",
    re.IGNORECASE,
)
_OUTLET_BEFORE = 2000  # characters back where the outlet a description stands for may have been named


def _outlet_named_before(text: str, start: int, end: int, inner: Span, media: list[Mention]) -> list[Span]:
    """``The BBC found ... . The commission had told the media outlet that “...”``: the outlet a sentence describes
    by its kind, outside the quote, is the one named last before it (within a few paragraphs)."""
    for found in _OUTLET_DESCRIBED.finditer(text, start, end):
        if inner.start <= found.start() < inner.end:
            continue
        named = [m for m in media if found.start() - _OUTLET_BEFORE <= m.span.start and m.span.end <= found.start()]
        if named:
            return [max(named, key=lambda m: m.span.start).span]
    return []


# verbs by which an outlet passes on what someone said: "“...,” X said, RBC reports"
_OUTLET_VERBS = {"report", "say", "write", "quote", "cite", "carry", "broadcast", "publish"}


def _reports_the_speech(doc: Doc, outlet: Mention, cue: Token) -> bool:
    """Whether an outlet is the subject of a reporting verb that governs the speech verb: ``“...,” the mayor said,
    RBC reports`` (the outlet relays the mayor's words)."""
    span = doc.char_span(outlet.span.start, outlet.span.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    verb = tok.head
    lo, hi = sorted((outlet.span.start, cue.idx))
    return (
        "\n" not in text_of(doc)[lo:hi]  # one paragraph: a parse may run sentences of two paragraphs together
        and tok.dep_ == "nsubj"
        and verb.i != cue.i
        and verb.lemma_.lower() in _OUTLET_VERBS
        and any(a.i == verb.i for a in cue.ancestors)
    )


# ---------------------------------------------------------------- reported speech


def _indirect(
    doc: Doc, text: str, marked: list[_Marked], media: list[Mention], people: dict[int, Mention]
) -> list[_Found]:
    """``X said that ...``, ``According to X, ...``: reported speech as ``kind: "indirect"``."""
    out: list[_Found] = []
    span: Span | None
    np_range: tuple[int, int] | None
    lowers, lemmas = words_of(doc)
    for k, low in enumerate(lowers):
        if low != "according" and lemmas[k] not in SPEECH_LEMMAS:
            continue  # neither "according to" nor a speech verb (_is_cue): the token need not be made
        tok = doc[k]
        if _inside_any(tok.idx, marked):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found = _according(doc, tok)
            if found is not None and not _reports_speech(tok):
                span, np_range = found
                span = _outside_direct(text, span, marked, tok.sent.end_char)
                if span is None:
                    continue
                out.append(
                    _Found("indirect", span, cue=tok, speaker_np=np_range, via=_via(doc, text, tok, span, media))
                )
            continue
        if not _is_cue(tok):
            continue
        if (
            tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            and not any(c.dep_ == "ccomp" for c in tok.children)
        ):
            # "..., officials said, as investigators said the attack ...": an "as" clause with its own reported
            # clause is a second statement (read below), not a frame for the main clause
            as_said = _as_said(doc, tok)  # "As the ministry emphasized, Kyiv hoped to ..."
            if as_said is not None and not _inside_any(as_said.start, marked):
                np_range, implicit = _speaker_of(doc, tok, people, marked)
                out.append(
                    _Found(
                        "indirect",
                        as_said,
                        cue=tok,
                        speaker_np=np_range,
                        implicit=implicit,
                        via=_via(doc, text, tok, as_said, media),
                    )
                )
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        start = clause.left_edge.i
        while start < clause.i and doc[start].dep_ == "mark":
            start += 1
        end = clause.right_edge.i + 1
        while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].text in ("\u201d", '"')):
            end -= 1
        if end - start < 3 or start < tok.i < end:
            continue
        if clause.i < tok.i and not (end < len(doc) and doc[end].text == "," or doc[end - 1].text == ","):
            continue  # a clause before the verb counts only as "…, he said"
        if _inside_any(doc[start].idx, marked):
            continue  # the clause is a direct quote, already found
        if start > 0 and doc[start - 1].text == "(" or doc[clause.left_edge.i].text == "(":
            continue  # a parenthetical aside, not what was said
        span = Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        quoted = sum(
            min(q.inner.end, span.end) - max(q.inner.start, span.start)
            for q in _near(marked, span.start, span.end)
            if q.inner.start < span.end and span.start < q.inner.end
        )
        if quoted >= 0.5 * (span.end - span.start):
            continue  # mostly a direct quote, already found
        np_range, implicit = _speaker_of(doc, tok, people, marked)
        if np_range is not None and _thing(doc[np_range[0] : np_range[1]].root):
            continue  # "the markings suggested that ...": an inference, not speech
        span = _outside_direct(text, span, marked, tok.sent.end_char)
        if span is None:
            continue
        out.append(
            _Found(
                "indirect", span, cue=tok, speaker_np=np_range, implicit=implicit, via=_via(doc, text, tok, span, media)
            )
        )
    return out


def _outside_direct(text: str, span: Span, marked: list[_Marked], sent_end: int) -> Span | None:
    """Reported speech that runs into a direct quote (``had only “responded to aggression.”``) takes the whole quote
    with its marks when it closes in the sentence, else stops before the opening mark: never cut between marks."""
    for q in _near(marked, span.start, span.end):
        if q.parent is None and span.start < q.open_at < span.end <= q.close_at:
            if q.close_at < sent_end and not q.continues:
                return Span(span.start, q.close_at + 1)
            end = q.open_at
            while end > span.start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                end -= 1
            return Span(span.start, end) if len(text[span.start : end].split()) >= 3 else None
    return span


def _as_said(doc: Doc, cue: Token) -> Span | None:
    """The main clause an ``As X said,`` clause introduces (or follows)."""
    head = cue.head
    a, b = cue.left_edge.i, cue.right_edge.i + 1
    start, end = head.left_edge.i, head.right_edge.i + 1
    if a <= start:
        start = b
    else:
        end = a
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < 3:
        return None
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _reports_speech(according: Token) -> bool:
    """The clause ``according to X`` hangs on is itself a speech verb with its own speaker."""
    head = according.head
    return _is_cue(head) and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _according(doc: Doc, tok: Token) -> tuple[Span, tuple[int, int]] | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    phrase_end = max(pobj.right_edge.i, to.i) + 1
    rest_start = phrase_end
    while rest_start < sent.end and doc[rest_start].is_punct:
        rest_start += 1
    if tok.i > sent.start:  # "X happened, according to Y": the clause before
        start, end = sent.start, tok.i
    else:
        start, end = rest_start, sent.end
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < 3:
        return None
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)), _source_phrase(pobj)


def _unparsed(text: str, article: str) -> Iterator[Quote]:
    """Languages without a parser: quoted stretches of speech length, speaker unknown."""
    for q in find_marked(text):
        if q.heading or q.parent is not None:
            continue
        words = len(text[q.inner.start : q.inner.end].split())
        yield Quote(
            article=article,
            span=q.inner,
            text=text[q.inner.start : q.inner.end],
            kind="direct" if words >= 5 else "scare",
        )
