"""How much of a product's own name a request covers.

Matching by the request alone finds every product that says "julmust"; the product's own words
decide which is the plain one: "Julmust" covers its name, "Julmust No Sugar" says two words nobody
asked for. Words of a special sort (a flavour, "strimlad", an oat brand) count more than others.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, NamedTuple

from assistant.catalog.compounds import FALLBACK_PART, without_words
from assistant.catalog.lexicon import ANIMALS, Lexicon
from assistant.catalog.normalize import casefold, fold, stem, tokens

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry


ORGANIC = "eko"  # the lexicon's attribute of organic labels
PARTICIPLE_ENDINGS = frozenset({"ad", "ade", "at", "ed"})  # stemmed: "skalade" → "skalad"
# a shelf named for where goods are kept says what they are: "Frys" (the freezer, Coop's frozen
# department) holds what "fryst", "frysta" ask, though the stemmer parts the two; and the other way round,
# goods asked "från frysen" (where they are kept) are what a shelf of frozen goods ("Fryst") holds
KEPT_IN = {stem("fryst"): stem("frys"), stem("frys"): stem("fryst")}
MIDDLE = "mellan"  # leads the middle degree of a word: "mellanlagrad", "mellanrost"
LACKING = "o"  # leads the lack of a sort: "Oparfymerad", "Osötad", "Okött"
SAUCE = stem(fold("sås"))  # names of goods in a sauce often write its flavour alone: "Fiskbullar Hummer"


class Coverage:
    """`heads`: the head word, its head and its first parts; `modifiers`: the words that must be
    said besides (the other words and the head word's first parts)."""

    def __init__(self, heads: Collection[str], modifiers: Collection[str], attributes: Collection[str],
                 index: CatalogIndex) -> None:
        lex = index.lexicon
        # a modifier said as one compound ("diskmaskin") is said by its parts too ("Maskindisktabletter")
        split = {m: index.split_by_vocabulary(m) for m in modifiers}
        self.pieces = {m: frozenset(stem(p) for p in parts) for m, parts in split.items()}
        # a sauce said as one compound ("i hummersås"): its flavour, which a name may write alone
        self.sauce_flavours = {m: stem(parts[0]) for m, parts in split.items()
                               if len(parts) == 2 and stem(parts[1]) == SAUCE}
        said = {*heads, *modifiers}
        said.update(p for pieces in self.pieces.values() if len(pieces) > 1 for p in pieces)
        # a word said is said by a name writing it otherwise: "lök" by the "Onion" of "Dipmix Onion"
        said.update(written for word in list(said) for written in lex.written_as.get(word, ()))
        self.said = frozenset(said)
        self.attributes = frozenset(attributes)
        self.lexicon = lex
        self.plain_asked = self.said.isdisjoint(lex.flavours)  # no flavour asked: "Naturell" is what was asked
        # what was asked as the thing itself, no flavour: a kind a name files it under is what it is
        self.things = frozenset(heads) - lex.flavours

    def leads(self, entry: Entry, head_word: str) -> bool:
        """The name starts with the very word asked for, and it is no flavour: "Kesella Kvarg",
        "Julmust Läsk" are that thing, where "Apelsin Marmelad" is a marmalade."""
        return bool(entry.own) and (entry.own[0][0] == head_word or led_in_reverse(entry, head_word)) and not (
            set(entry.own[0][:2]) & self.lexicon.flavours)

    def said_in_pieces(self, mod: str, words: Collection[str]) -> bool:
        """A modifier said inside a compound the splitter left whole ("maskin" in "Maskindiskmedel"),
        a compound modifier by its parts in any order: "diskmaskin" by "Disktabletter Maskin"."""
        split = self.pieces.get(mod, frozenset())
        pieces = split if len(split) > 1 else {mod} if len(mod) >= FALLBACK_PART else ()
        return bool(pieces) and all(any(p in w and not self.means_otherwise(p, w) for w in words)
                                    for p in pieces)

    def said_otherwise(self, mod: str, own: tuple[tuple[str, ...], ...],
                       filed_as: Collection[str] = ()) -> frozenset[str]:
        """The modifier, when every name word holding it says something else (see `means_otherwise`).
        `filed_as`: the kinds the name files the very thing asked under ("Färskkorv Kabanoss" is a kabanoss
        and a färskkorv): a word describing one of them describes the thing."""
        holding = [stems for stems in own if mod in stems]
        return frozenset((mod,)) if holding and all(self.means_otherwise(mod, stems[0], stems[0] in filed_as)
                                                    for stems in holding) else frozenset()

    def means_otherwise(self, piece: str, word: str, filed_as: bool = False) -> bool:
        """A word holding what was said that means something else of the product: the middle degree of it
        ("Mellanlagrad" is no aged cheese, where "Vällagrad" is), its lack ("Okött", "Osötad": see
        compounds._unsaid_known), or a describing word leading a compound
        whose rest is another kind, which it describes ("Färskost", cream cheese, says nothing fresh of the
        "Pepparrot" it is flavoured with, though it does for "färsk ost"), unless the name files the thing
        asked under that kind (`filed_as`: "Färskkorv Kabanoss" is a fresh kabanoss); or a describing word
        leading a describing word the lexicon knows whole, which says how much of its rest ("Lättsockrad" is
        lightly sweetened, no light goods), as the index reads it (no attribute off its parts)."""
        rest = word[len(piece):] if word.startswith(piece) else ""
        describing = self.lexicon.descriptors
        return word in (MIDDLE + piece, LACKING + piece) or (
            bool(rest) and piece in describing and (word in describing or (
                not filed_as and rest in self.lexicon.kinds and rest not in self.said)))

    def said_by(self, mod: str, entry: Entry) -> bool:
        """The product says a modifier: by its name or brand, also inside a name word (see
        `said_in_pieces`); by its category path as a whole word, save a word only an upper level joining
        kinds says ("frukt" of "Frukt & grönt > Sallad" is no fruit salad), and inside a word only of its own
        shelf ("grön" of "Grönsaker" for "gröna ärtor"): a piece of a department's word says nothing
        of the product ("skal" of "Fisk & skaldjur > Skaldjur > Räkor" is no "Räkor med skal"); a
        shelf named for where goods are kept says what they are (`KEPT_IN`: "fryst" of "Frys", "frysen" of
        "Fryst")."""
        # "Färskkorv Kabanoss": a kabanoss filed under its kind, which "färsk" describes, so it is said of it
        filed_as = entry.types if not self.things.isdisjoint(entry.exact) else frozenset()
        words = (entry.words - derivations(mod, entry.own) - self.said_otherwise(mod, entry.own, filed_as)
                 - self.preparing_the_listed(mod, entry))
        return (mod in words or mod in entry.brand or (mod in entry.context and mod not in entry.joint)
                or (mod in KEPT_IN and KEPT_IN[mod] in entry.context)
                or self.said_in_pieces(mod, words | entry.brand | entry.category)
                or self.sauce_flavours.get(mod) in entry.exact)  # "Fiskbullar Hummer" are in lobster sauce

    def preparing_the_listed(self, mod: str, entry: Entry) -> frozenset[str]:
        """The modifier, when it is a preparation the name lists after its kind and writes before another
        word nobody asked, which it prepares: "Grillkorv Anchochili & Rökt Paprika" is no smoked sausage."""
        if mod not in entry.listed or mod not in self.lexicon.prepared:
            return frozenset()
        at = next((i for i, own in enumerate(entry.own) if own[0] == mod), 0)
        return frozenset((mod,)) if 0 < at < len(entry.own) - 1 and entry.own[at + 1][0] not in self.said else (
            frozenset())

    def pieces_said(self, mod: str, entry: Entry) -> bool:
        """`said_in_pieces` of the name's words, a word derived from the modifier aside (see `derivations`)."""
        return self.said_in_pieces(mod, entry.words - derivations(mod, entry.own))

    def extra_words(self, entry: Entry, preferred: Collection[str] = ()) -> tuple[float, int]:
        """(plain extra words, extra words naming a special sort) of the product's name.

        Words of the category ("Läsk") and the brand restate the product, unless the brand's word
        names a sort other brands sell too ("Västerbotten Riven Ost" is a special sort of grated
        cheese); a compound whose head was asked ("Mellanmjölk") adds half a word; a variant the request or
        diet wants is no extra, nor a word the bare word's default reading prefers (`preferred`:
        "Mjölkchoklad" for "choklad" names no special sort "mjölk"). What the product alone says of each
        word is read at build (`Entry.name_words`, see `NameWord`); here only what was asked is weighed.
        """
        said, attributes = self.said, self.attributes
        extra, marked = 0.0, 0
        for word, head, parts, special_parts, wanted, brand_sort, plain, cut, shelf_kind, sort in entry.name_words:
            if brand_sort:
                if word not in said:
                    marked += 1  # the brand names a sort of the kind: "Västerbotten Riven Ost" is no plain grated cheese
                continue
            if word in said or word in preferred or (wanted in attributes and (
                    wanted != ANIMALS or any(w.startswith(word) for w in said))):
                continue  # an animal not said narrows the goods: "Valp" of "Hundmat Valp" (a kitten is a "Katt")
            if plain and self.plain_asked:
                continue  # "Tofu Naturell" says it is the plain sort asked for
            if cut and not said.isdisjoint(parts):
                extra += 0.5  # the thing asked as a cut: "Torskfilé" for "torsk" ("fil" names a kind too)
                continue
            if shelf_kind and head not in said:
                extra += 0.5  # a compound naming the shelf's kind: "Bryggkaffe" under "Kaffe" is no other kind
                continue
            if head in said:
                if any(p not in said for p in special_parts):
                    marked += 1
                elif any(p not in said for p in parts):
                    extra += 0.5
            elif sort:
                marked += 1  # a flavour, a special sort, another kind of product ("Salami Kalkon")
            else:
                extra += 1  # a word nobody asked, or one describing the product ("Lättsaltade")
        if (made := entry.variant_brand) and not made <= said:
            marked += 1  # "Oatly", "Alpro": a brand that only makes a special sort
        return extra, marked


class NameWord(NamedTuple):
    """What `Coverage.extra_words` reads of one name word that depends on the product alone, read once at
    build rather than for every query that scores the product (see `name_words`). Words that never count
    are left out there: those the brand or the shelf restate, and organic labels."""

    word: str                 # its stem
    head: str                 # its head's stem
    parts: tuple[str, ...]    # its other parts' stems
    special_parts: tuple[str, ...]  # those of them naming a special sort
    wanted: str | None        # the variant it marks (word_class)
    brand_sort: bool          # a brand word naming a sort of the kind on the product's shelf
    plain: bool               # a word saying the plain sort ("Naturell") or form ("Bit": a whole piece)
    cut: bool                 # a compound whose head is a cut or form ("Torskfilé")
    shelf_kind: bool          # a compound whose head the shelf names ("Bryggkaffe" under "Kaffe")
    sort: bool                # unasked, it names a special sort (else it is one plain extra word)


def name_words(entry: Entry, lexicon: Lexicon, classes: dict[str, tuple[str | None, bool, bool]],
               sort_brands: Collection[tuple[str, str]],
               share: Callable[[NameWord], NameWord]) -> tuple[NameWord, ...]:
    """`NameWord` of each of the product's name words that may count as an extra one (`share`: one object
    for equal readings, as many products say the same words on the same shelves). `classes`: the index's
    `word_class` by word."""
    special = lexicon.special
    context, brand = entry.context, entry.brand
    # "Utan Tillsatt Socker" says the sort "Sockerfria" says, where the lexicon knows that sort: its last word
    # marks it, the others are no words of their own; "utan Smak" says the plain sort "smakfri" is
    said_without = without_words(entry.product.name)
    without = {word: (free_sort, word == said) for words, said, free in said_without
               if (free_sort := (classes.get(free) or word_class(free, lexicon))[0]) for word in words}
    plain_without = {word: word == said for words, said, free in said_without if free in lexicon.plain
                     for word in words}
    # a piece of food ("Oxfile Bit", "Cheddar Block") is its plain form; a "Wc Block" is no piece of anything
    whole = {stem(fold(word)) for word in map(casefold, tokens(entry.product.name))
             if word in lexicon.whole_piece} if entry.department is None else set()
    read = []
    for own in entry.own:
        word, head, parts = own[0], own[1], own[2:]
        if word in without:
            free_sort, marks = without[word]
            if marks:
                read.append(share(NameWord(word, head, parts, (), free_sort, False, plain=False, cut=False,
                                           shelf_kind=False, sort=True)))
            continue
        if word in plain_without:
            if plain_without[word]:
                read.append(share(NameWord(word, head, parts, (), None, False, plain=True, cut=False,
                                           shelf_kind=False, sort=False)))
            continue
        wanted, describes, names_a_sort = classes.get(word) or word_class(word, lexicon)
        brand_sort = (word in brand and (word, entry.shelf) in sort_brands and not wanted and word not in context
                      and word not in lexicon.kinds)
        if not brand_sort and (word in brand or (word in context and word not in lexicon.variants
                                                 and word != entry.packing.cut) or wanted == ORGANIC):
            # the brand or the shelf restates it (a shelf of a special sort, "Riven", or of a cut, "Skivor",
            # does not make its word plain: "ost" is no grated one, "oxfilé" no sliced one); "KRAV", "EKO": a
            # label on the plain thing, whose variant penalty speaks for it once
            continue
        read.append(share(NameWord(
            word, head, parts, tuple(p for p in parts if p in special), wanted, brand_sort,
            plain=word in lexicon.plain or word in whole,
            cut=len(own) > 2 and head in lexicon.forms,
            shelf_kind=len(own) > 2 and head in context and word not in lexicon.variants,
            # a compound of a variant or a flavour ("Mandel-sesam" of a "Rökt Tofu") names a special sort as the
            # word does
            sort=not describes and (names_a_sort or head in special or any(
                part in lexicon.variants or lexicon.flavour(part) for part in parts)))))
    return tuple(read)


def led_in_reverse(entry: Entry, head_word: str) -> bool:
    """The name leads with the compound asked written as its two words the other way round, kind first as
    shops file goods: "Vitamin D 2500 IE" is the "d-vitamin" (also "d vitamin") asked."""
    words = tokens(entry.product.name)
    return len(words) > 1 and stem(fold(casefold(words[1] + words[0]))) == head_word


def derivations(mod: str, own: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Name words (and their heads) that end in a word derived from the modifier, not in the
    modifier: "Handskalade" ends in "skalade", shelled, so its "skal" says no shell is on; the verb
    made of a noun adds only a participle's ending ("-ad", "-at") where a compound adds a word.
    `own`: an entry's `own` (per name word: its stem, its head's stem, its other parts)."""
    return frozenset(word for stems in own if stems[1][len(mod):] in PARTICIPLE_ENDINGS and stems[1].startswith(mod)
                     for word in stems[:2])


def word_class(word: str, lexicon: Lexicon) -> tuple[str | None, bool, bool]:
    """What a product's name word says whatever was asked (the index holds it for every name word):
    the variant it marks (a department's word names a product: "Fläckborttagning" is no variant
    asked for), whether it describes the product ("Lättsaltade"), whether it names a special sort
    (a flavour, a variant, another kind)."""
    wanted = None if word in lexicon.department_words else lexicon.attribute_of(word)
    special = lexicon.special
    describes = word in lexicon.descriptors and word not in special and not wanted  # "Glutenfria" marks a sort
    return wanted, describes, word in special or bool(wanted) or lexicon.flavour(word)


def shelf_word_begins(mod: str, entry: Entry, head_parts: Collection[str]) -> bool:
    """A word said with the goods, no first part of the word asked, that no name or brand word holds and that
    only begins words of the product's shelf: "räkor med skal" is no more said by "Frysta skaldjur" (shellfish)
    than by any shelf, so a "Räkor" there fits no better than the "Räkor Med Skal" saying it."""
    if mod in head_parts or any(mod in word for word in entry.words | entry.brand):
        return False
    holding = [word for word in entry.context if mod in word]
    return bool(holding) and all(word.startswith(mod) and word != mod for word in holding)
