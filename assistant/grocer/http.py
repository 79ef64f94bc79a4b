"""The grocer's order API over HTTP (the sandbox grocer speaks the same protocol)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant.catalog.schema import Product
from assistant.grocer.connector import AmendNotSupported, OrderIn, OrderOut, VendorError

_PRODUCTS = TypeAdapter(list[Product])


class HttpVendor:
    """VendorConnector over aiohttp; 5xx, timeouts and dropped connections are retryable, 4xx not."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, timeout_seconds: float) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds)

    async def _call(self, method: str, path: str, *, json: Any = None,
                    headers: dict[str, str] | None = None, params: dict[str, str] | None = None) -> Any:
        try:
            async with self.session.request(method, self.base_url + path, json=json, headers=headers,
                                            params=params, timeout=self.timeout) as resp:
                if resp.status >= 500 or resp.status == 429:
                    raise VendorError(f"grocer answered {resp.status}", retryable=True, status=resp.status)
                if resp.status >= 400:
                    raise VendorError(f"grocer refused ({resp.status}): {(await resp.text())[:300]}",
                                      retryable=False, status=resp.status)
                return await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise VendorError(f"grocer unreachable: {type(exc).__name__}: {exc}", retryable=True) from exc

    @staticmethod
    def _parse(model: type[BaseModel], data: Any) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise VendorError(f"unexpected answer from the grocer: {exc}", retryable=True) from exc

    async def submit_order(self, order: OrderIn, idempotency_key: str) -> OrderOut:
        data = await self._call("POST", "/orders", json=order.model_dump(),
                                headers={"Idempotency-Key": idempotency_key})
        return self._parse(OrderOut, data)

    async def order_status(self, order_number: str) -> OrderOut:
        return self._parse(OrderOut, await self._call("GET", f"/orders/{order_number}"))

    async def cancel_order(self, order_number: str) -> OrderOut:
        return self._parse(OrderOut, await self._call("POST", f"/orders/{order_number}/cancel"))

    async def amend_order(self, order_number: str, order: OrderIn, idempotency_key: str) -> OrderOut:
        try:
            data = await self._call("PUT", f"/orders/{order_number}", json=order.model_dump(),
                                    headers={"Idempotency-Key": idempotency_key})
        except VendorError as exc:
            if exc.status in (405, 501):  # no such method at this grocer
                raise AmendNotSupported(str(exc)) from exc
            raise
        return self._parse(OrderOut, data)

    async def fetch_catalog(self) -> list[Product]:
        data = await self._call("GET", "/catalog")
        try:
            return _PRODUCTS.validate_python(data["products"])
        except (ValidationError, KeyError, TypeError) as exc:
            raise VendorError(f"unexpected catalog from the grocer: {exc}", retryable=True) from exc

    async def availability(self, product_ids: list[str]) -> dict[str, bool]:
        data = await self._call("GET", "/availability", params={"ids": ",".join(product_ids)})
        return {str(k): bool(v) for k, v in data["available"].items()}
