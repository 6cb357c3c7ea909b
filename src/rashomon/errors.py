"""Exceptions raised by rashomon.

Every message names the bad value and, where there is a choice, the valid ones.
A user sees one line of it; a traceback in front of a user is a bug.

    RashomonError
    ├── InputError              an input cannot be read or understood
    │   ├── InputSkipped        read, but there is nothing to analyse (empty, duplicate, too big)
    │   └── InputFailed         cannot be read or parsed (binary, undecodable, malformed)
    │       └── FetchRefused    a URL rashomon will not fetch (private address, port, scheme, robots.txt)
    ├── NoArticles              no input yielded an article
    ├── LedgerError             a ledger file is missing, not JSON, or breaks the schema
    ├── ConfigError             a setting has a value outside its valid choices
    ├── PipelineError           stages that do not fit together, or a stage that returned the wrong thing
    └── MissingDependency       an optional extra is needed but not installed
"""

from __future__ import annotations


class RashomonError(Exception):
    """Base class of every error rashomon raises on purpose."""


class InputError(RashomonError):
    """An input cannot become an article; ``str(exc)`` is the reason shown to the user."""

    status = "failed"


class InputSkipped(InputError):
    """The input was read, but holds nothing to analyse."""

    status = "skipped"


class InputFailed(InputError):
    """The input cannot be read or parsed."""

    status = "failed"


class FetchRefused(InputFailed):
    """A URL was refused before any byte was sent to where it points (SSRF guard, robots.txt)."""


class NoArticles(RashomonError):
    """None of the inputs yielded an article."""


class LedgerError(RashomonError):
    """A ledger cannot be read or does not follow the schema."""


class ConfigError(RashomonError):
    """A setting is outside its valid choices."""


class PipelineError(RashomonError):
    """Stages that do not fit together, or a stage that broke its contract."""


class MissingDependency(RashomonError):
    """An optional dependency is needed but not installed."""


__all__ = [
    "ConfigError",
    "FetchRefused",
    "InputError",
    "InputFailed",
    "InputSkipped",
    "LedgerError",
    "MissingDependency",
    "NoArticles",
    "PipelineError",
    "RashomonError",
]
