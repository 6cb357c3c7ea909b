"""folded.search: a case-insensitive search tried first, case-sensitively, on the folded text; the same answers."""

from __future__ import annotations

import re

from rashomon import folded

TEXTS = [
    "The plane CRASHED after a collision with birds.",
    "İF he had known, he said, the crash would have been avoided.",  # İ: one letter where str.lower gives two
    "A miſſile ſtruck the ſhip",  # the long s, which re takes for an s
    "Kılıç said the vote was free and fair",  # the dotless i, which re takes for an i
    "ПРИЧИНОЙ катастрофы стал отказ двигателя, из-за которого",
    "À CAUSE de la collision",
    "nothing to see here",
    "",
]

PATTERNS = [
    re.compile(r"\bif\b[^.]{0,80}\bhad\b|\bwould have\b", re.I),
    re.compile(r"caus(?!al)|due to|collision|после|причин|[àa] cause", re.I),
    re.compile(r"\bmissiles?\b|\bstruck\b|\bships?\b", re.I),
    re.compile(r"(?<!\w)si(?!\w)|\bfree and fair\b", re.I),
    re.compile(r"\bкиев\w*", re.I),
]


def test_a_search_finds_what_the_pattern_finds_with_the_same_match() -> None:
    for pattern in PATTERNS:
        assert folded._case_sensitive(pattern) is not None, pattern.pattern  # each of these gets its copy
        for text in TEXTS:
            want, got = pattern.search(text), folded.search(pattern, text)
            assert (want is None) == (got is None), (pattern.pattern, text)
            if want is not None and got is not None:
                assert (want.span(), want.group(0)) == (got.span(), got.group(0))


def test_the_copy_finds_the_letters_re_takes_as_the_same() -> None:
    assert folded.fold("İF ſhe Kılıç") == "if she kiliç"  # ç is no c to re either
    assert len(folded.fold("İstanbul")) == len("İstanbul")  # offsets stay those of the text
    assert folded.search(PATTERNS[0], TEXTS[1]) is not None
    assert folded.search(PATTERNS[2], TEXTS[2]) is not None


def test_patterns_the_copy_could_misread_get_none() -> None:
    for pattern in (
        re.compile(r"[A-Z]\w+ said", re.I),  # an upper-case range: lower-cased text would never match it
        re.compile(r"Moscow", re.I),  # an upper-case letter
        re.compile(r"\x41bc", re.I),  # a letter by its code
        re.compile(r"(?-i:Kyiv) said", re.I),  # case set inside the pattern
        re.compile(r"ιωτα", re.I),  # Greek: its iota folds with a combining mark
        re.compile(r"said"),  # case-sensitive already
    ):
        assert folded._case_sensitive(pattern) is None, pattern.pattern
        text = "MOSCOW said Abc Kyiv said ΙΩΤΑ"
        got, want = folded.search(pattern, text), pattern.search(text)
        assert want is not None and got is not None and got.span() == want.span(), pattern.pattern


def test_the_words_a_match_needs_are_read_from_the_pattern() -> None:
    def needed(pattern: str, flags: int = re.I) -> frozenset[str] | None:
        return folded._needed(folded._sre_parse.parse(pattern, flags))

    assert needed(r"\b(?:reports?|claims?)\s+of\b") == {"report", "claim"}  # two words of 5 letters or more
    assert needed(r"\bwould have\b|\bif\b") == {"would have", "if"}  # every branch gives one
    assert needed(r"\bif\b|\w+") is None  # a branch that needs no word: none
    assert needed(r"\bif\b|\w+ly") == {"if", "ly"}
    assert needed(r"(?:very\s+)?(?:bad|poor)") == {"bad", "poor"}  # a group that may be left out needs nothing
    assert needed(r"(?:abc)+d") == {"abc"}  # a repeat of at least once needs its words too; the longer wins
    assert needed(r"(?:abc)*d") == {"d"}
    assert needed(r"MOSCOW|Kyiv") == {"moscow", "kyiv"}  # as the folded text holds them
    assert needed(r"ιωτα") is None  # Greek: not read
    assert needed(r"[a-z]+") is None


def test_a_text_without_the_needed_words_is_not_searched() -> None:
    pattern = re.compile(r"\b(?:reports?|claims?)\s+of\b", re.I)
    copy, pieces, short = folded._quick(pattern)
    assert copy is not None and pieces is not None and len(pieces) == 2 and not short
    assert folded._cannot(pieces, short, folded.fold("The plane crashed after a collision."))
    assert not folded._cannot(pieces, short, folded.fold("REPORTS OF a crash"))
    assert folded.search(pattern, "REPORTS OF a crash") is not None
    # a pattern with no copy (an upper-case letter) is sifted by its words all the same
    upper = re.compile(r"\bsaid (?:Moscow|Kyiv)\b", re.I)
    assert folded._case_sensitive(upper) is None and folded._quick(upper)[1] is not None
    assert folded.search(upper, "nothing here") is None
    assert folded.search(upper, "He SAID KYIV") is not None


def test_sifting_never_loses_a_match() -> None:
    patterns = [
        *PATTERNS,
        re.compile(r"(?<!\w)IF\b|\bſhe\b|\bkılıç\b", re.I),  # letters re takes as others, in the pattern
        re.compile(r"\bSaid\b|\bSTRUCK\b", re.I),  # no copy; its words folded
        re.compile(r"\bmissile\b"),  # case-sensitive
        re.compile(r"(?i:Ship)|the"),
        re.compile(r"crash(?:ed)?\s+after", re.I | re.X),
    ]
    texts = [*TEXTS, "He said she struck", "KILIÇ", "A SHIP", "the plane crashed  after"]
    for pattern in patterns:
        for text in texts:
            want, got = pattern.search(text), folded.search(pattern, text)
            assert (want is None) == (got is None), (pattern.pattern, text)
            if want is not None:
                assert folded.may_match(pattern, text), (pattern.pattern, text)


def test_what_is_kept_for_a_pattern_is_its_own() -> None:
    pattern = re.compile(r"\bcrash(?:ed)?\b", re.I)
    other = re.compile(r"\bnothing\b", re.I)
    # an entry left under the pattern's id by another pattern (one freed, its id reused) is not taken for its own
    folded._KEPT[id(pattern)] = (other, folded._read(other))
    assert folded.search(pattern, "The plane CRASHED") is not None
    assert folded._KEPT[id(pattern)][0] is pattern
    assert folded._quick(pattern) is folded._quick(pattern)  # read once
