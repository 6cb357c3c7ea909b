"""The ledger: numbering items, resolving their references, and reading, writing and checking the JSON.

Ids are given in a fixed order (articles in input order, items by position in
their article), so the same input always gives the same ledger, timestamps aside.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import json
import math
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import LedgerError
from .link.described import ArticleSpeakers
from .link.holders import holder, national_office_of, office_of
from .memory import quiet_gc
from .model import (
    SCHEMA,
    Analysis,
    Claim,
    Framing,
    Generator,
    InputResult,
    Ledger,
    Quantity,
    Quote,
    Span,
    TimeRef,
    evolve,
)

if TYPE_CHECKING:
    from .link import Linked

ITEM_PREFIX = {"quotes": "Q", "quantities": "N", "times": "T", "claims": "C", "framing": "F"}  # the ids' letters
_PREFIX = ITEM_PREFIX


def number_items(analyses: Sequence[Analysis]) -> list[Analysis]:
    """Give every item its ledger id (``Q1``, ``N1``, ...), counting across articles in order."""
    with quiet_gc():  # every item is made again: a collection would walk all the others too
        return _number_items(analyses)


def _number_items(analyses: Sequence[Analysis]) -> list[Analysis]:
    counters = dict.fromkeys(_PREFIX, 0)
    out = []
    for analysis in analyses:
        changes: dict[str, Any] = {}  # item kind -> its numbered items (a tuple of that kind's type)
        for kind, prefix in _PREFIX.items():
            items = sorted(getattr(analysis, kind), key=lambda x: (x.span.start, x.span.end))
            numbered = []
            for item in items:
                counters[kind] += 1
                numbered.append(evolve(item, id=f"{prefix}{counters[kind]}"))
            changes[kind] = tuple(numbered)
        out.append(dataclasses.replace(analysis, **changes))
    return out


class _MentionIndex:
    """Finds the entity behind a span: the mention at it, or else the one it overlaps most."""

    def __init__(self, entity_of: dict[tuple[str, int, int], str]) -> None:
        self.exact = entity_of
        self.by_article: dict[str, list[tuple[int, int, str]]] = {}
        for (article, start, end), eid in sorted(entity_of.items()):
            self.by_article.setdefault(article, []).append((start, end, eid))

    def __call__(self, article: str, span: Span | None) -> str | None:
        if span is None:
            return None
        hit = self.exact.get((article, span.start, span.end))
        if hit:
            return hit
        mentions = self.by_article.get(article, [])
        i = bisect.bisect_left(mentions, (span.start, -1, ""))
        best, best_overlap = None, 0
        for start, end, eid in mentions[max(0, i - 8) : i + 8]:
            overlap = min(end, span.end) - max(start, span.start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best


def _described(entity_at: _MentionIndex, a: Analysis, q: Quote) -> str | None:
    """A speaker the article only describes (``the mayor of Lerovo said``) that entity linking took for a mention
    of someone named in another article: the entity whose mention is the phrase itself, without its ``the``."""
    if q.speaker_span is None:
        return None
    start, end = q.speaker_span.start, q.speaker_span.end
    if a.article.text[start : start + 4].casefold() == "the ":
        start += 4
    return entity_at.exact.get((a.article.id, start, end))


def _same_interview(quotes: list[Quote]) -> list[Quote]:
    """One article's quotes of one speaker reached it one way: where the article names the outlet for some of them
    (``Jubeir told Fox News``, ``in an interview with Sky``, ``X told APP``) and only that one, the speaker's quotes
    it names none for came the same way. A speaker the article quotes through two outlets is left as told."""
    told: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for q in quotes:
        if q.speaker and q.via and q.kind == "direct":
            told[q.speaker].add(q.via)
    return [
        evolve(q, via=next(iter(told[q.speaker])))
        if q.speaker and not q.via and q.kind == "direct" and len(told.get(q.speaker, ())) == 1
        else q
        for q in quotes
    ]


def assemble(analyses: Sequence[Analysis], linked: Linked, inputs: Sequence[InputResult]) -> Ledger:
    """Put numbered, linked items together as a Ledger, turning span references into ids."""
    with quiet_gc():  # half of assembling a thousand articles was collecting garbage
        return _assemble(analyses, linked, inputs)


def _assemble(analyses: Sequence[Analysis], linked: Linked, inputs: Sequence[InputResult]) -> Ledger:
    entity_at = _MentionIndex(linked.entity_of)
    texts = functools.cache(lambda: {a.article.id: a.article.text for a in analyses})
    cluster_of = {c: k.id for k in linked.clusters for c in k.claims}
    quotes: list[Quote] = []
    entity_by_id = {e.id: e for e in linked.entities}
    holders: dict[tuple[str, frozenset[str]], str | None] = {}  # office -> its one holder's id: one scan per office
    quantities: list[Quantity] = []
    times: list[TimeRef] = []
    claims: list[Claim] = []
    framing: list[Framing] = []
    for a in analyses:
        aid = a.article.id
        time_at = {(t.span.start, t.span.end): t.id for t in a.times}
        first = len(quotes)
        described = ArticleSpeakers(entity_at.by_article.get(aid, []), entity_by_id)
        claim_speakers = ArticleSpeakers(entity_at.by_article.get(aid, []), entity_by_id)
        for q in a.quotes:
            via = tuple(dict.fromkeys(e for e in (entity_at(aid, s) for s in q.via_refs) if e))
            speaker = entity_at(aid, q.speaker_ref) if q.speaker_ref is not None else _described(entity_at, a, q)
            # a country's office before a place's: "the British premier" is the prime minister, not a premier of a
            # place called British
            office = (national_office_of(q.speaker_text) or office_of(q.speaker_text)) if q.speaker_text else None
            if speaker is None and office is not None:
                # "the governor of Lerovo province said": the one person the corpus names as that office's holder
                if office not in holders:
                    holders[office] = holder(*office, linked.entities, texts())
                speaker = holders[office]
            if speaker is None:
                speaker = described.speaker(q.speaker_text, q.span.start)
            quotes.append(evolve(q, speaker=speaker, via=via))
        quotes[first:] = _same_interview(quotes[first:])
        quantities.extend(a.quantities)
        times.extend(a.times)
        quote_at = {(q.span.start, q.span.end): q.id for q in a.quotes}
        for c in a.claims:
            time_id = time_at.get((c.time_ref.start, c.time_ref.end)) if c.time_ref is not None else None
            frames = tuple(
                evolve(f, roles=tuple(evolve(r, entity=entity_at(aid, r.span)) for r in f.roles)) for f in c.frames
            )
            quote_id = quote_at.get((c.quote_ref.start, c.quote_ref.end)) if c.quote_ref is not None else None
            claims.append(
                evolve(
                    c,
                    speaker=entity_at(aid, c.speaker_ref)
                    if c.speaker_ref is not None
                    else claim_speakers.speaker(c.speaker_text, c.span.start),
                    time=time_id,
                    cluster=cluster_of.get(c.id),
                    frames=frames,
                    quote=quote_id,
                )
            )
        for f in a.framing:
            framing.append(evolve(f, target=entity_at(aid, f.target_ref)))
    return Ledger(
        generator=Generator(version=__version__, created=_now()),
        articles=tuple(a.article for a in analyses),
        entities=linked.entities,
        quotes=tuple(quotes),
        quantities=tuple(quantities),
        times=tuple(times),
        claims=tuple(claims),
        clusters=linked.clusters,
        relations=linked.relations,
        timeline=linked.timeline,
        framing=tuple(framing),
        naming=linked.naming,
        inputs=tuple(inputs),
        events=linked.events,
        questions=linked.questions,
    )


def _now() -> str:
    """UTC time of the run; SOURCE_DATE_EPOCH pins it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit() else dt.datetime.now(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- JSON in and out


def dumps(ledger: Ledger) -> str:
    return json.dumps(ledger.to_dict(), ensure_ascii=False, indent=1)


def write_ledger(ledger: Ledger, path: str | Path) -> Path:
    from .atomic import write_text_atomic

    return write_text_atomic(Path(path), dumps(ledger) + "\n")


MAX_PROBLEMS = 50  # a broken ledger is reported by its first problems; collecting all of them can take gigabytes


def loads(text: str) -> Any:
    """Parse ledger JSON, refusing NaN and Infinity (no JSON number) and keeping every failure a ``ValueError``.

    Raises:
        json.JSONDecodeError: not JSON.
        ValueError: NaN or Infinity, a number Python will not read (over 4,300 digits), or nesting too deep.
    """
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply to read") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of ``rashomon.ledger/1``, shipped inside the package."""
    text = resources.files("rashomon").joinpath("schema/ledger-1.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(data: Any, *, limit: int = MAX_PROBLEMS) -> list[str]:
    """How ``data`` breaks the schema, the span rules or its own references, as readable lines (the first
    ``limit``); empty when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    try:
        errors = list(itertools.islice(validator.iter_errors(data), limit))
    except RecursionError:
        return ["(top): nested too deeply to check"]
    problems = [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {_short(e.message)}"
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))
    ]
    if problems:
        return problems
    nan = _first_nan(data)
    if nan:
        return [f"{nan}: NaN or infinity is not a number a ledger may hold"]
    return list(itertools.islice(itertools.chain(_check_spans(data), _check_references(data)), limit))


def _short(message: str, width: int = 300) -> str:
    """jsonschema quotes the whole bad value; a 4 MB value makes a 4 MB line."""
    return message if len(message) <= width else message[: width - 3] + "..."


def _first_nan(data: Any, path: str = "(top)") -> str | None:
    """The path of the first float that is NaN or infinite (Python's json writes and reads them; JSON has none)."""
    stack: list[tuple[str, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return where
        if isinstance(value, dict):
            stack.extend((f"{where}/{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{where}/{i}", v) for i, v in enumerate(value))
    return None


# Fields that name another item by id: (list, field, the lists whose ids it may name).
_REFERENCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("quotes", "speaker", ("entities",)),
    ("quotes", "via", ("entities",)),
    ("claims", "speaker", ("entities",)),
    ("claims", "cluster", ("clusters",)),
    ("claims", "time", ("times",)),
    ("claims", "quote", ("quotes",)),
    ("framing", "target", ("entities",)),
    ("clusters", "claims", ("claims",)),
    ("clusters", "articles", ("articles",)),
    ("relations", "a", ("claims", "articles")),
    ("relations", "b", ("claims", "articles")),
    ("timeline", "claims", ("claims",)),
    ("timeline", "articles", ("articles",)),
    ("naming", "referent", ("entities", "quantities", "clusters")),
    ("inputs", "article", ("articles",)),
)


def _check_references(data: dict[str, Any]) -> Iterator[str]:
    """Every id a ledger item names must be the id of an item of the kind it names: no dangling reference."""
    ids = {kind: {item.get("id") for item in data.get(kind) or ()} for kind in _ID_LISTS}
    for kind, field, targets in _REFERENCES:
        for n, item in enumerate(data.get(kind) or ()):
            value = item.get(field)
            for ref in value if isinstance(value, list) else [value]:
                if ref is not None and not any(ref in ids[t] for t in targets):
                    who = item.get("id") or f"#{n + 1}"
                    yield f"{kind} {who}: {field} {ref!r} names no item in {' or '.join(targets)}"
    for claim in data.get("claims") or ():
        for frame in claim.get("frames") or ():
            for role in frame.get("roles") or ():
                ref = role.get("entity")
                if ref is not None and ref not in ids["entities"]:
                    yield f"claims {claim.get('id')}: role entity {ref!r} names no item in entities"


_ID_LISTS = ("articles", "entities", "quotes", "quantities", "times", "claims", "clusters")


def _check_spans(data: dict[str, Any]) -> Iterator[str]:
    """``text[start:end]`` must be each item's surface: the promise every report relies on."""
    texts = {a["id"]: a["text"] for a in data.get("articles", [])}
    for kind in ("quotes", "quantities", "times", "claims", "framing"):
        for item in data.get(kind, []):
            text = texts.get(item["article"])
            if text is None:
                yield f"{kind} {item['id']}: unknown article {item['article']!r}"
            elif not 0 <= item["start"] <= item["end"] <= len(text):
                yield f"{kind} {item['id']}: span [{item['start']}, {item['end']}) outside the text"
            elif text[item["start"] : item["end"]] != item["text"]:
                yield f"{kind} {item['id']}: text does not match the span [{item['start']}, {item['end']})"
    for question in data.get("questions", []):
        for answer in question["answers"]:
            text = texts.get(answer["article"])
            if text is None or not 0 <= answer["start"] <= answer["end"] <= len(text):
                yield f"question {question['id']}: answer [{answer['start']}, {answer['end']}) outside its article"
    for e in data.get("entities", []):
        for m in e["mentions"]:
            text = texts.get(m["article"])
            if text is None or not 0 <= m["start"] < m["end"] <= len(text):
                yield f"entity {e['id']}: mention [{m['start']}, {m['end']}) outside article {m['article']}"


def load_ledger(path: str | Path, *, check: bool = True) -> Ledger:
    """Read a ledger file.

    Raises:
        LedgerError: the file is missing, not JSON, of another schema, or (with ``check``) invalid.
    """
    path = Path(path)
    try:
        data = loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LedgerError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise LedgerError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:
        raise LedgerError(f"{path}: unreadable JSON ({str(exc).split(';')[0]})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        raise LedgerError(f"{path}: schema is {found!r}; this rashomon reads {SCHEMA!r}")
    if check:
        problems = validate(data)
        if problems:
            raise LedgerError(f"{path}: {len(problems)} problem(s); first: {problems[0]}")
    try:
        return Ledger.from_dict(data)
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        raise LedgerError(f"{path}: malformed ledger ({exc.__class__.__name__}: {exc})") from None
