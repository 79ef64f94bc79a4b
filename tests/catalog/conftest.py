"""Fixtures of the catalog tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def shared(shared_dir: Path) -> Path:
    """../shared with the unified catalog; skips with the missing path otherwise."""
    if not (shared_dir / "data" / "catalog_sv.jsonl").is_file():
        pytest.skip(f"needs {shared_dir / 'data' / 'catalog_sv.jsonl'}")
    return shared_dir
