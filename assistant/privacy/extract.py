"""Registerutdrag: everything stored about one client, as data and as a printable Swedish page."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from assistant.storage import personal
from assistant.storage.db import Database

TITLES = {
    "clients": "Uppgifter om kunden", "client_staff": "Kontaktpersoner", "baskets": "Korgar",
    "basket_lines": "Varor i korgarna", "basket_undo": "Ångra-historik för korgarna", "orders": "Beställningar",
    "order_lines": "Varor i beställningarna", "outbox": "Överföringar till butiken",
    "order_changes": "Ändringar och avbeställningar", "audit_events": "Händelser (vem ändrade vad)",
    "access_log": "Åtkomstlogg (vem har läst uppgifterna)", "sessions": "Surfplattesessioner",
    "learned_readings": "Inlärda tolkningar (vilken vara kunden menar med ett ord)",
}
COLUMNS = {
    "id": "nr", "display_name": "namn", "address": "adress", "phone": "telefon", "delivery_weekday": "leveransdag",
    "cutoff_weekday": "sista beställningsdag", "cutoff_time": "sista beställningstid", "budget_sek": "budget (kr)",
    "diet": "kost", "vendor": "butik", "notes": "anteckningar", "created_at": "skapad", "updated_at": "ändrad",
    "unit_id": "enhet", "service_ended_on": "tjänsten upphörde", "delivery_fee_paid_by": "leveransavgift betalas av",
    "client_id": "kund", "user_id": "användare", "basket_id": "korg", "order_id": "beställning", "status": "status",
    "version": "version", "delivery_date": "leveransdag", "cutoff_at": "beställningsstopp", "data": "uppgifter",
    "position": "rad", "at": "tid", "actor": "av", "action": "händelse", "details": "detaljer", "username": "användare",
    "what": "vad", "request": "förfrågan", "session": "session", "product": "vara", "product_id": "varunummer",
    "count": "antal", "unit_price_sek": "a-pris (kr)", "outcome": "utfall", "substitute": "ersättningsvara",
    "total_sek": "summa (kr)", "delivery_fee_sek": "leveransavgift (kr)", "submitted_by": "skickad av",
    "submitted_at": "skickad", "delivered_at": "levererad", "expires_at": "upphör", "kind": "slag",
    "substitution_allowed": "byte tillåtet", "weight_kg": "vikt (kg)", "weight_estimated": "vikten uppskattad",
    "count_estimated": "antalet uppskattat", "substitution_default": "byte tillåtet från början",
    "moved_to_next_delivery": "flyttad till nästa leverans", "budget_override_reason": "skäl att gå över budget",
    "actor_user_id": "av (användarnummer)", "idempotency_key": "överföringsnyckel", "state": "läge",
    "requested_by": "begärd av", "payload": "innehåll", "attempts": "försök", "next_attempt_at": "nästa försök",
    "last_error": "senaste fel", "done_at": "klar", "claimed_by": "skickas av", "claimed_until": "skickas till och med",
    "vendor_order_number": "butikens ordernummer", "store_trip_id": "butiksinköp", "utterance": "det som sades",
    "lines_before": "varorna före ändringen", "phrase_key": "ordet (som det jämförs)", "phrase": "ordet",
    "product_name": "varans namn", "learned_by": "inlärd av", "learned_by_user_id": "inlärd av (användarnummer)",
    "learned_at": "inlärd",
    # keys inside the stored JSON (a basket line, its product and amount), shown on the page as the columns are
    "quantity": "mängd", "amount": "mängd", "amount_max": "högst", "unit": "enhet", "unit_word": "enhetsord",
    "name": "namn", "brand": "märke", "size": "storlek", "price_sek": "pris (kr)", "category": "kategori",
    "available": "i lager", "confidence": "säkerhet", "needs_review": "behöver kontrolleras", "reason": "skäl",
    "question": "fråga till kunden",
    "staff_only": "bara personalen kan godkänna", "alternatives": "andra förslag",
    "price_changed_from": "tidigare pris (kr)", "changed_by": "ändrad av", "learned": "inlärd tolkning",
    "resolved": "godkänd", "tags": "märkningar",
}
TIMESTAMPS = frozenset({"created_at", "updated_at", "at", "submitted_at", "delivered_at", "expires_at",
                        "next_attempt_at", "done_at", "applied_at", "claimed_until", "learned_at"})
# Yes/no columns (INTEGER 0/1): read as "ja"/"nej", not as numbers.
YES_NO = frozenset({"substitution_allowed", "weight_estimated", "count_estimated", "substitution_default",
                    "moved_to_next_delivery"})


async def register_extract(db: Database, client_id: int, now: datetime) -> dict[str, Any]:
    """The client's rows of every table that holds data about them (JSON columns decoded)."""
    tables = await personal.client_rows(db, client_id)
    return {"client_id": client_id, "generated_at": now.isoformat(),
            "tables": {table: [{k: _decoded(v) for k, v in row.items()} for row in rows]
                       for table, rows in tables.items()}}


def _decoded(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _cell(column: str, value: Any, tz: ZoneInfo, indent: str = "") -> str:
    """A value as people read it: yes/no, local times, and stored JSON as labelled lines."""
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if isinstance(value, bool) or (column in YES_NO and value in (0, 1)):
        return "ja" if value else "nej"
    if column in TIMESTAMPS and isinstance(value, int | float):
        return datetime.fromtimestamp(value, tz).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dict):
        deeper = indent + "  "
        return "\n".join(f"{indent}{COLUMNS.get(key, key)}:" + (
            f"\n{_cell(key, item, tz, deeper)}" if _block(item) else f" {_cell(key, item, tz)}")
            for key, item in value.items())
    if isinstance(value, list):
        if not _block(value):
            return indent + ", ".join(_cell(column, item, tz) for item in value)
        return f"\n{indent}–\n".join(_cell(column, item, tz, indent) for item in value)
    return str(value)


def _block(value: Any) -> bool:
    """Shown on lines of its own: a non-empty object, or a list holding objects."""
    return (isinstance(value, dict) and bool(value)) or (
        isinstance(value, list) and any(isinstance(item, dict | list) for item in value))


def extract_html(extract: dict[str, Any], tz: ZoneInfo) -> str:
    """A plain page to read and print: one section per kind of data, every row and column."""
    tables = extract["tables"]
    name = tables["clients"][0]["display_name"] if tables["clients"] else f"kund {extract['client_id']}"
    generated = datetime.fromisoformat(extract["generated_at"]).astimezone(tz).strftime("%Y-%m-%d %H:%M")
    parts = [
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'>",
        f"<title>Registerutdrag för {escape(name)}</title>",
        "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.8rem}"
        "h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #333}table{border-collapse:collapse;"
        "width:100%;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;"
        "vertical-align:top;white-space:pre-wrap;word-break:break-word}th{background:#eee}"
        "@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}</style></head><body>",
        f"<h1>Registerutdrag för {escape(name)}</h1>",
        f"<p>Allt som Inköpsassistenten har sparat om kunden (kundnummer {extract['client_id']}), "
        f"taget ut {generated}. Uppgifterna visas som de är lagrade, med fälten på svenska.</p>",
    ]
    for table, rows in tables.items():
        parts.append(f"<h2>{escape(TITLES.get(table, table))} ({len(rows)})</h2>")
        if not rows:
            parts.append("<p>Inga uppgifter.</p>")
            continue
        columns = list(rows[0])
        parts.append("<table><thead><tr>" + "".join(
            f"<th scope='col'>{escape(COLUMNS.get(c, c))}</th>" for c in columns) + "</tr></thead><tbody>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{escape(_cell(c, row[c], tz))}</td>" for c in columns) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
