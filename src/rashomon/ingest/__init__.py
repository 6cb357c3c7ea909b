"""Ingest: whatever the user points at, to ``Article`` records, and one ``InputResult`` per input.

Nothing is lost: an input that cannot become an article is still listed, with
the reason, and the others go on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError, InputFailed, InputSkipped
from ..model import Article, InputResult
from ..settings import Settings
from .decode import decode_bytes
from .draft import Draft
from .feeds import looks_like_feed, read_feed
from .files import read_inputs
from .html import looks_like_html, read_html
from .language import detect_language
from .outputs import previous_output
from .pages import read_fetched
from .published import infer_published
from .raw import Raw
from .records import read_json, read_jsonl
from .text import read_text
from .tokens import tokenizer_stall

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Ingested:
    articles: tuple[Article, ...]
    inputs: tuple[InputResult, ...]
    digests: tuple[str | None, ...] = ()  # per input: sha256 of the raw bytes it came from, None when unread


def ingest(paths: Iterable[str], settings: Settings | None = None, *, stdin: BinaryIO | None = None) -> Ingested:
    """Read every input; return the articles and what became of each input, in input order."""
    settings = settings or Settings()
    raws = read_inputs(
        list(paths), max_bytes=settings.max_bytes, stdin=stdin, exclude=settings.exclude, fetch=settings.fetch
    )
    found = ingest_raw(raws, settings)
    return Ingested(tuple(infer_published(found.articles)), found.inputs, found.digests)


def ingest_raw(
    raws: Iterable[tuple[str, Raw | InputError]],
    settings: Settings | None = None,
    *,
    seen: Mapping[str, str] | None = None,
) -> Ingested:
    """Raw inputs to articles, without inferring publication dates (that needs the whole corpus: see
    ``infer_published``). ``seen`` maps the text sha256 of articles already held to their source, so that
    their copies are skipped as duplicates; article ids count from A1 within this call."""
    settings = settings or Settings()
    articles: list[Article] = []
    inputs: list[InputResult] = []
    digests: list[str | None] = []
    known: dict[str, str] = dict(seen or {})  # sha256 of text -> source of its first copy
    for source, item, digest in _drafts(raws):
        digests.append(digest)
        if isinstance(item, InputError):
            inputs.append(InputResult(source=source, status=item.status, problem=str(item)))
            continue
        try:
            article = _article(item, f"A{len(articles) + 1}", settings, known)
        except InputError as exc:
            inputs.append(InputResult(source=source, status=exc.status, problem=str(exc)))
            continue
        known[article.sha256] = source
        articles.append(article)
        warning = "; ".join(item.warnings) or None
        inputs.append(InputResult(source=source, status="ok", problem=warning, article=article.id))
    return Ingested(tuple(articles), tuple(inputs), tuple(digests))


def _drafts(
    raws: Iterable[tuple[str, Raw | InputError]],
) -> Iterator[tuple[str, Draft | InputError, str | None]]:
    for source, raw in raws:
        if isinstance(raw, InputError):
            yield source, raw, None
            continue
        digest = hashlib.sha256(raw.data).hexdigest()
        try:
            for name, draft in _parse(raw):
                yield name, draft, digest
        except InputError as exc:
            yield source, exc, digest


def _parse(raw: Raw) -> Iterator[tuple[str, Draft | InputError]]:
    if raw.fetched is not None:
        yield from read_fetched(raw)
        return
    if not raw.data.strip():
        raise InputSkipped("empty file" if raw.data == b"" else "empty file (only white space)")
    earlier = previous_output(raw.name, raw.data)
    if earlier:
        raise InputSkipped(f"not an article: {earlier}")
    ext = raw.name.rsplit(".", 1)[-1].lower() if "." in raw.name else ""
    # A NUL byte in one JSON line fails that line alone (read_jsonl), not the whole file as binary.
    text, _encoding, warning = decode_bytes(raw.data, nul_ok=ext in ("jsonl", "ndjson"))
    if not text.strip():
        raise InputSkipped("empty file (only white space)")
    for source, item in _formats(raw, text, ext):
        if warning and isinstance(item, Draft):
            item = dataclasses.replace(item, warnings=(warning, *item.warnings))
        yield source, item


def _formats(raw: Raw, text: str, ext: str) -> Iterator[tuple[str, Draft | InputError]]:
    head = raw.data.lstrip()[:4096]
    if ext in ("jsonl", "ndjson"):
        yield from read_jsonl(text, source=raw.source, name=raw.name)
    elif ext == "json":
        yield from read_json(text, source=raw.source, name=raw.name)
    elif ext in ("rss", "atom") or looks_like_feed(head):
        yield from read_feed(text.encode("utf-8"), source=raw.source, name=raw.name)
    elif ext in ("html", "htm", "xhtml") or looks_like_html(head):
        yield raw.source, read_html(text, source=raw.source, name=raw.name)
    else:
        yield raw.source, read_text(text, source=raw.source, name=raw.name)


def _article(draft: Draft, article_id: str, settings: Settings, seen: Mapping[str, str]) -> Article:
    text = draft.text
    if not text.strip():
        raise InputSkipped("empty text")
    if not _LETTER.search(text):
        raise InputSkipped("no letters in the text: nothing to analyse")
    if len(text) > settings.max_chars:
        raise InputSkipped(
            f"text has {len(text):,} characters, over the {settings.max_chars:,} limit (raise it with --max-chars)"
        )
    stall = tokenizer_stall(text)
    if stall:
        raise InputSkipped(stall)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest in seen:
        raise InputSkipped(f"exact duplicate of {seen[digest]} (same text)")
    language = settings.language or _lang_code(draft.language) or detect_language(text)
    return Article(
        id=article_id,
        source=draft.source,
        name=draft.name,
        text=text,
        sha256=digest,
        outlet=draft.outlet,
        title=draft.title,
        published=draft.published,
        published_from=draft.published_from if draft.published else None,
        language=language,
        url=draft.url,
        fetched=draft.fetched,
    )


_LANGUAGE_TAG = re.compile(r"^([a-z]{2})(?:[-_][a-z]{2,4})?$")


def _lang_code(value: str | None) -> str | None:
    """``"en-US"``, ``"English"`` -> ``"en"``; anything else unknown."""
    if not value:
        return None
    v = value.strip().lower()
    names = {"english": "en", "russian": "ru", "ukrainian": "uk", "french": "fr", "german": "de", "spanish": "es"}
    if v in names:
        return names[v]
    m = _LANGUAGE_TAG.match(v)
    return m[1] if m else None


__all__ = ["Ingested", "InputFailed", "InputSkipped", "Raw", "infer_published", "ingest", "ingest_raw"]
