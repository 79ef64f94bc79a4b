"""What the speech endpoints need from a recognizer, wherever it runs.

Two backends open streams: the local supervised worker (service.py, the default) and a pool of
remote vosk-server nodes (pool.py, when ASSISTANT_SPEECH_URLS is set). The WebSocket and upload
endpoints only see this interface, so they work the same with either.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from aiohttp import web

from assistant.appkeys import SETTINGS
from assistant.settings import Settings
from assistant.speech.pool import NodePool
from assistant.speech.service import READY_TIMEOUT, SpeechService


class SpeechStream(Protocol):
    """One recognition stream: audio in, vosk `partial`/`result` bodies out, one final at the end."""

    async def accept(self, pcm: bytes) -> tuple[str, dict[str, Any]]:
        """("partial", {"partial": …}) or ("result", {"text": …}) when an utterance ended."""

    async def finish(self) -> dict[str, Any]:
        """The final result; the stream is over."""


class SpeechBackend(Protocol):
    """A recognizer that opens streams; SpeechError (an ApiError) for everything that goes wrong."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Return when a stream can be tried; a 503 SpeechError saying why when none can."""

    def status(self) -> dict[str, Any]:
        """For /healthz: `available`, `reason` (Swedish) and whatever else the backend knows."""

    def stream(self, config: dict[str, Any]) -> AbstractAsyncContextManager[SpeechStream]:
        """A stream for the block's duration (recognizer options as in StreamConfig.recognizer_options)."""


SPEECH = web.AppKey("speech", SpeechBackend)


def backend_for(settings: Settings) -> SpeechBackend:
    """The node pool when nodes are configured, else the local worker."""
    if settings.speech_urls:
        return NodePool(settings.speech_urls, settings.speech_probe_seconds)
    return SpeechService(settings)


async def speech_context(app: web.Application) -> AsyncIterator[None]:
    """Start speech with the app (the server answers at once; speech follows when ready)."""
    backend = backend_for(app[SETTINGS])
    await backend.start()
    app[SPEECH] = backend
    yield
    await backend.stop()
