"""Operator command line: `python -m assistant COMMAND …` (see --help)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import ssl
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from pydantic import ValidationError

from assistant import __version__
from assistant.app import create_app
from assistant.auth.accounts import NewAccount, create_account
from assistant.auth.passwords import hash_password, new_token, token_digest
from assistant.baskets.schedule import SYSTEM_CLOCK
from assistant.catalog.loading import demo_catalog_path, import_catalog, staples
from assistant.catalog.report import readiness, render
from assistant.errors import ApiError
from assistant.privacy.retention import reads_of_removed_clients, report, run_retention
from assistant.settings import Settings
from assistant.speech.models import DownloadError, download_model
from assistant.speech.node import serve_node
from assistant.storage import backup, clients, products, users
from assistant.storage.db import Database, shown, sqlite_path
from assistant.tls import server_ssl_context

ROLES = ("staff", "admin")


def build_settings(args: argparse.Namespace) -> Settings:
    """Environment first, then whatever flags were given on top."""
    overrides: dict[str, Any] = {}
    for name in ("db", "host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return Settings(**overrides)


async def _open(settings: Settings) -> Database:
    db = Database(settings.db)
    await db.connect()
    await db.migrate()
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    settings = build_settings(args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        ssl_context = server_ssl_context(settings)
    except (OSError, ssl.SSLError) as exc:
        print(f"HTTPS kan inte startas med ASSISTANT_TLS_CERT={settings.tls_cert} och "
              f"ASSISTANT_TLS_KEY={settings.tls_key}: {exc}", file=sys.stderr)
        return 2
    scheme = "https" if ssl_context else "http"
    print(f"Inköpsassistenten {__version__} på {scheme}://{settings.host}:{settings.port} (databas {shown(settings.db)})",
          flush=True)
    try:
        web.run_app(create_app(settings), host=settings.host, port=settings.port, ssl_context=ssl_context,
                    print=None, access_log=None)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        print(f"Kan inte lyssna på {settings.host}:{settings.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


async def _import(args: argparse.Namespace) -> int:
    settings = build_settings(args)
    path = Path(args.file)
    if not path.is_file():
        print(f"Filen finns inte: {path}", file=sys.stderr)
        return 2
    vendor = args.vendor or settings.default_vendor
    db = await _open(settings)
    try:
        result = await import_catalog(db, path, vendor, strict=args.strict)
        for error in result.errors:
            print(f"{path}:{error.line}: {error.reason}", file=sys.stderr)
        if not result.committed:
            print(f"Inget importerades: {len(result.errors)} felaktiga rader (--strict)", file=sys.stderr)
            return 1
        print(f"Importerade {result.inserted} nya och {result.updated} uppdaterade produkter; "
              f"{len(result.errors)} felaktiga rader hoppades över", flush=True)
        print()
        return await _print_report(db, vendor)
    finally:
        await db.close()


async def _print_report(db: Database, vendor: str) -> int:
    """The catalog readiness report of one vendor's catalog (see assistant.catalog.report)."""
    found = await products.list_products(db, vendor)
    if not found:
        print(f"Butiken «{vendor}» har inga varor i databasen", file=sys.stderr)
        return 1
    print(render(await asyncio.to_thread(readiness, vendor, found, staples())))
    return 0


async def _catalog_report(args: argparse.Namespace) -> int:
    settings = build_settings(args)
    db = await _open(settings)
    try:
        return await _print_report(db, args.vendor or settings.default_vendor)
    finally:
        await db.close()


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print("Inget lösenord: kör kommandot i en terminal, eller skicka lösenordet med --password-stdin",
              file=sys.stderr)
        return None
    first = getpass.getpass("Lösenord: ")
    if first != getpass.getpass("Lösenord igen: "):
        print("Lösenorden stämmer inte överens", file=sys.stderr)
        return None
    return first


async def _add_user(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    if password is None:
        return 1
    try:
        account = NewAccount(username=args.username, password=password, role=args.role)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            print(f"{'.'.join(map(str, err['loc']))}: {err['msg']}", file=sys.stderr)
        return 1
    db = await _open(build_settings(args))
    try:
        await create_account(db, account)
    except ApiError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        await db.close()
    print(f"Skapade användaren {args.username} ({args.role})")
    return 0


async def _create_token(args: argparse.Namespace) -> int:
    db = await _open(build_settings(args))
    try:
        user = await users.user_by_name(db, args.username)
        if user is None:
            print(f"Användaren {args.username} finns inte", file=sys.stderr)
            return 1
        token = new_token()
        await users.create_api_token(db, token_digest(token), user["id"])
    finally:
        await db.close()
    print(token)
    return 0


async def _change_account(args: argparse.Namespace, change: Callable[[Database, str], Awaitable[bool]],
                          done: str) -> int:
    """One change to an account named on the command line; False from `change` means no such account."""
    db = await _open(build_settings(args))
    try:
        found = await change(db, args.username)
    finally:
        await db.close()
    if not found:
        print(f"Användaren {args.username} finns inte", file=sys.stderr)
        return 1
    print(done.format(username=args.username))
    return 0


DEMO_USER = "personal"
DEMO_CLIENTS = (
    {"display_name": "Elsa Andersson", "address": "Storgatan 12, 151 72 Södertälje", "phone": "08-550 123 45",
     "delivery_weekday": 4, "cutoff_weekday": 2, "cutoff_time": "12:00", "budget_sek": 900.0,
     "diet": ["laktosfri"], "notes": "Ringer på två gånger. Vill ha hjälp att packa upp kylvaror."},
    {"display_name": "Gösta Berg", "address": "Parkvägen 3, 151 38 Södertälje", "phone": "070-123 45 67",
     "delivery_weekday": 1, "cutoff_weekday": 6, "cutoff_time": "18:00", "budget_sek": None,
     "diet": [], "notes": ""},
)


async def _init_demo(args: argparse.Namespace) -> int:
    """First run of `make run`: schema, demo catalog, a demo staff login (printed every time) and two clients."""
    settings = build_settings(args)
    db_file = sqlite_path(settings.db)
    login_file = (db_file.parent if db_file else Path("var")) / "demo-login.txt"
    db = await _open(settings)
    try:
        if await products.count_products(db) == 0:
            result = await import_catalog(db, demo_catalog_path(), settings.default_vendor, strict=True)
            print(f"Demokatalogen inläst: {result.inserted} produkter")
        if await users.count_users(db) == 0:
            password = new_token()[:12]
            staff_id = await users.create_user(db, DEMO_USER, await asyncio.to_thread(hash_password, password),
                                               "staff")
            for demo_client in DEMO_CLIENTS:
                await clients.create_client(db, {**demo_client, "vendor": settings.default_vendor}, staff_id)
            login_file.write_text(f"{DEMO_USER} {password}\n", encoding="utf-8")
            login_file.chmod(0o600)
    finally:
        await db.close()
    if login_file.is_file():
        username, password = login_file.read_text(encoding="utf-8").split()
        print(f"Demoinloggning: användarnamn {username}, lösenord {password}")
    return 0


async def _retention(args: argparse.Namespace) -> int:
    settings = build_settings(args)
    db = await _open(settings)
    try:
        done = await run_retention(db, SYSTEM_CLOCK.now(), ZoneInfo(settings.timezone), settings.retention_years,
                                   args.apply)
        leftover = await reads_of_removed_clients(db, args.apply)
    finally:
        await db.close()
    print(report(done, args.apply, settings.retention_years, leftover))
    return 0


def cmd_download_model(args: argparse.Namespace) -> int:
    try:
        folder = download_model(args.name, args.models_dir, progress=not args.quiet)
    except DownloadError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Modellen finns i {folder}. Starta tjänsten med ASSISTANT_VOSK_MODEL={folder}")
    return 0


def cmd_speech_node(args: argparse.Namespace) -> int:
    overrides: dict[str, Any] = {"vosk_model": args.model} if args.model else {}
    if args.max_streams:
        overrides["speech_max_streams"] = args.max_streams
    settings = Settings(**overrides)
    if settings.vosk_model is None:
        print("Ange en modell: --model MAPP eller ASSISTANT_VOSK_MODEL", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(serve_node(settings, args.host or settings.host, args.port))
    return 0


def _sqlite_file(settings: Settings) -> Path | None:
    db_file = sqlite_path(settings.db)
    if db_file is None:
        print("Databasen är PostgreSQL: säkerhetskopiera med pg_dump och återställ med pg_restore "
              "(se docs/deploy.md)", file=sys.stderr)
    return db_file


def cmd_backup(args: argparse.Namespace) -> int:
    db_file = _sqlite_file(build_settings(args))
    if db_file is None:
        return 2
    try:
        backup.backup(db_file, args.file)
    except backup.BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Säkerhetskopian är sparad i {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_file = _sqlite_file(build_settings(args))
    if db_file is None:
        return 2
    try:
        version = backup.restore(args.file, db_file)
    except backup.BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Databasen {db_file} är återställd från {args.file} (schemaversion {version})")
    return 0


def _with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", help="SQLite file (default var/assistant.db) or postgresql:// URL (env ASSISTANT_DB)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Inköpsassistenten")
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = _with_db(sub.add_parser("serve", help="start the web service"))
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=cmd_serve)

    imp = _with_db(sub.add_parser("import-catalog", help="import a catalog file (JSON Lines or CSV)"))
    imp.add_argument("file")
    imp.add_argument("--vendor", help="catalog vendor name (default: the default vendor)")
    imp.add_argument("--strict", action="store_true", help="import nothing if any row is bad")
    imp.set_defaults(run=lambda a: asyncio.run(_import(a)))

    rep = _with_db(sub.add_parser("catalog-report", help="how well a vendor's catalog works: fields, staples"))
    rep.add_argument("--vendor", help="catalog vendor name (default: the default vendor)")
    rep.set_defaults(run=lambda a: asyncio.run(_catalog_report(a)))

    add = _with_db(sub.add_parser("add-user", help="create a staff or admin account"))
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(run=lambda a: asyncio.run(_add_user(a)))

    tok = _with_db(sub.add_parser("create-token", help="print a bearer token for an integration"))
    tok.add_argument("username")
    tok.set_defaults(run=lambda a: asyncio.run(_create_token(a)))

    dis = _with_db(sub.add_parser("disable-user", help="disable an account and end its sessions and tokens"))
    dis.add_argument("username")
    dis.set_defaults(run=lambda a: asyncio.run(_change_account(
        a, lambda db, name: users.set_disabled(db, name, True),
        "Användaren {username} är avstängd: inloggningar och tokens är avslutade")))

    ena = _with_db(sub.add_parser("enable-user", help="enable a disabled account (its old tokens stay revoked)"))
    ena.add_argument("username")
    ena.set_defaults(run=lambda a: asyncio.run(_change_account(
        a, lambda db, name: users.set_disabled(db, name, False), "Användaren {username} är aktiv igen")))

    rev = _with_db(sub.add_parser("revoke-tokens", help="end every session and token of an account"))
    rev.add_argument("username")
    rev.set_defaults(run=lambda a: asyncio.run(_change_account(
        a, users.revoke_credentials, "Alla inloggningar och tokens för {username} är avslutade")))

    dl = sub.add_parser("download-model", help="download, verify and unpack a Vosk model from models/manifest.json")
    dl.add_argument("name", help="model name or alias, e.g. sv")
    dl.add_argument("--models-dir", type=Path, default=Path("models"), help="folder with manifest.json")
    dl.add_argument("--quiet", action="store_true", help="no progress bar")
    dl.set_defaults(run=cmd_download_model)

    bak = _with_db(sub.add_parser("backup", help="copy the SQLite database to FILE (safe while the service runs)"))
    bak.add_argument("file", type=Path)
    bak.set_defaults(run=cmd_backup)

    res = _with_db(sub.add_parser("restore", help="check a backup FILE and put it in place (service stopped)"))
    res.add_argument("file", type=Path)
    res.set_defaults(run=cmd_restore)

    ret = _with_db(sub.add_parser("retention", help="list (or with --apply remove) the personal data of clients "
                                                    "whose service ended ASSISTANT_RETENTION_YEARS ago"))
    ret.add_argument("--apply", action="store_true", help="remove it (without: only list what is due)")
    ret.set_defaults(run=lambda a: asyncio.run(_retention(a)))

    node = sub.add_parser("speech-node", help="serve the speech worker as a vosk-server compatible node")
    node.add_argument("--host", help="address to listen on (default ASSISTANT_HOST, 127.0.0.1)")
    node.add_argument("--port", type=int, default=2700, help="port (default 2700, as vosk-server; 0 picks one)")
    node.add_argument("--model", type=Path, help="Vosk model folder (default ASSISTANT_VOSK_MODEL)")
    node.add_argument("--max-streams", type=int, help="concurrent streams (default ASSISTANT_SPEECH_MAX_STREAMS)")
    node.set_defaults(run=cmd_speech_node)

    init = _with_db(sub.add_parser("init-demo", help="prepare the database for a demo (used by make run)"))
    init.set_defaults(run=lambda a: asyncio.run(_init_demo(a)))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
