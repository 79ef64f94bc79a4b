"""Stream configuration and grammar checks: everything libvosk must never see is refused here."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.speech.config import (
    MAX_PHRASES,
    GrammarError,
    StreamConfig,
    filter_grammar,
)


@pytest.mark.parametrize("config", [
    {"sample_rate": 0}, {"sample_rate": 1}, {"sample_rate": -16000}, {"sample_rate": 7999},
    {"sample_rate": 48001}, {"sample_rate": float("nan")}, {"sample_rate": "fast"},
    {"max_alternatives": -1}, {"max_alternatives": 11},
    {"phrase_list": []}, {"phrase_list": [" "]}, {"phrase_list": ["a" * 101]},
    {"phrase_list": ["ja"] * (MAX_PHRASES + 1)}, {"phrase_list": "mjölk"},
    {"client_id": ""}, {"grammar": ["ja"]},
])
def test_refused(config):
    with pytest.raises(ValidationError):
        StreamConfig.model_validate(config)


def test_defaults_and_what_reaches_the_worker():
    config = StreamConfig.model_validate({"sample_rate": 44100.0, "understand": True, "client_id": "k1"})
    assert config.recognizer_options() == {"sample_rate": 44100.0, "words": True, "max_alternatives": 0}


def test_grammar_keeps_known_phrases_in_the_models_spelling():
    vocabulary = {"MILK", "TWO", "mjölk", "två"}
    assert filter_grammar(["two milk", "Två mjölk", "three milk", "two milk"], vocabulary) == ["TWO MILK", "två mjölk"]


@pytest.mark.parametrize("phrases", [["three"], ["two three"], []])
def test_grammar_without_known_phrases_is_an_error(phrases):
    with pytest.raises(GrammarError):
        filter_grammar(phrases, {"TWO"})
