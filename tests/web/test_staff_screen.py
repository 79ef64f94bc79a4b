"""The staff screen (issue 12): a 15-line basket reviewed within two screens at 1024×768, the flagged-line
summary that jumps to each line, a colleague not assigned to the client told why and what to do, and
Swedish formats from one place. One service for the module."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Page, expect  # noqa: E402

from tests.conftest import PASSWORD  # noqa: E402
from tests.web.conftest import Service, log_in, new_page, screenshot  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

LANDSCAPE = {"width": 1024, "height": 768}


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser, LANDSCAPE)
    yield page
    page.context.close()


def fifteen_lines(service: Service, client_id: int) -> None:
    """Fifteen different products from the catalog, added the way staff add from the search."""
    base = f"/api/v1/clients/{client_id}/basket"
    basket = service.api("GET", base)
    seen: set[str] = set()
    for word in ("mjölk", "smör", "bröd", "kaffe", "te", "ägg", "yoghurt", "ost", "äpple", "banan", "korv",
                 "pasta", "ris", "juice", "fil", "gurka", "tomat"):
        for product in service.api("GET", f"/api/v1/catalog/search?q={quote(word)}&limit=3")["results"]:
            if product["id"] not in seen and len(seen) < 15:
                seen.add(product["id"])
                basket = service.api("POST", f"{base}/lines", {"product_id": product["id"], "version": basket["version"]})
                break
    assert len(basket["lines"]) == 15


def test_a_fifteen_line_basket_is_reviewed_within_two_screens(page: Page, service: Service) -> None:
    client = service.make_client("Femton Rader", budget=None)
    fifteen_lines(service, client["id"])
    log_in(page, service)
    page.get_by_role("button", name="Öppna Femton Rader").click()
    lines = page.locator(".lines > .line")
    expect(lines).to_have_count(15)
    heading = page.get_by_role("heading", name=re.compile("^Korgen – 15 varor"))
    full = screenshot(page, "30-staff-fifteen-lines-1024x768")
    top = heading.bounding_box()
    bottom = lines.last.bounding_box()
    assert top and bottom
    span = bottom["y"] + bottom["height"] - top["y"]
    assert span <= 2 * LANDSCAPE["height"], f"the review takes {span:.0f} px, more than two screens"
    # The total and "Bekräfta korgen" stay in reach while the lines scroll by.
    lines.nth(7).scroll_into_view_if_needed()
    expect(page.get_by_role("button", name="Bekräfta korgen")).to_be_in_viewport()
    expect(page.locator(".confirm-bar .total-value")).to_be_in_viewport()
    page.screenshot(path=str(full.with_name("30-staff-fifteen-lines-1024x768-viewport.png")))


def test_flagged_lines_come_first_with_a_summary_that_jumps_to_each(page: Page, service: Service) -> None:
    client = service.make_client("Flagga Först", budget=None)
    base = f"/api/v1/clients/{client['id']}/basket"
    basket = service.api("GET", base)
    service.api("POST", f"{base}/utterances", {"text": "två mjölk, en limpa, ost och kaffe", "version": basket["version"]})
    unresolved = service.api("GET", base)["unresolved"]
    assert unresolved >= 1
    log_in(page, service)
    page.get_by_role("button", name="Öppna Flagga Först").click()
    summary = page.locator(".review-summary")
    expect(summary).to_contain_text(re.compile(rf"{unresolved} rad(er)? behöver kontrolleras"))
    lines = page.locator(".lines > .line")
    for i in range(unresolved):
        expect(lines.nth(i)).to_have_class(re.compile("flagged"))
    expect(lines.nth(unresolved)).not_to_have_class(re.compile("flagged"))
    summary.get_by_role("button").first.click()
    focused_line = page.evaluate("() => document.activeElement.closest('[data-line-id]')?.id")
    assert focused_line == lines.first.get_attribute("id")
    expect(lines.first).to_be_in_viewport()


def test_a_colleague_not_assigned_to_the_client_is_told_why_and_what_to_do(page: Page, service: Service) -> None:
    service.add_user("berit")
    service.make_client("Annans Kund", budget=None)
    log_in(page, service)
    page.get_by_role("button", name="Öppna Annans Kund").click()
    hand_tablet_to_client(page, "Annans Kund")
    page.get_by_role("button", name="Lämna tillbaka till personalen").click()
    page.get_by_label("Användarnamn").fill("berit")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Du är inte personal för den här kunden")).to_be_visible()
    expect(page.get_by_text("be en administratör lägga till dig")).to_be_visible()
    expect(page.get_by_text("Kunden gick inte att visa")).to_have_count(0)
    screenshot(page, "31-staff-not-assigned-1024x768")
    page.get_by_role("button", name="← Mina kunder").click()
    expect(page.get_by_role("heading", name="Mina kunder")).to_be_visible()


def test_swedish_formats_come_from_one_place(page: Page, service: Service) -> None:
    page.goto(service.url)
    said = page.evaluate("""async () => { const f = await import('/static/js/format.js');
      return { money: f.kr(1234.5), day: f.day('2026-12-04'), moment: f.dayAndTime('2026-12-04T12:00:00+01:00'),
               stamp: f.dateTime(Date.UTC(2026, 11, 4, 11, 0) / 1000) }; }""")
    assert said == {"money": "1\u00a0234,50\u00a0kr", "day": "fredag 4 december",
                    "moment": "fredag 4 december kl. 12:00", "stamp": "fredag 4 december 12:00"}, said
    # Nothing hand-builds money elsewhere: every module formats through format.js.
    for module in ("basket", "tablet", "staff", "orders", "admin", "statement", "readaloud"):
        text = page.evaluate(f"async () => (await fetch('/static/js/{module}.js')).text()")
        assert not re.search(r"toFixed\(|\} kr`|\+ \" kr\"", text), module
