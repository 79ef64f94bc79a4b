"""Who pays the delivery: the municipality (not on the client's invoice basis) or the client (on it)."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from tests.baskets.conftest import call, new_client
from tests.privacy.test_register_extract import delivered_order


def test_the_municipality_wide_default_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().delivery_fee_paid_by == "municipality"
    monkeypatch.setenv("ASSISTANT_DELIVERY_FEE_PAID_BY", "client")
    assert Settings().delivery_fee_paid_by == "client"
    monkeypatch.setenv("ASSISTANT_DELIVERY_FEE_PAID_BY", "grannen")
    with pytest.raises(ValueError):
        Settings()


async def _basis(session, client_id: int) -> list[list[str]]:
    text = await call(session, "GET", f"/api/v1/clients/{client_id}/invoice-basis.csv?month=2026-03")
    return [row.split(";") for row in text.strip().split("\r\n")]


async def test_the_fee_is_on_the_basis_only_when_the_client_pays(staff, browser, grocer):
    admin = await browser("boss", "admin")
    karin = await new_client(staff)
    nils = await new_client(staff, display_name="Nils B")
    await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", 403, json={"delivery_fee_paid_by": "client"})
    changed = await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"delivery_fee_paid_by": "client"})
    assert (changed["delivery_fee_paid_by"], changed["delivery_fee_payer"]) == ("client", "client")
    assert (nils["delivery_fee_paid_by"], nils["delivery_fee_payer"]) == (None, "municipality")

    paid_by_client = await delivered_order(staff, grocer, karin["id"])
    paid_by_town = await delivered_order(staff, grocer, nils["id"])
    assert paid_by_client["delivery_fee_paid_by"] == "client"
    assert paid_by_town["delivery_fee_paid_by"] == "municipality"

    rows = await _basis(staff, karin["id"])
    fee = [r for r in rows if r[2] == "Leveransavgift"]
    assert len(fee) == 1 and fee[0][6] == "36,00"
    goods = round(paid_by_client["total_sek"] + 36.0, 2)
    assert rows[-1][6] == f"{goods:.2f}".replace(".", ",")
    rows = await _basis(staff, nils["id"])
    assert not any("Leveransavgift" in r[2] for r in rows)
    assert rows[-1][6] == f"{paid_by_town['total_sek']:.2f}".replace(".", ",")
    # A later change of setting does not rewrite what was already ordered.
    await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"delivery_fee_paid_by": None})
    assert [r for r in await _basis(staff, karin["id"]) if r[2] == "Leveransavgift"] == fee
