"""The OpenAPI 3.1 document, generated from the app's router and the models each handler declares.

A handler is documented by decorating it (below its `@routes.<method>(...)` line):

    @routes.post("/api/v1/things/{thing_id}")
    @documented("Change a thing", body=ThingPatch, response=ThingOut, errors=[409])
    async def patch_thing(request): ...

Path ids (`{…_id}`) are integers ≥ 1 unless `path=` gives a model, which any other path parameter needs; the
request and response schemas are the pydantic models' own JSON schemas; errors get the one error shape of
`assistant/errors.py`. Statuses every route of a kind can answer are added here (401/403 behind the login,
400/413/415 with a body, 400 with a query, 404 with path ids), so `errors` lists only the route's own ones.
`tests/foundation/test_openapi.py` fails for an `/api` route without `@documented`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Literal, TypeVar

from aiohttp import web
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from assistant import __version__
from assistant.api.middleware import SESSION_COOKIE

H = TypeVar("H", bound=Callable[..., Any])
JsonMode = Literal["validation", "serialization"]

OPENAPI_PATH = "/api/v1/openapi.json"
DOC_ATTRIBUTE = "__openapi__"
REF_TEMPLATE = "#/components/schemas/{model}"
PARAMETER = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DOCUMENTED_PREFIXES = ("/api/", "/healthz")
RAW_MEDIA = {"audio/wav": {"type": "string", "contentMediaType": "audio/wav"},
             "text/csv": {"type": "string"}}


@dataclass(frozen=True)
class Operation:
    """What one handler takes and answers, as declared next to it."""

    summary: str
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    path: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    errors: tuple[int, ...] = ()
    public: bool = False
    body_media: tuple[str, ...] = ("application/json",)
    response_media: str = "application/json"
    description: str | None = None


def documented(summary: str, *, body: type[BaseModel] | None = None, query: type[BaseModel] | None = None,
               path: type[BaseModel] | None = None, response: type[BaseModel] | None = None, status: int = 200,
               errors: Iterable[int] = (), public: bool = False,
               body_media: Sequence[str] = ("application/json",), response_media: str = "application/json",
               description: str | None = None) -> Callable[[H], H]:
    """Attach the handler's contract; the document is built from it, the handler is unchanged."""
    operation = Operation(summary, body, query, path, response, status, tuple(sorted(set(errors))), public,
                          tuple(body_media), response_media, description)

    def mark(handler: H) -> H:
        setattr(handler, DOC_ATTRIBUTE, operation)
        return handler

    return mark


def operation_of(handler: Callable[..., Any]) -> Operation | None:
    return getattr(handler, DOC_ATTRIBUTE, None)


def documented_routes(app: web.Application) -> list[tuple[str, str, Callable[..., Any]]]:
    """(method, path, handler) of every route the document must cover: the API and health."""
    found = []
    for route in app.router.routes():
        path = route.resource.canonical if route.resource is not None else ""
        if route.method in ("HEAD", "*") or not path.startswith(DOCUMENTED_PREFIXES):
            continue
        found.append((route.method, path, route.handler))
    return found


def error_statuses(method: str, path: str, op: Operation) -> list[int]:
    """The route's own errors plus those the middleware and body/query readers give every such route."""
    statuses = set(op.errors)
    if not op.public:
        statuses |= {401, 403}
    if _has_body(method, op):
        statuses |= {400, 413, 415}
    if op.query is not None:
        statuses.add(400)
    if PARAMETER.search(path):
        statuses.add(404)
    return sorted(statuses)


def _has_body(method: str, op: Operation) -> bool:
    """A JSON body needs its model; other media (a WAV) may be sent without one."""
    return op.body is not None or (method in UNSAFE_METHODS and op.body_media != ("application/json",))


def _security(method: str, op: Operation) -> list[dict[str, list[str]]]:
    if op.public:
        return []
    cookie = {"session": [], "csrf": []} if method in UNSAFE_METHODS else {"session": []}
    return [{"bearer": []}, cookie]


def _model_parameters(model: type[BaseModel], where: str, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    schema = schemas[model.__name__]
    required = set(schema.get("required", ()))
    return [{"name": name, "in": where, "required": where == "path" or name in required, "schema": prop}
            for name, prop in schema.get("properties", {}).items()]


def _parameters(path: str, op: Operation, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    names = PARAMETER.findall(path)
    if op.path is not None:
        params = _model_parameters(op.path, "path", schemas)
        missing = set(names) - {p["name"] for p in params}
        if missing:
            raise ValueError(f"{path}: path model {op.path.__name__} lacks {sorted(missing)}")
    else:
        named = [name for name in names if not name.endswith("_id")]
        if named:
            raise ValueError(f"{path}: path parameters {named} are no ids (…_id): give them a model with path=")
        params = [{"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
                  for name in names]
    if op.query is not None:
        params += _model_parameters(op.query, "query", schemas)
    return params


def _media_schema(media: str, model: type[BaseModel] | None) -> dict[str, Any]:
    if model is not None and media in ("application/json", "multipart/form-data"):
        return {"$ref": REF_TEMPLATE.format(model=model.__name__)}
    return RAW_MEDIA.get(media, {"type": "object"} if media == "application/json" else {"type": "string"})


def _operation(method: str, path: str, handler: Callable[..., Any], op: Operation,
               schemas: dict[str, Any]) -> dict[str, Any]:
    responses: dict[str, Any] = {str(op.status): {"description": HTTPStatus(op.status).phrase}}
    if op.status != 204 and op.status != 101:
        responses[str(op.status)]["content"] = {op.response_media: {"schema": _media_schema(op.response_media,
                                                                                            op.response)}}
    for status in error_statuses(method, path, op):
        responses[str(status)] = {"$ref": f"#/components/responses/{status}"}
    module = handler.__module__.rsplit(".", 1)[-1]
    out: dict[str, Any] = {
        "operationId": f"{module}.{handler.__name__}",
        "summary": op.summary,
        "tags": [module],
        "parameters": _parameters(path, op, schemas),
        "responses": responses,
        "security": _security(method, op),
    }
    if op.description:
        out["description"] = op.description
    if _has_body(method, op):
        out["requestBody"] = {"required": True, "content": {
            media: {"schema": _media_schema(media, op.body)} for media in op.body_media}}
    return out


def _schemas(ops: Iterable[Operation]) -> dict[str, Any]:
    """Every model once, by name; request models as validated, response models as serialised."""
    wanted: dict[tuple[type[BaseModel], JsonMode], None] = {(ErrorBody, "serialization"): None}
    for op in ops:
        for model in (op.body, op.query, op.path):
            if model is not None:
                wanted[(model, "validation")] = None
        if op.response is not None:
            wanted[(op.response, "serialization")] = None
    _, defs = models_json_schema(list(wanted), ref_template=REF_TEMPLATE)
    schemas = defs.get("$defs", {})
    for model, _mode in wanted:
        if model.__name__ not in schemas:  # pydantic renamed it: "module__Name", or "Name-Input"/"Name-Output"
            raise ValueError(f"model {model.__name__} must be one schema by its own name: another model has that "
                             "name, or it is both a request and a response model and the two schemas differ")
    return schemas


def build_document(app: web.Application) -> dict[str, Any]:
    """The whole document; raises if a documented route or model is inconsistent."""
    routes = [(m, p, h, operation_of(h)) for m, p, h in documented_routes(app)]
    ops = [op for *_, op in routes if op is not None]
    schemas = _schemas(ops)
    paths: dict[str, dict[str, Any]] = {}
    for method, path, handler, op in routes:
        if op is not None:
            paths.setdefault(path, {})[method.lower()] = _operation(method, path, handler, op, schemas)
    statuses = sorted({int(s) for item in paths.values() for o in item.values() for s in o["responses"]
                       if int(s) >= 400})
    return {
        "openapi": "3.1.0",
        "info": {"title": "Inköpsassistenten", "version": __version__,
                 "description": "Generated from the service's routes and pydantic models; see docs/api.md."},
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": schemas,
            "responses": {str(s): {"description": HTTPStatus(s).phrase, "content": {"application/json": {
                "schema": {"$ref": REF_TEMPLATE.format(model="ErrorBody")}}}} for s in statuses},
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer",
                           "description": "`python -m assistant create-token USER`"},
                "session": {"type": "apiKey", "in": "cookie", "name": SESSION_COOKIE,
                            "description": "set by POST /api/v1/session"},
                "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token",
                         "description": "the session's csrf_token; cookie-authenticated writes only"},
            },
        },
    }


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer: {"error": {"code", "message", "details"}}."""

    error: ErrorDetail


DOCUMENT = web.AppKey("openapi_document", dict)
routes = web.RouteTableDef()


async def publish_document(app: web.Application) -> None:
    """Built once at start-up, when every route is registered."""
    app[DOCUMENT] = build_document(app)


@routes.get(OPENAPI_PATH)
@documented("This document (OpenAPI 3.1)", public=True,
            description="Public: it describes the API, it holds no data.")
async def openapi_json(request: web.Request) -> web.Response:
    return web.json_response(request.app[DOCUMENT])
