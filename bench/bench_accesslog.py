"""What the access log costs a read: GET of a client's record and basket over HTTP with the log (one INSERT
per request) against the same requests on the same app built without the access-log middleware."""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.app import create_app  # noqa: E402
from assistant.auth.passwords import new_token, token_digest  # noqa: E402
from assistant.privacy.accesslog import access_log_middleware  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.storage import accesslog, clients, users  # noqa: E402
from assistant.storage.db import Database  # noqa: E402

ROUNDS = 300
CLIENT = {"display_name": "Bench", "address": "", "phone": "", "budget_sek": None, "notes": "", "diet": [],
          "delivery_weekday": 4, "cutoff_weekday": 2, "cutoff_time": "12:00", "vendor": "demo"}


async def timed_reads(settings: Settings, token: str, client_id: int, logged: bool) -> float:
    """Seconds per request (client record and basket alternately), after a warm-up."""
    app = create_app(settings)
    if not logged:
        app.middlewares.remove(access_log_middleware)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    paths = [f"/api/v1/clients/{client_id}", f"/api/v1/clients/{client_id}/basket"]
    try:
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as http:
            for path in paths * 10:
                async with http.get(f"http://127.0.0.1:{port}{path}") as resp:
                    assert resp.status == 200, await resp.text()
            started = time.perf_counter()
            for i in range(ROUNDS):
                async with http.get(f"http://127.0.0.1:{port}{paths[i % 2]}") as resp:
                    await resp.read()
            return (time.perf_counter() - started) / ROUNDS
    finally:
        await runner.cleanup()


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "bench.db", vendor_url="http://127.0.0.1:9")
        async with Database(settings.db) as db:
            await db.migrate()
            user_id = await users.create_user(db, "bench", "not-a-login", "staff")
            token = new_token()
            await users.create_api_token(db, token_digest(token), user_id)
            client_id = await clients.create_client(db, CLIENT, user_id)
        baseline = await timed_reads(settings, token, client_id, logged=False)
        logged = await timed_reads(settings, token, client_id, logged=True)
        async with Database(settings.db) as db:
            rows = len(await accesslog.entries(db, client_id=client_id, limit=100_000))
    print(f"access log: {ROUNDS} reads of a client's record and basket over HTTP")
    print(f"  without the log: {baseline * 1000:.2f} ms per request (baseline)")
    print(f"  with the log:    {logged * 1000:.2f} ms per request, ratio {logged / baseline:.2f}"
          f" ({rows} log rows written)")


if __name__ == "__main__":
    asyncio.run(main())
