"""Bodies named by what they do: ``the electoral authority``, ``Russia's aviation watchdog``, ``the Indonesian
football association``. One pattern for the entity linker (which takes a description for the one body whose names
have its words) and the speaker resolver (whose "the electoral authority said" is that description)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..data.institutions import DESCRIPTION_HEADS, INTERNATIONAL
from ..data.places import country_names, demonyms

DESCRIPTION = re.compile(
    r"(?<![\w-])(?:(?P<the>[Tt]he)\s+|(?P<owner>(?:[A-Z][a-z]+|[A-Z]\.?[A-Z]\.?)(?:['\u2019]s)?)\s+)"
    r"(?P<mods>(?:[a-z][a-z'\u2019-]+\s+){1,3}?)(?P<head>" + "|".join(DESCRIPTION_HEADS) + r")(?![\w-])"
)


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The description as a name: from its owner (``Russia's``) or first describing word, without ``the``."""
    return (m.start("owner") if m.group("owner") else m.start("mods")), m.end()


# Words that end a description's run of describing words: "asked the electoral authority" describes from "the".
NOT_DESCRIBING = frozenset("the a an of and or to for in on with by at from as its their his her our this that".split())


def owner_country(m: re.Match[str]) -> str | None:
    """The country a description's owner names (``Russia's``, ``Indonesian``), or the international body (``the
    U.N.'s``, ``EU``); None without an owner."""
    owner = (m.group("owner") or "").removesuffix("'s").removesuffix("\u2019s").casefold()
    if not owner:
        return None
    return country_names().get(owner) or demonyms().get(owner) or INTERNATIONAL.get(owner.replace(".", ""))


def descriptions(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The descriptions of bodies in ``text[start:end]``: owned by a country or opened by ``the``, with describing
    words only ("Varga's electoral body" and "asked the" are no part of one)."""
    stop = len(text) if end is None else end
    at = start
    while (m := DESCRIPTION.search(text, at, stop)) is not None:
        at = m.start() + 1
        if m.group("owner") and owner_country(m) is None:
            continue
        if any(w in NOT_DESCRIBING for w in m.group("mods").split()):
            continue
        yield m
