"""Butiksinköp in the browser: a trip for three clients, ticked off on a phone, printed on A4, finished."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.conftest import Service, log_in, screenshot  # noqa: E402

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def confirmed_client(service: Service, name: str, text: str) -> dict:
    return confirm_basket(service, service.make_client(name), text)


def confirm_basket(service: Service, client: dict, text: str) -> dict:
    """The client's list said, every flagged line approved, the basket confirmed: ready for a trip."""
    basket = service.api("POST", f"/api/v1/clients/{client['id']}/basket/utterances",
                         {"text": text, "version": 1})["basket"]
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = service.api("PATCH", f"/api/v1/clients/{client['id']}/basket/lines/{line['id']}",
                                 {"version": basket["version"], "resolved": True})
    service.api("POST", f"/api/v1/clients/{client['id']}/basket/confirm", {"version": basket["version"]})
    return client


def test_a_store_trip_on_a_phone_and_on_paper(page: Page, service: Service) -> None:
    clients = [confirmed_client(service, "Greta Andersson", "två mellanmjölk och ett rågbröd"),
               confirmed_client(service, "Nils Berg", "en mellanmjölk och kaffe"),
               confirmed_client(service, "Olle Ceder", "ett paket smör och ett rågbröd")]
    log_in(page, service)
    page.get_by_role("link", name="Butiksinköp").click()
    expect(page.get_by_role("heading", name="Butiksinköp", exact=True)).to_be_visible()
    for client in clients:
        expect(page.get_by_label(client["display_name"], exact=False)).to_be_checked()
    page.get_by_label("Butik").fill("ICA Kvantum")
    screenshot(page, "30-store-trip-start")
    page.get_by_role("button", name="Starta butiksinköpet").click()
    expect(page.get_by_role("heading", name="Butiksinköp: ICA Kvantum")).to_be_visible()
    expect(page.locator(".bag-list")).to_contain_text("Påse 3: Olle Ceder")

    page.set_viewport_size(PHONE)
    lines = page.locator(".trip-line")
    total = lines.count()
    assert total >= 6
    expect(page.locator(".trip-status")).to_have_text(f"{total} varor kvar att pricka av.")
    screenshot(page, "31-store-trip-phone")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    expect(page.get_by_role("button", name="Avsluta inköpet")).to_be_hidden()
    screenshot(page, "32-store-trip-print")
    page.emulate_media(media="screen")
    page.set_viewport_size(PHONE)

    first = lines.nth(0)
    first.get_by_label("Pris på kvittot (kr)").fill("19.90")
    first.get_by_role("button", name="Köpt").click()
    expect(lines.nth(0)).to_contain_text("Köpt, 19,90 kr")
    lines.nth(1).get_by_role("button", name="Saknas").click()
    expect(lines.nth(1).locator(".trip-outcome")).to_have_text("Saknas")
    third = lines.nth(2)
    third.get_by_role("button", name="Bytt").click()
    third.get_by_label("Vad köptes i stället?").fill("Eget märke, samma sort")
    third.get_by_role("button", name="Bytt").click()
    expect(lines.nth(2).locator(".trip-outcome")).to_contain_text("Bytt: Eget märke, samma sort")
    for i in range(3, total):
        lines.nth(i).get_by_role("button", name="Köpt").click()
        expect(lines.nth(i).locator(".trip-outcome")).to_be_visible()
    expect(page.locator(".trip-status")).to_have_text("0 varor kvar att pricka av.")
    screenshot(page, "33-store-trip-ticked")
    page.get_by_role("button", name="Avsluta inköpet").click()
    expect(page.locator("#notice")).to_contain_text("Inköpet är klart: 3 påsar levererade.")
    for client in clients:
        [order] = service.api("GET", f"/api/v1/orders?client_id={client['id']}")["orders"]
        assert order["status"] == "delivered" and all(line["outcome"] for line in order["lines"])
