"""A candidate article: what a reader of one format found, before ids, checks and language detection."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FetchRecord


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    source: str  # path, "path#line 3", "-" or URL, as the user can find it again
    name: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str | None = None
    language: str | None = None
    url: str | None = None
    fetched: FetchRecord | None = None  # provenance of a body fetched from the web
    warnings: tuple[str, ...] = ()  # what was read with a repair or refused (a bad byte, a wrong-typed field)
