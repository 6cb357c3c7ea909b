"""Outputs made from the ledger alone: ledger.json, report.html, report.md, CSV tables."""

from __future__ import annotations

from pathlib import Path

from ..errors import RashomonError
from ..ledger import write_ledger
from ..model import Ledger
from .csv import write_csv
from .html import write_html
from .markdown import write_markdown


def write_outputs(
    ledger: Ledger, out_dir: str | Path, formats: tuple[str, ...] = ("json", "html", "md")
) -> dict[str, Path]:
    """Write the requested formats into ``out_dir`` (created if needed); return what was written."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RashomonError(f"cannot create the output directory {out}: {exc.strerror or exc}") from None
    written: dict[str, Path] = {}
    try:
        if "json" in formats:
            written["json"] = write_ledger(ledger, out / "ledger.json")
        if "html" in formats:
            written["html"] = write_html(ledger, out / "report.html")
        if "md" in formats:
            written["md"] = write_markdown(ledger, out / "report.md")
        if "csv" in formats:
            written["csv"] = write_csv(ledger, out)
    except OSError as exc:
        raise RashomonError(f"cannot write into {out}: {exc.strerror or exc}") from None
    return written


__all__ = ["write_outputs"]
