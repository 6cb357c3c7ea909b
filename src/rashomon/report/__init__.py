"""Outputs made from the ledger alone: ledger.json, report.html, report.md, CSV tables."""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..atomic import locked_directory
from ..errors import RashomonError
from ..ledger import write_ledger
from ..model import Ledger
from .csv import write_csv
from .html import write_html
from .markdown import write_markdown


def write_outputs(
    ledger: Ledger, out_dir: str | Path, formats: tuple[str, ...] = ("json", "html", "md"), *, locked: bool = False
) -> dict[str, Path]:
    """Write the requested formats into ``out_dir`` (created if needed); return what was written.

    Each file replaces the old one whole (written under a temporary name, then
    renamed). The directory's lock is taken for the writing unless the caller
    already holds it (``locked``), as the command line does from before the analysis.

    Raises:
        RashomonError: the directory cannot be written, or another run is writing into it.
    """
    out = Path(out_dir)
    with contextlib.nullcontext(out) if locked else locked_directory(out):
        return _write(ledger, out, formats)


def _write(ledger: Ledger, out: Path, formats: tuple[str, ...]) -> dict[str, Path]:
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
