"""Matching rules of session i40, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.sections import kind_of_section
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product, propose

LAUNDRY = "Hem & städ > Tvätt"


@WITH_CATEGORIES
def test_a_name_writing_another_use_than_the_one_asked_is_made_for_that_use(shelved: bool) -> None:
    """"tvättpulver för vit tvätt" was a sure "Tvättpulver Kulör" on Hemköp: the colour detergent's name says
    the whole compound asked, and "Kulör" (coloured laundry, by the lexicon's name uses) was no word the
    purpose refused. A name that writes a use none said is made for that use."""
    goods = [product(name, name, LAUNDRY if shelved else "", price=price) for name, price in [
        ("Tvättpulver Kulör", 59.95), ("Vit Tvättmedel Oparfymerat Tvättpulver", 79.95),
        ("White Tvättmedel Pulver", 69.95), ("Color Tvättmedel Pulver", 69.95)]]
    proposal = propose(goods, "tvättpulver för vit tvätt")
    assert proposal.product is None or "Kulör" not in proposal.product.name or proposal.needs_review, proposal
    assert not propose(goods, "tvättpulver för kulörtvätt").product.id.startswith(("Vit", "White")), proposal


CHEESE = "Mejeri, ost & ägg > Ost"


@WITH_CATEGORIES
def test_goods_asked_in_one_piece_are_none_cut_small(shelved: bool) -> None:
    """"ost i bit" was a sure "Hushålls Ost Skivad" on Hemköp: the "bit" said is a label word no name is
    read by, so the sliced cheese stood with the whole ones. Goods asked whole ("i bit", as the parser reads
    "i en bit" too) are none the name says are cut small."""
    goods = [product(name, name, CHEESE if shelved else "", price=price) for name, price in [
        ("Hushålls Ost Skivad", 39.95), ("Hushållsost 26%", 79.95), ("Präst Riven", 29.95)]]
    for said in ("ost i bit", "hushållsost i en bit"):
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == "Hushållsost 26%", (said, proposal)
    assert propose(goods, "skivad hushållsost").product.id == "Hushålls Ost Skivad"


def test_a_sort_sold_under_its_kinds_section_elsewhere_is_of_that_kind_on_a_feed_of_names() -> None:
    """"mozzarellaost", "mozzarella ost", "riven prästost" asked about a "Smältost" or an "Ost & Skinkstubbe" on
    Mathem, whose "Mozzarella" and "Präst Riven" no shelf calls cheese: the section the catalogs with categories
    sell the name's words under names the kind where one word names the section ("Ost")."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Mozzarella", 19.95), ("Smältost", 24.95), ("Ost & Skinkstubbe", 39.95), ("Präst Riven", 34.95),
        ("Prästost 31%", 89.0), ("Fetaost", 29.95)]]
    for said, meant in [("mozzarellaost", "Mozzarella"), ("mozzarella ost", "Mozzarella"),
                        ("riven prästost", "Präst Riven")]:
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == meant and not proposal.needs_review, (
            said, proposal)


@pytest.mark.parametrize(("name", "kind"), [
    ("Mozzarella", {"ost"}), ("Präst Riven", {"ost"}),
    ("Homestyle Cookies Soft Inside", set()),  # "Bröd & kakor" joins kinds: no "mjukkaka" (a soft flat bread)
    ("Kattsand Lavendel", set()),  # no food section
])
def test_a_section_joining_kinds_names_none_of_them(name: str, kind: set[str]) -> None:
    assert kind_of_section(name, load_lexicon()) == kind


FAT = "Mejeri, ost & ägg > Smör & margarin"


@WITH_CATEGORIES
def test_a_brand_said_with_the_kind_it_makes_names_its_goods_of_that_kind(shelved: bool) -> None:
    """"flora margarin", "becel lätt margarin" asked about a "Margarin 80% 1kg" on Mathem, whose "Flora 100%
    Växtbaserad" and "Becel Lätt 38%" write no "margarin": a brand said with the kind the lexicon knows it
    makes ("flora": margarin) names its goods of that kind, though their names leave the kind out."""
    goods = [product(name, name, FAT if shelved else "", price=price) for name, price in [
        ("Margarin 80% 1kg", 39.95), ("Margarin Original 40%", 24.95), ("Flora 100% Växtbaserad", 25.95),
        ("Becel Lätt 38%", 22.95), ("Becel Gold 70%", 31.95)]]
    for said, meant in [("flora margarin", "Flora 100% Växtbaserad"), ("becel lätt margarin", "Becel Lätt 38%")]:
        proposal = propose(goods, said, attributes=["lätt"] if "lätt" in said else [])
        assert proposal.product is not None and proposal.product.id == meant, (said, proposal)
    assert propose(goods, "margarin").product.id.startswith("Margarin")


def test_a_brands_plain_goods_of_the_kind_asked_stand_beside_its_special_sort_naming_the_kind() -> None:
    """"bregott smör" was a sure "Bregott Brynt Smör" (a brown-butter spread) on Mathem: the plain "Bregott
    Normalsaltat 75%", which writes no "smör", was not even scored, as the "smö" typed is not in its name."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Bregott Brynt Smör", 39.95), ("Bregott Normalsaltat 75%", 46.95), ("Smör Normalsaltat 80%", 54.95)]]
    proposal = propose(goods, "bregott smör")
    assert proposal.product is not None and (proposal.product.id == "Bregott Normalsaltat 75%"
                                             or proposal.needs_review), proposal


COFFEE = "Dryck > Kaffe > Filter tillbehör"


@WITH_CATEGORIES
def test_a_size_said_of_goods_sized_by_a_filters_code_is_that_code(shelved: bool) -> None:
    """"kaffefilter storlek fyra" asked which filter on Coop, though "Kaffefilter 1X4" is size 4: the "storlek 4"
    said was a word no name writes. Where the kind's goods are sized by the code "1xN", size N is that code."""
    goods = [product(name, name, COFFEE if shelved else "", price=price) for name, price in [
        ("Kaffefilter 1X4", 19.95), ("Kaffefilter Oblekt 102", 17.95), ("Kaffefilter 100 oblekt", 15.95),
        ("Kaffefilter 1X2 Brun", 16.95)]]
    for said in ("kaffefilter storlek 4", "kaffefilter 1x4"):
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == "Kaffefilter 1X4", (said, proposal)
        assert not proposal.needs_review, (said, proposal)


def test_a_shelf_named_by_the_compounds_first_part_says_it_of_the_goods() -> None:
    """"hela kaffebönor" was a right but unsure "Intenzo Hela Bönor" on Hemköp and Willys: the "kaffe" asked
    was said only by the shelf "Skafferi > Kaffe", read as weakly as "Kex och kakor" says the "kex" of a
    "kexchoklad". A shelf named by the part alone says it of its goods."""
    shelf = "Skafferi > Kaffe"
    goods = [product("bönor", "Intenzo Hela Bönor", shelf, brand="Zoégas", price=79.95),
             product("brygg", "Mellanrost Bryggkaffe", shelf, brand="Zoégas", price=54.95),
             product("kapslar", "Lungo Kaffekapslar", shelf, brand="Zoégas", price=44.95),
             product("sojabönor", "Sojabönor", "Skafferi > Konserver", price=19.95)]
    proposal = propose(goods, "hela kaffebönor")
    assert proposal.product is not None and proposal.product.id == "bönor" and not proposal.needs_review, proposal


SAUSAGE = "Chark & pålägg > Korv"


@WITH_CATEGORIES
def test_whole_goods_asked_where_no_name_writes_it_are_those_not_cut(shelved: bool) -> None:
    """"en hel falukorv", "en hel fläskfilé" were right but unsure: no name writes "hel" where a sausage or a
    fillet comes whole unless cut, so the word was missing from every one. Where none of the kind writes it,
    "hel" asks only that the goods are not cut small; where one does ("Kyckling Hel"), it is a word the others
    lack."""
    goods = [product(name, name, SAUSAGE if shelved else "", price=price) for name, price in [
        ("Falukorv", 39.95), ("Falukorv Skivad", 24.95), ("Kyckling Hel", 59.95), ("Kycklingfilé", 89.95),
        ("Kyckling Grillad", 69.95), ("Rödspättafilé Fryst", 49.95)]]
    whole = propose(goods, "hel falukorv")
    assert whole.product is not None and whole.product.id == "Falukorv" and not whole.needs_review, whole
    bird = propose(goods, "hel kyckling")
    assert bird.product is not None and bird.product.id == "Kyckling Hel" and not bird.needs_review, bird
    fish = propose(goods, "hel rödspätta")  # a fillet is no whole fish
    assert fish.product is None or fish.needs_review, fish


def test_a_flavour_listed_after_och_may_stand_a_word_apart_in_the_name() -> None:
    """"chips med cheddar och sourcream" was a sure "Chips Cheddar" and a second line of sourcream chips on
    Mathem: the "Chips Cheddar Royale & Sourcream" writes a word of the cheddar's own between the two."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Chips Cheddar", 24.95), ("Chips Cheddar Royale & Sourcream", 26.95), ("Sourcream Onion Chips", 24.95),
        ("Fiskgratäng med Potatis", 49.95), ("Morötter", 12.95)]]
    lines = added_lines(CatalogIndex.build(goods), "chips med cheddar och sourcream")
    assert [line.product.id for line in lines if line.product] == ["Chips Cheddar Royale & Sourcream"], lines
    assert len(added_lines(CatalogIndex.build(goods), "fisk med potatis och morötter")) == 2


CHOCOLATE = "Godis > Choklad"


@WITH_CATEGORIES
def test_a_percentage_said_that_no_product_of_the_kind_writes_is_asked_about(shelved: bool) -> None:
    """"mörk choklad nittio procent" was a sure "Mörk Choklad" of no stated strength on Mathem, where the dark
    chocolates' names write 70 % and 85 %: a percentage said that the kind's names write others of, and the
    best none, is no sure pick."""
    goods = [product(name, name, CHOCOLATE if shelved else "", price=price) for name, price in [
        ("Mörk Choklad", 19.95), ("Choklad Mörk 70%", 29.95), ("Mörk Choklad 85%", 27.95)]]
    proposal = propose(goods, "mörk choklad 90%")
    assert proposal.product is None or proposal.needs_review, proposal
    sure = propose(goods, "mörk choklad 70%")
    assert sure.product is not None and sure.product.id == "Choklad Mörk 70%" and not sure.needs_review, sure


@WITH_CATEGORIES
def test_an_english_flavour_a_name_writes_is_the_swedish_one_said(shelved: bool) -> None:
    """"duschtvål med mandeldoft" asked about a "Duschtvål Black" on Mathem: its "Duschtvål Almond Oil" writes
    the almond in English, as names write lemon, apple and vanilla (the lexicon's spellings)."""
    goods = [product(name, name, "Hygien > Tvål" if shelved else "", price=price) for name, price in [
        ("Duschtvål Black", 29.95), ("Duschtvål Almond Oil", 34.95), ("Duschtvål Lime", 29.95)]]
    proposal = propose(goods, "duschtvål med mandeldoft")
    assert proposal.product is not None and proposal.product.id == "Duschtvål Almond Oil", proposal


@WITH_CATEGORIES
def test_a_household_place_or_machine_said_as_the_use_asks_household_goods(shelved: bool) -> None:
    """"tabletter till diskmaskinen" asked whether the dishwasher tablets were meant ("Föreslagen vara är hem"):
    tablets are goods of the pharmacy too, and the dishwasher said was no word of the household department."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Maskindisktabletter", "Hem & hushåll > Disk tvätt > Maskindiskmedel", 59.95),
        ("Brustabletter C-vitamin", "Apotek > Vitaminer", 29.95), ("Halstabletter Mint", "Apotek > Hals", 24.95)]]
    proposal = propose(goods, "tabletter till diskmaskinen")
    assert proposal.product is not None and proposal.product.id == "Maskindisktabletter", proposal
    assert not proposal.needs_review, proposal


@pytest.mark.parametrize(("text", "expected"), [
    ("hel kanel vad heter det kanelstänger", ["Kanelstång"]),  # the word searched for names the same thing
    ("en rulltårta vad heter det havreflarn", ["Rulltårta Choklad", "Havreflarn"]),  # another thing
])
def test_the_word_searched_for_after_an_item_naming_the_same_thing_is_that_item(text: str,
                                                                                expected: list[str]) -> None:
    """"hel kanel vad heter det kanelstänger" was two sure lines, whole cinnamon and cinnamon sticks: the word
    found after "vad heter det" that names the same thing as the item before is what that item is called."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Kanel Hel", 24.95), ("Kanelstång", 29.95), ("Kanel Malen", 19.95), ("Rulltårta Choklad", 34.95),
        ("Havreflarn", 24.95)]]
    lines = added_lines(CatalogIndex.build(goods), text)
    assert [line.product.id for line in lines if line.product] == expected, lines
