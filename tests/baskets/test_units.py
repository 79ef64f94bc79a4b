"""Units (hemtjänstgrupper): colleagues of a unit cover each other's clients; other units see nothing."""

from __future__ import annotations

from tests.baskets.conftest import call, new_client, open_browser, say
from tests.baskets.test_week import wait_for_status


async def _units(admin) -> tuple[dict, dict]:
    norr = await call(admin, "POST", "/api/v1/units", 201, json={"name": "Hemtjänst Norr"})
    soder = await call(admin, "POST", "/api/v1/units", 201, json={"name": "Hemtjänst Söder"})
    dup = await call(admin, "POST", "/api/v1/units", 409, json={"name": "Hemtjänst Norr"})
    assert dup["error"]["code"] == "conflict"
    return norr, soder


async def test_a_colleague_of_the_unit_covers_a_client_end_to_end(client, staff, browser, grocer):
    admin = await browser("boss", "admin")
    bertil = await browser("bertil")
    carl = await browser("carl")
    norr, soder = await _units(admin)
    for name in ("anna", "bertil"):
        await call(admin, "PUT", f"/api/v1/units/{norr['id']}/members/{name}", json={"role": "staff"})
    unit = await call(admin, "PUT", f"/api/v1/units/{soder['id']}/members/carl", json={})
    assert unit["members"] == [{"username": "carl", "role": "staff"}]

    # Anna's client goes to her only unit; she is its kontaktperson.
    karin = await new_client(staff)
    assert karin["unit"] == {"id": norr["id"], "name": "Hemtjänst Norr"} and karin["staff"] == ["anna"]
    own = await new_client(bertil, display_name="Örjan B")
    listed = (await call(bertil, "GET", "/api/v1/clients"))["clients"]
    assert [(c["display_name"], c["is_contact"]) for c in listed] == [("Örjan B", True), ("Karin A", False)]

    # Bertil covers Anna's shift: opens Karin, hands over the tablet, takes it back, reviews and sends.
    cid = karin["id"]
    assert (await call(bertil, "GET", f"/api/v1/clients/{cid}"))["staff"] == ["anna"]
    tablet = await call(bertil, "POST", f"/api/v1/clients/{cid}/tablet")
    bertil.csrf = tablet["csrf_token"]
    answer = await say(bertil, cid, "två mjölk och ett rågbröd")
    assert answer["basket"]["lines"][0]["changed_by"] == f"surfplatta för kund {cid} (öppnad av bertil)"
    http, bertil = await open_browser(client, "bertil")  # he logs in again to take the tablet back
    try:
        await _covered_shift_then_others(bertil, staff, admin, carl, grocer, cid, own["id"], norr["id"])
    finally:
        await http.close()


async def _covered_shift_then_others(bertil, staff, admin, carl, grocer, cid: int, own_id: int,
                                     norr_id: int) -> None:
    basket = await call(bertil, "GET", f"/api/v1/clients/{cid}/basket")
    confirmed = await call(bertil, "POST", f"/api/v1/clients/{cid}/basket/confirm",
                           json={"version": basket["version"]})
    order = await call(bertil, "POST", f"/api/v1/clients/{cid}/basket/submit", 201,
                       json={"version": confirmed["version"]})
    order = await wait_for_status(bertil, order["id"], "received")
    assert len(grocer.sandbox.orders) == 1 and order["submitted_by"] == "bertil"
    assert (await call(staff, "GET", f"/api/v1/orders/{order['id']}"))["status"] == "received"

    # Another unit's staff: 404 everywhere, nothing listed.
    for path in (f"/api/v1/clients/{cid}", f"/api/v1/clients/{cid}/basket", f"/api/v1/orders/{order['id']}",
                 f"/api/v1/orders/{order['id']}/audit",
                 f"/api/v1/clients/{cid}/invoice-basis.csv?month=2026-03"):
        assert (await call(carl, "GET", path, 404))["error"]["code"] == "not_found"
    assert (await call(carl, "GET", "/api/v1/clients"))["clients"] == []
    assert (await call(carl, "GET", "/api/v1/orders"))["orders"] == []
    await call(carl, "GET", f"/api/v1/units/{norr_id}", 404)
    # Leaving the unit ends the cover (he stays kontaktperson of his own client).
    await call(admin, "DELETE", f"/api/v1/units/{norr_id}/members/bertil")
    await call(bertil, "GET", f"/api/v1/clients/{cid}", 404)
    assert [c["id"] for c in (await call(bertil, "GET", "/api/v1/clients"))["clients"]] == [own_id]


async def test_the_unit_admin_manages_its_unit_only(staff, browser):
    admin = await browser("boss", "admin")
    ulla = await browser("ulla")
    await browser("bertil")
    norr, soder = await _units(admin)
    await call(admin, "PUT", f"/api/v1/units/{norr['id']}/members/ulla", json={"role": "unit_admin"})
    assert (await call(ulla, "GET", "/api/v1/units"))["units"] == [
        {"id": norr["id"], "name": "Hemtjänst Norr", "my_role": "unit_admin"}]
    # Her unit's staff.
    await call(ulla, "PUT", f"/api/v1/units/{norr['id']}/members/anna", json={"role": "staff"})
    refused = await call(ulla, "PUT", f"/api/v1/units/{norr['id']}/members/bertil", 403, json={"role": "unit_admin"})
    assert refused["error"]["code"] == "forbidden"
    await call(ulla, "PUT", f"/api/v1/units/{soder['id']}/members/bertil", 404, json={})
    await call(staff, "PUT", f"/api/v1/units/{norr['id']}/members/bertil", 403, json={})
    await call(staff, "POST", "/api/v1/units", 403, json={"name": "Egen"})
    # Her unit's clients: kontaktperson, end of service; staff may not.
    karin = await new_client(staff)
    assert karin["unit"]["id"] == norr["id"]
    await call(staff, "PUT", f"/api/v1/clients/{karin['id']}/staff", 403, json={"usernames": ["bertil"]})
    await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", 403, json={"service_ended_on": "2026-03-31"})
    # A form sending the client back as it was (unit unchanged) is no admin work.
    await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", json={"unit_id": norr["id"], "notes": "Ny kod"})
    changed = await call(ulla, "PUT", f"/api/v1/clients/{karin['id']}/staff", json={"usernames": ["anna", "ulla"]})
    assert changed["staff"] == ["anna", "ulla"]
    ended = await call(ulla, "PATCH", f"/api/v1/clients/{karin['id']}", json={"service_ended_on": "2026-03-31"})
    assert ended["service_ended_on"] == "2026-03-31"
    # Not into a unit she does not run; a staff member cannot place a client in a foreign unit.
    await call(ulla, "PATCH", f"/api/v1/clients/{karin['id']}", 400, json={"unit_id": soder["id"]})
    bad = await call(staff, "POST", "/api/v1/clients", 400, json={
        "display_name": "X", "delivery_weekday": 4, "cutoff_weekday": 2, "unit_id": soder["id"]})
    assert bad["error"]["code"] == "unknown_unit"
    moved = await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"unit_id": soder["id"]})
    assert moved["unit"]["name"] == "Hemtjänst Söder"
    # Anna is still Karin's kontaktperson, so she keeps seeing her in another unit.
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}"))["is_contact"] is True
    await call(ulla, "GET", f"/api/v1/clients/{karin['id']}")  # ulla is kontaktperson too
    unit = await call(ulla, "GET", f"/api/v1/units/{norr['id']}")
    assert unit["clients"] == [] and [m["username"] for m in unit["members"]] == ["anna", "ulla"]
