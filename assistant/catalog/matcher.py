"""Weighing the signals of a product against one requested item, and the proposal with its confidence.

Each signal has its module: the request as read (`query`), what the product is (`kinds`: its name,
category and department), brands (`brands`), special sorts and the plain thing (`sorts`), how much of
the name the request covers (`coverage`), the client's own products (`history`), packages and units
(`packages`). Here they are weighed into one score per product, the best one proposed with how sure
we are, and flagged with a reason when staff should look.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from rapidfuzz.distance import OSA

from assistant.catalog.brands import (
    a_kind_few_of_its_goods_are,
    goods_of_many_kinds,
    makes_other_goods,
    only_a_later_word,
)
from assistant.catalog.coverage import ORGANIC, Coverage, shelf_word_begins
from assistant.catalog.fits import fit_of, numbered_size, sizes_to_choose
from assistant.catalog.history import HISTORY, is_own
from assistant.catalog.kinds import (
    BRAND,
    CATEGORY,
    EXACT,
    HEAD,
    IS_THE_THING,
    LONG_HEAD,
    MODIFIER,
    SHELVED,
    WHOLE,
    another_kind,
    another_sort,
    another_sort_of_the_head,
    animals_asked,
    alone_on_another_kinds_shelf,
    asks_an_animals_goods,
    another_word,
    candidates,
    category_shares,
    compound_for_the_use,
    compound_of_its_kind,
    denies,
    has_what_it_lacks,
    described_only,
    describes,
    fits_another_thing,
    fitted_thing,
    for_another_animal,
    for_the_other_sex,
    for_the_sex_asked,
    fresh_produce,
    leads_with as name_leads_with,
    head_in_another_compound,
    in_another_number,
    kind_apart_confirmed,
    kind_before_the_head,
    kind_of_match,
    leads_the_word_asked,
    led_by_another_kind,
    led_by_another_thing,
    led_by_goods_of_a_kind,
    led_by_the_animals_goods,
    made_for_another,
    made_of_produce,
    modifier_stands_apart,
    named_for_its_animal,
    only_describes,
    said_in_another_role,
    shelf_joins_kinds,
    shelf_lists_words,
    sexes_asked,
    shelved_as_another_kind,
    sort_ending_in_another_kind,
    sole_leading_kind,
    sort_after_its_kind,
    starts_another_word,
    tails,
    tastes_of,
    written_for_a_use_refused,
)
from assistant.catalog.lexicon import ANIMALS, CHILD, FOR_WHOM, PLANT_BASED, SENIOR, VEGAN, Lexicon
from assistant.catalog.normalize import casefold, content_words, fold, one_noun, stem, tokens
from assistant.catalog.origins import origin_of
from assistant.catalog.packages import (
    TO_BASE,
    TOO_BIG,
    WEIGHT,
    count_packages,
    counted_bare,
    cut_from_a_piece,
    cut_unasked,
    one_pack_holds,
    ordered_amount,
    pack_amount,
    packs_for,
    part_counted,
    pieces_counted,
    question_of,
    size_said,
    slices_counted,
    sliced,
    sold_by_the_pack,
    unit_fit,
)
from assistant.catalog.prices import price_of_the_amount, priced_as_a_bulk_pack, priced_as_another_thing
from assistant.catalog.query import ORIGINAL, Query, analyse, grades
from assistant.catalog.questions import (
    CHECK_AMOUNT,
    DIET,
    HOW_MANY,
    NOT_SOLD,
    SOLD_OUT,
    UNSURE,
    WHICH_BRAND,
    WHICH_SIZE,
    WHICH_SORT,
    Question,
    first,
)
from assistant.catalog.schema import Product
from assistant.catalog.sorts import (
    AGED,
    FREE_FROM,
    FRESH,
    a_flavour_chosen_by_order,
    age_agrees,
    aged_as_written,
    asks_plain,
    avoidable_words,
    avoids,
    code_agrees,
    count_agrees,
    default_for,
    default_says,
    default_unsold,
    flavoured_compound,
    fresh_refused,
    fresh_says,
    kept_otherwise,
    grade_agrees,
    labels_only,
    jarred_not_fresh,
    led_by_a_food_unsaid,
    led_by_another_word,
    measure_written,
    mixes_in_unsaid,
    numbered_sibling,
    numbers_said,
    only_a_sub_line,
    one_taste_of_a_mix,
    pack_count_agrees,
    percent_agrees,
    plain_instead_of_organic,
    plain_says,
    plain_written,
    poured,
    prepared_as,
    prepared_compound,
    prepared_unasked,
    purpose_narrows,
    rarest_word,
    richest_percent,
    shared_by_the_lead,
    names_a_size,
    names_the_size,
    plant_base_said,
    said_in_order,
    spelled_alike,
    second_of_a_joined_pair,
    series_number,
    shelf_sorts_of_the_word,
    shelf_sorts_of_words_said,
    sold_fresh,
    sort_words,
    still_avoided,
    size_agrees,
    size_range_agrees,
    size_wish_agrees,
    sorts_against,
    sorts_to_choose,
    special_variants,
    strength_agrees,
    tastes_of_more,
    usual_percent,
    usual_sorts,
    wished_measure,
    word_counts,
)
from assistant.catalog.swedish import part_written_otherwise, written_as_typed, written_otherwise_of
from assistant.nlu.models import Item, Quantity

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry

    # what was said of a product's own measure, each with how a name's measure agrees (see measures_said)
    Measures = tuple[tuple[Any, Callable[[Entry, Any], bool | None]], ...]

REVIEW_BELOW = 0.7                 # confidence under this goes to staff
MAX_ALTERNATIVES = 5
GENERIC = 10                       # a bare word naming a category this big asks which sort
MAX_SCORED = 40                    # products fully scored per item (see rank)
VARIANT, SPECIAL_VARIANT = 0.08, 0.25  # penalties for variants nobody asked for (eko vs glutenfri)
# a line's standard sort (`query.ORIGINAL`); a brand's also "Regular" ("Pepsi Regular" beside "Pepsi Max"),
# which of other goods is a size ("Dambindor Natur Regular")
STANDARD = ORIGINAL | {stem("regular")}
EXTRA, EXTRA_CAP, MARKED = 0.05, 0.2, 0.12  # per name word the request does not cover (see Coverage)
PART_COUNTED = 0.2  # a cut or form of the thing where whole pieces are counted ("en kyckling")
WEAK = 0.7                         # confidence kept per compound part said only weakly (see Scored.weak)
SHORT_DOTTED = 3  # letters of a word typed with å/ä/ö whose undotted letters are another word ("ål", "al")
CLOSE = 0.15                       # a rival this near the best is a real alternative
SCORE_DIGITS = 9                   # decimals of a score that rank: sums in another order differ in the last bit
CATEGORY_PRIOR = 0.2               # bonus for the head's usual category (see kinds.category_shares)
# a sort's name on a shelf naming the kind is as sure as the name (kinds.shelf_names_the_kind)
BASE_CONFIDENCE = {EXACT: 0.95, BRAND: 0.9, HEAD: 0.85, SHELVED: 0.95, CATEGORY: 0.75, MODIFIER: 0.25}


class Scored(NamedTuple):
    """One product's fit (a named tuple: about sixty are made per item, five times cheaper than a
    frozen dataclass)."""

    entry: Entry
    score: float
    kind: float
    unmatched: int
    avoided: bool
    notes: tuple[str, ...] = ()
    other_kind: bool = False  # the name says it is something else that merely mentions the head
    marked: int = 0           # name words of a special sort nobody asked for ("strimlad", "no sugar")
    extra: float = 0.0        # other name words nobody asked for
    weak: int = 0             # first parts of the asked compound said only by the category or as another
    #                           word's kind: "kexchoklad" is no "Duokex Choklad" (a biscuit)
    excused: int = 0          # purpose words the product need not say ("till ugnen"), see Scorer.welcome


@dataclass(frozen=True)
class Proposal:
    product: Product | None
    confidence: float
    needs_review: bool
    reason: str | None = None
    count: int | None = None
    score: float = 0.0
    alternatives: list[tuple[Product, float]] = field(default_factory=list)
    count_estimated: bool = False  # the feed states no size: `count` is an estimate (see packages._estimated_count)
    question: Question | None = None  # what the flag asks the client (see questions.py); None when not flagged
    answers: frozenset[str] = frozenset()  # ids of the alternatives that answer it: the goods in another size


class Scorer:
    """Scores products for one query; what depends only on the query is worked out once."""

    def __init__(self, q: Query, index: CatalogIndex, quantity: Quantity | None = None,
                 history: Collection[str] = (), diet: Collection[str] = ()) -> None:
        lex = index.lexicon
        self.q = q
        self.quantity = quantity
        self.history = frozenset(history)
        self.diet = tuple(flag for flag in diet if flag in lex.diets)
        self.rules = [(flag, lex.diets[flag]) for flag in self.diet]
        unit_word = _unit_package(quantity, lex)
        # "en påse räkor" names the package as "räkor på påse" does
        self.packaging = frozenset({*q.packaging, *([unit_word] if unit_word in lex.packaging else [])})
        # ... and "en kruka timjan" the potted herb as "timjan i kruka" does (see require_packaging)
        self.packaging_said = frozenset({*q.packaging, *([unit_word] if unit_word in lex.living_packages else [])})
        # ... and "en ask gräslök" the fresh box where the kind's fresh produce is sold so
        self.fresh_box = unit_word if unit_word in lex.fresh_boxes else ""
        self.wanted_attributes = q.attributes | set(self.diet) | poured(self.packaging)
        # scores add up in one order in every process: a set of strings iterates by PYTHONHASHSEED, and
        # float sums in another order may differ in the last bit, which orders equal fits apart
        self.attribute_order = tuple(sorted(self.wanted_attributes))
        self.whole_piece = lex.whole_piece_stems  # name words saying a whole piece: "Bit"
        # "soygurt", "havregrädde": the plant-based sort said costs a product that is one nothing
        self.sorts_said = self.wanted_attributes | (PLANT_BASED if plant_base_said(q, lex) else frozenset())
        # a brand said with the word keeps its default reading: "löfbergs kaffe" is their ground coffee;
        # another word or a purpose narrows within it: no word is preferred ("diskmedel till maskinen" is
        # no hand dishwashing liquid), but the sorts it avoids are avoided still ("koffeinfritt kaffe" is
        # no instant coffee), unless the word asks them (sorts.still_avoided)
        self.default = default_for(q, index)
        self.use_said = use_said(q, index)
        # the fat sort pointed at ("mjölk den feta") narrows too: no default's sort ("mellanmjölk") is preferred
        narrowed = bool(set(q.modifiers) - q.brands_said) or self.use_said or q.richest
        self.asked = frozenset({q.head, q.head_word, *q.attributes, *self.diet})
        # variants asked for excuse an avoided word ("laktosfri"); a department ("hem") excuses nothing
        self.asked_variants = self.asked - index.lexicon.departments.keys()
        self.head_keys = frozenset({q.head, q.head_word})
        # the word itself in a prefer list says nothing among products that all say it
        self.prefer = self.default.prefer - self.head_keys if self.default and not narrowed else frozenset()
        self.avoid = (still_avoided(self.default, q) if narrowed else self.default.avoid) if self.default \
            else frozenset()
        if q.size_wish:  # "små tomater": the "Cocktailtomater" a bare "tomater" avoids are the small ones asked
            self.avoid = frozenset(word for word in self.avoid if not names_the_size(word, q.size_wish))
        # the shelf avoids too for the bare word alone: one said with it may name a shelf's other sorts
        # ("gravad lax" under "Rökt & gravad fisk"), a brand its own shelf ("bregott": "Smör & margarin")
        self.avoid_shelf = frozenset() if narrowed or q.brand else frozenset({q.head, q.head_word})
        self.head_said = frozenset({q.head_word, q.head, *q.head_parts})  # "Matlagnings Grädde" is one word said apart
        self.cover = Coverage(self.head_said, (*q.modifiers, *q.head_parts, *q.purpose), self.wanted_attributes,
                              index)
        self.plain = asks_plain(self.cover.said, lex)
        self.all_said = self.head_said | self.cover.said
        self.other_packaging = lex.packaging - self.packaging
        self.sold_packed = False  # a package said in the phrase is sold for the kind (see require_packaging)
        self.typed = ""  # the word asked, where a name writes it as typed (see require_spelling)
        self.forms_unwritten: frozenset[str] = frozenset()  # see require_form
        self.size_sold = False  # a product of the kind writes the size wished (see require_size)
        self.measure_wished: tuple[str, float] | None = None  # the measure a size wished picks (see require_size)
        self.use_told_apart = False  # a laundry's colour said tells the kind's goods apart (see require_use)
        self.written_otherwise: Callable[[str], bool] | None = None  # swedish.written_otherwise of `typed`
        # the compound's first part as typed, where typed with å/ä/ö ("häll" of "hällakakor"): see part_written_otherwise
        first = q.head_typed[:len(q.head_parts[0])] if q.head_parts and q.head_typed else ""
        self.dotted_part = first if first and fold(first) == q.head_parts[0] and fold(first) != first else ""
        self.special = special_variants(lex)
        self.lexicon = lex
        self.purposes = index.purposes
        self.uses_said = lex.uses_said(q.purpose)  # see written_for_a_use_refused
        self.fitted = fitted_thing(q, index)  # see fits_another_thing
        # worked out once per query rather than per product: what a product must say besides the head
        # (the other words, the head word's first parts unless it says the whole word: `mods_exact`
        # for an EXACT match) and what the goods are for
        self.mods = (*q.modifiers, *q.head_parts, *q.purpose)
        self.mods_exact = (*q.modifiers, *q.purpose)
        self.ends = tails(q)
        self.head_forms = index.forms_of(q.head)  # see another_word
        self.word_forms = index.forms_of(q.head_word) if q.head_word != q.head else frozenset()
        self.bare = not q.brand and described_only(q, lex)  # tastes_of reads a word said bare or described only
        # a kind that is a taste too said with a brand only ("marabou choklad"): the brand's goods of that
        # kind, no other kind its name leads with that tastes of it ("Glasstrut Marabou Mjölkchoklad", see
        # kinds.led_by_another_thing)
        self.branded = (not q.brand and bool(q.modifiers) and set(q.modifiers) <= q.brands_said
                        and (lex.flavour(q.head_word) or lex.flavour(q.head)))
        self.alone = index.named_alone
        self.part_leads = bool(q.head_parts) and index.leading.get(q.head_parts[-1], 0) > 0  # "Cheddar Block"
        # the kinds the catalog writes the bare word asked compounded with ("Srirachasås"): it names a sort of them
        # (tastes_of reads them only of a word naming no food: none gathered for "mjölk", "ost", "kaffe")
        self.compounded = frozenset(head for i in index.posting("parts", q.head_word)
                                    for head in index.entries[i].heads) \
            if self.bare and not lex.names_food(q.head_word) else frozenset()
        self.describing = describes(q, lex.described)
        self.unit_said = quantity is not None and quantity.unit is not None  # unit_fit weighs nothing else
        self.index = index
        self.cuts = tuple(lex.cuts) if counted_bare(quantity) else ()  # see part_counted, read per candidate
        self.slices = slices_counted(quantity)
        self.rooms = frozenset(lex.rooms[word] for word in q.purpose if word in lex.rooms)  # the room said
        # what was said of the product's own measure and what its name writes of it, each agreeing or not
        # (None: the name writes none): "turkisk yoghurt 10%" the 10 % one, "läsglasögon +2,0" the +2.00
        # pair, "loka citron 6-pack" the 6x33cl one, "välling sex månader" the "Välling 6M" and not the
        # 18M, "strumpbyxor storlek 40-44" the 40-44 pair, "nezeril 0,5 mg" the 0,5 mg/ml spray
        self.measures = measures_said(q)
        self.sexes = sexes_asked(q, lex)  # see for_the_other_sex
        self.animals = animals_asked(q, lex)  # see for_another_animal
        self.species = lex.species  # see kinds.named_for_its_animal
        self.animals_goods, self.said_for_animal = asks_an_animals_goods(q, self.species)
        # a product saying what it is for avoids nothing ("Riven Ost Gratäng"); an animal said says whose the goods
        # are, all of them saying it: only the animal's own goods are no longer avoided ("lax till katten" may be
        # "Kattmat Lax"), a food for a pet's health still is ("torrfoder till katten": no "Urinary Care")
        animals = frozenset(word for word in q.purpose if lex.for_whom.get(word) == ANIMALS)
        self.avoid_unasked = frozenset(word for word in self.avoid - self.asked if not word.startswith(tuple(animals)))
        self.said_for = frozenset(q.purpose) - animals
        # a product of a variant asked is excused the variant's own words and the name the variant is sold
        # by ("Laktosfri Mjölkdryck"), not another sort of the thing: "koffeinfritt kaffe" is no
        # "Snabbkaffe Koffeinfri", "ekologiska tomater" no "Krossade Tomater Eko"
        self.still_avoided = frozenset(w for w in self.avoid_unasked if lex.attribute_of(w) not in self.asked_variants
                                       and not lex.alias_ends_in(q.head_word, w))
        self.number = lex.number_of(q.head_surface)  # see in_another_number
        # a line's own name said alone (no dictionary word, or a brand), or with only the kind it is of ("ballerina
        # kex", `Query.kind_apart`): its standard sort is what was asked
        self.line_alone = (q.sort_name or q.brand or q.kind_apart) and not q.modifiers
        self.standard = STANDARD if q.brand else ORIGINAL
        # the ordinary sort said ("yes diskmedel det vanliga", "ballerina kakor dom vanliga") is the line's standard
        # one where a name writes it: welcome as a sort the kind's own default prefers
        self.ordinary = STANDARD if q.ordinary else frozenset()
        # see fresh_says, which reads it only of "färsk" said
        self.kept_otherwise = FRESH in self.mods and kept_otherwise(
            index.entries[i] for i in index.posting("exact", q.head_word) | index.posting("exact", q.head))

    @cached_property
    def sole_shelf(self) -> str | None:
        """The one shelf of the products writing the word asked (see sort_after_its_kind): read only for a
        product named as another kind, so worked out on the first such."""
        shelves = {self.index.entries[i].shelf for i in self.index.posting("exact", self.q.head_word)}
        return next(iter(shelves)) if len(shelves) == 1 else None

    @cached_property
    def sole_kind(self) -> str | None:
        """On a feed of bare names, the kind leading every name writing the word asked (see sole_shelf)."""
        return sole_leading_kind((self.index.entries[i] for i in self.index.posting("exact", self.q.head_word)),
                                 self.q.head_word)

    def promises(self, pool: list[tuple[float, Entry]], shares: dict[str, float]) -> list[float]:
        """A cheap first cut of `score` for each (kind, product): kind, category, plainness, produce,
        the bare word's default, modifiers and variants asked for. One loop with what depends on the
        query looked up once: a broad head ("ost") brings over a thousand products."""
        q = self.q
        share, prefer, bare = shares.get, self.prefer, self.avoid_shelf
        # as `score` reads it: a variant asked excuses its own words ("vegansk ost": "Veganost" avoids nothing)
        unasked, still, variants = self.avoid_unasked, self.still_avoided, self.asked_variants
        attributes, history = sorted(q.attributes), self.history
        mods, mods_exact = self.mods, self.mods_exact
        promised = []
        shelf_avoided: dict[str, bool] = {}  # see sorts.avoids: a pool stands on a few dozen shelves
        for kind, entry in pool:
            size = entry.size_words - 1
            value = kind + CATEGORY_PRIOR * share(entry.shelf, 0.0) - 0.04 * (size if size < 4 else 4)
            if entry.fresh and fresh_produce(kind, entry, q):
                value += 0.25
            if prefer and not (prefer.isdisjoint(entry.exact) and prefer.isdisjoint(entry.brand)):
                value += 0.12
            avoid = unasked if entry.attributes.isdisjoint(variants) else still
            if avoid and avoids(entry, avoid, bare, shelf_avoided):
                value -= 0.3
            for mod in mods_exact if kind == EXACT else mods:
                if (size := size_agrees(mod, entry)) is not None:  # "ägg large": the "Ägg 6p L"
                    value += 0.12 * size if size else -0.3
                    continue
                said = (mod in entry.words or mod in entry.brand or mod in entry.context
                        or plain_says(mod, entry, self.lexicon)
                        or plain_written(mod, entry, self.head_said, self.lexicon) or default_says(mod, entry, q, prefer)
                        or self.says_fresh(mod, entry) or (mod == AGED and aged_as_written(entry))
                        or (kind == HEAD and mod in q.head_parts and leads_the_word_asked(entry, q.head_word,
                                                                                          self.index.known)))
                value += 0.12 if said or self.cover.pieces_said(mod, entry) else (
                    0.0 if self.welcome(mod, kind, entry) else -0.3)
            for attr in attributes:
                value += 0.15 if attr in entry.suits else -0.35
            if history and is_own(entry, history):
                value += HISTORY
            promised.append(value)
        return promised

    def require_packaging(self, pool: list[tuple[float, Entry]]) -> None:
        """A package said in the phrase ("basilika i kruka", "champinjoner på burk") that some product
        of the kind says is asked as a word is, not merely preferred: the basil in a bag is another
        product. The unit of a quantity ("en påse") only prefers, as packages of a feed often go unsaid, unless
        it holds another product than the goods bare ("en kruka timjan": lexicon packaging `another_product`), or
        is the box the kind's fresh produce comes in ("en ask gräslök": `fresh_boxes`)."""
        said = self.packaging_said
        self.sold_packed = bool(said) and any(kind >= HEAD and said & (entry.context | entry.words)
                                              for kind, entry in pool)
        if self.fresh_box and not self.sold_packed:
            kind = [entry for match, entry in pool if match >= HEAD]
            self.sold_packed = any(entry.fresh for entry in kind) and any(
                self.fresh_box in entry.context | entry.words for entry in kind)

    def says_fresh(self, mod: str, entry: Entry) -> bool:
        """`sorts.fresh_says` of a word said apart: the first part of a compound asked names its sort, no
        freshness ("färskost" is cream cheese: no "Kantarellost" says it by being neither frozen nor dried)."""
        return mod not in self.q.head_parts and fresh_says(mod, entry, self.kept_otherwise)

    def require_size(self, pool: list[tuple[float, Entry]]) -> None:
        """A size wished ("små tomater", "små baguetter") that a product of the kind writes ("Cocktailtomater",
        "Minibaguette") is asked as a word is: one writing no size is not known to be that size. Where none
        writes it ("en liten gurka") the wish tells none apart."""
        wish = self.q.size_wish
        least = EXACT if self.q.head_parts else HEAD  # "stor värmeljus": an "Oljeljus Large" is no värmeljus
        self.size_sold = wish is not None and any(
            kind >= least and size_wish_agrees(entry, wish) for kind, entry in pool)
        # where no name says the size, the measures they write may: the largest or the smallest of them
        self.measure_wished = None if wish is None or self.size_sold else wished_measure(
            wish, (entry for kind, entry in pool if kind >= least))

    def require_form(self, pool: list[tuple[float, Entry]]) -> None:
        """A supplement's form said ("magnesium tabletter") that no product of the kind writes, whole or
        in a compound, tells none of them apart: the store names such goods by what they hold alone
        ("Magnesium 250mg 100-p"), so the word costs nothing to one that writes no form (see
        `writes_a_form`). One form written ("Magnesium Brustabletter") makes it a word the others lack. So with
        "hel": "en hel falukorv" is any "Falukorv" not cut small where no sausage's name writes "Hel"."""
        forms = [mod for mod in self.q.modifiers if mod in self.lexicon.dosage_forms or mod == WHOLE]
        if not forms:  # nearly every query: the kind's goods need not be gathered
            self.forms_unwritten = frozenset()
            return
        # a compound asked is of the goods named by that very word where the store has them: "sötningsmedel
        # tabletter" asks among its "Sötningsmedel", whatever a "Läkemedel" writes
        kind = (self.q.head_parts and [entry for match, entry in pool if match >= EXACT]
                or [entry for match, entry in pool if match >= HEAD])
        self.forms_unwritten = frozenset(
            mod for mod in forms if kind and not any(self.cover.said_by(mod, entry) for entry in kind))

    def require_use(self, pool: list[tuple[float, Entry]]) -> None:
        """A laundry's colour said as the purpose ("för vit tvätt") tells the kind's goods apart only where some
        of them write another ("Colour Pulver" beside "Crystal White"): there a name writing the use said comes
        first. A softener's "White Flower" scent, where no softener is for coloured laundry, says no use."""
        self.use_told_apart = bool(self.uses_said) and any(
            match >= HEAD and written_for_a_use_refused(entry, self.uses_said, self.lexicon) for match, entry in pool)

    def writes_a_form(self, entry: Entry) -> bool:
        """The name writes a supplement's form: "Zink 25mg Kapslar" is no tablet, whatever the others write."""
        return any(self.cover.said_by(form, entry) for form in self.lexicon.dosage_forms)

    def named_whole(self, entry: Entry) -> bool:
        """The plain goods named by the word asked, as they come whole: the name writes the word itself
        ("Falukorv"), nothing cut small ("Falukorv Skivad"), no cut ("Rödspättafilé", which a "rödspätta" said
        is read as where the store sells no other) and no other word naming a sort ("Lättpanerad Rödspätta")."""
        asked = self.q.head_word
        return (entry.packing.cut is None and any(own[0] == asked for own in entry.own)
                and not any(word.cut or (word.sort and word.word != asked) for word in entry.name_words))

    def require_spelling(self, pool: list[tuple[float, Entry]]) -> None:
        """The word asked as typed, å/ä/ö and all, where some product of the kind writes it so: a name
        writing it with other dots is then another word ("Tändstickor" for "tandstickor"). Where none
        does, the typist may have left the dots out, and the folded word finds the goods; but a short
        word typed with dots is never one left out of a name: "ål" (eel) is no "Salsiccia al Limone"."""
        typed = self.q.head_typed
        self.typed = typed if typed and not self.q.brand and (
            (len(typed) <= SHORT_DOTTED and fold(typed) != typed)
            or any(kind >= HEAD and written_as_typed(typed, entry.text) for kind, entry in pool)) else ""
        self.written_otherwise = written_otherwise_of(self.typed) if self.typed else None

    def welcome(self, mod: str, kind: float, entry: Entry) -> bool:
        """A purpose word ("till janssonen") a product named as asked need not say, by its name or
        as a sort on the shelf of its kind ("prästost till mormor": "Präst 35%" under "Ost"), or by
        a compound of the whole long word asked (`tails`: "fågelfrö till småfåglarna": "Vildfågelfrö"), or
        by the brand asked by name where none of its goods says the use ("svinto till stekpannorna": any
        Svinto steel wool); one found only by a compound's head ("medlet till diskmaskinen": any "-medel")
        must. A compound of a short word (found as the catalog writes it only in compounds) names a use of
        its own by its first part: "filter till fritösen" is no "Kaffefilter", nor "Golvbrunnsfilter", but
        "filter till kaffebryggaren" is a "Kaffefilter" (see compound_for_the_use); a food the goods are eaten
        with names no sort of them, so no compound of the word need say it ("limpa till smörgåsen": any
        "-limpa", no "Cigaretter Limpa" alone), nor a sort of it on the kind's shelf ("cheddar ost till smörgåsen":
        a "Cheddar Block" under "Ost"), nor a cut of the thing ("kyckling till smörgåsen": a "Kycklingfilé").
        A use no product of the kind says
        leaves the bare word's reading as it is (`use_said`), so the usual sorts it prefers need not say it
        either: "mjölk till teet" is a "Mellanmjölk", not the "Karamelliserad Mjölk" naming the word. A
        part of the body is never a food's use: "kräm till fötterna" must say it of a "Brioche Kräm",
        not of goods of a department without food nor of a name led by a part of the body ("Hudsalva"
        on a feed of bare names, where no shelf tells its department)."""
        q = self.q
        body = self.lexicon.body
        return (mod in q.purpose and mod not in q.modifiers
                and not (mod in body and entry.department is None
                         and not any(word.startswith(part) for word in entry.words for part in body))
                and (kind in (EXACT, SHELVED) or (kind == BRAND and not self.use_said)
                     or (kind == HEAD and q.head_word in self.ends and any(
                    word.endswith(q.head_word) and (len(q.head_word) >= LONG_HEAD
                                                    or compound_for_the_use(word, q.head_word, q.purpose))
                    for word in entry.exact))
                     or (kind == HEAD and mod in q.eaten and any(word.endswith(q.head_word) for word in entry.exact))
                     or (kind == HEAD and mod in q.eaten and mod not in q.head_parts and q.head in entry.category)
                     or (kind == CATEGORY and mod in q.eaten and mod not in q.head_parts and len(entry.category) == 1)
                     or (kind == HEAD and not self.use_said and not self.prefer.isdisjoint(entry.exact))
                     # a cut of the thing is the thing as an exact name is ("rökt kyckling till smörgåsen":
                     # a "Kycklingfilé Rökt Skivad")
                     or (kind == HEAD and any(own[1] in self.lexicon.forms and q.head_word in own[2:]
                                              for own in entry.own))))

    def score(self, entry: Entry, prior: float = 0.0) -> Scored | None:
        """How well the product fits: `prior` is its category's share (see `category_shares`)."""
        q = self.q
        kind = kind_of_match(entry, q, self.ends)
        if (kind == 0.0 or (q.head_letters and q.head_letters not in entry.text
                            and q.kind_brands.isdisjoint(entry.brand))  # "bregott smör": "Bregott Normalsaltat"
                or another_word(kind, entry, q, self.head_forms, self.lexicon.described, self.word_forms,
                                self.lexicon.stems_apart)):
            return None
        total = kind + CATEGORY_PRIOR * prior
        if kind == HEAD and not q.head_parts and not q.brand:
            total += 0.1  # for a bare "socker" a "strösocker" is as much sugar as "Socker Pure Panela"
        if kind > CATEGORY and not self.head_keys.isdisjoint(entry.category):
            total += 0.1  # the name and the category agree ("Herrgård Mild Ost" under "Ost")
        if kind == BRAND and q.brand_kind and entry.category and not makes_other_goods(entry, q.brand_kind):
            total += 0.12  # "kalles": the brand's "Kalles Kaviar", not its "Kalles Randiga"
        # each of these asks a match by name (HEAD or better); what they ask of the query alone is
        # looked up once (`bare`, `describing`) rather than in a call per candidate
        # a name led by a word the bare word's reading prefers ("Bryggkaffe Mörkrost" for "mörkrost") is
        # the thing read, no other kind that merely mentions it ("Dinosaurus Mjölkchoklad" still is one)
        other_kind = kind >= HEAD and not (
            self.animals_goods and named_for_its_animal(entry, q, self.species)) and not (
            self.said_for_animal and led_by_the_animals_goods(entry, q, self.species)) and not (
            entry.own and entry.own[0][0] in self.prefer) and (
            ((another_kind(kind, entry, q, self.head_said, self.cover, self.lexicon.kinds)
              or (self.bare and tastes_of(kind, entry, q, self.lexicon, self.alone, self.compounded))
              or (self.branded and led_by_another_thing(entry, q, self.lexicon, self.alone)))
             and not sort_after_its_kind(entry, q, self.sole_shelf, self.lexicon, self.sole_kind)
             and not compound_of_its_kind(entry, q))  # "Te Ceylonte" is the "ceylonte" asked
            or shelved_as_another_kind(kind, entry, q, self.lexicon)
            or another_sort_of_the_head(entry, q, self.part_leads, self.lexicon)
            or (self.describing and only_describes(kind, entry, q, self.lexicon.described)))  # "Redning Ljus"
        if kind == SHELVED and entry.own and sort_ending_in_another_kind(entry, q, self.lexicon.kinds):
            other_kind = True  # "Tranbär Bärdryck" on a juice shelf is a drink, no "tranbärsjuice"
        if other_kind:
            total -= 0.35  # the name's first kind is something else: "Apelsin Marmelad", "Paj Köttfärs"
        unmatched = weak = excused = 0
        if self.rooms and (written := {self.lexicon.rooms[w] for w in entry.words if w in self.lexicon.rooms}):
            if written.isdisjoint(self.rooms):  # "rengöringsspray till köket": a "Rengöringsspray Badrum" is for
                unmatched += 1                  # another room
            else:
                total += 0.12  # "städservetter till badrummet": the "Vips Bad Städservetter", before "Universal"
        if entry.free_of and denies(entry, q):  # "Köttfria Köttbullar": the very thing asked for is what it lacks
            unmatched += 1
            total -= 0.3
        if q.lacking and has_what_it_lacks(entry, q):  # "bröd utan frön": no "Fröbröd", below any other bread
            unmatched += 1
            total -= 0.6
        if self.written_otherwise and kind >= HEAD and self.written_otherwise(entry.text):  # "Tändstickor" for toothpicks
            unmatched += 1
            total -= 0.3
        if self.dotted_part and kind >= HEAD and part_written_otherwise(self.dotted_part, entry.text):
            unmatched += 1  # "Hallon & Lakrits kakor" for "hällakakor": "hall" of a raspberry
            total -= 0.3
        if self.number and kind >= HEAD and in_another_number(entry, self.number, self.lexicon):
            unmatched += 1  # "Pepparkaka Mjuk", a cake, for "pepparkakor", biscuits
            total -= 0.3
        if q.purpose and (made_for_another(entry, q, self.purposes, self.lexicon.food_uses)  # "till löständerna": no "Rengöringstablett"
                          or (self.uses_said and written_for_a_use_refused(entry, self.uses_said, self.lexicon))):
            unmatched += 1
            total -= 0.3
        elif self.use_told_apart and not self.lexicon.uses_of_a_name(entry.words).isdisjoint(self.uses_said):
            total += 0.12  # "fläckborttagning för vit tvätt": the "Crystal White", before a "Gold" saying no use
        if self.fitted is not None and fits_another_thing(entry, q, self.fitted, self.lexicon.fittings):
            unmatched += 1  # "refill till diskborsten": no "Våtmopp Refill"
            total -= 0.3
        if self.sexes and for_the_other_sex(entry, self.sexes, self.lexicon):  # "sulor för damer": no "Sulor ... Man"
            unmatched += 1
            total -= 0.3
        elif self.sexes and for_the_sex_asked(entry, self.sexes, self.lexicon):
            total += 0.12  # "rakhyvlar för kvinnor": the "Rakhyvlar ... Kvinna", not a "Rakhyvel" for no one said
        if q.whole and entry.packing.cut is not None:  # "ost i bit": no "Hushålls Ost Skivad"
            unmatched += 1
            total -= 0.3
        elif q.whole and not entry.words.isdisjoint(self.whole_piece):
            total += 0.12  # "lax i bit": the "Kallrökt Lax I Bit" before a "Kallrökt Lax" that may be sliced
        elif q.pieces and not entry.words.isdisjoint(self.whole_piece):
            total -= 0.12  # "fläskkotletter": chops, no "Fläskkotlett Bit" to slice at home
        if self.animals and for_another_animal(entry, self.animals, self.lexicon, self.index.brand_species):
            unmatched += 1  # "godis till hunden": no "Kattgodis"
            total -= 0.3
        wanted_mods = self.mods_exact if kind == EXACT else self.mods
        if wanted_mods:
            for mod in wanted_mods:
                if (size := size_agrees(mod, entry)) is not None:  # "ägg large": the "Ägg 6p Frigående L"
                    if size:
                        total += 0.12 * size  # the one size asked before a mix of it and another ("M/L")
                    else:
                        unmatched += 1
                        total -= 0.3
                elif fresh_refused(mod, entry, self.all_said, self.lexicon):  # "färsk lax": no "Gravad Lax"
                    unmatched += 1
                    total -= 0.3
                elif holds_the_food(mod, entry, q):  # "basilika till tomaterna": no "Sandwich Tomato & Basil"
                    excused += 1
                elif (mod in entry.exact and not self.cover.preparing_the_listed(mod, entry) or mod in entry.brand
                      or self.lexicon.writes_use(mod, entry.words)):
                    total += 0.12  # the word, or the use a name word says ("Barista" for "till kaffet")
                    weak += mod in q.head_parts and head_in_another_compound(mod, entry, q.head, self.lexicon)  # "Majskakor Ost"
                elif kind == HEAD and mod in q.head_parts and leads_the_word_asked(entry, q.head_word, self.index.known):
                    total += 0.08  # "matskål": the "mat" of "Djurmatskål"
                elif self.cover.said_by(mod, entry):
                    # inside a compound or the category: "kokt" of "Långkokt"; a word said with the goods that
                    # only begins a word of their shelf ("skal" of "Frysta skaldjur") says nothing of them
                    total += 0.0 if shelf_word_begins(mod, entry, q.head_parts) else 0.08
                    weak += mod in q.head_parts and (
                        (said_in_another_role(mod, entry, self.head_keys, self.cover)
                         and not default_says(mod, entry, q, self.prefer))  # "Blandfärs" lacks no "kött"
                        or head_in_another_compound(mod, entry, q.head, self.lexicon)  # "Färskost Pepparrot"
                        or starts_another_word(mod, entry, self.index.known))  # "hjort" of "Hjortron"
                elif mod == AGED and aged_as_written(entry):
                    total += 0.08  # "lagrad cheddar 18 månader": the "Cheddar 32% 18 Mån" is aged
                elif (plain_says(mod, entry, self.lexicon) or plain_written(mod, entry, self.head_said, self.lexicon)
                      or default_says(mod, entry, q, self.prefer)
                      or self.says_fresh(mod, entry)):
                    pass  # "naturell": an unflavoured "Filmjölk" is the plain sort, no word is missing
                elif mod in self.forms_unwritten and kind >= HEAD and (
                        self.named_whole(entry) if mod == WHOLE else not self.writes_a_form(entry)):
                    pass  # "magnesium tabletter", "hel falukorv": no product of the kind writes it (see require_form)
                elif self.welcome(mod, kind, entry):
                    excused += 1
                elif mod in self.lexicon.young_animals and CHILD in entry.suits:
                    pass  # "till kattungen": the kind's sort for the young says whom it is for (a cat's "Junior")
                else:
                    unmatched += 1
                    total -= 0.3
        for said, agrees_with in self.measures:
            if (agrees := agrees_with(entry, said)) is not None:
                if agrees:
                    total += 0.12
                else:
                    unmatched += 1
                    total -= 0.3
            elif agrees_with is size_wish_agrees and self.size_sold and kind >= HEAD:
                unmatched += 1  # "små tomater" where cocktail tomatoes are sold: a "Tomater Kvist" is not known small
                total -= 0.3
        if q.big_pack and kind >= HEAD and (entry.pack_count or 0) > 1:
            total += 0.12  # "kattmat ett storpack": the "Kattmat Pouch Gelé 12x100g", no single pouch
        if self.measure_wished is not None and kind >= HEAD and measure_written(entry) == self.measure_wished:
            total += 0.12  # "servetter dom stora": the "Servetter 40 cm" beside "33 cm", no name saying "stor"
        for attr in self.attribute_order:
            if attr in entry.suits:  # "vegansk korv": a sausage on "Vegetariskt"
                total += 0.15
            elif attr in q.attributes:
                unmatched += 1
                total -= 0.35
        if self.packaging:
            packed = entry.context | entry.words
            if packed & self.packaging:
                total += 0.08  # "på burk": the canned sort
            elif self.sold_packed:  # "basilika i kruka": a product of the kind says it, this one does not
                unmatched += 1
                total -= 0.3
            elif jarred_not_fresh(self.packaging, entry):  # "en burk rödbetor": no fresh beets
                unmatched += 1
                total -= 0.3
            elif packed & self.other_packaging:
                total -= 0.08  # "en påse": not the one in a jar
        if kind >= HEAD and (q.head_surface in entry.surface
                             or any(one_noun(q.head_surface, word, q.head_word) for word in entry.surface)):
            total += 0.1  # the very word in either number ("Fryspåse" for "fryspåsar"), not just its stem
            #               ("grädde", not "gräddat")
        elif kind == HEAD and q.head_parts and any(word.endswith(q.head_word) for word in entry.exact):
            total += 0.1  # a compound asked written whole in a longer one, however the splitter cut that:
            #               "Skogssvampsoppa" (skog|svamp|soppa) is a "svampsoppa" as a "Soppa Svamp" is
        if self.plain and tastes_of_more(entry, self.all_said):
            total -= VARIANT
        if q.head_parts and mixes_in_unsaid(entry, q.head_parts, self.all_said, self.lexicon):
            total -= VARIANT  # "broccolisoppa": no "Soppa Broccoli & Potatis" before the broccoli soup
        if kind >= HEAD and self.cuts and part_counted(entry, self.quantity, self.all_said, self.cuts):
            total -= PART_COUNTED  # "en kyckling" is a whole bird, no "Kyckling Lårfilé"
        if entry.attributes and (unasked := entry.attributes - self.sorts_said):
            special = len(unasked & self.special)  # counted, not summed per sort: see attribute_order
            total -= SPECIAL_VARIANT * special + VARIANT * (len(unasked) - special)
        avoided = False
        ordinary = not self.ordinary.isdisjoint(entry.exact)  # the line's standard sort, the ordinary one said
        if ordinary or (self.prefer and not (self.prefer.isdisjoint(entry.exact)
                                             and self.prefer.isdisjoint(entry.brand))):
            total += 0.12
        if (self.avoid_unasked and self.said_for.isdisjoint(entry.words) and any(
                self.lexicon.attribute_of(word) != ORGANIC for word in avoidable_words(entry, self.avoid_shelf) & (
                    self.avoid_unasked if entry.attributes.isdisjoint(self.asked_variants) else self.still_avoided))):
            total -= 0.3  # an organic label avoided alone is the thing grown so: its attribute already
            avoided = True  # costs it ("Banan Eko" is a banana, a "Banan Kok" another fruit)
        extra, marked = self.cover.extra_words(entry, self.prefer)
        if kind == CATEGORY:  # the name calls the thing by a word of its own ("Präst Mellanlagrad" is an ost)
            extra = max(0.0, extra - 1)
        if (self.line_alone and not self.standard.isdisjoint(entry.exact)) or ordinary:
            extra = max(0.0, extra - 1)  # "polly": the line's "Original"
        if self.slices and sliced(entry):  # "fyra skivor entrecote": the "Skivad" is what was counted
            extra = max(0.0, extra - 1)
        if self.packaging and not self.packaging.isdisjoint(entry.words):  # "en stick deo": "Deo Stick" says
            extra = max(0.0, extra - 1)                                     # the package asked, no more
        total -= min(EXTRA_CAP, EXTRA * extra) + MARKED * marked
        if entry.fresh and fresh_produce(kind, entry, q):
            total += 0.25  # a bare "tomat", "äpplen", "gurka" is the fresh produce, not a jar or a drink
        if self.unit_said and (size := size_said(self.index, self.quantity, entry)) is not None:
            if size:
                total += 0.12  # "fryspåsar 3 liter": the 3-litre bags
            else:
                unmatched += 1
                total -= 0.3
        elif self.unit_said:
            total += unit_fit(entry.sized, self.quantity, entry.packing)
        notes: list[str] = []
        kinds = (entry.types or entry.heads) | entry.category if self.rules else frozenset()
        for flag, rule in self.rules:  # "Mörkrost Bryggkaffe" is a coffee, no cheese
            if not kinds & rule.conflicts:
                continue  # coffee needs no lactose-free sort: the diet steers only where it can conflict
            if flag in entry.suits or (entry.words | entry.brand) & rule.marks:
                total += 0.2
            else:
                total -= 0.25
                notes.append(f"Passar inte kosten: {flag}")
        if self.history and is_own(entry, self.history) and kind >= IS_THE_THING and not unmatched and not avoided:
            total += HISTORY  # what the client bought before, when it is what they ask for
        return Scored(entry, total, kind, unmatched, avoided, tuple(notes), other_kind, marked, extra, weak, excused)


def score_entry(entry: Entry, q: Query, index: CatalogIndex, quantity: Quantity | None = None,
                history: Collection[str] = (), diet: Collection[str] = (), prior: float = 0.0) -> Scored | None:
    """One product against one query (e.g. diet notes for a product already chosen)."""
    return Scorer(q, index, quantity, history, diet).score(entry, prior)


def rank(index: CatalogIndex, q: Query, quantity: Quantity | None = None, history: Collection[str] = (),
         diet: Collection[str] = ()) -> list[Scored]:
    """Candidates by kind of match, straight from the postings; when a broad head ("ost") brings
    many, only the MAX_SCORED most promising get the full scoring (see Scorer.promises)."""
    entries = index.entries
    pool = [(kind, entries[i]) for kind, ids in candidates(index, q) for i in ids]
    shares = category_shares(pool, bool(q.head_parts))
    scorer = Scorer(q, index, quantity, history, diet)
    scorer.require_packaging(pool)
    scorer.require_spelling(pool)
    scorer.require_form(pool)
    scorer.require_use(pool)
    scorer.require_size(pool)
    if len(pool) > MAX_SCORED:
        promised = scorer.promises(pool, shares)
        # nlargest keeps the pool's order among equal promises, as with the promise as its key
        pool = [pool[i] for i in heapq.nlargest(MAX_SCORED, range(len(pool)), key=promised.__getitem__)]
    scored = [s for _, entry in pool if (s := scorer.score(entry, shares.get(entry.shelf, 0.0)))]
    # equal fits (to SCORE_DIGITS: float noise never decides): the kind's usual percentage, the country said
    # written by the name ("en svensk gurka": the "Gurka Sverige", origins.origin_of), the name writing an
    # intensifier right before the word it grades ("Extra Mjukt", query.grades), the name spelling
    # most alike a word said that no product writes (sorts.spelled_alike), a whole piece when
    # pieces are counted, a cut as it comes before one prepared in a way nobody said ("Laxfilé C-Trim" before
    # "Gravad laxfilé i bit"), a name saying a piece where one is counted ("en bit lax": "Kallrökt Lax I Bit"),
    # a name saying no size where none was wished ("en baguette": no "Baguette Mini"),
    # the name saying a sort asked before one only its shelf or tags state ("Färs Vegansk Fryst" before a "Färs
    # Fryst" on "Vegetariskt"), one pack holding the pieces counted of goods sold by the pack ("tjugo ägg": the
    # 20-pack), the name whose rarest word most of the kind say, the one saying the words in the order said
    # (sorts.said_in_order), a name led by a word asked, the plainer name, one pack before a multipack nobody asked
    # for ("en påse russin": no "Russin 6-p" of small boxes for being cheaper), fewer packs holding the pieces counted
    # ("tolv ägg": a 12-pack before two of six), then the cheaper product for the amount asked (the client's money,
    # prices.price_of_the_amount), then the id: one order in every run
    kind = [s.entry for s in scored if s.kind >= HEAD and not s.unmatched and not s.other_kind]
    usual = (richest_percent(kind) if q.richest else usual_percent(kind)) if q.percent is None else None
    said = frozenset({q.head_word, q.head, *q.modifiers, *q.head_parts})
    fits = [(-round(s.score, SCORE_DIGITS), usual is not None and percent_agrees(s.entry, usual) is False,
             cut_unasked(s.entry, quantity, said)) for s in scored]
    # the rarest word only orders candidates of equal fit: worked out for those alone
    tied = {fit for fit, n in Counter(fits).items() if n > 1}
    named = [s.entry for s in scored if s.kind >= EXACT and not s.unmatched] if tied else []  # no stray split
    counts = word_counts(named or kind) if tied else Counter()
    # a fit no other candidate has orders it alone: its key is the fit, the rest is read only for ties
    a_cut = q.head.endswith(tuple(index.lexicon.cuts))  # a fillet said bare is raw (sorts.prepared_unasked)
    strange = [word for word in q.modifiers if not index.known(word)] if tied else []
    a_piece = pieces_counted(quantity)
    by_the_pack = bool(tied) and sold_by_the_pack(kind, quantity)
    keys = [(fit, q.origin is not None and origin_of(s.entry.product.name) != q.origin,
             q.graded is not None and not grades(s.entry, q.graded, index.lexicon),
             -spelled_alike(s.entry, strange), a_cut and bool(prepared_as(s.entry, said, index.lexicon)),
             a_piece and index.lexicon.whole_piece_stems.isdisjoint(s.entry.words),
             q.size_wish is None and names_a_size(s.entry, said),
             bool(q.attributes & (s.entry.shelf_variants | s.entry.tagged) - s.entry.attributes),
             by_the_pack and not one_pack_holds(s.entry, quantity), -rarest_word(s.entry, counts, said),
             not said_in_order(s.entry, q),
             led_by_another_word(s.entry, said), s.entry.size_words,
             q.pack_count is None and (s.entry.pack_count or 1) > 1, packs_for(s.entry, quantity),
             price_of_the_amount(s.entry, quantity), s.entry.product.id)
            if fit in tied else (fit,) for fit, s in zip(fits, scored)]
    return [scored[i] for i in sorted(range(len(scored)), key=keys.__getitem__)]


def clamp(score: float) -> float:
    return round(max(0.0, min(1.0, score / 1.2)), 3)


def search(index: CatalogIndex, text: str, limit: int = 10) -> list[tuple[Product, float]]:
    """Staff's manual search: the best products for a phrase, available or not."""
    q = analyse(text, index)
    if q is None:
        return []
    return [(s.entry.product, clamp(s.score)) for s in rank(index, q)[:limit]]


def confidence(best: Scored, q: Query, kinds: Collection[str] = (), kind_shelf: str | None = None) -> float:
    """`kinds`: the lexicon's kinds of goods ("Glass Mörk Choklad" is no sure "mörk choklad");
    `kind_shelf`: the shelf the kind said apart is sold on (see CatalogIndex.shelf_of_the_kind)."""
    value = BASE_CONFIDENCE[best.kind]
    value *= 0.5 ** best.unmatched
    if best.avoided or (best.other_kind and not (modifier_stands_apart(best.entry, q)  # "wasa husman" is sure
                                                 and not led_by_goods_of_a_kind(best.entry, q, kinds))):
        value *= 0.6
    value *= WEAK ** best.weak
    if best.kind == CATEGORY and (shelf_joins_kinds(best.entry)  # "småkakor": no "Dala Järna Surdeg Små"
                                  or shelf_lists_words(best.entry)):
        value *= 0.6
    if q.corrected:  # a long word one edit off is surely meant, as is one of five letters or more with a letter
        #              left out of the name's ("gnocci"); "mjök" or "whisky" may be anything
        value *= 0.9 if (min(map(len, q.corrected)) >= LONG_TYPO
                         or one_letter_off(q.corrected, best, SHORT_TYPO)) else 0.7
    # a word no product says with the rest: is it what the store sells? Unless the shelf or the lexicon says
    # the kind said after a sort's name ("grevé ost": "Grevé Mild 28%" under "Ost"), see kinds.kind_apart_confirmed
    if q.unknown or (q.kind_apart and not kind_apart_confirmed(best.entry, q)
                     and (kind_shelf is None or best.entry.shelf != kind_shelf)):
        value *= 0.6
    return round(value, 3)


def one_letter_off(typed: Collection[str], best: Scored, shortest: int = 0) -> bool:
    """Every word corrected is a long one with a single letter left out of a word the product's name
    writes ("dofpinnar": "Doftpinnar Rose"): surely meant, whatever the goods' department. A letter
    typed instead of another ("kattnat") may have been meant as another word: such a typo read as
    non-food goods stays a question. `shortest`: the letters a word needs (LONG_TYPO unless given), and
    below LONG_TYPO the word may lack its letter of the start of a name word, a compound's first part
    ("punch" of "Punschrulle")."""
    shortest = shortest or LONG_TYPO
    written = [fold(casefold(word)) for word in tokens(best.entry.product.name)]
    return all(len(said := fold(casefold(word))) >= shortest and any(
        OSA.distance(said, start, score_cutoff=1) == 1
        for other in written for start in {other, *([other[:len(said) + 1]] if shortest < LONG_TYPO else [])}
        if len(start) == len(said) + 1)
        for word in typed)


LONG_TYPO = 7  # letters of a typo surely meant when one edit off (see `confidence`)
SHORT_TYPO = 5  # letters of a typo surely meant when a letter of the name's word is left out


MIN_LEADING = 4  # letters of a brand or sort marker that can lead a compound asked


def leads_with(word: str, starts: Collection[str]) -> bool:
    """The word asked begins with one of the (folded) words, as a first compound part does: "quornbitar"
    with the brand "quorn", "vegobacon" with the marker "vego" (short ones, "eko" of "ekonom", do not count)."""
    return any(len(start) >= MIN_LEADING and word.startswith(start) and len(word) > len(start) + 2 for start in starts)


def _unit_package(quantity: Quantity | None, lexicon: Lexicon) -> str:
    """The package the quantity's unit word names ("en påse räkor": "påse", as "räkor på påse" says it), "" where
    no unit word is said."""
    return _package_of(stem(quantity.unit_word), lexicon.packaging) if quantity and quantity.unit_word else ""


def _package_of(unit_word: str, packages: frozenset[str]) -> str:
    """The package a unit word names: its first part where it is a package of a package ("sprayflaska" is a
    spray, as "pumpflaska" would be a pump's), else the word."""
    return next((first for first in packages if unit_word.startswith(first) and len(unit_word) > len(first)
                 and unit_word[len(first):] in packages), unit_word)


def match(index: CatalogIndex, item: Item, history: Sequence[str] = (), diet: Sequence[str] = (),
          context: Sequence[str] = ()) -> Proposal:
    """The product a Swedish shopper means by the item, with a count and how sure we are.

    `context`: `for_whom` of the whole request; "kattsand och torrfoder" asks for cat food."""
    q = analyse(item.phrase, index, item.attributes)
    if q is None:
        reason, question = _nothing_found(item.phrase, index)
        return Proposal(None, 0.0, True, reason, question=question)
    ranked = rank(index, q, item.quantity, history, diet)
    own = {*q.modifiers, *q.head_parts, q.head_word}
    if (len(context) == 1 and ranked and ranked[0].entry.attributes & FOR_WHOM
            and not own & index.lexicon.for_whom.keys()):
        steered = replace(q, modifiers=(*q.modifiers, *context),  # said for the same animal elsewhere, so
                          attributes=q.attributes | {index.lexicon.for_whom[m] for m in context})  # asked
        for_them = rank(index, steered, item.quantity, history, diet)
        if for_them and for_them[0].unmatched <= ranked[0].unmatched:  # no pet food of its kind is for
            q, ranked = steered, for_them  # that animal ("fisk foder" beside "till hunden"): it stays as said
    if q.for_child and ranked and not (q.age is not None and age_agrees(ranked[0].entry, q.age)):
        q, ranked = _steered_to(CHILD, q, ranked, item, index, history, diet)  # "tandkräm till barnbarnet"
    if q.aged and ranked:
        q, ranked = _steered_to(SENIOR, q, ranked, item, index, history, diet)  # "till en gammal hund"
    things = [s for s in ranked if s.kind >= IS_THE_THING]
    available = [s for s in things if s.entry.product.available]
    alternatives = [s for s in ranked if s.entry.product.available]
    if not available:
        reason = (f"«{things[0].entry.product.name}» är slut och inget liknande finns" if things
                  else f"Hittade ingen vara som är «{item.phrase}»")
        return Proposal(None, 0.0, True, reason, None, 0.0, _alternatives(alternatives, None),
                        question=SOLD_OUT if things else NOT_SOLD)
    best = _saying_every_word(available, q) or _keeping_the_diet(available, q, index.lexicon) or available[0]
    measures = measures_said(q)
    measured = _stating_the_measure(best, available, measures)
    best = measured or best
    if q.cheapest:  # "varmkorv den billigaste": the store's cheapest of the goods asked
        best = cheapest_of(best, available)
    reasons: list[tuple[Question | None, str]] = []
    other_sizes: frozenset[str] = frozenset()
    if things[0] is not available[0]:
        reasons.append((SOLD_OUT, f"«{things[0].entry.product.name}» är slut: föreslår en liknande vara"))
    if q.percent is not None and percent_agrees(best.entry, q.percent) is None and any(
            percent_agrees(s.entry, q.percent) is False for s in available if s.kind >= HEAD):
        # "mörk choklad 90%": a "Mörk Choklad" writing no percentage, where the kind's names write others
        reasons.append((NOT_SOLD, f"Ingen sådan vara med {q.percent:g} % hittades: kontrollera"))
    if measured is None and measures and _writes_none(best, measures) and any(
            _states(s, measures) for s in available if s.kind >= IS_THE_THING and not s.unmatched and not s.other_kind):
        # "prästost arton månader": a "Prästost 31%" of no age said, where a "Präst 18mån" too far below is sold
        reasons.append((WHICH_SORT, "Varan anger inte det som sades om den, en annan vara gör det: kontrollera"))
    if q.richest and (fat := best.entry.percent) is not None and any(
            s.entry.percent is not None and s.entry.percent > fat
            for s in available if s.kind >= HEAD and not s.unmatched):
        # "laktosfri mjölk den feta en och en halv liter": a leaner sort in the size said, where a fatter one is sold
        reasons.append((WHICH_SORT, "Den feta sorten beställdes, men varan är magrare: kontrollera"))
    if ORGANIC not in {*q.attributes, *diet} and best.entry.product.id not in history:
        # the organic product that writes the measure said keeps it from a plain one that writes none, whether it
        # came first so or gave way to it ("mörk choklad 85%": no "Mörk Choklad" for the "Choklad Mörk 85% EKO")
        plain = [s for s in available if _states(s, measures)] if measures and _states(best, measures) else available
        best = plain_instead_of_organic(best, plain, best.kind, CLOSE, index.lexicon, bool(q.brands_said),
                                        q.head_word if q.head_parts else "", q.modifiers) or best
    said_series = series_number(item.phrase, wide=True)  # "kaffefilter 102": a member of a series, by its number
    said_numbers = numbers_said(item.phrase) | ({said_series[1]} if said_series else set())
    counted_as = _bare_count(item.quantity)
    # a number the phrase writes names the member ("ett sifferljus sju": the 7, though one is counted); else
    # a bare count may ("nan pro 1")
    numbers = said_numbers or ({counted_as} if counted_as is not None else set())
    sibling = numbered_sibling(best.entry, [s.entry for s in available if s.kind >= HEAD and not s.unmatched],
                               numbers, said_series)
    if sibling is None and numbers and numbered_size(best.entry.fit) not in numbers:
        # "kaffefilter fyra", "kaffefilter nummer fyra": the filter of size 1x4 the number may name, as a series'
        # member's number does
        sibling = next((s.entry for s in available if s.kind >= HEAD and not s.unmatched
                        and numbered_size(s.entry.fit) in numbers), None)
    if sibling is not None and sibling is not best.entry:  # "ersättning nan pro 1": Pro 1, not the cheaper Pro 2
        best = next(s for s in available if s.entry is sibling)
        if not said_numbers:
            reasons.append((CHECK_AMOUNT, "Talet kan vara antalet eller varans nummer: kontrollera"))
    member = best.entry.series[1] if best.entry.series is not None else numbered_size(best.entry.fit)
    if member is not None:
        written = {member}
    else:  # the numbers the name writes, a three-digit series' too ("Kaffefilter 102")
        wide = series_number(best.entry.product.name, wide=True)
        written = numbers_said(best.entry.product.name) | ({wide[1]} if wide else set())
    if said_numbers and said_numbers.isdisjoint(written):
        # "ett sifferljus fem" where the store sells candles 0, 1, 4, 6, 7 and 8, "dammsugarpåsar nummer 12"
        # where no bag is numbered so: no other goods sure
        reasons.append((NOT_SOLD, f"Ingen vara med numret {min(said_numbers)} hittades: kontrollera"))
    if q.pack_count is not None and pack_count_agrees(best.entry, q.pack_count) is None:
        reasons.append((HOW_MANY, f"Beställt som {q.pack_count}-pack, men varan anger inget flerpack: "
                                  "kontrollera antalet"))
    elif (multipack := index.lexicon.multipacks & {*q.packaging, _unit_package(item.quantity, index.lexicon)}) \
            and (best.entry.pack_count or 1) == 1 and multipack.isdisjoint(best.entry.words):
        # "ett flak öl", "läsk två flak": no single can sure
        reasons.append((HOW_MANY, "Beställt som flak, men varan är en enstaka förpackning: kontrollera antalet"))
    value = confidence(best, q, index.lexicon.kinds, index.shelf_of_the_kind(q.kind_apart) if q.kind_apart else None)
    of_the_kind = [s for s in available if s.kind >= HEAD and not s.unmatched]
    kind_entries = [s.entry for s in of_the_kind]
    if best.entry.product.id not in history and priced_as_another_thing(best.entry, kind_entries):
        reasons.append((WHICH_SORT, "Priset är mycket lägre än för liknande varor: kontrollera varan"))
    if not history and item.quantity.amount is None and priced_as_a_bulk_pack(best.entry, kind_entries):
        reasons.append((HOW_MANY, "Varan är en stor förpackning: kontrollera att den passar"))
    default = default_for(q, index)
    if not q.modifiers and not history and (
            (default and default.ask and not q.brand)  # "ramlösa": the brand's water is a choice made
            or (default is None and best.kind < EXACT and len(index.posting("category", q.head_word)) >= GENERIC)):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "ost", "frukt": which one?
    elif default is None and q.compound_tail and (len(_compounds_ending_in(q.head, available)) > 1
                                                  or _a_sort_chosen_unsaid(best, available, item.phrase, q)):
        # "bollar": Chokladboll, Havreboll...? (a bare word the lexicon reads, "jäst", is its default's sort)
        reasons.append((WHICH_SORT, MANY_SORTS))
    elif not history and _a_sort_of_a_preparation_chosen_unsaid(best, available, item.phrase, q, index.lexicon):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "rökt lax": "Kallrökt" or "Varmrökt"?
    elif not history and not (default and default.prefer) and _one_taste_of_many(best, available, q, index):
        # "sås": Satay, Hoisin, Sriracha...? A reading that prefers no sort ("chips": only what a bare word
        # is not) chooses no taste either
        reasons.append((WHICH_SORT, MANY_SORTS))
    elif not history and _a_flavour_of_equal_fits(best, available, q, index):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "moomin kex": "Moominkex Banan" or "Moominkex Jordgubb"?
    elif not history and default is None and _a_line_among_sorts(best, available, q):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "kex": "Kex Nutella B Ready" beside Mariekex, Honungskex?
    elif not history and default is None and _one_compound_of_the_word(best, available, q):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "frukt": "Grapefrukt" beside "Frukt & Nötmix"?
    elif (not history and default is None and q.sort_name and best.kind == EXACT
          and not (q.modifiers or q.purpose or q.attributes)
          and only_a_sub_line([s.entry for s in available if s.kind >= EXACT and not s.unmatched],
                              {q.head_surface, q.head_word, q.head}, index.lexicon)):
        reasons.append((WHICH_SORT, SUB_LINE))  # "nutella": no sure "B Ready Nutella 6p" (wafer bars)
    elif not history and not said_numbers and counted_as is None and (
            other_sizes := _other_sizes(best, available, item.phrase, q)):
        reasons.append((WHICH_SIZE, MANY_SORTS))  # "batterier": AA, AAA, C or 9 V?
    if (not history and not q.modifiers and not q.head_parts and not q.brand
            and index.lexicon.names_a_department(q.head_word)):
        reasons.append((WHICH_SORT, MANY_SORTS))  # "blomma": tulips, roses? No sure "Garderobsblomma"
    if q.brand and best.kind != BRAND:
        reasons.append((NOT_SOLD, "Märket finns inte i sortimentet: föreslår en annan vara"))
    elif (q.brand and best.entry.product.id not in history  # "boy": no sure "Healthy Boy" oyster sauce
          and only_a_later_word(best.entry, {q.head_surface, q.head_word, *q.modifiers})):
        reasons.append((WHICH_BRAND, f"«{q.head_surface}» är bara en del av märket «{best.entry.product.brand}»: "
                                     "kontrollera vilken vara som menas"))
    elif q.brand and q.brand_kind and not q.modifiers and makes_other_goods(best.entry, q.brand_kind):
        reasons.append((WHICH_BRAND, f"Märket säljs här inte som {q.brand_kind}: kontrollera vilken vara som menas"))
    elif q.brand and best.entry.product.id not in history and (
            (not q.modifiers and (goods_of_many_kinds(index, q.head_surface)  # "findus": fish fingers, peas...?
                                  or a_kind_few_of_its_goods_are(best.entry, index, q.head_surface)))  # "finish"
            or (q.modifiers and best.kind == BRAND  # "finish till diskmaskinen": the goods that fit weigh
                and a_kind_few_of_its_goods_are(best.entry, index, q.head_surface,
                                                [s.entry for s in available if s.kind == BRAND and not s.unmatched]))):
        reasons.append((WHICH_BRAND, "Märket har många sorters varor: bekräfta vilken"))
    elif (q.brand and best.entry.product.id not in history and default is None
          and _one_taste_of_the_brand(best, available, q, index)):  # "festis": Orange, Cactus Lime, Päron...?
        reasons.append((WHICH_SORT, MANY_SORTS))
    if (q.age is not None and q.for_child and CHILD not in best.entry.suits and not age_agrees(best.entry, q.age)
            and any(CHILD in s.entry.suits for s in available if s.kind >= HEAD)):
        # "välling sex månader" where every children's välling is for an older child: no grown-up's välling sure
        reasons.append((NOT_SOLD, "Ingen vara för barn i den åldern: kontrollera"))
    elif q.for_child and CHILD not in best.entry.suits and _a_childrens_sort_apart(best, available, index):
        reasons.append((WHICH_SORT, "Det finns en sort för barn: kontrollera vilken"))
        alternatives = sorted(alternatives, key=lambda s: CHILD not in s.entry.suits)  # the children's offered first
    elif (q.for_child and ANIMALS in q.attributes and CHILD not in best.entry.suits
          and q.head_surface.endswith(index.lexicon.feed_endings)):
        # "hundmat till valpen" where no dog food named so is for the young: a grown dog's food is no sure pick
        # (a "tuggsko till valpen" is any dog's chew)
        reasons.append((WHICH_SORT, "Ingen vara av den sorten för unga djur: kontrollera"))
    elif q.aged and SENIOR not in best.entry.suits:
        if older := next((s for s in available if s.kind >= HEAD and SENIOR in s.entry.suits), None):
            # "whiskas i sås för gamla katter": the store's "Klassisk i Sås 11+" says less of what was said, but
            # is the sort for an old animal
            reasons.append((WHICH_SORT, f"«{older.entry.product.name}» är för äldre djur: kontrollera"))
        elif q.head_surface.endswith(index.lexicon.feed_endings):
            reasons.append((WHICH_SORT, "Ingen vara av den sorten för äldre djur: kontrollera"))  # as for the young
    unasked = _unasked_sorts(best, available, q, index, diet)
    if unasked:  # never silently a gluten-free, lactose-free, vegan, baby, pet or pharmacy variant
        reasons.append((WHICH_SORT, f"Föreslagen vara är {', '.join(sorted(unasked))}: kontrollera"))
    if best.entry.product.id not in history and prepared_unasked(
            best.entry, q, {stem(w) for w in content_words(item.phrase)}, index):
        reasons.append((WHICH_SORT, "Föreslagen vara är tillagad på ett sätt som inte sades, och varan säljs "
                                    "också otillagad: kontrollera"))  # "flundrafilé": no silent breaded one
    if best.entry.product.id not in history and cut_from_a_piece(best.entry, item.quantity, own):
        reasons.append((WHICH_SORT, "En bit beställdes, men varan är skivad eller riven: kontrollera"))
    if ((of_the_kind == [best] and best.kind == HEAD and best.entry.product.id not in history
            and flavoured_compound(best.entry, q, index.lexicon))  # "honung": no lone "Tryffelhonung" sure
            or (best.entry.product.id not in history
                and prepared_compound(best.entry, q, index.lexicon))  # "strömming": no "Surströmming" sure
            or (not history and not q.attributes - index.lexicon.departments.keys()  # "vegetarisk färs": no meat
                and default_unsold(default, q, best, (s.entry for s in of_the_kind if not s.other_kind)))):  # "peppar"
        reasons.append((WHICH_SORT, "Föreslagen vara är en särskild sort och ingen vanlig finns: kontrollera"))
    if (best.entry.product.id not in history and best.kind >= HEAD
            and alone_on_another_kinds_shelf(best.entry, lambda: index.goods_saying(q.head), q,
                                             {stem(w) for w in content_words(item.phrase)}, index.lexicon)):
        reasons.append((UNSURE, f"Föreslagen vara säljs under «{best.entry.shelf.rsplit('>', 1)[-1].strip()}»: "
                                "kontrollera att det är rätt sorts vara"))  # "cider": no cheese condiment sure
    if (best.entry.product.id not in history and not q.brand and led_by_a_food_unsaid(
            best.entry, (s.entry for s in _close_rivals(best, available)), {q.head, *own}, index.lexicon)):
        reasons.append((WHICH_SORT, f"Föreslagen vara är gjord på {best.entry.product.name.split()[0].lower()}, "
                                    "som inte sades: kontrollera"))  # "gyros fryst": no silent chicken gyros
    if (best.entry.product.id not in history and q.head_parts and best.kind in (HEAD, CATEGORY)
            and kind_before_the_head(best.entry, q, index.lexicon)):  # "fullkornsbröd": no silent crispbread
        reasons.append((WHICH_SORT, "Föreslagen vara är en annan sorts vara än den som sades: kontrollera"))
    if (best.entry.product.id not in history and best.kind == CATEGORY
            and led_by_another_kind(best.entry, q, index.lexicon)):  # "fågelfrö": no "Talgbollar" on "Fågelfrön"
        reasons.append((WHICH_SORT, "Föreslagen vara är en annan sorts vara än den som sades: kontrollera"))
    if (best.entry.product.id not in history and default is None and q.compound_tail
            and not (q.head_parts or q.modifiers or q.purpose or best.entry.fresh)
            and _led_by_no_food(best, q, index.lexicon)):  # "abborre": no sure "Havsabborre" (sea bass)
        reasons.append((WHICH_SORT, "Föreslagen vara är en annan sorts vara än den som sades: kontrollera"))
    if best.entry.product.id not in history and (one_taste_of_a_mix(best.entry, own, index.lexicon)
                                                 or second_of_a_joined_pair(best.entry, q)):
        reasons.append((WHICH_SORT, "Föreslagen vara smakar mest av något annat än det som sades: kontrollera"))
    packed = {stem(word) for word in q.package_apart}
    if (packed and not index.lexicon.names_food(q.head_word)
            and not any(packed & (s.entry.context | s.entry.words) for s in of_the_kind)):
        # "hår nät": no product of the kind comes in a net, so the word may be a thing said apart (a hairnet);
        # a food said so is that food's package ("sill burk", "potatis säck"), as "en burk sill" is
        reasons.append((UNSURE, f"Ingen sådan vara säljs i {', '.join(q.package_apart)}: kan det vara en annan vara? "
                                "kontrollera"))
    if index.lexicon.only_at_systembolaget(q.head_surface) and index.lexicon.alcohol_free.isdisjoint(q.modifiers):
        # "alkoholfritt rödvin" is the grocer's alcohol-free wine, no drink for Systembolaget
        reasons.append((NOT_SOLD, SYSTEMBOLAGET))
    if (best.entry.product.id not in history and not best.entry.shelf
            and not index.lexicon.served_with.keys().isdisjoint(q.purpose)
            and index.lexicon.leads_a_department_word(q.head_word)
            and not any(map(index.lexicon.names_food, (q.head_word, q.head, *best.entry.words)))):
        # "dammsugare till kaffet" (a pastry): said to go with coffee, it is to eat, but the word is a household
        # thing's too ("dammsugarpåsar"), and no shelf nor food word of a bare name says "Dammsugare 12V" is food
        reasons.append((UNSURE, "Varan ska ätas till något, men inget säger att den är något att äta: kontrollera"))
    if slices_counted(item.quantity) and not index.lexicon.whole_piece_stems.isdisjoint(best.entry.words):
        # "fyra skivor entrecote" where only "Entrecote Bit" is sold: four slices are no four pieces
        reasons.append((WHICH_SORT, "Säljs inte i skivor: kontrollera sorten och mängden"))
    if q.ungraded and q.size_wish is None:  # "cheddar den extra lagrade": a plain "Lagrad" is no more than aged,
        # the grade a guess ("extra stora" is a size, read as the sizes are: "Ägg 6p Xl")
        reasons.append((WHICH_SORT, f"Ingen vara heter «{q.ungraded}»: kontrollera sorten"))
    if (best.entry.product.id not in history and (said := content_words(item.phrase))
            and all(word in index.lexicon.described for word in said)
            and q.head not in index.lexicon.kinds and not index.lexicon.names_food(q.head)
            and not (q.modifiers or q.head_parts or q.brands_said or q.purpose)):
        # "en flaska t-röd": a colour or a state alone says how goods are, and names none ("ljus" are candles too)
        reasons.append((UNSURE, "Sagt bara hur varan ska vara, inte vilken vara: kontrollera"))
    if q.only_purpose:  # "något gott till kaffet" names no coffee: what goes with it is a guess
        reasons.append((WHICH_SORT, "Sagt bara vad varan ska passa till: kontrollera vilken vara som menas"))
    if q.respelled:
        reasons.append((NOT_SOLD, f"«{q.respelled[0]}» finns inte i sortimentet: föreslår en närliggande vara"))
    if q.corrected and index.lexicon.non_food_department(best.entry.product.category) and not (
            best.entry.words & {stem(w) for w in content_words(item.phrase)}) and not one_letter_off(q.corrected, best):
        value = round(value * 0.5, 3)  # a typo read as cat food or soap was probably something else
    plainer = next((s for s in available[1:] if s.marked < best.marked and s.extra <= best.extra + 1
                    and not s.unmatched and s.score >= best.score - CLOSE and not another_sort(s.entry, q)), None)
    if (plainer and best.entry.product.id not in history  # the client's usual is no surprise, nor one whose
            and index.lexicon.uses_written(best.entry.words).isdisjoint(q.purpose)):  # special word says the use asked
        reasons.append((WHICH_SORT, f"Föreslagen vara är en särskild sort, «{plainer.entry.product.name}» är "
                                    "vanligare: kontrollera"))
    cooked = not index.lexicon.food_uses.isdisjoint(q.purpose)
    if best.excused and (other := _another_shelf(best, available, cooked)) and best.entry.product.id not in history:
        reasons.append((WHICH_SORT, f"Vilken sort passar det varan ska användas till? «{other.entry.product.name}» "
                                    "finns också: kontrollera"))
    if best.excused and best.entry.product.id not in history and (
            use := _saying_the_use(best, available, q, index.lexicon)):
        reasons.append((WHICH_SORT, f"«{use.entry.product.name}» säger vad varan ska användas till: kontrollera"))
    if value < REVIEW_BELOW:
        reasons.append((UNSURE, "Osäker träff: kontrollera varan"))
    reasons.extend((DIET, note) for note in best.notes)
    counted = count_packages(index, item.quantity, best.entry)
    if counted.reason and (counted.reason != TOO_BIG or _smaller_pack(index, item.quantity, best, available)):
        reasons.append((question_of(counted.reason), counted.reason))  # one package bigger than asked is no question when none is smaller
    return Proposal(best.entry.product, value, bool(reasons), "; ".join(text for _, text in reasons) or None,
                    counted.count, clamp(best.score), _alternatives(alternatives, best), counted.estimated,
                    first(question for question, _ in reasons), other_sizes)


def _unasked_sorts(best: Scored, available: list[Scored], q: Query, index: CatalogIndex,
                   diet: Sequence[str]) -> frozenset[str]:
    """The special sorts (gluten-free, lactose-free, vegan, baby, pet, pharmacy…) the best product is and
    nobody asked for: never proposed silently, unless what every product of the kind is, a brand asked
    by name, or a word said led by the sort's marker says it was meant."""
    # a food word says its department as a department word does: "te" asks no household goods
    # and so does a compound's head the lexicon lists as a food, where the product writes the compound nowhere
    # whole ("kalvlever" is liver to eat, no cat food listing "kalv/lever"; a head that is only a bare word's
    # reading, "fil" of "nagelfil", tells no department, nor one the store's own "Påsklämmor" writes whole),
    # and a compound of food words: "kycklinglever" is no cat food "Oxkött/Kyckling & Lever"
    said_department = bool(q.attributes & index.lexicon.departments.keys()) or index.lexicon.names_food(q.head_word) \
        or (bool(q.head_parts) and q.head in index.lexicon.foods - index.lexicon.department_words
            and q.head_word not in best.entry.exact) \
        or index.lexicon.compound_of_foods(q.head, q.head_parts)
    unasked = best.entry.sorts_named & special_variants(index.lexicon) - q.attributes - set(diet)
    if FREE_FROM & {*q.attributes, *diet}:  # "glutenfri pizzadeg": free of lactose too serves the diet asked
        unasked -= FREE_FROM
    if q.for_child or (q.size_wish and size_wish_agrees(best.entry, q.size_wish)):
        unasked -= {CHILD}  # "klämpåse till lillen": a children's product is what was asked; "små morötter": the
        #                     "Baby" of "Morötter Baby" is the size wished
    if q.compound_tail:  # "bacon" where only "Vegobacon" is sold: the compound's first part marks a sort
        unasked |= {attr for word in _compounds_ending_in(q.head, [best])
                    for marker, attr in index.lexicon.attributes.items() if leads_with(word, {marker})
                    } - q.attributes - set(diet)
    if best.entry.department_stated:  # "Hundschampo" under "Husdjur" is a pet product, no hygiene one
        unasked -= index.lexicon.departments.keys() - {best.entry.department}
        lex = index.lexicon
        if q.compound_tail and not said_department and q.head not in lex.foods | lex.department_words:
            # "en slev till soppan" where only a "Soppslev" is sold: a word of no food and no department's is the
            # goods of the department their shelf states, though no product says it alone
            unasked -= {best.entry.department}
    # what every (or most) of the kind's products are is no special sort; but the compounds of a word the
    # store never writes alone tell nothing of its usual sort ("Vegobacon" is no plain "bacon")
    if unasked and not q.compound_tail:
        usual = usual_sorts([s.entry for s in available if s.kind >= HEAD and not s.unmatched], said_department,
                            [s.entry for s in available if s.kind >= HEAD])
        usual |= shared_by_the_lead(best.entry, {q.head_word, *q.modifiers}, index, said_department)
        if q.head_word in index.lexicon.kinds:  # a kind of goods said for no one ("godis"): whom they are
            usual -= FOR_WHOM                   # for is never read from what most of the store's are for
        usual -= sorts_against(q.head_word, index.lexicon)  # "pytt i panna": no silent vegetarian one
        if CHILD in usual and any(CHILD not in s.entry.suits for s in available if s.kind >= HEAD):
            usual -= {CHILD}  # "couscous": baby food is a sort of its own where the kind is sold for anyone too
        unasked -= usual
    if unasked:  # "indisk linssoppa": "Glutenfri" on a lentil soup is a label, no other product
        unasked -= labels_only(best.entry, {q.head, q.head_word, *q.head_parts, *q.modifiers}, index.lexicon)
    if unasked and (q.head_parts or made_of_produce(q.head_word, index)) and best.kind == EXACT:  # "tofuburgare"
        unasked -= shelf_sorts_of_the_word([s.entry for s in available if s.kind == EXACT and not s.unmatched])
    if unasked and best.kind == EXACT:  # "tempeh", "soygurt": words the store writes only on the shelf of the sort
        unasked -= shelf_sorts_of_words_said((q.head_word, *q.modifiers), index)
    if (q.brand and best.kind == BRAND) or leads_with(q.head_surface, best.entry.brand | q.brands_said):
        unasked = frozenset()  # "whiskas", "quorn bitar": a brand asked for by name is what they want
    if not best.entry.brand.isdisjoint(q.modifiers):  # "sheba kalv": the brand's department is the one asked
        unasked -= index.lexicon.departments.keys()  # (its veal cat snack), not a gluten-free sort of it
    if unasked:  # "vegobacon", "vegoskivor paprika": a word said led by a sort's marker asks that sort
        unasked -= {a for marker, a in index.lexicon.attributes.items()
                    if any(leads_with(word, {marker}) for word in (q.head_surface, *q.modifiers))}
    if unasked and plant_base_said(q, index.lexicon):
        unasked -= PLANT_BASED  # "havregrädde", "yoghurt av soja": the plant-based sort is what was asked
    if unasked:  # "sojachorizo": as by a diet's mark ("soja", "quorn"), the diet's sort
        unasked -= {attr for name, diet in index.lexicon.diets.items() if (attr := index.lexicon.attribute_of(name))
                    and any(led_by_a_mark(word, diet.marks) for word in (q.head_surface, *q.modifiers))}
    return frozenset(unasked)


def led_by_a_mark(word: str, marks: Collection[str]) -> bool:
    """The word asked (folded) begins with a diet's mark (a stem: "soj" of "soja") and goes on for a word of
    its own ("sojachorizo", "quornfärs"), as a compound's first part does."""
    return any(word.startswith(mark) and len(word) - len(mark) >= MIN_MARKED for mark in marks)


MIN_MARKED = 4  # letters after a diet's mark for the word to be a compound led by it


MANY_SORTS = "Många sorter passar: bekräfta vilken"
SUB_LINE = "Varan säljs bara i en egen serie under namnet: kontrollera vilken vara som menas"
SYSTEMBOLAGET = "Säljs bara på Systembolaget: kontrollera vad som menas"
SAYS_ALL = 0.3  # how far below the best a product saying every word said may score and still come first


def cheapest_of(best: Scored, available: list[Scored]) -> Scored:
    """The cheapest product as much what was asked as the best fit (the same kind of match, nothing
    more left unsaid, no special sort more, no other kind): by price per gram or millilitre where all
    of them give one in the same measure, else by the package's price."""
    peers = [s for s in available if s.kind == best.kind and s.unmatched <= best.unmatched
             and s.marked <= best.marked and s.other_kind <= best.other_kind]
    per_unit = {id(s): _price_per_unit(s.entry.sized) for s in peers}
    measures = {found[0] for found in per_unit.values() if found is not None}
    if len(measures) == 1 and None not in per_unit.values():
        return min(peers, key=lambda s: per_unit[id(s)][1])  # type: ignore[index]
    return min(peers, key=lambda s: s.entry.product.price_sek)


def _price_per_unit(product: Product) -> tuple[bool, float] | None:
    """(weighed, price per g or ml) of a product with a size, or sold by the kilo; None without."""
    if product.size is None and product.unit == "kg":
        return True, product.price_sek / TO_BASE["kg"]
    amount = pack_amount(product)
    return None if not amount or product.unit is None else (product.unit in WEIGHT, product.price_sek / amount)


def _steered_to(sort: str, q: Query, ranked: list[Scored], item: Item, index: CatalogIndex,
                history: Collection[str], diet: Collection[str]) -> tuple[Query, list[Scored]]:
    """Goods said for a child or an old animal by words no product says ("tandkräm till barnbarnet",
    "torrfoder till en gammal hund") are the kind's sort for them (`sort`: "Junior", "Senior") where the store
    sells one that says all else said and is no more another sort than the plainest of the goods is ("Äpple/
    Jordgubb 6M"; "mango dryck till barnbarnen" is no "Smoothie Mango/Havtorn 6M" where a "Fruktdryck Mango" is
    sold); else the goods as ranked."""
    if sort in ranked[0].entry.suits:
        return q, ranked
    steered = replace(q, attributes=q.attributes | {sort})
    for_them = rank(index, steered, item.quantity, history, diet)
    plainest = min((s.marked for s in ranked if s.kind >= IS_THE_THING and s.unmatched <= ranked[0].unmatched),
                   default=ranked[0].marked)
    if (for_them and sort in for_them[0].entry.suits and for_them[0].unmatched <= ranked[0].unmatched
            and for_them[0].marked <= min(plainest, ranked[0].marked)):
        return steered, for_them
    return q, ranked


def _a_childrens_sort_apart(best: Scored, available: list[Scored], index: CatalogIndex) -> bool:
    """Goods for a child where a children's sort of them is sold but is one among many grown-ups' ("plåster
    till barnbarnet": "Plåster Barn Panda Kokosolja" beside "Plåster Natur" and sixteen more, though it writes
    a sort more): no grown-up's plaster sure. Goods often made for children ("klämpåse till lillen", four in
    eleven for a small child by the name) are theirs whatever the name: CHILDRENS_FEW. The kind is the goods
    the best product's name leads with ("Klämpåse Äpple EKO" for "klämpåse äpple": klämpåsar, not apples)."""
    if not best.entry.own or not any(CHILD in s.entry.suits for s in available if s.kind >= HEAD and not s.unmatched):
        return False
    lead = best.entry.own[0][0]
    kind = [index.entries[i] for i in index.named_by(lead)]
    return CHILDRENS_FEW * sum(CHILD in entry.suits for entry in kind) < len(kind)


CHILDRENS_FEW = 4  # a kind of which fewer than one product in this many is for children is grown-ups' goods


def measures_said(q: Query) -> Measures:
    """What was said of the product's own measure, each with how a name's measure agrees with it (None: the
    name writes none): a percentage, a grade, a strength, a code, a pack count, an age, a size."""
    return tuple((said, agrees_with) for said, agrees_with in (
        (q.percent, percent_agrees), (q.grade, grade_agrees), (q.strength, strength_agrees),
        (q.code, code_agrees), (q.pack_count, pack_count_agrees), (q.counted, count_agrees),
        (q.age, age_agrees), (q.size_range, size_range_agrees), (q.size_wish, size_wish_agrees))
        if said is not None)


def _stating_the_measure(best: Scored, ranked: list[Scored], measures: Measures) -> Scored | None:
    """A best fit whose name leaves out a measure said, writing none otherwise than said, gives way to a product
    of the kind as close that writes them all: "mörk choklad 70%" is the "Choklad Mörk 70% EKO/Fairtrade", not a
    "Mörk Choklad" of no stated strength, though it is plainer (see `_saying_every_word`); "prästost tolv månader
    den trettiofem procentiga" the "Präst 35% 12 Mån", not a "Präst 35%" of no age. `measures`: `measures_said`."""
    if not measures or not _leaves_out(best, measures):
        return None
    return _giving_way(best, ranked, STATES_THE_MEASURE, lambda s: _states(s, measures), kind=min(best.kind, SHELVED))


def _writes_none(fit: Scored, measures: Measures) -> bool:
    """The name writes none of the measures said, neither as said nor otherwise."""
    return all(agrees(fit.entry, said) is None for said, agrees in measures)


def _leaves_out(fit: Scored, measures: Measures) -> bool:
    """The name writes some measure said not at all, and none otherwise than said."""
    found = [agrees(fit.entry, said) for said, agrees in measures]
    return None in found and False not in found


def _states(fit: Scored, measures: Measures) -> bool:
    """The name writes every measure said (`measures_said`), as said."""
    return all(agrees(fit.entry, said) for said, agrees in measures)


STATES_THE_MEASURE = 0.15  # how far below the best a product writing the measure said may score and come first


def _saying_every_word(ranked: list[Scored], q: Query) -> Scored | None:
    """A best fit that lacks a word said gives way to a product of the kind that says them all, though
    it writes a sort nobody asked for: "proviva blåbär" is the "Proviva50 Blåbär/Röda Vinbär Utan
    Tillsatt Socker", not fresh berries without the brand said. A product on the shelf the word names whose
    name writes the other words said is of the kind too: "riven parmesan" is the "Grana Padano Riven" under
    "Parmesan", no whole "Parmesan Bit"; "frysta grönsaker" no "Okra" that only its freezer shelf calls frozen,
    and "korv med bröd" no "Hamburgerbröd" on "Korv hamburger", whose name says it is another kind."""
    best = ranked[0]
    if not best.unmatched:
        return None
    said = (q.head_word, q.head)
    def on_its_shelf(s: Scored) -> bool:
        return s.kind >= SHELVED or (bool(q.modifiers) and s.entry.words.issuperset(q.modifiers)
                                     and not s.entry.category.isdisjoint(said)
                                     and (not s.entry.types or not s.entry.types.isdisjoint(said)))
    return _giving_way(best, ranked, SAYS_ALL, also=on_its_shelf,  # "vegansk ost": a "Veganost" is an ost
                       kind=min(best.kind, CATEGORY))


def _keeping_the_diet(ranked: list[Scored], q: Query, lexicon: Lexicon) -> Scored | None:
    """A best fit lacking a diet asked ("vegansk", "laktosfri") gives way to a product of the kind that keeps it
    and lacks no more words said: "skivad vegansk cheddar ost" is the unsliced "Veganost Cheddar", no dairy
    "Cheddar Skivad"; a cut not sold is a smaller fault than food the client must not eat. A vegetarian asks
    no compound's meat: "vegetarisk prinskorv" is a "Vegokorv", any sausage kept meat-free, no "Prinskorv"."""
    best = ranked[0]
    asked = q.attributes & (PLANT_BASED | lexicon.diets.keys())
    if not asked or asked <= best.entry.suits:
        return None
    least = min(best.kind, HEAD) if VEGAN in asked else best.kind
    return next((s for s in ranked[1:MAX_SCORED] if asked <= s.entry.suits and s.unmatched <= best.unmatched
                 and s.kind >= least and not s.other_kind and not s.avoided), None)


def _giving_way(best: Scored, ranked: list[Scored], margin: float,
                also: Callable[[Scored], bool] = lambda s: True, kind: float | None = None) -> Scored | None:
    """The first product of the best's kind (or `kind`) or a closer one, lacking no word said, no other kind
    and nothing avoided, that scores at most `margin` below the best and is `also` what the best is not (see
    `_saying_every_word`, `_stating_the_measure`)."""
    least = best.kind if kind is None else kind
    return next((s for s in ranked[1:MAX_SCORED] if not s.unmatched and s.kind >= least and not s.other_kind
                 and not s.avoided and s.score >= best.score - margin and also(s)), None)


def _compounds_ending_in(head: str, available: list[Scored], fitting: bool = True) -> set[str]:
    """The catalog's compounds of a head it writes only inside them, among the products that fit (or all of
    the kind): one ("Mjölkdryck" for "dryck") is the thing, several ("Chokladboll", "Havreboll" for "bollar")
    are sorts to choose among."""
    return {word for s in available if s.kind >= HEAD and not (fitting and s.unmatched)
            for word in s.entry.exact if word.endswith(head) and word != head}


def _led_by_no_food(best: Scored, q: Query, lexicon: Lexicon) -> bool:
    """A word the store writes only as the head of compounds, whose best product's compound is led by no
    food ("Havsabborre" for "abborre", "Havskräftor" for "kräftor": a sea bass, a langoustine): another
    thing named after it, where one led by a food ("Mjölkdryck" for "dryck") is that thing made of it. Not
    fresh produce, whose compound names a variety ("Honungspomelo"), nor goods asked for a use, which the
    compound may name ("tabletter till diskmaskinen": "Maskindisktabletter"); the caller asks it of a bare
    word the lexicon has no reading of ("jäst" is the fresh "Kronjäst", "socker" the "Strösocker")."""
    firsts = [word[:-len(q.head)].removesuffix("s") for word in _compounds_ending_in(q.head, [best])]
    return bool(firsts) and not any(lexicon.names_food(first) for first in firsts)


def _a_sort_chosen_unsaid(best: Scored, available: list[Scored], phrase: str, q: Query) -> bool:
    """The store writes the word asked only in compounds of several sorts ("Långkalsonger", "Barnkalsonger" for
    "kalsonger"), and what was said beside it chose the best's by its size or colour, not by the compound's
    first part: long johns are still a sort nobody asked for ("svarta kalsonger storlek xxl"); a compound asked
    has its sort ("svampsoppa": a "Skogssvampsoppa" is one). A first part is said where the phrase holds its
    first letters, however spelt ("tång caviar", "kaviarmix": "Caviarmix")."""
    mine = _compounds_ending_in(q.head, [best])
    if q.head_parts or not mine or len(_compounds_ending_in(q.head, available, fitting=False)) < 2:
        return False
    return not _a_first_part_said(mine, phrase)


def _a_sort_of_a_preparation_chosen_unsaid(best: Scored, available: list[Scored], phrase: str, q: Query,
                                           lexicon: Lexicon) -> bool:
    """A preparation said ("rökt" of "rökt lax") that the best writes only inside a compound, where the
    kind's goods write it in compounds of several sorts ("Varmrökt Lax", "Kallrökt Lax i Skivor"): which of
    them is a choice nobody made, as `_a_sort_chosen_unsaid` reads of the kind's own word. Not any word
    said: "det vanliga saltade" smör is the "Normalsaltat", "torrfoder till katten" any cat's."""
    for word in lexicon.prepared.intersection(q.modifiers):
        mine = _compounds_ending_in(word, [best])
        if (mine and word not in best.entry.exact and len(_compounds_ending_in(word, available)) >= 2
                and not _a_first_part_said(mine, phrase)):
            return True
    return False


def _a_first_part_said(compounds: Collection[str], phrase: str) -> bool:
    """The phrase holds the first letters of one of the compounds, however spelt ("tång caviar", "kaviarmix":
    "Caviarmix"): its first part, the sort, was said."""
    said = fold(casefold(phrase)).replace("c", "k")
    return any(word[:SAID_PART].replace("c", "k") in said for word in compounds)


SAID_PART = 3  # first letters of a compound's first part that, in the phrase, say it


def use_said(q: Query, index: CatalogIndex) -> bool:
    """A use asked that some product of the word's kind says (sorts.purpose_narrows): one none says
    ("sås till köttbullarna") leaves the word as if said bare."""
    kind = index.posting("exact", q.head_word) | index.posting("heads", q.head)
    if q.brand:  # "svinto till stekpannorna": the brand's goods are the kind
        kind |= index.posting("brand", q.head_word, q.head_surface)
    return bool(q.purpose) and purpose_narrows(q, index.lexicon, (index.entries[i] for i in kind))


def _one_taste_of_many(best: Scored, available: list[Scored], q: Query, index: CatalogIndex) -> bool:
    """A bare food word whose best product, on a feed without shelves, is one taste or dish among
    others that fit as well ("sås": "Satay Sås" beside "Hoisin Sås", "Thai Sriracha Sås"): nothing
    but the order of equal fits chose it (see sorts.sorts_to_choose). A shelf would tell the store's
    usual sort, and the generic word's size of it asks there (GENERIC); but for goods whose taste is the
    whole choice (the lexicon's `tastes_matter`: "saft", "läsk", "glass") no shelf tells one. A use no
    product of the kind says chooses no taste ("sås till köttbullarna": no sure "Satay Sås")."""
    tastes_matter = q.head_word in index.lexicon.tastes_matter
    if (q.modifiers or use_said(q, index) or q.attributes or q.brand or best.kind != EXACT
            or (best.entry.product.category and not tastes_matter) or best.entry.department is not None):
        return False
    close = _close_rivals(best, available)
    # a compound's first parts were said ("halkidikioliver", "halkidiki oliver"): no sort left unsaid
    said = {q.head, q.head_word, *q.head_parts}
    sold = _sold_fresh_in(index)
    # where the taste is the whole choice, one other taste fitting exactly as well is a choice already:
    # "pizza" between a "Ristorante Pizza Prosciutto" and a "Ristorante Mozzarella Pizza", chosen by order alone
    tied = [s.entry for s in close if round(s.score, SCORE_DIGITS) == round(best.score, SCORE_DIGITS)]
    return ((tastes_matter and sorts_to_choose(best.entry, tied, said, index.lexicon, sold, True, to_choose=1))
            or sorts_to_choose(best.entry, [s.entry for s in close], said, index.lexicon, sold, tastes_matter))


def _a_flavour_of_equal_fits(best: Scored, available: list[Scored], q: Query, index: CatalogIndex) -> bool:
    """A line, brand or compound said ("moomin kex"), or a bare word with a percentage ("kvarg 0,2%"), whose
    best product's flavour, unsaid, was chosen over another and over the plain thing by the order of equal
    fits alone (see sorts.a_flavour_chosen_by_order); a bare word's tastes are `_one_taste_of_many`'s."""
    if (not (q.modifiers or q.head_parts or q.brand or q.percent is not None) or q.attributes or best.kind < HEAD
            or best.unmatched):
        return False
    tied = [s.entry for s in _close_rivals(best, available)
            if s is not best and round(s.score, SCORE_DIGITS) == round(best.score, SCORE_DIGITS)]
    if not tied:
        return False
    said = {q.head, q.head_word, *q.head_parts, *q.modifiers}
    # the plain thing: products naming the line (a word said apart, or a compound's first part) and a word led
    # by the kind ("Moomin Kexfigurer"), however the splitter left that word; of a bare word narrowed by a
    # percentage ("kvarg 0,2%"), products naming the word, the plain one sold at another percentage
    named = {*q.head_parts, *q.modifiers} or {q.head_word}
    plain = [entry for entry in (index.entries[i] for word in named for i in index.posting("exact", word))
             if named <= entry.words and any(word.startswith(q.head) for word in entry.exact)]
    return a_flavour_chosen_by_order(best.entry, tied, plain, said, index.lexicon,
                                     q.head_word in index.lexicon.tastes_matter)


def _sold_fresh_in(index: CatalogIndex) -> Callable[[str], bool]:
    """Whether the store sells a word's thing as fresh produce (sorts.sold_fresh): a name adding it tells a taste."""
    def sold(word: str) -> bool:
        return sold_fresh(word, [index.entries[i] for i in index.posting("exact", word)])
    return sold


def _one_taste_of_the_brand(best: Scored, available: list[Scored], q: Query, index: CatalogIndex) -> bool:
    """A brand said alone whose goods of the best's kind (on its shelf) are many tastes alike: "festis"
    among "Orange Fruktdryck", "Cactus Lime Fruktdryck", "Guanabana Pineapple Fruktdryck" (see
    sorts.sorts_to_choose); nothing said chose the taste, as for a bare word on a feed of bare names
    (`_one_taste_of_many`). Words all of them write ("Fruktdryck") name the kind, no taste; a brand of one
    usual sort ("Normalsaltat" beside "Mellan" is no taste) or of goods no one eats is no such choice."""
    if (q.modifiers or q.purpose or q.attributes or best.kind != BRAND or best.unmatched
            or best.entry.department is not None):  # a brand's dish soaps ("Original", "Platinum") are no tastes
        return False
    goods = [s.entry for s in available if s.kind == BRAND and not s.unmatched and s.entry.shelf == best.entry.shelf]
    said = {q.head, q.head_word}
    kind = frozenset.intersection(*(sort_words(entry, said, index.lexicon) for entry in goods))
    return sorts_to_choose(best.entry, goods, said | kind, index.lexicon, _sold_fresh_in(index))


LINE_WORDS = 2  # name words beside the kind's that make a line of its own ("Kex Lane Plazma")


def _close_rivals(best: Scored, available: list[Scored]) -> list[Scored]:
    """The products of the kind asked that fit about as well as the best (itself among them)."""
    return [s for s in available[:MAX_SCORED] if s.kind >= HEAD and not s.unmatched and s.score >= best.score - CLOSE]


def _a_line_among_sorts(best: Scored, available: list[Scored], q: Query) -> bool:
    """A bare word whose best product writes it apart among more words (a brand's line: "Kex Nutella B
    Ready") while close rivals are compounds of it of two sorts or more ("Mariekex", "Honungskex"): the
    word names the kind, and nothing said chose the line over its sorts. A product named by the word
    alone ("Kex") or by one more word ("Chips Lättsaltade", "Chips Peppar") is a sort of the kind, no line."""
    if (q.modifiers or q.head_parts or q.purpose or q.attributes or q.brand or best.kind != EXACT
            or best.extra < LINE_WORDS):
        return False
    rivals = _close_rivals(best, available)
    return len(_compounds_ending_in(q.head, rivals)) > 1


def _one_compound_of_the_word(best: Scored, available: list[Scored], q: Query) -> bool:
    """A bare word whose best product is a compound ending in it ("Grapefrukt" for "frukt",
    "Fruktnappar", sweets, for "nappar") while a close rival names the word itself ("Frukt & Nötmix",
    "Napp Classic"): the word is more than that one sort of it, and nothing said chose the sort. A purpose the
    product need not say chooses none ("frukt till kaffet": no grapefruit says coffee)."""
    if (q.modifiers or q.head_parts or (q.purpose and not best.excused) or q.attributes or q.brand
            or best.kind != HEAD):
        return False
    return any(s.kind == EXACT and not s.other_kind for s in _close_rivals(best, available))


def _other_sizes(best: Scored, available: list[Scored], phrase: str, q: Query) -> frozenset[str]:
    """Goods whose best product fits one size and a close rival another, where the words said name
    none: "batterier" among "Batterier C" and "Batterier Aa", "ljus" among "Sifferljus 0" and
    "Sifferljus 1" (see fits.py). The ids of the rivals of another size, the client's choices;
    empty when there is no size to choose."""
    if fit_of(tokens(phrase), content_words(phrase), q.size_range):
        return frozenset()
    rivals = [s.entry for s in _close_rivals(best, available)]
    if not sizes_to_choose(best.entry.fit, (entry.fit for entry in rivals), food=best.entry.department is None):
        return frozenset()
    return frozenset(entry.product.id for entry in rivals if entry.fit not in (None, best.entry.fit))


def _bare_count(quantity: Quantity | None) -> int | None:
    """A whole number said without a unit ("nan pro 1"): a count, or the number of a series' product."""
    if quantity is None or quantity.amount is None or quantity.unit not in (None, "st") or quantity.unit_word:
        return None
    return int(quantity.amount) if quantity.amount == int(quantity.amount) else None


def _another_shelf(best: Scored, available: list[Scored], cooked: bool = False) -> Scored | None:
    """A close rival on another shelf when the best did not say what the goods are for: "rostbiff
    till ugnen" is a whole piece or slices, and only the purpose would choose. `cooked`: the purpose
    is what food is cooked on (the lexicon's `food_uses`), which chooses the cut on a feed without
    shelves too ("fläskkarré till grillen": "Fläskkarré Skivad" or the whole piece)."""
    return next((s for s in available[1:MAX_ALTERNATIVES + 1]
                 if (s.entry.shelf != best.entry.shelf or (cooked and s.entry.packing.cut != best.entry.packing.cut))
                 and not s.unmatched and s.score >= best.score - CLOSE), None)


def _saying_the_use(best: Scored, available: list[Scored], q: Query, lexicon: Lexicon) -> Scored | None:
    """A product of the kind asked whose name says more of the use asked than the best's ("havredryck
    till kaffet": a "Havredryck ... till Kaffet" beside the plain "Havredryck" that fewer name words
    chose): the one made for the use may be what is meant. A shelf saying the use ("Cashewsmör" on
    "Bakning" for "smör till bakning") is no name saying it, nor a name holding the food (`holds_the_food`)."""
    def said(entry: Entry) -> int:
        return sum((word in entry.words or word in entry.uses or word in lexicon.uses_written(entry.words))
                   and not holds_the_food(word, entry, q) for word in q.purpose)
    least = said(best.entry) + 1
    return next((s for s in available[1:MAX_SCORED] if s.kind >= HEAD and not s.unmatched and not s.other_kind
                 and not s.avoided and said(s.entry) >= least), None)


def holds_the_food(mod: str, entry: Entry, q: Query) -> bool:
    """The food the goods are eaten with (`Query.eaten`), written by a name led by another thing than the
    one asked: the product holds that food ("Sandwich Tomato & Basil", "Krossade Tomater Basilika" for
    "basilika till tomaterna"); it is no sort made for it, as a "Pizza" in a cheese's name is."""
    return mod in q.eaten and mod not in q.modifiers and mod in entry.words and not name_leads_with(entry, q)


def _nothing_found(phrase: str, index: CatalogIndex) -> tuple[str, Question]:
    """The reason and the question when no word of the phrase names goods."""
    if not phrase.strip():
        return "Förstod inte vilken vara som menas", UNSURE
    if any(index.lexicon.only_at_systembolaget(w) for w in content_words(phrase)):
        return SYSTEMBOLAGET, NOT_SOLD
    return f"Hittade ingen vara som är «{phrase}»", NOT_SOLD


def _smaller_pack(index: CatalogIndex, quantity: Quantity, best: Scored, ranked: list[Scored]) -> bool:
    """A product nearly as good as the best whose packages come closer to the amount asked for."""
    mine = ordered_amount(index, quantity, best.entry)
    return any(ordered_amount(index, quantity, s.entry) < mine for s in ranked[1:MAX_ALTERNATIVES + 1]
               if s.score >= best.score - CLOSE and not s.unmatched and s.marked <= best.marked)


def _alternatives(ranked: list[Scored], best: Scored | None) -> list[tuple[Product, float]]:
    return [(s.entry.product, clamp(s.score)) for s in ranked[:MAX_ALTERNATIVES + 1] if s is not best
            ][:MAX_ALTERNATIVES]
