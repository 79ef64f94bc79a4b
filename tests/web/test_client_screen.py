"""The client's screen on the tablet (issue 12): plain words, results where the eye is, "Läs upp" that
shows it reads and stops, and what came with the last delivery. One service for the module."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Page, expect  # noqa: E402

from tests.web.conftest import Grocer, Service, log_in, new_page, screenshot  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client, type_list  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

LANDSCAPE = {"width": 1024, "height": 768}
STAFF_WORDS = re.compile(r"särskild sort|Passar inte|kontrollera|Osäker|bekräfta vilken", re.IGNORECASE)
# The browser's speech synthesis, recorded instead of spoken: a reading lasts until it is cancelled.
FAKE_SPEECH = """window.__spoken = []; window.__cancelled = 0; let current = null;
  speechSynthesis.speak = (u) => { window.__spoken.push(u.text); current = u; };
  speechSynthesis.cancel = () => { window.__cancelled += 1; if (current) { const u = current; current = null;
    u.dispatchEvent(new Event('end')); } };"""


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser, LANDSCAPE)
    page.add_init_script(FAKE_SPEECH)
    yield page
    page.context.close()


def to_tablet(page: Page, service: Service, name: str) -> None:
    log_in(page, service)
    page.get_by_role("button", name=f"Öppna {name}").click()
    hand_tablet_to_client(page, name)


def say(service: Service, client_id: int, text: str) -> dict:
    base = f"/api/v1/clients/{client_id}/basket"
    version = service.api("GET", base)["version"]
    return service.api("POST", f"{base}/utterances", {"text": text, "version": version})


def test_the_client_sees_plain_words_and_no_approval_of_what_staff_decide(page: Page, service: Service) -> None:
    client = service.make_client("Signe Berg", budget=None)
    service.api("PATCH", f"/api/v1/clients/{client['id']}", {"diet": ["laktosfri"]})
    to_tablet(page, service, "Signe Berg")
    type_list(page, "ost, mjölk och fil")
    basket = service.api("GET", f"/api/v1/clients/{client['id']}/basket")
    flagged = [line for line in basket["lines"] if line["needs_review"]]
    assert flagged and any(STAFF_WORDS.search(line["reason"] or "") for line in flagged)  # staff have reasons
    cards = page.locator(".lines > .line")
    for line in flagged:
        card = cards.and_(page.locator(f"[data-line-id='{line['id']}']"))
        text = card.locator(".flag-label").inner_text()
        assert not STAFF_WORDS.search(text), text
        if line["staff_only"]:
            assert "Personalen tittar på den här" in text
            expect(card.get_by_role("button", name=re.compile("stämmer"))).to_have_count(0)
        else:
            assert re.search(r"Vilken .+ (menar du|vill du ha)\?|Stämmer det här\?|Hur (många|mycket) .+\?|"
                             r"finns inte i butiken|är slut just nu|finns inte just nu", text), text
    assert not STAFF_WORDS.search(page.locator(".basket").inner_text())
    screenshot(page, "20-tablet-plain-words-1024x768")


def test_the_result_is_brought_into_view_and_marked(page: Page, service: Service) -> None:
    client = service.make_client("Rut Nyström", budget=None)
    say(service, client["id"], "mjölk, smör, limpa, kaffe, te, ägg, yoghurt, havregryn, äpplen, bananer")
    to_tablet(page, service, "Rut Nyström")
    expect(page.locator(".lines > .line")).to_have_count(10)
    type_list(page, "en falukorv")
    new = page.locator(".lines > .line.changed")
    expect(new).to_have_count(1)
    expect(new).to_contain_text("Falukorv")
    expect(new).to_be_in_viewport()
    expect(page.locator(".reply")).to_be_in_viewport()
    expect(page.locator(".reply")).to_have_attribute("role", "status")  # announced by screen readers
    screenshot(page, "21-tablet-result-in-view-1024x768")
    expect(page.locator(".lines > .line.changed")).to_have_count(0, timeout=10000)  # marked briefly


def test_a_long_unbroken_word_wraps_inside_the_card_and_the_reply(page: Page, service: Service) -> None:
    """A word of fifty letters typed (a cat on the keyboard) ran out of its line card and of the reply beside
    the list, over the next column, at tablet size: every word wraps inside its box."""
    service.make_client("Elsa Lund", budget=None)
    to_tablet(page, service, "Elsa Lund")
    type_list(page, "x" * 50 + " i en bit")
    expect(page.locator(".lines > .line")).to_have_count(1)
    for box in (page.locator(".lines > .line").first, page.locator(".reply")):
        overflow = box.evaluate("e => e.scrollWidth - e.clientWidth")
        assert overflow <= 0, (box, overflow)


def test_read_aloud_shows_it_reads_and_can_be_stopped(page: Page, service: Service) -> None:
    service.make_client("Ester Lund", budget=None)
    to_tablet(page, service, "Ester Lund")
    type_list(page, "två mellanmjölk")
    read = page.get_by_role("button", name="Läs upp")
    read.click()
    stop = page.get_by_role("button", name="Sluta läsa")
    expect(stop).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".reading")).to_have_text("Läser upp …")
    spoken = page.evaluate("window.__spoken")[-1]
    assert spoken.startswith("Jag har lagt till 2 "), spoken  # what was added
    assert "Summa" in spoken and "Leverans" in spoken, spoken  # the total and the delivery day
    screenshot(page, "22-tablet-speaking-1024x768")
    stop.click()
    expect(page.get_by_role("button", name="Läs upp")).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".reading")).to_be_hidden()
    assert page.evaluate("window.__cancelled") >= 1


def deliver_with_problems(service: Service, grocer: Grocer, client_id: int) -> dict:
    """An order of two products: the first swapped for another milk, the second missing; delivered."""
    base = f"/api/v1/clients/{client_id}/basket"
    basket = say(service, client_id, "en mellanmjölk och en limpa")["basket"]
    first, second = basket["lines"]
    basket = service.api("PATCH", f"{base}/lines/{first['id']}",
                         {"version": basket["version"], "substitution_allowed": True})
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = service.api("PATCH", f"{base}/lines/{line['id']}", {"version": basket["version"], "resolved": True})
    basket = service.api("POST", f"{base}/confirm", {"version": basket["version"]})
    order = service.api("POST", f"{base}/submit", {"version": basket["version"]})
    instead = next(p for p in service.api("GET", "/api/v1/catalog/search?q=mj%C3%B6lk&limit=5")["results"]
                   if p["id"] != first["product"]["id"])
    grocer.admin("/admin/stock", {"product_id": first["product"]["id"], "in_stock": False, "substitute_id": instead["id"]})
    grocer.admin("/admin/stock", {"product_id": second["product"]["id"], "in_stock": False})
    deadline = time.monotonic() + 30
    while not service.api("GET", f"/api/v1/orders/{order['id']}")["vendor_order_number"]:
        assert time.monotonic() < deadline, "the grocer never got the order"
        time.sleep(0.2)
    number = service.api("GET", f"/api/v1/orders/{order['id']}")["vendor_order_number"]
    grocer.admin("/admin/advance", {"order_number": number})
    grocer.admin("/admin/advance", {"order_number": number})
    while service.api("GET", f"/api/v1/orders/{order['id']}")["status"] != "delivered":
        assert time.monotonic() < deadline, "the order was never delivered"
        time.sleep(0.2)
    grocer.admin("/admin/stock", {"product_id": first["product"]["id"], "in_stock": True})
    grocer.admin("/admin/stock", {"product_id": second["product"]["id"], "in_stock": True})
    return instead | {"missing": second["product"]["name"], "swapped": first["product"]["name"]}


def test_after_delivery_the_client_sees_and_hears_what_came(page: Page, service: Service, grocer: Grocer) -> None:
    client = service.make_client("Majken Sund", budget=None)
    instead = deliver_with_problems(service, grocer, client["id"])
    order = service.api("GET", f"/api/v1/orders?client_id={client['id']}")["orders"][0]
    assert order["delivered_total_sek"] is not None and order["delivered_total_sek"] != order["total_sek"]
    to_tablet(page, service, "Majken Sund")
    card = page.locator(".delivered")
    expect(card).to_contain_text("Det här saknades:")
    expect(card).to_contain_text(instead["missing"])
    price = page.evaluate("(v) => new Intl.NumberFormat('sv-SE', {style: 'currency', currency: 'SEK'}).format(v)",
                          instead["price_sek"])
    expect(card).to_contain_text(f"{instead['name']} ({price}) i stället för {instead['swapped']}")
    expect(card).to_contain_text("i stället för")
    expect(card).to_contain_text("Det kostade")
    screenshot(page, "23-tablet-after-delivery-1024x768")
    page.get_by_role("button", name="Läs upp").click()
    spoken = page.evaluate("window.__spoken")[-1]
    assert f"Det här saknades: {instead['missing']}" in spoken and instead["name"] in spoken, spoken


def test_the_client_settles_an_amount_that_could_not_be_read(page: Page, service: Service) -> None:
    """"1e400 liter mjölk": the product is clear, so the tablet asks about the amount in plain words and
    "Ja, det stämmer" settles the line at the one package shown; no count change first, no staff needed."""
    client = service.make_client("Greta Ek", budget=None)
    say(service, client["id"], "1e400 liter mjölk")
    to_tablet(page, service, "Greta Ek")
    card = page.locator(".lines > .line.flagged")
    expect(card).to_have_count(1)
    text = card.locator(".flag-label").inner_text()
    assert "Vi förstod inte hur mycket du sa (”1e400”)" in text and not STAFF_WORDS.search(text), text
    expect(card.locator(".count-value")).to_have_text(re.compile(r"^1\b"))
    card.get_by_role("button", name="Ja, det stämmer").click()
    expect(page.locator(".lines > .line.flagged")).to_have_count(0)
    basket = service.api("GET", f"/api/v1/clients/{client['id']}/basket")
    assert basket["unresolved"] == 0 and basket["lines"][0]["count"] == 1


def test_an_amount_beyond_the_bounds_shows_no_price(page: Page, service: Service) -> None:
    """"99999999999 kilo smör" is kept as said and flagged for staff: its card showed a price of fourteen thousand
    billion kronor. It shows none until staff set the amount; the milk beside it shows its own."""
    client = service.make_client("Ingrid Sand", budget=None)
    say(service, client["id"], "99999999999 kilo smör och en mjölk")
    to_tablet(page, service, "Ingrid Sand")
    expect(page.locator(".lines > .line")).to_have_count(2)
    flagged = page.locator(".lines > .line.flagged")
    expect(flagged).to_have_count(1)
    expect(flagged.locator(".line-total")).to_have_count(0)
    expect(page.locator(".lines > .line:not(.flagged) .line-total")).to_have_text(re.compile(r"^\d+,\d\d\s*kr$"))


def test_each_question_on_the_tablet_is_the_one_the_line_asks(page: Page, browser: Browser,
                                                              service: Service) -> None:
    """An amount read one way of two ("3 250 g": three 250 g packs?) is asked about as an amount, not as
    which butter; a sort is asked in words that fit every noun's gender ("Vilken sorts ost", as "Vilken
    sorts smör": never "Vilken smör"), and more words than a thing's name are quoted; a word
    with nothing found and nothing to choose from is not told to choose "one of these"."""
    client = service.make_client("Tyra Holm", budget=None)
    say(service, client["id"], "3 250 g smör och en flaska qwzxv")
    to_tablet(page, service, "Tyra Holm")
    cards = page.locator(".lines > .line.flagged")
    expect(cards).to_have_count(2)
    butter = cards.filter(has_text="Smör").locator(".flag-label").inner_text()
    assert "Vi är inte säkra på hur mycket du menade (”3 250 g”)" in butter, butter
    assert not STAFF_WORDS.search(butter), butter
    nothing = cards.filter(has_text="qwzxv")
    expect(nothing.locator(".alternatives button")).to_have_count(0)
    text = nothing.locator(".flag-label").inner_text()
    assert "Välj en av dessa" not in text and "ta bort raden" in text, text

    other = service.make_client("Vera Holm", budget=None)
    say(service, other["id"], "ost och något gott till kaffet")  # many fit each: the tablet asks which
    tablet = new_page(browser, LANDSCAPE)
    to_tablet(tablet, service, "Vera Holm")
    questions = tablet.locator(".lines > .line.flagged .flag-label")
    expect(questions).to_have_count(2)
    expect(questions.nth(0)).to_contain_text("Vilken sorts ost menar du?")
    # more than a thing's name ("gott till kaffet") makes no "Vilken sorts …": the words are quoted
    expect(questions.nth(1)).to_contain_text("Vilken vara menar du med ”gott till kaffet”?")
    tablet.context.close()
