"""Property-based API test: schemathesis generates requests from the service's own
``/openapi.json`` and checks every answer against it (bounded in examples and time)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.specs.openapi import checks as openapi_checks

from tests.serve.conftest import KEY, ServerProcess

#: Requests per operation, and how long any one may take (the offline engine is fast).
EXAMPLES = 12
SLOWEST = timedelta(seconds=10)


CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


def test_every_answer_matches_the_schema(offline_server: ServerProcess) -> None:
    # Each operation's strategy is driven by hypothesis here, rather than by schemathesis's
    # pytest plugin, whose lazy fixture loading does not work with pytest 9.
    schema = schemathesis.openapi.from_url(f"{offline_server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/briefs", "/v1/batches", "/v1/batches/{job_id}"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=SLOWEST,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def answers_conform(case: Any) -> None:
            case.call_and_validate(headers={"authorization": f"Bearer {KEY}"}, checks=CHECKS)

        answers_conform()
