"""Brand words (`assistant.catalog.brands`), as plain functions on a small inline catalog."""

from __future__ import annotations

import pytest

from assistant.catalog.brands import goods_of_many_kinds, names_brand, of_brand, only_brand
from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import stem
from assistant.catalog.schema import Product
from tests.catalog.catalog_fixture import product, propose

INDEX = CatalogIndex.build([
    product("bregott", "Normalsaltat Smör & Rapsolja 75%", "Mejeri > Smör", "Bregott", 600, "g"),
    product("kvarg", "Kvarg Naturell", "Mejeri > Kvarg", "Arla", 500, "g"),
    product("arlaost", "Arla Ost Mild", "Mejeri > Ost", "Arla", 1, "kg"),
    product("brygg", "Mellanrost Bryggkaffe", "Kaffe", "Zoégas", 450, "g"),
])


@pytest.mark.parametrize(("word", "expected"), [
    ("bregott", True),   # only ever the brand
    ("arla", False),     # a name says it too ("Arla Ost Mild")
    ("kvarg", False),
    ("zoegas", True),
])
def test_a_word_only_the_brand_says(word: str, expected: bool) -> None:
    assert only_brand(INDEX, stem(word)) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Bregott", True),
    ("zoégas", True),
    ("Arla", True),      # the lexicon lists it, though a name says it too
    ("kvarg", False),
    ("mellanrost", False),
])
def test_a_word_said_names_a_brand(word: str, expected: bool) -> None:
    assert names_brand(word, INDEX) is expected


@pytest.mark.parametrize(("product_id", "words", "expected"), [
    ("bregott", ["bregott"], True),
    ("brygg", ["zoeg"], True),
    ("brygg", ["zoegas"], True),     # the folded surface works as the stem does
    ("kvarg", ["bregott", "zoeg"], False),
    ("kvarg", [], False),
])
def test_the_products_brand_says_a_word(product_id: str, words: list[str], expected: bool) -> None:
    assert of_brand(INDEX.entries[INDEX.by_id[product_id]], words) is expected


@pytest.mark.parametrize("categories", [True, False])
def test_a_brand_said_alone_asks_for_what_the_brand_is_known_for(categories: bool) -> None:
    """"marabou" (a chocolate, by the lexicon) where the store sells only Marabou's "Chocosticks"
    under "Bröd & kakor" is asked about; "kalles" is the brand's "Kalles Kaviar", not its "Kalles
    Randiga"; a feed without shelves cannot tell and stays as it was."""
    bread, fish = ("Bröd & kakor", "Fisk & skaldjur") if categories else ("", "")
    products = [product("sticks", "Chocosticks", bread, "Marabou", 170, "g", 25.0),
                product("stripes", "Kalles Randiga", fish, "Kalles", 190, "g", 30.0),
                product("caviar", "Kalles Kaviar Original", fish, "Kalles", 300, "g", 35.0)]
    chocolate = propose(products, "marabou")
    assert chocolate.product is not None and chocolate.product.id == "sticks"
    assert chocolate.needs_review is categories
    caviar = propose(products, "kalles")
    if categories:
        assert caviar.product is not None and caviar.product.id == "caviar" and not caviar.needs_review


def _brands_catalog(categories: bool) -> list:
    frozen, bread, sweets, fats = (("Fryst > Fisk", "Bröd & kakor > Bröd", "Godis > Choklad", "Mejeri > Smör")
                                   if categories else ("", "", "", ""))
    return [product("fingers", "Fiskpinnar Frysta", frozen, "Findus", 450, "g", 40.0),
            product("peas", "Ärter Frysta", frozen, "Findus", 600, "g", 25.0),
            product("rye", "Rågkusar 6-pack", bread, "Fazer", 390, "g", 30.0),
            product("pepper", "Tyrkisk Peber", sweets, "Fazer", 150, "g", 20.0),
            product("spread", "Normalsaltat Smör & Rapsolja 75%", fats, "Bregott", 600, "g", 50.0),
            product("spread2", "Normalsaltat Smör & Rapsolja 75%", fats, "Bregott", 300, "g", 30.0)]


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("word", "spans"), [
    ("findus", True),     # the lexicon lists it with no kind: fish fingers, peas, ready meals
    ("Findus", True),
    ("bregott", False),   # the lexicon's kind: a spread
    ("fazer", True),      # not in the lexicon: the store sells it on two shelves (bread, sweets)
])
def test_a_brand_whose_goods_span_kinds(categories: bool, word: str, spans: bool) -> None:
    """A feed without shelves tells nothing of a brand the lexicon does not know ("fazer")."""
    index = CatalogIndex.build(_brands_catalog(categories))
    assert goods_of_many_kinds(index, word) is (spans and (categories or word.casefold() != "fazer"))


@pytest.mark.parametrize("categories", [True, False])
def test_a_brand_of_many_kinds_said_alone_is_asked_about(categories: bool) -> None:
    """"findus" said alone is fish fingers, peas or a ready meal: a guess staff confirm, the client's
    usual one no question; "bregott" is the spread; "findus ärter" names the thing."""
    products = _brands_catalog(categories)
    findus = propose(products, "findus")
    assert findus.product is not None and findus.needs_review
    assert "många sorters varor" in (findus.reason or "")
    usual = propose(products, "findus", history=[findus.product.id])
    assert usual.product == findus.product and not usual.needs_review
    peas = propose(products, "findus ärter")
    assert peas.product is not None and peas.product.id == "peas" and not peas.needs_review
    spread = propose(products, "bregott")
    assert spread.product is not None and spread.product.brand == "Bregott" and not spread.needs_review
    if categories:
        assert propose(products, "fazer").needs_review


def _rinse_and_crispbread(categories: bool) -> list[Product]:
    home, bread = ("Hem & städ", "Bröd & kakor") if categories else ("", "")
    return [product("finish", "Spolglans", home, "Finish", price=39.0),
            product("fixa", "Spolglans", home, "Fixa", price=25.0),
            product("wasa", "Havreknäcke", bread, "Wasa", price=30.0),
            product("semper", "Havreknäcke med Surdeg", bread, "Semper", price=28.0),
            product("other", "Knäckebröd Råg", bread, "Leksands", price=20.0)]


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("phrase", "expected"), [("spolglans finish", "finish"), ("finish spolglans", "finish"),
                                                  ("havreknäcke wasa", "wasa"), ("spolglans fixa", "fixa")])
def test_a_brand_typed_after_the_thing_is_the_brand_asked(categories: bool, phrase: str, expected: str) -> None:
    """A care worker's list puts the brand last ("spolglans finish"): it is the brand said, as before the
    thing, no head word the thing lacks, and the product of that brand is proposed without a question."""
    proposal = propose(_rinse_and_crispbread(categories), phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("category", ["Hem & städ", ""], ids=["categories", "names-only"])
def test_a_brand_said_with_a_use_none_of_its_goods_names_is_the_brand(category: str) -> None:
    """"svinto till stekpannorna": the brand's steel wool, sure as "svinto" alone is; the pans are what
    it is for, no word its name must say (it was asked, "stekpannorna" counted as unsaid)."""
    catalog = [product("wool", "Tvålull", category, "Svinto", 10, "st", price=29.0),
               product("pads", "Tvålull Kuddar", category, "Svinto", 6, "st", price=32.0),
               product("sponge", "Disksvamp", category, "Scotch-Brite", 3, "st", price=25.0)]
    for phrase in ("svinto", "svinto till stekpannorna"):
        proposal = propose(catalog, phrase)
        assert proposal.product is not None and proposal.product.id == "wool" and not proposal.needs_review, phrase


def _one_shelf_brands(categories: bool) -> list[Product]:
    home, dairy = ("Hem & städ", "Mejeri > Ost") if categories else ("", "")
    return [product("smell", "Luktstopp", home, "Finish", price=30.0),
            product("tabs", "Quantum Powerball Maskindisktabletter", home, "Finish", price=90.0),
            product("tabs2", "Classic Powerball Maskindisktabletter", home, "Finish", price=70.0),
            product("powder", "Maskindisk Pulver", home, "Finish", price=50.0),
            product("rinse", "Spolglans", home, "Finish", price=40.0),
            product("plain", "Original", dairy, "Philadelphia", price=25.0),
            product("plain21", "Original 21%", dairy, "Philadelphia", price=26.0),
            product("garlic", "Vitlök & Örter", dairy, "Philadelphia", price=27.0),
            product("light", "Light 11%", dairy, "Philadelphia", price=27.0)]


@pytest.mark.parametrize("categories", [True, False])
def test_a_brand_said_alone_whose_best_is_a_kind_few_of_its_goods_are_is_asked_about(categories: bool) -> None:
    """"finish" on one shelf of home goods: the cheapest, a "Luktstopp", is one kind of five among its
    tablets, powder and rinse aid, so staff confirm which; "philadelphia" is its "Original", the sort a
    third of its goods write, proposed sure. A feed without brands knows no brand's goods and stays."""
    products = _one_shelf_brands(categories)
    finish = propose(products, "finish")
    if categories:
        assert finish.product is not None and finish.needs_review
        assert "många sorters varor" in (finish.reason or "")
        usual = propose(products, "finish", history=[finish.product.id])
        assert usual.product == finish.product and not usual.needs_review
    cheese = propose(products, "philadelphia")
    assert cheese.product is not None and cheese.product.id == "plain" and not cheese.needs_review
