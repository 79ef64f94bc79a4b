"""Admin management of staff accounts: list, add, disable or enable, set a new password."""

from __future__ import annotations

import asyncio

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.api.bodies import read_json
from assistant.api.models import UserOut, UsersOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth import require_role
from assistant.auth.accounts import NewAccount, create_account, password_long_enough
from assistant.auth.identity import current_identity
from assistant.auth.passwords import hash_password
from assistant.errors import ApiError, NotFound
from assistant.storage import users

routes = web.RouteTableDef()


class AccountPatch(BaseModel):
    """What an admin changes on an account: disabled (sessions end at once) and/or a new password."""

    model_config = ConfigDict(extra="forbid")

    disabled: bool | None = None
    password: str | None = Field(None, max_length=256)

    _password = field_validator("password")(password_long_enough)


def _user(row: object) -> dict[str, object]:
    return UserOut(id=row["id"], username=row["username"], role=row["role"],  # type: ignore[index]
                   disabled=bool(row["disabled"])).model_dump()  # type: ignore[index]


@routes.get("/api/v1/users")
@documented("Admin: every staff account, disabled ones too", response=UsersOut)
@require_role("admin")
async def list_users(request: web.Request) -> web.Response:
    return json_response({"users": [_user(r) for r in await users.all_users(request.app[DB])]})


@routes.post("/api/v1/users")
@documented("Admin: a new staff account", body=NewAccount, response=UserOut, status=201, errors=[409])
@require_role("admin")
async def add_user(request: web.Request) -> web.Response:
    account = await read_json(request, NewAccount)
    user_id = await create_account(request.app[DB], account)
    return json_response({"id": user_id, "username": account.username, "role": account.role, "disabled": False},
                         status=201)


class UserPath(BaseModel):
    username: str = Field(min_length=1, max_length=64)


@routes.patch("/api/v1/users/{username}")
@documented("Admin: disable or enable an account, or set a new password (its sessions end)",
            body=AccountPatch, path=UserPath, response=UserOut, errors=[404])
@require_role("admin")
async def patch_user(request: web.Request) -> web.Response:
    db = request.app[DB]
    body = await read_json(request, AccountPatch)
    account = await users.account_by_name(db, request.match_info["username"])
    if account is None:
        raise NotFound("Användaren")
    if body.disabled and account["id"] == current_identity(request).user_id:
        raise ApiError(400, "own_account", "Du kan inte inaktivera ditt eget konto")
    password_hash = await asyncio.to_thread(hash_password, body.password) if body.password else None
    await users.update_account(db, account["id"], disabled=body.disabled, password_hash=password_hash)
    changed = await users.account_by_name(db, account["username"])
    assert changed is not None
    return json_response(_user(changed))
