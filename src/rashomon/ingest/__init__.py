"""Ingest: whatever the user points at, to ``Article`` records, and one ``InputResult`` per input.

Nothing is lost: an input that cannot become an article is still listed, with
the reason, and the others go on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError, InputFailed, InputSkipped
from ..model import Article, InputResult
from ..settings import Settings
from .decode import decode
from .draft import Draft
from .feeds import looks_like_feed, read_feed
from .files import Raw, read_inputs
from .html import looks_like_html, read_html
from .language import detect_language
from .pages import read_fetched
from .published import infer_published
from .records import read_json, read_jsonl
from .text import read_text

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Ingested:
    articles: tuple[Article, ...]
    inputs: tuple[InputResult, ...]


def ingest(paths: Iterable[str], settings: Settings | None = None, *, stdin: BinaryIO | None = None) -> Ingested:
    """Read every input; return the articles and what became of each input, in input order."""
    settings = settings or Settings()
    articles: list[Article] = []
    inputs: list[InputResult] = []
    seen: dict[str, str] = {}  # sha256 of text -> source of its first copy
    for source, item in _drafts(list(paths), settings, stdin):
        if isinstance(item, InputError):
            inputs.append(InputResult(source=source, status=item.status, problem=str(item)))
            continue
        try:
            article = _article(item, f"A{len(articles) + 1}", settings, seen)
        except InputError as exc:
            inputs.append(InputResult(source=source, status=exc.status, problem=str(exc)))
            continue
        seen[article.sha256] = source
        articles.append(article)
        inputs.append(InputResult(source=source, status="ok", article=article.id))
    return Ingested(tuple(infer_published(articles)), tuple(inputs))


def _drafts(paths: list[str], settings: Settings, stdin: BinaryIO | None) -> Iterator[tuple[str, Draft | InputError]]:
    for source, raw in read_inputs(
        paths, max_bytes=settings.max_bytes, stdin=stdin, exclude=settings.exclude, fetch=settings.fetch
    ):
        if isinstance(raw, InputError):
            yield source, raw
            continue
        try:
            yield from _parse(raw)
        except InputError as exc:
            yield source, exc


def _parse(raw: Raw) -> Iterator[tuple[str, Draft | InputError]]:
    if raw.fetched is not None:
        yield from read_fetched(raw)
        return
    if not raw.data.strip():
        raise InputSkipped("empty file" if raw.data == b"" else "empty file (only white space)")
    text, _encoding = decode(raw.data)
    if not text.strip():
        raise InputSkipped("empty file (only white space)")
    ext = raw.name.rsplit(".", 1)[-1].lower() if "." in raw.name else ""
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


def _article(draft: Draft, article_id: str, settings: Settings, seen: dict[str, str]) -> Article:
    text = draft.text
    if not text.strip():
        raise InputSkipped("empty text")
    if not _LETTER.search(text):
        raise InputSkipped("no letters in the text: nothing to analyse")
    if len(text) > settings.max_chars:
        raise InputSkipped(f"text has {len(text):,} characters, over the {settings.max_chars:,} limit")
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


def _lang_code(value: str | None) -> str | None:
    """``"en-US"``, ``"English"`` -> ``"en"``; anything else unknown."""
    if not value:
        return None
    v = value.strip().lower()
    names = {"english": "en", "russian": "ru", "ukrainian": "uk", "french": "fr", "german": "de", "spanish": "es"}
    if v in names:
        return names[v]
    m = re.match(r"^([a-z]{2})(?:[-_][a-z]{2,4})?$", v)
    return m[1] if m else None


__all__ = ["Ingested", "InputFailed", "InputSkipped", "ingest"]
