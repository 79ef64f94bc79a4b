"""Built-in HTTPS: `serve` with ASSISTANT_TLS_CERT/KEY (a self-signed certificate made here with
openssl), session cookies Secure over HTTPS and only there."""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from ipaddress import ip_network
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, REPO_ROOT
from tests.web.conftest import cli, free_port, stop_process


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl on PATH (apt-get install openssl)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
    return cert, key


def service_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update({"ASSISTANT_DB": str(tmp_path / "assistant.db"), "ASSISTANT_VENDOR_URL": "http://127.0.0.1:9", **extra})
    return env


@pytest.fixture
def https_service(tmp_path: Path, certificate: tuple[Path, Path]) -> Iterator[tuple[str, ssl.SSLContext]]:
    cert, key = certificate
    env = service_env(tmp_path, ASSISTANT_TLS_CERT=str(cert), ASSISTANT_TLS_KEY=str(key))
    cli("add-user", "anna", "--role", "staff", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    port = free_port()
    log = tmp_path / "service.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)],
                                cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    trust = ssl.create_default_context(cafile=str(cert))
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                urllib.request.urlopen(f"{url}/healthz", context=trust, timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        yield url, trust
    finally:
        stop_process(proc)


def test_https_serves_and_its_session_cookie_is_secure(https_service):
    url, trust = https_service
    with urllib.request.urlopen(f"{url}/healthz", context=trust, timeout=10) as resp:
        assert json.load(resp)["db"] == "ok"
    login = urllib.request.Request(f"{url}/api/v1/session", method="POST",
                                   data=json.dumps({"username": "anna", "password": PASSWORD}).encode(),
                                   headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(login, context=trust, timeout=30) as resp:
        cookie = resp.headers["Set-Cookie"]
    assert "assistant_session=" in cookie
    assert "secure" in cookie.lower()
    with pytest.raises(OSError):  # plain HTTP to the HTTPS port gets no answer
        urllib.request.urlopen(url.replace("https://", "http://") + "/healthz", timeout=10)


async def test_plain_http_cookie_is_not_secure_unless_configured(aiohttp_client, settings):
    from assistant.app import create_app
    from tests.conftest import make_user

    await make_user(settings, "anna", "staff")
    for always, expected in ((False, False), (True, True)):
        client = await aiohttp_client(create_app(settings.model_copy(update={"cookie_secure": always})))
        resp = await client.post("/api/v1/session", json={"username": "anna", "password": PASSWORD})
        assert resp.status == 200
        assert ("secure" in resp.headers["Set-Cookie"].lower()) is expected


def test_a_certificate_that_cannot_be_read_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.pem"
    done = subprocess.run([sys.executable, "-m", "assistant", "serve", "--port", str(free_port())], cwd=REPO_ROOT,
                          env=service_env(tmp_path, ASSISTANT_TLS_CERT=str(missing), ASSISTANT_TLS_KEY=str(missing)),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "HTTPS kan inte startas" in done.stderr and str(missing) in done.stderr


async def test_cookie_is_secure_when_a_trusted_proxy_says_https(aiohttp_client, settings):
    """TLS ends at the proxy: X-Forwarded-Proto from a trusted address makes the request secure."""
    from assistant.app import create_app
    from tests.conftest import make_user

    await make_user(settings, "anna", "staff")
    for proxies, expected in (([ip_network("127.0.0.1/32")], True), ([], False)):
        client = await aiohttp_client(create_app(settings.model_copy(update={"trusted_proxies": proxies})))
        resp = await client.post("/api/v1/session", json={"username": "anna", "password": PASSWORD},
                                 headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.0.0.7"})
        assert resp.status == 200
        assert ("secure" in resp.headers["Set-Cookie"].lower()) is expected
