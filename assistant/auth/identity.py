"""The authenticated caller of a request, and the role check handlers use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Literal

from aiohttp import web

from assistant.errors import ApiError, Forbidden

Role = Literal["staff", "admin"]
IDENTITY_KEY = web.RequestKey("identity", "Identity")


@dataclass(frozen=True)
class Identity:
    user_id: int
    username: str
    role: Role
    via: Literal["session", "token"]
    session_key: str | None = None  # hash of the session token, for logout
    csrf_token: str | None = None
    client_id: int | None = None  # set in a tablet session: it acts for this client only

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_tablet(self) -> bool:
        return self.client_id is not None


def current_identity(request: web.Request) -> Identity:
    identity = request.get(IDENTITY_KEY)
    if identity is None:
        raise ApiError(401, "unauthenticated", "Du måste logga in")
    return identity


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def require_role(*roles: Role) -> Callable[[Handler], Handler]:
    """Decorator for handlers open to some roles only (the middleware already demands a login)."""

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: web.Request) -> web.StreamResponse:
            if current_identity(request).role not in roles:
                raise Forbidden()
            return await handler(request)

        return wrapper

    return decorate
