"""Logging in and out as staff."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.conftest import PASSWORD  # noqa: E402
from tests.web.conftest import STAFF, Service, screenshot  # noqa: E402

pytestmark = pytest.mark.browser

def test_wrong_password_is_said_plainly_then_login_works(page: Page, service: Service) -> None:
    page.goto(service.url)
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
    screenshot(page, "01-login")
    page.get_by_label("Användarnamn").fill(STAFF)
    page.get_by_label("Lösenord").fill("fel-lösenord")
    page.get_by_role("button", name="Logga in").click()
    expect(page.locator(".form-error")).to_have_text("Fel användarnamn eller lösenord")
    expect(page.get_by_label("Användarnamn")).to_have_value(STAFF)

    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Mina kunder")).to_be_visible()
    expect(page.get_by_text(f"Inloggad som {STAFF}")).to_be_visible()

    page.reload()  # the session cookie keeps the login
    expect(page.get_by_role("heading", name="Mina kunder")).to_be_visible()
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
