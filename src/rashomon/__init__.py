"""rashomon: many accounts of one event, side by side, every item pinned to its source text.

>>> import rashomon
>>> ledger = rashomon.analyze(["examples/il76"])
>>> rashomon.write_outputs(ledger, "out/")
"""

from __future__ import annotations

from ._version import __version__
from .api import analyze
from .errors import RashomonError
from .ledger import load_ledger, validate
from .model import Ledger
from .report import write_outputs
from .settings import Settings

__all__ = ["Ledger", "RashomonError", "Settings", "__version__", "analyze", "load_ledger", "validate", "write_outputs"]
