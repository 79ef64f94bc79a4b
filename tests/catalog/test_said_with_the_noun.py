"""A word said with a noun whose bare word has a default reading narrows within that reading (branch
i16said): "koffeinfritt kaffe" is a decaf ground coffee, never a decaf instant one; "grädde till kaffet"
is a coffee cream, never a cooking cream. Plain functions on small inline catalogs, with categories and
as a feed of bare names."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import size_letters, tokens
from assistant.catalog.query import analyse, sort_of
from assistant.catalog.sorts import numbered_sizes, still_avoided
from assistant.catalog.understand import understand
from assistant.nlu import parse
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import both_ways, product, propose
from tests.catalog.request_sets import products_of

COFFEE = "Dryck > Kaffe"
CREAM = "Mejeri, ost & ägg > Matlagning"
BREAD = "Bröd & kakor > Bröd"

DECAF_GROUND = [
    product("brygg", "Bryggkaffe Mellanrost", COFFEE, "Gevalia", 450, "g", 54.9),
    product("snabb-koffeinfri", "Snabbkaffe Gold Koffeinfri", COFFEE, "Nescafé", 100, "g", 49.9),
    product("brygg-koffeinfri", "Koffeinfritt Mellanrost Bryggkaffe", COFFEE, "Zoégas", 425, "g", 64.9),
    product("matlagning", "Matlagnings Grädde 13%", CREAM, "Arla", 5, "dl", 19.9),
    product("kaffegrädde", "Kaffegrädde Lång Hållbarhet 10%", CREAM, "Arla", 2.5, "dl", 14.9),
    product("vispgrädde", "Vispgrädde 40%", CREAM, "Arla", 3, "dl", 24.9),
    product("hamburgerbröd", "Hamburgerbröd Grovt 8-pack", BREAD, "Pågen", 8, "st", 29.9),
    product("grovt", "Vital Grovt Bröd Fyllt av Råg", BREAD, "Pågen", 500, "g", 34.9),
    product("lax", "Lax Kallrökt Skivad", "Fisk & skaldjur > Fisk", None, 200, "g", 59.9),
]
# the store sells no decaf ground coffee: the instant one is all there is, and staff confirm it
INSTANT_ONLY = [p for p in DECAF_GROUND if p.id != "brygg-koffeinfri"]


index = both_ways(DECAF_GROUND)
instant_only = both_ways(INSTANT_ONLY)


@pytest.mark.parametrize(("phrase", "attributes", "expected"), [
    ("koffeinfritt kaffe", [], "brygg-koffeinfri"),  # the decaf sort of the default reading, no instant
    ("kaffe", ["koffeinfri"], "brygg-koffeinfri"),   # the parser's attribute
    ("grovt bröd", [], "grovt"),                     # a coarse loaf, no coarse hamburger buns
])
def test_a_word_said_with_the_noun_narrows_its_default_reading(index: CatalogIndex, phrase: str,
                                                               attributes: list[str], expected: str) -> None:
    proposal = propose(index, phrase, attributes=attributes)
    assert proposal.product is not None and proposal.product.id == expected, proposal


def test_another_sort_pulled_in_by_the_word_stays_flagged(instant_only: CatalogIndex) -> None:
    """Where only the instant coffee is decaf, it may be proposed, but never sure."""
    proposal = propose(instant_only, "koffeinfritt kaffe")
    assert proposal.needs_review


def test_a_purpose_never_makes_a_sure_cooking_cream(index: CatalogIndex) -> None:
    """"grädde till kaffet": the bare word's whipping cream, or the coffee cream, never a sure cooking cream
    (the lexicon's default for "grädde" avoids it)."""
    proposal = propose(index, "grädde till kaffet")
    assert proposal.product is not None
    assert proposal.product.id != "matlagning" or proposal.needs_review


@pytest.mark.parametrize(("phrase", "expected"), [
    ("snabbkaffe koffeinfritt", "snabb-koffeinfri"),  # the sort asked by name is no avoided one
    ("grädde till matlagning", "matlagning"),         # a purpose naming the avoided sort asks it
])
def test_a_word_naming_the_avoided_sort_asks_it(index: CatalogIndex, phrase: str, expected: str) -> None:
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize(("phrase", "avoided", "asked"), [
    ("koffeinfritt kaffe", {"snabbkaff", "instant"}, set()),
    ("grädde till matlagning", {"spray"}, {"mat", "matlagningsgradd"}),  # the purpose begins them
    ("kallrökt lax", {"grav"}, {"rokt", "kallrok"}),                   # "kallrökt" ends in "rökt"
    ("kaffebönor mellanrost", {"snabbkaff"}, {"bon"}),                 # a compound said ends in it
])
def test_still_avoided(index: CatalogIndex, phrase: str, avoided: set[str], asked: set[str]) -> None:
    q = analyse(phrase, index)
    assert q is not None
    default = load_lexicon().defaults[q.head_word]
    still = still_avoided(default, q)
    assert avoided <= still and not asked & still


HOME = "Hem & städ"
BAGS = [
    product("påsar1", "Fryspåsar Fossilfri 1l", HOME, "Toppits", 1, "l", 24.9),
    product("påsar3", "Fryspåsar 3l Sockerrör", HOME, "Toppits", 3, "l", 26.9),
    product("säck125", "Sopsäck Knyt 125l", HOME, None, 125, "l", 39.9),
    product("säck240", "Sopsäck Extra Stark 240l", HOME, None, 240, "l", 49.9),
    product("diskmedel", "Diskmedel Original", HOME, "Yes", 0.5, "l", 29.9),
]
bags = both_ways(BAGS)


@pytest.mark.parametrize(("phrase", "litres", "expected"), [
    ("fryspåsar", 3, "påsar3"),     # one pack of 3-litre bags, not three packs of 1-litre ones
    ("fryspåsar", 1, "påsar1"),
    ("sopsäckar", 125, "säck125"),
])
def test_the_litres_of_a_bag_are_its_size_not_an_amount(bags: CatalogIndex, phrase: str, litres: float,
                                                        expected: str) -> None:
    proposal = propose(bags, phrase, Quantity(amount=litres, unit="l"))
    assert proposal.product is not None and proposal.product.id == expected, proposal
    assert proposal.count == 1 and not proposal.needs_review, proposal.reason


def test_a_bag_of_another_size_stays_flagged(bags: CatalogIndex) -> None:
    """No 5-litre bags are sold: whichever bags are proposed, staff confirm the size."""
    proposal = propose(bags, "fryspåsar", Quantity(amount=5, unit="l"))
    assert proposal.needs_review and proposal.count == 1


def test_the_litres_of_a_detergent_are_an_amount(bags: CatalogIndex) -> None:
    """"diskmedel 1 liter": no container, so two half-litre bottles."""
    proposal = propose(bags, "diskmedel", Quantity(amount=1, unit="l"))
    assert proposal.product is not None and proposal.product.id == "diskmedel"
    assert proposal.count == 2


EGGS = "Mejeri, ost & ägg > Ägg"
EGG_SIZES = [
    product("m", "Ägg 15p Frigående M", EGGS, None, 15, "st", 49.9),
    product("l", "Ägg 12p Frigående L", EGGS, None, 12, "st", 44.9),
    product("ml", "Ägg M/L 6-pack", EGGS, None, 6, "st", 19.9),
    product("medium", "Ägg 6p Innegående Medium", EGGS, None, 6, "st", 21.9),
    product("ost", "Original Large", "Mejeri, ost & ägg > Ost", None, 300, "g", 39.9),
]
eggs = both_ways(EGG_SIZES)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("ägg large", {"l"}),          # never the cheese named "Large": the size said after the thing is no thing
    ("ägg l", {"l"}),              # a letter as the name writes it
    ("ägg m", {"m", "medium"}),    # by letter or name, before the mix "M/L"
    ("ägg medium", {"m", "medium"}),
])
def test_an_egg_size_said_after_the_noun_is_the_size(eggs: CatalogIndex, phrase: str, expected: set[str]) -> None:
    proposal = propose(eggs, phrase)
    assert proposal.product is not None and proposal.product.id in expected, proposal
    assert not proposal.needs_review, proposal.reason


def test_an_egg_size_no_product_writes_stays_flagged(eggs: CatalogIndex) -> None:
    """"ägg xl": no extra large eggs are sold; an egg of another size may be proposed, never sure."""
    proposal = propose(eggs, "ägg xl")
    assert proposal.needs_review


HYGIENE = "Barn > Blöjor"
DIAPERS = [
    product("blöjor-3", "Blöjor Comfort (3) 5-9kg 52-p", HYGIENE, None, 52, "st", 129.0),
    product("blöjor-4", "Blöjor Comfort (4) 7-11kg 52-p", HYGIENE, None, 52, "st", 139.0),
    product("blöjor-s4", "Blöjor Baby Dry Pants S4 9-15kg 40-p", HYGIENE, None, 40, "st", 149.0),
    product("blöjor-4plus", "Blöjor (4+) 9-20kg 42-p", HYGIENE, None, 42, "st", 99.0),
    product("binda", "Binda Secure Night Storlek 4 Wings 16-p", "Hygien > Mensskydd", None, 16, "st", 39.9),
]
diapers = both_ways(DIAPERS)


@pytest.mark.parametrize("phrase", ["blöjor storlek 4", "blöjor storlek fyra"])
def test_a_numbered_size_said_after_the_noun_is_the_size(diapers: CatalogIndex, phrase: str) -> None:
    """"blöjor storlek fyra": diapers of size 4 however the name writes it ("(4)", "S4"), never the
    sanitary pad whose name writes "Storlek 4" (the size read as the head), nor the "(4+)", another size."""
    item = parse(phrase).items[0]
    proposal = propose(diapers, item.phrase, item.quantity)
    assert proposal.product is not None and proposal.product.id in {"blöjor-4", "blöjor-s4"}, proposal


PHARMACY = "Hälsa & skönhet > Kosttillskott"
SUPPLEMENTS = [
    product("maxosol", "Maxosol Tabletter 30-p", PHARMACY, "Maxosol", 30, "st", 59.0),
    product("zink", "Organisk Zink 25mg Kapslar", PHARMACY, None, 60, "st", 79.0),
    product("zinksalva", "Zinksalva Barn 60ml", "Barn > Hudvård", None, 60, "ml", 49.0),
    product("järn", "Järntillskott Tabletter 90-p", PHARMACY, None, 90, "st", 89.0),
    product("knäcke", "Knäcke Dala Järna", "Bröd & kakor > Knäckebröd", None, 500, "g", 29.0),
    product("disk", "Diskmaskinstabletter 24-p", "Hem & hushåll > Disk", None, 24, "st", 39.0),
]
supplements = both_ways(SUPPLEMENTS)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("zink tabletter", {"zink"}),           # no zinc tablet is sold: zinc in another form, no other tablet
    # an iron tablet is sold, named by a compound: the tablets stay the head (whichever the matcher weighs
    # first, confirmed), never the crispbread "Dala Järna"
    ("järn tabletter", {"järn", "maxosol"}),
    ("diskmaskin tabletter", {"disk"}),     # the compound the two make
])
def test_a_supplements_form_said_after_what_it_holds_names_no_goods(supplements: CatalogIndex, phrase: str,
                                                                     expected: set[str]) -> None:
    proposal = propose(supplements, phrase)
    assert proposal.product is not None and proposal.product.id in expected, proposal


def test_a_form_said_of_goods_of_another_form_stays_flagged(supplements: CatalogIndex) -> None:
    """"zink tabletter" where the only zinc is capsules: the zinc is proposed, never sure."""
    assert propose(supplements, "zink tabletter").needs_review


FORMLESS = [
    product("magnesium", "Magnesium 250mg 100-p", PHARMACY, None, 100, "st", 69.0),
    product("magnesium-kapslar", "Magnesium 670mg Kapslar 60-p", PHARMACY, None, 60, "st", 89.0),
    product("zink", "Zink 25mg 100-p", PHARMACY, None, 100, "st", 59.0),
    product("zink-brus", "Zink Brustabletter 20-p", PHARMACY, None, 20, "st", 39.0),
    product("disk", "Diskmaskinstabletter 24-p", "Hem & hushåll > Disk", None, 24, "st", 39.0),
]
formless = both_ways(FORMLESS)


@pytest.mark.parametrize(("phrase", "expected", "sure"), [
    # no magnesium writes "tabletter": the store names them by what they hold, so the word tells none
    # apart; the capsules are another form
    ("magnesium tabletter", {"magnesium"}, True),
    ("magnesium kapslar", {"magnesium-kapslar"}, True),
    # a zinc writes it: the others may be tablets or not, and staff confirm the one proposed
    ("zink tabletter", {"zink", "zink-brus"}, False),
    ("zink kapslar", {"zink"}, True),      # no zinc writes "kapslar", nor another form
])
def test_a_supplements_form_no_product_of_the_kind_writes_tells_none_apart(
        formless: CatalogIndex, phrase: str, expected: set[str], sure: bool) -> None:
    proposal = propose(formless, phrase)
    assert proposal.product is not None and proposal.product.id in expected, proposal
    assert proposal.needs_review is not sure, proposal.reason


@pytest.mark.parametrize(("name", "sizes"), [
    ("Blöjor Comfort (4) 7-11kg 52-p", {"4"}),
    ("Blöjor Baby Dry Pants S4 9-15kg", {"4"}),
    ("Kaffefilter Strl 4 Vita 100-p", {"4"}),
    ("Blöjor (4+) 9-20kg", set()),     # another size than 4
    ("Pasta (500g)", set()),
])
def testnumbered_sizes(name: str, sizes: set[str]) -> None:
    assert numbered_sizes(name) == sizes


@pytest.mark.parametrize(("name", "sizes"), [
    ("Ägg 6p Frigående Inomhus L", {"l"}),
    ("Ägg M/L 6-pack", {"m", "l"}),
    ("Gummihandske Medium", {"m"}),
    ("Mjölk 1 l", set()),            # a litre, not a size
])
def test_size_letters(name: str, sizes: set[str]) -> None:
    assert size_letters(tokens(name)) == sizes


SORTS = [
    product("mellanrost", "Bryggkaffe Mellanrost", COFFEE, "Gevalia", 450, "g", 54.9),
    product("mörkrost", "Kaffe Mörkrost", COFFEE, "Löfbergs", 500, "g", 59.9),
    product("kokkaffe", "Kaffe Kokkaffe", COFFEE, "Classic", 600, "g", 49.9),
    product("mjölk", "Mellanmjölk 1,5%", "Mejeri, ost & ägg > Mjölk", "Arla", 1, "l", 14.9),
    product("bröd", "Rostbröd Skivat", BREAD, "Pågen", 500, "g", 29.9),
    product("ägg-eko", "Ägg 6p Frigående L Eko", EGGS, None, 6, "st", 29.9),
    product("ägg", "Ägg 6p Frigående L", EGGS, None, 6, "st", 24.9),
]
sorts = both_ways(SORTS)


@pytest.mark.parametrize(("text", "lines"), [
    # an amount typed between the thing and its sort: one item of that sort, in that amount
    ("kaffe 2 pkt mellanrost", [("kaffe mellanrost", "mellanrost", 2)]),
    ("ägg 12 st ekologiska", [("ägg ekologiska", "ägg-eko", 2)]),
    # two things: breads do not say milk
    ("mjölk 2 liter bröd", [("mjölk", "mjölk", None), ("bröd", "bröd", 1)]),
    # a comma: the care worker's list of two items
    ("kaffe, 2 pkt mellanrost", [("kaffe", None, None), ("mellanrost", "mellanrost", 2)]),
])
def test_a_sort_said_after_the_amount_is_the_thing_of_that_sort(
        sorts: CatalogIndex, text: str, lines: list[tuple[str, str | None, int | None]]) -> None:
    got = understand(parse(text), sorts).lines
    assert [line.phrase for line in got] == [phrase for phrase, _, _ in lines]
    for line, (_, expected, count) in zip(got, lines, strict=True):
        if expected is not None:
            assert line.product is not None and line.product.id == expected, line
            assert line.count == count


@pytest.mark.parametrize(("thing", "sort", "is_sort"), [
    (["kaffe"], ["mellanrost"], True),     # every "Mellanrost" product is a coffee
    (["mjölk"], ["bröd"], False),
    (["ägg"], ["ekologiska"], True),       # a variant's mark is a sort of anything
    (["mjölk"], ["kaffe"], False),         # coffee products say no milk
])
def test_sort_of(sorts: CatalogIndex, thing: list[str], sort: list[str], is_sort: bool) -> None:
    assert sort_of(thing, sort, sorts) is is_sort


def test_a_purpose_ending_in_the_things_own_part_says_its_sort(shared: Path) -> None:
    """"tvätt pulver till kulör tvätten" on Hemköp's catalog, which writes "Kulörtvätt" (so the purpose
    names a sort) and splits "tvättpulver": the wash is the powder's own ("tvätt"), so "kulör" is the sort
    asked, and the "Tvättpulver Kulör" says it."""
    index = products_of("matpriser2020-hemkop")[1]
    q = analyse("tvätt pulver till kulör tvätten", index)
    assert q is not None and q.head_parts == ("tvatt",) and q.modifiers == ("kulor",)
    proposal = propose(index, "tvätt pulver till kulör tvätten")
    assert proposal.product is not None and proposal.product.name == "Tvättpulver Kulör"
    assert not proposal.needs_review, proposal.reason
