"""Catalog matching speed: a five-item utterance in-process and over HTTP, against the naive full scan.

Run: .venv/bin/python bench/bench_matching.py [--catalog LABEL ...]  (needs ../shared beside the repository)
Prints index build time and memory, p50/p95 latencies (wall-clock and CPU), and the naive scan (rapidfuzz
process.extractOne with WRatio over every product name) measured in the same run, with the ratio.

Over HTTP twice, each the whole stack on loopback: what the tablet does (a tablet session's cookie and CSRF
token, `POST /api/v1/clients/{id}/basket/utterances` with `{"text","source","version"}`, the basket written
and returned), and `POST /api/v1/understand` for the same client with an integration token (matching only,
nothing written). The measurements are taken in turn, a block of utterances each, so a change of load on a
shared machine moves them alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import ClientSession, CookieJar
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.shared import SHARED as SHARED_ROOT, serve
from assistant.auth.passwords import hash_password, new_token, token_digest
from assistant.catalog.index import CatalogIndex
from assistant.catalog.understand import understand
from assistant.eval import load_products, of_source
from assistant.nlu import parse
from assistant.settings import Settings
from assistant.storage import users
from assistant.storage.db import Database
from assistant.storage.products import upsert_products

SHARED = SHARED_ROOT / "data"
# (label, file, grocer): the whole unified catalog, one names-only grocer of it, the willys2023 feed
CATALOGS = (("catalog_sv", "catalog_sv.jsonl", None), ("mathem2021 alone", "catalog_sv.jsonl", "mathem2021"),
            ("willys2023", "catalog_willys2023.jsonl", None))
UTTERANCES = [
    "två liter mellanmjölk och ett paket smör och fem äpplen och ett kilo potatis och kaffe",
    "jag vill ha falukorv och makaroner och lingonsylt och en limpa och sex ägg",
    "filmjölk och ett halvt kilo köttfärs och toalettpapper och en gurka och bananer",
    "ost och skinka och knäckebröd och apelsinjuice och två paket fiskpinnar",
]
ROUNDS = 50
BLOCK = 5 * len(UTTERANCES)  # utterances per turn of each measurement (see interleaved)
STAFF, PASSWORD = "anna", "bench-lösenord"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def clocked(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and this thread's CPU milliseconds of one call (CPU time leaves out waiting for a
    core on a busy machine)."""
    start, start_cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - start_cpu) * 1000


def naive(names: list[str]) -> Callable[[str], object]:
    def run(text: str) -> object:
        return [process.extractOne(item.phrase, names, scorer=fuzz.WRatio) for item in parse(text).items]
    return run


async def tablet(http: ClientSession, base: str) -> tuple[int, dict[str, str]]:
    """As in the web app: staff log in, add a client (of the default grocer) and hand over the tablet.
    Returns the client id and the headers the tablet's writes carry (its session cookie stays in `http`)."""
    async with http.post(f"{base}/api/v1/session", json={"username": STAFF, "password": PASSWORD}) as resp:
        assert resp.status == 200, await resp.text()
        csrf = {"X-CSRF-Token": (await resp.json())["csrf_token"]}
    async with http.post(f"{base}/api/v1/clients", headers=csrf, json={
            "display_name": "Bänk Bänksson", "delivery_weekday": 3, "cutoff_weekday": 1}) as resp:
        assert resp.status == 201, await resp.text()
        client_id = (await resp.json())["id"]
    async with http.post(f"{base}/api/v1/clients/{client_id}/tablet", headers=csrf) as resp:
        assert resp.status == 200, await resp.text()
        return client_id, {"X-CSRF-Token": (await resp.json())["csrf_token"]}


async def interleaved(products: list, index: CatalogIndex, tmp: Path) -> dict[str, list[float]]:
    """Ours in-process, ours over HTTP (a real service on loopback, its own index: the tablet's route, and
    /understand) and the naive scan, taken in turn in blocks of BLOCK utterances: a change of load on the
    shared machine then moves all alike, and their ratio stays fair. Blocks rather than single calls, so that
    each runs on warm caches as a service does (a scan of every name between two of our calls would evict
    our index)."""
    settings = Settings(db=tmp / "bench.db", port=0)

    token = new_token()  # the staff member's own integration token: /understand for their client

    async def load(db: Database) -> None:
        await upsert_products(db, products, settings.default_vendor)
        staff = await users.create_user(db, STAFF, await asyncio.to_thread(hash_password, PASSWORD), "staff")
        await users.create_api_token(db, token_digest(token), staff)

    runner, port, _ = await serve(settings, load)
    base = f"http://127.0.0.1:{port}"
    scan = naive([p.name for p in products])
    samples: dict[str, list[float]] = {
        key: [] for key in ("ours", "ours_cpu", "tablet", "understand", "naive", "naive_cpu")}
    try:
        async with (ClientSession(cookie_jar=CookieJar(unsafe=True)) as http,  # cookies for 127.0.0.1 too
                    ClientSession(headers={"Authorization": f"Bearer {token}"}) as api):
            client_id, headers = await tablet(http, base)
            utterances = f"{base}/api/v1/clients/{client_id}/basket/utterances"
            understand_url = f"{base}/api/v1/understand"
            async with api.post(understand_url, json={"text": UTTERANCES[0], "client_id": client_id}) as resp:
                assert resp.status == 200, await resp.text()  # builds the index
            async with http.get(f"{base}/api/v1/clients/{client_id}/basket") as resp:
                assert resp.status == 200, await resp.text()
                version = (await resp.json())["version"]
            texts = [UTTERANCES[i % len(UTTERANCES)] for i in range(ROUNDS * len(UTTERANCES))]
            for first in range(0, len(texts), BLOCK):
                block = texts[first:first + BLOCK]
                for text in block:
                    wall, cpu = clocked(lambda: understand(parse(text), index))
                    samples["ours"].append(wall)
                    samples["ours_cpu"].append(cpu)
                for text in block:
                    start = time.perf_counter()
                    async with http.post(utterances, headers=headers,
                                         json={"text": text, "source": "typed", "version": version}) as resp:
                        answer = await resp.json()
                        assert resp.status == 200, answer
                    samples["tablet"].append((time.perf_counter() - start) * 1000)
                    version = answer["basket"]["version"]
                for text in block:
                    start = time.perf_counter()
                    async with api.post(understand_url, json={"text": text, "client_id": client_id}) as resp:
                        await resp.read()
                        assert resp.status == 200
                    samples["understand"].append((time.perf_counter() - start) * 1000)
                for text in block:
                    wall, cpu = clocked(lambda: scan(text))
                    samples["naive"].append(wall)
                    samples["naive_cpu"].append(cpu)
    finally:
        await runner.cleanup()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", action="append", choices=[label.split()[0] for label, _, _ in CATALOGS],
                        help="measure only this catalog (repeatable; default: all)")
    chosen = parser.parse_args().catalog
    if not SHARED.is_dir():
        print(f"needs the shared data at {SHARED.resolve()}", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} CPUs, load average {load:.1f} at start (a busy machine inflates wall-clock p95)")
    for name, file, source in CATALOGS:
        if chosen and name.split()[0] not in chosen:
            continue
        products = load_products(SHARED / file)
        if source:
            products = of_source(products, source)
        start = time.perf_counter()
        index = CatalogIndex.build(products)
        build_s = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as tmp:
            samples = asyncio.run(interleaved(products, index, Path(tmp)))
        ours, ours_cpu = samples["ours"], samples["ours_cpu"]
        over_http, understand_http = samples["tablet"], samples["understand"]
        scan, scan_cpu = samples["naive"], samples["naive_cpu"]
        rows = [("in-process (wall)", ours), ("in-process (CPU)", ours_cpu), ("HTTP tablet (wall)", over_http),
                ("HTTP /understand (wall)", understand_http),
                ("naive scan (wall)", scan), ("naive scan (CPU)", scan_cpu)]
        print(f"\n{name}: {len(products):,} products, five-item utterances, {len(ours)} runs each")
        print(f"  index build              {build_s * 1000:8.0f} ms")
        print(f"  index memory             {index.memory_bytes() / 1e6:8.1f} MB   (index structures, not the Products)")
        for label, samples in rows:
            p50, p95 = percentiles(samples)
            print(f"  {label:<24} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
        for label, a, b in (("wall", scan, ours), ("CPU", scan_cpu, ours_cpu)):
            (a50, a95), (b50, b95) = percentiles(a), percentiles(b)
            print(f"  naive/ours ({label})       {a50 / b50:6.1f}x at p50, {a95 / b95:.1f}x at p95")
        scan95 = percentiles(scan)[1]
        print(f"  p95 / naive p95          in-process {percentiles(ours)[1] / scan95:.3f}, "
              f"HTTP tablet {percentiles(over_http)[1] / scan95:.3f}, "
              f"HTTP /understand {percentiles(understand_http)[1] / scan95:.3f}"
              "   (target <= 0.1; wall-clock, taken in turn)")
        print(f"  p95 / naive p95 (CPU)    in-process {percentiles(ours_cpu)[1] / percentiles(scan_cpu)[1]:.3f}")
        print(f"  load average now {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
