"""Pages served with 200 that are no article: a consent wall, a paywall stub, an error page, too little text."""

from __future__ import annotations

import re

from ..data.walls import SHORT_PAGE_WORDS, WALLS

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SPACES = re.compile(r"\s+")


def no_article_reason(text: str, title: str | None, *, min_words: int) -> str | None:
    """Why a fetched page's extracted text is not an article, or None when it may be one.

    Args:
        text: the main text the HTML reader found.
        title: the page title, when there is one.
        min_words: fewer words than this is "too little text".
    """
    words = len(_WORD.findall(text))
    if words <= SHORT_PAGE_WORDS:
        haystack = _SPACES.sub(" ", f"{title or ''} \n {text}").casefold()
        for kind, cues in WALLS:
            for cue in cues:
                if cue in haystack:
                    return f"no article: the page looks like {kind} ({cue!r}, {words} words)"
    if words < min_words:
        return f"no article: too little text ({words} words, fewer than {min_words})"
    return None
