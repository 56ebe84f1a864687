"""Property-based API contract test: schemathesis against the published OpenAPI schema, on a
real server on loopback, with writes enabled (token) and disabled. No response may be a 5xx."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.errors import Unsatisfiable

import serve_corpus
from serve_helpers import TOKEN
from serve_live import live_server


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    from newsweave.api import create_app
    from newsweave.settings import Settings

    d = tmp_path_factory.mktemp("schemathesis")
    serve_corpus.build(d / "s.db")
    app = create_app(str(d / "s.db"), Settings.load(environ={}, overrides={
        "serve": {"token": TOKEN, "update_after_ingest": False, "max_request_bytes": 100_000}}))
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def api_schema(live):
    return schemathesis.openapi.from_url(live + "/api/openapi.json")


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::hypothesis.errors.HypothesisDeprecationWarning")
def test_no_server_errors(api_schema, live):
    """Every operation, positive and negative generated cases (bounded), with and without a token."""
    from hypothesis import given

    ran = {}
    for result, mode in [(r, m) for r in api_schema.get_all_operations()
                         for m in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)]:
        op = result.ok()
        n = [0]

        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            n[0] += 1
            headers = {"Authorization": f"Bearer {TOKEN}"} if n[0] % 2 else None
            response = case.call(base_url=live, headers=headers, timeout=20)
            assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
            if response.status_code >= 400:
                assert set(response.json()["error"]) >= {"code", "message"}

        try:
            check()
        except Unsatisfiable:  # no invalid input exists (an operation without parameters)
            assert mode == schemathesis.GenerationMode.NEGATIVE
        ran[f"{op.method.upper()} {op.path} {mode.value}"] = n[0]
    assert all(v for k, v in ran.items() if k.endswith("positive")) and len(ran) >= 30, ran
    assert sum(1 for k, v in ran.items() if k.endswith("negative") and v) >= 8, ran
    print("schemathesis cases per operation:", ran)
