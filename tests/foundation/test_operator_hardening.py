"""Operators can disable users and revoke tokens; tokens expire; data files are private; the CLI fails in
one clear line; requests aiohttp cannot parse still get the JSON error shape (issue 11)."""

from __future__ import annotations

import asyncio
import json
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.app import create_app
from assistant.storage.db import Database
from tests.conftest import PASSWORD, make_token, make_user
from tests.foundation.test_cli import run


async def _cli(*args: str, db, stdin: str = "") -> subprocess.CompletedProcess:
    return await asyncio.to_thread(lambda: run(*args, db=db, stdin=stdin))


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_disabling_ends_tokens_and_enabling_does_not_revive_them(client, settings):
    user_id = await make_user(settings, "anna", "staff")
    token = await make_token(settings, user_id)
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 200
    done = await _cli("disable-user", "anna", db=settings.db)
    assert done.returncode == 0, done.stderr
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 401
    login = {"username": "anna", "password": PASSWORD}
    assert (await client.post("/api/v1/session", json=login)).status == 401
    assert (await _cli("enable-user", "anna", db=settings.db)).returncode == 0
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 401
    assert (await client.post("/api/v1/session", json=login)).status == 200
    unknown = await _cli("disable-user", "okänd", db=settings.db)
    assert unknown.returncode == 1 and unknown.stderr.strip() == "Användaren okänd finns inte"


async def test_revoke_tokens_ends_tokens_and_sessions(client, settings, staff):
    token = await make_token(settings, await make_user(settings, "bertil", "staff"))
    anna_token = await make_token(settings, 1)
    assert (await client.get("/api/v1/session", headers=_bearer(anna_token))).status == 200
    assert (await _cli("revoke-tokens", "anna", db=settings.db)).returncode == 0
    assert (await client.get("/api/v1/session", headers=_bearer(anna_token))).status == 401
    assert (await staff.get("/api/v1/session")).status == 401  # the cookie session ended too
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 200  # others' stay


async def test_tokens_older_than_the_maximum_age_are_refused(client, settings):
    token = await make_token(settings, await make_user(settings, "anna", "staff"))
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 200
    async with Database(settings.db) as db:
        old = time.time() - (settings.token_max_age_days + 1) * 86400
        await db.execute("UPDATE api_tokens SET created_at = ?", (old,))
    resp = await client.get("/api/v1/session", headers=_bearer(token))
    assert resp.status == 401 and (await resp.json())["error"]["code"] == "unauthenticated"


async def test_the_database_file_is_created_private(aiohttp_client, settings, tmp_path, backend):
    if backend != "sqlite":
        pytest.skip("a PostgreSQL database is no file: its server keeps it private")
    await aiohttp_client(create_app(settings))
    assert stat.S_IMODE(Path(settings.db).stat().st_mode) == 0o600
    cli_db = tmp_path / "cli" / "a.db"
    added = await _cli("add-user", "anna", "--role", "staff", "--password-stdin", db=cli_db, stdin="hemligt-lösen\n")
    assert added.returncode == 0, added.stderr
    assert stat.S_IMODE(cli_db.stat().st_mode) == 0o600


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port",
                               str(port), "--db", str(tmp_path / "a.db")], capture_output=True, text=True,
                              timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [lines[0]] and lines[0].startswith(f"Kan inte lyssna på 127.0.0.1:{port}")


def test_add_user_without_a_terminal_says_so_in_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "assistant", "add-user", "anna", "--role", "staff", "--db",
                           str(tmp_path / "a.db")], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "--password-stdin" in done.stderr


async def test_a_raw_non_ascii_byte_in_the_url_gets_a_json_400(client):
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(b"GET /api/v1/\xc3\xa5 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    await writer.drain()
    answer = await reader.read()
    writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") or head.startswith(b"HTTP/1.0 400")
    assert b"Content-Type: application/json" in head
    assert json.loads(body)["error"]["code"] == "bad_request"


async def test_an_admin_re_enabling_an_account_does_not_revive_its_tokens(client, settings, admin):
    token = await make_token(settings, await make_user(settings, "anna", "staff"))
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 200
    assert (await admin.patch("/api/v1/users/anna", json={"disabled": True})).status == 200
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 401
    assert (await admin.patch("/api/v1/users/anna", json={"disabled": False})).status == 200
    assert (await client.get("/api/v1/session", headers=_bearer(token))).status == 401
