"""Output files a reader never sees half-written, in a directory one run writes at a time.

Each file is written under a temporary name beside its target and renamed over
it (``os.replace`` is atomic on one file system), so a reader, a crash or a
SIGTERM finds the previous file or the new one, never an empty one. A run holds
an advisory lock on the output directory itself while it writes;
a second run into the same directory fails with one line instead of mixing files.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import RashomonError


@contextlib.contextmanager
def atomic_file(path: Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """Open a temporary file beside ``path`` for writing; on success it replaces ``path``, on failure it is
    removed and ``path`` is left as it was."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    """``path.write_text(text)``, atomically."""
    with atomic_file(path, encoding=encoding) as fh:
        fh.write(text)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked_directory(directory: Path) -> Iterator[Path]:
    """Hold the output directory's lock while writing into it (created if needed).

    Raises:
        RashomonError: the directory cannot be created or written, or another run holds its lock.
    """
    lock = DirectoryLock(directory)
    try:
        yield directory
    finally:
        lock.release(remove_if_empty=False)


class DirectoryLock:
    """An advisory lock on a directory itself (no lock file left among the outputs), taken when made.

    Making it creates the directory when needed and checks that a file can be
    written there, so that a bad ``-o`` fails before the analysis, not after.

    Raises:
        RashomonError: the directory cannot be created or written, or another run holds its lock.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.created = not directory.exists()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RashomonError(f"cannot create the output directory {directory}: {exc.strerror or exc}") from None
        try:
            with tempfile.TemporaryFile(dir=directory):
                pass
        except OSError as exc:
            raise RashomonError(f"cannot write into the output directory {directory}: {exc.strerror or exc}") from None
        self._fd: int | None = None
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; outputs are still written atomically
            return
        fd = os.open(directory, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise RashomonError(
                f"another rashomon run is writing into {directory}; wait for it to finish or choose another -o"
            ) from None
        self._fd = fd

    def release(self, *, remove_if_empty: bool = True) -> None:
        """Let the lock go; a directory this lock created and nothing was written into is removed again."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if remove_if_empty and self.created:
            with contextlib.suppress(OSError):
                self.directory.rmdir()
