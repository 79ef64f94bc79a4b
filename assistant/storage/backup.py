"""Backups of the SQLite database: consistent copies taken while the service runs, checked restores.

SQLite's online backup API copies a consistent snapshot even while other connections write. Copies
are private (0600): they hold names, addresses and password hashes. PostgreSQL is backed up with its
own tools (pg_dump / pg_restore, see docs/deploy.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from assistant.storage.db import bundled_migrations
from assistant.storage.files import create_private


class BackupError(Exception):
    """A backup file that must not be put in place (the message says why, in Swedish)."""


def _copy(source: Path, dest: Path) -> None:
    """Online-backup `source` into a new private file that replaces `dest` only when complete."""
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, dest)


def backup(db_file: Path, dest: Path) -> None:
    if not db_file.exists():
        raise BackupError(f"Databasen {db_file} finns inte")
    _copy(db_file, dest)


def check(file: Path) -> int:
    """The backup's schema version, after checking that it is a whole database this service can run on."""
    if not file.is_file():
        raise BackupError(f"Filen {file} finns inte")
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise BackupError(f"Säkerhetskopian är skadad: {integrity}")
            version = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{file} är ingen databas från tjänsten ({exc})") from exc
    newest = bundled_migrations()[-1][0]
    if not 1 <= version <= newest:
        raise BackupError(f"Säkerhetskopian har schemaversion {version}; den här versionen av tjänsten "
                          f"kan köra version 1–{newest}")
    return int(version)


def restore(file: Path, db_file: Path) -> int:
    """Put a checked backup in place of the database (the service must be stopped); returns its schema
    version. Older schemas are brought up to date by the migrations when the service starts."""
    version = check(file)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    staged = db_file.with_name(db_file.name + ".restored")
    _copy(file, staged)
    for leftover in (Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        leftover.unlink(missing_ok=True)  # they belong to the database being replaced
    os.replace(staged, db_file)
    return version
