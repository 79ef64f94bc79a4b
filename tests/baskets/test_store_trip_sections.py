"""Butiksinköp on a names-only feed (Mathem's: no category): the combined list is grouped by the
store section read from each product's name, through the HTTP API; what the name does not say
stays under "Övrigt", listed last."""

from __future__ import annotations

from assistant.catalog.schema import Product
from assistant.settings import Settings
from assistant.storage import products
from assistant.storage.db import Database
from tests.baskets.conftest import call
from tests.baskets.test_store_trip import confirmed

NAMES_ONLY = [Product(id="m:mjolk", name="Mellanmjölk 1,5%", price_sek=13.9),
              Product(id="m:brod", name="Rågbröd", price_sek=29.9),
              Product(id="m:korv", name="Falukorv", price_sek=39.9),
              Product(id="m:kattsand", name="Kattsand Klumpande", price_sek=59.0),
              Product(id="m:paraply", name="Paraply Svart", price_sek=49.0)]


async def test_a_names_only_feed_is_grouped_by_the_section_its_names_say(staff, settings: Settings) -> None:
    async with Database(settings.db) as database:
        await products.upsert_products(database, NAMES_ONLY, "mathem")
    karin = await confirmed(staff, "Karin A", "en mellanmjölk, ett rågbröd och en falukorv", vendor="mathem")
    nils = await confirmed(staff, "Nils B", "en mellanmjölk, kattsand och ett paraply", vendor="mathem")
    trip = await call(staff, "POST", "/api/v1/store-trips", 201, json={
        "store": "Mathem-butiken", "client_ids": [karin["id"], nils["id"]]})
    grouped = [(d["name"], [(x["product"]["id"], x["bag"]) for x in d["lines"]]) for d in trip["departments"]]
    assert grouped == [("Bröd & kakor", [("m:brod", 1)]),
                       ("Chark & pålägg", [("m:korv", 1)]),
                       ("Djur", [("m:kattsand", 2)]),
                       ("Mejeri & ägg", [("m:mjolk", 1), ("m:mjolk", 2)]),
                       ("Övrigt", [("m:paraply", 2)])]
    assert all(d["inferred"] for d in trip["departments"])  # no category names any of them
    again = await call(staff, "GET", f"/api/v1/store-trips/{trip['id']}")
    assert [d["name"] for d in again["departments"]] == [name for name, _ in grouped]
