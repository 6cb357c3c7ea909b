"""Claims: what each article states, who asserts it and how firmly, and who did what to whom.

A claim is a clause stating one proposition. Reported speech gives one claim
per content clause (``the Russian Ministry of Defence said [the plane was shot
down]``), a direct quote one claim per sentence of the quote, and any other
sentence one claim per main clause.

Stance is how firmly the article stands behind it:

- ``denied``: it denies (``rejected this``, ``does not admit responsibility``);
- ``hedged``: it hedges (``allegedly``, ``reportedly``, ``could have``, ``appeared to``);
- ``attributed``: someone is reported saying it;
- ``asserted``: the outlet states it as fact.

The difference between ``was shot down by the Ukrainian Armed Forces`` stated
as fact and ``the Russian Ministry of Defence said the plane was shot down`` is
the point of the tool. Frames (``frames.py``) give each claim its predicate and
roles, which is what the cross-source step compares.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import datelines as dl
from .. import folded
from ..data.disputes import COUNTERFACTUALS, HEDGE_PHRASES, INDICATING_VERBS, OPEN_NOUNS
from ..data.propositions import (
    ANNOUNCED_NOUNS,
    AUDIENCE_NOUNS,
    MANNER_NOUNS,
    SOURCE_ONLY_LEMMAS,
    UNNAMED_REASONS,
)
from ..data.speech import (
    CHARACTERISING_PARTICIPLES,
    POLISH_ACCORDING,
    POLISH_DENIAL_STEMS,
    POLISH_HEDGES,
    PROVING_LEMMAS,
    REVEALING_LEMMAS,
    SPEECH_LEMMAS,
    UNTAGGED_CUES,
    UNTAGGED_FRENCH_CUES,
    UNTAGGED_SPEECH_STEMS,
)
from ..model import Analysis, Claim, Frame, Quote, Span, Stance, TimeRef
from . import reported
from .frames import claim_frames, open_noun, points_nowhere
from .nlp import text_of, words_of
from .reported import denying, speech_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

HEDGES = {
    "allegedly",
    "reportedly",
    "apparently",
    "purportedly",
    "supposedly",
    "presumably",
    "possibly",
    "probably",
    "likely",
    "perhaps",
    "maybe",
    "seemingly",
    "unconfirmed",
    "rumoured",
    "rumored",
}
HEDGE_VERBS = {"appear", "seem"}  # "appeared to play a role"
PASSIVE_HEDGES = {"believe", "suspect", "say", "think", "report", "allege", "rumour", "rumor"}  # "is believed to"
MODALS = {"could", "may", "might"}
DENIALS = {"deny", "reject", "refute", "dismiss", "disprove", "rebut", "dispute", "contradict"}
# What a denial verb must deny to be a denial of a claim, not the refusal of a request.
DENIED_OBJECTS = {
    "this",
    "that",
    "it",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "report",
    "reports",
    "version",
    "charge",
    "charges",
    "responsibility",
    "involvement",
    "story",
    "information",
    "statement",
    "statements",
    "assertion",
    "assertions",
    "suggestion",
    "idea",
}
_DENIAL_STEMS = ("deni", "deny", "reject", "refut", "dismiss", "disprov", "rebut", "disput", "contradict")
ADMISSIONS = {"admit", "acknowledge", "accept", "confirm", "claim", "take"}
_MIN_TOKENS = 2
_FINITE = {"VBD", "VBZ", "VBP"}


def _words(tokens: SpacySpan, n: int) -> bool:
    """At least ``n`` alphabetic tokens, counted only as far as ``n``."""
    seen = 0
    for t in tokens:
        if t.is_alpha:
            seen += 1
            if seen >= n:
                return True
    return False


def extract_claims(doc: Doc, analysis: Analysis) -> Iterator[Claim]:
    text = text_of(doc)
    article = analysis.article.id
    speech = sorted((q for q in analysis.quotes if q.kind in ("direct", "indirect")), key=lambda q: q.span.start)
    days = sorted((t for t in analysis.times if t.value and t.grain == "day"), key=lambda t: t.span.start)
    tagged_deps = doc.has_annotation("DEP")
    said_on = {t.span for t in days if tagged_deps and _day_of_saying(doc, t.span)}
    day_starts = [t.span.start for t in days]
    # speech[:k] all end by reach[k - 1]: a sentence looks at the quotes from the first that may reach it
    speech_starts = [q.span.start for q in speech]
    reach = list(itertools.accumulate((q.span.end for q in speech), max))
    tagged = doc.has_annotation("POS")  # a blank pipeline (Russian, ...) has sentences but no parts of speech
    # Without a parse, spaCy leaves each token's tree edges unset: walking them (children, subtree) reads
    # past the Doc's memory and can crash the process, so a blank pipeline's sentences are never walked.
    parsed = doc.has_annotation("DEP")
    for sent in doc.sents:
        s_start, s_end = _trimmed(text, sent.start_char, sent.end_char)
        if s_end - s_start < 8 or not _words(sent, _MIN_TOKENS):
            continue
        near = speech[bisect.bisect_right(reach, s_start) : bisect.bisect_left(speech_starts, s_end)]
        units: list[tuple[Span, Quote | None]] = list(_speech_units(near, s_start, s_end))
        if not parsed:  # no dependency tree to cut clauses by: the sentence, or the speech in it, is the claim
            # a word or two quoted ("a qualifié la frappe de « délibérée »") is no claim: the sentence is
            units = [(span, q) for span, q in units if len(_PIECE_WORDS.findall(text, span.start, span.end)) > 2]
            surface = analysis.article.language in reported.LANGUAGES  # speech found by ``reported``: its source
            before = _told_before_speech(text, s_start, units, day_starts, surface) if units else []
            units = [*units, *before] if units else [(Span(s_start, s_end), None)]
        elif not units:
            units = [(span, None) for span in _main_clauses(doc, sent, text)]
        else:
            units += _before_speech(doc, sent, units)
            units += _uncovered_clauses(doc, sent, units)
        told: dict[Span, tuple[str, Span]] = {}  # participle claims told on their verb's subject's authority
        if parsed:
            units = units + [(sub, quote) for span, quote in units for sub in _subclauses(doc, span, text)]
            for span, quote, subject in _participles(doc, sent, units):
                units = _cut_before(doc, units, span, quote)
                units.append((span, quote))
                if subject is not None:
                    told[span] = subject
        for span, quote in units:
            dateline = _DATELINE.match(text, span.start) or _dash_dateline(text, span.start)
            if dateline and dateline.end() >= span.end:
                continue
            if dateline:
                span = Span(dateline.end(), span.end)
            cut = dateline.end() if dateline else -1  # the parse may hang the dateline's place on the verb
            tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is None or not _words(tokens, _MIN_TOKENS):
                continue
            if tagged and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
                continue  # "Photo: Russian Defence Ministry" states nothing
            if parsed and source_only(tokens):
                continue  # "the agency reported, citing emergency services": who told, not what
            stance, cue = _stance(tokens, quote) if tagged else _untagged_stance(tokens, quote)
            subject = told.get(span)
            if subject is not None and stance == "asserted":
                stance, cue = "attributed", tokens[0].lower_  # "calling it a deliberate attack": the caller's
            if stance in ("asserted", "attributed"):
                stance, cue = _open(text, Span(s_start, s_end), span, stance, cue)
            if stance in ("asserted", "attributed") and tagged:
                stance, cue = _nothing_points_to(tokens, stance, cue)
            if stance in ("asserted", "attributed") and tagged:
                stance, cue = _relayed_report(tokens, stance, cue)
            time_ref = _time_of(days, day_starts, span, Span(s_start, s_end), said_on)
            yield Claim(
                article=article,
                span=span,
                text=text[span.start : span.end],
                stance=stance,
                cue=cue,
                speaker_text=quote.speaker_text if quote else subject[0] if subject else None,
                speaker_ref=quote.speaker_ref if quote else subject[1] if subject else None,
                time_ref=time_ref.span if time_ref else None,
                quote_ref=quote.span if quote else None,
                frames=_past_dateline(claim_frames(tokens, analysis.mentions), cut),
            )


def _told_before_speech(
    text: str, start: int, units: list[tuple[Span, Quote | None]], day_starts: list[int], surface: bool
) -> list[tuple[Span, None]]:
    """In a sentence read without a parse, what it states before the speech it reports (``Путин назвал варварской
    акцией киевского режима разрушение ГЭС и отметил, что ...``): a claim of its own when it is long enough to state
    something besides who spoke (``заявил пресс-секретарь Дмитрий Песков, что`` is only the source, and so is ``Le
    ministre X a déclaré que``). Who spoke and the day they spoke (``X a déclaré mardi que``, ``6 июня генсек ООН
    сообщил, что``) is a claim too: the statement is an event of the story's timeline."""
    first = min(span.start for span, _ in units)
    speech = next((quote for span, quote in units if span.start == first and quote is not None), None)
    cue = speech.cue_span if speech is not None else None
    joined = _JOINED_CUE.search(text, start, cue.start) if cue is not None and start <= cue.start < first else None
    if joined is not None:  # "X wies die Vorwürfe zurück und erklärte, ...": what X did before speaking is a claim
        kept = len(_PIECE_WORDS.findall(text, start, joined.start())) >= _JOINED_MIN_WORDS
        return [(Span(start, joined.start()), None)] if kept else []
    dated = bisect.bisect_left(day_starts, start) < bisect.bisect_left(day_starts, first)  # when the source spoke
    if (
        surface
        and cue is not None
        and start <= cue.start < first
        and len(_PIECE_WORDS.findall(text, cue.end, first)) <= _CUE_TAIL
    ):
        if not dated:
            return []  # "Le ministre X a déclaré que ...": what comes before the speech only says who spoke
        tail = _THAT_TAIL.search(text, start, first)
        return [(Span(start, tail.start() if tail else first), None)]  # "X a déclaré mardi": when they spoke
    joined = _SPEECH_JOIN.search(text, start, first)
    end = joined.start() if joined else first
    words = _PIECE_WORDS.findall(text, start, end)
    if len(words) < _PIECE_MIN_WORDS or _QUOTE_MARKS_IN.search(text, start, end):
        return []
    return [(Span(start, end), None)]


# the words that open the speech after a verb of saying ("что", "que", "dass", "che", "that", "że", "jakoby")
_THAT_WORDS = "что|чтобы|що|que|qu['’]|dass|daß|che|that|że|iż|jakoby"
# the words that join a statement to the speech after it ("..., и отметил, что", "et a ajouté que", ": «")
_SPEECH_JOIN = re.compile(
    # the verb of saying goes only with the word that opens the speech: a statement's last words are never cut alone
    rf"[\s,:;—–-]*(?:(?:(?:и|а|et|y|e|und|and)\s+)?(?:[^\W\d_]+[\s,]+){{0,2}}(?<!\w)(?:{_THAT_WORDS}))?"
    r"[\s,:;«»\"“”„—–-]*$",
    re.I,
)
_PIECE_WORDS = re.compile(r"[^\W\d_]+")
# words at most between the verb of saying and the speech when what comes before only says who spoke and when ("a
# déclaré mardi soir que", "poinformował w środę rano, że"); more is a statement of its own ("назвал ... и отметил")
_CUE_TAIL = 5
# a conjunction right before the verb of saying (an auxiliary or an adverb between): the sentence told something first
# ("Путин назвал ... и отметил, что", "X wies die Vorwürfe zurück und erklärte", "... et a ajouté que")
_JOINED_CUE = re.compile(r"[\s,]+(?:и|а|і|та|et|y|e|und|and|i|oraz|ed)\s+(?:[^\W\d_]+\s+)?$", re.I)
_JOINED_MIN_WORDS = 3  # words a statement before "and said" needs
# the word that opens the speech and the marks around it, at the end of what comes before it
_THAT_TAIL = re.compile(rf"[\s,:;—–-]*(?<!\w)(?:{_THAT_WORDS})?[\s,:;«»\"“”„—–-]*$", re.I)
_PIECE_MIN_WORDS = 8  # fewer words before the speech are its source ("заявил пресс-секретарь президента Песков")
_QUOTE_MARKS_IN = re.compile(r"[«»\"“”„]")  # a piece holding quote marks is part of a quotation, read as one


_UNNAMED_REASON = re.compile("|".join(UNNAMED_REASONS), re.I)
# a source's own words, its audience, its manner and the day it spoke: what a clause that tells no proposition holds
_SOURCE_PARTS = frozenset({"nsubj", "expl", "aux", "auxpass", "neg", "punct", "prt", "npadvmod", "dative"})


def source_only(tokens: SpacySpan) -> bool:
    """A clause that only says who reported something or how someone spoke, with no proposition of its own: its head
    a verb of saying, reporting or compiling (``SOURCE_ONLY_LEMMAS``) whose words in the clause are only its subject,
    whom it told (``told reporters``), when and how it spoke (``on Tuesday``, ``on condition of anonymity``), whom
    it cited (``citing emergency services``), why it is not named (``because they were not authorised to
    comment``) or what it promises to tell (``some key facts about the crash``). ``the agency reported, citing
    emergency services`` and ``who spoke on condition of anonymity`` are no claims; ``the agency reported that eight
    bodies were found`` (its content clause inside) and ``officials confirmed the deaths`` are."""
    start, end = tokens[0].i, tokens[-1].i
    roots = [t for t in tokens if not start <= t.head.i <= end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    root = roots[0]
    if root.lemma_.casefold() not in SOURCE_ONLY_LEMMAS:
        return False
    if root.lemma_.casefold() == "put" and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in root.children
    ):
        return False  # "put the toll at 40" tells a figure
    inside = [c for c in root.children if start <= c.i <= end]
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in inside) != 1 or any(c.dep_ == "nsubjpass" for c in inside):
        return False  # "the nationalities have not been announced" tells that; two subjects: the content misparsed
    return all(_source_part(root, c) for c in inside)


def _source_part(root: Token, child: Token) -> bool:
    """``child`` (a word hanging on a verb of saying) tells only who spoke, to whom, when or how."""
    dep, lemma = child.dep_, child.lemma_.casefold()
    if dep in _SOURCE_PARTS or (dep == "advmod" and not any(True for _ in child.children)):
        return True
    if dep == "prep":
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return bool(objects) and all(
            g.lemma_.casefold() in MANNER_NOUNS | AUDIENCE_NOUNS or g.ent_type_ in ("DATE", "TIME") for g in objects
        )
    if dep == "dobj":
        if lemma in ANNOUNCED_NOUNS:
            return True  # "has put together some key facts about the crash": promised, not told
        told = root.lemma_.casefold() in ("tell", "cite", "quote")
        return told and (child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or lemma in AUDIENCE_NOUNS)
    if dep in ("advcl", "xcomp"):
        if lemma in ("cite", "quote"):
            return True  # "citing emergency services"
        return _UNNAMED_REASON.search(" ".join(t.text for t in child.subtree)) is not None
    return False


_HEADER = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")  # the plain-text header line (ingest/text.py)


# "RAWALPINDI, Mar 14 (APP):", "Mar 14 (APP):", "LONDON (Reuters) -", "КРАСНОДАР, 12 апреля. /ТАСС/.": the wire's
# dateline is not part of the claim after it, nor a claim of its own
_DATELINE = re.compile(
    rf"(?:{dl.CAPS_PLACE},\s+{dl.DAY}\s*[.,]?\s*(?:{dl.AGENCY_MARK})?"
    rf"|{dl.CAPS_PLACE}\s*{dl.AGENCY_MARK}|{dl.DAY}\s*{dl.AGENCY_MARK})\s*(?:[-\u2013\u2014:.]?(?:\s+|$)"
    # "LONDON (Reuters) -Russia's defence ministry": a dash glued to the first word of the story
    rf"|[-\u2013\u2014](?=[{dl.UPPER}]))"
)

# "KYIV, Ukraine —", "MOSCOW —": a place in capitals and a dash, with no day nor agency, where an article starts
_LEAD = 400  # the most characters (a header line) before it
_DASH_DATELINE = re.compile(
    rf"[{dl.UPPER}]{{3}}[{dl.UPPER} .'\u2019-]{{0,38}}(?:,\s+[{dl.UPPER}][{dl.UPPER}{dl.LOWER} .'\u2019-]{{1,30}})?"
    r"\s*[\u2013\u2014]\s*"
)


def _dash_dateline(text: str, start: int) -> re.Match[str] | None:
    """The dash dateline opens the article's text (after its header line, if any), nowhere else: a paragraph that
    opens ``ISIS — the group — attacked`` names its doer."""
    m = _DASH_DATELINE.match(text, start) if start <= _LEAD else None
    before = text[:start]
    if m and before.strip() and not (_HEADER.match(before) and before.count("\n") <= 2 and before.endswith("\n")):
        return None
    return m


def _past_dateline(frames: tuple[Frame, ...], cut: int) -> tuple[Frame, ...]:
    """The frames without a role in the dateline: ``KYIV, Ukraine — an explosion killed ...`` names no doer."""
    if cut < 0 or all(r.span.start >= cut for f in frames for r in f.roles):
        return frames
    return tuple(dataclasses.replace(f, roles=tuple(r for r in f.roles if r.span.start >= cut)) for f in frames)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    if start == 0 or text[start - 1] == "\n":
        header = _HEADER.match(text, start)
        if header and header.end() < end:
            start = header.end()
    while start < end and (text[start].isspace() or text[start] in "\u201c\u201d\"'"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _speech_units(speech: list[Quote], s_start: int, s_end: int) -> list[tuple[Span, Quote]]:
    """The reported content in a sentence: indirect quotes, and the part of direct quotes inside it."""
    units: list[tuple[Span, Quote]] = []
    for q in speech:
        if q.span.end <= s_start or q.span.start >= s_end:
            continue
        start, end = max(q.span.start, s_start), min(q.span.end, s_end)
        if end - start < 8:
            continue
        units.append((Span(start, end), q))
    # a short direct fragment inside reported speech ("he had held “serious meetings”") is part of it
    out = []
    for span, q in units:
        covered = False
        for s, o in units:
            if o is q:
                continue
            overlap = min(s.end, span.end) - max(s.start, span.start)
            larger = (s.end - s.start, o.kind == "indirect") > (span.end - span.start, q.kind == "indirect")
            if overlap >= 0.8 * (span.end - span.start) and larger:
                covered = True  # "he had held “serious meetings”": the fragment is part of the reported speech
        if not covered:
            out.append((span, q))
    return out


def _participles(
    doc: Doc, sent: SpacySpan, units: list[tuple[Span, Quote | None]]
) -> list[tuple[Span, Quote | None, tuple[str, Span] | None]]:
    """A participle clause set off after a verb, saying what the verb's subject holds (``Zelensky said, describing
    the strike as a deliberate attack``; ``the ministry denied the report, blaming the air defence``): a claim of
    its own, told on the authority of the speaker of the quote the verb cues, else of the verb's subject (its text
    and span, for the speaker)."""
    out: list[tuple[Span, Quote | None, tuple[str, Span] | None]] = []
    for tok in sent:
        if (
            tok.tag_ != "VBG"
            or tok.dep_ not in ("advcl", "xcomp", "conj")
            or tok.lemma_ not in CHARACTERISING_PARTICIPLES
        ):
            continue
        head = tok.head
        if head.i >= tok.i or head.pos_ not in ("VERB", "AUX") or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        end = tok.right_edge.i + 1
        while end > tok.i and doc[end - 1].is_punct:
            end -= 1
        if end - tok.i < 4:
            continue
        span = Span(tok.idx, doc[end - 1].idx + len(doc[end - 1].text))
        if any(
            s.start >= span.start - 2 and s.end <= span.end + 2 and (q is None or q.kind == "indirect")
            for s, q in units
        ):
            continue  # already a claim ("saying that ..." is reported speech)
        cued = next(
            (
                q
                for _, q in units
                if q is not None and q.cue_span is not None and q.cue_span.start <= head.idx < q.cue_span.end
            ),
            None,
        )
        subject = None
        if cued is None:
            verb = head
            while verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if noun is None or noun.pos_ == "PRON":
                continue  # whose view it is stays unknown: the outlet's sentence is claim enough
            left, right = noun.left_edge, noun.right_edge
            subject = (doc[left.i : right.i + 1].text, Span(left.idx, right.idx + len(right.text)))
        out.append((span, cued, subject))
    return out


def _cut_before(
    doc: Doc, units: list[tuple[Span, Quote | None]], span: Span, quote: Quote | None
) -> list[tuple[Span, Quote | None]]:
    """The clauses a participle claim ends (``Zelensky condemned the strike[, calling it ...]``), cut before it: the
    participle is its own claim, on its subject's authority. A clause left saying only that someone spoke (``the
    minister said``) states nothing and goes."""
    out: list[tuple[Span, Quote | None]] = []
    cues = {q.cue_span.start for _, q in units if q is not None and q.cue_span is not None}
    for unit, q in units:
        if q is not None or not (unit.start < span.start < unit.end and unit.end <= span.end + 2):
            out.append((unit, q))
            continue
        kept = doc.char_span(unit.start, span.start, alignment_mode="contract")
        if kept is None:
            continue
        b = kept.end
        while b > kept.start and doc[b - 1].is_punct:
            b -= 1
        rest = doc[kept.start : b]
        verbs = [t for t in rest if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
        said_only = all(t.idx in cues or t.lemma_ in SPEECH_LEMMAS for t in verbs) and not any(
            c.dep_ in ("dobj", "ccomp", "attr", "acomp") and rest.start <= c.i < rest.end
            for t in verbs
            for c in t.children
        )
        if not _words(rest, _MIN_TOKENS) or said_only:
            continue  # "the minister said": only who spoke
        out.append((Span(rest[0].idx, rest[-1].idx + len(rest[-1].text)), q))
    return out


_SUBCLAUSE_MARKS = {"when", "after", "because", "as", "since", "while", "before", "until"}


def _subclauses(doc: Doc, unit: Span, text: str) -> list[Span]:
    """Propositions nested in a clause: ``a plane, [which was transporting 65 militants], crashed``;
    ``the event occurred [when the aircraft was shot down by X]``. Each is a claim of its own too."""
    tokens = doc.char_span(unit.start, unit.end, alignment_mode="contract")
    if tokens is None:
        return []
    out = []
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        nested = (
            tok.dep_ == "relcl"
            or (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBCLAUSE_MARKS for c in tok.children))
            or (tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "(" or doc[tok.left_edge.i].text == "(")
        )
        if not nested or not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
            continue
        a, b = tok.left_edge.i, tok.right_edge.i + 1
        a = max(a, tokens.start)
        b = min(b, tokens.end)
        while a < b and (doc[a].is_punct or doc[a].dep_ == "mark"):
            a += 1
        while b > a and doc[b - 1].is_punct:
            b -= 1
        if not _words(doc[a:b], 4) or (a == tokens.start and b == tokens.end):
            continue
        out.append(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)))
    return out


def _before_speech(doc: Doc, sent: SpacySpan, units: list[tuple[Span, Quote | None]]) -> list[tuple[Span, None]]:
    """What a sentence states before its reported speech begins: ``Investigators noted the use of X in the attack``
    (and suggested that ...). A bare ``X said`` states nothing of its own."""
    first = min(units, key=lambda u: u[0].start)
    quote = first[1]
    end_char = quote.cue_span.start if quote is not None and quote.cue_span is not None else first[0].start
    end_char = min(end_char, first[0].start)
    prefix = doc.char_span(sent.start_char, end_char, alignment_mode="contract")
    if prefix is None or not _words(prefix, 5) or not any(t.tag_ in _FINITE for t in prefix):
        return []
    j = prefix.end
    while j > prefix.start and (
        doc[j - 1].is_punct or doc[j - 1].dep_ in ("cc", "mark") or doc[j - 1].lower_ in ("that", "and", "but")
    ):
        j -= 1
    if j - prefix.start < 5:
        return []
    return [(Span(doc[prefix.start].idx, doc[j - 1].idx + len(doc[j - 1].text)), None)]


def _uncovered_clauses(doc: Doc, sent: SpacySpan, units: list[tuple[Span, Quote | None]]) -> list[tuple[Span, None]]:
    """A clause after the reported speech that the parse hung outside it (``..., the type of which has not
    been established``): what it states is a claim too."""
    last = max(u[0].end for u in units)
    rest = doc.char_span(last, sent.end_char, alignment_mode="contract")
    if rest is None:
        return []
    a, b = rest.start, rest.end
    while a < b and (doc[a].is_punct or doc[a].dep_ in ("cc",)):
        a += 1
    while b > a and doc[b - 1].is_punct:
        b -= 1
    if not _words(doc[a:b], 4) or not any(t.pos_ in ("VERB", "AUX") for t in doc[a:b]):
        return []
    cues = {q.cue_span.start for _, q in units if q is not None and q.cue_span is not None}
    verbs = [t for t in doc[a:b] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if all(t.idx in cues or t.lower_ == "according" for t in verbs):
        return []  # "..., the governor said on Thursday": only the attribution, already on the claim
    return [(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)), None)]


def _main_clauses(doc: Doc, sent: SpacySpan, text: str) -> list[Span]:
    """The sentence, or its coordinated main clauses when each has its own subject (``X did A, but Y did B``)."""
    root = sent.root
    cuts = []
    for child in root.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and child.i > root.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            cuts.append(child.left_edge.i)
    for tok in sent:  # "does not deny X, but does not admit Y": two stances, wherever the parse hangs the second
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.i > root.i:
            but = next((c for c in tok.children if c.dep_ == "cc" and c.lower_ in ("but", "whereas", "yet")), None)
            if but is None and tok.head.i != tok.i:
                but = next(
                    (
                        c
                        for c in tok.head.children
                        if c.dep_ == "cc" and c.lower_ in ("but", "whereas", "yet") and c.i < tok.i
                    ),
                    None,
                )
            if but is not None and but.i - sent.start >= 4 and sent.end - but.i >= 4:
                cuts.append(but.i)
    cuts = sorted(set(cuts))
    if not cuts:
        return [Span(*_trimmed(text, sent.start_char, sent.end_char))]
    spans = []
    starts = [sent.start] + cuts
    ends = cuts + [sent.end]
    for a, b in zip(starts, ends, strict=True):
        while b > a and (doc[b - 1].is_punct or doc[b - 1].lower_ in ("but", "and", "while", "whereas")):
            b -= 1
        while a < b and (doc[a].is_punct or doc[a].lower_ in ("but", "and", "while", "whereas")):
            a += 1
        if b > a:
            spans.append(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)))
    return spans


# what leaves a claim open rather than asserted: a hedge phrase, a counterfactual
OPEN = re.compile("|".join(f"(?:{p})" for p in (*HEDGE_PHRASES, *COUNTERFACTUALS)), re.I)
_COMPLEMENT_GAP = 12  # characters between a hedge and the clause it governs ("too early to say whether ...")


def _open(text: str, sentence: Span, span: Span, stance: Stance, cue: str | None) -> tuple[Stance, str | None]:
    """A claim that a hedge, a counterfactual or a question leaves open is hedged: the phrase inside the claim, or
    just before it in its sentence (the claim is the phrase's complement: ``it is too early to say [whether Chile
    fired]``), or the sentence is a question. A hedge in another clause of the sentence leaves the claim alone."""
    if folded.may_match(OPEN, text, sentence.start, span.end):  # most sentences hold no hedge
        for m in OPEN.finditer(text, sentence.start, span.end):
            if m.start() >= span.start or 0 <= span.start - m.end() <= _COMPLEMENT_GAP:
                return "hedged", m.group(0)
    if text[sentence.start : sentence.end].rstrip().endswith("?"):
        return "hedged", "?"
    return stance, cue


def _stance(tokens: SpacySpan, quote: Quote | None) -> tuple[Stance, str | None]:
    """(stance, the word that set it)."""
    doc = tokens.doc
    lowers, lemmas = words_of(doc)  # a token is made only where a rule may apply: most words fit none
    for i in range(tokens.start, tokens.end):
        lemma = lemmas[i]
        if lemma not in DENIALS and lemma not in ADMISSIONS:
            continue  # neither rule applies: its children need not be read
        tok = doc[i]
        if _in_subclause(tok, tokens):
            continue  # "X was hit, as the army continued to deny involvement": the clause's own denial, a claim apart
        negated = any(c.dep_ == "neg" for c in tok.children)
        if lemma in DENIALS and not negated:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "nsubjpass")]
            if any(
                o.dep_ == "ccomp" or o.lower_ in DENIED_OBJECTS or o.lemma_.lower() in DENIED_OBJECTS for o in objects
            ):
                return "denied", tok.text
        if lemma in ADMISSIONS and negated:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "ccomp")]
            if any(
                o.lemma_.lower() in ("responsibility", "involvement", "guilt", "role", "it", "this") for o in objects
            ):
                return "denied", f"not {tok.text}"
    main: set[int] | None = None  # the claim's main verbs, found when a modal asks
    for i in range(tokens.start, tokens.end):
        lemma, low = lemmas[i], lowers[i]
        if not (low in HEDGES or lemma in MODALS or lemma in HEDGE_VERBS or lemma in PASSIVE_HEDGES or lemma == "deny"):
            continue
        tok = doc[i]
        if low in HEDGES and not _in_relative_clause(tok, tokens):
            return "hedged", tok.text
        if lemma in MODALS and tok.dep_ == "aux":
            if main is None:
                main = {t.i for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head.i == t.i}
                main |= {t.i for t in tokens if t.dep_ == "conj" and t.head.i in main}
            if tok.head.i in main:
                return "hedged", tok.text
        if lemma in HEDGE_VERBS and any(c.dep_ == "xcomp" for c in tok.children):
            return "hedged", tok.text
        if (
            lemma in PASSIVE_HEDGES
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "xcomp" for c in tok.children)
        ):
            return "hedged", tok.text
        if lemma == "deny" and any(c.dep_ == "neg" for c in tok.children):
            return "hedged", f"does not {tok.text}"  # "does not deny the possibility": a grudging maybe
    if quote is not None:
        cue = (quote.cue or "").casefold()
        if cue.startswith(_DENIAL_STEMS):
            return "denied", quote.cue  # "the navy denied that its mines sank the ferry"
        return "attributed", quote.cue
    return "asserted", None


def _nothing_points_to(tokens: SpacySpan, stance: Stance, cue: str | None) -> tuple[Stance, str | None]:
    """A claim that says nothing points to an act leaves the act open, as ``no evidence that`` does: ``there is no
    sign that the army fired``, ``nothing suggests that it was deliberate``, ``there is nothing to indicate that``;
    so does a clause such a phrase governs from outside the claim (``[nothing suggests that] the army fired``)."""
    doc = tokens.doc
    lemmas = words_of(doc)[1]
    for i in range(tokens.start, tokens.end):
        if lemmas[i] in OPEN_NOUNS and open_noun(doc[i]) and _governs_clause(doc[i]):
            return "hedged", f"no {doc[i].text}"
        if lemmas[i] in INDICATING_VERBS and points_nowhere(doc[i]) and _governs_clause(doc[i]):
            return "hedged", f"nothing {doc[i].text}"
    tok = next((t for t in tokens if not tokens.start <= t.head.i < tokens.end or t.head.i == t.i), None)
    for _ in range(4):
        if tok is None or tok.head.i == tok.i or tok.dep_ not in _GOVERNED:
            break
        up = tok.head
        if up.lemma_.lower() in OPEN_NOUNS and open_noun(up):
            return "hedged", f"no {up.text}"
        if up.lemma_.lower() in INDICATING_VERBS and points_nowhere(up):
            return "hedged", f"nothing {up.text}"
        tok = up
    return stance, cue


_GOVERNED = frozenset({"ccomp", "acl", "relcl", "xcomp", "pcomp"})
_REPORT_NOUNS = frozenset({"report"})
_CONFIRMING = frozenset({"confirm", "corroborate", "verify", "substantiate"})


_REPORT_NOUN_REACH = 16  # tokens before a claim where the noun governing it may stand ("amid reports from X that")


def _relayed_report(tokens: SpacySpan, stance: Stance, cue: str | None) -> tuple[Stance, str | None]:
    """A clause a ``reports that`` noun governs is relayed, not the outlet's word: ``the remarks came amid reports
    that the army fired``, ``following reports that the blast was linked to fuel`` leave the act open, as
    ``reportedly`` does; so does the clause alone when it is the claim. Reports a verb confirms stay as they are."""
    doc = tokens.doc
    lemmas = words_of(doc)[1]
    if not any(lemma in _REPORT_NOUNS for lemma in lemmas[max(0, tokens.start - _REPORT_NOUN_REACH) : tokens.end]):
        return stance, cue  # no report noun in the claim or just before it (a noun governs the clause it precedes)
    nouns = [doc[i] for i in range(tokens.start, tokens.end) if lemmas[i] in _REPORT_NOUNS]
    root = next((t for t in tokens if not tokens.start <= t.head.i < tokens.end or t.head.i == t.i), None)
    if root is not None and root.dep_ in _GOVERNED and root.head.lemma_.lower() in _REPORT_NOUNS:
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ != "NOUN" or not any(_reported_clause(c) for c in noun.children):
            continue
        if noun.head.lemma_.lower() in _CONFIRMING and not any(c.dep_ == "neg" for c in noun.head.children):
            continue  # "the ministry confirmed reports that ...": the reports are its word now
        return "hedged", f"{noun.text} that"
    return stance, cue


def _reported_clause(clause: Token) -> bool:
    """``reports [that the army fired]``: a clause with its own subject or a ``that``, not a relative clause about
    the reports (``reports that appeared on Monday``)."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in clause.children)


def _governs_clause(tok: Token) -> bool:
    """The word has a clause after it (``evidence [that it fired]``), or its verb has (``there is no sign [it
    fired]``, parsed as the verb's complement)."""
    if any(c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i for c in tok.children):
        return True
    return tok.dep_ in ("attr", "dobj", "nsubj") and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.head.children)


_RELATIVE = frozenset({"relcl", "acl"})


def _in_subclause(tok: Token, tokens: SpacySpan) -> bool:
    """The word sits in a relative or adverbial clause inside the claim (``..., as the Kremlin continued to deny
    involvement``, ``the army, which denies the charge, ...``): that clause is a claim of its own (``_subclauses``)."""
    head = tok
    while head.head.i != head.i and tokens.start <= head.head.i < tokens.end:
        if head.dep_ == "relcl" or (
            head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBCLAUSE_MARKS for c in head.children)
        ):
            return True
        head = head.head
    return False


def _in_relative_clause(tok: Token, tokens: SpacySpan) -> bool:
    """The word sits in a clause that describes a noun inside the claim (``the men who allegedly attacked the hall
    were headed to ...``): it hedges that description, not the claim."""
    head = tok
    while head.head.i != head.i and tokens.start <= head.head.i < tokens.end:
        if head.dep_ in _RELATIVE:
            return True
        head = head.head
    return False  # the clause is the claim itself ("who allegedly attacked the hall"): the hedge is its own


# Cue stems for texts without a parse (Russian and Ukrainian): a word starting with one sets the stance.
_UNTAGGED_DENIALS = ("опроверг", "отверг", "отрица", "спростува", "заперечу", "відкину", "denied", "rejected")
_UNTAGGED_HEDGES = (
    "якобы",
    "предположительно",
    "возможно",
    "вероятно",
    "по-видимому",
    "нібито",
    "можливо",
    "ймовірно",
    "allegedly",
    "reportedly",
)


def _denying_cue(cue: str) -> bool:
    """A verb of denying that reports a clause (``опроверг, что``, ``zaprzeczył, że``)."""
    low = cue.lower()
    if denying(low):
        return True  # "a démenti que", "negó que", "bestritt, dass"
    return low.startswith(_CYRILLIC_DENIALS) or (low.startswith(POLISH_DENIAL_STEMS) and speech_verb(low) is not None)


_CYRILLIC_DENIALS = tuple(s for s in _UNTAGGED_DENIALS if not s.isascii())


POLISH_CUES = frozenset(POLISH_ACCORDING)  # "według MSZ", "zdaniem ekspertów": the sentence is someone's account


def _untagged_stance(tokens: SpacySpan, quote: Quote | None) -> tuple[Stance, str | None]:
    """Stance from cue words alone, for a language with no parser here."""
    for tok in tokens:
        low = tok.lower_
        if low.startswith(_UNTAGGED_DENIALS) or (low.startswith(POLISH_DENIAL_STEMS) and speech_verb(low) is not None):
            return "denied", tok.text
    for tok in tokens:
        if tok.lower_.startswith(_UNTAGGED_HEDGES) or tok.lower_ in POLISH_HEDGES:
            return "hedged", tok.text
    if quote is not None and quote.cue and _denying_cue(quote.cue):
        return "denied", quote.cue  # "Pieskow zaprzeczył, że Rosja stoi za incydentem": the speech is what is denied
    if quote is not None:
        return "attributed", quote.cue
    for tok in tokens:
        low = tok.lower_
        if low.startswith(UNTAGGED_SPEECH_STEMS) or low in UNTAGGED_FRENCH_CUES | UNTAGGED_CUES | POLISH_CUES:
            return "attributed", tok.text
        if speech_verb(low) is not None:  # Polish: "oświadczył", "przekazała", "twierdzi"
            return "attributed", tok.text
    return "asserted", None


def _time_of(
    days: list[TimeRef],
    starts: list[int],
    unit: Span,
    sentence: Span,
    said_on: frozenset[Span] | set[Span] = frozenset(),
) -> TimeRef | None:
    """The day the claim is about: a day named inside it, else the day its sentence names (when it was said). A day
    that dates a verb of saying (``said Tuesday that the school was hit on Monday``) is when it was said, not when
    the act it reports was done, even inside the claim: it counts only as a day around it."""
    i = bisect.bisect_left(starts, sentence.start)
    inside, around = None, None
    while i < len(days) and days[i].span.start < sentence.end:
        t = days[i]
        within = unit.start <= t.span.start and t.span.end <= unit.end
        if within and t.span not in said_on:
            inside = inside or t
        elif not within:
            around = around or t
        # a day inside the claim that dates its saying or the evidence it cites ("on Friday it intercepted a call
        # proving ..."): neither the act's day nor a day around the claim
        i += 1
    return inside or around


def _day_of_saying(doc: Doc, span: Span) -> bool:
    """The day expression modifies a verb of saying that reports a clause (``said Tuesday that``, ``denied on Monday
    that``, ``told reporters on Friday that``): directly, or through the preposition that carries it."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    root = tokens.root
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head  # "on Tuesday": the preposition's head
    elif root.dep_ not in ("npadvmod", "tmod", "obl", "advmod", "prep"):
        return False
    if head.i == root.i or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    if lemma in SPEECH_LEMMAS:
        return any(c.dep_ == "ccomp" for c in head.children)  # it reports a clause: "declared X the winner" is an act
    # "on Friday it intercepted a call proving that X blew up the dam", "published on Monday footage showing ...":
    # the day the evidence came out, not the day of the act it shows
    return lemma in REVEALING_LEMMAS and any(
        t.dep_ == "ccomp" or (t.dep_ == "acl" and t.lemma_.lower() in PROVING_LEMMAS)
        for t in head.subtree
        if t.i != head.i
    )
