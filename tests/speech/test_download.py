"""Model download against a real HTTP server on 127.0.0.1 serving a small zip built here."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest
from aiohttp import web

from assistant.speech.models import (
    DownloadError,
    download_model,
    load_manifest,
    partial_download,
)

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"
NAME = "vosk-model-test-0.1"


def build_zip(path: Path, members: dict[str, bytes]) -> bytes:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path.read_bytes()


MODEL_FILES = {
    f"{NAME}/am/final.mdl": b"\0" * 300_000,  # big enough for many chunks and a visible bar
    f"{NAME}/conf/mfcc.conf": b"--use-energy=false\n",
    f"{NAME}/graph/HCLG.fst": b"fst",
}


@pytest.fixture
def archive(tmp_path: Path) -> bytes:
    return build_zip(tmp_path / "model.zip", MODEL_FILES)


@pytest.fixture
async def server(aiohttp_server, tmp_path: Path):
    """Serves tmp_path/model.zip with Range support and remembers the requests' Range headers."""
    ranges: list[str | None] = []

    async def serve(request: web.Request) -> web.StreamResponse:
        ranges.append(request.headers.get("Range"))
        return web.FileResponse(tmp_path / "model.zip")

    app = web.Application()
    app.router.add_get("/model.zip", serve)
    server = await aiohttp_server(app)
    server.ranges = ranges
    return server


def models_dir(tmp_path: Path, server, data: bytes, **override: object) -> Path:
    folder = tmp_path / "models"
    folder.mkdir(exist_ok=True)
    entry = {"name": NAME, "aliases": ["xx"], "language": "xx", "url": str(server.make_url("/model.zip")),
             "size": len(data), "md5": hashlib.md5(data).hexdigest(), "runtime_graph": False, **override}
    (folder / "manifest.json").write_text(json.dumps({"models": [entry]}))
    return folder


def leftovers(folder: Path) -> list[str]:
    """Anything but the manifest, the model and the (possibly empty) downloads folder."""
    return sorted([p.name for p in folder.iterdir() if p.name not in ("manifest.json", NAME, ".downloads")]
                  + [p.name for p in (folder / ".downloads").glob("*")])


async def test_download_shows_progress_verifies_and_unpacks(tmp_path, server, archive, capsys):
    folder = models_dir(tmp_path, server, archive)
    path = await asyncio.to_thread(download_model, "xx", folder)
    assert path == folder / NAME
    assert (path / "am" / "final.mdl").read_bytes() == MODEL_FILES[f"{NAME}/am/final.mdl"]
    assert (path / "conf" / "mfcc.conf").is_file()
    assert leftovers(folder) == []  # no .part, no staging folder
    err = capsys.readouterr().err
    assert NAME in err and "100%" in err and "MB" in err
    # Installed: a second call does not download again.
    assert await asyncio.to_thread(download_model, NAME, folder, progress=False) == path
    assert len(server.ranges) == 1


async def test_download_resumes_a_partial_file(tmp_path, server, archive):
    folder = models_dir(tmp_path, server, archive)
    partial_download(folder, NAME).parent.mkdir()
    partial_download(folder, NAME).write_bytes(archive[:1000])
    path = await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert server.ranges == ["bytes=1000-"]
    assert (path / "am" / "final.mdl").stat().st_size == 300_000


async def test_md5_mismatch_is_refused_and_the_file_removed(tmp_path, server, archive):
    folder = models_dir(tmp_path, server, archive, md5="0" * 32)
    with pytest.raises(DownloadError, match="Kontrollsumman"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert not (folder / NAME).exists()
    assert leftovers(folder) == []


async def test_short_download_is_refused_and_kept_for_resuming(tmp_path, server, archive):
    folder = models_dir(tmp_path, server, archive, size=len(archive) + 10)
    with pytest.raises(DownloadError, match="ofullständig"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert not (folder / NAME).exists()
    assert partial_download(folder, NAME).stat().st_size == len(archive)


async def test_oversized_download_is_refused(tmp_path, server, archive):
    folder = models_dir(tmp_path, server, archive, size=len(archive) - 10)
    with pytest.raises(DownloadError, match="mer än"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert not (folder / NAME).exists()


async def test_archive_escaping_its_folder_is_refused(tmp_path, server):
    data = build_zip(tmp_path / "model.zip", {**MODEL_FILES, "../escaped.txt": b"x"})
    folder = models_dir(tmp_path, server, data)
    with pytest.raises(DownloadError, match="otillåten"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert not (tmp_path / "escaped.txt").exists()
    assert not (folder / NAME).exists()


async def test_archive_without_a_model_is_refused(tmp_path, server):
    data = build_zip(tmp_path / "model.zip", {f"{NAME}/README": b"hello"})
    folder = models_dir(tmp_path, server, data)
    with pytest.raises(DownloadError, match="ingen Vosk-modell"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)
    assert not (folder / NAME).exists()
    assert [p for p in leftovers(folder) if not p.endswith(".part")] == []


async def test_http_error_is_reported(tmp_path, server, archive):
    folder = models_dir(tmp_path, server, archive, url=str(server.make_url("/missing.zip")))
    with pytest.raises(DownloadError, match="HTTP 404"):
        await asyncio.to_thread(download_model, "xx", folder, progress=False)


def test_unknown_model_names_the_known_ones(tmp_path):
    with pytest.raises(DownloadError, match="vosk-model-small-sv-rhasspy-0.15"):
        download_model("klingon", REPO_MODELS)


def test_repository_manifest_has_the_swedish_model():
    entry = load_manifest(REPO_MODELS).find("sv")
    assert entry.name == "vosk-model-small-sv-rhasspy-0.15"
    assert entry.size == 303_504_931
    assert entry.md5 == "5ae431c65fe8636692118792daa22ecc"
    assert entry.runtime_graph is False


async def test_cli_download_model_command(tmp_path, server, archive):
    """`python -m assistant download-model` as an operator runs it, in a real process."""
    folder = models_dir(tmp_path, server, archive)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "assistant", "download-model", "xx", "--models-dir", str(folder),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, err.decode()
    assert f"ASSISTANT_VOSK_MODEL={folder / NAME}" in out.decode()
    assert (folder / NAME / "am" / "final.mdl").is_file()

    bad = models_dir(tmp_path, server, archive, md5="0" * 32)
    (bad / NAME).rename(tmp_path / "moved")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "assistant", "download-model", "xx", "--models-dir", str(bad), "--quiet",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 1 and "md5" in err.decode().lower()
    assert not (bad / NAME).exists()
