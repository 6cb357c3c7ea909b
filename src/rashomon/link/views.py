"""What linking knows about each claim: its article, entities, numbers, day, frames, as plain lookups.

Built once from the extracted items (never from the text), shared by the
clustering, relation and timeline steps.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..data import stopwords
from ..data.disputes import ADVERSARIES, ENEMY_WORDS
from ..data.equipment import is_aircraft
from ..data.media import outlet_country
from ..data.nouns import NOUN_CLASSES, noun_class
from ..data.places import CAPITALS, country_of
from ..model import Analysis, Claim, Entity, Frame, Quantity, Span
from .described import ArticleSpeakers

_WORD = re.compile(r"[^\W\d_][\w'-]*")
STOPWORDS = (
    frozenset(
        """
a an the and or but if of to in on at by for with from into onto as is are was were be been being has have had do does
did not no nor so than that this these those there their they them he she it its his her we our you your i me my
which who whom whose what when where while would could should may might will shall can must also just only very
about after before over under again further then once here all any both each few more most other some such own same
too s t said says say told according against between during through up down out off above below
""".split()
    )
    | stopwords.FRENCH
    | stopwords.RUSSIAN
)  # French and Russian claims are compared by their content words too


@dataclass
class ClaimView:
    claim: Claim
    index: int  # article position in the corpus
    published: dt.date | None
    language: str | None = None  # the article's language code, when known
    published_inferred: bool = False  # the publication day is only the last day the article names (a lower bound)
    entities: set[str] = field(default_factory=set)  # entity ids named in the claim
    quantities: list[Quantity] = field(default_factory=list)
    day: str | None = None  # ISO day the claim is about
    day_inside: bool = False  # the day is named inside the claim (an event's day), not only around it (when said)
    words: set[str] = field(default_factory=set)  # content words, lower-cased
    content: str = ""  # the claim's text without the claims nested in it (what it says by itself)
    lead: str = ""  # the words of its sentence just before the claim ("If" before "Chilean agents attacked ...")
    trail: str = ""  # the words of its sentence just after the claim ('was "untrue"' after "the shell hit X")
    paragraph: int = 0  # the claim's paragraph (line) in its article
    speaker: str | None = None  # entity id of who asserts it
    speaks_for: str | None = None  # the country whose side the claim is told from: its speaker's, else its press's
    speaker_side: str | None = None  # its speaker's country alone (``Saudi military spokesman Turki al-Malki``)
    via: tuple[str, ...] = ()  # entity ids of the outlets that relay it
    nested: bool = False  # the claim is a clause inside a larger claim
    inner: tuple[Span, ...] = ()  # the claims nested inside it (clauses that are claims of their own)
    roles: dict[tuple[int, str], str | None] = field(default_factory=dict)  # (frame index, role) -> entity id
    side: dict[tuple[int, str], str | None] = field(default_factory=dict)  # (frame index, role) -> country
    classes: dict[tuple[int, str], str | None] = field(default_factory=dict)  # (frame index, role) -> noun class

    @property
    def article(self) -> str:
        return self.claim.article

    @property
    def frames(self) -> tuple[Frame, ...]:
        return self.claim.frames


def build_views(
    analyses: Sequence[Analysis], entity_of: dict[tuple[str, int, int], str], entities: Sequence[Entity]
) -> list[ClaimView]:
    """One view per claim, in ledger order."""
    by_id = {e.id: e for e in entities}
    mentions_by_article: dict[str, list[tuple[int, int, str]]] = {}
    for (article, start, end), eid in entity_of.items():
        mentions_by_article.setdefault(article, []).append((start, end, eid))
    for spans in mentions_by_article.values():
        spans.sort()
    views = []
    for index, a in enumerate(analyses):
        aid = a.article.id
        published = dt.date.fromisoformat(a.article.published) if a.article.published else None
        mentions = mentions_by_article.get(aid, [])
        starts = [m[0] for m in mentions]
        times = {(t.span.start, t.span.end): t for t in a.times}
        quotes = {(q.span.start, q.span.end): q for q in a.quotes}
        breaks = [m.start() for m in _LINE_BREAK.finditer(a.article.text)]
        press = outlet_country(a.article.outlet, a.article.url)  # whose own press the article is, if a side's
        described = ArticleSpeakers(mentions, by_id)
        for c in a.claims:
            view = ClaimView(
                claim=c,
                index=index,
                published=published,
                language=a.article.language,
                published_inferred=a.article.published_from == "inferred",
            )
            view.paragraph = bisect.bisect_right(breaks, c.span.start)
            nested = [o.span for o in a.claims if o is not c and c.span.contains(o.span) and o.span != c.span]

            def own(s: int, e: int, nested: list[Span] = nested) -> bool:
                return not any(n.start <= s and e <= n.end for n in nested)

            i = bisect.bisect_left(starts, c.span.start)
            while i < len(mentions) and mentions[i][0] < c.span.end:
                if mentions[i][1] <= c.span.end and own(mentions[i][0], mentions[i][1]):
                    view.entities.add(mentions[i][2])
                i += 1
            view.quantities = [
                q
                for q in a.quantities
                if c.span.start <= q.span.start and q.span.end <= c.span.end and own(q.span.start, q.span.end)
            ]
            view.inner = tuple(nested)
            view.content = _without(a.article.text, c.span, nested)
            view.lead = _lead(a.article.text, c.span.start)
            view.trail = _trail(a.article.text, c.span.end)
            view.nested = any(o is not c and o.span.contains(c.span) and o.span != c.span for o in a.claims)
            if c.speaker_ref is not None:
                view.speaker = _entity_at(mentions, starts, c.speaker_ref.start, c.speaker_ref.end)
            elif c.speaker_text:
                view.speaker = described.speaker(c.speaker_text, c.span.start)  # "the army said": the one it names
            quote = quotes.get((c.quote_ref.start, c.quote_ref.end)) if c.quote_ref is not None else None
            if quote is not None:
                view.via = tuple(e for e in (_entity_at(mentions, starts, s.start, s.end) for s in quote.via_refs) if e)
            if c.time_ref is not None:
                t = times.get((c.time_ref.start, c.time_ref.end))
                view.day = t.value if t is not None and t.grain == "day" else None
                view.day_inside = view.day is not None and c.span.contains(c.time_ref)
            view.words = {
                w for w in (m.group(0).casefold() for m in _WORD.finditer(view.content)) if w not in STOPWORDS
            }
            view.speaker_side = _own_side(c.speaker_text, by_id.get(view.speaker or ""), None)
            view.speaks_for = view.speaker_side or press
            for n, frame in enumerate(c.frames):
                if any(n_.start <= r.span.start < n_.end for r in frame.roles for n_ in nested) and all(
                    any(n_.start <= r.span.start < n_.end for n_ in nested) for r in frame.roles
                ):
                    continue  # the frame belongs to a nested claim
                for role in frame.roles:
                    named = _entity_at(mentions, starts, role.span.start, role.span.end)
                    view.roles[(n, role.name)] = named
                    view.side[(n, role.name)] = side_of(role.text, by_id.get(named) if named else None) or (
                        enemy_of(role.text, view.speaks_for)
                    )
                    view.classes[(n, role.name)] = role_class(role.text, by_id.get(named) if named else None)
            views.append(view)
    return views


_LINE_BREAK = re.compile("\n")
_LEAD = 64  # characters before a claim where its sentence's opening words are read
_WORD_BACK = 20  # characters further back to the start of the word the lead would begin inside


def _lead(text: str, start: int) -> str:
    """The words before a claim in its own sentence, up to ``_LEAD`` characters and back to the start of the word
    they begin in (``индийском``, not ``ндийском``)."""
    begin = max(0, start - _LEAD)
    while begin > 0 and begin > start - _LEAD - _WORD_BACK and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
        begin -= 1
    before = text[begin:start]
    cut = max(before.rfind(mark) for mark in _SENTENCE_ENDS)
    return before[cut + 1 :]


_SENTENCE_ENDS = (".", "!", "?", "\n")


def _trail(text: str, end: int) -> str:
    """The words after a claim in its own sentence, up to ``_LEAD`` characters."""
    after = text[end : end + _LEAD]
    cut = min((i for i in (after.find(mark) for mark in _SENTENCE_ENDS) if i >= 0), default=len(after))
    return after[:cut]


def _without(text: str, span: Span, nested: list[Span]) -> str:
    """The claim's text with nested claims cut out."""
    parts, pos = [], span.start
    for n in sorted(nested, key=lambda n: n.start):
        if n.start > pos:
            parts.append(text[pos : n.start])
        pos = max(pos, n.end)
    parts.append(text[pos : span.end])
    return " ".join(" ".join(parts).split())


def _entity_at(mentions: list[tuple[int, int, str]], starts: list[int], start: int, end: int) -> str | None:
    """The entity a role names: the longest mention inside the role's phrase."""
    i = bisect.bisect_left(starts, start)
    best, best_len = None, 0
    while i < len(mentions) and mentions[i][0] < end:
        s, e, eid = mentions[i]
        if e <= end and e - s > best_len:
            best, best_len = eid, e - s
        i += 1
    return best


def role_class(text: str, entity: Entity | None) -> str | None:
    """``the Il-76`` and ``the transport aircraft`` are both aircraft; ``65 captured militants`` are people."""
    if (
        entity is not None
        and entity.type == "EQUIPMENT"
        and (
            is_aircraft(entity.name)
            or any(w in NOUN_CLASSES["aircraft"] for a in entity.aliases for w in a.casefold().split())
        )
    ):
        return "aircraft"
    klass = noun_class(text)
    return klass if klass in NOUN_CLASSES else None


def _own_side(speaker_text: str | None, speaker: Entity | None, press: str | None) -> str | None:
    """The side a claim speaks for: its speaker's country (``the SBU spokesman``: Ukraine), else the country whose own
    press the article is (``data.media.outlet_country``), else None."""
    said = " ".join(w for w in (speaker_text, speaker.role if speaker else None) if w)
    return (side_of(said, speaker) if said or speaker else None) or press


# a phrase whose head is a word one side calls the other by: "the enemy", "the occupiers", "оккупанты", "ворог"
_ENEMY = re.compile(
    rf"(?:(?:the|les|des|this|that|these|our)\s+)?(?:[\w-]+\s+)?(?:{'|'.join(ENEMY_WORDS)})", re.I | re.U
)


def enemy_of(text: str, own: str | None) -> str | None:
    """The side a word for "the enemy" names (``the enemy``, ``the occupiers``, ``ворог``): the adversary of the side
    that speaks (``own``: its speaker's or its press's country); None when that side is not known or has no
    adversary listed (``data.disputes.ADVERSARIES``), or the phrase is not such a word."""
    if own is None or own not in ADVERSARIES:
        return None
    return ADVERSARIES[own] if _ENEMY.fullmatch(" ".join(text.split()).strip(".,;:\"'«»“”")) else None


def side_of(text: str, entity: Entity | None) -> str | None:
    """The country a participant belongs to: ``the Ukrainian Armed Forces`` and ``troops of the Kyiv regime`` are
    Ukraine's; ``Moscow`` is Russia's."""
    names = [text] + ([entity.name, *entity.aliases] if entity else [])
    for name in names:
        country = _side_of_name(name)
        if country:
            return country
    return None


_NAME_WORD = re.compile(r"[\w'’.-]+")
# Each capital (or seat of government) as a whole word: "Moscow", "the White House".
_CAPITAL_WORDS = {capital: re.compile(rf"\b{re.escape(capital)}\b") for capital in CAPITALS}


@functools.lru_cache(maxsize=1 << 16)  # one entity's names are looked up for every role that names it
def _side_of_name(name: str) -> str | None:
    low = name.casefold()
    for capital, capital_country in CAPITALS.items():
        if _CAPITAL_WORDS[capital].search(low):
            return capital_country
    for word in _NAME_WORD.findall(name):
        country = country_of(word.removesuffix("'s").removesuffix("’s")) if word[:1].isupper() else None
        if country:
            return country
    return None
