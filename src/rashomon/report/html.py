"""report.html: one self-contained page that shows several accounts of one event side by side.

The page is a shell (this module), a stylesheet and a script (``templates/``),
and the ledger reshaped as JSON (``payload.py``). It loads nothing: no fonts,
scripts or images from the network, so it works offline, as an email
attachment, or archived.

Article text is hostile input. It reaches the page only inside the JSON block
(where ``<``, ``>`` and ``&`` are escaped) or through ``html.escape``; the
script puts it on the page as text, never as markup. The Content-Security-Policy
allows exactly this page's own style and script, by their SHA-256 hashes, and
nothing else: no other script, no network request, no form, no plugin; Trusted
Types forbid HTML sinks such as ``innerHTML`` outright.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from html import escape
from importlib import resources
from pathlib import Path

from ..atomic import write_text_atomic
from ..model import Ledger
from . import view
from .payload import build, embed

VIEWS = ("disputes", "overview", "side", "timeline", "quotes", "names", "reader")


@functools.cache
def asset(name: str) -> str:
    """A file from ``report/templates``, shipped inside the package."""
    return resources.files("rashomon.report").joinpath("templates", name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """The page's policy: its own script and style (by hash) and nothing else."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_hash(script)}",
            f"style-src {_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'",
        )
    )


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def title(ledger: Ledger) -> str:
    """The page's heading: the event's name when the ledger makes it clear, else what the corpus is."""
    name = view.event_name(ledger)
    accounts = _count(len(ledger.articles), "account")
    return f"{name}: {accounts} side by side" if name else f"{accounts} side by side"


def summary(ledger: Ledger) -> str:
    """One line of the event in numbers, readable without the script."""
    outs = view.outlets(ledger)
    langs = view.languages(ledger)
    days = view.date_range(ledger)
    contested = sum(k.status == "contested" for k in ledger.clusters)
    parts = [
        _count(len(ledger.articles), "article"),
        _count(len(outs), "outlet"),
        f"{_count(len(langs), 'language')} ({', '.join(sorted(langs))})" if langs else "",
        (f"published {days[0]}" if days[0] == days[1] else f"published {days[0]} to {days[1]}") if days else "undated",
        _count(contested, "contested point"),
        _count(sum(r.type == "contradicts" for r in ledger.relations), "contradiction"),
    ]
    return " · ".join(p for p in parts if p)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render_html(ledger: Ledger) -> str:
    """The whole page as one string."""
    script, style = asset("report.js"), asset("report.css")
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("report assets must not contain a closing </script> or </style> tag")
    policy = content_security_policy(script, style)  # hashes and keywords only: nothing to escape
    sections = "".join(f'<section class="view" id="v-{v}"></section>' for v in VIEWS)
    heading = title(ledger)
    return "".join(
        (
            '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n',
            '<meta name="color-scheme" content="light dark">\n',
            f'<meta name="generator" content="{_e(ledger.generator.name)} {_e(ledger.generator.version)}">\n',
            f"<title>{_e(heading)}</title>\n<style>{style}</style>\n</head>\n<body>\n",
            '<header class="top"><div class="brand">rashomon report</div>',
            f'<h1>{_e(heading)}</h1><p class="sub">{_e(summary(ledger))}</p>',
            '</header>\n<nav class="tabs" aria-label="Views"></nav>\n',
            '<noscript><p class="empty">This report draws its views with JavaScript, which is off here. '
            "report.md beside it is a summary in plain text, and ledger.json holds everything.</p></noscript>\n",
            f"<main>{sections}</main>\n",
            f'<script type="application/json" id="rashomon-data">{embed(build(ledger))}</script>\n',
            f"<script>{script}</script>\n</body>\n</html>\n",
        )
    )


def write_html(ledger: Ledger, path: Path) -> Path:
    write_text_atomic(path, render_html(ledger))
    return path
