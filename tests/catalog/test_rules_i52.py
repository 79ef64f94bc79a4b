"""Matching rules of session i52, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import stem
from assistant.catalog.query import analyse
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("en bit kallrökt lax till smörgåsarna", "Kallrökt Lax I Bit"),
    ("två bitar kallrökt lax", "Kallrökt Lax I Bit"),
    ("kallrökt lax i bit", "Kallrökt Lax I Bit"),
    ("kallrökt lax", "Kallrökt Lax"),
])
def test_a_piece_counted_is_the_piece_named(shelved: bool, said: str, wanted: str) -> None:
    """"en bit kallrökt lax" was a sure "Kallrökt Lax" beside the "Kallrökt Lax I Bit": a piece counted asks for
    the product whose name says it is a piece, as "lax i bit" does."""
    fish = "Fisk > Rökt fisk" if shelved else ""
    goods = [product(name, name, fish, price=price) for name, price in [
        ("Kallrökt Lax", 59.9), ("Kallrökt Lax I Bit", 69.9), ("Kallrökt Lax I Skivor", 64.9),
        ("Varmrökt Lax Naturell", 54.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("pepsi", "Pepsi Regular"),
    ("en flaska pepsi", "Pepsi Regular"),
    ("pepsi max", "Pepsi Max"),
    ("pepsi max lime", "Pepsi Max Lime"),
])
def test_a_line_said_alone_is_its_regular(shelved: bool, said: str, wanted: str) -> None:
    """"pepsi" was a sure "Pepsi Max", tied with the "Pepsi Regular" beside it: a line said alone is its standard
    sort, which a name writes "Regular" as it writes "Original" ("polly": "Polly Original")."""
    soda = "Dryck > Läsk" if shelved else ""
    goods = [product(name, name, soda, "Pepsi" if shelved else None, price=price) for name, price in [
        ("Pepsi Max", 22.9), ("Pepsi Regular", 22.9), ("Pepsi Max Lime", 22.9), ("Pepsi Max 6x33cl", 54.9),
        ("Coca-Cola Zero", 21.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["feta ost till grekisk sallad", "salladsost till den grekiska salladen",
                                  "en bit fetaost till en grekisk sallad"])
def test_what_is_said_of_the_dish_is_the_dish(shelved: bool, said: str) -> None:
    """"feta ost till grekisk sallad" was asked about: the salad is what the cheese is eaten with, but "grekisk"
    was read as a sort of the cheese that no cheese writes. A word said of the dish goes with the dish."""
    cheese = "Mejeri > Ost" if shelved else ""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Fetaost", "Mejeri > Ost", 32.9), ("Salladsost", "Mejeri > Ost", 24.9), ("Halloumi", "Mejeri > Ost", 34.9),
        ("Grekisk Yoghurt 10%", "Mejeri > Yoghurt", 29.9), ("Grekiskt Lantbröd", "Bröd > Matbröd", 29.9),
        ("Sallad Mix", "Frukt & grönt > Sallad", 19.9), ("Salladskål", "Frukt & grönt > Sallad", 24.9),
        ("Salladsdressing", "Skafferi > Dressing", 21.9), ("Fetaost Örter", cheese, 34.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name in ("Fetaost", "Salladsost"), line
    assert not line.needs_review, line


@WITH_CATEGORIES
def test_what_is_said_of_a_use_is_the_goods_sort(shelved: bool) -> None:
    """Unlike a dish, what is said of the hair a shampoo is for says the shampoo's sort: "torrt" stays a word
    the goods are asked with ("Schampo Torrt Hår")."""
    hygiene = "Hygien > Hårvård" if shelved else ""
    goods = [product(name, name, hygiene, price=price) for name, price in [
        ("Shampoo Color", 39.9), ("Schampo Normalt Hår", 34.9), ("Schampo Torrt Hår", 34.9), ("Balsam Torrt Hår", 39.9),
        ("Schampo Fett Hår", 34.9)]]
    index = CatalogIndex.build(goods)
    q = analyse("schampo för torrt hår", index)
    assert q is not None and stem("torrt") in q.modifiers, q
    line, = added_lines(index, "schampo för torrt hår")
    assert line.product is not None and line.product.name == "Schampo Torrt Hår", line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "unwanted"), [
    ("ett lantbröd", "Lantbröd Morot"),
    ("en burk sill", "Sill Rödbeta"),
])
def test_a_vegetable_after_the_kind_is_its_taste(shelved: bool, said: str, unwanted: str) -> None:
    """"ett lantbröd" was a sure "Lantbröd Morot", tied with the plain loaves: a vegetable named after the kind
    flavours it, as a fruit does ("Yoghurt Hallon"), and a request naming none prefers the plain sort."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Lantbröd Morot", "Bröd > Matbröd", 30.9), ("Durum Lantbröd", "Bröd > Matbröd", 37.9),
        ("Lantbröd Surdeg", "Bröd > Matbröd", 40.9), ("Sill Rödbeta", "Fisk > Sill", 24.9),
        ("Sill Inläggning", "Fisk > Sill", 24.9), ("Morötter Klass 1", "Frukt & grönt", 12.9),
        ("Spenat Fryst", "Fryst > Grönsaker", 19.9), ("Rödbetor Klass 1", "Frukt & grönt", 14.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name != unwanted, line


@WITH_CATEGORIES
def test_a_name_of_two_words_said_after_a_sort_is_what_the_store_sells(shelved: bool) -> None:
    """"riven parmesan till pastan" was asked about on Hemköp: the store writes the cheese "Parmigiano Reggiano", so
    no name leads with the last word said ("reggiano") nor with all three, and "pastan" was read as a sort of the
    cheese. A name leading with the words said after the sort is the thing sold by them: the pasta is what it goes
    with."""
    cheese = "Mejeri > Ost" if shelved else ""
    goods = [product(name, name, cheese, price=price) for name, price in [
        ("Parmigiano Reggiano 22m Riven", 39.9), ("Parmigiano Reggiano Grovriven", 42.9),
        ("Parmigiano Reggiano", 59.9), ("Pasta Penne", 14.9), ("Pastasås Tomat", 24.9), ("Grana Padano", 49.9)]]
    line, = added_lines(CatalogIndex.build(goods), "riven parmesan till pastan")
    assert line.product is not None and line.product.name == "Parmigiano Reggiano 22m Riven", line
    assert not line.needs_review, line


@pytest.mark.parametrize("said", ["frukt", "frukt till kaffet", "lite frukt till efterrätten"])
def test_a_purpose_no_product_says_chooses_no_sort(said: str) -> None:
    """"frukt till kaffet" on Mathem was a sure grapefruit where a bare "frukt" asks which: the coffee is what the
    fruit goes with, no grapefruit says it, so nothing said chose that sort of fruit. (A feed of bare names: with
    a fruit shelf of any size a bare "frukt" asks for its own reason.)"""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Grapefrukt Röd Klass1", 9.9), ("Grapefrukt Vit Klass1", 9.9), ("Frukt & Nötmix", 29.9),
        ("Mentos Frukt", 12.9), ("Flapjack Frukt", 19.9), ("Kaffe Mellanrost", 49.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("names", "wanted"), [
    (["Pytt", "Vegetarisk Pytt", "Potatis Fast", "Stekpanna 28cm", "Grillpanna"], "Vegetarisk Pytt"),
    (["Pytt i Panna", "Vegetarisk Pytt i Panna", "Potatis Fast", "Stekpanna 28cm"], "Vegetarisk Pytt i Panna"),
])
def test_a_synonym_adding_words_is_read_where_the_names_of_the_word_write_them(shelved: bool, names: list[str],
                                                                              wanted: str) -> None:
    """"vegetarisk pytt" on Coop, whose names write "Pytt" alone, was asked about: the lexicon reads "pytt" as
    "pytt i panna", and the "panna" no pytt there writes (only frying pans do) was a sort not found. A synonym
    that adds words to the word said is read only where products named by the word write them."""
    goods = [product(name, name, "Frys > Färdigmat" if shelved else "", price=39.9) for name in names]
    line, = added_lines(CatalogIndex.build(goods), "en påse vegetarisk pytt till kvällen")
    assert line.product is not None and line.product.name == wanted, line
    assert not line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("rågi knäcke", "Knäckebröd Rågi"),
    ("leksands mini rut knäcke", "Knäckebröd Mini-rut"),
])
def test_a_clipped_word_is_its_full_form_where_the_store_names_more_goods_so(shelved: bool, said: str,
                                                                             wanted: str) -> None:
    """"rågi knäcke" on Hemköp was asked about among the few names writing "Knäcke": the store names most of its
    crispbread "Knäckebröd", the word "knäcke" is short for, and "Knäckebröd Rågi" was never a candidate."""
    bread = "Bröd & kakor" if shelved else ""
    goods = [product(name, name, bread, brand, price=price) for name, brand, price in [
        ("Frukost Knäcke", "Wasa", 24.9), ("Knäcke Surdeg Gourmet", "Leksands", 29.9),
        ("Knäcke Solroskärnor Quinoa", "Leksands", 31.9), ("Knäcke Havre", "Wasa", 26.9),
        ("Knäckebröd Rågi", "Wasa", 19.9), ("Knäckebröd Mini-rut", "Leksands", 13.9),
        ("Knäckebröd Husman", "Wasa", 21.9), ("Knäckebröd Sport", "Wasa", 22.9), ("Knäckebröd Råg", "Leksands", 24.9),
        ("Knäckebröd Havre", "Leksands", 25.9), ("Fäbodknäcke", "Leksands", 28.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line
    line, = added_lines(CatalogIndex.build([*goods, product("Rotfruktknäcke Rödbetor", "Rotfruktknäcke Rödbetor",
                                                            bread, "Göteborgs", price=24.9)]), "rotfrukts knäcke")
    assert line.product is not None and line.product.name == "Rotfruktknäcke Rödbetor", line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("torrfoder till hunden han är gammal nu", "Torrfoder Hund Senior"),
    ("tandkräm hon är gammal", "Tandkräm Original"),
])
def test_an_old_pet_asks_its_senior_food_and_an_old_client_nothing(shelved: bool, said: str, wanted: str) -> None:
    """"torrfoder till hunden han är gammal nu" was a sure slimming food: the dog's age is its food's sort, the
    "Senior" one, as "till en gammal hund" asks. A client's age names no sort of toothpaste."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Torrfoder Hund Slim", "Djur > Hund", 89.9), ("Torrfoder Hund Senior", "Djur > Hund", 94.9),
        ("Torrfoder Hund Junior", "Djur > Hund", 94.9), ("Tandkräm Original", "Hygien > Tandvård", 24.9),
        ("Tandkräm Bamse", "Hygien > Tandvård", 26.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line
    assert not line.needs_review, line
