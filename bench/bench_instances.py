"""Throughput of real `serve` processes: one instance on SQLite (the baseline), one and two on PostgreSQL.

For each setup: `/api/v1/understand` requests per second and basket writes (staff adds a line) per second,
sent by CONCURRENCY clients spread over the instances, after a warm-up. PostgreSQL is a throwaway cluster
from tests/pg_cluster.py (Debian's postgresql package). Figures are printed with their ratio to SQLite
measured in the same run.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pg_cluster import PgCluster, server_bin  # noqa: E402
from tests.service_processes import Instance, free_port, prepare, start, wait_healthy  # noqa: E402

CONCURRENCY = 8
UNDERSTAND = 200
WRITES = 200
CLIENTS = CONCURRENCY
TEXTS = ["två liter mjölk och ett paket smör", "bananer och kaffe", "sex ägg", "ost och knäckebröd"]
PRODUCTS = ["demo:arla-standardmjolk-1l", "demo:arla-standardmjolk-15l"]


async def run_setup(db: str, instances: int) -> tuple[float, float]:
    client_ids = await prepare(db, CLIENTS)
    processes: list[subprocess.Popen] = []
    browsers: list[Instance] = []
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(instances):
                port = free_port()
                process = start(["assistant", "serve", "--port", str(port)],
                                {"ASSISTANT_DB": db, "ASSISTANT_VENDOR_URL": "http://127.0.0.1:9"})
                processes.append(process)
                await wait_healthy(http, f"http://127.0.0.1:{port}/healthz", process)
                browsers.append(Instance(f"http://127.0.0.1:{port}", process))
        for browser in browsers:
            await browser.login()

        async def understand(n: int) -> None:
            status, body = await browsers[n % len(browsers)].call(
                "POST", "/api/v1/understand", {"text": TEXTS[n % len(TEXTS)], "client_id": client_ids[0]})
            assert status == 200, body

        async def write(worker: int, rounds: int) -> None:
            """One staff member per client adds lines one after another (each write reads the version)."""
            browser, cid = browsers[worker % len(browsers)], client_ids[worker]
            for n in range(rounds):
                path = f"/api/v1/clients/{cid}/basket"
                status, basket = await browser.call("GET", path)
                status, basket = await browser.call("POST", path + "/lines", {
                    "product_id": PRODUCTS[n % 2], "count": 1, "version": basket["version"]})
                assert status == 200, basket

        async def timed_understand(count: int) -> float:
            queue = iter(range(count))
            started = time.perf_counter()

            async def worker() -> None:
                for n in queue:
                    await understand(n)

            await asyncio.gather(*[worker() for _ in range(CONCURRENCY)])
            return count / (time.perf_counter() - started)

        await timed_understand(CONCURRENCY * 2)  # warm-up: indexes built in every instance
        understand_rate = await timed_understand(UNDERSTAND)
        started = time.perf_counter()
        await asyncio.gather(*[write(w, WRITES // CONCURRENCY) for w in range(CONCURRENCY)])
        write_rate = WRITES / (time.perf_counter() - started)
        return understand_rate, write_rate
    finally:
        for browser in browsers:
            await browser.http.close()
        for process in processes:
            process.terminate()
            process.wait(10)


async def main() -> None:
    bin_dir = server_bin()
    if bin_dir is None:
        print("bench_instances: no PostgreSQL binaries (Debian package postgresql): skipped")
        return
    cluster = PgCluster(bin_dir)
    await asyncio.to_thread(cluster.start)  # it runs its own event loop to migrate
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results = {"SQLite, 1 instance": await run_setup(str(Path(tmp) / "bench.db"), 1)}
            for count in (1, 2):
                url = cluster.new_database()
                results[f"PostgreSQL, {count} instance{'s' * (count > 1)}"] = await run_setup(url, count)
    finally:
        cluster.stop()
    base_understand, base_write = results["SQLite, 1 instance"]
    print(f"Throughput with {CONCURRENCY} concurrent clients ({UNDERSTAND} /understand, {WRITES} basket writes):")
    for name, (understand_rate, write_rate) in results.items():
        print(f"  {name:24} /understand {understand_rate:7.1f}/s ({understand_rate / base_understand:4.2f}x)"
              f"   basket writes {write_rate:7.1f}/s ({write_rate / base_write:4.2f}x)")


if __name__ == "__main__":
    asyncio.run(main())
