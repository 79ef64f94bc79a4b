"""POST /api/v1/speech/transcribe with real WAV files through the real worker."""

from __future__ import annotations

import struct
import wave
from io import BytesIO
from pathlib import Path

from aiohttp import FormData

from assistant.api.models import TranscribeOut
from tests.conftest import make_token, make_user


def silence_wav(seconds: float, rate: int = 16000) -> bytes:
    out = BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * int(seconds * rate))
    return out.getvalue()


async def post_wav(staff, data: bytes, query: str = "", content_type: str = "audio/wav"):
    return await staff.post(f"/api/v1/speech/transcribe{query}", data=data, headers={"Content-Type": content_type})


async def test_raw_wav_gives_text_words_and_understanding(staff, speech, audio_dir: Path):
    resp = await post_wav(staff, (audio_dir / "milk.wav").read_bytes())
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["text"]
    assert [w["word"] for w in body["result"]] == body["text"].split()
    assert all(w["start"] < w["end"] for w in body["result"])
    understanding = body["understanding"]
    assert understanding["text"] == body["text"]  # nothing to repair: the test catalog is empty
    assert isinstance(understanding["lines"], list)
    TranscribeOut.model_validate(body)  # the OpenAPI document's response model


async def test_same_upload_gives_the_same_text(staff, speech, audio_dir: Path):
    data = (audio_dir / "milk.wav").read_bytes()
    first = await (await post_wav(staff, data, "?understand=false")).json()
    second = await (await post_wav(staff, data, "?understand=false")).json()
    assert first == second
    assert first["understanding"] is None


async def test_pauses_make_one_transcript(staff, speech, audio_dir: Path):
    single = await (await post_wav(staff, (audio_dir / "milk.wav").read_bytes(), "?understand=false")).json()
    double = await (await post_wav(staff, (audio_dir / "two_utterances.wav").read_bytes(),
                                   "?understand=false")).json()
    assert len(double["result"]) > len(single["result"])
    starts = [w["start"] for w in double["result"]]
    assert starts == sorted(starts)


async def test_multipart_and_other_formats(staff, speech, audio_dir: Path):
    bodies = {}
    for name in ("stereo24.wav", "u8.wav", "s32.wav"):
        form = FormData()
        form.add_field("note", "ignored")
        form.add_field("audio", (audio_dir / name).read_bytes(), filename=name, content_type="audio/wav")
        resp = await staff.post("/api/v1/speech/transcribe?understand=false", data=form)
        assert resp.status == 200, (name, await resp.text())
        bodies[name] = await resp.json()
        assert isinstance(bodies[name]["text"], str) and isinstance(bodies[name]["result"], list)
    assert bodies["stereo24.wav"]["text"]  # 44.1 kHz stereo 24-bit speech is recognised, not just accepted


async def test_upload_errors(staff, speech, speech_settings):
    cases = [
        (await staff.post("/api/v1/speech/transcribe", data=b"hello", headers={"Content-Type": "text/plain"}),
         415, "unsupported_media_type"),
        (await post_wav(staff, b"ID3" + b"\0" * 100), 415, "unsupported_media_type"),
        (await post_wav(staff, silence_wav(0.5)[:40] + struct.pack("<I", 0)), 400, "invalid_audio"),
        (await post_wav(staff, silence_wav(0.5).replace(b"\x01\x00\x01\x00", b"\x03\x00\x01\x00", 1)),
         400, "invalid_audio"),  # 32-bit float is not PCM
        (await post_wav(staff, silence_wav(speech_settings.speech_max_seconds + 1)), 413, "audio_too_long"),
        (await post_wav(staff, silence_wav(1, rate=4000)), 400, "invalid_audio"),
        (await post_wav(staff, b"\0" * (speech_settings.max_upload_bytes + 1)), 413, "payload_too_large"),
        (await staff.post("/api/v1/speech/transcribe", data=FormData({"other": "x"}, default_to_multipart=True)),
         400, "missing_audio"),
        (await post_wav(staff, silence_wav(0.5), "?bogus=1"), 400, "validation_error"),
    ]
    for resp, status, code in cases:
        assert resp.status == status, (status, await resp.text())
        assert (await resp.json())["error"]["code"] == code
    assert (await speech.stats())["streams"] == 0


async def test_transcribe_needs_a_login(client, speech, audio_dir: Path):
    resp = await client.post("/api/v1/speech/transcribe", data=(audio_dir / "milk.wav").read_bytes(),
                             headers={"Content-Type": "audio/wav"})
    assert resp.status == 401


async def test_understanding_only_for_a_client_the_caller_may_see(client, staff, speech, speech_settings,
                                                                  audio_dir: Path):
    """A client's diet and purchase history must not leak through speech to unassigned staff."""
    admin_id = await make_user(speech_settings, "admin", "admin")
    admin = {"Authorization": f"Bearer {await make_token(speech_settings, admin_id)}"}
    resp = await client.post("/api/v1/clients", headers=admin, json={
        "display_name": "Greta", "delivery_weekday": 4, "cutoff_weekday": 2, "cutoff_time": "12:00"})
    assert resp.status == 201, await resp.text()
    client_id = (await resp.json())["id"]
    data = (audio_dir / "milk.wav").read_bytes()
    hidden = await post_wav(staff, data, f"?client_id={client_id}")
    assert hidden.status == 404
    assert (await hidden.json())["error"]["code"] == "not_found"
    seen = await client.post(f"/api/v1/speech/transcribe?client_id={client_id}", data=data,
                             headers={**admin, "Content-Type": "audio/wav"})
    assert seen.status == 200 and isinstance((await seen.json())["understanding"]["lines"], list)


async def test_a_malformed_multipart_form_is_a_400_not_a_500(staff, speech):
    """Found by tests/fuzz: a part header with control bytes made aiohttp's multipart reader raise."""
    boundary = "b0undary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="\x05\x0b"\r\n\r\nx\r\n--{boundary}--\r\n'
            .encode())
    resp = await staff.post("/api/v1/speech/transcribe", data=body,
                            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert resp.status == 400, await resp.text()
    assert (await resp.json())["error"]["code"] == "invalid_form"
