"""Admin management of staff accounts."""

from __future__ import annotations

from aiohttp import web

from assistant.api.bodies import read_json
from assistant.api.models import UserOut, UsersOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth import require_role
from assistant.auth.accounts import NewAccount, create_account
from assistant.storage import users

routes = web.RouteTableDef()


@routes.get("/api/v1/users")
@documented("Admin: every staff account", response=UsersOut)
@require_role("admin")
async def list_users(request: web.Request) -> web.Response:
    rows = await users.list_users(request.app[DB])
    return json_response({"users": [{"id": r["id"], "username": r["username"], "role": r["role"]}
                                    for r in rows]})


@routes.post("/api/v1/users")
@documented("Admin: a new staff account", body=NewAccount, response=UserOut, status=201, errors=[409])
@require_role("admin")
async def add_user(request: web.Request) -> web.Response:
    account = await read_json(request, NewAccount)
    user_id = await create_account(request.app[DB], account)
    return json_response({"id": user_id, "username": account.username, "role": account.role},
                         status=201)
