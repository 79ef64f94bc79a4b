"""Speech endpoints: the vosk-server WebSocket protocol and WAV upload transcription."""

from __future__ import annotations

import asyncio
from functools import partial
from urllib.parse import urlsplit

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import query_model, read_capped, too_large
from assistant.api.models import TranscribeOut, UploadForm
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import SETTINGS
from assistant.auth.identity import IDENTITY_KEY, current_identity
from assistant.catalog.service import CATALOG
from assistant.errors import ApiError, Forbidden
from assistant.speech.audio import BadWav, NotWav, read_wav_format, to_pcm16_mono
from assistant.speech.config import MAX_FRAME_BYTES, MAX_SAMPLE_RATE, MIN_SAMPLE_RATE
from assistant.speech.backend import SPEECH
from assistant.speech.session import StreamLimits, VoskSession, converse
from assistant.speech.transcript import transcribe

routes = web.RouteTableDef()

WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})


async def _understanding(request: web.Request, text: str, client_id: str | None) -> dict[str, object]:
    """The /api/v1/understand body for a transcript, for a client this caller may see."""
    result = await request.app[CATALOG].understand(text, client_id, current_identity(request), transcript=True,
                                                   max_items=request.app[SETTINGS].max_items_per_utterance)
    return result.model_dump(mode="json")


def _check_origin(request: web.Request) -> None:
    """Browsers send cookies with cross-site WebSocket handshakes and no CSRF header, so a
    cookie-authenticated socket must come from our own origin."""
    identity = request.get(IDENTITY_KEY)
    origin = request.headers.get("Origin")
    if identity is not None and identity.via == "session" and origin and urlsplit(origin).netloc != request.host:
        raise Forbidden("Anslutningen kommer från en annan webbplats")


@routes.get("/api/v1/speech")
@documented("WebSocket (vosk-server protocol): streaming recognition", status=101, errors=[400, 503],
            description="Upgrade to a WebSocket; see docs/api.md for the messages.")
async def speech_socket(request: web.Request) -> web.StreamResponse:
    _check_origin(request)
    service = request.app[SPEECH]
    await service.wait_ready()  # 503 speech_unavailable before the upgrade, like any endpoint
    settings = request.app[SETTINGS]
    ws = web.WebSocketResponse(max_msg_size=4 * MAX_FRAME_BYTES, heartbeat=30.0)
    await ws.prepare(request)
    session = VoskSession(service, settings.speech_max_seconds, partial(_understanding, request))
    await converse(ws, session, StreamLimits(settings.speech_idle_seconds, settings.speech_stream_seconds))
    return ws


class TranscribeQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    understand: bool = True
    client_id: str | None = Field(None, min_length=1, max_length=200)


async def _read_upload(request: web.Request, limit: int) -> bytes:
    """The WAV bytes, sent raw (audio/wav) or as the multipart form field `audio`."""
    if request.content_type in WAV_TYPES:
        return await read_capped(request, limit)
    if request.content_type == "multipart/form-data":
        try:
            return await _read_form_audio(request, limit)
        except (HttpProcessingError, ValueError) as exc:  # a malformed part header or boundary
            raise ApiError(400, "invalid_form", "Formuläret kan inte läsas") from exc
    raise ApiError(415, "unsupported_media_type",
                   "Skicka en WAV-fil (audio/wav) eller ett formulär med fältet 'audio'")


async def _read_form_audio(request: web.Request, limit: int) -> bytes:
    reader = await request.multipart()
    async for part in reader:
        if isinstance(part, BodyPartReader) and part.name == "audio":
            data = bytearray()
            while chunk := await part.read_chunk():
                data += chunk
                if len(data) > limit:
                    raise too_large(limit)
            return bytes(data)
    raise ApiError(400, "missing_audio", "Formuläret saknar fältet 'audio'")


@routes.post("/api/v1/speech/transcribe")
@documented("Transcribe (and understand) a WAV recording", query=TranscribeQuery, body=UploadForm,
            body_media=["audio/wav", "multipart/form-data"], response=TranscribeOut, errors=[404, 422, 503])
async def transcribe_upload(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    query = query_model(request, TranscribeQuery)
    service = request.app[SPEECH]
    await service.wait_ready()
    data = await _read_upload(request, settings.max_upload_bytes)
    try:
        fmt = await asyncio.to_thread(read_wav_format, data)  # a file of empty chunks is a long walk
    except NotWav as exc:
        raise ApiError(415, "unsupported_media_type", str(exc)) from None
    except BadWav as exc:
        raise ApiError(400, "invalid_audio", str(exc)) from None
    if not MIN_SAMPLE_RATE <= fmt.sample_rate <= MAX_SAMPLE_RATE:  # before the length: 1 Hz makes any file long
        raise ApiError(400, "invalid_audio", f"Samplingsfrekvensen måste vara {MIN_SAMPLE_RATE}–"
                       f"{MAX_SAMPLE_RATE} Hz (filen har {fmt.sample_rate} Hz)")
    if fmt.seconds > settings.speech_max_seconds:
        raise ApiError(413, "audio_too_long",
                       f"Inspelningen är för lång ({fmt.seconds:.0f} s, högst {settings.speech_max_seconds:g} s)")
    pcm = await asyncio.to_thread(to_pcm16_mono, data, fmt)
    transcript = await transcribe(service, pcm)
    understanding = await _understanding(request, transcript.text, query.client_id) if query.understand else None
    return json_response({"text": transcript.text, "result": transcript.words,
                          "understanding": understanding})
