"""The register extract (registerutdrag) of one client, for the municipal admin."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from pydantic import BaseModel

from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import require_role
from assistant.baskets.schedule import app_clock
from assistant.baskets.wiring import request_client
from assistant.privacy.extract import extract_html, register_extract

routes = web.RouteTableDef()
EXTRACT = "/api/v1/clients/{client_id}/register-extract"
# The printable page carries its own small style sheet and nothing else.
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


class RegisterExtract(BaseModel):
    client_id: int
    generated_at: str
    tables: dict[str, list[dict[str, Any]]]


async def _extract(request: web.Request) -> dict[str, Any]:
    client = await request_client(request)
    return await register_extract(request.app[DB], client["id"], app_clock(request.app).now())


@routes.get(EXTRACT)
@documented("Admin: everything stored about the client (registerutdrag)", response=RegisterExtract)
@require_role("admin")
async def extract_json(request: web.Request) -> web.Response:
    extract = RegisterExtract(**await _extract(request))
    return json_response(extract.model_dump(), headers={
        "Content-Disposition": f'attachment; filename="registerutdrag-{extract.client_id}.json"'})


@routes.get(EXTRACT + ".html")
@documented("Admin: the register extract as a printable Swedish page", response_media="text/html")
@require_role("admin")
async def extract_page(request: web.Request) -> web.Response:
    page = extract_html(await _extract(request), ZoneInfo(request.app[SETTINGS].timezone))
    return web.Response(text=page, content_type="text/html", charset="utf-8",
                        headers={"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff"})
