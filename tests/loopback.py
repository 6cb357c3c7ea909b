"""A real HTTP server on 127.0.0.1 for one test: routes to handlers, and a record of every request it got.

Handlers are plain functions of the request handler, so a test can serve a
page, a redirect, a slow drip or a bomb, and then assert what reached it.
Every loop a handler runs is bounded; the server stops when the test ends.
"""

from __future__ import annotations

import http.server
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Site:
    routes: dict[str, Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    connections: int = 0
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0
    scheme: str = "http"
    server_names: list[str | None] = field(default_factory=list)  # TLS SNI of each handshake

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def serve(
        self, path: str, body: bytes | str, *, status: int = 200, content_type: str = "text/html", **headers: str
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handle(h: http.server.BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            if content_type:
                h.send_header("Content-Type", content_type)
            for k, v in headers.items():
                h.send_header(k.replace("_", "-"), v)
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)

        self.routes[path] = handle

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        def handle(h: http.server.BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Location", location)
            h.send_header("Content-Length", "0")
            h.end_headers()

        self.routes[path] = handle


def _handler_class(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class _Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            try:
                handler = site.routes.get(path)
                if handler is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", "9")
                    self.end_headers()
                    self.wfile.write(b"not found")
                else:
                    handler(self)
            except (TimeoutError, BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                with site.lock:
                    site.in_flight -= 1

        def log_message(self, format: str, *args: object) -> None:
            pass

    return _Handler


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up (or fails the TLS handshake on purpose) is part of the test

    def process_request(self, request: object, client_address: object) -> None:
        with self.site.lock:
            self.site.connections += 1
        super().process_request(request, client_address)  # type: ignore[arg-type]


def running_site(tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    """Start a site on a free loopback port (HTTPS with ``tls``); stop it when the generator closes."""
    site = Site()
    server = _Server(("127.0.0.1", 0), _handler_class(site))
    server.site = site
    site.port = server.server_address[1]
    if tls is not None:
        site.scheme = "https"
        tls.sni_callback = lambda sock, name, ctx: site.server_names.append(name)  # type: ignore[assignment]
        server.socket = tls.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
