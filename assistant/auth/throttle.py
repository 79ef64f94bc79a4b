"""Failed-login throttling: per (username, address) pair first, with a much higher ceiling per
address (an office behind one NAT must not lock itself out), and an exponentially growing wait.

The counts live in the database (`storage.login_failures`) so that every service instance sees them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.settings import Settings
from assistant.storage import login_failures
from assistant.storage.db import Database


def backoff_seconds(failures: int, allowed: int, first_wait: float, longest_wait: float) -> float:
    """No wait for the first `allowed - 1` failures; then `first_wait`, doubling with each further one."""
    if failures < allowed:
        return 0.0
    return min(longest_wait, first_wait * 2.0 ** min(failures - allowed, 64))


def wait_message(seconds: int) -> str:
    """'Försök igen om 4 minuter': whole minutes, rounded up."""
    minutes = max(1, math.ceil(seconds / 60))
    return f"Försök igen om {minutes} minut{'er' if minutes > 1 else ''}."


def throttle_keys(username: str, address: str) -> list[str]:
    return [f"pair:{username.casefold()}|{address}", f"addr:{address}"]


@dataclass
class LoginThrottle:
    db: Database
    settings: Settings
    clock: Callable[[], float] = field(default=time.time)

    def _block_for(self, key: str, failures: int) -> float:
        s = self.settings
        allowed = s.login_max_failures if key.startswith("pair:") else s.login_address_max_failures
        return backoff_seconds(failures, allowed, s.login_backoff_seconds, s.login_backoff_max_seconds)

    async def retry_after(self, username: str, address: str) -> int:
        """Seconds until this login may be tried; 0 if now."""
        until = await login_failures.blocked_until(self.db, throttle_keys(username, address))
        return max(0, math.ceil(until - self.clock()))

    async def failed(self, username: str, address: str) -> None:
        now = self.clock()
        await login_failures.record_failure(self.db, throttle_keys(username, address), now,
                                            now - self.settings.login_window_seconds, self._block_for)

    async def succeeded(self, username: str, address: str) -> None:
        """A right password clears its own pair only: the address keeps its count."""
        await login_failures.clear(self.db, throttle_keys(username, address)[:1])
