"""The basket and order components in the running application."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import Any

from aiohttp import web

from assistant.api.bodies import MAX_ID, path_id
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import Identity, current_identity
from assistant.baskets.access import actor_for, visible_client, visible_client_with
from assistant.baskets.matching import Matcher
from assistant.baskets.schedule import app_clock
from assistant.baskets.service import BasketContext
from assistant.catalog.service import CATALOG, CatalogService, ClientContext
from assistant.errors import NotFound
from assistant.privacy.accesslog import note_read
from assistant.storage import clients, orders, readings
from assistant.storage.db import Database
from assistant.storage.products import catalog_revisions
from assistant.grocer.outbox import outbox_context

MATCHER = web.AppKey("basket_matcher", Matcher)


async def orders_context(app: web.Application) -> AsyncIterator[None]:
    """The basket's matcher (on the catalog service, whose client hook it fills) and the outbox worker.

    Runs after the catalog context when the app has one; otherwise keeps a catalog service of its own.
    """
    catalog = app.get(CATALOG) or CatalogService(app[DB], app[SETTINGS].default_vendor)
    catalog.set_client_context(client_context)
    app[MATCHER] = Matcher(catalog)
    async for _ in outbox_context(app):
        yield


async def client_context(db: Database, client_id: str | int | None,
                         identity: Identity | None = None) -> ClientContext:
    """Vendor, purchase history, diet and learned readings of a client, for matching ("mjölk" = the
    milk they buy).

    With an identity, a client this caller may not see is 404.
    """
    if client_id is None:
        raise NotFound("Kunden")
    try:
        wanted = int(client_id)
    except ValueError:
        raise NotFound("Kunden") from None
    if not 1 <= wanted <= MAX_ID:
        raise NotFound("Kunden")
    # All asked in one trip to the database, the catalog revisions too (matching's index is checked against
    # them); a client the caller may not see is 404 before anything read about it is used.
    also = (partial(orders.history_product_ids, client_id=wanted),
            partial(readings.readings_by_vendor, client_id=wanted), catalog_revisions)
    if identity is not None:
        client, (history, learned, revisions) = await visible_client_with(db, identity, wanted, *also)
    else:
        client, history, learned, revisions = await db.read_together(
            partial(clients.get_client, client_id=wanted), *also)
    if client is None:
        raise NotFound("Kunden")
    return ClientContext(client["vendor"], tuple(history), tuple(client["diet"]), learned.get(client["vendor"], {}),
                         revisions)


def basket_context(request: web.Request, identity: Identity | None = None) -> BasketContext:
    app = request.app
    identity = identity or current_identity(request)
    return BasketContext(app[DB], app[SETTINGS], app_clock(app), app[MATCHER], actor_for(identity),
                         tablet=identity.is_tablet)


async def request_client(request: web.Request) -> dict[str, Any]:
    """The client named in the path, if this caller may see it (the read goes to the access log)."""
    client = await visible_client(request.app[DB], current_identity(request), path_id(request, "client_id"))
    note_read(request, client["id"])
    return client
