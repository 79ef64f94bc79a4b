"""A throwaway PostgreSQL cluster for the test session (Debian's `postgresql` package, initdb/pg_ctl).

What it does: creates a temporary folder under /tmp, runs `initdb` there (trust authentication, no
TCP: it listens only on a unix socket in that folder), starts the server with `pg_ctl` (fsync off: the
data is thrown away), migrates one template database with the service's own migrations, and hands out a
fresh copy of it per test (`CREATE DATABASE … TEMPLATE`, about 0.1 s), dropped after the test. At the end of the session the server is stopped and the
folder removed. PostgreSQL refuses to run as root: when the tests run as root, the server runs as the
unprivileged system user `nobody` (the folder is handed to it); otherwise as the current user.
"""

from __future__ import annotations

import asyncio
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

from assistant.storage.db import Database

TEMPLATE = "assistant_template"


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin folder (where initdb and pg_ctl live)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


class PgCluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="assistant-pg-"))
        self.data = self.dir / "data"
        self._names = itertools.count(1)
        self._user: dict[str, object] = {}
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.dir, nobody.pw_uid, nobody.pw_gid)
            self._user = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> None:
        done = subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True,
                              cwd=self.dir, env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"},
                              **self._user)  # type: ignore[arg-type]
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.dir}"

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w", "-o", options, "start")
        self.sql(f"CREATE DATABASE {TEMPLATE}")
        asyncio.run(self._migrate_template())

    async def _migrate_template(self) -> None:
        async with Database(self.url(TEMPLATE)) as database:
            await database.migrate()

    def sql(self, statement: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A fresh migrated database for one test (a copy of the template, about 0.1 s); its URL."""
        name = f"test_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.split("?", 1)[0].rsplit("/", 1)[1]
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
