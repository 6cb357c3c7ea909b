"""Fetched bodies to drafts: read by the type the server declared, checked for walls, with their provenance.

A page that came back 200 but is a consent wall, a paywall stub, an error page
or too short to be news is "no article", with the reason; every draft carries
the ``FetchRecord`` of the response it was read from (a feed's items carry the
feed's).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ..data.walls import MIN_ARTICLE_WORDS
from ..errors import InputError, InputFailed, InputSkipped
from .decode import decode
from .draft import Draft
from .feeds import looks_like_feed, read_feed
from .html import looks_like_html, read_html
from .raw import Raw
from .records import read_json
from .text import read_text
from .walls import no_article_reason

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml"})
JSON_TYPES = frozenset({"application/json", "application/ld+json"})
TEXT_TYPES = frozenset({"text/plain"})
ACCEPTED_TYPES = HTML_TYPES | FEED_TYPES | XML_TYPES | JSON_TYPES | TEXT_TYPES


def read_fetched(raw: Raw) -> Iterator[tuple[str, Draft | InputError]]:
    """Drafts of a fetched body (``raw.fetched`` set), by its declared type, sniffed when none was declared."""
    assert raw.fetched is not None
    if not raw.data.strip():
        raise InputSkipped("the server sent an empty body")
    text, _encoding = decode(raw.data)  # charset detected as for files: a wrong header does not garble the text
    if not text.strip():
        raise InputSkipped("the server sent only white space")
    head = raw.data.lstrip()[:4096]
    kind = raw.content_type
    if kind in JSON_TYPES:
        drafts: Iterator[tuple[str, Draft | InputError]] = read_json(text, source=raw.source, name=raw.name)
    elif kind in FEED_TYPES or (kind in XML_TYPES | {None} and looks_like_feed(head)):
        drafts = read_feed(text.encode("utf-8"), source=raw.source, name=raw.name)
    elif kind in HTML_TYPES or (kind in XML_TYPES | {None} and looks_like_html(head)):
        drafts = iter([(raw.source, _page(text, raw))])
    elif kind in XML_TYPES:
        raise InputFailed(f"the server sent XML ({kind}) that is neither an RSS or Atom feed nor an HTML page")
    else:
        drafts = iter([(raw.source, read_text(text, source=raw.source, name=raw.name))])
    for where, draft in drafts:
        if isinstance(draft, Draft):
            draft = dataclasses.replace(draft, fetched=raw.fetched, url=draft.url or raw.fetched.final_url)
        yield where, draft


def _page(text: str, raw: Raw) -> Draft:
    assert raw.fetched is not None
    draft = read_html(text, source=raw.source, name=raw.name, url=raw.fetched.final_url)
    why = no_article_reason(draft.text, draft.title, min_words=MIN_ARTICLE_WORDS)
    if why:
        raise InputSkipped(why)
    return draft
