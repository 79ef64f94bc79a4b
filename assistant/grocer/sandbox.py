"""A sandbox grocer: an online grocer's order API to develop and test the connection against.

    python -m assistant.grocer.sandbox --port 8081 [--catalog FILE] [--state FILE] [--step-seconds S]

It honours idempotency keys, issues order numbers, cancels and amends orders until picking starts
(`--no-amend`: a grocer that cannot amend, answering 405), moves orders received → picking → delivered
(every `--step-seconds`, or by `POST /admin/advance`), substitutes or leaves out the products marked
out of stock (`POST /admin/stock`) according to each line's "byte tillåtet", and injects faults on
request (`POST /admin/faults`, or the `--latency`/`--fail-rate` flags): latency, 5xx, responses that
never come (timeouts) and responses dropped after the order was accepted.

State lives in memory; with `--state FILE` it is also written to that JSON file after every change
and read back at start, so orders survive a restart of the sandbox.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field, ValidationError

from assistant.catalog.schema import Product
from assistant.grocer.connector import OrderIn, OrderLineOut, OrderOut, SubstituteOut

log = logging.getLogger("assistant.grocer.sandbox")

DEMO_CATALOG = Path(__file__).resolve().parents[1] / "catalog" / "demo_catalog.jsonl"
NEXT_STATUS = {"received": "picking", "picking": "delivered"}


class Faults(BaseModel):
    """Fault injection; the *_next counters apply to that many coming requests, then run out."""

    latency_seconds: float = Field(0.0, ge=0)
    fail_rate: float = Field(0.0, ge=0, le=1, description="share of order requests answered 503")
    fail_next: int = Field(0, ge=0, description="answer the next N order requests with 503")
    hang_next: int = Field(0, ge=0, description="accept the next N orders, then answer only after hang_seconds")
    hang_seconds: float = Field(30.0, ge=0)
    drop_next: int = Field(0, ge=0, description="accept the next N orders, then drop the connection")


class StockBody(BaseModel):
    product_id: str
    in_stock: bool = False
    substitute_id: str | None = Field(None, description="what the picker takes instead, if allowed")


class AdvanceBody(BaseModel):
    order_number: str | None = None


class CatalogBody(BaseModel):
    products: list[Product]


@dataclass
class SandboxOrder:
    number: str
    key: str
    fingerprint: str
    order: OrderIn
    status: str = "received"
    changed_at: float = field(default_factory=time.time)
    lines: list[OrderLineOut] = field(default_factory=list)

    def out(self) -> OrderOut:
        return OrderOut(order_number=self.number, status=self.status,  # type: ignore[arg-type]
                        delivery_date=self.order.delivery_date, lines=self.lines)


class Sandbox:
    """The grocer's state and rules, kept apart from HTTP so both are easy to read."""

    def __init__(self, products: list[Product], step_seconds: float = 0.0, faults: Faults | None = None,
                 state_file: Path | None = None, seed: int | None = None, amendable: bool = True) -> None:
        self.products = {p.id: p for p in products}
        self.amendable = amendable
        self.amended_by: dict[str, str] = {}  # amendment idempotency key → order number
        self.step_seconds = step_seconds
        self.faults = faults or Faults()
        self.state_file = state_file
        self.random = random.Random(seed)
        self.out_of_stock: dict[str, str | None] = {}
        self.orders: dict[str, SandboxOrder] = {}
        self.by_key: dict[str, str] = {}
        if state_file and state_file.exists():
            self._load(state_file)

    # -- orders ---------------------------------------------------------------------------

    def submit(self, key: str, order: OrderIn) -> tuple[SandboxOrder, bool]:
        """The order for this key, created if new; raises ValueError when the key is reused otherwise."""
        fingerprint = hashlib.sha256(order.model_dump_json().encode()).hexdigest()
        if key in self.by_key:
            existing = self.orders[self.by_key[key]]
            if existing.fingerprint != fingerprint:
                raise ValueError("idempotency key reused for a different order")
            return existing, False
        number = f"SB-{len(self.orders) + 1:06d}"
        created = SandboxOrder(number, key, fingerprint, order, lines=[
            OrderLineOut(product_id=line.product_id, count=line.count, weight_kg=line.weight_kg,
                         substitution_allowed=line.substitution_allowed)
            for line in order.lines])
        self.orders[number] = created
        self.by_key[key] = number
        self._save()
        return created, True

    def get(self, number: str) -> SandboxOrder | None:
        order = self.orders.get(number)
        if order is not None:
            self._tick(order)
        return order

    def advance(self, order: SandboxOrder) -> None:
        nxt = NEXT_STATUS.get(order.status)
        if nxt is None:
            return
        if nxt == "picking":
            order.lines = [self._pick(line) for line in order.lines]
        order.status = nxt
        order.changed_at = time.time()
        self._save()

    def cancel(self, order: SandboxOrder) -> bool:
        """Until picking starts; cancelling a cancelled order again is a no-op that succeeds."""
        if order.status == "cancelled":
            return True
        if order.status != "received":
            return False
        order.status = "cancelled"
        order.changed_at = time.time()
        self._save()
        return True

    def amend(self, order: SandboxOrder, key: str, new: OrderIn) -> bool:
        """New lines for an order not yet being picked; the same key again changes nothing more."""
        if self.amended_by.get(key) == order.number:
            return True
        if order.status != "received":
            return False
        order.order = new
        order.fingerprint = hashlib.sha256(new.model_dump_json().encode()).hexdigest()
        order.lines = [OrderLineOut(product_id=line.product_id, count=line.count, weight_kg=line.weight_kg,
                                    substitution_allowed=line.substitution_allowed) for line in new.lines]
        order.changed_at = time.time()
        self.amended_by[key] = order.number
        self._save()
        return True

    def _tick(self, order: SandboxOrder) -> None:
        """Time-driven progress: one step per `step_seconds` since the last change."""
        while (self.step_seconds > 0 and order.status in NEXT_STATUS
               and time.time() - order.changed_at >= self.step_seconds):
            started = order.changed_at
            self.advance(order)
            order.changed_at = started + self.step_seconds

    def _pick(self, line: OrderLineOut) -> OrderLineOut:
        if line.product_id not in self.out_of_stock:
            return line.model_copy(update={"outcome": "delivered"})
        substitute = self._substitute_for(line.product_id) if line.substitution_allowed else None
        if substitute is None:
            return line.model_copy(update={"outcome": "missing"})
        return line.model_copy(update={"outcome": "substituted", "substitute": SubstituteOut(
            id=substitute.id, name=substitute.name, price_sek=substitute.price_sek)})

    def _substitute_for(self, product_id: str) -> Product | None:
        """The configured substitute, else the closest-priced product in stock in the same category."""
        chosen = self.out_of_stock.get(product_id)
        if chosen is not None:
            return self.products.get(chosen)
        original = self.products.get(product_id)
        if original is None or not original.category:
            return None
        candidates = [p for p in self.products.values()
                      if p.category == original.category and p.id != product_id and p.available
                      and p.id not in self.out_of_stock]
        return min(candidates, key=lambda p: (abs(p.price_sek - original.price_sek), p.id), default=None)

    def set_stock(self, body: StockBody) -> None:
        if body.in_stock:
            self.out_of_stock.pop(body.product_id, None)
        else:
            self.out_of_stock[body.product_id] = body.substitute_id
        self._save()

    def available(self, product_id: str) -> bool:
        product = self.products.get(product_id)
        return product is not None and product.available and product_id not in self.out_of_stock

    # -- persistence ----------------------------------------------------------------------

    def _save(self) -> None:
        if self.state_file is None:
            return
        data = {
            "out_of_stock": self.out_of_stock,
            "amended_by": self.amended_by,
            "orders": [{"number": o.number, "key": o.key, "fingerprint": o.fingerprint,
                        "order": o.order.model_dump(), "status": o.status, "changed_at": o.changed_at,
                        "lines": [line.model_dump() for line in o.lines]} for o in self.orders.values()],
        }
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        tmp.replace(self.state_file)

    def _load(self, path: Path) -> None:
        data = json.loads(path.read_text("utf-8"))
        self.out_of_stock = data.get("out_of_stock", {})
        self.amended_by = data.get("amended_by", {})
        for item in data.get("orders", []):
            order = SandboxOrder(item["number"], item["key"], item["fingerprint"],
                                 OrderIn.model_validate(item["order"]), item["status"], item["changed_at"],
                                 [OrderLineOut.model_validate(line) for line in item["lines"]])
            self.orders[order.number] = order
            self.by_key[order.key] = order.number


SANDBOX = web.AppKey("sandbox", Sandbox)
routes = web.RouteTableDef()


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": {"code": "sandbox_error", "message": message}}, status=status)


async def _validated(request: web.Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate(await request.json())
    except (ValidationError, ValueError) as exc:
        raise web.HTTPUnprocessableEntity(text=json.dumps({"error": str(exc)}),
                                          content_type="application/json") from exc


async def _order_faults(sandbox: Sandbox) -> web.Response | None:
    """Latency and 5xx before anything happens; returns the failure response, if any."""
    faults = sandbox.faults
    if faults.latency_seconds:
        await asyncio.sleep(faults.latency_seconds)
    if faults.fail_next:
        faults.fail_next -= 1
        return _error(503, "injected failure")
    if faults.fail_rate and sandbox.random.random() < faults.fail_rate:
        return _error(503, "injected random failure")
    return None


@routes.post("/orders")
async def submit_order(request: web.Request) -> web.StreamResponse:
    sandbox = request.app[SANDBOX]
    key = request.headers.get("Idempotency-Key", "").strip()
    if not key:
        return _error(400, "Idempotency-Key header required")
    failed = await _order_faults(sandbox)
    if failed is not None:
        return failed
    order = await _validated(request, OrderIn)
    unknown = [line.product_id for line in order.lines if line.product_id not in sandbox.products]
    if unknown:
        return _error(422, f"unknown products: {unknown}")
    try:
        placed, created = sandbox.submit(key, order)
    except ValueError as exc:
        return _error(422, str(exc))
    log.info("order %s %s for key %s", placed.number, "created" if created else "replayed", key)
    faults = sandbox.faults
    if faults.drop_next:
        faults.drop_next -= 1
        assert request.transport is not None
        request.transport.abort()
        raise web.HTTPServiceUnavailable()  # nobody reads it: the connection is gone
    if faults.hang_next:
        faults.hang_next -= 1
        await asyncio.sleep(faults.hang_seconds)
    return web.json_response(placed.out().model_dump(), status=201 if created else 200)


def _find(sandbox: Sandbox, number: str) -> SandboxOrder:
    order = sandbox.get(number)
    if order is None:
        raise web.HTTPNotFound(text=json.dumps({"error": "no such order"}), content_type="application/json")
    return order


@routes.get("/orders/{number}")
async def order_status(request: web.Request) -> web.Response:
    failed = await _order_faults(request.app[SANDBOX])
    if failed is not None:
        return failed
    return web.json_response(_find(request.app[SANDBOX], request.match_info["number"]).out().model_dump())


@routes.post("/orders/{number}/cancel")
async def cancel_order(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    order = _find(sandbox, request.match_info["number"])
    if not sandbox.cancel(order):
        return _error(409, f"order is {order.status}, too late to cancel")
    return web.json_response(order.out().model_dump())


@routes.put("/orders/{number}")
async def amend_order(request: web.Request) -> web.Response:
    """Replaces the lines of an order not yet being picked (405 when the sandbox plays a grocer without it)."""
    sandbox = request.app[SANDBOX]
    if not sandbox.amendable:
        return _error(405, "this grocer cannot amend orders: cancel and order again")
    key = request.headers.get("Idempotency-Key", "").strip()
    if not key:
        return _error(400, "Idempotency-Key header required")
    order = _find(sandbox, request.match_info["number"])
    new = await _validated(request, OrderIn)
    unknown = [line.product_id for line in new.lines if line.product_id not in sandbox.products]
    if unknown:
        return _error(422, f"unknown products: {unknown}")
    if not sandbox.amend(order, key, new):
        return _error(409, f"order is {order.status}, too late to change")
    return web.json_response(order.out().model_dump())


@routes.get("/catalog")
async def catalog(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    return web.json_response({"products": [
        p.model_dump() | {"available": sandbox.available(p.id)} for p in sandbox.products.values()]})


@routes.get("/availability")
async def availability(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    ids = [i for i in request.query.get("ids", "").split(",") if i]
    return web.json_response({"available": {i: sandbox.available(i) for i in ids}})


@routes.get("/admin/orders")
async def admin_orders(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    return web.json_response({"orders": [
        _find(sandbox, number).out().model_dump() | {"idempotency_key": order.key}
        for number, order in sandbox.orders.items()]})


@routes.post("/admin/advance")
async def admin_advance(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    body = await _validated(request, AdvanceBody)
    chosen = [_find(sandbox, body.order_number)] if body.order_number else list(sandbox.orders.values())
    for order in chosen:
        sandbox.advance(order)
    return web.json_response({"orders": [o.out().model_dump() for o in chosen]})


@routes.post("/admin/stock")
async def admin_stock(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    sandbox.set_stock(await _validated(request, StockBody))
    return web.json_response({"out_of_stock": sandbox.out_of_stock})


@routes.post("/admin/faults")
async def admin_faults(request: web.Request) -> web.Response:
    sandbox = request.app[SANDBOX]
    sandbox.faults = await _validated(request, Faults)
    return web.json_response(sandbox.faults.model_dump())


@routes.post("/admin/catalog")
async def admin_catalog(request: web.Request) -> web.Response:
    """Add or replace products (tests load their own small catalog this way)."""
    sandbox = request.app[SANDBOX]
    body = await _validated(request, CatalogBody)
    sandbox.products.update({p.id: p for p in body.products})
    return web.json_response({"products": len(sandbox.products)})


def read_catalog(path: Path) -> list[Product]:
    with path.open(encoding="utf-8") as handle:
        return [Product.model_validate_json(line) for line in handle if line.strip()]


def create_sandbox_app(sandbox: Sandbox) -> web.Application:
    app = web.Application()
    app[SANDBOX] = sandbox
    app.add_routes(routes)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m assistant.grocer.sandbox", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--catalog", type=Path, default=DEMO_CATALOG, help="products, one JSON object a line")
    parser.add_argument("--state", type=Path, default=None, help="JSON file keeping orders across restarts")
    parser.add_argument("--step-seconds", type=float, default=60.0,
                        help="seconds per status step received → picking → delivered (0: only /admin/advance)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every order request")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of order requests answered 503")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--no-amend", action="store_true",
                        help="play a grocer that cannot amend orders (changes become cancel + new order)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    products = read_catalog(args.catalog) if args.catalog.exists() else []
    sandbox = Sandbox(products, args.step_seconds, Faults(latency_seconds=args.latency, fail_rate=args.fail_rate),
                      args.state, args.seed, amendable=not args.no_amend)
    log.info("sandbox grocer with %d products on http://%s:%d", len(products), args.host, args.port)
    web.run_app(create_sandbox_app(sandbox), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
