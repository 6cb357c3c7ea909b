"""A Markdown summary of the ledger, for terminals and email."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..model import Ledger


def _cell(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_markdown(ledger: Ledger) -> str:
    outlet = {a.id: a.outlet or a.name for a in ledger.articles}
    names = {e.id: e.name for e in ledger.entities}
    days = sorted(a.published for a in ledger.articles if a.published)
    lines = ["# rashomon report", ""]
    lines.append(
        f"{len(ledger.articles)} articles from {len({a.outlet for a in ledger.articles if a.outlet})} known outlets"
        + (f", {days[0]} to {days[-1]}" if days else "")
        + f"; {len(ledger.entities)} entities, {len(ledger.quotes)} quotes, {len(ledger.claims)} claims, "
        f"{len(ledger.clusters)} clusters."
    )
    lines += ["", "## Articles", "", "| id | outlet | published | language | title |", "|---|---|---|---|---|"]
    for a in ledger.articles:
        lines.append(f"| {a.id} | {_cell(a.outlet or '-')} | {a.published or '-'} | {a.language or '-'} | "
                     f"{_cell(a.title or a.name)} |")
    skipped = [i for i in ledger.inputs if i.status != "ok"]
    if skipped:
        lines += ["", "## Inputs not analysed", ""]
        lines += [f"- `{_cell(i.source, 200)}`: {i.status}, {i.problem}" for i in skipped]
    contested = [k for k in ledger.clusters if k.status == "contested"]
    if ledger.clusters:
        lines += ["", "## Claims across sources", ""]
        for k in sorted(ledger.clusters, key=lambda k: (k.status != "contested", -len(k.articles))):
            lines.append(f"- **{k.status}** ({k.independent} independent of {len(k.articles)} articles): "
                         f"{_cell(k.label, 200)}")
    contradictions = [r for r in ledger.relations if r.type == "contradicts"]
    if contradictions:
        lines += ["", "## Contradictions", ""]
        lines += [f"- {r.a} vs {r.b}: {_cell(r.why, 200)}" for r in contradictions]
    if ledger.quotes:
        lines += ["", "## Quotes", "", "| speaker | outlet | quote |", "|---|---|---|"]
        for q in ledger.quotes:
            if q.kind == "scare":
                continue
            who = names.get(q.speaker or "", q.speaker_text or "?")
            lines.append(f"| {_cell(who, 40)} | {_cell(outlet[q.article], 30)} | {_cell(q.text)} |")
    if ledger.timeline:
        lines += ["", "## Timeline", ""]
        lines += [f"- **{t.date}** {_cell(t.label, 200)}" for t in ledger.timeline]
    if ledger.entities:
        lines += ["", "## Most mentioned", ""]
        top = sorted(ledger.entities, key=lambda e: -len(e.mentions))[:15]
        lines += [f"- {e.name} ({e.type}, {len(e.mentions)} mentions)" + (f": {e.role}" if e.role else "")
                  for e in top]
    if contested:
        lines += ["", f"{len(contested)} contested point(s): open report.html to see them side by side."]
    techniques = Counter(f.technique for f in ledger.framing)
    if techniques:
        lines += ["", "## Framing", ""] + [f"- {t}: {n}" for t, n in techniques.most_common()]
    return "\n".join(lines) + "\n"


def write_markdown(ledger: Ledger, path: Path) -> Path:
    path.write_text(render_markdown(ledger), encoding="utf-8")
    return path
