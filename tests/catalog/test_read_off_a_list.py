"""Lines a care worker reads off the client's handwritten list (branch i20hem14, dev14_hemkop): brands
and purposes said around a pair the store names as one product, refills said with the tool they fit,
wishes said aside. Plain functions on small inline catalogs, with categories and as a feed of bare names."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, both_ways, names_only, product

HOME = "Hem & städ"

CLEANING = [
    product("kök", "Fett & Smuts Köksrengöring", HOME, "Cillit Bang", 750, "ml", 41.95),
    product("bad", "Kalk & Smuts Badrengöring", HOME, "Cillit Bang", 750, "ml", 41.95),
    product("allrent", "Allrengöring Citrus", HOME, "Eldorado", 1, "l", 19.95),
    product("ugn", "Ugn Rengöring", HOME, "Mr Muscle", 500, "ml", 39.95),
    product("ost", "Hushållsost 26%", "Mejeri, ost & ägg > Ost", "Arla", None, "kg", 89.0),
]


cleaning = both_ways(CLEANING)


def added(index: CatalogIndex, text: str) -> list[tuple[str | None, bool]]:
    return [(line.product.id if line.product else None, line.needs_review) for line in added_lines(index, text)]


@pytest.mark.parametrize("text", [
    "cillit bang fett och smuts till köket 1 fl",  # the brand before the pair, the purpose after it
    "fett och smuts till köket",
    "fett och smuts",
])
def test_a_pair_the_store_names_as_one_stays_one_line_around_a_brand_and_a_purpose(
        cleaning: CatalogIndex, text: str) -> None:
    """The "Fett & Smuts Köksrengöring": a brand said before the pair is the product's own, and a purpose
    said after it ("till köket") is no word the name must write, so the two words stay one product."""
    assert added(cleaning, text) == [("kök", False)]


def test_a_noun_the_parser_reads_as_a_variant_is_no_word_left_unsaid(cleaning: CatalogIndex) -> None:
    """The parser reads "fett" (grease) as the variant "fet" (full-fat); a word said is never also asked as
    that variant's canonical form, which no name writes ("fet"), so the line is sure."""
    assert added(cleaning, "kalk och smuts") == [("bad", False)]
    assert added(cleaning, "fett och smuts") == [("kök", False)]


SEASONING = [
    product("chips", "Chips Salt & Peppar", "Chips & snacks", "OLW", 175, "g", 24.9),
    product("salt", "Salt Fint", "Skafferi > Kryddor", "Falksalt", 1, "kg", 12.9),
    product("peppar", "Svartpeppar Hel", "Skafferi > Kryddor", "Santa Maria", 50, "g", 19.9),
]
seasoning = both_ways(SEASONING)


def test_a_pair_of_goods_each_sold_alone_stays_two(seasoning: CatalogIndex) -> None:
    """Pepper is sold by itself (as the compound's head), so "salt och peppar" is two things, no crisps."""
    lines = added(seasoning, "salt och peppar")
    assert len(lines) == 2 and lines[0][0] == "salt" and ("chips", False) not in lines, lines


SWEETS = [
    product("mix", "Gott & Blandat Original", "Godis > Påsar", "Malaco", 160, "g", 24.95),
    product("mix-salt", "Gott & Blandat Salt", "Godis > Påsar", "Malaco", 160, "g", 24.95),
    product("bröd", "Gott Gräddat Rågbröd", "Bröd > Limpor", None, 500, "g", 29.95),
    product("strössel", "Strössel Blandat", "Bakning > Dekor", None, 80, "g", 19.95),
]
sweets = both_ways(SWEETS)


@pytest.mark.parametrize("text", ["gott och blandat", "en påse gott och blandat"])
def test_a_pair_whose_first_word_names_no_goods_alone_is_one_product(sweets: CatalogIndex, text: str) -> None:
    """"gott" (tasty) is a word said about goods, none of its own ("något gott till kaffet"), so "gott och
    blandat" is the product the store names by the pair, the "Gott & Blandat", not "gott" and "blandat"."""
    assert added(sweets, text) == [("mix", False)]


REFILLS = [
    product("våtmopp-refill", "Våtmopp Refill 45x13cm", HOME, "Fixa", 1, "st", 59.95),
    product("mopp-refill", "Supermocio Refill Mopp", HOME, "Vileda", 1, "st", 89.95),
    product("viskos-refill", "Refill Till Viskosmopp", HOME, "Fixa", 1, "st", 49.95),
    product("svamp-vit", "Refillsvamp Vit", HOME, "Fixa", 3, "st", 34.95),
    product("svamp-grön", "Refillsvamp Grön", HOME, "Fixa", 3, "st", 34.95),
    product("borste-svamp", "Diskborste med Utbytbar Svamp", HOME, "Fixa", 1, "st", 28.95),
    product("borste", "Diskborste Trä", HOME, None, 1, "st", 24.95),
    product("hink", "Mopphink med Urvridare", HOME, "Fixa", 1, "st", 149.0),
    product("kökssvamp", "Kökssvamp Grov", HOME, "Fixa", 3, "st", 19.95),
    product("allsvamp", "Svamp Allrengöring", HOME, "Fixa", 2, "st", 14.95),
    product("diskborste", "Diskborste Greppvänlig", HOME, "Fixa", 1, "st", 29.95),
    product("champinjon", "Champinjoner Klass 1", "Frukt & grönt > Svamp", None, 250, "g", 17.95),
    product("kaffe-refill", "Snabbkaffe Mellanrost Refill", "Skafferi > Kaffe", "Garant", 200, "g", 49.95),
]
refills = both_ways(REFILLS)


@pytest.mark.parametrize(("text", "right"), [
    ("refill till diskborsten", {"svamp-vit", "svamp-grön"}),  # the sponge the brush "med Utbytbar Svamp" takes
    ("refill till moppen", {"våtmopp-refill", "mopp-refill", "viskos-refill"}),
])
def test_a_refill_is_the_one_for_the_thing_it_is_said_for(refills: CatalogIndex, text: str, right: set[str]) -> None:
    """A refill said for a thing the store sells fits that thing: its name says the thing, or shares a
    word with the thing's own products ("Refillsvamp" and the "Diskborste med Utbytbar Svamp"); a refill
    naming another thing ("Våtmopp Refill") is for that one."""
    (pid, review), = added(refills, text)
    assert pid in right or review  # a feed of bare names keeps the thing a word the refill must say: asked


ROLLERS = [
    product("rulle-refill", "Klädvårdsrulle 5m Refill", HOME, "Eldorado", 1, "st", 24.95),
    product("rulle", "Klädvårdsrulle 5m", HOME, "Eldorado", 2, "st", 39.95),
    product("doft-refill", "Life Scents Oasis Freshmatic Max Refill", HOME, "Airwick", 1, "st", 59.95),
]
rollers = both_ways(ROLLERS)


@pytest.mark.parametrize(("text", "right"), [
    ("en klädvårdsrulle", "rulle"),              # the thing itself, not the rolls for its handle
    ("klädvårdsrulle refill", "rulle-refill"),  # the refill, said
])
def test_a_refill_nobody_said_is_no_plain_thing(rollers: CatalogIndex, text: str, right: str) -> None:
    """"en klädvårdsrulle" was the cheaper "Klädvårdsrulle 5m Refill", sure, beside the roller itself: a
    refill is a special sort of the thing it fits (lexicon `variants`), as a "Strimlad" fillet is of the
    fillet, preferred only where said."""
    [(pid, _)] = added(rollers, text)
    assert pid == right


MUSHROOMS = "Frukt & grönt > Svamp"
SHELF = [
    product("champinjoner", "Champinjoner Klass 1", MUSHROOMS, None, 250, "g", 17.95),
    product("champinjoner-eko", "Champinjoner Eko Klass 1", MUSHROOMS, None, 250, "g", 24.95),
    product("skog", "Svamp Eko Skogschampinjon Klass 1", MUSHROOMS, None, 250, "g", 24.95),
    product("shiitake", "Svamp Shi-take", MUSHROOMS, None, 150, "g", 29.95),
    product("ostron", "Ostronskivling Klass 1", MUSHROOMS, None, 150, "g", 29.95),
]
shelf = both_ways(SHELF)


def test_a_variant_between_the_kind_and_the_sort_leaves_the_sort_written_after_its_kind(shelf: CatalogIndex) -> None:
    """"Svamp Eko Skogschampinjon" on the shelf "Svamp" is the kind, the organic mark, then the sort:
    "skogschampinjoner" is that sort, no plain "Champinjoner", and the plain word stays the plain goods."""
    assert added(shelf, "skogschampinjoner 1 ask") == [("skog", False)]
    assert added(shelf, "champinjoner") == [("champinjoner", False)]


SAUSAGE = "Chark & pålägg > Korv"
MILK = "Mejeri, ost & ägg > Mjölk"
CHEAP = [
    product("lithells", "Varmkorv", SAUSAGE, "Lithells", 900, "g", 52.95),
    product("garant-450", "Varmkorv", SAUSAGE, "Garant", 450, "g", 29.95),
    product("garant-900", "Varmkorv", SAUSAGE, "Garant", 900, "g", 43.95),
    product("skinn", "Varmkorv med Skinn", SAUSAGE, "Lithells", 360, "g", 33.95),
    product("falukorv", "Falukorv", SAUSAGE, "Scan", 800, "g", 39.95),
    product("arla", "Mellanmjölk 1,5%", MILK, "Arla", 1.5, "l", 19.95),
    product("garant-mjölk", "Mellanmjölk 1,5%", MILK, "Garant", 1, "l", 12.95),
    product("eko", "Mellanmjölk Ekologisk 1,5%", MILK, "Garant Eko", 1, "l", 11.95),
]
cheap = both_ways(CHEAP)


@pytest.mark.parametrize(("text", "expected"), [
    ("varmkorv den billigaste 900 g", "garant-900"),  # cheapest by the kilo, no sausage in a skin
    ("den billigaste varmkorven", "garant-900"),
    ("mellanmjölk 2 l den billigaste", "garant-mjölk"),  # no organic milk nobody asked for
])
def test_a_wish_for_the_cheapest_is_the_cheapest_of_the_goods_asked(cheap: CatalogIndex, text: str,
                                                                    expected: str) -> None:
    """"den billigaste" is no word a name must write: of the products that are what was asked, the one
    costing least for its amount, sure."""
    assert added(cheap, text) == [(expected, False)]


def cut(name: str) -> str:
    """A name as a feed with a 45-letter limit writes it."""
    return name[:45]


CUT = [
    product("tvättmaskin", cut("Hygienisk Mot Dålig Lukt Tvättmaskinsrengöring"), HOME, "Dr Beckmann", 250, "ml", 36.95),
    product("diskmaskin", "2 Rengöringar Maskinrengöring", HOME, "Yes", None, None, 48.95),
    product("ugn", "Ugn Rengöring", HOME, "Mr Muscle", 500, "ml", 39.95),
    product("oxi", cut("Gold Oxi Action Crystal White Fläckborttagning"), HOME, "Vanish", 470, "g", 79.95),
    product("spray", cut("Oxi Action Förbehandlingsspray Fläckborttagning"), HOME, "Vanish", 500, "ml", 49.95),
    product("fläck", "Carpet Care Oxi Action Fläckborttagning", HOME, "Vanish", 500, "ml", 59.95),
    product("kalas", cut("Kalasmeny Oxkött/lamm/kyckling Tonfisk Kattmat"), "Djur", "Kitekat", 1.2, "kg", 59.95),
    product("kattmat", "Kattmat Oxkött", "Djur", "First Price", 400, "g", 12.95),
    product("bröd", cut("Fullkornsgott Osötat Bröd Surdeg Lin Och Solrosfrön"), "Bröd & kakor", "Garant", 500, "g", 29.95),
    product("solros", "Burgare Solros Frysta", "Vegetariskt", "Kung Markatta", 300, "g", 39.95),
]
cut_names = both_ways(CUT)


def test_a_word_the_feed_cut_at_its_length_limit_is_read_whole(cut_names: CatalogIndex) -> None:
    """The 2020 feeds stop every name at 45 letters: "... Lukt Tvättmaskinsrengörin" is a washing-machine
    cleaner, read whole by the catalog's "Rengöring", so "tvättmaskinsrengöring" finds it, sure, and no
    dishwasher cleaner; a feed without such a limit is read as written."""
    assert added(cut_names, "tvättmaskinsrengöring mot dålig lukt") == [("tvättmaskin", False)]
    names = [p.name for p in CUT]
    assert all(len(name) == 45 for name in names if name.endswith(("rengörin", "Fläckborttagni", "Kattma", "Solr")))


CAKES = "Bröd & kakor"
BISCUITS = [
    product("digestive", "Digestivekex", CAKES, "Eldorado", 400, "g", 14.95),
    product("marie", "Mariekex", CAKES, "Eldorado", 200, "g", 9.95),
    product("ostkex", "Ostkex Cheddar", CAKES, "Buiteman", 75, "g", 19.95),
    product("dino", "Dinosaurus", CAKES, "Lotus", 117, "g", 12.95),
    product("dino-mjölk", "Dinosaurus Mjölkchoklad", CAKES, "Lotus", 150, "g", 17.95),
    product("hundkex", "Hundkex Mix", "Djur", "Dogman", 500, "g", 24.95),
    product("limpa", "Limpa Skogaholm", CAKES, "Skogaholm", 775, "g", 29.95),
]


def test_a_kind_said_after_a_sorts_name_is_confirmed_by_the_shelf_its_goods_stand_on() -> None:
    """"dinosaurus kex": the shelf where the store's biscuits stand ("Digestivekex", "Mariekex" on "Bröd &
    kakor") holds the "Dinosaurus" too, so it is the "kex" said, sure, though the shelf's name says cakes;
    a feed of bare names has no shelf to tell it by, and asks."""
    assert added(CatalogIndex.build(BISCUITS), "dinosaurus kex till barnbarnen") == [("dino", False)]
    assert added(CatalogIndex.build(names_only(BISCUITS)), "dinosaurus kex till barnbarnen") == [("dino", True)]
