"""Units (hemtjänstgrupper): the municipal admin creates them; a unit's admin manages its members."""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import path_id, read_json
from assistant.api.models import UnitAccountIn
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth.accounts import NewAccount, create_account
from assistant.auth.identity import current_identity, require_role
from assistant.baskets.access import require_staff, require_unit_manager
from assistant.errors import ApiError, Conflict, Forbidden, NotFound
from assistant.privacy.accesslog import note_read
from assistant.storage import clients, units, users

routes = web.RouteTableDef()


class UnitIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)


class MemberIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["staff", "unit_admin"] = "staff"


class MemberPath(BaseModel):
    unit_id: int = Field(ge=1)
    username: str = Field(min_length=1, max_length=64)


class UnitSummary(BaseModel):
    id: int
    name: str
    my_role: Literal["staff", "unit_admin"] | None = None


class UnitList(BaseModel):
    units: list[UnitSummary]


class Member(BaseModel):
    username: str
    role: Literal["staff", "unit_admin"]


class UnitClient(BaseModel):
    id: int
    display_name: str
    staff: list[str]


class UnitOut(BaseModel):
    id: int
    name: str
    members: list[Member]
    clients: list[UnitClient]


async def _visible_unit(request: web.Request) -> dict[str, Any]:
    """The unit if the caller is the municipal admin or one of its members (404 otherwise)."""
    identity = current_identity(request)
    require_staff(identity)
    db = request.app[DB]
    unit = await units.get_unit(db, path_id(request, "unit_id"))
    if unit is None or (not identity.is_admin
                        and unit["id"] not in await units.roles_of(db, identity.user_id)):
        raise NotFound("Enheten")
    return unit


async def unit_view(request: web.Request, unit: dict[str, Any]) -> web.Response:
    db = request.app[DB]
    unit_id = int(unit["id"])
    unit_clients = await clients.unit_clients(db, unit_id)
    note_read(request, [c["id"] for c in unit_clients], "enhetens kundlista")
    out = UnitOut(id=unit_id, name=str(unit["name"]),
                  members=[Member(username=m["username"], role=m["role"]) for m in await units.members(db, unit_id)],
                  clients=[UnitClient(id=c["id"], display_name=c["display_name"],
                                      staff=await clients.staff_usernames(db, c["id"]))
                           for c in unit_clients])
    return json_response(out.model_dump())


@routes.get("/api/v1/units")
@documented("The units the caller belongs to (the municipal admin: all), with the caller's role", response=UnitList)
async def list_units(request: web.Request) -> web.Response:
    identity = current_identity(request)
    require_staff(identity)
    found = await units.list_units(request.app[DB], None if identity.is_admin else identity.user_id)
    return json_response(UnitList(units=[UnitSummary(**u) for u in found]).model_dump())


@routes.post("/api/v1/units")
@documented("Admin: a new unit (hemtjänstgrupp)", body=UnitIn, response=UnitOut, status=201, errors=[409])
@require_role("admin")
async def create_unit(request: web.Request) -> web.Response:
    body = await read_json(request, UnitIn)
    db = request.app[DB]
    try:
        unit_id = await units.create_unit(db, body.name)
    except units.DuplicateUnit:
        raise Conflict(f"Enheten «{body.name}» finns redan") from None
    response = await unit_view(request, {"id": unit_id, "name": body.name})
    response.set_status(201)
    return response


@routes.get("/api/v1/units/{unit_id}")
@documented("A unit's members and clients (members and the municipal admin)", response=UnitOut)
async def get_unit(request: web.Request) -> web.Response:
    return await unit_view(request, await _visible_unit(request))


async def _member_change(request: web.Request) -> tuple[dict[str, Any], int]:
    """The unit (its admin or the municipal admin only) and the named user's id."""
    unit = await _visible_unit(request)
    db = request.app[DB]
    await require_unit_manager(db, current_identity(request), int(unit["id"]))
    user = await users.user_by_name(db, request.match_info["username"])
    if user is None:
        raise ApiError(400, "unknown_user", f"Användaren «{request.match_info['username']}» finns inte")
    return unit, int(user["id"])


@routes.put("/api/v1/units/{unit_id}/members/{username}")
@documented("The unit's admin or the municipal admin: add a member or change their role (only the municipal "
            "admin appoints unit admins)", body=MemberIn, path=MemberPath, response=UnitOut)
async def put_member(request: web.Request) -> web.Response:
    unit, user_id = await _member_change(request)
    body = await read_json(request, MemberIn)
    if body.role == "unit_admin" and not current_identity(request).is_admin:
        raise Forbidden("Bara kommunens administratör utser enhetsadministratörer")
    await units.set_member(request.app[DB], int(unit["id"]), user_id, body.role)
    return await unit_view(request, unit)


@routes.post("/api/v1/units/{unit_id}/accounts")
@documented("The unit's admin or the municipal admin: a new staff account, a member of the unit from the start "
            "(only the municipal admin makes unit admins)", body=UnitAccountIn, response=UnitOut, status=201,
            errors=[409])
async def create_unit_account(request: web.Request) -> web.Response:
    unit = await _visible_unit(request)
    identity = current_identity(request)
    await require_unit_manager(request.app[DB], identity, int(unit["id"]))
    body = await read_json(request, UnitAccountIn)
    if body.role == "unit_admin" and not identity.is_admin:
        raise Forbidden("Bara kommunens administratör utser enhetsadministratörer")
    account = NewAccount(username=body.username, password=body.password, role="staff")
    await create_account(request.app[DB], account, (int(unit["id"]), body.role))
    response = await unit_view(request, unit)
    response.set_status(201)
    return response


@routes.delete("/api/v1/units/{unit_id}/members/{username}")
@documented("The unit's admin or the municipal admin: remove a member", path=MemberPath, response=UnitOut,
            errors=[400])
async def delete_member(request: web.Request) -> web.Response:
    unit, user_id = await _member_change(request)
    if not await units.remove_member(request.app[DB], int(unit["id"]), user_id):
        raise NotFound("Medlemmen")
    return await unit_view(request, unit)
