"""A tablet that reaches the service by a plain-HTTP network address is not a secure context, so the
browser withholds the microphone: the page says so in plain Swedish instead of failing vaguely.
(Chromium maps the made-up name tablet.test to loopback; 127.0.0.1 itself would count as secure.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Playwright, expect  # noqa: E402

from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, Service, log_in, screenshot  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client  # noqa: E402
from tests.web.test_voice import voice_service  # noqa: E402,F401 - the fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def network_browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                         args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP tablet.test 127.0.0.1"])
    yield browser
    browser.close()


def test_voice_over_plain_http_says_why_it_cannot_work(network_browser: Browser, voice_service: Service) -> None:
    voice_service.make_client("Greta Andersson")
    over_network = replace(voice_service, url=voice_service.url.replace("127.0.0.1", "tablet.test"))
    context = network_browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(30000)
    try:
        log_in(page, over_network)
        assert page.evaluate("window.isSecureContext") is False
        page.get_by_role("button", name="Öppna Greta Andersson").click()
        hand_tablet_to_client(page, "Greta Andersson")
        page.get_by_role("button", name="Prata").click()
        expect(page.locator(".voice-status")).to_contain_text("säker adress (https)")
        expect(page.locator(".voice-status")).to_contain_text("skriva i rutan")
        screenshot(page, "13-tablet-voice-not-secure")
    finally:
        context.close()
