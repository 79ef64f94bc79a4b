"""Split an utterance into tokens that remember where they came from in the original text.

Offsets matter because the UI highlights what each item was understood from, so tokens are cut
from the original string and only their `text` is lowercased.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from assistant.nlu.lexicon import UNITS
from assistant.nlu.numbers import ascii_digits

TokenKind = Literal["word", "num", "frac", "sep", "dash"]

_LETTERS = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# two letters a written amount may glue to its number ("st2", "ca500"): never a code's
_GLUED_UNITS = r"(?i:st|kg|hg|dl|cl|ml|ca|gr)\d"
# Invisible characters pasted inside words (zero-width space and joiners, soft hyphen, word joiner, byte order
# mark): part of the word they sit in, left out of its text.
_INVISIBLE = "\u00ad\u200b-\u200d\u2060\ufeff"
_NO_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# A space groups thousands ("1 500") when it is a non-breaking or thin one, or before a group starting with 0
# ("1 000"): "3 250 g" is more likely three packs of 250 g. Commas or dots group only in two or more groups,
# as "1,000" is one (Swedish decimal comma) and "1.000" may be one too.
# a word glued to a number before another word is a name ("mach3 rakhyvel": the "Mach3"), unless that word is a
# unit, a joiner or thanks: then a space was typed away ("mjölk2 liter", "ägg12 och smör")
_NOT_GOODS = "|".join(sorted({*UNITS, "och", "o", "å", "samt", "sen", "sedan", "plus", "tack", "x"}, key=len,
                             reverse=True))
_TOKEN = re.compile(
    rf"""
    (?P<frac>\d+/\d+|[¼½¾⅐-⅞])                                # 1/2, ½, ¾ (\d: any script's digits)
    |(?P<grouped>\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}}|\x20(?=0)\d{{3}})+(?!\d)  # 1 500, 1 000 000
      |\d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d|,\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d|\.\d))  # 1,000,000, 1.000.000
    # a number named by its ordinal or definite form, a product's name ("88:an" ice cream, "91:an", "1:a"), typed
    # with or without its colon ("88an"): one word, never an amount
    |(?P<ordinal>(?<![{_LETTERS}\d.,:])\d{{1,4}}(?::(?i:a|e|an|en|or|orna)|(?i:an))(?![{_LETTERS}\d]))
    |(?P<circa>(?<![{_LETTERS}])[cC]:[aA](?![{_LETTERS}]))  # c:a, "cirka" as a written list abbreviates it
    |(?P<saint>(?<![{_LETTERS}])[sS]:[tT][aA]?(?![{_LETTERS}]))  # s:t, s:ta: "sankt" in a name ("S:t Agur")
    |(?P<code>(?<![{_LETTERS}\d])(?:(?![xX]|{_GLUED_UNITS})[{_LETTERS}]{{1,2}}\d{{1,4}}|1[xX×]\d{{1,2}})(?![{_LETTERS}\d]))  # a4, e27,
    #                                                                     cr2032, gu10, 1x4: a code
    |(?P<named>(?<![{_LETTERS}\d])[{_LETTERS}]{{3,}}\d{{1,2}}
      (?=[ \t]+(?!(?i:{_NOT_GOODS})(?![{_LETTERS}]))[{_LETTERS}]))  # mach3 before rakhyvel: a name
    # a grade glued to a plus sign: "+2,0", "+2" ending the item (never "bröd +2 mjölk"), "55+"
    |(?P<grade>(?<![\w.,+])(?:\+\d{{1,3}}(?:[.,]\d{{1,2}}(?![\w.,+-])|(?![\w.,+-])(?=[ \t]*(?:$|[,;:\n]|\d)))
      |\d{{1,3}}\+(?![\w.,+-])))
    |(?P<num>\d+(?:[.,]\d+)?(?:[eE][+-]?\d+(?![{_LETTERS}]))?)    # 2, 1,5, 0.5, 1e3
    |(?P<word>[{_LETTERS}]+(?:(?:[{_INVISIBLE}]+['’-]?|['’-])[{_INVISIBLE}]*[{_LETTERS}]+)*|%)  # mjölk, a-fil, %
    |(?P<strong>[.!?;:\n]+)                                  # sentence ends and new lines
    |(?P<soft>[,&+/])                                        # list separators
    |(?P<dash>[-–—])                                         # ranges ("2-3") or bullets
    """,
    re.VERBOSE,
)
# "1. mjölk" / "2) smör" at the start of a line in a written list: a list number, not a quantity.
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*[0-9]{1,2}[.)][ \t]+")
_AMOUNT_NEXT = re.compile(r"[ \t]*\d")  # a number right after a separator
# Abbreviations whose full stop does not end a sentence ("2 st. ägg").
_ABBREVIATIONS = frozenset({"st", "pkt", "pk", "förp", "fp", "frp", "fpk", "förpk", "frpk", "fl", "ca", "resp"})


@dataclass(slots=True)
class Token:
    kind: TokenKind
    text: str
    start: int
    end: int
    strong: bool = False  # for separators: ends a sentence (resets the action in force)


def said_at(tokens: list[Token], index: int, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of `phrases` (word tuples) the tokens say from `index` on, or None."""
    return next((p for p in phrases if tuple(t.text for t in tokens[index:index + len(p)]) == p), None)


def tokenize(text: str) -> list[Token]:
    """Words, numbers, fractions, dashes and separators; everything else (emoji, quotes) is skipped."""
    skip = {m.end() for m in _LIST_NUMBER.finditer(text)} if "\n" in text else set()
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        surface = match.group()
        if kind in ("num", "grouped", "frac") and _is_list_number(text, end, skip):
            continue
        if kind == "strong":
            if surface == "." and tokens and tokens[-1].text in _ABBREVIATIONS and tokens[-1].end == start:
                continue
            # "kaffe: 2 pkt": a colon after an item's words introduces its amount, as a comma may
            amount_follows = bool(surface == ":" and tokens and tokens[-1].kind == "word" and _AMOUNT_NEXT.match(text, end))
            tokens.append(Token("sep", surface, start, end, strong=not amount_follows))
        elif kind == "ordinal":
            tokens.append(Token("word", ascii_digits(surface).lower().replace(":", ""), start, end))
        elif kind == "circa":
            tokens.append(Token("word", "ca", start, end))
        elif kind == "saint":
            tokens.append(Token("word", surface.lower(), start, end))
        elif kind == "soft":
            tokens.append(Token("sep", surface, start, end))
        elif kind == "grouped":
            tokens.append(Token("num", re.sub(r"\D", "", ascii_digits(surface)), start, end))
        elif kind in ("num", "frac"):
            tokens.append(Token(kind, ascii_digits(surface).lower(), start, end))  # type: ignore[arg-type]
        elif kind in ("code", "grade", "named"):  # a grade glued to its plus sign is the product's, no amount
            tokens.append(Token("word", ascii_digits(surface).lower(), start, end))  # ("läsglasögon +2,0")
        else:
            tokens.append(Token(kind, surface.translate(_NO_INVISIBLE).lower(), start, end))  # type: ignore[arg-type]
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
