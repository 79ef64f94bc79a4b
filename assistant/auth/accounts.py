"""Creating staff accounts, shared by the operator CLI and the admin API."""

from __future__ import annotations

import asyncio
from typing import Literal

from pydantic import BaseModel, Field

from assistant.auth.passwords import hash_password
from assistant.errors import Conflict
from assistant.storage import users
from assistant.storage.db import Database


class NewAccount(BaseModel):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[\w.@-]+$")
    password: str = Field(min_length=8, max_length=256)
    role: Literal["staff", "admin"]


async def create_account(db: Database, account: NewAccount) -> int:
    if await users.user_by_name(db, account.username):
        raise Conflict(f"Användaren {account.username} finns redan")
    password_hash = await asyncio.to_thread(hash_password, account.password)
    return await users.create_user(db, account.username, password_hash, account.role)
