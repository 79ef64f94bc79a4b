"""What a product name says it IS, read from the name alone where no category helps (issue 10).

Each rule on a small inline catalog, once with the grocer's categories and once as a bare-names feed
(Mathem's kind: no category, no brand). The wrong product is the cheaper one, so only the reading, not
the price, can decide.
"""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex, linking_forms
from assistant.catalog.kinds import another_sort
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import stem
from assistant.catalog.query import analyse
from assistant.catalog.schema import Product
from tests.catalog.catalog_fixture import WITH_CATEGORIES, product, propose


def shelf(category: str, shelved: bool) -> str:
    return category if shelved else ""


def unflagged(products: list[Product], phrase: str) -> str | None:
    """The product proposed without a flag, None when the line asks staff."""
    p = propose(products, phrase)
    return p.product.id if p.product and not p.needs_review else None


@pytest.mark.parametrize(("words", "linked"), [
    (["honungs", "pomelo", "klass1"], {"honung"}),
    (["jordgubbs", "marmelad"], {"jordgubb"}),
    (["honung", "flytande"], set()),        # the word itself
    (["pomelo", "honungs"], set()),         # nothing after it
    (["färs", "nöt"], set()),               # "fär" is no word of four letters
    (["köttfärs", "fryst"], set()),         # "köttfär" is no word
    (["ris", "jasmin"], set()),
    (["glass", "vanilj"], set()),
    (["honungs", "honung"], set()),         # said as itself too
    (["marshmallows", "mini"], set()),      # a size, a describing word or a label heads no compound
    (["kokos", "riven"], set()),
    (["jordgubbs", "eko"], set()),
])
def test_linking_forms(words: list[str], linked: set[str]) -> None:
    assert linking_forms(words, load_lexicon()) == {stem(w) for w in linked}


@WITH_CATEGORIES
@pytest.mark.parametrize(("names", "asked", "right"), [
    # a word in its linking-s form before another word is a compound's first part said apart
    (["Honungs Pomelo Klass1", "Honung Flytande"], "honung", "Honung Flytande"),
    (["Jordgubbs Marmelad", "Jordgubbar Frysta"], "jordgubbar", "Jordgubbar Frysta"),
])
def test_a_linking_s_word_is_the_next_words_modifier(names: list[str], asked: str, right: str,
                                                      shelved: bool) -> None:
    cats = {"Honungs Pomelo Klass1": "Frukt & grönt > Frukt", "Honung Flytande": "Skafferi > Honung",
            "Jordgubbs Marmelad": "Skafferi > Sylt och marmelad", "Jordgubbar Frysta": "Fryst > Bär"}
    products = [product(name, name, shelf(cats[name], shelved), price=10.0 + 20 * (name == right))
                for name in names]
    assert unflagged(products, asked) == right


@WITH_CATEGORIES
@pytest.mark.parametrize(("names", "asked", "right"), [
    # fresh produce is the bare word's reading only when the name leads with that word: a honeydew
    # melon ("Melon Honung") is no honey
    (["Melon Honung Klass1", "Honung Svensk"], "honung", "Honung Svensk"),
    (["Tomater Kvist Klass 1", "Tomater Krossade"], "tomater", "Tomater Kvist Klass 1"),
    (["Svenska Äpplen Klass 1", "Äppeljuice"], "äpplen", "Svenska Äpplen Klass 1"),
])
def test_the_fresh_produce_reading_needs_the_name_to_lead_with_the_word(names: list[str], asked: str, right: str,
                                                                        shelved: bool) -> None:
    cats = {"Melon Honung Klass1": "Frukt & grönt > Frukt", "Honung Svensk": "Skafferi > Honung",
            "Tomater Kvist Klass 1": "Frukt & grönt > Grönsaker", "Tomater Krossade": "Skafferi > Konserver",
            "Svenska Äpplen Klass 1": "Frukt & grönt > Frukt", "Äppeljuice": "Dryck > Juice"}
    products = [product(name, name, shelf(cats[name], shelved), price=10.0 + 20 * (name == right))
                for name in names]
    assert propose(products, asked).product.id == right  # type: ignore[union-attr]


@WITH_CATEGORIES
def test_a_name_whose_first_kind_is_another_dish_is_never_the_unflagged_mince(shelved: bool) -> None:
    products = [product("dumplings", "Dumplings Köttfärs Frysta", shelf("Fryst > Färdigmat", shelved), price=40.0),
                product("mince", "Blandfärs 20%", shelf("Kött > Köttfärs", shelved), price=55.0)]
    assert unflagged(products, "köttfärs") != "dumplings"


@WITH_CATEGORIES
@pytest.mark.parametrize(("names", "asked", "right"), [
    (["Tofu Marinerad", "Tofu Naturell KRAV"], "tofu", "Tofu Naturell KRAV"),
    (["Kvarg Vanilj", "Kvarg Naturell Eko 0,3%"], "kvarg", "Kvarg Naturell Eko 0,3%"),
    (["Tofu Marinerad", "Tofu Naturell KRAV"], "marinerad tofu", "Tofu Marinerad"),
])
def test_an_organic_plain_product_is_plainer_than_a_prepared_one(names: list[str], asked: str, right: str,
                                                                  shelved: bool) -> None:
    products = [product(name, name, shelf("Vegetariskt > Tofu" if "Tofu" in name else "Mejeri > Kvarg", shelved),
                        price=10.0 + 20 * (name == right)) for name in names]
    assert unflagged(products, asked) == right


@pytest.mark.parametrize(("names", "sure"), [
    # a shop that sells no blueberries: a biscuit and a yoghurt that taste of them are no blueberries
    ([("Singoalla Blåbär", "Bröd & bageri > Fika > Kakor kex"),
      ("Havre-gurt Blåbär", "Mejeri & ägg > Mjölk fil > Havre soja ris")], None),
    # the shelf names the berries: they are what was asked for
    ([("Blåbär Odlade Fryst", "Fryst > Frukt och bär"), ("Singoalla Blåbär", "Bröd & bageri > Fika > Kakor kex")],
     "Blåbär Odlade Fryst"),
])
def test_a_flavour_asked_alone_is_not_a_product_that_only_tastes_of_it(names: list[tuple[str, str]],
                                                                       sure: str | None) -> None:
    products = [product(name, name, category, price=10.0 + 10 * i) for i, (name, category) in enumerate(names)]
    assert unflagged(products, "blåbär") == sure


@pytest.mark.parametrize(("names", "asked", "sure"), [
    # a shop that sells no bacon: a plant-based one on the vegetarian shelf (its name need not say so)
    ([("Bacon Klippta Skivor", "Vegetariskt"), ("Grillkorv", "Chark > Korv")], "bacon", None),
    ([("Bacon Skivad", "Chark > Bacon"), ("Bacon Klippta Skivor", "Vegetariskt")], "bacon", "Bacon Skivad"),
    ([("Bacon Skivad", "Chark > Bacon"), ("Bacon Klippta Skivor", "Vegetariskt")], "vegetarisk bacon",
     "Bacon Klippta Skivor"),
    ([("Tofu Naturell", "Vegetariskt"), ("Tofu Rökt", "Vegetariskt"), ("Tofu Thai", "Vegetariskt")], "tofu",
     "Tofu Naturell"),
])
def test_a_vegetarian_shelf_makes_a_special_sort(names: list[tuple[str, str]], asked: str, sure: str | None) -> None:
    products = [product(name, name, category, price=10.0 + 10 * i) for i, (name, category) in enumerate(names)]
    assert unflagged(products, asked) == sure


@pytest.mark.parametrize(("names", "sure"), [
    (["Vegobacon Skivor", "Vegokorv", "Vegobullar"], None),  # names only: "vego" says it
    (["Bacon Skivad", "Vegobacon Skivor", "Vegokorv", "Vegobullar"], "Bacon Skivad"),
])
def test_a_vegetarian_name_makes_a_special_sort(names: list[str], sure: str | None) -> None:
    products = [product(name, name, "", price=10.0 + 10 * i) for i, name in enumerate(names)]
    assert unflagged(products, "bacon") == sure


MILK_FREE = ["Margarin Mjölkfritt", "Margarin Normalsaltat 80%", "Glass Vanilj Mjölkfri", "Glass Vanilj Laktosfri",
             "Glass Vanilj"]


@pytest.mark.parametrize("category", ["Mejeri > Matfett", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("asked", "sure"), [
    ("margarin", "Margarin Normalsaltat 80%"),  # the milk-free sort, cheapest and shortest, is nobody's plain
    ("mjölkfritt margarin", "Margarin Mjölkfritt"),
    ("vaniljglass", "Glass Vanilj"),
    ("laktosfri vaniljglass", "Glass Vanilj Laktosfri"),  # lactose-free, not the plant-based sort
    ("mjölkfri vaniljglass", "Glass Vanilj Mjölkfri"),
])
def test_a_milk_free_name_makes_a_special_sort(category: str, asked: str, sure: str) -> None:
    """"en flora": the store's "Flora Mjölkfritt" was proposed sure beside its plain margarine."""
    products = [product(name, name, category, price=10.0 + i) for i, name in enumerate(MILK_FREE)]
    assert unflagged(products, asked) == sure


@pytest.mark.parametrize(("names", "asked", "sure"), [
    # a shop whose only "te" is a tea strainer: a food word asks no household goods
    (["Te Sil", "Te- & Kaffesil", "Diskborste"], "te", None),
    # a word the lexicon does not know as food, sold as household goods: that is its department (the
    # size "1x4" is a word of that name no request said: the plain "102" before it)
    (["Kaffefilter 1x4", "Kaffefilter 102", "Kaffefilter Oblekt"], "kaffefilter", "Kaffefilter 102"),
])
def test_a_food_word_is_no_household_product(names: list[str], asked: str, sure: str | None) -> None:
    products = [product(name, name, "Hem & städ", price=10.0 + 10 * i) for i, name in enumerate(names)]
    assert unflagged(products, asked) == sure


@WITH_CATEGORIES
def test_a_cooking_banana_is_no_banana(shelved: bool) -> None:
    products = [product(name, name, shelf("Frukt & grönt > Frukt", shelved), price=10.0 + 10 * i)
                for i, name in enumerate(["Banan Kok Klass 1", "Banan Eko Klass 1"])]
    assert unflagged(products, "bananer") != "Banan Kok Klass 1"


@pytest.mark.parametrize(("name", "other"), [
    ("Mjukost 20% Ädel", True),           # a soft cheese that tastes of ädel
    ("Ädelost Gräddädel 20%", False),     # the asked compound itself
    ("Ädel 30%", False),                  # no compound of the head first
    ("Ost Ädel", False),                  # the head word alone, its sort said apart
])
def test_another_compound_of_the_head_leading_the_name_is_another_sort(name: str, other: bool) -> None:
    index = CatalogIndex.build([product("p", name, ""), product("q", "Ädelost", "")])
    q = analyse("ädel ost", index)
    assert q is not None and q.head_parts
    assert another_sort(index.entries[0], q) is other


@WITH_CATEGORIES
def test_a_rival_of_another_sort_is_no_plainer_one(shelved: bool) -> None:
    """"ädel ost": "Mjukost 20% Ädel" is no plainer ädelost than "Ädelost Gräddädel", so no question
    of a more usual sort; a plainer ädelost still asks."""
    cheese = shelf("Mejeri, ost & ägg > Ost", shelved)
    products = [product("blue", "Ädelost Gräddädel 20%", cheese, price=40.0),
                product("soft", "Mjukost 20% Ädel", cheese, price=30.0),
                product("cream", "Ädel Grädd 36%", cheese, price=50.0)]  # "grädd" names a sort
    assert unflagged(products, "ädel ost") == "blue"
    products.append(product("plain", "Ädelost 30%", cheese, price=45.0))
    p = propose(products, "ädel ost")
    assert p.product is not None and (p.product.id == "plain" or p.needs_review)


@WITH_CATEGORIES
@pytest.mark.parametrize(("phrase", "names", "right"), [
    ("matskål till katten", ["Djurmatskål Rostfri", "Skål Vit", "Mat Kyckling Ris"], "Djurmatskål Rostfri"),
    ("halsband rött till katten", ["Katthalsband Röd", "Isterband", "Halstabletter", "Hals Pastiller"],
     "Katthalsband Röd"),
])
def test_a_compound_ending_in_the_whole_compound_asked_says_its_short_first_parts(
        shelved: bool, phrase: str, names: list[str], right: str) -> None:
    """"matskål": a "Djurmatskål" is a food bowl, named by the whole word asked inside its own, so the
    asked word's short first part ("mat", "hals"), too short to be looked for inside any word, is said."""
    shelf = "Djur > Tillbehör" if shelved else ""
    products = [product(name, name, shelf, price=10.0 + 20 * (name == right)) for name in names]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == right and not proposal.needs_review, proposal


@WITH_CATEGORIES
def test_a_short_first_part_inside_another_compound_is_still_unsaid(shelved: bool) -> None:
    """"matskål": a "Tomatskål" ends in the letters "matskål", but what leads them ("to") is no word:
    it is a "tomat" compound, which says no "mat"."""
    shelf = "Hem > Kök" if shelved else ""
    products = [product("tomat", "Tomatskål", shelf, price=30.0), product("skal", "Skål Vit", shelf),
                product("food", "Mat Kyckling Ris", shelf)]
    proposal = propose(products, "matskål")
    assert proposal.product is None or proposal.needs_review, proposal
