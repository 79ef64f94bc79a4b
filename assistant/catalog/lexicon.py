"""The curated Swedish grocery lexicon (lexicon.json), keyed the way the matcher looks words up."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from assistant.catalog.compounds import LINKING_FORMS
from assistant.catalog.normalize import casefold, content_words, fold, stem, tokens
from assistant.catalog.swedish import folded_dictionary

# the endings of a noun's forms: "vinet", "vodkan", "likörer", "snapsarna"
_NOUN_ENDINGS = frozenset({"", "n", "en", "et", "t", "er", "erna", "ar", "arna", "na"})

LEXICON_FILE = Path(__file__).with_name("lexicon.json")
# a compound of "äpple" is written with its linking form "äppel-" ("äppelmos") or whole ("Äpplejuice"): one
# spelling, the linking one, on both sides (folded; a rest of three letters or more: "äpplen" is no compound)
_APPLE = "apple"
MIN_REST = 3  # letters of a Swedish word after a respelled first part ("Caviarmix": "mix")
LONG_MEAL, MIN_FIRST_PART = 5, 3  # letters of a meal read at a compound's end, and of the part before it
FOR_WHOM = frozenset({"barn", "djur"})  # attributes saying who a product is for
CHILD = "barn"
ANIMALS = "djur"  # the attribute of goods for pets
LACTOSE_FREE = "laktosfri"  # the diet a plant-based dairy kind serves
VEGAN = "vegansk"  # the attribute of vegetarian and vegan goods
SENIOR = "senior"  # the attribute of goods for old animals
PLANT_BASED = frozenset({LACTOSE_FREE, VEGAN})  # the attributes of a plant-based dairy kind


def key(text: str) -> str:
    """Case-, accent- and å/ä/ö-insensitive key of a word or phrase."""
    return _word_key(text) if len(text) <= KEPT_KEY else _key(text)


def brand_key(text: str) -> str:
    """A brand's key as one word ("Arvid Nordquist" → "arvidnordquist"): how the lexicon lists brands and how a
    brand said in one word or two is compared with a product's."""
    return key(text).replace(" ", "")


KEPT_KEY = 40  # keys of texts up to this long are kept: every name word of a catalog asks, many in many names


def _key(text: str) -> str:
    return fold(" ".join(tokens(text))) if text.strip() else ""


_word_key = lru_cache(maxsize=100_000)(_key)


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(stem(casefold(w)) for w in words)


def _folded(words: list[str]) -> frozenset[str]:
    """Whole words, no stems, where the stemmer would cut a word to another ("billig" to "bil")."""
    return frozenset(fold(casefold(w)) for w in words)


@dataclass(frozen=True)
class Default:
    """What a bare word means: names with `prefer` words win, names with `avoid` words lose."""

    prefer: frozenset[str]
    avoid: frozenset[str]
    ask: bool = False  # many sorts, none the obvious one ("ost"): staff confirm the sort


@dataclass(frozen=True)
class Diet:
    marks: frozenset[str]      # stems that say a product fits the diet
    conflicts: frozenset[str]  # stems of product kinds that break it unless marked


@dataclass(frozen=True)
class Lexicon:
    synonyms: dict[str, str]
    spellings: dict[str, str]              # folded variant → the one spelling both sides use
    irregular: dict[str, str]
    fillers: frozenset[str]
    brands: dict[str, str | None]          # brand key (no spaces) → the kind of product it makes
    defaults: dict[str, Default]           # stem of a bare word → its default reading
    attributes: dict[str, str]             # stem of a marker word → attribute ("eko", "laktosfri", ...)
    diets: dict[str, Diet] = field(default_factory=dict)
    descriptors: frozenset[str] = frozenset()  # stems of adjectives: "skivat", "färsk", "rökt"
    aging: frozenset[str] = frozenset()  # stems of how long goods were aged: "lagrad", "vällagrad"
    described: frozenset[str] = frozenset()    # those adjectives as written: "ljus", not "mjöl" (of "mjölig")
    forms: frozenset[str] = frozenset()        # stems of heads naming a cut or form: "filé", "bitar"
    wholes: frozenset[str] = frozenset()       # stems of heads naming their first part whole: "huvud"
    dosage_forms: frozenset[str] = frozenset()  # stems of a supplement's forms: "tabletter", "kapslar"
    shapes: frozenset[str] = frozenset()  # stems of shapes goods are pressed or cut into: "tärningar"
    rooms: dict[str, str] = field(default_factory=dict)  # a room word's stem → its room: "toalett" → "badrum"
    cuts: frozenset[str] = frozenset()         # stems of heads naming a cut off an animal: "lårfilé", "vingar"
    flavours: frozenset[str] = frozenset()     # stems of flavour words: "vanilj", "jordgubb"
    vegetable_flavours: frozenset[str] = frozenset()  # of them, vegetables: "morot" of "Lantbröd Morot"
    systembolaget: frozenset[str] = frozenset()  # stems of drinks no grocer sells: "vin", "whisky"
    systembolaget_said: frozenset[str] = frozenset()  # those drinks' words, folded: "vodka", not "vodk"
    alcohol_free: frozenset[str] = frozenset()  # stems of "alkoholfritt": such a drink is a grocer's
    kinds: frozenset[str] = frozenset()        # stems of nouns naming a kind of product: "chips", "sås"
    packaging: frozenset[str] = frozenset()    # stems of package words: "burk", "flaska", "tub"
    # stems of packages that hold another product than the bare goods: "kruka" (a potted herb, no cut or dried one)
    living_packages: frozenset[str] = frozenset()
    fresh_boxes: frozenset[str] = frozenset()  # stems of packages fresh produce comes in: "ask"
    multipacks: frozenset[str] = frozenset()   # stems of packages of many of the goods: "flak" (a crate of cans)
    non_food: frozenset[str] = frozenset()     # stems of words naming a department without food
    liquids: frozenset[str] = frozenset()      # stems of foods measured in litres, packed by weight too
    meals: frozenset[str] = frozenset()        # stems of meals and occasions goods are for: "middag", "fika"
    food_uses: frozenset[str] = frozenset()    # stems of what food is cooked on, said as a purpose: "grill"
    children: frozenset[str] = frozenset()     # stems of words saying the goods are for a child: "barnbarnet"
    young_animals: frozenset[str] = frozenset()  # stems of words for a young animal: "valpen", "kattungen"
    aged: frozenset[str] = frozenset()  # stems of words saying an animal is old: "gammal", "äldre"
    adults: frozenset[str] = frozenset()  # stems of words saying the goods are for grown-ups: "vuxna"
    persons: frozenset[str] = frozenset()      # stems of other people goods are for: "honom", "gästerna"
    meat_animals: frozenset[str] = frozenset()  # stems of animals that are a meat too: "fågel", "kanin"
    feed: frozenset[str] = frozenset()  # stems of food words asking a meat animal's feed: "mat" of "fiskmat"
    feed_endings: tuple[str, ...] = ()  # the same words folded whole, as a word naming feed ends: "hundmat"
    foods: frozenset[str] = frozenset()        # stems of words naming food or drink: "fisk", "lax", "tårta"
    kind_aliases: dict[str, str] = field(default_factory=dict)  # folded word ending → the kind it names
    variants: frozenset[str] = frozenset()     # stems of words making a special sort: "strimlad", "zero", "oatly"
    departments: dict[str, frozenset[str]] = field(default_factory=dict)  # non-food department → root stems
    plain: frozenset[str] = frozenset()        # stems of words asking for the unflavoured sort: "naturell"
    unsalted: frozenset[str] = frozenset()     # stems of words asking for no salt added: "osaltade"
    # a word said after "utan" → the words, as written, that names write for goods made without it: "salt" →
    # "osaltade"
    made_without: dict[str, tuple[str, ...]] = field(default_factory=dict)
    whole_piece: frozenset[str] = frozenset()  # name words as written saying a whole piece: "bit", "block"
    prepared: frozenset[str] = frozenset()     # stems of words saying a food was cured or cooked: "gravad", "rökt"
    served_with: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stem of a drink or meal → what goes with it
    department_words: frozenset[str] = frozenset()  # stems of the words saying one ("kattsand"), in `attributes` too
    cut_small: frozenset[str] = frozenset()    # name words as written saying cut small: "skivad", "riven", "slices"
    sexes: dict[str, str] = field(default_factory=dict)  # name word as written → the sex goods are for: "woman" → "dam"
    # folded ending of a noun whose number names other goods → (its singular, plural or not): "kakor" → ("kaka", True)
    numbers: dict[str, tuple[str, bool]] = field(default_factory=dict)
    numbers_same: frozenset[str] = frozenset()  # folded singulars naming the plural's goods: "lantkaka"
    # folded word said → folded forms of another word it stems alike with: "knack" (knäck) → "knacke" (Knäcke)
    stems_apart: dict[str, frozenset[str]] = field(default_factory=dict)
    whole_words: frozenset[str] = frozenset()  # stems of words no compound splits: "pålägg" is no "pål" + "ägg"
    # stem of a flavour's Swedish name → the words names write for it listing a taste: "graddfil" → "sourcream"
    flavour_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tastes_matter: frozenset[str] = frozenset()  # stems of goods whose taste is the whole choice: "saft", "läsk"
    plant_bases: frozenset[str] = frozenset()  # stems making a dairy kind plant-based: "soja" of "Sojayoghurt"
    meats: frozenset[str] = frozenset()  # stems of meat a vegetarian sort is named without: "kött" of "köttbullar"
    fittings: frozenset[str] = frozenset()  # stems of goods made to fit another thing: "refill", "påfyllning"
    cheapest: frozenset[str] = frozenset()  # folded words wishing the cheapest goods: "billigaste"
    fat_levels: frozenset[str] = frozenset()  # folded words of how fat the goods are, a percentage says: "mager"
    fat_grades: dict[str, float] = field(default_factory=dict)  # a sort's fat by its stem: "mellanmjölk" 1.5
    body: frozenset[str] = frozenset()  # stems of the body's parts goods are used on: "fötterna", "läpparna"
    name_uses: dict[str, str] = field(default_factory=dict)  # stem of a name word → the use it says: "barista" → "kaff"
    uses_apart: dict[str, frozenset[str]] = field(default_factory=dict)  # stem of a use → those excluding it
    # folded stem of a synonym's reading → the words read as it, as written: "avfallsp" → ("soppåse", "sopsäck"...);
    # a word said that no name says is read as one of them the store names (see `rewrite`)
    synonym_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a short everyday form that names goods only said alone: "en mellan" is a mellanmjölk, "bregott mellan" no milk
    said_alone: dict[str, str] = field(default_factory=dict)
    # folded compound last part → its spelling there only: "creme" of "Sardellcreme" → "kräm" (no bare "crème")
    head_spellings: dict[str, str] = field(default_factory=dict)
    # folded head spelling → folded first parts after which it stays as written: "kalv" of "kalvjus" (gravy)
    head_spellings_kept: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def _alias_endings(self) -> tuple[str, ...]:
        return tuple(self.kind_aliases)

    @cached_property
    def kinds_and_foods(self) -> frozenset[str]:
        """`kinds | foods`, made once: it keys a cache asked for candidates (kinds.shelved_as_another_kind)."""
        return self.kinds | self.foods

    @cached_property
    def special(self) -> frozenset[str]:
        """Stems of words of a special sort (flavours, variants, other kinds of product), made once: every
        name word of a catalog is asked at build (coverage.word_class)."""
        return self.flavours | self.variants | self.kinds

    @cached_property
    def animal_markers(self) -> tuple[str, ...]:
        """Animals a name word may start with ("katt" of "Kattmat"): four letters or more."""
        return tuple(m for m, who in self.for_whom.items() if who == ANIMALS and len(m) >= 4)

    @cached_property
    def species(self) -> tuple[str, ...]:
        """The animal markers that name one kind of animal ("hund", "katt"), not pets at large ("husdjur")."""
        return tuple(m for m in self.animal_markers if not m.endswith(ANIMALS))

    def species_named(self, words: Iterable[str]) -> frozenset[str]:
        """The animals name words (stems) name by their start ("Kattmat": cats)."""
        return frozenset(m for word in words for m in self.species if word.startswith(m))

    @cached_property
    def sexes_said(self) -> dict[str, str]:
        """Stems of the words saying a sex, as a request's words are read ("damer" → "dam")."""
        return {stem(word): sex for word, sex in self.sexes.items()}

    @cached_property
    def for_whom(self) -> dict[str, str]:
        """Markers of who a product is for ("katt", "barn") → "djur"/"barn"; not the words of a
        department ("kattsand" is a pet product, it names no animal)."""
        return {m: a for m, a in self.attributes.items() if a in FOR_WHOM and m not in self.department_words}

    def rewrite(self, phrase: str, sold: Callable[[str], bool] = lambda word: False,
                written: Callable[[str], bool] = lambda word: False,
                named: Callable[[str], int] = lambda word: 0,
                named_with: Callable[[str, str], bool] = lambda word, other: True) -> str:
        """Synonyms (whole phrase first, then word by word) and irregular plurals to base words. Two
        words that are a synonym written as one are a compound said apart: "toa papper" is the
        "toapapper" that is a toilet paper, though no catalog writes "toapapper"; so are two that
        a default reading names as one ("kött färs" is the "köttfärs" of nöt- or blandfärs). A word the catalog
        names products by (`sold`) is kept as said: a store that sells "Sopsäck" means its sacks by
        "sopsäckar", not the smaller bin bags the synonym reads it as where no sack is sold. Nor is a
        word whose compound with the word before it the catalog writes (`written`): "havre frallor" is
        the "Havrefralla", though "fralla" alone reads as "rundstycke". Nor, last, is a word a product's
        name says (`named`: how many products write it, whole or ending a compound) where one product at
        most says a word of the synonym, and fewer than say the word: a store whose one bin-bag product is
        "Soppåsar 30 l" has no "avfallspåse" to read "soppåsar" as, and one selling a "Havrefralla", "Grova
        Frallor" and a dozen more but a single "Musli Rundstycken" sells "frallor" by that word, not as the
        "rundstycke" it reads as where rolls are sold so. A synonym that adds words to the word said ("pytt": "pytt
        i panna") is not read where products are named by the word and none writes them (`named_with`): a store
        writing "Vegetarisk Pytt" sells no "panna" with it. A word short for its synonym ("knäcke": "knäckebröd") is
        read as the synonym where more products write that: Hemköp's "Knäcke Havre" beside its many "Knäckebröd"."""
        def written_after(before: str, word: str) -> bool:  # "rotfrukts knäcke": the "Rotfruktknäcke" sold
            return written(before + word) or (before.endswith("s") and written(before[:-1] + word))

        def kept(looked_up: str, said: str, synonym: str) -> bool:
            if synonym.startswith(looked_up) and " " not in synonym and named(said) < named(synonym):
                return False  # "knäcke", short for the "knäckebröd" most of the store's crispbread is named
            words_of = content_words(synonym)
            added = [word for word in words_of if word != casefold(said)]
            if len(added) < len(words_of):  # the word said and more
                return sold(looked_up) or (named(said) > 0 and not any(named_with(said, word) for word in added))
            most = max(map(named, tokens(synonym)), default=0)
            return sold(looked_up) or (most <= 1 and named(said) > most)

        whole = key(phrase)
        if whole in self.said_alone and not kept(whole, phrase, self.said_alone[whole]):
            return self.said_alone[whole]
        if whole in self.synonyms and not (len(tokens(phrase)) == 1 and kept(whole, phrase, self.synonyms[whole])):
            return self.synonyms[whole]
        out = []
        words = tokens(phrase)
        i = 0
        while i < len(words):
            joined = fold(words[i] + words[i + 1]) if i + 1 < len(words) else ""
            if joined in self.synonyms and not kept(joined, words[i] + words[i + 1], self.synonyms[joined]):
                out.append(self.synonyms[joined])
                i += 2
                continue
            compound = words[i] + words[i + 1] if joined else ""
            if compound and stem(casefold(compound)) in self.defaults and min(map(len, words[i:i + 2])) >= 3:
                out.append(compound)  # "kött färs": the köttfärs read by default, though no product writes it
                i += 2
                continue
            # an irregular plural kept as said where the catalog writes it compounded with the word before, a
            # word naming no products of its own: "snack morötter" is the "Snackmorötter", no "snackmorot";
            # "edamame bönor frysta" may be the frozen "Edamame", not only the roasted "Edamamebönor"
            word = (words[i] if i and written(words[i - 1] + words[i]) and not sold(words[i - 1])
                    else self.irregular.get(fold(words[i]), words[i]))
            synonym = self.synonyms.get(fold(word))  # `kept` asked only where a synonym would replace it
            if synonym is not None and (kept(word, word, synonym) or (i and written_after(words[i - 1], word))
                                        or (i + 1 < len(words) and written(word + words[i + 1]))):
                synonym = None
            elif synonym is None and not named(word) and not (i and fold(words[i - 1]) in _PURPOSE_WORDS):
                # the other way round: "avfallspåsar", which no name says, is the store's "Soppåsar", a word
                # read as it; a "dammsugare" the store sells as a "Punschrulle". Not what a purpose names:
                # "påsar till dammsugaren" speaks of the client's vacuum cleaner, no goods to read anew
                synonym = next((other for other in self.synonym_groups.get(stem(key(word)), ())
                                if named(other)), None)
            out.append(self.spell(synonym if synonym is not None else word))
            i += 1
        return " ".join(out)

    def alias_ends_in(self, kind_stem: str, word_stem: str) -> bool:
        """A name the kind is sold by ends in the word: "dryck" of "mjölkdryck", a name of "mjölk"."""
        return any(stem(kind) == kind_stem and ending.endswith(word_stem) for ending, kind in self.kind_aliases.items())

    def spell(self, word: str) -> str:
        """One spelling per word ("spaghetti" → "spagetti"), for product names and requests alike;
        also as a compound's last part ("Tångcaviar" is a "tångkaviar", "Barnshampoo" a
        "barnschampo"), for spellings of five letters or more, or of four after a Swedish word
        ("tomatjuse" is a "tomatjuice"), and as its first part before a Swedish word ("Caviarmix" is a
        "kaviarmix"; no "Lemonade", whose "ade" is no word)."""
        return self._spelled(word)

    @cached_property
    def written_as(self) -> dict[str, frozenset[str]]:
        """Stem of a spelling (`spellings`) → the stems of the words names may write for it: "lok" → {"onion"},
        "dippmix" → {"dipmix"}; a name word so written is the word said, no word more (coverage.Coverage)."""
        by_spelling: dict[str, set[str]] = {}
        for word, spelling in self.spellings.items():
            by_spelling.setdefault(stem(spelling), set()).add(stem(word))
        return {spelled: frozenset(words) for spelled, words in by_spelling.items()}

    @cached_property
    def _spelled(self) -> Callable[[str], str]:
        """`spell`, each word worked out once per lexicon: it is asked of the last name word of every
        candidate of a bare word (kinds.kind_ends)."""
        return lru_cache(maxsize=1 << 16)(self._spell)

    @cached_property
    def last_kinds(self) -> Callable[[tuple[str, ...]], tuple[frozenset[str], bool]]:
        """A name's last word (`Entry.last_word`: folded, and its stem) with the stem of its spelling
        (`spell`), and whether any of them is a kind of goods (`kinds`): what kinds.kind_ends reads of the
        product alone, worked out once per last word rather than for every candidate of a bare word."""
        def read(last_word: tuple[str, ...]) -> tuple[frozenset[str], bool]:
            last = frozenset({*last_word, stem(self.spell(last_word[0]))})
            return last, not self.kinds.isdisjoint(last)
        return lru_cache(maxsize=1 << 16)(read)

    def _spell(self, word: str) -> str:
        folded = fold(word)
        if folded in self.spellings:
            return self.spellings[folded]
        if folded.startswith(_APPLE) and len(folded) >= len(_APPLE) + 3:  # "Äppledryck": an "äppeldryck"
            return "äppel" + word[len(_APPLE):]
        lowered = word.casefold()
        for whole, linking in LINKING_FORMS:  # "granatäpplejuice" is a "granatäppeljuice", as words said apart join
            inner = lowered.find(whole, 1)   # (written with its ä: "Pineapplejuice" is English)
            if inner > 0 and len(lowered) == len(word) and len(word) >= inner + len(whole) + MIN_REST:
                return word[:inner] + linking + word[inner + len(whole):]
        if folded.endswith(self._spelled_endings):  # nearly every word ends and begins with none: one test in C
            ending = next((end for end in self._spelled_endings
                           if folded.endswith(end) and len(folded) > len(end) + 2
                           and (len(end) >= 5 or _a_word_before(folded[:-len(end)]))), None)
            if ending and not self._kept_after(folded[:-len(ending)], ending):
                return word[:len(word) - len(ending)] + (self.head_spellings.get(ending) or self.spellings[ending])
        if folded.startswith(self._spelled_firsts):
            first = next((first for first in self._spelled_firsts if folded.startswith(first)
                          and _a_word_after(folded[len(first):])), None)
            if first:
                return self.spellings[first] + word[len(first):]
        return word

    def _kept_after(self, first: str, ending: str) -> bool:
        """The first part makes the ending its own word ("kalv" of "kalvjus": gravy stock, no juice),
        joined by a linking "s" or not ("rödvinsjus")."""
        kept = self.head_spellings_kept.get(ending, frozenset())
        return first in kept or (first.endswith("s") and first[:-1] in kept)

    @cached_property
    def _spelled_endings(self) -> tuple[str, ...]:
        return tuple(sorted({*(w for w, spelled in self.spellings.items()
                               if len(w) >= 5 or (len(w) == 4 and fold(spelled) != w)),  # "filé": an accent only
                             *self.head_spellings}, key=len, reverse=True))

    @cached_property
    def _spelled_firsts(self) -> tuple[str, ...]:
        """Spellings that may lead a compound: not those that lengthen the word ("grape": "grapefrukt"),
        nor those under five letters, nor those read only as a compound's head."""
        return tuple(w for w in self._spelled_endings
                     if w in self.spellings and len(w) >= 5 and not self.spellings[w].startswith(w))

    def brand_kind(self, word: str) -> str | None:
        return self.brands.get(brand_key(word))

    def kind_alias(self, word: str) -> tuple[str, str] | None:
        """(kind, the ending that names it) when a word ends in a kind alias: "mellanmjölkdryck"
        → ("mjölk", "mjölkdryck"), since the shops call lactose-free milk "mjölkdryck"."""
        folded = fold(word.casefold())  # words are tokens already; accents do not reach the endings
        if not folded.endswith(self._alias_endings):  # nearly every word: one test in C
            return None
        for ending, kind in self.kind_aliases.items():
            # "vaniljyoghurt" ends in the kind itself, not in its alias "ghurt"
            if folded.endswith(ending) and not (kind.endswith(ending) and folded.endswith(kind)):
                return kind, ending
        return None

    def plant_based(self, own: Sequence[str]) -> bool:
        """A name word read as (stem, head, *parts) is a dairy kind made of a plant ("Soygurt", "Havregrädde"):
        its head is a kind the lactose-free diet conflicts with, a part a plant base."""
        diet = self.diets.get(LACTOSE_FREE)
        return (len(own) > 2 and diet is not None and own[1] in diet.conflicts
                and not self.plant_bases.isdisjoint(own[2:]))

    def knows(self, word_stem: str) -> bool:
        """A real grocery word the lexicon names (a drink, flavour, kind...): a catalog without
        it lacks the thing; it is no typo of some other catalog word ("whisky" is not "Whiskas")."""
        return any(word_stem in words for words in (
            self.systembolaget, self.flavours, self.variants, self.kinds, self.descriptors, self.forms, self.liquids))

    def sort_of(self, word_stem: str, kind_stem: str) -> bool:
        """The lexicon's reading of the bare kind names the word as one of its sorts, the usual ones
        or those a bare word avoids ("ricotta" of "ost", "mörkrost" of "kaffe")."""
        default = self.defaults.get(kind_stem)
        return default is not None and (word_stem in default.prefer or word_stem in default.avoid)

    def goes_with(self, word_stem: str) -> bool:
        """A food or meal goods are eaten with or made for ("till laxen", "till tårtan", "till
        middagen"): a food word (`names_food`: the lexicon's foods among others), or a meal or occasion, also
        as a compound's last part ("söndagsmiddag", "barnkalas"; a short one, "fest", ends too many words)."""
        return word_stem in self.meals or self.names_food(word_stem) or any(
            len(meal) >= LONG_MEAL and len(word_stem) - len(meal) >= MIN_FIRST_PART and word_stem.endswith(meal)
            for meal in self.meals)

    def names_food(self, word_stem: str) -> bool:
        """A word the lexicon knows as food or drink (a bare word's reading, a flavour, a liquid, a
        drink): its department is food whatever a catalog sells under it ("te" is no "Te Sil")."""
        return word_stem in self._food_words

    def compound_of_foods(self, head: str, parts: Collection[str]) -> bool:
        """A compound whose head and every first part are the lexicon's foods ("kycklinglever", "kalvlever":
        veal, liver): food, as each of its words said alone is, whatever goods of another department borrow
        it as a taste ("Oxkött/Kyckling & Lever" for cats). A part naming an animal goods are for ("hundkex"),
        a taste ("köttsmaker": "smak" is no food) or anything else ("påsklämmor": Easter) makes none. A head
        naming a cut or form of its first part (`forms`: "kycklingbitar") is that food too."""
        return bool(parts) and (head in self.foods or head in self.forms) and all(part in self.foods for part in parts)

    @cached_property
    def whole_piece_stems(self) -> frozenset[str]:
        """`whole_piece` as a name's stems (`Entry.words`) hold it: "bit" of "Entrecote Bit"."""
        return frozenset(map(stem, self.whole_piece))

    @cached_property
    def _food_words(self) -> frozenset[str]:
        """The words `names_food` knows, made once: it is asked for every candidate of a bare word."""
        return frozenset({*self.defaults, *self.flavours, *self.liquids, *self.systembolaget, *self.foods}
                         ) - self.department_words

    def only_at_systembolaget(self, word: str) -> bool:
        """A drink only Systembolaget sells, said in one of its forms ("vin", "vinet", "vodkan"): its stem is
        one, and the word is that drink's word with a noun's ending, no other word the stemmer cuts to it
        ("Sprite", a soft drink, stems to "sprit")."""
        if stem(casefold(word)) not in self.systembolaget:
            return False
        folded = fold(casefold(word))
        return any(folded.startswith(said) and folded[len(said):] in _NOUN_ENDINGS for said in self.systembolaget_said)

    def number_of(self, folded: str) -> tuple[str, bool] | None:
        """The noun of `numbers_apart` a folded word is or ends in, and whether in the plural: "pepparkakor"
        → ("kaka", True), "Pepparkaka" → ("kaka", False); None for every other word, and for a compound
        whose singular names the plural's goods (`numbers_same`: "lantkakor" are "Lantkaka" breads)."""
        ending, said = next(((ending, said) for ending, said in self.numbers.items() if folded.endswith(ending)),
                            ("", None))
        if said is None or folded[:len(folded) - len(ending)] + said[0] in self.numbers_same:
            return None
        return said

    def uses_written(self, word_stems: Iterable[str]) -> frozenset[str]:
        """The uses a name's words say of it by the lexicon ("Barista": for coffee), as a purpose is read."""
        return frozenset(self.name_uses[word] for word in word_stems if word in self.name_uses)

    def writes_use(self, use: str, word_stems: frozenset[str]) -> bool:
        """`use in uses_written(word_stems)`, by the few words that say it: asked of every candidate's name
        words for each word said (matcher.Scorer.score), where building the uses of each name costs more."""
        words = self._words_of_use.get(self.name_uses.get(use, use))  # "kulör" said is the use "Color" writes
        return words is not None and not words.isdisjoint(word_stems)

    @cached_property
    def _words_of_use(self) -> dict[str, frozenset[str]]:
        """The name words (`name_uses`) saying each use."""
        by_use: dict[str, set[str]] = {}
        for word, use in self.name_uses.items():
            by_use.setdefault(use, set()).add(word)
        return {use: frozenset(words) for use, words in by_use.items()}

    def uses_said(self, said: Iterable[str]) -> frozenset[str]:
        """The uses of `uses_apart` purpose words say: the use, a name word saying it ("kulör"), or a compound
        led by either ("kulörtvätt", "vittvätt")."""
        return frozenset(use for word in said for opening, use in self._use_openings.items()
                         if word.startswith(opening))

    @cached_property
    def _use_openings(self) -> dict[str, str]:
        return {**{use: use for use in self.uses_apart},
                **{word: use for word, use in self.name_uses.items() if use in self.uses_apart}}

    def uses_of_a_name(self, word_stems: frozenset[str]) -> frozenset[str]:
        """The uses of `uses_apart` a name says, by a word saying one ("Kulör") or the use itself ("Vit")."""
        return self.uses_written(word_stems) | (word_stems & self.uses_apart.keys())

    def flavour(self, word_stem: str) -> bool:
        """A flavour word, or a word naming one with "-smak" ("Ostsmak", "Pizzasmak")."""
        return word_stem in self.flavours or (word_stem.endswith("smak") and len(word_stem) > len("smak"))

    def non_food_department(self, category: str) -> bool:
        root = category.split(">", 1)[0]
        return any(stem(w) in self.non_food for w in tokens(root))

    def names_a_department(self, word_stem: str) -> bool:
        """The word names a whole department of the shop ("blomma", "blommor": a root of one), no goods of it."""
        return any(word_stem in roots for roots in self.departments.values())

    def leads_a_department_word(self, word_stem: str) -> bool:
        """The word is the first part of a word of a department without food ("dammsug" of "dammsugarpåsar"):
        it names a thing of that department too, whatever else it names ("dammsugare", a pastry)."""
        return len(word_stem) >= MIN_DEPARTMENT_PART and any(
            word.startswith(word_stem) and word != word_stem for word in self.department_words)

    def attribute_of(self, word_stem: str) -> str | None:
        return self.attributes.get(word_stem)


MIN_DEPARTMENT_PART = 5  # letters of a word leading a department's word that name a thing (no "te" of "tejp")


@cache
def _a_word_before(first: str) -> bool:
    """The first part of a compound before a short spelling is a Swedish word, joined by a linking "s" or
    not ("tomat" of "tomatjuse"): a spelling of four letters ends no word that merely ends so ("kamayo")."""
    words = folded_dictionary()
    return len(first) >= MIN_REST and (first in words or (first[-1] == "s" and first[:-1] in words))


@cache
def _a_word_after(rest: str) -> bool:
    """The rest of a compound after its first part is a Swedish word, joined by a linking "s" or not
    ("mix" of "caviarmix", "huvud" of "savojkålshuvud")."""
    words = folded_dictionary()
    return len(rest) >= MIN_REST and (rest in words or (rest[0] == "s" and rest[1:] in words))


def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    attributes = {stem(casefold(word)): name
                  for name, words in data["attributes"].items() if not name.startswith("_") for word in words}
    departments = {name: v for name, v in data["departments"].items() if not name.startswith("_")}
    # a department's words mark its products as attributes do ("Kattmat" is for animals)
    attributes.update({stem(casefold(word)): name for name, v in departments.items() for word in v["words"]})
    return Lexicon(
        synonyms={key(k): casefold(v) for k, v in data["synonyms"].items()},
        synonym_groups=_synonym_groups(data["synonyms"]),
        said_alone={key(k): casefold(v) for k, v in data["said_alone"].items() if not k.startswith("_")},
        spellings={key(k): casefold(v) for k, v in data["spellings"].items() if not k.startswith("_")},
        head_spellings={key(k): casefold(v) for k, v in data["head_spellings"].items() if not k.startswith("_")},
        head_spellings_kept={key(k): frozenset(key(w) for w in v)
                             for k, v in data["head_spellings_kept"].items() if not k.startswith("_")},
        irregular={key(k): casefold(v) for k, v in data["irregular"].items()},
        fillers=frozenset(key(w) for w in data["fillers"]),
        brands={brand_key(k): (casefold(v) if v else None) for k, v in data["brands"].items()},
        defaults={stem(casefold(k)): Default(_stems(v["prefer"]), _stems(v["avoid"]), v.get("ask", False))
                  for k, v in data["defaults"].items() if not k.startswith("_")},
        attributes=attributes,
        diets={k: Diet(_stems(v["marks"]), _stems(v["conflict_words"]))
               for k, v in data["diets"].items() if not k.startswith("_")},
        descriptors=_stems(data["descriptors"]["words"]),
        aging=_stems(data["aging"]["words"]),
        described=frozenset(casefold(w) for w in data["descriptors"]["words"]),
        forms=_stems(data["forms"]["words"]),
        wholes=_stems(data["wholes"]["words"]),
        dosage_forms=_stems(data["dosage_forms"]["words"]),
        shapes=_stems(data["shapes"]["words"]),
        rooms={stem(casefold(word)): room for room, words in data["rooms"]["rooms"].items() for word in words},
        cuts=_stems(data["cuts"]["words"]),
        flavours=_stems(data["flavours"]["words"] + data["flavours"]["vegetables"]),
        vegetable_flavours=_stems(data["flavours"]["vegetables"]),
        systembolaget=_stems(data["systembolaget"]["words"]),
        systembolaget_said=_folded(data["systembolaget"]["words"]),
        alcohol_free=_stems(data["systembolaget"]["alcohol_free"]),
        kinds=_stems(data["kinds"]["words"]),
        variants=_stems(data["variants"]["words"]),
        liquids=_stems(data["liquids"]["words"]),
        meals=_stems(data["meals"]["words"]),
        food_uses=_stems(data["food_uses"]["words"]),
        children=_stems(data["children"]["words"]),
        young_animals=_stems(data["young_animals"]["words"]),
        aged=_stems(data["aged"]["words"]),
        adults=_stems(data["adults"]["words"]),
        persons=_stems(data["persons"]["words"]),
        meat_animals=_stems(data["meat_animals"]["words"]),
        feed=_stems(data["meat_animals"]["feed"]),
        feed_endings=tuple(fold(casefold(w)) for w in data["meat_animals"]["feed"]),
        foods=_stems(data["foods"]["words"]),
        non_food=_stems(data["non_food"]["words"]),
        packaging=_stems(data["packaging"]["words"]),
        living_packages=_stems(data["packaging"]["another_product"]),
        fresh_boxes=_stems(data["packaging"]["fresh_boxes"]),
        multipacks=_stems(data["packaging"]["multipacks"]),
        kind_aliases={key(k): casefold(v) for k, v in data["kind_aliases"].items() if not k.startswith("_")},
        departments={name: _stems(v["roots"]) for name, v in departments.items()},
        plain=_stems(data["plain"]["words"]),
        unsalted=_stems(data["unsalted"]["words"]),
        made_without={data["unsalted"]["without"]: tuple(data["unsalted"]["words"])},
        whole_piece=frozenset(casefold(w) for w in data["whole_piece"]["words"]),  # "Bites" is no "bit"
        prepared=_stems(data["prepared"]["words"]),
        served_with={stem(casefold(k)): tuple(v) for k, v in data["served_with"].items() if not k.startswith("_")},
        department_words=frozenset().union(*(_stems(v["words"]) for v in departments.values())),
        cut_small=frozenset(casefold(w) for w in data["cut_small"]["words"]),
        sexes={casefold(w): sex for sex, words in data["sexes"].items() if not sex.startswith("_") for w in words},
        tastes_matter=_stems(data["tastes_matter"]["words"]),
        plant_bases=_stems(data["plant_bases"]["words"]),
        meats=_stems(data["meats"]["words"]),
        fittings=_stems(data["fittings"]["words"]),
        # whole words, no stems: the stemmer cuts "billig" to "bil" (a car, "Ahlgrens Bilar")
        cheapest=_folded(data["cheapest"]["words"]),
        fat_levels=_folded(data["fat_levels"]["words"]),
        fat_grades={stem(casefold(w)): float(fat) for w, fat in data["fat_grades"]["words"].items()},
        body=_stems(data["body"]["words"]),
        name_uses={stem(casefold(w)): stem(casefold(use)) for w, use in data["name_uses"]["words"].items()},
        uses_apart=_both_ways({stem(casefold(use)): [stem(casefold(o)) for o in others]
                               for use, others in data["name_uses"]["apart"].items() if not use.startswith("_")}),
        numbers={fold(casefold(form)): (fold(casefold(one)), plural)
                 for one, many in data["numbers_apart"]["words"].items()
                 for plural, forms in ((False, (one, one + "n")), (True, (many, many + "na"))) for form in forms},
        numbers_same=_folded(data["numbers_apart"]["same"]),
        whole_words=_stems(data["whole_words"]["words"]),
        stems_apart={fold(casefold(w)): frozenset(fold(casefold(f)) for f in forms)
                     for w, forms in data["stems_apart"]["words"].items()},
        flavour_names={stem(casefold(w)): tuple(casefold(n) for n in names)
                       for w, names in data["flavour_names"]["words"].items()},
    )


def _both_ways(apart: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each use with the uses excluding it, read both ways from the lexicon's one-way lists."""
    both: dict[str, set[str]] = {}
    for use, others in apart.items():
        for other in others:
            both.setdefault(use, set()).add(other)
            both.setdefault(other, set()).add(use)
    return {use: frozenset(others) for use, others in both.items()}


# words before what goods are for ("till", "åt") or go on: what follows is the client's, no goods (`Lexicon.rewrite`)
_PURPOSE_WORDS = frozenset({"till", "for", "at", "mot", "efter", "pa"})


def _synonym_groups(synonyms: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The one-word synonyms by the folded stem of their reading (`Lexicon.synonym_groups`)."""
    groups: dict[str, list[str]] = {}
    for word, reading in synonyms.items():
        if not word.startswith("_") and len(tokens(word)) == 1:
            groups.setdefault(stem(key(reading)), []).append(casefold(word))
    return {reading: tuple(words) for reading, words in groups.items()}
