"""An input's raw bytes and where they came from: what files, URLs and feeds give, before any decoding."""

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
