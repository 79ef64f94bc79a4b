"""How many packages to order for what was said ("två liter mjölk" with a 1 l pack → 2).

What staff are asked about the amount of a right product, and what is settled without a question,
decided class by class on the tuned sets' amount flags (issue 10), as a care worker would expect it:
- A by-weight kind asked without an amount, or by the piece, is its usual piece when the kind has one
  (piece_weights.json, `weight`), also where the feed writes the kind in two words ("Sallad Isberg",
  "Kyckling Hel": `said_apart`), where a name says no kind but its one-word shelf does (a cheese under
  "Ost"), and for stekfläsk (a pack of about 0.4 kg). A weight said is ordered as said. Pieces said
  of a kind with no usual piece ("en fryst gås", "röding filé två bitar") are that many pieces, their
  weight estimated, and so is nothing said of a product named as a piece ("Kalvstek i Bit"): the client
  said how much (see `weight`). A packed product of the kind still goes before the counter's pieces
  where packages or pieces are counted with a word (`pack_fit`): its count and price are what was said.
  Still a question, as the amount would be a guess: nothing said of kinds whose pieces or packs differ
  several-fold (chicken fillet trays of 300 g to 1.5 kg, fläskkarré whole or sliced, fläskytterfilé,
  fransyska, lamb and reindeer roasts, chanterelles).
- A feed without sizes (Mathem's names) estimates the count, and the line shows it as an estimate
  (`PackageCount.estimated`, the basket's `count_estimated`: "Butiken anger inte storleken, så antalet
  är gissat"), with no question. Why no flag: as for a weight estimated from pieces (see `weight`), an
  estimate the client and staff see (on the line, and in the estimated total before the order is sent)
  is no question, and the guess is the one staff would make. The estimate (`_estimated_count`): the
  kind's usual package that is just the amount said, else its most usual one (usual_packages.json,
  `usual_count`: "två kilo potatis" the 2 kg bag, "ett kilo nötfärs" the 1 kg pack, "tre liter mjölk"
  three of 1 l); where the kind has no usual package, pieces of a kind with a typical piece, named
  first and in the singular ("ett kilo äpplen" of an apple sold by the piece: seven, `one_piece`);
  else one package ("fyra hundra gram laxfilé"). Still a question, each where the guess could be far
  off in a way only staff can settle: a stated size in another unit, or a kind whose usual packages
  are in another unit (`OTHER_UNIT`: "ett kilo mellanmjölk"); a name leading with a piece kind and
  saying goods sold outside food (pieces of a fruit, or one package of something named for it:
  `sections.named_outside_food`); and more than a kilo or a litre of a kind nothing is known of
  (`ONE_PACK_MOST`: "högrev ca 1,5 kg" is one roast or two, and no everyday package surely holds it).
  Litres of a drink nothing is known of are that many litre cartons, an estimate with no question
  (`LITRE_PACK`: "två liter äppeljuice" is two, "tre liter ananasjuice" three): a litre is the
  everyday carton of juice and drinks (in the sized catalogs 1 l holds 44 of 130 juices, three times the
  next size, and 170 of 452 drinks), the guess staff would make, and the line shows it as one, as it
  shows the one package taken for up to a litre. A weight stays a question ("två kilo kornmjöl"), and so
  do litres of a liquid that is no drink (cream, soup: cartons of 2,5 or 5 dl are as usual).
  An amount many times a usual package ("fem kilo potatis") is no question: its count is as good as
  the usual package, which grows no less sure with the amount.
- A stated package well above the amount (`TOO_BIG`) is asked about when a close rival surely brings
  less: 400 g of shrimp said and the 1 kg pack proposed is two and a half times what the client asked.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from collections.abc import Collection
from typing import TYPE_CHECKING, NamedTuple

from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import (Size, casefold, content_words, fold, parse_pieces, parse_size,
                                         split_accompaniment, stem)
from assistant.catalog.questions import HOW_MANY, HOW_MUCH, WHICH_SIZE, Question
from assistant.catalog.schema import Product
from assistant.catalog.sections import DRINKS, named_outside_food, section
from assistant.nlu.models import Quantity

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry

# Base units per unit: grams and millilitres.
TO_BASE = {"g": 1.0, "hg": 100.0, "kg": 1000.0, "ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0}
WEIGHT = frozenset({"g", "hg", "kg"})
VOLUME = frozenset({"ml", "cl", "dl", "l"})
FAR_OFF = 1.5  # ordering more than 1.5 times what was asked for is worth a question


@dataclass(frozen=True)
class PackageCount:
    """`count` is packages (or loose pieces) to order; None when nothing was said (one package by
    default) or a weight of a product sold by weight (see `weight`). `reason` says why staff should look."""

    count: int | None
    reason: str | None = None
    estimated: bool = False  # the feed states no size: `count` is an estimate the line shows (see _estimated_count)


def same_dimension(a: str, b: str) -> bool:
    return (a in WEIGHT and b in WEIGHT) or (a in VOLUME and b in VOLUME)


def sized(product: Product) -> Product:
    """The product with the size its name states when the feed states none ("Potatis 2kg", "Rotselleri
    ca 500g", "Kaffebönor EKO1kg"); a product sold by weight or with a stated size is as it is. An
    indexed product's is worked out once, as `Entry.sized`."""
    if product.size is not None or product.unit is not None or (named := parse_size(product.name)) is None:
        return product
    if named.unit == "hg":
        return product.model_copy(update={"size": named.amount * TO_BASE["hg"], "unit": "g"})
    return product.model_copy(update={"size": named.amount, "unit": named.unit})


def package_count(quantity: Quantity, product: Product, liquid: bool = False) -> PackageCount:
    """`liquid`: the product is of a kind sold by volume too ("Filmjölk 1 kg"), so a litre is a
    kilo (density 1) rather than a unit mismatch."""
    return _count_sized(quantity, sized(product), liquid)


# pieces said, not packages: "bomullspinnar 200 st" is one pack of 200, "två paket" two packs
COUNT_WORDS = frozenset({"st", "st.", "styck", "stycken"})


def _count_sized(quantity: Quantity, product: Product, liquid: bool, usual: UsualPackages | None = None
                 ) -> PackageCount:
    """`package_count` of a product as `sized` gives it (an indexed one's `Entry.sized`, with the usual
    packages of its `Entry.packing`)."""
    if product.sold_by_weight:  # the weight ordered is weight()'s; here the pieces and what staff check
        if not quantity.amount or quantity.amount <= 0:
            return PackageCount(None)  # one piece or a guess: the line says so (understand.py), not the match
        weighed = weight(quantity, product)
        return PackageCount(weighed.pieces if (quantity.unit or "st") == "st" else None, weighed.reason)
    amount = quantity.amount
    if amount is None or amount <= 0:
        return PackageCount(None)
    unit = quantity.unit or "st"
    if unit == "st":
        pieces_in_pack = pieces_in(product) or 1.0
        if (quantity.unit_word and quantity.unit_word not in COUNT_WORDS) or pieces_in_pack <= 1:
            return PackageCount(max(1, math.ceil(amount - 1e-9)))
        count = max(1, math.ceil(amount / pieces_in_pack - 1e-9))
        return PackageCount(count, _far_off(count * pieces_in_pack, amount))
    if product.size is None and product.unit is None:
        return _estimated_count(quantity, product, liquid, usual)
    if product.size is None or product.unit is None or not (same_dimension(unit, product.unit) or (
            liquid and product.unit in TO_BASE)):
        return PackageCount(1, OTHER_UNIT)
    wanted = amount * TO_BASE[unit]
    pack = product.size * TO_BASE[product.unit]
    count = max(1, math.ceil(wanted / pack - 1e-9))
    return PackageCount(count, _far_off(count * pack, wanted))


def pieces_in(product: Product) -> float | None:
    """How many pieces one package holds: the feed's size in pieces, else the multipack the name writes
    where the feed sizes it by weight or not at all ("Ägg Frigående 6-p M 348g", "Baguette Vete 4-pack":
    "sex ägg" is one of them, not six); None when neither says."""
    if product.unit == "st" and product.size:
        return product.size
    return float(count) if (count := parse_pieces(product.name)) else None


TOO_BIG = "Förpackningen är mycket större än önskad mängd"
# staff read why a count is asked: the feed states no package size (Mathem's names mostly), or one in another
# unit than the amount said ("två liter" of coffee sold by the gram)
NO_SIZE = "Butiken anger inte förpackningens storlek: kontrollera antalet"
OTHER_UNIT = "Förpackningen anges inte i samma enhet som önskat: kontrollera antalet"
BY_WEIGHT = "Säljs per kilo – kontrollera vikten"
NO_WEIGHT = "Varan säljs per kilo: ange vikt"
DEFAULT_KG = 0.5  # a loose product asked for without an amount, when one piece's weight is unknown


@dataclass(frozen=True)
class Weight:
    """What a line of a product sold by weight orders: `kg` (charged at price per kg), `estimated`
    when it comes from pieces × a typical piece weight, `pieces` asked for (None for a weight),
    `reason` when staff must check it (a guess without a known piece weight)."""

    kg: float
    estimated: bool
    pieces: int | None
    reason: str | None = None


@cache
def _piece_weights() -> dict[str, float]:
    """Kind stem → kg; the file keys are readable words ("äpple", "fläskfilé"), read as names are."""
    raw = json.loads((Path(__file__).with_name("piece_weights.json")).read_text(encoding="utf-8"))
    return {stem(casefold(word)): float(kg) for word, kg in raw.items() if not word.startswith("_")}


MIN_FIRST_PART = 3  # letters of a compound's first part: "Getost" ends in the kind "ost", "Bröst" does not


def piece_weight(name: str, category: str = "") -> float | None:
    """A typical piece of the kind the name says: its first word whose last compound part is a
    known kind, the longest such part ("Sötpotatis" is not "potatis"), None when none is. The word
    is the kind or a compound of it ("Hushållsost"); two letters before a kind are no first part
    ("Kycklingbröst" is no cheese). A name no word of which is a known kind may say a kind's
    compound as two words side by side, in either order, as catalogs write "Kind Sort" (see
    `said_apart`). A name that says no kind at all takes the kind of a shelf named by one word
    ("Le Gruyère Réserve" under "Ost" is a piece of cheese, as "Brie 60+" is)."""
    found = _named_piece_weight(name)
    if found is None and category:
        shelf = category.rsplit(">", 1)[-1]
        if len(content_words(shelf)) == 1:
            return _named_piece_weight(shelf)
    return found


def _named_piece_weight(name: str) -> float | None:
    found = _named_piece(content_words(name))
    return found[1] if found else None


def _named_piece(words: list[str]) -> tuple[str, float] | None:
    """The name word saying a kind of piece_weights.json (by `piece_weight`'s reading), with the weight."""
    weights = _piece_weights()
    for word in words:
        key = stem(word)
        kinds = [kind for kind in weights
                 if key.endswith(kind) and (key == kind or len(key) - len(kind) >= MIN_FIRST_PART)]
        if kinds:
            return word, weights[max(kinds, key=len)]
    return next(((key, weights[key]) for key in said_apart(words) if key in weights), None)


@cache
def _piece_words() -> tuple[str, ...]:
    """The kinds of piece_weights.json as written: in the singular, one piece."""
    raw = json.loads((Path(__file__).with_name("piece_weights.json")).read_text(encoding="utf-8"))
    return tuple(casefold(word) for word in raw if not word.startswith("_"))


def one_piece(product: Product) -> float | None:
    """A typical piece's kg where the name of a product without a size names one piece: its first word
    is a kind of piece_weights.json in the singular, as the file writes its kinds ("Äpple Aroma" is
    an apple), not in the plural, which names a pack of them ("Persikor", "Kycklingklubbor"), nor after
    another kind ("Torskfilé Citron" is fish). None where it names none."""
    first = content_words(split_accompaniment(product.name)[0])[:1]
    found = _named_piece(first)
    return found[1] if found and casefold(found[0]).endswith(_piece_words()) else None


def said_apart(words: list[str]) -> list[str]:
    """Stems of the compounds two neighbouring name words make, in either order and with or without
    a linking -s-: "Sallad Isberg" is an "isbergssallad", "Kyckling Hel" a "helkyckling". Only a
    whole compound counts (never one merely ending in a kind), and only where no word alone is a
    kind: "Lök Vit" is a white onion, not a "vitlök"."""
    return [stem(first + link + last) for left, right in zip(words, words[1:])
            for first, last in ((right, left), (left, right)) for link in ("", "s")]


def rounded_kg(kg: float) -> float:
    return round(kg, 3)


def weight(quantity: Quantity, product: Product) -> Weight:
    """A weight said is ordered as said; pieces are weighed by a typical piece; nothing said is one
    piece, or DEFAULT_KG flagged for staff when a piece's weight is unknown.

    Nothing said of a kind the counter sells in a usual piece or pack ("en bit präst", "kassler",
    "lövbiff") is one of the usual, weighed by piece_weights.json and shown as an estimate ("ca 0,5 kg
    (1 st)", read aloud "ungefär"), not a question. Why no flag: the grocer weighs up a piece and
    charges what it weighs, as for a banana counted by the piece; the client still sees the estimated
    total before the order is sent (../shared/DOMAIN.md), and nothing in the domain asks that a
    by-weight price be confirmed. A care worker asked for "kassler" takes one usual piece, not a
    question. Where the kind's pieces differ several-fold (fransyska, a lamb roast, chanterelles by
    the hectogram) no usual piece is listed, and the weight of nothing said stays a question.

    Pieces said of such a kind ("en fryst gås", "en bit kalvstek", "lammracks 2 st", "röding filé två
    bitar"), or nothing said of a product its name says is sold as a piece ("Ungnötslever i Bit",
    "Picnicbog Rökt Bit": `named_as_a_piece`), are that many pieces, each estimated at DEFAULT_KG and
    shown as an estimate, with no question. Why: the client's words and the product agree, the picker
    takes that many of the counter's pieces and the grocer charges what they weigh; what the question
    asked ("Hur mycket?") the client has answered, and what staff were to check, the weight, nobody
    knows before the picker weighs the piece. Nothing said of a kind with no usual piece and a name
    saying no piece ("fläsk ytterfilé", "kantareller", "nötstek") stays a question: whether a whole
    loin or a slice of it, a handful or a kilo, only the client can say."""
    amount = quantity.amount if quantity.amount and quantity.amount > 0 else None
    unit = quantity.unit or "st"
    if amount is not None and unit in WEIGHT:
        return Weight(rounded_kg(amount * TO_BASE[unit] / TO_BASE["kg"]), False, None)
    piece = piece_weight(product.name, product.category or "")
    if amount is not None and unit == "st":
        pieces = max(1, math.ceil(amount - 1e-9))
        return Weight(rounded_kg(pieces * (piece or DEFAULT_KG)), True, pieces)
    reason = NO_WEIGHT if amount is not None else None  # a volume ("en liter bananer") is no weight
    if piece is None and (reason or not named_as_a_piece(product.name)):
        return Weight(DEFAULT_KG, True, None, reason or BY_WEIGHT)
    return Weight(rounded_kg(piece or DEFAULT_KG), True, 1, reason)


def named_as_a_piece(name: str) -> bool:
    """The name says the product is sold as one piece: the word "bit" or a compound of it
    ("Kalvstek i Bit", "Lax Varmrökt Dubbelbit"; see `weight`)."""
    return any(word == "bit" or (word.endswith("bit") and len(word) - len("bit") >= MIN_FIRST_PART)
               for word in content_words(name))


@dataclass(frozen=True)
class UsualPackages:
    """The sizes a kind of product is usually sold in, in `unit` ("g" or "ml")."""

    unit: str
    sizes: tuple[float, ...]


NO_USUAL = UsualPackages("", ())


class Packing(NamedTuple):
    """What a product's name says of how it is sold, read for every candidate scored with an amount:
    its kind's usual packages (read only where neither the feed nor the name states a unit: elsewhere
    `NO_USUAL`), whether it is part of one piece ("Rotselleri delad") and the stem of its word saying
    it is cut small ("Gouda Skivad": "skiv"). An indexed product's is worked out once, as `Entry.packing`."""

    usual: UsualPackages
    part: bool
    cut: str | None


_PACKINGS: dict[Packing, Packing] = {}  # one object per distinct packing: most products share a few


def packing(product: Product, main_words: list[str]) -> Packing:
    """`product` as `sized` gives it; `main_words`: its name's (`NameReading.main_words`)."""
    name = product.name
    found = Packing(usual_of(main_words) if product.unit is None else NO_USUAL, part_of_piece(name), cut_stem(name))
    return _PACKINGS.setdefault(found, found)


@cache
def _usual_packages() -> dict[str, UsualPackages]:
    """Kind stem → usual packages; the file keys are readable words ("mellanmjölk")."""
    raw = json.loads((Path(__file__).with_name("usual_packages.json")).read_text(encoding="utf-8"))
    return {stem(word): UsualPackages(kind["unit"], tuple(float(s) for s in kind["sizes"]))
            for word, kind in raw.items() if not word.startswith("_")}


def usual_packages(name: str) -> UsualPackages:
    """The usual packages of the kind a product name says by a whole word ("Mellanmjölk 1,5%";
    "Kokosmjölk" is no milk, so a word merely ending in a kind does not count)."""
    return usual_of(content_words(split_accompaniment(name)[0]))


def usual_of(main_words: list[str]) -> UsualPackages:
    """`usual_packages` of the content words of a name's part before "med"/"i" (`NameReading.main_words`)."""
    known = _usual_packages()
    return next((known[key] for word in main_words if (key := stem(word)) in known), NO_USUAL)


def usual_count(quantity: Quantity, product: Product, liquid: bool = False,
                usual: UsualPackages | None = None) -> PackageCount | None:
    """Packages to order of a product whose feed states no size, in its kind's usual packages: of the
    usual size that is just the amount said ("två kilo potatis" is the 2 kg bag), else of the kind's
    most usual size (usual_packages.json lists it first: "tre liter mjölk" is three 1 l packs). An
    estimate, shown on the line as one (`estimated`): many a count is sure whichever usual package it is
    ("två liter mellanmjölk" is two of 1 l or of 1,5 l), and where it is not, the client and staff see
    the guess. None where the kind has no usual packages or they are in another dimension. A package
    well above the amount ("en deciliter vispgrädde", 3 dl) carries TOO_BIG, which the matcher asks
    about only when a close rival surely brings less (see ordered_amount). `usual`: the product's
    `Packing.usual`, when the caller has it."""
    usual = usual_packages(product.name) if usual is None else usual
    unit = quantity.unit
    if not usual.sizes or quantity.amount is None or quantity.amount <= 0 or unit not in TO_BASE:
        return None
    if not (unit in (VOLUME if usual.unit == "ml" else WEIGHT) or liquid):
        return None
    wanted = quantity.amount * TO_BASE[unit]
    size = next((size for size in usual.sizes if math.isclose(size, wanted)), usual.sizes[0])
    count = max(1, math.ceil(wanted / size - 1e-9))
    return PackageCount(count, _far_off(count * size, wanted), estimated=True)


ONE_PACK_MOST = 1000.0  # g or ml: the most one package of a kind with no known packages is taken to hold
LITRE_PACK = 1000.0  # ml: the package a drink of no known packages is taken to come in, the everyday carton


def _estimated_count(quantity: Quantity, product: Product, liquid: bool, usual: UsualPackages | None
                     ) -> PackageCount:
    """Packages to order of a product whose feed states no size, for an amount in g … l: an estimate the
    line shows, not a question (as a weight estimated from pieces is not, see `weight`). In the kind's
    usual packages (`usual_count`); where it has none, in pieces where the name names one piece of a
    kind with a typical weight ("ett kilo äpplen" of "Äpple Aroma": seven, see `one_piece`); else one
    package. Still a question: an amount in another dimension than the kind's usual packages ("ett
    kilo mellanmjölk": OTHER_UNIT), and more than ONE_PACK_MOST of a kind nothing is known of (NO_SIZE),
    but for litres of a drink: litre cartons (LITRE_PACK)."""
    usual = usual_packages(product.name) if usual is None else usual
    if counted := usual_count(quantity, product, liquid, usual):
        return counted
    if usual.sizes:
        return PackageCount(1, OTHER_UNIT)
    unit = quantity.unit or "st"
    wanted = (quantity.amount or 0.0) * TO_BASE.get(unit, 0.0)
    if unit in WEIGHT and (piece := one_piece(product)):
        if named_outside_food(product, load_lexicon()):
            return PackageCount(1, NO_SIZE)  # pieces of a fruit, or one package of something else: far apart
        pieces = max(1, math.ceil(wanted / (piece * TO_BASE["kg"]) - 1e-9))
        return PackageCount(pieces, _far_off(pieces * piece * TO_BASE["kg"], wanted), estimated=True)
    if wanted <= ONE_PACK_MOST + 1e-9:
        return PackageCount(1, estimated=True)
    if (liquid and unit in VOLUME  # "två liter äppeljuice": two litre cartons, the guess staff would make
            and section(product.name, product.category, load_lexicon()).name == DRINKS):
        return PackageCount(math.ceil(wanted / LITRE_PACK - 1e-9), estimated=True)
    return PackageCount(1, NO_SIZE)


def _far_off(ordered: float, wanted: float) -> str | None:
    return TOO_BIG if ordered > wanted * FAR_OFF else None


def pack_amount(product: Product) -> float | None:
    """The package's content in base units (g or ml, 1 g = 1 ml), None when sold by weight; `product`
    as `sized` gives it (an indexed one's `Entry.sized`)."""
    if product.size is None or product.unit not in TO_BASE:
        return None
    return product.size * TO_BASE[product.unit]


def is_liquid(index: CatalogIndex, entry: Entry) -> bool:
    """The product is of a kind sold by volume too: its category mostly is, or its name or category
    says a liquid ("Filmjölk 1 kg" answers "en liter filmjölk")."""
    return entry.product.category in index.liquid_categories or bool(
        (entry.heads | entry.category) & index.lexicon.liquids)


def count_packages(index: CatalogIndex, quantity: Quantity, entry: Entry) -> PackageCount:
    """`package_count` for an indexed product, liquid or not by the catalog's own evidence; one
    package of goods whose volume is their size (`size_said`), or as many as were counted."""
    if (fits := size_said(index, quantity, entry)) is not None:
        counted = round(quantity.amount / quantity.each) if quantity.each and quantity.amount else 1
        return PackageCount(counted, None if fits else OTHER_SIZE)
    return _count_sized(quantity, entry.sized, is_liquid(index, entry), entry.packing.usual)


OTHER_SIZE = "Varan anges inte i den önskade storleken: kontrollera"
# what each of these reasons asks the client (see questions.py): a count or a weight, or another size
_QUESTIONS: dict[str, Question] = {TOO_BIG: HOW_MANY, NO_SIZE: HOW_MANY, OTHER_UNIT: HOW_MANY, BY_WEIGHT: HOW_MUCH,
                                   NO_WEIGHT: HOW_MUCH, OTHER_SIZE: WHICH_SIZE}


def question_of(reason: str | None) -> Question | None:
    """The question a package reason (`PackageCount.reason`, `Weight.reason`) asks the client."""
    return _QUESTIONS.get(reason) if reason else None


def size_said(index: CatalogIndex, quantity: Quantity, entry: Entry) -> bool | None:
    """"fryspåsar 3 liter", "sopsäckar 125 liter": a volume said of a container without food (a bag, a
    sack, a glass: the lexicon's package words) is its size, not an amount to buy (one pack of 3-litre
    bags, not three 1-litre packs), as a detergent's litres are not; with a count of packages, one package's
    ("2 paket fryspåsar 3 liter"). A feed that sizes the pack by its bags ("Fryspåsar 3 l", 40 st) has the
    volume in the name. Whether the product is that size (not where it states none and the size was said as each
    one's: "zip påsar de små på en liter"); None where a volume said is an amount."""
    if (entry.department is None or quantity.unit not in VOLUME or not quantity.amount
            or quantity.amount_max is not None
            or not any(word.endswith(tuple(index.lexicon.packaging)) for word in entry.heads | entry.types)):
        return None
    product = entry.sized
    size = Size(product.size, product.unit) if product.unit in VOLUME and product.size else parse_size(product.name)
    if size is None or size.unit not in VOLUME:
        return False if quantity.each else None
    said = quantity.each or quantity.amount
    return math.isclose(said * TO_BASE[quantity.unit], size.amount * TO_BASE[size.unit])


def count_product(index: CatalogIndex, quantity: Quantity, product: Product) -> PackageCount:
    """`count_packages` for a product by its id (a basket line's: "ändra kaffet till 900 g"); one the
    index no longer holds is counted by what the line says of it."""
    at = index.by_id.get(product.id)
    return count_packages(index, quantity, index.entries[at]) if at is not None else package_count(quantity, product)


def ordered_amount(index: CatalogIndex, quantity: Quantity, entry: Entry) -> float:
    """What ordering the product for the quantity brings, in base units (infinite when sold by weight
    or of unknown size; at least its kind's smallest usual package when the feed states no size)."""
    count = count_packages(index, quantity, entry).count or 1
    usual = entry.packing.usual
    pack = pack_amount(entry.sized) or (min(usual.sizes) if entry.sized.unit is None and usual.sizes else None)
    return count * (pack or math.inf)


# One package of just the measure said: a size named ("fryspåsar 3 liter" is the 3 l bag) rather than a
# count of smaller packages that adds up to it (three 1 l bags)
ONE_PACK_FIT = 0.12
NEAR_FIT = 0.1  # packages adding up to about the amount asked, or goods weighed to it


def unit_fit(product: Product, quantity: Quantity | None, packed: Packing | None = None) -> float:
    """A request in litres prefers liquids sold by volume, in grams goods sold by weight (by its
    kind's usual packages when the feed states no size: "fem hekto köttfärs" is a "Blandfärs", not
    a "Paj Köttfärs"). `product` as `sized` gives it, `packed` as `packing` (an indexed one's `Entry.sized`
    and `Entry.packing`)."""
    if quantity is None or quantity.unit is None:
        return 0.0
    if quantity.unit == "st":
        return pack_fit(product, quantity, packed)
    if product.sold_by_weight:  # cut to the weight asked: as near as packages adding up to it, no worse
        return NEAR_FIT if quantity.unit in WEIGHT else -0.2
    if product.unit is None:  # no size stated: its kind's usual packages may say it is sold in the unit asked
        counted = usual_count(quantity, product, usual=packed.usual if packed else None)
        return 0.05 if counted and counted.reason is None else 0.0
    wanted = WEIGHT if quantity.unit in WEIGHT else VOLUME
    if product.unit not in wanted:
        return -0.2
    if quantity.amount is None or product.size is None:
        return 0.05
    # the size of one package said ("2 paket fryspåsar 3 liter") is the pack sought: its total is no bag's size
    need = (quantity.each or quantity.amount) * TO_BASE[quantity.unit]
    pack = product.size * TO_BASE[product.unit]
    ordered = math.ceil(need / pack - 1e-9) * pack
    if ordered > need * FAR_OFF:
        return 0.0  # "en liter" prefers the litre pack to the 2 l one
    return ONE_PACK_FIT if abs(pack - need) < 1e-9 else NEAR_FIT


# A name word saying the product is part of one piece: "Rotselleri delad", "Gustafskorv Ring Halv"
# ("Tårtbotten 3-delad" is in three layers, no part of one)
PART_OF_PIECE = re.compile(r"(?<![\w-])(delad|halv|halverad)\b", re.IGNORECASE)
PART_FIT = 0.15


def part_of_piece(name: str) -> bool:
    return PART_OF_PIECE.search(name) is not None


@cache
def _cut_small_words() -> re.Pattern[str]:
    words = sorted(load_lexicon().cut_small, key=lambda w: (-len(w), w))
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def cut_small(name: str) -> str | None:
    """The name's first word saying the product is cut small (the lexicon's `cut_small`: sliced,
    grated, shredded, diced: "Burger Slices Cheddar"), as written; None when none does."""
    found = _cut_small_words().search(name)
    return found.group(1) if found else None


PIECE_WORDS = frozenset({"bit", "bitar"})  # "en bit ost": a piece off the block, not slices


def cut_stem(name: str) -> str | None:
    """The stem of the name's word saying it is cut small (see `cut_small`): "Gouda Skivad" → "skiv".
    The index holds it as `Entry.packing.cut`, read for every candidate ranked."""
    cut = cut_small(name)
    return None if cut is None else stem(fold(casefold(cut)))


SLICES = frozenset({"skiva", "skivan", "skivor", "skivorna"})  # package words that count slices
SLICED = stem("skivad")


def slices_counted(quantity: Quantity | None) -> bool:
    return quantity is not None and quantity.unit_word in SLICES


def pieces_counted(quantity: Quantity | None) -> bool:
    return quantity is not None and quantity.unit_word in PIECE_WORDS


def sliced(entry: Entry) -> bool:
    """The name says the goods come in slices ("Entrecote Skivad", "Skiva Med Ben")."""
    return entry.packing.cut == SLICED or SLICED in entry.words


def cut_from_a_piece(entry: Entry, quantity: Quantity | None, said: Collection[str]) -> bool:
    """A piece counted ("en bit billinge ost": off the block) and the name says the goods are cut small
    (sliced, grated) where the request names no cut: not the piece asked."""
    cut = entry.packing.cut
    return pieces_counted(quantity) and cut is not None and cut not in said


def cut_unasked(entry: Entry, quantity: Quantity | None, said: Collection[str]) -> bool:
    """Pieces counted without a package word ("en herrgårdsost", "två salami") are whole pieces,
    and the product's name says it is cut small (sliced, grated) where the request names no cut.
    Slices counted ("fyra skivor entrecote") are cut: a name saying no slice ("Entrecote Bit") is no such."""
    if slices_counted(quantity):
        return not sliced(entry)
    if not counted_bare(quantity):
        return False
    cut = entry.packing.cut
    return cut is not None and cut not in said


def packs_for(entry: Entry, quantity: Quantity | None) -> float:
    """How many packages of the product hold the pieces counted bare ("tolv ägg": one "Ägg 12-pack", two of
    six); 0 when nothing is counted so or the product states no pieces. Among equal fits, fewer first."""
    if not counted_bare(quantity) or not (pieces := pieces_in(entry.product)):
        return 0.0
    return quantity.amount / pieces  # type: ignore[union-attr, operator]


def sold_by_the_pack(kind: Collection[Entry], quantity: Quantity | None) -> bool:
    """Pieces counted bare of goods that all come several to a package (eggs): the count names a package, as
    "ett paket med tjugo ägg" does. Where single pieces are sold too ("två blockljus"), two of one are as much
    what was said as a pair packed, and the plainer name decides."""
    return counted_bare(quantity) and bool(kind) and all((pieces_in(entry.product) or 1) > 1 for entry in kind)


def one_pack_holds(entry: Entry, quantity: Quantity | None) -> bool:
    """"tjugo ägg": one package holds exactly the pieces counted (the "Ägg 20p"): not two packs of ten, nor one of
    24."""
    return packs_for(entry, quantity) == 1.0


def counted_bare(quantity: Quantity | None) -> bool:
    """Pieces counted without a package word or a unit: "en kyckling", "två kycklingar"."""
    return (quantity is not None and not quantity.unit_word and bool(quantity.amount)
            and (quantity.unit or "st") == "st")


def part_counted(entry: Entry, quantity: Quantity | None, said: Collection[str], cuts: tuple[str, ...]) -> bool:
    """Whole pieces are what a bare count counts: "en kyckling" is a bird, and a name adding a cut of
    it nobody said (the lexicon's `cuts`, as a tuple for `str.endswith`: "Kyckling Lårfilé",
    "Kycklingvingar") is part of one."""
    return counted_bare(quantity) and any(
        own[1].endswith(cuts) and own[0] not in said and own[1] not in said
        for own in entry.own)  # "larfil": the name's compounds are not always split (word, head, parts)


def pack_fit(product: Product, quantity: Quantity, packed: Packing | None = None) -> float:
    """"sex ägg" prefers a pack of six (or a product sold one by one) to a pack of ten; "tre
    bananer" a banana sold by the piece to loose ones priced by the kilo; "en halv rotselleri" a
    halved one to a whole one; "en bit cheddar" a piece, not slices. Packages or pieces counted with
    a word ("två paket kycklingvingar", "två bitar varmrökt lax") prefer a packed product to one sold
    by weight whose kind has no usual piece (see `weight`): its weight would be a guess, a pack's
    count and price are what was said. `packed`: see `unit_fit`."""
    if quantity.amount is not None and 0 < quantity.amount < 1 and (
            packed.part if packed else part_of_piece(product.name)):
        return PART_FIT
    if pieces_counted(quantity) and (packed.cut if packed else cut_small(product.name)):
        return -PART_FIT
    if product.sold_by_weight and (not quantity.unit_word or piece_weight(product.name, product.category) is None):
        return -0.1  # "två paket kycklingvingar": a pack, when the counter's piece weighs anything (a guess)
    if quantity.unit_word or quantity.amount is None or not (pieces := pieces_in(product)):
        return 0.0
    packs = quantity.amount / pieces
    return 0.05 if packs >= 1 and abs(packs - round(packs)) < 1e-9 else -0.05
