"""Creating staff accounts, shared by the operator CLI and the admin API."""

from __future__ import annotations

import asyncio
from typing import Literal

from pydantic import BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError

from assistant.auth.passwords import hash_password
from assistant.errors import Conflict
from assistant.storage import users
from assistant.storage.db import Database


MIN_PASSWORD = 8


def password_long_enough(cls: type, value: str | None) -> str | None:
    """Said in Swedish: the admin screen and the CLI show this message as it is."""
    if value is not None and len(value) < MIN_PASSWORD:
        raise PydanticCustomError("password_too_short", f"Lösenordet måste vara minst {MIN_PASSWORD} tecken")
    return value


class NewAccount(BaseModel):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[\w.@-]+$")
    password: str = Field(max_length=256)
    role: Literal["staff", "admin"]

    _password = field_validator("password")(password_long_enough)


async def create_account(db: Database, account: NewAccount, unit: tuple[int, str] | None = None) -> int:
    """`unit`: (unit id, role in it) to make the new account a member of, in the same transaction."""
    if await users.account_by_name(db, account.username):  # a disabled account keeps its name
        raise Conflict(f"Användaren {account.username} finns redan")
    password_hash = await asyncio.to_thread(hash_password, account.password)
    return await users.create_user(db, account.username, password_hash, account.role, unit)
