"""Read quantities in a token stream: numbers, halves, ranges, dozens, vague amounts, and their unit.

Runs before segmentation because "och" and "till" can belong to a quantity ("en och en halv",
"två till tre"); what is left are words, separators and `Amount`s for the parser to group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.nlu.lexicon import (
    AFTER_UNIT,
    CLAUSE_SUBJECTS,
    CLIENT_WORDS,
    ATTRIBUTES,
    COUNT_NOUNS,
    RELATIVE_AMOUNTS,
    FRACTION_WORDS,
    HALF,
    OWNERS,
    PAIR,
    PAIRED,
    POINTERS,
    PURPOSES,
    QUARTERS,
    RANGE_JOINERS,
    SORT_POINTERS,
    TIMES,
    UNITS,
    VAGUE,
    VAGUE_AFTER_ARTICLE,
    VAGUE_TAILS,
    the_package,
)
from assistant.nlu.models import Unit
from assistant.nlu.numbers import MAX_DIGITS, digits_value, evaluate, fraction_value, split_parts, word_value
from assistant.nlu.tokens import Token, said_at

_ARTICLES = frozenset({"en", "ett"})
_DECIMAL_SAID = "komma"  # the decimal comma said: "ett komma fem" is 1,5
_PLUS = "plus"
# a percentage, said as a noun or as what the goods are ("den sjutton procentiga", "femton procents grädde")
_PERCENT = frozenset({"%", "procent", "procents", "procentig", "procentiga", "procentigt", "procentare"})
_NEAR_RANGE = 2  # the upper end of a range said side by side is at most about twice the lower ("tio tolv")
_MAX_SPACED_PARTS = 5  # "två tusen fem hundra femtio"
# "ett stort paket", "två sån där flaskor", "en hel bit" (a whole piece: the unit says it)
_BEFORE_UNIT = frozenset(ATTRIBUTES) | POINTERS | {"hel", "helt", "hela"}
_MEASURES = frozenset({"g", "hg", "kg", "ml", "cl", "dl", "l"})
EACH = frozenset({"à", "á", "a", "om", "på"})  # "3 st à 250 g", "två paket om 500 g", "tre paket smör på 250 g"
_ONE_GROUP = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")  # "1.000", "1,500": a decimal, or a thousand and more
_SMALL_UNITS = frozenset({None, "st", "g", "ml"})  # nobody orders a thousandth of a gram, a millilitre, a piece


@dataclass(slots=True)
class Amount:
    """A stated quantity; `vague` when the client said "lite" or "några" (no amount on purpose)."""

    amount: float | None
    start: int
    end: int
    amount_max: float | None = None
    unit: Unit | None = None
    unit_word: str | None = None
    vague: bool = False
    word: str | None = None  # the single word a vague amount was said with, for phrase matching
    more: bool = False       # "en till mjölk", "ett till paket kaffe": on top of what is there
    odd: str | None = None   # a number that is no amount to order ("0", "1/0", "1e400"), as said
    guessed: str | None = None  # the amount as said when it may mean another ("3 250 g": 3 × 250 g or 3250 g?)
    each: float | None = None  # one package's size where a count of packages of it was said: amount is the total
    after: Token | None = None  # "med"/"av" read with the unit before the product ("en påse med godis")


Element = Token | Amount


# a number after them is the product's size or grade, no amount ("storlek fyra", "solkräm faktor trettio")
SIZE_WORDS = frozenset({"stl", "strl", "storlek", "faktor", "skyddsfaktor", "spf"})
# a number after them names which of numbered goods ("kaffefilter nummer fyra", "sifferljus siffran sju"): the
# number stays with the goods as a bare number does ("sifferljus sju"), the word goes
NUMBER_WORDS = frozenset({"nummer", "numret", "nr", "siffran", "siffra"})
# a digit's own noun names the digit, never an amount, nor does an article before it ("ett sifferljus en nolla")
NUMERAL_NOUNS = {"nolla": "0", "etta": "1", "tvåa": "2", "trea": "3", "femma": "5", "sexa": "6", "sjua": "7",
                 "nia": "9", "tia": "10"}
# a number before them is the product's length, no amount ("servetter 33 cm", "springform 24 cm")
LENGTHS = {"cm": "cm", "centimeter": "cm", "mm": "mm", "millimeter": "mm"}
# ... or its voltage, power or light ("ett nio volts batteri", "en sextio watts lampa", "klotlampa 250 lm":
# names write "9v", "60w", "250lm"; no grocery is counted in lumens), or the pieces its pack
# holds, a lone "p" that names write glued ("ägg 15 p": an "Ägg 15p", no 15 of something called "p"), or
# the age of the child or pet it is for ("fullkornsgröt åtta månader", "kattmat ett år": names write
# "8M", "1år"); no grocery is counted in months or years; or a medicine's strength ("ipren 400 mg": names
# write "400mg"), as nothing is counted in milligrams
AGES = {"månader": "m", "månad": "m", "mån": "m", "år": "år"}
STRENGTHS = {"mg": "mg", "milligram": "mg"}
PROPERTIES = {**LENGTHS, "volt": "v", "volts": "v", "watt": "w", "watts": "w", "w": "w", "lm": "lm", "lumen": "lm",
              "p": "p", **AGES, **STRENGTHS}


_LISTING = frozenset({"och", "o", "eller", "samt"})


def _after_goods(tokens: list[Token], i: int) -> bool:
    """A digit's noun said right after the goods' words, an article perhaps between ("ett sifferljus en
    nolla"): the goods' number. Alone or after "och" ("en etta och en nolla") it stays a word of its own,
    so that nothing said is lost."""
    j = i - 1 if i and tokens[i - 1].text in _ARTICLES else i
    return j > 0 and tokens[j - 1].kind == "word" and tokens[j - 1].text not in _LISTING


def read_amounts(tokens: list[Token]) -> list[Element]:
    """Replace every quantity expression (with its unit) by one `Amount`."""
    tokens = _join_number_words(_split_half_units(tokens))
    out: list[Element] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text == _PLUS and (grade := _strength_after_plus(tokens, i)):
            out.append(grade[0])
            i = grade[1]
            continue
        if token.text in NUMERAL_NOUNS and _after_goods(tokens, i):
            if tokens[i - 1].text in _ARTICLES and out and isinstance(out[-1], Amount) \
                    and out[-1].start == tokens[i - 1].start:
                out.pop()  # "en nolla": the article, no one of them
            out.append(Token("word", NUMERAL_NOUNS[token.text], token.start, token.end))
            i += 1
            continue
        if relative := said_at(tokens, i, RELATIVE_AMOUNTS):
            # "dubbelt så mycket mjölk": an amount against another, for staff to read as said
            out.append(Amount(None, token.start, tokens[i + len(relative) - 1].end, odd=" ".join(relative)))
            i += len(relative)
            continue
        if token.kind == "word" and (not _may_start_quantity(token.text) or (
                token.text in _ARTICLES and i > 1 and (tokens[i - 2].text, tokens[i - 1].text) == ("allt", "i"))):
            out.append(token)  # most words: no need to try every reading; "yes allt i ett" names "Allt i 1"
            i += 1
            continue
        if (token.kind == "word" and _is_vague(tokens, i) and not (i and tokens[i - 1].text in _NO_AMOUNT_AFTER)
                and not _a_mass_of_the_word_before(tokens, i)):
            width = 1 if token.text in VAGUE else 3 if tokens[i + 1].text == "hel" else 2
            if i + width < len(tokens) and tokens[i + width].text in VAGUE_TAILS:
                width += 1  # "lite grann"
            amount = Amount(None, token.start, tokens[i + width - 1].end, vague=True)
            if width == 1:
                amount.word = token.text
            i = _read_unit(tokens, i + width, amount, out)
            continue
        if token.kind in ("num", "frac") and _value(token) is None:
            i = _read_unit(tokens, i + 1, Amount(None, token.start, token.end, odd=_as_said(token.text)), out)
            continue
        number = _read_number(tokens, i, ranges=i == 0 or tokens[i - 1].text != "från")
        if number is not None and (whole := _all_in_one(tokens, number)):
            out.append(Token("word", whole, token.start, tokens[number[2] + 1].end))  # "tre i ett": "3-i-1"
            i = number[2] + 2
            continue
        if number is not None and (code := _size_code(tokens, i, number)):
            out.append(code[0])
            i = code[1]
            continue
        if i and tokens[i - 1].text in SIZE_WORDS and (digits := _digits_said(tokens, i)):
            out.append(Token("word", digits[0], token.start, tokens[digits[1] - 1].end))  # "tre ett två": 312
            i = digits[1]
            continue
        if number is not None and i and tokens[i - 1].text in NUMBER_WORDS and number[1] is None:
            if out and isinstance(out[-1], Token) and out[-1].text == tokens[i - 1].text:
                out.pop()  # "nummer fyra": the number alone names the goods' own
            out.append(Token("word", _format(number[0]), token.start, tokens[number[2] - 1].end))
            i = number[2]
            continue
        if number is not None and i and tokens[i - 1].text in SIZE_WORDS:
            # "kaffefilter storlek fyra", "handskar stl 8", "strumpbyxor storlek 40-44": the product's
            # size, no quantity
            size = _format(number[0]) if number[1] is None else f"{_format(number[0])}-{_format(number[1])}"
            out.append(Token("word", size, token.start, tokens[number[2] - 1].end))
            i = number[2]
            continue
        if number is not None and _size_range(tokens, i, number):
            # "strumpbyxor 40-44 svart 1 st": a range after the goods with a count said after it is
            # their size as names write it ("Strumpbyxa 40-44"), no 40 to 44 of them
            out.append(Token("word", f"{_format(number[0])}-{_format(number[1] or 0)}", token.start,
                             tokens[number[2] - 1].end))
            i = number[2]
            continue
        if number is not None and (said := _property(tokens, i, number) or _grade_said(tokens, i, number)
                                   or _portions_held(tokens, i, number) or _multipack_after(tokens, i, number)):
            out.append(said[0])
            i = said[1]
            continue
        if number is not None:
            value, value_max, j = number
            amount = Amount(value, token.start, tokens[j - 1].end, amount_max=value_max)
            if value_max is not None and j == i + 2 and value_max > _NEAR_RANGE * value + 1:
                # "alert(1)> 99999999999 liter", "3 250 smör": two numbers side by side, far apart, are no range
                # anyone says ("två tre" is); kept as said for staff to confirm
                amount.guessed = _as_said(" ".join(t.text for t in tokens[i:j]))
            if j < len(tokens) and tokens[j].text in _PERCENT:
                if out and isinstance(out[-1], Token) and out[-1].text in ("på", "med"):  # "ost på 17 procent": the fat
                    out.pop()
                out.append(Token("word", f"{_format(value)}%", token.start, tokens[j].end))
                i = j + 1
                continue
            if value == 0 and not value_max:  # "0 mjölk", "noll mjölk": nothing to order, or a slip
                amount.amount, amount.odd = None, _as_said(" ".join(t.text for t in tokens[i:j]))
            k = _read_unit(tokens, j, amount, out)
            _group_thousands(amount, tokens[i:j])
            typed = j == i + 1 and token.kind == "num"
            said_decimal = any(t.text == _DECIMAL_SAID for t in tokens[i:j])
            if (amount.unit is None and value != int(value) and (typed or said_decimal)
                    and i and tokens[i - 1].kind == "word" and tokens[i - 1].text not in _ITEM_JOINERS):
                # "mjölk 1,5", "läsglasögon 2,5", "ett komma fem": decimals after the goods with no unit are no
                # count of pieces (those are whole) but a fat percentage, a strength or a weight: asked, as
                # typed or as the number said would be typed
                amount.guessed = _as_said(token.text) if typed else _format(value)
            i = _read_packs(tokens, i, k, amount, out)
            i = _read_count_of_size(tokens, i, amount)
            continue
        if token.kind == "dash" or (token.text in TIMES and _number_at(tokens, i + 1)):
            i += 1  # bullets, and the "x" of "x2"
            continue
        out.append(token)
        i += 1
    return out


def _property(tokens: list[Token], i: int, number: tuple[float, float | None, int]) -> tuple[Token, int] | None:
    """"33 cm", "24 centimeter", "33 x 45 cm", "nio volts", "åtta månader" from token `i` on: the
    product's length, voltage, power or age, one word as names write it ("33cm", "33x45cm", "9v", "8m"),
    and the index after it; None when no such unit follows the number (a width by a length: only
    before a length unit)."""
    value, value_max, j = number
    said, units = _format(value), PROPERTIES
    if value_max is None and (by := _times(tokens, j)):
        said, j, units = f"{said}x{_format(by[0])}", by[1], LENGTHS  # a width by a length
    if value_max is not None or j >= len(tokens) or tokens[j].text not in units:
        return None
    return Token("word", f"{said}{units[tokens[j].text]}", tokens[i].start, tokens[j].end), j + 1


def _times(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """"gånger fyra", "x 45" from token `j` on: the number a first one is multiplied by, and the index after it."""
    return _read_single(tokens, j + 1) if j + 1 < len(tokens) and tokens[j].text in TIMES else None


def _size_code(tokens: list[Token], i: int, number: tuple[float, float | None, int]) -> tuple[Token, int] | None:
    """"kaffefilter ett gånger fyra", "storlek 1 x 4": one by a whole number with no unit after it is the size
    code names write ("Kaffefilter 1x4"), as typed glued: nobody orders one of something four times. With the
    index after it; None otherwise ("en liter gånger två" is two litres)."""
    value, value_max, j = number
    if value != 1 or value_max is not None or (by := _times(tokens, j)) is None:
        return None
    size, k = by
    unit = tokens[k].text if k < len(tokens) else ""
    if size != int(size) or not 1 < size < 100 or unit in UNITS or unit in PROPERTIES:
        return None
    return Token("word", f"1x{int(size)}", tokens[i].start, tokens[k - 1].end), k


def _grade_said(tokens: list[Token], i: int, number: tuple[float, float | None, int]) -> tuple[Token, int] | None:
    """"kattmat sju plus", "vitamintillskott femtiofem plus en burk": a whole number said after the goods
    and "plus" ending the item (nothing after it but a separator or the item's count with its unit) is
    an age or strength and up, one word as it is typed and names write it ("7+", "55+"); no seven of
    them, nor "plus" joining another item. With the index after it; None otherwise."""
    value, value_max, j = number
    if (not i or tokens[i - 1].kind != "word" or tokens[i - 1].text in _ITEM_JOINERS or value_max is not None
            or value != int(value) or j >= len(tokens) or tokens[j].text != "plus"):
        return None
    after = j + 1
    if after < len(tokens) and tokens[after].kind != "sep":
        count = _read_number(tokens, after, ranges=False)
        if count is None or count[2] >= len(tokens) or tokens[count[2]].text not in UNITS:
            return None  # "bröd två plus mjölk": the plus joins another item
    return Token("word", f"{int(value)}+", tokens[i].start, tokens[j].end), after


_REMARK_SUBJECTS = CLAUSE_SUBJECTS | OWNERS
_WHOM = frozenset({"mig", "dig", "oss", "henne", "honom", "dem", "dom"})


def _strength_after_plus(tokens: list[Token], i: int) -> tuple[Token, int] | None:
    """"läsglasögon plus ett komma fem", "plus 1,5": "plus" after the goods and a number with decimals and no
    unit is a strength as names write it ("+1,5"; "Läsglasögon +1.50"), no item joined and no one and a half
    pairs; so is a whole number ending the item ("läsglasögon plus två"), where goods after it would be
    another item it counts ("bröd plus två mjölk"). With the index after it; None otherwise."""
    number = _read_number(tokens, i + 1, ranges=False) if i and tokens[i - 1].kind == "word" else None
    if number is None or number[1] is not None:
        return None
    after = tokens[number[2]] if number[2] < len(tokens) else None
    # a subject after it starts a remark ("plus två mina har gått sönder"), and whom they are for ("plus två till
    # mig") ends the item too: no goods it counts
    whom = tokens[number[2] + 1].text if number[2] + 1 < len(tokens) else ""
    ends = (after is None or after.kind == "sep" or after.text in _ITEM_JOINERS or after.text in _REMARK_SUBJECTS
            or (after.text in PURPOSES and (whom in _WHOM or whom in CLIENT_WORDS)))
    if (number[0] == int(number[0]) and not ends) or (after is not None and after.text in UNITS):
        return None
    return Token("word", f"+{_format(number[0])}", tokens[i].start, tokens[number[2] - 1].end), number[2]


def _multipack_after(tokens: list[Token], i: int, number: tuple[float, float | None, int]
                     ) -> tuple[Token, int] | None:
    """"ägg 6 pack", "loka citron 12 pack": a whole number and "pack" typed apart after the goods, ending
    the item (nothing after them but a separator or a word joining the next item), are the multipack, as
    glued ("6pack") or said as one word ("sexpack"): one package of six, no six packages; so is a number "i" the
    package ("ägg femton i kartongen": fifteen in the box). Before the goods ("2 pack ägg") they stay a count of
    packs. With the index after it; None otherwise."""
    value, value_max, j = number
    if (not i or tokens[i - 1].kind != "word" or tokens[i - 1].text in _ITEM_JOINERS or tokens[i - 1].text in UNITS
            or value_max is not None or value != int(value) or not 1 < value < 1000 or j >= len(tokens)):
        return None
    if tokens[j].text == "pack":
        after = j + 1
    elif tokens[j].text == "i" and j + 1 < len(tokens) and the_package(tokens[j + 1].text):
        after = j + 2
    else:
        return None
    if after < len(tokens) and tokens[after].kind != "sep" and tokens[after].text not in _ITEM_JOINERS:
        return None
    return Token("word", f"{int(value)}-pack", tokens[i].start, tokens[after - 1].end), after


# how many portions a package holds, as a written list abbreviates it ("potatismos 12 port 1 pkt")
_PORTIONS = frozenset({"port", "portion", "portioner"})


def _portions_held(tokens: list[Token], i: int, number: tuple[float, float | None, int]) -> tuple[Token, int] | None:
    """"potatismos 12 port 1 pkt", "pytt i panna 4 portioner 2 påsar": portions said after the goods with a
    count of packages right after them are what one package holds, one word as names write it ("Potatismos
    12-port"), no twelve of something called "port" (nor a "Port Salut"). With the index after it; None
    otherwise ("4 portioner" alone stays an amount of portions)."""
    value, value_max, j = number
    if (not i or tokens[i - 1].kind != "word" or value_max is not None or value != int(value)
            or j + 1 >= len(tokens) or tokens[j].text not in _PORTIONS or tokens[j + 1].kind != "num"):
        return None
    count = _read_number(tokens, j + 1, ranges=False)
    if count is None or count[2] >= len(tokens):
        return None
    unit = UNITS.get(tokens[count[2]].text)
    if unit is None or unit.unit != "st" or tokens[count[2]].text in _PORTIONS:
        return None
    return Token("word", f"{int(value)}-port", tokens[i].start, tokens[j].end), j + 1


# words that join items: a count after them is another item's ("ägg 10-12 och mjölk 2 l")
_ITEM_JOINERS = frozenset({"och", "å", "o", "samt", "plus"})
_WORDS_TO_COUNT = 2  # words a size range may have between it and the count said after it ("40-44 svart 1 st")


def _size_range(tokens: list[Token], i: int, number: tuple[float, float | None, int]) -> bool:
    """A range of digits ("40-44") right after a word, with no unit of its own, and a count with its unit
    said after it within a few words of the same item ("strumpbyxor 40-44 svart 1 st"): the goods' size."""
    _, value_max, j = number
    if value_max is None or not i or tokens[i - 1].kind != "word" or tokens[i].kind != "num":
        return False
    if j >= len(tokens) or tokens[j].text in UNITS or j - i != 3 or tokens[i + 1].kind != "dash":
        return False
    k = j
    while k < len(tokens) and k - j <= _WORDS_TO_COUNT and tokens[k].kind == "word" and (
            tokens[k].text not in _ITEM_JOINERS and tokens[k].text not in UNITS):
        k += 1
    return k + 1 < len(tokens) and tokens[k].kind == "num" and tokens[k + 1].text in UNITS


def _group_thousands(amount: Amount, said: list[Token]) -> None:
    """"1.000 g", "1,500 g": a dot or comma before three digits groups thousands when a thousandth would be
    absurd (of a gram, a millilitre, a piece); "1,250 kg" stays 1,25 kg."""
    if amount.unit not in _SMALL_UNITS:
        return
    grouped = {digits_value(t.text): float(re.sub(r"\D", "", t.text))
               for t in said if t.kind == "num" and _ONE_GROUP.fullmatch(t.text)}
    if grouped:
        amount.amount = grouped.get(amount.amount, amount.amount)  # type: ignore[arg-type]
        amount.amount_max = grouped.get(amount.amount_max, amount.amount_max)  # type: ignore[arg-type]


def _read_packs(tokens: list[Token], first: int, i: int, count: Amount, out: list[Element]) -> int:
    """"3 st 250 g", "3 x 250 g", "2 paket à 500 g", "3 250 g": a count of packages of a size is their total,
    in the size's unit. Said with a bare number ("3 250 g") it may be one number too (3250 g), so the
    amount is kept as said in `guessed` for staff to confirm. `first`: where the count starts, `i`: after it
    and its unit. Returns the index after what was read."""
    if not counts_packs(count):
        return i
    each = i < len(tokens) and tokens[i].text in EACH
    start = i + 1 if each else i
    if start >= len(tokens) or tokens[start].kind != "num":
        return i
    number = _read_number(tokens, start, ranges=False)
    if number is None:
        return i
    value, _, j = number
    pack, size = Amount(value, tokens[start].start, tokens[j - 1].end), []
    k = _read_unit(tokens, j, pack, size)
    _group_thousands(pack, tokens[start:j])
    if not is_size(pack):
        return i
    if count.unit is None and not each:  # nothing between the numbers says "packages of"
        count.guessed = _as_said(" ".join(t.text for t in tokens[first:k]))
    of_size(count, pack)
    out.extend(size[1:])  # words said between the size and its unit stay in the phrase
    return k


def _read_count_of_size(tokens: list[Token], i: int, size: Amount) -> int:
    """"mellanmjölk 1,5 l 2 st", "fryspåsar 3 liter 1 rulle", "kaffe 450g x2", as a written list has it: a
    size and then a count of packages or pieces right after it are that many of the size, their total in the size's
    unit as "2 st à 1,5 l" is (no item "st" of its own). `i`: after the size. Returns the index after the
    count, or `i` when none follows."""
    times = i + 1 < len(tokens) and tokens[i].text in TIMES  # "mellanmjölk 1 liter x 2"
    start = i + 1 if times else i
    if not is_size(size) or start >= len(tokens) or tokens[start].kind != "num":
        return i
    number = _read_number(tokens, start, ranges=False)
    if number is None or not number[0]:
        return i
    end = number[2]
    if not times:
        unit = UNITS.get(tokens[end].text) if end < len(tokens) else None
        if unit is None or unit.unit != "st":
            return i
        end += 1
    assert size.amount is not None
    size.each = size.amount
    size.amount *= number[0]
    size.end = tokens[end - 1].end
    return end


def counts_packs(count: Amount) -> bool:
    """A plain count ("tre", "3 st", "två paket"): it may be of packages of a size said with it."""
    return count.amount is not None and not (count.vague or count.more or count.amount_max) and count.unit in (
        None, "st")


def counts_containers(count: Amount) -> bool:
    """A plain count of containers ("en rulle", "två paket", "3 burkar"), no count of pieces ("3 st", "två
    bitar"): a weight or volume said of the goods in them is each container's size."""
    unit = UNITS.get(count.unit_word or "")
    return counts_packs(count) and unit is not None and unit.container


def is_size(amount: Amount) -> bool:
    """One plain weight or volume ("250 g"): it may be a package's size."""
    return amount.amount is not None and amount.unit in _MEASURES and not (amount.vague or amount.amount_max)


def of_size(count: Amount, size: Amount) -> None:
    """A count of packages of a size is their total in the size's unit ("3 st à 250 g" is 750 g); the size of one
    is kept: a bag's volume ("2 paket fryspåsar 3 liter") is what the goods are, not how much of them."""
    assert count.amount is not None and size.amount is not None
    count.each = size.each or size.amount
    count.amount *= size.amount
    count.unit, count.unit_word, count.end = size.unit, None, max(count.end, size.end)


# words after which "någon", "mer", "lite" tell of the goods, no amount of them: "grönt te utan någon smak",
# "schampo som ger mer volym", "en kräm som innehåller lite doft"; "för lite", "för mycket" (too little, too much:
# "det luktar för mycket annars"); between a pointer and its adjective, how much of it ("pastasås en burk den lite
# starka")
_NO_AMOUNT_AFTER = frozenset({"utan", "ger", "gör", "innehåller", "för"}) | SORT_POINTERS


@lru_cache(maxsize=8192)
def _may_start_quantity(word: str) -> bool:
    return (
        word in VAGUE or word in _ARTICLES or word in HALF or word in FRACTION_WORDS or word in TIMES
        or split_parts(word) is not None
    )


def _join_number_words(tokens: list[Token]) -> list[Token]:
    """"7up", "6-pack": digits glued to letters that are no unit are a name, not a quantity; a multipack
    glued to its count ("6pack") or said with it as a word ("sexpack") is written as the catalog writes it."""
    out: list[Token] = []
    for token in tokens:
        if token.kind == "word" and (written := _multipack(token.text)):
            token = Token("word", written, token.start, token.end)
        if token.text in _PACK and (counted := _multipack_counted(out)):
            out[-1] = Token("word", counted, out[-1].start, token.end)
            continue
        if token.kind == "word" and out and out[-1].end == token.start:
            previous = out[-1]
            if previous.kind == "num" and token.text in _PACK and len(previous.text) <= 3:
                out[-1] = Token("word", f"{previous.text}-pack", previous.start, token.end)
                continue
            if previous.kind == "num" and _names_with_number(token.text):
                out[-1] = Token("word", previous.text + token.text, previous.start, token.end)
                continue
            if previous.kind == "dash" and len(out) > 1 and out[-2].kind == "num" and out[-2].end == previous.start:
                number = out.pop(-2)
                out[-1] = Token("word", f"{number.text}-{token.text}", number.start, token.end)
                continue
        out.append(token)
    return out


_PACK = frozenset({"pack", "pak"})
_MULTIPACK_WORD = re.compile(r"(?P<count>[a-zåäö]+?)-?pack")
MULTIPACK = re.compile(r"\d{1,3}-pack")  # "6-pack": one package of six, the way catalogs write it


def _multipack_counted(before: list[Token]) -> str | None:
    """"ett tio pack ägg", "två sex pack öl": a number word said apart from the "pack" it makes a multipack
    of, right after a count, is the multipack as "tiopack" is ("10-pack"); read as numbers, "ett tio" was ten
    and "två sex" two to six packs. Without a count before it ("tio pack ägg") it stays a count of packs."""
    if len(before) < 2 or before[-1].kind != "word":
        return None
    counted = before[-2]
    count = _value(counted) if counted.kind == "num" else word_value(counted.text) if counted.kind == "word" else None
    return _multipack(f"{before[-1].text}pack") if count is not None else None


@lru_cache(maxsize=4096)
def _multipack(word: str) -> str | None:
    """"sexpack", "sex-pack", "tolvpack", "fyrpack" → "6-pack", "12-pack", "4-pack": a multipack said with
    its count as a number word (a compound takes "fyr" for "fyra")."""
    match = _MULTIPACK_WORD.fullmatch(word)
    if match is None:
        return None
    count = match["count"]
    value = 4 if count == "fyr" else word_value(count)
    return f"{value}-pack" if value is not None and 1 < value < 1000 else None


def _digits_said(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """"batterier storlek tre ett två": digit words said one by one after a size word are one number, as
    hearing-aid batteries are named (10, 13, 312, 675); (the number, the index after it). None for one digit,
    or where a unit follows the last ("storlek fyra två paket": size 4, two packets)."""
    j = i
    while j < len(tokens) and tokens[j].kind == "word" and _digit(tokens[j].text) is not None:
        j += 1
    if j - i < 2 or (j < len(tokens) and tokens[j].text in UNITS):
        return None
    return "".join(str(_digit(token.text)) for token in tokens[i:j]), j


def _digit(word: str) -> int | None:
    """The digit a number word says ("noll" … "nio", "ett"), None for any other word."""
    value = word_value(word)
    return value if value is not None and value < 10 else None


def _names_with_number(word: str) -> bool:
    return word not in UNITS and word not in TIMES and word != "%" and not word.startswith("halv")


def _split_half_units(tokens: list[Token]) -> list[Token]:
    """"ett halvkilo", "en halvliter": read as "ett halvt kilo"."""
    if not any(t.text.startswith("halv") and t.text[4:] in UNITS for t in tokens):
        return tokens
    out: list[Token] = []
    for token in tokens:
        if token.kind == "word" and token.text.startswith("halv") and token.text[4:] in UNITS:
            cut = token.start + 4
            out += [Token("word", "halv", token.start, cut), Token("word", token.text[4:], cut, token.end)]
        else:
            out.append(token)
    return out


def _a_mass_of_the_word_before(tokens: list[Token], i: int) -> bool:
    """"mandel massa till fettisdagen": "massa" right after a word, with no goods after it, ends a compound said
    apart ("mandelmassa"), no vague amount ("massa bananer": lots of bananas); the almond paste was almonds."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (tokens[i].text == "massa" and i > 0 and tokens[i - 1].kind == "word"
            and tokens[i - 1].text not in _ARTICLES and not _may_start_quantity(tokens[i - 1].text)
            and (following is None or following.kind != "word" or following.text in _NO_GOODS_AFTER))


_NO_GOODS_AFTER = _LISTING | {"till", "för"}  # "mandel massa till semlorna", "... och socker"


def _is_vague(tokens: list[Token], i: int) -> bool:
    text = tokens[i].text
    if text in VAGUE:
        return True
    if text not in _ARTICLES or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].text
    if following == "hel":
        return i + 2 < len(tokens) and tokens[i + 2].text in VAGUE_AFTER_ARTICLE
    return following in VAGUE_AFTER_ARTICLE


def _read_unit(tokens: list[Token], j: int, amount: Amount, out: list[Element]) -> int:
    """Attach the unit after a quantity ("två liter", "ett stort paket") and return the next index."""
    attributes: list[Token] = []
    k = j
    if (
        not amount.vague and k + 1 < len(tokens) and tokens[k].text == "till"
        and tokens[k + 1].kind == "word" and _read_single(tokens, k + 1) is None
    ):
        amount.more = True
        amount.end = tokens[k].end
        j = k = k + 1
        if tokens[k].text in AFTER_UNIT and k + 1 < len(tokens):  # "en till av den", "två till av mjölken"
            amount.end = tokens[k].end
            j = k = k + 1
    # "ett stort paket smör", "två sån där flaskor": words between the number and its unit
    between = k
    while between < len(tokens) and between - k < 3 and tokens[between].text in _BEFORE_UNIT:
        between += 1
    if between > k and between < len(tokens) and tokens[between].text in UNITS:
        attributes = [t for t in tokens[k:between] if t.text in ATTRIBUTES]  # they stay in the phrase
        k = between
    if k < len(tokens) and tokens[k].kind == "word":
        word = tokens[k].text
        if word in UNITS:
            unit = UNITS[word]
            amount.unit = unit.unit
            amount.unit_word = word if unit.package else None
            amount.word = None
            amount.end = tokens[k].end
            k += 1
            # "en påse med godis": what the package holds; "en limpa med frön" is a loaf with seeds
            if (k + 1 < len(tokens) and tokens[k].text in AFTER_UNIT and tokens[k + 1].kind == "word"
                    and not unit.goods):
                amount.end = tokens[k].end
                amount.after = tokens[k]
                k += 1
            out.append(amount)
            out.extend(attributes)
            return k
        if word in TIMES and not amount.vague:
            amount.unit = "st"
            amount.end = tokens[k].end
            out.append(amount)
            return k + 1
        if word in AFTER_UNIT and k + 1 < len(tokens) and tokens[k + 1].kind == "word":
            amount.end = tokens[k].end  # "lite av det goda brödet", "en av de laktosfria"
            out.append(amount)
            return k + 1
    out.append(amount)
    return j


def _number_at(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and _read_number(tokens, i) is not None


_ONE = frozenset({"ett", "en", "1"})


def _all_in_one(tokens: list[Token], number: tuple[float, float | None, int]) -> str | None:
    """"tre i ett", "2 i 1": several things in one product, as names write it ("3in1 Snabbkaffe", "Schampo 2 in
    1"), no amount; one word, as staff read it and the catalog reads every way of writing it (normalize.tokens).
    "två i en påse" is two in a bag."""
    value, upper, j = number
    if (upper is not None or value not in range(2, 10) or j + 1 >= len(tokens) or tokens[j].text != "i"
            or tokens[j + 1].text not in _ONE or (j + 2 < len(tokens) and tokens[j + 2].text in UNITS)):
        return None
    return f"{int(value)}-i-1"


def _read_number(tokens: list[Token], i: int, *, ranges: bool = True) -> tuple[float, float | None, int] | None:
    """(amount, amount_max, index after) for a number expression starting at i (none past the end: "mjölk plus")."""
    if i >= len(tokens):
        return None
    if _approximate_article(tokens, i):
        return _read_number(tokens, i + 1, ranges=ranges)  # "en tio ägg": about ten
    single = _read_single(tokens, i)
    if single is None:
        return None
    value, j = single
    value, j = _read_decimals(tokens, j, value)
    value, j = _read_half(tokens, j, value)
    upper = _read_range_end(tokens, j, value) if ranges else None
    # "två nio volts batterier": a number before the product's voltage, power or length is its count, no
    # range up to it (see `_property`)
    if upper is not None and not (upper[1] < len(tokens) and tokens[upper[1]].text in PROPERTIES):
        value_max, j = upper
        return value, value_max, j
    return value, None, j


def _approximate_article(tokens: list[Token], i: int) -> bool:
    """"en tio ägg": an article before a number makes it about that many; not before a number that is the
    product's voltage, power or length ("ett nio volts batteri": one battery of 9 V, see `_property`)."""
    if tokens[i].text not in _ARTICLES or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following.kind == "word" and (following.text in _ARTICLES or following.text in HALF):
        return False
    single = _read_single(tokens, i + 1)
    return single is not None and _property(tokens, i + 1, (single[0], None, single[1])) is None


def _read_single(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """One number: digits ("1,5", "1 1/2"), words ("tjugofem", "tjugo fem"), "ett par", "ett dussin"."""
    token = tokens[i]
    if token.kind in ("num", "frac"):
        value = _value(token)
        if value is None:
            return None
        j = i + 1
        frac = _value(tokens[j]) if token.kind == "num" and j < len(tokens) and tokens[j].kind == "frac" else None
        if frac is not None and frac < 1:  # "1 1/2", "1½"
            value += frac
            j += 1
        return _read_count_noun(tokens, j, value)
    if token.kind != "word":
        return None
    if token.text in FRACTION_WORDS:
        return FRACTION_WORDS[token.text], i + 1
    if token.text in HALF:
        return _read_count_noun(tokens, i + 1, HALF[token.text])
    spaced = _read_spaced_words(tokens, i)
    if spaced is None:
        return None
    value, j = spaced
    if j < len(tokens) and tokens[j].text in HALF:
        if value == 1:  # "en halv", "ett halvt", "ett kvarts"
            value, j = HALF[tokens[j].text], j + 1
        elif tokens[j].text in QUARTERS:  # "tre kvarts kilo"
            value, j = value * HALF[tokens[j].text], j + 1
    return _read_count_noun(tokens, j, value)


def _read_spaced_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """The longest run of number words that is one number ("två hundra femtio" → 250)."""
    parts = []
    for j in range(i, min(i + _MAX_SPACED_PARTS, len(tokens))):
        token_parts = split_parts(tokens[j].text) if tokens[j].kind == "word" else None
        if not token_parts:
            break
        parts.append(token_parts)
    for count in range(len(parts), 0, -1):
        value = evaluate([p for token_parts in parts[:count] for p in token_parts])
        if value is not None:
            return float(value), i + count
    return None


def _read_count_noun(tokens: list[Token], j: int, value: float) -> tuple[float, int]:
    if j < len(tokens) and tokens[j].text in COUNT_NOUNS:
        if tokens[j].text == PAIR and _pairs_follow(tokens, j + 1):
            return value, j + 1  # "ett par broddar": one pair, one package
        value, j = value * COUNT_NOUNS[tokens[j].text], j + 1
        if j < len(tokens) and tokens[j].text in _COUNTED_BY:  # "ett par hundra gram": two hundred, no range
            return value * _COUNTED_BY[tokens[j].text], j + 1  # from two to a hundred
    return value, j


_COUNTED_BY = {"hundra": 100, "tusen": 1000}  # number words a count noun's number may count ("ett par hundra")


_PAIR_WORDS_AHEAD = 3  # "ett par varma svarta vantar": the goods a few describing words on


def _pairs_follow(tokens: list[Token], j: int) -> bool:
    """Goods worn or sold in pairs follow "par" (the lexicon's PAIRED), a few words on at most."""
    for token in tokens[j:j + _PAIR_WORDS_AHEAD]:
        if token.kind != "word":
            return False
        if token.text.endswith(PAIRED):
            return True
    return False


def _read_decimals(tokens: list[Token], j: int, value: float) -> tuple[float, int]:
    """"två komma fem" (speech for 2,5)."""
    if j + 1 < len(tokens) and tokens[j].text == "komma" and value == int(value):
        digits = _read_single(tokens, j + 1)
        if digits is not None and digits[0] == int(digits[0]):
            return value + float(f"0.{int(digits[0])}"), digits[1]
    return value, j


def _read_half(tokens: list[Token], j: int, value: float) -> tuple[float, int]:
    """"två och en halv", "ett och ett halvt": add the half."""
    if (
        j + 2 < len(tokens)
        and tokens[j].text in ("och", "å")
        and tokens[j + 1].text in _ARTICLES
        and tokens[j + 2].text in HALF
    ):
        return value + HALF[tokens[j + 2].text], j + 3
    return value, j


def _read_range_end(tokens: list[Token], j: int, low: float) -> tuple[float, int] | None:
    """"två tre", "2-3", "två till tre", "två eller tre": the upper end when it is larger."""
    if j >= len(tokens):
        return None
    start = j + 1 if tokens[j].kind == "dash" or tokens[j].text in RANGE_JOINERS else j
    if start >= len(tokens) or tokens[start].text in _ARTICLES:
        return None  # "två och en" / "en en": not a range; "en" starts something new
    if start == j and _size_of_packs(tokens, j):
        return None  # "3 250 g": three packs of 250 g, see _read_packs
    upper = _read_single(tokens, start)
    if upper is None or upper[0] <= low:
        return None
    return upper[0], upper[1]


def _size_of_packs(tokens: list[Token], j: int) -> bool:
    """Three digits and a measure after a number written in digits ("3 250 g"): a package size, no range."""
    return (j + 1 < len(tokens) and tokens[j - 1].kind == "num" and tokens[j].kind == "num"
            and len(tokens[j].text) == 3 and tokens[j].text.isdigit()
            and tokens[j + 1].text in UNITS and UNITS[tokens[j + 1].text].unit in _MEASURES)


def _value(token: Token) -> float | None:
    """A number or fraction token's value; None when it is no finite number of at most MAX_DIGITS digits."""
    return fraction_value(token.text) if token.kind == "frac" else digits_value(token.text)


def _as_said(text: str) -> str:
    return text if len(text) <= MAX_DIGITS else text[:MAX_DIGITS] + "…"


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")
