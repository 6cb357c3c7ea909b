"""JSON and JSON Lines: one object per article (``text``, ``title``, ``url``, ``outlet``, ``published``).

A bad line fails on its own; the other lines go on.
"""

from __future__ import annotations

import json
import re
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
# A "\\ud800" escape alone decodes to a lone surrogate: not text, and it cannot be written as UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(text: str, *, source: str, name: str) -> Iterator[tuple[str, Draft | InputFailed | InputSkipped]]:
    """Yield ``(source of the line, draft or the reason the line is not one)``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#line {number}"
        if "\x00" in line:
            yield where, InputFailed(f"line {number}: holds a NUL byte, which JSON text cannot")
            continue
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            yield where, InputFailed(f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        except InputFailed as exc:
            yield where, InputFailed(f"line {number}: {exc}")
            continue
        yield where, _draft_or_error(obj, source=where, name=f"{name}#{number}")


def read_json(text: str, *, source: str, name: str) -> Iterator[tuple[str, Draft | InputFailed | InputSkipped]]:
    """A JSON document: one article object, a list of them, or ``{"articles": [...]}``."""
    try:
        data = _loads(text)
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


def _loads(text: str) -> Any:
    """``json.loads`` whose every failure is an ``InputFailed`` (or its ``JSONDecodeError``).

    Raises:
        json.JSONDecodeError: the text is not JSON.
        InputFailed: it is, but nested too deeply, or holds a number Python will not read, or NaN/Infinity.
    """
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise InputFailed("JSON nested too deeply to read") from None
    except ValueError as exc:  # an integer of more than 4,300 digits, or a NaN refused below
        raise InputFailed(f"unreadable JSON: {str(exc).split(';')[0]}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _draft_or_error(obj: Any, *, source: str, name: str) -> Draft | InputFailed | InputSkipped:
    if not isinstance(obj, dict):
        return InputFailed(f"expected a JSON object with a 'text' field, got {type(obj).__name__}")
    text = _field(obj, _TEXT_KEYS)
    if text is None:
        return InputFailed(f"no text field (looked for {', '.join(map(repr, _TEXT_KEYS))})")
    if not isinstance(text, str):
        return InputFailed(f"the text field holds {type(text).__name__}, not a string")
    if _LONE_SURROGATE.search(text):
        return InputFailed("the text holds a lone surrogate escape (such as \\ud800), which is not a character")
    if not text.strip():
        return InputSkipped("empty text")
    refused: list[str] = []
    url = _meta(obj, _URL_KEYS, refused)
    published = iso_day(_meta(obj, _DATE_KEYS, refused))
    from_ = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        from_ = "url"
    return Draft(
        source=source,
        name=_meta(obj, ("name",), refused) or name,
        text=text.replace("\r\n", "\n"),
        title=_meta(obj, _TITLE_KEYS, refused),
        url=url,
        outlet=_meta(obj, _OUTLET_KEYS, refused) or outlet_from_url(url),
        published=published,
        published_from=from_,
        language=_meta(obj, _LANG_KEYS, refused),
        warnings=tuple(refused),
    )


def _field(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def _meta(obj: dict[str, Any], keys: tuple[str, ...], refused: list[str]) -> str | None:
    """The first of ``keys`` that holds a string; a value of another type is refused with a reason, not
    stringified (``"['a', 'b']"``, ``"True"`` are no titles)."""
    for k in keys:
        value = obj.get(k)
        if value in (None, ""):
            continue
        if isinstance(value, dict) and k in _OUTLET_KEYS:  # {"name": "Reuters"} style outlets
            value = value.get("name") or value.get("title")
        if isinstance(value, str):
            if _LONE_SURROGATE.search(value):
                refused.append(f"field {k!r} ignored: it holds a lone surrogate escape")
                continue
            if value.strip():
                return value.strip()
            continue
        refused.append(f"field {k!r} ignored: it holds {_kind(value)}, not a string")
    return None


def _kind(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), f"a {type(value).__name__}")
