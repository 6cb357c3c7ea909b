"""Plain-text articles, with the two header styles rashomon understands.

1. One line ``␠date YYYY-MM-DD Title`` (the example corpus). The line stays in
   the text, since it is part of what the outlet published; the date and title
   are taken from it.
2. A block of ``key: value`` lines closed by a line ``---`` (url, outlet, date,
   title, language). The block is metadata: the text starts after ``---``.
"""

from __future__ import annotations

import re

from .draft import Draft
from .metadata import date_from_url, iso_day, outlet_from_text, outlet_from_url

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(?P<title>[^\n]*)")
# The value is taken whole and stripped in Python: ``(.*?)[ \t]*$`` backtracks
# quadratically on a long run of spaces inside a value.
_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z_ -]{0,30})[ \t]*:[ \t]*([^\n]*)")
_KEYS = {
    "url": "url",
    "link": "url",
    "source_url": "url",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "publisher": "outlet",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "published_at": "published",
    "title": "title",
    "headline": "title",
    "language": "language",
    "lang": "language",
}
_MAX_TITLE = 300


def read_text(text: str, *, source: str, name: str) -> Draft:
    """Make a draft of a plain-text article, reading its header if it has one."""
    header = _key_value_header(text)
    if header is not None:
        meta, body = header
        url = meta.get("url")
        published = iso_day(meta.get("published"))
        from_ = "header" if published else None
        if not published and (published := date_from_url(url)):
            from_ = "url"
        return Draft(
            source=source,
            name=name,
            text=body,
            title=meta.get("title") or _title(body),
            url=url,
            outlet=meta.get("outlet") or outlet_from_text(body) or outlet_from_url(url),
            published=published,
            published_from=from_,
            language=(meta.get("language") or None),
        )
    m = _DATE_LINE.match(text)
    if m and (published := iso_day(m[1])):
        title = m["title"].strip() or None
        if title and len(title) > _MAX_TITLE:
            title = _first_sentence(title)
        return Draft(
            source=source,
            name=name,
            text=text,
            title=title,
            published=published,
            published_from="header",
            outlet=outlet_from_text(text[m.end() :].lstrip()),
        )
    return Draft(source=source, name=name, text=text, title=_title(text), outlet=outlet_from_text(text))


def _key_value_header(text: str) -> tuple[dict[str, str], str] | None:
    """``({key: value}, body)`` when the text opens with a known ``key: value`` block closed by ``---``."""
    meta: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped == "---":
            if not meta:
                return None
            body = text[pos + len(line) :]
            return meta, body.lstrip("\n")
        if not stripped:
            pos += len(line)
            continue
        m = _KEY_LINE.match(line)
        if not m:
            return None
        key = _KEYS.get(m[1].strip().lower().replace(" ", "_").replace("-", "_"))
        if key is None:
            return None
        meta.setdefault(key, m[2].strip())
        pos += len(line)
        if len(meta) > 20 or pos > 5000:
            return None
    return None


def _title(text: str) -> str | None:
    """The first line, when it stands alone above a blank line and reads like a headline."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) >= 2 and lines[1].strip() == "":
        first = lines[0].strip()
        if 0 < len(first) <= _MAX_TITLE and not first.endswith((".", ",", ";")):
            return first
    return None


_FIRST_SENTENCE = re.compile(r"(.{20,}?[.!?])\s+[A-Z\"“]")


def _first_sentence(text: str) -> str:
    m = _FIRST_SENTENCE.match(text)
    return (m[1] if m else text[:_MAX_TITLE]).strip()
