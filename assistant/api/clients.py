"""Clients: staff see those assigned to them, admin all; the tablet switch; the invoice basis."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.api.bodies import query_model, read_json
from assistant.api.models import ClientOut, ClientsOut, SessionOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.api.session import start_session
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.baskets import invoice
from assistant.baskets.access import check_client_fields, require_client_manager, require_staff
from assistant.baskets.lines import basket_total, unresolved
from assistant.baskets.service import upcoming_delivery
from assistant.baskets.wiring import basket_context, request_client
from assistant.errors import ApiError
from assistant.privacy.accesslog import note_read
from assistant.storage import baskets, clients, products, units, users

routes = web.RouteTableDef()

TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ClientPatch(BaseModel):
    """Only what the delivery needs: no personal identity number, no card."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    display_name: str | None = Field(None, min_length=1, max_length=100)
    address: str | None = Field(None, max_length=300)
    phone: str | None = Field(None, max_length=40)
    delivery_weekday: int | None = Field(None, ge=0, le=6)
    cutoff_weekday: int | None = Field(None, ge=0, le=6)
    cutoff_time: str | None = None
    budget_sek: float | None = Field(None, ge=0, le=1_000_000)
    diet: list[str] | None = Field(None, max_length=20)
    vendor: str | None = Field(None, min_length=1, max_length=100)
    notes: str | None = Field(None, max_length=2000)
    substitution_default: bool | None = None  # "Byte tillåtet" on new basket lines
    unit_id: int | None = Field(None, ge=1)
    service_ended_on: date | None = None  # retention counts from this day
    delivery_fee_paid_by: Literal["municipality", "client"] | None = None  # None: the municipality's setting

    @field_validator("display_name", "address", "phone", "delivery_weekday", "cutoff_weekday", "cutoff_time",
                     "diet", "vendor", "notes", "substitution_default", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        """Left out means unchanged; null is no value for these (only budget_sek may be null: no budget)."""
        if value is None:
            raise ValueError("får inte vara null")
        return value

    @field_validator("service_ended_on", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        """JSON has no dates: "YYYY-MM-DD" is the one text taken for one (the strict check comes after)."""
        return date.fromisoformat(value) if isinstance(value, str) else value

    @field_validator("cutoff_time")
    @classmethod
    def _time(cls, value: str | None) -> str | None:
        if value is not None and not TIME.match(value):
            raise ValueError("cutoff_time must be HH:MM")
        return value

    @field_validator("diet")
    @classmethod
    def _diet(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        flags = [flag.strip().casefold() for flag in value]
        if any(not flag or len(flag) > 40 for flag in flags):
            raise ValueError("diet flags are short words")
        return list(dict.fromkeys(flags))


class ClientIn(ClientPatch):
    display_name: str = Field(min_length=1, max_length=100)
    delivery_weekday: int = Field(ge=0, le=6)
    cutoff_weekday: int = Field(ge=0, le=6)
    cutoff_time: str = "12:00"
    address: str = Field("", max_length=300)
    phone: str = Field("", max_length=40)
    diet: list[str] = Field(default_factory=list, max_length=20)
    notes: str = Field("", max_length=2000)
    vendor: str | None = Field(None, min_length=1, max_length=100)
    substitution_default: bool = False


class StaffBody(BaseModel):
    usernames: list[str] = Field(max_length=100)


class MonthQuery(BaseModel):
    month: str = Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")


async def _check_vendor(request: web.Request, vendor: str | None) -> None:
    if vendor is None or vendor == request.app[SETTINGS].default_vendor:
        return
    if vendor not in await products.vendors(request.app[DB]):
        raise ApiError(400, "unknown_vendor", f"Butiken «{vendor}» har inget sortiment här")


async def client_view(request: web.Request, client: dict[str, Any]) -> dict[str, Any]:
    db = request.app[DB]
    ctx = basket_context(request)
    delivery = await upcoming_delivery(ctx, client)
    basket = await baskets.active_basket(db, client["id"])
    summary = None
    if basket is not None:
        lines = await baskets.lines(db, basket["id"])
        summary = {"id": basket["id"], "status": basket["status"], "line_count": len(lines),
                   "total_sek": basket_total(lines), "needs_review": len(unresolved(lines))}
    staff = await clients.staff_usernames(db, client["id"])
    unit = await units.get_unit(db, client["unit_id"]) if client["unit_id"] is not None else None
    return {k: client[k] for k in ("id", "display_name", "address", "phone", "delivery_weekday",
                                   "cutoff_weekday", "cutoff_time", "budget_sek", "diet", "vendor", "notes",
                                   "service_ended_on", "delivery_fee_paid_by", "substitution_default")} | {
        "staff": staff, "is_contact": current_identity(request).username in staff, "unit": unit,
        "delivery_fee_payer": client["delivery_fee_paid_by"] or request.app[SETTINGS].delivery_fee_paid_by,
        "next_delivery": {"date": delivery.date.isoformat(), "cutoff_at": delivery.cutoff_at.isoformat()},
        "basket": summary}


@routes.get("/api/v1/clients")
@documented("The clients the caller may see", response=ClientsOut)
async def list_clients(request: web.Request) -> web.Response:
    identity = current_identity(request)
    require_staff(identity)
    db = request.app[DB]
    found = await clients.list_clients(db, identity.user_id, everyone=identity.is_admin)
    note_read(request, [c["id"] for c in found], "kundlista")
    return json_response({"clients": [await client_view(request, c) for c in found]})


@routes.post("/api/v1/clients")
@documented("A new client (assigned to the staff member creating it)", body=ClientIn, response=ClientOut,
            status=201)
async def create_client(request: web.Request) -> web.Response:
    identity = current_identity(request)
    require_staff(identity)
    body = await read_json(request, ClientIn)
    await _check_vendor(request, body.vendor)
    db = request.app[DB]
    fields = await check_client_fields(db, identity, None, body.model_dump(mode="json") | {
        "vendor": body.vendor or request.app[SETTINGS].default_vendor})
    client_id = await clients.create_client(db, fields, identity.user_id if identity.role == "staff" else None)
    client = await clients.get_client(db, client_id)
    assert client is not None
    note_read(request, client_id)
    return json_response(await client_view(request, client), status=201)


@routes.get("/api/v1/clients/{client_id}")
@documented("One client", response=ClientOut)
async def get_client(request: web.Request) -> web.Response:
    return json_response(await client_view(request, await request_client(request)))


@routes.patch("/api/v1/clients/{client_id}")
@documented("Staff: change some of a client's fields", body=ClientPatch, response=ClientOut)
async def patch_client(request: web.Request) -> web.Response:
    identity = current_identity(request)
    require_staff(identity)
    client = await request_client(request)
    body = await read_json(request, ClientPatch)
    await _check_vendor(request, body.vendor)
    db = request.app[DB]
    changes = await check_client_fields(db, identity, client, body.model_dump(mode="json", exclude_unset=True))
    await clients.update_client(db, client["id"], changes)
    updated = await clients.get_client(db, client["id"])
    assert updated is not None
    return json_response(await client_view(request, updated))


@routes.put("/api/v1/clients/{client_id}/staff")
@documented("Admin or the client's unit admin: replace the staff assigned to a client (kontaktpersoner)",
            body=StaffBody, response=ClientOut)
async def assign_staff(request: web.Request) -> web.Response:
    """Kontaktpersoner: the municipal admin, or the admin of the client's unit."""
    client = await request_client(request)
    db = request.app[DB]
    await require_client_manager(db, current_identity(request), client)
    body = await read_json(request, StaffBody)
    ids = []
    for name in body.usernames:
        user = await users.user_by_name(db, name)
        if user is None:
            raise ApiError(400, "unknown_user", f"Användaren «{name}» finns inte")
        ids.append(user["id"])
    await clients.set_staff(db, client["id"], ids)
    return json_response(await client_view(request, client))


@routes.post("/api/v1/clients/{client_id}/tablet")
@documented("Staff, cookie session: this browser becomes the client's tablet", response=SessionOut,
            errors=[400])
async def tablet_session(request: web.Request) -> web.Response:
    """This browser becomes the client's tablet: a new session that can only reach that client's basket."""
    identity = current_identity(request)
    require_staff(identity)
    if identity.via != "session" or identity.session_key is None:
        raise ApiError(400, "session_required", "Surfplatteläget kräver en inloggning i webbläsaren")
    client = await request_client(request)
    response = await start_session(request, identity.user_id, {
        "username": identity.username, "role": identity.role, "client_id": client["id"]}, client_id=client["id"])
    await users.delete_session(request.app[DB], identity.session_key)
    return response


@routes.get("/api/v1/clients/{client_id}/invoice-basis.csv")
@documented("Staff: the month's invoice basis (CSV)", query=MonthQuery, response_media="text/csv")
async def invoice_basis(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    month = query_model(request, MonthQuery).month
    text = await invoice.invoice_csv(request.app[DB], client, month)
    return web.Response(text=text, content_type="text/csv", charset="utf-8", headers={
        "Content-Disposition": f'attachment; filename="fakturaunderlag-{client["id"]}-{month}.csv"'})
