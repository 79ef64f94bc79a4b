"""An in-memory index of one catalog: per-product word features and postings, built once per revision.

A query looks up postings for its head and modifiers (a few hundred products) instead of scanning
the whole catalog; unknown words are corrected against the catalog's vocabulary via character
trigrams, so typos cost a few hundred distance computations, not one per product.
"""

from __future__ import annotations

import bisect
import gc
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from itertools import pairwise
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA

from assistant.catalog.compounds import (
    FALLBACK_PART,
    LINKS,
    MAX_WORD,
    MIN_PART,
    CommonHeads,
    before_a_cut,
    can_head,
    can_start,
    expand_elided,
    expand_suspended,
    said_free,
    split_compound,
)
from assistant.catalog.coverage import ORGANIC, NameWord, name_words, word_class
from assistant.catalog.departments import HOUSEHOLD, all_of_words, animals_named, department, of_category
from assistant.catalog.fits import fit_of
from assistant.catalog.lexicon import ANIMALS, PLANT_BASED, SENIOR, Lexicon, brand_key, key, load_lexicon
from assistant.catalog.normalize import (
    SIZE_LETTERS,
    NameReading,
    casefold,
    content_of,
    content_words,
    first_token,
    fold,
    hyphen_joined,
    letter_first,
    listed_after_kind,
    parse_pack_count,
    parse_percent,
    read_name,
    says_months,
    size_range_of,
    stem,
    tokens,
    without_notes,
)
from assistant.catalog.kinds import animals_of, free_of, last_word, made_for, uses_named
from assistant.catalog.packages import Packing, packing, sized
from assistant.catalog.schema import Product
from assistant.catalog.sections import aged_by_months, kind_of_section
from assistant.catalog.sorts import PRODUCE_CLASS, SIZES_NAMED, series_number, shelf_variants
from assistant.catalog.swedish import folded_dictionary, neuter, same_spelling

# the forms only fresh produce is sold in: a bunch of herbs or radishes, a pot of growing herbs
_FRESH_FORMS = frozenset(stem(word) for word in ("knippe", "knippa", "kruka"))
_CHILD_AGE = re.compile(r"\bfrån \d+ ?(?:mån|år)|\b\d+-\d+ ?år\b", re.IGNORECASE)  # baby food, kids' goods
# a pet's age from seven years on, as pet food writes it: "Fisk&kött Gelé 7+år Kattmat", "Klassisk i Sås 11+"
_SENIOR_AGE = re.compile(r"(?<![\d,.])(?:[7-9]|1\d) ?\+ ?(?:år\b)?", re.IGNORECASE)
_PRODUCE_CATEGORY = frozenset({stem("grönt"), stem("grönsaker")})
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # inside a word: "Coca-cola"
COMMON_HEAD = 5  # products that must say a head before an unknown word may end in it (see split)
MOST_OF_THE_KIND = 0.5  # share of a kind's goods on one shelf for that shelf to be the kind's
FIELDS = ("exact", "heads", "parts", "category", "brand")
VOLUME_UNITS = frozenset({"ml", "cl", "dl", "l"})
WEIGHT_UNITS = frozenset({"g", "hg", "kg"})


def unit_class(unit: str | None) -> str | None:
    if unit in VOLUME_UNITS:
        return "volume"
    if unit in WEIGHT_UNITS:
        return "weight"
    return "piece" if unit == "st" else None


_NOTHING: frozenset[str] = frozenset()  # one empty set for the many entries free of nothing


@dataclass(frozen=True, slots=True)
class Entry:
    """What matching needs to know about one product, as stems (å/ä/ö-folded)."""

    product: Product
    exact: frozenset[str]      # stems of the whole name words ("mellanmjolk")
    heads: frozenset[str]      # stems of the last compound part of each name word ("mjolk")
    parts: frozenset[str]      # stems of the other compound parts ("mellan")
    brand: frozenset[str]      # brand words and the whole brand as one key ("arvidnordquist")
    category: frozenset[str]   # words of the category's last segment ("ost", "smor", "margarin")
    types: frozenset[str]      # the first name word the category confirms as a kind ("marmelad")
    context: frozenset[str]    # every stem of the whole category path
    attributes: frozenset[str]
    size_words: int            # content words in the name (shorter names are plainer products)
    unit: str | None
    fresh: bool                # fresh produce: "Klass 1" on the label or a fruit & vegetables category
    words: frozenset[str]      # every stem the name says: exact | heads | parts
    surface: frozenset[str]    # words and heads as written (folded): "gradde" of "Vispgrädde", not "gräddat"
    flavoured: bool            # the name says a flavour ("Vanilj Kvarg")
    text: str                  # name, brand and category case-folded, with å/ä/ö
    own: tuple[tuple[str, ...], ...] = ()  # per name word: its stem, its head's stem, its other parts' stems
    fillings: frozenset[str] = frozenset()  # kinds of food named after the first word: "Riskakor Ost" tastes of cheese
    department: str | None = None  # a department without food ("tobak", "djur", "hem"...), None for food
    department_stated: bool = False  # the grocer's category says it (else read from the name: weaker)
    linking: frozenset[str] = frozenset()  # stems said only with a linking s before another word ("Honungs Pomelo")
    shelf: str = ""            # the product's category path, interned: read for every candidate of a query
    shelf_variants: frozenset[str] = frozenset()  # diet sorts its shelf names ("Vegetariskt"), see sorts
    listed: frozenset[str] = frozenset()  # stems listed after the leading word: "Rågbitar Solros- och Pumpafrön"
    # sorts the shop's own tags state ("vegansk" on a rye bread, "vegetarisk" on a milk chocolate): the
    # product suits a request or a diet asking them, but they make no special sort, as a tag states
    # what plain goods are too (the name's sorts are `attributes`, the shelf's `shelf_variants`)
    tagged: frozenset[str] = frozenset()
    joint: frozenset[str] = frozenset()  # see _Shelf.joint: context words that say nothing of the product
    # the `own` of the name's first word that is no descriptor ("Svenska"): what the name leads with,
    # read for every candidate of a bare word asked (kinds.leads_with, kinds.led_by_another_thing)
    leading: tuple[str, ...] | None = None
    # what the name says it is for ("för Espresso Maskin"), and the same read as a purpose asked is ("till
    # Kaffet": "kaff"): read at build, as the index gathers every name's purposes (`CatalogIndex.purposes`)
    made_for: frozenset[str] = frozenset()
    uses: frozenset[str] = frozenset()
    # the shared context of the facts below, worked out on first read (see `Late`); None outside an index
    late: Late | None = field(default=None, repr=False, compare=False)
    # the sorts the product is, by its name or by its shelf: a sausage on "Vegetariskt" is vegetarian
    sorts_named: frozenset[str] = field(init=False)
    suits: frozenset[str] = field(init=False)  # sorts_named | tagged: what a sort asked or a diet accepts
    # Read only by scoring, so worked out when first read (`_LateFact`), not at build: a query scores a
    # few dozen products of a catalog's thousands. Each once per entry, as before for every candidate.
    # The product with the size its name states when the feed states none (packages.sized): read for
    # every candidate scored with an amount
    sized: Product = field(init=False)
    # what the name writes, read for every candidate scored or ranked: its percentage ("Mellanmjölk
    # 1,5%"), its multipack ("6x33cl"), how it is sold (packages.packing: its kind's usual packages, a
    # part of a piece, cut small), what it says the product is free of ("Köttfria") and its last word
    # (kinds.last_word: "Kamomill Te" ends in a tea)
    percent: float | None = field(init=False)
    pack_count: int | None = field(init=False)
    size_range: tuple[int, int] | None = field(init=False)  # "Strumpbyxa 40-44": sizes, not an amount
    packing: Packing = field(init=False)
    free_of: frozenset[str] = field(init=False)
    last_word: tuple[str, ...] = field(init=False)
    series: tuple[str, int] | None = field(init=False)  # sorts.series_number: "NAN Pro 2" of a numbered series
    fit: str | None = field(init=False)  # fits.fit_of: the size it fits ("Batterier Aa", "Gummihandske Medium")
    # what coverage.extra_words reads of the name's words and of the brand that depends on the product alone
    # (its shelf's brands and words included, so read once the index holds every entry: `Late`)
    name_words: tuple[NameWord, ...] = field(init=False)
    variant_brand: frozenset[str] = field(init=False)  # brand words naming a variant ("Oatly")
    # on a feed without categories, the kind named by the food section its name is sold under where catalogs
    # have them ("Mozzarella": "ost"), as a shelf would name it (kinds.shelf_names_the_kind)
    section_kind: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:  # derived here so that `replace` never leaves them stale
        set_ = object.__setattr__
        set_(self, "sorts_named", self.attributes | self.shelf_variants if self.shelf_variants else self.attributes)
        set_(self, "suits", self.sorts_named | self.tagged if self.tagged else self.sorts_named)

    def _read_written(self) -> None:
        """What the name writes (`sized` to `fit` above), read from the name as the build read it."""
        set_, late, name = object.__setattr__, self.late, self.product.name
        read = read_name(late.whole.get(name, name) if late else name)
        facts = name_facts(name, read)
        if facts.percent is None and late is not None:  # "Mellanmjölk": the sort's fat, though no "1,5%" is written
            graded = [fat for word, fat in late.lexicon.fat_grades.items() if word in self.exact]
            facts = facts._replace(percent=graded[0] if len(graded) == 1 else None)
        set_(self, "sized", sized(self.product))
        set_(self, "packing", packing(self.sized, read.main_words))
        set_(self, "free_of", free_of(self.own) or _NOTHING)
        for fact, value in zip(NameFacts._fields, facts):
            set_(self, fact, value)

    def _read_name_words(self) -> None:
        """`name_words` and `variant_brand` (none outside an index: no shelf's brands are known there)."""
        set_, late = object.__setattr__, self.late
        if late is None:
            set_(self, "name_words", ())
            set_(self, "variant_brand", _NOTHING)
            return
        set_(self, "name_words", late.share(name_words(self, late.lexicon, late.classes, late.sort_brands,
                                                       late.share)))
        set_(self, "variant_brand", self.brand & late.lexicon.variants or _NOTHING)

    def _read_section(self) -> None:
        """`section_kind`: none where the grocer's category or a department without food says the kind."""
        late = self.late
        object.__setattr__(self, "section_kind", _NOTHING if self.product.category or self.department
                           or late is None else kind_of_section(self.product.name, late.lexicon))


class _LateFact:
    """An `Entry` slot worked out on its first read, by the entry's method that sets it (with the facts read
    alike); later reads find it set. Requests are matched in threads sharing the index: two reading it at
    once both work it out alike and store equal values, which is harmless. A descriptor per such slot, not
    `__getattr__`, which would slow every read of every field of an entry (CPython then specialises none)."""

    __slots__ = ("slot", "read")

    def __init__(self, slot: Any, read: Callable[[Entry], None]) -> None:
        self.slot = slot  # the slot's own descriptor: reading it works nothing out (see memory_bytes)
        self.read = read

    def __get__(self, entry: Entry | None, owner: type | None = None) -> Any:
        if entry is None:
            return self
        try:
            return self.slot.__get__(entry)
        except AttributeError:
            self.read(entry)
            return self.slot.__get__(entry)

    def __set__(self, entry: Entry, value: Any) -> None:
        self.slot.__set__(entry, value)


_LATE_FACTS: dict[str, Callable[[Entry], None]] = {
    **dict.fromkeys(("sized", "packing", "free_of", "percent", "pack_count", "size_range", "last_word", "series",
                     "fit"), Entry._read_written),
    **dict.fromkeys(("name_words", "variant_brand"), Entry._read_name_words),
    "section_kind": Entry._read_section}
for _name, _read in _LATE_FACTS.items():
    setattr(Entry, _name, _LateFact(getattr(Entry, _name), _read))


class NameFacts(NamedTuple):
    """What a product's name writes that `Entry` holds (see there), read of the name alone: a catalog of
    several grocers names many products alike, but a query scores few of them: each entry reads its own
    (`Entry._read_written`)."""

    percent: float | None
    pack_count: int | None
    size_range: tuple[int, int] | None
    last_word: tuple[str, ...]
    series: tuple[str, int] | None
    fit: str | None


def name_facts(name: str, read: NameReading) -> NameFacts:
    """`NameFacts` of a name; `read`: the name read (read_name)."""
    size_range = size_range_of(read.tokens)
    series = series_number(name)  # read for the best and its rivals (sorts.numbered_sibling)
    return NameFacts(parse_percent(name), parse_pack_count(name), size_range, last_word(read.words), series,
                     fit_of(read.tokens, read.words, size_range, series[1] if series else None))


class Late:
    """What an index's entries read to work out their facts on first use (`_LateFact`), one per
    index: the lexicon, the names as the build read them, and what the index gathers of every entry."""

    def __init__(self, lexicon: Lexicon, whole: dict[str, str]) -> None:
        self.lexicon = lexicon
        self.whole = whole  # a name by the name it was read as where they differ (see whole_names)
        self.classes: dict[str, tuple[str | None, bool, bool]] = {}  # CatalogIndex.word_classes
        self.sort_brands: frozenset[tuple[str, str]] = frozenset()  # CatalogIndex.sort_brands
        self._pool: dict[Any, Any] = {}  # one object per distinct reading: many products say the same words alike

    def share(self, reading: Any) -> Any:
        return self._pool.setdefault(reading, reading)

    def memory(self) -> dict[Any, Any]:
        """What it holds of its own, for `CatalogIndex.memory_bytes`."""
        return self._pool


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an index is built: the build makes about a million objects
    that live as long as the index, and the collector's passes over them as they pile up cost a tenth of
    the build, finding nothing (they form no cycles). Process-wide for those seconds; a build in another
    thread that ends first may start it again, which costs only the time."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def _trigrams(word: str) -> set[str]:
    padded = f"#{word}#"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class CatalogIndex:
    """Build with `CatalogIndex.build(products)`; immutable afterwards (rebuild on a new revision)."""

    def __init__(self, entries: list[Entry], postings: dict[str, dict[str, frozenset[int]]],
                 vocabulary: frozenset[str], heads: CommonHeads, frequency: Counter[str],
                 trigrams: dict[str, tuple[str, ...]], lexicon: Lexicon, late: Late) -> None:
        self.entries = entries
        self.heads = heads
        self.postings = postings  # field ("exact", "heads", "parts", "category", "brand") → stem → products
        self.vocabulary = vocabulary
        self.frequency = frequency
        self.trigrams = trigrams
        self.lexicon = lexicon
        self.by_id = {e.product.id: i for i, e in enumerate(entries)}
        self.surface_forms = _surface_forms(entries)
        self.reversed_words = sorted(k[::-1] for k in postings["exact"])  # for `ending_with`
        self.sorted_words = sorted(postings["exact"])  # for `starting_with`
        self.liquid_categories = _liquid_categories(entries)
        # stem → the forms of another word stemmed alike (`Lexicon.stems_apart`), for `led_by`
        self.apart = {stem(word): tuple(forms) for word, forms in lexicon.stems_apart.items()}
        self.leading = _leading(entries, self.apart, lexicon.spell)
        # every name's first word as written (folded): the goods or the brand a name is sold by, which a
        # typo of a word searched alone is likelier to mean than a describing word inside names (see `correct`)
        self.lead_words = frozenset(fold(first_token(e.text)) for e in entries)
        # words sold as a product of their own ("Chorizo", "Chorizo 5-p"): kinds of goods the lexicon
        # may not know, which a name leading with one is (kinds.led_by_another_thing)
        self.named_alone = frozenset(e.own[0][0] for e in entries if len(e.own) == 1)
        self.word_classes = _word_classes(entries, lexicon)
        self.sort_brands = _sort_brands(entries)
        self.late = late  # what the entries' facts read on first use: the brands naming a sort, from every entry
        late.classes, late.sort_brands = self.word_classes, self.sort_brands
        # what the names say goods are for ("för Espresso Maskin"): words naming what a product serves,
        # not whom ("för Smådjur", "för Barn": who uses it, see kinds.made_for_another), nor a description
        # written after the use ("Solcellsbelysning för Räcke Vit": the lamp's colour serves nothing)
        self.purposes = frozenset(word for e in entries for word in e.made_for
                                  if not word.endswith(tuple(lexicon.for_whom)) and word not in lexicon.descriptors)

    @cached_property
    def lettered(self) -> dict[str, str]:
        """Name words written with å, ä or ö by their spelling without them ("vaniljsas" → "vaniljsås"),
        where one word alone folds so and no name writes the plain spelling itself: a word typed without
        the Swedish letters is read as the names write it, worked out when first asked (the Swedish
        stemmer cuts the plain "vaniljsas" to "vanilj", no sauce)."""
        written: defaultdict[str, set[str]] = defaultdict(set)
        plain: set[str] = set()
        for words in {tuple(tokens(e.text)) for e in self.entries}:
            for word in words:
                if (folded := fold(word)) != word:
                    written[folded].add(word)
                else:
                    plain.add(word)
        return {folded: next(iter(words)) for folded, words in written.items()
                if len(words) == 1 and folded not in plain}

    @cached_property
    def brand_species(self) -> dict[str, frozenset[str]]:
        """Brand → the one animal its goods that name an animal, by name or shelf, all name ("Whiskas": its
        "Junior Chicken Kattmat Torr" says cats), worked out when first asked: a name of the brand that names
        none ("Senior Chicken Torrfoder") is for that animal still (see kinds.for_another_animal)."""
        named: defaultdict[str, set[str]] = defaultdict(set)
        for entry in self.entries:
            if entry.product.brand and (animals := animals_of(entry, self.lexicon)):
                named[entry.product.brand.casefold()].update(animals)
        return {brand: frozenset(animals) for brand, animals in named.items() if len(animals) == 1}

    @cached_property
    def produce(self) -> frozenset[str]:
        """Stems of the words fresh produce leads its names with ("Rödbetor", "Broccoli"), worked
        out when first asked (see kinds.made_of_produce)."""
        return _produce(self.entries)

    @classmethod
    def build(cls, products: Sequence[Product], lexicon: Lexicon | None = None) -> CatalogIndex:
        with _collector_paused():
            return cls._build(products, lexicon or load_lexicon())

    @classmethod
    def _build(cls, products: Sequence[Product], lexicon: Lexicon) -> CatalogIndex:
        read: dict[str, NameReading] = {}  # each distinct name read once, for every rule below

        def reading(name: str) -> NameReading:
            if name not in read:
                read[name] = read_name(name)
            return read[name]

        names = whole_names(products)
        readings = [reading(name) for name in names]
        late = Late(lexicon, {p.name: name for p, name in zip(products, names, strict=True) if name != p.name})
        vocab, heads = _vocabulary(products, readings, lexicon)
        splits: dict[str, tuple[str, ...]] = {}  # one split per distinct word, not per product

        def split(word: str) -> tuple[str, ...]:
            if word not in splits:
                whole = (word,) if stem(word) in lexicon.whole_words else split_compound(word, vocab, heads)
                splits[word] = whole if len(whole) > 1 else cut_of_short_word(word, lexicon.forms, vocab) or whole
            return splits[word]

        leaf_kinds = {c: _leaf_kinds(c, split) for c in {p.category for p in products}}
        all_kinds = frozenset().union(lexicon.kinds, *leaf_kinds.values()
                                      ) - lexicon.descriptors - lexicon.forms - lexicon.packaging
        pool: dict[frozenset[str], frozenset[str]] = {}

        def share(words: Iterable[str]) -> frozenset[str]:
            key = frozenset(words)
            return pool.setdefault(key, key)

        def written_whole(word: str) -> bool:  # some product writes it as one word
            return fold(word) in vocab

        shelves = {c: _shelf(c, kinds, lexicon, share) for c, kinds in leaf_kinds.items()}
        words = _Words(split, lexicon)
        entries = _bare_produce([_entry(p, reading, words, lexicon, all_kinds, share, written_whole, shelves[p.category],
                                        late)
                                 for p, reading in zip(products, readings, strict=True)], lexicon)
        postings: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in FIELDS}
        frequency: Counter[str] = Counter()
        for i, e in enumerate(entries):
            frequency.update(e.words | e.brand)
            for f in FIELDS:
                for k in getattr(e, f):
                    postings[f][k].append(i)
        # parts and heads seen only inside compounds ("makrill" of "Makrillfilé") are words too
        vocab = vocab | {k for f in ("heads", "parts") for k in postings[f] if len(k) >= FALLBACK_PART}
        grams: dict[str, list[str]] = defaultdict(list)
        for word in vocab:
            if word.isalpha() and len(word) >= 4:
                for gram in _trigrams(word):
                    grams[gram].append(word)
        return cls(entries, {f: {k: frozenset(v) for k, v in by_key.items()} for f, by_key in postings.items()},
                   vocab, heads, frequency, {k: tuple(v) for k, v in grams.items()}, lexicon, late)

    def __len__(self) -> int:
        return len(self.entries)

    def split(self, word: str) -> tuple[str, ...]:
        """The compound parts of a requested word, split the way product names are."""
        return self._splits(word)

    @cached_property
    def _splits(self) -> Callable[[str], tuple[str, ...]]:
        """`split`, each word once per index: reading a request splits its words several times."""
        return lru_cache(maxsize=1 << 14)(self._split)

    def _split(self, word: str) -> tuple[str, ...]:
        if stem(word) in self.lexicon.whole_words:
            return (casefold(word),)  # "pålägg": no "pål" + "ägg"
        parts = split_compound(word, self.vocabulary, self.heads)
        if len(parts) == 1 and not self.known(word):
            parts = self._common_head(casefold(word)) or parts
        return parts

    @cached_property
    def split_by_vocabulary(self) -> Callable[[str], tuple[str, ...]]:
        """`split_compound` of a word by the vocabulary alone (no common heads), each word once per index:
        the words said besides the head are split so for every query (coverage.Coverage)."""
        return lru_cache(maxsize=1 << 14)(partial(split_compound, vocabulary=self.vocabulary))

    def said_apart(self, word: str) -> tuple[str, str] | None:
        """A compound the catalog also writes as two words, often the kind first: "rödlök" as "Lök
        Röd", "körsbärstomater" as "Tomater Körsbär". Short first parts count here ("röd"), since
        products saying both words confirm the reading."""
        word = casefold(word)
        if len(word) > MAX_WORD:
            return None
        for start in range(MIN_PART, len(word) - MIN_PART + 1):
            first, last = word[:start], word[start:]
            if not can_start(last):
                continue
            linked = (first[:-1],) if first.endswith(LINKS) and len(first) > MIN_PART else ()
            for modifier in (first, *linked):
                both = self.posting("exact", stem(modifier)) & self.posting("exact", stem(last))
                # as written: "Potatis Mjölig" is no "potatismjöl"; an adjective first part may agree with a
                # neuter noun ("rödvin" as "Rött Vin")
                firsts = {fold(modifier), fold(neuter(modifier))}
                if any(fold(last) in (surface := self.entries[i].surface) and not firsts.isdisjoint(surface)
                       for i in both):
                    return modifier, last
        return self.said_before_a_compound(word)

    def said_before_a_compound(self, word: str) -> tuple[str, str] | None:
        """A compound the catalog writes as its first part, a word of its own, before a compound of the
        last: "ledlampa" as "Led Klotlampa", "Led Kronlampa", where no name says "ledlampa" or "lampa"
        alone. The last part must end two names or more, so a lone name is no kind."""
        for start in range(MIN_PART, len(word) - MIN_PART + 1):
            first, last = word[:start], word[start:]
            if not can_start(last) or not self.posting("exact", stem(first)):
                continue
            folded, ends = fold(first), fold(last)
            written = [i for i in self.posting("exact", stem(first)) & self.ending_with(stem(last))
                       if folded in (surface := self.entries[i].surface)
                       and any(w.endswith(ends) and w != folded for w in surface)]
            if len(written) >= 2:
                return first, last
        return None

    def _common_head(self, word: str) -> tuple[str, str] | None:
        """An unknown word ending in a head many products have ("mes" + "ost"): a compound with an
        unknown modifier, which asks staff, rather than a typo of some other word ("mexost"). A short
        head must be a Swedish word (`can_head`): "kamusslor" is a typo of "kammusslor", no "lor"."""
        if len(word) > MAX_WORD:
            return None
        for start in range(MIN_PART, len(word) - MIN_PART + 1):
            if self.frequency.get(stem(word[start:]), 0) >= COMMON_HEAD and can_head(word[start:]):
                return word[:start], word[start:]
        return None

    def forms_of(self, word_stem: str) -> frozenset[str]:
        """The name words, as written (folded), of a stem: "gradde", "graddat" of "gradd" (see kinds.another_word)."""
        return self.surface_forms.get(word_stem, _NOTHING)

    def led_by(self, word: str) -> int:
        """How many products lead their name with the word said, as its stem ("Sopsäck Knyt 125l" for
        "sopsäckar"): the store sells them by it. Of a word the stemmer cuts alike with another that names
        other goods, only the names led by the very word said: "Fileer" (fillets) are none of "fil"."""
        said = self.lexicon.spell(casefold(word))
        lead = stem(said)
        forms = self.apart.get(lead)
        return self.leading.get(forms[0] if forms and fold(said).startswith(forms) else lead, 0)

    def known(self, word: str) -> bool:
        return len(word) <= MAX_WORD and (fold(word) in self.vocabulary or stem(word) in self.vocabulary)

    def posting(self, field: str, *keys: str) -> frozenset[int]:
        """Products whose `field` has any of the keys."""
        by_key = self.postings[field]
        if len(keys) == 1:
            return by_key.get(keys[0], frozenset())
        return frozenset().union(*(by_key.get(k, ()) for k in keys))

    def named_by(self, word_stem: str) -> frozenset[int]:
        """Products a word names: written as a word of the name or as a compound's head ("Tandkräm",
        "Barntandkräm" for "tandkram"), the goods of that kind."""
        return self.posting("exact", word_stem) | self.posting("heads", word_stem)

    def said_by_name_or_brand(self, word_stem: str) -> frozenset[int]:
        """Products whose name writes the word (a stem) or whose brand is it: "Elvital" of "Schampo Color-Vive
        Elvital" and of a brand field alike."""
        return self.posting("exact", word_stem) | self.posting("brand", word_stem)

    def goods_saying(self, kind: str) -> list[Entry]:
        """The products whose names say the kind (a stem), written as a word or ending a compound."""
        found = self.posting("exact", kind) | self.posting("heads", kind) | self.ending_with(kind)
        return [self.entries[i] for i in found]

    def shelf_of_the_kind(self, kind: str) -> str | None:
        """The shelf most of the goods whose names say the kind stand on, the kind said written as a word or
        ending a compound: "Digestivekex", "Mariekex" and "Ostkex" on "Bröd & kakor" make a "Dinosaurus"
        there the "kex" of "dinosaurus kex", though the shelf's name says cakes. None on a feed of bare names
        or where the kind's goods stand on many shelves."""
        shelves = Counter(entry.shelf for entry in self.goods_saying(kind))
        shelf, n = shelves.most_common(1)[0] if shelves else ("", 0)
        return shelf if shelf and n > MOST_OF_THE_KIND * shelves.total() else None

    def ending_with(self, tail: str) -> frozenset[int]:
        """Products with a name word that ends in `tail` ("Disktabletter" for "tablet"), found by
        bisecting the reversed words: compounds whose head the splitter did not see. A single letter
        before the tail is no first part ("Rättika" is no compound of "ättika", see `ends_compound`), nor
        is it where the splitter read a head one letter longer: "Kylklamp" is a "kyl" + "klamp", no "lamp"."""
        return self._endings(tail)

    @cached_property
    def _endings(self) -> Callable[[str], frozenset[int]]:
        """`ending_with`, each tail once per index: a request asks it of its words several times."""
        return lru_cache(maxsize=1 << 10)(self._ending_with)

    def _ending_with(self, tail: str) -> frozenset[int]:
        rev = tail[::-1]
        start = bisect.bisect_left(self.reversed_words, rev)
        end = bisect.bisect_left(self.reversed_words, rev + "\uffff")
        found = self.posting("exact", *(w[::-1] for w in self.reversed_words[start:end] if len(w) != len(tail) + 1))
        return frozenset(i for i in found if not _one_letter_longer(self.entries[i].heads, tail))

    def starting_with(self, first: str) -> frozenset[int]:
        """Products with a name word that begins with `first` and goes on for a part of its own
        ("Kakaopulver" for "kakao"): compounds whose first part the splitter did not see."""
        return self.posting("exact", *self.words_starting_with(first))

    def words_starting_with(self, first: str) -> list[str]:
        """The name words (stems) of `starting_with`."""
        start = bisect.bisect_left(self.sorted_words, first)
        end = bisect.bisect_left(self.sorted_words, first + "\uffff")
        return [word for word in self.sorted_words[start:end] if len(word) >= len(first) + MIN_PART]

    def candidates(self, keys: Iterable[str]) -> set[int]:
        """Products that say any of the keys anywhere (name, brand or category)."""
        keys = tuple(keys)
        return set().union(*(self.posting(f, *keys) for f in FIELDS)) if keys else set()

    def correct(self, word: str, limit: int | None = None, min_products: int = 0,
                beside: Collection[str] = ()) -> str | None:
        """The catalog word a typo meant ("mjök" → "mjolk", "potaits" → "potatis"), or None.

        Guarded: words under four letters (or longer than any compound) are never corrected, the first letter must agree, one edit
        up to seven letters, two from eight (or `limit`); ties go to a mere respelling ("pomac" →
        "pommac", not "pamac"), then to a word some name leads with, the goods or brand it is sold by
        ("frostis" → "Frosties", not the hair colour's "Frostig"), then to the word more products use. The
        word read must be in `min_products` products, else none is: a rarer word read better is no reason
        to take a commoner one read worse. Before all but the distance and a mere respelling, to a word some
        name writes beside one of the words said with it (`beside`, catalog words): "sambal olek" is the
        "Sambal Oelek", not the "oblek" of "Kaffefilter Oblekta", though more names write that.
        """
        near = [self.posting("exact", stem(w)) for w in beside]
        word = fold(casefold(word))
        if not 4 <= len(word) <= MAX_WORD:
            return None
        limit = min(limit or 2, 1 if len(word) < 8 else 2)
        seen: set[str] = set()
        best: tuple[int, bool, bool, bool, int, str] | None = None
        for gram in _trigrams(word):
            for cand in self.trigrams.get(gram, ()):
                if cand in seen or cand[0] != word[0] or abs(len(cand) - len(word)) > limit:
                    continue
                seen.add(cand)
                dist = OSA.distance(word, cand, score_cutoff=limit)
                if dist > limit:
                    continue
                used = self.frequency.get(stem(cand), 0)
                with_said = any(self.posting("exact", stem(cand)) & said for said in near)
                rank = (dist, not same_spelling(word, cand), not with_said, cand not in self.lead_words, -used, cand)
                if best is None or rank < best:
                    best = rank
        return best[-1] if best and -best[-2] >= min_products else None

    def memory_bytes(self) -> int:
        """Deep size of the index structures (not the Product objects, which the caller owns), with the
        entries' facts worked out so far (`_LateFact`): measuring works none out."""
        seen: set[int] = set()
        slots = [getattr(slot, "slot", slot) for f in Entry.__slots__ if f != "late"  # the lexicon is no part
                 for slot in [getattr(Entry, f)]]

        def facts(entry: Entry) -> Iterator[object]:
            for slot in slots:
                try:
                    yield slot.__get__(entry)  # the slot itself: an unset one raises, never works a fact out
                except AttributeError:
                    pass

        def size(obj: object) -> int:
            if id(obj) in seen or isinstance(obj, Product):
                return 0
            seen.add(id(obj))
            total = sys.getsizeof(obj)
            if isinstance(obj, dict):
                total += sum(size(k) + size(v) for k, v in obj.items())
            elif isinstance(obj, (list, tuple, set, frozenset)):
                total += sum(size(v) for v in obj)
            elif isinstance(obj, Entry):
                total += sum(size(fact) for fact in facts(obj))
            return total

        return sum(size(v) for v in (self.entries, self.postings, self.vocabulary, self.heads.surfaces, self.lead_words,
                                     self.heads.stems, self.frequency, self.trigrams, self.by_id, self.word_classes,
                                     self.surface_forms, self.late.memory()))


def _surface_forms(entries: list[Entry]) -> dict[str, frozenset[str]]:
    """Every name word as written (`Entry.surface`) by its stem, so that a query finds a product's
    words of its head's stem by one set intersection rather than stemming each word of each candidate."""
    forms: defaultdict[str, set[str]] = defaultdict(set)
    for surface in {id(e.surface): e.surface for e in entries}.values():
        for word in surface:
            forms[stem(word)].add(word)
    return {word_stem: frozenset(words) for word_stem, words in forms.items()}


def _word_classes(entries: list[Entry], lexicon: Lexicon) -> dict[str, tuple[str | None, bool, bool]]:
    """`coverage.word_class` of every name word, worked out once rather than for every product scored."""
    classes: dict[tuple[str | None, bool, bool], tuple[str | None, bool, bool]] = {}
    words = {own[0] for e in entries for own in e.own}
    return {w: classes.setdefault(c, c) for w in words if (c := word_class(w, lexicon))}


def _leading(entries: list[Entry], apart: Mapping[str, tuple[str, ...]], spell: Callable[[str], str]
             ) -> Counter[str]:
    """Stem → how many products lead their name with that word and name it by it (see `led_by`). An
    entry's text starts with its case-folded name, so its first token is the name's. A name led by a word
    the stemmer cuts alike with another that names other goods (`apart`, see `led_by`) counts under that
    word's own first form: "Fileer" (fillets) lead no name of "fil" (soured milk). A word is counted in the
    lexicon's spelling, as the name's words are read ("Krutonger" leads names of "croutons")."""
    leading: Counter[str] = Counter()
    for e in entries:
        first = spell(first_token(e.text))
        lead = stem(first)
        if lead in e.exact:
            forms = apart.get(lead)
            leading[forms[0] if forms and fold(first).startswith(forms) else lead] += 1
    return leading


def _sort_brands(entries: list[Entry]) -> frozenset[tuple[str, str]]:
    """(brand word, shelf) pairs where the brand's word also names the kind on the shelf: another
    brand's product there is named by it ("Västerbotten 33% Mittbit" by Norrmejerier), so
    "Västerbotten Riven Ost" by Västerbottens names a sort of cheese, not only who made it. Products
    without a brand (a names-only feed) are no evidence."""
    named = {(e.own[0][0], e.shelf) for e in entries if e.brand and e.own and e.own[0][0] not in e.brand}
    return frozenset((word, e.shelf) for e in entries for word in e.brand if (word, e.shelf) in named)


def _liquid_categories(entries: list[Entry]) -> frozenset[str]:
    """Categories where at least a quarter of the products are sold by volume ("Filmjölk och
    yoghurt"): there a kilo pack answers a request in litres. A product without a category is no
    evidence: in a names-only feed that "category" would be the whole store."""
    volume: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for e in entries:
        if not e.product.category:
            continue
        total[e.product.category] += 1
        volume[e.product.category] += e.unit in VOLUME_UNITS
    return frozenset(c for c, n in total.items() if volume[c] * 4 >= n)


def whole_names(products: Sequence[Product]) -> list[str]:
    """The names with the word a feed cut at its length limit written whole: a feed whose longest names
    all stop at one length (the 2020 grocers' 45 letters) cuts them there, so a last word that ends such a
    name and begins another word the catalog writes, or that word's end as its compound's head, is that
    word ("Hygienisk Mot Dålig Lukt Tvättmaskinsrengörin": "Tvättmaskinsrengöring", as "Ugn Rengöring" writes
    the head; "... Tonfisk Kattma": "Kattmat"). A feed with no such limit is read as written."""
    names = [p.name for p in products]
    lengths = Counter(map(len, names))
    limit = max(lengths, default=0)
    if lengths[limit] < MIN_CUT or lengths[limit] < CUT_SHARE * lengths[limit - 1]:
        return names
    # the words of names shorter than the limit: those at it may end in a cut word themselves
    words = sorted({fold(casefold(w)) for name in names if len(name) < limit
                    for w in _LETTERS.findall(name) if len(w) >= MIN_CUT_WORD})
    return [_written_whole(name, words) if len(name) == limit else name for name in names]


def _written_whole(name: str, words: Sequence[str]) -> str:
    """The name with its cut last word completed by the shortest catalog word one of its ends begins
    (`words`: sorted, folded); a last word the catalog writes whole elsewhere is no cut one."""
    last = _LETTERS.findall(name)[-1] if _LETTERS.search(name) else ""
    if not name.endswith(last) or len(last) < MIN_CUT_WORD:
        return name
    folded = fold(casefold(last))
    if (i := bisect.bisect_left(words, folded)) < len(words) and words[i] == folded:
        return name  # a word written whole elsewhere ("... Torrfoder Katt")
    for start in range(len(folded) - MIN_CUT_WORD + 1):
        end = folded[start:]
        i = bisect.bisect_left(words, end)
        longer = [w for w in words[i:i + 50] if w.startswith(end) and 0 < len(w) - len(end) <= MAX_CUT]
        if longer:
            return name + min(longer, key=len)[len(end):]
    return name


_LETTERS = re.compile(r"[^\W\d_]+")
MIN_CUT = 5          # names at the longest length there must be for a feed to have cut them
CUT_SHARE = 2        # ... and more than twice as many as one letter shorter
MIN_CUT_WORD = 4     # letters of a cut word's end that find the word it begins
MAX_CUT = 3          # letters a cut word may have lost


def _plus_said(brand: str) -> str:
    """A brand writing a plus sign as said, one word ("A+": "aplus", the parser's reading of "a plus"); "" where
    it writes none."""
    return brand_key(brand.replace("+", " plus")) if "+" in brand else ""


def _vocabulary(products: Sequence[Product], readings: Sequence[NameReading],
                lexicon: Lexicon) -> tuple[frozenset[str], CommonHeads]:
    """Folded words and their stems from names, brands and categories, plus the lexicon's words;
    and the heads a known word may split on: words at least two products write, so one odd label
    word cannot cut "kyckling" in two. `readings`: the products' names read (read_name)."""
    seen: Counter[str] = Counter()
    written: set[str] = set()  # the words as written, å/ä/ö kept: see CommonHeads.undotted
    # a category's words are read once for its products; one starting with a size letter ("M > ...") is
    # read with the words before it, which may make it one word with them ("Stl M", see content_words)
    shelf_words = {c: content_words(c) for c in {p.category for p in products}
                   if next(iter(tokens(c)), "") not in SIZE_LETTERS}
    shelves = {c: {fold(word) for word in words} for c, words in shelf_words.items()}
    written.update(*shelf_words.values())
    for p, reading in zip(products, readings, strict=True):
        named = f"{p.name} {p.brand or ''}"
        shelf = shelves.get(p.category)
        # content_words(named): no token spans a space, so the name's tokens then the brand's
        words = content_of(reading.tokens + tokens(p.brand or "")) if shelf is not None else content_words(
            f"{named} {p.category}")
        written.update(words)
        seen.update({fold(word) for word in words} | shelf if shelf is not None else {fold(word) for word in words})
        seen.update({fold(word) for word in hyphen_joined(named)})
        if p.brand and (said_plus := _plus_said(p.brand)):
            seen[said_plus] += 1
    lexicon_words: set[str] = set(lexicon.brands)
    # who or which department a product is for, so that "Kattmat" splits on "katt" in any catalog
    lexicon_words.update(w for w in (*lexicon.for_whom, *lexicon.department_words) if len(w) >= FALLBACK_PART)
    for text in (*lexicon.synonyms.values(), *lexicon.spellings.values(), *lexicon.irregular.values(),
                 *(v for v in lexicon.brands.values() if v)):
        said = content_words(text)
        written.update(said)
        lexicon_words.update(fold(word) for word in said)
    surfaces = {w for w in set(seen) | lexicon_words if len(w) >= 2}
    common = frozenset(w for w in surfaces if seen[w] >= 2 or w in lexicon_words)
    words = frozenset(surfaces | {stem(w) for w in surfaces})
    undotted = frozenset({w for w in written if w == fold(w)} - {fold(w) for w in written if w != fold(w)})
    # by stem only long words: the article "ett" must not make "servetter" a "serv" + "etter"
    return words, CommonHeads(common, frozenset(stem(w) for w in common if len(w) >= 4), undotted)


def _leaf(category: str) -> str:
    return category.rsplit(">", 1)[-1]


def _leaf_kinds(category: str, split_word: Callable[[str], tuple[str, ...]]) -> set[str]:
    """Stems and heads of the words of the category's last segment: the kinds of product it holds."""
    words = content_words(_leaf(category))
    return {stem(w) for w in words} | {stem(split_word(w)[-1]) for w in words}


class _Shelf(NamedTuple):
    """What a category path says of every product on it, worked out once per category when building."""

    department: str | None   # departments.of_category
    variants: frozenset[str]  # sorts.shelf_variants
    leaf: frozenset[str]     # stems of the words of its last segment
    kinds: frozenset[str]    # the kinds it holds (_leaf_kinds), less descriptors and forms
    context: frozenset[str]  # every stem of the whole path
    for_children: bool       # its first level says who it is for: "Barn"
    joint: frozenset[str]    # stems only an upper level joining kinds says ("pålägg" of "Chark & pålägg > Korv")


def _joint(category: str, leaf: frozenset[str]) -> frozenset[str]:
    """An upper level joining kinds ("Chark & pålägg", "Mejeri, ost & ägg") holds each of them: its
    words say nothing of which a product below it is ("Grillkorv Kalkon" is no "kalkon pålägg"), unless another
    upper level names the word alone ("Bröd & bageri > Bröd > Ljust" is bread)."""
    upper = category.split(">")[:-1]
    def words(joining: bool) -> frozenset[str]:
        return frozenset(stem(w) for level in upper if ("&" in level or "," in level) == joining
                         for w in tokens(level) if w.isalpha())
    return words(True) - words(False) - leaf


def _shelf(category: str, kinds: set[str], lexicon: Lexicon,
           share: Callable[[Iterable[str]], frozenset[str]]) -> _Shelf:
    return _Shelf(of_category(category, lexicon), share(shelf_variants(category, lexicon)),
                  share(stem(word) for word in content_words(_leaf(category))),
                  frozenset(kinds - lexicon.descriptors - lexicon.forms),
                  share(stem(w) for w in tokens(category) if w.isalpha()),
                  stem(casefold(category.split(">", 1)[0].strip() or "-")) == "barn",
                  share(_joint(category, frozenset(stem(word) for word in content_words(_leaf(category))))))


class _Word(NamedTuple):
    """What the build reads of one name word, whichever product says it (`_Words.read`)."""

    stem: str
    split: tuple[str, ...]        # its compound parts (the index's split)
    part_stems: tuple[str, ...]   # the stem of each part
    heads: tuple[str, ...]        # what it adds to an entry's heads said as a name word (see _entry)
    markers: tuple[str, ...]      # the attributes its stem, or its parts' when it is no descriptor, mark
    kind: frozenset[str]          # what it names as a kind (see _first_kind)
    own: tuple[str, ...]          # see _own
    animals: tuple[str, ...]      # departments.animals_named of it folded
    # the base form of an irregular plural, folded: "Morötter" is written "morot" too, as requests are rewritten to it
    irregular: str | None
    surface: tuple[str, str]      # the word and its head as written, folded (see Entry.surface)


class _Words:
    """Each distinct word's reading, worked out once per build: a catalog's names share their words
    (30,000 names say about 80,000 words, some 12,000 of them distinct), so each word's split, stems,
    attributes and kind are read once and looked up for every product saying it."""

    def __init__(self, split_word: Callable[[str], tuple[str, ...]], lexicon: Lexicon) -> None:
        self.split = split_word
        self.lexicon = lexicon
        self._read: dict[str, _Word] = {}
        self._spelled: dict[str, str] = {}
        self._brands: dict[str, tuple[frozenset[str], bool]] = {}
        self._purposes: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def purpose(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        """What a name says the product is for (kinds.made_for) and that read as a purpose asked is
        (kinds.uses_named): once per distinct name."""
        found = self._purposes.get(name)
        if found is None:
            made = made_for(name) or _NOTHING
            found = self._purposes[name] = (made, uses_named(name) if made else _NOTHING)
        return found

    def spell(self, word: str) -> str:
        """`Lexicon.spell`, once per word."""
        spelled = self._spelled.get(word)
        if spelled is None:
            spelled = self._spelled[word] = self.lexicon.spell(word)
        return spelled

    def brand(self, name: str) -> tuple[frozenset[str], bool]:
        """A brand's stems and the whole brand as one key ("arvidnordquist"), and whether a word of it
        marks organic goods ("Garant Eko"): once per brand, as a catalog's products share a few thousand."""
        reading = self._brands.get(name)
        if reading is None:
            said = content_words(name)
            stems = {stem(w) for w in said}
            stems.add(brand_key(name))
            if said_plus := _plus_said(name):
                stems.add(stem(said_plus))
            reading = self._brands[name] = (frozenset(stems), any(
                self.lexicon.attribute_of(stem(w)) == "eko" for w in said))
        return reading

    def read(self, word: str) -> _Word:
        """The word's reading, worked out on its first sight in this build."""
        reading = self._read.get(word)
        if reading is None:
            reading = self._read[word] = self._reading(word)
        return reading

    def _reading(self, word: str) -> _Word:
        lexicon = self.lexicon
        split = self.split(word)
        word_stem = stem(word)
        part_stems = tuple(stem(part) for part in split)
        heads = [part_stems[-1]]
        if len(split) > 1 and part_stems[-1] in lexicon.forms and word_stem not in lexicon.department_words:
            heads.append(part_stems[-2])  # "makrillfilé" is mackerel too; "Tändstickor" (matches, household
            #                               goods named whole) are no "tändare"
        else:
            heads.extend(before_a_cut(word_stem, lexicon.cuts))  # "sjötungafilé": no product says "sjötunga"
            if len(split) > 1:  # "Pinklaxfile" cut "pink" + "laxfile": the last part is a cut of salmon
                heads.extend(before_a_cut(part_stems[-1], lexicon.cuts))
        alias = lexicon.kind_alias(word)
        if alias:
            heads.append(stem(alias[0]))  # a "mellanmjölkdryck" is a milk
        pieces = (word_stem, *(part_stems if word_stem not in lexicon.descriptors else ()))
        irregular = lexicon.irregular.get(key(word))
        return _Word(word_stem, split, part_stems, tuple(heads),
                     tuple(marked for piece in pieces if (marked := lexicon.attribute_of(piece))),
                     _kind_named(word, split, lexicon), _own(word, self.split, lexicon),
                     tuple(animals_named([fold(word)], lexicon)), fold(irregular) if irregular else None,
                     (fold(word), fold(split[-1])))


def _entry(p: Product, reading: NameReading, words: _Words, lexicon: Lexicon,
           all_kinds: frozenset[str], share: Callable[[Iterable[str]], frozenset[str]],
           written_whole: Callable[[str], bool], shelf: _Shelf, late: Late) -> Entry:
    """`words`: each word's reading (`_Words`: split, stems, attributes, read once per word); `all_kinds`:
    every category's kinds, for names their own category does not explain; `share`
    gives one object per distinct word set (products of a category share their category's sets,
    which keeps a 30,000-product index several times smaller); `written_whole`: a word other
    products write as one, so "Vanilj Glass" is a "vaniljglass" and "Coca-cola" a "cocacola";
    `shelf`: what the product's category says; `reading`: the product's name read (read_name); `late`: what
    the facts the entry works out on first use read."""
    split_word, read_word = words.split, words.read
    exact: set[str] = set()
    heads: set[str] = set()
    parts: set[str] = set()
    attributes: set[str] = set()
    # "Räk- & Kräftost": a räkost and a kräftost; "Kött & Grillkrydda" too, the hyphen left out
    name = expand_elided(expand_suspended(without_notes(p.name), split_word), split_word, lexicon.kinds)
    name = letter_first(name, written_whole)  # "Vitamin D" is the "D-vitamin" other names write
    read = reading if name == p.name else read_name(name)  # nearly every name has no notes, nothing suspended
    main, rest, main_words = read.main, read.rest, read.main_words
    name_words = [words.spell(w) for w in main_words]
    described = [words.spell(w) for w in content_words(rest)] if rest else []
    described += said_free(name)  # "utan Socker" says "sockerfri", "Ej Homogeniserad" "homogeniseradfri"
    if _CHILD_AGE.search(p.name):
        attributes.add("barn")
    if shelf.for_children:  # who it is for
        attributes.add("barn")
    named = [read_word(word) for word in name_words]
    for word in named:
        exact.add(word.stem)
        heads.update(word.heads)
        parts.update(word.part_stems[:-1])
        attributes.update(word.markers)
    for said in described:
        word = read_word(said)
        if said not in name_words:  # "med skinka": said, but not what the product is
            parts.update((word.stem, *word.part_stems))
        attributes.update(word.markers)

    def pieces(readings: list[_Word]) -> list[str]:
        return [*(piece for word in readings for piece in (word.stem, *word.part_stems)),
                *(animal for word in readings for animal in word.animals)]
    # the words naming the thing: the first, and any saying the shelf's own department ("Original Tandkräm")
    naming = pieces([word for i, word in enumerate(named)
                     if i == 0 or shelf.department and shelf.department in all_of_words(pieces([word]), lexicon)])
    # each pair of name words other products write as one word, with a linking s too
    pairs = [[w for w in (a + b, a + "s" + b) if written_whole(w)] for a, b in pairwise(name_words)]
    joined = hyphen_joined(main) + [w for pair in pairs for w in pair] + led_by_head(
        [words.spell(w) for w in read.main_tokens[:2]], written_whole)
    # a compound written apart says its department as written whole: "Body Lotion Sensitiv" is hygiene as "Bodylotion"
    dept = department(p.category, pieces([*named, *map(read_word, joined)]), lexicon, lambda category: shelf.department,
                      naming)
    if dept.stated:  # another word's department on a shelf stating one is a pattern or scent: "Muffinsform Blomma"
        attributes -= lexicon.departments.keys() - all_of_words(naming, lexicon) - {dept.name}
    if dept.name:
        attributes.add(dept.name)
    if dept.name != HOUSEHOLD and says_months(p.name) and not aged_by_months(p.name, lexicon):
        attributes.add("barn")  # a household roll's "M" is metres, a cheese's its age
    if dept.name == ANIMALS and _SENIOR_AGE.search(p.name):
        attributes.add(SENIOR)
    exact.update(stem(w) for w in joined)
    # the name's words as written, with no hyphen
    own_words = (main_words if name == main else read.words) if "-" not in name else content_words(
        _HYPHEN.sub("", name))
    own = tuple(read_word(w).own for w in own_words)
    if any(map(lexicon.plant_based, own)):  # "Soygurt Vanilla" is vegan and free of lactose, saying neither
        attributes.update(PLANT_BASED)
    brand_name = p.brand or _leading_brand(name_words, lexicon, bare=not described)
    brand, organic = words.brand(brand_name) if brand_name else (_NOTHING, False)
    if p.brand and organic:  # the brand field's words: "Garant Eko"; a brand called "Lätta" is not a light variant
        attributes.add("eko")
    # "Snabbnudlar Kyckling" is noodles: the first kind named wins, of the shelf's kinds, else of any shelf's
    types = _first_kind([read_word(w).kind for w in _joined_first(name_words, pairs)], (shelf.kinds, all_kinds))
    context = shelf.context
    fresh = bool(PRODUCE_CLASS.search(p.name)) or bool(_PRODUCE_CATEGORY & context and "frukt" in context)
    every = exact | heads | parts
    return Entry(p, share(exact), share(heads), share(parts), share(brand), shelf.leaf, share(types),
                 context, share(attributes), len(name_words) + len(described), p.unit, fresh,
                 share(every), share({f for word in named for f in word.surface}
                                    | {fold(w) for w in joined}
                                    | {word.irregular for word in named if word.irregular}),
                 any(map(lexicon.flavour, every)),
                 casefold(" ".join([p.name, p.brand or "", p.category, *_respelled(main_words, name_words)])), own,
                 share({word.stem for word in named[1:]} & lexicon.kinds - brand), dept.name, dept.stated,
                 share(linking_forms(name_words, lexicon)), sys.intern(p.category), shelf.variants,
                 share(stem(w) for w in listed_after_kind(main)),
                 share(a for tag in p.tags if (a := lexicon.attribute_of(stem(casefold(tag))))), shelf.joint,
                 next((stems for stems in own if stems[0] not in lexicon.descriptors), None),
                 *words.purpose(p.name), late)


def _respelled(written: Sequence[str], spelled: Sequence[str]) -> list[str]:
    """The name's words the lexicon spells otherwise ("Apple" as "äpple"), for the entry's text: the
    å/ä/ö a request writes must be found in the product ("handdiskmedel äpple": "Handdiskmedel Apple")."""
    return [s for w, s in zip(written, spelled) if s != w]


def _kind_named(word: str, split: tuple[str, ...], lexicon: Lexicon) -> frozenset[str]:
    """What a word names as a kind: its stem, its head's, an alias's, and the part before a form."""
    named = {stem(word), stem(split[-1])}
    if alias := lexicon.kind_alias(word):
        named.add(stem(alias[0]))
    if len(split) > 1 and stem(split[-1]) in lexicon.forms:
        named.add(stem(split[-2]))  # a "makrillfilé" is a makrill
    return frozenset(named)


def _first_kind(named: Sequence[frozenset[str]], kinds_in_turn: Sequence[frozenset[str]]) -> frozenset[str]:
    """What the first word naming one of the kinds says (`named`: each word's `_kind_named`), trying
    each set of kinds in turn."""
    for kinds in kinds_in_turn:
        for said in named:
            if said & kinds:
                return said
    return frozenset()


def _produce(entries: list[Entry]) -> frozenset[str]:
    return frozenset(e.own[0][0] for e in entries if e.fresh and e.own)


def _bare_produce(entries: list[Entry], lexicon: Lexicon) -> list[Entry]:
    """A feed of bare names marks fresh produce by its EU class ("Vitkål EKO Klass1"), but not on
    every product: one named by such a produce word alone ("Vitkål", "Dill", maybe with an organic
    label or the bunch or pot fresh produce comes in: "Bladpersilja Knippe") is that fresh produce too,
    not a jar or a frozen bag, which would say so."""
    produce = _produce(entries)
    return [replace(e, fresh=True) if not e.fresh and not e.product.category and e.own and e.own[0][0] in produce
            and all(own[0] in _FRESH_FORMS or lexicon.attribute_of(own[0]) == ORGANIC for own in e.own[1:])
            else e for e in entries]


@lru_cache(maxsize=100_000)  # a catalog's name words, each asked once per product saying it
def _linking(word: str) -> bool:
    """A word written as a compound's first part with its linking s ("honungs", "jordgubbs"): the
    stem is the word without the s, and that is a Swedish word of four letters or more ("köttfärs" is
    no "köttfär" + s, "färs" no "far" + s)."""
    folded = fold(word)
    if not (len(folded) >= 5 and folded.endswith("s") and not folded.endswith("ss") and stem(word) == folded[:-1]):
        return False
    words = folded_dictionary()
    return any(folded[:-1] + end in words for end in ("", "e", "a"))


SHORT_PART = 3  # letters of a first part the splitter leaves on a word written whole ("lax" of "laxfilé")


def cut_of_short_word(word: str, forms: Collection[str], vocabulary: Container[str]) -> tuple[str, str] | None:
    """A name word written whole that is a short word and a cut or form of it ("Laxfilé",
    "Ostbitar"), split in two: the splitter keeps such a word whole (first parts of a known word need
    four letters), yet it names the thing cut as "Makrillfilé" names mackerel. Both parts must be
    words products write alone, as written ("Hållare" ends in no "lår"), and the first no form itself
    ("Lårfilé" is a cut of chicken). None for any other word."""
    first, rest = word[:SHORT_PART], word[SHORT_PART:]
    if (len(rest) > SHORT_PART and stem(rest) in forms and stem(first) not in forms and fold(first) in vocabulary
            and fold(rest) in vocabulary):
        return first, rest
    return None


def linking_forms(words: Sequence[str], lexicon: Lexicon) -> frozenset[str]:
    """Stems a name says only in a linking form before another word: a compound written apart.
    "Honungs Pomelo" is a pomelo and "Jordgubbs Marmelad" a marmalade, so neither is the honey or
    the strawberries a request names, though the stems agree. The request decides (see the matcher):
    "dumplings" asked as written is still the "Dumplings Köttfärs". A word describing the goods, a label or a
    size heads no compound: "Kokos Riven" is grated coconut and "Marshmallows Mini" marshmallows."""
    linked = [i for i, (word, after) in enumerate(pairwise(words))
              if _linking(word) and after[:1].isalpha() and not _describes(after, lexicon)]
    other = {stem(word) for i, word in enumerate(words) if i not in linked}
    return frozenset(stem(words[i]) for i in linked) - other


def _describes(word: str, lexicon: Lexicon) -> bool:
    """A name word that tells of the goods before it, no thing of its own: "Riven", "Fryst", "EKO", "Mini"."""
    word_stem = stem(word)
    return (word_stem in lexicon.descriptors or bool(lexicon.attribute_of(word_stem))
            or any(word in named for named in SIZES_NAMED.values()))


def _leading_brand(words: Sequence[str], lexicon: Lexicon, bare: bool = False) -> str | None:
    """A feed without a brand field names the brand first ("Bregott Normalsaltat 75%"): a brand the
    lexicon knows, in the first word or two, is the product's brand. So is one the whole name says,
    `bare` of any words after it but its size ("Coca-Cola 20x33cl"): the brand's own standard product,
    which lost to its sorts ("Coca-Cola Energy") for being no brand's; not one the goods are described
    after ("Flora med Smör")."""
    for n in (2, 1):
        said = " ".join(words[:n])
        if (len(words) > n or (bare and len(words) == n)) and brand_key(said) in lexicon.brands:
            return said
    return None


def _own(word: str, split_word: Callable[[str], tuple[str, ...]], lexicon: Lexicon) -> tuple[str, ...]:
    """A name word as (stem, head's stem, other parts' stems); a word ending in a kind alias
    ("mellanmjölkdryck") has the alias's kind ("mjölk") as its head, and its first part the spelling asked
    ("Soygurt": a "soja" yoghurt)."""
    alias = lexicon.kind_alias(word)
    if alias:
        rest = lexicon.spell(word[:len(word) - len(alias[1])])
        return stem(word), stem(alias[0]), *(stem(part) for part in (split_word(rest) if rest else ()))
    split = split_word(word)
    return stem(word), stem(split[-1]), *(stem(part) for part in split[:-1])


def _one_letter_longer(heads: frozenset[str], tail: str) -> bool:
    """Every head of the product ending in `tail` has one letter more (see CatalogIndex.ending_with)."""
    ending = [head for head in heads if head.endswith(tail)]
    return bool(ending) and all(len(head) == len(tail) + 1 for head in ending)


def led_by_head(words: Sequence[str], written_whole: Callable[[str], bool]) -> list[str]:
    """A name that leads with its head and then says the sort ("Lök Schalotten", "Marmelad Fikon")
    names the compound other products write whole ("schalottenlök", "fikonmarmelad"). `words`: the
    name's first two tokens as written, so only a sort said right after the head counts ("Grytbitar
    av Nöt Sous Vide" says "av" between them: a dish described, not the plain cut)."""
    if len(words) < 2:
        return []
    head, sort = words[0], words[1]
    return [w for w in (sort + head, sort + "s" + head) if written_whole(w)][:1]


def _joined_first(words: list[str], pairs: Sequence[Sequence[str]]) -> list[str]:
    """The name words with a pair other products write as one put in its place: "Matlagnings
    Grädde" names its kind as "matlagningsgrädde" does. `pairs`: for each two words in turn, how
    other products write them as one (without, then with a linking s), if they do."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = pairs[i][0] if i + 1 < len(words) and pairs[i] else None
        out.append(pair or words[i])
        i += 2 if pair else 1
    return out
