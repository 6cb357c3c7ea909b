"""Words for telling a clause that only says who reported something, or how someone spoke, from a claim: such a
clause (``the agency reported, citing emergency services``, ``who spoke on condition of anonymity``, ``the agency
has put together some key facts about the crash``) states no proposition of its own, so it is no claim to cluster,
label or contradict (``extract/claims.py``).

- ``SOURCE_ONLY_LEMMAS``: the verbs of such a clause: saying, reporting, citing, speaking, compiling.
- ``ANNOUNCED_NOUNS``: what a report promises without telling it (``some key facts``, ``the details``).
- ``AUDIENCE_NOUNS``: whom a source spoke to (``told reporters``, ``said in a statement``, ``at a briefing``).
- ``MANNER_NOUNS``: how a source spoke (``on condition of anonymity``, ``on the record``, ``by telephone``).
- ``UNNAMED_REASONS``: the words of why a source is not named (``because they were not authorised to comment``).
"""

from __future__ import annotations

SOURCE_ONLY_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "report",
        "cite",
        "quote",
        "speak",
        "talk",
        "add",
        "write",
        "note",
        "state",
        "announce",
        "compile",
        "gather",
        "put",
        "publish",
    }
)
ANNOUNCED_NOUNS = frozenset(
    {
        "fact",
        "facts",
        "detail",
        "details",
        "information",
        "update",
        "updates",
        "timeline",
        "overview",
        "summary",
        "point",
        "points",
        "list",
    }
)
AUDIENCE_NOUNS = frozenset(
    {
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "press",
        "media",
        "statement",
        "briefing",
        "interview",
        "conference",
        "broadcast",
        "post",
        "channel",
        "television",
        "radio",
        "agency",
        "outlet",
        "newspaper",
    }
)
MANNER_NOUNS = frozenset({"anonymity", "condition", "record", "background", "telephone", "phone", "email"})
UNNAMED_REASONS = (
    r"\bauthori[sz]ed\b",
    r"\bpermitted\b",
    r"\ballowed\b",
    r"\bpublicly\b",
    r"\bsensitiv\w+\b",
    r"\bprivate\b",
)

# a sentence that says something did not exist or happen with one noun of its own ("There have been no abductions",
# "There were no clashes", "Il n'y a pas eu d'enlèvements"): a proposition though it holds one content word
EXISTENCE_DENIED = (
    r"^\s*there\s+(?:have\s+been|has\s+been|had\s+been|were|was|are|is|will\s+be)\s+no\s+\w+",
    r"^\s*il\s+n['’]y\s+a\s+(?:eu\s+)?(?:pas|aucune?)\s+(?:d['’]|de\s+)?\w+",
    r"^\s*no\s+(?:hubo|hay|ha\s+habido)\s+\w+",
    r"^\s*(?:es\s+gab|es\s+gibt)\s+kein\w*\s+\w+",
)
