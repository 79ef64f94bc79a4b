"""The storage layer: all SQL of the service lives in this package."""

from assistant.storage.db import Database

__all__ = ["Database"]
