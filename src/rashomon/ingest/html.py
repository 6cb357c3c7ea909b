"""HTML pages: the main text and metadata, by trafilatura. Scripts, styles and markup never reach the text."""

from __future__ import annotations

import re

from ..errors import InputFailed, InputSkipped
from .draft import Draft
from .metadata import date_from_url, iso_day, outlet_from_url

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096]))


def read_html(html: str, *, source: str, name: str, url: str | None = None) -> Draft:
    """Make a draft of the article in an HTML page.

    Raises:
        InputSkipped: the page has no article text (a menu, an empty shell, a script).
        InputFailed: the markup cannot be parsed at all.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura on broken markup
        raise InputFailed(f"HTML could not be parsed: {exc.__class__.__name__}: {exc}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputSkipped("no article text found in the HTML page")
    url = getattr(doc, "url", None) or url
    published = iso_day(getattr(doc, "date", None))
    from_ = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        from_ = "url"
    return Draft(
        source=source,
        name=name,
        text=text,
        title=getattr(doc, "title", None) or None,
        url=url,
        outlet=getattr(doc, "sitename", None) or outlet_from_url(url),
        published=published,
        published_from=from_,
        language=getattr(doc, "language", None) or None,
    )
