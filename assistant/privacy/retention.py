"""Retention (gallring): the personal data of clients whose service ended long ago is removed.

Orders become anonymous statistics rows (month, grocer, status, lines, amounts; no client, no
products); everything else stored about the client is deleted. Running it again finds nothing more,
so a daily timer is safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from assistant.storage import accesslog, personal
from assistant.storage.db import Database


@dataclass(frozen=True)
class Due:
    client_id: int
    service_ended_on: str
    rows: dict[str, int]  # per table: found (dry run) or removed


def retention_cutoff(today: date, years: int) -> date:
    """The service must have ended before this day (29 February counts from 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


async def clients_due(db: Database, today: date, years: int) -> list[tuple[int, str]]:
    rows = await db.fetchall(
        "SELECT id, service_ended_on FROM clients WHERE service_ended_on IS NOT NULL AND service_ended_on < ?"
        " ORDER BY service_ended_on, id", (retention_cutoff(today, years).isoformat(),))
    return [(int(r["id"]), r["service_ended_on"]) for r in rows]


async def run_retention(db: Database, now: datetime, tz: ZoneInfo, years: int, apply: bool) -> list[Due]:
    """What is due (and, with `apply`, removed), client by client, each in its own transaction."""
    done = []
    for client_id, ended in await clients_due(db, now.astimezone(tz).date(), years):
        rows = (await personal.anonymise_and_remove(db, client_id) if apply
                else await personal.counts(db, client_id))
        done.append(Due(client_id, ended, rows))
    return done


async def reads_of_removed_clients(db: Database, apply: bool) -> int:
    """The access log is part of a client's data and goes with it; a read logged just after (or naming a
    client by a number no longer stored) records nothing kept, and goes at the next run."""
    return await accesslog.reads_of_removed_clients(db, remove=apply)


def report(done: list[Due], apply: bool, years: int, leftover_reads: int = 0) -> str:
    """What an operator (and the timer's log) reads; client numbers only, never names."""
    verb = "Tog bort" if apply else "Skulle ta bort (körs med --apply)"
    lines = [f"Gallring: {len(done) or 'inga'} kunder vars tjänst upphörde för mer än {years} år sedan."]
    for due in done:
        lines.append(f"{verb} kund {due.client_id} (tjänsten upphörde {due.service_ended_on}): "
                     f"{due.rows['orders']} beställningar (sparas som anonym statistik), "
                     f"{due.rows['baskets']} korgar, {due.rows['audit_events']} händelser, "
                     f"{due.rows['access_log']} loggrader, {sum(due.rows.values())} rader totalt.")
    if leftover_reads:
        lines.append(f"{verb} {leftover_reads} loggrader om läsningar av kunder som redan är borttagna.")
    return "\n".join(lines)
