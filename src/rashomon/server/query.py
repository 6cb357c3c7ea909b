"""Filters and pages over a ledger's items, read as JSON data (so fields added by newer ledgers pass through).

Filters, each optional, all of them applied together:

    entity   an entity id: items it speaks, is quoted in, is a role of, or (entities) is
    outlet   the outlet of the item's article (case-insensitive)
    stance   a claim's stance; a relation matches when either of its claims has it
    day      the publication day of the item's article (YYYY-MM-DD)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

Item = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Filters:
    entity: str | None = None
    outlet: str | None = None
    stance: str | None = None
    day: str | None = None


class Index:
    """One ledger's items, with what the filters look up, built once per ledger."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.articles: dict[str, Item] = {a["id"]: a for a in data.get("articles", [])}
        self.claims: dict[str, Item] = {c["id"]: c for c in data.get("claims", [])}
        self.quotes: dict[str, Item] = {q["id"]: q for q in data.get("quotes", [])}

    def items(self, kind: str) -> list[Item]:
        value = self.data.get(kind) or []
        return list(value) if isinstance(value, list) else []

    # -------------------------------------------------------- what an item is about

    def _article_ok(self, article_id: str | None, f: Filters) -> bool:
        if f.outlet is None and f.day is None:
            return True
        art = self.articles.get(article_id or "")
        if art is None:
            return False
        if f.outlet is not None and (art.get("outlet") or "").casefold() != f.outlet.casefold():
            return False
        return f.day is None or (art.get("published") or "")[:10] == f.day

    @staticmethod
    def _claim_entities(claim: Item) -> set[str]:
        found = {claim.get("speaker")}
        for frame in claim.get("frames") or ():
            found.update(r.get("entity") for r in frame.get("roles") or ())
        return {e for e in found if e}

    def claim_ok(self, c: Item, f: Filters) -> bool:
        if f.stance is not None and c.get("stance") != f.stance:
            return False
        if f.entity is not None and f.entity not in self._claim_entities(c):
            return False
        return self._article_ok(c.get("article"), f)

    def quote_ok(self, q: Item, f: Filters) -> bool:
        if f.stance is not None:
            return False  # a quote has no stance
        if f.entity is not None and f.entity != q.get("speaker") and f.entity not in (q.get("via") or ()):
            return False
        return self._article_ok(q.get("article"), f)

    def entity_ok(self, e: Item, f: Filters) -> bool:
        if f.stance is not None:
            return False
        if f.entity is not None and e.get("id") != f.entity:
            return False
        if f.outlet is None and f.day is None:
            return True
        return any(self._article_ok(m.get("article"), f) for m in e.get("mentions") or ())

    def relation_ok(self, r: Item, f: Filters) -> bool:
        ends = [self.claims.get(r.get("a") or ""), self.claims.get(r.get("b") or "")]
        claims = [c for c in ends if c is not None]
        if claims:
            if f.stance is not None and not any(c.get("stance") == f.stance for c in claims):
                return False
            if f.entity is not None and not any(f.entity in self._claim_entities(c) for c in claims):
                return False
            return any(self._article_ok(c.get("article"), f) for c in claims)
        # a relation between articles (near-duplicate, paraphrase, cites)
        if f.stance is not None or f.entity is not None:
            return False
        return any(self._article_ok(x, f) for x in (r.get("a"), r.get("b")))

    def question_ok(self, q: Item, f: Filters) -> bool:
        """A question matches when one of its answers does: by the answer's stance, its entity, its first named
        source or the claim that gives it, and its article."""
        if f == Filters():
            return True
        for ans in q.get("answers") or ():
            if not isinstance(ans, dict):
                continue
            claim = self.claims.get(str(ans.get("claim") or ""))
            if f.stance is not None and ans.get("stance", claim.get("stance") if claim else None) != f.stance:
                continue
            if f.entity is not None:
                named = {ans.get("entity"), ans.get("origin")} | (self._claim_entities(claim) if claim else set())
                if f.entity not in named:
                    continue
            if self._article_ok(ans.get("article") or (claim.get("article") if claim else None), f):
                return True
        return False

    def select(self, kind: str, f: Filters) -> list[Item]:
        test: dict[str, Callable[[Item, Filters], bool]] = {
            "claims": self.claim_ok,
            "quotes": self.quote_ok,
            "entities": self.entity_ok,
            "relations": self.relation_ok,
            "questions": self.question_ok,
        }
        ok = test[kind]
        return [item for item in self.items(kind) if isinstance(item, dict) and ok(item, f)]


def page(items: Iterable[Item], offset: int, limit: int) -> dict[str, Any]:
    listed = list(items)
    return {"total": len(listed), "offset": offset, "limit": limit, "items": listed[offset : offset + limit]}
