"""A pool of speech nodes: real `python -m assistant speech-node` processes on ephemeral ports,
each with its own supervised worker and the real libvosk, behind the service's /api/v1/speech."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from assistant.api import models
from assistant.app import create_app
from assistant.settings import Settings
from assistant.speech.backend import SPEECH, SpeechBackend
from assistant.speech.pool import EOF, NodePool, NodeState
from tests.service_processes import STARTUP_SECONDS, RunningNode, start_nodes, stop_nodes
from tests.speech.test_socket import CHUNK, expect_error, receive, recognize

@pytest.fixture(scope="module")
def two_nodes(ko_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[RunningNode]]:
    logs = tmp_path_factory.mktemp("nodes")
    nodes = start_nodes(ko_model_dir, [logs / f"node{i}.log" for i in range(2)], max_streams=2)
    yield nodes
    stop_nodes(nodes)


@pytest.fixture
def nodes(two_nodes: list[RunningNode]) -> list[RunningNode]:
    """The module's nodes, checked alive and idle (a test that kills one uses its own)."""
    for node in two_nodes:
        assert node.process.poll() is None
        deadline = time.monotonic() + 30
        while node.health()["sockets"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    return two_nodes


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pool_settings(settings: Settings, urls: list[str]) -> Settings:
    return settings.model_copy(update={"speech_urls": urls, "vosk_model": None})


@pytest.fixture
def app(settings: Settings, nodes: list[RunningNode]) -> web.Application:
    return create_app(pool_settings(settings, [node.url for node in nodes]))


@pytest.fixture
async def speech(client, app: web.Application, nodes: list[RunningNode]) -> SpeechBackend:
    """The pool once it has found every node up and its probes have let go of them."""
    backend = app[SPEECH]
    await backend.wait_ready(timeout=STARTUP_SECONDS)
    for _ in range(600):
        if (all(n["state"] == "up" for n in backend.status()["nodes"])
                and not any(node.health()["sockets"] for node in nodes)):
            return backend
        await asyncio.sleep(0.05)
    pytest.fail(f"the pool did not find its nodes: {backend.status()}")


async def pool_health(staff) -> dict[str, Any]:
    """/healthz's speech part, checked against the documented answer model."""
    text = await (await staff.get("/healthz")).text()
    models.Health.model_validate_json(text)
    return json.loads(text)["speech"]


async def test_a_node_speaks_the_vosk_server_protocol(nodes, milk_pcm):
    """What alphacep's test.py does: config, audio, the literal '{"eof" : 1}', a final result, a close."""
    async with aiohttp.ClientSession() as session, session.ws_connect(nodes[0].url) as ws:
        await ws.send_str('{ "config" : { "sample_rate" : 16000 } }')
        for offset in range(0, len(milk_pcm), CHUNK):
            await ws.send_bytes(milk_pcm[offset:offset + CHUNK])
            reply = await receive(ws)
            assert "partial" in reply or "text" in reply
        await ws.send_str(EOF)
        final = await receive(ws)
        assert final["text"]
        assert (await ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == 1000


async def test_a_full_node_refuses_at_the_handshake(nodes):
    async with aiohttp.ClientSession() as session:
        held = [await session.ws_connect(nodes[0].url) for _ in range(2)]
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(nodes[0].url)
        assert refused.value.status == 503
        for ws in held:
            await ws.close()


async def test_streams_are_spread_over_the_nodes(staff, speech, nodes, milk_pcm):
    sockets = [await staff.client.ws_connect("/api/v1/speech") for _ in range(2)]
    for ws in sockets:
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
    assert [node.health()["sockets"] for node in nodes] == [1, 1]
    health = await pool_health(staff)
    assert health["available"] is True
    assert [n["active_streams"] for n in health["nodes"]] == [1, 1]
    finals = []
    for ws in sockets:
        _, [final] = await recognize(ws, milk_pcm[CHUNK:])
        finals.append(final)
        await ws.close()
    assert finals[0]["text"] and finals[0] == finals[1]  # the same audio on either node: the same text
    assert [n["state"] for n in (await pool_health(staff))["nodes"]] == ["up", "up"]


async def test_upload_transcription_goes_through_the_pool(staff, speech, nodes, audio_dir):
    resp = await staff.post("/api/v1/speech/transcribe?understand=false",
                            data=(audio_dir / "milk.wav").read_bytes(), headers={"Content-Type": "audio/wav"})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["text"] and [w["word"] for w in body["result"]] == body["text"].split()


async def test_a_busy_node_is_skipped(staff, speech, nodes, milk_pcm):
    async with aiohttp.ClientSession() as direct:
        held = [await direct.ws_connect(nodes[0].url) for _ in range(2)]  # node 0 is full
        for _ in range(2):  # both streams land on node 1, which has room for two
            async with staff.client.ws_connect("/api/v1/speech") as ws:
                _, [final] = await recognize(ws, milk_pcm)
            assert final["text"]
        states = [n["state"] for n in (await pool_health(staff))["nodes"]]
        assert states == ["busy", "up"]
        assert [n["streams"] for n in (await pool_health(staff))["nodes"]] == [0, 2]
        for ws in held:
            await ws.close()


async def test_every_node_full_is_a_clear_busy_error(staff, speech, nodes, milk_pcm):
    async with aiohttp.ClientSession() as direct:
        held = [await direct.ws_connect(node.url) for node in nodes for _ in range(2)]
        async with staff.client.ws_connect("/api/v1/speech") as ws:
            await ws.send_bytes(milk_pcm[:CHUNK])
            reply = await expect_error(ws, "busy", 1013)
        assert "upptagen" in reply["error"]["message"]
        for ws in held:
            await ws.close()


@pytest.fixture
def own_nodes(ko_model_dir: Path, tmp_path: Path) -> Iterator[list[RunningNode]]:
    nodes = start_nodes(ko_model_dir, [tmp_path / f"own{i}.log" for i in range(2)], max_streams=2)
    yield nodes
    stop_nodes(nodes)


async def test_a_node_killed_mid_stream(aiohttp_client, settings, own_nodes, milk_pcm):
    """That stream gets a clear error; the next ones go to the other node; /healthz shows the dead one."""
    from tests.conftest import login, make_user

    client = await aiohttp_client(create_app(pool_settings(settings, [node.url for node in own_nodes])))
    await make_user(settings, "anna", "staff")
    staff = await login(client, "anna")
    async with staff.client.ws_connect("/api/v1/speech") as ws:
        await ws.send_bytes(milk_pcm[:CHUNK])
        await receive(ws)
        [victim] = [i for i, node in enumerate(own_nodes) if node.health()["sockets"] == 1]
        own_nodes[victim].kill()
        await ws.send_bytes(milk_pcm[CHUNK:2 * CHUNK])
        reply = await expect_error(ws, "speech_worker_failed", 1011)
    assert "Försök igen" in reply["error"]["message"]
    health = await pool_health(staff)
    assert health["available"] is True  # the other node is still there
    dead = health["nodes"][victim]
    assert dead["state"] == "down" and dead["error"]
    for _ in range(2):
        async with staff.client.ws_connect("/api/v1/speech") as ws:
            _, [final] = await recognize(ws, milk_pcm)
        assert final["text"]
    survivor = (await pool_health(staff))["nodes"][1 - victim]
    assert survivor["state"] == "up" and survivor["streams"] >= 2


async def test_every_node_down_is_a_clear_503(aiohttp_client, settings):
    from tests.conftest import login, make_user

    urls = [f"ws://127.0.0.1:{closed_port()}", f"ws://127.0.0.1:{closed_port()}"]
    client = await aiohttp_client(create_app(pool_settings(settings, urls)))
    await make_user(settings, "anna", "staff")
    staff = await login(client, "anna")
    for resp in (await staff.get("/api/v1/speech"),
                 await staff.post("/api/v1/speech/transcribe", data=b"RIFF", headers={"Content-Type": "audio/wav"})):
        assert resp.status == 503
        error = (await resp.json())["error"]
        assert error["code"] == "speech_unavailable" and "Försök igen" in error["message"]
    health = await pool_health(staff)
    assert health["available"] is False and health["reason"]
    assert [n["state"] for n in health["nodes"]] == ["down", "down"]
    assert all(n["error"] for n in health["nodes"])
    typed = await staff.post("/api/v1/understand", json={"text": "två liter mjölk"})
    assert typed.status == 200  # typing still works


async def test_speech_urls_from_the_environment(monkeypatch):
    monkeypatch.setenv("ASSISTANT_SPEECH_URLS", "ws://asr1:2700, wss://asr2.example:443/")
    assert Settings().speech_urls == ["ws://asr1:2700", "wss://asr2.example:443/"]
    monkeypatch.setenv("ASSISTANT_SPEECH_URLS", "http://asr1:2700")
    with pytest.raises(ValueError, match="ws://"):
        Settings()


async def test_a_client_that_leaves_frees_the_node(staff, speech, nodes, milk_pcm):
    ws = await staff.client.ws_connect("/api/v1/speech")
    await ws.send_bytes(milk_pcm[:CHUNK])
    await receive(ws)
    assert sum(node.health()["sockets"] for node in nodes) == 1
    await ws.close()  # mid-stream, no eof
    for _ in range(200):
        if not any(node.health()["sockets"] or node.health()["speech"]["active_streams"] for node in nodes):
            break
        await asyncio.sleep(0.05)
    assert [node.health()["speech"]["active_streams"] for node in nodes] == [0, 0]
    assert speech.status()["active_streams"] == 0


def test_candidates_are_live_nodes_least_busy_first_then_the_rest():
    pool = NodePool([f"ws://asr{i}:2700" for i in range(5)], probe_seconds=10)
    up_two, up_one, down, unknown, busy = pool.nodes
    for node, state, active in ((up_two, NodeState.UP, 2), (up_one, NodeState.UP, 1), (down, NodeState.DOWN, 0),
                                (unknown, NodeState.UNKNOWN, 0), (busy, NodeState.BUSY, 0)):
        node.state, node.active = state, active
    assert pool.candidates() == [unknown, up_one, up_two, down, busy]
    up_one.last_used, unknown.last_used = 1.0, 2.0  # ties go to the node used longest ago
    up_one.active = 0
    assert pool.candidates()[:2] == [up_one, unknown]
