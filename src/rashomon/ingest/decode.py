"""Bytes to text: BOMs honoured, UTF-8 tried strictly, legacy encodings detected rather than assumed."""

from __future__ import annotations

import codecs
import re
import unicodedata

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


def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` is in, or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head and not _looks_utf16(head):
        return "binary data (it contains NUL bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``.

    Raises:
        InputFailed: the bytes are binary, or fit no encoding well enough to be read as text.
    """
    what = sniff_binary(data)
    if what:
        raise InputFailed(f"binary file: looks like {what}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(enc)), enc
            except UnicodeDecodeError as exc:
                raise InputFailed(
                    f"undecodable bytes: starts with a {enc} byte-order mark but {exc.reason} at byte {exc.start}"
                ) from None
    head = data[:8192]
    if b"\x00" in head and _looks_utf16(head):  # before UTF-8: NUL bytes are valid UTF-8 too
        enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            return _clean(data.decode(enc)), enc
        except UnicodeDecodeError:
            pass
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        return _legacy(data, exc)


def _legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        text = str(best)
        if _plausible(text):
            return _clean(text), best.encoding
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
