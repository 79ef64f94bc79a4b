"""Client address behind proxies, request ids and access log, JSON errors for everything, authentication."""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network, ip_address

from aiohttp import web
from aiohttp.typedefs import Handler

from assistant.appkeys import DB, SETTINGS
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
# A caller's request id is logged and echoed: only a plain token, so that it cannot forge log lines.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
PUBLIC_API = frozenset({("POST", "/api/v1/session"), ("GET", "/api/v1/openapi.json")})
TABLET_PATHS = frozenset({"/api/v1/session", "/api/v1/speech", "/api/v1/speech/transcribe",
                          "/api/v1/accessibility-reports"})

ERROR_CODES = {
    400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
    415: "unsupported_media_type", 429: "too_many_requests",
}
ERROR_MESSAGES = {
    404: "Sidan eller resursen finns inte", 405: "Metoden är inte tillåten här",
    413: "Förfrågan är för stor",
}


def _within(address: str | None, networks: Sequence[IPv4Network | IPv6Network]) -> bool:
    try:
        ip = ip_address(address or "")
    except ValueError:
        return False
    return any(ip in network for network in networks)


def forwarded_client(peer: str | None, forwarded_for: list[str],
                     proxies: Sequence[IPv4Network | IPv6Network]) -> str | None:
    """The client's address: the peer, or behind trusted proxies the nearest X-Forwarded-For hop that is
    not itself a trusted proxy (hops further left were written by whoever sent the request: not believed)."""
    if not _within(peer, proxies):
        return peer
    hops = [hop.strip() for value in forwarded_for for hop in value.split(",") if hop.strip()]
    client = peer
    for hop in reversed(hops):
        try:
            ip_address(hop)
        except ValueError:
            break
        client = hop
        if not _within(hop, proxies):
            break
    return client


@web.middleware
async def forwarded_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Behind a trusted proxy (ASSISTANT_TRUSTED_PROXIES), `request.remote` and `request.secure` say what
    the proxy saw: X-Forwarded-For and X-Forwarded-Proto. Anyone else's forwarding headers are ignored."""
    proxies = request.app[SETTINGS].trusted_proxies
    if not _within(request.remote, proxies):
        return await handler(request)
    remote = forwarded_client(request.remote, request.headers.getall("X-Forwarded-For", []), proxies)
    proto = request.headers.get("X-Forwarded-Proto", "").split(",")[-1].strip().lower()
    scheme = proto if proto in ("http", "https") else request.scheme
    return await handler(request.clone(remote=remote, scheme=scheme))


@web.middleware
async def request_log_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    sent = request.headers.get("X-Request-Id", "")
    request_id = sent if SAFE_REQUEST_ID.fullmatch(sent) else secrets.token_hex(8)
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
        # The address forwarded_middleware settled on (a trusted proxy's X-Forwarded-For, else the peer), as
        # the login throttle counts it: personal data, kept only as long as the journal (docs/deploy.md §8).
        access_log.info("%s %s %s %d %.1fms user=%s addr=%s", request_id, request.method, request.path,
                        status, (time.perf_counter() - started) * 1000,
                        identity.username if identity else "-", request.remote or "-")


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """On every response, however made (handlers, errors, files, sockets): no MIME sniffing, and API
    answers are never cached (they carry names, addresses and baskets)."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if request.path.startswith("/api/"):
        response.headers["Cache-Control"] = "no-store"


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
        max_age = request.app[SETTINGS].token_max_age_days * 86400
        row = await users.token_user(db, token_digest(token.strip()), time.time() - max_age)
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
