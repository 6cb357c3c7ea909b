"""The one body an article names that a speaker it only describes is: ``the army said`` after ``the Israeli army``.

Extraction resolves a described speaker within its sentence and the few before it; a reader without a parse (German,
French, Spanish, Polish) keeps the phrase as written (``nach Angaben der Armee``, ``a déclaré l'armée``). Once the
corpus's names are merged, a definite description (``the``, ``der``, ``l'``, ``el``) whose words all stand in a name of
exactly one body the same article mentions is that body: ``der israelischen Armee`` is the Israeli army named
``israelische Armee`` in the article, ``the army`` the one army it names. Two bodies that fit (``the ministry`` in an
article naming two ministries) leave the speaker unnamed, as does an indefinite one (``a police officer``) and a
person (an office holder is ``holders``'s question).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..data.speech import DEFINITE_ARTICLES, DESCRIPTION_LINKS
from ..model import Entity

_WORD = re.compile(r"[^\W\d_]+")
_MOST_WORDS = 3  # "the Israeli army", "der israelischen Armee": a description, not a sentence


def described_body(
    phrase: str | None,
    mentions: Sequence[tuple[int, int, str]],
    entities: Mapping[str, Entity],
) -> str | None:
    """The id of the one body among ``mentions`` (an article's, as ``(start, end, entity id)``) one of whose names
    holds all the words of the definite description ``phrase``; None when none or several do."""
    words = _WORD.findall((phrase or "").casefold())
    if len(words) < 2 or words[0] not in DEFINITE_ARTICLES:
        return None
    content = {w for w in words[1:] if w not in DESCRIPTION_LINKS and w not in DEFINITE_ARTICLES}
    if not content or len(content) > _MOST_WORDS:
        return None
    found: set[str] = set()
    for eid in dict.fromkeys(eid for _, _, eid in mentions):
        entity = entities.get(eid)
        if entity is None or entity.type == "PERSON":
            continue
        if any(content <= set(_WORD.findall(name.casefold())) for name in (entity.name, *entity.aliases)):
            found.add(eid)
            if len(found) > 1:
                return None
    return next(iter(found)) if found else None


_IT_REACH = 400  # characters from a described body's speech to an "it" that still speaks for it


class ArticleSpeakers:
    """One article's speakers that only a description or an "it" names, read in the article's order: a described
    body (``described_body``), and "it" saying something soon after it ("The army said ... . It acknowledged that
    ..."), which extraction could not give to a body it did not know."""

    def __init__(self, mentions: Sequence[tuple[int, int, str]], entities: Mapping[str, Entity]) -> None:
        self.mentions = mentions
        self.entities = entities
        self.last: tuple[int, str] | None = None  # where the last described body spoke, and who it is

    def speaker(self, phrase: str | None, start: int) -> str | None:
        """The body ``phrase`` (a speaker phrase of a claim or quote opening at ``start``) names, or None."""
        if (phrase or "").strip().casefold() == "it":
            return self.last[1] if self.last is not None and 0 <= start - self.last[0] <= _IT_REACH else None
        found = described_body(phrase, self.mentions, self.entities)
        if found is not None:
            self.last = (start, found)
        return found
