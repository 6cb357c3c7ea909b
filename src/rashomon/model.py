"""The data model: frozen records that flow from ingest through extract and link to the ledger.

Nothing here does I/O. Items point into their article's ``text`` by character
offsets (``Span``), as spaCy spans point into a Doc, so that every item can be
shown in its source. Extractors fill the fields they know (spans, surfaces,
values); the ledger builder gives items their ids and turns span references
(``speaker_ref``, ``target_ref``, ...) into entity ids once linking has decided
which mention belongs to which entity.

``to_dict``/``from_dict`` write and read the JSON shape of shared/LEDGER.md
(schema ``rashomon.ledger/1``); they sit next to each class on purpose.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args

from .memory import quiet_gc

SCHEMA = "rashomon.ledger/1"

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EQUIPMENT", "MEDIA", "EVENT", "FAC", "LAW", "PRODUCT")
QuoteKind = Literal["direct", "indirect", "scare"]
Stance = Literal["asserted", "attributed", "hedged", "denied"]  # in this order from the most committed
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
STANCES: tuple[Stance, ...] = get_args(Stance)
CLUSTER_STATUSES = ("consensus", "contested", "single-source")
RELATION_TYPES = ("agrees", "contradicts", "near-duplicate", "paraphrase", "cites", "evolves")
INPUT_STATUSES = ("ok", "skipped", "failed")
QUESTION_STATUSES = ("agreed", "disputed", "evolving", "single-source", "open")
GRAINS = ("day", "month", "year")

Json = dict[str, Any]
_T = TypeVar("_T")
_SET = object.__setattr__


@functools.cache
def _field_names(cls: type) -> tuple[tuple[str, ...], frozenset[str]]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    return names, frozenset(names)


def evolve(item: _T, **changes: Any) -> _T:
    """``dataclasses.replace`` for the records here, without the checks of ``__init__`` (the item was checked
    when made, and a change names a field): a third of assembling a thousand articles' ledger was ``replace``."""
    cls: type = type(item)
    names, known = _field_names(cls)
    if not changes.keys() <= known:
        raise TypeError(f"{cls.__name__} has no field {sorted(changes.keys() - known)[0]!r}")
    new: _T = object.__new__(cls)
    for name in names:
        _SET(new, name, changes[name] if name in changes else getattr(item, name))
    return new


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``[start, end)`` of an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}): need 0 <= start <= end")

    @property
    def length(self) -> int:  # not __len__: an empty span must not be falsy where "is None" is meant
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def _span(d: Mapping[str, Any], prefix: str = "") -> Span | None:
    start, end = d.get(f"{prefix}start"), d.get(f"{prefix}end")
    if start is None or end is None:
        return None
    return Span(int(start), int(end))


def _span_fields(span: Span | None, prefix: str = "") -> Json:
    if span is None:
        return {f"{prefix}start": None, f"{prefix}end": None}
    return {f"{prefix}start": span.start, f"{prefix}end": span.end}


def _spans(items: Any) -> tuple[Span, ...]:
    return tuple(Span(int(s["start"]), int(s["end"])) for s in items or ())


# ---------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchRecord:
    """Where a fetched article's bytes came from, so that every span can be traced to what was served."""

    requested_url: str  # as the user (or the feed) gave it
    final_url: str  # after redirects
    fetched_at: str  # ISO 8601, UTC, to the second
    status: int  # HTTP status of the final response
    sha256: str  # of the body bytes as served (before gzip decoding): the payload of the WARC record
    content_type: str | None = None
    warc_record: str | None = None  # WARC-Record-ID of the response in the run's WARC file, when one was written

    def to_dict(self) -> Json:
        return {
            "requested_url": self.requested_url,
            "final_url": self.final_url,
            "fetched_at": self.fetched_at,
            "status": self.status,
            "sha256": self.sha256,
            "content_type": self.content_type,
            "warc_record": self.warc_record,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> FetchRecord:
        return cls(
            requested_url=d["requested_url"],
            final_url=d["final_url"],
            fetched_at=d["fetched_at"],
            status=int(d["status"]),
            sha256=d["sha256"],
            content_type=d.get("content_type"),
            warc_record=d.get("warc_record"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article: the text every offset refers to, and what is known about it."""

    id: str
    source: str
    name: str
    text: str
    sha256: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None  # header | metadata | url | dateline | inferred
    language: str | None = None
    url: str | None = None
    status: str = "ok"
    problem: str | None = None
    fetched: FetchRecord | None = None  # set when the article was fetched from the web

    def to_dict(self) -> Json:
        d: Json = {
            "id": self.id,
            "source": self.source,
            "name": self.name,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "url": self.url,
            "text": self.text,
            "sha256": self.sha256,
            "status": self.status,
            "problem": self.problem,
        }
        if self.fetched is not None:  # only fetched articles carry it: ledgers of files stay as they were
            d["fetched"] = self.fetched.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        return cls(
            id=d["id"],
            source=d["source"],
            name=d["name"],
            text=d["text"],
            sha256=d["sha256"],
            outlet=d.get("outlet"),
            title=d.get("title"),
            published=d.get("published"),
            published_from=d.get("published_from"),
            language=d.get("language"),
            url=d.get("url"),
            status=d.get("status", "ok"),
            problem=d.get("problem"),
            fetched=FetchRecord.from_dict(d["fetched"]) if d.get("fetched") else None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class InputResult:
    """What became of one input: an article (``ok``), or the reason it did not."""

    source: str
    status: str  # ok | skipped | failed
    problem: str | None = None
    article: str | None = None  # article id when ok

    def to_dict(self) -> Json:
        return {"source": self.source, "status": self.status, "problem": self.problem, "article": self.article}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> InputResult:
        return cls(source=d["source"], status=d["status"], problem=d.get("problem"), article=d.get("article"))


# ---------------------------------------------------------------- per-article items


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A named thing in one article, before linking decides which entity it is."""

    span: Span
    text: str
    type: str  # one of ENTITY_TYPES
    name: str  # the surface cleaned for matching: no leading "the", no possessive
    role: str | None = None  # from an apposition or title next to it ("Kremlin spokesman")
    role_span: Span | None = None
    scope: str | None = (
        None  # the country or body the context says it belongs to ("Russia's" Foreign Intelligence Service)
    )
    aliases: tuple[
        str, ...
    ] = ()  # other names given right here: "(SVR)", or "Main Intelligence Directorate" of a longer name
    about: Span | None = None  # for an EVENT: the mention of what it happened to ("crash of the Il-76" -> Il-76)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    article: str
    span: Span  # direct quotes: the words inside the marks
    text: str
    kind: QuoteKind
    speaker_text: str | None = None  # how the article names the speaker here (may be a pronoun)
    speaker_span: Span | None = None
    speaker_ref: Span | None = None  # the named mention the speaker resolves to
    cue: str | None = None
    cue_span: Span | None = None
    via_refs: tuple[Span, ...] = ()  # mentions of the outlets that relay it
    id: str = ""
    speaker: str | None = None  # entity id, set when the ledger is built
    via: tuple[str, ...] = ()  # entity ids, set when the ledger is built

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "article": self.article,
            **_span_fields(self.span),
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            **_span_fields(self.speaker_span, "speaker_"),
            "cue": self.cue,
            **_span_fields(self.cue_span, "cue_"),
            "via": list(self.via),
            "speaker_ref": _span_fields(self.speaker_ref) if self.speaker_ref is not None else None,
            "via_refs": [_span_fields(s) for s in self.via_refs],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        return cls(
            id=d["id"],
            article=d["article"],
            span=Span(d["start"], d["end"]),
            text=d["text"],
            kind=d["kind"],
            speaker=d.get("speaker"),
            speaker_text=d.get("speaker_text"),
            speaker_span=_span(d, "speaker_"),
            speaker_ref=_span(d["speaker_ref"]) if d.get("speaker_ref") is not None else None,
            cue=d.get("cue"),
            cue_span=_span(d, "cue_"),
            via=tuple(d.get("via") or ()),
            via_refs=_spans(d.get("via_refs")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    article: str
    span: Span
    text: str
    value: float | None
    unit: str | None = None  # "km", "%", "USD", ... or None for a count
    counts: str | None = None  # what is counted or measured, as the text says it
    counts_span: Span | None = None
    qualifier: str | None = None  # about | at least | more than | up to | nearly | ...
    value_max: float | None = None  # upper end of a range ("30 to 39")
    id: str = ""

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "article": self.article,
            **_span_fields(self.span),
            "text": self.text,
            "value": _num(self.value),
            "value_max": _num(self.value_max),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "counts": self.counts,
            **_span_fields(self.counts_span, "counts_"),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quantity:
        return cls(
            id=d["id"],
            article=d["article"],
            span=Span(d["start"], d["end"]),
            text=d["text"],
            value=d.get("value"),
            value_max=d.get("value_max"),
            unit=d.get("unit"),
            qualifier=d.get("qualifier"),
            counts=d.get("counts"),
            counts_span=_span(d, "counts_"),
        )


def _num(v: float | None) -> float | int | None:
    """Whole numbers are written as JSON integers (65, not 65.0)."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else v


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeRef:
    article: str
    span: Span
    text: str
    value: str | None  # ISO day, ISO week (YYYY-Www), YYYY-MM or YYYY; None when it cannot be resolved
    grain: str | None = None  # day | week | month | year
    anchor: str | None = None  # what a relative or year-less expression was resolved against
    clock: str | None = None  # "15:40 local time", "14:40 GMT"
    id: str = ""

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "article": self.article,
            **_span_fields(self.span),
            "text": self.text,
            "value": self.value,
            "grain": self.grain,
            "anchor": self.anchor,
            "clock": self.clock,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimeRef:
        return cls(
            id=d["id"],
            article=d["article"],
            span=Span(d["start"], d["end"]),
            text=d["text"],
            value=d.get("value"),
            grain=d.get("grain"),
            anchor=d.get("anchor"),
            clock=d.get("clock"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """One participant of a frame: ``agent``, ``patient``, ``instrument``, ``destination``, ``cargo``, ``unknown``."""

    name: str
    span: Span
    text: str
    entity: str | None = None  # entity id, set when the ledger is built

    def to_dict(self) -> Json:
        return {"role": self.name, **_span_fields(self.span), "text": self.text, "entity": self.entity}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Role:
        return cls(name=d["role"], span=Span(d["start"], d["end"]), text=d["text"], entity=d.get("entity"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """Who did what to whom in a claim: a predicate (``shoot down``), its class (``attack``) and its roles."""

    predicate: str
    kind: str | None = None  # attack | transport | blame | admit | establish | use | ...
    negated: bool = False
    roles: tuple[Role, ...] = ()
    main: bool = False  # the predicate heads its claim (not a modifier inside it: "a plane carrying ...")
    hedged: bool = False  # a modal or an open word governs the predicate ("may have fired", "no evidence that")

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.name == name), None)

    def to_dict(self) -> Json:
        d: Json = {
            "predicate": self.predicate,
            "kind": self.kind,
            "negated": self.negated,
            "main": self.main,
            "roles": [r.to_dict() for r in self.roles],
        }
        if self.hedged:
            d["hedged"] = True  # additive: written only where it holds
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Frame:
        return cls(
            predicate=d["predicate"],
            kind=d.get("kind"),
            negated=bool(d.get("negated")),
            main=bool(d.get("main")),
            roles=tuple(Role.from_dict(r) for r in d.get("roles") or ()),
            hedged=bool(d.get("hedged")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One proposition as an article states it, with who asserts it and how firmly."""

    article: str
    span: Span
    text: str
    stance: Stance
    speaker_text: str | None = None
    speaker_ref: Span | None = None  # mention of who asserts it; None when the article itself does
    cue: str | None = None  # the word that set the stance ("said", "allegedly", "denied")
    time_ref: Span | None = None  # span of the time expression saying when the claimed event happened
    quote: str | None = None  # quote id when the claim is (part of) a quote
    quote_ref: Span | None = None  # span of that quote, until ids are given
    frames: tuple[Frame, ...] = ()
    id: str = ""
    speaker: str | None = None  # entity id, set when the ledger is built
    cluster: str | None = None
    time: str | None = None  # time id

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "article": self.article,
            **_span_fields(self.span),
            "text": self.text,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "stance": self.stance,
            "cue": self.cue,
            "cluster": self.cluster,
            "time": self.time,
            "quote": self.quote,
            "frames": [f.to_dict() for f in self.frames],
            "speaker_ref": _span_fields(self.speaker_ref) if self.speaker_ref is not None else None,
            "time_ref": _span_fields(self.time_ref) if self.time_ref is not None else None,
            "quote_ref": _span_fields(self.quote_ref) if self.quote_ref is not None else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        return cls(
            id=d["id"],
            article=d["article"],
            span=Span(d["start"], d["end"]),
            text=d["text"],
            stance=d["stance"],
            speaker=d.get("speaker"),
            speaker_text=d.get("speaker_text"),
            cue=d.get("cue"),
            cluster=d.get("cluster"),
            time=d.get("time"),
            quote=d.get("quote"),
            speaker_ref=_span(d["speaker_ref"]) if d.get("speaker_ref") is not None else None,
            time_ref=_span(d["time_ref"]) if d.get("time_ref") is not None else None,
            quote_ref=_span(d["quote_ref"]) if d.get("quote_ref") is not None else None,
            frames=tuple(Frame.from_dict(f) for f in d.get("frames") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Framing:
    """A persuasion technique found in an article, with the evidence and the rule that fired."""

    article: str
    span: Span
    text: str
    technique: str  # loaded_language | name_calling | doubt | appeal_to_fear | flag_waving | ...
    rule: str  # the cue or pattern that fired, so a reader can judge it
    target_ref: Span | None = None
    id: str = ""
    target: str | None = None  # entity id, set when the ledger is built

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "article": self.article,
            **_span_fields(self.span),
            "text": self.text,
            "technique": self.technique,
            "rule": self.rule,
            "target": self.target,
            "target_ref": _span_fields(self.target_ref) if self.target_ref is not None else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Framing:
        return cls(
            id=d["id"],
            article=d["article"],
            span=Span(d["start"], d["end"]),
            text=d["text"],
            technique=d["technique"],
            rule=d.get("rule") or "",
            target=d.get("target"),
            target_ref=_span(d["target_ref"]) if d.get("target_ref") is not None else None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """Everything extracted from one article. Built stage by stage; never mutated."""

    article: Article
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    claims: tuple[Claim, ...] = ()
    framing: tuple[Framing, ...] = ()
    timings: tuple[tuple[str, float], ...] = ()  # (stage name, seconds), for benchmarks
    skipped: str | None = None  # why the article was given up (over its time budget): its items are not kept


# ---------------------------------------------------------------- cross-article items


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionRef:
    article: str
    start: int
    end: int

    def to_dict(self) -> Json:
        return {"article": self.article, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MentionRef:
        return cls(article=d["article"], start=int(d["start"]), end=int(d["end"]))


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[MentionRef, ...] = ()

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            name=d["name"],
            type=d["type"],
            aliases=tuple(d.get("aliases") or ()),
            role=d.get("role"),
            mentions=tuple(MentionRef.from_dict(m) for m in d.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Origin:
    """One independent source behind a cluster: copies and relays of it count once."""

    articles: tuple[str, ...]
    upstream: str | None = None  # entity id of the shared upstream source, when one is named

    def to_dict(self) -> Json:
        return {"articles": list(self.articles), "upstream": self.upstream}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Origin:
        return cls(articles=tuple(d.get("articles") or ()), upstream=d.get("upstream"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster:
    id: str
    label: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    status: str  # consensus | contested | single-source
    independent: int
    origins: tuple[Origin, ...] = ()

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "label": self.label,
            "claims": list(self.claims),
            "articles": list(self.articles),
            "status": self.status,
            "independent": self.independent,
            "origins": [o.to_dict() for o in self.origins],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Cluster:
        return cls(
            id=d["id"],
            label=d.get("label") or "",
            claims=tuple(d.get("claims") or ()),
            articles=tuple(d.get("articles") or ()),
            status=d["status"],
            independent=int(d.get("independent") or 0),
            origins=tuple(Origin.from_dict(o) for o in d.get("origins") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    type: str  # agrees | contradicts | near-duplicate | paraphrase | cites | evolves
    a: str  # claim ids, or article ids for near-duplicate / paraphrase / cites
    b: str
    score: float
    why: str
    details: tuple[tuple[str, str], ...] = ()  # e.g. ("dropped", "..."), ("changed", "...") for a rewrite

    def to_dict(self) -> Json:
        return {
            "type": self.type,
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 4),
            "why": self.why,
            "details": [{"kind": k, "text": t} for k, t in self.details],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Relation:
        return cls(
            type=d["type"],
            a=d["a"],
            b=d["b"],
            score=float(d.get("score") or 0.0),
            why=d.get("why") or "",
            details=tuple((x["kind"], x["text"]) for x in d.get("details") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """What a corpus is about (``main``), or an earlier event some articles only recall (not ``main``)."""

    id: str
    label: str
    kind: str | None = None  # attack | incident | transport | ... (the frame class most of its claims name)
    day: str | None = None  # ISO day or None
    place: str | None = None  # entity id or None
    main: bool = True
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "day": self.day,
            "place": self.place,
            "main": self.main,
            "claims": list(self.claims),
            "articles": list(self.articles),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        return cls(
            id=d["id"],
            label=d.get("label") or "",
            kind=d.get("kind"),
            day=d.get("day"),
            place=d.get("place"),
            main=bool(d.get("main", True)),
            claims=tuple(d.get("claims") or ()),
            articles=tuple(d.get("articles") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """One source's answer to a question, pinned to the claim that gives it."""

    value: str  # the answer, normalised for comparison and shown to a reader
    claim: str  # claim id
    article: str
    span: Span  # the words that give the answer (inside the claim)
    stance: str  # asserted | attributed | hedged | denied
    entity: str | None = None  # entity id when the answer is one
    origin: str | None = None  # entity id of the first named source of the relay chain; None when the outlet speaks
    as_of: str | None = None  # for counts: the ISO day the number was true for
    number: float | None = None  # for counts: the value
    number_max: float | None = None  # for counts: the upper end of a range ("2,000 to 5,000")
    qualifier: str | None = None  # for counts: "at least", "about", ...
    note: str | None = None  # why the answer is set apart: "projection", "partial", "rose" ...

    def to_dict(self) -> Json:
        return {
            "value": self.value,
            "entity": self.entity,
            "claim": self.claim,
            "article": self.article,
            **_span_fields(self.span),
            "stance": self.stance,
            "origin": self.origin,
            "as_of": self.as_of,
            "number": self.number,
            "number_max": self.number_max,
            "qualifier": self.qualifier,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Answer:
        return cls(
            value=d["value"],
            entity=d.get("entity"),
            claim=d["claim"],
            article=d["article"],
            span=Span(int(d["start"]), int(d["end"])),
            stance=d["stance"],
            origin=d.get("origin"),
            as_of=d.get("as_of"),
            number=float(d["number"]) if d.get("number") is not None else None,
            number_max=float(d["number_max"]) if d.get("number_max") is not None else None,
            qualifier=d.get("qualifier"),
            note=d.get("note"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """A question an event raises (who did it, how many died ...), with every source's answer."""

    id: str
    event: str
    kind: str  # what | when | where | agent | means | target | toll_killed | toll_injured | toll_missing | ...
    label: str
    answers: tuple[Answer, ...] = ()
    status: str = "single-source"  # agreed | disputed | evolving | single-source | open
    independent: int = 0  # independent origins behind the most supported answer

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "event": self.event,
            "kind": self.kind,
            "label": self.label,
            "answers": [a.to_dict() for a in self.answers],
            "status": self.status,
            "independent": self.independent,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Question:
        return cls(
            id=d["id"],
            event=d["event"],
            kind=d["kind"],
            label=d.get("label") or "",
            answers=tuple(Answer.from_dict(a) for a in d.get("answers") or ()),
            status=d.get("status") or "single-source",
            independent=int(d.get("independent") or 0),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    date: str
    label: str
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    def to_dict(self) -> Json:
        return {"date": self.date, "label": self.label, "claims": list(self.claims), "articles": list(self.articles)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimelineEntry:
        return cls(
            date=d["date"],
            label=d.get("label") or "",
            claims=tuple(d.get("claims") or ()),
            articles=tuple(d.get("articles") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class NamingForm:
    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> Json:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> NamingForm:
        return cls(article=d["article"], start=int(d["start"]), end=int(d["end"]), text=d["text"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Naming:
    referent: str  # entity, quantity (N...) or cluster (K...) id
    label: str
    forms: tuple[NamingForm, ...] = ()

    def to_dict(self) -> Json:
        return {"referent": self.referent, "label": self.label, "forms": [f.to_dict() for f in self.forms]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Naming:
        return cls(
            referent=d["referent"],
            label=d.get("label") or "",
            forms=tuple(NamingForm.from_dict(f) for f in d.get("forms") or ()),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Generator:
    name: str = "rashomon"
    version: str = ""
    created: str | None = None

    def to_dict(self) -> Json:
        return {"name": self.name, "version": self.version, "created": self.created}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Generator:
        return cls(name=d.get("name", "rashomon"), version=d.get("version", ""), created=d.get("created"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Ledger:
    """The output contract: everything rashomon found, every item pinned to its source text."""

    generator: Generator = field(default_factory=Generator)
    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    claims: tuple[Claim, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    relations: tuple[Relation, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    framing: tuple[Framing, ...] = ()
    naming: tuple[Naming, ...] = ()
    inputs: tuple[InputResult, ...] = ()
    events: tuple[Event, ...] = ()
    questions: tuple[Question, ...] = ()
    schema: str = SCHEMA

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(f"no article {article_id!r} in this ledger")

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(f"no entity {entity_id!r} in this ledger")

    def to_dict(self) -> Json:
        with quiet_gc():  # a burst of small dicts (memory.py)
            return self._to_dict()

    def _to_dict(self) -> Json:
        return {
            "schema": self.schema,
            "generator": self.generator.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "quantities": [q.to_dict() for q in self.quantities],
            "times": [t.to_dict() for t in self.times],
            "claims": [c.to_dict() for c in self.claims],
            "clusters": [k.to_dict() for k in self.clusters],
            "relations": [r.to_dict() for r in self.relations],
            "timeline": [t.to_dict() for t in self.timeline],
            "framing": [f.to_dict() for f in self.framing],
            "naming": [n.to_dict() for n in self.naming],
            "inputs": [i.to_dict() for i in self.inputs],
            "events": [e.to_dict() for e in self.events],
            "questions": [q.to_dict() for q in self.questions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Ledger:
        with quiet_gc():  # a burst of small frozen items (memory.py)
            return cls._from_dict(d)

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Ledger:
        return cls(
            schema=d.get("schema", SCHEMA),
            generator=Generator.from_dict(d.get("generator") or {}),
            articles=tuple(Article.from_dict(x) for x in d.get("articles") or ()),
            entities=tuple(Entity.from_dict(x) for x in d.get("entities") or ()),
            quotes=tuple(Quote.from_dict(x) for x in d.get("quotes") or ()),
            quantities=tuple(Quantity.from_dict(x) for x in d.get("quantities") or ()),
            times=tuple(TimeRef.from_dict(x) for x in d.get("times") or ()),
            claims=tuple(Claim.from_dict(x) for x in d.get("claims") or ()),
            clusters=tuple(Cluster.from_dict(x) for x in d.get("clusters") or ()),
            relations=tuple(Relation.from_dict(x) for x in d.get("relations") or ()),
            timeline=tuple(TimelineEntry.from_dict(x) for x in d.get("timeline") or ()),
            framing=tuple(Framing.from_dict(x) for x in d.get("framing") or ()),
            naming=tuple(Naming.from_dict(x) for x in d.get("naming") or ()),
            inputs=tuple(InputResult.from_dict(x) for x in d.get("inputs") or ()),
            events=tuple(Event.from_dict(x) for x in d.get("events") or ()),
            questions=tuple(Question.from_dict(x) for x in d.get("questions") or ()),
        )
