"""Brands: a word that names a brand, and a product of the brand asked for (pure).

"bregott", "zoégas" name a brand, by the lexicon's brand list or because the catalog has the word
only as a brand; "löfbergs kaffe" says a brand beside the thing. A product's brand words restate
its name ("Red Bull" asked by its own name is that drink), they are no extra word.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from assistant.catalog.lexicon import brand_key
from assistant.catalog.normalize import casefold, fold, stem, tokens

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry


def only_brand(index: CatalogIndex, word: str) -> bool:
    """True when the word (a stem) names a brand and no product name says it (e.g. "Bregott")."""
    return bool(index.posting("brand", word)) and not any(index.posting(f, word) for f in ("exact", "heads", "parts"))


def names_brand(word: str, index: CatalogIndex) -> bool:
    """The word as said names a brand: the lexicon lists it, or the catalog has it only as a brand."""
    return brand_key(word) in index.lexicon.brands or only_brand(index, stem(word))


def brand_of(word: str, thing: str, index: CatalogIndex) -> bool:
    """The word said names a brand of the thing said: the lexicon's kind of the brand is the thing or a sort
    of it ("nescafé": "snabbkaffe", for "kaffe" and "snabbkaffe" alike), or else the store sells the thing
    under the brand, its name saying the thing or a compound of it ("Gevalia": "Bryggkaffe Mellanrost"), or its
    shelf being the thing's, where the word is the whole brand: "Castello Danablu" on the shelf of the
    "Blåmögelost Danablu Eko" for "blåmögelost castello" (CatalogIndex.shelf_of_the_kind), never by a word of a
    longer brand ("Frukost" of "Wasa Frukost"), and only of a kind of goods. A feed of bare names has no shelf."""
    said = stem(casefold(thing))
    if (kind := index.lexicon.brand_kind(word)) is not None:
        made = stem(casefold(kind))
        return made.endswith(said) or said.endswith(made)
    brands = [index.entries[i] for i in index.posting("brand", stem(word))]
    if any(any(w.endswith(said) for w in entry.exact) for entry in brands):
        return True
    lex, whole = index.lexicon, brand_key(word)
    if said in lex.descriptors or stem(index.split(casefold(thing))[-1]) not in lex.kinds:
        return False  # "arbogapastej den man skivar": sliced goods are no kind
    shelves = {entry.shelf for entry in brands
               if entry.shelf and brand_key(entry.product.brand or "") == whole}
    return bool(shelves) and index.shelf_of_the_kind(said) in shelves


def of_brand(entry: Entry, words: Collection[str]) -> bool:
    """The product's brand says one of the words (stems or folded surfaces)."""
    return not entry.brand.isdisjoint(words)


def makes_other_goods(entry: Entry, kind: str) -> bool:
    """A brand said alone asks for what the brand is known for (the lexicon's kind: "marabou" is a
    chocolate): a product of the brand whose name and shelf never say that kind is other goods of it
    ("Chocosticks" under "Bröd & kakor"), a guess staff confirm. A feed without shelves cannot tell."""
    if not entry.category:
        return False
    said = {stem(word) for word in kind.split()}
    return not any(w.endswith(k) or k.endswith(w) for k in said for w in entry.words | entry.category if len(w) >= 3)


SHELF_DEPTH = 2  # "Husdjur > Katt" of "Husdjur > Katt > Våtfoder": wet and dry cat food are one kind of goods


def goods_of_many_kinds(index: CatalogIndex, word: str) -> bool:
    """A brand said alone names no product when its goods span kinds: the lexicon lists it with no
    kind ("findus": fish fingers, peas, ready meals) or the store sells it on more than one shelf
    ("fazer": bread and sweets). Staff ask which; a brand of one kind ("bregott") is that kind."""
    if brand_key(word) in index.lexicon.brands:
        return index.lexicon.brand_kind(word) is None
    shelves = {" > ".join(index.entries[i].product.category.split(" > ")[:SHELF_DEPTH])
               for i in index.posting("brand", stem(word))}
    return len(shelves - {""}) > 1


FEW_OF_THE_BRAND = 1 / 3  # share of a brand's goods below which the best's kind is not what the brand sells


def a_kind_few_of_its_goods_are(best: Entry, index: CatalogIndex, word: str,
                                fitting: Sequence[Entry] | None = None) -> bool:
    """A brand said alone (`word`, as said) that the lexicon does not know, whose best product shares no
    name word beside the brand's own with two thirds of the brand's goods: the brand sells many kinds on one
    shelf ("Hem & städ" holds all of them), and nothing said chose this one: "finish" is no sure
    "Luktstopp" among its dishwasher tablets and rinse aid, "mjau" no "Kattsand" among its cat foods.
    A brand whose goods are mostly the best's kind ("Original", "Original 21%" of a cream cheese's
    flavours) is that kind. A feed without brands has no goods of the brand to weigh. `fitting`: where words
    were said with the brand, its goods that fit them all weigh instead of all its goods ("finish till
    diskmaskinen": every Finish product is for the dishwasher, and a machine cleaner is one among six detergents)."""
    if brand_key(word) in index.lexicon.brands:
        return False  # the lexicon says what the brand is known for (see makes_other_goods, goods_of_many_kinds)
    goods = [entry for entry in (fitting if fitting is not None else map(index.entries.__getitem__,
                                                                          index.posting("brand", *best.brand)))
             if entry.product.brand == best.product.brand]
    own = best.exact - best.brand
    alike = sum(not own.isdisjoint(entry.exact - entry.brand) for entry in goods)
    return alike < FEW_OF_THE_BRAND * len(goods)


SHORT_TITLE = 2  # letters of a brand's leading word that is a title or article ("Dr. Oetker", "Mr Muscle")


def only_a_later_word(entry: Entry, said: Collection[str]) -> bool:
    """A word said alone that the product's brand writes only after another word of its own, which was not
    said: "boy" is no "Healthy Boy" oyster sauce. A brand is known by its leading word ("oetker" of "Dr.
    Oetker" leads after a title); its later words alone name other things as well. `said`: the words said,
    folded as written and as stems."""
    words = [fold(casefold(word)) for word in tokens(entry.product.brand or "")]
    words = [word for word in words if word.isalpha()]
    while len(words) > 1 and len(words[0]) <= SHORT_TITLE:
        words = words[1:]
    if len(words) < 2 or words[0] in said or stem(words[0]) in said:
        return False
    return any(word in said or stem(word) in said for word in words[1:])
