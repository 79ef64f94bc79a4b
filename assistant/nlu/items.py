"""Turn one segment into items: where each item starts, its quantity, phrase and attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.nlu.lexicon import (
    ATTRIBUTE_PREFIX_EXCEPTIONS,
    ATTRIBUTE_PREFIXES,
    ASIDE_SUBJECTS,
    ATTRIBUTES,
    BOTH_SAID,
    EACH_SAID,
    CHATTER_STARTS,
    CLIENT_WORDS,
    CODE_LETTERS,
    COMPLEMENTS,
    DECREMENT,
    DEGREES,
    DESCRIBING,
    GRADES,
    INCREMENT,
    NOT,
    OLD,
    ORDINARY,
    OWNERS,
    PACKAGE_KINDS,
    POINTERS,
    PURPOSES,
    REASON_VERBS,
    SET_FRAME,
    SIZED_PACKAGES,
    SORT_PREFIXES,
    SORT_NEGATIONS,
    SORT_POINTERS,
    SUBSTITUTE_JOINERS,
    UNITS,
    USUAL,
    USUAL_OWNERS,
    WHOLE_PIECES,
    a_room,
    a_weak_adjective,
    refill_written_whole,
    the_package,
)
from assistant.nlu.models import Item, Quantity
from assistant.nlu.quantities import (
    EACH,
    MULTIPACK,
    SIZE_WORDS,
    Amount,
    counts_containers,
    counts_packs,
    is_size,
    of_size,
)
from assistant.nlu.segments import Segment
from assistant.nlu.tokens import Token

PERCENT = re.compile(r"\d+(?:[.,]\d+)?%")  # a fat or strength said as a number ("femton procent": "15%")


@dataclass(slots=True)
class Draft:
    """An item being put together from the elements of a segment."""

    words: list[Token] = field(default_factory=list)
    amount: Amount | None = None
    action: str | None = None  # set for the two halves of a substitution
    start: int | None = None
    end: int | None = None

    def cover(self, start: int, end: int) -> None:
        self.start = start if self.start is None else min(self.start, start)
        self.end = end if self.end is None else max(self.end, end)


def split(segment: Segment, action: str) -> list[Draft]:
    """Items of a segment: a new item starts at a quantity that follows words and precedes words."""
    if action == "set":
        return _substitution(segment) or [_set_draft(segment)]
    drafts = [Draft()]
    elements = segment.elements
    postposed = _postposed(elements)
    ended = False  # an amount said after its item's words ended it (see _postposed)
    # "sån där" of "en sån där fryst": no words of the item (_describes_to_the_end); "eller två" of a range
    covered: set[int] = set()
    for index, element in enumerate(elements):
        if index in covered:
            drafts[-1].cover(element.start, element.end)
            continue
        if other := _other_count_after_the_amount(drafts[-1], elements, index):
            own = drafts[-1].amount.amount  # type: ignore[union-attr]
            drafts[-1].amount = replace(drafts[-1].amount, amount=min(own, other),  # type: ignore[arg-type]
                                        amount_max=max(own, other))
            covered.add(index + 1)  # "mjölk ett paket eller två": one or two packs, no goods "eller"
            drafts[-1].cover(element.start, element.end)
            ended = False
            continue
        if ended and not (isinstance(element, Token) and MULTIPACK.fullmatch(element.text)):
            drafts.append(Draft())  # "ägg ett 12-pack mjölk två liter": the pack word is still the eggs'
            ended = False
        current = drafts[-1]
        if (isinstance(element, Amount) and index == len(elements) - 1 and counts_containers(element)
                and current.words and current.amount is not None and is_size(current.amount)):
            count = replace(element)  # "fryspåsar två liter ett paket": a count of containers of the size said
            of_size(count, current.amount)
            current.amount = count
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount) and _counted_inside(current, element, elements[index - 1] if index else None):
            assert current.amount is not None and current.amount.amount is not None and element.amount is not None
            current.amount = replace(element, amount=current.amount.amount * element.amount, unit="st",
                                     start=current.amount.start)
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount) and _many_inside(current, element, elements[index - 1] if index else None):
            current.cover(element.start, element.end)  # "ett paket med flera rullar": one pack of many
            continue
        if isinstance(element, Amount) and _counts_multipacks(element, elements, index):
            element = replace(element, unit="st", unit_word=PACK)
        if isinstance(element, Amount) and _purpose_follows(current, element, elements[index + 1:]):
            if current.amount is None:  # "mjölk lite till kaffet": the milk's amount, vague
                current.amount = element
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount) and _purpose_names(current, element, elements[index + 1:]):
            current.cover(element.start, element.end)  # "älgfärs till en köttfärssås": the article only
            continue
        if isinstance(element, Amount) and _pack_said(current, element, elements[index - 1] if index else None):
            current.words[-1] = Token("word", f"{int(element.amount or 0)}-pack", element.start, element.end)
            current.cover(element.start, element.end)  # "te med hundra påsar": the "100-pack", as names write it
            continue
        if isinstance(element, Amount) and _pieces_in_the_package(
                current, element, elements[index - 1] if index else None):
            current.words.append(Token("word", f"{int(element.amount or 0)}-pack", element.start, element.end))
            current.cover(element.start, element.end)  # "ett paket ägg tolv stycken": the "12-pack"
            continue
        if isinstance(element, Amount) and _in_one_piece(current, element):
            current.words.append(Token("word", "bit", element.start, element.end))  # "ost i bit", as names write it
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount) and _range_said_after(current, element, elements, index):
            current.words.pop()  # "sex ägg eller tolv": six to twelve, as "sex eller tolv ägg" is
            current.amount = replace(current.amount, amount_max=element.amount)  # type: ignore[arg-type]
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount) and current.amount is not None and _corrects(current, element, elements, index):
            if element.unit is None:  # "två liter nej förresten tre": three litres
                element = replace(element, unit=current.amount.unit, unit_word=current.amount.unit_word)
            current.amount = element
            current.cover(element.start, element.end)
            continue
        if isinstance(element, Amount):
            before = elements[index - 1] if index else None
            following = elements[index + 1] if index + 1 < len(elements) else None
            followed_by_words = (isinstance(following, Token) and following.text != INCREMENT
                                 and not _each_ones_size_follows(elements, index + 1)
                                 and not _purpose_said(elements, index + 1))
            if _article_in_a_clause(current, element, before):
                current.cover(element.start, element.end)
                continue
            if _code_of_a_letter(current, element, before, following) or _parts_counted(current, element, before,
                                                                                         following):
                current.words.append(Token("num", str(int(element.amount or 0)), element.start, element.end))
                current.cover(element.start, element.end)
                continue
            if (code := _a_codes_number(current, element, before)) is not None:
                current.words.append(Token("num", code, element.start, element.end))
                current.cover(element.start, element.end)
                continue
            each_said = _said_size(current, element, before)
            said = each_said or _size_said_last(current, element, before, following)
            if said or _unread_size(current, element, followed_by_words):
                if current.words and before is current.words[-1] and current.words[-1].text in EACH:
                    current.words.pop()  # "smör på 250 g": the "på" says the size, it is no product word
                if current.amount is None or not said:  # 3 × an unreadable size ("på 1e400 g") is no amount
                    if each_said and current.amount is None:
                        element.each = element.amount  # "zip påsar på en liter": the size of each, one of them
                    current.amount = element
                else:  # "tre paket smör på 250 g": the size of the packages counted
                    of_size(current.amount, element)
                current.cover(element.start, element.end)
                ended = postposed
                continue
            if (current.words and current.amount is None and is_size(element) and index + 2 == len(elements)
                    and isinstance(following, Token) and following.text in _THE_SIZE):
                current.amount = element  # "fryspåsar tre liters storleken": the goods' size, said so
                current.cover(element.start, following.end)
                covered.add(index + 1)
                continue
            if postposed and current.amount is None:  # "mjölk två liter ost ett kilo": the amount ends its item
                current.amount = element
                current.cover(element.start, element.end)
                ended = True
                continue
            describing = _describes_to_the_end(elements, index + 1)
            if (current.words and current.amount is not None and current.amount.vague
                    and current.amount.amount is None and (following is None or describing or (
                        isinstance(following, Token) and following.text in PURPOSES))):
                current.amount = element  # "lite ädelost en liten bit till kexen": "lite" said, then how much
                current.cover(element.start, element.end)
                continue
            describes = describing or _a_sort_pointed_at(elements, index + 1)  # pointer kept: "mjölk den feta"
            repeated = describes and current.amount is not None and _one_said_again(current, element)
            package = current.amount is None and _package_said(elements, index + 1)
            if current.words and (repeated or current.amount is None and (
                    _complement_follows(element, elements, index + 1) or describes or package)):
                if not repeated:  # "räkor 1 kg med skal": the prawns' amount, then what they come with
                    current.amount = element
                if describing or package:
                    covered = {j for j, e in enumerate(elements) if j > index and isinstance(e, Token)
                                and e.text in POINTERS}
                if element.after is not None and not (describes and element.after.text == "av"):
                    current.words.append(element.after)  # the "med" the unit was read with ("två paket av de
                    #                                       vanliga": of those, no word of the goods)
                current.cover(element.start, element.end)
                continue
            if _names_number_last(current, element, before, following):
                current.words.append(Token("num", str(int(element.amount or 0)), element.start, element.end))
                current.cover(element.start, element.end)
                continue
            if current.amount is not None or (
                    current.words and followed_by_words and not _multipack_ends(elements, index + 1)):
                drafts.append(Draft(amount=element))
            else:
                current.amount = element
            drafts[-1].cover(element.start, element.end)
        else:
            current.words.append(element)
            current.cover(element.start, element.end)
    return drafts


def _names_number_last(draft: Draft, amount: Amount, before: object, following: object) -> bool:
    """"ett paket kaffefilter 102", "en ask hörapparatsbatterier 312": a whole number without a unit said
    last, right after the words of an item whose count was said before them, is the goods' size or model
    number as names write it ("Kaffefilter 102"), no item of no words (it was dropped)."""
    return (draft.amount is not None and bool(draft.words) and before is draft.words[-1] and following is None
            and _whole_number(amount))


_THE_SIZE = frozenset({"storlek", "storleken"})  # said after a measure ("tre liters storleken"): what it is


def _whole_number(amount: Amount) -> bool:
    """A whole number said without a unit, plainly: no range, nothing vague, odd or guessed."""
    return (amount.amount is not None and amount.amount == int(amount.amount) and amount.unit is None
            and amount.amount_max is None and not (amount.vague or amount.more or amount.odd or amount.guessed))


def _counted_inside(draft: Draft, count: Amount, before: object) -> bool:
    """"en kartong med femton ägg", "en låda med sex flaskor vatten": a plain count right after a count of
    containers "med" counts what each holds, and the goods are that many ("kartong" was an item of its own
    that found nothing, beside fifteen eggs), and so after the goods ("ägg ett paket med femton": the count was
    lost); "en påse med godis" has no count inside."""
    return (draft.amount is not None and before is draft.amount and draft.amount.after is not None
            and counts_containers(draft.amount) and counts_packs(count) and not count.odd
            and (count.unit_word is None or count.unit == "st"))


def _many_inside(draft: Draft, count: Amount, before: object) -> bool:
    """"hushålls papper ett paket med flera rullar": many of the goods, with their unit word, said inside a
    count of containers (`_counted_inside`) is what each holds, no count."""
    return (draft.amount is not None and before is draft.amount and draft.amount.after is not None
            and counts_containers(draft.amount) and count.vague and count.unit_word is not None)


def _code_of_a_letter(draft: Draft, amount: Amount, before: object, following: object) -> bool:
    """"en led lampa e fjorton fyrtio watt": a whole number without a unit right after a lone letter ending
    an item's words, before a measure ("40w"), is the letter's code as names write it ("E14"); it started an
    item of fourteen 40-watt lamps. Said last it is `_names_number_last`'s, or the count ("batterier c två"),
    which the catalog reads as a code only where names write one; before words it may count them ("vitamin
    c tio tabletter"). A letter that is a word ("i", "å", "ö") or says a size each ("a": "3 st a 250 g") is
    no code."""
    return (isinstance(before, Token) and bool(draft.words) and before is draft.words[-1]
            and len(before.text) == 1 and before.text.isalpha() and before.text not in LETTER_WORDS
            and isinstance(following, Token) and any(c.isdigit() for c in following.text) and _whole_number(amount))


def _a_codes_number(draft: Draft, amount: Amount, before: object) -> str | None:
    """"knappbatteri cr 2032", "ett knappbatteri cr tjugofyra femtio": a whole number right after a code's letters
    (`CODE_LETTERS`) ending an item's words is the code's, as names write it ("CR2032"), no count (2032 batteries
    were asked), and so are two numbers of two digits said in a row, as a code is spoken ("tjugofyra femtio":
    "2450", no range of 24 to 50). The code's digits, None where no code's number is said."""
    if not (draft.words and before is draft.words[-1] and isinstance(before, Token) and before.text in CODE_LETTERS
            and amount.amount is not None and amount.unit is None and not (amount.vague or amount.more or amount.odd)):
        return None
    if amount.amount_max is None:
        return str(int(amount.amount)) if amount.amount == int(amount.amount) else None
    first, second = amount.amount, amount.amount_max
    return f"{int(first)}{int(second):02d}" if first == int(first) and second == int(second) and (
        10 <= first < 100 and 0 <= second < 100) else None


def _article_in_a_clause(draft: Draft, amount: Amount, before: object) -> bool:
    """"kuvert som ett a4 papper får plats i": a one right after an item's "som" is the relative clause's article,
    no count of goods of their own (it started an item "a4 papper får plats i")."""
    return (bool(draft.words) and before is draft.words[-1] and isinstance(before, Token) and before.text == "som"
            and _whole_number(amount) and amount.amount == 1)


def _parts_counted(draft: Draft, amount: Amount, before: object, following: object) -> bool:
    """"en matlåda i glas med två fack", "ett grenuttag med fyra uttag": a whole number of two or more right after
    an item's "med", before a word of no unit, counts parts the goods have, as names write it ("Matlåda Glas
    2-fack"), no item of its own (the compartments were a line of theirs)."""
    return (len(draft.words) > 1 and before is draft.words[-1] and before.text == "med"
            and isinstance(following, Token) and following.kind == "word" and _whole_number(amount)
            and (amount.amount or 0) >= 2)


LETTER_WORDS = frozenset({"i", "å", "ö"}) | EACH  # one-letter Swedish words, and the "a" of "3 st a 250 g"


def _pack_said(draft: Draft, amount: Amount, before: object) -> bool:
    """"earl grey te med hundra påsar", "toapapper med 24 rullar", "kaffefilter med 100 st": a whole count of
    two or more, said with its unit word right after an item's "med", is how many the pack holds, as names
    write it ("Earl Grey 100-p"), no count of packs nor goods of their own (the bags were a line of theirs)."""
    return (bool(draft.words) and before is draft.words[-1] and before.text == "med" and amount.unit_word is not None
            and counts_packs(amount) and amount.amount is not None and amount.amount >= 2
            and amount.amount == int(amount.amount) and not (amount.odd or amount.guessed))


def _pieces_in_the_package(draft: Draft, amount: Amount, before: object) -> bool:
    """"ett paket ägg tolv stycken": pieces counted right after goods counted by one container are how many it
    holds, as "med tolv stycken" says ("Ägg 12-pack"), no item "stycken" of their own."""
    own, unit = draft.amount, UNITS.get(amount.unit_word or "")
    return (own is not None and own.amount == 1 and counts_containers(own) and bool(draft.words)
            and before is draft.words[-1] and own.end <= draft.words[0].start
            and unit is not None and unit.package and not unit.container and counts_packs(amount)
            and (amount.amount or 0) >= 2 and amount.amount == int(amount.amount or 0)
            and not (amount.odd or amount.guessed))


def _in_one_piece(draft: Draft, amount: Amount) -> bool:
    """"oxfilé i en bit", "ost i ett stycke": one piece said right after an item's "i" is how the goods come,
    whole and uncut, no count nor goods of their own: the item says "i bit", as names write it ("Oxfilé i Bit")."""
    return (amount.amount == 1 and amount.unit_word in WHOLE_PIECES and amount.amount_max is None
            and not (amount.vague or amount.more) and bool(draft.words) and draft.words[-1].text == "i")


def _one_said_again(draft: Draft, amount: Amount) -> bool:
    """"ett halsband ett rött": a count of one without a unit, after an item of its own amount, that only
    describing words follow, is the article said again ("a collar, a red one"): which of the goods, not
    how many nor another item."""
    return (amount.amount == 1 and amount.unit is None and amount.amount_max is None and not amount.vague
            and draft.amount is not None and amount.start > draft.amount.end)


def _corrects(draft: Draft, amount: Amount, elements: list[Token | Amount], index: int) -> bool:
    """"pizza två stycken nej förresten tre": an amount said last, right after the item's own amount with
    only filler words dropped between them ("nej", "förresten", "eh"), is the amount meant, no item of
    its own (said with nothing between, "två stycken tre", it is left as it was). So is one said last
    after the item's words where its own amount came before them ("tre hekto skinka nej förresten fyra"),
    never a word of the goods."""
    before = elements[index - 1] if index else None
    own = draft.amount is not None and (before is draft.amount or (
        bool(draft.words) and before is draft.words[-1] and draft.amount.end <= draft.words[0].start))
    return (index == len(elements) - 1 and bool(draft.words) and before is not None and own
            and amount.start - before.end > 1 and amount.amount is not None and not amount.vague)


def _range_said_after(draft: Draft, amount: Amount, elements: list[Token | Amount], index: int) -> bool:
    """"sex ägg eller tolv": a larger whole number said last, right after the item's words and an "eller", where the
    item's own count came before them, is the top of a range (it was words "ägg eller 12" that found nothing)."""
    own = draft.amount
    return (index == len(elements) - 1 and own is not None and own.amount is not None and own.amount_max is None
            and len(draft.words) > 1 and elements[index - 1] is draft.words[-1] and draft.words[-1].text == "eller"
            and own.end <= draft.words[0].start and _whole_number(amount)
            and (amount.amount or 0) > own.amount and (own.unit_word is None or own.unit == "st"))


def _other_count_after_the_amount(draft: Draft, elements: list[Token | Amount], index: int) -> float | None:
    """"mjölk ett paket eller två": "eller" and another whole number said last, right after the item's own
    amount, is the other end of its range (it was an item "eller" of two); None where no such count follows."""
    own, other = draft.amount, elements[index + 1] if index + 1 < len(elements) else None
    if not (index + 2 == len(elements) and isinstance(elements[index], Token) and elements[index].text == "eller"
            and isinstance(other, Amount) and own is not None and own.amount is not None and own.amount_max is None
            and draft.words and elements[index - 1] is own and _whole_number(other) and other.unit is None):
        return None
    return other.amount if other.amount != own.amount else None


def _purpose_follows(draft: Draft, amount: Amount, rest: list[Token | Amount]) -> bool:
    """"en äppelkrona något till kaffet": a vague amount right after an item's words, before what it is
    for, says what that item is for ("something for the coffee"); it starts no item of its own."""
    return (amount.vague and amount.word is not None and bool(draft.words) and len(rest) >= 2
            and isinstance(rest[0], Token) and rest[0].text in PURPOSES
            and isinstance(rest[1], Token) and rest[1].kind == "word")


def _purpose_names(draft: Draft, amount: Amount, rest: list[Token | Amount]) -> bool:
    """"älgfärs till en köttfärssås", "tomater för en sallad": a bare article right after a purpose word that
    follows an item's words, before a word, is the dish or thing the goods are for, no item of its own (a
    count or a unit there, "kaffe till två paket filter", is left to start one)."""
    return (amount.amount == 1 and amount.unit is None and amount.amount_max is None and not amount.vague
            and not amount.more and amount.odd is None and len(draft.words) >= 2
            and draft.words[-1].text in PURPOSES and draft.words[-2].text not in PURPOSES
            and bool(rest) and isinstance(rest[0], Token) and rest[0].kind == "word")


def _complement_follows(amount: Amount, elements: list[Token | Amount], index: int) -> bool:
    """What the item comes with or without, where from or what for, follows its amount ("räkor 1 kg med skal",
    "kaffe 2 pkt utan koffein", "löjrom en ask från frysen", "parmesan en bit att riva"): "med"/"utan"/
    "från"/"ur"/"att" and a word, perhaps
    after the amount's own adjective ("en liten ask"), which start no item of their own. The unit may have
    been read with the "med" ("en påse med godis"): `amount.after`."""
    while (index < len(elements) and isinstance(elements[index], Token)  # "en liten ask från frysen"
           and (elements[index].text in ATTRIBUTES or elements[index].text in DESCRIBING)):
        index += 1
    following = elements[index] if index < len(elements) else None
    if not isinstance(following, Token) or following.kind != "word":
        return False
    if amount.after is not None:
        return amount.after.text in COMPLEMENTS
    then = elements[index + 1] if index + 1 < len(elements) else None
    # "parmesan en bit att riva över spagettin": what the goods are for, said with "att" and a verb, goes on too,
    # as what the client does with them ("rödbetor ett halvt kilo som jag kokar själv") or what they are ("ost en
    # bit som är lagrad")
    return isinstance(then, Token) and then.kind == "word" and (following.text in (*COMPLEMENTS, "att") or (
        following.text == "som" and (then.text in ASIDE_SUBJECTS or then.text in _WHAT_THEY_ARE)))


_WHAT_THEY_ARE = frozenset({"är", "e", "inte", "ska", "skall"})  # "som är lagrad", "som inte är för stark"


def _describes_to_the_end(elements: list[Token | Amount], index: int) -> bool:
    """Only words saying how the goods are prepared, cut or kept follow the amount ("skinka 200 g rökt",
    "mjölk 2 l laktosfri", "skinka 200 g inte rökt"), or point at such ones ("moussaka en sån där fryst": one
    of those frozen): they describe the item said before it, no goods of their own. What they come with or where
    from may follow the description ("kycklingfilé ett kilo den färska från kylen")."""
    rest = elements[index:]
    words = [e.text for e in rest if isinstance(e, Token) and e.kind == "word"]
    if len(words) != len(rest):
        return False
    if words and MULTIPACK.fullmatch(words[0]) and all(w in PURPOSES or w in COMPLEMENTS for w in words[1:2]):
        return True  # "kattmat bitar i sås ett tolvpack till missen", "... ett tolvpack med småflaskor": one
        #              twelve-pack of the goods
    # "värmeljus ett stort paket dom vanliga": how big or what colour may come before the pointer
    pointed = words[next((i for i, w in enumerate(words) if w not in ATTRIBUTES and w not in DESCRIBING), 0):]
    if len(pointed) > 2 and pointed[0] in POINTERS and pointed[1] in ("som", *USUAL, "med", "utan"):
        return True  # "havremjölk en liter den som man kan skumma", "tandkräm en tub den vanliga colgate",
        #              "yoghurt en liter den utan socker", "sköljmedel ett sånt utan parfym"
    if (len(words) > 2 and words[0] in SORT_POINTERS and (words[1] in DESCRIBING or words[1] in ATTRIBUTES
                                                          or words[1] in GRADES)
            and not _a_sort_pointed_at_said(words)):  # "den fasta sorten" keeps its pointer (`_a_sort_pointed_at`)
        return True  # "kattmat två burkar den billiga first price", "olivolja en flaska den extra virgin": the
        #              sort pointed at, and whose or which
    if len(words) > 2 and words[0] in POINTERS and words[1] in PURPOSES:
        return True  # "rulltårta med jordgubb en sån till söndagsfikat": one of them, for the coffee
    if _a_sort_not_wanted_said(words):
        return True
    # what the goods come with, where from or what for may follow ("skinka 200 g rökt till mackorna")
    words = words[:next((i for i, w in enumerate(words) if i and (w in COMPLEMENTS or w in PURPOSES)), len(words))]
    # "olivolja en vanlig sån", "hårbalsam en flaska vanligt": the ordinary sort is one too
    describing = [w for w in words if w in DESCRIBING or w in ATTRIBUTES or w in ORDINARY or PERCENT.fullmatch(w)]
    return bool(describing) and all(
        w in POINTERS or (w in SORT_NEGATIONS and i + 1 < len(words) and words[i + 1] in describing)
        for i, w in enumerate(words) if w not in describing)


def _a_sort_not_wanted_said(words: list[str]) -> bool:
    """A negation and how much of any word, or a sort pointed at ("inte för mogna", "inte så stark", "inte den
    feta"): a sort of the goods not wanted."""
    return (len(words) == 3 and words[0] in SORT_NEGATIONS
            and (words[1] in DEGREES or words[1] in SORT_POINTERS and a_weak_adjective(words[2])))


def _a_sort_pointed_at(elements: list[Token | Amount], index: int) -> bool:
    """"den feta", "de grekiska 10%": a pointer and a weak adjective alone (no noun after it: "den feta osten"),
    a strength perhaps after it, say the sort of goods just said, whichever word the adjective is. The pointer
    stays, as when no amount comes between ("yoghurt den grekiska": the catalog reads the sort before the
    thing)."""
    rest = elements[index:]
    words = [e.text for e in rest if isinstance(e, Token) and e.kind == "word"]
    said = words[:next((i for i, w in enumerate(words) if i > 1 and (w in COMPLEMENTS or w in PURPOSES)),
                       len(words))]  # "det mörka från zoégas", "den goda till salladen": where from or what for too
    return len(words) == len(rest) and _a_sort_pointed_at_said(said)


def _a_sort_pointed_at_said(words: list[str]) -> bool:
    """The words are a pointer, a weak adjective and perhaps a strength or the word "sort" ("det mörka", "den
    lagrade", "den feta 3%", "den fasta sorten")."""
    if len(words) >= 3 and words[1] in _HOW_MUCH:  # "den lite starka"
        words = [words[0], *words[2:]]
    return (len(words) >= 2 and words[0] in SORT_POINTERS and a_weak_adjective(words[1])
            and all(PERCENT.fullmatch(w) or w in _SORT_NOUNS for w in words[2:]))


_HOW_MUCH = frozenset({"lite", "mer", "mest", "extra", "riktigt", "ganska", "väldigt"})


_SORT_NOUNS = frozenset({"sorten", "sorts", "varianten", "typen", "slaget"})


def _package_said(elements: list[Token | Amount], index: int) -> bool:
    """What kind of package the goods just said come in follows their amount ("snabbkaffe en refill påse",
    "luftfräschare en sån gel burk till toaletten"): a kind of package and a container word, pointing words
    perhaps before them, or a package of a size ("ett storpack"); they are the goods' words (the catalog reads
    the package), no goods of their own."""
    words = [e.text if isinstance(e, Token) else "#" for e in elements[index:index + 4]]
    while words and words[0] in POINTERS:
        words.pop(0)
    if not words:
        return False
    first = words[0]
    return ((len(words) >= 2 and first in PACKAGE_KINDS and _a_container(words[1]))
            or first in SIZED_PACKAGES  # "kattmat ett storpack till katten"
            or refill_written_whole(first))  # "en påfyllnadspåse"


def _a_container(word: str) -> bool:
    """A unit word of a container ("påse", "burk")."""
    return word in UNITS and UNITS[word].container



def _postposed(elements: list[Token | Amount]) -> bool:
    """Several items said in one breath, each with its amount after it ("mjölk två liter ost ett
    kilo", "kalkon korv ett paket varm korv två paket"): words first, an amount last, and every amount
    after words. Read as amounts before the next item, the last one would be an item of no words."""
    amounts = [i for i, element in enumerate(elements) if isinstance(element, Amount)]
    return (len(amounts) >= 2 and isinstance(elements[0], Token) and amounts[-1] == len(elements) - 1
            and all(isinstance(elements[i - 1], Token) for i in amounts)
            and not _each_ones_size_follows(elements, amounts[-2] + 1))  # "fryspåsar ett paket på tre liter"


PACK = "pack"  # the package word a count of multipacks is read with: packages, not pieces (packages.COUNT_WORDS)


def _counts_multipacks(amount: Amount, elements: list[Token | Amount], index: int) -> bool:
    """"två sexpack ägg", "ägg ett 12-pack": a bare count right before a multipack counts packs of it, as
    "två paket ägg" does; read as pieces, two six-packs of eggs were two eggs, one pack."""
    following = elements[index + 1] if index + 1 < len(elements) else None
    return (amount.unit is None and amount.unit_word is None and isinstance(following, Token)
            and MULTIPACK.fullmatch(following.text) is not None)


def _multipack_ends(elements: list[Token | Amount], index: int) -> bool:
    """"pripps blå ett sexpack", "ägg ett 12-pack": a count and a multipack word alone after an item's
    words are how many packs of it, as "ost, en bit" is; the pack's word stays in the item's phrase."""
    token = elements[index]
    return (isinstance(token, Token) and MULTIPACK.fullmatch(token.text) is not None
            and not any(isinstance(e, Token) and e.kind == "word" for e in elements[index + 1:]))


def _purpose_said(elements: list[Token | Amount], index: int) -> bool:
    """"diskmedel en flaska för handdisken": what the goods are for, said after their amount with "för" or "åt"
    as with "till", starts no goods of its own."""
    return (index + 1 < len(elements) and isinstance(word := elements[index], Token) and word.text in PURPOSES
            and isinstance(elements[index + 1], Token) and elements[index + 1].kind == "word")


def _each_ones_size_follows(elements: list[Token | Amount], index: int) -> bool:
    """"fryspåsar ett paket (dom) på tre liter": a size said with "på" last after a count is each package's, no
    words of the next goods."""
    while index < len(elements) and isinstance(elements[index], Token) and elements[index].text in POINTERS:
        index += 1
    return (index + 2 == len(elements) and isinstance(each := elements[index], Token) and each.text in EACH
            and isinstance(size := elements[index + 1], Amount) and is_size(size))


def _unread_size(draft: Draft, size: Amount, followed_by_words: bool) -> bool:
    """A number that is no amount ("1e400 g", "0 g") said after a counted item, ending it: it would make
    an item of no words, dropped unseen. The packages counted are of a size nobody can read, so the
    item's amount is that odd one, kept as said, and the line is asked about."""
    return (size.odd is not None and size.amount is None and not followed_by_words and bool(draft.words)
            and draft.amount is not None and draft.amount.odd is None)


def _size_said_last(draft: Draft, size: Amount, before: object, following: object) -> bool:
    """A weight or volume that ends the item right after the words of goods counted in containers before
    them is each container's size, as with "på" ("en rulle avfallspåsar 30 liter", "två paket kaffe 500 g");
    said after a count of pieces ("3 st kycklingfilé 1 kg") it is no size of them, and with words after it
    it is the next item's amount ("två paket smör 500 g köttfärs")."""
    return (following is None and is_size(size) and bool(draft.words) and before is draft.words[-1]
            and draft.amount is not None and draft.amount.end <= draft.words[0].start
            and counts_containers(draft.amount))


def _said_size(draft: Draft, size: Amount, before: object) -> bool:
    """A size said after the product with "på"/"à"/"om" ("smör på 250 g") is the product's; with a count
    of packages before it ("tre paket smör på 250 g"), the size of each."""
    return (is_size(size) and bool(draft.words) and before is draft.words[-1] and draft.words[-1].text in EACH
            and (draft.amount is None or counts_packs(draft.amount)))


def _substitution(segment: Segment) -> list[Draft] | None:
    """"byt mjölken mot filmjölk": no new count, so the old product goes and the new one comes."""
    elements = segment.elements
    if any(isinstance(e, Amount) for e in elements):
        return None
    joints = [i for i, e in enumerate(elements) if isinstance(e, Token) and e.text in SUBSTITUTE_JOINERS]
    if not joints or joints[0] == 0 or joints[0] == len(elements) - 1:
        return None
    drafts = []
    for action, part in (("remove", elements[:joints[0]]), ("add", elements[joints[0] + 1:])):
        draft = Draft(action=action)
        for element in part:
            if isinstance(element, Token) and element.text not in SET_FRAME:
                draft.words.append(element)
                draft.cover(element.start, element.end)
        drafts.append(draft)
    old, new = drafts
    if new.words and all(w.text in ATTRIBUTES for w in new.words):
        new.words += old.words  # "byt mjölken mot laktosfri": the laktosfri kind of the same product
    return drafts


def _set_draft(segment: Segment) -> Draft:
    """"ändra mjölken från två till tre": one item, the last quantity said is the new one."""
    draft = Draft()
    for element in segment.elements:
        if isinstance(element, Amount):
            draft.amount = element
        elif element.text not in SET_FRAME:
            draft.words.append(element)
        draft.cover(element.start, element.end)
    return draft


_DESCRIBING_GOODS = frozenset({"med", "utan", "som"})  # "ett bröd som är glutenfritt": said of the goods


def build(draft: Draft, action: str, fallback_start: int) -> Item | None:
    words = list(draft.words)
    increment = draft.amount is not None and draft.amount.more  # "en till mjölk"
    if words and words[-1].text == INCREMENT and (
        draft.amount.start < words[-1].start if draft.amount is not None else len(words) > 1
    ):
        words.pop()  # "en mjölk till"
        increment = True
    if increment:
        action = "set"
    elif words and words[-1].text in DECREMENT and draft.amount is not None and draft.amount.start < words[-1].start:
        words.pop()  # "en mjölk mindre": one fewer (baskets.service takes a count away)
        action = "remove"
    amount = draft.amount
    if amount is None and len(words) > 1 and words[0].text in UNITS and UNITS[words[0].text].bare:
        amount = _bare_unit(words[0])
        words = words[1:]
    phrase_words, usual = _usual([w.text for w in words])
    phrase_words = _no_pointing_inside(_strip_pointers(phrase_words))
    chatter = bool(phrase_words) and _chatter(phrase_words)
    if not any(len(w) > 1 and w != INCREMENT for w in phrase_words) or chatter:
        phrase_words = []  # "x", "%", a lone "till", "jag heter Anna": nothing to look for
    quantity = _quantity(amount)
    if amount is not None and amount.unit_word and not increment and (
            not phrase_words or (len(phrase_words) > 1 and (phrase_words[0] in (*PURPOSES, "som", "mot") or (
                phrase_words[0] in _DESCRIBING_GOODS and UNITS[amount.unit_word].goods)))):
        # "en limpa", "en limpa till henne", "en spray mot flugor", "ett bröd med frön", "en låda som skorna får
        # plats i" (what is said of it, no goods in it): the package word is the product
        phrase_words = [amount.unit_word, *phrase_words]
    if not phrase_words and not increment and (action == "add" or draft.start is None or chatter):
        return None  # talk removes nothing: "ost inte har" points back at no line
    start = draft.start if draft.start is not None else fallback_start
    end = draft.end if draft.end is not None else fallback_start
    return Item(
        phrase=" ".join(phrase_words),
        quantity=quantity,
        attributes=_attributes(phrase_words),
        action=action,  # type: ignore[arg-type]
        increment=increment,
        usual=usual,
        span=(start, end),
    )


_LISTED = frozenset({"och", "o", "å", "samt", "&", "+"})


def said_of_both(items: list[Item], text: str) -> list[Item]:
    """"schampo och tvål båda utan parfym", "... tvål, båda utan parfym": the words after "båda" describe both
    goods listed before it with "och", so each gets them and "båda" is no word of the goods."""
    out: list[Item] = []
    for item in items:
        words = item.phrase.split()
        at = next((i for i, word in enumerate(words) if word in BOTH_SAID), None)
        if at is None or at == len(words) - 1:
            out.append(item)
            continue
        said = words[at + 1:]
        if at and out and _listed(text, out[-1], item):  # "tvål båda utan parfym"
            out[-1:] = [_described(out[-1], said),
                        _described(item.model_copy(update={"phrase": " ".join(words[:at])}), said)]
        elif not at and len(out) > 1 and _listed(text, out[-2], out[-1]) and item.action == "add":
            out[-2:] = [_described(one, said) for one in out[-2:]]  # "schampo och tvål, båda utan parfym"
        else:
            out.append(item)
    return out


def amounts_of_each(items: list[Item], text: str) -> list[Item]:
    """"senapssill och matjessill en burk av varje", "tvål och schampo två av båda": an amount said of each,
    after goods listed with "och" and no amount of their own, is each one's amount, no goods of its own."""
    out: list[Item] = []
    for item in items:
        words = item.phrase.split()
        listed = len(out)
        while listed and out[listed - 1].action == "add" and out[listed - 1].quantity.amount is None and (
                listed == len(out) or _listed(text, out[listed - 1], out[listed])):
            listed -= 1
        if (item.action == "add" and item.quantity.amount is not None and words[-1:] and words[-1] in EACH_SAID
                and words[:-1] in ([], ["av"]) and len(out) - listed > 1
                and not text[out[-1].span[1]:item.span[0]].strip(" ,")):
            out[listed:] = [one.model_copy(update={"quantity": item.quantity}) for one in out[listed:]]
        else:
            out.append(item)
    return out


def _listed(text: str, first: Item, second: Item) -> bool:
    """Two goods to add said one after the other with "och" between them."""
    return (first.action == second.action == "add"
            and text[first.span[1]:second.span[0]].strip(" ,").lower() in _LISTED)


def _described(item: Item, words: list[str]) -> Item:
    return item.model_copy(update={"phrase": " ".join([item.phrase, *words]),
                                   "attributes": list(dict.fromkeys([*item.attributes, *_attributes(words)]))})


def _chatter(words: list[str]) -> bool:
    """A left-over clause that is talk, not goods: it starts like talk ("jag heter Anna", "är det kallt"), or
    says what is true of the client named as a relative names them ("mamma e diabetiker", "pappa är
    vegetarian nu": a person and a verb), or of someone's or something's ("min gamla gick sönder", "min
    dotter kommer": an owner, a noun and a verb), or an owner's word alone, what is left of a remark
    about the client's own ("ögondroppar, mina är slut")."""
    return words[0] in CHATTER_STARTS or all(word in OWNERS for word in words) or (
        len(words) > 1 and words[0] in CLIENT_WORDS and words[1] in REASON_VERBS) or (
        len(words) > 2 and words[0] in OWNERS and words[2] in REASON_VERBS)


def _the_old_one(words: list[str]) -> bool:
    """"den gamla flaskan är slut", "min gamla är slut": a pointing or an owner's word before "gamla", alone
    or with a verb or the goods' container, speaks of the client's old one of the goods just said (a remark
    on why they are needed), no goods to buy; "den gamla osten" names goods."""
    if len(words) < 2 or not (words[0] in POINTERS or words[0] in OWNERS) or words[1] not in OLD:
        return False
    after = words[2:3]  # nothing, a verb ("är nästan slut") or its container ("flaskan"), no goods ("osten")
    return not after or after[0] in REASON_VERBS or (after[0] in UNITS and UNITS[after[0]].container)


def _a_room(words: list[str]) -> bool:
    """"i badrummet", "på toaletten": where in the home alone says where the goods are needed, no goods to buy."""
    return len(words) == 2 and a_room(words)


def _usual(words: list[str]) -> tuple[list[str], bool]:
    """"min vanliga ost", "den vanliga osten": (the words naming the kind, True); "vanliga bananer" are
    the ordinary sort, not the client's usual."""
    if len(words) >= 2 and words[0] in USUAL_OWNERS and words[1] in USUAL:
        return words[2:], True
    return words, False


def _strip_pointers(words: list[str]) -> list[str]:
    """"den där osten", "en till av den": pointing words around a phrase (not inside: "dulce de leche")."""
    start, end = 0, len(words)
    while start < end and words[start] in POINTERS:
        start += 1
    while end > start and words[end - 1] in POINTERS:
        end -= 1
    return words[start:end]


def _no_pointing_inside(words: list[str]) -> list[str]:
    """"diskmedel det där från grumme", "diskmedel av det där grumme märket": pointing at a sort in the
    middle of the goods' words ("that one", "that brand") names nothing; the brand said stays."""
    out: list[str] = []
    for word in words:
        if word in _HERE_THERE and out and out[-1] in _POINTING_BEFORE and len(out) > 1:
            out.pop()  # "det där"
        elif not (word in _BRAND_WORDS and len(words) > 1):
            out.append(word)
    return out


_HERE_THERE = frozenset({"där", "här"})
_POINTING_BEFORE = frozenset({"den", "det", "dom", "de", "sån", "sånt", "sådan", "sådant", "såna"})
_BRAND_WORDS = frozenset({"märket", "märke", "märkets"})  # "grumme märket": the brand Grumme


def _points_to_a_sort(words: list[str]) -> bool:
    """"det med havssalt", "den utan socker": a pointing word and "med" or "utan" name no goods of their
    own but which sort of the goods just said ("tunnknäcke, det med havssalt" is the crispbread with salt)."""
    return len(words) > 2 and words[0] in POINTERS and words[1] in ("med", "utan")


def _goods_of_a_sort_pointed_at(before: list[str], words: list[str]) -> list[str]:
    """"mjölk den lätta" then "den feta", "tuc kex de vanliga" then "de med ost": the goods words said before
    the first pointer, where both point at a sort (describing words, a weak adjective: "den feta", "de
    vanliga", or "med"/"utan" and what: "de med ost"); none otherwise."""
    def a_sort(said: list[str]) -> bool:
        return len(said) > 1 and said[0] in SORT_POINTERS and (
            said[1] in ("med", "utan") or _sort_words([w for w in said[1:] if not w.endswith("a")]))
    at = next((i for i, word in enumerate(before) if word in SORT_POINTERS), 0)
    return before[:at] if at and a_sort(before[at:]) and a_sort(words) else []


def _said_again(before: list[str], words: list[str]) -> bool:
    """"fil, vanlig fil", "mjölk, lätt mjölk": the goods just said, said again after sort words only (an
    ordinary, a describing or an attribute word), are the same goods with their sort, no second item."""
    n = len(before)
    return 0 < n < len(words) and words[-n:] == before and _sort_words(words[:-n])


def _a_sort_said_again(before: list[str], words: list[str]) -> bool:
    """"mjölk en vanlig mellanmjölk", "ost ett vanligt hushållsost": the one word just said, said again as a
    compound ending in it after "vanlig", is that goods named by its sort; no second item."""
    if len(before) != 1 or len(words) < 2 or not any(w in ORDINARY for w in words[:-1]):
        return False
    last = words[-1]
    return last.endswith(before[0]) and len(last) - len(before[0]) >= MIN_SORT_PART and _sort_words(words[:-1])


def _named_again_by_its_sort(before: list[str], words: list[str]) -> bool:
    """The one word just said, said again as a compound ending in it that a sort leads ("mjölk" ...
    "lättmjölk", "mellanmjölk"); "filmjölk" is other goods."""
    if len(before) != 1 or len(words) != 1 or not words[0].endswith(before[0]):
        return False
    sort = words[0][:-len(before[0])]
    return len(sort) >= MIN_SORT_PART and (sort in ATTRIBUTES or sort in DESCRIBING or sort in SORT_PREFIXES)


def _sort_words(words: list[str]) -> bool:
    """Only words saying the goods' sort: an ordinary, a describing or an attribute word."""
    return all(w in ORDINARY or w in ATTRIBUTES or w in DESCRIBING for w in words)


MIN_SORT_PART = 3  # letters before the word in a compound naming its sort ("mellan" of "mellanmjölk")


def _bare_unit(token: Token) -> Amount:
    """"kilo potatis", "paket smör": a unit said without a number means one of it."""
    unit = UNITS[token.text]
    return Amount(1.0, token.start, token.end, unit=unit.unit, unit_word=token.text if unit.package else None)


def _quantity(amount: Amount | None) -> Quantity:
    if amount is None:
        return Quantity()
    unit = amount.unit or ("st" if amount.amount is not None else None)
    return Quantity(amount=amount.amount, amount_max=amount.amount_max, unit=unit, unit_word=amount.unit_word,
                    odd=amount.odd, guessed=amount.guessed, each=amount.each)


def _attributes(words: list[str]) -> list[str]:
    found: list[str] = []
    for i, word in enumerate(words):
        if (i and words[i - 1] in SORT_NEGATIONS) or (i > 1 and words[i - 2] in SORT_NEGATIONS and (
                words[i - 1] in ("är", "e") or words[i - 1] in DEGREES or words[i - 1] in SORT_POINTERS)):
            continue  # "mjölk inte laktosfri", "som inte är laktosfri", "inte det mörkrostade": no wish
        canonical = ATTRIBUTES.get(word) or _attribute_prefix(word)
        if canonical and canonical not in found:
            found.append(canonical)
    return found


def _attribute_prefix(word: str) -> str | None:
    if word.startswith(ATTRIBUTE_PREFIX_EXCEPTIONS):
        return None
    for prefix, canonical in ATTRIBUTE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return canonical
    return None


def _names_product(amount: Amount) -> bool:
    """"en limpa" after "mjölk och" is a loaf, no amount of the milk: its word names a product."""
    unit = UNITS.get(amount.unit_word or "")
    return unit is not None and unit.goods


def merge(previous: Item, draft: Draft, segment: Segment) -> bool:
    """"potatis, två kilo", "mjölk, den laktosfria", "äpplen, gärna röda", "grädde, femton procent": this
    completes the item before.

    Only for segments without an action of their own; a bare quantity only right after a comma or "och",
    describing words also after "men" ("två liter mjölk men laktosfri").
    """
    if draft.start is None or draft.end is None:
        return False
    if draft.amount is None and previous.action == "add" and _the_old_one([w.text for w in draft.words]):
        return True  # "badrumsrengöring, den gamla flaskan är slut": a remark on the goods just said
    if draft.amount is None and previous.action == "add" and segment.action in (None, "add") and _a_room(
            [w.text for w in draft.words]):
        return True  # "duschtvål jag har slut i badrummet": where they ran out, no goods
    if (segment.action == "add" and not draft.words and draft.amount is not None
            and (draft.amount.unit_word or draft.amount.unit not in (None, "st")) and previous.action == "add"
            and previous.quantity.amount is None and previous.quantity.unit is None and not previous.increment
            and not _names_product(draft.amount)):
        previous.quantity = _quantity(draft.amount)  # "toapapper vi har nästan slut ett paket": the goods' amount
        return True
    if previous.action == "add" and len(draft.words) == 1 and the_package(draft.words[0].text):
        if draft.amount is not None and previous.quantity == Quantity():
            previous.quantity = _quantity(draft.amount)
        return True  # "hushålls papper ett paket rullen är slut": the goods' own roll ran out, no goods
    if segment.action is not None:
        return False
    said, usual = _usual([w.text for w in draft.words])
    words = _strip_pointers(said)
    if usual and (not words or words[0] in COMPLEMENTS) and draft.amount is None and previous.action == "add":
        previous.usual = True  # "mjölk, den vanliga"; "kaffe, det vanliga från zoégas": where from is the goods'
        previous.phrase = " ".join([previous.phrase, *words])
    elif segment.prefer:
        previous.phrase = " ".join([previous.phrase, *words])
        if draft.amount is not None and previous.quantity.amount is None:
            previous.quantity = _quantity(draft.amount)
    elif not draft.words and draft.amount is not None and segment.inherits and not _names_product(draft.amount):
        if previous.quantity.amount is not None or previous.quantity.unit is not None or previous.increment:
            return False
        previous.quantity = _quantity(draft.amount)
    elif (draft.amount is not None and words and words[0] in PURPOSES and segment.inherits and previous.action == "add"
          and (draft.amount.unit_word or draft.amount.unit not in (None, "st")) and not _names_product(draft.amount)
          and previous.quantity.amount is None and previous.quantity.unit is None and not previous.increment):
        # "lingonsylt också en burk till pannkakorna": the goods' amount and what they are for, no jar of its own
        previous.quantity = _quantity(draft.amount)
        previous.phrase = " ".join([previous.phrase, *words])
    elif draft.amount is None and words and all(w in ATTRIBUTES or PERCENT.fullmatch(w) for w in words) \
            and previous.action == "add":  # "matlagningsgrädde, femton procent": the fat said after
        previous.phrase = " ".join([previous.phrase, *words]).strip()
    elif draft.amount is None and previous.action == "add" and words[:1] == [NOT] and _sort_words(words[1:]):
        previous.phrase = " ".join([previous.phrase, *words])  # "mjölk men den behöver inte vara ekologisk"
    elif draft.amount is None and previous.action == "add" and segment.inherits and (
            goods := _goods_of_a_sort_pointed_at(previous.phrase.split(), said)):
        # "mjölk den lätta och den feta": another sort pointed at of the goods said with one, a second item
        draft.words[:0] = [Token("word", word, draft.start, draft.start) for word in goods]
        return False
    elif draft.amount is None and previous.action == "add" and segment.inherits and bool(said) and (
            said[0] in SIZE_WORDS or _a_sort_pointed_at_said(said)):
        # "blöjor, storlek M", "kaffe, det mörka": the goods' size or the sort pointed at, as written
        previous.phrase = " ".join([previous.phrase, *said])
    elif draft.amount is None and previous.action == "add" and said and all(w in DESCRIBING for w in said):
        previous.phrase = " ".join([previous.phrase, *said])  # "bröd men skivat": how the goods are cut or kept
    elif draft.amount is None and previous.action == "add" and _points_to_a_sort(said):
        previous.phrase = " ".join([previous.phrase, *words]).strip()  # "tunnknäcke, det med havssalt"
        previous._sort_said = True
    elif draft.amount is None and previous.action == "add" and _said_again(previous.phrase.split(), words):
        previous.phrase = " ".join(words)  # "fil, vanlig fil": the goods said again with their sort
    elif (previous.action == "add" and _a_sort_said_again(previous.phrase.split(), words)
          and (draft.amount is None or (draft.amount.amount == 1 and draft.amount.unit is None))):
        previous.phrase = " ".join(words)  # "mjölk en vanlig mellanmjölk": its "en" is the article, no second
        if previous.quantity.amount is None and draft.amount is not None:  # milk
            previous.quantity = _quantity(draft.amount)
    elif (previous.action == "add" and previous.quantity == Quantity() and draft.amount is not None
          and draft.amount.unit is not None and _named_again_by_its_sort(previous.phrase.split(), words)):
        previous.phrase = " ".join(words)  # "mjölk två liter lättmjölk": the milk's amount, then its sort
        previous.quantity = _quantity(draft.amount)
    elif (draft.amount is None and previous.action == "add" and previous._sort_said and segment.inherits
          and words and draft.start - previous.span[1] <= len(_AND_SPOKEN)):
        # "korv, den med lamm och ris": "och" and a bare word straight after the sort pointed at go on
        # saying that sort; an amount ("och två bananer") or "och så" starts other goods
        previous.phrase = " ".join([previous.phrase, "och", *words])
    else:
        return False
    return _spanned(previous, draft)


_AND_SPOKEN = " och "


def _spanned(previous: Item, draft: Draft) -> bool:
    previous.attributes = _attributes(previous.phrase.split())
    previous.span = (min(previous.span[0], draft.start), max(previous.span[1], draft.end))
    return True
