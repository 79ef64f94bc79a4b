"""The recognition worker process: `python -m assistant.speech.worker --model DIR`.

libvosk is native code that can crash or hang, so it never runs inside the web server: this
process loads the model once and gives every stream its own recognizer in its own thread (libvosk
releases the GIL while it decodes). It talks to the server over stdin/stdout (see protocol.py) and
exits when stdin closes, so it never outlives the server.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import queue
import signal
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from assistant.speech import protocol
from assistant.speech.config import GrammarError, StreamConfig, filter_grammar
from assistant.speech.model_dir import (
    check_model_dir,
    dither_free_copy,
    has_runtime_graph,
    read_vocabulary,
)


class Worker:
    """Owns the model and the streams; the main thread reads requests, stream threads decode."""

    def __init__(self, model: Any, model_dir: Path, max_streams: int, out: BinaryIO) -> None:
        self.model = model
        self.model_dir = model_dir
        self.runtime_graph = has_runtime_graph(model_dir)
        self._vocabulary: frozenset[str] | None = None
        self._vocabulary_lock = threading.Lock()
        self.max_streams = max_streams
        self._out = out
        self._out_lock = threading.Lock()
        self._streams: dict[int, StreamThread] = {}
        self._streams_lock = threading.Lock()
        self._recognizers = 0  # alive recognizer objects, counted down by their finalizer

    def send(self, header: dict[str, Any], payload: bytes = b"") -> None:
        frame = protocol.encode(header, payload)
        with self._out_lock:
            self._out.write(frame)
            self._out.flush()

    def serve(self, stdin: BinaryIO) -> None:
        while (frame := protocol.read_frame_sync(stdin)) is not None:
            header, payload = frame
            op, request_id = header.get("op"), header.get("id")
            if op == "open":
                self._open(request_id, header.get("config"))
            elif op in ("audio", "eof", "close"):
                with self._streams_lock:
                    stream = self._streams.get(request_id) if isinstance(request_id, int) else None
                if stream is not None:
                    stream.commands.put((op, payload))
                elif op != "close":  # closing a stream that already ended is normal
                    self.send({"type": "error", "id": request_id, "code": "unknown_stream",
                               "message": "Okänd ström"})
            elif op == "stats":
                self.send({"type": "stats", "id": request_id, **self.stats()})
            else:
                self.send({"type": "error", "id": request_id, "code": "bad_request",
                           "message": f"Okänd begäran: {op!r}"})

    def stats(self) -> dict[str, Any]:
        with self._streams_lock:
            streams = len(self._streams)
        return {"pid": os.getpid(), "streams": streams, "recognizers": self._recognizers,
                "max_streams": self.max_streams, "rss_bytes": resident_bytes()}

    def _open(self, stream_id: Any, config: Any) -> None:
        with self._streams_lock:
            if not isinstance(stream_id, int) or stream_id in self._streams:
                error = ("bad_request", "Ogiltigt ström-id")
            elif len(self._streams) >= self.max_streams:
                error = ("busy", f"Högst {self.max_streams} samtidiga taligenkänningar")
            else:
                error = None
                stream = self._streams[stream_id] = StreamThread(self, stream_id)
        if error:
            self.send({"type": "error", "id": stream_id, "code": error[0], "message": error[1]})
            return
        stream.commands.put(("open", config))
        stream.start()

    def new_recognizer(self, raw_config: Any) -> Any:
        """A recognizer for a config checked again here: the server is not the only possible client."""
        from vosk import KaldiRecognizer  # type: ignore[import-untyped]

        config = StreamConfig.model_validate(raw_config)
        if config.phrase_list is None:
            recognizer = KaldiRecognizer(self.model, config.sample_rate)
        elif not self.runtime_graph:
            raise GrammarError("Den här modellen har en fast graf och kan inte ta emot phrase_list")
        else:
            grammar = filter_grammar(config.phrase_list, self.vocabulary())
            recognizer = KaldiRecognizer(self.model, config.sample_rate, json.dumps(grammar, ensure_ascii=False))
        recognizer.SetWords(config.words)
        recognizer.SetMaxAlternatives(config.max_alternatives)
        with self._streams_lock:
            self._recognizers += 1
        weakref.finalize(recognizer, self._recognizer_freed)
        return recognizer

    def vocabulary(self) -> frozenset[str]:
        """Read on the first grammar (a second or so for 500,000 words), not at every start."""
        with self._vocabulary_lock:
            if self._vocabulary is None:
                self._vocabulary = read_vocabulary(self.model_dir)
            return self._vocabulary

    def _recognizer_freed(self) -> None:
        with self._streams_lock:
            self._recognizers -= 1

    def forget(self, stream_id: int) -> None:
        with self._streams_lock:
            self._streams.pop(stream_id, None)


class StreamThread(threading.Thread):
    """One stream: its commands in order, its recognizer freed when it ends, however it ends."""

    def __init__(self, worker: Worker, stream_id: int) -> None:
        super().__init__(name=f"stream-{stream_id}", daemon=True)
        self.worker = worker
        self.stream_id = stream_id
        self.commands: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()

    def run(self) -> None:
        recognizer: Any = None
        try:
            while True:
                op, data = self.commands.get()
                if op == "open":
                    recognizer = self.worker.new_recognizer(data)
                    self._reply("opened")
                elif op == "audio":
                    self._reply(*accept(recognizer, data))
                elif op == "eof":
                    final = finish(recognizer)
                    recognizer = None
                    self.worker.forget(self.stream_id)
                    self._reply("final", final)
                    return
                else:  # close: the client went away
                    return
        except GrammarError as exc:
            self._error("bad_grammar", str(exc))
        except ValidationError:
            self._error("bad_config", "Ogiltig konfiguration")
        except Exception as exc:  # noqa: BLE001 - reported to the server; the process itself stays up
            print(f"stream {self.stream_id}: {exc!r}", file=sys.stderr, flush=True)
            self._error("recognizer_failed", "Taligenkänningen misslyckades")
        finally:
            recognizer = None
            self.worker.forget(self.stream_id)
            give_back_memory()

    def _error(self, code: str, message: str) -> None:
        self.worker.send({"type": "error", "id": self.stream_id, "code": code, "message": message})

    def _reply(self, kind: str, body: dict[str, Any] | None = None) -> None:
        self.worker.send({"type": kind, "id": self.stream_id, **({"body": body} if body is not None else {})})


def accept(recognizer: Any, pcm: bytes) -> tuple[str, dict[str, Any]]:
    """One audio frame through libvosk, as vosk-server answers it: ("result", …) when an utterance
    ended, else ("partial", …). The benchmark's direct baseline calls this too (same work)."""
    if len(pcm) % 2:
        raise ValueError("odd-sized 16-bit audio")
    if recognizer.AcceptWaveform(pcm):
        return "result", json.loads(recognizer.Result())
    return "partial", json.loads(recognizer.PartialResult())


def finish(recognizer: Any) -> dict[str, Any]:
    return json.loads(recognizer.FinalResult())


def _malloc_trim() -> Any:
    """glibc keeps freed decoder memory in per-thread arenas; trimming hands it back to the OS."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to trim
        return None


_TRIM = _malloc_trim()


def give_back_memory() -> None:
    if _TRIM is not None:
        _TRIM(0)


def resident_bytes() -> int | None:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _protocol_stdout() -> BinaryIO:
    """Keep the real stdout for frames and point fd 1 at stderr, so that a stray print or a
    native library writing to stdout cannot corrupt the protocol."""
    fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(fd, "wb")


def load_model(model_dir: Path) -> Any:
    """Load through a dither-free view of the folder (same audio → same text), removed after."""
    import vosk

    vosk.SetLogLevel(-1)
    with tempfile.TemporaryDirectory(prefix="assistant-vosk-") as tmp:
        return vosk.Model(str(dither_free_copy(model_dir, Path(tmp) / "model")))


def main(argv: Sequence[str] | None = None) -> int:
    """Exits the process itself once stdin closes; returns only on a failed start."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, required=True, help="Vosk model folder")
    parser.add_argument("--max-streams", type=int, default=4, help="concurrent recognizers")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which closes our stdin
    out = _protocol_stdout()
    started = time.perf_counter()
    try:
        check_model_dir(args.model)
        model = load_model(args.model)
    except Exception as exc:  # noqa: BLE001 - whatever it is, the server must hear why
        out.write(protocol.encode({"type": "fatal", "message": f"Modellen kunde inte laddas: {exc}"}))
        out.flush()
        return 2
    worker = Worker(model, args.model, max(1, args.max_streams), out)
    worker.send({"type": "ready", "pid": os.getpid(), "runtime_graph": worker.runtime_graph,
                 "load_seconds": round(time.perf_counter() - started, 3),
                 "max_streams": worker.max_streams})
    worker.serve(sys.stdin.buffer)
    out.flush()
    os._exit(0)  # the server has gone: don't finalize the model under threads still decoding


if __name__ == "__main__":
    sys.exit(main())
