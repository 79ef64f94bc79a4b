"""What the API answers, as pydantic models: the OpenAPI document's response schemas.

Handlers build plain dicts (domain views); these models say their shape. They forbid unknown fields, so a
field added to a view without being added here fails the tests that validate real answers against them
(`tests/foundation/test_openapi.py`, `tests/fuzz/`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.auth.accounts import NewAccount
from assistant.catalog.understand import Alternative, Line, Understanding

Role = Literal["staff", "admin"]


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- health and session ----------------------------------------------------------------------------

class SpeechNode(Answer):
    url: str
    state: Literal["unknown", "up", "busy", "down"] = Field(
        description="busy: it answered but refused a stream (full, or loading its model)")
    error: str | None = Field(description="why it is down, for operators")
    since: float = Field(description="when it entered this state (Unix seconds)")
    active_streams: int = Field(description="this instance's streams on the node now")
    streams: int = Field(description="streams this instance has opened on it")


class SpeechStatus(Answer):
    """The local worker's fields, or with ASSISTANT_SPEECH_URLS the pool's `nodes`."""

    available: bool
    reason: str | None = Field(description="why speech is unavailable, in Swedish")
    active_streams: int
    model: str | None = None
    grammar: bool | None = Field(None, description="the model can take a runtime grammar")
    max_streams: int | None = None
    restarts: int | None = None
    nodes: list[SpeechNode] | None = Field(None, description="the speech nodes and their state")


class CatalogCount(Answer):
    products: int


class Health(Answer):
    status: Literal["ok", "degraded"]
    version: str
    db: str
    catalog: CatalogCount
    speech: SpeechStatus


class SessionOut(Answer):
    csrf_token: str | None = Field(description="send as X-CSRF-Token on writes; null for bearer tokens")
    username: str
    role: Role
    client_id: int | None = Field(None, description="set in a tablet session: the one client it may reach")


class LoggedOut(Answer):
    status: Literal["logged_out"]


class UserOut(Answer):
    id: int
    username: str
    role: Role
    disabled: bool = Field(False, description="a disabled account cannot log in; an admin can enable it again")


class UsersOut(Answer):
    users: list[UserOut]


class UnitAccountIn(NewAccount):
    """A new staff account made by a unit's admin (or the municipal admin): a member of the unit from the
    start. `role` is the role in the unit; the account itself is always a staff account."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["staff", "unit_admin"] = "staff"  # type: ignore[assignment]


# -- clients ---------------------------------------------------------------------------------------

class NextDelivery(Answer):
    date: str = Field(description="ISO date")
    cutoff_at: str = Field(description="ISO 8601 time in the service's time zone")


class BasketSummary(Answer):
    id: int
    status: str
    line_count: int
    total_sek: float
    needs_review: int


class UnitRef(Answer):
    id: int
    name: str


class ClientOut(Answer):
    id: int
    display_name: str
    address: str
    phone: str
    delivery_weekday: int = Field(ge=0, le=6)
    cutoff_weekday: int = Field(ge=0, le=6)
    cutoff_time: str
    budget_sek: float | None
    diet: list[str]
    vendor: str
    notes: str
    staff: list[str] = Field(description="kontaktpersoner: the staff assigned to the client")
    is_contact: bool = Field(description="the caller is one of the client's kontaktpersoner")
    unit: UnitRef | None
    service_ended_on: str | None = Field(description="ISO date the service ended; retention counts from it")
    delivery_fee_paid_by: Literal["municipality", "client"] | None = Field(
        description="the client's own setting; null follows the municipality's")
    delivery_fee_payer: Literal["municipality", "client"] = Field(description="who pays, all settings applied")
    substitution_default: bool = Field(description="'Byte tillåtet' given to new basket lines")
    next_delivery: NextDelivery
    basket: BasketSummary | None


class ClientsOut(Answer):
    clients: list[ClientOut]


# -- baskets ---------------------------------------------------------------------------------------

class BasketLine(Line):
    model_config = ConfigDict(extra="forbid")

    id: int
    substitution_allowed: bool
    price_changed_from: float | None
    changed_by: str
    chilled: bool
    frozen: bool
    line_total_sek: float | None  # None while the amount is beyond what staff could set
    piece_weight_kg: float | None
    staff_only: bool = Field(False, description="a flag only staff may clear (diet conflict, product gone)")


class ChangedOrder(Answer):
    """The sent order a basket reopened for changes will amend once confirmed and submitted."""

    id: int
    vendor_order_number: str | None = Field(description="null while the order is still on its way")
    status: str
    total_sek: float = Field(description="the order as the grocer has it, until the change is sent")
    notice: str = Field(description="what staff must know before confirming, in Swedish")


class Basket(Answer):
    id: int
    client_id: int
    status: Literal["open", "confirmed"]
    version: int
    delivery_date: str
    cutoff_at: str
    moved_to_next_delivery: bool
    notice: str | None
    lines: list[BasketLine]
    total_sek: float
    budget_sek: float | None
    over_budget: bool
    budget_override_reason: str | None
    unresolved: int
    changes_order: ChangedOrder | None = Field(
        None, description="set when the basket was reopened to change an order already sent")


class ConfirmedBasket(Basket):
    message: str = Field(description="the total to show the client and the delivery day, in Swedish")


class BasketReply(Answer):
    basket: Basket
    reply: str = Field(description="a short Swedish sentence to show or read aloud")


# -- learned readings ------------------------------------------------------------------------------

class ReadingOut(Answer):
    """One learned reading: by `phrase` this client means the product at the grocer `vendor`."""

    id: int
    vendor: str
    phrase: str
    product_id: str
    product_name: str = Field(description="as the catalog names it now, else as when it was learned")
    in_catalog: bool = Field(description="the grocer still sells the product")
    available: bool = Field(description="in stock now: only then is it proposed")
    learned_by: str
    learned_at: float = Field(description="Unix seconds")


class ReadingsOut(Answer):
    readings: list[ReadingOut]


# -- orders ----------------------------------------------------------------------------------------

class Substitute(Answer):
    id: str
    name: str
    price_sek: float


class OrderLine(Answer):
    product: dict[str, Any]
    count: int | None
    weight_kg: float | None
    weight_estimated: bool
    count_estimated: bool = Field(description="the grocer stated no package size: count was estimated from "
                                              "the amount said (the kind's usual package or pieces)")
    unit_price_sek: float
    substitution_allowed: bool
    outcome: Literal["delivered", "substituted", "missing"] | None
    substitute: Substitute | None


class OrderChange(Answer):
    kind: Literal["cancel", "amend"]
    state: Literal["pending", "done", "refused"]
    reason: str | None = Field(description="why the grocer refused it")


class Order(Answer):
    id: int
    client_id: int
    status: Literal["submitted", "received", "picking", "delivered", "failed", "cancelled"]
    vendor: str
    vendor_order_number: str | None
    delivery_date: str
    total_sek: float
    delivery_fee_sek: float
    delivery_fee_paid_by: Literal["municipality", "client"]
    submitted_by: str
    submitted_at: float = Field(description="Unix seconds")
    delivered_at: float | None
    lines: list[OrderLine]
    change: OrderChange | None = Field(description="the last cancel or amendment sent for this order")
    delivered_total_sek: float | None = Field(
        None, description="once delivered: the goods as they came (missing free, substitutes at their price)")


class SubmittedOrder(Order):
    moved_to_next_delivery: bool
    message: str


class OrdersOut(Answer):
    orders: list[Order]


class AuditEvent(Answer):
    at: float
    actor: str
    action: str
    details: Any


class AuditOut(Answer):
    events: list[AuditEvent]


# -- catalog and speech ----------------------------------------------------------------------------

class SearchOut(Answer):
    results: list[Alternative]


class Word(Answer):
    word: str
    start: float
    end: float
    conf: float


class TranscribeOut(Answer):
    text: str
    result: list[Word]
    understanding: Understanding | None


class UploadForm(BaseModel):
    """multipart/form-data alternative to a raw audio/wav body."""

    audio: bytes = Field(json_schema_extra={"contentMediaType": "audio/wav"})
