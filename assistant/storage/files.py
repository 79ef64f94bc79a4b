"""Files holding the service's data are the service user's alone (names, addresses, password hashes)."""

from __future__ import annotations

import os
from pathlib import Path


def create_private(path: Path) -> None:
    """Create the file readable and writable by its owner only (0600) if it does not exist yet; SQLite gives
    its -wal and -shm files the same mode. An existing file keeps the mode its operator gave it."""
    if str(path) == ":memory:" or path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
