"""Typed keys for what the application object carries (aiohttp AppKey)."""

from aiohttp import web

from assistant.auth.ratelimit import LoginThrottle
from assistant.settings import Settings
from assistant.storage.db import Database

SETTINGS = web.AppKey("settings", Settings)
DB = web.AppKey("db", Database)
LOGIN_THROTTLE = web.AppKey("login_throttle", LoginThrottle)
