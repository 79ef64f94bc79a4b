"""The operator CLI as an operator runs it: a real process on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, db: Path, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args, "--db", str(db)], input=stdin,
                          capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})})


def test_add_user_and_create_token(tmp_path):
    db = tmp_path / "a.db"
    done = run("add-user", "anna", "--role", "staff", "--password-stdin", db=db, stdin="hemligt-lösen\n")
    assert done.returncode == 0, done.stderr
    again = run("add-user", "anna", "--role", "staff", "--password-stdin", db=db, stdin="hemligt-lösen\n")
    assert again.returncode == 1 and "finns redan" in again.stderr
    short = run("add-user", "bo", "--role", "admin", "--password-stdin", db=db, stdin="kort\n")
    assert short.returncode == 1 and "password" in short.stderr
    token = run("create-token", "anna", db=db)
    assert token.returncode == 0 and len(token.stdout.strip()) >= 32
    assert run("create-token", "okänd", db=db).returncode == 1


def test_import_catalog_reports_bad_rows_and_strict(tmp_path):
    db = tmp_path / "a.db"
    catalog = tmp_path / "c.jsonl"
    catalog.write_text(json.dumps({"id": "t:1", "name": "Mjölk", "price_sek": 12}) + "\n{fel\n", encoding="utf-8")
    strict = run("import-catalog", str(catalog), "--strict", db=db)
    assert strict.returncode == 1 and f"{catalog}:2:" in strict.stderr
    lenient = run("import-catalog", str(catalog), "--vendor", "ica", db=db)
    assert lenient.returncode == 0
    assert "1 nya" in lenient.stdout and "1 felaktiga" in lenient.stdout
    missing = run("import-catalog", str(tmp_path / "saknas.jsonl"), db=db)
    assert missing.returncode == 2


def test_db_path_from_environment(tmp_path):
    db = tmp_path / "env.db"
    done = subprocess.run([sys.executable, "-m", "assistant", "add-user", "anna", "--role", "admin",
                           "--password-stdin"], input="hemligt-lösen\n", capture_output=True, text=True,
                          timeout=60, env={**os.environ, "ASSISTANT_DB": str(db)})
    assert done.returncode == 0, done.stderr
    assert db.is_file()


def test_init_demo_loads_catalog_and_prints_a_login_every_time(tmp_path):
    db = tmp_path / "var" / "a.db"
    first = run("init-demo", db=db)
    assert first.returncode == 0, first.stderr
    assert "Demokatalogen inläst" in first.stdout
    second = run("init-demo", db=db)
    assert "Demokatalogen" not in second.stdout
    login_line = [line for line in second.stdout.splitlines() if line.startswith("Demoinloggning")]
    assert login_line and login_line[0] in first.stdout
    assert run("create-token", "personal", db=db).returncode == 0
