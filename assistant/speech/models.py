"""Known Vosk models (models/manifest.json) and fetching one: `python -m assistant download-model sv`.

The download goes to `.downloads/<name>.zip.part` (resumed with an HTTP Range request when it is there), is
checked against the manifest's size and md5, unpacked into a temporary folder beside the target and
renamed into place, so `models/<name>/` is either absent or complete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, Field, ValidationError

from assistant import __version__
from assistant.speech.model_dir import ModelDirError, check_model_dir

MANIFEST = "manifest.json"
CHUNK_BYTES = 1 << 16
TIMEOUT_SECONDS = 60
BAR_WIDTH = 30


class DownloadError(Exception):
    """Why a model could not be installed, in Swedish, for the operator."""


class ManifestEntry(BaseModel):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")  # becomes a folder name
    aliases: list[str] = []
    language: str
    url: str = Field(pattern=r"^https?://")
    size: int = Field(gt=0)
    md5: str = Field(pattern=r"^[0-9a-f]{32}$")
    runtime_graph: bool = Field(description="accepts a grammar (phrase_list) at run time")


class Manifest(BaseModel):
    models: list[ManifestEntry]

    def find(self, name: str) -> ManifestEntry:
        for entry in self.models:
            if name == entry.name or name in entry.aliases:
                return entry
        known = ", ".join(sorted({n for e in self.models for n in (e.name, *e.aliases)}))
        raise DownloadError(f"Okänd modell '{name}'. Kända modeller: {known}")


def load_manifest(models_dir: Path) -> Manifest:
    path = models_dir / MANIFEST
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise DownloadError(f"Kan inte läsa {path}: {exc.strerror}") from exc
    except ValidationError as exc:
        raise DownloadError(f"{path} är felaktig: {exc}") from exc


def download_model(name: str, models_dir: Path, *, progress: bool = True) -> Path:
    """The installed model folder `models_dir/<name>`; downloaded, verified and unpacked if missing."""
    entry = load_manifest(models_dir).find(name)
    target = models_dir / entry.name
    if target.is_dir():
        return target
    part = partial_download(models_dir, entry.name)
    part.parent.mkdir(exist_ok=True)
    _fetch(entry, part, progress)
    _verify(entry, part)
    _unpack(part, target)
    part.unlink()
    return target


def partial_download(models_dir: Path, name: str) -> Path:
    """Inside a folder, so that the `models/*/` rule in .gitignore keeps it out of git too."""
    return models_dir / ".downloads" / f"{name}.zip.part"


def _fetch(entry: ManifestEntry, part: Path, progress: bool) -> None:
    have = part.stat().st_size if part.exists() else 0
    if have > entry.size:
        part.unlink()
        have = 0
    if have == entry.size:
        return
    headers = {"User-Agent": f"inkopsassistenten/{__version__}"}
    if have:
        headers["Range"] = f"bytes={have}-"
    bar = ProgressBar(entry.name, entry.size) if progress else None
    try:
        with urllib.request.urlopen(urllib.request.Request(entry.url, headers=headers),
                                    timeout=TIMEOUT_SECONDS) as response:
            if have and response.status != 206:  # the server ignored the range: start over
                have = 0
            done = have
            with part.open("ab" if have else "wb") as f:
                while chunk := response.read(CHUNK_BYTES):
                    done += len(chunk)
                    if done > entry.size:
                        raise DownloadError(f"Servern skickade mer än manifestets {entry.size} byte")
                    f.write(chunk)
                    if bar:
                        bar.show(done)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"Kunde inte hämta {entry.url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"Kunde inte hämta {entry.url}: {reason}. Kör kommandot igen för att "
                            "fortsätta där det slutade.") from exc
    finally:
        if bar:
            bar.close()


def _verify(entry: ManifestEntry, part: Path) -> None:
    size = part.stat().st_size
    if size != entry.size:
        raise DownloadError(f"Nedladdningen är ofullständig ({size} av {entry.size} byte). "
                            "Kör kommandot igen för att fortsätta.")
    digest = hashlib.md5(usedforsecurity=False)
    with part.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    if digest.hexdigest() != entry.md5:
        part.unlink()
        raise DownloadError(f"Kontrollsumman stämmer inte (md5 {digest.hexdigest()}, väntade {entry.md5}); "
                            "den trasiga filen är borttagen, försök igen.")


def _unpack(archive: Path, target: Path) -> None:
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        try:
            with zipfile.ZipFile(archive) as zf:
                for member in zf.namelist():
                    path = PurePosixPath(member)
                    if path.is_absolute() or ".." in path.parts:
                        raise DownloadError(f"Arkivet innehåller en otillåten sökväg: {member}")
                zf.extractall(staging)
        except zipfile.BadZipFile as exc:
            archive.unlink()
            raise DownloadError(f"Arkivet är trasigt: {exc}") from exc
        root = _model_root(staging)
        try:
            check_model_dir(root)
        except ModelDirError as exc:
            raise DownloadError(f"Arkivet innehåller ingen Vosk-modell: {exc}") from exc
        os.rename(root, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _model_root(staging: Path) -> Path:
    """Vosk zips hold one top folder named after the model; accept a flat archive too."""
    entries = list(staging.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    flat = Path(tempfile.mkdtemp(dir=staging))
    for entry in entries:
        entry.rename(flat / entry.name)
    return flat


class ProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second."""

    def __init__(self, label: str, total: int) -> None:
        self.label = label
        self.total = total
        self.started = time.monotonic()
        self._drawn = 0.0
        self._start_bytes: int | None = None

    def show(self, done: int) -> None:
        now = time.monotonic()
        if self._start_bytes is None:
            self._start_bytes = done
        if now - self._drawn < 0.1 and done < self.total:
            return
        self._drawn = now
        fraction = done / self.total
        filled = int(fraction * BAR_WIDTH)
        rate = (done - self._start_bytes) / max(now - self.started, 1e-3) / 1e6
        sys.stderr.write(f"\r{self.label} {fraction:4.0%} [{'#' * filled}{' ' * (BAR_WIDTH - filled)}] "
                         f"{done / 1e6:.1f}/{self.total / 1e6:.1f} MB {rate:.1f} MB/s")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()
