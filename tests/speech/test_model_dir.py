"""Model folders: what they are, which words they know, the dither-free view; and the worker's
refusal of grammars before libvosk ever sees them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.speech.config import GrammarError
from assistant.speech.model_dir import (
    NO_DITHER,
    ModelDirError,
    check_model_dir,
    dither_free_copy,
    has_runtime_graph,
    read_vocabulary,
)
from assistant.speech.worker import Worker


def fake_model(root: Path, graph: tuple[str, ...], words: str | None = None) -> Path:
    for name in ("am/final.mdl", "conf/model.conf", *(f"graph/{g}" for g in graph)):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    (root / "conf" / "mfcc.conf").write_text("--use-energy=false")
    if words is not None:
        (root / "graph" / "words.txt").write_text(words)
    return root


def test_check_model_dir(tmp_path):
    with pytest.raises(ModelDirError, match="finns inte"):
        check_model_dir(tmp_path / "nothing")
    with pytest.raises(ModelDirError, match="final.mdl"):
        check_model_dir(tmp_path)
    check_model_dir(fake_model(tmp_path / "m", ("HCLG.fst",)))


def test_runtime_graph_means_hclr_and_gr_without_hclg(tmp_path):
    assert has_runtime_graph(fake_model(tmp_path / "a", ("HCLr.fst", "Gr.fst")))
    assert not has_runtime_graph(fake_model(tmp_path / "b", ("HCLG.fst",)))
    assert not has_runtime_graph(fake_model(tmp_path / "c", ("HCLG.fst", "HCLr.fst", "Gr.fst")))


def test_vocabulary_from_words_txt(tmp_path):
    model = fake_model(tmp_path, ("HCLr.fst", "Gr.fst"), "<eps> 0\nmjölk 1\ntvå 2\n")
    assert read_vocabulary(model) == {"<eps>", "mjölk", "två"}


def test_vocabulary_from_the_grammar_fst(ko_model_dir):
    vocabulary = read_vocabulary(ko_model_dir)
    assert len(vocabulary) > 100_000
    assert {"MILK", "TWO", "PLEASE", "STOP"} <= vocabulary


def test_broken_grammar_fst(tmp_path):
    model = fake_model(tmp_path, ("HCLr.fst",))
    (model / "graph" / "Gr.fst").write_bytes(b"\xd6\xfd\xb2\x7e" + b"\x05\0\0\0ngram")
    with pytest.raises(ModelDirError):
        read_vocabulary(model)


def test_dither_free_copy(tmp_path):
    model = fake_model(tmp_path / "model", ("HCLG.fst",))
    view = dither_free_copy(model, tmp_path / "view")
    assert (view / "conf" / "mfcc.conf").read_text().endswith("--use-energy=false\n" + NO_DITHER)
    assert (model / "conf" / "mfcc.conf").read_text() == "--use-energy=false"
    assert (view / "am").is_symlink() and (view / "graph").is_symlink()
    assert (view / "conf" / "model.conf").is_file() and not (view / "conf").is_symlink()


def worker_for(model_dir: Path) -> Worker:
    return Worker(model=None, model_dir=model_dir, max_streams=1, out=io.BytesIO())  # no libvosk at all


def test_worker_refuses_a_grammar_for_a_static_graph(tmp_path):
    worker = worker_for(fake_model(tmp_path, ("HCLG.fst",), "<eps> 0\nja 1\n"))
    with pytest.raises(GrammarError, match="fast graf"):
        worker.new_recognizer({"phrase_list": ["ja"]})


def test_worker_refuses_unknown_words_and_bad_configs(tmp_path):
    worker = worker_for(fake_model(tmp_path, ("HCLr.fst", "Gr.fst"), "<eps> 0\nja 1\n"))
    with pytest.raises(GrammarError):
        worker.new_recognizer({"phrase_list": ["nej tack"]})
    for config in ({"sample_rate": 0}, {"sample_rate": -1}, {"phrase_list": []}, {"bogus": 1}, None):
        with pytest.raises(ValidationError):
            worker.new_recognizer(config)
