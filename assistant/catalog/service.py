"""Catalog indexes for the running service: one per vendor, built lazily, rebuilt on a new import.

Imports may come from another process (the operator CLI), so freshness is read from the database's
catalog revision on every use rather than from an in-process signal.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from aiohttp import web

from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import Identity
from assistant.catalog.compounds import join_split_compounds
from assistant.catalog.index import CatalogIndex
from assistant.catalog.understand import Understanding, understand
from assistant.errors import TooManyItems
from assistant.nlu import parse
from assistant.storage.clients import client_vendors
from assistant.storage.db import Database
from assistant.storage.products import catalog_revisions, list_products

log = logging.getLogger("assistant.catalog")


@dataclass(frozen=True)
class ClientContext:
    """What matching needs to know about the client: their grocer, past purchases, diet, and what staff
    taught the service about their words at this grocer (phrase key → product id)."""

    vendor: str
    history: tuple[str, ...] = ()
    diet: tuple[str, ...] = ()
    learned: Mapping[str, str] = field(default_factory=dict)
    # the catalog revisions, when read in the same trip to the database (None: not read with the client)
    revisions: Mapping[str, int] | None = None


# (db, client_id, caller): with a caller, a client they may not see is NotFound.
ClientContextHook = Callable[[Database, str, Identity | None], Awaitable[ClientContext]]


class CatalogService:
    def __init__(self, db: Database, default_vendor: str, client_context: ClientContextHook | None = None) -> None:
        self.db = db
        self.default_vendor = default_vendor
        self._client_context = client_context
        self._indexes: dict[str, tuple[int, CatalogIndex]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def set_client_context(self, hook: ClientContextHook) -> None:
        """The clients component plugs in here: history, diet and vendor per client (404 on unknown)."""
        self._client_context = hook

    async def client_context(self, client_id: str | None, caller: Identity | None = None) -> ClientContext:
        if self._client_context is None or client_id is None:
            return ClientContext(self.default_vendor)
        return await self._client_context(self.db, client_id, caller)

    async def understand(self, text: str, client_id: str | None = None, caller: Identity | None = None, *,
                         transcript: bool = False, max_items: int | None = None) -> Understanding:
        """Typed text and transcripts alike; recognisers write Swedish compounds as separate words
        ("mellan mjölk"), so a transcript first has the ones the catalog knows joined.

        Parsing and matching are CPU work growing with the text: they run off the event loop, and a text
        asking for more than `max_items` goods is refused (TooManyItems) before any is matched."""
        client = await self.client_context(client_id, caller)  # the catalog revisions read with it, if any
        index = await self.index(client.vendor, client.revisions)
        return await asyncio.to_thread(_understand_text, text, index, client, transcript, max_items)

    async def index(self, vendor: str | None = None, revisions: Mapping[str, int] | None = None) -> CatalogIndex:
        """The vendor's index, rebuilt (off the event loop) when the catalog revision moved on (`revisions`:
        the catalog revisions just read, or None to read them now)."""
        vendor = vendor or self.default_vendor
        if revisions is None:
            revisions = await catalog_revisions(self.db)
        revision = revisions.get(vendor, 0)
        cached = self._indexes.get(vendor)
        if cached and cached[0] == revision:
            return cached[1]
        async with self._locks.setdefault(vendor, asyncio.Lock()):
            cached = self._indexes.get(vendor)
            if cached and cached[0] >= revision:
                return cached[1]
            products = await list_products(self.db, vendor)
            index = await asyncio.to_thread(CatalogIndex.build, products)
            self._indexes[vendor] = (revision, index)
            return index


    async def warm(self) -> None:
        """The indexes requests will ask for, built at start-up: the default grocer's and each client's
        grocer's, where a catalog is imported. Otherwise the first sentence after a start waits for its
        grocer's build (seconds for 30,000 products); a request arriving meanwhile waits for this same
        build (the vendor's lock) rather than starting another."""
        revisions = await catalog_revisions(self.db)
        for vendor in dict.fromkeys([self.default_vendor, *await client_vendors(self.db)]):
            if vendor in revisions:
                await self.index(vendor, revisions)


def _understand_text(text: str, index: CatalogIndex, client: ClientContext, transcript: bool,
                     max_items: int | None) -> Understanding:
    if transcript:
        text = join_split_compounds(text, index.vocabulary)
    parsed = parse(text)
    if max_items is not None and parsed.items_said > max_items:
        raise TooManyItems(max_items, parsed.items_said)
    return understand(parsed, index, client.history, client.diet, client.learned)


CATALOG = web.AppKey("catalog", CatalogService)


async def catalog_context(app: web.Application) -> AsyncIterator[None]:
    """Needs the database context before it; indexes are memory only, nothing to close. The indexes are
    built in the background from the start (`CatalogService.warm`), not on the first sentence."""
    service = app[CATALOG] = CatalogService(app[DB], app[SETTINGS].default_vendor)
    warming = asyncio.create_task(_warm(service))
    yield
    warming.cancel()  # a build already in its thread finishes there; nothing waits for it
    await asyncio.gather(warming, return_exceptions=True)


async def _warm(service: CatalogService) -> None:
    try:
        await service.warm()
    except Exception:  # a request builds the index then, as without warming
        log.exception("building the catalog indexes at start-up failed")
