"""WAV parsing and conversion to 16-bit mono, as plain functions on WAVs built here."""

from __future__ import annotations

import struct
import wave
from io import BytesIO

import pytest

from assistant.speech.audio import (
    SUBTYPE_PCM,
    BadWav,
    NotWav,
    PcmFramer,
    read_wav_format,
    to_pcm16_mono,
)


def stdlib_wav(frames: bytes, channels: int = 1, width: int = 2, rate: int = 16000) -> bytes:
    out = BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(frames)
    return out.getvalue()


def extensible_wav(frames: bytes, channels: int, bits: int, rate: int = 44100, subtype: bytes = SUBTYPE_PCM) -> bytes:
    """WAVE_FORMAT_EXTENSIBLE, as sox writes for 24/32-bit (Python 3.11's wave cannot read it)."""
    width = bits // 8
    fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * channels * width, channels * width, bits,
                      22, bits, 0) + subtype
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    chunks += b"LIST" + struct.pack("<I", 3) + b"abc\0"  # an odd-sized chunk before the data: padded
    chunks += b"data" + struct.pack("<I", len(frames)) + frames
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def samples(pcm: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(pcm) // 2}h", pcm))


def convert(data: bytes) -> tuple[list[int], int]:
    pcm = to_pcm16_mono(data, read_wav_format(data))
    return samples(pcm.samples), pcm.sample_rate


def test_16_bit_mono_passes_through():
    data = stdlib_wav(struct.pack("<4h", 0, 1000, -1000, 32767))
    assert convert(data) == ([0, 1000, -1000, 32767], 16000)


def test_stereo_is_averaged():
    data = stdlib_wav(struct.pack("<4h", 1000, 3000, -2000, -4000), channels=2, rate=8000)
    assert convert(data) == ([2000, -3000], 8000)


def test_8_bit_unsigned_is_widened():
    data = stdlib_wav(bytes([128, 255, 0]), width=1)
    assert convert(data)[0] == [0, 127 << 8, -128 << 8]


def test_24_bit_extensible_keeps_the_top_16_bits():
    frames = b"".join(v.to_bytes(3, "little", signed=True) for v in (0x123456, -0x123456, 0x7FFFFF, 0x123456, 0, 0))
    values, rate = convert(extensible_wav(frames, channels=2, bits=24))
    assert rate == 44100
    top = [0x1234, -0x1235, 0x7FFF, 0x1234, 0, 0]
    assert values == [(top[0] + top[1]) // 2, (top[2] + top[3]) // 2, 0]


def test_32_bit_keeps_the_top_16_bits():
    frames = struct.pack("<2i", 0x12345678, -0x12345678)
    assert convert(extensible_wav(frames, channels=1, bits=32, rate=48000)) == ([0x1234, -0x1235], 48000)


def test_streaming_writer_size_fields_are_tolerated():
    data = bytearray(stdlib_wav(struct.pack("<3h", 1, 2, 3)))
    data[40:44] = struct.pack("<I", 0xFFFFFFFF)  # the data chunk's size, as a pipe writer leaves it
    assert convert(bytes(data))[0] == [1, 2, 3]


@pytest.mark.parametrize("data", [b"", b"ID3\x03" + b"\0" * 100, b"RIFF\0\0\0\0AVI LIST"])
def test_not_a_wav(data):
    with pytest.raises(NotWav):
        read_wav_format(data)


@pytest.mark.parametrize("data", [
    stdlib_wav(b"")[:36],  # cut off before the data chunk
    stdlib_wav(b""),  # no samples
    extensible_wav(b"\0" * 8, channels=1, bits=32, subtype=bytes(16)),  # not PCM (e.g. float)
    stdlib_wav(b"\0\0")[:12] + b"fmt " + struct.pack("<I", 4) + b"abcd",  # truncated fmt
    stdlib_wav(b"\0\0").replace(b"\x01\x00\x01\x00", b"\x55\x00\x01\x00", 1),  # MP3 in a WAV
    stdlib_wav(b"\0" * 4).replace(b"fmt ", b"fmx ", 1),  # data before any fmt
])
def test_corrupt_or_unsupported_wav(data):
    with pytest.raises(BadWav):
        read_wav_format(data)


def test_duration():
    assert read_wav_format(stdlib_wav(b"\0" * 32000, rate=16000)).seconds == 1.0


def test_framer_carries_an_odd_byte():
    framer = PcmFramer(16000, 1.0)
    assert framer.feed(b"\x01\x02\x03") == b"\x01\x02"
    assert framer.feed(b"\x04") == b"\x03\x04"
    assert framer.feed(b"") == b""


def test_framer_stops_at_the_length_limit():
    framer = PcmFramer(8000, 0.5)
    framer.feed(b"\0" * 8000)
    with pytest.raises(OverflowError):
        framer.feed(b"\0\0")
