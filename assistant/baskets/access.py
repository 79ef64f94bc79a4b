"""Who may see and manage which client.

The municipal admin sees and manages everything. Staff see the clients assigned to them (kontaktperson)
and every client of their units, so a colleague can cover a shift; a unit's admin ("enhetsadmin") also
manages that unit's staff and clients. A tablet session sees its own client only.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from assistant.auth.identity import Identity
from assistant.errors import ApiError, Forbidden, NotFound
from assistant.storage import clients, units
from assistant.storage.audit import Actor
from assistant.storage.db import Database, Read


async def visible_client(db: Database, identity: Identity, client_id: int) -> dict[str, Any]:
    """The client, or 404 (never 403) so that others' clients are not revealed to exist."""
    return (await visible_client_with(db, identity, client_id))[0]


async def visible_client_with(db: Database, identity: Identity, client_id: int,
                              *also: Read) -> tuple[dict[str, Any], list[Any]]:
    """`visible_client`, with other reads of one statement each (`also`) asked in the same trip to the
    database: staff's two reads (the client, may they see it) and those all go at once. Their answers come
    second, used only once the client is known to be visible."""
    if identity.client_id is not None and identity.client_id != client_id:
        raise NotFound("Kunden")
    if identity.client_id is not None or identity.is_admin:
        client, *extra = await db.read_together(partial(clients.get_client, client_id=client_id), *also)
        visible = True
    else:
        client, visible, *extra = await db.read_together(
            partial(clients.get_client, client_id=client_id),
            partial(clients.can_see, client_id=client_id, user_id=identity.user_id), *also)
    if client is None or not visible:
        raise NotFound("Kunden")
    return client, extra


async def visible_client_ids(db: Database, identity: Identity) -> list[int] | None:
    """None means every client (admin)."""
    if identity.client_id is not None:
        return [identity.client_id]
    if identity.is_admin:
        return None
    return [c["id"] for c in await clients.list_clients(db, identity.user_id)]


def require_staff(identity: Identity) -> None:
    """Confirming, submitting and managing clients are staff work, never the client's tablet."""
    if identity.is_tablet:
        raise Forbidden("Det här gör personalen, inte surfplattan")


async def managed_unit_ids(db: Database, identity: Identity) -> set[int] | None:
    """The units this caller administers; None means all (the municipal admin)."""
    if identity.is_admin:
        return None
    if identity.is_tablet:
        return set()
    return {unit_id for unit_id, role in (await units.roles_of(db, identity.user_id)).items()
            if role == "unit_admin"}


async def require_unit_manager(db: Database, identity: Identity, unit_id: int | None) -> None:
    """403 unless the caller is the municipal admin or the admin of `unit_id`."""
    managed = await managed_unit_ids(db, identity)
    if managed is not None and (unit_id is None or unit_id not in managed):
        raise Forbidden("Det här gör enhetens administratör eller kommunens administratör")


async def require_client_manager(db: Database, identity: Identity, client: dict[str, Any]) -> None:
    """Assigning staff, moving a client between units, ending the service: admin work."""
    await require_unit_manager(db, identity, client["unit_id"])


# Client fields only a unit's admin (or the municipal admin) may set.
MANAGED_FIELDS = ("unit_id", "service_ended_on", "delivery_fee_paid_by")


async def check_client_fields(db: Database, identity: Identity, client: dict[str, Any] | None,
                              fields: dict[str, Any]) -> dict[str, Any]:
    """The fields to store for a new (`client` None) or changed client, checked against the caller's units.

    A new client goes to the unit named, or to the creator's only unit; staff may only place clients in
    their own units. Changing a managed field needs the admin of the unit the client is in (and moves to).
    """
    fields = dict(fields)
    my_units = {} if identity.is_admin else await units.roles_of(db, identity.user_id)
    if client is None and fields.get("unit_id") is None and len(my_units) == 1:
        fields["unit_id"] = next(iter(my_units))
    new_unit = fields.get("unit_id")
    if new_unit is not None and (await units.get_unit(db, new_unit) is None
                                 or (not identity.is_admin and new_unit not in my_units)):
        raise ApiError(400, "unknown_unit", "Enheten finns inte, eller du hör inte till den")
    if client is None:
        if any(fields.get(k) is not None for k in MANAGED_FIELDS if k != "unit_id"):
            await require_unit_manager(db, identity, new_unit)
        return fields
    if any(k in fields and fields[k] != client[k] for k in MANAGED_FIELDS):
        await require_client_manager(db, identity, client)
        if "unit_id" in fields and new_unit != client["unit_id"]:
            await require_unit_manager(db, identity, new_unit)
    return fields


def actor_for(identity: Identity) -> Actor:
    if identity.client_id is not None:
        return Actor(f"surfplatta för kund {identity.client_id} (öppnad av {identity.username})", identity.user_id)
    return Actor(identity.username, identity.user_id)
