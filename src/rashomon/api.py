"""The public entry point: paths in, ledger out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from .ingest import ingest
from .ledger import assemble, number_items
from .link import link
from .model import Ledger
from .pipeline import Pipeline
from .settings import Settings


def analyze(
    paths: Iterable[str | Path] | str | Path,
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Ledger:
    """Read articles about one event and build their ledger.

    Args:
        paths: files, directories (read recursively) and ``-`` for standard input.
        settings: how to run; defaults to ``Settings()``.
        stdin: the stream ``-`` reads (defaults to the process's standard input).
        progress: called as ``progress(done, total)`` while articles are analysed.

    Returns:
        The ledger. Inputs that yielded no article are listed in ``ledger.inputs``
        with the reason; a ledger with no articles is returned, not raised.
    """
    settings = settings or Settings()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ingested = ingest([str(p) for p in paths], settings, stdin=stdin)
    total = len(ingested.articles)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    analyses = list(Pipeline().pipe(ingested.articles, workers=settings.workers, progress=tick))
    analyses = number_items(analyses)
    return assemble(analyses, link(analyses, settings), ingested.inputs)
