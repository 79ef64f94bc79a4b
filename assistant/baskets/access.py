"""Who may see which client: admin all, staff their assigned clients, a tablet its own client only."""

from __future__ import annotations

from typing import Any

from assistant.auth.identity import Identity
from assistant.errors import Forbidden, NotFound
from assistant.storage import clients
from assistant.storage.audit import Actor
from assistant.storage.db import Database


async def visible_client(db: Database, identity: Identity, client_id: int) -> dict[str, Any]:
    """The client, or 404 (never 403) so that others' clients are not revealed to exist."""
    client = await clients.get_client(db, client_id)
    if client is None:
        raise NotFound("Kunden")
    if identity.client_id is not None:
        if identity.client_id != client_id:
            raise NotFound("Kunden")
    elif not identity.is_admin and not await clients.is_assigned(db, client_id, identity.user_id):
        raise NotFound("Kunden")
    return client


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


def actor_for(identity: Identity) -> Actor:
    if identity.client_id is not None:
        return Actor(f"surfplatta för kund {identity.client_id} (öppnad av {identity.username})", identity.user_id)
    return Actor(identity.username, identity.user_id)
