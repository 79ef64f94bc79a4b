"""schemathesis against the real service, driven by its own OpenAPI document: every documented operation gets
generated requests, valid and invalid; none may answer 5xx, every answer must fit the document (status, content
type, schema), every error the JSON error shape, and the service must still work afterwards.

Bounded and deterministic: a fixed seed, a fixed number of examples per operation and generation mode, no
example database, no shrinking. (schemathesis's own pytest plugin does not run under pytest 9, so each operation
is a plain parametrised test driving the operation's hypothesis strategy.)
"""

from __future__ import annotations

import re

import hypothesis
import pytest
import requests
import schemathesis
from schemathesis import Case, CheckContext, GenerationMode, Response
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from assistant.api.openapi import OPENAPI_PATH, ErrorBody, build_document
from assistant.app import create_app
from assistant.settings import Settings
from tests.fuzz.conftest import Service

EXAMPLES_PER_OPERATION = 15
SEED = 20261130
DOCUMENT = build_document(create_app(Settings()))
# Invalid requests (negative mode) only where there is something to get wrong: parameters or a body.
CASES = [(method.upper(), path, mode) for path, item in DOCUMENT["paths"].items() for method, op in item.items()
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode == GenerationMode.POSITIVE or op["parameters"] or "requestBody" in op]


@pytest.fixture(scope="module")
def api_schema(service: Service) -> OpenApiSchema:
    document = requests.get(service.url + OPENAPI_PATH, timeout=30).json()  # no login: it is public
    config = schemathesis.Config.from_dict({
        "base-url": service.url,
        "headers": service.headers,
        "request-timeout": 60,
    })
    return schemathesis.openapi.from_dict(document, config=config)


# Not findings: schemathesis cannot tell these from bugs.
# "Schema-valid request rejected" (positive_data_acceptance) expects 2xx for anything the schema allows, but some
# 400s are business rules no schema can say: an unknown grocer or username, a tablet switch asked for with a
# bearer token (only a browser's cookie session can become a tablet), a WebSocket route fetched without the
# upgrade (tests/speech/test_socket.py speaks it), a form part whose header bytes are not valid.
# "Accepts invalid authentication" (ignored_auth) is about the cookies and CSRF headers schemathesis makes up:
# it always sends the admin's valid bearer token beside them. Logins and their absence: tests/foundation.
EXCLUDED_CHECKS = (positive_data_acceptance, ignored_auth)

# Still open, each with its own test below (xfail until its fix lands in main): generated cases that would
# only find it again are set aside so the rest of the route is still fuzzed.
MAX_ID = 2**63 - 1  # SQLite INTEGER and PostgreSQL bigint


def _beyond_64_bits(value: object) -> bool:
    if isinstance(value, str) and value.isdecimal():
        value = int(value)
    return isinstance(value, int) and not isinstance(value, bool) and value > MAX_ID


def _null_client_field(case: Case) -> bool:
    return (case.method == "PATCH" and case.path == "/api/v1/clients/{client_id}" and isinstance(case.body, dict)
            and any(value is None for name, value in case.body.items() if name != "budget_sek"))


def known_open(case: Case) -> bool:
    """Issue 11, both fixed in branch i11a: ids beyond 64 bits answer 500 (Low); null for a client field that
    is not nullable is stored or fails the NOT NULL constraint with a 500 (Medium, "Nulls and types")."""
    ids = [*(case.path_parameters or {}).values(), (case.query or {}).get("client_id")]
    if isinstance(case.body, dict):
        ids.append(case.body.get("client_id"))
    return any(_beyond_64_bits(value) for value in ids) or _null_client_field(case)


def errors_in_the_json_shape(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every 4xx/5xx is {"error": {"code", "message", "details"}}, whatever was sent."""
    if response.status_code >= 400:
        ErrorBody.model_validate_json(response.content)
    return None


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {g.value}" for m, p, g in CASES])
def test_generated_requests_are_answered_as_documented(api_schema: OpenApiSchema, service: Service,
                                                       method: str, path: str, mode: GenerationMode) -> None:
    """Half of the cases use ids that exist (a client, its basket line, an order), so they reach past 404."""
    operation = api_schema[path][method]
    existing = {name: service.ids[name] for name in re.findall(r"\{(\w+)\}", path)}
    strategy = operation.as_strategy(mode)
    if existing:
        strategy = strategy | operation.as_strategy(mode, path_parameters=existing)

    @hypothesis.seed(SEED)
    @hypothesis.settings(max_examples=EXAMPLES_PER_OPERATION, database=None, deadline=None,
                         phases=[hypothesis.Phase.generate], suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(case=strategy)
    def answered_as_documented(case: Case) -> None:
        hypothesis.assume(not known_open(case))
        case.call_and_validate(additional_checks=[errors_in_the_json_shape], excluded_checks=EXCLUDED_CHECKS)

    answered_as_documented()


ID_ROUTES = [(m, p) for m, p, g in CASES if g == GenerationMode.POSITIVE and "_id}" in p]


@pytest.mark.xfail(reason="issue 11 (Low): ids beyond 64 bits answer 500; fixed in branch i11a", strict=False)
def test_ids_beyond_64_bits_are_not_found_rather_than_a_server_error(service: Service) -> None:
    huge = str(2**64)
    statuses = {}
    for method, path in ID_ROUTES:
        url = service.url + re.sub(r"\{\w+\}", huge, path)
        statuses[f"{method} {path}"] = requests.request(method, url, headers=service.headers, json={"version": 1},
                                                       params={"version": 1, "month": "2026-01"}, timeout=30).status_code
    statuses["GET /api/v1/orders?client_id"] = requests.get(service.url + "/api/v1/orders", params={"client_id": huge},
                                                           headers=service.headers, timeout=30).status_code
    statuses["POST /api/v1/understand client_id"] = requests.post(
        service.url + "/api/v1/understand", json={"text": "mjölk", "client_id": huge}, headers=service.headers,
        timeout=30).status_code
    assert {route: status for route, status in statuses.items() if status >= 500} == {}


@pytest.mark.xfail(reason="issue 11 (Medium, nulls and types): 500; fixed in branch i11a", strict=False)
def test_null_for_a_client_field_that_is_not_nullable_is_a_400(service: Service) -> None:
    url = f"{service.url}/api/v1/clients/{service.ids['client_id']}"
    statuses = {name: requests.patch(url, json={name: None}, headers=service.headers, timeout=30).status_code
                for name in ("display_name", "address", "phone", "delivery_weekday", "cutoff_weekday", "cutoff_time",
                             "diet", "vendor", "notes")}
    assert {name: status for name, status in statuses.items() if status != 400} == {}


def test_the_service_still_works_after_the_fuzzing(service: Service) -> None:
    health = requests.get(service.url + "/healthz", timeout=30).json()
    assert health["status"] == "ok" and health["db"] == "ok" and health["catalog"]["products"] > 0
    clients = service.call("GET", "/api/v1/clients")["clients"]
    assert clients, "the populated client is still there"
    base = f"/api/v1/clients/{clients[0]['id']}/basket"
    basket = service.call("GET", base)
    reply = service.call("POST", base + "/utterances", json={"text": "en liter mjölk", "version": basket["version"]})
    assert reply["basket"]["version"] == basket["version"] + 1
