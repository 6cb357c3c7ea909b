"""How far an attribution around a quote reaches: to its sentence's bounds, within a number of characters; and which
mention a speaker named by surname stands for. Shared by the surface quote readers (German, Spanish), each with its
own pattern of a sentence's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention, Quote, QuoteKind, Span


def sentence_end(text: str, at: int, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``at`` ends, or ``reach`` characters on."""
    limit = min(len(text), at + reach)
    end = ends.search(text, at, limit)
    return end.start() if end is not None else limit


ISSUED_REACH = 600  # characters back where the sentence that issued a statement may stand


def issued_before(text: str, pos: int, issuing: str) -> int | None:
    """Where the last phrase that issues a statement (``issuing``: "dans un communiqué", "en un comunicado") starts
    in the ``ISSUED_REACH`` characters before ``pos``; None when there is none."""
    lo = max(0, pos - ISSUED_REACH)
    found = list(re.finditer(issuing, text[lo:pos], re.I))
    return lo + found[-1].start() if found else None


def attribution_after(text: str, close_at: int, gap: re.Pattern[str]) -> int | None:
    """Where the words after a closing quotation mark at ``close_at`` start, when ``gap`` (the language's marks
    between a quote and its attribution) holds a comma or a dash (``„…“, sagte X``, ``„…” – powiedział X``); None
    when no comma or dash parts them."""
    m = gap.match(text, close_at + 1)
    at = m.end() if m is not None else close_at + 1
    between = text[close_at + 1 : at]
    return at if "," in between or any(d in between for d in "\u2014\u2013-") else None


def sentence_start(text: str, at: int, ends: re.Pattern[str], reach: int) -> int:
    """Where the sentence holding ``at`` starts, or ``reach`` characters back."""
    last = max(0, at - reach)
    # the end of a sentence is read with what follows it, up to the mark a quote at ``at`` opens on ("... Golán.
    # “Confirmamos ...”": the stop before the quote's mark ends the sentence before)
    for m in ends.finditer(text, last, min(len(text), at + 1)):
        if m.start() < at:
            last = min(m.end(), at)
    return last


def full_mention(mentions: Sequence[Mention], ref: Mention | None) -> Mention | None:
    """The mention a speaker found by surname alone stands for: the last full mention of that person before it (a
    surname the entity reader already took for the full name it repeats, "so Weber", "ha explicado Quiroga", or one
    the quote reader made up); the surname's own mention when no full one came before; None for a made-up one then."""
    if ref is None or (any(m is ref for m in mentions) and ref.text == ref.name):
        return ref
    earlier = (
        m for m in reversed(mentions) if m.name == ref.name and m.span.start < ref.span.start and m.text == m.name
    )
    return next(earlier, ref if any(m is ref for m in mentions) else None)


def surface_quote(
    text: str,
    article: str,
    span: Span,
    kind: QuoteKind,
    ref: Mention | None,
    phrase: Span | None,
    cue: Span | None,
    via: tuple[Span, ...],
    mentions: Sequence[Mention],
) -> Quote:
    """A quote as the surface readers find it: said by ``ref`` (a name) or else by ``phrase`` (the words naming the
    source: "der Armee zufolge", "le parquet"), pinned to the full mention a surname stands for, with its cue and the
    outlets that relay it (never the speaker's own mention)."""
    mention = full_mention(mentions, ref)
    return Quote(
        article=article,
        span=span,
        text=text[span.start : span.end],
        kind=kind,
        speaker_text=ref.text if ref is not None else (text[phrase.start : phrase.end] if phrase else None),
        speaker_span=ref.span if ref is not None else phrase,
        speaker_ref=mention.span if mention is not None else None,
        cue=text[cue.start : cue.end] if cue is not None else None,
        cue_span=cue,
        via_refs=tuple(v for v in via if ref is None or v != ref.span),
    )
