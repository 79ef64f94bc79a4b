"""Shared fixtures: a real database per test (a SQLite file, and in the storage/API test packages also a
PostgreSQL database), the real app, logged-in clients."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from assistant.app import create_app
from assistant.auth.passwords import hash_password, new_token, token_digest
from assistant.settings import Settings
from assistant.storage import users
from assistant.storage.db import Database
from tests.pg_cluster import PgCluster, server_bin

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()
PASSWORD = "korrekt-häst-batteri"
# Test packages whose tests run on both backends (the storage and HTTP API suite); the rest (pure
# functions, speech, browser) run on SQLite only.
BOTH_BACKENDS = ("tests/foundation/", "tests/baskets/", "tests/grocer/", "tests/catalog/test_api.py")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests in BOTH_BACKENDS that use the database get a [sqlite] and a [postgresql] variant."""
    if "backend" not in metafunc.fixturenames:
        return
    where = Path(str(metafunc.definition.fspath)).resolve().relative_to(REPO_ROOT).as_posix()
    if where.startswith(BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


# The modules whose tests start processes (Chromium, `serve`, speech workers and nodes, nginx, the
# fuzzed service, the CLI): a few tests each, but most of the suite's time. `make test` runs the suite on
# two pytest-xdist workers, each taking whole modules in collection order (`--dist loadscope
# --no-loadscope-reorder`); these go first, so that the last modules handed out are short ones and
# neither worker is left alone with a long one at the end.
SLOW_FIRST = ("tests/web/", "tests/speech/", "tests/grocer/test_cluster.py", "tests/deploy/", "tests/fuzz/",
              "tests/foundation/test_cli.py", "tests/foundation/test_backup.py", "tests/privacy/test_retention.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker, SLOW_FIRST's modules first (a stable sort: the order within them, and of the
    rest, is kept); a run without workers keeps pytest's order."""
    if not hasattr(config, "workerinput"):
        return

    def rank(item: pytest.Item) -> int:
        where = item.nodeid.split("::", 1)[0]
        return next((i for i, prefix in enumerate(SLOW_FIRST) if where.startswith(prefix)), len(SLOW_FIRST))

    items.sort(key=rank)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway PostgreSQL cluster per test session (see tests/pg_cluster.py)."""
    bin_dir = server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL variant skipped: no PostgreSQL server binaries (initdb, pg_ctl) found; "
                    "install Debian's 'postgresql' package")
    cluster = PgCluster(bin_dir)
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


_FINISHED_DATABASES: list[str] = []


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The database setting for this test: a SQLite file, or the URL of a fresh migrated PostgreSQL database."""
    if backend == "sqlite":
        yield str(tmp_path / "assistant.db")
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    while _FINISHED_DATABASES:
        cluster.drop_database(_FINISHED_DATABASES.pop())
    url = cluster.new_database()
    yield url
    # Dropped when the next test starts: fixtures that requested `aiohttp_client` before this one stop their
    # app (and its last writes) after this teardown, and would otherwise wait for a database that is gone.
    _FINISHED_DATABASES.append(url)


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repository (CI has it); tests that need it say so when it is missing."""
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip(f"needs the shared data folder at {SHARED_DIR} (beside the repository root)")
    return SHARED_DIR


@pytest.fixture
def settings(db_target: str) -> Settings:
    return Settings(db=db_target, vendor_url="http://127.0.0.1:9")


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings.db)
    await database.connect()
    await database.migrate()
    yield database
    await database.close()


@pytest.fixture
def app(settings: Settings) -> web.Application:
    return create_app(settings)


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], app: web.Application) -> TestClient:
    return await aiohttp_client(app)


@cache
def password_hash() -> str:
    """PASSWORD hashed once per run at a low scrypt cost (2**10: about a millisecond, where the service's own
    takes 50-250 ms on a shared machine, once to make a user and again at every login): the cost is stored
    in the hash, so the service verifies it as any other. Users made through the API or the CLI, and
    tests/foundation/test_auth.py, keep the service's own cost."""
    return hash_password(PASSWORD, n=2**10)


async def make_user(settings: Settings, username: str, role: str) -> int:
    """Create a user directly in the service's database file (as the operator CLI does)."""
    async with Database(settings.db) as database:
        await database.migrate()
        return await users.create_user(database, username, password_hash(), role)


async def make_token(settings: Settings, user_id: int) -> str:
    token = new_token()
    async with Database(settings.db) as database:
        await users.create_api_token(database, token_digest(token), user_id)
    return token


class Session:
    """A logged-in browser: its own requests (cookie jar) plus the CSRF header on writes."""

    def __init__(self, client: TestClient, csrf: str, request: Callable[..., Any] | None = None) -> None:
        self.client = client
        self.csrf = csrf
        self._request = request or client.request

    def request(self, method: str, path: str, **kwargs: Any):  # noqa: ANN201 - aiohttp's context manager
        headers = dict(kwargs.pop("headers", None) or {})
        if method.upper() in {"POST", "PUT", "PATCH", "DELETE"}:
            headers.setdefault("X-CSRF-Token", self.csrf)
        return self._request(method, path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any):  # noqa: ANN201
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any):  # noqa: ANN201
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any):  # noqa: ANN201
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any):  # noqa: ANN201
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any):  # noqa: ANN201
        return self.request("DELETE", path, **kwargs)


async def login(client: TestClient, username: str, password: str = PASSWORD) -> Session:
    resp = await client.post("/api/v1/session", json={"username": username, "password": password})
    assert resp.status == 200, await resp.text()
    return Session(client, (await resp.json())["csrf_token"])


@pytest.fixture
async def staff(client: TestClient, settings: Settings) -> Session:
    """A logged-in staff member called 'anna'."""
    await make_user(settings, "anna", "staff")
    return await login(client, "anna")


@pytest.fixture
async def admin(client: TestClient, settings: Settings) -> Session:
    """A logged-in admin called 'admin'."""
    await make_user(settings, "admin", "admin")
    return await login(client, "admin")


def held(monkeypatch, module: Any, name: str) -> tuple[threading.Event, threading.Event]:
    """Make module.name (CPU work on user text) wait for the test's go-ahead, standing for a slow input."""
    entered, release = threading.Event(), threading.Event()
    real = getattr(module, name)

    def waiting(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waiting)
    return entered, release


async def healthz_answers_meanwhile(client, heavy: Callable[[], Awaitable[aiohttp.ClientResponse]],
                                    entered: threading.Event, release: threading.Event) -> None:
    """The heavy request is held in its CPU work while /healthz is asked: healthz must finish first."""
    finished: list[tuple[str, int]] = []

    async def heavy_request() -> None:
        resp = await heavy()
        finished.append(("heavy", resp.status))

    task = asyncio.create_task(heavy_request())
    assert await asyncio.to_thread(entered.wait, 10)
    resp = await client.get("/healthz")
    finished.append(("healthz", resp.status))
    release.set()
    await task
    assert finished == [("healthz", 200), ("heavy", 200)]
