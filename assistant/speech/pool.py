"""A pool of remote speech nodes that speak the vosk-server WebSocket protocol.

Any vosk-server works as a node (alphacep's own, or `python -m assistant speech-node`): a text
frame `{"config": {...}}`, binary PCM frames each answered with a partial or a result, and the
literal `{"eof" : 1}` answered with the final result. Each stream goes to the live node with the
fewest of our streams; a node that refuses the handshake (503: busy or still loading) or cannot be
reached is skipped; a node that drops a stream fails that stream only, is marked down, and a
prober brings it back when it answers again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import aiohttp

from assistant.speech.service import (
    READY_TIMEOUT,
    REPLY_TIMEOUT,
    WORKER_FAILED,
    SpeechError,
    recognizer_error,
    unavailable,
)

log = logging.getLogger("assistant.speech.pool")

EOF = '{"eof" : 1}'  # vosk-server compares the text byte for byte, space included
CONNECT_TIMEOUT = 5.0  # handshake with a node; a host that does not answer is skipped after this
PROBE_TIMEOUT = 10.0  # handshake, an empty stream and its final result
MAX_REPLY_BYTES = 4 * 1024 * 1024  # the final result of a long stream with word timings

NO_NODE = "Taligenkänningen svarar inte just nu. Försök igen om en stund."
ALL_BUSY = "Taligenkänningen är upptagen just nu. Försök igen om en stund."

NODE_ERRORS = (aiohttp.ClientError, OSError, TimeoutError, ValueError)


class NodeState(StrEnum):
    UNKNOWN = "unknown"  # not asked yet
    UP = "up"
    BUSY = "busy"  # answered, but refused a stream (full, or still loading its model)
    DOWN = "down"


class NodeRefused(Exception):
    """The node answered the handshake with 503."""


@dataclass
class Node:
    url: str
    state: NodeState = NodeState.UNKNOWN
    error: str | None = None
    since: float = field(default_factory=time.time)
    active: int = 0  # this pool's streams on the node now
    streams: int = 0  # streams this pool has opened on it
    last_used: float = 0.0

    def mark(self, state: NodeState, error: str | None = None) -> None:
        if state != self.state:
            level = logging.WARNING if state in (NodeState.DOWN, NodeState.BUSY) else logging.INFO
            log.log(level, "speech node %s is %s%s", self.url, state, f": {error}" if error else "")
            self.since = time.time()
        self.state, self.error = state, error

    def status(self) -> dict[str, Any]:
        return {"url": self.url, "state": self.state.value, "error": self.error, "since": self.since,
                "active_streams": self.active, "streams": self.streams}


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class NodePool:
    """The speech backend for remote nodes (see backend.SpeechBackend)."""

    def __init__(self, urls: list[str], probe_seconds: float, connect_timeout: float = CONNECT_TIMEOUT,
                 reply_timeout: float = REPLY_TIMEOUT) -> None:
        self.nodes = [Node(url) for url in urls]
        self._probe_seconds = probe_seconds
        self._connect_timeout = connect_timeout
        self._reply_timeout = reply_timeout
        self._session: aiohttp.ClientSession | None = None
        self._prober: asyncio.Task[None] | None = None
        self._probing: asyncio.Task[None] | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        self._session = aiohttp.ClientSession()
        self._prober = asyncio.create_task(self._probe_forever(), name="speech-node-prober")

    async def stop(self) -> None:
        for task in (self._prober, self._probing):
            if task is not None:
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    pass
        if self._session is not None:
            await self._session.close()

    @property
    def active_streams(self) -> int:
        return sum(node.active for node in self.nodes)

    def _alive(self) -> bool:
        return any(node.state in (NodeState.UP, NodeState.BUSY) for node in self.nodes)

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Ask the nodes again when none is known alive, rather than refuse on an old picture."""
        if self._alive():
            return
        try:
            async with asyncio.timeout(timeout):
                await asyncio.shield(self._probe_now())
        except TimeoutError:
            pass
        if not self._alive():
            raise unavailable(NO_NODE)

    def status(self) -> dict[str, Any]:
        available = self._alive()
        busy = any(node.state is NodeState.BUSY for node in self.nodes)
        return {
            "available": available,
            "reason": None if available else ALL_BUSY if busy else NO_NODE,
            "active_streams": self.active_streams,
            "nodes": [node.status() for node in self.nodes],
        }

    # -- streams -------------------------------------------------------------------------------

    @asynccontextmanager
    async def stream(self, config: dict[str, Any]) -> AsyncIterator[RemoteStream]:
        """A stream on the least-busy node that takes it; 503 when none does."""
        node, ws = await self._open(config)
        try:
            yield RemoteStream(node, ws, self._reply_timeout)
        finally:
            node.active -= 1
            await ws.close()

    def candidates(self) -> list[Node]:
        """Live nodes with the fewest of our streams first; busy and down ones as a last resort."""
        def order(node: Node) -> tuple[int, float]:
            return node.active, node.last_used

        live = [n for n in self.nodes if n.state in (NodeState.UP, NodeState.UNKNOWN)]
        rest = [n for n in self.nodes if n.state in (NodeState.BUSY, NodeState.DOWN)]
        return sorted(live, key=order) + sorted(rest, key=order)

    async def _open(self, config: dict[str, Any]) -> tuple[Node, aiohttp.ClientWebSocketResponse]:
        refused = False
        for node in self.candidates():
            node.active += 1  # reserved now, so that streams starting together spread out
            opened = False
            try:
                ws = await self._connect(node)
                await ws.send_str(json.dumps({"config": config}, ensure_ascii=False))
                opened = True
            except NodeRefused:
                node.mark(NodeState.BUSY)
                refused = True
            except NODE_ERRORS as exc:
                node.mark(NodeState.DOWN, describe(exc))
            finally:
                if not opened:
                    node.active -= 1
            if opened:
                node.mark(NodeState.UP)
                node.streams += 1
                node.last_used = time.monotonic()
                return node, ws
        if refused:
            raise SpeechError(503, "busy", ALL_BUSY, headers={"Retry-After": "2"})
        raise unavailable(NO_NODE)

    async def _connect(self, node: Node) -> aiohttp.ClientWebSocketResponse:
        assert self._session is not None, "start() first"
        try:
            async with asyncio.timeout(self._connect_timeout):
                return await self._session.ws_connect(node.url, max_msg_size=MAX_REPLY_BYTES, autoping=True)
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status == 503:
                raise NodeRefused from None
            raise

    # -- health --------------------------------------------------------------------------------

    async def _probe_forever(self) -> None:
        while True:
            await self._probe_now()
            await asyncio.sleep(self._probe_seconds)

    def _probe_now(self) -> asyncio.Task[None]:
        """One round of probes at a time, shared by whoever asks while it runs."""
        if self._probing is None or self._probing.done():
            self._probing = asyncio.create_task(self._probe_all(), name="speech-node-probe")
        return self._probing

    async def _probe_all(self) -> None:
        # A node carrying our streams is being checked by them: don't take one of its slots.
        await asyncio.gather(*(self._probe(node) for node in self.nodes if not node.active))

    async def _probe(self, node: Node) -> None:
        """An empty stream end to end: handshake, config, eof, and a final result back."""
        try:
            async with asyncio.timeout(PROBE_TIMEOUT):
                async with await self._connect(node) as ws:
                    await ws.send_str(json.dumps({"config": {"sample_rate": 16000}}))
                    await ws.send_str(EOF)
                    reply = await ws.receive()
            if reply.type != aiohttp.WSMsgType.TEXT or "text" not in json.loads(reply.data):
                raise ValueError(f"unexpected answer to an empty stream: {reply.type.name} {reply.data!r:.200}")
        except NodeRefused:
            node.mark(NodeState.BUSY)
        except NODE_ERRORS as exc:
            node.mark(NodeState.DOWN, describe(exc))
        else:
            node.mark(NodeState.UP)


class RemoteStream:
    """One stream on one node: every audio frame and the eof get exactly one answer."""

    def __init__(self, node: Node, ws: aiohttp.ClientWebSocketResponse, reply_timeout: float) -> None:
        self._node = node
        self._ws = ws
        self._reply_timeout = reply_timeout
        self._done = False

    async def accept(self, pcm: bytes) -> tuple[str, dict[str, Any]]:
        body = await self._exchange(pcm)
        return ("partial" if "partial" in body else "result"), body

    async def finish(self) -> dict[str, Any]:
        body = await self._exchange(EOF)
        self._done = True
        return body

    async def _exchange(self, message: bytes | str) -> dict[str, Any]:
        if self._done:
            raise SpeechError(409, "stream_closed", "Strömmen är redan avslutad")
        try:
            async with asyncio.timeout(self._reply_timeout):
                if isinstance(message, str):
                    await self._ws.send_str(message)
                else:
                    await self._ws.send_bytes(message)
                reply = await self._ws.receive()
        except TimeoutError:
            raise self._failed(f"no answer in {self._reply_timeout:g} s") from None
        except (aiohttp.ClientError, ConnectionError) as exc:
            raise self._failed(describe(exc)) from None
        if reply.type != aiohttp.WSMsgType.TEXT:
            raise self._failed(f"stream ended mid-way ({reply.type.name}, close code {self._ws.close_code})")
        try:
            body = json.loads(reply.data)
        except ValueError:
            raise self._failed(f"not JSON: {reply.data[:200]!r}") from None
        if not isinstance(body, dict):
            raise self._failed(f"not a JSON object: {reply.data[:200]!r}")
        if isinstance(error := body.get("error"), dict):  # our nodes explain a refusal before closing
            self._done = True
            raise recognizer_error(str(error.get("code")), str(error.get("message")))
        return body

    def _failed(self, why: str) -> SpeechError:
        """The node broke this stream: the stream fails, the node is down until a probe says otherwise."""
        self._done = True
        self._node.mark(NodeState.DOWN, why)
        return SpeechError(503, "speech_worker_failed", WORKER_FAILED)
