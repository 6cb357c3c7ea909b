"""Metadata found around the text: dates in URLs, outlets from domains and datelines, ISO day cleaning."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from .. import datelines as dl
from ..data import cyrillic, media

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|-|_|$)")

# Agency datelines: "MOSCOW, November 15. /TASS/.", "KYIV, Jan 24 (Reuters) -", "NAIROBI, 14 June 2024 (AFP)",
# "KYIV, Ukraine, Sept. 9 (AP)", an upper-case place alone: "WASHINGTON (AP) -", or "МОСКВА, 3 марта. /ТАСС/.".
_DATELINE = re.compile(rf"^\s*(?:{dl.PLACE},\s+{dl.DAY}\s*[.,]?|{dl.CAPS_PLACE})\s*{dl.AGENCY}")


_ISO_DAY_START = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def iso_day(value: object) -> str | None:
    """``value`` as an ISO day (``YYYY-MM-DD``) when it is one or starts with one, else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = _ISO_DAY_START.match(str(value))
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
    name = (m["slash"] or m["paren"]).strip()
    return cyrillic.OUTLETS.get(name.casefold(), name)  # "/ТАСС/" is TASS, as its mentions are


# Wire sign-offs on the last line: "-- Reuters", "— AP", "(AFP)". A credit line ("Reporting by X; Editing by Y")
# names no agency: house styles are not evidence enough to name one.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:--?|\u2013|\u2014)[ \t]*(?P<dash>[A-Z][\w.&' -]{0,40}?)|"
    r"\((?P<paren>[A-Z][\w.&' -]{0,40}?)\))[ \t]*[.]?[ \t]*$"
)
_NOT_OUTLETS = frozenset("END ENDS MORE UPDATE PHOTO PHOTOS VIDEO FILE FILES LIVE AUDIO EDS NOTE".split())


_SHORT_CAPITALS = re.compile(r"[A-Z]{2,6}")


def outlet_from_sign_off(text: str) -> str | None:
    """The agency a wire story signs off with on its last line (``-- Reuters``, ``(AFP)``), or None; a sign-off
    that is no known outlet or acronym (``-- Jane Roe``, a writer) names no outlet."""
    lines = [ln for ln in text[-600:].splitlines() if ln.strip()]
    if not lines:
        return None
    last = lines[-1]
    m = _SIGN_OFF.match(last)
    if m:
        name = (m["dash"] or m["paren"]).strip()
        known = media.outlets()
        if name in known or _SHORT_CAPITALS.fullmatch(name) and name not in _NOT_OUTLETS:
            return cyrillic.OUTLETS.get(name.casefold(), name)
    return None


def outlet_from_text(text: str) -> str | None:
    """The agency the text itself names: its dateline at the top, else its sign-off at the end."""
    return outlet_from_dateline(text) or outlet_from_sign_off(text)
