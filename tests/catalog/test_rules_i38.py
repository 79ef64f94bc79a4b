"""Matching rules of session i38, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import WITH_CATEGORIES, product, propose

BREAD = "Bröd & kakor > Baguetter"


@WITH_CATEGORIES
@pytest.mark.parametrize(("phrase", "right"), [
    ("små baguetter", "Minibaguette 6-p"),
    ("baguetter", "Baguette EKO"),
    ("stora korvar", "Jumbokorv 4-p"),
])
def test_a_size_wished_agrees_with_a_name_writing_it_as_a_first_part(shelved: bool, phrase: str, right: str) -> None:
    """"små baguetter sex stycken" was a sure full-size "Baguette EKO": the size wished was read only from a name's
    whole words ("Vattenmelon Mini"), and the "Minibaguette" writes it as the compound's first part."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Baguette EKO", BREAD, 32.95), ("Baguette Stenugnsbakad EKO", BREAD, 36.95),
        ("Minibaguette 6-p", BREAD, 34.95), ("Surdegsbaguette", BREAD, 34.95),
        ("Korv Grill 4-p", "Chark > Korv", 39.95), ("Jumbokorv 4-p", "Chark > Korv", 44.95)]]
    proposal = propose(goods, phrase)
    assert proposal.product is not None and proposal.product.id == right, proposal


SWEETS = "Godis > Lösgodis"


@WITH_CATEGORIES
@pytest.mark.parametrize("phrase", ["marshmallow", "marshmallows"])
def test_a_loanword_said_in_the_singular_is_the_english_plural_a_name_writes(shelved: bool, phrase: str) -> None:
    """"marshmallow" was a sure "Marshmallow Fluff", a spread: a name writing the very word asked is preferred,
    and the plain "Marshmallows" writes it in its English plural, which was no form of the word said. Nor was
    "Marshmallows Mini" a marshmallow: "marshmallows" before another word was read as a compound's first part
    with its linking s ("Honungs Pomelo"), though a size heads no compound."""
    goods = [product(name, name, SWEETS if shelved else "", price=price) for name, price in [
        ("Marshmallow Fluff", 33.95), ("Marshmallows", 21.95), ("Marshmallows Mini", 18.95)]]
    proposal = propose(goods, phrase)
    assert proposal.product is not None and proposal.product.id in {"Marshmallows", "Marshmallows Mini"}, proposal


SAUCES = "Färdigmat > Såser grytbaser och övriga smaksättare"


def test_a_plain_rival_of_an_organic_product_stands_in_its_department() -> None:
    """"chili" on Willys 2023 was a sure "Chili Hummus": the best fit, the fresh "Chili Röd Ekologisk", was
    swapped for the plain product nobody asked organic of, and the next close fit was a hummus among the
    sauces. A plain rival of another department is no plainer sort of the same goods (a feed without
    shelves cannot tell: its names alone are weighed)."""
    goods = [product(name, name, shelf, price=price) for name, shelf, price in [
        ("Chili Röd Ekologisk", "Frukt & grönt > Kryddor och smaksättare", 17.9),
        ("Chili Hummus", SAUCES, 19.9),
        ("Chili Mix", "Frukt & grönt > Kryddor och smaksättare", 17.9),
        ("Ölkorv Chili", "Kött, chark & fågel > Korv > Ölkorv", 29.9),
        ("Bearnaise Chili", SAUCES, 24.9), ("Chilisås Het", SAUCES, 24.9), ("Chili Dip", SAUCES, 24.9)]]
    proposal = propose(goods, "chili")
    assert proposal.product is not None and proposal.product.id == "Chili Röd Ekologisk", proposal


@WITH_CATEGORIES
def test_a_loaf_said_as_the_unit_prefers_the_bread_sold_as_one(shelved: bool) -> None:
    """"en limpa bröd" was a sure "Lantbröd Morot" on Mathem: the loaf, read as the unit, said nothing of the
    bread. A loaf said is a package as "en burk" is: the bread a name calls a loaf is preferred."""
    shelf = "Bröd & kakor > Bröd" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Lantbröd Morot", 39.95), ("Durum Lantbröd", 39.95), ("Lantbröd EKO", 42.95), ("Bröd & Salt Limpa", 72.0)]]
    proposal = propose(goods, "bröd", Quantity(amount=1, unit="st", unit_word="limpa"))
    assert proposal.product is not None and proposal.product.id == "Bröd & Salt Limpa", proposal


@WITH_CATEGORIES
def test_a_bare_berry_asks_which(shelved: bool) -> None:
    """"bär" was a sure "Björnbär" on Coop and a sure pastry "Bär&nötter" on Hemköp: berries are many
    different fruits, so the word alone is a choice staff confirm, as "svamp" and "fisk" are."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Björnbär", "Frukt & grönsaker > Bär", 39.95), ("Hallon", "Frukt & grönsaker > Bär", 34.95),
        ("Blåbär", "Frukt & grönsaker > Bär", 29.95), ("Bär&nötter", "Bröd & kakor", 12.95)]]
    proposal = propose(goods, "bär")
    assert proposal.needs_review, proposal


VEGETABLES = "Frukt & grönsaker > Grönsaker > Tomater"
MILK = "Mejeri & ägg > Mjölk"


@WITH_CATEGORIES
def test_a_size_wished_that_products_of_the_kind_write_is_asked_as_a_word_is(shelved: bool) -> None:
    """"en ask små tomater" was a sure "Tomater Kvist" on Coop, which sells cocktail tomatoes: a size wished
    that a product of the kind writes ("Cocktailtomater": a cocktail sort is the small one) is not known of one
    writing none. The bare word's reading avoids the cocktail tomatoes, so the line is asked about."""
    goods = [product(name, name, VEGETABLES if shelved else "", price=price) for name, price in [
        ("Tomater Kvist", 34.95), ("Tomat", 29.95), ("Cocktailtomater Röda", 15.95), ("Tomat Cocktail", 22.95)]]
    proposal = propose(goods, "små tomater", Quantity(amount=1, unit="st", unit_word="ask"))
    assert proposal.product is not None and (proposal.needs_review or "ocktail" in proposal.product.id)
    assert propose(goods, "tomater").product.id in {"Tomater Kvist", "Tomat"}  # type: ignore[union-attr]


@WITH_CATEGORIES
def test_a_size_said_of_the_package_is_no_size_of_the_goods(shelved: bool) -> None:
    """"kaffemjölk små förpackningar" asks the coffee milk in small packs: the size is the package's, so a
    "Minimjölk" (a milk whose name writes "mini") makes no coffee milk unknown to be small."""
    goods = [product(name, name, MILK if shelved else "", price=price) for name, price in [
        ("Kaffemjölk 1,5% 2cl 100-p", 119.0), ("Minimjölk 0,5%", 14.95), ("Mellanmjölk 1,5%", 13.95)]]
    proposal = propose(goods, "kaffemjölk små förpackningar")
    assert proposal.product is not None and proposal.product.id == "Kaffemjölk 1,5% 2cl 100-p", proposal
    assert not proposal.needs_review, proposal


SOFT = "Ost > Frukost > Mjukost"
HARD = "Ost > Frukost > Mild mellanlagrad"


def test_a_compound_asked_is_at_home_where_the_names_writing_it_stand() -> None:
    """"hushållsost" was a sure "Hushållsost Stark" on Coop, a soft cheese: the shelf most names ending in the
    head ("ost") stand on is the soft cheeses', so it outweighed the hard cheeses where the names writing the
    very compound stand."""
    goods = [product(f"{name} {i}", name, shelf, price=price) for i, (name, shelf, price) in enumerate([
        ("Hushållsost Stark", SOFT, 29.95), ("Räkost", SOFT, 24.95), ("Baconost", SOFT, 24.95),
        ("Skinkost", SOFT, 24.95), ("Mjukost Skinka", SOFT, 24.95), ("Kaviarost", SOFT, 24.95),
        ("Hushållsost 26%", HARD, 89.95), ("Hushållsost 17%", HARD, 92.95), ("Gouda 28%", HARD, 79.95),
        ("Herrgård 28%", HARD, 84.95)])]
    proposal = propose(goods, "hushållsost")
    assert proposal.product is not None and proposal.product.name.startswith("Hushållsost 26%"), proposal


@WITH_CATEGORIES
def test_stew_pieces_are_a_form_of_the_meat_they_are_cut_from(shelved: bool) -> None:
    """"femhundra gram lamm till gryta" asked about a cat food "Lamm & Anka Paté" and never saw the
    "Lammgrytbitar": "grytbitar" was no form of the meat (as "filé" and "bitar" are), so the lamb's stew pieces
    were a thing of their own that only began with "lamm"."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        # a feed of bare names says the cat in the name
        ("Lamm & Anka Paté" if shelved else "Kattmat Lamm & Anka Paté", "Husdjur > Katt > Våtfoder", 12.95),
        ("Lammfile", "Kött & fågel > Lamm > Bit", 220.0),
        ("Lammkotletter 2-3 St", "Kött & fågel > Lamm > Skivor", 179.4),
        ("Lammgrytbitar", "Kött & fågel > Lamm > Strimlat tärnat", 89.5)]]
    proposal = propose(goods, "lamm till gryta", Quantity(amount=500, unit="g"))
    assert proposal.product is not None and proposal.product.id == "Lammgrytbitar", proposal


@WITH_CATEGORIES
def test_a_word_said_is_said_by_a_name_writing_it_otherwise(shelved: bool) -> None:
    """"en dippmix med lök" was a sure "Dippmix Ramslök" (wild garlic) on Mathem: the store writes the onion dip
    mixes "Dipmix Onion", in English and with one p, so their words counted as words nobody said. A name word
    the lexicon spells as a word said ("onion" → "lök", "dipmix" → "dippmix") is that word."""
    goods = [product(name, name, "Skafferi > Dipmix" if shelved else "", price=price) for name, price in [
        ("Dippmix Ramslök", 11.95), ("Dipmix Onion", 12.95), ("Dipmix Dill & Gräslök", 12.95), ("Dipmix Taco", 11.95)]]
    proposal = propose(goods, "dippmix med lök")
    assert proposal.product is not None and proposal.product.id == "Dipmix Onion", proposal


WOK = [("Sommargrönsaker Fryst", None, 19.95), ("Wokmix Fryst", None, 21.95), ("Wok Classic Fryst", "Findus", 24.95),
       ("Wokblandning Fryst", None, 34.95), ("Herrgårdsgrönsaker Frysta", None, 22.95)]


@WITH_CATEGORIES
def test_wok_vegetables_are_sold_as_a_wok_mix(shelved: bool) -> None:
    """"frysta wokgrönsaker" asked about a "Sommargrönsaker Fryst" on Mathem, which names its wok vegetables
    "Wokmix", "Wokblandning" or "Wok" and a line's name ("Wok Classic"): those names are the kind's (lexicon
    kind_aliases, as "mjölkdryck" is a milk)."""
    shelf = "Fryst > Grönsaker" if shelved else ""
    goods = [product(name, name, shelf, brand if shelved else None, price=price) for name, brand, price in WOK]
    proposal = propose(goods, "frysta wokgrönsaker")
    assert proposal.product is not None and proposal.product.id in {
        "Wokmix Fryst", "Wok Classic Fryst", "Wokblandning Fryst"}, proposal


def test_a_brands_wok_line_is_its_wok_vegetables() -> None:
    """"findus wokgrönsaker" is Findus' "Wok Classic", though it writes neither word: "Wok" names the kind."""
    goods = [product(name, name, "Fryst > Grönsaker", brand, price=price) for name, brand, price in WOK]
    proposal = propose(goods, "findus wokgrönsaker")
    assert proposal.product is not None and proposal.product.id == "Wok Classic Fryst", proposal


@WITH_CATEGORIES
def test_a_crunchy_peanut_butter_has_the_nut_pieces_said(shelved: bool) -> None:
    """"jordnötssmör med nötbitar i" asked about the "Jordnötssmör Creamy": the store writes the sort with nut
    pieces "Crunchy", a name word saying what was said (lexicon name_uses). (The store writes "nötbitar" too:
    a word it never writes would be read as a typo.)"""
    goods = [product(name, name, "Skafferi > Pålägg" if shelved else "", price=price) for name, price in [
        ("Jordnötssmör Creamy", 32.95), ("Jordnötssmör Crunchy", 34.95), ("Nötbitar Hackade", 19.95)]]
    proposal = propose(goods, "jordnötssmör med nötbitar i")
    assert proposal.product is not None and proposal.product.id == "Jordnötssmör Crunchy", proposal
    assert not proposal.needs_review, proposal


@WITH_CATEGORIES
def test_boil_in_bag_is_the_rice_in_cooking_bags(shelved: bool) -> None:
    """"fullkornsris i kokpåsar" asked about a loose "Fullkornsris": stores write the bags in English ("Boil in
    Bag"), a name word saying the cooking bag said (lexicon name_uses)."""
    goods = [product(name, name, "Skafferi > Ris" if shelved else "", price=price) for name, price in [
        ("Fullkornsris", 41.95), ("Fullkornsris Boil in Bag 4x125g", 34.95), ("Kokpåse Tepåse", 9.95)]]
    proposal = propose(goods, "fullkornsris i kokpåsar")
    assert proposal.product is not None and proposal.product.id == "Fullkornsris Boil in Bag 4x125g", proposal


@WITH_CATEGORIES
def test_the_first_part_of_a_compound_asked_is_no_freshness_wish(shelved: bool) -> None:
    """"färskost med kantarell" was a sure "Kantarellost" (a processed cheese in a tube) on Mathem: the "färsk"
    of "färskost" was read as a wish for fresh goods, which any cheese not frozen or dried says, so the
    cheese lacked no word said. A compound's first part names its sort (cream cheese), no freshness."""
    shelf = "Mejeri > Ost" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Kantarellost", 32.95), ("Färskost Kantarell Laktosfri", 34.95), ("Färskost Naturell 25%", 29.95),
        ("Ost Riven Fryst", 39.95)]]
    proposal = propose(goods, "färskost med kantarell")
    assert proposal.product is not None and proposal.product.id == "Färskost Kantarell Laktosfri", proposal


@WITH_CATEGORIES
def test_a_bulk_pack_priced_far_above_the_kinds_is_asked_on_a_feed_of_bare_names(shelved: bool) -> None:
    """"jordnötter" was a sure "Jordnötter 2,5kg" at 89.95 kr on Mathem, where bags cost 15–30 kr and state no
    size: a plain name with nothing more to say. Where no shelf says what the goods are, a stated size of a kilo
    or more priced over three times the kind's usual one is a catering pack, asked about unless an amount was said;
    a count of pieces is no bulk ("Delicatoboll 35-p")."""
    goods = [product(name, name, "Snacks > Nötter" if shelved else "", size=size, unit=unit, price=price)
             for name, size, unit, price in [
                 ("Jordnötter 2,5kg", 2.5, "kg", 89.95), ("Jordnötter Salta", None, None, 27.95),
                 ("Jordnötter Osaltade", None, None, 27.95), ("Jordnötter Torrostade", None, None, 31.95),
                 ("Jordnötter Saltade & Rostade", None, None, 14.95)]]
    proposal = propose(goods, "jordnötter")
    assert proposal.product is not None
    assert proposal.needs_review is not shelved, proposal
    two_kilos = propose(goods, "jordnötter", Quantity(amount=2.5, unit="kg"))
    assert two_kilos.product is not None and "stor förpackning" not in (two_kilos.reason or ""), two_kilos
