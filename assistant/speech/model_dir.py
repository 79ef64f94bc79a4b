"""A Vosk model folder on disk: is it one, can it take a grammar, which words it knows, and a
dither-free view of it so that the same audio always gives the same text."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path
from typing import BinaryIO

FEATURE_CONFS = ("mfcc.conf", "fbank.conf", "plp.conf")
NO_DITHER = "--dither=0.0\n"  # Kaldi config files: a later flag wins over an earlier one
FST_MAGIC = 2125659606
SYMBOL_TABLE_MAGIC = 2125658996
FST_HAS_OUTPUT_SYMBOLS = 0x2


class ModelDirError(ValueError):
    """The folder is not a usable Vosk model; the message is shown to operators (Swedish)."""


def check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise ModelDirError(f"Modellmappen {path} finns inte")
    if not ((path / "am" / "final.mdl").is_file() or (path / "final.mdl").is_file()):
        raise ModelDirError(f"{path} är ingen Vosk-modell (final.mdl saknas)")
    if not (path / "conf").is_dir():
        raise ModelDirError(f"{path} är ingen Vosk-modell (conf/ saknas)")


def has_runtime_graph(path: Path) -> bool:
    """True when libvosk composes the graph at run time (HCLr + Gr) and so accepts a grammar;
    a static HCLG graph, like the Swedish rhasspy model's, ignores or breaks on one."""
    graph = path / "graph"
    return (not (graph / "HCLG.fst").exists() and (graph / "HCLr.fst").is_file()
            and (graph / "Gr.fst").is_file())


def read_vocabulary(path: Path) -> frozenset[str]:
    """The model's words: graph/words.txt if shipped, else the symbol table inside Gr.fst (which
    is where libvosk itself looks)."""
    words_txt = path / "graph" / "words.txt"
    if words_txt.is_file():
        with words_txt.open(encoding="utf-8") as f:
            return frozenset(line.split(maxsplit=1)[0] for line in f if line.strip())
    gr = path / "graph" / "Gr.fst"
    if gr.is_file():
        with gr.open("rb") as f:
            return frozenset(_fst_output_symbols(f))
    return frozenset()


def _fst_output_symbols(f: BinaryIO) -> list[str]:
    """OpenFst binary header, then input and output symbol tables (when flagged)."""

    def int32() -> int:
        return struct.unpack("<i", _exactly(f, 4))[0]

    def int64() -> int:
        return struct.unpack("<q", _exactly(f, 8))[0]

    def string() -> bytes:
        return _exactly(f, int32())

    if int32() != FST_MAGIC:
        raise ModelDirError(f"{f.name} är ingen OpenFst-fil")
    string(), string()  # fst type, arc type
    int32()  # version
    flags = int32()
    _exactly(f, 8 + 3 * 8)  # properties, start state, number of states, number of arcs
    if not flags & FST_HAS_OUTPUT_SYMBOLS:
        return []

    def table() -> list[str]:
        if int32() != SYMBOL_TABLE_MAGIC:
            raise ModelDirError(f"{f.name} har en trasig symboltabell")
        string()  # name
        int64()  # next free key
        return [symbol() for _ in range(int64())]

    def symbol() -> str:
        word = string().decode("utf-8", "replace")
        int64()  # its key
        return word

    if flags & 0x1:  # input symbols come first; for an acceptor they are the same table
        table()
    return table()


def _exactly(f: BinaryIO, n: int) -> bytes:
    if n < 0:
        raise ModelDirError(f"{f.name} är trasig")
    data = f.read(n)
    if len(data) != n:
        raise ModelDirError(f"{f.name} tar slut för tidigt")
    return data


def dither_free_copy(model: Path, target: Path) -> Path:
    """`target` becomes the model with feature dither off: conf/ copied and amended, every other
    entry symlinked (the model's gigabytes are not copied). libvosk reads all files at load, so
    the copy may be removed as soon as the model is loaded."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in model.iterdir():
        if entry.name != "conf":
            os.symlink(entry.resolve(), target / entry.name)
    conf = target / "conf"
    shutil.copytree(model / "conf", conf, symlinks=False)
    for name in FEATURE_CONFS:
        feature_conf = conf / name
        if feature_conf.is_file():
            text = feature_conf.read_text(encoding="utf-8")
            feature_conf.write_text(text + ("" if text.endswith("\n") or not text else "\n") + NO_DITHER,
                                    encoding="utf-8")
    return target
