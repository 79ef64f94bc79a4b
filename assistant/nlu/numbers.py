"""Swedish number words, written as one word ("tjugofem", "tvåhundra") or spelled out in pieces.

Speech recognisers write numbers as words and often split compounds ("tjugo fem"), so the same
small grammar reads both: a number is a sequence of parts (ones, teens, tens, hundra, tusen)
that has to be well-formed; "två tre" is not, which is what lets the caller read it as a range.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

_ONES = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9,
}
_TEENS = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "aderton": 18, "nitton": 19,
}
_TENS = {
    "tjugo": 20, "tjugi": 20, "tjuge": 20, "trettio": 30, "tretti": 30, "fyrtio": 40, "förtio": 40,
    "fyrti": 40, "förti": 40, "femtio": 50, "femti": 50, "sextio": 60, "sexti": 60, "sjuttio": 70,
    "sjutti": 70, "åttio": 80, "åtti": 80, "nittio": 90, "nitti": 90,
}
_HUNDRED = {"hundra": 100}
_THOUSAND = {"tusen": 1000, "ettusen": -1000}  # "ettusen" is "ett" + "tusen" with one t dropped

_PARTS: dict[str, tuple[str, int]] = {
    **{w: ("one", v) for w, v in _ONES.items()},
    **{w: ("teen", v) for w, v in _TEENS.items()},
    **{w: ("ten", v) for w, v in _TENS.items()},
    **{w: ("hundred", v) for w, v in _HUNDRED.items()},
    **{w: ("thousand", v) for w, v in _THOUSAND.items()},
}
# Typed without å ("tva", "attio"): no other number word folds to the same spelling.
_PARTS.update({w.replace("å", "a").replace("ö", "o"): p for w, p in list(_PARTS.items())})
_BY_LENGTH = sorted(_PARTS, key=len, reverse=True)

Part = tuple[str, int]


def number_words() -> frozenset[str]:
    return frozenset(_PARTS)


def split_parts(word: str) -> list[Part] | None:
    """The number parts a single word is made of ("tjugofem" → tjugo, fem), or None."""
    return _split(word)


@lru_cache(maxsize=4096)
def _split(word: str) -> list[Part] | None:
    if not word:
        return []
    for part in _BY_LENGTH:
        if word.startswith(part):
            rest = _split(word[len(part):])
            if rest is not None:
                return [_PARTS[part], *rest]
    return None


def evaluate(parts: list[Part]) -> int | None:
    """The value of a well-formed sequence of parts, None when it is not one number."""
    if not parts:
        return None
    total = 0
    index = 0
    if any(kind == "thousand" for kind, _ in parts):
        split = next(i for i, (kind, _) in enumerate(parts) if kind == "thousand")
        value = parts[split][1]
        if value < 0 and split != 0:  # "ettusen" cannot follow another part
            return None
        multiplier = _below_thousand(parts[:split]) if split else 1
        if not multiplier:
            return None
        total = multiplier * 1000
        index = split + 1
        if index == len(parts):
            return total
    rest = _below_thousand(parts[index:])
    return None if rest is None else total + rest


def _below_thousand(parts: list[Part]) -> int | None:
    if any(kind == "thousand" for kind, _ in parts):
        return None
    hundreds = 0
    if any(kind == "hundred" for kind, _ in parts):
        split = next(i for i, (kind, _) in enumerate(parts) if kind == "hundred")
        head = parts[:split]
        if not head:
            multiplier = 1
        elif len(head) == 1 and head[0][0] == "one" and head[0][1] > 0:
            multiplier = head[0][1]
        else:
            return None
        hundreds = multiplier * 100
        parts = parts[split + 1:]
        if not parts:
            return hundreds
    below = _below_hundred(parts)
    return None if below is None else hundreds + below


def _below_hundred(parts: list[Part]) -> int | None:
    kinds = [kind for kind, _ in parts]
    values = [value for _, value in parts]
    if kinds in (["one"], ["teen"], ["ten"]):
        return values[0]
    if kinds == ["ten", "one"] and values[1] > 0:
        return values[0] + values[1]
    return None


def word_value(word: str) -> int | None:
    """The value of one number word ("tjugofem" → 25), None when it is not a number."""
    parts = _split(word)
    return evaluate(parts) if parts else None


# More digits than this are no amount anyone orders (and more than a 64-bit count holds): such a number is
# kept only as said. Checking the length first keeps a 2,000-digit paste from costing a big-number conversion.
MAX_DIGITS = 20
_LIMIT = 10.0**MAX_DIGITS


def ascii_digits(text: str) -> str:
    """Any script's decimal digits ("٣", "３") as 0-9; everything else unchanged."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not "0" <= c <= "9" else c for c in text)


def digits_value(text: str) -> float | None:
    """The value of a written number ("12", "1,5", "1e3", "٣"), None when it is no finite number up to 10^20."""
    text = ascii_digits(text).replace(",", ".").lower()
    mantissa, _, exponent = text.partition("e")
    if len(mantissa.partition(".")[0].lstrip("0")) > MAX_DIGITS or len(exponent.lstrip("+-0")) > 4:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value <= _LIMIT else None


def fraction_value(text: str) -> float | None:
    """"1/2", "½", "¾": the value, None for a zero denominator or more digits than a number may have."""
    if len(text) == 1:
        return unicodedata.numeric(text, None)
    numerator, _, denominator = ascii_digits(text).partition("/")
    if len(numerator) > MAX_DIGITS or len(denominator) > MAX_DIGITS or not int(denominator):
        return None
    return int(numerator) / int(denominator)
