"""Request ids and access log, JSON errors for everything, and authentication."""

from __future__ import annotations

import logging
import secrets
import time

from aiohttp import web
from aiohttp.typedefs import Handler

from assistant.appkeys import DB
from assistant.auth.identity import IDENTITY_KEY, Identity
from assistant.auth.passwords import token_digest
from assistant.errors import ApiError, error_response
from assistant.storage import users

access_log = logging.getLogger("assistant.access")
log = logging.getLogger("assistant")

SESSION_COOKIE = "assistant_session"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Routes reachable without logging in: the login itself, health, the web app's static files.
REQUEST_ID = web.RequestKey("request_id", str)
PUBLIC_API = frozenset({("POST", "/api/v1/session")})
TABLET_PATHS = frozenset({"/api/v1/session", "/api/v1/speech", "/api/v1/speech/transcribe"})

ERROR_CODES = {
    400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
    415: "unsupported_media_type", 429: "too_many_requests",
}
ERROR_MESSAGES = {
    404: "Sidan eller resursen finns inte", 405: "Metoden är inte tillåten här",
    413: "Förfrågan är för stor",
}


@web.middleware
async def request_log_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    request_id = request.headers.get("X-Request-Id", "")[:64] or secrets.token_hex(8)
    request[REQUEST_ID] = request_id
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        response.headers["X-Request-Id"] = request_id
        return response
    finally:
        identity = request.get(IDENTITY_KEY)
        access_log.info("%s %s %s %d %.1fms user=%s", request_id, request.method, request.path,
                        status, (time.perf_counter() - started) * 1000,
                        identity.username if identity else "-")


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        return error_response(exc.status, ERROR_CODES.get(exc.status, "http_error"),
                              ERROR_MESSAGES.get(exc.status, exc.reason), None, headers)
    except Exception:
        log.exception("unhandled error in %s %s (request %s)", request.method, request.path,
                      request.get(REQUEST_ID))
        return error_response(500, "internal_error",
                              "Ett internt fel inträffade. Ange förfrågans id vid felanmälan.",
                              {"request_id": request.get(REQUEST_ID)})


async def _identify(request: web.Request) -> Identity | None:
    db = request.app[DB]
    auth = request.headers.get("Authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "unauthenticated", "Ogiltig Authorization-rubrik")
        row = await users.token_user(db, token_digest(token.strip()))
        if row is None:
            raise ApiError(401, "unauthenticated", "Ogiltig eller återkallad token")
        return Identity(row["user_id"], row["username"], row["role"], "token")
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        key = token_digest(cookie)
        row = await users.session_user(db, key)
        if row is not None:
            return Identity(row["user_id"], row["username"], row["role"], "session",
                            session_key=key, csrf_token=row["csrf_token"], client_id=row["client_id"])
    return None


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every /api route needs a login; cookie-authenticated writes must carry X-CSRF-Token."""
    if not request.path.startswith("/api/") or (request.method, request.path) in PUBLIC_API:
        return await handler(request)
    identity = await _identify(request)
    if identity is None:
        raise ApiError(401, "unauthenticated", "Du måste logga in")
    if identity.via == "session" and request.method in UNSAFE_METHODS:
        sent = request.headers.get("X-CSRF-Token", "")
        if not (identity.csrf_token and secrets.compare_digest(sent, identity.csrf_token)):
            raise ApiError(403, "csrf_failed", "CSRF-token saknas eller är fel")
    if identity.client_id is not None and not tablet_may_use(identity.client_id, request.path):
        raise ApiError(403, "forbidden", "Surfplattan kan bara användas för den här kundens korg")
    request[IDENTITY_KEY] = identity
    return await handler(request)


def tablet_may_use(client_id: int, path: str) -> bool:
    """A tablet session reaches its client's basket and last delivery, its own session and speech; nothing else."""
    own = f"/api/v1/clients/{client_id}"
    return (path in TABLET_PATHS or path in (own, own + "/basket", own + "/last-delivery")
            or path.startswith(own + "/basket/"))
