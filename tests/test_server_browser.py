"""The served report in a real browser (Debian's Chromium via Playwright): opened with the token link, drawn
from the live case, every view filled, its policy (sent as a header too) never violated, and nothing fetched
but the page itself. After an article is added through the API, a reload shows it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from rashomon.server import ServerConfig
from rashomon.store import open_case

from .conftest import EXAMPLES
from .live_server import live_server
from .test_report_browser import VIEWS

pytestmark = pytest.mark.browser

TOKEN = "browser-token-0123456789abcdef"


def test_the_served_report_opens_in_chromium(browser: Any, tmp_path: Path) -> None:
    files = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    case = open_case(tmp_path / "il76.rashomon")
    case.add(files[:-1])
    with live_server([case], ServerConfig(token=TOKEN)) as base:
        page = browser.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
        response = page.goto(f"{base}/cases/il76/?token={TOKEN}")
        assert response is not None and response.status == 200
        assert page.url == f"{base}/cases/il76/"  # the token left the address bar for a cookie
        assert "default-src 'none'" in (response.headers.get("content-security-policy") or "")
        page.wait_for_selector("html[data-ready]")
        assert f"{len(files) - 1} articles" in page.locator("header .sub").inner_text()
        for name in VIEWS:
            page.click(f'nav.tabs a[data-view="{name}"]')
            page.wait_for_selector(f"#v-{name}.on")
            assert page.locator(f"#v-{name}").inner_text().strip(), f"view {name} is blank"
        assert errors == [], errors
        assert {r.split("#")[0] for r in requests} <= {f"{base}/cases/il76/?token={TOKEN}", f"{base}/cases/il76/"}

        with open(files[-1], "rb") as fh:
            job = httpx.post(
                f"{base}/api/cases/il76/files",
                files=[("files", ("last.txt", fh.read(), "text/plain"))],
                headers={"Authorization": f"Bearer {TOKEN}"},
            ).json()["job"]
        deadline = time.monotonic() + 240
        while httpx.get(f"{base}/api/jobs/{job}", headers={"Authorization": f"Bearer {TOKEN}"}).json()["state"] not in (
            "done",
            "failed",
        ):
            assert time.monotonic() < deadline, "the job did not finish"
            time.sleep(0.5)
        page.reload()
        page.wait_for_selector("html[data-ready]")
        assert f"{len(files)} articles" in page.locator("header .sub").inner_text()
        assert errors == [], errors
        page.close()


def test_the_api_docs_render_offline_in_chromium(browser: Any, tmp_path: Path) -> None:
    """/docs draws every operation from the wheel's own Swagger UI: no request leaves the server."""
    case = open_case(tmp_path / "docs.rashomon")
    with live_server([case], ServerConfig(token=TOKEN)) as base:
        page = browser.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
        response = page.goto(f"{base}/docs")
        assert response is not None and response.status == 200
        page.wait_for_selector(".opblock-summary-path", timeout=30_000)
        paths = set(page.locator(".opblock-summary-path").all_inner_texts())
        assert {"/api/cases", "/healthz"} <= {p.strip().replace("\u200b", "") for p in paths}
        assert errors == [], errors
        outside = [r for r in requests if not r.startswith(base) and not r.startswith("data:")]
        assert outside == [], outside
        page.close()
