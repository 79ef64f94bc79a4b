"""Problem reports from the accessibility statement (the law asks for a way to report them): anyone
logged in, the client's tablet too, may send one; admins read them."""

from __future__ import annotations

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import read_json
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth import require_role
from assistant.auth.identity import current_identity
from assistant.storage import reports

routes = web.RouteTableDef()
REPORTS = "/api/v1/accessibility-reports"


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    message: str = Field(min_length=1, max_length=2000)
    page: str = Field("", max_length=200)  # which screen, as the reporter names it
    contact: str = Field("", max_length=200)  # how to reach the reporter, if they want an answer


class ReportOut(BaseModel):
    id: int
    at: float
    page: str
    message: str
    contact: str
    username: str | None


class ReportsOut(BaseModel):
    reports: list[ReportOut]


class ReportSaved(BaseModel):
    id: int
    message: str


@routes.post(REPORTS)
@documented("Report an accessibility problem (anyone logged in, the client's tablet too)", body=ReportIn,
            response=ReportSaved, status=201)
async def add_report(request: web.Request) -> web.Response:
    body = await read_json(request, ReportIn)
    report_id = await reports.add_report(request.app[DB], body.page, body.message, body.contact,
                                         current_identity(request).user_id)
    saved = ReportSaved(id=report_id, message="Tack! Vi har tagit emot din rapport.")
    return json_response(saved.model_dump(), status=201)


@routes.get(REPORTS)
@documented("Admin: the accessibility problems reported, newest first", response=ReportsOut)
@require_role("admin")
async def list_reports(request: web.Request) -> web.Response:
    out = ReportsOut(reports=[ReportOut(**r) for r in await reports.list_reports(request.app[DB])])
    return json_response(out.model_dump())
