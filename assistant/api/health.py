"""Liveness and readiness for operators and the web app."""

from __future__ import annotations

from aiohttp import web

from assistant import __version__
from assistant.api.models import Health
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.speech.service import SPEECH
from assistant.storage import products

routes = web.RouteTableDef()


@routes.get("/healthz")
@documented("Liveness and readiness: database, catalog, speech", public=True, response=Health)
async def healthz(request: web.Request) -> web.Response:
    db_status = "ok"
    count = 0
    try:
        count = await products.count_products(request.app[DB])
    except Exception as exc:  # report, don't fail: this is what operators look at when things break
        db_status = f"error: {exc.__class__.__name__}"
    return json_response({
        "status": "ok" if db_status == "ok" else "degraded",
        "version": __version__,
        "db": db_status,
        "catalog": {"products": count},
        "speech": request.app[SPEECH].status(),
    })
