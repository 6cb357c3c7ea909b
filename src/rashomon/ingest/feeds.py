"""RSS and Atom feeds: one article per item that carries its text.

The XML parser resolves no entities and fetches nothing, so a hostile feed
cannot read files or reach the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputFailed, InputSkipped
from .draft import Draft
from .metadata import date_from_url, iso_day, outlet_from_url

_Element = Any  # an lxml element: lxml ships no type information
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
# Attributes stop at the next "<" too: "[^>]*>" rescans to the end of the text from
# every unclosed "<p ", which is quadratic.
_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^<>]*>")


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.match(data[:4096]))


def read_feed(data: bytes, *, source: str, name: str) -> Iterator[tuple[str, Draft | InputFailed | InputSkipped]]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputFailed(f"feed is not well-formed XML: {exc}") from None
    atom = root.tag == f"{_ATOM}feed"
    channel_title = _text(root.find(f"{_ATOM}title") if atom else root.find("channel/title"))
    items = root.findall(f"{_ATOM}entry") if atom else root.iter("item")
    found = False
    for i, item in enumerate(items, start=1):
        found = True
        where = f"{source}#item {i}"
        yield where, _item(item, atom=atom, where=where, name=f"{name}#{i}", channel=channel_title)
    if not found:
        raise InputSkipped("feed has no items")


def _item(item: _Element, *, atom: bool, where: str, name: str, channel: str | None) -> Draft | InputSkipped:
    find = item.find
    if atom:
        link_el = find(f"{_ATOM}link")
        url = link_el.get("href") if link_el is not None else None
        title = _text(find(f"{_ATOM}title"))
        body = _text(find(f"{_ATOM}content")) or _text(find(f"{_ATOM}summary"))
        date = _text(find(f"{_ATOM}published")) or _text(find(f"{_ATOM}updated"))
    else:
        url = _text(find("link"))
        title = _text(find("title"))
        body = _text(find(_CONTENT)) or _text(find("description"))
        date = _text(find("pubDate")) or _text(find(_DC_DATE))
    text = _html_to_text(body or "")
    if not text:
        return InputSkipped("feed item has no text")
    published = iso_day(date)
    from_ = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        from_ = "url"
    return Draft(
        source=where,
        name=name,
        text=text,
        title=title,
        url=url,
        outlet=channel or outlet_from_url(url),
        published=published,
        published_from=from_,
    )


def _text(el: _Element | None) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()
    return value or None


_SPACE_RUN = re.compile(r"[ \t\u00a0]+")


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, scripts and styles dropped, block elements as line breaks."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    from lxml_html_clean import Cleaner

    marked = _BLOCK.sub("\n", fragment)
    try:
        tree = lxml.html.fromstring(f"<div>{marked}</div>")
        tree = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(tree)
    except (ValueError, TypeError):
        return ""
    text = tree.text_content()
    lines = [_SPACE_RUN.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n\n".join(ln for ln in lines if ln)


def feed_entries(data: bytes) -> list[tuple[str, str | None]]:
    """``(item id, link)`` of every item in a feed, in feed order: the id is the guid (RSS), id (Atom) or link.

    Raises:
        InputFailed: the feed is not well-formed XML.
    """
    from lxml import etree

    if not looks_like_feed(data.lstrip()[:4096]):
        raise InputFailed("not an RSS or Atom feed")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputFailed(f"feed is not well-formed XML: {exc}") from None
    atom = root.tag == f"{_ATOM}feed"
    entries: list[tuple[str, str | None]] = []
    for item in root.findall(f"{_ATOM}entry") if atom else root.iter("item"):
        if atom:
            links = item.findall(f"{_ATOM}link")
            alternate = [el for el in links if el.get("rel", "alternate") == "alternate"] or links
            link = (alternate[0].get("href") or "").strip() or None if alternate else None
            ident = _text(item.find(f"{_ATOM}id")) or link
        else:
            link = _text(item.find("link"))
            ident = _text(item.find("guid")) or link
        if ident is None:
            title = _text(item.find(f"{_ATOM}title" if atom else "title")) or ""
            ident = f"title:{title}" if title else None
        if ident is not None:
            entries.append((ident, link))
    return entries
