"""Scoring catalog products against one requested item, and the proposal with its confidence.

The core idea is Swedish compound structure: a request names a head ("mjölk"); products whose
name says that head (as a word or as the last part of a compound) are that thing, products that
only mention it as a modifier ("mjölkchoklad") are not. Brand and category complete the name.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant.catalog.compounds import FALLBACK_PART, join_split_compounds
from assistant.catalog.coverage import Coverage
from assistant.catalog.departments import of_words, usual_department
from assistant.catalog.lexicon import FOR_WHOM, Default, key
from assistant.catalog.normalize import (
    casefold,
    content_words,
    fold,
    split_accompaniment,
    stem,
)
from assistant.catalog.packages import (
    FAR_OFF,
    TO_BASE,
    TOO_BIG,
    VOLUME,
    WEIGHT,
    PackageCount,
    pack_amount,
    package_count,
)
from assistant.catalog.schema import Product
from assistant.catalog.swedish import another_word, different_words, is_swedish
from assistant.nlu.models import Item, Quantity

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry

# How much a kind of match says that the product IS what was asked for.
EXACT, HEAD, BRAND, CATEGORY, MODIFIER = 1.0, 0.8, 0.9, 0.7, 0.3
IS_THE_THING = CATEGORY            # below this the product is at best related
REVIEW_BELOW = 0.7                 # confidence under this goes to staff
MAX_ALTERNATIVES = 5
GENERIC = 10                       # a bare word naming a category this big asks which sort
ENOUGH_EXACT = 30                  # see _candidates
MAX_SCORED = 60                     # products fully scored per item (see rank)
VARIANT, SPECIAL_VARIANT = 0.08, 0.25  # penalties for variants nobody asked for (eko vs glutenfri)
EXTRA, EXTRA_CAP, MARKED = 0.05, 0.2, 0.12  # per name word the request does not cover (see Coverage)
LONG_HEAD = 6                      # see _tail_worthy
WEAK = 0.7                         # confidence kept per compound part said only weakly (see Scored.weak)
CLOSE = 0.15                       # a rival this near the best is a real alternative
SPECIAL_VARIANTS = frozenset({"laktosfri", "glutenfri", "vegansk", "barn", "djur", "apotek"})
USUAL = 3                          # products of a kind that, all of one variant, make it the usual sort
HISTORY = 0.5                      # outweighs every preference but not a mismatch
CATEGORY_PRIOR = 0.2               # bonus for the head's usual category (see _category_prior)
BASE_CONFIDENCE = {EXACT: 0.95, BRAND: 0.9, HEAD: 0.85, CATEGORY: 0.75, MODIFIER: 0.25}


@dataclass(frozen=True)
class Query:
    """A product phrase as the matcher reads it (stems, å/ä/ö-folded)."""

    head_word: str                  # stem of the whole last word ("mellanmjolk")
    head_surface: str               # that word as said, folded ("mellanmjolk", "gradde")
    head: str                       # its last compound part ("mjolk")
    modifiers: tuple[str, ...]      # the other words, which the product must also say
    head_parts: tuple[str, ...]     # the head word's first parts, needed unless the word matched whole
    attributes: frozenset[str]      # requested variants: "eko", "laktosfri", ...
    brand: bool                     # the head word is a brand ("bregott", "zoégas")
    brand_kind: str | None = None    # what that brand makes, by the lexicon ("smör", "kaffe")
    corrected: tuple[str, ...] = ()  # words read as typos of catalog words
    unknown: tuple[str, ...] = ()    # words neither known nor correctable
    head_letters: str = ""           # the head as typed, when typed with å/ä/ö: "kål" must not find "Kalas"
    packaging: tuple[str, ...] = ()  # package words said ("på burk"): preferred, not required
    brands_said: frozenset[str] = frozenset()  # modifiers naming a brand ("löfbergs kaffe", "loka citron")
    respelled: tuple[str, ...] = ()  # real Swedish words read as another catalog word: staff confirm


@dataclass(frozen=True)
class Scored:
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


@dataclass(frozen=True)
class Proposal:
    product: Product | None
    confidence: float
    needs_review: bool
    reason: str | None = None
    count: int | None = None
    score: float = 0.0
    alternatives: list[tuple[Product, float]] = field(default_factory=list)


def analyse(phrase: str, index: CatalogIndex, attributes: Collection[str] = ()) -> Query | None:
    """Rewrite synonyms, join split compounds, correct typos, then pick the head: the last word
    before any "med"/"i"/"utan" ("pytt i panna" is a pytt, "sill i dill" a herring)."""
    lex = index.lexicon
    text = join_split_compounds(lex.rewrite(phrase), index.vocabulary)
    said = {stem(w) for w in content_words(text)}
    wanted: set[str] = set()
    extra: list[str] = []
    for attribute in attributes:  # the parser's attributes: variants we know, other words as modifiers
        attr = lex.attribute_of(stem(key(attribute)))
        if attr:
            wanted.add(attr)
        elif stem(key(attribute)) not in said:
            extra.append(attribute)
    corrected: list[str] = []
    respelled: list[str] = []
    unknown: list[str] = []
    said_attributes: list[str] = []
    packaging: list[str] = []
    main, rest = split_accompaniment(text)
    groups: tuple[list[str], list[str]] = ([], [])
    for group, part in ((0, " ".join(extra)), (0, main), (1, rest)):
        for word in content_words(part):
            if fold(word) in lex.fillers:
                if stem(word) in lex.packaging:
                    packaging.append(stem(word))
                continue
            attr = lex.attribute_of(stem(word))
            if attr:
                wanted.add(attr)
                said_attributes.append(word)
                if not (attr in FOR_WHOM or attr in lex.departments) or not index.known(word):
                    continue  # "katt", "diskmedel": the word names the thing, not only who or where it is for
            if stem(word) in lex.plain and not index.known(word):
                groups[group].append(word)  # "naturell": any unflavoured product says it
                continue
            if not index.known(word) and lex.knows(stem(word)) and not index.ending_with(stem(word)):
                unknown.append(word)  # a real word for something the catalog lacks ("whisky")
                continue
            if not index.known(word):
                # a word many products use, one edit away, is a typo ("knäckebrö"); else an unknown
                # word ending in a known head is a compound ("mesost"); else any near catalog word
                fixed = index.correct(word, limit=1, min_products=2)
                if fixed is None and len(index.split(word)) == 1:
                    fixed = index.correct(word)
                    if fixed is None:
                        unknown.append(word)
                        continue
                if fixed is not None:
                    corrected.append(word)
                    if is_swedish(word) and another_word(word, fixed):  # "glödlampa" is no "globlampa"
                        respelled.append(word)
                    word = fixed
            groups[group].append(word)
    words = _head_last(groups[0] or groups[1], lex.descriptors)
    described = groups[1] if groups[0] else []
    if not words and said_attributes:  # "lätta" alone is the margarine, not a wish for light goods
        words = said_attributes[-1:]
        wanted.discard(lex.attribute_of(stem(words[0])) or "")
    if not words:
        return None
    # the department a word says, inside a compound too: "handdiskmedel" is a household product
    wanted.update(d for w in words if (d := of_words((stem(w), *map(stem, index.split(w))), lex)))
    said_text = fold(casefold(" ".join(words)))  # "hundgodis", "barnmat": who it is for, said inside a word
    wanted.update(attr for marker, attr in lex.for_whom.items()  # not "kid" of "kidneybönor"
                  if len(marker) >= FALLBACK_PART and marker in said_text)
    head_word = words[-1]
    brand = lex.brand_kind(head_word) is not None or key(head_word).replace(" ", "") in lex.brands or (
        _only_brand(index, stem(head_word)))
    parts = index.split(head_word)
    if len(parts) == 1 and not brand:
        parts = index.said_apart(head_word) or parts
    modifiers = tuple(dict.fromkeys(stem(w) for w in words[:-1] + described))
    brands_said = frozenset(stem(w) for w in words[:-1] if key(w).replace(" ", "") in lex.brands
                            or _only_brand(index, stem(w)))
    head_parts = () if brand else tuple(stem(p) for p in parts[:-1])
    letters = casefold(parts[-1])[:3]
    return Query(head_word=stem(head_word), head_surface=fold(head_word),
                 head_letters=letters if letters != fold(letters) else "",
                 head=stem(parts[-1]), modifiers=modifiers,
                 head_parts=head_parts, attributes=frozenset(wanted), brand=brand,
                 brand_kind=lex.brand_kind(head_word) if brand else None,
                 corrected=tuple(corrected), unknown=tuple(unknown), packaging=tuple(packaging),
                 brands_said=brands_said, respelled=tuple(respelled))


def _head_last(words: list[str], descriptors: Collection[str]) -> list[str]:
    """Adjectives said after the thing ("äpplen röda", "blåbär frysta") go before it, where a
    Swedish name has them, so that the noun is the head."""
    end = len(words)
    while end > 1 and stem(words[end - 1]) in descriptors:
        end -= 1
    return words[end:] + words[:end] if end < len(words) and end else words


def _only_brand(index: CatalogIndex, word: str) -> bool:
    """True when the word names a brand and no product name says it (e.g. "Bregott")."""
    return bool(index.posting("brand", word)) and not any(index.posting(f, word) for f in ("exact", "heads", "parts"))


def kind_of_match(entry: Entry, q: Query) -> float:
    if q.brand:
        if q.head_word in entry.brand or q.head_surface in entry.brand:
            return BRAND
        return HEAD if q.head_word in entry.exact else 0.0
    if q.head_word in entry.exact:
        return EXACT
    if q.head in entry.heads or any(w.endswith(tail) for tail in _tails(q) for w in entry.exact):
        return HEAD  # the second: a compound the splitter left whole ("Disktabletter", "Mästarmakrill")
    if (q.head_word in entry.category or q.head in entry.category) and q.head not in entry.parts:
        return CATEGORY
    if q.head in entry.parts or q.head_word in entry.parts:
        return MODIFIER
    return 0.0


def _tails(q: Query) -> tuple[str, ...]:
    """Endings long enough to find compounds the splitter left whole: the whole word from six
    letters ("diskmedel" in "Maskindiskmedel", "makrill" in "Mästarmakrill"), the head of a
    compound request from four ("tablet" of "diskmaskinstabletter" in "Disktabletter")."""
    return tuple(dict.fromkeys(t for t, least in ((q.head_word, LONG_HEAD), (q.head, FALLBACK_PART if q.head_parts
                                                                          else LONG_HEAD)) if len(t) >= least))


def _default_for(q: Query, index: CatalogIndex) -> Default | None:
    lex = index.lexicon
    if q.brand:
        return lex.defaults.get(stem(q.brand_kind)) if q.brand_kind else None
    return lex.defaults.get(q.head_word)


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
        self.wanted_attributes = q.attributes | set(self.diet)
        # a brand said with the word leaves its default reading: "löfbergs kaffe" is their ground coffee
        self.default = None if set(q.modifiers) - q.brands_said else _default_for(q, index)
        self.asked = frozenset({q.head, q.head_word, *q.attributes, *self.diet})
        # variants asked for excuse an avoided word ("laktosfri"); a department ("hem") excuses nothing
        self.asked_variants = self.asked - index.lexicon.departments.keys()
        self.head_keys = frozenset({q.head, q.head_word})
        # the word itself in a prefer list says nothing among products that all say it
        self.prefer = self.default.prefer - self.head_keys if self.default else frozenset()
        self.head_said = frozenset({q.head_word, q.head, *q.head_parts})  # "Matlagnings Grädde" is one word said apart
        self.cover = Coverage(self.head_said, (*q.modifiers, *q.head_parts), self.wanted_attributes, index)
        self.plain = not self.cover.said & lex.flavours  # no flavour asked for: unflavoured first
        unit_word = stem(quantity.unit_word) if quantity and quantity.unit_word else ""
        # "en påse räkor" names the package as "räkor på påse" does
        self.packaging = frozenset({*q.packaging, *([unit_word] if unit_word in lex.packaging else [])})
        self.other_packaging = lex.packaging - self.packaging
        self.special = special_variants(index)
        self.lexicon_plain = lex.plain

    def promise(self, kind: float, entry: Entry, shares: dict[str, float]) -> float:
        """A cheap first cut of `score`: kind, category, plainness, produce, the bare word's default,
        modifiers and variants asked for."""
        value = kind + CATEGORY_PRIOR * shares.get(entry.product.category, 0.0) - 0.04 * min(4, entry.size_words - 1)
        if entry.fresh and kind >= HEAD and not self.q.modifiers:
            value += 0.25
        if self.default:
            if not (self.prefer.isdisjoint(entry.exact) and self.prefer.isdisjoint(entry.brand)):
                value += 0.12
            if not self.default.avoid.isdisjoint(entry.words):
                value -= 0.3
        for mod in self.q.modifiers if kind == EXACT else self.q.modifiers + self.q.head_parts:
            said = mod in entry.words or mod in entry.brand or mod in entry.context or self._plain_says(mod, entry)
            value += 0.12 if said or self.cover.said_in_pieces(mod, entry.words) else -0.3
        for attr in self.q.attributes:
            value += 0.15 if attr in entry.attributes else -0.35
        return value + (HISTORY if entry.product.id in self.history else 0.0)

    def score(self, entry: Entry, prior: float = 0.0) -> Scored | None:
        """How well the product fits: `prior` is its category's share (see `category_shares`)."""
        q = self.q
        kind = kind_of_match(entry, q)
        if kind == 0.0 or (q.head_letters and q.head_letters not in entry.text) or self._another_word(kind, entry):
            return None
        total = kind + CATEGORY_PRIOR * prior
        if kind == HEAD and not q.head_parts and not q.brand:
            total += 0.1  # for a bare "socker" a "strösocker" is as much sugar as "Socker Pure Panela"
        if kind > CATEGORY and self.head_keys & entry.category:
            total += 0.1  # the name and the category agree ("Herrgård Mild Ost" under "Ost")
        other_kind = (kind >= HEAD and not q.brand and bool(entry.types) and not self.head_said & entry.types
                      and not self.cover.leads(entry, q.head_word)
                      and not {q.head_word, q.head_surface} & entry.brand  # "red bull": the brand's own name
                      and not q.brands_said & entry.brand)  # "loka citron": the brand's drink of that flavour
        if other_kind:
            total -= 0.35  # the name's first kind is something else: "Apelsin Marmelad", "Paj Köttfärs"
        unmatched = weak = 0
        wanted_mods = q.modifiers if kind == EXACT else q.modifiers + q.head_parts
        if wanted_mods:
            said = entry.words | entry.brand | entry.context
            for mod in wanted_mods:
                if mod in entry.exact or mod in entry.brand:
                    total += 0.12
                elif mod in said or self.cover.said_in_pieces(mod, said):
                    total += 0.08  # inside a compound or the category: "kokt" of "Långkokt"
                    weak += mod in q.head_parts and self._said_in_another_role(mod, entry)
                elif self._plain_says(mod, entry):
                    pass  # "naturell": an unflavoured "Filmjölk" is the plain sort, no word is missing
                else:
                    unmatched += 1
                    total -= 0.3
        for attr in self.wanted_attributes:
            if attr in entry.attributes:
                total += 0.15
            elif attr in q.attributes:
                unmatched += 1
                total -= 0.35
        if self.packaging:
            packed = entry.context | entry.words
            if packed & self.packaging:
                total += 0.08  # "på burk": the canned sort
            elif packed & self.other_packaging:
                total -= 0.08  # "en påse": not the one in a jar
        if kind >= HEAD and q.head_surface in entry.surface:
            total += 0.1  # the very word, not just its stem ("grädde", not "gräddat")
        if self.plain and (entry.flavoured or entry.fillings - self.head_said - self.cover.said):
            total -= VARIANT
        for attr in entry.attributes - self.wanted_attributes:
            total -= SPECIAL_VARIANT if attr in self.special else VARIANT
        avoided = False
        if self.default:
            if (entry.exact | entry.brand) & self.prefer:
                total += 0.12
            if (entry.words - self.asked) & self.default.avoid and not entry.attributes & self.asked_variants:
                total -= 0.3
                avoided = True
        extra, marked = self.cover.extra_words(entry)
        if kind == CATEGORY:  # the name calls the thing by a word of its own ("Präst Mellanlagrad" is an ost)
            extra = max(0.0, extra - 1)
        total -= min(EXTRA_CAP, EXTRA * extra) + MARKED * marked
        if entry.fresh and kind >= HEAD and not q.modifiers:
            total += 0.25  # a bare "tomat", "äpplen", "gurka" is the fresh produce, not a jar or a drink
        total += _unit_fit(entry, self.quantity)
        notes: list[str] = []
        kinds = (entry.types or entry.heads) | entry.category  # "Mörkrost Bryggkaffe" is a coffee, no cheese
        for flag, rule in self.rules:
            if not kinds & rule.conflicts:
                continue  # coffee needs no lactose-free sort: the diet steers only where it can conflict
            if flag in entry.attributes or (entry.words | entry.brand) & rule.marks:
                total += 0.2
            else:
                total -= 0.25
                notes.append(f"Passar inte kosten: {flag}")
        if entry.product.id in self.history and kind >= IS_THE_THING and not unmatched and not avoided:
            total += HISTORY  # what the client bought before, when it is what they ask for
        return Scored(entry, total, kind, unmatched, avoided, tuple(notes), other_kind, marked, extra, weak)


    def _plain_says(self, mod: str, entry: Entry) -> bool:
        """A product with no flavour says "naturell" without writing it."""
        return mod in self.lexicon_plain and not entry.flavoured and not entry.fillings

    def _another_word(self, kind: float, entry: Entry) -> bool:
        """The name says the asked word's stem only as another word: "Gott Gräddat" (baked) is no
        "grädde" (cream), though both stem to "gradd"."""
        q = self.q
        if kind < HEAD or q.brand or q.head != q.head_word or q.head_surface in entry.surface:
            return False
        return different_words(q.head_surface, [w for w in entry.surface if stem(w) == q.head])

    def _said_in_another_role(self, part: str, entry: Entry) -> bool:
        """The asked compound's first part said only as another name word's kind ("kex" of "Duokex
        Choklad") or by a category that does not name the asked thing ("Kex och kakor" for
        "kexchoklad"; "Köttfärs" for "köttfärs" does)."""
        if self.head_keys & entry.category:  # "Fröknäcke" under "Knäckebröd och skorpor"
            return False
        if any(w != part and w.endswith(part) for w in entry.exact):
            return True
        return not (any(part in w for w in entry.words) or self.cover.said_in_pieces(part, entry.words))


def special_variants(index: CatalogIndex) -> frozenset[str]:
    """Sorts never proposed unflagged unless asked for: a diet's, a child's, and every department
    without food (another department is another thing)."""
    return SPECIAL_VARIANTS | index.lexicon.departments.keys()


def score_entry(entry: Entry, q: Query, index: CatalogIndex, quantity: Quantity | None = None,
                history: Collection[str] = (), diet: Collection[str] = (), prior: float = 0.0) -> Scored | None:
    """One product against one query (e.g. diet notes for a product already chosen)."""
    return Scorer(q, index, quantity, history, diet).score(entry, prior)


def _unit_fit(entry: Entry, quantity: Quantity | None) -> float:
    """A request in litres prefers liquids sold by volume, in grams goods sold by weight."""
    if quantity is None or quantity.unit is None:
        return 0.0
    product = entry.product
    if quantity.unit == "st":
        return _pack_fit(product, quantity)
    if product.sold_by_weight:
        return 0.05 if quantity.unit in WEIGHT else -0.2
    if product.unit is None:
        return 0.0
    wanted = WEIGHT if quantity.unit in WEIGHT else VOLUME
    if product.unit not in wanted:
        return -0.2
    if quantity.amount is None or product.size is None:
        return 0.05
    need = quantity.amount * TO_BASE[quantity.unit]
    pack = product.size * TO_BASE[product.unit]
    ordered = math.ceil(need / pack - 1e-9) * pack
    return 0.1 if ordered <= need * FAR_OFF else 0.0  # "en liter" prefers the litre pack to the 2 l one


def _pack_fit(product: Product, quantity: Quantity) -> float:
    """"sex ägg" prefers a pack of six (or a product sold one by one) to a pack of ten; "tre
    bananer" a banana sold by the piece to loose ones priced by the kilo."""
    if product.sold_by_weight and not quantity.unit_word:
        return -0.1
    if quantity.unit_word or quantity.amount is None or product.unit != "st" or not product.size:
        return 0.0
    packs = quantity.amount / product.size
    return 0.05 if packs >= 1 and abs(packs - round(packs)) < 1e-9 else -0.05


def rank(index: CatalogIndex, q: Query, quantity: Quantity | None = None, history: Collection[str] = (),
         diet: Collection[str] = ()) -> list[Scored]:
    """Candidates by kind of match, straight from the postings; when a broad head ("ost") brings
    many, only the MAX_SCORED most promising get the full scoring (see Scorer.promise)."""
    pool = [(kind, index.entries[i]) for kind, ids in _candidates(index, q) for i in ids]
    shares = category_shares(pool)
    scorer = Scorer(q, index, quantity, history, diet)
    if len(pool) > MAX_SCORED:
        pool = heapq.nlargest(MAX_SCORED, pool, key=lambda ke: scorer.promise(ke[0], ke[1], shares))
    scored = [s for _, entry in pool if (s := scorer.score(entry, shares.get(entry.product.category, 0.0)))]
    # equal fits: the plainer name, then the cheaper product (it is the client's money)
    scored.sort(key=lambda s: (-s.score, s.entry.size_words, s.entry.product.price_sek, s.entry.product.id))
    return scored


def _candidates(index: CatalogIndex, q: Query) -> list[tuple[float, frozenset[int]]]:
    """(kind, products) as `kind_of_match` would judge them, by set operations on the postings.

    A compound request with enough products saying the whole word ("knäckebröd") does not pull in
    everything with the same head or category ("bröd"); products that only mention the head as a modifier are
    candidates only when nothing better exists.
    """
    if q.brand:
        brand = index.posting("brand", q.head_word, q.head_surface)
        return [(BRAND, brand), (HEAD, index.posting("exact", q.head_word) - brand)]  # "lätta" is the brand
    exact = index.posting("exact", q.head_word)
    if q.head != q.head_word and len(exact) >= ENOUGH_EXACT:
        return [(EXACT, exact)]
    heads = index.posting("heads", q.head) - exact
    parts = index.posting("parts", q.head, q.head_word)
    category = index.posting("category", q.head_word, q.head) - exact - heads - parts
    if not exact:
        heads = heads.union(*(index.ending_with(tail) for tail in _tails(q))) - parts
    if exact or heads or category:
        return [(EXACT, exact), (HEAD, heads), (CATEGORY, category)]
    return [(MODIFIER, parts)]


def category_shares(kinds: list[tuple[float, Entry]]) -> dict[str, float]:
    """How much each category is the home of the head, 1.0 for the most usual one.

    Plain names count more ("Ost 28%" more than "Pastasås Mild Ost"), so "Pastasås Mild Ost" (a
    sauce) loses to the products in the head's usual category, without a list of categories per word.
    """
    counts: defaultdict[str, float] = defaultdict(float)
    for kind, entry in kinds:
        if kind >= CATEGORY:  # a category named by the word counts too, at half weight ("godis")
            counts[entry.product.category] += (1.0 if kind >= HEAD else 0.5) / max(1, entry.size_words)
    top = max(counts.values(), default=0.0)
    return {category: count / top for category, count in counts.items()} if top else {}


def clamp(score: float) -> float:
    return round(max(0.0, min(1.0, score / 1.2)), 3)


def search(index: CatalogIndex, text: str, limit: int = 10) -> list[tuple[Product, float]]:
    """Staff's manual search: the best products for a phrase, available or not."""
    q = analyse(text, index)
    if q is None:
        return []
    return [(s.entry.product, clamp(s.score)) for s in rank(index, q)[:limit]]


def confidence(best: Scored, q: Query) -> float:
    value = BASE_CONFIDENCE[best.kind]
    value *= 0.5 ** best.unmatched
    if best.avoided or (best.other_kind and not q.modifiers):  # "wasa husman" is sure of itself
        value *= 0.6
    value *= WEAK ** best.weak
    if q.corrected:  # a long word one edit off is surely meant; "mjök" or "whisky" may be anything
        value *= 0.9 if min(map(len, q.corrected)) >= 7 else 0.7
    if q.unknown:
        value *= 0.6
    return round(value, 3)


def for_whom(phrases: Sequence[str], index: CatalogIndex) -> tuple[str, ...]:
    """Who the goods are for, said inside any of the phrases: "kattsand" says "katt" (an animal or a
    child, as the catalog's own words), for the other items of the same request."""
    lex = index.lexicon
    said = " ".join(fold(casefold(p)) for p in phrases)
    return tuple(sorted({marker for marker in lex.for_whom
                         if len(marker) >= FALLBACK_PART and marker in said and index.known(marker)}))


def match(index: CatalogIndex, item: Item, history: Sequence[str] = (), diet: Sequence[str] = (),
          context: Sequence[str] = ()) -> Proposal:
    """The product a Swedish shopper means by the item, with a count and how sure we are.

    `context`: `for_whom` of the whole request; "kattsand och torrfoder" asks for cat food."""
    q = analyse(item.phrase, index, item.attributes)
    if q is None:
        return Proposal(None, 0.0, True, _nothing_found(item.phrase, index))
    ranked = rank(index, q, item.quantity, history, diet)
    own = {*q.modifiers, *q.head_parts, q.head_word}
    if (len(context) == 1 and ranked and ranked[0].entry.attributes & FOR_WHOM
            and not own & index.lexicon.for_whom.keys()):
        q = replace(q, modifiers=(*q.modifiers, *context))  # said for the same animal elsewhere
        ranked = rank(index, q, item.quantity, history, diet)
    things = [s for s in ranked if s.kind >= IS_THE_THING]
    available = [s for s in things if s.entry.product.available]
    alternatives = [s for s in ranked if s.entry.product.available]
    if not available:
        reason = (f"«{things[0].entry.product.name}» är slut och inget liknande finns" if things
                  else f"Hittade ingen vara som är «{item.phrase}»")
        return Proposal(None, 0.0, True, reason, None, 0.0, _alternatives(alternatives, None))
    best = available[0]
    reasons: list[str] = []
    if things[0] is not best:
        reasons.append(f"«{things[0].entry.product.name}» är slut: föreslår en liknande vara")
    value = confidence(best, q)
    default = _default_for(q, index)
    if not q.modifiers and not history and (
            (default and default.ask)
            or (default is None and best.kind < EXACT and len(index.posting("category", q.head_word)) >= GENERIC)):
        reasons.append("Många sorter passar: bekräfta vilken")  # "ost", "frukt": which one?
    if q.brand and best.kind != BRAND:
        reasons.append("Märket finns inte i sortimentet: föreslår en annan vara")
    said_department = bool(q.attributes & index.lexicon.departments.keys())
    unasked = best.entry.attributes & special_variants(index) - q.attributes - set(diet)
    if unasked:  # what every (or most) of the kind's products are is no special sort
        unasked -= _usual(available, said_department)
    if q.brand and best.kind == BRAND:
        unasked = frozenset()  # "whiskas": a brand asked for by name is what they want, pet food or not
    if unasked:  # never silently a gluten-free, lactose-free, vegan, baby, pet or pharmacy variant
        reasons.append(f"Föreslagen vara är {', '.join(sorted(unasked))}: kontrollera")
    if q.head_word in index.lexicon.systembolaget:
        reasons.append("Säljs bara på Systembolaget: kontrollera vad som menas")
    if q.respelled:
        reasons.append(f"«{q.respelled[0]}» finns inte i sortimentet: föreslår en närliggande vara")
    if q.corrected and index.lexicon.non_food_department(best.entry.product.category) and not (
            best.entry.words & {stem(w) for w in content_words(item.phrase)}):
        value = round(value * 0.5, 3)  # a typo read as cat food or soap was probably something else
    plainer = next((s for s in available[1:] if s.marked < best.marked and s.extra <= best.extra + 1
                    and not s.unmatched and s.score >= best.score - CLOSE), None)
    if plainer and best.entry.product.id not in history:  # the client's usual is no surprise
        reasons.append(f"Föreslagen vara är en särskild sort, «{plainer.entry.product.name}» är vanligare: kontrollera")
    if value < REVIEW_BELOW:
        reasons.append("Osäker träff: kontrollera varan")
    reasons.extend(best.notes)
    counted = _count(index, item.quantity, best.entry)
    if counted.reason and (counted.reason != TOO_BIG or _smaller_pack(index, item.quantity, best, available)):
        reasons.append(counted.reason)  # one package bigger than asked is no question when none is smaller
    return Proposal(best.entry.product, value, bool(reasons), "; ".join(reasons) or None, counted.count,
                    clamp(best.score), _alternatives(alternatives, best))


def _usual(available: list[Scored], said_department: bool = False) -> frozenset[str]:
    """Variants every product of the kind has (all kefir is lactose-free): no special sort there.
    A lone product proves nothing: the brand's only spaghetti may well be the gluten-free one. The
    department most of the kind's products are in is the request's own ("disktabletter"), unless the
    request said its department itself ("schampo" is no "Hundschampo")."""
    kind = [s.entry for s in available if s.kind >= HEAD and not s.unmatched]
    every = frozenset.intersection(*(e.attributes for e in kind)) if len(kind) >= USUAL else frozenset()
    # a department read from names alone needs a few products to speak for the word
    trusted = any(e.department_stated for e in kind) or len(kind) >= USUAL
    own = usual_department((e.department, 1 / max(1, e.size_words)) for e in kind) if trusted and not (
        said_department) else None
    return every | ({own} if own else set())


def _nothing_found(phrase: str, index: CatalogIndex) -> str:
    if not phrase.strip():
        return "Förstod inte vilken vara som menas"
    if any(stem(w) in index.lexicon.systembolaget for w in content_words(phrase)):
        return "Säljs bara på Systembolaget: kontrollera vad som menas"
    return f"Hittade ingen vara som är «{phrase}»"


def _count(index: CatalogIndex, quantity: Quantity, entry: Entry) -> PackageCount:
    liquid = entry.product.category in index.liquid_categories or bool(
        (entry.heads | entry.category) & index.lexicon.liquids)
    return package_count(quantity, entry.product, liquid)


def _smaller_pack(index: CatalogIndex, quantity: Quantity, best: Scored, ranked: list[Scored]) -> bool:
    """A product nearly as good as the best whose packages come closer to the amount asked for."""
    def ordered(s: Scored) -> float:
        count = _count(index, quantity, s.entry).count or 1
        return count * (pack_amount(s.entry.product) or math.inf)

    mine = ordered(best)
    return any(ordered(s) < mine for s in ranked[1:MAX_ALTERNATIVES + 1]
               if s.score >= best.score - CLOSE and not s.unmatched and s.marked <= best.marked)


def _alternatives(ranked: list[Scored], best: Scored | None) -> list[tuple[Product, float]]:
    return [(s.entry.product, clamp(s.score)) for s in ranked[:MAX_ALTERNATIVES + 1] if s is not best
            ][:MAX_ALTERNATIVES]
