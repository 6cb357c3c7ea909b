"""One input's bytes as they were read (a file, standard input) or served (a URL), before any parsing."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FetchRecord


@dataclass(frozen=True, slots=True)
class Raw:
    source: str
    name: str
    data: bytes
    content_type: str | None = None  # the media type a server declared (fetched inputs only)
    fetched: FetchRecord | None = None  # where a fetched body came from
