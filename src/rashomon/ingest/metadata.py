"""Metadata found around the text: dates in URLs, outlets from domains and datelines, ISO day cleaning."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|-|_|$)")

# Agency datelines: "MOSCOW, November 15. /TASS/.", "KYIV, Jan 24 (Reuters) -", "NAIROBI, 14 June 2024 (AFP)",
# "KYIV, Ukraine, Sept. 9 (AP)", or an upper-case place alone: "WASHINGTON (AP) -".
_DAY = r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+(?:19|20)\d\d)?"
_AGENCY = r"(?:/(?P<slash>[A-Za-z][A-Za-z .-]{1,30})/|\((?P<paren>[A-Z][A-Za-z .-]{1,30})\))"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'\u2019-]{1,40}(?:,\s+[A-Z][A-Za-z .'\u2019-]{1,30})?,\s+" + _DAY + r"\s*[.,]?"
    r"|[A-Z][A-Z .'\u2019-]{1,40}(?:,\s+[A-Z][A-Za-z .'\u2019-]{1,30})?)\s*" + _AGENCY
)


def iso_day(value: object) -> str | None:
    """``value`` as an ISO day (``YYYY-MM-DD``) when it is one or starts with one, else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not m:
        return _rfc822_day(str(value))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _rfc822_day(value: str) -> str | None:
    """RSS dates: ``Wed, 24 Jan 2024 10:00:00 GMT``."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def date_from_url(url: str | None) -> str | None:
    """The day a URL path carries (``/2022/11/16/``, ``/20221116-``), or None."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in (_URL_DATE, _URL_COMPACT_DATE):
        m = pattern.search(path)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return None
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site's host without ``www.``: a stable, honest outlet name when no other is given."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


def outlet_from_dateline(text: str) -> str | None:
    """The agency named in a dateline at the top of the text (``/TASS/``, ``(Reuters)``), or None."""
    m = _DATELINE.match(text[:300])
    if not m:
        return None
    return (m["slash"] or m["paren"]).strip()
