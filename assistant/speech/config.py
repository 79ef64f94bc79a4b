"""What a client may ask of a recognition stream, checked before anything reaches libvosk.

libvosk segfaults on an empty or unusable grammar, hangs on a sample rate of 0 or 1 and aborts on
a negative one, so every value is bounded here and grammars are reduced to known words.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MIN_SAMPLE_RATE = 8_000
MAX_SAMPLE_RATE = 48_000
MAX_FRAME_BYTES = 128 * 1024  # ≈1.4 s at 48 kHz; Vosk clients send 0.1–0.5 s per frame
MAX_ALTERNATIVES = 10
MAX_PHRASES = 500
MAX_PHRASE_CHARS = 100

RECOGNIZER_FIELDS = frozenset({"sample_rate", "words", "max_alternatives", "phrase_list"})

Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PHRASE_CHARS)]


class StreamConfig(BaseModel):
    """The vosk-server `{"config": {...}}` message, plus our `understand`/`client_id` extension."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    sample_rate: float = Field(16_000, ge=MIN_SAMPLE_RATE, le=MAX_SAMPLE_RATE)
    words: bool = True
    max_alternatives: int = Field(0, ge=0, le=MAX_ALTERNATIVES)
    phrase_list: list[Phrase] | None = Field(None, min_length=1, max_length=MAX_PHRASES)
    understand: bool = False
    client_id: Annotated[int, Field(ge=1)] | Annotated[str, Field(min_length=1, max_length=200)] | None = None

    def recognizer_options(self) -> dict[str, Any]:
        """What the worker needs to know; the rest is for the server."""
        return self.model_dump(include=set(RECOGNIZER_FIELDS), exclude_none=True)


class GrammarError(ValueError):
    """A phrase list the model cannot take; the message is for the user (Swedish)."""


def filter_grammar(phrases: Iterable[str], vocabulary: Container[str]) -> list[str]:
    """Phrases whose every word the model knows, spelled as the model spells them.

    Words are matched as written, then lower- and upper-cased (models differ: Swedish models are
    lower case, the Korean test model writes English in capitals). A phrase with an unknown word is
    dropped whole, as libvosk does; nothing left is an error, because an empty grammar crashes it.
    """
    kept: list[str] = []
    for phrase in phrases:
        spelled = [_spelling(word, vocabulary) for word in phrase.split()]
        if spelled and all(spelled):
            kept.append(" ".join(spelled))  # type: ignore[arg-type]
    if not kept:
        raise GrammarError("Ingen av fraserna i phrase_list består av ord som modellen känner till")
    return list(dict.fromkeys(kept))


def _spelling(word: str, vocabulary: Container[str]) -> str | None:
    for form in (word, word.lower(), word.upper()):
        if form in vocabulary:
            return form
    return None
