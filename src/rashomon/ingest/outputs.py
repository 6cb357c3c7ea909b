"""A previous run's outputs found among the inputs (an ``-o`` inside the input tree): recognised, not analysed.

``ledger.json`` is recognised by its schema where JSON is read; the reports and
tables here, by their names and the marks rashomon writes into them.
"""

from __future__ import annotations

import re

# The tables report/csv.py writes (a test keeps the two lists the same), each opening with an "id" column.
OUTPUT_TABLES = frozenset({"quotes.csv", "claims.csv", "entities.csv", "quantities.csv"})
_TABLE_HEADER = re.compile(rb"^(?:\xef\xbb\xbf)?id,")
_HTML_GENERATOR = re.compile(rb'<meta name="generator" content="rashomon ')
# report.md: a "# " title line, and the closing section every report.md has.
_MARKDOWN_END = re.compile(rb"\n## Inputs not analysed\n")


def previous_output(name: str, data: bytes) -> str | None:
    """What earlier rashomon output ``data`` (a file called ``name``) is, or None when it is no such output."""
    lower = name.lower()
    if lower in OUTPUT_TABLES and _TABLE_HEADER.match(data):
        return f"a table of an earlier rashomon run ({name})"
    if lower.endswith((".html", ".htm")) and _HTML_GENERATOR.search(data[:4096]):
        return "the report.html of an earlier rashomon run"
    if lower.endswith(".md") and data.startswith(b"# ") and _MARKDOWN_END.search(data):
        return "the report.md of an earlier rashomon run"
    return None
