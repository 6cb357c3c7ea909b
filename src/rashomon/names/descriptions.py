"""Bodies named by what they do: ``the electoral authority``, ``Russia's aviation watchdog``, ``the Indonesian
football association``. One pattern for the entity linker (which takes a description for the one body whose names
have its words) and the speaker resolver (whose "the electoral authority said" is that description)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..data.institutions import DESCRIPTION_HEADS

DESCRIPTION = re.compile(
    r"(?<![\w-])(?:(?P<the>[Tt]he)\s+|(?P<owner>[A-Z][a-z]+(?:['\u2019]s)?)\s+)"
    r"(?P<mods>(?:[a-z][a-z'\u2019-]+\s+){1,3}?)(?P<head>" + "|".join(DESCRIPTION_HEADS) + r")(?![\w-])"
)


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The description as a name: from its owner (``Russia's``) or first describing word, without ``the``."""
    return (m.start("owner") if m.group("owner") else m.start("mods")), m.end()


def descriptions(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The descriptions of bodies in ``text[start:end]``."""
    return DESCRIPTION.finditer(text, start, len(text) if end is None else end)
