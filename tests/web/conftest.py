"""Browser tests: the real service (CLI `serve`) with a real SQLite file, the sandbox grocer, and
Debian's Chromium driven by Playwright."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"
DEMO_CATALOG = REPO_ROOT / "assistant" / "catalog" / "demo_catalog.jsonl"
STAFF = "anna"
# A tablet in landscape, the way the client and care worker sit with it at the kitchen table.
VIEWPORT = {"width": 1280, "height": 800}

try:
    from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

    # The machine running the suite is shared: an answer may take longer than Playwright's 5 s default.
    expect.set_options(timeout=15_000)
except ImportError:  # pragma: no cover - the skip below says why
    sync_playwright = None  # type: ignore[assignment]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> str:
    """Runs the operator CLI the way an operator would."""
    done = subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO_ROOT, env=env, timeout=120)
    assert done.returncode == 0, f"assistant {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def wait_http(url: str, proc: subprocess.Popen[bytes], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers: up
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer at {url} within {timeout} s")


def wait_speech(url: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    """The recogniser loads its model after the service is up; voice tests start once it is ready. A
    service that exits meanwhile is said so (with its log, by the caller), not as a refused connection."""
    deadline = time.monotonic() + timeout
    speech: dict[str, object] = {}
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the service exited with {proc.returncode} while speech was loading")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                speech = json.loads(response.read())["speech"]
        except OSError:
            time.sleep(0.2)
            continue
        if speech["available"]:
            return
        time.sleep(0.2)
    raise RuntimeError(f"speech did not become available within {timeout} s: {speech}")


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@dataclass
class Grocer:
    """The sandbox grocer (python -m assistant.grocer.sandbox) in its own process."""

    url: str
    proc: subprocess.Popen[bytes]

    def admin(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(f"{self.url}{path}", data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")


@dataclass
class Service:
    """The assistant service started with `python -m assistant serve`, plus an API token for setup."""

    url: str
    db: Path
    token: str
    proc: subprocess.Popen[bytes]
    log: Path
    clients: list[dict[str, Any]] = field(default_factory=list)

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """Arranges test data through the public API (never through the browser under test)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{method} {path} -> {exc.code}: {exc.read().decode()}") from exc

    def add_user(self, username: str, role: str = "staff") -> None:
        """Another account in the service's database, made with the operator CLI."""
        cli("add-user", username, "--role", role, "--password-stdin", stdin=PASSWORD + "\n", env=operator_env(self.db))

    def make_client(self, name: str = "Greta Andersson", budget: float | None = 800.0) -> dict[str, Any]:
        client = self.api("POST", "/api/v1/clients", {
            "display_name": name, "address": "Storgatan 1, Södertälje", "phone": "070-123 45 67",
            "delivery_weekday": 1, "cutoff_weekday": 0, "cutoff_time": "12:00", "budget_sek": budget,
        })
        self.clients.append(client)
        return client

    def stop(self) -> None:
        stop_process(self.proc)


def _need_browser() -> None:
    if sync_playwright is None:
        pytest.skip("the playwright pip package is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        pytest.skip(f"Debian chromium is not installed at {CHROMIUM} (apt-get install chromium)")


# Module scope, not session: sync Playwright runs an event loop in this thread while it is open, and the
# async tests of other modules (pytest-asyncio) need the thread free.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    _need_browser()
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@contextmanager
def run_grocer(folder: Path) -> Iterator[Grocer]:
    port = free_port()
    log = (folder / "grocer.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "assistant.grocer.sandbox", "--port", str(port),
                             "--catalog", str(DEMO_CATALOG), "--step-seconds", "3600"],
                            cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT)
    grocer = Grocer(f"http://127.0.0.1:{port}", proc)
    try:
        wait_http(f"{grocer.url}/", proc, "the sandbox grocer")
        yield grocer
    finally:
        stop_process(proc)
        log.close()


def shares_service(request: pytest.FixtureRequest) -> bool:
    """A module marked `shared_service` runs all its tests against one service and grocer (started once,
    `shared_service`; each test makes its own clients); the others get a fresh pair per test."""
    return request.node.get_closest_marker("shared_service") is not None


@pytest.fixture
def grocer(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Grocer]:
    if shares_service(request):
        yield request.getfixturevalue("shared_service")[1]
        return
    with run_grocer(tmp_path) as grocer:
        yield grocer


def operator_env(db: Path) -> dict[str, str]:
    """The environment the operator CLI and `serve` run with: only what the test sets (an ASSISTANT_*
    variable of the developer's shell must not change the run)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | {"ASSISTANT_DB": str(db)}


@cache
def _seeded_database() -> tuple[Path, str]:
    """One database with the staff member, the demo catalog and an API token, made once per test run with
    the operator CLI (three processes: the slow part of starting a service); every service starts on a
    copy of it, so each still has a database of its own."""
    folder = Path(tempfile.mkdtemp(prefix="assistant-seed-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "assistant.db"
    env = operator_env(db)
    cli("add-user", STAFF, "--role", "staff", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    cli("import-catalog", str(DEMO_CATALOG), env=env)
    token = cli("create-token", STAFF, env=env).strip().splitlines()[-1]
    assert not db.with_name(db.name + "-wal").exists(), "the CLI left a write-ahead log: the copy would miss it"
    return db, token


def start_service(tmp_path: Path, grocer: Grocer | None, extra_env: dict[str, str] | None = None) -> Service:
    """A fresh database (a copy of the seeded one: one staff member, the demo catalog), then `serve` on a
    free port."""
    db = tmp_path / "assistant.db"
    seeded, token = _seeded_database()
    shutil.copy2(seeded, db)  # keeps the file private (0600), as the CLI made it
    env = operator_env(db) | {
        "ASSISTANT_VENDOR_URL": grocer.url if grocer else "http://127.0.0.1:9",
        # the order status reaches the page within a second or two instead of a minute
        "ASSISTANT_OUTBOX_POLL_SECONDS": "0.2", "ASSISTANT_OUTBOX_STATUS_POLL_SECONDS": "0.5",
        "PYTHONUNBUFFERED": "1",  # the log is read while the service runs (a failed test's report)
        **(extra_env or {})}
    port = free_port()
    log = tmp_path / "service.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port), "--db", str(db)],
                                cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    service = Service(f"http://127.0.0.1:{port}", db, token, proc, log)
    try:
        wait_http(f"{service.url}/healthz", proc, "the service")
        if "ASSISTANT_VOSK_MODEL" in (extra_env or {}):
            wait_speech(service.url, proc)
    except RuntimeError as exc:
        service.stop()
        raise RuntimeError(f"{exc}\n{log.read_text(errors='replace')}") from exc
    return service


@pytest.fixture
def service(request: pytest.FixtureRequest, tmp_path: Path, grocer: Grocer) -> Iterator[Service]:
    if shares_service(request):
        yield request.getfixturevalue("shared_service")[0]
        return
    service = start_service(tmp_path, grocer)
    yield service
    service.stop()


@pytest.fixture(scope="module")
def shared_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Service, Grocer]]:
    """One service and grocer for a whole module (each test makes its own clients): starting them is
    the slow part of a browser test."""
    folder = tmp_path_factory.mktemp("web")
    with run_grocer(folder) as grocer:
        service = start_service(folder, grocer)
        yield service, grocer
        service.stop()


# What each page's console said (errors, warnings, failed requests), shown beside a failed test's report.
CONSOLE: weakref.WeakKeyDictionary[Page, list[str]] = weakref.WeakKeyDictionary()


def new_page(browser: Browser, viewport: dict[str, int] | None = None) -> Page:
    context = browser.new_context(viewport=viewport or VIEWPORT, locale="sv-SE", timezone_id="Europe/Stockholm")
    page = context.new_page()
    page.set_default_timeout(15000)
    said = CONSOLE.setdefault(page, [])
    page.on("console", lambda message: said.append(f"{message.type}: {message.text} {message.location.get('url', '')}"))
    page.on("pageerror", lambda error: said.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: said.append(f"request failed: {request.method} {request.url} "
                                                         f"({request.failure})"))
    return page


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A browser test that fails says what the page showed and what the service logged: a failure on a
    CI machine can then be read from its output alone."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    for value in getattr(item, "funcargs", {}).values():
        if isinstance(value, Service) and value.log.exists():
            said = [line for line in value.log.read_text(errors="replace").splitlines() if " /static/" not in line]
            report.sections.append(("service log (the last 60 lines but static files)", "\n".join(said[-60:])))
        elif sync_playwright is not None and isinstance(value, Page) and not value.is_closed():
            report.sections.append(("page", _page_state(value)))


def _page_state(page: Page) -> str:
    try:
        notice = page.locator("#notice:not([hidden]) #notice-text").all_inner_texts()
        shown = f"{page.url}\nnotice: {notice or '(none)'}"
    except Exception as exc:  # noqa: BLE001 - a report must not fail on a page that is gone
        shown = f"{page.url} (not readable: {exc})"
    return "\n".join([shown, *CONSOLE.get(page, [])[-40:]])


@pytest.fixture
def page(browser: Browser, service: Service) -> Iterator[Page]:
    page = new_page(browser)
    yield page
    page.context.close()


def screenshot(page: Page, name: str) -> Path:
    """Saves a full-page screenshot under test-artifacts/screenshots/ (git-ignored) for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def espeak_wav(text: str, path: Path) -> Path:
    """Swedish speech made with espeak-ng: the fake microphone plays it to the page."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    subprocess.run([espeak, "-v", "sv", "-s", "140", "-w", str(path), text], check=True, timeout=60)
    return path


def log_in(page: Page, service: Service, username: str = STAFF) -> None:
    """Staff log in from the start page and land on their client list."""
    from playwright.sync_api import expect

    page.goto(service.url)
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Mina kunder")).to_be_visible()
