"""Speech has bounded cost too: idle and wall-clock limits per stream, a heartbeat for a hung worker,
sample rates checked before length, WAV headers walked off the event loop, 64-bit ids (issue 11)."""

from __future__ import annotations

import asyncio
import os
import signal
import struct

import pytest

from assistant.api import speech as speech_api
from tests.conftest import healthz_answers_meanwhile, held
from tests.speech.test_socket import CHUNK, expect_error, receive, wait_for_idle_worker


@pytest.fixture
def speech_settings(speech_settings):
    return speech_settings.model_copy(update={"speech_idle_seconds": 2.0, "speech_stream_seconds": 5.0,
                                              "speech_heartbeat_seconds": 0.2,
                                              "speech_heartbeat_timeout_seconds": 1.0})


async def test_a_socket_that_sends_nothing_is_closed_and_frees_its_recognizer(staff, speech):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_json({"config": {"sample_rate": 16000}})  # takes a recognizer, then silence
        reply = await expect_error(ws, "idle_timeout", 1008)
        assert ws.close_code == 1008
    assert reply["error"]["message"] == "Inget ljud på 2 sekunder: anslutningen stängs."
    idle = await wait_for_idle_worker(speech)
    assert idle["recognizers"] == 0 and speech.active_streams == 0


async def test_a_stream_is_closed_at_the_wall_clock_limit_even_while_audio_comes(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        silence = bytes(CHUNK)
        for _ in range(500):  # about a minute at most, then the test fails below
            await ws.send_bytes(silence)
            reply = await receive(ws)
            if "error" in reply:
                break
            await asyncio.sleep(0.1)
        assert reply["error"]["code"] == "stream_too_long"
        await ws.receive()
        assert ws.close_code == 1008
    assert (await wait_for_idle_worker(speech))["recognizers"] == 0


@pytest.mark.own_speech_worker
async def test_a_stopped_worker_is_reported_unavailable_and_replaced(staff, speech):
    pid = speech.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        for _ in range(600):
            health = await (await staff.get("/healthz")).json()
            if not health["speech"]["available"]:
                break
            await asyncio.sleep(0.05)
        assert health["speech"]["available"] is False and health["speech"]["reason"]
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
    await speech.wait_ready(timeout=120)
    assert speech.worker_pid not in (None, pid)


def _wav(sample_rate: int, frames: int = 16, extra_chunks: bytes = b"") -> bytes:
    fmt = struct.pack("<HHIIHH", 1, 1, sample_rate, sample_rate * 2, 2, 16)
    data = bytes(frames * 2)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks + b"data" + struct.pack(
        "<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


async def test_a_1_hz_wav_is_a_bad_sample_rate_not_too_long(staff, speech):
    resp = await staff.post("/api/v1/speech/transcribe", data=_wav(1, frames=4000),
                            headers={"Content-Type": "audio/wav"})
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == "invalid_audio"


async def test_wav_headers_are_walked_off_the_event_loop(client, staff, speech, monkeypatch):
    empty_chunks = b"junk" + struct.pack("<I", 0)
    upload = _wav(16000, frames=1600, extra_chunks=empty_chunks * 1000)
    entered, release = held(monkeypatch, speech_api, "read_wav_format")
    await healthz_answers_meanwhile(client, lambda: staff.post(
        "/api/v1/speech/transcribe?understand=false", data=upload, headers={"Content-Type": "audio/wav"}),
        entered, release)


async def test_a_client_id_beyond_64_bits_on_the_socket_is_a_json_error(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_json({"config": {"understand": True, "client_id": 2**64 + 1}})
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
        await ws.send_str('{"eof": 1}')
        assert "text" in await receive(ws)
        await expect_error(ws, "not_found", 1008)
