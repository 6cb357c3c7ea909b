"""The acronyms a name can be written as: ``Organization for Security and Co-operation in Europe`` -> ``OSCE``.

Extraction uses them to join a name the model cut short to the place it ends in
(when the whole spells an acronym the text uses); linking uses them to merge an
acronym with the name it stands for.
"""

from __future__ import annotations

import re

from ..data.places import demonyms

_NAME_WORD = re.compile(r"[A-Za-z][\w'-]*")
# Words an acronym usually skips ("Organization for Security and ...": OSCE, not OFSAC).
_SKIPPED = frozenset({"of", "for", "and", "the", "in", "on", "to", "de", "du", "des", "la", "le"})


def initials(name: str) -> set[str]:
    """Possible acronyms of a name (casefolded): every word's initial, and content words' only
    (``Ukrainian Armed Forces`` -> ``uaf``, and ``afu`` with the nationality moved to the end)."""
    words = _NAME_WORD.findall(name)
    content = [w for w in words if w.lower() not in _SKIPPED]
    forms = {"".join(w[0] for w in content).casefold(), "".join(w[0] for w in words).casefold()}
    # "Ukrainian Armed Forces" -> "AFU": the nationality may move to the end
    if content and content[0].casefold() in demonyms():
        rest = "".join(w[0] for w in content[1:])
        forms.add((rest + demonyms()[content[0].casefold()][0]).casefold())
    return {f for f in forms if len(f) >= 2}
