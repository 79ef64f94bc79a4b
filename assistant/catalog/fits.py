"""The size goods must fit, as a name writes it (pure): which one a client needs, never chosen for them.

A battery's size ("AA", "C/LR14", "9 V"), a nappy's weight range ("4-9kg"), a glove's or a filter's
size ("Stl 7", "Medium", "Strl 4", "1X4"), a lamp's socket ("E14"), a member of a numbered series
("Sifferljus 0", "NAN Sensitive 1") and a medicine's strength ("500mg", "0,25 mg/ml") each fit one use
only. A bare "batterier" or "ljus" where the store sells several of them is a question ("Batterier C"
beside "Batterier Aa"); the order of equal fits would otherwise pick one. Food is left out: an egg's
size ("Ägg 6p L") fits any kitchen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from assistant.catalog.normalize import SIZE_WORD

# battery sizes (IEC and their common names, rechargeable and coin cells alike) and lamp sockets
_CODE = re.compile(r"a{2,3}|[cd]|e\d\d|gu10|1x[2-6]|9v")  # "9V" written whole as "9 V" apart
# a lamp's socket said by its size, as Swedes say it: the big one is the E27, the small one the E14
SOCKETS_BY_SIZE = {"stor": "e27", "stora": "e27", "liten": "e14", "lilla": "e14"}
SERIES = "nr "  # a member of a numbered series: "nr 0"
STRENGTH = "mg"  # a medicine's strength: "Alvedon 500mg", "Nezeril 0,25 mg/ml"
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")
_STRENGTH = re.compile(rf"{_AMOUNT.pattern}{STRENGTH}")
_CELL = frozenset({"cr", "lr", "hr", "sr"})  # a cell's code the tokens split off its number ("CR2032")


def fit_of(every: list[str], words: list[str], size_range: tuple[int, int] | None = None,
           series: int | None = None) -> str | None:
    """The size a name (or a phrase) writes that goods must fit, as one comparable string; None when
    it writes none. `every` and `words`: its normalize.tokens and content_words; `size_range` and
    `series`: what the caller has read of it already (normalize.size_range_of, sorts.series_number)."""
    if sized := next((w for w in words if w.endswith(SIZE_WORD) and w != SIZE_WORD), None):
        return sized  # normalize.content_words writes a size as one word: "Stl 7" → "7storlek"
    if size_range is not None:
        return f"{size_range[0]}-{size_range[1]}"
    if code := code_of(every):
        return code
    if strength := strength_of(every):
        return strength  # "Nezeril Nässpray 0,25 mg/ml" beside the "0,5mg/ml" for grown-ups
    return None if series is None else f"{SERIES}{series}"


def code_of(every: list[str]) -> str | None:
    """A battery's size or a lamp's socket that a name or a phrase writes ("Batterier D", "AA/LR6",
    "9 V", "CR2032", "E14"); None when it writes none. `every`: its normalize.tokens, as a size's letter
    is no content word ("varta d batterier")."""
    if code := next((t for t in every if _CODE.fullmatch(t)), None):
        return code
    return next((a + b for a, b in pairwise(every)
                 if (a.isdigit() and b == "v") or (a in _CELL and b.isdigit())), None)  # "9 V", "CR2032"


def numbered_size(fit: str | None) -> int | None:
    """The number a size is called by alone ("1x4": a coffee filter "fyra"); None for any other size."""
    return int(fit[2:]) if fit is not None and _NUMBERED_SIZE.fullmatch(fit) else None


_NUMBERED_SIZE = re.compile(r"1x\d")


def strength_of(every: list[str]) -> str | None:
    """A medicine's strength in milligrams that a name or a phrase writes, one form however it is written
    ("400mg", "0,25 mg/ml", "0.5mg/ml" → "400mg", "0,25mg", "0,5mg"); None when it writes none.
    `every`: its normalize.tokens."""
    strength = next((t for t in every if _STRENGTH.fullmatch(t)), None) or next(
        (a + b for a, b in pairwise(every) if b == STRENGTH and _AMOUNT.fullmatch(a)), None)
    return None if strength is None else strength.replace(".", ",")


def sizes_to_choose(best: str | None, rivals: Iterable[str | None], food: bool) -> bool:
    """The best product writes a size and a close rival another: which one is the client's to say.
    `food`: the best is food, whose sizes fit any kitchen ("Ägg 6p Large" beside a Medium, "Laxfilé
    C-Trim"); only a numbered series' member is chosen there ("Ersättning NAN Pro 1" or 2)."""
    if best is None or (food and not best.startswith(SERIES)):
        return False
    strength = best.endswith(STRENGTH)  # another strength is the question, not a child's syrup by weight
    return any(fit not in (None, best) and fit.endswith(STRENGTH) == strength for fit in rivals)
