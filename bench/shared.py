"""What the benchmark scripts share: ../shared data and a real service on loopback with a bearer token."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from assistant.app import create_app  # noqa: E402
from assistant.auth.passwords import new_token, token_digest  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.storage import users  # noqa: E402
from assistant.storage.db import Database  # noqa: E402

SHARED = (REPO / ".." / "shared").resolve()


def shared_file(relative: str) -> Path:
    path = SHARED / relative
    if not path.is_file():
        sys.exit(f"needs {path}: the shared data folder beside the repository root")
    return path


async def serve(settings: Settings,
                prepare: Callable[[Database], Awaitable[None]] | None = None) -> tuple[web.AppRunner, int, str]:
    """Start the real app on 127.0.0.1 (a free port) with a staff bearer token: (runner, port, token)."""
    async with Database(settings.db) as db:
        await db.migrate()
        if prepare is not None:
            await prepare(db)
        user_id = await users.create_user(db, "bench", "not-a-login", "staff")
        token = new_token()
        await users.create_api_token(db, token_digest(token), user_id)
    runner = web.AppRunner(create_app(settings))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, runner.addresses[0][1], token
