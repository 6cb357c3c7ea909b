"""Bytes to text: BOMs honoured, UTF-8 tried strictly, legacy encodings detected rather than assumed."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from ..errors import InputFailed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of formats people drop into a news folder by mistake.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
)

# Single-byte encodings news text is still found in; charset-normalizer picks among them.
_LEGACY = [
    "cp1251",
    "koi8_r",
    "cp1252",
    "iso8859_2",
    "cp1250",
    "iso8859_5",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac_cyrillic",
    "iso8859_15",
    "latin_1",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Decoded(NamedTuple):
    text: str
    encoding: str
    warning: str | None = None  # what was repaired: bytes replaced in otherwise valid UTF-8


def sniff_binary(data: bytes, *, nul_ok: bool = False) -> str | None:
    """A description of the binary format ``data`` is in, or None when it may be text (NUL bytes allowed with
    ``nul_ok``: JSON Lines refuse them line by line)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if not nul_ok and b"\x00" in head and not _utf16_order(head):
        return "binary data (it contains NUL bytes)"
    return None


def _utf16_order(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``head`` reads like UTF-16 without a BOM, else None.

    In UTF-16 one byte of every pair is the high byte of the code unit, and text in
    one script keeps it on one or two values: 0 for ASCII, 4 for Cyrillic (with 0
    for its spaces and digits), so that lane is narrow while the other varies.
    """
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for lane, order in ((odd, "utf-16-le"), (even, "utf-16-be")):
        common = Counter(lane).most_common(2)
        if 0 in dict(common) and sum(n for _, n in common) >= 0.9 * len(lane):
            return order
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` (see ``decode_bytes``)."""
    found = decode_bytes(data)
    return found.text, found.encoding


def decode_bytes(data: bytes, *, nul_ok: bool = False) -> Decoded:
    """Decode ``data``: its BOM, else UTF-16 by its shape, else UTF-8 (a few bad bytes replaced), else a legacy
    single-byte encoding.

    Raises:
        InputFailed: the bytes are binary, or fit no encoding well enough to be read as text.
    """
    what = sniff_binary(data, nul_ok=nul_ok)
    if what:
        raise InputFailed(f"binary file: looks like {what}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_clean(data.decode(enc)), enc)
            except UnicodeDecodeError as exc:
                raise InputFailed(
                    f"undecodable bytes: starts with a {enc} byte-order mark but {exc.reason} at byte {exc.start}"
                ) from None
    head = data[:8192]
    order = _utf16_order(head) if b"\x00" in head else None
    if order:  # before UTF-8: NUL bytes are valid UTF-8 too
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            text = ""
        if _plausible(text):
            return Decoded(_clean(text), order)
        if not nul_ok:
            raise InputFailed("binary file: looks like binary data (it contains NUL bytes), not text")
    try:
        return Decoded(_clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        return _mostly_utf8(data) or _legacy(data, exc)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes replaced, when the rest is UTF-8 that is more than ASCII.

    A stray byte in a UTF-8 article must not make the whole text another charset
    ("Russia's" as "RussiaвАЩs"). Text with no valid multi-byte character is left
    to the legacy detector: there a high byte is most likely a Windows-1252 quote.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if wide < 1 or bad > wide or bad > 3 + len(data) // 2000:
        return None
    return Decoded(
        _clean(text), "utf-8", f"{bad} invalid byte sequence(s) in otherwise valid UTF-8 replaced with \ufffd"
    )


def _legacy(data: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        text = str(best)
        if _plausible(text):
            return Decoded(_clean(text), best.encoding)
    raise InputFailed(
        f"undecodable bytes: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no "
        "single-byte legacy encoding reads it as text; convert the file to UTF-8"
    )


def _plausible(text: str) -> bool:
    """Real prose: mostly letters and spaces, no control characters, not a mix of scripts soup."""
    if not text.strip():
        return False
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        return False
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample)
    odd = sum(unicodedata.category(ch) in ("So", "Sk", "Co", "Cn") for ch in sample)
    return letters >= 0.5 * len(sample.replace(" ", "").replace("\n", "")) and odd < 0.02 * len(sample)


def _clean(text: str) -> str:
    """Newlines normalised to ``\\n``; a stray leading BOM removed; otherwise the text is kept as is."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
