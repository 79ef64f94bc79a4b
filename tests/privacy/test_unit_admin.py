"""A unit's admin (enhetsadmin) runs the unit without the municipal admin: makes its staff accounts and
reviews who read its clients' data (logguppföljning), and nothing of another unit's."""

from __future__ import annotations

from tests.baskets.conftest import call, new_client, open_browser
from tests.conftest import PASSWORD


async def _two_units(admin) -> tuple[dict, dict]:
    norr = await call(admin, "POST", "/api/v1/units", 201, json={"name": "Hemtjänst Norr"})
    soder = await call(admin, "POST", "/api/v1/units", 201, json={"name": "Hemtjänst Söder"})
    await call(admin, "PUT", f"/api/v1/units/{norr['id']}/members/anna", json={"role": "unit_admin"})
    return norr, soder


async def test_a_unit_admin_makes_a_staff_account_in_the_unit(client, staff, browser):
    admin = await browser("boss", "admin")
    norr, soder = await _two_units(admin)
    karin = await new_client(staff)
    body = {"username": "bertil", "password": PASSWORD}
    unit = await call(staff, "POST", f"/api/v1/units/{norr['id']}/accounts", 201, json=body)
    assert {"username": "bertil", "role": "staff"} in unit["members"]
    http, bertil = await open_browser(client, "bertil")  # the new colleague logs in and covers Karin
    try:
        assert [c["id"] for c in (await call(bertil, "GET", "/api/v1/clients"))["clients"]] == [karin["id"]]
        # An ordinary member makes no accounts; nobody but the municipal admin makes unit admins.
        refused = await call(bertil, "POST", f"/api/v1/units/{norr['id']}/accounts", 403,
                             json={"username": "cilla", "password": PASSWORD})
        assert refused["error"]["code"] == "forbidden"
    finally:
        await http.close()
    await call(staff, "POST", f"/api/v1/units/{norr['id']}/accounts", 403,
               json={"username": "cilla", "password": PASSWORD, "role": "unit_admin"})
    await call(staff, "POST", f"/api/v1/units/{soder['id']}/accounts", 404, json={"username": "cilla",
                                                                               "password": PASSWORD})
    taken = await call(staff, "POST", f"/api/v1/units/{norr['id']}/accounts", 409, json=body)
    assert taken["error"]["message"] == "Användaren bertil finns redan"
    short = await call(staff, "POST", f"/api/v1/units/{norr['id']}/accounts", 400,
                       json={"username": "cilla", "password": "kort"})
    assert "minst 8 tecken" in str(short["error"]["details"])
    made = await call(admin, "POST", f"/api/v1/units/{soder['id']}/accounts", 201,
                      json={"username": "dora", "password": PASSWORD, "role": "unit_admin"})
    assert {"username": "dora", "role": "unit_admin"} in made["members"]
    accounts = {u["username"]: u["role"] for u in (await call(admin, "GET", "/api/v1/users"))["users"]}
    assert accounts["bertil"] == "staff" and accounts["dora"] == "staff" and "cilla" not in accounts


async def test_a_unit_admin_reviews_the_access_log_of_the_units_clients_only(client, staff, browser):
    admin = await browser("boss", "admin")
    carl = await browser("carl")
    norr, soder = await _two_units(admin)
    await call(admin, "PUT", f"/api/v1/units/{soder['id']}/members/carl", json={})
    karin = await new_client(staff)
    olle = await new_client(carl, display_name="Olle S")
    await call(admin, "GET", f"/api/v1/clients/{karin['id']}")
    await call(admin, "GET", f"/api/v1/clients/{olle['id']}")

    log = (await call(staff, "GET", "/api/v1/access-log"))["entries"]
    assert log and {e["client_id"] for e in log} == {karin["id"]}
    assert ("boss", f"GET /api/v1/clients/{karin['id']}") in {(e["username"], e["request"]) for e in log}
    by_boss = (await call(staff, "GET", "/api/v1/access-log?username=boss"))["entries"]
    assert {e["client_id"] for e in by_boss} == {karin["id"]}
    await call(staff, "GET", f"/api/v1/access-log?client_id={olle['id']}", 404)
    await call(staff, "GET", f"/api/v1/access-log.csv?client_id={olle['id']}", 404)
    async with staff.request("GET", "/api/v1/access-log.csv") as resp:
        assert resp.status == 200
        text = await resp.text()
    assert "Karin A" in text and "Olle S" not in text
    # Staff of a unit who do not run it see no access log; the municipal admin sees every client's.
    await call(carl, "GET", "/api/v1/access-log", 403)
    everyone = (await call(admin, "GET", "/api/v1/access-log"))["entries"]
    assert {karin["id"], olle["id"]} <= {e["client_id"] for e in everyone}
