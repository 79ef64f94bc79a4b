"""Retention: years after the service ended the client's data goes; anonymous order statistics stay."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.privacy.retention import reads_of_removed_clients, report, retention_cutoff, run_retention
from assistant.storage.db import Database
from tests.baskets.conftest import call, new_client
from tests.conftest import REPO_ROOT
from tests.privacy.test_register_extract import delivered_order, schema_rows

TZ = ZoneInfo("Europe/Stockholm")


def test_the_cutoff_is_whole_years_back() -> None:
    for today, years, cutoff in (("2031-04-01", 5, "2026-04-01"), ("2028-02-29", 5, "2023-02-28"),
                                 ("2026-01-01", 1, "2025-01-01")):
        assert retention_cutoff(datetime.fromisoformat(today).date(), years).isoformat() == cutoff


async def test_dry_run_then_apply_with_the_clock_moved_forward(staff, browser, grocer, settings, clock):
    admin = await browser("boss", "admin")
    karin = await new_client(staff)
    nils = await new_client(staff, display_name="Nils B")
    order = await delivered_order(staff, grocer, karin["id"])
    await delivered_order(staff, grocer, nils["id"])
    ended = await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"service_ended_on": "2026-03-31"})
    assert ended["service_ended_on"] == "2026-03-31"

    async with Database(settings.db) as db:
        before = await schema_rows(db, karin["id"])
        nils_before = await schema_rows(db, nils["id"])
        assert await run_retention(db, clock.now(), TZ, 5, apply=True) == []
        clock.set(datetime(2031, 3, 31, 12, 0, tzinfo=TZ))  # exactly five years: not yet
        assert await run_retention(db, clock.now(), TZ, 5, apply=False) == []
        clock.advance(timedelta(days=1))
        dry = await run_retention(db, clock.now(), TZ, 5, apply=False)
        assert [(d.client_id, d.service_ended_on) for d in dry] == [(karin["id"], "2026-03-31")]
        assert dry[0].rows == {table: len(rows) for table, rows in before.items()}
        assert await schema_rows(db, karin["id"]) == before  # a dry run changes nothing
        assert "Skulle ta bort (körs med --apply) kund" in report(dry, False, 5)

        applied = await run_retention(db, clock.now(), TZ, 5, apply=True)
        assert applied[0].rows == dry[0].rows
        assert all(rows == [] for rows in (await schema_rows(db, karin["id"])).values())
        assert await schema_rows(db, nils["id"]) == nils_before
        stats = [dict(r) for r in await db.fetchall("SELECT * FROM order_statistics")]
        assert [(s["vendor"], s["delivery_month"], s["status"], s["line_count"], s["total_sek"],
                 s["delivery_fee_sek"]) for s in stats] == [
            ("demo", "2026-03", "delivered", 2, order["total_sek"], order["delivery_fee_sek"])]
        assert "client_id" not in stats[0]
        assert await run_retention(db, clock.now(), TZ, 5, apply=True) == []  # daily runs find nothing more
    await call(admin, "GET", f"/api/v1/clients/{karin['id']}", 404)
    assert [c["id"] for c in (await call(admin, "GET", "/api/v1/clients"))["clients"]] == [nils["id"]]


async def test_the_operator_command_lists_then_removes(staff, browser, settings):
    admin = await browser("boss", "admin")
    karin = await new_client(staff)
    await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"service_ended_on": "2019-01-31"})
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_DB=str(settings.db), ASSISTANT_RETENTION_YEARS="10")

    async def retention(*args: str) -> str:
        """In a thread: the service under test keeps running (and finishes what it holds) meanwhile."""
        done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "assistant", "retention", *args],
                                       capture_output=True, text=True, cwd=REPO_ROOT, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "inga kunder" in await retention("--apply")  # ten years have not passed since 2019
    env["ASSISTANT_RETENTION_YEARS"] = "5"
    listed = await retention()
    assert f"Skulle ta bort (körs med --apply) kund {karin['id']} (tjänsten upphörde 2019-01-31)" in listed
    assert "Karin" not in listed
    await call(admin, "GET", f"/api/v1/clients/{karin['id']}")
    assert f"Tog bort kund {karin['id']}" in await retention("--apply")
    await call(admin, "GET", f"/api/v1/clients/{karin['id']}", 404)
    assert "inga kunder" in await retention("--apply")


async def test_reads_logged_for_a_client_already_removed_go_at_the_next_run(staff, browser, settings, clock):
    """A read that names a removed client still writes a log row (an order list asked for by its number, or a
    read finishing while retention removes the client): it records a read of data no longer kept, and the
    next run removes it, saying so; rows of existing clients stay."""
    admin = await browser("boss", "admin")
    karin = await new_client(staff)
    nils = await new_client(staff, display_name="Nils B")
    await call(admin, "PATCH", f"/api/v1/clients/{karin['id']}", json={"service_ended_on": "2019-01-31"})
    async with Database(settings.db) as db:
        assert len(await run_retention(db, clock.now(), TZ, 5, apply=True)) == 1
    assert (await call(admin, "GET", f"/api/v1/orders?client_id={karin['id']}"))["orders"] == []
    await call(admin, "GET", f"/api/v1/clients/{nils['id']}")
    async with Database(settings.db) as db:
        async def logged(client_id: int) -> int:
            row = await db.fetchone("SELECT COUNT(*) FROM access_log WHERE client_id = ?", (client_id,))
            return int(row[0])

        assert await logged(karin["id"]) == 1 and await logged(nils["id"]) >= 1
        kept = await logged(nils["id"])
        assert await reads_of_removed_clients(db, apply=False) == 1
        assert await logged(karin["id"]) == 1  # a dry run changes nothing
        assert await reads_of_removed_clients(db, apply=True) == 1
        assert await logged(karin["id"]) == 0 and await logged(nils["id"]) == kept
        assert await reads_of_removed_clients(db, apply=True) == 0
    assert report([], True, 5, leftover_reads=1).endswith(
        "Tog bort 1 loggrader om läsningar av kunder som redan är borttagna.")
    assert report([], False, 5, leftover_reads=0) == "Gallring: inga kunder vars tjänst upphörde för mer än 5 år sedan."
