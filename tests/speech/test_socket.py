"""The vosk-server WebSocket protocol against the real worker and libvosk."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from itertools import pairwise
from typing import Any

import pytest
from aiohttp import WSMsgType

from assistant.speech.config import MAX_FRAME_BYTES
from assistant.speech.service import SpeechService
from tests.speech.conftest import pcm_of

CHUNK = 8000  # 0.25 s at 16 kHz, as the Vosk example clients send


async def receive(ws) -> dict[str, Any]:
    message = await asyncio.wait_for(ws.receive(), 60)
    assert message.type == WSMsgType.TEXT, message
    return json.loads(message.data)


async def recognize(ws, pcm: bytes, config: dict[str, Any] | None = None,
                    chunk: int = CHUNK) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Send a whole stream; the replies to audio frames, and what came after eof."""
    if config is not None:
        await ws.send_json({"config": config})
    replies = []
    for offset in range(0, len(pcm), chunk):
        await ws.send_bytes(pcm[offset:offset + chunk])
        replies.append(await receive(ws))
    await ws.send_str('{"eof" : 1}')
    after = []
    while (message := await asyncio.wait_for(ws.receive(), 60)).type == WSMsgType.TEXT:
        after.append(json.loads(message.data))
    assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    assert ws.close_code == 1000
    return replies, after


async def expect_error(ws, code: str, close_code: int) -> dict[str, Any]:
    reply = await receive(ws)
    assert reply["error"]["code"] == code, reply
    assert reply["error"]["message"]
    message = await asyncio.wait_for(ws.receive(), 60)
    assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    assert ws.close_code == close_code
    return reply


async def wait_for_idle_worker(speech: SpeechService) -> dict[str, Any]:
    """The worker's own count of streams and recognizers, once they have gone back to zero."""
    for _ in range(200):
        stats = await speech.stats()
        if stats["streams"] == 0 and stats["recognizers"] == 0:
            return stats
        await asyncio.sleep(0.05)
    return stats


async def test_partials_then_final_with_word_timings(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        replies, after = await recognize(ws, milk_pcm, {"sample_rate": 16000, "words": True})
    assert len(replies) == -(-len(milk_pcm) // CHUNK)  # one reply per audio frame
    assert all("partial" in r or "text" in r for r in replies)
    assert any(r.get("partial") for r in replies)
    [final] = after
    assert final["text"]
    words = final["result"]
    assert [w["word"] for w in words] == final["text"].split()
    for word in words:
        assert 0 <= word["start"] < word["end"]
        assert 0 < word["conf"] <= 1
    assert all(a["end"] <= b["start"] + 1e-6 for a, b in pairwise(words))


async def test_same_audio_gives_same_text(staff, speech, milk_pcm):
    finals = []
    for _ in range(2):
        async with staff.client.ws_connect("/api/v1/speech") as ws:
            _, [final] = await recognize(ws, milk_pcm)
        finals.append(final)
    assert finals[0]["text"]
    assert finals[0] == finals[1]  # text, timings and confidences: feature dither is off


async def test_pause_ends_an_utterance_mid_stream(staff, speech, audio_dir):
    pcm = pcm_of(audio_dir / "two_utterances.wav")
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        replies, [final] = await recognize(ws, pcm)
    results = [r for r in replies if "text" in r]
    assert results and results[0]["text"]
    assert results[0]["result"][-1]["end"] < final["result"][0]["start"]  # times count from the stream start


async def test_alternatives_when_asked(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        _, [final] = await recognize(ws, milk_pcm, {"max_alternatives": 3})
    assert "text" not in final
    assert 1 <= len(final["alternatives"]) <= 3
    assert all("text" in alt and "confidence" in alt for alt in final["alternatives"])


async def test_grammar_restricts_the_words(staff, speech, milk_pcm):
    phrases = ["two milk please", "stop", "zzqx milk"]  # the last has a word the model lacks: dropped
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        _, [final] = await recognize(ws, milk_pcm, {"phrase_list": phrases})
    allowed = {"TWO", "MILK", "PLEASE", "STOP"}  # the model spells its English in capitals
    assert final["text"]
    assert set(final["text"].split()) <= allowed


async def test_four_concurrent_streams(staff, speech, milk_pcm):
    async def one() -> dict[str, Any]:
        async with staff.client.ws_connect("/api/v1/speech") as ws:
            _, [final] = await recognize(ws, milk_pcm)
            return final

    finals = await asyncio.gather(*(one() for _ in range(4)))
    assert all(f == finals[0] for f in finals)
    assert finals[0]["text"]
    assert (await wait_for_idle_worker(speech))["streams"] == 0


async def test_stream_over_the_limit_is_told_busy(staff, speech, milk_pcm):
    sockets = [await staff.client.ws_connect("/api/v1/speech") for _ in range(speech.max_streams)]
    for ws in sockets:  # audio opens a recognizer for each
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(milk_pcm[:CHUNK])
        reply = await expect_error(ws, "busy", 1013)
    assert str(speech.max_streams) in reply["error"]["message"]
    for ws in sockets:
        await ws.close()
    health = await (await staff.get("/healthz")).json()
    assert health["speech"]["max_streams"] == speech.max_streams


async def test_client_disconnect_frees_the_recognizer(staff, speech, milk_pcm):
    ws = await staff.client.ws_connect("/api/v1/speech")
    await ws.send_bytes(milk_pcm[:CHUNK])
    await receive(ws)
    busy = await speech.stats()
    assert busy["streams"] == 1 and busy["recognizers"] == 1
    await ws.close()  # mid-stream, no eof
    idle = await wait_for_idle_worker(speech)
    assert idle["streams"] == 0 and idle["recognizers"] == 0
    assert speech.active_streams == 0


@pytest.mark.own_speech_worker
async def test_worker_crash_fails_the_stream_and_the_next_one_works(staff, speech, milk_pcm):
    pid = speech.worker_pid
    assert pid is not None
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
        os.kill(pid, signal.SIGKILL)
        await ws.send_bytes(milk_pcm[CHUNK:2 * CHUNK])
        reply = await expect_error(ws, "speech_worker_failed", 1011)
    assert reply["error"]["message"]
    resp = await staff.get("/healthz")  # the server never stopped
    assert resp.status == 200
    async with staff.client.ws_connect("/api/v1/speech") as ws:  # waits for the restarted worker
        _, [final] = await recognize(ws, milk_pcm)
    assert final["text"]
    assert speech.worker_pid not in (None, pid)
    health = await (await staff.get("/healthz")).json()
    assert health["speech"]["available"] is True and health["speech"]["restarts"] == 1


BAD_FIRST_MESSAGES = [
    ("not json", "invalid_json", 1003),
    ('{"config": {"sample_rate": 0}}', "bad_config", 1008),
    ('{"config": {"sample_rate": 1}}', "bad_config", 1008),
    ('{"config": {"sample_rate": -16000}}', "bad_config", 1008),
    ('{"config": {"sample_rate": 96000}}', "bad_config", 1008),
    ('{"config": {"sample_rate": "NaN"}}', "bad_config", 1008),
    ('{"config": {"sample_rate": 16000, "model": "x"}}', "bad_config", 1008),
    ('{"config": {"max_alternatives": -1}}', "bad_config", 1008),
    ('{"config": {"phrase_list": []}}', "bad_config", 1008),
    ('{"config": {"phrase_list": [""]}}', "bad_config", 1008),
    ('{"config": {"phrase_list": "two milk"}}', "bad_config", 1008),
    ('{"config": {"phrase_list": ["zzqx qqxz"]}}', "bad_grammar", 1008),
    ('{"config": {}, "eof": 1}', "unknown_message", 1008),
    ('{"eof": 0}', "unknown_message", 1008),
    ("[]", "unknown_message", 1008),
    ("[" * 100_000, "invalid_json", 1003),  # too deep for the JSON reader (RecursionError ended the socket)
    ('{"config": {"understand": true, "client_id": "\\ud800"}}', "invalid_text", 1008),  # no character
]


async def test_bad_input_gets_an_error_and_a_close(staff, speech, milk_pcm):
    for first, code, close_code in BAD_FIRST_MESSAGES:
        async with staff.client.ws_connect("/api/v1/speech") as ws:
            await ws.send_str(first)
            await ws.send_bytes(milk_pcm[:CHUNK])  # audio after a bad config never reaches libvosk
            await expect_error(ws, code, close_code)
    stats = await wait_for_idle_worker(speech)
    assert stats["streams"] == 0 and stats["recognizers"] == 0


async def test_config_after_audio_is_refused(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
        await ws.send_json({"config": {"sample_rate": 8000}})
        await expect_error(ws, "config_too_late", 1008)


async def test_oversized_frame_is_refused(staff, speech):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(b"\0" * (MAX_FRAME_BYTES + 2))
        await expect_error(ws, "frame_too_large", 1009)


async def test_stream_longer_than_the_limit_is_refused(staff, speech, speech_settings, milk_pcm):
    limit = int(16000 * speech_settings.speech_max_seconds) * 2
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        sent = 0
        while sent <= limit:
            await ws.send_bytes(b"\0" * 64000)
            sent += 64000
            reply = await receive(ws)
            if "error" in reply:
                break
        assert reply["error"]["code"] == "too_long"
        assert (await ws.receive()).type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
        assert ws.close_code == 1009
    assert sent > limit


async def test_odd_sized_frames_are_carried_over(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        _, [even] = await recognize(ws, milk_pcm)
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(milk_pcm[:1])  # one byte: nothing to decode yet
        assert await receive(ws) == {"partial": ""}
        _, [odd] = await recognize(ws, milk_pcm[1:], chunk=CHUNK + 1)
    assert odd["text"] == even["text"]


async def test_eof_without_audio(staff, speech):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        _, after = await recognize(ws, b"", {"sample_rate": 8000})
    assert after == [{"text": ""}]


async def test_socket_needs_a_login(client, speech):
    resp = await client.get("/api/v1/speech")
    assert resp.status == 401


async def test_cross_site_socket_is_refused(staff, speech):
    resp = await staff.get("/api/v1/speech", headers={"Origin": "https://evil.example"})
    assert resp.status == 403



async def test_understanding_follows_the_final_result(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        _, after = await recognize(ws, milk_pcm, {"understand": True})
    final, extension = after
    assert final["text"]
    understanding = extension["understanding"]
    assert understanding["text"] == final["text"]  # nothing to repair: the test catalog is empty
    assert {"intents", "lines"} <= set(understanding)


async def test_understanding_for_an_unknown_client_is_an_error(staff, speech, milk_pcm):
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_json({"config": {"understand": True, "client_id": "no-such-client"}})
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
        await ws.send_str('{"eof": 1}')
        final = await receive(ws)
        assert "text" in final
        await expect_error(ws, "not_found", 1008)
