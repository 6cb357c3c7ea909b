"""``rashomon serve``: each case's live report and a JSON API over its ledger (FastAPI, the ``server`` extra).

Layering: the server sits above the store and the report; nothing below imports it.
"""

from __future__ import annotations

from .app import ServerConfig, create_app

__all__ = ["ServerConfig", "create_app"]
