"""Per outlet, from the ledger alone: whose voice the framing is in, how claims are sourced, who is cast as what.

- voice: a framing rule ending ``:quoted`` (direct quote) or ``:reported``
  (indirect quote) is a source's language the outlet relays; the rest is the
  outlet's own.
- sourcing: of an article's claims, the share asserted with no attribution,
  attributed to a named source (an entity), attributed to an unnamed one
  ("a military source", "experts interviewed by ..."), and hedged.
- roles: an entity is cast as aggressor when it is the agent of an attack
  frame, as victim when it is the patient, as protector when it is the agent
  of a protective one (intercepting missiles, evacuating people), as blamed
  when a blame frame's patient, and as labelled when a name-calling or loaded
  framing span aims at it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Framing, Ledger

ROLE_NAMES = ("aggressor", "victim", "protector", "blamed", "labelled")
# Predicates whose agent shields others: an air defence that intercepts, a crew that evacuates people.
_PROTECTIVE = frozenset(("intercept", "evacuate", "rescue", "protect", "defend", "shield"))


def voice(f: Framing) -> str:
    if f.rule.endswith(":quoted"):
        return "quoted"
    if f.rule.endswith(":reported"):
        return "reported"
    return "outlet"


@dataclass(frozen=True, slots=True)
class Sourcing:
    article: str
    claims: int
    unattributed: int  # asserted by the article itself
    named: int  # attributed to an entity
    unnamed: int  # attributed, with no entity behind the source
    hedged: int

    def share(self, n: int) -> float:
        return n / self.claims if self.claims else 0.0


def sourcing(ledger: Ledger) -> tuple[Sourcing, ...]:
    counts: dict[str, Counter[str]] = {a.id: Counter() for a in ledger.articles}
    for c in ledger.claims:
        if c.article not in counts:
            continue
        k = counts[c.article]
        k["claims"] += 1
        if c.stance == "hedged":
            k["hedged"] += 1
        if c.speaker is not None:
            k["named"] += 1
        elif c.stance in ("attributed", "denied") or c.speaker_text:
            k["unnamed"] += 1
        elif c.stance == "asserted":
            k["unattributed"] += 1
    return tuple(
        Sourcing(
            article=aid,
            claims=k["claims"],
            unattributed=k["unattributed"],
            named=k["named"],
            unnamed=k["unnamed"],
            hedged=k["hedged"],
        )
        for aid, k in counts.items()
    )


def roles(ledger: Ledger) -> dict[str, Counter[tuple[str, str]]]:
    """Article id -> Counter of (entity id, role)."""
    out: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for c in ledger.claims:
        for fr in c.frames:
            if fr.negated:
                continue
            for r in fr.roles:
                if r.entity is None:
                    continue
                if fr.predicate in _PROTECTIVE:
                    if r.name == "agent":
                        out[c.article][(r.entity, "protector")] += 1
                elif fr.kind == "attack" and r.name in ("agent", "patient"):
                    out[c.article][(r.entity, "aggressor" if r.name == "agent" else "victim")] += 1
                elif fr.kind == "blame" and r.name == "patient":
                    out[c.article][(r.entity, "blamed")] += 1
    events = {e.id for e in ledger.entities if e.type == "EVENT"}  # an event's label is how it is named, not a role
    for f in ledger.framing:
        if f.target is not None and f.target not in events and f.technique in ("name_calling", "loaded_language"):
            out[f.article][(f.target, "labelled")] += 1
    return out
