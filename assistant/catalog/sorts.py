"""Special sorts, preparations and flavours: the plain thing a bare word asks for (pure).

"smör" is the plain butter, not a brown-butter spread; "kvarg" the unflavoured one; "mjölk" no
lactose-free, child's or pet's milk unless asked. What every product of a kind is (all kefir is
lactose-free) is no special sort there, and the lexicon's default reading of a bare word says which
words it prefers or avoids ("kaffe" is ground, not beans).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from rapidfuzz import fuzz

from assistant.catalog.coverage import ORGANIC
from assistant.catalog.departments import usual_department
from assistant.catalog.fits import strength_of
from assistant.catalog.kinds import shelf_names
from assistant.catalog.lexicon import CHILD, Default, Lexicon
from assistant.catalog.normalize import (
    ALL_IN_ONE,
    NOISE,
    SIZE_WORD,
    age_in_months,
    casefold,
    content_words,
    counts_written,
    fold,
    is_numbered_size,
    is_size_word,
    parse_grade,
    size_letters,
    stem,
    tokens,
)
from assistant.catalog.swedish import folded_dictionary, lemmas
from assistant.catalog.query import ORIGINAL, SIZE_FORMS, Query

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry
    from assistant.catalog.schema import Product

SPECIAL_VARIANTS = frozenset({"laktosfri", "glutenfri", "vegansk", "barn", "djur", "apotek"})
DIET_VARIANTS = frozenset({"laktosfri", "glutenfri", "vegansk"})  # a shelf may say these of its products
# goods free of what a diet leaves out: free of one asked, free of the other too is no surprise ("Pizzadeg
# Glutenfri Laktosfri" for "glutenfri pizzadeg"); a vegan sort is another thing (oat drink for milk)
FREE_FROM = frozenset({"laktosfri", "glutenfri"})
FREE_FROM_SUFFIX = "fri"  # a diet named so leaves something out ("glutenfri"); another ("vegetarisk") replaces it
COMMONER = 2  # times as many products as any other sort has for a sort to be the store's usual one
MIN_CONFLICT = 3  # letters of a conflicting kind read at a compound's end too ("pannkak" of "kak")
USUAL = 3                          # products of a kind that, all of one variant, make it the usual sort


def shelf_variants(category: str, lexicon: Lexicon) -> frozenset[str]:
    """The diet variants a category path names ("Vegetariskt", "Glutenfritt", "Låglaktos
    laktosfri"): every product on that shelf is of that sort, whether its name says so or not
    ("Vegobacon" and "Formbar Färs" under "Vegetariskt" are no bacon or mince of meat)."""
    found = (lexicon.attribute_of(stem(casefold(word))) for word in tokens(category))
    return frozenset(variant for variant in found if variant in DIET_VARIANTS)


def special_variants(lexicon: Lexicon) -> frozenset[str]:
    """Sorts never proposed unflagged unless asked for: a diet's, a child's, and every department
    without food (another department is another thing)."""
    return SPECIAL_VARIANTS | lexicon.departments.keys()


def usual_sorts(kind: Collection[Entry], said_department: bool = False,
                shelved_kind: Collection[Entry] | None = None) -> frozenset[str]:
    """Variants every product of the kind has (all kefir is lactose-free), or the shelf of most of
    them names (tofu stands on "Vegetariskt"): no special sort there.
    A lone product proves nothing: the brand's only spaghetti may well be the gluten-free one. The
    department most of the kind's products are in is the request's own ("disktabletter"), unless the
    request said its department itself ("schampo" is no "Hundschampo", "fisk" no cat food, even
    where every product saying it is). `kind`: the products that
    are the asked thing, fully matched; `shelved_kind`: those of the asked head whatever else they
    say ("marinerad tofu": all tofu), by whose shelves a shelf's sort is judged."""
    every = frozenset.intersection(*(e.attributes for e in kind)) if len(kind) >= USUAL else frozenset()
    if said_department:  # "fisk" asks for food though all of a store's "fisk" is cat food
        every -= {e.department for e in kind}
    # a shelf's sort most of the kind stands on is the kind's own: tofu is on "Vegetariskt", bacon is not
    on_shelf = kind if shelved_kind is None else shelved_kind
    shelved = frozenset().union(*(e.shelf_variants for e in on_shelf)) if len(on_shelf) > 1 else frozenset()
    every |= {v for v in shelved if sum(v in e.sorts_named for e in on_shelf) * 2 > len(on_shelf)}
    # a department read from names alone needs a few products to speak for the word
    trusted = any(e.department_stated for e in kind) or len(kind) >= USUAL
    own = usual_department((e.department, 1 / max(1, e.size_words)) for e in kind) if trusted and not (
        said_department) else None
    return every | ({own} if own else set())


def labels_only(entry: Entry, said: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """The free-from sorts (a diet named "-fri": "glutenfri", "laktosfri") of goods that diet conflicts with
    nowhere, neither the product's words and shelf nor any word said (stems): a lentil soup has no gluten to
    leave out, so "Indisk Linssoppa Glutenfri" is the lentil soup asked and its label no other product; a
    gluten-free spaghetti, a lactose-free yoghurt or "Mjölkchoklad Laktosfri" (milk said) are other products."""
    words = entry.words | entry.context | frozenset(said)
    return frozenset(name for name, diet in lexicon.diets.items() if name.endswith(FREE_FROM_SUFFIX) and not any(
        word in diet.conflicts or any(len(c) >= MIN_CONFLICT and word.endswith(c) for c in diet.conflicts)
        for word in words))


def shared_by_the_lead(best: Entry, said: Collection[str], index: CatalogIndex,
                       said_department: bool = False) -> frozenset[str]:
    """Variants every product led by the word the best one leads with has, where that word was said and marks
    no sort itself ("Linskakor Havssalt Glutenfri", "... Dill & Gräslök Glutenfri", "... Tomat Glutenfri": lentil
    cakes are gluten-free), though the other words said leave fewer of them than prove it (see `usual_sorts`).
    At least USUAL products; a word marking a sort ("Glutenfri Tortilla") leads no kind."""
    lead = best.leading[0] if best.leading else None
    if lead is None or lead not in said or index.lexicon.attribute_of(lead):
        return frozenset()
    led = [e for i in index.posting("exact", lead) if (e := index.entries[i]).leading and e.leading[0] == lead]
    every = frozenset.intersection(*(e.attributes for e in led)) if len(led) >= USUAL else frozenset()
    return every - {e.department for e in led} if said_department else every


def sorts_against(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The sorts a diet's marks make of a word (a stem) that diet conflicts with: a vegetarian "Pytt
    i Panna" is no usual pytt i panna, nor a vegetarian bacon the usual bacon, even where the store
    sells no other: the store lacks the thing asked, and staff confirm the sort."""
    return frozenset(sort for diet in lexicon.diets.values() if word in diet.conflicts
                     for mark in diet.marks if (sort := lexicon.attribute_of(mark)))


def shelf_sorts_of_the_word(named: Collection[Entry]) -> frozenset[str]:
    """The shelf's sorts every product named by the very compound asked stands on: "tofuburgare"
    or "sojanuggets", named whole, are what the store files them as ("Vegetariskt"), no surprise,
    though other burgers and nuggets are meat. A sort the name itself says stays one to confirm."""
    return frozenset.intersection(*(e.shelf_variants - e.attributes for e in named)) if named else frozenset()


def shelf_sorts_of_words_said(words: Iterable[str], index: CatalogIndex) -> frozenset[str]:
    """The shelf's sorts a word said (a stem) is written only under: no product off the vegetarian
    shelf says "tempeh", "soygurt" or "tofuröra", alone or in a compound, so that shelf's sort is what
    the word asks, as for a compound named whole (`shelf_sorts_of_the_word`). Never a word the lexicon
    knows (a food, a meal, a kind, a sort's marker) nor one a diet's sorts matter for ("korv", "bacon",
    "yoghurt"): a store whose only bacon is a vegetarian one lacks the bacon asked."""
    lex = index.lexicon
    everyday = frozenset().union(*(diet.conflicts for diet in lex.diets.values()))
    found: set[str] = set()
    for word in words:
        if word in everyday or lex.attribute_of(word) or lex.knows(word) or lex.goes_with(word):
            continue  # a sort's or an animal's marker ("vego", "hund") asks it as an attribute does
        writers = index.posting("exact", word) | index.posting("parts", word) | index.posting("heads", word)
        if writers:
            found |= frozenset.intersection(*(index.entries[i].shelf_variants - index.entries[i].attributes
                                              for i in writers))
    return frozenset(found)


def asks_plain(said: Iterable[str], lexicon: Lexicon) -> bool:
    """No flavour asked for: unflavoured products first."""
    return lexicon.flavours.isdisjoint(said)


def tastes_of_more(entry: Entry, said: Collection[str]) -> bool:
    """The name says a flavour, or a filling nobody asked for ("Riskakor Ost" for "riskakor")."""
    return entry.flavoured or not entry.fillings.issubset(said)


def plain_says(mod: str, entry: Entry, lexicon: Lexicon) -> bool:
    """A product with no flavour says "naturell" without writing it. A word after its first that names a
    food ("Chips Peppar") or that the lexicon does not know ("Chips Ranch/sourcream") seasons it, as a
    flavour does; a describing word ("Chips Lättsaltade"), a variant or the brand does not. A name writing a
    plain word says any other ("Te Rooibos Naturell" is the rooibos "utan smak", though rooibos is a flavour),
    and so does a line's "Original" ("Philadelphia Original" beside its "Light")."""
    if mod not in lexicon.plain:
        return False
    return not (lexicon.plain | ORIGINAL).isdisjoint(entry.exact) or (
        not entry.flavoured and not entry.fillings
        and not any(lexicon.names_food(own[0]) or not (lexicon.knows(own[0]) or lexicon.attribute_of(own[0])
                                                        or own[0] in lexicon.plain or own[0] in entry.brand)
                    for own in entry.own[1:]))


def plain_written(mod: str, entry: Entry, asked: Collection[str], lexicon: Lexicon) -> bool:
    """A word asking for no salt added ("osaltade": `Lexicon.unsalted`) is said by a name writing a plain
    word of its own and no flavour but the kind `asked` (the stems said of it): "Cashewnötter Naturella"
    are unsalted nuts, though "cashew" is also a flavour. A name writing none ("Jordnötter", "Smör"), or
    the plain word only inside a compound, or salt ("Naturchips Havssalt") may be salted."""
    return (mod in lexicon.unsalted and not entry.fillings and not lexicon.plain.isdisjoint(entry.exact)
            and not any(lexicon.flavour(word) or SALT in word for word in entry.words - set(asked)))


SALT = stem("salt")


FRESH = stem("färsk")
RIPE = stem("mogen")  # fresh produce may be ripe whether or not its name says so; nothing dried or frozen is
# name words of produce kept otherwise than fresh: dried, frozen, canned, pickled
PRESERVED = frozenset(stem(w) for w in ("torkad", "fryst", "djupfryst", "fruset", "frusna", "konserverad", "inlagd"))


# packages fresh produce never comes in: a jar, a bottle or a tube holds goods put up
JARRED = frozenset(stem(w) for w in ("burk", "burkar", "flaska", "flaskor", "tub", "tuber"))


# a bottle holds a liquid: said as the package, it asks the liquid sort where a kind is sold both ways
BOTTLED = frozenset(stem(w) for w in ("flaska", "flaskor"))
LIQUID = "flytande"


def poured(packaging: Collection[str]) -> frozenset[str]:
    """The sort a package said asks, as if said: "en flaska galltvål" is the "Galltvål Flytande", no bar
    of gall soap; goods that are liquid only need not say it ("en flaska diskmedel")."""
    return frozenset() if BOTTLED.isdisjoint(packaging) else frozenset({LIQUID})


PRODUCE_CLASS = re.compile(r"\bklass\s*(?:1|i)\b", re.IGNORECASE)  # EU class marking of fresh produce


def jarred_not_fresh(packaging: Collection[str], entry: Entry) -> bool:
    """"en burk rödbetor" asks for pickled beets: fresh produce ("Rödbetor Klass 1") is not what was
    asked unless its name says the package, and a store without the jarred goods must ask. Only produce its
    label or shelf says is fresh: a bare name read as produce on a feed of bare names ("Timjan" beside
    "Timjan Kruka EKO Klass1") may be the dried herb in its jar ("en burk timjan")."""
    return (entry.fresh and not JARRED.isdisjoint(packaging) and JARRED.isdisjoint(entry.words)
            and (bool(entry.product.category) or bool(PRODUCE_CLASS.search(entry.product.name))))


def fresh_says(mod: str, entry: Entry, kept_otherwise: bool = False) -> bool:
    """Fresh produce says "färsk", and "mogen", without writing it ("färska kantareller": "Kantareller" on the
    produce shelf), unless its name says it was dried, frozen or put up ("Kantareller Torkade"). So does
    any product of a kind the store also sells so (`kept_otherwise`: "Kycklingklubba Sverige" beside
    "Kyckling Klubba Fryst"), the word setting it apart from those; of a kind sold only one way it tells
    nothing ("färsk sillfilé")."""
    return ((mod == FRESH and (entry.fresh or kept_otherwise) or mod == RIPE and entry.fresh)
            and PRESERVED.isdisjoint(entry.words))


def kept_otherwise(entries: Iterable[Entry]) -> bool:
    """Some of the kind's products are frozen, dried or put up (see `fresh_says`)."""
    return any(not PRESERVED.isdisjoint(entry.words) for entry in entries)


def fresh_refused(mod: str, entry: Entry, said: Collection[str], lexicon: Lexicon) -> bool:
    """"färsk lax" asks for raw fish: a "Gravad Lax Skivad" is cured, though it stands on a shelf
    "Färsk fisk" (fresh as in chilled), so the name's preparation refuses the word said."""
    return mod == FRESH and bool(prepared_as(entry, said, lexicon))


def default_says(part: str, entry: Entry, q: Query, prefer: Collection[str]) -> bool:
    """A first part of the compound asked that a product of its default reading need not write:
    "köttfärs" means a nötfärs or blandfärs (the lexicon's defaults), so "Blandfärs" lacks no "kött"."""
    return part in q.head_parts and not entry.exact.isdisjoint(prefer)


def still_avoided(default: Default, q: Query) -> frozenset[str]:
    """The words a bare word's default reading avoids that still avoid when another word is said with
    it: "koffeinfritt kaffe" is a decaf ground coffee, no decaf instant one; "grovt bröd" no "Hamburgerbröd
    Grovt". The extra word narrows within the default reading; a sort a word said names is asked, not
    avoided: the word itself, a compound it begins ("grädde till matlagning": "matlagningsgrädde"; "mild"
    of "Mild Ost" read as "mildost") or a word ending a compound said ("kaffebönor": "bönor")."""
    said = [word for word in (*q.modifiers, *q.head_parts, *q.purpose) if len(word) >= MIN_USE]
    return frozenset(word for word in default.avoid if not any(_names_the_sort(s, word) for s in said))


def purpose_narrows(q: Query, lexicon: Lexicon, kind: Iterable[Entry]) -> bool:
    """A use said ("diskmedel till maskinen") narrows a bare word's reading where a product of the kind
    (`kind`: those the word names) says it, as a word, inside a compound ("Maskindiskmedel") or as its
    use: a use no such product says ("mjölk till teet") leaves the reading as it is, the plain milk
    preferred over a caramelised one. A use a name word says by the lexicon ("Barista") is said too."""
    said = [word for word in q.purpose if len(word) >= MIN_USE]
    return any(not entry.uses.isdisjoint(q.purpose) or not entry.words.isdisjoint(q.purpose)
               or not lexicon.uses_written(entry.words).isdisjoint(q.purpose)
               or any(written.startswith(word) or written.endswith(word) for word in said for written in entry.words)
               for entry in kind)


def _names_the_sort(said: str, avoided: str) -> bool:
    """Stems: the word said is, begins or ends the avoided word ("kallrök" ends in "rökt": a stem may
    keep a letter its compound's stem drops), or the avoided word is a sort of it ("rökt lax": the
    "kallrökt" and "varmrökt" a bare "lax" avoids are smoked)."""
    return (avoided.startswith(said) or said.startswith(avoided) or said.endswith(avoided) or avoided.endswith(said)
            or (len(avoided) > MIN_USE and said.endswith(avoided[:-1])))


def avoids(entry: Entry, avoid: frozenset[str], asked: Collection[str], shelves: dict[str, bool] | None = None
           ) -> bool:
    """The product says a word of `avoid` among its `avoidable_words`: its name's words read first, its
    shelf only where they say none (read for every candidate of a bare word). `shelves`: the caller's
    record of what `_shelf_avoidable` says of each shelf for these `asked`, as it reads the shelf alone:
    a pool of a thousand candidates stands on a few dozen shelves."""
    if not avoid.isdisjoint(entry.words):
        return True
    if avoid.isdisjoint(entry.category):
        return False
    if shelves is None:
        return _shelf_avoidable(entry, asked)
    found = shelves.get(entry.shelf)
    if found is None:
        found = shelves[entry.shelf] = _shelf_avoidable(entry, asked)
    return found


def avoidable_words(entry: Entry, asked: Collection[str]) -> frozenset[str]:
    """The words a bare word's reading may avoid in a product (`Default.avoid`): its name's, and its
    own shelf's (the category's last level) where that names not the word asked (`asked`: its stems;
    none: the name's words only, see Scorer.avoid_shelf). "Coconut Curry" under "Frys > Färdigt att
    värma > Färdigrätter" is the ready meal a bare "curry" (the spice) avoids, as a name saying "Fryst"
    is; "Crunchy Choco Chips" under "Bröd & kakor" no crisps. A shelf naming the thing says nothing
    against it ("Smör" under "Smör & margarin"), nor does an upper level, which holds many kinds ("Dryck
    > Kaffe" for "mellanrost", which avoids a coffee drink)."""
    return entry.words | entry.category if _shelf_avoidable(entry, asked) else entry.words


def _shelf_avoidable(entry: Entry, asked: Collection[str]) -> bool:
    """The product's shelf may say what a bare word asked (`asked`, its stems) avoids: it has one, and it
    names not the word, or names it only as a sort of it, led by another word ("Hårt bröd portion",
    "Knäckebröd och skorpor" for "bröd"): crispbread is what a bare "bröd" avoids, though the shelf says
    "bröd". A shelf led by the word itself ("Bröd", "Bröd & kakor", "Smör & margarin") holds the thing."""
    return bool(asked) and bool(entry.category) and (
        not any(shelf_names(entry, word) for word in asked) or not _shelf_led_by(entry.shelf, frozenset(asked)))


@lru_cache(maxsize=4096)
def _shelf_led_by(shelf: str, asked: frozenset[str]) -> bool:
    """The shelf's own level (its category's last) begins with a word asked: once per shelf and word."""
    words = content_words(shelf.rsplit(">", 1)[-1])
    return bool(words) and stem(words[0]) in asked


def default_unsold(default: Default | None, q: Query, best: Fit, entries: Iterable[Entry]) -> bool:
    """A bare word whose default reading no product of the word says: "peppar" reads as black or white
    pepper, ground or whole, and a store selling only chili peppers ("Peppar Pirri-Pirri") has none of
    it; the best product, naming more than the word, is a special sort chosen by nothing asked. One
    naming nothing else ("Filmjölk 3%", "Diskmedel") is the plain thing the reading's words only
    describe. A word said with it ("peppar jalapeno") or a brand narrows the reading. The word itself
    among its preferred words is said by a name writing it alone ("Ärter Frysta", no "Sockerärtor")."""
    if default is None or q.modifiers or q.purpose or q.brand or not (best.extra or best.marked):
        return False
    prefer = default.prefer
    return bool(prefer) and all(prefer.isdisjoint(entry.exact) and prefer.isdisjoint(entry.brand)
                                for entry in entries)


MIN_USE = 3  # letters of a purpose that may begin a sort it names ("mat" of "till maten")


def default_for(q: Query, index: CatalogIndex) -> Default | None:
    """The lexicon's reading of a bare word ("kaffe": ground), or of the kind a brand makes."""
    lex = index.lexicon
    if q.brand:
        return lex.defaults.get(stem(q.brand_kind)) if q.brand_kind else None
    return lex.defaults.get(q.head_word)


class Fit(Protocol):
    """What `plain_instead_of_organic` reads of a scored product (the matcher's `Scored`)."""

    @property
    def entry(self) -> Entry: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> float: ...
    @property
    def unmatched(self) -> int: ...
    @property
    def marked(self) -> int: ...
    @property
    def extra(self) -> float: ...
    @property
    def other_kind(self) -> bool: ...
    @property
    def avoided(self) -> bool: ...


PLAIN_MORE_WORDS = 2  # plain words a plain rival may say beyond the organic product's (see below)


def plain_instead_of_organic(best: Fit, rivals: Sequence[Fit], least_kind: float, margin: float,
                             lexicon: Lexicon, brand_said: bool = False, compound: str = "",
                             said: Sequence[str] = ()) -> Fit | None:
    """The plain product to propose instead of an organic one nobody asked for: when the plain and
    the organic are both sold, the plain, usual one is the reading of a plain word ("vitkål" is
    "Vitkål", not "Vitkål EKO"). A rival qualifies when it is the thing (`least_kind`), fits all
    but as well (within `margin`), says no special sort the organic one does not, no other variant
    and at most PLAIN_MORE_WORDS plain words more (a grade: "Blåbärssylt Extra Prima" is the plain
    jam beside "Blåbärssylt EKO"), and mixes no more flavours (`mixed`); or when it is the organic one's very name without its label (`unlabelled_twin`),
    however it scores: what sets the two apart is then only their shelves or brands ("lammkorv
    till grillen" is the plain "Lammkorv" though only "Lammkorv Eko" stands on the grill shelf),
    unless a brand was said or the twin lacks a word the organic one says ("en burk rödbetor": no fresh
    "Rödbetor 1kg Klass1" for the jarred "Rödbetor EKO"). A rival writing the `compound` asked only apart where the organic one writes
    it whole may say no word more: "Sylt Lingon" is the plain "Lingonsylt EKO", a "Lakrits Söt Som Du" (a
    liquorice named with a phrase) no plain "Sötlakrits EKO". Nor is a rival that leaves out a word `said` the
    organic one writes, but for a plain word ("naturell" is what any plain one is): "färsk basilika" is the "Färsk
    Basilika EKO", no bare "Basilika" that may be dried.
    None when the best is not organic or no plain rival fits."""
    if ORGANIC not in best.entry.attributes:
        return None
    whole = bool(compound) and _writes_whole(best.entry, compound)
    written = [word for word in said if word in best.entry.words and word not in lexicon.plain]
    return next((r for r in rivals if r is not best and ORGANIC not in r.entry.attributes
                 and r.kind >= least_kind and not r.other_kind and not r.avoided
                 and ((r.score >= best.score - margin and not r.unmatched and _same_department(r.entry, best.entry))
                      or (not brand_said and r.unmatched <= best.unmatched
                          and unlabelled_twin(r.entry, best.entry, lexicon)))
                 and r.marked <= best.marked
                 and r.extra <= best.extra + (PLAIN_MORE_WORDS if not whole or _writes_whole(r.entry, compound) else 0)
                 and r.entry.attributes <= best.entry.attributes
                 and all(word in r.entry.words for word in written)
                 and mixed(r.entry, lexicon) <= mixed(best.entry, lexicon)), None)


def _same_department(entry: Entry, other: Entry) -> bool:
    """Both stand in one department of the store, where it has any: a "Chili Hummus" among sauces is no plain
    rival of the fresh "Chili Röd Ekologisk" among fruit and vegetables, however close it scores."""
    return not (entry.shelf and other.shelf) or entry.shelf.split(" > ")[0] == other.shelf.split(" > ")[0]


def _writes_whole(entry: Entry, compound: str) -> bool:
    """The name writes the compound as one of its words (the index also files "Sallat Isberg" under
    "isbergssallad": `exact` cannot tell)."""
    return any(own[0] == compound for own in entry.own)


JOINED = re.compile(r"[^\s/&]+(?:\s*[/&]\s*[^\s/&]+)+")
JOIN = re.compile(r"\s*[/&]\s*")


def mixed(entry: Entry, lexicon: Lexicon) -> int:
    """How many things the name joins with slashes or "&", labels aside: "Klämpåse Äpple/Sötpotatis/Annanas"
    mixes three, "Creme&Olja Kakao" two, "Rödvinbärsgelé EKO/KRAV" none. A names-only feed writes a mix of
    flavours or things so: a mix is another sort than one of its parts alone, no plain twin of it
    (`plain_instead_of_organic`: "olja" is no body "Creme&Olja" in place of "Neutral Olja EKO/KRAV")."""
    return len(mixed_parts(entry, lexicon))


def mixed_parts(entry: Entry, lexicon: Lexicon) -> list[str]:
    """The stems of the things the name joins with slashes or "&", labels aside (see `mixed`). Read for every
    candidate of a compound asked: most names join nothing, and a test for the two signs is cheaper than the
    pattern's search."""
    name = entry.product.name
    if "/" not in name and "&" not in name:
        return []
    return [key for key in _joined_stems(name) if not lexicon.attribute_of(key)]


@lru_cache(maxsize=1 << 14)
def _joined_stems(name: str) -> tuple[str, ...]:
    """The stems of what a name joins with slashes or "&": the name's alone, read once per name (see mixed_parts)."""
    return tuple(stem(casefold(part)) for joined in JOINED.findall(name) for part in JOIN.split(joined) if part)


def mixes_in_unsaid(entry: Entry, first_parts: Collection[str], said: Collection[str], lexicon: Lexicon) -> bool:
    """The name joins with slashes or "&" the thing a compound asked is of (its `first_parts`) and one nobody
    said: "Soppa Broccoli & Potatis" or "Blomkål & Broccolisoppa" for "broccolisoppa" is a soup of two
    vegetables, another sort than the broccoli soup a name of it alone ("Broccolisoppa EKO") is, as a
    flavour nobody asked for is (labels aside: "EKO/KRAV" joins no things). A word said alone ("frukt")
    or a flavour said apart ("proviva blåbär") names no such thing: a mix may be the goods then."""
    parts = mixed_parts(entry, lexicon)
    asked = [part in said for part in parts]
    return (len(parts) > 1 and not all(asked)
            and any(is_said and part.startswith(first) for part, is_said in zip(parts, asked) for first in first_parts))


def one_taste_of_a_mix(entry: Entry, said: Collection[str], lexicon: Lexicon) -> bool:
    """A flavour asked that the name lists only after another flavour nobody said: "Soppa Blåbär/Hallon"
    for "hallonsoppa" is a blueberry soup with raspberry in it, another sort than a raspberry soup; where
    the store sells no such one it is asked, not proposed sure. The flavour a list leads with is the
    goods' own taste ("Filmjölk Blåbär/Hallon" is a blueberry filmjölk)."""
    tastes = [own[0] for own in entry.own if own[0] in entry.listed and lexicon.flavour(own[0])]
    return bool(tastes) and tastes[0] not in said and not frozenset(said).isdisjoint(tastes)


def second_of_a_joined_pair(entry: Entry, q: Query) -> bool:
    """A compound asked that the name writes only after another of its head joined to it ("Kyckling &
    Morotsoppa", read as a chicken soup and a carrot soup, for "morotssoppa"): a chicken soup with carrots, led
    by another taste, as `one_taste_of_a_mix` is for a list of flavours."""
    if not q.head_parts or "&" not in entry.product.name:
        return False
    joined = [own for own in entry.own if len(own) > 2 and own[1] == q.head]
    part, said = q.head_parts[-1], {*q.modifiers, *q.head_parts}
    return (len(joined) > 1 and said.isdisjoint(joined[0][2:])  # "dillsås med citron": "Citron & Dillsås"
            and any(part in own[2:] for own in joined[1:]))


def prepared_unasked(entry: Entry, q: Query, said: Collection[str], index: CatalogIndex) -> frozenset[str]:
    """How the name says a cut was prepared ("Flundrafile Panerad": breaded) where nobody said it and the
    store sells the animal the cut asked is of unprepared ("Flundra Stillahavs Fryst" for "flundrafilé"):
    a fillet said bare is a raw one, so the prepared one is a guess to confirm. Goods prepared by their
    nature ("torskpinnar", panko-breaded) name no cut."""
    if q.head not in index.lexicon.cuts or not q.head_parts:
        return frozenset()
    ways = prepared_as(entry, {*said, q.head_word, q.head, *q.modifiers, *q.head_parts, *q.purpose}, index.lexicon)
    if not ways:
        return frozenset()
    unprepared = any(other.product.available and not prepared_as(other, said, index.lexicon)
                     for part in q.head_parts for other in map(index.entries.__getitem__, index.posting("exact", part)))
    return ways if unprepared else frozenset()


def prepared_compound(entry: Entry, q: Query, lexicon: Lexicon) -> bool:
    """A bare word the store writes only ending its compounds ("strömming"), proposed as one led by a
    first part saying how the food was prepared ("Surströmming": fermented): another food than the plain
    one, which is not sold, so it is asked, not proposed sure (the plain fish, where sold, is the reading:
    see `prepared_unasked` for a cut)."""
    if not q.compound_tail or q.modifiers:
        return False
    word = q.head_word
    return any(own != word and own.endswith(word) and stem(own[:-len(word)].removesuffix("s")) in lexicon.prepared
               for own in entry.exact)


def prepared_as(entry: Entry, said: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """How the name says the food was prepared, as its whole words or their heads ("Gravad Lax",
    "Lax Kallrökt": cured, smoked), save what was asked ("rökt lax" says "Varmrökt" too); a first part
    ("Grillkorv", "Gravlaxsås") prepares nothing."""
    return (entry.exact | entry.heads) & lexicon.prepared - frozenset(said)


def flavoured_compound(entry: Entry, q: Query, lexicon: Lexicon) -> bool:
    """A bare word ("honung") a product says only as the head of a compound led by a flavour
    ("Tryffelhonung") on a shelf that does not name the thing ("Ost"): a special sort, a condiment
    for cheese, no honey to propose sure. Not fresh produce ("Honungspomelo" is a variety), nor a
    shelf of the thing ("Apelsinmarmelad" under "Sylt & marmelad"); a feed without categories
    cannot tell."""
    if q.modifiers or q.head_parts or q.brand or entry.fresh or not entry.category or shelf_names(entry, q.head_word):
        return False
    for own in entry.own:
        word = own[0]
        if word != q.head_word and word.endswith(q.head_word):
            if lexicon.flavour(word[:-len(q.head_word)].removesuffix("s")):
                return True
    return False


def plant_base_said(q: Query, lexicon: Lexicon) -> bool:
    """A plant base said, alone ("yoghurt av soja") or leading a word ("havregrädde", "soygurt" read
    "sojayoghurt"): the plant-based sort of a dairy kind is what was asked (see Lexicon.plant_based)."""
    bases = lexicon.plant_bases
    return not bases.isdisjoint((*q.head_parts, *q.modifiers)) or any(
        word.startswith(tuple(bases)) for word in (q.head_surface, q.head_word, *q.modifiers))


def unlabelled_twin(plain: Entry, organic: Entry, lexicon: Lexicon) -> bool:
    """The plain product's name is the organic one's without its organic label ("Lammkorv" of
    "Lammkorv Eko", "Morötter" of "Morötter KRAV"): the very product, unlabelled."""
    def unlabelled(entry: Entry) -> tuple[str, ...]:
        return tuple(own[0] for own in entry.own if lexicon.attribute_of(own[0]) != ORGANIC)
    return bool(plain.own) and unlabelled(plain) == unlabelled(organic)


def percent_agrees(entry: Entry, percent: float) -> bool | None:
    """A percentage said ("turkisk yoghurt 10%") against the one the name writes: True or False,
    None when the name writes none (nothing to go by)."""
    written = entry.percent
    return None if written is None else abs(written - percent) < 1e-6


def age_agrees(entry: Entry, months: int) -> bool | None:
    """A child's age said ("välling sex månader") against the age the name writes goods for ("Välling
    6M", "Välling 18M"): True for that age, False for an older child's (an 18-month välling is no
    six-month-old's), None when the name writes none or a younger child's, which suits an older one too. Aged
    goods are that age (`aged_as_written`): a "Cheddar Special 6 Mån" is no cheese of 18 months."""
    written = age_in_months(entry.product.name)
    if written is None or (written < months and not aged_as_written(entry)):
        return None
    return written == months


AGED = stem("lagrad")  # as "lagrade", "lagrat" stem too


def aged_as_written(entry: Entry) -> bool:
    """A grown-up's goods whose name writes months ("Präst 18mån 31%", "Serrano 11 Mån") are aged that long:
    the name says "lagrad" by them, where a child's ("Välling 18M") is for a child of that age."""
    return CHILD not in entry.suits and age_in_months(entry.product.name) is not None


# the words names write a size by ("Vattenmelon Mini", "Löksill Stor", "Räkor I Lake Xl")
# (a "cocktail" sort is the small one: "Tomater Cocktail", "Cocktailkorv", "Kapris Cocktail"; so are "Baby
# Plommontomater", "Bite Size Mazarin" and "Twix Bites"); English sizes too ("Dentastix Small", "Ägg Large")
SIZES_NAMED = {"liten": SIZE_FORMS["liten"] | {"mini", "cocktail", "baby", "bite", "bites", "small"},
               "stor": SIZE_FORMS["stor"] | {"maxi", "jumbo", "xl", "xxl", "large"}}


# sizes a name writes as a compound's first part ("Minibaguette", "Maxiburgare")
SIZE_PREFIXES = {"liten": ("mini", "cocktail", "baby"), "stor": ("maxi", "jumbo")}


def names_the_size(word: str, size: str) -> bool:
    """The word writes the size: "mini", "cocktail", or a compound led by one ("Minibaguette", "cocktailtomat")."""
    return word in SIZES_NAMED[size] or any(
        word.startswith(prefix) and len(word) > len(prefix) + 2 for prefix in SIZE_PREFIXES[size])


_NO_SIZE_ALONE = frozenset({"bite", "bites"})  # a snack's form as much as its size ("Walky Bites")


def names_a_size(entry: Entry, said: Collection[str]) -> bool:
    """The name writes a size that no word said begins ("Baguette Mini", "Jumbokorv" for "baguette", "korv"; not
    "Mjölk Mini" for "minimjölk"): no plain one of the kind where none was wished."""
    return any(not any(asked.startswith(word[:4]) for asked in said) for word in _sizes_written(entry.product.name))


@lru_cache(maxsize=1 << 16)
def _sizes_written(name: str) -> tuple[str, ...]:
    """The words of a name that write a size (`names_the_size`): read once per name, as the rank asks per tie."""
    return tuple(word for word in tokens(casefold(name)) if word not in _NO_SIZE_ALONE
                 and any(names_the_size(word, size) for size in SIZES_NAMED))


def size_wish_agrees(entry: Entry, wish: str) -> bool | None:
    """A size wished ("vattenmelon den stora", `Query.size_wish`) against the one the name writes: True for
    that size, False for the other ("Vattenmelon Mini" is no big melon), None when it writes none or both."""
    words = set(tokens(casefold(entry.product.name)))
    written = [size for size in SIZES_NAMED if any(names_the_size(word, size) for word in words)]
    return written[0] == wish if len(written) == 1 else None


_MEASURE = re.compile(r"(?<![\w,.])(\d+(?:[,.]\d+)?) ?(mm|cm|m|l|liter)(?!\w)", re.IGNORECASE)
_TO_BASE = {"mm": 0.1, "cm": 1.0, "m": 100.0, "l": 1.0, "liter": 1.0}
_VOLUMES = {"ml": 0.001, "cl": 0.01, "dl": 0.1, "l": 1.0}  # a feed's package volume, in litres


def measure_written(entry: Entry) -> tuple[str, float] | None:
    """The length or volume a name writes of the thing ("Servetter 40 cm", "Sopsäck 125l"), or the feed's volume
    of the package where the name writes none ("Standardmjölk Eko" of 0.3 l): its kind of measure and its value in
    cm or litres; None where neither says one."""
    found = _MEASURE.search(entry.product.name)
    if found is None:
        product = entry.product
        return ("l", product.size * _VOLUMES[product.unit]) if product.size and product.unit in _VOLUMES else None
    unit = found[2].casefold()
    return ("l" if unit in ("l", "liter") else "cm"), float(found[1].replace(",", ".")) * _TO_BASE[unit]


def wished_measure(wish: str, kind: Iterable[Entry]) -> tuple[str, float] | None:
    """The measure a size wished picks among the kind's ("servetter dom stora": the 40 cm of 33 and 40 cm),
    where their names write two or more of one kind of measure; None otherwise."""
    written = {found for entry in kind if (found := measure_written(entry)) is not None}
    if len(written) < 2 or len({unit for unit, _ in written}) > 1:
        return None
    return (max if wish == "stor" else min)(written, key=lambda found: found[1])


def grade_agrees(entry: Entry, grade: str) -> bool | None:
    """A grade said with a plus sign ("läsglasögon +2,0") against the one the name writes ("+2.00"): True
    or False. A name that writes none is not the grade either: the grade names a sort of the goods (food
    for a cat of seven and up, "Kattmat 7+år"), which a name saying no grade is not known to be."""
    return parse_grade(entry.product.name) == grade


def strength_agrees(entry: Entry, strength: str) -> bool | None:
    """A medicine's strength said ("nezeril 0,5 mg") against the one the name writes ("Nezeril Nässpray
    0,25 mg/ml"): True or False, None when the name writes none (nothing to go by)."""
    written = strength_of(tokens(entry.product.name))
    return None if written is None else written == strength


def code_agrees(entry: Entry, code: str) -> bool | None:
    """A battery's size or a lamp's socket said ("varta d batterier", "kronlampa e14") against the one the
    name writes (fits.fit_of: "High Energy C Batteri"): True or False, None when the name writes none."""
    return None if entry.fit is None else entry.fit == code


def size_range_agrees(entry: Entry, sizes: tuple[int, int]) -> bool | None:
    """Sizes said ("strumpbyxor storlek 40-44") against the range the name writes ("Strumpbyxa 40-44"):
    True or False, None when the name writes none (nothing to go by)."""
    written = entry.size_range
    return None if written is None else written == sizes


def size_agrees(word: str, entry: Entry) -> float | None:
    """A size said ("ägg large", "gummihandskar m": "lstorlek", "mstorlek") against the sizes the name
    writes, by letter or by name ("Ägg 6p Frigående L", "Ägg 6p Innegående Medium"): 1 where it is the
    size written, a half where it is one of a mix ("Ägg M/L"), 0 where the name writes another or none;
    None when the word said is no size. A size by its number ("blöjor storlek 4": "4storlek") agrees with
    the number a name writes as a size: "Storlek 4", "Strl 4", "(4)" or "S4" ("Blöjor Comfort (4)")."""
    if is_numbered_size(word):
        return 1.0 if word[:-len(SIZE_WORD)] in numbered_sizes(entry.product.name) else 0.0
    if not is_size_word(word):
        return None
    written = size_letters(tokens(entry.product.name))
    return 0.0 if word[:-len(SIZE_WORD)] not in written else 1.0 / len(written)


_NUMBERED_SIZE = re.compile(r"\b(?:storlek|strl|stl)\s*(\d{1,2})\b(?![,.]\d)|\((\d{1,2})\)|\bs(\d{1,2})\b(?![,.]\d)",
                            re.IGNORECASE)


def numbered_sizes(name: str) -> frozenset[str]:
    """The sizes a name writes by number: "Storlek 4", "Stl 40", "(4)", "S4"; not "(4+)", another size."""
    return frozenset(str(int("".join(groups))) for groups in _NUMBERED_SIZE.findall(name))


def pack_count_agrees(entry: Entry, count: int) -> bool | None:
    """A multipack said ("loka citron 6-pack") against the one the name writes ("6x33cl"), or else the
    pieces the feed's size counts ("Pappersmugg" of 30 st for "pappersmuggar 30-p"): True or False,
    None when neither says one (nothing to go by)."""
    written = entry.pack_count if entry.pack_count is not None else _pieces(entry.product)
    return None if written is None else written == count


def _pieces(product: Product) -> int | None:
    """How many pieces a pack holds by the feed's size in "st", when more than one."""
    size = product.size
    return int(size) if product.unit == "st" and size is not None and size > 1 and size == int(size) else None


# what a number before it counts or measures: "Fryspåse 2 Liter", "Getost 12 Skivor", "Tvättmedel 28
# Tvättar", "Värmeljus 10 timmar" are no members of a series
_COUNTED = r"(?:liter|tvätt|skiv|bit|minut|min|timm|tim|sort|filé|knopp|portion|blad|rull|ark|lager|tablett|kapsl|påsar)"
# a number that names one of a series ("Ersättning NAN Pro 2", "Solkräm SPF 30"), not a size, a
# percentage, a pack, an age, a power or a count written after it; of three digits ("Hörapparatsbatteri
# 312") only where a number said is looked for among a series' members (`numbered_sibling`)
_SERIES, _SERIES_WIDE = (re.compile(rf"^(?P<words>(?:[^\W\d_][\w/&+'-]*\s+)+)(?P<n>\d{{1,{digits}}})(?=\s|$)"
                                    r"(?!\s*(?:%|-?(?:p|pack|pk)\b|x|kg|g|hg|ml|cl|dl|l|st|mån(?:ader)?|år|cm|m|w)\b)"
                                    rf"(?!\s*{_COUNTED})", re.IGNORECASE) for digits in (2, 3))
_UNITS = (r"(?:g|hg|kg|mg|ml|cl|dl|l|st|p|pack|port|portioner|m|cm|mm|år|mån|månader"  # a size or count after a
          r"|gram|kilo|liter|meter|watt|w|v|volt)")                                       # number
_BARE_NUMBER = re.compile(rf"(?<![\d.,+])\d{{1,2}}(?![\d.,]|\s*(?:%|x|-?(?:pk|{_UNITS})\b))", re.IGNORECASE)


def count_agrees(entry: Entry, counted: tuple[str, int]) -> bool | None:
    """A part counted ("grenuttag med 3 uttag") against the count the name writes of it ("Grenuttag 1,4M
    med 8 Uttag"): True or False, None when the name counts none of it."""
    written = counts_written(entry.product.name).get(counted[0])
    return None if written is None else written == counted[1]


def series_number(name: str, wide: bool = False) -> tuple[str, int] | None:
    """The words a numbered series shares and this product's number: "Ersättning NAN Pro 2
    Drickfärdig" → ("ersättning nan pro", 2). None when the name numbers nothing. `wide`: numbers of
    three digits too ("Hörapparatsbatteri 312"), read only to find the member a number said names."""
    match = (_SERIES_WIDE if wide else _SERIES).match(name)
    if match is None or (words := casefold(match["words"]).strip()).rsplit(" ", 1)[-1] in NOISE:
        return None  # "Potatis Fast Klass 1": a label's grade, no product of a series
    return words, int(match["n"])


def numbers_said(phrase: str) -> frozenset[int]:
    """Bare numbers in a phrase (not sizes, percentages, packs or a grade's "+2"): "nan pro 1" → {1}."""
    return frozenset(int(n) for n in _BARE_NUMBER.findall(ALL_IN_ONE.sub(" ", phrase)))  # "3-i-1": no number


def names_the_number(word: str, number: int, names: Iterable[str]) -> bool:
    """Some name writes the number right after the word as part of what the product is ("Omega 3
    Kapslar", "Fiskolja Omega-3", "Rakhyvel Mach3"), not as its size, strength or count ("Filmjölk 3%",
    "Ägg 6-p", "Tonfisk 3x80g")."""
    said = re.compile(rf"(?:^|[\s&/(]){re.escape(casefold(word))}[ -]?{number}(?![\d,.%x×-])(?!\s*{_UNITS}\b)")
    return any(said.search(casefold(name)) for name in names)


def numbered_sibling(best: Entry, rivals: Iterable[Entry], numbers: Collection[int],
                     said: tuple[str, int] | None = None) -> Entry | None:
    """Which of a numbered series is meant when the best product is one of it ("NAN Pro 2" among
    Pro 1 and Pro 3): the first rival of the series with a number said, or `best` itself. None when
    no number said is one of the series (a number unsaid is no question: most ask the usual one).
    `said`: the series and number the phrase writes as names do ("kaffefilter 102", series_number), the
    member looked for when the best is of no series ("Kaffefilter 1,8L 250-p" beside "Kaffefilter 102")."""
    own = best.series
    if own is None and said is not None:
        return next((entry for entry in rivals if _in_series(entry, said[0]) == said[1]), None)
    if own is None or own[1] in numbers:
        return None if own is None else best
    return next((entry for entry in rivals if (n := _in_series(entry, own[0])) is not None and n in numbers), None)


def _in_series(entry: Entry, words: str) -> int | None:
    """The entry's number in the series the words name; a name that writes a sort's word before its
    number ("Kaffefilter Oblekt 102" of "kaffefilter 102") is of the series too."""
    numbered = entry.series or series_number(entry.product.name, wide=True)
    return numbered[1] if numbered and (numbered[0] == words or numbered[0].startswith(f"{words} ")) else None


def usual_percent(kind: Iterable[Entry]) -> float | None:
    """The percentage most of a kind's products write: a bare "crème fraiche" is the usual 34 %, not
    the one light 8 % sort that happens to be cheapest. None when no percentage is most written."""
    counts: dict[float, int] = {}
    for entry in kind:
        if (written := entry.percent) is not None:
            counts[written] = counts.get(written, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def richest_percent(kind: Iterable[Entry]) -> float | None:
    """The highest fat a kind's products write: "crème fraiche den feta" is the 34 %, "mjölk den feta" the
    standard milk (its grade's fat, see Entry.percent). None when none writes one."""
    return max((entry.percent for entry in kind if entry.percent is not None), default=None)


def word_counts(kind: Iterable[Entry]) -> Counter[str]:
    """How many of a kind's products say each name word (see `rarest_word`)."""
    return Counter(word for entry in kind for word in {own[0] for own in entry.own})


def rarest_word(entry: Entry, counts: Counter[str], said: Collection[str]) -> int:
    """How many of the kind's products say the name's rarest word nobody asked for (its brand
    aside): among equal fits the usual sort's words are the kind's common ones ("Salami Skivad",
    "Kladdkaka Fryst"), a product line's or another form's its own ("Salami Sticks", "Ballerina
    Kladdkaka"). A name of asked words only is as common as can be."""
    get = counts.get  # not counts[...]: a word none of the kind says would call Counter.__missing__ in Python
    return min((get(own[0], 0) for own in entry.own if own[0] not in said and own[0] not in entry.brand),
               default=len(counts) + 1)


def spelled_alike(entry: Entry, strange: Sequence[str]) -> int:
    """How closely the name spells the words said that no product writes ("portobello" of "Porta Bella
    Svamp"), read across its words as one: among equal fits the name a misspelt word was meant for comes
    first. Spelt less alike than SPELLED_ALIKE, a name spells it no more than any other."""
    if not strange:
        return 0
    name = fold(casefold(entry.product.name)).replace(" ", "")
    return max(round(likeness) if (likeness := fuzz.partial_ratio(word, name)) >= SPELLED_ALIKE else 0
               for word in strange)


SPELLED_ALIKE = 80  # partial_ratio from which a name spells an unknown word said: two letters in ten off


def said_in_order(entry: Entry, q: Query) -> bool:
    """The name leads with the words asked in the order said ("Turkisk Yoghurt 10%" for "turkisk
    yoghurt"), not in a feed's kind-first order ("Yoghurt Turkisk 10%"): among names of the same words,
    the one a shopper says is the one meant. A word said alone has no order."""
    said = (*q.said_with, q.head_word)
    return len(said) > 1 and tuple(own[0] for own in entry.own[:len(said)]) == said


def led_by_another_word(entry: Entry, said: Collection[str]) -> bool:
    """The name does not start with a word asked: a store names the thing first and its sort after
    ("Kalkon Skivad"), so among equal fits a name led by another word ("Beefsticks Kalkon": beef sticks
    made of turkey, "Estragon Vinäger") is the less likely answer to the bare word."""
    return bool(entry.own) and entry.own[0][0] not in said


def led_by_a_food_unsaid(entry: Entry, rivals: Iterable[Entry], said: Collection[str], lexicon: Lexicon) -> bool:
    """A food's name led by a food nobody said ("Kyckling Gyros Fryst" for "gyros fryst": chicken gyros) while
    a product that fits as well is led by a word said ("Gyros Grillad Fryst"): the food names a sort of the
    goods nobody asked for, and nothing said chose it over the other. A part of a compound said is said
    ("Oliver Kalamata" for "kalamataoliver"); a pet's food by its taste ("Kyckling Kattmat") is no such sort."""
    if entry.department is not None or not led_by_another_word(entry, said):
        return False
    lead = entry.own[0][0]
    return (lexicon.names_food(lead) and not any(lead in word for word in said)
            and any(not led_by_another_word(rival, said) for rival in rivals if rival is not entry))


SORTS_TO_CHOOSE = 2  # other tastes besides the best's that make a bare word's sort a choice
MANY_TASTES = 3  # other tastes that make a sort word of the best's we cannot read one more (see sorts_to_choose)
FOREIGN_LETTERS = 5  # a shorter word unknown to the dictionary may be a code or an abbreviation


def sort_words(entry: Entry, said: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """The name's words that name a sort of the thing asked: not said, and neither the plain sort's
    ("Naturell", "Original"), a description ("Lättsaltade", "Svart"), a label or variant the matcher
    weighs apart ("EKO", "Laktosfri"), a package nor a number."""
    return frozenset(word for word, *_ in entry.own
                     if word not in said and lexicon.spell(word) not in said and len(word) > 2
                     and word.isalpha() and word not in lexicon.plain and word not in lexicon.descriptors
                     and word not in lexicon.packaging and lexicon.attribute_of(word) is None)


def led_by_another_line(entry: Entry, said: Collection[str], lexicon: Lexicon) -> bool:
    """The name writes the line's word said only after words of another language that name a line of their
    own within it: "B Ready Nutella 6p" (wafer bars). Not a kind, food or flavour the lexicon knows before it
    ("Glass 88an" is the line's ice cream), nor a name the line's word leads ("Picanha Irland"). `said`: the
    words said, folded as written and as stems."""
    words = [fold(casefold(w)) for w in tokens(entry.product.name)]
    at = next((i for i, word in enumerate(words) if word in said or stem(word) in said), 0)
    before = [word for word in words[:at] if len(word) > 2]
    return bool(before) and all(foreign(word, lexicon) and stem(word) not in lexicon.kinds_and_foods
                                and not lexicon.flavour(stem(word)) for word in before)


def only_a_sub_line(line: Collection[Entry], said: Collection[str], lexicon: Lexicon) -> bool:
    """A line's own name said alone ("nutella") where every product named by it is led by a line of its
    own in another language ("B Ready Nutella 6p", wafer bars): the store lacks the line's standard
    product (a "Nutella" jar), and staff ask whether the other line is meant. A product the line's name
    leads, alone or with more words ("Nutella", "Nutella 350g"), is it."""
    return bool(line) and all(led_by_another_line(entry, said, lexicon) for entry in line)


def sold_fresh(word: str, named: Iterable[Entry]) -> bool:
    """The store sells the word's thing as fresh produce (`named`: the products whose name says the
    word): "Champinjoner Klass1", "Fikon Klass1". A name adding such a word tells its taste."""
    return any(e.fresh and e.own and e.own[0][0] == word for e in named)


def foreign(written: str, lexicon: Lexicon) -> bool:
    """A word of another language than Swedish ("Carbonara", "Satay", "Hoisin"), as dishes and styles
    are named: neither the dictionary's, in any of its forms ("Enkla" of "enkel", a genitive
    "Bondens"), nor two of its words compounded ("Stjärnboll"), nor the lexicon's."""
    folded = fold(casefold(written))
    if len(folded) < FOREIGN_LETTERS or not folded.isalpha() or lexicon.knows(stem(casefold(written))):
        return False
    words = folded_dictionary()
    return bool(words) and not _swedish(folded, words) and not any(
        _swedish(folded[:i], words) and _swedish(folded[i:], words) for i in range(3, len(folded) - 2))


def _swedish(folded: str, words: frozenset[str]) -> bool:
    """A (folded) dictionary word in one of its forms: inflected, as a genitive, or an adjective
    that drops its last vowel ("enkla" of "enkel", "vackra" of "vacker")."""
    return bool(lemmas(folded, words) or (folded.endswith("s") and lemmas(folded[:-1], words))
                or (folded.endswith(("la", "na", "ra")) and folded[:-2] + "e" + folded[-2] in words))


def tastes(entry: Entry, said: Collection[str], lexicon: Lexicon, sold: Callable[[str], bool]) -> frozenset[str]:
    """The name's sort words that make it another taste or dish than the bare thing asked: a flavour
    ("Saft Jordgubb"), a food the lexicon knows ("Couscous Kyckling"), produce the store sells fresh
    ("Soppa Champinjon", "Marmelad Fikon"; `sold`) or a foreign word, as dishes and styles are named
    ("Pasta Carbonara", "Satay Sås")."""
    sorts = sort_words(entry, said, lexicon)
    if not sorts:
        return frozenset()
    written = {stem(casefold(word)): word for word in content_words(entry.product.name)}
    return frozenset(word for word, _, *parts in entry.own if word in sorts and (
        any(lexicon.flavour(w) or lexicon.names_food(w) or sold(w) for w in (word, *parts))
        or (not parts and foreign(written.get(word, ""), lexicon))))


def _listing(entry: Entry) -> tuple[str, str]:
    """One brand's product by its name, each size alike ("Sill Lök" of one brand in 220 g and 550 g is
    one sort of herring, no sort two products share); a feed stating no brand tells none apart by name
    (two "Hummus Original" there may be two makers')."""
    brand = entry.product.brand
    return (casefold(entry.product.name), casefold(brand)) if brand else (entry.product.id, "")


def a_flavour_chosen_by_order(best: Entry, tied: Iterable[Entry], plain: Iterable[Entry], said: Collection[str],
                              lexicon: Lexicon, every_sort_a_taste: bool = False) -> bool:
    """The best product is of a flavour nobody said while another that fits exactly as well is of another,
    and the store sells the thing said without a flavour too ("moomin kex": "Moominkex Banan" beside
    "Moominkex Jordgubb" and the plain "Moomin Kexfigurer"): only the order of equal fits chose a flavour
    over another and over the plain thing, so staff confirm it. `plain`: products naming the line said and the
    kind.
    One brand's product in another size is no other flavour; a word the lexicon knows as no flavour (a
    coffee's roast, a blend's name) is no such choice, nor what a flavour said is mixed with ("smoothie
    mango": "Mango/Apelsin" or "Mango & Passion" is the mango asked); where every product of the kind has a
    flavour ("Wienerbröd Vanilj", "Wienerbröd Hallon") one of them is what the word means. Where the taste is
    the whole choice (`every_sort_a_taste`: the lexicon's `tastes_matter`, "te") every sort word is a taste,
    known to the lexicon or not, and a label is no taste: "grönt te" among "Grönt Te Jasmin", "Te Grönt Energi"
    and the plain "Te Grönt EKO Fairtrade"."""
    if any(lexicon.flavour(word) for word in said):
        return False
    tastes = (lambda entry: sort_words(entry, said, lexicon)) if every_sort_a_taste else (
        lambda entry: flavours(entry, said, lexicon))
    mine = tastes(best)
    return (bool(mine) and any(_listing(entry) != _listing(best) and (theirs := tastes(entry))
                               and theirs != mine for entry in tied)
            and any(not tastes(entry) and (every_sort_a_taste or not entry.attributes) for entry in plain))


def flavours(entry: Entry, said: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """The name's sort words, not said, that are or name a flavour the lexicon knows ("Saft Jordgubb")."""
    sorts = sort_words(entry, said, lexicon)
    return frozenset(word for word, _, *parts in entry.own
                     if word in sorts and any(lexicon.flavour(w) for w in (word, *parts)))


def sorts_to_choose(best: Entry, rivals: Iterable[Entry], said: Collection[str], lexicon: Lexicon,
                    sold: Callable[[str], bool], every_sort_a_taste: bool = False,
                    to_choose: int = SORTS_TO_CHOOSE) -> bool:
    """A bare word whose best product is one taste or dish among others the store sells alike: "sås"
    where "Satay Sås", "Hoisin Sås", "Thai Sriracha Sås" fit as well, "pasta" among "Pasta Carbonara",
    "Pasta Rigatoni"... Staff confirm which. The sort most of them are ("Pesto Genovese"), a sort
    that is no taste ("Husman Knäckebröd", "Fläskkarré Benfri i Bit"), or a kind whose other sorts are
    plain or no tastes ("Quinoa Tricolore" beside "Quinoa Röd") is no such choice. A sort word of the
    best's that reads as no taste ("Saft Mojito", "Ölkorv Jambalaya": a dictionary word, no flavour the
    lexicon knows) is one more where the store names most of the kind by many tastes alike ("Saft
    Jordgubb", "Saft Apelsin", "Saft Tropical Fruits"...): a known flavour costs a name more than an
    unknown word does, so the best of such a kind is the very taste we cannot read. Where the taste is
    the whole choice (`every_sort_a_taste`: the lexicon's `tastes_matter`, "glass") every sort is one,
    read or not: "Polka Glass" beside "Rainbow Glass" and "Mixbox Glass" is a choice as well. `to_choose`:
    the other tastes that make the choice (one, among rivals that fit exactly as well as the best)."""
    mine = sort_words(best, said, lexicon)
    if not mine:
        return False
    read = every_sort_a_taste or bool(tastes(best, said, lexicon, sold))
    # one brand's product in another size is no second product of its sort
    listed = {_listing(best)}
    sorts_of = [(entry, sort_words(entry, said, lexicon)) for entry in rivals
                if _listing(entry) not in listed and not listed.add(_listing(entry))]
    # the best's sort counts itself where the taste is not the whole choice ("Hummus Original" of two makers
    # is the usual one); an organic or other variant of a sort is that sort again, no sign of the store's
    # usual one ("Festis Päron EKO" makes "Festis Päron" no commoner than "Festis Hallon")
    counted = sorts_of if every_sort_a_taste else [(best, mine), *sorts_of]
    sorts = Counter(words for entry, words in counted if entry.attributes <= best.attributes)
    # a sort written with more words ("Pesto Genovese Alla ...") is that sort again
    held = {words: sum(n for other, n in sorts.items() if words <= other) for words in sorts}
    others = max((n for words, n in held.items() if not (words <= mine or mine <= words)), default=0)
    if held.get(mine, 0) >= COMMONER * others:
        # the store's commonest sort of the kind, by far, is its usual one ("Pesto Genovese"); one barely
        # commoner than another names none ("Pastasås Arrabbiata" three times beside "Classico" twice), nor do
        # sorts as common as each other ("Festis Päron", "Festis Hallon", "Festis Apelsin")
        return False
    tasted = [words for entry, words in sorts_of
              if words and words != mine and (every_sort_a_taste or tastes(entry, said, lexicon, sold))]
    if read:
        return len(set(tasted)) >= to_choose
    # most of the kind named by a taste: "Knäckebröd Sesam" beside "Delikatess", "Husman", "Mörkt" is no such kind
    return len(set(tasted)) >= MANY_TASTES and 2 * len(tasted) >= len(sorts_of)
