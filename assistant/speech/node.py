"""`python -m assistant speech-node`: the supervised worker as a standalone vosk-server node.

The socket at `/` speaks alphacep's vosk-server protocol (any vosk-server client works, and so
does the service's node pool); `/healthz` says whether the model is loaded and how many streams
are open. A node takes at most `speech_max_streams` sockets and refuses more at the handshake with
503, before any audio is sent, so that a pool can try another node.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from aiohttp import web

from assistant import __version__
from assistant.api.middleware import error_middleware
from assistant.appkeys import SETTINGS
from assistant.errors import ApiError
from assistant.settings import Settings
from assistant.speech.config import MAX_FRAME_BYTES
from assistant.speech.backend import SPEECH, speech_context
from assistant.speech.service import SpeechError
from assistant.speech.session import StreamLimits, VoskSession, converse

log = logging.getLogger("assistant.speech.node")

SOCKETS = web.AppKey("node_sockets", set[web.WebSocketResponse])


async def _no_understanding(text: str, client_id: str | None) -> dict[str, object]:
    raise ApiError(400, "understanding_unavailable", "En talnod tolkar inte text; det gör tjänsten")


async def node_socket(request: web.Request) -> web.StreamResponse:
    settings = request.app[SETTINGS]
    service = request.app[SPEECH]
    sockets = request.app[SOCKETS]
    await service.wait_ready(timeout=0)  # still loading: 503 now, the pool tries another node
    if len(sockets) >= settings.speech_max_streams:
        raise SpeechError(503, "busy", f"Talnoden är upptagen: högst {settings.speech_max_streams} samtidiga "
                          "strömmar", headers={"Retry-After": "2"})
    ws = web.WebSocketResponse(max_msg_size=4 * MAX_FRAME_BYTES, heartbeat=30.0)
    sockets.add(ws)  # counted before the first await, so that handshakes arriving together see it
    try:
        await ws.prepare(request)
        await converse(ws, VoskSession(service, settings.speech_max_seconds, _no_understanding),
                       StreamLimits(settings.speech_idle_seconds, settings.speech_stream_seconds))
    finally:
        sockets.discard(ws)
    return ws


async def node_health(request: web.Request) -> web.Response:
    return web.json_response({"version": __version__, "sockets": len(request.app[SOCKETS]),
                              "speech": request.app[SPEECH].status()})


def create_node_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app[SETTINGS] = settings.model_copy(update={"speech_urls": []})  # a node runs its own worker
    app[SOCKETS] = set()
    app.cleanup_ctx.append(speech_context)
    app.router.add_get("/", node_socket)
    app.router.add_get("/healthz", node_health)
    return app


async def serve_node(settings: Settings, host: str, port: int) -> None:
    """Until SIGTERM or SIGINT; prints the address it listens on (port 0 picks a free one)."""
    runner = web.AppRunner(create_node_app(settings), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        for address in runner.addresses:
            bound_host, bound_port = address[0], address[1]
            shown = f"[{bound_host}]" if ":" in bound_host else bound_host
            print(f"Talnod (vosk-server-protokoll) på ws://{shown}:{bound_port}", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        await stop.wait()
    finally:
        await runner.cleanup()
