"""The API fuzzed from its own OpenAPI schema (schemathesis) against a real uvicorn server: no answer is a 500,
every error has the one JSON shape. Bounded: a few examples per operation, no deadline per example."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from rashomon.server import ServerConfig
from rashomon.store import open_case

from .conftest import EXAMPLES
from .live_server import live_server

TOKEN = "fuzz-token-0123456789abcdef"
EXAMPLES_PER_OPERATION = 12


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    case = open_case(tmp_path_factory.mktemp("fuzz") / "fuzz.rashomon")
    case.add(sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())[:1])
    with live_server([case], ServerConfig(token=TOKEN, max_body=200_000)) as url:
        yield url


def _check(case: schemathesis.Case) -> None:
    for headers in ({"Authorization": f"Bearer {TOKEN}"}, {}):
        response = case.call(headers=headers, timeout=60)
        where = f"{case.method} {case.formatted_path}"
        assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, response.text[:300]
            assert "Traceback" not in response.text


def test_no_request_makes_a_500(served: str) -> None:
    # schemathesis's pytest plugin does not run under this pytest: each operation's strategy is driven here
    api = schemathesis.openapi.from_url(f"{served}/openapi.json")
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            _check(case)

        fuzz()


def test_the_docs_are_served(served: str, tmp_path: Path) -> None:
    assert httpx.get(f"{served}/docs").status_code == 200
    spec = httpx.get(f"{served}/openapi.json").json()
    assert {"/api/cases", "/api/cases/{case_id}/{kind}", "/api/jobs/{job_id}", "/healthz"} <= set(spec["paths"])
