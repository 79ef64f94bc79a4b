"""Two service instances on one PostgreSQL database, two speech nodes and the sandbox grocer, all real
processes on loopback.

50 orders are submitted through both instances; one instance and then one speech node are killed (SIGKILL)
mid-run. The grocer must end with exactly 50 orders: the survivor takes over the dead instance's outbox claims
after their lease, and no basket is lost (a request that hit the dead instance is sent again to the other).
Speech started after the node's death is recognised by the other node.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from pathlib import Path

import aiohttp

from assistant.storage.db import Database
from tests.service_processes import Instance, free_port, prepare, start, start_nodes, stop_nodes, wait_healthy
from tests.speech.conftest import audio_dir, ko_model_dir  # noqa: F401 (the speech fixtures)

ORDERS = 50
PRODUCT = "demo:arla-standardmjolk-1l"


async def order_through(instance: Instance, cid: int) -> int:
    """Add a line, confirm and submit; picks up where an earlier attempt left off. Returns the order id."""
    path = f"/api/v1/clients/{cid}/basket"
    status, basket = await instance.call("GET", path)
    assert status == 200, basket
    if not basket["lines"]:
        status, basket = await instance.call("POST", path + "/lines",
                                             {"product_id": PRODUCT, "count": 1, "version": basket["version"]})
        assert status == 200, basket
    if basket["status"] == "open":
        status, basket = await instance.call("POST", path + "/confirm", {"version": basket["version"]})
        assert status == 200, basket
    status, order = await instance.call("POST", path + "/submit", {"version": basket["version"]})
    assert status == 201, order
    return order["id"]


async def transcribe(instance: Instance, wav: bytes) -> tuple[int, dict]:
    async with instance.http.post(instance.base + "/api/v1/speech/transcribe?understand=false", data=wav,
                                  headers={"X-CSRF-Token": instance.csrf, "Content-Type": "audio/wav"}) as resp:
        return resp.status, await resp.json()


async def test_two_instances_one_killed_every_order_reaches_the_grocer_once(pg_cluster, tmp_path, ko_model_dir,
                                                                           audio_dir: Path):
    url = pg_cluster.new_database()
    processes: list[subprocess.Popen] = []
    instances: list[Instance] = []
    nodes = start_nodes(ko_model_dir, [tmp_path / f"node{i}.log" for i in range(2)], max_streams=2)
    wav = (audio_dir / "milk.wav").read_bytes()
    try:
        client_ids = await prepare(url, ORDERS)
        grocer_port = free_port()
        grocer_url = f"http://127.0.0.1:{grocer_port}"
        processes.append(start(["assistant.grocer.sandbox", "--port", str(grocer_port), "--step-seconds", "3600"], {}))
        env = {"ASSISTANT_DB": url, "ASSISTANT_VENDOR_URL": grocer_url, "ASSISTANT_OUTBOX_POLL_SECONDS": "0.2",
               "ASSISTANT_OUTBOX_LEASE_SECONDS": "3", "ASSISTANT_OUTBOX_STATUS_POLL_SECONDS": "3600",
               "ASSISTANT_SPEECH_URLS": ",".join(node.url for node in nodes)}
        async with aiohttp.ClientSession() as http:
            await wait_healthy(http, grocer_url + "/admin/orders", processes[0])
            for _ in range(2):
                port = free_port()
                process = start(["assistant", "serve", "--port", str(port)], env)
                processes.append(process)
                await wait_healthy(http, f"http://127.0.0.1:{port}/healthz", process)
                instances.append(Instance(f"http://127.0.0.1:{port}", process))
            for instance in instances:
                await instance.login()

            first, second = instances
            submitted: dict[int, int] = {}
            for n, cid in enumerate(client_ids):
                if n == ORDERS // 2:
                    first.process.send_signal(signal.SIGKILL)  # mid-run, with orders still in its outbox
                    first.process.wait()
                if n == 3 * ORDERS // 4:
                    nodes[0].kill()
                via = first if n % 2 else second
                try:
                    submitted[cid] = await order_through(via, cid)
                except aiohttp.ClientError:  # the load balancer sends the retry to the live instance
                    submitted[cid] = await order_through(second, cid)
            assert len(set(submitted.values())) == ORDERS
            for _ in range(3):  # the dead node is skipped: every stream is recognised by the live one
                status, heard = await transcribe(second, wav)
                assert status == 200 and heard["text"], heard
            async with http.get(second.base + "/healthz") as resp:
                states = {node["url"]: node["state"] for node in (await resp.json())["speech"]["nodes"]}
            assert states[nodes[0].url] != "up" and states[nodes[1].url] == "up", states

            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                async with http.get(grocer_url + "/admin/orders") as resp:
                    placed = (await resp.json())["orders"]
                if len(placed) >= ORDERS:
                    break
                await asyncio.sleep(0.25)
            await asyncio.sleep(1)  # a double send would show up now
            async with http.get(grocer_url + "/admin/orders") as resp:
                placed = (await resp.json())["orders"]
        assert len(placed) == ORDERS
        assert len({order["idempotency_key"] for order in placed}) == ORDERS
        async with Database(url) as db:
            rows = await db.fetchall("SELECT id, vendor_order_number FROM orders")
        assert sorted(r["id"] for r in rows) == sorted(submitted.values())
        assert all(r["vendor_order_number"] for r in rows)
    finally:
        stop_nodes(nodes)
        for instance in instances:
            await instance.http.close()
        for process in processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        pg_cluster.drop_database(url)
