"""Delivery days and order cutoffs, in local time, with a clock tests can set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from aiohttp import web

from assistant.nlu.lexicon import WEEKDAYS


class Clock:
    """Wall-clock time, or a fixed moment a test sets (and moves) explicitly."""

    def __init__(self, fixed: datetime | None = None) -> None:
        self.fixed = fixed

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(UTC)

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        self.fixed = when

    def advance(self, delta: timedelta) -> None:
        self.set(self.now() + delta)


CLOCK = web.AppKey("clock", Clock)
SYSTEM_CLOCK = Clock()


def app_clock(app: web.Application) -> Clock:
    return app.get(CLOCK) or SYSTEM_CLOCK


@dataclass(frozen=True)
class Delivery:
    date: date
    cutoff_at: datetime  # aware, local time zone


def next_delivery(now: datetime, delivery_weekday: int, cutoff_weekday: int, cutoff_time: str,
                  tz: ZoneInfo) -> Delivery:
    """The first delivery whose cutoff is still ahead of `now`.

    The cutoff is the latest `cutoff_weekday` at `cutoff_time` on or before the delivery day
    ("beställ senast onsdag 12:00 för leverans fredag").
    """
    local = now.astimezone(tz)
    hour, minute = (int(part) for part in cutoff_time.split(":"))
    lead_days = (delivery_weekday - cutoff_weekday) % 7
    for offset in range(15):
        day = local.date() + timedelta(days=offset)
        if day.weekday() != delivery_weekday:
            continue
        cutoff = datetime.combine(day - timedelta(days=lead_days), time(hour, minute), tz)
        if cutoff > local:
            return Delivery(day, cutoff)
    raise AssertionError("a weekly delivery always has a cutoff ahead")


def describe(delivery: Delivery) -> str:
    """'fredag 14 mars' style, for messages."""
    months = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december")
    d = delivery.date
    return f"{WEEKDAYS[d.weekday()]} {d.day} {months[d.month - 1]}"
