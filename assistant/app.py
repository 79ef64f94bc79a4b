"""The application factory: settings in, a ready aiohttp application out."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from assistant.api import baskets, clients, health, openapi, orders, readings, session, users
from assistant.api import speech as speech_api
from assistant.api import catalog as catalog_api, understand as understand_api
from assistant.api.middleware import (
    auth_middleware,
    error_middleware,
    forwarded_middleware,
    request_log_middleware,
)
from assistant.appkeys import DB, SETTINGS
from assistant.baskets.wiring import orders_context
from assistant.catalog.service import catalog_context
from assistant.settings import Settings
from assistant.speech.service import speech_context
from assistant.storage.db import Database
from assistant.web import routes as web_routes


async def database_context(app: web.Application) -> AsyncIterator[None]:
    """Open the database and bring its schema up to date before serving."""
    db = Database(app[SETTINGS].db)
    await db.connect()
    await db.migrate()
    app[DB] = db
    yield
    await db.close()


def create_app(settings: Settings | None = None) -> web.Application:
    settings = settings or Settings()
    app = web.Application(
        client_max_size=settings.max_upload_bytes,
        middlewares=[forwarded_middleware, request_log_middleware, error_middleware, auth_middleware],
    )
    app[SETTINGS] = settings
    app.cleanup_ctx.append(database_context)
    app.cleanup_ctx.append(catalog_context)
    app.cleanup_ctx.append(orders_context)
    app.cleanup_ctx.append(speech_context)
    for module in (health, session, users, clients, baskets, orders, readings):
        app.add_routes(module.routes)
    app.add_routes(speech_api.routes)
    app.add_routes([*catalog_api.routes, *understand_api.routes])
    app.add_routes(web_routes.routes)
    app.add_routes(openapi.routes)
    app.on_startup.append(openapi.publish_document)
    return app
