"""The OpenAPI document: generated from every route, served without login, and true to the real answers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient
from pydantic import BaseModel

from assistant.api import models
from assistant.api.openapi import ErrorBody, build_document, documented, documented_routes, operation_of
from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.catalog.understand import Understanding
from assistant.settings import Settings
from assistant.storage.db import Database
from tests.conftest import Session, login, make_token, make_user

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def operation_for(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    """The document's operation for a concrete request path ("/api/v1/clients/3" → "/api/v1/clients/{client_id}")."""
    for template, item in document["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return item[method.lower()]
    raise AssertionError(f"{method} {path} is not in the document")


class Contract:
    """Checks each real answer: its status is documented for its route, and its body fits the model."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    async def check(self, resp: ClientResponse, model: type[BaseModel] | None, status: int = 200) -> Any:
        text = await resp.text()
        assert resp.status == status, text
        operation = operation_for(self.document, resp.method, resp.url.path)
        assert str(resp.status) in operation["responses"], f"{resp.status} undocumented for {resp.url.path}"
        if resp.status >= 400:
            return ErrorBody.model_validate_json(text).error
        if model is None:
            return text
        return model.model_validate_json(text)


def bearer(client: TestClient, token: str) -> Session:
    def request(method: str, path: str, headers: dict[str, str], **kwargs: Any) -> Any:
        return client.request(method, path, headers=headers | {"Authorization": f"Bearer {token}"}, **kwargs)

    return Session(client, "", request)


@pytest.fixture
async def contract(client: TestClient) -> Contract:
    resp = await client.get("/api/v1/openapi.json")
    assert resp.status == 200
    return Contract(await resp.json())


@pytest.fixture
async def demo_catalog(settings: Settings) -> None:
    async with Database(settings.db) as db:
        await db.migrate()
        await import_catalog(db, demo_catalog_path(), settings.default_vendor, strict=True)


def test_every_api_route_is_documented(app: web.Application) -> None:
    routes = documented_routes(app)
    assert len(routes) > 20
    missing = [f"{method} {path}" for method, path, handler in routes if operation_of(handler) is None]
    assert missing == []


def test_the_document_is_openapi_3_1_with_the_error_shape_and_security(app: web.Application) -> None:
    document = build_document(app)
    assert document["openapi"] == "3.1.0"
    schemathesis.openapi.from_dict(document).validate()  # against the OpenAPI 3.1 meta-schema
    operation_ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
    login_op = document["paths"]["/api/v1/session"]["post"]
    assert login_op["security"] == []
    assert login_op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/LoginBody"}
    assert set(login_op["responses"]) >= {"200", "400", "401", "413", "415", "429"}
    patch = document["paths"]["/api/v1/clients/{client_id}/basket/lines/{line_id}"]["patch"]
    assert {p["name"]: p["in"] for p in patch["parameters"]} == {"client_id": "path", "line_id": "path"}
    assert {"session": [], "csrf": []} in patch["security"] and {"bearer": []} in patch["security"]
    assert patch["responses"]["409"] == {"$ref": "#/components/responses/409"}
    error = document["components"]["responses"]["409"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/ErrorBody"}
    delete = document["paths"]["/api/v1/clients/{client_id}/basket/lines/{line_id}"]["delete"]
    assert {"name": "version", "in": "query", "required": True,
            "schema": {"minimum": 1, "title": "Version", "type": "integer"}} in delete["parameters"]
    schemas = document["components"]["schemas"]
    assert schemas["Basket"]["additionalProperties"] is False
    assert "$ref" in str(schemas["BasketReply"]["properties"]["basket"])


async def test_public_in_the_document_means_reachable_without_login(client: TestClient, app: web.Application) -> None:
    document = build_document(app)
    for path, item in document["paths"].items():
        for method, operation in item.items():
            url = re.sub(r"\{[^}]+\}", "1", path)
            resp = await client.request(method.upper(), url, json={})
            assert (resp.status == 401) == (operation["security"] != []), (method, path, resp.status)


def test_a_path_parameter_that_is_no_id_needs_a_model() -> None:
    async def handler(request: web.Request) -> web.Response:
        raise NotImplementedError

    class NamePath(BaseModel):
        name: str

    app = web.Application()
    app.router.add_get("/api/v1/things/{name}", documented("a thing")(handler))
    with pytest.raises(ValueError, match="name"):
        build_document(app)
    app = web.Application()
    app.router.add_get("/api/v1/things/{name}", documented("a thing", path=NamePath)(handler))
    (parameter,) = build_document(app)["paths"]["/api/v1/things/{name}"]["get"]["parameters"]
    assert parameter == {"name": "name", "in": "path", "required": True, "schema": {"title": "Name", "type": "string"}}


def test_a_route_whose_model_names_clash_is_refused() -> None:
    class Thing(BaseModel):
        a: int

    first = Thing

    class Thing(BaseModel):  # type: ignore[no-redef]  # another model of the same name
        b: str

    async def one(request: web.Request) -> web.Response:
        raise NotImplementedError

    async def two(request: web.Request) -> web.Response:
        raise NotImplementedError

    app = web.Application()
    app.router.add_post("/api/v1/one", documented("one", body=first)(one))
    app.router.add_post("/api/v1/two", documented("two", body=Thing)(two))
    with pytest.raises(ValueError, match="Thing"):
        build_document(app)


def test_every_documented_path_and_method_is_in_docs_api_md(app: web.Application) -> None:
    """Each route is a row of a table in docs/api.md: `| GET / PATCH | `/api/v1/clients/{id}` | … |`.
    The docs write ids as {id}, the routes name them ({client_id}): compared with ids blanked."""
    blank = re.compile(r"\{[^}]*\}")
    rows = re.findall(r"^\|([^|`]+)\|\s*`(/[^`?\s]+)", DOCS.read_text(encoding="utf-8"), re.M)
    in_docs = {(method, blank.sub("{}", path)) for methods, path in rows
               for method in re.findall(r"GET|POST|PUT|PATCH|DELETE", methods)}
    missing = [f"{method} {path}" for method, path, _ in documented_routes(app)
               if (method, blank.sub("{}", path)) not in in_docs]
    assert missing == []


async def test_the_document_is_served_without_login_and_is_the_generated_one(client: TestClient,
                                                                            app: web.Application) -> None:
    resp = await client.get("/api/v1/openapi.json")
    assert resp.status == 200 and resp.content_type == "application/json"
    assert await resp.json() == build_document(app)


async def test_real_answers_fit_their_documented_models(client: TestClient, settings: Settings, contract: Contract,
                                                       demo_catalog: None) -> None:
    """One week through every route (except speech, see tests/speech), each answer checked against the document."""
    c = contract.check
    admin_id = await make_user(settings, "admin", "admin")
    await make_user(settings, "anna", "staff")
    await c(await client.get("/healthz"), models.Health)
    admin = bearer(client, await make_token(settings, admin_id))  # the cookie jar is anna's
    await c(await admin.get("/api/v1/session"), models.SessionOut)
    await c(await admin.post("/api/v1/users", json={"username": "bertil", "password": "hemligt-lösen",
                                                     "role": "staff"}), models.UserOut, 201)
    await c(await admin.get("/api/v1/users"), models.UsersOut)
    anna = await login(client, "anna")
    elsa = await c(await anna.post("/api/v1/clients", json={
        "display_name": "Elsa", "delivery_weekday": 4, "cutoff_weekday": 2, "budget_sek": 900, "diet": ["laktosfri"]}),
        models.ClientOut, 201)
    base = f"/api/v1/clients/{elsa.id}"
    await c(await anna.get("/api/v1/clients"), models.ClientsOut)
    await c(await anna.patch(base, json={"notes": "Ringer på två gånger"}), models.ClientOut)
    await c(await admin.put(base + "/staff", json={"usernames": ["anna", "bertil"]}), models.ClientOut)

    basket = await c(await anna.get(base + "/basket"), models.Basket)
    reply = await c(await anna.post(base + "/basket/utterances", json={
        "text": "två liter mjölk, ett paket smör och ett halvt kilo bananer", "version": basket.version}),
        models.BasketReply)
    assert reply.basket.lines and reply.reply
    found = await c(await anna.get("/api/v1/catalog/search", params={"q": "kaffe"}), models.SearchOut)
    basket = await c(await anna.post(base + "/basket/lines", json={
        "product_id": found.results[0].id, "count": 2, "version": reply.basket.version}), models.Basket)
    stale = await c(await anna.post(base + "/basket/lines", json={
        "product_id": found.results[0].id, "version": basket.version - 1}), None, 409)
    assert stale.code == "conflict"
    for line in basket.lines:
        if line.product is None:
            basket = await c(await anna.delete(f"{base}/basket/lines/{line.id}",
                                               params={"version": basket.version}), models.Basket)
        elif line.needs_review:
            basket = await c(await anna.patch(f"{base}/basket/lines/{line.id}", json={
                "resolved": True, "version": basket.version}), models.Basket)
    chosen = next(line for line in basket.lines if line.product)  # staff's choice teaches a reading
    basket = await c(await anna.patch(f"{base}/basket/lines/{chosen.id}", json={
        "product_id": chosen.product.id, "version": basket.version}), models.Basket)
    readings = await c(await anna.get(base + "/readings"), models.ReadingsOut)
    taught = next(r for r in readings.readings if r.product_id == chosen.product.id)
    left = await c(await anna.delete(f"{base}/readings/{taught.id}"), models.ReadingsOut)
    assert taught.id not in [r.id for r in left.readings]
    repeated = await c(await anna.post(base + "/basket/repeat", json={"kind": "last", "version": basket.version}),
                       models.BasketReply)
    confirmed = await c(await anna.post(base + "/basket/confirm", json={
        "version": repeated.basket.version, "budget_override_reason": "Storhandling"}), models.ConfirmedBasket)
    order = await c(await anna.post(base + "/basket/submit", json={"version": confirmed.version}),
                    models.SubmittedOrder, 201)
    await c(await anna.get("/api/v1/orders", params={"client_id": elsa.id}), models.OrdersOut)
    await c(await anna.get(f"/api/v1/orders/{order.id}"), models.Order)
    audit = await c(await anna.get(f"/api/v1/orders/{order.id}/audit"), models.AuditOut)
    assert {"confirmed", "order_submitted"} <= {e.action for e in audit.events}
    await c(await anna.get(f"{base}/invoice-basis.csv", params={"month": "2026-03"}), None)
    understood = await c(await anna.post("/api/v1/understand", json={"text": "mjölk och bröd"}), Understanding)
    assert understood.lines

    tablet_resp = await anna.post(base + "/tablet")
    tablet = await c(tablet_resp, models.SessionOut)
    assert tablet.client_id == elsa.id
    tablet_session = Session(client, tablet.csrf_token or "")
    await c(await tablet_session.get(base), models.ClientOut)
    await c(await tablet_session.post(base + "/basket/confirm", json={"version": 1}), None, 403)
    await c(await tablet_session.delete("/api/v1/session"), models.LoggedOut)
    await c(await client.get(base), None, 401)


async def test_errors_are_documented_and_in_the_error_shape(client: TestClient, staff: Session,
                                                            contract: Contract) -> None:
    c = contract.check
    await c(await client.post("/api/v1/session", json={"username": "x", "password": "y"}), None, 401)
    await c(await client.post("/api/v1/session", data="{", headers={"Content-Type": "application/json"}), None, 400)
    await c(await client.post("/api/v1/session", data="x", headers={"Content-Type": "text/plain"}), None, 415)
    await c(await staff.get("/api/v1/clients/999"), None, 404)
    await c(await staff.get("/api/v1/users"), None, 403)
    await c(await staff.get("/api/v1/catalog/search", params={"q": ""}), None, 400)
    await c(await staff.post("/api/v1/clients", json={"display_name": "Utan CSRF"},
                             headers={"X-CSRF-Token": "fel"}), None, 403)
