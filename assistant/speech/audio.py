"""Audio in: WAV files to 16-bit mono PCM, and whole samples out of arbitrary stream chunks.

The RIFF parser is our own (struct, no numpy) because the stdlib `wave` of Python 3.11 refuses
WAVE_FORMAT_EXTENSIBLE, which sox and most recorders write for 24/32-bit or multichannel audio.
"""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass

FORMAT_PCM = 0x0001
FORMAT_EXTENSIBLE = 0xFFFE
# KSDATAFORMAT_SUBTYPE_PCM: the sub-format GUID of integer PCM inside WAVE_FORMAT_EXTENSIBLE.
SUBTYPE_PCM = bytes.fromhex("0100000000001000800000aa00389b71")
SUPPORTED_WIDTHS = (1, 2, 3, 4)
MAX_CHANNELS = 8


class NotWav(ValueError):
    """The bytes are not a RIFF/WAVE file at all (HTTP 415)."""


class BadWav(ValueError):
    """A WAV file we cannot read: truncated, compressed or odd parameters (HTTP 400)."""


@dataclass(frozen=True)
class Pcm:
    """16-bit signed little-endian mono samples at `sample_rate`."""

    samples: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / 2 / self.sample_rate


@dataclass(frozen=True)
class WavFormat:
    channels: int
    sample_rate: int
    sample_width: int  # bytes per sample and channel
    data_offset: int
    data_size: int

    @property
    def seconds(self) -> float:
        return self.data_size / (self.channels * self.sample_width * self.sample_rate)


def read_wav_format(data: bytes) -> WavFormat:
    """Walk the RIFF chunks up to `data`; checks everything but the samples themselves."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise NotWav("Filen är inte en WAV-fil")
    pos = 12
    fmt: tuple[int, int, int, int] | None = None
    while pos + 8 <= len(data):
        chunk_id, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = pos + 8
        if chunk_id == b"fmt ":
            fmt = _parse_fmt(data[body:body + size])
        elif chunk_id == b"data":
            if fmt is None:
                raise BadWav("WAV-filen saknar formatbeskrivning före ljudet")
            channels, rate, width, block = fmt
            available = len(data) - body
            # Streaming writers leave 0 or 0xFFFFFFFF as the size; a cut-off upload keeps what came.
            size = available if size in (0, 0xFFFFFFFF) else min(size, available)
            size -= size % block
            if size == 0:
                raise BadWav("WAV-filen innehåller inget ljud")
            return WavFormat(channels, rate, width, body, size)
        pos = body + size + (size & 1)  # chunks are word-aligned
    raise BadWav("WAV-filen saknar ljuddata" if fmt else "WAV-filen saknar formatbeskrivning")


def _parse_fmt(body: bytes) -> tuple[int, int, int, int]:
    if len(body) < 16:
        raise BadWav("WAV-filens formatbeskrivning är trasig")
    tag, channels, rate, _byte_rate, block, bits = struct.unpack_from("<HHIIHH", body)
    if tag == FORMAT_EXTENSIBLE:
        if len(body) < 40 or body[24:40] != SUBTYPE_PCM:
            raise BadWav("Bara okomprimerad PCM-ljud stöds")
    elif tag != FORMAT_PCM:
        raise BadWav("Bara okomprimerad PCM-ljud stöds")
    width = (bits + 7) // 8
    if width not in SUPPORTED_WIDTHS:
        raise BadWav(f"{bits} bitar per sampel stöds inte (8, 16, 24 eller 32)")
    if not 1 <= channels <= MAX_CHANNELS or block != channels * width:
        raise BadWav("WAV-filens kanalangivelse är trasig")
    if rate <= 0:
        raise BadWav("WAV-filens samplingsfrekvens är ogiltig")
    return channels, rate, width, block


def to_pcm16_mono(data: bytes, fmt: WavFormat) -> Pcm:
    """Keep the top 16 bits of every sample and average the channels."""
    raw = data[fmt.data_offset:fmt.data_offset + fmt.data_size]
    width = fmt.sample_width
    if width == 1:  # unsigned 8-bit: flip the sign bit and use it as the high byte
        high = raw.translate(bytes((b ^ 0x80) for b in range(256)))
        wide = bytearray(2 * len(raw))
        wide[1::2] = high
    elif width == 2:
        wide = bytearray(raw)
    else:  # little endian: the last two bytes of each sample are its top 16 bits
        wide = bytearray(2 * (len(raw) // width))
        wide[0::2] = raw[width - 2::width]
        wide[1::2] = raw[width - 1::width]
    if fmt.channels == 1:
        return Pcm(bytes(wide), fmt.sample_rate)
    samples = array("h")  # native order: little endian on every host we run on (x86, ARM)
    samples.frombytes(wide)
    n = fmt.channels
    mono = array("h", (sum(frame) // n for frame in zip(*(samples[c::n] for c in range(n)))))
    return Pcm(mono.tobytes(), fmt.sample_rate)


class PcmFramer:
    """Passes on whole 16-bit samples only, carrying an odd trailing byte to the next chunk,
    and counts the stream's length against its limit."""

    def __init__(self, sample_rate: float, max_seconds: float) -> None:
        self.max_bytes = int(sample_rate * max_seconds) * 2
        self.total = 0
        self._carry = b""

    def feed(self, chunk: bytes) -> bytes:
        """The even-sized part of carry + chunk; raises OverflowError past the stream limit."""
        self.total += len(chunk)
        if self.total > self.max_bytes + 1:
            raise OverflowError(self.max_bytes)
        data = self._carry + chunk
        cut = len(data) & ~1
        self._carry = data[cut:]
        return data[:cut]
