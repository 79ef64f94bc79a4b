"""What a product is, against what was asked for: the kind of match its name and category make (pure).

Swedish compounds carry it: a request names a head ("mjölk"); products whose name says that head (as a
word or as the last part of a compound) are that thing, products that only mention it as a modifier
("mjölkchoklad") are not. The category completes the name ("Präst" is an "Ost"), and the head's usual
category tells a cheese from a sauce that mentions cheese.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from assistant.catalog.brands import of_brand
from assistant.catalog.compounds import FALLBACK_PART, LINKS, before_a_cut
from assistant.catalog.coverage import Coverage
from assistant.catalog.lexicon import ANIMALS, Lexicon
from assistant.catalog.normalize import content_words, fold, leads_a_list, split_purpose, stem, tokens
from assistant.catalog.query import Query
from assistant.catalog.sections import FROZEN_WORDS
from assistant.catalog.swedish import (base_form, different_words, folded_dictionary, is_swedish, lemmas,
                                      participle_of)

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry

# How much a kind of match says that the product IS what was asked for.
EXACT, HEAD, BRAND, CATEGORY, MODIFIER = 1.0, 0.8, 0.9, 0.7, 0.3
SHELVED = 0.75                     # the name says the sort, the shelf the kind (see sort_on_its_shelf)
IS_THE_THING = CATEGORY            # below this the product is at best related
ENOUGH_EXACT = 30                  # see candidates
LONG_HEAD = 6                      # see tails
FREE_OF = ("fri", "frit")          # stem endings of "köttfri(a)", "mjölkfritt": free of what comes before
MIN_KIND = 3                       # letters of a kind a leading compound may end in ("Riskakor": "kak")
LONG_KIND = 5                      # letters of a kind no other word ends in by chance (see ends_in_kind)


def kind_of_match(entry: Entry, q: Query, ends: tuple[str, ...] | None = None) -> float:
    """`ends`: `tails(q)`, when the caller has it (it scores many products for one query)."""
    if q.brand:
        if of_brand(entry, (q.head_word, q.head_surface)):
            return BRAND
        return HEAD if q.head_word in entry.exact else 0.0
    if q.head_word in entry.linking and q.head_surface not in entry.surface:
        return MODIFIER  # "Honungs Pomelo" is a pomelo: "honungs" is a compound's first part written apart
    if q.head_word in entry.exact or (said_apart(entry, q) if q.head_parts else brand_names_the_thing(entry, q)):
        return EXACT  # (a compound asked is said apart; a bare word may be the brand's compound)
    if q.sort_name and of_the_sort(entry, q.head_word):
        return EXACT  # "digestive": the "Digestivekex"
    ends = tails(q) if ends is None else ends
    if q.head in entry.heads or (ends and any(ends_compound(w, ends) for w in entry.exact)):
        return HEAD  # the second: a compound the splitter left whole ("Disktabletter", "Mästarmakrill")
    if q.kind_brands and not entry.brand.isdisjoint(q.kind_brands):
        return HEAD  # "flora margarin": the "Flora 100% Växtbaserad"
    on_its_shelf = ((q.head_word in entry.category or q.head in entry.category) and q.head not in entry.parts
                    and not name_ends_in_another_shelf_kind(entry, q))
    # a shelf joining kinds says neither of a name led by the sort or brand said: "äpple kaka" is no "Äpple&kanel"
    # (crispbread) under "Bröd & kakor", "marabou kakor" no "Chocowhoopies" there (see shelf_joins_kinds)
    if on_its_shelf and sort_leads_the_name(entry, q) and not shelf_joins_kinds(entry):
        return HEAD
    if on_its_shelf:
        return CATEGORY
    if sort_on_its_shelf(entry, q):
        return SHELVED
    if q.head in entry.parts or q.head_word in entry.parts:
        return MODIFIER
    return 0.0


def sort_leads_the_name(entry: Entry, q: Query) -> bool:
    """On the shelf of the kind asked, a name that leads with the sort said is that sort of the kind:
    "Herrgård Mild 28%" under "Ost" is a "herrgårdsost" (or "herrgård ost"), as a name saying
    "Herrgårdsost" would be, and so is a product of the brand said ("Original" by Philadelphia is a
    "philadelphia ost"); a name that merely says the sort further on is not ("Kex Till Ost"), nor one
    led by a describing word said, which tells of the thing after it: "Fransk Dragon" under "Kryddor
    och örter" is a tarragon, no "franska örter" (`Entry.leading`: the name's first word no descriptor)."""
    return bool(q.modifiers) and bool(entry.own) and (
        (entry.own[0][0] in q.modifiers and entry.leading is entry.own[0])
        or not entry.brand.isdisjoint(q.modifiers))


def shelf_names_the_kind(entry: Entry, kind: str) -> bool:
    """The one rule for a sort's own name said with its kind: the product the name says is that sort
    of the kind, as sure as a name is, when its category path names the kind; "Präst 35%" under "Ost >
    Frukost" for "präst ost" (the kind said apart: `Query.kind_apart`) and "prästost" (the kind in the
    compound: `sort_on_its_shelf`) alike. On a feed without categories the section the catalogs with them sell
    the name's words under says it, where one word names the section ("Mozzarella": "Ost"; see
    `Entry.section_kind`); otherwise staff confirm. An upper level joining kinds names none of them for sure
    ("Chark & pålägg > Korv": sausages). Fresh produce is a fruit, a vegetable or a berry as the produce shelf
    says, on a feed of bare names too, where its EU class marks it ("Sharon Klass1" for "sharon frukter"),
    unless its own shelf says another ("Bönor Blandade" under "Frukt & grönsaker > Grönsaker" is no fruit)."""
    if kind in entry.context and kind not in entry.joint or _a_shelf_compound_of(kind, entry.category):
        return True
    if not entry.shelf and kind in entry.section_kind:
        return True
    return entry.fresh and kind in PRODUCE_KINDS and kind in _produce_shelved(entry.product.category or "")


def _a_shelf_compound_of(kind: str, shelf: frozenset[str]) -> bool:
    """The shelf's own name is a compound of the kind: "Ostkex" holds crackers, a sort of "kex"."""
    return len(kind) >= MIN_KIND and any(word.endswith(kind) and len(word) > len(kind) for word in shelf)


@lru_cache(maxsize=4096)
def _produce_shelved(category: str) -> frozenset[str]:
    """The produce kinds fresh goods on the category may be: the one a level below the department says
    ("Frukt & grönsaker > Grönsaker > Bönor ärtor": a vegetable), else any."""
    below = {stem(word) for level in category.split(">")[1:] for word in content_words(level)} & PRODUCE_KINDS
    return frozenset(below) or PRODUCE_KINDS


PRODUCE_KINDS = frozenset(stem(word) for word in ("frukt", "grönsak", "bär"))  # what fresh produce is


def sort_ending_in_another_kind(entry: Entry, q: Query, kinds: Collection[str]) -> bool:
    """A name read as a sort on its kind's shelf (`sort_on_its_shelf`) whose last word ends in another kind
    of the lexicon that the shelf's path names too: "Tranbär Bärdryck" under "Juice fruktdryck och smoothie >
    Ej kyld fruktdryck" is a drink (as "fruktdryck"), no "tranbärsjuice", though it says the berry."""
    if not entry.own or q.head in entry.own[-1]:
        return False
    ends = kinds_ending(entry.own[-1][0], kinds if isinstance(kinds, frozenset) else frozenset(kinds))
    return any(kind not in (q.head, q.head_word) and word.endswith(kind) and not word.endswith(q.head)
               for kind in ends for word in entry.context)


def kind_apart_confirmed(entry: Entry, q: Query) -> bool:
    """The product read for a sort's own name said with its kind (`Query.kind_apart`) is of that kind:
    its shelf names the kind (`shelf_names_the_kind`), or the lexicon's reading of the bare kind names
    the sort (`Query.sort_known`: "ricotta ost", "pecorino ost", a cheese a bare "ost" avoids) and the
    name says no other kind first ("Ricotta", "Pecorino Romano"; never "Taco Kryddmix" for "taco ost",
    a mix, nor "Pecorino Tryffel" if truffles are its kind) nor a department without food ("Präst Krage
    Blomma" is a flower): a feed of bare names is then as sure as a shelf."""
    return shelf_names_the_kind(entry, q.kind_apart) or (q.sort_known and entry.types <= {q.kind_apart}
                                                         and entry.department is None)


def sorts_said(q: Query) -> tuple[str, ...]:
    """The words naming the sort asked: a compound's first parts, else the words said with the head that
    describe nothing ("präst" of "präst ost lagrad"), else those that do ("riven" of "riven ost")."""
    return q.head_parts or tuple(word for word in q.modifiers if word not in q.describing) or q.modifiers


def sort_on_its_shelf(entry: Entry, q: Query) -> bool:
    """The name says the sort asked for and only the category path above the shelf the kind (see
    `shelf_names_the_kind`): "Präst 35%" under "Ost > Frukost > Mild mellanlagrad" is a "prästost". The sort
    is a compound's first part where one is said: a word said with it ("prästost lagrad") is weighed as any, and
    so is a word the product's brand says ("prästost från allerum": the Präst by Allerum, though a name of the
    store writes the brand too, so it was read as a sort)."""
    sorts = sorts_said(q)
    return (any(word in entry.exact for word in sorts) and shelf_names_the_kind(entry, q.head)
            and all(word in entry.exact or word in entry.brand for word in sorts))


def brand_names_the_thing(entry: Entry, q: Query) -> bool:
    """A bare word the name says as its brand's compound: "Kronjäst Färsk" by Kronjäst is a plain
    "jäst" as "Jäst Färsk" is; the brand's first part names the maker, not another kind."""
    return not q.head_parts and any(len(own) > 2 and own[1] == q.head_word and own[0] in entry.brand
                                    for own in entry.own)


def said_apart(entry: Entry, q: Query) -> bool:
    """The asked compound written as the name's words, in any order: "Sallat Isberg" is an
    "isbergssallad", "Kyckling Lår" a "kycklinglår"; each part a whole word, so "Mjukost 20% Ädel"
    (a soft cheese tasting of blue cheese) is no "ädelost"."""
    return bool(q.head_parts) and entry.exact.issuperset((q.head, *q.head_parts))


def denies(entry: Entry, q: Query) -> bool:
    """The name says the product is free of a word asked for: "Köttfria Köttbullar" are no meatballs
    of meat, a "Mjölkfri" chocolate no milk chocolate ("-fri", "-fria", "-fritt" all stem to "-fri").
    What the request itself asks it free of is no such word: "babyolja parfymfri" asks the
    "Babyolja Parfymfri", though "parfym" is a first part of the word said, and "köttfria köttbullar"
    the "Köttfria Köttbullar" (the word read as a diet, not a word the name must say)."""
    if not entry.free_of:
        return False
    asked = {q.head, q.head_word, *q.head_parts, *q.modifiers} - q.free_of
    return not entry.free_of.isdisjoint(asked - free_of(tuple((word,) for word in asked)))


def has_what_it_lacks(entry: Entry, q: Query) -> bool:
    """The request says what the goods are without, by a word no "-fri" compound of the catalog writes
    ("bröd utan frön", "sill utan lök"), and the name says it ("Fröbröd", "Sill Lök"): another thing,
    unless the name says the product is free of it. A compound holds it as its first or last part
    ("Solrosfrön", "Vedrökt"), whether or not the catalog knows the rest."""
    return any(word not in entry.free_of and any(said.startswith(word) or said.endswith((word, ending))
                                                 for said in entry.words)
               for word, ending in q.lacking)


def free_of(own: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """What a name says the product is free of ("Köttfria Köttbullar": "kott"), from an entry's `own`
    (per name word: its stem first); the index holds it as `Entry.free_of`, read for every candidate."""
    return frozenset(word[:-len(end)] for word, *_ in own for end in FREE_OF if word.endswith(end))


def made_for(name: str) -> frozenset[str]:
    """What a product's name says it is for, as stems ("Rengöringstabletter för Espresso Maskin":
    "espresso", "maskin"); the index holds it as `Entry.made_for`, read for every candidate."""
    return frozenset(stem(word) for word in content_words(split_purpose(name)[1]))


def uses_named(name: str) -> frozenset[str]:
    """What a product's name says it is for, read as a purpose asked is (query.analyse: the stem of the
    word's base form): "till Kaffet" is "kaff" as "till kaffet" and "till kaffe" are, where the stemmer
    keeps the definite "kaffet" whole. The index holds it as `Entry.uses`: a name saying the use asked."""
    return frozenset(stem(base_form(word)) for word in content_words(split_purpose(name)[1]))


def made_for_another(entry: Entry, q: Query, purposes: Collection[str], cooked_on: Collection[str] = ()) -> bool:
    """The request says what the goods are for and the name, saying none of it, names something else
    they are for: "rengöringstabletter till löständerna" are neither the "Rengöringstabletter för
    Espresso Maskin" nor the "Rengöringstablett Diskmaskin". `purposes`: the words the catalog's names
    say goods are for ("för Espresso Maskin"), not whom (`CatalogIndex.purposes`); an unasked name
    word that is one, or whose compound ends in one ("Diskmaskin"), is what this product serves. A
    word of either ending the other agrees: "till kaffebryggaren" is what a product "för Bryggare"
    is for, as does one the name writes as a compound's first part ("för Ugnsbakad Lax" is for "ugnen");
    who it is for ("Burspån Smådjur" for "till marsvinet") is no other use. `cooked_on`: what food
    is cooked on (the lexicon's `food_uses`): goods of a department without food that name it are used on
    it, as a "till" would say ("Tändare Bras Och Grill" is no lighter for the candles)."""
    if not q.purpose:
        return False
    serves = (entry.made_for | entry.exact | entry.heads) & purposes
    if entry.department is not None:
        serves |= (entry.exact | entry.heads) & frozenset(cooked_on)
    if not serves or not entry.uses.isdisjoint(q.purpose) or any(
            asked.endswith(said) or said.endswith(asked) or said.startswith(asked)  # "Ugnsbakad" for "till ugnen"
            for asked in q.purpose for said in entry.words if min(len(asked), len(said)) >= MIN_KIND):
        return False
    # a word said, or its head, is no other use: the "Havsfisk" of "Våtfoder Havsfisk i Sås" asked is no
    # "fisk" the goods are for, though another name writes "Huvudfoder Till Fisk"
    said = (q.head, q.head_word, *q.head_parts, *q.modifiers)
    return any(not any(word.endswith(use) for word in said) for use in serves)


def written_for_a_use_refused(entry: Entry, said_uses: frozenset[str], lexicon: Lexicon) -> bool:
    """The name says a use excluding the one asked, and not that one: "tvättpulver för vit tvätt" is no
    "Tvättpulver Kulör", which names the whole compound asked. `said_uses`: `Lexicon.uses_said` of the purpose."""
    written = lexicon.uses_of_a_name(entry.words)
    return written.isdisjoint(said_uses) and any(not written.isdisjoint(lexicon.uses_apart[use]) for use in said_uses)


def compound_for_the_use(word: str, head: str, purpose: Collection[str]) -> bool:
    """A compound of the head whose first part the use asked begins or ends with: "Kaffefilter" for
    "till kaffebryggaren", "Diskborste" for "till disken"."""
    first = word[:-len(head)] if len(word) > len(head) + 1 else ""
    return len(first) >= MIN_KIND and any(said.startswith(first) or said.endswith(first) or first.startswith(said)
                                          for said in purpose)


def fitted_thing(q: Query, index: CatalogIndex) -> frozenset[str] | None:
    """What a refill (a lexicon `fittings` word) said for a thing the store sells may share with that
    thing: the thing's own words and every word its products write ("svamp" of the "Diskborste med
    Utbytbar Svamp" for "refill till diskborsten"); where the store sells none of it, the words said of it.
    None where no refill, nor a compound of one ("refillpåse till tvålen"), is asked for a thing; read once per
    query (see fits_another_thing)."""
    fittings = index.lexicon.fittings
    if not (q.head in fittings or fittings.intersection(q.head_parts)) or not q.purpose:
        return None
    named = index.posting("exact", *q.purpose) | index.posting("heads", *q.purpose)
    named = named.union(*(index.ending_with(word) for word in q.purpose))  # "Galltvål" is a soap too
    words = frozenset().union(*(entry.words for entry in map(index.entries.__getitem__, named)
                                if not entry.words & fittings))
    return words | frozenset(q.purpose)  # none sold: a refill fits the thing only where its name says it


def fits_another_thing(entry: Entry, q: Query, fitted: frozenset[str], fittings: frozenset[str]) -> bool:
    """A refill whose name shares no word with the thing it is said for, nor says it, fits another
    thing: "Våtmopp Refill" is a mop's, no refill for the dish brush (`fitted`: see fitted_thing)."""
    return not (entry.words - fittings - {q.head_word}) & fitted  # "Refillsvamp" shares the "svamp"


def sexes_asked(q: Query, lexicon: Lexicon) -> frozenset[str]:
    """The sexes the request says the goods are for ("sulor för damer": "dam"), read once per query."""
    return frozenset(lexicon.sexes_said[word] for word in (*q.whom, *q.modifiers, *q.head_parts, q.head_word)
                     if word in lexicon.sexes_said)


def for_the_other_sex(entry: Entry, asked: frozenset[str], lexicon: Lexicon) -> bool:
    """The request says which sex the goods are for ("sulor för damer", "herr strumpor": `asked`, see
    `sexes_asked`) and the name says only the other one ("Sulor Gel Activ Work Man"): another thing,
    however much else it shares. Name words are read as written, so "Präst 12 Mån" (months) is for no man."""
    if len(asked) != 1:
        return False
    named = {lexicon.sexes[word] for word in tokens(entry.product.name) if word in lexicon.sexes}
    return bool(named) and named.isdisjoint(asked)


def for_the_sex_asked(entry: Entry, asked: frozenset[str], lexicon: Lexicon) -> bool:
    """The request says which sex the goods are for and the name writes it ("rakhyvlar för kvinnor": the
    "Rakhyvlar 3blad Kvinna 6-p"): the name says a word of the request, as a sort word written would, so it
    goes before a name that says no sex ("Rakhyvel")."""
    if len(asked) != 1:
        return False
    return any(lexicon.sexes.get(word) in asked for word in tokens(entry.product.name))


def animals_asked(q: Query, lexicon: Lexicon) -> frozenset[str]:
    """The animals the request says the goods are for ("tuggben till hunden": "hund"), read once per query.
    An animal that is a meat too (the lexicon's `meat_animals`: "fågel") says it only in a request for pet
    goods ("fågelmat": a "Kattmat Fågel" is a cat's, no bird food), never in one for food ("fågel")."""
    markers = (*lexicon.species, *lexicon.meat_animals) if ANIMALS in q.attributes else lexicon.species
    return frozenset(m for word in (*q.purpose, *q.modifiers, *q.head_parts, q.head_word)
                     for m in markers if word.startswith(m))


def for_another_animal(entry: Entry, asked: frozenset[str], lexicon: Lexicon,
                       brand_species: Mapping[str, frozenset[str]]) -> bool:
    """The request says which animal the goods are for (`animals_asked`) and the name only another one
    ("Kattgodis" for "godis till hunden"), or, naming none, its shelf or its brand's other goods do
    (`brand_species`: Whiskas' "Senior Chicken Torrfoder" on "Djur" is cat food): another thing, as goods
    for the other sex are. One marker leading the other is the same animal ("kattunge" of "katt"); a young
    one asked is of its grown kind too ("tuggsko till valpen": a "Tuggsko För Hund"), not the other way round
    (a "Valp Torrfoder" is no food for any dog)."""
    named = animals_of(entry, lexicon) or brand_species.get((entry.product.brand or "").casefold(), ())
    asked = asked | {GROWN[a] for a in asked if a in GROWN}
    return bool(asked) and bool(named) and not any(a.startswith(b) or b.startswith(a) for a in named for b in asked)


def animals_of(entry: Entry, lexicon: Lexicon) -> frozenset[str]:
    """The animals a product is for as its name says, else as its shelf does ("Sterilcat Lax" on "Husdjur >
    Katt")."""
    return lexicon.species_named(entry.words) or lexicon.species_named(entry.context)


# a young animal whose word does not lead the grown one's ("kattunge" of "katt" does)
GROWN = {"valp": "hund"}


MIN_PRODUCE = 5  # letters of a produce word leading a compound the catalog writes whole ("rödbet" of "Rödbetspuckar")


def made_of_produce(word: str, index: CatalogIndex) -> bool:
    """A compound the catalog writes only whole, led by fresh produce the store sells ("rödbetspuckar":
    "Rödbetor", "broccolibollar": "Broccoli"), says what it is made of as a split compound's first part
    does: so named, the vegetarian shelf it stands on is no surprise, as for "tofuburgare". Not where
    the produce is a seasoning (a "vitlökskorv" is of meat; a vegetable that flavours other goods, "Lantbröd
    Morot", is no seasoning) or the rest names meat ("paprikakorv")."""
    lexicon = index.lexicon
    for end in range(len(word) - MIN_KIND, MIN_PRODUCE - 1, -1):
        first = word[:end]
        part = first if first in index.produce else first[:-1] if first.endswith("s") else ""
        if part in index.produce and (not lexicon.flavour(part) or part in lexicon.vegetable_flavours):
            meats = lexicon.diets["vegetarisk"].conflicts if "vegetarisk" in lexicon.diets else frozenset()
            return not any(word[end:].startswith(meat) or word[end:].endswith(meat) for meat in meats)
    return False


def tails(q: Query) -> tuple[str, ...]:
    """Endings long enough to find compounds the splitter left whole: the whole word from six
    letters ("diskmedel" in "Maskindiskmedel", "makrill" in "Mästarmakrill"), or from four when the
    catalog writes it only ending its compounds ("dryck" in "Mjölkdryck", "boll" in "Chokladboll"), the
    head of a compound request from four letters as said ("tablet" of "diskmaskinstabletter" in
    "Disktabletter", "fod" of "valpfoder" in "Valp Torrfoder": the stem is shorter than the word)."""
    whole = FALLBACK_PART if q.compound_tail else LONG_HEAD
    at = q.head_surface.rfind(q.head)
    said = len(q.head_surface) - at if at > 0 else len(q.head)
    return tuple(dict.fromkeys(t for t, letters, least in ((q.head_word, len(q.head_word), whole),
                                                           (q.head, said, FALLBACK_PART if q.head_parts else whole))
                               if letters >= least))


def ends_compound(word: str, ends: tuple[str, ...]) -> bool:
    """The word is one of the endings or a compound ending in one: a first part is a word, so of two
    letters or more ("Rättika" is no "r" + "ättika", which a store selling no vinegar must not propose)."""
    return word.endswith(ends) and any(word.endswith(end) and len(word) != len(end) + 1 for end in ends)


def leads_the_word_asked(entry: Entry, head_word: str, known: Callable[[str], bool]) -> bool:
    """A name word is the whole compound asked led by a word of the catalog's ("Djurmatskål",
    "Katthalsband" for "matskål", "halsband"): it says the asked word's first parts, however short
    ("mat", "hals": too short to be looked for inside any word). Letters before it that are no word
    ("Tomatskål": "to") make it another compound that merely ends in the same letters."""
    return any(word.endswith(head_word) and len(word) > len(head_word) and known(word[:-len(head_word)])
               for word in entry.exact)


SHORT_REST = 3  # letters after a part that make another word, not an ending of it


def starts_another_word(part: str, entry: Entry, known: Callable[[str], bool]) -> bool:
    """The asked compound's first part is said only as the letters name words begin with, the rest of
    each no word of the catalog's (`known`) or the dictionary's, not even after a linking -s- ("hjort"
    of "Hjortron", cloudberries: no deer): other words that merely begin as it does, as
    `leads_the_word_asked` reads one ending as the asked one does. A rest of a letter or two is an
    ending of the part itself; a dictionary word needs four letters to be a compound's part, as the
    splitter's parts do (`FALLBACK_PART`: "ron" is a word, but of no compound "hjortron")."""
    holding = [word for word in entry.words | entry.brand | entry.category if part in word]
    return bool(holding) and all(word.startswith(part) and not _a_word_after(word[len(part):], known)
                                 for word in holding)


def _a_word_after(rest: str, known: Callable[[str], bool]) -> bool:
    return len(rest) < SHORT_REST or any(
        known(tail) or (len(tail) >= FALLBACK_PART and lemmas(tail, folded_dictionary()))
        for tail in (rest, *(rest[len(link):] for link in LINKS if rest.startswith(link))))


def candidates(index: CatalogIndex, q: Query) -> list[tuple[float, frozenset[int]]]:
    """(kind, products) as `kind_of_match` would judge them, by set operations on the postings.

    A compound request with enough products saying the whole word ("knäckebröd") does not pull in
    everything with the same head or category ("bröd"); products that only mention the head as a modifier are
    candidates only when nothing better exists.
    """
    if q.brand:
        brand = index.posting("brand", q.head_word, q.head_surface)
        return [(BRAND, brand), (HEAD, index.posting("exact", q.head_word) - brand)]  # "lätta" is the brand
    exact = index.posting("exact", q.head_word)
    if q.sort_name:  # "digestive": a "Digestivekex" too
        exact |= frozenset(i for i in index.posting("parts", q.head_word) if of_the_sort(index.entries[i], q.head_word))
    if q.head != q.head_word and len(exact) >= ENOUGH_EXACT:
        return [(EXACT, exact)]
    heads = index.posting("heads", q.head) - exact
    parts = index.posting("parts", q.head, q.head_word)
    category = index.posting("category", q.head_word, q.head) - exact - heads - parts
    if category:  # "pålägg" of "Chark & pålägg > Korv" holds sausages too: no "Grillkorv" is "pålägg"
        entries, asked = index.entries, frozenset({q.head_word, q.head})  # "ost" brings a thousand
        category = frozenset(i for i in category if not asked <= entries[i].joint)
    if not exact or describes(q, index.lexicon.described):  # "franska": "Franska Örter" are herbs, a
        heads = heads.union(*(index.ending_with(tail) for tail in tails(q))) - parts - exact  # "Källarfranska"
        category -= heads  # each product in one group: one found twice was scored and ranked twice
    elif len(q.head_word) >= LONG_HEAD and not any(index.entries[i].words >= set(q.modifiers) for i in exact):
        # "medwurst skivad" where only a "Kokt Medwurst" says the word alone: a compound the splitter
        # left whole may say the rest ("Hushållsmedwurst Skivad")
        heads |= index.ending_with(q.head_word) - parts - exact
        category -= heads
    if q.kind_brands:  # "flora margarin": the brand's goods, though their names leave the kind out
        heads |= index.posting("brand", *q.kind_brands) - exact - parts
        category -= heads
    sorts = sorts_said(q)  # "präst ost": "Präst 35%" under "Ost > Frukost"
    shelved = frozenset(i for i in index.posting("exact", *sorts) - exact - heads - category - parts
                        if sort_on_its_shelf(index.entries[i], q)) if sorts else frozenset()
    if exact or heads or category or shelved:
        return [(EXACT, exact), (HEAD, heads), *([(SHELVED, shelved)] if shelved else []), (CATEGORY, category)]
    return [(MODIFIER, parts)]


def of_the_sort(entry: Entry, word: str) -> bool:
    """A name word that is the word asked and the name's kind of goods written whole ("Digestivekex" of
    "digestive", "Mariekex" of "marie"): a sort no Swedish word names (a foreign or a brand's name,
    `Query.sort_name`) is said alone for the goods of its kind, which such a compound is as much as a name
    writing the sort apart ("Digestive Fullkorn"); a Swedish word before a kind tells its taste
    ("Chokladkex" is no chocolate), so it is not asked for a Swedish word."""
    return any(len(own) == 3 and own[2] == word and own[1] in entry.types for own in entry.own)


COMPOUND_HEAD_WEIGHT = 0.25  # a name ending in the compound's head, where names write the compound asked


def category_shares(kinds: list[tuple[float, Entry]], compound: bool = False) -> dict[str, float]:
    """How much each category is the home of the head, 1.0 for the most usual one.

    Plain names count more ("Ost 28%" more than "Pastasås Mild Ost"), so "Pastasås Mild Ost" (a
    sauce) loses to the products in the head's usual category, without a list of categories per word.
    A `compound` asked that names write whole counts those names first: "hushållsost" is at home among the
    hard cheeses, though most names ending in "ost" stand among the soft ones ("Räkost", "Mjukost Skinka").
    """
    other = COMPOUND_HEAD_WEIGHT if compound and any(kind >= EXACT for kind, _ in kinds) else 1.0
    counts: defaultdict[str, float] = defaultdict(float)
    for kind, entry in kinds:
        if kind >= CATEGORY:  # a category named by the word counts too, at half weight ("godis")
            weight = 1.0 if kind >= EXACT else other if kind >= HEAD else 0.5 * other
            counts[entry.shelf] += weight / (entry.size_words or 1)  # max(1, n), no call
    top = max(counts.values(), default=0.0)
    return {category: count / top for category, count in counts.items()} if top else {}


def another_kind(kind: float, entry: Entry, q: Query, head_said: Collection[str], cover: Coverage,
                 goods: Collection[str] = frozenset()) -> bool:
    """The name's first kind is something else that merely mentions the head: "Apelsin Marmelad",
    "Paj Köttfärs"; not when the name leads with the word asked or with the other kind said with it
    ("filmjölk blåbär" is a "Filmjölk Blåbär/Hallon"), or the brand's own name or a brand
    said is the product's ("red bull", "loka citron": the brand's drink of that flavour), unless the word
    said with the brand is itself a kind of goods (`goods`, the lexicon's kinds): "marabou choklad" is the
    brand's chocolate, no "Cookies Mjölkchoklad" of the brand. Of fresh
    produce a first word written with a linking s is a variety's compound part, no kind: "Honungs
    Pomelo Klass1" is a pomelo (elsewhere an English plural looks the same: "Dumplings Köttfärs"). A sort's
    own name written whole with its kind ("Digestivekex" for "digestive": `of_the_sort`) is that sort."""
    return (kind >= HEAD and not q.brand and not (q.sort_name and of_the_sort(entry, q.head_word))
            and (bool(kinds := entry.types - entry.linking if entry.fresh else entry.types)
                 and kinds.isdisjoint(head_said)
                 and kinds.isdisjoint(q.said_with)  # "filmjölk blåbär": the Filmjölk of that flavour
                 # "kaffekapslar lungo": the "Kapslar" of a compound said with the sort are that compound, where
                 # no kind of the name is another compound of the head ("Majskakor" for "linskakor")
                 and not all(any(said.endswith(kind) and len(said) - len(kind) >= MIN_FIRST_PART
                                 for said in q.said_with) for kind in kinds)
                 or listed_only(entry, q, head_said))
            and not cover.leads(entry, q.head_word)
            and not named_as_its_own_kind(entry, q)
            and not of_brand(entry, (q.head_word, q.head_surface))
            and not (of_brand(entry, {*q.brands_said, *q.said_with}) and {q.head_word, q.head}.isdisjoint(goods)))


def named_as_its_own_kind(entry: Entry, q: Query) -> bool:
    """The name writes the compound asked, whole or its head as a word, and its kinds are compounds of the same
    first parts: "Vit Tvättmedel Oparfymerat Tvättpulver" and "Tvättmedel Vitt Pulver" are the washing powder
    asked, named also as the detergent they are, no detergent that merely mentions the powder."""
    first = "".join(q.head_parts) or (q.said_with[-1] if q.said_with else "")  # "tvätt pulver" said apart
    return (len(first) >= MIN_FIRST_PART and not entry.exact.isdisjoint((q.head_word, q.head)) and bool(entry.types)
            and all(kind.startswith(first) and len(kind) > len(first) for kind in entry.types))


def another_sort_of_the_head(entry: Entry, q: Query, part_leads: bool, lexicon: Lexicon) -> bool:
    """A compound asked whose first part leads names of the store (`part_leads`: "cheddarost", where "Cheddar
    Block 32%" is sold): a name led by another compound of the same head, the part said only later, is
    another sort of it ("Hamburgerost 33% Cheddar" is a burger cheese). A flavour is no sort: "Mjölkchoklad
    Mint" is a mint chocolate."""
    if not (part_leads and entry.own and len(first := entry.own[0]) > 2) or lexicon.flavour(q.head_parts[-1]):
        return False
    return (first[1] == q.head and first[0] != q.head_word and q.head_parts[-1] not in first
            and q.head_word not in entry.exact  # "Aluminiumfolie Frysfolie" is the "frysfolie" asked
            and any(q.head_parts[-1] in own for own in entry.own[1:]))


def compound_of_its_kind(entry: Entry, q: Query) -> bool:
    """The name writes the word asked whole, and that word is a compound ending in the kind that leads the
    name: shops file goods as their kind, then their own name ("Te Ceylonte", "Te Söderte"), so such a name
    is the very compound asked, no other kind merely mentioning it. A first part of three letters or more,
    so a word that only ends in the kind's letters is none."""
    kind = entry.own[0][0] if entry.own else ""
    return kind in entry.types and q.head_word in entry.exact and any(
        len(word) >= len(kind) + MIN_FIRST_PART and word.endswith(kind) for word in (q.head_word, q.head_surface))


MIN_FIRST_PART = 3  # letters before a kind's word for the word asked to be a compound of it


def named_for_its_animal(entry: Entry, q: Query, species: tuple[str, ...]) -> bool:
    """Goods for an animal are named by what they are made of, then the animal's own kind of goods:
    "Kyckling Hundmat", "Fisk&kött Gelé 7+år Kattmat" are dog and cat food, no chicken or fish. Asked by
    that kind ("kattmat": a compound led by the animal), a name that says it is that kind, whatever food
    leads it (no `another_kind`, no `tastes_of`). `species`: the lexicon's animals ("katt", "hund")."""
    return q.head_word in entry.exact and _led_by_an_animal(q.head_surface, species)


def led_by_the_animals_goods(entry: Entry, q: Query, species: tuple[str, ...]) -> bool:
    """Asked for an animal ("leversnittar till hunden"), a name led by that animal's own kind of goods
    ("Hundkex Leversnittar", "Kattgodis Fina Fisken") writes the word asked after it as the goods' line,
    no other kind merely mentioning it (no `another_kind`)."""
    said_for = [animal for animal in q.purpose if animal in species]
    return bool(said_for and entry.own) and q.head_word in entry.exact and any(
        _led_by_an_animal(entry.own[0][0], (animal,)) for animal in said_for)


def asks_an_animals_goods(q: Query, species: tuple[str, ...]) -> tuple[bool, bool]:
    """What `named_for_its_animal` and `led_by_the_animals_goods` read of the query alone: the word asked is
    an animal's own kind of goods ("kattmat"), and an animal is said as the purpose ("till hunden"). Read
    once per query: where either is False (nearly always) its check is False for every candidate."""
    return _led_by_an_animal(q.head_surface, species), any(animal in species for animal in q.purpose)


@lru_cache(maxsize=1 << 12)
def _led_by_an_animal(word: str, species: tuple[str, ...]) -> bool:
    """Read once per word asked, not per candidate."""
    return any(word.startswith(m) and word != m for m in species)


def sort_after_its_kind(entry: Entry, q: Query, sole_shelf: str | None, lexicon: Lexicon,
                        sole_kind: str | None = None) -> bool:
    """Shops write fresh produce as the kind, then the sort: "Päron Conference", "Melon Cantaloupe",
    "Svamp Shitake" on the shelves "Päron", "Melon", "Svamp" are that sort, so the sort's own name
    asked alone ("två conference") is the produce, no other kind that merely mentions it. Other goods
    are written so too where their shelf names the kind: "Getost Chèvre" under "Getost", "Hundgodis
    Schmackos" under "Tuggben godis" are a "chevre", "schmackos". Only where the shelf names the kind
    the name leads with, every product named by the word stands on that shelf (`sole_shelf`), and the
    word is no flavour nor a thing of its own the lexicon knows ("mandlar" are no "Potatis Mandel"). A
    variant's mark between the kind and the sort ("Svamp Eko Skogschampinjon") leaves the sort after its kind.
    But for produce, only a sort's own name no Swedish dictionary knows (a foreign sort, a brand's line):
    a Swedish word after a kind is what the goods taste of or contain ("Färskost Ramslök/vitlök" under
    "Ost" is no "ramslök", "Grillkorv Kalkon" no "kalkon"). A feed of bare names shows no shelf: there the
    one kind leading every name that writes the word after another (`sole_kind`, see sole_leading_kind)
    files it as a shelf would ("Smör Lantgyllen Mellan", "Smör Lantgyllen Laktosfri" are the line
    "lantgyllen" of butter)."""
    after = [own[0] for own in entry.own[1:] if lexicon.attribute_of(own[0]) is None]  # "Svamp Eko Skogschampinjon"
    filed = ((sole_shelf is not None and entry.shelf == sole_shelf and not entry.types.isdisjoint(entry.context))
             or (sole_kind is not None and bool(entry.own) and entry.own[0][0] == sole_kind))
    return (filed and bool(after)
            and after[0] == q.head_word and entry.own[0][0] in entry.types
            and not lexicon.knows(q.head_word) and not lexicon.flavour(q.head_word)
            and (entry.fresh or not is_swedish(q.head_surface, folded_dictionary())))


def sole_leading_kind(named: Iterable[Entry], word: str) -> str | None:
    """On a feed of bare names, the one word leading every name that writes the word asked after
    another: "Smör Lantgyllen Mellan" and "Smör Lantgyllen Laktosfri" beside "Lantgyllen 75%" file the line
    under "Smör", as a shelf would. None where names lead with two words or more ("Marmelad X", "Juice X")
    or a product of the word stands on a shelf (which then tells, see sort_after_its_kind)."""
    leading: set[str] = set()
    for entry in named:
        if entry.shelf:
            return None
        if entry.own and entry.own[0][0] != word:
            leading.add(entry.own[0][0])
    return next(iter(leading)) if len(leading) == 1 else None


def listed_only(entry: Entry, q: Query, head_said: Collection[str]) -> bool:
    """The word asked stands only in a list after the word that leads the name, and nothing said
    leads it: "Rågbitar Solros- och Pumpafrön" is a crispbread with seeds, no "solrosfrön"."""
    if q.head_word not in entry.listed:
        return False
    leading = entry.exact - entry.listed
    return q.head_word not in leading and leading.isdisjoint(head_said) and leading.isdisjoint(q.said_with)


def modifier_stands_apart(entry: Entry, q: Query) -> bool:
    """A word said with the head stands in the name on its own or in the brand ("wasa husman"), so a
    name led by another kind is still sure of itself; one found only inside that other kind ("färsk"
    in "Färskost Pepparrot" for "färsk pepparrot") says nothing of the thing asked, nor does a word said
    after "till" or "med" (`Query.said_with` holds those said before the head): "dryck till maten" is
    no "Termos Mat/Dryck", a thermos whose name writes the meal it keeps warm."""
    return any(mod in q.said_with and (mod in entry.exact or mod in entry.brand) for mod in q.modifiers)


def led_by_goods_of_a_kind(entry: Entry, q: Query, kinds: Collection[str]) -> bool:
    """The name leads with another kind of goods the lexicon knows ("Glass Mörk Choklad" is an ice
    cream), or a compound opening with one ("Glasstrut Marabou Mjölkchoklad", an ice-cream cone) or whose head
    ends in one ("Vitmögelost Röd Chili", a cheese): a word said with the head that stands in it tells that
    kind's taste, not the thing asked."""
    if not entry.own or entry.own[0][0] in (q.head_word, q.head):
        return False
    (first, head, *_), known = entry.own[0], kinds if isinstance(kinds, frozenset) else frozenset(kinds)
    return first in kinds or (not first.endswith(q.head)  # a "Mjölkdryck" is the "dryck" asked
                              and (opens_with_a_kind(first, known) or bool(kinds_ending(head, known))))


def another_sort(entry: Entry, q: Query) -> bool:
    """The name leads with another compound of the asked compound's head: "Mjukost 20% Ädel" is a
    soft cheese that tastes of ädel, no plainer sort of "ädelost" (whose first part it says apart)."""
    if not q.head_parts or not entry.own:
        return False
    first = entry.own[0]
    return len(first) > 2 and first[1] == q.head and set(first[2:]).isdisjoint(q.head_parts)


def described_only(q: Query, lexicon: Lexicon) -> bool:
    """The word asked is said alone or with words only of how the goods look or keep ("färsk röd chili": fresh,
    red), no sort of them ("riven ost", "frysta laxbitar": a form, a way of keeping that names one); a flavour
    also whole ("hel kanel": the spice as it comes, no pastry tasting of it)."""
    whole = lexicon.flavour(q.head_word)
    return all(word in LOOKS or (whole and word == WHOLE) for word in q.modifiers)


LOOKS = frozenset(stem(word) for word in ("färsk", "röd", "grön", "gul", "orange", "lila", "rosa", "brun"))
WHOLE = stem("hel")  # "hel", "hela": goods whole, a word no name writes where they come so (see Scorer.require_form)


def tastes_of(kind: float, entry: Entry, q: Query, lexicon: Lexicon, alone: Collection[str] = (),
              compounded: Collection[str] = ()) -> bool:
    """A flavour word asked alone ("blåbär", or with words only of how it looks or keeps: "färsk röd chili") and
    a product that neither leads its name with it nor stands on a shelf naming it ("Singoalla Blåbär" under
    "Kakor kex", "Havre-gurt Blåbär" under "Havre soja ris"): it tastes of the thing, it is not the thing.
    Leading the name proves nothing when a later word names a kind of product: "Kanel Veteknäcke" is a
    crispbread, with or without a category. Otherwise a feed without categories cannot tell, and other
    signals decide there. Any word asked alone is only mentioned by a name that another kind of goods
    leads, on any shelf or none (see `led_by_another_thing`): "Donut Socker" is a sugared bun, "Kex Salt &
    Pepper" a cracker, "Grillkorv Kalkon" a sausage, "Vaniljsås Soja" a custard (under "Havre soja ris"),
    "Vitost tärnad olja" a cheese; "Kardemumma Bulle" (a flavour first) is a bun. Fresh produce
    named after a kind of goods is the produce: "Pomelo Honung" is no honey. A compound
    asked whose head is a flavour ("mjölkchoklad") is read as the flavour is: "Cookies Mjölkchoklad"
    under "Kakor kex" is a biscuit. A food asked that leads a name whose later word is a kind is what
    that kind is made of ("Kalkon Kung Ingels Korv" is a sausage, "Lax Soppa" a soup). `alone`: the words the catalog sells as a product of their own
    (`CatalogIndex.named_alone`), kinds the lexicon may not know ("Chorizo Kalkon" is a chorizo).
    `compounded`: the heads of the catalog's compounds of the word asked ("Srirachasås"), kinds a word
    the lexicon lacks is a sort of: a name ending in one ("Sriracha Sås") is the thing, one ending in
    another kind ("Sriracha Mayo") tastes of it."""
    if kind < HEAD or q.brand or not described_only(q, lexicon):
        return False
    if entry.fresh:  # "Pomelo Honung" is a pomelo, "Gurka Salt" a cucumber: produce named after goods
        return q.head_word in lexicon.kinds and not leads_with(entry, q)
    if led_by_another_thing(entry, q, lexicon, alone):
        return True  # "Vaniljsås Soja" is a custard, even on a shelf of soy goods
    flavour = lexicon.flavour(q.head_word)
    if not (flavour or lexicon.flavour(q.head)):  # a food leading a name a kind ends: "Kalkon ... Korv",
        # or a word no dictionary of the lexicon knows: "Sriracha Mayo" is a mayonnaise
        # a word the lexicon lacks that the catalog compounds with a kind ("Srirachasås") is a sort of that
        # kind, so another kind ending the name ("Sriracha Mayo") is no such thing; a food sold compounded
        # ("Kalkonkorv") is no sort of sausage
        food = lexicon.names_food(q.head_word)
        return ((food or (not lexicon.kinds.isdisjoint(compounded) and not lexicon.knows(q.head_word)))
                and len(entry.own) > 1 and kind_ends(entry, q, lexicon, () if food else compounded))
    if shelf_names(entry, q.head_word) and not name_ends_in_another_shelf_kind(entry, q):
        return False  # the shelf names the thing: "Kanel Malen" under "Kryddor Kanel"
    if flavour and kind_said_after(entry, q, lexicon.kinds):
        return True  # "Mjölkchoklad Kaka" is a bar of the compound asked, no cake
    if led_by_a_brand_of_another_kind(entry, q, lexicon):
        return True  # "Ramlösa Vattenmelon" is a water, on a feed of bare names too
    return bool(entry.category) and not leads_with(entry, q)


def led_by_a_brand_of_another_kind(entry: Entry, q: Query, lexicon: Lexicon) -> bool:
    """The name leads with a brand the lexicon knows for one kind of goods, and that kind is not the one
    asked: "Ramlösa Vattenmelon", "Loka Citron" are waters and "Bravo Apelsin" a juice tasting of the
    fruit, while "Marabou Mjölkchoklad" is the chocolate asked. A feed of bare names tells the kind by
    no shelf, and the brand restates the name, so the flavour alone read as the very thing asked."""
    if not entry.own or entry.own[0][0] not in entry.brand:
        return False
    made = {stem(kind) for word in entry.brand if (kind := lexicon.brands.get(word))}
    return bool(made) and not any(q.head_word.endswith(kind) or q.head == kind for kind in made)


def shelved_as_another_kind(kind: float, entry: Entry, q: Query, lexicon: Lexicon) -> bool:
    """A bare word asked that a product says only inside a compound, in a name that does not lead with
    it, on a shelf that names another kind of goods the name never says: "Vallmofrö & Havssalt" and
    "Havssalt & Frön" (a list leading the name) under "Hårt bröd" are crispbreads seasoned with salt,
    no salt. A name led by a compound of the thing ("Svartpeppar Malen" under "Kryddor") is the thing
    on any shelf; the word itself in a name is left to the name's own kinds (a shelf of two kinds
    holds sorts of both: "Släta Bullar" under "Bröd & kakor"); a feed without categories cannot tell."""
    if kind != HEAD or q.brand or q.modifiers or q.head_parts or not entry.category:
        return False
    first = entry.leading or ()
    if shelf_names(entry, q.head_word) or shelf_names(entry, q.head):
        return False
    if (any(word.endswith(q.head) or q.head in before_a_cut(word, lexicon.cuts) for word in first)
            and not leads_a_list(entry.product.name)):
        return False  # "Svartpeppar Malen", "Fläskkotletter med ben", "Gösfilé": a compound or cut of the thing leads
    others = {kind for word in entry.category for kind in kinds_ending(word, lexicon.kinds_and_foods)}
    return any(not any(word.endswith(other) for word in entry.words) for other in others - {q.head_word, q.head})


def alone_on_another_kinds_shelf(best: Entry, of_the_kind: Callable[[], Iterable[Entry]], q: Query,
                                 words_said: Collection[str], lexicon: Lexicon) -> bool:
    """A kind of goods asked ("cider") whose best product stands on a shelf named by another kind its
    name never says, the only goods of the kind there: "Cider Äpple & Calvados Confit" under "Mejeri, ost &
    ägg > Ost" is a condiment for cheese, no drink. Where more goods of the kind stand on the shelf, it
    holds that kind too ("Salami Skivad", "Salami Milano" under "Chark & pålägg > Korv"); a feed without
    categories cannot tell, nor a shelf joining kinds or named by a compound ("Glass, godis & snacks",
    "Fikabröd": see `shelf_joins_kinds`). `of_the_kind`: the products whose names say the word asked, asked
    for only where the shelf may tell (gathering them is dear and mostly not needed);
    `words_said`: the stems of the words said, before a synonym rewrote them ("worcestersås" is read as
    "Worcestershire Sauce", and a shelf of "Såser" names what was said). A food the lexicon knows is asked
    so too: "Mandel&valnöt" alone under "Ost" is a cream cheese, no almonds; said with a brand, the brand's
    goods are the kind ("sheba kalv": the brand's cat snack of veal)."""
    if (not best.category or not ({q.head_word, q.head} & lexicon.kinds
                                  or (q.head_word in lexicon.foods and best.brand.isdisjoint(q.modifiers)))
            or shelf_joins_kinds(best)
            or any(shelf_names(best, word) for word in {q.head_word, q.head, *words_said})):
        return False
    others = best.category & lexicon.kinds - {q.head_word, q.head}
    if not any(not any(word.endswith(other) for word in best.words) for other in others):
        return False
    return sum(entry.shelf == best.shelf for entry in of_the_kind()) < ALONE_ON_A_SHELF


ALONE_ON_A_SHELF = 2  # goods of a kind on another kind's shelf that say the shelf holds that kind too


def kind_before_the_head(entry: Entry, q: Query, lexicon: Lexicon) -> str | None:
    """A compound of the head asked whose first part is a kind of goods of its own nobody said: "Knäckebröd
    Frukost Fullkorn" for "fullkornsbröd" is a crispbread, no bread. A name that writes the head nowhere (its
    shelf says it) is the kind a name word is or ends in: "Fröknäcke Fullkorn & Dinkel Eko" under "Bröd" is
    a crispbread too, and so is one whose word is a compound of the very first part said with another head,
    on a shelf naming other kinds beside the head: "Vegobollar" (or Anamma's "Vegofärs") under "Färs fil
    (och) bitar" for "vegobitar" is balls (mince), no pieces. The compound (or the word), or None."""
    said = {q.head_word, *q.head_parts, *q.modifiers}
    shelved = not any(word.endswith(q.head) for word in entry.exact)
    first_said = "".join(q.head_parts)
    for word in entry.exact:
        if word.endswith(q.head):
            first = word.removesuffix(q.head).removesuffix("s")
            if len(first) >= MIN_KIND and stem(first) in lexicon.kinds and not any(first in w for w in said):
                return word
        elif shelved and any(not any(kind in w for w in said)
                             for kind in kinds_ending(word, lexicon.kinds) - {q.head, q.head_word}):
            return word
        elif (shelved and first_said and word.startswith(first_said) and not word.startswith(q.head_word)
              and len(word) >= len(first_said) + MIN_KIND  # "Pinklaxfilé" is a "pinklax" still
              and (shelf_joins_kinds(entry) or not (entry.category - {q.head, q.head_word}).isdisjoint(lexicon.kinds))):
            return word  # (on a shelf of one kind, "Kakor", an "Äppelkrona" is the "äppelkaka" the shelf says)
    return None


def describes(q: Query, described: Collection[str]) -> bool:
    """The word asked alone also describes goods ("ljus", "franska"): see `only_describes`."""
    return not q.modifiers and not q.head_parts and not q.brand and q.head_surface in described


def only_describes(kind: float, entry: Entry, q: Query, described: Collection[str]) -> bool:
    """A word that also describes goods ("ljus": light) asked alone asks for the thing it names
    (candles): a name saying it as a word of its own tells how another thing looks or tastes
    ("Redning Ljus", "Baguette Ljus", "Bakchoklad Ljus"), while a compound ending in it ("Värmeljus")
    or a shelf naming it is the thing. `described`: the describing words as written, so "mjöl" is no
    "mjölig" though both stem alike."""
    return kind == EXACT and describes(q, described) and not shelf_names(entry, q.head_word)


def shelf_names(entry: Entry, word: str) -> bool:
    """A word of the shelf is, or ends in, the word asked (or the other way round)."""
    return _shelf_says(entry.category, word)


@lru_cache(maxsize=4096)
def _shelf_says(shelf: frozenset[str], word: str) -> bool:
    """`shelf_names` by the shelf's words, once per shelf and word: asked for many candidates of a query
    (a bare word's avoided shelves, tastes, describing words), which stand on a few dozen shelves."""
    return any(shelf_names_word(shelf_word, word) for shelf_word in shelf)


def name_ends_in_another_shelf_kind(entry: Entry, q: Query) -> bool:
    """A shelf naming two kinds ("Te och choklad") holds both: the name's last word says which one
    the product is. "Pepparmynta Choklad Örtte" and "Kamomill Te" end in a tea, so they are no
    chocolate, though the shelf names chocolate; "Varm Choklad" and "O'boy Original" say no other
    kind and stay."""
    others = [word for word in entry.category if not shelf_names_word(word, q.head_word)]
    if not others or not entry.last_word:
        return False
    last, last_stem = entry.last_word
    return not last.endswith(q.head_word) and any(last.endswith(kind) or last_stem.endswith(kind) for kind in others)


WITHOUT = "utan"
MAX_WITHOUT = 3  # "utan", a word such as "tillsatt", what is left out


def before_its_without(words: Sequence[str]) -> int:
    """How many of a name's (folded) words come before the "utan" that ends it: "Pepparkakor Utan Tillsatt
    Socker" names no sugar, only what the biscuits are made without."""
    cut = next((i for i in range(len(words) - 1, 0, -1) if words[i] == WITHOUT), None)
    return cut if cut is not None and len(words) - cut <= MAX_WITHOUT else len(words)


def last_word(written: list[str]) -> tuple[str, ...]:
    """A name's last word, folded, and its stem; () for a name of no words. `written`: the name's
    content words (`NameReading.words`). The index holds it as `Entry.last_word`, read for every
    candidate on a shelf of two kinds (`name_ends_in_another_shelf_kind`)."""
    if not written:
        return ()
    written = written[:before_its_without([fold(word) for word in written])]  # no kind of what it is without
    last = fold(written[-1])
    return last, stem(last)


def shelf_names_word(shelf_word: str, word: str) -> bool:
    """"kanel" of "Kanel", "kanelbullar" of "Bullar", "bullar" of "Kanelbullar"."""
    return word.endswith(shelf_word) or shelf_word.endswith(word)


def led_by_another_thing(entry: Entry, q: Query, lexicon: Lexicon, alone: Collection[str] = ()) -> bool:
    """The name leads with another kind of product, or a compound ending in one, and no flavour:
    "Donut Socker" is a donut, "Riskakor Gräddfil & Lök" rice cakes, while "Kardemumma Bulle" (a
    flavour first, the thing after) is a bun and "Släta Bullar" (no kind before) are buns. A kind
    of four letters or more closing a compound (`closes_compound`) is its kind whatever the first
    part ("Wienerkorv Kalkon" is a sausage, though no dictionary knows "wiener"), and so is a word
    the catalog sells as a product of its own (`alone`: "Chorizo Kalkon" is a chorizo where "Chorizo"
    is sold) or a food the lexicon knows ("Kyckling/Kalkon"): none is the turkey asked, which only a
    later word names. Goods that are no food are named the thing first, then its pattern, scent or
    colour: a compound leading the name is the thing whatever the lexicon knows of it, asked for a
    department's word (`a_compound_thing`: "Solcellsslinga Blommor" is a light chain, no flowers)."""
    first = entry.leading
    if (first is None or q.head_word in first or q.head in first or lexicon.flavour(first[0])
            or q.head in before_a_cut(first[0], lexicon.cuts)  # "Gösfilé", a word the splitter left whole
            or first[0] in lexicon.name_uses  # "Black Flytande Tvättmedel" says its use ("Black 29%" is cheese)
            or (q.kind_apart and first[0].endswith(q.kind_apart))):  # "tuc kex": "Matkex Tuc Original"
        return False  # "Ansjovisfilé" leads with the thing asked, in a cut of it; "Vaniljsås" with a sauce
    if ((first[0] in alone or first[0] in lexicon.kinds_and_foods or closes_compound(first[0], lexicon.kinds)
         or opens_with_a_kind(first[0], lexicon.kinds) or a_compound_thing(first, q, lexicon))
            and first[0] not in q.head_parts  # "Kyckling Lårfilé": the compound asked, said apart
            and any(q.head_word in own or q.head in own for own in entry.own[1:])):
        return True  # only a later word names the thing asked ("Spaghetti" for "spagetti": another spelling)
    return not kinds_ending(first[0], lexicon.kinds) <= {q.head_word, q.head}


def a_compound_thing(first: tuple[str, ...], q: Query, lexicon: Lexicon) -> bool:
    """A compound the splitter cut (`first`: a name word's stems, the whole, its head, its other parts)
    whose head is no describing word leads a name, and the word asked names goods of a department that
    sells no food ("blommor", "rosor": `Query.attributes`), no food nor kind of goods: a thing of its own
    ("Solcellsslinga", "Presentpapper") that the word asked only decorates."""
    return (len(first) > 2 and first[1] not in lexicon.descriptors
            and not q.attributes.isdisjoint(lexicon.departments.keys())
            and q.head_word not in lexicon.kinds and not lexicon.names_food(q.head_word))


@lru_cache(maxsize=1 << 16)
def closes_compound(word: str, kinds: frozenset[str]) -> bool:
    """The word is a compound of a first part and a kind, each as long as a part the splitter cuts
    from a word whose parts the vocabulary does not know (`FALLBACK_PART`): "wienerkorv" ends in
    "korv" though no dictionary knows "wiener" (a feed without categories may say "korv" nowhere
    else); short kinds ("ost" of "Mellanrost") need `ends_in_kind`'s dictionary."""
    return any(len(kind) >= FALLBACK_PART and len(word) - len(kind) >= FALLBACK_PART and word.endswith(kind)
               for kind in kinds)


@lru_cache(maxsize=1 << 16)
def opens_with_a_kind(word: str, kinds: frozenset[str]) -> bool:
    """The word is a compound of a long kind (`LONG_KIND` letters or more, no word begins so by chance) and a
    Swedish word after it, with a linking "s" or not, that the splitter left whole: "Glasstrut" is an
    ice-cream cone ("glass" + "strut"), a thing of its own however the name goes on ("Glasstrut Marabou
    Mjölkchoklad" is no chocolate)."""
    words = folded_dictionary()
    return any(len(kind) >= LONG_KIND and word.startswith(kind) and len(rest := word[len(kind):]) >= MIN_KIND
               and (rest in words or (rest[0] == "s" and rest[1:] in words)) for kind in kinds)


@lru_cache(maxsize=1 << 16)
def kinds_ending(word: str, kinds: frozenset[str]) -> frozenset[str]:
    """The lexicon's kinds a name word ends in (`ends_in_kind`): the same few thousand first words are
    asked of for every query, and scanning every kind per candidate was a fifth of matching's time."""
    return frozenset(kind for kind in kinds if len(kind) >= MIN_KIND and ends_in_kind(word, kind))


def ends_in_kind(word: str, kind: str) -> bool:
    """A name word's stem is the kind or a compound ending in it: a long kind wherever it ends the
    word ("Micropopcorn"), a short one after a word of its own, with or without a linking s
    ("Grillkorv", "Riskakor": "ris" + "kak", "Vitost"); "Mellanrost" ends in "ost" after no word
    ("mellanr"), however the splitter cut it: a roast."""
    if word == kind:
        return True
    if not word.endswith(kind):
        return False
    before = word[:-len(kind)]
    words = folded_dictionary()
    return len(kind) >= LONG_KIND or before in words or before.endswith("s") and before[:-1] in words


def kind_said_after(entry: Entry, q: Query, kinds: Collection[str]) -> bool:
    """A name word after the first is, or ends in, a kind of product other than the one asked:
    the flavour leads a Swedish name ("Kanel Veteknäcke", "Vanilj Socker") and the thing follows,
    also as a kind the splitter leaves whole ("Saltlakrits Glasspinnar")."""
    return any((own[1] in kinds or own[0] in kinds) and q.head not in own[:2] and own[0] != q.head_word
               for own in before_without(entry.own)[1:])


def before_without(own: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """An entry's `own` up to the "utan" that ends a name (`before_its_without`)."""
    return own[:before_its_without([words[0] if words else "" for words in own])]


def kind_ends(entry: Entry, q: Query, lexicon: Lexicon, compounded: Collection[str] = ()) -> bool:
    """The name's last word is a kind of product other than the one asked, as a Swedish name puts the
    thing last: "Kalkon Kung Ingels Korv" is a sausage ("Socker Pure Panela" ends in no kind), "Sriracha
    Mayo" a mayonnaise (the lexicon's spelling of the word), though a kind the word asked is compounded
    with (`compounded`: "Srirachasås") is the thing ("Sriracha Sauce"). "Fryst" after the kind tells how
    it is kept, no kind: "Mousse Lovely Lemon Curd Tårta Fryst" is a cake. What the thing is packed in is no
    kind of it: "Tonfisk i Vatten" is tuna."""
    if not (last_word := entry.last_word):
        return False
    if last_word[1] in FROZEN_WORDS and len(entry.own) > 2 and entry.own[-1][0] == last_word[1]:
        last = frozenset(entry.own[-2][:2])  # "Mousse Lovely Lemon Curd Tårta Fryst": the kind, then how it is kept
        a_kind = not lexicon.kinds.isdisjoint(last)
    else:
        last, a_kind = lexicon.last_kinds(last_word)
    return (a_kind and q.head not in last and q.head_word not in last and last.isdisjoint(compounded)
            and not _packed_in(entry, last_word[0]))


def _packed_in(entry: Entry, last: str) -> bool:
    """The name's last word is what the thing is packed in, after "i": "Tonfisk i Vatten" (read only of a name
    that would else end in another kind, as tokenizing it costs)."""
    written = tokens(entry.product.name)
    return written[-2:-1] == [_IN] and fold(written[-1]) == last


_IN = "i"  # "Tonfisk i Vatten", "Makrill i Tomatsås": what the thing is packed in


def leads_with(entry: Entry, q: Query) -> bool:
    """The name leads (after words like "Svenska": `Entry.leading`) with the word asked, as its stem or its head."""
    first = entry.leading
    return first is not None and (first[0] == q.head_word or first[1] == q.head)


def fresh_produce(kind: float, entry: Entry, q: Query) -> bool:
    """A bare "tomat", "äpplen", "gurka" is the fresh produce, not a jar or a drink: produce whose
    name leads with the word asked. A melon variety called "Honung" ("Melon Honung Klass1") is a
    melon, so it is no fresh honey."""
    return entry.fresh and kind >= HEAD and not q.modifiers and leads_with(entry, q)


def another_word(kind: float, entry: Entry, q: Query, head_forms: frozenset[str],
                 described: frozenset[str] = frozenset(), word_forms: frozenset[str] = frozenset(),
                 apart: Mapping[str, frozenset[str]] = MappingProxyType({})) -> bool:
    """The name says the asked word's stem only as another word: "Gott Gräddat" (baked) is no
    "grädde" (cream), though both stem to "gradd"; nor is "Potatis Mjölig" (floury potatoes) a
    "potatismjöl" said apart, as "mjölig" is no "mjöl"; nor are "Kycklingstrimlor Kryddade"
    (seasoned, the verb's participle) any "kryddor"; nor is "Svampduk Rosa" (pink) any "rosor", the
    name saying the stem only as a describing word (`described`: the lexicon's, as written) that the
    word asked is not (the dictionary reads "rosor" as a plural of "rosa" too). `head_forms`: the
    catalog's name words of the head's stem (`CatalogIndex.forms_of(q.head)`), looked up once per
    query: it is asked of every candidate. `word_forms`: those of the whole word's stem, where the word
    asked was split after a head too short to be sure of (`FALLBACK_PART`): "Blommiga" (flowery) is no
    "blommor", though the splitter read it "blom" + "mor". `apart`: the lexicon's words stemmed alike that
    name other goods (`Lexicon.stems_apart`): "Frukost Knäcke" and "Knäckesticks" are no "knäck", the
    toffee, whatever part of the name says it."""
    if q.brand or q.head_surface in entry.surface:
        return False
    if (other := apart.get(q.head_surface)) and q.head == q.head_word:
        saying = [word for word in entry.surface if word.startswith(q.head_surface)]
        if saying and all(word.startswith(tuple(other)) for word in saying):
            return True
    if kind < HEAD:
        return False
    forms = entry.surface & head_forms
    if q.head == q.head_word:  # "Kryddade" (seasoned) is a verb's form, no "kryddor"
        return _forms_of_another_word(q.head_surface, forms, described)
    if (len(q.head) < FALLBACK_PART and (written := entry.surface & word_forms)
            and different_words(q.head_surface, written)):
        return True
    start = q.head_surface.rfind(q.head)
    said = q.head_surface[start:]
    if foreign_head(said, forms):
        return True
    # a compound said apart, or one whose first part the name writes only inside another word ("Vaniljvisp
    # Krämig", a whipped dessert, for "vaniljkräm"): its head only as a word derived from it ("mjölig" of
    # "mjöl", "krämig" of "kräm"); another spelling of the head ("Sallat Isberg" for "isbergssallad") is the
    # same word
    if start <= 0 or not (said_apart(entry, q) or not set(q.head_parts) & entry.exact):
        return False
    return all(w.startswith(said) and w != said for w in forms) and different_words(said, forms)


@lru_cache(maxsize=1 << 16)
def _forms_of_another_word(said: str, forms: frozenset[str], described: frozenset[str]) -> bool:
    """`another_word` of a word asked whole, read of the name words of its stem alone (`forms`): many
    candidates of a query write the same ones, so each is worked out once."""
    return (different_words(said, forms) or foreign_word(said, forms)
            or bool(forms) and forms.issubset(described) and said not in described
            or bool(forms) and all(participle_of(said, w) for w in forms))


def in_another_number(entry: Entry, said: tuple[str, bool], lexicon: Lexicon) -> bool:
    """The word asked ends in a plural whose singular names other goods (`Lexicon.number_of`: `said`),
    and the name writes only that singular, one piece: "Pepparkaka Mjuk" (a soft gingerbread cake) is
    no "pepparkakor" (biscuits), though both stem alike. A pack of several is the plural, whatever its
    name's number ("Tekaka 8-p", "Hönökaka 18-pack" are "tekakor")."""
    if not said[1] or (entry.pack_count or 1) > 1:
        return False
    written = {lexicon.number_of(word) for word in entry.surface}
    return said not in written and (said[0], False) in written


def foreign_head(said: str, forms: Collection[str]) -> bool:
    """The name says the asked compound's head only in a word of another language: "Dentabites
    Kyckling" (a dog's chew; English "bites") is no "kycklingbitar", though "bites" and "bitar" stem
    alike. `said`: the Swedish tail of the compound asked; `forms`: the name's words of the head's stem,
    as written, none of which a Swedish dictionary knows. (A whole word said is never asked here: the
    dictionary lacks many compounds, "strumpbyxa".)"""
    return bool(forms) and _swedish(said) and not any(_swedish(w) for w in forms)


@lru_cache(maxsize=1 << 16)
def foreign_word(said: str, forms: Collection[str]) -> bool:
    """A short Swedish word asked ("bullar", "bullarna") that names say only as a word of another language
    sharing its stem: "Red Bull" is an energy drink, no buns. Only words of `LONG_HEAD` letters at
    most: the dictionary knows them, while it lacks many compounds ("Strumpbyxa" is a "strumpbyxor")."""
    return len(base_form(said, folded_dictionary())) <= LONG_HEAD and foreign_head(said, forms)


@lru_cache(maxsize=1 << 16)
def _swedish(word: str) -> bool:
    """`is_swedish` by the folded dictionary, per word once: `foreign_head` asks it of the same tails
    said and the same name words for every candidate of every query."""
    return is_swedish(word, folded_dictionary())


def said_in_another_role(part: str, entry: Entry, head_keys: Collection[str], cover: Coverage) -> bool:
    """The asked compound's first part said only as another name word's kind ("kex" of "Duokex
    Choklad") or by a category that does not name the asked thing ("Kex och kakor" for
    "kexchoklad"; "Köttfärs" for "köttfärs" does). A shelf named by the part alone says it of the goods:
    "Intenzo Hela Bönor" under "Skafferi > Kaffe" are "kaffebönor"."""
    if not entry.category.isdisjoint(head_keys):  # "Fröknäcke" under "Knäckebröd och skorpor"
        return False
    if entry.category == {part}:
        return False
    if any(w != part and w.endswith(part) for w in entry.exact):
        return True
    return not (any(part in w for w in entry.words) or cover.said_in_pieces(part, entry.words))


def head_in_another_compound(part: str, entry: Entry, head: str, lexicon: Lexicon) -> bool:
    """The asked compound's first part, a kind of food, stands as a word of its own beside a name word
    that writes the asked head in a compound of its own ("Majskakor Ost" is a corn cake tasting of
    cheese, no "ostkaka"): it says a flavour of that other compound, not the thing. A material is
    what the other compound is made of ("Blockljus Stearin" is a stearinljus), and a compound holding
    the part is the thing ("Majskycklingklubba" is a kycklingklubba). The part leading another word of
    the name is no more the thing's: "Kattgräs Groddlåda" is a sprouting box, no "kattlåda"."""
    others = [w for w in entry.exact if w != head and w != part and w.endswith(head)]
    if not others or any(part in w for w in others):
        return False
    if part in entry.exact:
        return part in lexicon.kinds or lexicon.names_food(part)
    return any(w.startswith(part) and not w.endswith(head) for w in entry.exact)


def led_by_another_kind(entry: Entry, q: Query, lexicon: Lexicon) -> bool:
    """A product found by its shelf alone whose name leads with another kind of goods, or with the word of
    another department's goods (the lexicon's): "Talgbollar 6-pack" (suet balls) on the shelf "Fågelfrön"
    is no "fågelfrö", the shelf holding more than the goods it is named for."""
    lead = entry.own[0][0] if entry.own else ""
    return lead not in (q.head, q.head_word) and (lead in lexicon.kinds or lead in lexicon.department_words)


LISTING_WORDS = 3  # words of a shelf's name that list kinds, joiners or not


def shelf_joins_kinds(entry: Entry) -> bool:
    """The product's own shelf joins kinds ("Bröd & kakor", "Kött & kyckling"): a name that calls
    the product by a word of its own ("Dala Järna Surdeg Små", "Äppelkrona") may be either, so the
    shelf says neither for sure ("småkakor", "äppelkaka" are no such product proposed sure); nor does
    one joining them with "och" ("Kryddor och örter": "Fransk Dragon" is no "franska örter")."""
    leaf = entry.shelf.rsplit(">", 1)[-1]
    return "&" in leaf or "," in leaf or " och " in leaf.casefold()


def shelf_lists_words(entry: Entry) -> bool:
    """The product's own shelf is named by three words or more, its joiners dropped as Coop writes its paths:
    "Havre soja ris" lists what the drinks on it are made of, so it names no kind a name does not say
    ("Havreprodukt" is no "ris"). Not a shelf's kind for `alone_on_another_kinds_shelf`: a "Vaniljsås Soja"
    there is still no soy sauce."""
    return len(content_words(entry.shelf.rsplit(">", 1)[-1])) >= LISTING_WORDS
