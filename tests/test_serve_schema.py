"""schemathesis checks the JSON API against its own OpenAPI document (/api/openapi.json): generated
requests, valid and invalid, must never fail the server and must answer as the document says. (Driven
through hypothesis directly: schemathesis' pytest plugin does not run under this pytest.)"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from dossier.serve import create_app


def test_api_conforms_to_its_openapi_document(serve_db):
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(str(serve_db)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {
        "GET /api/claims",
        "GET /api/claims/{claim_id}",
        "POST /api/articles",
    }
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        def check(case):
            response = case.call_and_validate()
            assert response.status_code < 500
            assert response.headers["content-type"][0].startswith("application/json")

        check()
