"""``rashomon serve``: open the cases, find or make the token, run uvicorn on loopback unless told otherwise."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ..errors import RashomonError
from ..store import Case, open_case
from .app import ServerConfig, create_app

TOKEN_FILE = "rashomon-token"


def read_or_make_token(path: Path) -> tuple[str, bool]:
    """The token in ``path``; when the file is absent, a new one written there (readable by its owner only).
    Returns (token, made)."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        token = secrets.token_urlsafe(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise RashomonError(f"cannot write the token file {path}: {exc.strerror or exc}") from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token + "\n")
        return token, True
    except OSError as exc:
        raise RashomonError(f"cannot read the token file {path}: {exc.strerror or exc}") from None
    if len(token) < 16:
        raise RashomonError(f"the token in {path} is too short (at least 16 characters)")
    return token, False


def serve(
    names: list[str],
    *,
    store: str | None,
    host: str,
    port: int,
    token_file: str | None,
    public: bool,
    echo: Callable[[str], None] = print,
) -> None:
    import uvicorn

    cases: list[Case] = [open_case(n, store, create=False) for n in names]
    default_dir = Path(names[0]).resolve().parent if store is None else Path.cwd()
    path = Path(token_file) if token_file else default_dir / TOKEN_FILE
    token, made = read_or_make_token(path)
    app = create_app(cases, ServerConfig(token=token, public=public))
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{port}"
    if made:
        echo(f"new token written to {path}: {token}")
    else:
        echo(f"token: the one in {path}")
    for case in cases:
        suffix = "" if public else "?token=" + (token if made else "TOKEN")
        echo(f"{case.name}: {base}/cases/{case.name}/{suffix}")
    echo(f"API docs: {base}/docs{'' if public else ' (reads need the token: Authorization: Bearer TOKEN)'}")
    if host not in ("127.0.0.1", "localhost", "::1"):
        echo(f"warning: listening on {host}, reachable from other machines; use a proxy with TLS in front")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
