"""One real speech worker for the whole test run, instead of one per test.

Loading the vosk model is most of a speech test's time (seconds on a loaded machine), and most tests only
need a worker that works. A SpeechService (the real one: subprocess, protocol, libvosk) runs in a thread
with its own event loop for the session; each test's app reaches it through `SharedBackend`, which runs
every call on that loop. Tests that stop, crash or restart a worker are marked `own_speech_worker` and
start their own, as the app does in production.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from assistant.settings import Settings
from assistant.speech.service import READY_TIMEOUT, RecognizerStream, SpeechService

T = TypeVar("T")


class SpeechHost:
    """A started SpeechService on its own event loop thread; `close()` stops both."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="shared-speech", daemon=True)
        self._thread.start()
        self.service = SpeechService(settings)
        asyncio.run_coroutine_threadsafe(self.service.start(), self._loop).result()

    def serves(self, settings: Settings) -> bool:
        """Whether an app with these settings would start the same worker (model and stream limit)."""
        return (not settings.speech_urls and settings.vosk_model == self.settings.vosk_model
                and settings.speech_max_streams == self.settings.speech_max_streams)

    async def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await `coro` on the host's loop from the caller's loop (cancelling the caller cancels it)."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    async def call_to_the_end(self, coro: Coroutine[Any, Any, T]) -> T:
        """As `call`, but clean-up that must finish even when the caller is cancelled."""
        return await asyncio.shield(self.call(coro))

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.service.stop(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


class SharedStream:
    """A RecognizerStream of the hosted service, called from a test app's loop."""

    def __init__(self, host: SpeechHost, stream: RecognizerStream) -> None:
        self._host = host
        self._stream = stream

    async def accept(self, pcm: bytes) -> tuple[str, dict[str, Any]]:
        return await self._host.call(self._stream.accept(pcm))

    async def finish(self) -> dict[str, Any]:
        return await self._host.call(self._stream.finish())


class SharedBackend:
    """The SpeechBackend a test app gets: the hosted service, whose life the host owns (start and stop
    do nothing), with the attributes the tests read of a SpeechService."""

    def __init__(self, host: SpeechHost) -> None:
        self._host = host
        self._service = host.service

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        await self._host.call(self._service.wait_ready(timeout))

    def status(self) -> dict[str, Any]:
        return self._service.status()

    async def stats(self) -> dict[str, Any]:
        return await self._host.call(self._service.stats())

    @property
    def worker_pid(self) -> int | None:
        return self._service.worker_pid

    @property
    def active_streams(self) -> int:
        return self._service.active_streams

    @property
    def max_streams(self) -> int:
        return self._service.max_streams

    @asynccontextmanager
    async def stream(self, config: dict[str, Any]) -> AsyncIterator[SharedStream]:
        opened = self._service.stream(config)
        stream = await self._host.call(opened.__aenter__())
        try:
            yield SharedStream(self._host, stream)
        finally:  # the service's own clean-up does not depend on how the block ended
            await self._host.call_to_the_end(opened.__aexit__(None, None, None))
