"""Turn the token stream into events: words, amounts, separators, action switches and commands.

This is where multi-word phrases are recognised and fillers disappear, so the parser downstream
only has to group what is left into items.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from assistant.nlu.lexicon import (
    ALLOWING,
    ASIDE_ADVERBS,
    ASIDE_SUBJECTS,
    ATTRIBUTES,
    BOTH,
    CHOICE_VERBS,
    CLAUSE_SUBJECTS,
    CLIENT_WORDS,
    CONTINUING_VERBS,
    CORRECTIONS,
    DEFINITE_ENDINGS,
    DEGREES,
    DESCRIBING,
    EVERY,
    BROKEN,
    FAULT_VERBS,
    FILLER_PHRASES,
    FILLER_WORDS,
    FOREIGN,
    GOES_OUT,
    LACKING_VERBS,
    LISTING,
    MEALS,
    NOT,
    OLD,
    OWNERS,
    POINTERS,
    PERSON_SORTS,
    PET_SUBJECTS,
    PLAN_VERBS,
    PURPOSES,
    REASON_VERBS,
    STRENGTH_VERBS,
    TOLERATES,
    STATEMENT_PRONOUNS,
    STATEMENT_VERBS,
    DIET_VERBS,
    REFUSALS,
    REFUSED_SORTS,
    SCENT_STRENGTHS,
    SORT_NEGATIONS,
    SORT_POINTERS,
    SUBORDINATORS,
    TALK_ADVERBS,
    TALK_BINDERS,
    UNITS,
    WEEKDAYS,
    a_definite_noun,
    a_room,
    a_weak_adjective,
)
from assistant.nlu.numbers import number_words
from assistant.nlu.patterns import PHRASE_TRIE, Match
from assistant.nlu.quantities import Amount, Element, read_amounts
from assistant.nlu.spelling import restore
from assistant.nlu.tokens import Token, said_at, tokenize

ACTIONS = frozenset({"add", "remove", "set"})
COMMANDS = frozenset({"clear", "finish", "undo", "ask_basket", "ask_total", "repeat_last", "repeat_usual"})
_CLAUSE_SWALLOWING = frozenset({"ask_basket", "ask_total", "question"})
_CLAUSE_BREAKS = frozenset({"sep", "reset", *ACTIONS, *COMMANDS})
# Words that act only at the start of a clause: "samma men utan kaffe" vs "kaffe utan koffein",
# "utan kaffe och med bananer" vs "kaffe med mjölk".
_CLAUSE_INITIAL_ONLY = frozenset({"utan", "med"})
_SWITCHES = frozenset({*ACTIONS, "instead", "prefer"})
# who an aside or a wish is of: a pronoun, or the client named as a relative names them ("pappa dricker")
_SUBJECTS = ASIDE_SUBJECTS | CLIENT_WORDS | PET_SUBJECTS


@dataclass(slots=True)
class Separator:
    reset: bool  # a sentence end or "men": what follows is added unless it says otherwise


@dataclass(slots=True)
class Switch:
    """A phrase that says what to do with the items after it ("ta bort", "jag vill ha", "istället")."""

    kind: str  # add | remove | set | instead | prefer
    start: int


@dataclass(slots=True)
class Command:
    intent: str  # clear | finish | undo | ask_basket | ask_total | repeat_last | repeat_usual | question
    start: int


Event = Token | Amount | Separator | Switch | Command


@dataclass(frozen=True, slots=True)
class Heading:
    """What a list's heading says the goods under it are for ("till katten"), and the characters it covers:
    the items said in [start, end) are listed under it."""

    purpose: str
    start: int
    end: int


def events(text: str) -> tuple[list[Event], list[Heading], list[list[Element]]]:
    """The events of the text, the purposes its headings say of the goods listed under them, and the goods
    perhaps said at the end of talk set aside (`_said_after_talk`)."""
    tokens, searched = _clean(restore(tokenize(text)))
    tokens, headings = _without_headings(tokens, len(text))
    if _looks_foreign(tokens):
        return [], [], []
    stream, after_talk = _mark(read_amounts(tokens), searched)
    return stream, headings, after_talk


_AND_THE_SAME = ("och", "samma")
_ONE = ("en", "ett")
_PLUS = ("plus", "+")


def _clean(tokens: list[Token]) -> tuple[list[Token], frozenset[int]]:
    """Drop filler words and phrases and stutters ("och och", "mellan mellan mjölk"); with where the
    words after a filler phrase ("vad heter det") start: a word searched for."""
    out: list[Token] = []
    searched: set[int] = set()
    skip_to = 0
    for index, token in enumerate(tokens):
        if index < skip_to:
            continue
        if (token.text in _SOMETHING and out and out[-1].kind == "word" and index + 1 < len(tokens)
                and tokens[index + 1].text in ("med", "utan", "som")):
            continue  # "godis till katten nåt med kyckling": which of the goods, no new item of some chicken
        if (less := _little_of_said(tokens, index, out)) is not None:
            words, said = less
            out.extend(words)
            skip_to = index + said
            continue
        if (said_again := _count_and_goods_said_again(tokens, index, out)) is not None:
            skip_to = index + said_again
            continue
        if (taken_back := _takes_back(tokens, index, out)) is not None:
            skip_to = index + taken_back
            continue
        if (corrected := _amount_corrected(tokens, index, out)) is not None:
            out.pop()  # "ett paket kaffe, nej två": the amount corrects the one before the comma (items._corrects)
            skip_to = index + corrected
            continue
        if token.kind == "word" and token.text in FILLER_WORDS:
            if token.text == _LEFT:
                _lack_said(out)
            continue
        if tuple(t.text for t in tokens[index:index + 2]) in BOTH:
            skip_to = index + 2
            continue
        if (token.kind == "word" and len(token.text) == 1 and token.text.isalpha() and index + 1 < len(tokens)
                and tokens[index + 1].text in _PLUS
                and (index + 2 == len(tokens) or tokens[index + 2].kind in ("word", "sep"))):
            out.append(Token("word", f"{token.text}plus", token.start, tokens[index + 1].end))
            skip_to = index + 2  # "a plus tvättmedel", "a+ tvättmedel": the brand "A+", no "a" and no list; so
            continue  # is one ending the item ("tvättmedel från a plus", "tvättmedel A+, diskmedel")
        if (token.text in _ONE and len(out) > 1 and out[-1].text in DESCRIBING and out[-2].text in _ONE
                and (index + 1 == len(tokens) or tokens[index + 1].kind == "sep")):
            continue  # "en tandborste en mjuk en": a soft one, the last "en" no count of other goods
        if tuple(t.text for t in tokens[index + 1:index + 3]) == _AND_THE_SAME and token.text in _ONE:
            skip_to = index + 2  # "i en och samma flaska": the same one, no count nor second goods
            continue
        phrase = said_at(tokens, index, FILLER_PHRASES)
        if phrase is not None:
            skip_to = index + len(phrase)
            searched.update(t.start for t in tokens[skip_to:skip_to + 1])
            continue
        if out and token.kind != "sep" and token.kind == out[-1].kind and token.text == out[-1].text:
            continue
        out.append(token)
    return out, frozenset(searched)


_LEFT = "kvar"  # "ingen mjölk kvar": the goods lacked, see _lack_said
_NONE = frozenset({"ingen", "inget", "inga"})
_LACKING = frozenset({"har", "finns"})  # "har inget", "det finns ingen": phrases asking for what is lacked


def _count_not_but(words: list[str | None], i: int) -> tuple[int, int, int] | None:
    """"inte två mjölk utan tre" or "inte två utan tre mjölk" at i: where its "utan" is, where the count meant
    is, and where the goods said after that count end (the count itself where none are said after it); None
    where no count is corrected so."""
    if words[i] != NOT or words[i + 1:i + 2] != ["#"]:
        return None
    at = next((j for j in range(i + 2, len(words)) if words[j] is None or words[j] == "utan"), len(words))
    if at >= len(words) or words[at] != "utan" or words[at + 1:at + 2] != ["#"]:
        return None
    end = next((j for j in range(at + 2, len(words))
                if words[j] in (None, "#") or PHRASE_TRIE.longest(words, j) is not None), len(words))
    if (at > i + 2) == (end > at + 2) or any(w in (None, "#") or PHRASE_TRIE.longest(words, j) is not None
                                             for j, w in enumerate(words[i + 2:at], start=i + 2)):
        return None  # the goods said once, before "utan" or after the count meant, and no phrase among them
    return at, at + 1, end


def _lack_said(out: list[Token]) -> None:
    """"ingen mjölk kvar", "mjölk, ingen kvar": the goods are lacking and so asked for, not removed; the
    clause's last "ingen" before "kvar" is dropped ("kvar" itself is a filler word)."""
    at = len(out)
    while at and out[at - 1].kind != "sep" and not (out[at - 1].kind == "word" and out[at - 1].text in _NONE):
        at -= 1
    if at and out[at - 1].kind == "word" and out[at - 1].text in _NONE and not (
            at > 1 and out[at - 2].text in _LACKING):  # "vi har inget diskmedel kvar": the phrase says it
        del out[at - 1]


def _amount_corrected(tokens: list[Token], index: int, out: list[Token]) -> int | None:
    """A correction ("nej", "eller nej", "nej förresten") right after a comma, before an amount alone to the clause's
    end ("ett paket kaffe, nej två"): the correction's length, or None. The comma went, and the amount was lost."""
    said = said_at(tokens, index, (*CORRECTIONS, ("nej",)))
    if said is None or not out or out[-1].kind != "sep" or out[-1].text != ",":
        return None
    rest = list(takewhile(lambda t: t.kind != "sep", tokens[index + len(said):]))
    return len(said) if rest and all(map(_of_an_amount, rest)) else None


_SOMETHING = frozenset({"nåt", "något", "nånting", "någonting", "nånt"})
_NONE_OF = (("med", "nästan", "inget"), ("med", "nästan", "ingen"), ("med", "nästan", "inga"), ("med", "inget"),
            ("med", "ingen"), ("med", "inga"))
_LITTLE_OF = (("med", "lite", "mindre"), ("med", "lite"), ("med", "mindre"))
_LITTLE_FAT = frozenset({"fett", "fetthalt"})  # a little fat is the light sort: "Lätt"
_LESS_OF = _LITTLE_FAT | {"socker", "salt", "kolsyra", "laktos"}  # what names write less of: "Mindre Socker"


def _little_of_said(tokens: list[Token], index: int, out: list[Token]) -> tuple[list[Token], int] | None:
    """What the goods have none or little of, after their words ("yoghurt med inget socker", "yoghurt med lite
    socker", "mjölk den med lite fett"): the sort, as names write it ("utan socker", "mindre socker", "lätt"),
    with how many tokens it took; None where none is said here. Read so, "inget" removed the sugar and "lite"
    asked for some."""
    said = said_at(tokens, index, (*_NONE_OF, *_LITTLE_OF))
    end = index + len(said) if said else 0
    if (said is None or end >= len(tokens) or tokens[end].kind != "word" or not out or out[-1].kind != "word"
            or (said in _LITTLE_OF and tokens[end].text not in _LESS_OF)):
        return None  # "bröd med lite frön på": some seeds, no sort
    what, at = tokens[end], tokens[index]
    if said in _NONE_OF and not (what.text in _LITTLE_FAT and "nästan" in said):
        return [Token("word", "utan", at.start, tokens[end - 1].end), what], len(said) + 1
    if what.text in _LITTLE_FAT:
        return [Token("word", "lätt", at.start, what.end)], len(said) + 1
    return [Token("word", "mindre", at.start, tokens[end - 1].end), what], len(said) + 1


def _count_and_goods_said_again(tokens: list[Token], index: int, out: list[Token]) -> int | None:
    """A correction ("nej", "eller nej", "förlåt") after a count and its goods, followed by a count and the same
    goods to the clause's end ("fyra ägg nej sex ägg", "två liter mjölk nej en liter lättmjölk"): the goods
    meant are said again, so the first count and goods are dropped from `out` (a command before them stays);
    the correction's length, or None. Other goods after it are goods of their own."""
    said = said_at(tokens, index, (*CORRECTIONS, ("nej",)))
    if said is None:
        return None
    rest = [t for t in takewhile(lambda t: t.kind != "sep" and t.text not in LISTING, tokens[index + len(said):])
            if not (t.kind == "word" and t.text in FILLER_WORDS)]
    counted = len(list(takewhile(_of_an_amount, rest)))
    goods = [t.text for t in rest[counted:]]
    goods = goods[:next((i for i in range(1, len(goods)) if _filler_to_the_end(goods, i)), len(goods))]
    clause = len(out) - 1 if out and out[-1].kind == "sep" and out[-1].text == "," else len(out)
    end = clause
    while clause and out[clause - 1].kind != "sep":
        clause -= 1
    before = [t.text for t in out[clause:end]]
    start = end - len(goods)
    if not (counted and goods and start > clause and _of_an_amount(out[start - 1])
            and before[start - clause:][:-1] == goods[:-1] and goods[-1].endswith(before[-1])):
        return None
    while start > clause and _of_an_amount(out[start - 1]):
        start -= 1
    del out[start:]
    return len(said)


def _filler_to_the_end(words: list[str | None], i: int) -> bool:
    """Whether the words from i on are a filler phrase said last ("sex ägg tack")."""
    match = PHRASE_TRIE.longest(words, i)
    return match is not None and match.phrase.kind == "filler" and i + match.length == len(words)


def _of_an_amount(token: Token) -> bool:
    """A number, or a unit it counts in."""
    return token.kind == "num" or token.text in number_words() or token.text in UNITS


def _takes_back(tokens: list[Token], index: int, out: list[Token]) -> int | None:
    """A correction said within an item and followed by words ("blandsaft hallon nej vänta svarta
    vinbär"): the words after it replace the last said, so those are dropped from `out`; the correction's
    length, or None where none is said here. Followed by what the goods are for ("till viltet nej
    förresten till steken"), the purpose said before goes; else the last word ("hallon"). Before an amount
    ("två stycken nej förresten tre") the words are fillers and the amount corrects (items._corrects)."""
    said = said_at(tokens, index, CORRECTIONS)
    if said is None or index + len(said) >= len(tokens):
        return None
    following = tokens[index + len(said)]
    ahead = [t.text if t.kind == "word" else None for t in tokens[index + len(said):]]
    if (match := PHRASE_TRIE.longest(ahead, 0)) is not None and match.phrase.kind not in ("add", "filler"):
        return None  # "kaffe nej förresten ta bort det": a command, no words of the item
    clause = len(out)
    while clause and out[clause - 1].kind != "sep":
        clause -= 1
    words = [i for i in range(clause, len(out)) if out[i].kind == "word"]
    if (following.kind != "word" or following.text in number_words() or following.text in FILLER_WORDS
            or not words or out[words[-1]].text in number_words() or out[words[-1]].text in UNITS):
        return None
    if following.text in PURPOSES:
        purpose = [i for i in words if out[i].text in PURPOSES]
        if not purpose:
            return None
        del out[purpose[-1]:]
    else:
        del out[words[-1]:]
    return len(said)


def _without_headings(tokens: list[Token], length: int) -> tuple[list[Token], list[Heading]]:
    """A typed list's heading before a colon says what the goods after it are for or where they belong
    ("till köttbullarna: färs, ströbröd", "kryddor: örtsalt 1 burk, allkrydda 1 burk", "frukt och grönt:
    ..."): the goods are the items, the dish or the section is none. A heading opens its sentence, holds
    words only and no request ("ta bort:", "handla:"), and is a purpose ("till", "för", "åt" and what) or
    introduces a list; "kaffe: 2 pkt" (the amount) and "mjölk: laktosfri 2 l" (what the one item is) keep
    their words. A dish said first without the colon is one too (see _dish_said_first).

    With the tokens left, what each purpose heading says the goods under it are for ("till katten: blötmat,
    sand": the wet food is the cat's, as "blötmat till katten" says): the catalog reads it with each item
    where it names whom or what for, not a dish (catalog.understand.purposes_of_headings). A heading
    ending its line covers the lines after it up to the next heading or a blank line; one followed by goods
    on its line, or said without a colon, covers its sentence (up to a new line or a full stop)."""
    out: list[Token] = []
    found: list[tuple[str, int, int, bool]] = []  # purpose, where the heading and its goods start, on its own line
    opening = 0  # where the sentence being read opens in `out`
    skip_to = 0
    for index, token in enumerate(tokens):
        if index < skip_to:
            continue
        if token.kind == "sep" and ":" in token.text and _is_heading(out[opening:], token, tokens[index + 1:]):
            found.append((_purpose(out[opening:]), out[opening].start, token.end, "\n" in token.text))
            del out[opening:]
            continue
        if len(out) == opening and (whom := _whom_said_first(tokens, index)):
            purpose, said = whom
            found.append((purpose, token.start, tokens[index + said].start, False))
            skip_to = index + said
            continue
        if len(out) == opening and (said := _dish_said_first(tokens, index)):
            found.append((_purpose(tokens[index:index + said]), token.start, tokens[index + said].start, False))
            skip_to = index + said
            continue
        out.append(token)
        if token.kind == "sep" and token.strong:
            opening = len(out)
    headings: list[Heading] = []
    for at, (purpose, _, goods, own_line) in enumerate(found):
        if not purpose:
            continue
        ends = _ends_a_block if own_line else _ends_a_sentence
        end = next((t.start for t in tokens if t.start >= goods and t.kind == "sep" and ends(t)), length)
        headings.append(Heading(purpose, goods, min(end, found[at + 1][1] if at + 1 < len(found) else length)))
    return out, headings


def _ends_a_sentence(sep: Token) -> bool:
    return sep.strong


def _ends_a_block(sep: Token) -> bool:
    """A blank line: the lines a heading ending its own line covers end there."""
    return sep.text.count("\n") > 1


def _purpose(heading: list[Token]) -> str:
    """What a heading says the goods are for: its purpose word and the words after it, but for the words
    saying when ("till grillen på lördag": "till grillen"); a noun alone in its definite form names whom
    or what for as the purpose word would ("katten:", read "till katten"); "" where it says none (a section
    names a kind of goods, "kryddor:"; "till mamma denna vecka": the client named as a relative is no
    purpose)."""
    words: list[str | None] = [t.text if t.kind == "word" else None for t in heading]
    first = next((i for i, w in enumerate(words) if w in PURPOSES), None)
    if first is None:
        said = [w for w in words if w is not None]
        return f"{_SAID_FOR} {said[0]}" if len(said) == 1 and a_definite_noun(said[0]) and not _said_when(said[0]) else ""
    kept: list[str] = []
    i = first
    while i < len(words):
        match = PHRASE_TRIE.longest(words, i) if words[i] is not None else None
        if match is not None and match.phrase.kind == "filler":
            i += match.length
            continue
        if words[i] is not None:
            kept.append(words[i])
        i += 1
    return " ".join(kept) if len(kept) > 1 and kept[0] in PURPOSES else ""


_SAID_FOR = "till"  # the purpose word a heading of a noun alone is read with (see _purpose)


def _dish_said_first(tokens: list[Token], index: int) -> int:
    """How many tokens at a sentence's opening name the dish the goods after them are for, as a heading
    without its colon ("till pannkakorna mjöl och ägg", "åt katten kattmat 6 burkar", "till kaffet,
    kanelbullar"): a purpose word and one word in its definite form, then goods. 0 where the sentence opens
    otherwise ("till mamma mjölk": no dish; "till kaffet" alone: the words said)."""
    words = tokens[index:index + 4]
    if len(words) < 3 or words[0].text not in PURPOSES or words[1].kind != "word" or not a_definite_noun(words[1].text):
        return 0
    end = next((n for n in range(index, len(tokens)) if tokens[n].kind not in ("word", "sep") or tokens[n].strong),
               len(tokens))
    if end < len(tokens) and ":" in tokens[end].text:
        return 0  # "till pastan onsdag: rigatoni": a heading, read at its colon
    said: list[str | None] = [t.text if t.kind == "word" else None for t in words]
    if (m := PHRASE_TRIE.longest(said, 0)) is not None and m.phrase.kind not in ("sep", "filler"):
        return 0
    if words[2].kind in ("word", "num"):
        return 2
    if words[2].kind == "sep" and not words[2].strong and len(words) > 3 and words[3].kind in ("word", "num"):
        return 3
    return 0


# Verbs after a noun opening a sentence that say it needs or wants the goods after them ("kattungen behöver
# torrfoder"; "ha" of "vill ha" is a filler word, gone by now)
_WISH_VERBS = frozenset({"behöver", "vill", "önskar", "saknar"})
# what follows such a verb when the noun is the goods: what they must be, a negation, the one who takes them
_NO_WISH_AFTER = frozenset({"vara", "va", "bli", NOT, *CLAUSE_SUBJECTS})


def _whom_said_first(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """A noun opening a sentence before a verb of need or wish ("kattungen behöver torrfoder", "min katt vill
    ha blötmat", "grannen saknar kaffe") or a lack ("hunden har inget godis kvar"): whom the goods after it are
    for, as "torrfoder till kattungen" says, and how many tokens it takes (a lack's words too, no removal);
    the client named as a relative ("mamma behöver tandkräm") is whom the order is for, no purpose. None
    where the sentence opens otherwise: goods said first ("mjölken behöver vara laktosfri", "kaffet vill jag
    ha mörkrost") need or want nothing."""
    words = [t.text if t.kind == "word" else None for t in tokens[index:index + 5]]
    owned = bool(words) and words[0] in OWNERS
    noun = 1 if owned else 0
    if len(words) < noun + 3 or words[noun] is None:
        return None
    if words[noun + 1] in _WISH_VERBS and words[noun + 2] is not None and words[noun + 2] not in _NO_WISH_AFTER:
        said = noun + 1  # the verb asks for the goods after it
    elif words[noun + 1] == "har" and words[noun + 2] in _NONE and len(words) > noun + 3:
        said = noun + 3  # "hunden har inget godis (kvar)": the goods lacked, asked for
    else:
        return None
    if words[noun] in CLIENT_WORDS and not owned:
        return "", said
    if words[noun] in ASIDE_SUBJECTS or words[noun] in CLAUSE_SUBJECTS or not (owned or a_definite_noun(words[noun])) or (
            PHRASE_TRIE.longest(words, noun) is not None):
        return None
    return f"{_SAID_FOR} {' '.join(w for w in words[:noun + 1] if w is not None)}", said


def _is_heading(before: list[Token], colon: Token, after: list[Token]) -> bool:
    """A colon ending a line introduces the lines after it up to a blank line ("frukt och grönt:\näpplen
    1 kg\npurjolök 2 st"), one within a line the rest of its sentence: a list there, or a purpose, a day or
    a meal before the colon, makes the words before it a heading."""
    words = [t.text for t in before if t.kind == "word"]
    if not words or any(t.kind not in ("word", "sep") for t in before) or not after:
        return False
    said: list[str | None] = [t.text if t.kind == "word" else None for t in before]
    if any(w is not None and (m := PHRASE_TRIE.longest(said, i)) is not None and m.phrase.kind not in ("sep", "filler")
           for i, w in enumerate(said)):
        return False  # "ta bort: mjölk, smör": a request, its items follow
    if words[0] in PURPOSES and len(words) > 1:
        return True
    if after[0].kind != "word":
        return False
    if all(_said_when(word) for word in words):
        return True  # "tisdag: fiskgratäng 1 st": the day it is eaten, even over one item
    ends = _ends_a_block if "\n" in colon.text else _ends_a_sentence
    listed = next((n for n, t in enumerate(after) if t.kind == "sep" and ends(t)), len(after))
    return any(t.kind == "sep" for t in after[:listed])


def _said_when(word: str) -> bool:
    """A day or a meal, its definite form or the two in one ("tisdagen", "middagen", "söndagsmiddag")."""
    base = next((w for w in (*WEEKDAYS, *MEALS) if word.startswith(w)), None)
    if base is None:
        return False
    rest = word[len(base):]
    return rest in ("", "en", "et", "n", "t", "ar") or (base in WEEKDAYS and rest[:1] == "s" and any(
        rest[1:] in (meal, meal + "en") for meal in MEALS))


def _looks_foreign(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.kind == "word"]
    foreign = sum(1 for w in words if w in FOREIGN)
    return foreign >= 2 and not any(w in _SWEDISH for w in words)


def _mark(elements: list[Element], searched: frozenset[int] = frozenset()
          ) -> tuple[list[Event], list[list[Element]]]:
    # What the phrase trie sees: words, "#" for a number, None for a separator.
    words: list[str | None] = [
        (e.word or "#") if isinstance(e, Amount) else (e.text if e.kind == "word" else None) for e in elements
    ]
    out: list[Event] = []
    after_talk: list[list[Element]] = []
    clause_has_words = False
    clause_removes = False  # "inte mjölken utan filmjölken": "utan" turns back to adding
    i = 0
    while i < len(elements):
        element = elements[i]
        if isinstance(element, Token) and element.kind == "sep" and ":" in element.text and out and isinstance(
                out[-1], Switch):
            i += 1  # "ta bort: mjölk, smör": the colon introduces what the request is for
            continue
        if isinstance(element, Token) and element.kind == "sep":
            out.append(Separator(reset=element.strong))
            clause_has_words = clause_removes = False
            i += 1
            continue
        if not clause_has_words and _goods_just_said(out) and _unless_had(words, i):
            out.pop()  # "mjölk och om ni inte har lätt så mellan": of the milk, as said without "och"
            clause_has_words = True
        match = PHRASE_TRIE.longest(words, i) if words[i] not in (None, "#") else None
        if match is not None and match.phrase.kind == "add" and clause_has_words and words[i - 1] == _FROM:
            match = None  # "sköljmedel från fixa": whose the goods are, no request to fetch ("fixa") what follows
        if clause_removes and clause_has_words and words[i] == "utan":
            out.append(Switch("add", element.start))
            clause_has_words = clause_removes = False
            i += 1
            continue
        if clause_has_words and (end := _usual_said(words, i)):
            # "ost som vi brukar (ta)": the client's usual of the goods, said as ", den vanliga" is
            out.append(Separator(reset=False))
            out.extend(Token("word", said, element.start, elements[end - 1].end) for said in _THE_USUAL)
            i = end
            continue
        if not clause_has_words and (said := _count_not_but(words, i)):
            # "inte två mjölk utan tre", "inte två utan tre mjölk": the count corrected, no goods removed
            at, count, goods_end = said
            out.append(Switch("set", element.start))
            out.append(elements[count])
            out.extend(e for e in (*elements[i + 2:at], *elements[count + 1:goods_end]))
            out.append(Switch("add", elements[goods_end - 1].end))  # "... utan tre och en ost": the cheese added
            i = goods_end if goods_end > count else count + 1
            continue
        if clause_has_words and words[i] == NOT and words[i + 1:i + 2] == ["#"] and (
                i + 2 == len(words) or words[i + 2] is None):
            i += 2  # "två mjölk inte tre": the count said stands, no three to take away
            continue
        if clause_has_words and (end := _holding_said(words, i)):
            i = end  # "små plastpåsar dom som tar två liter": the size each holds, as "plastpåsar två liter"
            continue
        if clause_has_words and words[i] == _ONE_DOES and words[i + 1:i + 2] != [] and words[i + 1] in _PUTS and (
                words[i + 2:i + 3] != [] and words[i + 2] in _PUT_IN):
            if isinstance(out[-1], Token) and out[-1].text == "som":
                out.pop()  # "tabletter (som) man har i diskmaskinen": what the goods are for
            out.append(Token("word", "till", element.start, elements[i + 2].end))
            i += 3
            continue
        if clause_has_words and (lacking := _lacking_said(words, i, out)) is not None:
            # "tvål som inte luktar", "yoghurt som inte har socker": what the goods are without, no removal
            end, said = lacking
            out[-1] = Token("word", "utan", out[-1].start, out[-1].end)
            if said:
                out.append(Token("word", said, element.start, elements[end - 1].end))
            i = end
            continue
        if (clause_has_words or _goods_just_said(out)) and (said := _the_one_with_not_wanted(words, i)):
            # "fil men inte den med smak", "tonfisk i vatten inte i olja": the goods without it, no removal
            clause_has_words = clause_has_words or _joined_to_the_goods(out, element)
            lacked, end = said
            out.append(Token("word", "utan", element.start, elements[lacked - 1].end))
            out.extend(elements[lacked:end])
            i = end
            continue
        if clause_has_words and (end := _the_goods_instead(words, i, out)):
            i = end  # "ett surdegsbröd inte knäcke utan vanligt bröd": the goods said, no removal of crispbread
            continue
        if (clause_has_words or _goods_just_said(out)) and (
                end := _sort_not_wanted(words, start := i + (words[i] == "fast"))) and (
                clause_has_words or _clause_end(words, end) == end or _sort_instead(words, end)):
            # "bönor hela inte malda", "ost (fast) inte så stark": a sort of the item not wanted, no removal;
            # "ost inte den starka utan den milda": the sort wanted instead; after "men" or a comma, of the
            # goods just said ("mjölk men inte laktosfri", "ost, inte så stark")
            clause_has_words = clause_has_words or _joined_to_the_goods(out, element)
            if instead := _sort_instead(words, end):  # a weak adjective keeps its pointer ("ost den magra"):
                pointed = not _a_sort_word(words, instead - 1)  # the catalog reads the sort before the thing
                out.extend(elements[instead - 1 - pointed:instead])
            else:
                out.extend(elements[start:end])
            i = instead or end
            continue
        if (end := _refusal_end(words, i)) and (clause_has_words or match is None or match.phrase.kind == "add"):
            if clause_has_words:  # "korv hon äter inget kött": the client's diet, the goods' sort (a vegetarian's)
                _before_the_goods(out, _sorts_said_of(elements, words, i + 1, end))
            i = end  # "korv hon äter inte fläsk": no removal and no goods
            continue
        if not clause_has_words and (end := _condition_end(words, i)):
            i = end  # "om dom har så en sallad": whether the store has the goods, no goods of its own
            continue
        if not clause_has_words and match is None and (end := _statement_end(words, i)):
            if goods := _said_after_talk(elements, words, i, end):
                after_talk.append(goods)
            i = end  # "den gamla har gått sönder", "spisen är så smutsig": what is true of something, no goods
            continue
        if not clause_has_words and (said := _habit(words, i)) > (match.length if match else 0) and (
                match is None or match.phrase.kind == "add"):
            out.append(Switch("add", element.start))
            i += said
            continue
        if clause_has_words and (said := _allowing(words, i)) and _allowed_sort(out):
            while _allowed_sort(out):  # "frysta går bra": the sort is welcome, no item is asked
                out.pop()
            clause_has_words = bool(out) and isinstance(out[-1], (Token, Amount))
            i += said
            continue
        if clause_has_words and words[i] == "annars" and isinstance(out[-1], Token):
            i = _otherwise_end(words, i)  # "mjölk helst lätt annars mellan": the else is for staff to substitute
            continue
        if clause_has_words and _starts_aside(words, i, match, counted=_counted_anew(elements, words, i)):
            if words[i] in SUBORDINATORS and isinstance(out[-1], Token) and out[-1].text in PURPOSES:
                out.pop()  # "servetter till när barnbarnen kommer": for a time, no "en till" (one more)
            kept, sorts, goods, i = _aside(elements, words, i, 2 if match is None else match.length)
            _before_the_goods(out, sorts)
            out.extend(kept)
            if words[i:i + 1] == ["så"] and i + 1 < len(words) and (words[i + 1] in PERSON_SORTS or (
                    words[i + 1] in POINTERS)) and all(w not in (None, "#") for w in words[i + 1:]):
                i += 1  # "torrfoder till katten han är gammal så senior": the sort the aside calls for, said last
            if goods:
                after_talk.append(goods)
            continue
        if (clause_has_words and match is not None and match.phrase.kind == "remove" and out
                and isinstance(out[-1], Token) and out[-1].text == "som"):
            # "fläckmedel som tar bort fläckar": what the goods take away is what they are against, no removal
            out.pop()
            while out and isinstance(out[-1], Token) and out[-1].text in SORT_POINTERS:
                out.pop()  # "... den som tar bort fett"
            out.append(Token("word", "mot", element.start, elements[i + match.length - 1].end))
            i += match.length
            continue
        if (match is None or _ignored(match, element, clause_has_words) or _joins_nothing(match, element, out)
                or _an_infinitive(match, out) or _first_part_of_the_goods(match, out, words, i)):
            if element.start in searched and clause_has_words and isinstance(out[-1], Token):
                # "en rulltårta vad heter det havreflarn": a word searched for after an item's words
                # starts the next item (after a quantity alone, "en burk vad heter det", it is the item)
                if _only_a_purpose(out):  # "(nånting) mot fläckar vad heter det fläckborttagning": the goods
                    _before_the_goods(out, [element])  # of the purpose, said before it
                    i += 1
                    continue
                if _the_goods_own_name(out[-1], element):  # "frysta räkor vad heter det ishavsräkor"
                    out[-1] = element
                    i += 1
                    continue
                # "kantareller vad heter det till såsen": the goods' purpose; "... vad heter det den för elva år":
                # the goods pointed at again
                if words[i] not in PURPOSES and words[i] not in SORT_POINTERS:
                    out.append(Separator(reset=False))
            out.append(element)
            clause_has_words = True
            i += 1
            continue
        kind = match.phrase.kind
        i += match.length
        if (kind == "add" and clause_has_words and (
                (match.length == 2 and words[i - 2] in ASIDE_SUBJECTS and words[i - 1] in _PLANNED)
                or tuple(words[i - match.length:i]) == _IT_WILL_BE)
                and (dish := _dish_said(elements, words, i + (words[i:i + 1] == ["ha"])))):
            # "majs tortillas ett paket vi ska ha tacos", "passerade tomater två paket det ska bli lasagne": the
            # meal the goods are for, as a plan says it, no goods
            out.append(Token("word", "till", element.start, elements[i - 1].end))
            i = dish
            if words[i + 1:i + 2] == ["och"] and i + 2 < len(words) and words[i + 2] not in (None, "#") and (
                    i + 3 == len(words) or ((said := PHRASE_TRIE.longest(words, i + 3)) is not None
                                            and said.phrase.kind == "filler" and i + 3 + said.length == len(words))):
                out.extend((elements[i], Token("word", "och", elements[i + 1].start, elements[i + 1].end)))
                i += 2  # "... vi ska ha ost och kex (på fredag)": both are the meal
            continue
        if kind == "filler":
            if clause_has_words and words[i - 1] in PLAN_VERBS and (dish := _dish_said(elements, words, i)):
                # "havregryn jag ska koka gröt": the porridge is what the goods are for, no goods of its own
                out.append(Token("word", "till", element.start, elements[i - 1].end))
                i = dish
            continue
        clause_has_words = False
        if kind in ("sep", "reset"):
            out.append(Separator(reset=kind == "reset"))
        elif kind in _SWITCHES:
            out.append(Switch(kind, element.start))
            clause_removes = kind == "remove"
            if kind == "prefer" and NOT in words[i - match.length:i]:  # "den får inte vara för stark"
                out.append(Token("word", NOT, element.start, elements[i - 1].end))
        else:
            out.append(Command(kind, element.start))
            if kind in _CLAUSE_SWALLOWING:
                i = _clause_end(words, i)
    return out, after_talk


def _ignored(match: Match, element: Element, clause_has_words: bool) -> bool:
    """Question words, whole-clause phrases ("klart", "ångra") and "utan" count only at a clause start (a
    clause of talk said in more words, "det gör inget om", anywhere)."""
    if not clause_has_words:
        return False
    if match.phrase.kind == "question" and match.length == 1:
        return True
    if match.phrase.final and match.phrase.kind != "filler":
        return True  # a filler said last ends any clause ("ost ett halvt kilo eller så")
    return match.length == 1 and isinstance(element, Token) and element.text in _CLAUSE_INITIAL_ONLY


def _the_goods_own_name(said: Token, searched: Element) -> bool:
    """A name searched for that ends in the goods' last word said is their own name ("räkor", then
    "ishavsräkor"; "ost", then "grevéost")."""
    return (isinstance(searched, Token) and searched.kind == "word" and said.kind == "word"
            and len(searched.text) > len(said.text) + 2 and searched.text.endswith(said.text))


def _dish_said(elements: list[Element], words: list[str | None], i: int) -> int:
    """Where the dish named at i after a plan ("jag ska koka gröt", "... göra en sås") starts, past its
    article; 0 where no word naming one follows (a day: "vi ska grilla på lördag")."""
    article = elements[i] if i < len(elements) else None
    if isinstance(article, Amount) and article.amount == 1 and article.unit is None and not article.more:
        i += 1
    return i if (i < len(words) and words[i] not in (None, "#") and words[i] not in TALK_BINDERS
                 and PHRASE_TRIE.longest(words, i) is None) else 0


def _an_infinitive(match: Match, out: list[Event]) -> bool:
    """A command's verb after "att" is what is done with the goods ("sill att lägga in", "fläckmedel att ta bort
    fläckar med"), no command: a word of the item, which the catalog reads as a use."""
    return (match.phrase.kind in ("add", "remove") and bool(out) and isinstance(out[-1], Token)
            and out[-1].text == "att")


def _first_part_of_the_goods(match: Match, out: list[Event], words: list[str | None], i: int) -> bool:
    """A filler word between a count and a word of the goods is the goods' first part written apart ("ett tack
    kort" is a "tackkort"): no thanks are said there."""
    return (match.phrase.kind == "filler" and match.length == 1 and bool(out) and isinstance(out[-1], Amount)
            and out[-1].unit is None and not out[-1].vague and i + 1 < len(words) and words[i + 1] is not None
            and PHRASE_TRIE.longest(words, i + 1) is None)


def _joins_nothing(match: Match, element: Element, out: list[Event]) -> bool:
    """A spoken "o" ("och") with no goods said before it in its clause joins nothing: it is the first part of a
    name written apart ("en burk o boy", O'boy). "och" and "å" stay separators there ("och lingonsylt")."""
    if match.length != 1 or match.phrase.kind != "sep" or not isinstance(element, Token) or element.text != "o":
        return False
    for event in reversed(out):
        if not isinstance(event, Amount):
            return not (isinstance(event, Token) and event.kind == "word")
    return True


_THE_USUAL = ("den", "vanliga")


def _usual_said(words: list[str | None], i: int) -> int:
    """Where a clause saying the goods are what someone usually takes or took last ends ("som vi brukar", "som
    hon brukar ta", "som vanligt", "samma som förra veckan", "som hon hade sist"), when it opens at i after the
    goods and ends its clause, 0 if none does. Said alone, "som vanligt" repeats the whole order."""
    j = i + (words[i] == "samma")
    if j >= len(words) or words[j] != "som":
        return 0
    j = _time_end(words, j + 1)  # "som vanligt", "samma som sist"
    if not j and i + 2 < len(words) and words[i] == "som" and words[i + 1] in _SUBJECTS:
        j = i + 2
        while j < len(words) and words[j] in ASIDE_ADVERBS:  # "som hon alltid brukar köpa"
            j += 1
        if j < len(words) and words[j] == "brukar":
            j += 1
            while j < len(words) and (words[j] in CHOICE_VERBS or words[j] in ASIDE_ADVERBS or words[j] == "ha"):
                j += 1
        elif j < len(words) and words[j] in _TOOK:  # "som hon hade förra veckan"
            j = _time_end(words, j + 1)
        else:
            j = 0
    return j if j and (j == len(words) or words[j] is None or _separates(words, j)) else 0


_TOOK = frozenset({"hade", "köpte", "tog", "fick", "åt", "drack", "beställde"})
_TIMES = (("förra", "veckan"), ("förra", "gången"), ("sist",), ("senast",), ("vanligt",))


def _time_end(words: list[str | None], j: int) -> int:
    """Where a time the goods were taken at, or "vanligt", said at j ends, 0 if none is."""
    return next((j + len(time) for time in _TIMES if tuple(words[j:j + len(time)]) == time), 0)


def _separates(words: list[str | None], j: int) -> bool:
    """A separating phrase ("och", "men") starts at j."""
    match = PHRASE_TRIE.longest(words, j)
    return match is not None and match.phrase.kind in ("sep", "reset")


def _goods_just_said(out: list[Event]) -> bool:
    """The last event separates a clause that said goods ("ost," of "ost, inte så stark")."""
    return len(out) > 1 and isinstance(out[-1], Separator) and (
        isinstance(out[-2], Amount) or (isinstance(out[-2], Token) and out[-2].kind == "word"))


def _lacking_said(words: list[str | None], i: int, out: list[Event]) -> tuple[int, str] | None:
    """Where "som inte" and a verb of what the goods lack at i end ("som inte har", "som inte luktar så
    mycket"), with the word it says they lack ("parfym"; "" where the words after it say it); None if no
    such clause starts."""
    if not (out and isinstance(out[-1], Token) and out[-1].text == "som" and words[i] == NOT):
        return None
    verb = words[i + 1] if i + 1 < len(words) else None
    if verb not in LACKING_VERBS:
        return None
    end, said = i + 2, LACKING_VERBS[verb]
    if said:
        while end < len(words) and words[end] in SCENT_STRENGTHS:
            end += 1
    elif end == len(words) or words[end] in (None, "#"):
        return None  # "som inte har": nothing said it lacks
    return end, said


def _sort_not_wanted(words: list[str | None], i: int) -> int:
    """Where a sort said not wanted that opens at i ends, 0 if none does: a negation straight before a sort
    word ("inte malda", "ej laktosfri", after "som" with its verb: "som inte är laktosfri"), or before a
    degree and any word ("inte för starkt", "inte så stark": how much of it, of the item), or after "som" before
    any word ("schampo som inte är parfymerat": the relative clause says what the goods are not)."""
    if i >= len(words) or words[i] not in SORT_NEGATIONS:
        return 0
    j = i + 1
    after_som = i > 0 and words[i - 1] == "som"
    if after_som and j < len(words) and words[j] in ("är", "e"):
        j += 1
    if j + 1 < len(words) and words[j] in DEGREES and words[j + 1] not in (None, "#"):
        return j + 2
    if j < len(words) and words[j] in SORT_POINTERS and _a_sort_word(words, j + 1):
        j += 1  # "inte den starka"
    elif j + 1 < len(words) and words[j] in SORT_POINTERS and _a_weak_adjective_last(words, j + 1):
        return j + 2  # "mjölk men inte den feta": the sort pointed at, whichever the adjective
    elif _a_package_last(words, j):
        return j + 1  # "deodorant roll on inte sprayen": the package not wanted
    # after a sort pointed at ("pepsi den vanliga inte max", "kaffe den vanliga inte koffeinfritt"): the one word set
    # against it, its clause ending or an amount after it, is the sort not wanted
    contrasted = (i > 1 and words[i - 2] in SORT_POINTERS and words[i - 1] not in (None, "#") and j < len(words)
                  and (j + 1 == len(words) or words[j + 1] in (None, "#")))
    return j + 1 if _a_sort_word(words, j) or ((after_som or contrasted) and _a_plain_word(words, j)) else 0


def _a_package_last(words: list[str | None], j: int) -> bool:
    """A package word in its definite form ending its clause ("sprayen", "burken"): the goods' package."""
    word = words[j] if j < len(words) else None
    return (word is not None and word in UNITS and UNITS[word].package and a_definite_noun(word)
            and _clause_end(words, j + 1) == j + 1)


def _a_weak_adjective_last(words: list[str | None], j: int) -> bool:
    """A weak adjective at j that ends its clause or is followed by the sort wanted instead ("utan", or
    another pointed at: "inte den mörka den ljusa")."""
    word = words[j] if j < len(words) else None
    return (word is not None and word != "#" and a_weak_adjective(word)
            and (_clause_end(words, j + 1) == j + 1 or bool(_sort_instead(words, j + 1))))


def _joined_to_the_goods(out: list[Event], element: Element) -> bool:
    """The "men" or comma before a sort of the goods just said joins it to them ("mjölk men inte laktosfri");
    True: the clause has the goods' words."""
    out[-1] = Separator(reset=False)
    out.append(Switch("prefer", element.start))
    return True


def _the_one_with_not_wanted(words: list[str | None], i: int) -> tuple[int, int] | None:
    """Where what is not wanted of "inte (den) med X" or "inte i X" at i starts and ends ("fil men inte den med
    smak": the one with a taste not wanted; "tonfisk i vatten inte i olja"), None if it is not said there."""
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in SORT_POINTERS)
    if not (words[i] in SORT_NEGATIONS and j + 1 < len(words) and words[j] in _WITH_OR_IN
            and _a_plain_word(words, j + 1)):
        return None
    return j + 1, _clause_end(words, j + 1)


_WITH_OR_IN = frozenset({"med", "i"})


def _a_plain_word(words: list[str | None], j: int) -> bool:
    """A word at j that starts no phrase breaking the clause ("och", "ta bort")."""
    if j >= len(words) or words[j] in (None, "#"):
        return False
    match = PHRASE_TRIE.longest(words, j)
    return match is None or match.phrase.kind not in _CLAUSE_BREAKS


def _the_goods_instead(words: list[str | None], i: int, out: list[Event]) -> int:
    """"ett surdegsbröd inte knäcke utan vanligt bröd": other goods not wanted at i and, after "utan", the goods
    just said named again by their kind (a compound of one ends in the other): where that ends, 0 if not so."""
    if words[i] != NOT or not out or not isinstance(out[-1], Token) or out[-1].kind != "word":
        return 0
    at = next((j for j in range(i + 2, min(i + 5, len(words))) if words[j] == "utan"), None)
    if at is None or any(w is None for w in words[i + 1:at]):
        return 0
    end = at + 1
    while end < len(words) and words[end] is not None and PHRASE_TRIE.longest(words, end) is None:
        end += 1
    kind, goods = words[end - 1], out[-1].text
    return end if (end > at + 1 and kind is not None and min(len(kind), len(goods)) >= 3
                   and (goods.endswith(kind) or kind.endswith(goods))) else 0


def _sort_instead(words: list[str | None], i: int) -> int:
    """Where "utan" and a sort word at i end ("utan den milda" after "ost inte den starka"), or a sort pointed
    at with "utan" unsaid ("inte den mörka den ljusa"), 0 if none."""
    said = i < len(words) and words[i] == "utan"
    pointed = i + said < len(words) and words[i + said] in SORT_POINTERS
    j = i + said + pointed
    return j + 1 if (said or pointed) and (
        _a_sort_word(words, j) or (pointed and _a_weak_adjective_last(words, j))) else 0


def _a_sort_word(words: list[str | None], j: int) -> bool:
    return j < len(words) and (words[j] in ATTRIBUTES or words[j] in DESCRIBING)


def _allowing(words: list[str | None], i: int) -> int:
    """How many words a remark that a sort is welcome takes at i ("går bra", "duger"), 0 if none starts."""
    return max((len(remark) for remark in ALLOWING if tuple(words[i:i + len(remark)]) == remark), default=0)


def _allowed_sort(out: list[Event]) -> bool:
    """The last event is a sort word a remark allows ("frysta" of "frysta går bra")."""
    return bool(out) and isinstance(out[-1], Token) and out[-1].kind == "word" and (
        out[-1].text in ATTRIBUTES or out[-1].text in DESCRIBING)


def _counted_anew(elements: list[Element], words: list[str | None], i: int) -> bool:
    """The word at i comes right after a bare count that starts a clause or follows "och" ("och en tårtbotten"; "två
    paket" is no bare count): the goods counted. A count said after goods is theirs ("glödlampa en lampan i köket
    har gått sönder": the lamp broken is a subject)."""
    return (i > 0 and isinstance(before := elements[i - 1], Amount) and before.unit is None and not before.unit_word
            and (i == 1 or words[i - 2] in (None, "och")))


def _starts_aside(words: list[str | None], i: int, match: Match | None, counted: bool = False) -> bool:
    """A subject and a finite verb after an item's words ("musfällor vi har möss i källaren"); or a request
    ("jag vill ha") followed by the item it points back at and its sort only ("ost jag vill ha den
    lagrade"), not by new goods ("mjölk jag vill också ha ost"); or a subordinate clause ("när dom kommer",
    "om dom har")."""
    # a noun said right after a bare count (`counted`, see _counted_anew) is the goods counted, no subject ("mjölk och
    # en tårtbotten ska baka tårta": its "-en" is no definite ending); "köttbullar ett kilo barnbarnen kommer" is one
    thing_said = _of_a_thing(words[i]) and not counted
    if words[i] in SUBORDINATORS and i + 1 < len(words) and words[i + 1] in CLAUSE_SUBJECTS:
        return True
    if words[i] in SUBORDINATORS and _noun_subject(words, i + 1):
        return True
    if words[i] == _BECAUSE and (_noun_subject(words, i + 1) or i + 2 < len(words) and (
            (words[i + 1] in CLAUSE_SUBJECTS and words[i + 2] in REASON_VERBS)
            or (words[i + 1] in ASIDE_SUBJECTS and words[i + 2] not in ("#", None)
                and PHRASE_TRIE.longest(words, i + 1) is None))):
        return True  # "sköljmedel utan parfym för jag får klåda av det andra", "... för jag kliar": why
    if words[i] == "som" and i + 2 < len(words) and words[i + 1] in _SUBJECTS and words[i + 2] in CHOICE_VERBS:
        return True  # "mjölk som jag vill ha lätt": the sort the client takes
    if (words[i] in STATEMENT_PRONOUNS and words[i + 1:i + 2] == [_SHALL] and i + 2 < len(words)
            and words[i + 2] not in (None, "#", *_BEING) and PHRASE_TRIE.longest(words, i + 2) is None):
        return True  # "aa batterier dom ska sitta i fjärrkontrollen": what the goods are for
    if (match is None and thing_said and words[i + 1:i + 2] != [] and words[i + 1] in _PLANNED
            and words[i + 2:i + 3] != [] and words[i + 2] in PLAN_VERBS):
        return True  # "barbecuesås en flaska sonen ska grilla": someone's plan, what the goods are for
    if match is None and i + 1 < len(words) and words[i + 1] in _COMING and thing_said:
        return True  # "köttbullar ett kilo barnbarnen kommer på lördag": why the goods are needed
    if match is None and i + 1 < len(words) and words[i + 1] in FAULT_VERBS and thing_said:
        return True  # "ett nio volts batteri brandvarnaren piper": why the goods are needed
    if match is None and thing_said and (verb := _past_a_room(words, i + 1)) + 1 < len(words) and (
            words[verb] in ("har", "är") and words[verb + 1] in BROKEN):
        return True  # "aa batterier fjärrkontrollen har dött", "glödlampa lampan i köket har gått sönder": why
    if (words[i] in STATEMENT_PRONOUNS and words[i + 1:i + 2] and words[i + 1] in OLD
            and words[i + 2:i + 3] and words[i + 2] in STATEMENT_VERBS):
        return True  # "en ny diskborste den gamla är sliten": why the goods are needed
    if (thing_said and words[i + 1:i + 2] and words[i + 1] in STATEMENT_VERBS
            and words[i + 2:i + 3] and words[i + 2] in DEGREES and words[i + 2] != "för"):
        return True  # "hud lotion till benen dom blir så torra", "handkräm händerna blir så torra": why
    if (words[i] in OWNERS and words[i + 1:i + 2] and words[i + 1] in STATEMENT_VERBS
            and PHRASE_TRIE.longest(words, i + 1) is None):  # "min är slut" asks for the goods
        return True  # "läsglasögon mina har gått sönder": the client's own, why the goods are needed
    if (words[i] in OWNERS and i + 2 < len(words) and words[i + 1] not in (None, "#")
            and words[i + 2] in STATEMENT_VERBS and PHRASE_TRIE.longest(words, i + 1) is None
            and PHRASE_TRIE.longest(words, i + 2) is None):
        return True  # "nagelklippare mina naglar är så långa": the same, said with a noun
    if words[i] not in _SUBJECTS or i + 1 >= len(words) or (
            words[i] in PET_SUBJECTS and i and words[i - 1] in PURPOSES):  # "till katten" is whom for
        return False
    if match is None:  # "korvbröd hon tål inte gluten": what is true of the client, said after the goods
        return words[i + 1] in REASON_VERBS or words[i + 1] in CHOICE_VERBS or words[i + 1] in STATEMENT_VERBS
    start = i + match.length
    rest = words[start:_aside_end(words, start)]
    sort_only = all(w in ATTRIBUTES or w in DESCRIBING for w in rest)  # "mjölk hon vill bara ha eko": its sort
    return match.phrase.kind == "add" and bool(rest) and (sort_only or (
        len(rest) > 1 and rest[0] in POINTERS and all(w in POINTERS or w in ATTRIBUTES or w in DESCRIBING
                                                      for w in rest[1:])))


_SHALL, _BECAUSE, _FROM = "ska", "för", "från"
_BEING_VERBS = frozenset({"är", "e", "var", "blir", "blev"})  # "om dom är fina": what they are, no goods after
_IT_WILL_BE = ("det", "ska", "bli")
_PLANNED = frozenset({"ska", "skall", "skulle"})  # "vi ska ha tacos" after the goods: what they are for
_COMING = frozenset({"kommer", "fyller"})  # "barnbarnen kommer", "grannen fyller år": someone said coming
_BEING = ("vara", "bli")  # "dom ska vara till såsen": the purpose said, kept (a "prefer" phrase of the lexicon)
_ONE_DOES = "man"  # "tabletter man har i diskmaskinen": what one puts the goods in is what they are for
_PUTS = frozenset({"har", "använder", "tar", "lägger", "stoppar", "sätter", "häller"})
_PUT_IN = frozenset({"i", "till", "på"})
_HOLDS = frozenset({"tar", "rymmer", "håller"})


def _holding_said(words: list[str | None], i: int) -> int:
    """Where an amount said as what the goods hold starts ("dom som tar två liter", "som rymmer fem liter"),
    0 if no such clause opens at i."""
    j = i + (words[i] in SORT_POINTERS)
    return j + 2 if words[j:j + 1] == ["som"] and words[j + 1:j + 2] != [] and words[j + 1] in _HOLDS and (
        words[j + 2:j + 3] == ["#"]) else 0


def _past_a_room(words: list[str | None], j: int) -> int:
    """Past where in the home a thing said is ("lampan i köket"), j where none is said at j."""
    return j + 2 if a_room(words[j:j + 2]) else j


def _of_a_thing(word: str | None) -> bool:
    """A statement's subject that is no person: a pronoun ("den", "det") or a noun in its definite form."""
    return word is not None and (word in STATEMENT_PRONOUNS or (len(word) > 4 and word.endswith(DEFINITE_ENDINGS)))


def _noun_subject(words: list[str | None], j: int) -> bool:
    """A clause's subject said as a noun, an owner perhaps before it, then its finite verb ("när syrran
    kommer", "när min dotter kommer", "om affären har"); a noun with no verb after it ("en bok om katter")
    is no clause."""
    if j < len(words) and words[j] in OWNERS:
        j += 1
    return (j + 1 < len(words) and words[j] not in (None, "#") and words[j + 1] is not None
            and words[j + 1] in REASON_VERBS)


def _statement_end(words: list[str | None], i: int) -> int:
    """Where a clause that opens with a statement ends, 0 if it opens otherwise: a pronoun or a noun in its
    definite form, a describing word perhaps, and a verb that says what is true of it, with more words after
    it ("den gamla har gått sönder", "det gamla gick av", "spisen är så smutsig"), or a person said as the
    subject, a pronoun or the client named as a relative names them ("hon har så torra ögon", "mamma tål inte
    gluten": "inte" after the verb is the statement's, no removal). A verb that starts a
    phrase ("mjölken är slut" asks for milk), a subject after the verb ("kaffet har ni") or "som" ("den som
    är lagrad" says the sort) is no statement. It ends at the next phrase, "så" after the verb and "och" with
    another verb of the subject ("och går inte ut", `_going_on`) aside."""
    word = words[i]
    person = word in _SUBJECTS  # "hon har så torra ögon", "mamma tål inte gluten"
    if not (person or _of_a_thing(word)):
        return 0
    j = i + 1
    if not person and j < len(words) and words[j] not in (None, "#", "som") and words[j] not in STATEMENT_VERBS and (
            words[j] not in CLAUSE_SUBJECTS and words[j] not in _SUBJECTS and PHRASE_TRIE.longest(words, j) is None):
        j += 1  # "den gamla"; "äpplen hon är sjuk", "tabletterna man har i diskmaskinen" are no statements of them
    if j >= len(words) or words[j] not in STATEMENT_VERBS or PHRASE_TRIE.longest(words, j) is not None:
        return 0
    if words[j] not in FAULT_VERBS and (j + 1 >= len(words) or words[j + 1] is None
                                        or words[j + 1] in CLAUSE_SUBJECTS):
        return 0  # "brandvarnaren piper" is a statement alone, "mjölken är" no more than milk
    verb, j = j, j + 1
    while j < len(words) and words[j] is not None:
        match = PHRASE_TRIE.longest(words, j) if words[j] != "#" else None
        if match is not None and (on := _going_on(words, j)) > j:
            j = on
            continue
        if match is not None and match.phrase.kind != "filler" and not (j == verb + 1 and words[j] in ("så", "inte")):
            break  # "spisen är så smutsig", "hon tål inte gluten": the statement's own words
        j += 1
    return j


def _refusal_end(words: list[str | None], i: int) -> int:
    """Where a clause that says what a person does not eat or drink ends ("hon äter inget från djur", "han
    dricker aldrig kaffe"), 0 if none opens at i: a subject, a verb of the diet and a negation, with words
    after it up to the next phrase ("så kycklingkorv" asks again). What a person does not tolerate is an
    aside instead, naming the goods' free-from sort (`_sorts_said_of`)."""
    if words[i] not in _SUBJECTS or i + 2 >= len(words) or words[i + 1] not in DIET_VERBS or (
            words[i + 2] not in REFUSALS):
        return 0
    j = i + 3
    while j < len(words) and words[j] is not None:
        match = PHRASE_TRIE.longest(words, j) if words[j] != "#" else None
        if match is not None and match.phrase.kind != "filler":
            break
        j += 1
    return j if j > i + 3 else 0


def _habit(words: list[str | None], i: int) -> int:
    """How many words a clause opens with that say what the client takes ("hon dricker", "han tar alltid",
    "vi brukar köpa", "pappa dricker"): as a care worker or a relative reports a client's wishes, they ask
    for the goods after them, as "jag vill ha" does. 0 where the clause opens otherwise."""
    if words[i] not in _SUBJECTS or i + 1 >= len(words) or words[i + 1] not in CHOICE_VERBS:
        return 0
    j = i + 1
    while j < len(words) and (words[j] in CHOICE_VERBS or words[j] in ASIDE_ADVERBS):
        j += 1
    return j - i


def _aside(elements: list[Element], words: list[str | None], i: int,
           said: int) -> tuple[list[Element], list[Element], list[Element], int]:
    """The elements of a spoken aside that still belong to the item before it, the sort it says of the client
    (`_sorts_said_of`), the goods perhaps said at its end (`_said_after_talk`), and where the aside ends.

    An aside that says why ("vi har möss i källaren") keeps only its sort words ("vi har alltid mörkrost"),
    one that says which the client takes or likes ("vi brukar ta mörkrost", "hon gillar zoégas", "vi har
    alltid köpt två paket") keeps all but its subject, verbs, pointing words and adverbs: they may name the
    item's sort, and a sort lost could make a wrong sure pick ("kaffe" alone may be sure). It ends where a
    separator, a command or a new request ("jag vill") starts.
    """
    start = i + said
    negated = False  # "om den inte är för stark": the sort it says is none wanted
    if said == 2 and words[i + 1] in STATEMENT_VERBS and start < len(words) and words[start] in ("så", "inte"):
        start += 1  # "hon tål inte gluten": the statement's own "inte", no removal (see _statement_end)
    elif words[i] in OWNERS and words[start:start + 1] and words[start] in STATEMENT_VERBS and (
            words[start + 1:start + 2] and words[start + 1] in ("så", "inte")):
        start += 2  # "mina naglar är så långa"
    elif words[i] in SUBORDINATORS and start < len(words) and words[start] == NOT:
        start, negated = start + 1, True  # "om det inte är för dyrt": the clause's own "inte", no removal
    end = _aside_end(words, start)
    if negated and start < len(words) and words[start] in _HAVING and (otherwise := next(
            (k for k in range(start + 2, min(end + 1, len(words))) if words[k] in _OTHERWISE), None)) is not None:
        # "mjölk om ni inte har lätt så mellan": the sort wished is the goods', what would do else is for staff
        # to substitute, no goods of its own
        return list(elements[start + 1:otherwise]), [], [], _otherwise_end(words, otherwise)
    verbs = [w for w in words[_past_a_room(words, i + 1):end]  # "lampan i köket har gått sönder"
             if w not in ASIDE_ADVERBS and w not in OLD]  # "den gamla är sliten"
    # "när dom kommer" says when, as a reason says why; so does what the client's own is ("mina naglar är så
    # långa"), "för" (because) and what the goods are for ("dom ska sitta i fjärrkontrollen")
    reason = words[i] in SUBORDINATORS or words[i] in OWNERS or words[i] == _BECAUSE or (
        (words[i] in STATEMENT_PRONOUNS or _of_a_thing(words[i])) and words[i + 1] in _PLANNED) or (
        (verbs[0] in REASON_VERBS or verbs[0] in STATEMENT_VERBS)
        and not (len(verbs) > 1 and verbs[1] in CHOICE_VERBS))
    goods_said = _words_of_the_item(words, i)  # a word they end with says no more of them ("bryggkaffe ... kaffe")
    kept = [] if negated else [
        element for element, word, before in zip(elements[start:end], words[start:end], words[start - 1:end])
        if word in ATTRIBUTES or word in DESCRIBING
        or not (reason or word in _SUBJECTS or word in CHOICE_VERBS or word in POINTERS
                or word in ASIDE_ADVERBS or word in EVERY or before in EVERY
                or any(said.endswith(word) for said in goods_said))]
    goods = _said_after_talk(elements, words, i, end) if reason else []  # a choice keeps its words
    return kept, _sorts_said_of(elements, words, i + 1, end), goods, end


def _words_of_the_item(words: list[str | None], i: int) -> list[str]:
    """The words said before i since the last pause, amounts left out: the goods an aside or a statement at i is
    said of."""
    start = i
    while start > 0 and words[start - 1] is not None:
        start -= 1
    return [word for word in words[start:i] if word is not None and word.isalpha()]  # no amount ("#")


def _said_after_talk(elements: list[Element], words: list[str | None], start: int, end: int) -> list[Element]:
    """The goods perhaps said at the end of talk in [start, end) with no pause ("korv hon är sjuk toapapper",
    "... sjuk två paket toapapper"): its last word, an amount perhaps before it, or all from a measure said
    ("... ett kilo äpplen royal gala"), after at least the talk's subject, verb and what it says. None where
    the talk negates ("hon tål inte riktigt mjölk": what she does not take) or grades ("hon har så torra
    ögon": Fazer's "Cacao Ögon" is no goods asked), a word before governs it ("allergisk mot nötter") or says
    what something is ("om dom är fina"), or the word is a sort, a person, an adverb or a verb of the talk. The
    catalog keeps it where the store sells it."""
    last = end - 1
    word = words[last] if last > start else None
    if word in (None, "#") or word in ATTRIBUTES or word in DESCRIBING or word in PERSON_SORTS or (
            word in _SUBJECTS or word in TALK_ADVERBS or word in TALK_BINDERS or word in FILLER_WORDS
            or word in CONTINUING_VERBS):
        return []
    first = last - isinstance(elements[last - 1], Amount)
    measured = (n for n in range(last - 1, start + 2, -1) if isinstance(element := elements[n], Amount)
                and (element.unit_word or element.unit not in (None, "st")))
    first = next(measured, first)  # "... ett kilo äpplen royal gala": the goods run from their measure
    if first - start < 3 or words[first - 1] in TALK_BINDERS or words[first - 1] in _BEING_VERBS or (
            words[first - 1] == "#") or any(
            w in REFUSALS or w in SORT_NEGATIONS or w in DEGREES for w in words[start:end]):
        return []
    return elements[first:end]


def _only_a_purpose(out: list[Event]) -> bool:
    """The clause said so far names only what the goods are for or against ("mot fläckar i tvätten", "till
    katten"): no goods of its own."""
    at = _first_word(out)
    return at < len(out) and isinstance(out[at], Token) and out[at].text in (*PURPOSES, "mot")


def _first_word(out: list[Event]) -> int:
    """Where the words of the clause said last begin, after its amount."""
    at = len(out)
    while at and isinstance(out[at - 1], (Token, Amount)):
        at -= 1
    while at < len(out) and isinstance(out[at], Amount):
        at += 1
    return at


def _before_the_goods(out: list[Event], sorts: list[Element]) -> None:
    """A sort a statement about the client names goes before the goods' first word, after their amount, as
    Swedish says it: "korv han är vegetarian" is a "vegetarisk korv", as a question to staff repeats it; so
    do goods searched for after their purpose ("mot fläckar vad heter det fläckborttagning")."""
    at = _first_word(out)
    out[at:at] = sorts


def _sorts_said_of(elements: list[Element], words: list[str | None], j: int, end: int) -> list[Element]:
    """The goods' sort a statement about a person says, from its verb at j: what they do not tolerate or eat
    ("hon tål inte laktos", "hon äter inget kött": "laktosfri", "vegetarisk"), what they are ("han är
    vegetarian", "hon har celiaki", a pet "hon är steriliserad"), where a pet goes ("och går ute": an outdoor
    cat's); none where Swedish names no such sort ("äter inte fläsk") or the statement denies it ("hon är inte
    vegan")."""
    if j + 1 >= end:
        return []
    # a sort the goods were said with is said once: "glutenfria korvbröd hon tål inte gluten"
    said = {ATTRIBUTES.get(word) or PERSON_SORTS.get(word) for word in _words_of_the_item(words, j)}
    negated = words[j + 1] in REFUSALS
    if words[j] in TOLERATES or words[j] in DIET_VERBS:
        sorts = [REFUSED_SORTS.get(word) or ATTRIBUTES.get(f"{word}fri") if negated and word is not None else None
                 for word in words[j + 2:end]]
        first = j + 2
    else:
        sorts = [None if negated or word is None else PERSON_SORTS.get(word) or (
            GOES_OUT.get(word) if words[at - 1] == "går" else None) for at, word in enumerate(words[j + 1:end], j + 1)]
        first = j + 1
    return [Token("word", sort, element.start, element.end)
            for element, sort in zip(elements[first:end], sorts) if isinstance(element, Token) and sort
            and sort not in said]


_HAVING = frozenset({"har", "hade", "finns", "fanns", "säljer"})  # what a store has: "om ni inte har lätt"
_OTHERWISE = frozenset({"så", "annars"})  # what would do else: "... så mellan", "lätt annars mellan"


_IF = frozenset({"om", "ifall"})
_SUCH = frozenset({"det", "sånt", "sådant", "dom", "de"})  # "om ni har sånt": the goods said after it


def _condition_end(words: list[str | None], i: int) -> int:
    """Where a condition that the store has the goods, said before them, ends ("om dom har (så)", "ifall
    affären säljer sånt"), 0 if none opens at i or no goods follow it."""
    if words[i] not in _IF:
        return 0
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in OWNERS)
    if j + 1 >= len(words) or words[j] in (None, "#") or words[j + 1] is None or (
            words[j] not in CLAUSE_SUBJECTS and (words[j + 1] not in _HAVING or PHRASE_TRIE.longest(words, j))):
        return 0
    if words[j + 1] in _HAVING:  # "om dom har (sånt) (så) en sallad": the goods are what the store has
        j += 2
        j += j < len(words) and words[j] in _SUCH
        j += j < len(words) and words[j] == "så"
    elif words[j + 1] == NOT and words[j + 2:j + 3] and words[j + 2] in _HAVING:
        return 0  # "om ni inte har lätt så mellan": what would do else (`_unless_had`)
    else:  # "om det är billigt så kaffe": the goods after "så"
        end = _clause_end(words, j + 1)
        if end >= len(words) or words[end] != "så":
            return 0
        j = end + 1
    goods = j + (j < len(words) and words[j] == "#")  # an amount perhaps first: "om dom har så 2 paket smör"
    return j if goods < len(words) and words[goods] is not None else 0


def _unless_had(words: list[str | None], i: int) -> bool:
    """A condition that the store lacks a sort, with what would do else, opens at i ("om ni inte har lätt så
    mellan"): said after goods and a pause or "och", it is still of those goods."""
    return (words[i] in _IF and words[i + 1:i + 2] != [] and words[i + 1] in CLAUSE_SUBJECTS
            and words[i + 2:i + 4] != [] and words[i + 2] == NOT and len(words) > i + 3 and words[i + 3] in _HAVING
            and any(w in _OTHERWISE for w in words[i + 4:_clause_end(words, i + 4) + 1]))


def _otherwise_end(words: list[str | None], j: int) -> int:
    """Where what would do else, said from j ("så mellan", "annars tar jag mellan"), ends: the clause's end. What
    to do else is no action on the basket ("ost om ni inte har den så skippa det" removes nothing)."""
    return _clause_end(words, j + 1, _CLAUSE_BREAKS - ACTIONS)


def _aside_end(words: list[str | None], j: int) -> int:
    """Where an aside ends: a separator, a command, a removal or a new request ("jag vill") after it; "och" and
    a verb of the same subject go on with it ("hon är kastrerad och går inte ut", `_going_on`)."""
    while j < len(words) and words[j] is not None:
        match = PHRASE_TRIE.longest(words, j) if words[j] != "#" else None
        if match is not None and (on := _going_on(words, j)) > j:
            j = on
            continue
        if match is not None and (match.phrase.kind not in ("add", "filler", "prefer") or words[j] in ASIDE_SUBJECTS) \
                and not (words[j] == "inte" and (words[j - 1] in TOLERATES or words[j - 1] in STRENGTH_VERBS)):
            # "hon tål inte laktos", "jag orkar inte tvätta håret": the aside's own
            break
        j += match.length if match is not None and words[j] not in ("inte", *ASIDE_SUBJECTS) else 1  # "har slut"
    return j


def _going_on(words: list[str | None], j: int) -> int:
    """Past "och" and a verb of the clause's subject, left unsaid, that starts no phrase of its own ("och går
    inte ut": the verb's negation is the clause's own too, no removal); j where no such verb follows."""
    verb = j + 1
    if words[j] != "och" or verb >= len(words) or words[verb] not in CONTINUING_VERBS or (
            PHRASE_TRIE.longest(words, verb) is not None):
        return j
    return verb + 1 + (verb + 1 < len(words) and words[verb + 1] in REFUSALS)


def _clause_end(words: list[str | None], i: int, breaks: frozenset[str] = _CLAUSE_BREAKS) -> int:
    """Past the rest of a question ("vad kostar mjölken") or talk up to the next separator or action (one of
    `breaks`); the clause's own "inte" is none ("mjölk, det gör inget om den inte är lätt")."""
    while i < len(words) and words[i] is not None:
        match = PHRASE_TRIE.longest(words, i) if words[i] not in ("#", NOT) else None
        if match and match.phrase.kind in breaks:
            break
        i += 1
    return i


# Words that show an utterance is Swedish after all, even with a few foreign words in it.
_SWEDISH = frozenset(
    w for w in (*PHRASE_TRIE.first_words(), *UNITS, "en", "ett", "två", "tre")
    if len(w) > 1 and w not in FOREIGN
)
