"""One input's bytes as they were read (a file, standard input) or served (a URL), before any parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import FetchRecord


@dataclass(frozen=True, slots=True)
class Raw:
    source: str
    name: str
    data: bytes
    content_type: str | None = None  # the media type a server declared (fetched inputs only)
    fetched: FetchRecord | None = None  # where a fetched body came from


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """Whether an input names a URL (any ``scheme://``: the fetcher refuses those it does not fetch)."""
    return bool(_SCHEME.match(path))
