"""Where a statement comes from: the relay chain speaker -> relaying outlets -> publishing outlet, and its origin.

A quote's chain is its speaker (who said it), the outlets that relayed it
(``told Reuters``, ``TASS quotes him``, an agency's dateline or sign-off on a
reprint), nearest the speaker first, and the outlet that published the article.
A claim's chain is its speaker's, with the relays of the quote it is part of.

The *origin* is the chain's first named source: the speaker when one is named,
else the first relaying outlet (``according to AP, ...`` with nobody named),
else None: the publishing outlet itself speaks. Consensus counts origins, so two
outlets reprinting one agency's story count once.

``origin_of`` reads anything with ``speaker`` and ``via`` entity ids (ledger
quotes, ``views.ClaimView``) and, given the ledger, a claim through its quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..model import Claim, Ledger, Quote


class Attributed(Protocol):
    """Anything said by someone: a quote, a claim, a claim's view in the linking stage."""

    @property
    def speaker(self) -> str | None: ...

    @property
    def article(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RelayChain:
    """Who said a statement, who passed it on, and who published it."""

    speaker: str | None  # entity id; None when nobody is named
    relays: tuple[str, ...] = ()  # entity ids of relaying outlets, nearest the speaker first
    publisher: str | None = None  # the publishing outlet as the article names it, or None

    @property
    def origin(self) -> str | None:
        """The first named source: the speaker, else the first relay; None when the outlet itself speaks."""
        if self.speaker is not None:
            return self.speaker
        return self.relays[0] if self.relays else None


def relay_chain(item: Quote | Claim | Attributed, ledger: Ledger | None = None) -> RelayChain:
    """The relay chain of a quote or claim (``ledger`` lets a claim borrow its quote's relays and names the
    publisher)."""
    speaker = item.speaker
    relays = tuple(getattr(item, "via", ()) or ())
    publisher = None
    if ledger is not None:
        if not relays and isinstance(item, Claim):
            relays = _quote_relays(item, ledger)
        try:
            publisher = ledger.article(item.article).outlet
        except KeyError:
            publisher = None
    relays = tuple(r for r in dict.fromkeys(relays) if r != speaker)
    return RelayChain(speaker=speaker, relays=relays, publisher=publisher)


def origin_of(item: Quote | Claim | Attributed, ledger: Ledger | None = None) -> str | None:
    """The entity id of a quote's or claim's first named source, or None when the publishing outlet speaks."""
    return relay_chain(item, ledger).origin


def _quote_relays(claim: Claim, ledger: Ledger) -> tuple[str, ...]:
    """The relays of the quote a claim belongs to: by id, else the quote whose span holds the claim."""
    if claim.quote:
        for q in ledger.quotes:
            if q.id == claim.quote:
                return q.via
    for q in ledger.quotes:
        if q.article == claim.article and q.span.start <= claim.span.start and claim.span.end <= q.span.end:
            return q.via
    return ()
