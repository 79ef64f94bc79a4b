"""Logging every read of a client's personal data, in one place.

The places that hand out a client's data (the client named in the path, an order, the lists) call
`note_read`; the middleware writes what the request read, once, in a single INSERT, whether the
request then succeeded or not (a refused write has still shown the data it was refused against).
"""

from __future__ import annotations

import hashlib

from aiohttp import web
from aiohttp.typedefs import Handler

from assistant.appkeys import DB
from assistant.auth.identity import IDENTITY_KEY, Identity
from assistant.baskets.access import actor_for
from assistant.storage import accesslog

READS = web.RequestKey("client_reads", dict)

# What a route shows, by a part of its path (first match wins); handlers may say it themselves.
LABELS = (("/invoice-basis", "fakturaunderlag"), ("/register-extract", "registerutdrag"),
          ("/audit", "händelselogg"), ("/basket", "korg"), ("/tablet", "surfplatta"),
          ("/staff", "kontaktpersoner"), ("/orders", "beställning"), ("/readings", "inlärda ord"),
          ("/clients", "kunduppgifter"))


def route_label(request: web.Request) -> str:
    resource = request.match_info.route.resource
    path = resource.canonical if resource is not None else request.path
    return next((label for part, label in LABELS if part in path), "övrigt")


def session_digest(request: web.Request, identity: Identity) -> str:
    """Tells sessions apart in the log without storing anything that could be used to log in."""
    credential = (f"session:{identity.session_key}" if identity.session_key
                  else f"token:{request.headers.get('Authorization', '')}")
    return hashlib.sha256(credential.encode()).hexdigest()[:16]


def note_read(request: web.Request, client_ids: list[int] | int, what: str | None = None) -> None:
    """Marks the clients whose personal data this request hands out."""
    reads = request.get(READS)
    if reads is None:
        reads = {}
        request[READS] = reads
    label = what or route_label(request)
    for client_id in [client_ids] if isinstance(client_ids, int) else client_ids:
        reads.setdefault(client_id, label)


@web.middleware
async def access_log_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    finally:
        reads = request.get(READS)
        identity = request.get(IDENTITY_KEY)
        if reads and identity is not None:
            actor = actor_for(identity)
            digest = session_digest(request, identity)
            line = f"{request.method} {request.path_qs}"[:300]
            await accesslog.record(request.app[DB], [
                accesslog.Read(identity.user_id, actor.name, client_id, what, line, digest)
                for client_id, what in reads.items()])
