"""Locating ../shared for the benchmarks (they need the real catalogs; the product never ships them)."""

from __future__ import annotations

import sys
from pathlib import Path

SHARED = (Path(__file__).resolve().parents[1] / ".." / "shared").resolve()


def shared_file(relative: str) -> Path:
    path = SHARED / relative
    if not path.is_file():
        sys.exit(f"needs {path}: the shared data folder beside the repository root")
    return path
