"""Butiksinköp on a names-only feed (as Mathem's): on the phone and on paper the list is grouped by the
store section each product's name says, "Övrigt" last, instead of one heap."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.conftest import Service, cli, log_in, screenshot  # noqa: E402
from tests.web.test_store_trip import PHONE, confirm_basket  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

NAMES_ONLY = [{"id": "s:mjolk", "name": "Mellanmjölk 1,5%", "price_sek": 13.9},
              {"id": "s:brod", "name": "Rågbröd", "price_sek": 29.9},
              {"id": "s:korv", "name": "Falukorv", "price_sek": 39.9},
              {"id": "s:kattsand", "name": "Kattsand Klumpande", "price_sek": 59.0},
              {"id": "s:paraply", "name": "Paraply Svart", "price_sek": 99.0}]


def names_only_client(service: Service, folder: Path, name: str, text: str) -> dict:
    feed = folder / "namn.jsonl"
    feed.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in NAMES_ONLY), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | {"ASSISTANT_DB": str(service.db)}
    cli("import-catalog", str(feed), "--vendor", "namn", env=env)
    client = service.api("POST", "/api/v1/clients", {
        "display_name": name, "address": "Storgatan 1, Södertälje", "phone": "070-123 45 67",
        "delivery_weekday": 1, "cutoff_weekday": 0, "cutoff_time": "12:00", "budget_sek": 800, "vendor": "namn"})
    return confirm_basket(service, client, text)


def test_a_names_only_trip_is_grouped_by_section(page: Page, service: Service, tmp_path: Path) -> None:
    names_only_client(service, tmp_path, "Signe Sektion",
                      "en mellanmjölk, ett rågbröd, en falukorv, kattsand och ett paraply")
    log_in(page, service)
    page.get_by_role("link", name="Butiksinköp").click()
    expect(page.get_by_role("heading", name="Butiksinköp", exact=True)).to_be_visible()
    for box in page.locator("input[type=checkbox][id^=trip-client-]").all():  # this client only
        box.uncheck()
    page.get_by_label("Signe Sektion", exact=False).check()
    page.get_by_label("Butik").fill("Mathem-butiken")
    page.get_by_role("button", name="Starta butiksinköpet").click()
    expect(page.get_by_role("heading", name="Butiksinköp: Mathem-butiken")).to_be_visible()
    page.set_viewport_size(PHONE)
    headings = page.locator(".department h2")
    expect(headings).to_have_text(["Bröd & kakor", "Chark & pålägg", "Djur", "Mejeri & ägg", "Övrigt"])
    expect(page.locator(".department").filter(has_text="Mejeri & ägg")).to_contain_text("Mellanmjölk 1,5%")
    expect(page.locator(".department").filter(has_text="Övrigt")).to_contain_text("Paraply Svart")
    screenshot(page, "34-store-trip-sections-phone")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    expect(headings).to_have_count(5)
    screenshot(page, "35-store-trip-sections-print")
