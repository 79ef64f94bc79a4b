"""A stream's transcript: Vosk ends an utterance at every pause it detects, so a stream yields
several results; the words of all of them, in order, are what the speaker said."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.speech.audio import Pcm
from assistant.speech.backend import SpeechBackend

CHUNK_SECONDS = 1.0  # audio per worker round trip for uploads; libvosk decodes in 10 ms frames anyway


def best(body: dict[str, Any]) -> dict[str, Any]:
    """The result itself, or its first alternative when the client asked for alternatives."""
    alternatives = body.get("alternatives")
    if isinstance(alternatives, list):
        return alternatives[0] if alternatives else {}
    return body


@dataclass
class Transcript:
    results: list[dict[str, Any]] = field(default_factory=list)

    def add(self, body: dict[str, Any]) -> None:
        self.results.append(body)

    @property
    def text(self) -> str:
        return " ".join(text for body in self.results if (text := best(body).get("text", "")))

    @property
    def words(self) -> list[dict[str, Any]]:
        """Word timings are counted from the start of the stream, so they simply concatenate."""
        return [word for body in self.results for word in best(body).get("result", [])]


async def transcribe(service: SpeechBackend, pcm: Pcm) -> Transcript:
    """A whole recording through one stream, with word timings."""
    transcript = Transcript()
    step = int(pcm.sample_rate * CHUNK_SECONDS) * 2
    async with service.stream({"sample_rate": pcm.sample_rate, "words": True}) as stream:
        for offset in range(0, len(pcm.samples), step):
            kind, body = await stream.accept(pcm.samples[offset:offset + step])
            if kind == "result":
                transcript.add(body)
        transcript.add(await stream.finish())
    return transcript
