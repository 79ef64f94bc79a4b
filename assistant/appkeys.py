"""Typed keys for what the application object carries (aiohttp AppKey)."""

from aiohttp import web

from assistant.settings import Settings
from assistant.storage.db import Database

SETTINGS = web.AppKey("settings", Settings)
DB = web.AppKey("db", Database)
