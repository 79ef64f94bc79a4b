"""The answer to "what does this utterance ask for?": parsed items matched to catalog products."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Self

from pydantic import BaseModel, Field

from assistant.catalog.amount_limits import MAX_COUNT, amount_reason, guessed_reason, odd_reason, with_reason
from assistant.catalog.brands import brand_of
from assistant.catalog.history import own_products
from assistant.catalog.index import CatalogIndex
from assistant.catalog.kinds import WITHOUT
from assistant.catalog.learned import apply_learned
from assistant.catalog.lexicon import key
from assistant.catalog.matcher import Proposal, match
from assistant.catalog.normalize import (
    casefold,
    content_words,
    fold,
    parse_grade,
    parse_percent,
    parse_size_range,
    scent_apart,
    split_purpose,
    stem,
    tokens,
)
from assistant.catalog.packages import question_of, weight
from assistant.catalog.query import (
    ORIGIN_WORDS,
    SIZES_WISHED,
    an_animals_flavours,
    analyse,
    another_sort_listed,
    brand_said_after,
    elided_first_parts,
    flavours_named_as_one,
    for_whom,
    for_whom_or_use,
    kind_of,
    named_as_one,
    said_as_a_list,
    said_in_one,
    side_by_side,
    sort_named_with,
    sort_of,
    written_joined,
)
from assistant.catalog.questions import CHECK_AMOUNT, UNSURE, Question, asked
from assistant.catalog.schema import CatalogUnit, Product
from assistant.catalog.sorts import names_the_number, series_number
from assistant.catalog.swedish import is_swedish
from assistant.catalog.talk import AFTER_TALK, with_goods_after_talk
from assistant.nlu.lexicon import FILLER_PHRASES, SORT_NEGATIONS, SORT_POINTERS
from assistant.nlu.models import Action, Intent, Item, ParsedRequest, Quantity


class ProductOut(BaseModel):
    id: str
    name: str
    brand: str | None
    size: float | None
    unit: CatalogUnit | None
    price_sek: float
    category: str

    @classmethod
    def of(cls, product: Product, **extra: object) -> Self:
        """The product's public fields, and `extra` (an alternative's score), as this model; read by
        attribute, not through a dump of the whole product (a line has up to six of them)."""
        return cls.model_validate({**{name: getattr(product, name) for name in ProductOut.model_fields}, **extra})


class Alternative(ProductOut):
    score: float = Field(ge=0, le=1)
    answers: bool = Field(False, description="one of the answers to the line's `question`: for `which_size`, "
                                             "the goods in another size (the other alternatives are other goods)")


class Line(BaseModel):
    phrase: str
    action: Action
    quantity: Quantity
    count: int | None = Field(description="packages to order, or pieces of a product sold by weight; null: "
                                          "nothing stated (one package by default), or a weight was stated")
    weight_kg: float | None = Field(description="what a product sold by weight orders (charged at price_sek "
                                                "per kg); null for other products")
    weight_estimated: bool = Field(description="weight_kg is pieces × a typical piece weight, not said")
    count_estimated: bool = Field(False, description="the grocer states no package size: count is an estimate "
                                                     "of the amount said, in the kind's usual package or pieces")
    product: ProductOut | None
    confidence: float = Field(ge=0, le=1)
    needs_review: bool
    reason: str | None = Field(description="why the line is flagged, in staff's words (every doubt, joined)")
    question: Question | None = Field(None, description="what the flag asks the client, one of a closed set "
                                                        "(see docs/api.md); null when the line is not flagged")
    alternatives: list[Alternative] = Field(max_length=5)
    learned: bool = Field(False, description="the product is the client's own reading of the phrase, "
                                             "learned from staff's earlier choice, or their usual product")


class Understanding(BaseModel):
    text: str
    intents: list[Intent]
    lines: list[Line]


def line_for(item: Item, index: CatalogIndex, history: Sequence[str] = (), diet: Sequence[str] = (),
             context: Sequence[str] = (), learned: Mapping[str, str] | None = None) -> Line:
    """`learned`: the client's readings at this grocer (phrase as taught → product id, oldest first; see
    catalog.learned)."""
    learned = learned or {}
    by_learning = False
    if not item.phrase.strip():  # "en till": the basket knows which product the previous line was
        proposal = Proposal(None, 0.0, False, "Syftar på föregående vara")
    else:
        own = own_products(learned, history) if item.usual else history
        proposal, by_learning = apply_learned(match(index, item, own, diet, context), item, index, learned,
                                              own, diet)
    weighed = weight(item.quantity, proposal.product) if proposal.product and proposal.product.sold_by_weight \
        else None
    beyond = amount_reason(proposal.count, weighed.kg if weighed else None)
    odd = odd_reason(item.quantity.odd) if item.quantity.odd is not None else None
    guessed = guessed_reason(item.quantity)
    by_weight = weighed.reason if weighed else None
    # a guessed weight; beyond limits; no amount; an amount that may mean another ("3 250 g")
    after_talk = AFTER_TALK if item.after_talk else None
    for reason, question in ((by_weight, question_of(by_weight)), (beyond, CHECK_AMOUNT), (odd, CHECK_AMOUNT),
                             (guessed, CHECK_AMOUNT), (after_talk, UNSURE)):
        if reason:
            proposal = replace(proposal, needs_review=True, reason=with_reason(proposal.reason, reason),
                               question=asked(proposal.question, question))
    return Line(
        phrase=item.phrase, action=item.action, quantity=item.quantity, count=proposal.count,
        weight_kg=weighed.kg if weighed else None, weight_estimated=bool(weighed and weighed.estimated),
        count_estimated=proposal.count_estimated,
        product=ProductOut.of(proposal.product) if proposal.product else None,
        confidence=proposal.confidence, needs_review=proposal.needs_review, reason=proposal.reason,
        question=proposal.question if proposal.needs_review else None,
        alternatives=[Alternative.of(p, score=s, answers=p.id in proposal.answers) for p, s in proposal.alternatives],
        learned=by_learning,
    )


def understand(parsed: ParsedRequest, index: CatalogIndex, history: Sequence[str] = (),
               diet: Sequence[str] = (), learned: Mapping[str, str] | None = None) -> Understanding:
    """Pure: every parsed item gets a proposal; no side effects, so staff can preview freely."""
    return Understanding(text=parsed.text, intents=parsed.intents,
                         lines=lines_for(read_together(with_goods_after_talk(parsed, index), parsed.text, index),
                                         index, history, diet, learned))


def read_together(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """The parsed items as the store names things: numbers and pairs its names write are part of an
    item, a list of things it sells is one item each. Read before the items are matched (`understand`,
    a basket's new items), so that each item still gets one line."""
    items = brands_said_as_commands(packages_named_with_the_goods(items, index), text, index)
    items = the_word_searched(numbers_in_names(numbers_said_bare(items, text, index), index), text, index)
    items = one_of_those(sorts_said_after(conjunctions_named(items, text, index), text, index), text, index)
    items = forms_named_as_one(items, text, index)
    items = names_said_of_both(pairs_named_as_one(items, text, index), text, index)
    return purposes_of_headings(lists_said(items, index), index)


def lines_for(items: Sequence[Item], index: CatalogIndex, history: Sequence[str] = (),
              diet: Sequence[str] = (), learned: Mapping[str, str] | None = None) -> list[Line]:
    """One line per item, each read in the light of the others ("kattsand och torrfoder": cat food)."""
    phrases = [item.phrase for item in items]
    context = for_whom(phrases, index)
    return [line_for(item, index, history, diet, context, learned) if whole == item.phrase
            else elided(line_for(item.model_copy(update={"phrase": whole}), index, history, diet, context, learned))
            for item, whole in zip(items, another_sort_listed(elided_first_parts(phrases, index), index),
                                   strict=True)]


def packages_named_with_the_goods(items: Sequence[Item], index: CatalogIndex) -> list[Item]:
    """"en huvud sallad": a package word said before the goods that the store's names write as one word with
    them ("Huvudsallad") is part of the goods' name, no package: that many of the goods so named. A package no
    name writes with the goods ("ett huvud vitlök", "ett paket smör") counts them."""
    return [_named_with_its_package(item, index) for item in items]


def _named_with_its_package(item: Item, index: CatalogIndex) -> Item:
    package, said = item.quantity.unit_word, item.phrase.split()
    if item.action != "add" or not package or not said:
        return item
    compound = f"{package}{said[0]}"  # as names write it: "ett huvud sallads kål" is a "Salladskål"
    if fold(casefold(compound)) not in index.vocabulary or not index.named_by(stem(compound)):
        return item
    return item.model_copy(update={"phrase": " ".join([compound, *said[1:]]),
                                   "quantity": item.quantity.model_copy(update={"unit_word": None})})


def lists_said(items: Sequence[Item], index: CatalogIndex) -> list[Item]:
    """"risnudlar quinoa polenta": an item said with no amount that is a list of things the store sells
    (query.said_as_a_list) is one item per thing. Read before the items are matched (`understand`, a
    basket's new items), so that each item still gets one line."""
    return [listed for item in items for listed in _said_as_a_list(item, index)]


def _said_as_a_list(item: Item, index: CatalogIndex) -> list[Item]:
    if item.action != "add" or item.increment or item.usual or item.quantity != Quantity() or item.attributes:
        return [item]
    words = said_as_a_list(item.phrase, index)
    return [item] if len(words) == 1 else [item.model_copy(update={"phrase": word}) for word in words]


def purposes_of_headings(items: Sequence[Item], index: CatalogIndex) -> list[Item]:
    """"till katten: blötmat, sand": what a list's heading says the goods under it are for is each item's, as
    "blötmat till katten" says it of one (the wet food is the cat's, not a ready meal), where it names whom
    or what for (query.for_whom_or_use); a dish ("till köttbullarna: färs") is left unsaid, as is the
    heading where the item says its own purpose. Read last (`read_together`), after the items are split
    and joined as the store names things."""
    return [item.model_copy(update={"phrase": f"{item.phrase} {item.purpose}"})
            if (item.purpose and item.action == "add" and item.phrase and not split_purpose(item.phrase)[1]
                and for_whom_or_use(item.purpose, index.lexicon)) else item
            for item in items]


def brands_said_as_commands(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """A word the parser read as a command ("fixa": get) that is a brand of the goods after it ("fixa tvättmedel":
    the store's Fixa detergent), or between goods and a sort of theirs ("tvätt pulver till vittvätten fixa
    sensitive", where an amount was said before it; "toalett papper fixa det vita mjuka", words a name of the
    goods writes), is where the goods are from: a word of the item, and the sort after it the goods' too."""
    out: list[Item] = []
    for item in items:
        before = out[-1] if out else None
        said = text[before.span[1] if before else 0:item.span[0]].split()
        brand = said[-1] if said else ""
        if item.action != "add" or not brand.isalpha() or not index.posting("brand", stem(brand)):
            out.append(item)
            continue
        if (before is not None and before.action == "add" and len(said) == 1 and item.quantity == Quantity()
                and _made_by(brand, before.phrase, index) and (before.quantity != Quantity() or _a_sort_of_the_goods(
                    brand, before, item, index))):
            goods, purpose = _goods_then_purpose(before.phrase)  # what the goods are for stays last, as said
            out[-1] = _one_item(before, item, f"{goods} {brand} {item.phrase}{purpose}", before.quantity)
        elif _made_by(brand, item.phrase, index):
            out.append(item.model_copy(update={"phrase": f"{brand} {item.phrase}"}))
        else:
            out.append(item)
    return out


def _a_sort_of_the_goods(brand: str, before: Item, item: Item, index: CatalogIndex) -> bool:
    """The item's words are a sort the brand names the goods before it by, no goods of their own ("toalett papper
    fixa det vita mjuka": Fixa's "Vitt Mjukt Toalettpapper")."""
    thing, words = _the_thing_said(before), _without_a_sort_pointed_at(_the_thing_said(item))
    if not thing or not words:
        return False
    goods, said = stem(thing[-1]), {stem(index.lexicon.spell(word)) for word in words}
    return any(said <= entry.words and any(word.endswith(goods) for word in entry.words)
               for entry in map(index.entries.__getitem__, index.posting("brand", stem(brand))))


def _goods_then_purpose(phrase: str) -> tuple[str, str]:
    """The goods' words of a phrase and, as said after them, what they are for (" till mackorna"; "" if none)."""
    goods = split_purpose(phrase)[0]
    return goods, phrase[len(goods):] if phrase.startswith(goods) else ""


def _made_by(brand: str, phrase: str, index: CatalogIndex) -> bool:
    """The brand makes the goods the phrase names (its last word before what they are for)."""
    goods = content_words(split_purpose(phrase)[0])
    return bool(goods) and brand_of(brand, goods[-1], index)


def numbers_in_names(items: Sequence[Item], index: CatalogIndex) -> list[Item]:
    """"omega tre kapslar": the parser reads "tre kapslar" as three capsules, but the store names an
    "Omega 3". A bare count said right after an item's last word (no "och", no comma between) that
    some name writes after that word belongs to the item's name, not to a new item. Read before the
    items are matched (`understand`, a basket's new items), so that each item still gets one line."""
    def joined(before: Item, item: Item) -> Item | None:
        amount = item.quantity.amount
        if not (item.span[0] - before.span[1] == 1 and amount is not None and amount == int(amount)
                and item.quantity.unit == "st" and item.quantity.unit_word is None
                and item.quantity.amount_max is None and (words := content_words(before.phrase))):
            return None
        if names_the_number(words[-1], int(amount), (index.entries[i].product.name
                                                     for i in index.posting("exact", stem(words[-1])))):
            return _one_item(before, item, f"{before.phrase} {int(amount)} {item.phrase}", before.quantity)
        if _coded(before.phrase, index):  # "en led lampa e fjorton klot": the "E14" globe
            return _one_item(before, item, f"{before.phrase}{int(amount)} {item.phrase}", before.quantity)
        return None
    return _joined_to_the_one_before(items, joined)


_LAST_LETTER = re.compile(r"(?:^|\s)([^\W\d_])$")  # a single letter ending a phrase ("kuvert c")


def _coded(phrase: str, index: CatalogIndex) -> bool:
    """The phrase ends in a single letter that names of its goods write as a code with a number ("kuvert dom
    stora c": "Kuvert C5"), of any word of the goods ("stora" names no envelope)."""
    if (letter := _LAST_LETTER.search(phrase)) is None:
        return False
    code = re.compile(rf"(?<![^\W\d_]){re.escape(letter[1].casefold())}\d")
    return any(code.search(casefold(index.entries[i].product.name))
               for word in content_words(phrase[:letter.start()]) for i in index.ending_with(stem(word)))


def numbers_said_bare(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """A number said right after the goods with no unit that is no count of pieces is read as names of the
    goods write it, said as they write it, and one package is asked for:
    - with decimals ("mjölk 1,5", "läsglasögon 1,5"; the parser keeps it as said, `Quantity.guessed`): a fat
      percentage ("Mellanmjölk 1,5%") or a strength with a plus sign ("Läsglasögon +1.50");
    - whole, beyond any count staff may set (amount_limits.MAX_COUNT; "kaffefilter 102"): the number of a
      series ("Kaffefilter 102 Vit", "Kaffefilter Oblekt 102", sorts.series_number). Where no name writes
      it, it stays the count said, for staff to confirm (`Quantity.guessed`): a store without the series
      may sell the goods in another size ("Kaffefilter 1x4"), and 102 filters are two packages nobody
      meant;
    - a range of whole numbers a name of the goods writes as its sizes ("håll in tights 44-48": the "Håll In
      Tights 44-48"), no count of 44 to 48 pairs;
    - whole, after a single letter, where names of the goods write codes of that letter ("stora kuvert c fyra":
      "Kuvert C5", "Kuvert C4"): the code, glued as names write it; "batterier c två" stays two batteries, as
      no battery's name writes a "C2"."""
    def names(words: Sequence[str]) -> list[str]:
        return [index.entries[i].product.name for i in index.ending_with(stem(words[-1]))]

    def coded(item: Item) -> Item | None:
        amount = item.quantity.amount
        if (amount is None or amount != int(amount) or not 0 <= amount < 100
                or item.quantity.amount_max is not None or item.quantity.guessed is not None
                or not _coded(item.phrase, index) or _LAST_LETTER.search(text[item.span[0]:item.span[1]].rstrip())):
            return None  # a count said before the goods ("en led lampa e"): no code's number
        return item.model_copy(update={"phrase": f"{item.phrase}{int(amount)}", "quantity": Quantity()})

    def read(item: Item) -> Item:
        quantity, words = item.quantity, content_words(item.phrase)
        if (quantity.amount is None or quantity.unit_word or quantity.unit not in (None, "st")
                or item.action != "add" or not words):
            return item
        if (with_code := coded(item)) is not None:
            return with_code
        whole = quantity.amount == int(quantity.amount)
        if quantity.guessed is not None and not whole:
            written = next((written for written, reading in ((f"{quantity.guessed}%", parse_percent),
                                                             (f"+{quantity.guessed}", parse_grade))
                            if any(reading(name) == reading(written) for name in names(words))), None)
        elif (quantity.guessed is None and whole and quantity.amount_max is not None
              and quantity.amount_max == int(quantity.amount_max)):
            said = (int(quantity.amount), int(quantity.amount_max))
            written = f"{said[0]}-{said[1]}" if any(parse_size_range(name) == said for name in names(words)) else None
        elif quantity.guessed is None and whole and quantity.amount_max is None and quantity.amount > MAX_COUNT:
            number = int(quantity.amount)
            written = str(number)
            if not any((series := series_number(name, wide=True)) and series[1] == number
                       for name in names(words)):
                return item.model_copy(update={"quantity": quantity.model_copy(update={"guessed": written})})
        else:
            return item
        return item if written is None else item.model_copy(update={"phrase": f"{item.phrase} {written}",
                                                                      "quantity": Quantity()})
    return [read(item) for item in items]


def sorts_said_after(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """Words said right after an item with nothing between that say which of it is meant, not what else
    to buy, though the parser starts an item at them: words that only describe (the lexicon's fillers and
    descriptors: ready, frozen, big; "köttbullar med mos en sån där färdig", "mjölk en stor"), or, after
    an amount, a sort of the thing ("kaffe 2 pkt mellanrost" as a care worker types it, query.sort_of)
    or a word of the same kind a name writes with it ("jubileums kaffe två paket bryggkaffe",
    query.sort_named_with), or, after a count, the same count of a sort the lexicon reads the thing as ("ett
    bröd en vanlig limpa"), or an amount of the kind the thing's shelf names ("fiberrost ett bröd",
    query.kind_of), or a brand of the thing ("städpapper en rulle lycke", brands.brand_of). One item then, of the
    amount said after; a word the store names products by
    ("ett ljus": candles) is a thing of its own, and "mjölk 2 liter bröd" two things."""
    lex = index.lexicon
    def describes(word: str) -> bool:
        return ((key(word) in lex.fillers or stem(word) in lex.descriptors)
                and index.led_by(word) < 2)

    def joined(before: Item, item: Item) -> Item | None:
        if text[before.span[1]:item.span[0]].strip():
            return None
        words = _without_a_sort_pointed_at(content_words(item.phrase))  # "... bryggkaffe det mörka": the goods
        if before.quantity != Quantity():  # "ett bröd en vanlig limpa": the sort the lexicon reads the thing as
            thing = content_words(before.phrase)
            said = (before.quantity.amount, before.quantity.unit) == (item.quantity.amount, item.quantity.unit)
            if not (said and len(thing) == 1 and any(lex.sort_of(stem(word), stem(thing[0])) for word in words)):
                return None
            return _one_item(before, item, f"{before.phrase} {item.phrase}", item.quantity)
        if ((words and all(map(describes, words)))
                or (item.quantity.amount is not None and len(words) == 1
                    and sort_named_with(before.phrase, item.phrase, index))
                or (item.quantity != Quantity() and sort_of(content_words(before.phrase), words, index))
                or (item.quantity != Quantity() and len(words) == 1 and _the_kind_of_a_sort(before, item, index))
                or (item.quantity.amount is not None and bool(words) and bool(thing := content_words(before.phrase))
                    and brand_of("".join(words), thing[-1], index))):  # "kaffe ett paket zoegas": whose it is
            return _one_item(before, item, f"{before.phrase} {item.phrase}", item.quantity)
        if item.quantity.unit_word == MULTIPACK and (packed := _packed_goods(before, item, index)):
            return _one_item(before, item, packed, item.quantity)  # "alkohol fri öl ett sexpack burkar"
        goods, purpose = _goods_then_purpose(item.phrase)  # "grevé en bit ost till mackorna": what for stays
        kind, thing = content_words(goods), content_words(before.phrase)
        if item.quantity.amount is not None and len(kind) == 1 and (
                kind_of(thing, kind[0], index) or kind_of(thing[-1:], kind[0], index)):
            # "fiberrost ett bröd", "fazers havreform ett bröd" (the brand said first)
            return _one_item(before, item, f"{before.phrase}{purpose}", item.quantity)
        return None
    return _joined_to_the_one_before(items, joined)


MULTIPACK = "pack"  # the unit word of "ett sexpack", "ett tolv pack"
BY_THE_PACK = 0.1   # share of the goods' products sold in multipacks for the store to sell them by the pack


def _packed_goods(before: Item, item: Item, index: CatalogIndex) -> str | None:
    """A multipack said right after goods the store sells by the pack is theirs ("alkohol fri öl ett sexpack
    burkar till maten": a six-pack of the beer, no goods "6-pack burkar"): the phrase of both, where the words after
    the pack are ones the goods' products write ("whiskas katt mat ett tolv pack kött i sås"), else the goods and
    the pack alone ("polarbröd rågkakor ett sexpack dom brukar ligga i frysen", "... burkar till maten"). None
    where the goods are hardly sold so ("mjölk ett sexpack ägg")."""
    thing = _the_thing_said(before)
    said = [*thing, *(first + second for first, second in zip(thing, thing[1:], strict=False))]
    named = [index.named_by(stem(word)) for word in said]
    if not any(BY_THE_PACK * len(ids) <= sum((index.entries[i].pack_count or 1) > 1 for i in ids)
               for ids in named if ids):
        return None
    lex = index.lexicon
    theirs = frozenset().union(*named, *(index.posting("brand", stem(word)) for word in thing))
    rest = [stem(word) for word in content_words(_goods_then_purpose(item.phrase)[0])
            if fold(word) not in lex.fillers and stem(word) not in lex.packaging and fold(word) != WITHOUT]
    if rest and all(any(word in index.entries[i].words for i in theirs) for word in rest):
        return f"{before.phrase} {item.phrase}"
    return f"{before.phrase} {item.phrase.split()[0]}"


def _the_kind_of_a_sort(before: Item, item: Item, index: CatalogIndex) -> bool:
    """"löfbergs mellanrost ett paket bryggkaffe": the item after is the kind the item before said a sort of
    (query.sort_of of its last word), named with its amount after it; "mjölk två liter bröd" is two things."""
    kind, said = analyse(item.phrase, index), content_words(before.phrase)
    return kind is not None and bool(said) and sort_of([kind.head], said[-1:], index)


def conjunctions_named(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"duschkräm men care till min man", "deo roll on dove men care": the parser reads a conjunction between
    two items ("men": but), where the store's names write it before the next item's first word ("Men+Care"),
    with a word of the goods said before it ("Duschkräm Men+Care Cool Fresh"). One item then, as said."""
    def joined(before: Item, item: Item) -> Item | None:
        between = casefold(text[before.span[1]:item.span[0]]).split()
        first, said = content_words(item.phrase)[:1], {stem(word) for word in content_words(before.phrase)}
        if len(between) != 1 or not between[0].isalpha() or between[0] in JOINERS or not first or not said:
            return None
        written = re.compile(rf"(?<!\w){re.escape(between[0])}\W*{re.escape(casefold(first[0]))}(?!\w)")
        if any(not said.isdisjoint(entry.words) and written.search(entry.text)
               for entry in map(index.entries.__getitem__, index.posting("exact", stem(first[0])))):
            quantity = _either_amount(before, item)
            return _one_item(before, item, f"{before.phrase} {between[0]} {item.phrase}", quantity)
        return None
    return _joined_to_the_one_before(items, joined)


def forms_named_as_one(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"hel kanel ett par stänger till glöggen": an amount and a word right after goods, which the goods' last word
    and that word make a compound the store's names write ("Kanelstång"), count the goods in that form, no goods of
    their own ("stänger" alone were cuticle nippers, "Nagelbandstång"). One item, of both, with the amount."""
    def joined(before: Item, item: Item) -> Item | None:
        if text[before.span[1]:item.span[0]].strip() or before.quantity != Quantity() or item.quantity == Quantity():
            return None
        thing, form = _the_thing_said(before), content_words(item.phrase)
        if not thing or not form or not index.known(f"{thing[-1]}{form[0]}"):
            return None
        return _one_item(before, item, f"{before.phrase} {item.phrase}", item.quantity)
    return _joined_to_the_one_before(items, joined)


_ONE = Quantity(amount=1, unit="st")  # "en", "ett": one of the goods, no package said
_ONE_OF_THOSE = re.compile(r"(?:en|ett)\s+(?:sån|sånt|sådan|sådant)\s", re.IGNORECASE)


def one_of_those(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"camembert en sån rund ost", "teriyaki kyckling med ris en sån färdig rätt": "one of those" said right
    after goods, with no "och", names again the kind of thing they are, which the parser reads as goods of their
    own ("mjölk en sån där ost" may well be two). One item where the store says so: the words pointed at name the
    kind the goods' shelf or the goods said are a sort of ("ost" of a camembert), or nothing a name writes
    (fillers: "färdig rätt"): the goods said; or a sort of the goods ("ett sånt nio volt" of batteries, "en sån
    roll on" that a name of deodorants writes): both. After what goods are for alone ("nåt för myggbett en sån
    gel") they are the goods. Counted before ("en liten vattenmelon en sån mini"), the "en" of "en sån" is no
    second count."""
    def joined(before: Item, item: Item) -> Item | None:
        if (text[before.span[1]:item.span[0]].strip() or not _ONE_OF_THOSE.match(text, item.span[0])
                or before.quantity not in (Quantity(), _ONE)):
            return None
        quantity = item.quantity if before.quantity == Quantity() else before.quantity
        if quantity != item.quantity and item.quantity != _ONE:
            return None
        thing, said = _the_thing_said(before), content_words(item.phrase)
        kind = said[:next((n for n, word in enumerate(said) if word in SORT_NEGATIONS), len(said))]  # "… inte sprayen"
        if not thing:  # "nåt för myggbett": the goods are said after what they are for
            return _one_item(before, item, f"{before.phrase} {item.phrase}", quantity)
        if analyse(item.phrase, index) is None or _the_kind_of_a_sort(before, item, index) or (
                kind and kind_of(thing, kind[-1], index)):  # "camembert" … "rund ost": a cheese's shelf
            return _one_item(before, item, before.phrase, quantity)
        if kind and (sort_of(thing, kind, index) or _named_with_the_thing(thing[-1], kind, index)):
            # "batteri … ett sånt nio volt", "deodorant en sån roll on (inte sprayen)"
            return _one_item(before, item, f"{before.phrase} {item.phrase}", quantity)
        return None
    return _joined_to_the_one_before(items, joined)


def the_word_searched(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"hel kanel vad heter det kanelstänger": the word found after a searching filler ("vad heter det") that
    names the same thing as the item before, a compound of its last word, is what that item is called, no
    other goods ("en rulltårta vad heter det havreflarn" is two). One item, of the word found. A brand of the
    thing found so ("koffeinfritt snabbkaffe vad heter det nescafé", "torrfoder till katten vad heter det perfect
    fit": the thing, not what it is for, and the brand's words together), or words led by one ("... vad heter det
    mjau med kyckling"), says whose it is: one item of both. A name said from a brand of the thing ("knäckebröd
    vad heter det din glädje från wasa"), or one the store shelves as the thing ("ett bröd vad heter det levain"),
    is the thing's own name: one item, of the name. So are words that a name of the thing writes with it
    ("tandkräm vad heter den super fluor"): one item of both. The thing is looked for without a brand said after
    it ("sköljmedel comfort vad heter det sommar frisk")."""
    def joined(before: Item, item: Item) -> Item | None:
        between = tuple(tokens(text[before.span[1]:item.span[0]]))
        # the thing said, not what it is for: "torrfoder till katten vad heter det perfect fit"; nor its brand said
        # after it: "sköljmedel comfort vad heter det sommar frisk" searches a softener's name
        thing, found = _the_thing_said(before), content_words(item.phrase)
        if (between not in FILLER_PHRASES or not thing or not found
                or Quantity() not in (before.quantity, item.quantity)):  # one amount, of either
            return None
        if brand_said_after(thing, index):
            thing = thing[:-1]
        quantity = _either_amount(before, item)
        # "perfect fit": the brand's whole key; "mjau med kyckling": a brand of the thing and what else is said of it
        if any(brand_of("".join(found[:n]), thing[-1], index) for n in range(len(found), 0, -1)):
            return _one_item(before, item, f"{before.phrase} {item.phrase}", quantity)
        if (len(found) > 2 and found[-2] in ORIGIN_WORDS and brand_of(found[-1], thing[-1], index)) or kind_of(
                found, thing[-1], index):
            return _one_item(before, item, item.phrase, quantity)  # "din glädje från wasa", "levain": its name
        if _a_brand_naming(thing, found[0], index):  # "purina one vad heter det adult med lax": the brand's "Adult Lax"
            return _one_item(before, item, f"{before.phrase} {item.phrase}", quantity)
        named = _the_thing_said(item) or found
        if any(_named_with_the_thing(word, named, index) for word in reversed(thing)) or (
                len(named) > 1 and _named_with_the_thing(thing[-1], ["".join(named)], index)):
            # "tandkräm vad heter den super fluor", "deo roll on vad heter den active shield för kvinnor"; the goods
            # said by any of their words ("castello brie den där krämiga vad heter det creamy": "brie"); "jubileums
            # blandningen": one compound said apart
            return _one_item(before, item, f"{before.phrase} {item.phrase}", quantity)
        if len(stem(thing[-1])) < MIN_SAME or not fold(found[0]).startswith(stem(thing[-1])):
            return None
        return _one_item(before, item, item.phrase, quantity)
    return _joined_to_the_one_before(items, joined)


def _a_brand_naming(said: Sequence[str], word: str, index: CatalogIndex) -> bool:
    """The words said are a brand (each of them a word of its products' brand) and a name of that brand writes
    the word."""
    of_the_brand = frozenset.intersection(*(index.posting("brand", stem(w)) for w in said))
    return any(stem(word) in index.entries[i].words for i in of_the_brand)


def _named_with_the_thing(thing: str, found: Sequence[str], index: CatalogIndex) -> bool:
    """Some name writes every word found and the thing, as a word or a compound's head: the "Tandkräm Super Fluor"
    for "tandkräm" … "super fluor"."""
    wanted, said = {stem(word) for word in found}, stem(thing)
    return any(wanted <= entry.words and (said in entry.words or said in entry.heads)
               for entry in map(index.entries.__getitem__, index.posting("exact", *wanted)))


MIN_SAME = 4  # letters of a word a compound found must start with to name the same thing ("kanel")


def pairs_named_as_one(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"kyckling och ris hundmat", "räk o kräftost 1 st": the parser reads two items at "och", but the
    store names one product by both ("Kyckling & Ris Hundmat", query.named_as_one; "nöt korv med vitlök och
    persilja", the "Nötkorv Persilja & Vitlök", query.flavours_named_as_one; a scent listed, "sköljmedel som doftar
    äpple och päron", whatever the names write). Two items joined by
    nothing but "och", "o", "&" or "+" in `text`, at most one with an amount, are then one item; a hyphen
    after the first ("mjölk- och havredryck") marks it as the shared part of a compound, as the name does."""
    def joined(before: Item, item: Item) -> Item | None:
        if (Quantity() in (before.quantity, item.quantity)
                and casefold(text[before.span[1]:item.span[0]]).strip(" -") in JOINERS):
            phrase, one = said_in_one(item.phrase)  # "schampo och dusch i samma flaska": one product
            # "tre små fruktdrycker ananas och passion", "deo roll on den mjuk och torr": a size wished or a
            # pointer is no word of the name either side
            said_first = content_words(before.phrase)
            first = [w for w in said_first if w not in _SIZE_WORDS and w not in SORT_POINTERS] or said_first
            said = content_words(phrase)
            # "till köket" is no word of the name, nor a size wished ("lök en stor påse": the big bag), nor a
            # variant ("en paj med bacon och broccoli den frysta": the frozen "Bacon/broccolipaj")...
            second = [w for w in _without_a_sort_pointed_at(content_words(split_purpose(phrase)[0]))
                      if w not in _SIZE_WORDS] or said
            marked = text[before.span[1]:item.span[0]].lstrip().startswith("-")  # "mjölk- och havredryck"
            word = named_as_one(first, second, index, marked, one)
            if word is None and second != said:  # ... unless the name writes it: "Mjölk- & Havredryck till Kaffet"
                word = named_as_one(first, said, index, marked, one)
            if word is None and first and said[len(second):len(second) + 1] in (["den"], ["det"]) and written_joined(
                    first[-1], second[0], second[1:], index):
                word = second[0]  # "smör och rapsolja den flytande": one thing pointed at, the "Smör- & Rapsolja"
            # "sköljmedel som doftar äpple och päron": a word after a scent said goes on naming the scent
            scent_listed = len(said) == 1 and item.quantity == Quantity() and bool(scent_apart(before.phrase)[1])
            if (word is not None or scent_listed or flavours_named_as_one(before.phrase, second, index)
                    or (item.quantity == Quantity()
                        and an_animals_flavours(before.phrase, second, index, split_purpose(phrase)[1]))):
                # a line called short says the name's word: "milda mat o bak", the "... och Bakmargarin"
                phrase = phrase if not word or word == second[0] else re.sub(
                    rf"(?<![^\W\d_]){re.escape(second[0])}(?![^\W\d_])", word, casefold(phrase), count=1)
                quantity = _either_amount(before, item)
                # "juice äpple och hallon": the "Juice Äpple Hallon" is read as the name writes it, no "och"
                joiner = " " if word and side_by_side(first[-1], second[0], first[:-1], index) else " och "
                return _one_item(before, item, f"{before.phrase}{joiner}{phrase}", quantity)
        return None
    return _joined_to_the_one_before(items, joined)


_SIZE_WORDS = frozenset().union(*SIZES_WISHED.values())


def names_said_of_both(items: Sequence[Item], text: str, index: CatalogIndex) -> list[Item]:
    """"schampo och balsam miracle moist", "... från elvital": a line's or maker's name said after the second of two
    goods joined by "och", no Swedish word, is said of the first goods too where the store sells them by it
    ("Schampo Miracle Moist"). A Swedish word after the second ("schampo och balsam volym") describes it alone, and
    so does a name the first goods are not sold by."""
    out = list(items)
    for at in range(1, len(out)):
        before, item = out[at - 1], out[at]
        first, said = content_words(before.phrase), _without_a_sort_pointed_at(_the_thing_said(item))
        if (before.action == item.action == "add" and len(first) == 1 and len(said) > 1
                and casefold(text[before.span[1]:item.span[0]]).strip() in JOINERS
                and _sold_by_the_name(first[0], [w for w in said[1:] if w not in ORIGIN_WORDS], index)):
            out[at - 1] = before.model_copy(update={"phrase": " ".join([before.phrase, *said[1:]])})
    return out


def _sold_by_the_name(goods: str, name: Sequence[str], index: CatalogIndex) -> bool:
    """The words are a name, none a Swedish word, that products of the goods say (in their names or brands)."""
    if not name or not all(index.known(word) and not is_swedish(word) for word in name):
        return False
    found = index.named_by(stem(goods))
    for word in name:
        found &= index.said_by_name_or_brand(stem(word))
    return bool(found)


def _without_a_sort_pointed_at(words: list[str]) -> list[str]:
    """The words without a sort pointed at after them ("broccoli den frysta", "blandat dom sura"), which a name of
    the pair need not write; a sort said bare ("gröna oliver") stays."""
    at = next((i for i, word in enumerate(words) if i and word in SORT_POINTERS and i + 1 < len(words)), len(words))
    return words[:at]


def _the_thing_said(item: Item) -> list[str]:
    """The content words naming the item's goods, not what they are for ("torrfoder till katten": "torrfoder")."""
    return content_words(split_purpose(item.phrase)[0])


def _joined_to_the_one_before(items: Sequence[Item], joined: Callable[[Item, Item], Item | None]) -> list[Item]:
    """The items, each added item that `joined` reads as part of the added item before it made one
    with it (`joined` gives that one item, or None)."""
    out: list[Item] = []
    for item in items:
        before = out[-1] if out else None
        if (before is not None and before.action == item.action == "add" and before.phrase and item.phrase
                and (one := joined(before, item)) is not None):
            out[-1] = one
        else:
            out.append(item)
    return out


def _either_amount(before: Item, item: Item) -> Quantity:
    """The one amount of two items read as one: the first's where it was said, else the second's."""
    return item.quantity if before.quantity == Quantity() else before.quantity


def _one_item(before: Item, item: Item, phrase: str, quantity: Quantity) -> Item:
    """Two items said as one: the phrase, the span of both, their attributes and one amount."""
    return before.model_copy(update={"phrase": phrase, "span": (before.span[0], item.span[1]), "quantity": quantity,
                                     "attributes": [*before.attributes, *item.attributes]})


JOINERS = frozenset({"och", "o", "&", "+"})


def elided(line: Line) -> Line:
    """A bare word read as the compound just said ("kaffe och filter": coffee filters) is a guess at what
    the client meant ("te och kakor" is tea and biscuits, though a store sells more "tekakor"): staff
    confirm it, unless it is the client's own learned reading."""
    if line.learned:
        return line
    return line.model_copy(update={"needs_review": True,
                                   "reason": with_reason(line.reason, f"Tolkat som «{line.phrase}»: kontrollera"),
                                   "question": asked(line.question, UNSURE)})
