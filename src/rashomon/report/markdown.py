"""report.md: the report as Markdown, for terminals and email.

It leads with what differs (contested points, outlet by outlet; contradictions;
numbers that disagree), then what agrees, the timeline, the articles and what
was not analysed. Long lists are cut at a fixed length with a count of the rest:
report.html has everything.

Article text is hostile here too: every string from the ledger is escaped so
that a Markdown renderer shows it as text (no HTML tags, links or emphasis made
from article words).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from ..atomic import write_text_atomic
from ..model import Claim, Ledger
from . import framing as framing_view
from . import view
from .html import summary, title
from .numbers import describe, group_numbers

MAX_POINTS = 25  # contested and consensus points, each
# Explicit directional formatting: embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI).
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_POP = re.compile("[\u202c\u2069]")
_BIDI_ISOLATE_OPEN = re.compile("[\u2066-\u2068]")
MAX_ROWS = 40  # quotes, contradictions, timeline entries, near-copies, naming
LINES_PER_POINT = 15  # accounts listed under one point
CLAIMS_PER_OUTLET = 2  # accounts of one point from one outlet
_SPECIAL = re.compile(r"([\\`*\[\]<>|#&!~])")
_EDGE_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")  # inside a word (file_name) it is plain text


def md(text: object, limit: int = 240) -> str:
    """A ledger string as inline Markdown text: one line, clipped, every markup character escaped, and
    bidirectional controls isolated so that a right-to-left override cannot reorder the rest of the line."""
    flat = " ".join(str(text or "").split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return isolate_bidi(_EDGE_UNDERSCORE.sub(r"\\_", _SPECIAL.sub(r"\\\1", flat)))


def isolate_bidi(text: str) -> str:
    """``text`` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds bidi controls.

    Its own pops are dropped and enough are added at the end to close every
    isolate it opens: whatever overrides it starts end with it (UAX #9).
    """
    if not _BIDI_CONTROL.search(text):
        return text
    inner = _BIDI_POP.sub("", text)
    opened = len(_BIDI_ISOLATE_OPEN.findall(inner))
    return "\u2068" + inner + "\u2069" * (opened + 1)


def _more(shown: int, total: int, what: str) -> list[str]:
    return [f"- … and {total - shown} more {what} in report.html"] if total > shown else []


class _Names:
    """Looks up what the report prints for ids: outlets, entities, speakers."""

    def __init__(self, ledger: Ledger) -> None:
        self.outlet = {a.id: view.outlet_of(a)[1] for a in ledger.articles}
        self.day = {a.id: a.published for a in ledger.articles}
        self.entity = {e.id: e.name for e in ledger.entities}

    def who(self, c: Claim) -> str:
        speaker = view.speaker_name(self.entity, c.speaker, c.speaker_text)
        if c.stance == "attributed":
            return f"attributed to {md(speaker or 'an unnamed source', 80)}"
        if c.stance == "denied":
            return f"denied by {md(speaker, 80)}" if speaker else "denied"
        if c.stance == "hedged":
            return f"hedged, citing {md(speaker, 80)}" if speaker else "hedged"
        return f"asserted by {md(speaker, 80)}" if speaker else "asserted"

    def claim(self, c: Claim, limit: int = 200) -> str:
        return f"{self.who(c)}: “{md(c.text, limit)}”"


def render_markdown(ledger: Ledger) -> str:
    ledger = view.showable(ledger)
    names = _Names(ledger)
    outlets = view.outlets(ledger)
    lines = [f"# {md(title(ledger), 200)}", "", md(summary(ledger), 400), ""]
    lines += _disputes(ledger, outlets)
    lines += _points(ledger, names, outlets)
    lines += _contradictions(ledger, names)
    lines += _numbers(ledger, names)
    lines += _consensus(ledger, names)
    lines += _timeline(ledger, names)
    lines += _articles(ledger, names)
    lines += _quotes(ledger, names)
    lines += _naming(ledger, names)
    lines += _framing(ledger, names, outlets)
    lines += [
        "",
        "---",
        "",
        f"Made by {md(ledger.generator.name)} {md(ledger.generator.version)}"
        + (f" on {md(ledger.generator.created)}" if ledger.generator.created else "")
        + " from the ledger alone. Open report.html to see every point side by side and each item in its article.",
    ]
    return "\n".join(lines).rstrip() + "\n"


MAX_QUESTIONS = 30
ANSWERS_PER_CELL = 2


def _disputes(ledger: Ledger, outlets: tuple[view.Outlet, ...]) -> list[str]:
    """The questions the coverage answers, as a table: one row per question, one column per outlet that answers."""
    rows = view.disputes(ledger)
    lines = ["## Disputes", ""]
    if not rows:
        return lines + ["No question about the event is answered by the claims in this ledger.", ""]
    entity_names = {e.id: e.name for e in ledger.entities}
    used = [o for o in outlets if any(o.key in r.cells for r in rows[:MAX_QUESTIONS])]
    lines += [
        "Each cell is an outlet's answer, how firmly it gives it (asserted, attributed, hedged, denied) and on whose "
        "word; ⚡ marks an answer in a conflict.",
        "",
        "| Question | Status | " + " | ".join(md(o.label, 40) for o in used) + " |",
        "|---|---|" + "---|" * len(used),
    ]
    for r in rows[:MAX_QUESTIONS]:
        label = md(r.question.label, 80) + ("" if r.main else f" ({md(r.event, 60)})")
        cells = []
        for o in used:
            answers = r.cells.get(o.key, ())
            shown = []
            for a in answers[:ANSWERS_PER_CELL]:
                per = f", per {md(entity_names[a.origin], 40)}" if a.origin in entity_names else ""
                mark = "⚡ " if a.claim in r.conflicted else ""
                value = f"not {a.value}" if a.stance == "denied" else f"only {a.value}" if a.note == "only" else a.value
                shown.append(f"{mark}{md(value, 50)} ({a.stance}{per}; {a.claim})")
            if len(answers) > ANSWERS_PER_CELL:
                shown.append(f"+{len(answers) - ANSWERS_PER_CELL}")
            cells.append(" · ".join(shown) if shown else "·")
        lines.append(f"| {label} | {r.question.status} | " + " | ".join(cells) + " |")
    lines += ["", *_more(min(len(rows), MAX_QUESTIONS), len(rows), "questions")]
    return lines


def _points(ledger: Ledger, names: _Names, outlets: tuple[view.Outlet, ...]) -> list[str]:
    contested = view.ordered_clusters(ledger, ("contested",))
    lines = ["## Contested points", ""]
    if not contested:
        return lines + [
            "No point is contested in this ledger."
            if ledger.clusters
            else "No claims were grouped across articles, so nothing can be compared yet.",
            "",
        ]
    for k, cells in view.side_by_side(ledger, contested[:MAX_POINTS]):
        lines += [
            f"### {md(k.label or k.id, 200)}",
            "",
            f"{k.independent} independent origin{'s' if k.independent != 1 else ''}, "
            f"{len(k.articles)} article{'s' if len(k.articles) != 1 else ''}.",
            "",
        ]
        silent, listed, left = [], 0, 0
        for o in outlets:
            claims = cells.get(o.key)
            if not claims:
                silent.append(md(o.label, 60))
                continue
            room = max(0, min(CLAIMS_PER_OUTLET, LINES_PER_POINT - listed, len(claims)))
            for c in claims[:room]:
                day = f" ({names.day[c.article]})" if names.day.get(c.article) else ""
                lines.append(f"- **{md(o.label, 60)}**{day}: {names.claim(c)}")
            listed += room
            left += len(claims) - room
        if left:
            lines.append(f"- … and {left} more account{'s' if left != 1 else ''} of this point in report.html")
        if silent:
            lines.append(
                f"- silent: {', '.join(silent[:30])}" + (f" and {len(silent) - 30} more" if len(silent) > 30 else "")
            )
        lines.append("")
    lines += _more(min(len(contested), MAX_POINTS), len(contested), "contested points")
    return lines


def _contradictions(ledger: Ledger, names: _Names) -> list[str]:
    pairs = view.contradictions(ledger)
    if not pairs:
        return []
    lines = ["## Contradictions", ""]
    for a, b, r in pairs[:MAX_ROWS]:
        lines.append(
            f"- **{md(names.outlet[a.article], 60)}** “{md(a.text, 140)}” vs "
            f"**{md(names.outlet[b.article], 60)}** “{md(b.text, 140)}”" + (f": {md(r.why, 200)}" if r.why else "")
        )
    return lines + _more(min(len(pairs), MAX_ROWS), len(pairs), "contradictions") + [""]


def _numbers(ledger: Ledger, names: _Names) -> list[str]:
    groups = [g for g in group_numbers(ledger) if g.conflicting]
    if not groups:
        return []
    lines = ["## Numbers that differ", ""]
    for g in groups[:MAX_ROWS]:
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for q in g.quantities:
            value = md(describe(q), 40)
            if value not in by_outlet[names.outlet[q.article]]:
                by_outlet[names.outlet[q.article]].append(value)
        said = "; ".join(f"{md(o, 60)} {', '.join(v)}" for o, v in by_outlet.items())
        lines.append(f"- **{md(g.label, 80)}**: {said}")
    return lines + _more(min(len(groups), MAX_ROWS), len(groups), "groups of numbers") + [""]


def _consensus(ledger: Ledger, names: _Names) -> list[str]:
    agreed = view.ordered_clusters(ledger, ("consensus",))
    single = [k for k in ledger.clusters if k.status == "single-source"]
    if not agreed and not single:
        return []
    lines = ["## Consensus", ""]
    if not agreed:
        lines.append("No point is confirmed by independent sources.")
    for k in agreed[:MAX_POINTS]:
        who = list(dict.fromkeys(names.outlet[a] for a in k.articles if a in names.outlet))
        lines.append(
            f"- {md(k.label or k.id, 200)} ({k.independent} independent source(s) in {len(k.articles)} article(s): "
            f"{', '.join(md(o, 60) for o in who)})"
        )
    lines += _more(min(len(agreed), MAX_POINTS), len(agreed), "points of consensus")
    if single:
        lines += ["", f"{len(single)} more point{'s rest' if len(single) != 1 else ' rests'} on a single source."]
    return lines + [""]


def _timeline(ledger: Ledger, names: _Names) -> list[str]:
    lines = []
    if ledger.timeline:
        lines += ["## Timeline", ""]
        for t in sorted(ledger.timeline, key=lambda t: t.date)[:MAX_ROWS]:
            who = list(dict.fromkeys(names.outlet[a] for a in t.articles if a in names.outlet))
            lines.append(
                f"- **{md(t.date, 10)}** {md(t.label, 200)}"
                + (f" ({', '.join(md(o, 60) for o in who)})" if who else "")
            )
        lines += _more(min(len(ledger.timeline), MAX_ROWS), len(ledger.timeline), "dated events") + [""]
    claims = {c.id: c for c in ledger.claims}
    evolves = [r for r in view.changes(ledger) if r.a in claims and r.b in claims]
    if evolves:
        lines += ["## How the accounts changed", ""]
        for r in evolves[:MAX_ROWS]:
            a, b = claims[r.a], claims[r.b]
            lines.append(
                f"- {md(names.outlet[a.article], 60)} ({names.day[a.article] or 'undated'}) “{md(a.text, 120)}” → "
                f"{md(names.outlet[b.article], 60)} ({names.day[b.article] or 'undated'}) “{md(b.text, 120)}”"
                + (f": {md(r.why, 200)}" if r.why else "")
            )
        lines.append("")
    return lines


def _articles(ledger: Ledger, names: _Names) -> list[str]:
    families = view.families(ledger)
    lines = [
        "## Articles",
        "",
        "| id | outlet | published | language | words | near-copy family | title |",
        "|---|---|---|---|---:|---|---|",
    ]
    for a in ledger.articles:
        fam = f"≈{families[a.id]}" if a.id in families else ""
        lines.append(
            f"| {a.id} | {md(names.outlet[a.id], 60)} | {md(a.published or '-', 10)} | {md(a.language or '-', 10)} | "
            f"{view.word_count(a.text)} | {fam} | {md(a.title or a.name, 120)} |"
        )
    copies = view.copy_relations(ledger)
    if copies:
        lines += ["", "Near-copies and rewrites:", ""]
        for r in copies[:MAX_ROWS]:
            detail = "; ".join(f"{md(k, 20)}: {md(t, 120)}" for k, t in r.details)
            lines.append(
                f"- {r.a} ({md(names.outlet[r.a], 60)}) and {r.b} ({md(names.outlet[r.b], 60)}): "
                f"{md(r.type, 20)} {round(r.score * 100)}%"
                + (f", {md(r.why, 200)}" if r.why else "")
                + (f" ({detail})" if detail else "")
            )
        lines += _more(min(len(copies), MAX_ROWS), len(copies), "relations between articles")
    skipped = [i for i in ledger.inputs if i.status != "ok"]
    lines += ["", "## Inputs not analysed", ""]
    if skipped:
        lines += [f"- {md(i.source, 200)}: {md(i.status, 10)}, {md(i.problem, 200)}" for i in skipped[:MAX_ROWS]]
        if len(skipped) > MAX_ROWS:
            lines.append(f"- … and {len(skipped) - MAX_ROWS} more inputs not analysed, listed in ledger.json")
    else:
        lines.append(f"Every input ({len(ledger.inputs)}) was analysed.")
    return lines + [""]


# "Moscow denied that its forces had fired": the reported words are what was denied, and the table must say so
_DENIAL_CUES = frozenset({"denied", "denies", "deny", "rejected", "rejects", "dismissed", "refuted", "disputed"})


def _quotes(ledger: Ledger, names: _Names) -> list[str]:
    quotes = [q for q in ledger.quotes if q.kind != "scare"]
    if not quotes:
        return []
    lines = ["## Quotes", "", "| speaker | via | outlet | quote |", "|---|---|---|---|"]
    for q in quotes[:MAX_ROWS]:
        who = view.speaker_name(names.entity, q.speaker, q.speaker_text) or "?"
        via = ", ".join(names.entity.get(v, v) for v in q.via)
        denied = ", denied" if q.kind != "direct" and (q.cue or "").casefold() in _DENIAL_CUES else ""
        said = f"“{md(q.text, 200)}”" if q.kind == "direct" else f"{md(q.text, 200)} (indirect{denied})"
        lines.append(f"| {md(who, 60)} | {md(via, 60)} | {md(names.outlet[q.article], 60)} | {said} |")
    return lines + _more(min(len(quotes), MAX_ROWS), len(quotes), "quotes") + [""]


def _naming(ledger: Ledger, names: _Names) -> list[str]:
    namings = [n for n in ledger.naming if n.forms]
    if not namings:
        return []
    lines = ["## How outlets name the same thing", ""]
    for n in namings[:MAX_ROWS]:
        per: dict[str, list[str]] = defaultdict(list)
        for f in n.forms:
            form = f"“{md(f.text, 80)}”"
            if f.article in names.outlet and form not in per[names.outlet[f.article]]:
                per[names.outlet[f.article]].append(form)
        lines.append(
            f"- **{md(n.label or n.referent, 80)}**: "
            + "; ".join(f"{md(o, 60)} {', '.join(forms)}" for o, forms in per.items())
        )
    return lines + _more(min(len(namings), MAX_ROWS), len(namings), "compared names") + [""]


def _framing(ledger: Ledger, names: _Names, outlets: tuple[view.Outlet, ...]) -> list[str]:
    if not ledger.framing and not ledger.claims:
        return []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    relayed: Counter[str] = Counter()
    for f in ledger.framing:
        counts[names.outlet[f.article]][f.technique] += 1
        relayed[names.outlet[f.article]] += framing_view.voice(f) != "outlet"
    source: dict[str, Counter[str]] = defaultdict(Counter)
    for s in framing_view.sourcing(ledger):
        for k in ("claims", "unattributed", "named", "unnamed", "hedged"):
            source[names.outlet[s.article]][k] += getattr(s, k)
    cast: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for aid, roles in framing_view.roles(ledger).items():
        cast[names.outlet[aid]].update(roles)
    lines = ["## Framing", ""]
    for o in outlets:
        parts = []
        if o.label in counts:
            found = ", ".join(f"{md(t.replace('_', ' '), 40)} {n}" for t, n in counts[o.label].most_common())
            parts.append(f"{found} ({relayed[o.label]} of them in quoted or reported speech)")
        told = source.get(o.label)
        if told and told["claims"]:
            pct = {x: round(100 * told[x] / told["claims"]) for x in ("unattributed", "named", "unnamed", "hedged")}
            parts.append(
                f"claims: {told['claims']}, {pct['unattributed']}% unattributed, {pct['named']}% named "
                f"sources, {pct['unnamed']}% unnamed sources, {pct['hedged']}% hedged"
            )
        by_role: dict[str, list[str]] = defaultdict(list)
        for (eid, role), n in cast.get(o.label, Counter()).most_common():
            if len(by_role[role]) < 4:
                by_role[role].append(f"{md(names.entity.get(eid, eid), 40)} {n}")
        for role in framing_view.ROLE_NAMES:
            if by_role.get(role):
                parts.append(f"{role}: {', '.join(by_role[role])}")
        if parts:
            lines.append(f"- **{md(o.label, 60)}**: " + "; ".join(parts))
    return lines + [""]


def write_markdown(ledger: Ledger, path: Path) -> Path:
    write_text_atomic(path, render_markdown(ledger))
    return path
