"""A case: the articles about one story as they arrive, their extractions, and the ledger linked from them.

Every write is one transaction, so a process killed at any point (``kill -9``)
leaves the store as it was before that transaction or after it:

1. ``add`` reads and parses its inputs outside any transaction, then stores the
   inputs and the new articles in one transaction (numbering them under the
   case's lock, so two writers never take the same number, and skipping texts
   the case already holds).
2. Articles without an extraction for the current extractor are analysed, a
   batch at a time, each batch's extractions committed together.
3. The case is routed to stories (``link.partition``); a story whose members'
   extractions are unchanged takes its stored linked result, the others are
   linked and stored (keyed by a hash of their members and the linker
   version); the ledger put together from them is committed with the counts
   of articles and inputs it covers; if other writers added more meanwhile,
   it is put together again.

A killed ``add`` leaves articles without extractions or a ledger that covers
fewer articles than the case holds; the next ``add`` (or ``relink``, or
``ledger``) finishes that work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, Engine, func, literal, select, text, update

from .._version import __version__
from ..errors import InputError, LedgerError, RashomonError
from ..ingest import Raw, infer_published, ingest_raw
from ..ingest.files import read_inputs
from ..ledger import assemble
from ..link import Encoder, Story, combine, link_stories
from ..link.partition import stories
from ..memory import quiet_gc
from ..model import Analysis, Article, InputResult, Ledger
from ..pipeline import Pipeline
from ..scale import analyse
from ..settings import Settings
from . import tables as t
from .codec import FORMAT, dump_analysis, from_json, load_analysis, to_json
from .engine import engine_for, is_url, migrate, reading, writing
from .sql import insert_ignore
from .vectors import stored_encoder

Progress = Callable[[int, int], None]
_BATCH = 16  # articles whose extractions are committed together
_RELINK_TRIES = 5  # relinks when other writers keep adding meanwhile
_CHUNK = 500  # keys per IN (...) query
_CREATE_LOCK = 0x72617369  # PostgreSQL advisory lock key held while a case is looked up or created


class StoreError(RashomonError):
    """A case or store cannot be opened, or does not hold what was asked for."""


def extractor_version(pipeline: Pipeline | None = None) -> str:
    """What an extraction depends on: the package version, the stages' versioned names, the stored format, and a
    hash of the code and word lists the extractors run (so a changed rule between releases re-extracts too)."""
    names = (pipeline or Pipeline()).names
    return f"rashomon {__version__}; {' '.join(names)}; format {FORMAT}; code {_code_hash()}"


_NOT_EXTRACTION = ("link", "report", "store", "server", "schema")  # parts of the package an extraction never runs
# ... and what linking never runs (extraction and ingestion are in the extractor version, which a story's key
# holds too; the entry points only call linking)
_NOT_LINKING = (
    "report",
    "store",
    "server",
    "schema",
    "scale",
    "ingest",
    "extract",
    "api.py",
    "cli.py",
    "watch.py",
    "pipeline.py",
    "__main__.py",
)


def linker_version() -> str:
    """What a story's linked result depends on besides its extractions: the package version and a hash of the
    code and word lists linking runs (link, data, names and the modules they share with the rest)."""
    return f"rashomon {__version__}; link {_code_hash(_NOT_LINKING)}"


@functools.cache
def _code_hash(skip: tuple[str, ...] = _NOT_EXTRACTION) -> str:
    root = resources.files("rashomon")
    digest = hashlib.sha256()
    stack = [root]
    files = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                if child.name not in skip and not child.name.startswith(("_", ".")):
                    stack.append(child)
            elif child.name.endswith((".py", ".json", ".txt", ".tsv", ".csv")) and child.name not in skip:
                files.append(child)
    for f in sorted(files, key=lambda f: str(f)):
        digest.update(str(f).rsplit("rashomon", 1)[-1].encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _context(article: Article) -> str:
    """A hash of what the extractors read besides the text: the article's metadata (its id aside). Remembered by
    the metadata's values, since an add reads every article's more than once (checking, extracting, relinking)."""
    key = tuple(getattr(article, name) for name in _CONTEXT_FIELDS)
    found = _CONTEXTS.get(key)
    if found is None:
        fields = article.to_dict()
        for name in ("id", "text"):
            fields.pop(name)
        found = hashlib.sha256(json.dumps(fields, sort_keys=True).encode("utf-8")).hexdigest()
        if len(_CONTEXTS) >= 65_536:
            _CONTEXTS.clear()
        _CONTEXTS[key] = found
    return found


_CONTEXT_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name not in ("id", "text"))
_CONTEXTS: dict[tuple[Any, ...], str] = {}


def _story_key(linker: str, members: Sequence[tuple[str, Analysis]]) -> str:
    """What a story's linked result is a function of: the linker, and each member's extraction key with the ids
    its items were numbered from (articles are only ever appended to a case, so these stay while it grows)."""
    digest = hashlib.sha256(linker.encode("utf-8"))
    for key, analysis in members:
        firsts = [items[0].id if items else "" for items in (getattr(analysis, kind) for kind in _NUMBERED)]
        digest.update(f"\n{key} {' '.join(firsts)}".encode())
    return digest.hexdigest()


_NUMBERED = ("quotes", "quantities", "times", "claims", "framing")


def _article_id(seq: int) -> str:
    return f"A{seq}"


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``add`` did: each input's fate, the articles it stored, the extraction work, the ledger."""

    inputs: tuple[InputResult, ...]
    added: tuple[str, ...]  # ids of the new articles
    extracted: int  # articles analysed by this call (new ones and any left over or outdated)
    reused: int  # articles whose stored extraction was reused
    notes: tuple[str, ...]  # e.g. why stored extractions were redone
    ledger: Ledger


@dataclass(frozen=True, slots=True)
class CaseInfo:
    name: str
    articles: int
    inputs: int
    not_ok: int
    extracted: int  # articles with an extraction for the current extractor
    ledger_articles: int | None  # articles the newest ledger covers; None before the first
    ledger_created: str | None
    ledgers: int  # ledgers linked so far
    created: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class _Stored:
    """One snapshot of the case's articles and extractions."""

    raw: tuple[Article, ...]  # as ingested, in arrival order
    effective: tuple[Article, ...]  # with publication dates inferred over the whole case
    extractions: dict[int, tuple[str, str, str, str]]  # seq -> (extractor, context, payload or "" when not read,
    # created)
    inputs: tuple[InputResult, ...]


class Case:
    """One case in a store. Open it with ``open_case``; every method is safe to call from several processes."""

    def __init__(
        self, engine: Engine, case_id: int, name: str, *, location: str, opened: tuple[str, str | None] = ("", None)
    ) -> None:
        self.engine = engine
        self.opened = opened  # the arguments of open_case that reach this case again (from another process)
        self.id = case_id
        self.name = name
        self.location = location  # the file path or the store URL (without a password)
        self._inferred: tuple[tuple[int, str], tuple[Article, ...]] | None = None

    def __repr__(self) -> str:
        return f"Case({self.name!r} in {self.location})"

    # ------------------------------------------------------------ adding

    def add(
        self,
        sources: Iterable[str | Path],
        settings: Settings | None = None,
        *,
        stdin: BinaryIO | None = None,
        progress: Progress | None = None,
    ) -> AddResult:
        """Add the articles in ``sources`` (files, directories, URLs, ``-``: what ``analyze`` reads), then relink."""
        settings = settings or Settings()
        raws = read_inputs(
            [str(s) for s in sources],
            max_bytes=settings.max_bytes,
            stdin=stdin,
            exclude=settings.exclude,
            fetch=settings.fetch,  # URLs are fetched through the SSRF guard, archived to settings.fetch.warc
        )
        return self.add_raw(raws, settings, progress=progress)

    def add_raw(
        self,
        raws: Iterable[tuple[str, Raw | InputError]],
        settings: Settings | None = None,
        *,
        progress: Progress | None = None,
    ) -> AddResult:
        """Add inputs already in memory (``Raw(source, name, bytes)``): what the server receives."""
        settings = settings or Settings()
        inputs, added = self._store_inputs(raws, settings)
        extracted, reused, notes = self.extract(settings, progress=progress)
        ledger = self.relink(settings)
        return AddResult(inputs, added, extracted, reused, notes, ledger)

    def _store_inputs(
        self, raws: Iterable[tuple[str, Raw | InputError]], settings: Settings
    ) -> tuple[tuple[InputResult, ...], tuple[str, ...]]:
        found = ingest_raw(raws, settings)  # parsing happens before the transaction: it is kept short
        batch = uuid.uuid4().hex
        by_local = {a.id: a for a in found.articles}
        results: list[InputResult] = []
        added: list[str] = []
        with writing(self.engine) as conn:
            self._lock(conn)
            held = self._held(conn, sorted({a.sha256 for a in found.articles}))
            next_article = self._max(conn, t.articles) + 1
            next_input = self._max(conn, t.inputs) + 1
            now = _now()
            for result, digest in zip(found.inputs, found.digests, strict=True):
                seq: int | None = None
                if result.status == "ok" and result.article is not None:
                    article = by_local[result.article]
                    if article.sha256 in held:
                        result = InputResult(
                            source=result.source,
                            status="skipped",
                            problem=f"exact duplicate of {held[article.sha256]} (same text)",
                        )
                    else:
                        seq = next_article
                        next_article += 1
                        meta = article.to_dict()
                        for key in ("id", "text"):
                            meta.pop(key)
                        conn.execute(
                            t.articles.insert().values(
                                case_id=self.id,
                                seq=seq,
                                sha256=article.sha256,
                                text=article.text,
                                meta=to_json(meta),
                                added=now,
                            )
                        )
                        held[article.sha256] = article.source
                        result = dataclasses.replace(result, article=_article_id(seq))
                        added.append(_article_id(seq))
                conn.execute(
                    t.inputs.insert().values(
                        case_id=self.id,
                        seq=next_input,
                        batch=batch,
                        source=result.source,
                        raw_sha256=digest,
                        status=result.status,
                        problem=result.problem,
                        article=seq,
                        added=now,
                    )
                )
                next_input += 1
                results.append(result)
        return tuple(results), tuple(added)

    def _held(self, conn: Connection, shas: list[str]) -> dict[str, str]:
        """The source of each article among ``shas`` (text hashes) the case holds already (by its unique index:
        a large case's other articles are not read)."""
        held: dict[str, str] = {}
        for i in range(0, len(shas), _CHUNK):
            rows = conn.execute(
                select(t.articles.c.sha256, t.articles.c.meta).where(
                    t.articles.c.case_id == self.id, t.articles.c.sha256.in_(shas[i : i + _CHUNK])
                )
            )
            held.update((sha, from_json(meta)["source"]) for sha, meta in rows)
        return held

    def _lock(self, conn: Connection) -> None:
        """Hold the case's row until the transaction ends (SQLite: ``BEGIN IMMEDIATE`` already holds the file)."""
        conn.execute(select(t.cases.c.id).where(t.cases.c.id == self.id).with_for_update())

    def _max(self, conn: Connection, table: Any) -> int:
        value = conn.execute(select(func.max(table.c.seq)).where(table.c.case_id == self.id)).scalar()
        return int(value or 0)

    # ------------------------------------------------------------ extracting

    def _snapshot(self, *, with_inputs: bool = False, payloads: bool = False) -> _Stored:
        with reading(self.engine) as conn:
            rows = conn.execute(
                select(t.articles.c.seq, t.articles.c.text, t.articles.c.meta)
                .where(t.articles.c.case_id == self.id)
                .order_by(t.articles.c.seq)
            ).all()
            payload = t.extractions.c.payload if payloads else literal("")
            extractions = {
                seq: (extractor, context, data, created)
                for seq, extractor, context, data, created in conn.execute(
                    select(
                        t.extractions.c.seq,
                        t.extractions.c.extractor,
                        t.extractions.c.context,
                        payload,
                        t.extractions.c.created,
                    ).where(t.extractions.c.case_id == self.id)
                )
            }
            inputs: tuple[InputResult, ...] = ()
            if with_inputs:
                inputs = tuple(
                    InputResult(
                        source=source,
                        status=status,
                        problem=problem,
                        article=_article_id(article) if article is not None else None,
                    )
                    for source, status, problem, article in conn.execute(
                        select(t.inputs.c.source, t.inputs.c.status, t.inputs.c.problem, t.inputs.c.article)
                        .where(t.inputs.c.case_id == self.id)
                        .order_by(t.inputs.c.seq)
                    )
                )
        raw = tuple(
            Article.from_dict({**from_json(meta), "id": _article_id(seq), "text": text}) for seq, text, meta in rows
        )
        return _Stored(raw, self._effective(raw), extractions, inputs)

    def _effective(self, raw: tuple[Article, ...]) -> tuple[Article, ...]:
        """The articles with publication dates inferred over the whole case (remembered while the case's articles
        stay the same: they are only ever appended, so their count and the last one's hash tell)."""
        key = (len(raw), raw[-1].sha256 if raw else "")
        if self._inferred is None or self._inferred[0] != key:
            with reading(self.engine) as conn:
                memo: dict[str, tuple[str, str] | None] = {
                    k: (day, how) if day is not None else None
                    for k, day, how in conn.execute(
                        select(t.published.c.key, t.published.c.day, t.published.c.how).where(
                            t.published.c.case_id == self.id
                        )
                    )
                }
            known = set(memo)
            self._inferred = (key, tuple(infer_published(raw, memo)))
            fresh = [
                {"case_id": self.id, "key": k, "day": v[0] if v else None, "how": v[1] if v else None}
                for k, v in memo.items()
                if k not in known
            ]
            if fresh:
                with writing(self.engine) as conn:
                    insert_ignore(conn, t.published, fresh)
        return self._inferred[1]

    def extract(
        self, settings: Settings | None = None, *, progress: Progress | None = None
    ) -> tuple[int, int, tuple[str, ...]]:
        """Analyse every article without a current extraction; return (analysed, reused, notes)."""
        settings = settings or Settings()
        pipeline = Pipeline()
        version = extractor_version(pipeline)
        stored = self._snapshot()
        todo: list[Article] = []
        outdated: dict[str, int] = {}
        redated = 0
        for article in stored.effective:
            seq = int(article.id[1:])
            have = stored.extractions.get(seq)
            context = _context(article)
            if have is not None and have[0] == version and have[1] == context:
                continue
            if have is not None and have[0] != version:
                outdated[have[0]] = outdated.get(have[0], 0) + 1
            elif have is not None:
                redated += 1
            todo.append(article)
        notes = [
            f"re-extracted {n} article(s) made by another extractor ({old} -> {version})" for old, n in outdated.items()
        ]
        if redated:
            notes.append(f"re-extracted {redated} article(s) whose inferred publication date changed")
        total = len(todo)
        done = 0
        pending: list[Analysis] = []

        contexts = {a.id: _context(a) for a in todo}

        def flush() -> None:
            self._store_extractions(pending, version, contexts)
            pending.clear()

        for analysis in analyse(pipeline, todo, settings):
            pending.append(analysis)
            done += 1
            if len(pending) >= _BATCH:
                flush()
            if progress:
                progress(done, total)
        flush()
        return total, len(stored.effective) - total, tuple(notes)

    def _store_extractions(self, analyses: Sequence[Analysis], version: str, contexts: dict[str, str]) -> None:
        if not analyses:
            return
        now = _now()
        with writing(self.engine) as conn:
            # two adds may analyse the same article at once: the second waits here for the first to commit, then
            # replaces its row (PostgreSQL's delete does not see a row not yet committed, and the insert would clash)
            self._lock(conn)
            for analysis in analyses:
                seq = int(analysis.article.id[1:])
                conn.execute(
                    t.extractions.delete().where(t.extractions.c.case_id == self.id, t.extractions.c.seq == seq)
                )
                conn.execute(
                    t.extractions.insert().values(
                        case_id=self.id,
                        seq=seq,
                        sha256=analysis.article.sha256,
                        extractor=version,
                        context=contexts[analysis.article.id],
                        payload=to_json(dump_analysis(analysis)),
                        created=now,
                    )
                )

    # ------------------------------------------------------------ linking

    def relink(self, settings: Settings | None = None) -> Ledger:
        """Link a ledger from every stored extraction (analysing any article that lacks one) and store it."""
        settings = settings or Settings()
        version = extractor_version()
        encode = stored_encoder(self.engine, settings.threads)
        ledger = Ledger()
        for _ in range(_RELINK_TRIES):
            self.extract(settings)
            with quiet_gc():  # reading every analysis back and putting the ledger together: bursts of small items
                done, linked = self._relink_stored(settings, version, encode)
            ledger = linked or ledger
            if done and linked is not None:
                return linked
        return ledger  # writers kept adding: this ledger is stored in the history, the next call catches up

    def _relink_stored(self, settings: Settings, version: str, encode: Encoder) -> tuple[bool, Ledger | None]:
        """Link and store a ledger of the stored extractions: (True, it) when it covers everything the case holds;
        (False, it) when another writer added articles meanwhile; (False, None) when an article's extraction is
        missing (another writer added it after our extract): take another turn either way."""
        stored = self._snapshot(with_inputs=True, payloads=True)
        analyses = []
        keys = []
        counters: dict[str, int] = {}
        for article in stored.effective:
            have = stored.extractions.get(int(article.id[1:]))
            if have is None or have[0] != version or have[1] != _context(article):
                return False, None
            analyses.append(load_analysis(from_json(have[2]), article, counters))  # numbered as they load
            keys.append(f"{article.id} {article.sha256} {have[0]} {have[1]} {have[3]}")
        reused = self._reuse(len(analyses), version, stored.inputs)
        kept: tuple[str, ...] = ()
        if reused is None:
            ledger, kept = self._link(analyses, keys, settings, encode, stored.inputs)
        else:
            ledger = reused
        return self._store_ledger(ledger, len(stored.effective), len(stored.inputs), version, kept), ledger

    def _link(
        self,
        analyses: list[Analysis],
        keys: list[str],
        settings: Settings,
        encode: Encoder,
        inputs: tuple[InputResult, ...],
    ) -> tuple[Ledger, tuple[str, ...]]:
        """The ledger of ``analyses``, linking only the stories not stored already (``keys``: each article's
        extraction key); and the keys of its stories."""
        numbered = analyses  # load_analysis numbered them
        groups = stories(numbered)
        linker = linker_version()
        story_keys = [_story_key(linker, [(keys[i], numbered[i]) for i in g]) for g in groups]
        found = self._stories(story_keys)
        todo = [n for n, key in enumerate(story_keys) if key not in found]
        fresh = link_stories([[numbered[i] for i in groups[n]] for n in todo], settings, encode=encode)
        if fresh:
            now = _now()
            rows = [
                {
                    "case_id": self.id,
                    "key": story_keys[n],
                    "payload": to_json(story.to_dict()),
                    "created": now,
                }
                for n, story in zip(todo, fresh, strict=True)
            ]
            with writing(self.engine) as conn:
                insert_ignore(conn, t.stories, rows)
            found.update({story_keys[n]: story for n, story in zip(todo, fresh, strict=True)})
        linked = combine([a.article.id for a in numbered], [found[key] for key in story_keys])
        return assemble(numbered, linked, inputs), tuple(story_keys)

    def _stories(self, keys: list[str]) -> dict[str, Story]:
        """The stored stories among ``keys``."""
        out: dict[str, Story] = {}
        with reading(self.engine) as conn:
            for i in range(0, len(keys), _CHUNK):
                rows = conn.execute(
                    select(t.stories.c.key, t.stories.c.payload).where(
                        t.stories.c.case_id == self.id, t.stories.c.key.in_(keys[i : i + _CHUNK])
                    )
                )
                for key, payload in rows:
                    try:
                        out[key] = Story.from_dict(from_json(payload))
                    except (ValueError, KeyError, TypeError):  # a damaged row is linked again, not trusted
                        continue
        return out

    def _reuse(self, articles: int, version: str, inputs: tuple[InputResult, ...]) -> Ledger | None:
        """The newest ledger with ``inputs`` as its list, when it covers exactly these articles (only inputs that
        added nothing came since): linking again would give the same items."""
        with reading(self.engine) as conn:
            row = conn.execute(
                select(t.ledgers.c.id, t.ledgers.c.articles, t.ledgers.c.extractor)
                .where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
                .order_by(t.ledgers.c.id.desc())
                .limit(1)
            ).first()
            if row is None or row.articles != articles or row.extractor != version:
                return None  # (the ledger's JSON is read only when it is the one)
            payload = conn.execute(select(t.ledgers.c.payload).where(t.ledgers.c.id == row.id)).scalar()
        if payload is None:
            return None
        ledger = Ledger.from_dict(from_json(payload))
        return dataclasses.replace(ledger, inputs=inputs)

    def _store_ledger(
        self, ledger: Ledger, articles: int, inputs: int, version: str, stories_kept: tuple[str, ...] = ()
    ) -> bool:
        """Store the ledger; True when it covers everything the case holds now (then it becomes the newest,
        older ledgers keep only their counts, and stored stories other than ``stories_kept`` (when given) are
        dropped), False when writers added more meanwhile (then only its counts are kept, in the history)."""
        payload = to_json(ledger.to_dict())
        with writing(self.engine) as conn:
            self._lock(conn)
            current = (self._max(conn, t.articles), self._max(conn, t.inputs)) == (articles, inputs)
            if current:
                conn.execute(
                    update(t.ledgers)
                    .where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
                    .values(payload=None)
                )
                if stories_kept:
                    old = [
                        key
                        for (key,) in conn.execute(select(t.stories.c.key).where(t.stories.c.case_id == self.id))
                        if key not in set(stories_kept)
                    ]
                    for i in range(0, len(old), _CHUNK):
                        conn.execute(
                            t.stories.delete().where(
                                t.stories.c.case_id == self.id, t.stories.c.key.in_(old[i : i + _CHUNK])
                            )
                        )
            conn.execute(
                t.ledgers.insert().values(
                    case_id=self.id,
                    articles=articles,
                    inputs=inputs,
                    extractor=version,
                    created=ledger.generator.created or _now(),
                    payload=payload if current else None,
                )
            )
        return current

    def ledger(self, settings: Settings | None = None) -> Ledger:
        """The newest ledger, linked anew first when articles arrived since or the extractor changed."""
        with reading(self.engine) as conn:
            row = conn.execute(
                select(t.ledgers.c.articles, t.ledgers.c.inputs, t.ledgers.c.extractor, t.ledgers.c.payload)
                .where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
                .order_by(t.ledgers.c.id.desc())
                .limit(1)
            ).first()
            counts = (self._max(conn, t.articles), self._max(conn, t.inputs))
        if row is not None and (row.articles, row.inputs) == counts and row.extractor == extractor_version():
            try:
                return Ledger.from_dict(from_json(row.payload))
            except (ValueError, KeyError, TypeError) as exc:
                raise LedgerError(f"{self.location}: the stored ledger is malformed ({exc})") from None
        return self.relink(settings)

    # ------------------------------------------------------------ reading

    def stored_ledger(self) -> tuple[int, dict[str, Any]] | None:
        """The newest stored ledger as JSON data with its row number, without linking anything (what a server
        shows while a job links a newer one); None before the first ledger."""
        with reading(self.engine) as conn:
            row = conn.execute(
                select(t.ledgers.c.id, t.ledgers.c.payload)
                .where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
                .order_by(t.ledgers.c.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        data: dict[str, Any] = from_json(row.payload)
        return int(row.id), data

    def stored_ledger_id(self) -> int | None:
        """The row number of the newest stored ledger (a cheap check for a cache)."""
        with reading(self.engine) as conn:
            value = conn.execute(
                select(func.max(t.ledgers.c.id)).where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
            ).scalar()
        return int(value) if value is not None else None

    def info(self) -> CaseInfo:
        version = extractor_version()
        with reading(self.engine) as conn:
            created = conn.execute(select(t.cases.c.created).where(t.cases.c.id == self.id)).scalar_one()
            articles = conn.execute(select(func.count()).where(t.articles.c.case_id == self.id)).scalar_one()
            inputs = conn.execute(select(func.count()).where(t.inputs.c.case_id == self.id)).scalar_one()
            not_ok = conn.execute(
                select(func.count()).where(t.inputs.c.case_id == self.id, t.inputs.c.status != "ok")
            ).scalar_one()
            extracted = conn.execute(
                select(func.count()).where(t.extractions.c.case_id == self.id, t.extractions.c.extractor == version)
            ).scalar_one()
            ledgers = conn.execute(select(func.count()).where(t.ledgers.c.case_id == self.id)).scalar_one()
            newest = conn.execute(
                select(t.ledgers.c.articles, t.ledgers.c.created)
                .where(t.ledgers.c.case_id == self.id, t.ledgers.c.payload.is_not(None))
                .order_by(t.ledgers.c.id.desc())
                .limit(1)
            ).first()
        return CaseInfo(
            name=self.name,
            articles=int(articles),
            inputs=int(inputs),
            not_ok=int(not_ok),
            extracted=int(extracted),
            ledger_articles=int(newest.articles) if newest else None,
            ledger_created=newest.created if newest else None,
            ledgers=int(ledgers),
            created=created,
        )

    def inputs(self) -> list[dict[str, Any]]:
        """Every input in arrival order: source, raw sha256, status, reason, article id, when."""
        with reading(self.engine) as conn:
            rows = conn.execute(
                select(t.inputs).where(t.inputs.c.case_id == self.id).order_by(t.inputs.c.seq)
            ).mappings()
            return [
                {
                    "source": r["source"],
                    "raw_sha256": r["raw_sha256"],
                    "status": r["status"],
                    "problem": r["problem"],
                    "article": _article_id(r["article"]) if r["article"] is not None else None,
                    "added": r["added"],
                }
                for r in rows
            ]

    def history(self) -> list[dict[str, Any]]:
        """Every ledger linked so far: how many articles and inputs it covered, when, by which extractor."""
        with reading(self.engine) as conn:
            rows = conn.execute(
                select(t.ledgers.c.articles, t.ledgers.c.inputs, t.ledgers.c.created, t.ledgers.c.extractor)
                .where(t.ledgers.c.case_id == self.id)
                .order_by(t.ledgers.c.id)
            ).mappings()
            return [dict(r) for r in rows]


# ---------------------------------------------------------------- opening


def _location(target: str) -> str:
    if not is_url(target):
        return target
    from sqlalchemy.engine import make_url

    return make_url(target).render_as_string(hide_password=True)


def open_case(case: str | Path, store: str | None = None, *, create: bool = True) -> Case:
    """Open (or create) a case.

    Args:
        case: without ``store``, the path of a SQLite case file (``belgorod.rashomon``); with it, the case's name.
        store: a ``postgresql://`` URL (or another SQLite file) holding many cases.
        create: make the case when it is not there (else raise ``StoreError``).
    """
    if store is None:
        path = Path(case)
        if not create and not path.exists():
            raise StoreError(f"{path}: no such case file")
        if path.exists() and path.is_dir():
            raise StoreError(f"{path}: is a directory, not a case file")
        if not path.parent.exists():
            raise StoreError(f"{path}: the directory {path.parent} does not exist")
        engine = engine_for(path)
        name = path.stem if path.suffix else path.name
        location = str(path)
    else:
        engine = engine_for(store)
        name = str(case)
        location = _location(store)
        if not name or len(name) > 200:
            raise StoreError(f"a case name has 1 to 200 characters, not {len(name)}")
    try:
        migrate(engine)
    except RashomonError:
        raise
    except Exception as exc:  # a file that is not SQLite, a server that refuses: one line, not a traceback
        raise StoreError(f"{location}: cannot open the store: {exc.__class__.__name__}: {_first_line(exc)}") from None
    with writing(engine) as conn:
        if engine.dialect.name == "postgresql":  # two processes creating one case: the second finds it
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CREATE_LOCK})
        if store is None:
            row = conn.execute(select(t.cases.c.id, t.cases.c.name).order_by(t.cases.c.id).limit(1)).first()
        else:
            row = conn.execute(select(t.cases.c.id, t.cases.c.name).where(t.cases.c.name == name)).first()
        if row is None:
            if not create:
                raise StoreError(f"no case {name!r} in {location}")
            case_id = conn.execute(t.cases.insert().values(name=name, created=_now())).inserted_primary_key
            assert case_id is not None
            return Case(engine, int(case_id[0]), name, location=location, opened=(str(case), store))
    return Case(engine, int(row.id), str(row.name), location=location, opened=(str(case), store))


def list_cases(store: str) -> list[CaseInfo]:
    """Every case in a store (a ``postgresql://`` URL or a SQLite file)."""
    engine = engine_for(store)
    try:
        migrate(engine)
    except Exception as exc:
        raise StoreError(
            f"{_location(store)}: cannot open the store: {exc.__class__.__name__}: {_first_line(exc)}"
        ) from None
    with reading(engine) as conn:
        rows = conn.execute(select(t.cases.c.id, t.cases.c.name).order_by(t.cases.c.name)).all()
    return [
        Case(engine, int(r.id), str(r.name), location=_location(store), opened=(r.name, store)).info() for r in rows
    ]


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0]
