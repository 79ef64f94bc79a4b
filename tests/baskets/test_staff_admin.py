"""Staff and admin work that had no screen before issue 12, through the HTTP API: "Byte tillåtet" per
client, alternatives on lines flagged in a repeat, accounts (add, disable, new password) and
accessibility problem reports."""

from __future__ import annotations

import aiohttp

from tests.baskets.conftest import call, new_client, open_browser, say
from tests.baskets.test_tablet_defects import order
from tests.conftest import PASSWORD

BASKET = "/api/v1/clients/{}/basket"


async def test_substitution_default_is_set_on_the_client_and_given_to_new_lines(staff):
    client = await new_client(staff)
    assert client["substitution_default"] is False
    client = await call(staff, "PATCH", f"/api/v1/clients/{client['id']}", json={"substitution_default": True})
    assert client["substitution_default"] is True
    basket = (await say(staff, client["id"], "mjölk"))["basket"]
    basket = await call(staff, "POST", BASKET.format(client["id"]) + "/lines",
                        json={"product_id": "t:kaffe", "version": basket["version"]})
    assert [line["substitution_allowed"] for line in basket["lines"]] == [True, True]
    line = basket["lines"][0]
    basket = await call(staff, "PATCH", BASKET.format(client["id"]) + f"/lines/{line['id']}",
                        json={"substitution_allowed": False, "version": basket["version"]})
    assert basket["lines"][0]["substitution_allowed"] is False  # still changeable per line
    await call(staff, "PATCH", f"/api/v1/clients/{client['id']}", 400, json={"substitution_default": None})


async def test_a_line_flagged_in_a_repeat_offers_alternatives_that_fit_the_diet_first(staff):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    await order(staff, cid, "t:mjolk")  # breaks the diet: flagged again when repeated
    basket = (await say(staff, cid, "samma som förra veckan"))["basket"]
    line = basket["lines"][0]
    assert line["needs_review"] and line["staff_only"]
    alternatives = [alt["id"] for alt in line["alternatives"]]
    assert alternatives and alternatives[0] == "t:mjolk-lf", alternatives


async def test_admin_adds_disables_and_resets_a_password(client, staff, browser):
    admin = await browser("boss", "admin")
    made = await call(admin, "POST", "/api/v1/users", 201,
                      json={"username": "berit", "password": PASSWORD, "role": "staff"})
    assert made["username"] == "berit" and made["disabled"] is False
    http, berit = await open_browser(client, "berit")
    try:
        await call(berit, "GET", "/api/v1/clients")
        gone = await call(admin, "PATCH", "/api/v1/users/berit", json={"disabled": True})
        assert gone["disabled"] is True
        await call(berit, "GET", "/api/v1/clients", 401)  # the login ends at once
        listed = {u["username"]: u for u in (await call(admin, "GET", "/api/v1/users"))["users"]}
        assert listed["berit"]["disabled"] is True  # still listed, so it can be enabled again
        refused = await call(admin, "PATCH", "/api/v1/users/berit", 400, json={"password": "kort"})
        assert "Lösenordet måste vara minst 8 tecken" in refused["error"]["message"]
        await call(admin, "PATCH", "/api/v1/users/berit", json={"disabled": False, "password": "ett-nytt-losenord"})
    finally:
        await http.close()
    base = str(client.make_url("")).rstrip("/")
    async with aiohttp.ClientSession() as fresh:
        async with fresh.post(base + "/api/v1/session", json={"username": "berit", "password": PASSWORD}) as resp:
            assert resp.status == 401  # the old password no longer works
        async with fresh.post(base + "/api/v1/session",
                              json={"username": "berit", "password": "ett-nytt-losenord"}) as resp:
            assert resp.status == 200
    await call(staff, "PATCH", "/api/v1/users/berit", 403, json={"disabled": True})  # admins only
    await call(admin, "PATCH", "/api/v1/users/boss", 400, json={"disabled": True})  # not oneself
    await call(admin, "PATCH", "/api/v1/users/nobody", 404, json={"disabled": True})
    await call(admin, "POST", "/api/v1/users", 409, json={"username": "berit", "password": PASSWORD, "role": "staff"})


async def test_accessibility_reports_are_stored_for_admins(staff, browser):
    admin = await browser("boss", "admin")
    cid = (await new_client(staff))["id"]
    saved = await call(staff, "POST", "/api/v1/accessibility-reports", 201,
                       json={"message": "Knappen syns dåligt", "page": "Kundsidan", "contact": "070-1"})
    assert saved["message"].startswith("Tack")
    tablet = await call(staff, "POST", f"/api/v1/clients/{cid}/tablet")
    staff.csrf = tablet["csrf_token"]  # the client's own tablet may report too
    await call(staff, "POST", "/api/v1/accessibility-reports", 201, json={"message": "Texten är för liten"})
    await call(staff, "POST", "/api/v1/accessibility-reports", 400, json={"message": ""})
    await call(staff, "POST", "/api/v1/accessibility-reports", 400, json={"message": "x" * 2001})
    await call(staff, "GET", "/api/v1/accessibility-reports", 403)
    reports = (await call(admin, "GET", "/api/v1/accessibility-reports"))["reports"]
    assert [r["message"] for r in reports] == ["Texten är för liten", "Knappen syns dåligt"]
    assert reports[1]["username"] == "anna" and reports[1]["page"] == "Kundsidan"
