"""The nginx example of docs/deploy.md (deploy/nginx-assistant.conf) in front of a real `serve`.

The example itself is what runs: read from deploy/, only its ports, addresses and certificate paths
replaced (each replacement must apply, so the example cannot drift from what is tested), wrapped
in a minimal nginx.conf with its own pid, log and temp paths under the test's folder. Clients
connect from other loopback addresses (127.0.0.2, 127.0.0.3) than the proxy's (127.0.0.1), so
that the address the service believes can only come from nginx's X-Forwarded-For.
Skipped only when Debian's nginx (or openssl) is not installed.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import ssl
import subprocess
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from assistant.speech.pool import EOF
from tests.conftest import PASSWORD, REPO_ROOT
from tests.foundation.test_https import certificate  # noqa: F401 (the self-signed certificate fixture)
from tests.speech.conftest import audio_dir, ko_model_dir, pcm_of  # noqa: F401 (the speech fixtures)
from tests.web.conftest import STAFF, Service, free_port, start_service, stop_process

EXAMPLE = REPO_ROOT / "deploy" / "nginx-assistant.conf"
FRAME = 3200  # 0.1 s of 16 kHz audio, as the tablet sends


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        pytest.skip("needs nginx (apt-get install nginx; the Makefile's APT_PACKAGES has it)")
    return found


def render_example(upstream_port: int, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    """The example with loopback ports and the test's certificate; IPv6 listeners dropped (not every
    machine has ::1)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    replacements = {
        "server 127.0.0.1:8080;": f"server 127.0.0.1:{upstream_port};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "/etc/ssl/inkop.example.se/fullchain.pem": str(cert),
        "/etc/ssl/inkop.example.se/privkey.pem": str(key),
    }
    for example, tested in replacements.items():
        assert example in text, f"{EXAMPLE.name} no longer has {example!r}: update this test with it"
        text = text.replace(example, tested)
    return text


def nginx_conf(folder: Path, site: Path) -> str:
    """A main configuration that keeps every file nginx writes inside `folder`."""
    user = f"user {pwd.getpwuid(0).pw_name};" if os.geteuid() == 0 else ""  # root's workers would be nobody
    temp = "\n".join(f"    {kind}_temp_path {folder / kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}
daemon off;
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} info;
events {{ worker_connections 64; }}
http {{
    access_log {folder / "access.log"};
{temp}
    include {site};
}}
"""


@dataclass
class Proxied:
    https: str
    http: str
    trust: ssl.SSLContext
    service: Service


@pytest.fixture
def proxied(tmp_path: Path, certificate: tuple[Path, Path], ko_model_dir: Path) -> Iterator[Proxied]:  # noqa: F811
    nginx = nginx_binary()
    cert, key = certificate
    service = start_service(tmp_path, None, {"ASSISTANT_TRUSTED_PROXIES": "127.0.0.1",
                                             "ASSISTANT_VOSK_MODEL": str(ko_model_dir),
                                             "ASSISTANT_LOGIN_MAX_FAILURES": "1"})
    folder = tmp_path / "nginx"
    folder.mkdir()
    http_port, https_port = free_port(), free_port()
    site = folder / "assistant.conf"
    site.write_text(render_example(int(service.url.rsplit(":", 1)[1]), http_port, https_port, cert, key))
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder, site))
    tested = subprocess.run([nginx, "-t", "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf)],
                            capture_output=True, text=True, timeout=60)
    assert tested.returncode == 0, tested.stderr
    proc = subprocess.Popen([nginx, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trust = ssl.create_default_context(cafile=str(cert))
    https = f"https://127.0.0.1:{https_port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (folder / "error.log").read_text()
            try:
                with urllib.request.urlopen(f"{https}/healthz", context=trust, timeout=5) as resp:
                    if json.load(resp)["speech"]["available"]:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, (folder / "error.log").read_text()
            time.sleep(0.1)
        yield Proxied(https, f"http://127.0.0.1:{http_port}", trust, service)
    finally:
        stop_process(proc)  # type: ignore[arg-type]
        service.stop()


@pytest.fixture
async def browser_at(proxied: Proxied) -> AsyncIterator:
    """A client session from a given loopback address, trusting the test certificate."""
    sessions: list[aiohttp.ClientSession] = []

    def open_from(address: str) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(ssl=proxied.trust, local_addr=(address, 0))
        sessions.append(aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True)))
        return sessions[-1]

    yield open_from
    for session in sessions:
        await session.close()


async def login(session: aiohttp.ClientSession, url: str, password: str,
                headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
    async with session.post(f"{url}/api/v1/session", json={"username": STAFF, "password": password},
                            headers=headers or {}) as resp:
        await resp.read()
        return resp


async def test_plain_http_redirects_to_https(proxied: Proxied, browser_at):
    async with browser_at("127.0.0.2").get(f"{proxied.http}/klient?x=1", allow_redirects=False) as resp:
        assert resp.status == 301
        assert resp.headers["Location"] == "https://127.0.0.1/klient?x=1"


async def test_login_through_nginx_sets_a_secure_cookie(proxied: Proxied, browser_at):
    resp = await login(browser_at("127.0.0.2"), proxied.https, PASSWORD)
    assert resp.status == 200
    cookie = resp.headers["Set-Cookie"]
    assert "assistant_session=" in cookie and "secure" in cookie.lower()
    assert resp.headers["Strict-Transport-Security"] == "max-age=31536000"


async def test_the_throttle_counts_the_address_nginx_saw(proxied: Proxied, browser_at):
    """One failure allowed per (name, address): after it, that address waits, whatever X-Forwarded-For the
    client writes itself; another address does not."""
    tablet, other = browser_at("127.0.0.2"), browser_at("127.0.0.3")
    assert (await login(tablet, proxied.https, "fel lösenord")).status == 401
    blocked = await login(tablet, proxied.https, PASSWORD)
    assert blocked.status == 429 and "Retry-After" in blocked.headers
    spoofed = await login(tablet, proxied.https, PASSWORD, {"X-Forwarded-For": "127.0.0.3"})
    assert spoofed.status == 429
    assert (await login(other, proxied.https, PASSWORD)).status == 200


async def test_a_speech_stream_through_nginx_returns_a_transcript(proxied: Proxied, browser_at, audio_dir: Path):  # noqa: F811
    """The tablet's socket: cookie login, wss upgrade through nginx with the browser's Origin, 100 ms frames
    each answered, the final text after eof."""
    session = browser_at("127.0.0.2")
    assert (await login(session, proxied.https, PASSWORD)).status == 200
    pcm = pcm_of(audio_dir / "milk.wav")
    async with session.ws_connect(proxied.https.replace("https://", "wss://") + "/api/v1/speech",
                                  origin=proxied.https) as ws:
        await ws.send_str(json.dumps({"config": {"sample_rate": 16000}}))
        replies = []
        for offset in range(0, len(pcm), FRAME):
            await ws.send_bytes(pcm[offset:offset + FRAME])
            replies.append(await ws.receive_json(timeout=60))
        assert all("partial" in reply or "text" in reply for reply in replies)
        await ws.send_str(EOF)
        final = await ws.receive_json(timeout=60)
    assert final["text"]
