"""Real `serve`, sandbox grocer and speech-node processes on loopback, for the cluster test, the speech pool
tests and the instances benchmark."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

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
    """`python -m ARGS` with its log in an unnamed temporary file (a pipe nobody reads would fill up and
    block the process mid-request)."""
    log = tempfile.TemporaryFile()
    process = subprocess.Popen([sys.executable, "-m", *args], env={**os.environ, **env},
                               stdout=subprocess.DEVNULL, stderr=log)
    process.log = log  # type: ignore[attr-defined]
    return process


def log_tail(process: subprocess.Popen) -> str:
    process.log.seek(0)  # type: ignore[attr-defined]
    return process.log.read().decode(errors="replace")[-2000:]  # type: ignore[attr-defined]


async def wait_healthy(http: aiohttp.ClientSession, url: str, process: subprocess.Popen) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(f"{url} exited: {log_tail(process)}")
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


STARTUP_SECONDS = 120


@dataclass
class RunningNode:
    process: subprocess.Popen[str]
    url: str

    def health(self) -> dict[str, Any]:
        with urllib.request.urlopen(self.url.replace("ws://", "http://") + "/healthz", timeout=10) as resp:
            return json.load(resp)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)


def start_nodes(model_dir: Path, logs: list[Path], max_streams: int) -> list[RunningNode]:
    """A node process per log file, started together so that their models load side by side; returns
    once every node's worker has loaded it."""
    processes = [subprocess.Popen(
        [sys.executable, "-m", "assistant", "speech-node", "--host", "127.0.0.1", "--port", "0",
         "--model", str(model_dir), "--max-streams", str(max_streams)],
        stdout=subprocess.PIPE, stderr=log.open("w"), text=True, cwd=Path(__file__).resolve().parents[1])
        for log in logs]
    nodes = []
    for process, log in zip(processes, logs, strict=True):
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"ws://\S+", line)
        if found is None:
            for other in processes:
                other.kill()
            pytest.fail(f"speech node did not start: {line!r}\n{log.read_text()}")
        nodes.append(RunningNode(process, found.group(0)))
    deadline = time.monotonic() + STARTUP_SECONDS
    for node, log in zip(nodes, logs, strict=True):
        while not node.health()["speech"]["available"]:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
    return nodes


def stop_nodes(nodes: list[RunningNode]) -> None:
    for node in nodes:
        if node.process.poll() is None:
            node.process.terminate()
            node.process.wait(30)
