"""The case store: articles about one story kept as they arrive, analysed once, linked into a ledger.

A small Python API (the CLI's ``add``, ``report``, ``cases``, ``show`` and the
server are thin layers over it)::

    from rashomon.store import open_case

    case = open_case("belgorod.rashomon")            # a SQLite file, created when absent
    case = open_case("belgorod", "postgresql://user@host/db")  # or a case in PostgreSQL
    result = case.add(["articles/", "more.html"])    # -> AddResult: inputs, new ids, the ledger
    ledger = case.ledger()                           # the newest ledger (relinked if out of date)
    case.relink()                                    # link anew from the stored extractions
    case.info()                                      # -> CaseInfo: counts, dates

``Case.add_raw`` takes inputs already in memory (``Raw(source, name, data)``)
for callers that fetch them themselves. Every method is safe to run from
several processes at once, and a process killed in the middle leaves the store
consistent: see ``rashomon.store.case``.
"""

from __future__ import annotations

from ..ingest import Raw
from .case import AddResult, Case, CaseInfo, StoreError, extractor_version, list_cases, open_case

__all__ = ["AddResult", "Case", "CaseInfo", "Raw", "StoreError", "extractor_version", "list_cases", "open_case"]
