"""Staff see in the browser what their choice for a client taught the service, and forget it."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.conftest import Service, log_in  # noqa: E402

pytestmark = pytest.mark.browser


def test_a_staff_choice_is_shown_as_learned_and_can_be_forgotten(page: Page, service: Service) -> None:
    service.make_client("Greta Andersson")
    log_in(page, service)
    page.locator(".client", has_text="Greta Andersson").get_by_role("button", name="Öppna Greta Andersson").click()
    learned = page.locator(".card.learned")
    expect(learned).to_contain_text("Inget inlärt ännu")

    page.get_by_label("Skriv vad kunden vill ha").fill("ost")
    page.get_by_role("button", name="Lägg till", exact=True).click()
    choice = page.locator(".line.flagged").first.locator(".alternatives button").first
    chosen = choice.locator(".alt-name").inner_text()
    choice.click()
    expect(page.locator(".line.flagged")).to_have_count(0)
    expect(learned.locator("li")).to_have_count(1)
    expect(learned).to_contain_text(f"”ost” betyder {chosen}")

    learned.get_by_role("button", name="Glöm ost").click()
    expect(learned).to_contain_text("Inget inlärt ännu")
