"""Logguppföljning: who read which client's data, as JSON or CSV, for the municipal admin (every client) and
a unit's admin (the clients of the units they administer)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import MAX_ID, query_model
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.baskets.access import managed_unit_ids, require_staff
from assistant.baskets.invoice import safe_cell
from assistant.errors import ApiError, Forbidden, NotFound
from assistant.storage import accesslog, clients, users

routes = web.RouteTableDef()

CSV_HEADER = ("tid", "användare", "kund-id", "kund", "vad", "förfrågan", "session")


class LogQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    client_id: int | None = Field(None, ge=1, le=MAX_ID)
    username: str | None = Field(None, min_length=1, max_length=64)
    since: date | None = Field(None, alias="from")
    until: date | None = Field(None, alias="to", description="inclusive")
    limit: int = Field(1000, ge=1, le=10000)


class LogEntry(BaseModel):
    at: float
    user_id: int | None
    username: str
    client_id: int
    client_name: str | None  # None once retention removed the client
    what: str
    request: str
    session: str


class LogOut(BaseModel):
    entries: list[LogEntry]


async def _reviewable(request: web.Request) -> list[int] | None:
    """The clients whose reads the caller may review; None: every client (the municipal admin)."""
    db = request.app[DB]
    identity = current_identity(request)
    require_staff(identity)
    managed = await managed_unit_ids(db, identity)
    if managed is None:
        return None
    if not managed:
        raise Forbidden("Logguppföljning gör enhetens administratör eller kommunens administratör")
    return [c["id"] for unit_id in sorted(managed) for c in await clients.unit_clients(db, unit_id)]


async def _entries(request: web.Request) -> list[dict[str, Any]]:
    query = query_model(request, LogQuery)
    reviewable = await _reviewable(request)
    if query.client_id is not None and reviewable is not None and query.client_id not in reviewable:
        raise NotFound("Kunden")
    db = request.app[DB]
    tz = ZoneInfo(request.app[SETTINGS].timezone)
    user_id = None
    if query.username is not None:
        user = await users.user_by_name(db, query.username)
        if user is None:
            raise ApiError(400, "unknown_user", f"Användaren «{query.username}» finns inte")
        user_id = int(user["id"])

    def start_of(day: date | None) -> float | None:
        return None if day is None else datetime.combine(day, time(0), tz).timestamp()

    return await accesslog.entries(db, client_id=query.client_id, user_id=user_id, since=start_of(query.since),
                                   until=start_of(query.until + timedelta(days=1) if query.until else None),
                                   limit=query.limit, client_ids=reviewable)


@routes.get("/api/v1/access-log")
@documented("Admin, or a unit's admin for the unit's clients: who read which client's data, newest first "
            "(logguppföljning)", query=LogQuery, response=LogOut, errors=[403, 404])
async def access_log(request: web.Request) -> web.Response:
    return json_response(LogOut(entries=[LogEntry(**e) for e in await _entries(request)]).model_dump())


@routes.get("/api/v1/access-log.csv")
@documented("Admin, or a unit's admin for the unit's clients: the access log as CSV", query=LogQuery,
            response_media="text/csv", errors=[403, 404])
async def access_log_csv(request: web.Request) -> web.Response:
    tz = ZoneInfo(request.app[SETTINGS].timezone)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in await _entries(request):
        writer.writerow((datetime.fromtimestamp(e["at"], tz).strftime("%Y-%m-%d %H:%M:%S"), safe_cell(e["username"]),
                         e["client_id"], safe_cell(e["client_name"] or "(borttagen)"), e["what"],
                         safe_cell(e["request"]), e["session"]))
    return web.Response(text=out.getvalue(), content_type="text/csv", charset="utf-8", headers={
        "Content-Disposition": 'attachment; filename="logguppfoljning.csv"'})
