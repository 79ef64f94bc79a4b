"""What the service needs from an online grocer, independent of how it is reached."""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, Field

from assistant.catalog.schema import Product

VendorStatus = Literal["received", "picking", "delivered", "cancelled"]
LineOutcome = Literal["delivered", "substituted", "missing"]


class VendorError(Exception):
    """A failed call; `retryable` says whether sending the same request again may succeed."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status  # the grocer's HTTP status, when it answered


class AmendNotSupported(VendorError):
    """The grocer cannot change a placed order: cancel it and place a new one instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


class OrderLineIn(BaseModel):
    product_id: str
    name: str = ""
    count: int = Field(ge=1)
    weight_kg: float | None = Field(None, gt=0)  # goods sold by weight: weigh up this much (count: pieces)
    substitution_allowed: bool = False


class OrderIn(BaseModel):
    """An order as sent to the grocer; `reference` is our order id, for their support staff."""

    reference: str
    delivery_date: str
    lines: list[OrderLineIn] = Field(min_length=1)


class SubstituteOut(BaseModel):
    id: str
    name: str
    price_sek: float


class OrderLineOut(BaseModel):
    product_id: str
    count: int
    weight_kg: float | None = None
    substitution_allowed: bool = False
    outcome: LineOutcome | None = None
    substitute: SubstituteOut | None = None


class OrderOut(BaseModel):
    order_number: str
    status: VendorStatus
    delivery_date: str
    lines: list[OrderLineOut]


class VendorConnector(Protocol):
    """Submitting with the same idempotency key twice must return the same grocer order."""

    async def submit_order(self, order: OrderIn, idempotency_key: str) -> OrderOut: ...

    async def order_status(self, order_number: str) -> OrderOut: ...

    async def cancel_order(self, order_number: str) -> OrderOut:
        """Cancelling an order already cancelled succeeds (a retry after a lost answer)."""
        ...

    async def amend_order(self, order_number: str, order: OrderIn, idempotency_key: str) -> OrderOut:
        """New lines for the same order; raises AmendNotSupported when the grocer has no such thing."""
        ...

    async def fetch_catalog(self) -> list[Product]: ...

    async def availability(self, product_ids: list[str]) -> dict[str, bool]: ...
