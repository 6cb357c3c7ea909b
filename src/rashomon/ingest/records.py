"""JSON and JSON Lines: one object per article (``text``, ``title``, ``url``, ``outlet``, ``published``).

A bad line fails on its own; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import InputFailed, InputSkipped
from .draft import Draft
from .metadata import date_from_url, iso_day, outlet_from_url

_TEXT_KEYS = ("text", "body", "content", "maintext", "article")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published", "date", "date_publish", "publish_date", "published_at", "pubdate")
_OUTLET_KEYS = ("outlet", "source", "site", "sitename", "publisher", "source_domain")
_URL_KEYS = ("url", "link", "source_url")
_LANG_KEYS = ("language", "lang")


def read_jsonl(text: str, *, source: str, name: str) -> Iterator[tuple[str, Draft | InputFailed | InputSkipped]]:
    """Yield ``(source of the line, draft or the reason the line is not one)``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, InputFailed(f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield where, _draft_or_error(obj, source=where, name=f"{name}#{number}")


def read_json(text: str, *, source: str, name: str) -> Iterator[tuple[str, Draft | InputFailed | InputSkipped]]:
    """A JSON document: one article object, a list of them, or ``{"articles": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFailed(f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list) and not _field(data, _TEXT_KEYS):
        if str(data.get("schema", "")).startswith("rashomon.ledger/"):
            raise InputSkipped("this is a rashomon ledger, not articles; open it with `rashomon validate`")
        data = data["articles"]
    if isinstance(data, dict):
        yield source, _draft_or_error(data, source=source, name=name)
        return
    if not isinstance(data, list):
        raise InputFailed(f"JSON holds a {type(data).__name__}; expected an article object or a list of them")
    for i, obj in enumerate(data, start=1):
        where = f"{source}#{i}"
        yield where, _draft_or_error(obj, source=where, name=f"{name}#{i}")


def _draft_or_error(obj: Any, *, source: str, name: str) -> Draft | InputFailed | InputSkipped:
    if not isinstance(obj, dict):
        return InputFailed(f"expected a JSON object with a 'text' field, got {type(obj).__name__}")
    text = _field(obj, _TEXT_KEYS)
    if text is None:
        return InputFailed(f"no text field (looked for {', '.join(map(repr, _TEXT_KEYS))})")
    if not isinstance(text, str):
        return InputFailed(f"the text field holds {type(text).__name__}, not a string")
    if not text.strip():
        return InputSkipped("empty text")
    url = _str(_field(obj, _URL_KEYS))
    published = iso_day(_field(obj, _DATE_KEYS))
    from_ = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        from_ = "url"
    return Draft(
        source=source,
        name=_str(obj.get("name")) or name,
        text=text.replace("\r\n", "\n"),
        title=_str(_field(obj, _TITLE_KEYS)),
        url=url,
        outlet=_str(_field(obj, _OUTLET_KEYS)) or outlet_from_url(url),
        published=published,
        published_from=from_,
        language=_str(_field(obj, _LANG_KEYS)),
    )


def _field(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):  # {"name": "Reuters"} style outlets
        return _str(value.get("name") or value.get("title"))
    return str(value)
