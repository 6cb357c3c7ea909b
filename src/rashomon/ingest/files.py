"""Inputs as the user gives them (files, directories, ``-`` for stdin) to raw bytes, each with its source."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputFailed, InputSkipped
from ..settings import FetchSettings
from .raw import Raw, is_url

__all__ = ["Raw", "human_size", "read_inputs"]


def human_size(n: int) -> str:
    """``512`` -> ``"512 bytes"``, ``1_500`` -> ``"1.5 KB"``, ``20_000_000`` -> ``"20 MB"``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n:,} byte{'' if n == 1 else 's'}"


def _over(size: int | None, limit: int) -> str:
    """``"file is 2.5 MB, over the 2 MB limit"``, in bytes when the rounded sizes would read the same."""
    if size is None:
        return f"file is over the {human_size(limit)} limit"
    shown, cap = human_size(size), human_size(limit)
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,}-byte"
    return f"file is {shown}, over the {cap} limit"


def read_inputs(
    paths: list[str],
    *,
    max_bytes: int,
    stdin: BinaryIO | None = None,
    exclude: tuple[str, ...] = (),
    fetch: FetchSettings | None = None,
) -> Iterator[tuple[str, Raw | InputError]]:
    """Yield ``(source, raw bytes or the reason there are none)`` for every file the paths name.

    Directories are walked recursively in sorted order, hidden files skipped, so
    the same tree always gives the same sequence. Directories in ``exclude`` (the
    output of an earlier run) are not walked. URLs are fetched (all of them
    together, politely, through the SSRF guard of ``fetch``: the safe defaults
    when None) and take their place in the sequence.
    """
    skip = {os.path.realpath(p) for p in exclude}
    urls = [p for p in paths if is_url(p)]
    fetched: Iterator[tuple[str, Raw | InputError]] = iter(())
    if urls:
        from .fetch import fetch_raws  # the HTTP client is imported only when there is something to fetch

        fetched = fetch_raws(urls, fetch)
    for path in paths:
        if path == "-":
            yield "-", _read_stream(stdin or sys.stdin.buffer, max_bytes)
        elif is_url(path):
            yield next(fetched)
        else:
            yield from _read_path(Path(path), path, max_bytes, skip)


def _read_stream(stream: BinaryIO, max_bytes: int) -> Raw | InputSkipped:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputSkipped(f"standard input is over the {human_size(max_bytes)} limit (raise it with --max-bytes)")
    return Raw("-", "stdin", data)


def _read_path(
    path: Path, shown: str, max_bytes: int, skip: set[str]
) -> Iterator[tuple[str, Raw | InputFailed | InputSkipped]]:
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:
        yield shown, InputFailed(f"cannot access: {exc.strerror or exc}")
        return
    if not exists:
        yield shown, InputFailed("no such file or directory")
        return
    if not is_dir:
        yield shown, _read_file(path, shown, max_bytes)
        return
    found = sorted(_walk(path, skip), key=lambda f: str(f[0]))
    if not found:
        yield shown, InputSkipped("directory holds no files")
    for f, reason in found:
        source = os.path.join(shown, os.path.relpath(f, path))
        yield source, reason or _read_file(f, source, max_bytes)


def _walk(root: Path, skip: set[str]) -> Iterator[tuple[Path, InputSkipped | None]]:
    """Files under ``root`` (hidden ones and ``skip`` left out), each with None, or with the reason a
    symlinked directory was not entered: one whose target was already walked (a loop, or a second way in)."""
    seen = {os.path.realpath(root)}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        keep = []
        # Real directories before symlinks to them, so that files keep their own paths where they can.
        for d in sorted(dirnames, key=lambda d: (os.path.islink(os.path.join(dirpath, d)), d)):
            full = os.path.join(dirpath, d)
            real = os.path.realpath(full)
            if d.startswith(".") or real in skip:
                continue
            if real in seen:
                yield (
                    Path(full),
                    InputSkipped(
                        f"directory leads to {real}, which is read already (a symlink loop or a second way in)"
                    ),
                )
                continue
            seen.add(real)
            keep.append(d)
        dirnames[:] = keep
        for name in filenames:
            if not name.startswith("."):
                yield Path(dirpath, name), None


def _read_file(path: Path, source: str, max_bytes: int) -> Raw | InputFailed | InputSkipped:
    try:
        size = path.stat().st_size
        if not path.is_file():
            return InputFailed("not a regular file")
        if size > max_bytes:
            return InputSkipped(f"{_over(size, max_bytes)} (raise it with --max-bytes)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return InputFailed(f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew while we looked
        return InputSkipped(f"{_over(None, max_bytes)} (raise it with --max-bytes)")
    return Raw(source, path.name, data)
