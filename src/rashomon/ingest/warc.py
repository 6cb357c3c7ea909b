"""Raw responses archived as WARC (warcio): the bytes each article was read from, as they were served.

Each response becomes a ``request`` and a ``response`` record in one gzipped
WARC file; every record is its own gzip member, so later runs (a case being
watched) append to the same file. The response keeps its headers and its body
as served (still gzip-encoded when it came so), without the chunked framing.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from pathlib import Path

_HOP_HEADERS = frozenset({"transfer-encoding", "connection", "keep-alive"})


class WarcArchive:
    """Appends fetched responses to ``path``; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def write(
        self,
        *,
        url: str,
        status: int,
        reason: str,
        headers: Sequence[tuple[str, str]],
        body: bytes,
        request_headers: Sequence[tuple[str, str]],
        fetched_at: str,
        address: str | None,
    ) -> str:
        """Archive one response (and the request that got it); return the response's WARC-Record-ID."""
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        kept = [(k, v) for k, v in headers if k.lower() not in _HOP_HEADERS and k.lower() != "content-length"]
        kept.append(("Content-Length", str(len(body))))
        warc_headers = {"WARC-Date": fetched_at}
        if address:
            warc_headers["WARC-IP-Address"] = address
        target = url.split("#", 1)[0]
        path_part = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as fh:
                writer = WARCWriter(fh, gzip=True)
                response = writer.create_warc_record(
                    target,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1"),
                    warc_headers_dict=warc_headers,
                )
                request = writer.create_warc_record(
                    target,
                    "request",
                    payload=io.BytesIO(b""),
                    length=0,
                    http_headers=StatusAndHeaders(
                        f"GET {path_part} HTTP/1.1", list(request_headers), is_http_request=True
                    ),
                    warc_headers_dict={
                        **warc_headers,
                        "WARC-Concurrent-To": str(response.rec_headers.get_header("WARC-Record-ID")),
                    },
                )
                writer.write_record(response)
                writer.write_record(request)
        return str(response.rec_headers.get_header("WARC-Record-ID"))
