"""Real `serve` and sandbox grocer processes on loopback, for the cluster test and the instances benchmark."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

import aiohttp

from assistant.auth.passwords import hash_password
from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.storage import clients, users
from assistant.storage.db import Database
from tests.conftest import PASSWORD


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", *args], env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_healthy(http: aiohttp.ClientSession, url: str, process: subprocess.Popen) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(f"{url} exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            async with http.get(url) as resp:
                if resp.status < 500:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} never answered")


async def prepare(url: str, count: int) -> list[int]:
    """Demo catalog, staff member anna, and `count` clients assigned to her; their ids."""
    async with Database(url) as db:
        await db.migrate()
        await import_catalog(db, demo_catalog_path(), "demo")
        staff_id = await users.create_user(db, "anna", await asyncio.to_thread(hash_password, PASSWORD), "staff")
        return [await clients.create_client(db, {
            "display_name": f"Kund {n}", "address": "Storgatan 1", "phone": "", "delivery_weekday": 4,
            "cutoff_weekday": 2, "cutoff_time": "12:00", "budget_sek": None, "diet": [], "vendor": "demo",
            "notes": ""}, staff_id) for n in range(count)]


class Instance:
    """A logged-in staff browser against one `serve` process."""

    def __init__(self, base: str, process: subprocess.Popen) -> None:
        self.base, self.process = base, process
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf = ""

    async def login(self) -> None:
        async with self.http.post(self.base + "/api/v1/session",
                                  json={"username": "anna", "password": PASSWORD}) as resp:
            assert resp.status == 200, await resp.text()
            self.csrf = (await resp.json())["csrf_token"]

    async def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        async with self.http.request(method, self.base + path, json=body,
                                     headers={"X-CSRF-Token": self.csrf}) as resp:
            return resp.status, await resp.json()
