"""Split an utterance into tokens that remember where they came from in the original text.

Offsets matter because the UI highlights what each item was understood from, so tokens are cut
from the original string and only their `text` is lowercased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["word", "num", "frac", "sep", "dash"]

_LETTERS = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_TOKEN = re.compile(
    rf"""
    (?P<frac>[0-9]+/[0-9]+|½)                               # 1/2, ½
    |(?P<num>[0-9]+(?:[.,][0-9]+)?)                          # 2, 1,5, 0.5
    |(?P<word>[{_LETTERS}]+(?:['’-][{_LETTERS}]+)*|%)        # mjölk, a-fil, zoégas, %
    |(?P<strong>[.!?;:\n]+)                                  # sentence ends and new lines
    |(?P<soft>[,&+/])                                        # list separators
    |(?P<dash>[-–—])                                         # ranges ("2-3") or bullets
    """,
    re.VERBOSE,
)
# "1. mjölk" / "2) smör" at the start of a line in a written list: a list number, not a quantity.
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*[0-9]{1,2}[.)][ \t]+")
# Abbreviations whose full stop does not end a sentence ("2 st. ägg").
_ABBREVIATIONS = frozenset({"st", "pkt", "förp", "fp", "frp", "ca", "resp"})


@dataclass(slots=True)
class Token:
    kind: TokenKind
    text: str
    start: int
    end: int
    strong: bool = False  # for separators: ends a sentence (resets the action in force)


def tokenize(text: str) -> list[Token]:
    """Words, numbers, fractions, dashes and separators; everything else (emoji, quotes) is skipped."""
    skip = {m.end() for m in _LIST_NUMBER.finditer(text)} if "\n" in text else set()
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        surface = match.group()
        if kind in ("num", "frac") and _is_list_number(text, end, skip):
            continue
        if kind == "strong":
            if surface == "." and tokens and tokens[-1].text in _ABBREVIATIONS and tokens[-1].end == start:
                continue
            tokens.append(Token("sep", surface, start, end, strong=True))
        elif kind == "soft":
            tokens.append(Token("sep", surface, start, end))
        else:
            tokens.append(Token(kind, surface.lower(), start, end))  # type: ignore[arg-type]
    return tokens


def _is_list_number(text: str, end: int, skip: set[int]) -> bool:
    if not skip:
        return False
    stop = end
    while stop < len(text) and text[stop] in ".) \t":
        stop += 1
        if stop in skip:
            return True
    return False
