"""``python -m rashomon.report LEDGER [-o DIR] [--format html,md,csv]``: reports from a ledger file.

The reports read only the ledger, so a ledger written earlier (or by another
machine) can be turned into report.html, report.md and the CSV tables again
without analysing anything.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import RashomonError
from ..ledger import load_ledger
from ..settings import parse_formats
from . import write_outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rashomon.report", description=__doc__.splitlines()[0])
    parser.add_argument("ledger", help="a rashomon.ledger/1 JSON file")
    parser.add_argument("-o", "--out", default="out", help="directory for the reports (default: out)")
    parser.add_argument("--format", default="html,md", help="comma-separated: html, md, csv, json (default: html,md)")
    args = parser.parse_args(argv)
    try:
        written = write_outputs(load_ledger(args.ledger), args.out, parse_formats(args.format))
    except RashomonError as exc:
        print(f"rashomon: {exc}", file=sys.stderr)
        return 1
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
