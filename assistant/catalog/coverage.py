"""How much of a product's own name a request covers.

Matching by the request alone finds every product that says "julmust"; the product's own words
decide which is the plain one: "Julmust" covers its name, "Julmust No Sugar" says two words nobody
asked for. Words of a special sort (a flavour, "strimlad", an oat brand) count more than others.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from assistant.catalog.compounds import FALLBACK_PART, split_compound
from assistant.catalog.lexicon import Lexicon
from assistant.catalog.normalize import stem

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry


ORGANIC = "eko"  # the lexicon's attribute of organic labels
PARTICIPLE_ENDINGS = frozenset({"ad", "ade", "at", "ed"})  # stemmed: "skalade" → "skalad"
# a shelf named for where goods are kept says what they are: "Frys" (the freezer, Coop's frozen
# department) holds what "fryst", "frysta" ask, though the stemmer parts the two
KEPT_IN = {stem("fryst"): stem("frys")}


class Coverage:
    """`heads`: the head word, its head and its first parts; `modifiers`: the words that must be
    said besides (the other words and the head word's first parts)."""

    def __init__(self, heads: Collection[str], modifiers: Collection[str], attributes: Collection[str],
                 index: CatalogIndex) -> None:
        lex = index.lexicon
        # a modifier said as one compound ("diskmaskin") is said by its parts too ("Maskindisktabletter")
        self.pieces = {m: frozenset(stem(p) for p in split_compound(m, index.vocabulary))
                       for m in modifiers}
        said = {*heads, *modifiers}
        said.update(p for pieces in self.pieces.values() if len(pieces) > 1 for p in pieces)
        self.said = frozenset(said)
        self.attributes = frozenset(attributes)
        self.lexicon = lex
        self.special = special_words(lex)
        self.classes = index.word_classes
        self.sort_brands = index.sort_brands
        self.plain_asked = self.said.isdisjoint(lex.flavours)  # no flavour asked: "Naturell" is what was asked

    def leads(self, entry: Entry, head_word: str) -> bool:
        """The name starts with the very word asked for, and it is no flavour: "Kesella Kvarg",
        "Julmust Läsk" are that thing, where "Apelsin Marmelad" is a marmalade."""
        return bool(entry.own) and entry.own[0][0] == head_word and not (
            set(entry.own[0][:2]) & self.lexicon.flavours)

    def said_in_pieces(self, mod: str, words: Collection[str]) -> bool:
        """A modifier said inside a compound the splitter left whole ("maskin" in "Maskindiskmedel"),
        a compound modifier by its parts in any order: "diskmaskin" by "Disktabletter Maskin"."""
        split = self.pieces.get(mod, frozenset())
        pieces = split if len(split) > 1 else {mod} if len(mod) >= FALLBACK_PART else ()
        return bool(pieces) and all(any(p in w for w in words) for p in pieces)

    def said_by(self, mod: str, entry: Entry) -> bool:
        """The product says a modifier: by its name or brand, also inside a name word (see
        `said_in_pieces`); by its category path as a whole word, and inside a word only of its own
        shelf ("grön" of "Grönsaker" for "gröna ärtor"): a piece of a department's word says nothing
        of the product ("skal" of "Fisk & skaldjur > Skaldjur > Räkor" is no "Räkor med skal"); a
        shelf named for where goods are kept says what they are (`KEPT_IN`: "fryst" of "Frys")."""
        words = entry.words - derivations(mod, entry.own)
        return (mod in words or mod in entry.brand or (mod in entry.context and mod not in entry.joint)
                or KEPT_IN.get(mod, mod) in entry.context
                or self.said_in_pieces(mod, words | entry.brand | entry.category))

    def pieces_said(self, mod: str, entry: Entry) -> bool:
        """`said_in_pieces` of the name's words, a word derived from the modifier aside (see `derivations`)."""
        return self.said_in_pieces(mod, entry.words - derivations(mod, entry.own))

    def extra_words(self, entry: Entry, preferred: Collection[str] = ()) -> tuple[float, int]:
        """(plain extra words, extra words naming a special sort) of the product's name.

        Words of the category ("Läsk") and the brand restate the product, unless the brand's word
        names a sort other brands sell too ("Västerbotten Riven Ost" is a special sort of grated
        cheese); a compound whose head was asked ("Mellanmjölk") adds half a word; a variant the request or
        diet wants is no extra, nor a word the bare word's default reading prefers (`preferred`:
        "Mjölkchoklad" for "choklad" names no special sort "mjölk").
        """
        lex = self.lexicon
        said, special, attributes, classes = self.said, self.special, self.attributes, self.classes
        context, brand = entry.context, entry.brand
        extra, marked = 0.0, 0
        for own in entry.own:
            word, head = own[0], own[1]
            wanted, describes, names_a_sort = classes.get(word) or word_class(word, lex, special)
            if (word in brand and word not in said and (word, entry.shelf) in self.sort_brands and not wanted
                    and word not in context and word not in lex.kinds):
                marked += 1  # the brand names a sort of the kind: "Västerbotten Riven Ost" is no plain grated cheese
                continue
            if (word in said or word in preferred or word in brand or wanted in attributes
                    or (word in context and word not in lex.variants)):
                continue  # a shelf of a special sort ("Riven") does not make its word plain: "ost" is no grated one
            if word in lex.plain and self.plain_asked:
                continue  # "Tofu Naturell" says it is the plain sort asked for
            if wanted == ORGANIC:
                continue  # "KRAV", "EKO": a label on the plain thing, its variant penalty speaks for it once
            if len(own) > 2 and head in lex.forms and not said.isdisjoint(own[2:]):
                extra += 0.5  # the thing asked as a cut: "Torskfilé" for "torsk" ("fil" names a kind too)
                continue
            if len(own) > 2 and head in context and head not in said and word not in lex.variants:
                extra += 0.5  # a compound naming the shelf's kind: "Bryggkaffe" under "Kaffe" is no other kind
                continue
            if head in said:
                parts = own[2:]
                if any(p not in said and p in special for p in parts):
                    marked += 1
                elif any(p not in said for p in parts):
                    extra += 0.5
            elif describes:
                extra += 1  # "Lättsaltade" describes the product, whatever its head ("salt") names
            elif names_a_sort or head in special:
                marked += 1  # a flavour, a special sort, another kind of product ("Salami Kalkon")
            else:
                extra += 1
        if (made := brand & lex.variants) and not made <= said:
            marked += 1  # "Oatly", "Alpro": a brand that only makes a special sort
        return extra, marked


def derivations(mod: str, own: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Name words (and their heads) that end in a word derived from the modifier, not in the
    modifier: "Handskalade" ends in "skalade", shelled, so its "skal" says no shell is on; the verb
    made of a noun adds only a participle's ending ("-ad", "-at") where a compound adds a word.
    `own`: an entry's `own` (per name word: its stem, its head's stem, its other parts)."""
    return frozenset(word for stems in own if stems[1][len(mod):] in PARTICIPLE_ENDINGS and stems[1].startswith(mod)
                     for word in stems[:2])


def special_words(lexicon: Lexicon) -> frozenset[str]:
    """Words of a special sort: flavours, variants, other kinds of product."""
    return lexicon.flavours | lexicon.variants | lexicon.kinds


def word_class(word: str, lexicon: Lexicon, special: frozenset[str] | None = None) -> tuple[str | None, bool, bool]:
    """What a product's name word says whatever was asked (the index holds it for every name word):
    the variant it marks (a department's word names a product: "Fläckborttagning" is no variant
    asked for), whether it describes the product ("Lättsaltade"), whether it names a special sort
    (a flavour, a variant, another kind). `special`: `special_words(lexicon)`, when the caller has it."""
    wanted = None if word in lexicon.department_words else lexicon.attribute_of(word)
    special = special_words(lexicon) if special is None else special
    describes = word in lexicon.descriptors and word not in special and not wanted  # "Glutenfria" marks a sort
    return wanted, describes, word in special or bool(wanted) or lexicon.flavour(word)
