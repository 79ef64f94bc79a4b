"""The server's side of speech: runs and supervises the worker process, multiplexes streams over it.

The worker is an asyncio subprocess (no fork from the event loop). When it dies, every stream in
flight fails with a clear error and a supervisor task starts a new one with backoff; the web
server itself never stops serving.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from assistant.errors import ApiError
from assistant.settings import Settings
from assistant.speech import protocol
from assistant.speech.model_dir import ModelDirError, check_model_dir, has_runtime_graph

log = logging.getLogger("assistant.speech")

READY_TIMEOUT = 30.0  # a model loads in a few seconds; a stream waits this long for a restart
REPLY_TIMEOUT = 30.0  # no chunk takes this long: the worker is hung and gets replaced
STOP_TIMEOUT = 5.0
BACKOFF_START = 0.5
BACKOFF_MAX = 30.0
STABLE_SECONDS = 60.0  # a worker that lived this long resets the backoff

NO_MODEL = ("Taligenkänning är inte installerad: ingen modell är vald "
            "(ange ASSISTANT_VOSK_MODEL eller kör 'python -m assistant download-model sv')")
STARTING = "Taligenkänningen startar"
RESTARTING = "Taligenkänningen startar om efter ett fel"
WORKER_FAILED = "Taligenkänningen avbröts oväntat. Försök igen."
HUNG = "Taligenkänningen svarar inte och startas om"


class SpeechError(ApiError):
    """A speech failure with the API's error shape; `code` tells the WebSocket which close code."""


def unavailable(reason: str) -> SpeechError:
    return SpeechError(503, "speech_unavailable", reason, headers={"Retry-After": "5"})


def recognizer_error(code: str, message: str) -> SpeechError:
    """An error a recognizer (worker or node) reported for one stream, with the status it means."""
    status = 503 if code in ("busy", "speech_worker_failed") else 400 if code in ("bad_grammar", "bad_config") else 500
    return SpeechError(status, code, message)


class SpeechService:
    """One worker process per server, at most `settings.speech_max_streams` streams at a time."""

    def __init__(self, settings: Settings) -> None:
        self.model_dir = settings.vosk_model
        self.max_streams = settings.speech_max_streams
        self.heartbeat_seconds = settings.speech_heartbeat_seconds
        self.heartbeat_timeout = settings.speech_heartbeat_timeout_seconds
        self.runtime_graph = False
        self.restarts = 0
        self.active_streams = 0
        self._reason: str | None = NO_MODEL
        self._fatal = False  # the last worker could not load the model: don't make clients wait
        self._ready = asyncio.Event()
        self._process: asyncio.subprocess.Process | None = None
        self._routes: dict[int, asyncio.Queue[dict[str, Any] | None]] = {}
        self._ids = itertools.count(1)
        self._write_lock = asyncio.Lock()
        self._supervisor: asyncio.Task[None] | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        if self.model_dir is None:
            return
        try:
            check_model_dir(self.model_dir)
        except ModelDirError as exc:
            self._reason = f"Taligenkänning är inte tillgänglig: {exc}"
            log.warning("speech disabled: %s", exc)
            return
        self.runtime_graph = has_runtime_graph(self.model_dir)
        self._reason = STARTING
        self._supervisor = asyncio.create_task(self._supervise(), name="speech-supervisor")

    async def stop(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
            try:
                await self._supervisor
            except asyncio.CancelledError:
                pass
            self._supervisor = None

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Until a worker has loaded the model; SpeechError (503) when none will in time."""
        if self._ready.is_set():
            return
        if self._supervisor is None or self._fatal:
            raise unavailable(self._reason or NO_MODEL)
        try:
            async with asyncio.timeout(timeout):
                await self._ready.wait()
        except TimeoutError:
            raise unavailable(self._reason or STARTING) from None

    def status(self) -> dict[str, Any]:
        """For /healthz: whether speech works now, and if not, why (in Swedish)."""
        available = self._ready.is_set()
        return {
            "available": available,
            "reason": None if available else self._reason,
            "model": self.model_dir.name if self.model_dir else None,
            "grammar": self.runtime_graph,
            "max_streams": self.max_streams,
            "active_streams": self.active_streams,
            "restarts": self.restarts,
        }

    @property
    def worker_pid(self) -> int | None:
        return self._process.pid if self._process and self._ready.is_set() else None

    async def _supervise(self) -> None:
        loop = asyncio.get_running_loop()
        backoff = BACKOFF_START
        while True:
            started = loop.time()
            try:
                await self._run_worker()
            except OSError as exc:  # could not even start it (no python, no permission): keep trying
                self._reason = RESTARTING
                log.error("cannot start the speech worker: %s", exc)
            if loop.time() - started > STABLE_SECONDS:
                backoff = BACKOFF_START
            log.warning("speech worker gone; restarting in %.1f s", backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, BACKOFF_MAX)
            self.restarts += 1

    async def _run_worker(self) -> None:
        assert self.model_dir is not None
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "assistant.speech.worker", "--model", str(self.model_dir),
            "--max-streams", str(self.max_streams),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            limit=protocol.MAX_HEADER_BYTES + 1024,
        )
        self._process = process
        assert process.stdout is not None
        heartbeat = asyncio.create_task(self._heartbeat(process), name="speech-heartbeat")
        try:
            while (frame := await protocol.read_frame(process.stdout)) is not None:
                self._dispatch(frame[0])
        except protocol.ProtocolError as exc:
            log.error("speech worker %d broke the protocol: %s", process.pid, exc)
        finally:
            heartbeat.cancel()
            self._ready.clear()
            if not self._fatal:
                self._reason = RESTARTING
            for route in self._routes.values():
                route.put_nowait(None)  # every stream and request in flight: "the worker died"
            self._routes.clear()
            await self._end(process)
            self._process = None

    async def _heartbeat(self, process: asyncio.subprocess.Process) -> None:
        """Ask the ready worker regularly whether it lives: one that is stopped or stuck answers nothing,
        so health says unavailable at once and the worker is replaced (streams fail, then retry)."""
        while True:
            await asyncio.sleep(self.heartbeat_seconds)
            if not self._ready.is_set():
                continue
            request_id, route = self._route()
            try:
                async with asyncio.timeout(self.heartbeat_timeout):
                    await self._send({"op": "stats", "id": request_id})
                    if await route.get() is None:
                        return  # the worker ended; the supervisor deals with it
            except TimeoutError:
                log.error("speech worker %d missed its heartbeat (%.0f s): killing it", process.pid,
                          self.heartbeat_timeout)
                self._ready.clear()
                self._reason = HUNG
                process.kill()
                return
            except SpeechError:
                return
            finally:
                self._routes.pop(request_id, None)

    def _dispatch(self, header: dict[str, Any]) -> None:
        kind = header.get("type")
        if kind == "ready":
            self._fatal = False
            self._reason = None
            self._ready.set()
            log.info("speech worker %s ready: model %s loaded in %s s", header.get("pid"),
                     self.model_dir, header.get("load_seconds"))
        elif kind == "fatal":
            self._fatal = True
            self._reason = str(header.get("message"))
            log.error("speech worker failed: %s", self._reason)
        elif (route := self._routes.get(header.get("id"))) is not None:  # type: ignore[arg-type]
            route.put_nowait(header)

    @staticmethod
    async def _end(process: asyncio.subprocess.Process) -> None:
        """Close its stdin (the worker exits on EOF), kill it if it does not, and reap it."""
        if process.stdin is not None and not process.stdin.is_closing():
            process.stdin.close()
        try:
            async with asyncio.timeout(STOP_TIMEOUT):
                code = await process.wait()
        except TimeoutError:
            process.kill()
            code = await process.wait()
        log.log(logging.INFO if code == 0 else logging.ERROR, "speech worker %d exited with %s",
                process.pid, code)

    # -- talking to the worker -----------------------------------------------------------------

    def _route(self) -> tuple[int, asyncio.Queue[dict[str, Any] | None]]:
        request_id = next(self._ids)
        route: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        self._routes[request_id] = route
        return request_id, route

    async def _send(self, header: dict[str, Any], payload: bytes = b"") -> None:
        process = self._process
        if process is None or process.stdin is None or not self._ready.is_set():
            raise SpeechError(503, "speech_worker_failed", WORKER_FAILED)
        try:
            async with self._write_lock:
                process.stdin.write(protocol.encode(header, payload))
                await process.stdin.drain()
        except ConnectionError as exc:
            raise SpeechError(503, "speech_worker_failed", WORKER_FAILED) from exc

    def _send_nowait(self, header: dict[str, Any]) -> None:
        """Best effort and never blocking, for clean-up paths that may be cancelled."""
        process = self._process
        if process is not None and process.stdin is not None and not process.stdin.is_closing():
            process.stdin.write(protocol.encode(header))

    async def _reply(self, route: asyncio.Queue[dict[str, Any] | None]) -> dict[str, Any]:
        try:
            async with asyncio.timeout(REPLY_TIMEOUT):
                reply = await route.get()
        except TimeoutError:
            log.error("speech worker did not answer in %.0f s: killing it", REPLY_TIMEOUT)
            if self._process is not None:
                self._process.kill()
            raise SpeechError(503, "speech_worker_failed", WORKER_FAILED) from None
        if reply is None:
            raise SpeechError(503, "speech_worker_failed", WORKER_FAILED)
        if reply.get("type") == "error":
            raise recognizer_error(str(reply.get("code")), str(reply.get("message")))
        return reply

    async def stats(self) -> dict[str, Any]:
        """The worker's own view: open streams, live recognizers, resident memory."""
        await self.wait_ready()
        request_id, route = self._route()
        try:
            await self._send({"op": "stats", "id": request_id})
            return await self._reply(route)
        finally:
            self._routes.pop(request_id, None)

    @asynccontextmanager
    async def stream(self, config: dict[str, Any]) -> AsyncIterator[RecognizerStream]:
        """A recognizer in the worker for as long as the block runs; freed however it ends."""
        if self.active_streams >= self.max_streams:
            raise SpeechError(503, "busy", f"Taligenkänningen är upptagen: högst {self.max_streams} "
                              "samtidiga strömmar. Försök igen om en stund.", headers={"Retry-After": "2"})
        self.active_streams += 1
        stream: RecognizerStream | None = None
        try:
            await self.wait_ready()
            stream_id, route = self._route()
            stream = RecognizerStream(self, stream_id, route)
            await stream._request({"op": "open", "id": stream_id, "config": config})
            yield stream
        finally:
            self.active_streams -= 1
            if stream is not None:
                stream.close()


class RecognizerStream:
    """One recognition stream: audio in, `partial`/`result` replies out, one `final` at the end."""

    def __init__(self, service: SpeechService, stream_id: int,
                 route: asyncio.Queue[dict[str, Any] | None]) -> None:
        self._service = service
        self.id = stream_id
        self._route = route
        self._done = False

    async def accept(self, pcm: bytes) -> tuple[str, dict[str, Any]]:
        """("partial", {"partial": …}) or ("result", {"text": …}) when an utterance ended."""
        reply = await self._request({"op": "audio", "id": self.id}, pcm)
        return str(reply["type"]), reply["body"]

    async def finish(self) -> dict[str, Any]:
        reply = await self._request({"op": "eof", "id": self.id})
        self._done = True
        return reply["body"]

    async def _request(self, header: dict[str, Any], payload: bytes = b"") -> dict[str, Any]:
        if self._done:
            raise SpeechError(409, "stream_closed", "Strömmen är redan avslutad")
        try:
            await self._service._send(header, payload)
            return await self._service._reply(self._route)
        except SpeechError:
            self._done = True
            raise

    def close(self) -> None:
        """Free the worker's recognizer unless the stream already ended there."""
        if self._service._routes.pop(self.id, None) is not None and not self._done:
            self._service._send_nowait({"op": "close", "id": self.id})
        self._done = True
