"""Login and logout for staff (cookie session + CSRF token)."""

from __future__ import annotations

import asyncio
import functools
import secrets

from aiohttp import web
from pydantic import BaseModel, Field

from assistant.api.bodies import read_json
from assistant.api.middleware import SESSION_COOKIE
from assistant.api.models import LoggedOut, SessionOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.auth.passwords import (
    hash_password,
    new_token,
    token_digest,
    verify_password,
)
from assistant.auth.throttle import LoginThrottle, wait_message
from assistant.baskets.schedule import app_clock
from assistant.errors import ApiError
from assistant.storage import users

routes = web.RouteTableDef()


@functools.cache
def _dummy_hash() -> str:
    """Verifying against this keeps an unknown username as slow as a wrong password; made as the service
    starts, not at import, so that every command that imports the API does not pay for a scrypt hash."""
    return hash_password(secrets.token_hex(8))


async def prepare_dummy_hash(app: web.Application) -> None:
    """Made as the service starts (once per process), so the first unknown username is not the one login
    that pays for two hashes and so stands out."""
    await asyncio.to_thread(_dummy_hash)


def _verify(password: str, stored: str | None) -> bool:
    """Off the event loop, as scrypt is slow on purpose: an unknown user is checked against the dummy."""
    return verify_password(password, stored if stored is not None else _dummy_hash())


class LoginBody(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


@routes.post("/api/v1/session")
@documented("Log in: a session cookie and its CSRF token", public=True, body=LoginBody, response=SessionOut,
            errors=[401, 429])
async def login(request: web.Request) -> web.Response:
    body = await read_json(request, LoginBody)
    db = request.app[DB]
    throttle = LoginThrottle(db, request.app[SETTINGS], lambda: app_clock(request.app).now().timestamp())
    address = request.remote or "-"
    wait = await throttle.retry_after(body.username, address)
    if wait:
        raise ApiError(429, "too_many_attempts", f"För många misslyckade inloggningar. {wait_message(wait)}",
                       {"retry_after": wait}, headers={"Retry-After": str(wait)})
    user = await users.user_by_name(db, body.username)
    ok = await asyncio.to_thread(_verify, body.password, user["password_hash"] if user else None)
    if user is None or not ok:
        await throttle.failed(body.username, address)
        raise ApiError(401, "invalid_credentials", "Fel användarnamn eller lösenord")
    await throttle.succeeded(body.username, address)
    return await start_session(request, user["id"], {"username": user["username"], "role": user["role"]})


async def start_session(request: web.Request, user_id: int, body: dict[str, object],
                        client_id: int | None = None) -> web.Response:
    """A new cookie session (scoped to one client for a tablet); the answer carries its CSRF token."""
    settings = request.app[SETTINGS]
    token, csrf = new_token(), new_token()
    await users.create_session(request.app[DB], token_digest(token), user_id, csrf, settings.session_ttl_seconds,
                               client_id=client_id)
    response = json_response({"csrf_token": csrf, **body})
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", path="/",
                        secure=settings.cookie_secure or request.secure, max_age=settings.session_ttl_seconds)
    return response


@routes.get("/api/v1/session")
@documented("Who is logged in", response=SessionOut)
async def whoami(request: web.Request) -> web.Response:
    identity = current_identity(request)
    return json_response({"username": identity.username, "role": identity.role,
                          "csrf_token": identity.csrf_token, "client_id": identity.client_id})


@routes.delete("/api/v1/session")
@documented("Log out", response=LoggedOut)
async def logout(request: web.Request) -> web.Response:
    identity = current_identity(request)
    if identity.session_key:
        await users.delete_session(request.app[DB], identity.session_key)
    response = json_response({"status": "logged_out"})
    response.del_cookie(SESSION_COOKIE, path="/")
    return response
