"""The vosk-server WebSocket protocol as a state machine, independent of the socket itself.

Clients send an optional `{"config": {...}}` text frame, binary 16-bit PCM frames, and `{"eof": 1}`;
every audio frame is answered with `{"partial": …}` or, when Vosk ends an utterance, a result;
`eof` is answered with the final result (and our `understanding` extension when asked for).
Anything else is a ProtocolViolation carrying the WebSocket close code to end with.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from functools import partial
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web
from pydantic import ValidationError

from assistant.api.bodies import reject_unsafe_text, validation_details
from assistant.errors import ApiError
from assistant.speech.audio import PcmFramer
from assistant.speech.config import MAX_FRAME_BYTES, StreamConfig
from assistant.speech.backend import SpeechBackend, SpeechStream
from assistant.speech.transcript import Transcript

Understand = Callable[[str, str | None], Awaitable[dict[str, Any]]]
dumps = partial(json.dumps, ensure_ascii=False, allow_nan=False)

# Which close code ends a socket after an API error: retry later, the client's fault, or ours.
def close_code_for(exc: ApiError) -> int:
    if exc.status == 503:
        return WSCloseCode.TRY_AGAIN_LATER if exc.code != "speech_worker_failed" else WSCloseCode.INTERNAL_ERROR
    return WSCloseCode.POLICY_VIOLATION if 400 <= exc.status < 500 else WSCloseCode.INTERNAL_ERROR


class ProtocolViolation(Exception):
    def __init__(self, code: str, message: str, close_code: int, details: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.close_code = close_code
        self.details = details

    @classmethod
    def from_api_error(cls, exc: ApiError) -> ProtocolViolation:
        return cls(exc.code, exc.message, close_code_for(exc), exc.details)

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class StreamLimits:
    """A socket may hold a recognizer only while audio keeps coming (idle limit), and never longer than
    the wall-clock limit: a client that connects and then sends nothing must not keep a slot forever."""

    def __init__(self, idle_seconds: float, wall_seconds: float) -> None:
        self._idle = idle_seconds
        self._clock = asyncio.get_running_loop().time
        self._started = self._last_audio = self._clock()
        self._wall_deadline = self._started + wall_seconds

    def heard(self) -> None:
        self._last_audio = self._clock()

    def time_left(self) -> float:
        """Seconds until a limit is reached; ProtocolViolation (1008, with the reason) once one is."""
        now = self._clock()
        if now >= self._wall_deadline:
            raise ProtocolViolation(
                "stream_too_long", f"Anslutningen har varit öppen för länge (högst "
                f"{self._wall_deadline - self._started:g} sekunder). Börja om.", WSCloseCode.POLICY_VIOLATION)
        if now >= self._last_audio + self._idle:
            raise ProtocolViolation("idle_timeout", f"Inget ljud på {self._idle:g} sekunder: anslutningen stängs.",
                                    WSCloseCode.POLICY_VIOLATION)
        return min(self._wall_deadline, self._last_audio + self._idle) - now


class VoskSession:
    """One socket's conversation; `finished` once the final result is out. Always `aclose()`."""

    def __init__(self, service: SpeechBackend, max_seconds: float, understand: Understand) -> None:
        self._service = service
        self._max_seconds = max_seconds
        self._understand = understand
        self._resources = AsyncExitStack()
        self.config: StreamConfig | None = None
        self._stream: SpeechStream | None = None
        self._framer: PcmFramer | None = None
        self._transcript = Transcript()
        self._partial: dict[str, Any] = {"partial": ""}
        self.finished = False

    async def text(self, data: str) -> AsyncIterator[dict[str, Any]]:
        """The replies to a text frame, each to be sent as soon as it is there."""
        try:
            message = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the reader goes
            raise ProtocolViolation("invalid_json", "Meddelandet är inte giltig JSON",
                                    WSCloseCode.UNSUPPORTED_DATA) from None
        try:
            reject_unsafe_text(message)  # control characters and lone surrogates, as in request bodies
        except ApiError as exc:
            raise ProtocolViolation.from_api_error(exc) from None
        if isinstance(message, dict) and set(message) == {"config"}:
            await self._configure(message["config"])
        elif message == {"eof": 1}:
            async for reply in self._finish():
                yield reply
        else:
            raise ProtocolViolation("unknown_message", 'Okänt meddelande: väntade {"config": …} eller {"eof": 1}',
                                    WSCloseCode.POLICY_VIOLATION)

    async def audio(self, data: bytes) -> dict[str, Any]:
        if len(data) > MAX_FRAME_BYTES:
            raise ProtocolViolation("frame_too_large", f"Ljudramen är för stor (högst {MAX_FRAME_BYTES} byte)",
                                    WSCloseCode.MESSAGE_TOO_BIG)
        stream, framer = await self._open()
        try:
            pcm = framer.feed(data)
        except OverflowError:
            raise ProtocolViolation("too_long", f"Ljudet är för långt (högst {self._max_seconds:g} sekunder)",
                                    WSCloseCode.MESSAGE_TOO_BIG) from None
        if not pcm:  # a single byte: answer as Vosk would, with the partial so far
            return self._partial
        kind, body = await self._call(stream.accept(pcm))
        if kind == "result":
            self._transcript.add(body)
            self._partial = {"partial": ""}
        else:
            self._partial = body
        return body

    async def aclose(self) -> None:
        await self._resources.aclose()

    async def _configure(self, raw: Any) -> None:
        if self._stream is not None or self.config is not None:
            raise ProtocolViolation("config_too_late", "Konfigurationen måste skickas en gång, före ljudet",
                                    WSCloseCode.POLICY_VIOLATION)
        try:
            self.config = StreamConfig.model_validate(raw)
        except ValidationError as exc:
            raise ProtocolViolation("bad_config", "Ogiltig konfiguration", WSCloseCode.POLICY_VIOLATION,
                                    validation_details(exc)) from None
        await self._open()  # now, so that a grammar the model cannot take is refused before any audio

    async def _open(self) -> tuple[SpeechStream, PcmFramer]:
        if self._stream is None or self._framer is None:
            config = self.config = self.config or StreamConfig.model_validate({})
            self._stream = await self._call(self._resources.enter_async_context(
                self._service.stream(config.recognizer_options())))
            self._framer = PcmFramer(config.sample_rate, self._max_seconds)
        return self._stream, self._framer

    async def _finish(self) -> AsyncIterator[dict[str, Any]]:
        final = await self._call(self._stream.finish()) if self._stream else {"text": ""}
        self._transcript.add(final)
        self.finished = True
        yield final  # before understanding, which may fail (an unknown client) on its own
        if self.config is not None and self.config.understand:
            yield {"understanding": await self._call(self._understand(
                self._transcript.text, None if self.config.client_id is None else str(self.config.client_id)))}

    @staticmethod
    async def _call(awaitable: Awaitable[Any]) -> Any:
        try:
            return await awaitable
        except ApiError as exc:  # speech failures, and an unknown client_id when understanding
            raise ProtocolViolation.from_api_error(exc) from None


async def converse(ws: web.WebSocketResponse, session: VoskSession, limits: StreamLimits) -> None:
    """Answer a prepared socket's frames until the final result, an error, a limit, or the client
    leaves; the session's recognizer is freed however it ends."""
    try:
        while True:
            try:
                message = await ws.receive(timeout=limits.time_left())
            except TimeoutError:
                continue  # time_left() now names the limit that ran out
            if message.type == WSMsgType.TEXT:
                async for reply in session.text(message.data):
                    await ws.send_json(reply, dumps=dumps)
            elif message.type == WSMsgType.BINARY:
                await ws.send_json(await session.audio(message.data), dumps=dumps)
                limits.heard()  # idle counts from here: time the worker took is not the client's silence
            else:
                break
            if session.finished:
                await ws.close()
                break
    except ProtocolViolation as exc:
        if not ws.closed:
            await ws.send_json(exc.body(), dumps=dumps)
            await ws.close(code=exc.close_code, message=exc.code.encode())
    except ConnectionResetError:  # the client went away mid-reply
        pass
    finally:
        await session.aclose()
