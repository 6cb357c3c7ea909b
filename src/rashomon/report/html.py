"""report.html: one self-contained page made from the ledger. (First, plain version; issue 6 makes the real one.)

Article text is hostile input: everything goes through ``html.escape``, and the
page forbids scripts and every network load in its Content-Security-Policy.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..model import Ledger

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}mark{background:#fff1a8}mark.q{background:#d8ecff}.muted{color:#777}
article{border-top:2px solid #333;margin-top:1.5rem}pre{white-space:pre-wrap;font:inherit}
@media print{body{max-width:none}}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The text, escaped, with non-overlapping spans wrapped in ``<mark class=... id=...>``."""
    out, pos = [], 0
    for start, end, cls, item_id in sorted(spans):
        if start < pos or end <= start:
            continue
        out.append(_e(text[pos:start]))
        out.append(f'<mark class="{_e(cls)}" id="{_e(item_id)}">{_e(text[start:end])}</mark>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def render_html(ledger: Ledger) -> str:
    names = {e.id: e.name for e in ledger.entities}
    outlet = {a.id: a.outlet or a.name for a in ledger.articles}
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name=viewport content="width=device-width,initial-scale=1">',
        f"<title>rashomon report</title><style>{_STYLE}</style></head><body>",
        "<h1>rashomon report</h1>",
        f"<p>{len(ledger.articles)} articles, {len(ledger.entities)} entities, {len(ledger.quotes)} quotes, "
        f"{len(ledger.claims)} claims.</p>",
        "<h2>Articles</h2><table><tr><th>id</th><th>outlet</th><th>published</th><th>language</th><th>title</th></tr>",
    ]
    for a in ledger.articles:
        parts.append(f'<tr><td><a href="#{_e(a.id)}">{_e(a.id)}</a></td><td>{_e(a.outlet or "-")}</td>'
                     f"<td>{_e(a.published or '-')}</td><td>{_e(a.language or '-')}</td><td>{_e(a.title or a.name)}</td></tr>")
    parts.append("</table>")
    bad = [i for i in ledger.inputs if i.status != "ok"]
    if bad:
        parts.append("<h2>Inputs not analysed</h2><table><tr><th>input</th><th>status</th><th>why</th></tr>")
        parts += [f"<tr><td>{_e(i.source)}</td><td>{_e(i.status)}</td><td>{_e(i.problem)}</td></tr>" for i in bad]
        parts.append("</table>")
    if ledger.quotes:
        parts.append("<h2>Quotes</h2><table><tr><th>speaker</th><th>outlet</th><th>quote</th></tr>")
        for q in ledger.quotes:
            who = names.get(q.speaker or "", q.speaker_text or "?")
            parts.append(f'<tr><td>{_e(who)}</td><td>{_e(outlet[q.article])}</td>'
                         f'<td><a href="#{_e(q.id)}">{_e(q.text)}</a></td></tr>')
        parts.append("</table>")
    if ledger.entities:
        parts.append("<h2>Entities</h2><table><tr><th>name</th><th>type</th><th>aliases</th><th>mentions</th></tr>")
        for e in sorted(ledger.entities, key=lambda e: -len(e.mentions)):
            parts.append(f"<tr><td>{_e(e.name)}</td><td>{_e(e.type)}</td><td>{_e('; '.join(e.aliases))}</td>"
                         f"<td>{len(e.mentions)}</td></tr>")
        parts.append("</table>")
    for a in ledger.articles:
        spans = [(q.span.start, q.span.end, "q", q.id) for q in ledger.quotes if q.article == a.id]
        parts.append(f'<article id="{_e(a.id)}"><h2>{_e(a.id)} {_e(a.outlet or "")}: {_e(a.title or a.name)}</h2>'
                     f'<p class=muted>{_e(a.source)}</p><pre>{_highlight(a.text, spans)}</pre></article>')
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(ledger: Ledger, path: Path) -> Path:
    path.write_text(render_html(ledger), encoding="utf-8")
    return path
