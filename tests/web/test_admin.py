"""Browser tests of the management screens (units, logguppföljning, registerutdrag) and of changing or
cancelling a sent order, with screenshots."""

from __future__ import annotations

import dataclasses
import os

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.conftest import PASSWORD  # noqa: E402
from tests.web.conftest import STAFF, Service, cli, log_in, screenshot  # noqa: E402

pytestmark = pytest.mark.browser
ADMIN = "chef"


def admin_service(service: Service) -> Service:
    """An admin account in the same database, and the service as seen with the admin's token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | {"ASSISTANT_DB": str(service.db)}
    cli("add-user", ADMIN, "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    token = cli("create-token", ADMIN, env=env).strip().splitlines()[-1]
    return dataclasses.replace(service, token=token)


def log_in_as(page: Page, service: Service, username: str) -> None:
    page.goto(service.url)
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Mina kunder")).to_be_visible()


def test_units_access_log_and_register_extract(page: Page, service: Service) -> None:
    admin = admin_service(service)
    greta = service.make_client("Greta Andersson")
    service.api("GET", f"/api/v1/clients/{greta['id']}")  # Anna reads Greta's record (through her token)
    log_in_as(page, service, ADMIN)

    page.get_by_role("link", name="Enheter").click()
    expect(page.get_by_role("heading", name="Enheter", exact=True)).to_be_visible()
    page.get_by_label("Ny enhet (hemtjänstgrupp)").fill("Hemtjänst Norr")
    page.get_by_role("button", name="Skapa enheten").click()
    unit = page.locator(".unit", has_text="Hemtjänst Norr")
    expect(unit.get_by_role("heading", name="Hemtjänst Norr")).to_be_visible()
    unit.get_by_label("Lägg till personal (användarnamn)").fill(STAFF)
    unit.get_by_label("Roll", exact=True).select_option("unit_admin")
    unit.get_by_role("button", name="Lägg till").click()
    expect(unit.locator("tbody tr", has_text=STAFF)).to_contain_text("Enhetsadmin")
    unit_id = unit.get_attribute("data-unit-id")
    admin.api("PATCH", f"/api/v1/clients/{greta['id']}", {"unit_id": int(unit_id)})
    page.reload()
    expect(page.locator(".unit", has_text="Hemtjänst Norr")).to_contain_text("Greta Andersson · kontaktperson anna")
    screenshot(page, "20-units-admin")

    page.get_by_role("link", name="Logguppföljning").click()
    expect(page.get_by_role("heading", name="Logguppföljning")).to_be_visible()
    page.get_by_label("Kund").select_option(label="Greta Andersson")
    page.get_by_label("Personal").select_option(STAFF)
    page.get_by_role("button", name="Visa").click()
    table = page.locator("table.access-log")
    expect(table.locator("tbody tr").first).to_contain_text("kunduppgifter")
    expect(table).to_contain_text(f"GET /api/v1/clients/{greta['id']}")
    expect(table.locator("tbody tr", has_text="chef")).to_have_count(0)
    expect(page.get_by_role("link", name="Ladda ner som CSV")).to_have_attribute(
        "href", f"/api/v1/access-log.csv?client_id={greta['id']}&username={STAFF}")
    screenshot(page, "21-access-log")

    with page.context.expect_page() as opened:
        page.get_by_role("link", name="utskrivbar sida").click()
    extract = opened.value
    expect(extract.get_by_role("heading", name="Registerutdrag för Greta Andersson")).to_be_visible()
    expect(extract.get_by_role("heading", name="Åtkomstlogg (vem har läst uppgifterna)", exact=False)).to_be_visible()
    expect(extract.locator("body")).to_contain_text("Storgatan 1, Södertälje")
    screenshot(extract, "22-register-extract")
    extract.close()

    # Anna runs the unit now: the units screen, and the access log of the unit's clients (not the accounts list).
    other = admin.api("POST", "/api/v1/clients", {"display_name": "Utanför Enheten", "delivery_weekday": 1,
                                                  "cutoff_weekday": 0})
    admin.api("GET", f"/api/v1/clients/{other['id']}")
    page.get_by_role("button", name="Logga ut").click()
    log_in(page, service)
    expect(page.get_by_role("link", name="Enheter")).to_be_visible()
    expect(page.get_by_role("link", name="Användare")).to_have_count(0)
    page.get_by_role("link", name="Logguppföljning").click()
    table = page.locator("table.access-log")
    expect(table).to_contain_text("Greta Andersson")
    expect(table).not_to_contain_text("Utanför Enheten")
    expect(page.get_by_label("Kund")).not_to_contain_text("Utanför Enheten")
    expect(page.get_by_role("link", name="utskrivbar sida")).to_have_count(0)  # register extracts: the admin's
    screenshot(page, "26-unit-admin-access-log")


def assert_no_wcag_violations(page: Page) -> None:
    """The page as it is now, by the axe rules test_audit.py walks every screen with."""
    from tests.web.test_audit import TAGS, axe_module

    result = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS},
                                                 "resultTypes": ["violations"]})
    assert not result.response["violations"], result.response["violations"]


def sent_order(service: Service, name: str) -> dict:
    client = service.make_client(name)
    basket = service.api("POST", f"/api/v1/clients/{client['id']}/basket/utterances",
                         {"text": "två mellanmjölk och ett rågbröd", "version": 1})["basket"]
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = service.api("PATCH", f"/api/v1/clients/{client['id']}/basket/lines/{line['id']}",
                                 {"version": basket["version"], "resolved": True})
    basket = service.api("POST", f"/api/v1/clients/{client['id']}/basket/confirm", {"version": basket["version"]})
    return service.api("POST", f"/api/v1/clients/{client['id']}/basket/submit", {"version": basket["version"]})


def test_change_then_cancel_a_sent_order(page: Page, service: Service) -> None:
    order = sent_order(service, "Greta Andersson")
    log_in(page, service)
    page.get_by_role("button", name="Öppna Greta Andersson").click()
    history = page.locator(".history")
    history.get_by_role("button", name="Visa order").click()
    card = history.locator(".order")
    expect(card.get_by_role("button", name="Ändra beställningen")).to_be_visible()
    screenshot(page, "23-order-changeable")

    card.get_by_role("button", name="Ändra beställningen").click()
    expect(page.locator("#notice")).to_contain_text("går att ändra till")
    # Before confirming, the page says plainly that this basket changes the order the grocer already has.
    notice = page.get_by_role("region", name="Du ändrar en skickad beställning")
    expect(notice).to_contain_text("Du ändrar en beställning som redan är skickad till butiken")
    expect(notice).to_contain_text("Det som redan är beställt gäller tills du bekräftar och skickar ändringen")
    expect(page.get_by_role("button", name="Bekräfta korgen")).to_have_count(0)
    expect(page.get_by_role("button", name="Bekräfta ändringen")).to_be_visible()
    # The order's card points to the basket instead of offering to reopen it again.
    page.locator(".history").get_by_role("button", name="Visa order").click()
    expect(page.locator(".history")).to_contain_text("Korgen ovan är öppnad för att ändra den här beställningen.")
    expect(page.get_by_role("button", name="Ändra beställningen")).to_have_count(0)
    page.get_by_label("Skriv vad kunden vill ha").fill("ett paket smör")
    page.get_by_role("button", name="Lägg till", exact=True).click()
    expect(page.locator(".line")).to_have_count(len(order["lines"]) + 1)
    screenshot(page, "24-order-reopened")
    assert_no_wcag_violations(page)
    page.get_by_role("button", name="Bekräfta ändringen").click()
    expect(notice).to_be_visible()
    expect(page.locator(".confirm")).to_contain_text(
        "Det här är en ändring: korgen ersätter hela beställningen som butiken redan har.")
    assert_no_wcag_violations(page)
    page.get_by_role("button", name="Skicka ändringen till butiken").click()
    expect(page.locator(".order-box .order")).to_be_visible()

    def lines_at_grocer() -> int:
        return len(service.api("GET", f"/api/v1/orders/{order['id']}")["lines"])

    for _ in range(100):
        if lines_at_grocer() == len(order["lines"]) + 1:
            break
        page.wait_for_timeout(100)
    assert lines_at_grocer() == len(order["lines"]) + 1

    page.reload()
    history = page.locator(".history")
    history.get_by_role("button", name="Visa order").click()
    cancel = history.get_by_role("button", name="Avbeställ")
    cancel.click()
    expect(history.get_by_role("button", name="Tryck igen för att avbeställa")).to_be_visible()
    history.get_by_role("button", name="Tryck igen för att avbeställa").click()
    expect(page.locator("#notice")).to_contain_text("avbeställs. Inget levereras den dagen.")
    # news, not a warning: the sign before the text says so (a screen reader hears the role "status")
    assert page.locator("#notice-text").evaluate("p => getComputedStyle(p, '::before').content") == '"ℹ "'
    expect(page.get_by_role("status").filter(has_text="avbeställs")).to_be_visible()
    screenshot(page, "25-order-cancelled")
    for _ in range(100):
        if service.api("GET", f"/api/v1/orders/{order['id']}")["status"] == "cancelled":
            break
        page.wait_for_timeout(100)
    assert service.api("GET", f"/api/v1/orders/{order['id']}")["status"] == "cancelled"
