"""What the report shows, decided once from the ledger alone (HTML, Markdown and CSV all use it).

The decisions made here, each in the function named for it:

- ``outlet_of``: the column an article stands in (its outlet; else its URL's host; else its file name);
- ``outlets``: the columns, in the order their first article appeared;
- ``families``: near-copy families, from ``near-duplicate`` and ``paraphrase`` relations between articles;
- ``event_name``: what the report is about (the event entity most articles mention), or None;
- ``side_by_side``: for each cluster, the claims each outlet makes in it (none: the outlet is silent);
- ``contradictions``: pairs of claims that contradict each other, with why;
- ``entity_forms``: how each outlet names each entity, counted from its mentions.

What counts as the same number, and when two numbers conflict, is decided in ``numbers.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from ..model import Answer, Article, Claim, Cluster, Ledger, Question, Relation

STATUS_ORDER = ("contested", "consensus", "single-source")
COPY_RELATIONS = ("near-duplicate", "paraphrase")


@dataclass(frozen=True, slots=True)
class Outlet:
    """One column of the side-by-side view: an outlet and its articles."""

    key: str  # identity of the column
    label: str  # what the reader sees
    known: bool  # False when the ledger does not name the outlet and the label is the URL host or file name
    articles: tuple[str, ...]  # article ids, earliest first


def showable(ledger: Ledger) -> Ledger:
    """The ledger without the items whose article it does not hold (a partial or hand-edited ledger).

    Such items cannot be shown in their source, so no report shows them; relations and naming forms
    that point at them go too. A ledger that passes validation comes back unchanged.
    """
    ids = {a.id for a in ledger.articles}
    kinds = ("quotes", "quantities", "times", "claims", "framing")
    if all(item.article in ids for kind in kinds for item in getattr(ledger, kind)):
        return ledger
    gone = {i.id for kind in kinds for i in getattr(ledger, kind) if i.article not in ids}
    return replace(
        ledger,
        quotes=tuple(q for q in ledger.quotes if q.article in ids),
        quantities=tuple(n for n in ledger.quantities if n.article in ids),
        times=tuple(t for t in ledger.times if t.article in ids),
        claims=tuple(c for c in ledger.claims if c.article in ids),
        framing=tuple(f for f in ledger.framing if f.article in ids),
        relations=tuple(r for r in ledger.relations if r.a not in gone and r.b not in gone),
        naming=tuple(replace(n, forms=tuple(f for f in n.forms if f.article in ids)) for n in ledger.naming),
        entities=tuple(replace(e, mentions=tuple(m for m in e.mentions if m.article in ids)) for e in ledger.entities),
        questions=tuple(replace(q, answers=tuple(a for a in q.answers if a.article in ids)) for q in ledger.questions),
    )


def outlet_of(article: Article) -> tuple[str, str, bool]:
    """``(key, label, known)`` of the column an article stands in.

    Articles from the same outlet share a column. An article whose outlet is
    unknown stands with others from the same web host, or else alone under its
    file name: two unnamed files are not assumed to be one outlet.
    """
    if article.outlet and article.outlet.strip():
        label = " ".join(article.outlet.split())
        return f"outlet:{label.casefold()}", label, True
    for address in (article.url, article.source):
        host = _host(address)
        if host:
            return f"host:{host}", host, False
    return f"article:{article.id}", article.name or article.id, False


def _host(address: str | None) -> str | None:
    if not address or "://" not in address:
        return None
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname
    return host[4:] if host.startswith("www.") else host


def _day_key(article: Article, order: int) -> tuple[str, int]:
    # Undated articles go last, in input order: "9999" sorts after every ISO day.
    return (article.published or "9999", order)


def outlets(ledger: Ledger) -> tuple[Outlet, ...]:
    """The outlets, ordered by their first article's publication day, then input order."""
    members: dict[str, list[tuple[tuple[str, int], str]]] = defaultdict(list)
    labels: dict[str, tuple[str, bool]] = {}
    for order, article in enumerate(ledger.articles):
        key, label, known = outlet_of(article)
        members[key].append((_day_key(article, order), article.id))
        labels.setdefault(key, (label, known))
    ordered = sorted(members, key=lambda k: min(members[k]))
    return tuple(
        Outlet(key=k, label=labels[k][0], known=labels[k][1], articles=tuple(a for _, a in sorted(members[k])))
        for k in ordered
    )


def families(ledger: Ledger) -> dict[str, int]:
    """Article id -> near-copy family number (1, 2, ...), for articles that copy or rewrite another.

    Families are the connected groups of ``near-duplicate`` and ``paraphrase``
    relations between articles, numbered by their earliest member in input order.
    """
    index = {a.id: i for i, a in enumerate(ledger.articles)}
    parent = {a.id: a.id for a in ledger.articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in ledger.relations:
        if r.type in COPY_RELATIONS and r.a in parent and r.b in parent:
            ra, rb = root(r.a), root(r.b)
            if ra != rb:
                parent[max(ra, rb, key=index.__getitem__)] = min(ra, rb, key=index.__getitem__)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in ledger.articles:
        groups[root(a.id)].append(a.id)
    numbered: dict[str, int] = {}
    for n, members in enumerate(sorted((g for g in groups.values() if len(g) > 1), key=lambda g: index[g[0]]), 1):
        numbered.update(dict.fromkeys(members, n))
    return numbered


def copy_relations(ledger: Ledger) -> tuple[Relation, ...]:
    """Relations between whole articles (near-copies, rewrites, citations), strongest first."""
    ids = {a.id for a in ledger.articles}
    rels = [r for r in ledger.relations if r.a in ids and r.b in ids and r.type in (*COPY_RELATIONS, "cites")]
    return tuple(
        sorted(rels, key=lambda r: (COPY_RELATIONS.index(r.type) if r.type in COPY_RELATIONS else 2, -r.score))
    )


def event_name(ledger: Ledger) -> str | None:
    """The name of the event entity mentioned by the most articles, when at least half of them mention it."""
    best: tuple[int, int, str] | None = None
    for e in ledger.entities:
        if e.type != "EVENT":
            continue
        score = (len({m.article for m in e.mentions}), len(e.mentions), e.name)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None or best[0] * 2 < max(len(ledger.articles), 1):
        return None
    return best[2]


def word_count(text: str) -> int:
    return len(text.split())


def date_range(ledger: Ledger) -> tuple[str, str] | None:
    days = sorted(a.published for a in ledger.articles if a.published)
    return (days[0], days[-1]) if days else None


def languages(ledger: Ledger) -> Counter[str]:
    return Counter(a.language or "unknown" for a in ledger.articles)


def ordered_clusters(ledger: Ledger, statuses: Iterable[str] = STATUS_ORDER) -> tuple[Cluster, ...]:
    """Clusters of the given statuses: contested first, then by how many articles carry them."""
    wanted = tuple(statuses)
    return tuple(
        sorted(
            (k for k in ledger.clusters if k.status in wanted),
            key=lambda k: (_rank(STATUS_ORDER, k.status), -len(k.articles), -k.independent, _num(k.id)),
        )
    )


def side_by_side(ledger: Ledger, clusters: Iterable[Cluster]) -> list[tuple[Cluster, dict[str, tuple[Claim, ...]]]]:
    """For each cluster, outlet key -> the claims that outlet makes in it. An outlet with none is silent."""
    column = {a.id: outlet_of(a)[0] for a in ledger.articles}
    claims = {c.id: c for c in ledger.claims}
    rows = []
    for k in clusters:
        cells: dict[str, list[Claim]] = defaultdict(list)
        members = [claims[c] for c in k.claims if c in claims]
        members += [c for c in ledger.claims if c.cluster == k.id and c.id not in k.claims]
        for c in members:
            if c.article in column:
                cells[column[c.article]].append(c)
        rows.append(
            (k, {o: tuple(sorted(cs, key=lambda c: (_num(c.article), c.span.start))) for o, cs in cells.items()})
        )
    return rows


def contradictions(ledger: Ledger) -> tuple[tuple[Claim, Claim, Relation], ...]:
    """``contradicts`` relations whose ends are both claims of this ledger, strongest first."""
    claims = {c.id: c for c in ledger.claims}
    pairs = [
        (claims[r.a], claims[r.b], r)
        for r in ledger.relations
        if r.type == "contradicts" and r.a in claims and r.b in claims
    ]
    return tuple(sorted(pairs, key=lambda p: (-p[2].score, _num(p[0].id), _num(p[1].id))))


def changes(ledger: Ledger) -> tuple[Relation, ...]:
    """Accounts that changed over time, earlier end first: ``evolves`` relations, and contradictions whose
    details name an ``evolution`` (the linker's way of saying the same source changed its account)."""
    day = {a.id: a.published or "9999" for a in ledger.articles}
    article_of = {c.id: c.article for c in ledger.claims}

    def when(item: str) -> str:
        return day.get(article_of.get(item, item), "9999")

    found = []
    for r in ledger.relations:
        if r.type == "evolves" or (r.type == "contradicts" and any(kind == "evolution" for kind, _ in r.details)):
            found.append(r if when(r.a) <= when(r.b) else replace(r, a=r.b, b=r.a))
    return tuple(sorted(found, key=lambda r: (when(r.a), when(r.b))))


def entity_forms(ledger: Ledger) -> dict[str, dict[str, Counter[str]]]:
    """Entity id -> outlet key -> how often that outlet writes each surface form of it."""
    texts = {a.id: a.text for a in ledger.articles}
    column = {a.id: outlet_of(a)[0] for a in ledger.articles}
    forms: dict[str, dict[str, Counter[str]]] = {}
    for e in ledger.entities:
        per: dict[str, Counter[str]] = defaultdict(Counter)
        for m in e.mentions:
            text = texts.get(m.article)
            if text is None or not 0 <= m.start < m.end <= len(text):
                continue
            per[column[m.article]][" ".join(text[m.start : m.end].split())] += 1
        forms[e.id] = dict(per)
    return forms


def speaker_name(ledger_names: Mapping[str, str], speaker: str | None, speaker_text: str | None) -> str | None:
    """The entity's name when the speaker is resolved, else how the article names them, else None."""
    if speaker and speaker in ledger_names:
        return ledger_names[speaker]
    return speaker_text or None


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def _num(item_id: str) -> int:
    """``"C12"`` -> 12, so that ids sort as numbers."""
    digits = item_id[1:]
    return int(digits) if digits.isdigit() else 0


DISPUTE_ORDER = ("disputed", "evolving", "agreed", "single-source", "open")


@dataclass(frozen=True, slots=True)
class DisputeRow:
    """One question of the Disputes view: its answers by outlet, and which answers are in a conflict."""

    question: Question
    event: str  # the event's label
    main: bool
    cells: dict[str, tuple[Answer, ...]]  # outlet key -> answers
    conflicted: frozenset[str]  # claim ids of the answers in a contradiction on this question


def side_claims(r: Relation) -> set[str]:
    """The claims on either side of a dispute shown once (``side`` details: ``"Chile: A1 C3, A4 C9"``), so that
    every source giving a rival answer is marked, not only the relation's two ends."""
    out: set[str] = set()
    for kind, text in r.details:
        if kind == "side":
            out.update(t.split()[-1] for t in text.rpartition(": ")[2].split(", ") if t.strip())
    return out


def disputes(ledger: Ledger) -> tuple[DisputeRow, ...]:
    """Questions as rows (the main event's first, disputed before the rest), each outlet's answers as cells."""
    events = {e.id: e for e in ledger.events}
    articles = {a.id: a for a in ledger.articles}
    in_conflict: dict[str, set[str]] = {}
    for r in ledger.relations:
        if r.type == "contradicts" and r.details:
            in_conflict.setdefault(r.details[0][0], set()).update((r.a, r.b, *side_claims(r)))
    rows = []
    for q in ledger.questions:
        if not q.answers:
            continue
        cells: dict[str, list[Answer]] = {}
        for a in q.answers:
            if a.article in articles:
                cells.setdefault(outlet_of(articles[a.article])[0], []).append(a)
        event = events.get(q.event)
        claims = {a.claim for a in q.answers}
        rows.append(
            DisputeRow(
                question=q,
                event=event.label if event else "",
                main=event.main if event else True,
                cells={k: tuple(v) for k, v in cells.items()},
                conflicted=frozenset(in_conflict.get(q.kind, set()) & claims),
            )
        )
    rows.sort(key=lambda r: (not r.main, _rank(DISPUTE_ORDER, r.question.status), -len(r.cells), _num(r.question.id)))
    return tuple(rows)
