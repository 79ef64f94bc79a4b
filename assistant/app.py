"""The application factory: settings in, a ready aiohttp application out."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from assistant.api import (accessibility, accesslog, baskets, clients, health, openapi, orders, privacy, readings,
                           session, storetrips, units, users)
from assistant.api import speech as speech_api
from assistant.api import catalog as catalog_api, understand as understand_api
from assistant.api.middleware import (
    auth_middleware,
    error_middleware,
    forwarded_middleware,
    request_log_middleware,
    security_headers,
)
from assistant.api.parser_errors import answer_parser_errors_in_json
from assistant.appkeys import DB, SETTINGS
from assistant.privacy.accesslog import access_log_middleware
from assistant.baskets.wiring import orders_context
from assistant.catalog.service import catalog_context
from assistant.settings import Settings
from assistant.speech.backend import speech_context
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
    answer_parser_errors_in_json()
    app = web.Application(
        client_max_size=settings.max_upload_bytes,
        middlewares=[forwarded_middleware, request_log_middleware, error_middleware, auth_middleware,
                     access_log_middleware],
        # A body left unread (refused at its limit) is not read on to its end to keep the connection: the
        # connection closes after the answer instead, so 12 MB of junk costs the event loop nothing.
        handler_args={"lingering_time": 0.0},
    )
    app[SETTINGS] = settings
    app.on_response_prepare.append(security_headers)
    app.cleanup_ctx.append(database_context)
    app.cleanup_ctx.append(catalog_context)
    app.cleanup_ctx.append(orders_context)
    app.cleanup_ctx.append(speech_context)
    for module in (health, session, users, units, clients, baskets, orders, accesslog, privacy, storetrips,
                   accessibility, readings):
        app.add_routes(module.routes)
    app.add_routes(speech_api.routes)
    app.add_routes([*catalog_api.routes, *understand_api.routes])
    app.add_routes(web_routes.routes)
    app.add_routes(openapi.routes)
    app.on_startup.append(openapi.publish_document)
    app.on_startup.append(session.prepare_dummy_hash)
    return app
