"""Without a usable model the service still starts, says why, and typing still works."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from assistant.app import create_app
from assistant.settings import Settings
from tests.conftest import login, make_user


@pytest.fixture
def app(settings: Settings) -> web.Application:
    """The plain app (tests/speech/conftest.py gives the others the Korean test model)."""
    return create_app(settings)


async def assert_unavailable(staff, reason_part: str) -> None:
    health = await (await staff.get("/healthz")).json()
    assert health["speech"]["available"] is False
    assert reason_part in health["speech"]["reason"]
    for resp in (await staff.get("/api/v1/speech"),
                 await staff.post("/api/v1/speech/transcribe", data=b"RIFF", headers={"Content-Type": "audio/wav"})):
        assert resp.status == 503
        error = (await resp.json())["error"]
        assert error["code"] == "speech_unavailable"
        assert error["message"] == health["speech"]["reason"]


async def test_no_model_configured(staff):
    await assert_unavailable(staff, "ASSISTANT_VOSK_MODEL")
    resp = await staff.post("/api/v1/understand", json={"text": "två liter mjölk"})
    assert resp.status == 200  # typing still works


@pytest.fixture
def bad_model_settings(settings: Settings, tmp_path) -> Settings:
    (tmp_path / "not-a-model").mkdir()
    return settings.model_copy(update={"vosk_model": tmp_path / "not-a-model"})


async def test_folder_that_is_no_model(aiohttp_client, bad_model_settings):
    client = await aiohttp_client(create_app(bad_model_settings))
    await make_user(bad_model_settings, "anna", "staff")
    await assert_unavailable(await login(client, "anna"), "ingen Vosk-modell")


async def test_model_that_fails_to_load(aiohttp_client, settings, tmp_path):
    """The worker reports why it could not load the model; clients are told at once."""
    broken = tmp_path / "broken-model"
    for name in ("am/final.mdl", "conf/mfcc.conf", "graph/HCLG.fst"):
        (broken / name).parent.mkdir(parents=True, exist_ok=True)
        (broken / name).write_text("not a model")
    broken_settings = settings.model_copy(update={"vosk_model": broken})
    client = await aiohttp_client(create_app(broken_settings))
    await make_user(broken_settings, "anna", "staff")
    staff = await login(client, "anna")
    for _ in range(600):
        speech = (await (await staff.get("/healthz")).json())["speech"]
        if "kunde inte laddas" in (speech["reason"] or ""):
            break
        await asyncio.sleep(0.05)
    await assert_unavailable(staff, "kunde inte laddas")
