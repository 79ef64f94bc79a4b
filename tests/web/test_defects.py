"""Defects found on the tablet and the staff page (issue 12), each caught in the browser.

One service and grocer for the module (each test makes its own client): starting them is the slow part."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import APIResponse, Browser, Page, Route, expect  # noqa: E402

from tests.web.conftest import Grocer, Service, log_in, new_page  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client, place_order, type_list  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

FOCUSED_LINE = "() => { const a = document.activeElement; const line = a && a.closest('[data-line-id]');" \
               " return { tag: a ? a.tagName : null, line: line ? line.dataset.lineId : null," \
               " key: a && a.dataset ? a.dataset.key || null : null }; }"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser)
    yield page
    page.context.close()


def open_client(page: Page, service: Service, name: str) -> None:
    log_in(page, service)
    page.get_by_role("button", name=f"Öppna {name}").click()
    expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()


def staff_types(page: Page, text: str) -> None:
    box = page.get_by_label("Skriv vad kunden vill ha")
    box.fill(text)
    page.get_by_role("button", name="Lägg till", exact=True).click()
    expect(box).to_have_value("")


def test_without_speech_the_empty_basket_does_not_say_prata(page: Page, service: Service) -> None:
    service.make_client("Elsa Lind")
    open_client(page, service, "Elsa Lind")
    hand_tablet_to_client(page, "Elsa Lind")
    expect(page.get_by_text("Röststyrning finns inte just nu.")).to_be_visible()
    expect(page.locator(".basket .empty")).to_have_text("Korgen är tom. Skriv vad du vill handla i rutan.")
    expect(page.get_by_text("Tryck på Prata")).to_have_count(0)


def test_the_reply_follows_a_product_the_client_picked(page: Page, service: Service) -> None:
    service.make_client("Olle Ek")
    open_client(page, service, "Olle Ek")
    hand_tablet_to_client(page, "Olle Ek")
    type_list(page, "ost")
    line = page.locator(".lines > .line").first
    expect(line.locator(".alternatives button").first).to_be_visible()
    first_name = line.locator(".line-name").inner_text()
    expect(page.locator(".reply")).to_contain_text(first_name)
    choice = line.locator(".alternatives button").first
    picked = choice.locator(".alt-name").inner_text()
    choice.click()
    expect(page.locator(".lines > .line .line-name").first).to_have_text(picked)
    expect(page.locator(".reply")).to_have_text(f"Du valde {picked}.")


def test_keyboard_focus_stays_on_the_line_after_minus_and_remove(page: Page, service: Service) -> None:
    service.make_client("Britt Holm", budget=None)
    open_client(page, service, "Britt Holm")
    staff_types(page, "två mellanmjölk och en limpa")
    lines = page.locator(".lines > .line")
    expect(lines).to_have_count(2)
    milk = lines.filter(has_text="mjölk").first
    milk_id = milk.get_attribute("data-line-id")
    minus = milk.get_by_role("button", name=re.compile("^En mindre"))
    minus.focus()
    page.keyboard.press("Enter")
    expect(milk.locator(".count-value")).to_have_text("1 st")
    expect(minus).to_be_disabled()
    focused = page.evaluate(FOCUSED_LINE)
    assert focused["line"] == milk_id, focused  # on the same line, not the top of the page

    other_id = lines.filter(has_not_text="mjölk").first.get_attribute("data-line-id")
    milk.get_by_role("button", name=re.compile("^Ta bort")).focus()
    page.keyboard.press("Enter")
    expect(lines).to_have_count(1)
    focused = page.evaluate(FOCUSED_LINE)
    assert focused["line"] == other_id, focused  # the line that took its place

    lines.first.get_by_role("button", name=re.compile("^Ta bort")).focus()
    page.keyboard.press("Enter")
    expect(lines).to_have_count(0)
    focused = page.evaluate(FOCUSED_LINE)
    assert focused["tag"] == "H2", focused  # the basket's heading, still in the basket


def wait_for_number(service: Service, order_id: int) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        order = service.api("GET", f"/api/v1/orders/{order_id}")
        if order["vendor_order_number"]:
            return order["vendor_order_number"]
        time.sleep(0.2)
    raise AssertionError("the grocer never got the order")


def test_order_status_is_one_truth_and_outcomes_wait_for_delivery(page: Page, service: Service,
                                                                  grocer: Grocer) -> None:
    client = service.make_client("Gun Falk", budget=None)
    order = place_order(service, client["id"], "två mellanmjölk och en limpa")
    number = wait_for_number(service, order["id"])
    open_client(page, service, "Gun Falk")
    history = page.locator(".history")
    row = history.locator(".order-row").first
    row.get_by_role("button", name=re.compile("^Visa order")).click()
    grocer.admin("/admin/advance", {"order_number": number})  # the grocer starts picking
    expect(row.locator(".status").first).to_have_attribute("data-status", "picking")  # no reload needed
    expect(row.locator(".order .status")).to_have_attribute("data-status", "picking")
    expect(row.locator(".outcome")).to_have_count(0)  # nothing is "Levererad" while it is being picked
    expect(row).not_to_contain_text("Levererad")
    grocer.admin("/admin/advance", {"order_number": number})
    expect(row.locator(".status").first).to_have_attribute("data-status", "delivered")
    expect(row.locator(".outcome").first).to_be_visible()


class LateFirstAnswer:
    """The page's first read of `url` is answered late, with what the service said when it was asked: a slow
    tablet, or a service busy with other reads, answers it only after the user has done the next thing."""

    def __init__(self, page: Page, url: re.Pattern[str]) -> None:
        self.page = page
        self.url = url
        self.held: list[tuple[Route, APIResponse]] = []
        page.route(url, self._hold)

    def _hold(self, route: Route) -> None:
        if route.request.method == "GET" and not self.held:
            self.held.append((route, route.fetch()))  # the service's answer as of now
        else:
            route.continue_()

    def asked(self) -> Any:
        """Waits until the page has asked; the answer it will get, late."""
        while not self.held:  # the route handler runs when Playwright next hears from the browser
            self.page.wait_for_timeout(20)
        return self.held[0][1].json()

    def answer(self) -> None:
        """Gives the page the held answer now, and returns once the page has read it."""
        self.asked()
        self.page.evaluate("() => 0")  # what the user just did, and the promises it started, have run
        route, response = self.held[0]
        with self.page.expect_response(self.url):
            route.fulfill(response=response)
        self.page.evaluate("() => new Promise((done) => setTimeout(done, 0))")


def test_a_sentence_sent_before_the_basket_arrived_is_not_lost(page: Page, service: Service) -> None:
    """The sentence waits for the basket's first read (it needs the version that read brings); before,
    it went without one, was refused, and the lines never came: the keyboard-only audit failed on a
    loaded machine, and a care worker quick on a slow tablet would see it too."""
    service.make_client("Rask Rut")
    log_in(page, service)
    read = LateFirstAnswer(page, re.compile(r"/api/v1/clients/\d+/basket$"))
    page.get_by_role("button", name="Öppna Rask Rut").click()
    expect(page.get_by_role("heading", name="Rask Rut", exact=True)).to_be_visible()
    expect(page.locator(".basket-box")).to_contain_text("Hämtar korgen")
    box = page.get_by_label("Skriv vad kunden vill ha")
    box.fill("två mjölk och ost")
    box.press("Enter")
    read.answer()
    expect(page.locator(".lines > .line")).to_have_count(2)
    expect(box).to_have_value("")
    expect(page.locator("#notice")).to_be_hidden()


def test_an_older_order_list_answered_late_does_not_hide_the_sent_order(page: Page, service: Service) -> None:
    """The list read when the page opened, answered only after the order was sent (a slow tablet, a busy
    service), used to be drawn over the newer one: "Beställningen är skickad" vanished from the page."""
    client = service.make_client("Sen Sigrid", budget=None)
    base = f"/api/v1/clients/{client['id']}/basket"
    basket = service.api("GET", base)
    basket = service.api("POST", f"{base}/utterances", {"text": "två mellanmjölk", "source": "typed",
                                                        "version": basket["version"]})["basket"]
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = service.api("PATCH", f"{base}/lines/{line['id']}", {"version": basket["version"], "resolved": True})
    service.api("POST", f"{base}/confirm", {"version": basket["version"]})
    log_in(page, service)
    first_list = LateFirstAnswer(page, re.compile(r"/api/v1/orders\?client_id="))
    page.get_by_role("button", name="Öppna Sen Sigrid").click()
    assert first_list.asked()["orders"] == []
    page.get_by_role("button", name="Skicka beställningen").click()
    expect(page.locator(".order-box .order")).to_contain_text("Beställningen är skickad")
    first_list.answer()
    # Checked at once, not waited for: the next poll (2 s) would put a vanished order back.
    assert "Beställningen är skickad" in page.locator(".order-box").inner_text()
    assert page.locator(".history .order-row").count() == 1


def test_an_older_list_of_learned_words_answered_late_does_not_hide_a_new_one(page: Page, service: Service) -> None:
    """The learned words are read again after every change to the basket; the read made when the page opened,
    answered after the one made after a staff choice, used to show "Inget inlärt ännu" over what was learned."""
    service.make_client("Lärd Lars")
    log_in(page, service)
    first_list = LateFirstAnswer(page, re.compile(r"/api/v1/clients/\d+/readings$"))
    page.get_by_role("button", name="Öppna Lärd Lars").click()
    assert first_list.asked()["readings"] == []
    staff_types(page, "ost")
    choice = page.locator(".line.flagged").first.locator(".alternatives button").first
    chosen = choice.locator(".alt-name").inner_text()
    choice.click()
    learned = page.locator(".card.learned")
    expect(learned).to_contain_text(f"”ost” betyder {chosen}")
    first_list.answer()
    assert f"”ost” betyder {chosen}" in learned.inner_text()  # at once: the next change would put it back


def test_a_staff_read_answered_after_the_hand_over_does_not_log_the_tablet_out(page: Page, service: Service) -> None:
    """Handing the tablet over ends the staff login. A read the staff page made just before, answered after it
    (401: that login is gone), used to log the page out under the tablet: the tablet view stayed on screen
    without its CSRF token, and the client's first list was refused ("CSRF-token saknas eller är fel"). Seen
    on a CI machine when the care worker's tap came before the page had finished loading."""
    service.make_client("Snabb Sune")
    log_in(page, service)
    held: list[Route] = []
    page.route(re.compile(r"/api/v1/clients/\d+/readings$"), lambda route: held.append(route))
    page.get_by_role("button", name="Öppna Snabb Sune").click()
    while not held:  # the route handler runs when Playwright next hears from the browser
        page.wait_for_timeout(20)
    hand_tablet_to_client(page, "Snabb Sune")
    held[0].fulfill(status=401, json={"error": {"code": "unauthenticated", "message": "Du måste logga in"}})
    page.evaluate("() => new Promise((done) => setTimeout(done, 0))")  # the page has read that answer
    type_list(page, "två mjölk")
    expect(page.locator(".lines > .line")).to_have_count(1)
    expect(page.get_by_role("heading", name="Hej Snabb!")).to_be_visible()
    expect(page.locator("#notice")).to_be_hidden()
