"""A count guessed from the usual package sizes (a names-only feed states none) is said on the tablet and the
staff pages in plain Swedish, readable and accessible; a count set by hand is no guess any more."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.conftest import SCREENSHOTS, VIEWPORT, Grocer, Service, cli, log_in, screenshot  # noqa: E402
from tests.web.test_accessibility import check, measure  # noqa: E402
from tests.web.test_admin import assert_no_wcag_violations  # noqa: E402
from tests.web.test_client_screen import FAKE_SPEECH, to_tablet  # noqa: E402
from tests.web.test_shopping import take_tablet_back, type_list  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

# A names-only feed, as Mathem's: no package size, no category, no brand.
NAMES_ONLY = [{"id": "m:mellan", "name": "Mellanmjölk 1,5%", "price_sek": 13.9},
              {"id": "m:latt", "name": "Lättmjölk 0,5%", "price_sek": 12.9},
              {"id": "m:rag", "name": "Rågbröd", "price_sek": 29.9}]
CLIENT_TEXT = "Butiken anger inte storleken, så antalet är gissat"


def mathem_client(service: Service, grocer: Grocer, folder: Path, name: str) -> dict[str, Any]:
    """The grocer and the service get the names-only catalog; the client shops there."""
    feed = folder / "mathem.jsonl"
    feed.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in NAMES_ONLY), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | {"ASSISTANT_DB": str(service.db)}
    cli("import-catalog", str(feed), "--vendor", "mathem", env=env)
    grocer.admin("/admin/catalog", {"products": NAMES_ONLY})
    return service.api("POST", "/api/v1/clients", {
        "display_name": name, "address": "Storgatan 1, Södertälje", "phone": "070-123 45 67",
        "delivery_weekday": 1, "cutoff_weekday": 0, "cutoff_time": "12:00", "budget_sek": 800, "vendor": "mathem"})


def test_a_guessed_count_is_said_on_the_tablet_and_to_staff(page: Page, service: Service, grocer: Grocer,
                                                              tmp_path: Path) -> None:
    mathem_client(service, grocer, tmp_path, "Greta Andersson")
    page.add_init_script(FAKE_SPEECH)
    to_tablet(page, service, "Greta Andersson")
    type_list(page, "två liter mellanmjölk, en liter lättmjölk och ett rågbröd")
    lines = page.locator(".lines > .line")
    expect(lines).to_have_count(3)
    milk, light, bread = (lines.filter(has_text=name) for name in ("Mellanmjölk", "Lättmjölk", "Rågbröd"))
    expect(milk.locator(".tag.estimated")).to_have_text(CLIENT_TEXT)
    expect(milk.locator(".count-value")).to_have_text("2 st")
    expect(light.locator(".tag.estimated")).to_have_text(CLIENT_TEXT)
    expect(bread.locator(".tag.estimated")).to_have_count(0)
    expect(page.locator(".line.flagged")).to_have_count(0)  # said, not flagged: every usual size gives 2
    check(measure(page))
    assert_no_wcag_violations(page)
    screenshot(page, "count-estimated-tablet")
    page.set_viewport_size({"width": 800, "height": 1280})  # the tablet turned upright
    check(measure(page))
    screenshot(page, "count-estimated-tablet-portrait")
    page.set_viewport_size(VIEWPORT)
    page.reload()  # no answer to repeat: "Läs upp" reads every line
    expect(lines).to_have_count(3)  # the basket shown, not a button about to be drawn again
    page.get_by_role("button", name="Läs upp").click()
    expect(page.get_by_role("button", name="Sluta läsa")).to_have_attribute("aria-pressed", "true")
    spoken = page.evaluate("window.__spoken")[-1]
    assert f"2 Mellanmjölk 1,5%. {CLIENT_TEXT}. 1 Lättmjölk 0,5%. {CLIENT_TEXT}. 1 Rågbröd." in spoken, spoken
    page.get_by_role("button", name="Sluta läsa").click()

    light.get_by_role("button", name=re.compile("^En till")).click()  # a count set by hand is no guess
    expect(light.locator(".count-value")).to_have_text("2 st")
    expect(light.locator(".tag.estimated")).to_have_count(0)
    expect(milk.locator(".tag.estimated")).to_have_text(CLIENT_TEXT)

    take_tablet_back(page, "Greta Andersson")
    milk = page.locator(".lines > .line", has_text="Mellanmjölk")
    expect(milk.locator(".tag.estimated")).to_have_text("Gissat antal för 2 liter – butiken anger ingen storlek")
    expect(page.locator(".tag.estimated")).to_have_count(1)
    check(measure(page))
    assert_no_wcag_violations(page)
    screenshot(page, "count-estimated-staff-review")
    page.locator(".lines").screenshot(path=str(SCREENSHOTS / "count-estimated-staff-lines.png"))  # no sticky bar

    page.get_by_role("button", name="Bekräfta korgen").click()
    page.get_by_role("button", name="Skicka beställningen").click()
    order = page.locator(".order-box .order")
    expect(order).to_contain_text("Beställningen är skickad")
    expect(order.locator(".order-lines li", has_text="Mellanmjölk")).to_contain_text(
        "Gissat antal – butiken anger ingen storlek")
    expect(order.locator(".order-lines li", has_text="Lättmjölk")).not_to_contain_text("Gissat")
    assert_no_wcag_violations(page)
    screenshot(page, "count-estimated-order")


def test_the_store_trip_list_says_which_counts_are_guessed(page: Page, service: Service, grocer: Grocer,
                                                           tmp_path: Path) -> None:
    client = mathem_client(service, grocer, tmp_path, "Nils Berg")
    basket = service.api("POST", f"/api/v1/clients/{client['id']}/basket/utterances",
                         {"text": "två liter mellanmjölk och ett rågbröd", "version": 1})["basket"]
    service.api("POST", f"/api/v1/clients/{client['id']}/basket/confirm", {"version": basket["version"]})
    trip = service.api("POST", "/api/v1/store-trips", {"store": "ICA Kvantum", "client_ids": [client["id"]]})
    log_in(page, service)
    page.goto(f"{service.url}/#/butik/{trip['id']}")
    lines = page.locator(".trip-line")
    expect(lines.filter(has_text="Mellanmjölk").locator(".trip-amount")).to_contain_text(
        "2 st · påse 1 (Nils Berg) · inget byte · ca 13,90 kr · Gissat antal – butiken anger ingen storlek")
    expect(lines.filter(has_text="Rågbröd")).not_to_contain_text("Gissat")
    assert_no_wcag_violations(page)
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    expect(lines.filter(has_text="Mellanmjölk")).to_contain_text("Gissat antal")
    screenshot(page, "count-estimated-store-trip-print")
