"""Matching rules of session i51, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["knäckebröd rund och sund från östras", "rund och sund från östras"])
def test_a_pair_named_as_one_by_its_brand(shelved: bool, said: str) -> None:
    """"knäckebröd rund och sund från östras" was two lines of Östras' "Rund&sund", the second sure: the pair is
    one product when the rest said after it ("från östras") is its brand, as it is when the name writes it."""
    bread = "Bröd > Knäckebröd" if shelved else ""
    goods = [product("Rund&sund", "Rund&sund", bread, "Östras", price=24.9),
             product("Knäckebröd Råg", "Knäckebröd Råg", bread, "Östras", price=19.9),
             product("Knäckebröd Husman", "Knäckebröd Husman", bread, "Wasa", price=21.9),
             product("Rundstycke", "Rundstycke", bread, "Pågen", price=4.5)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Rund&sund", line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("riskakor utan salt två paket", "Riskakor Osaltade"),
    ("smör utan salt", "Smör Osaltat 82%"),
    ("jordnötter utan salt", "Jordnötter Osaltade"),
])
def test_without_is_the_names_un_participle(shelved: bool, said: str, wanted: str) -> None:
    """"riskakor utan salt" was a sure "Riskakor Ost": Swedish writes goods made without X as "o-X-ad" ("Osaltade",
    "Osaltat"), no "saltfri"; "utan salt" asks that word where a name writes it."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Riskakor Ost", "Skafferi > Kex", 19.9), ("Riskakor Havssalt", "Skafferi > Kex", 18.9),
        ("Riskakor Osaltade", "Skafferi > Kex", 21.9), ("Smör Normalsaltat 82%", "Mejeri > Smör", 54.9),
        ("Smör Osaltat 82%", "Mejeri > Smör", 59.9), ("Jordnötter Salta", "Snacks > Nötter", 24.9),
        ("Jordnötter Osaltade", "Snacks > Nötter", 26.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line
    assert not line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["tvätt kapslar för svart tvätt", "flytande tvätt medel för svarta kläder"])
def test_black_laundry_is_the_names_black(shelved: bool, said: str) -> None:
    """"tvätt kapslar för svart tvätt" was a sure "Color" capsule: the store writes black laundry's goods in English
    ("Black Clean+care"), as it writes coloured ones "Color": the name says the use asked."""
    wash = "Hem > Tvätt" if shelved else ""
    goods = [product(name, name, wash, "Via", price=price) for name, price in [
        ("Tvättkapslar Color Clean + Care", 79.9), ("Tvättkapslar White Clean+care", 79.9),
        ("Black Clean+care Tvättkapslar", 84.9), ("Tvättmedel Flytande", 49.9), ("Colour Tvättmedel Flytande", 54.9),
        ("Black Flytande Tvättmedel", 59.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name.startswith("Black"), line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("fyra kilo vetemjöl", "2 kg"),    # two 2 kg bags cost 59.80, four of 1 kg 79.60
    ("ett kilo vetemjöl", "1 kg"),     # one bag of 1 kg is what a kilo costs
    ("vetemjöl", "1 kg"),              # nothing measured: what one costs
])
def test_equal_fits_cost_what_the_amount_asked_costs(shelved: bool, said: str, wanted: str) -> None:
    """"fyra kilo vetemjöl" was four 1 kg bags, as the cheaper bag: of equal fits, the cheaper is the one whose
    amount asked costs less, where the amount and the product are measured alike."""
    flour = "Skafferi > Mjöl" if shelved else ""
    goods = [product("2 kg", "Vetemjöl", flour, "Kungsörnen", 2, "kg", 29.9),
             product("1 kg", "Vetemjöl", flour, "Garant", 1, "kg", 19.9),
             product("special", "Vetemjöl Special", flour, "Kungsörnen", 2, "kg", 39.9)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.id == wanted, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["dill och pepparrots sås till fisken", "dill och pepparrots sås"])
def test_a_pair_named_as_one_by_a_compounds_head(shelved: bool, said: str) -> None:
    """"dill och pepparrots sås till fisken" was a sure line of fresh dill and one of the sauce: the rest said after
    the pair ("sås") is the head of the name's compound ("Fisksås Dill & Pepparrot"), as good as a word of it."""
    goods = [product("Fisksås Dill & Pepparrot", "Fisksås Dill & Pepparrot", "Skafferi > Såser" if shelved else "",
                     "Kavli", price=24.9),
             product("Dill Klass 1", "Dill Klass 1", "Frukt & Grönt > Örter" if shelved else "", price=15.9),
             product("Pepparrot Riven", "Pepparrot Riven", "Skafferi > Kryddor" if shelved else "", price=19.9),
             product("Bearnaisesås", "Bearnaisesås", "Skafferi > Såser" if shelved else "", price=21.9),
             *(product(name, name, "Skafferi > Såser" if shelved else "", price=14.9)
               for name in ("Sås Champinjon", "Sås Svamp")),
             *(product(name, name, "Fryst > Fisk" if shelved else "", price=49.9)
               for name in ("Fisk Panerad", "Fisk Gratäng"))]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Fisksås Dill & Pepparrot", line


@pytest.mark.parametrize(("said", "sure"), [
    ("en slev till soppan", True),        # a ladle is household goods, though only a "Soppslev" says it
    ("schampo", False),                   # a shampoo is no pet's: the dog's one is asked about
])
def test_goods_only_compounds_say_are_their_stated_departments(said: str, sure: bool) -> None:
    """"en slev till soppan" was asked about as "hem" goods: no product says "slev" alone, so the department of
    its compounds was never read as the word's own. A word of no food and no other department's, said of goods
    whose shelf states their department, is that department's."""
    goods = [product(name, name, shelf, price=price) for name, shelf, price in [
        ("Soppslev", "Hem > Kök", 39.9), ("Pastaslev", "Hem > Kök", 39.9), ("Papperssugrör", "Hem > Fest", 19.9),
        ("Tomatsoppa", "Skafferi > Soppor", 24.9), ("Saft Hallon", "Dryck > Saft", 29.9),
        ("Hundschampo", "Husdjur > Hund", 59.9), ("Hundschampo Valp", "Husdjur > Hund", 69.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.needs_review is not sure, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["currysås på påse till kycklingen", "currysås till kycklingen"])
def test_a_dish_led_by_the_food_a_purpose_names_is_no_sauce_for_it(shelved: bool, said: str) -> None:
    """"currysås till kycklingen" was a sure frozen meal "Kyckling Currysås + Efterrätt": a name led by the food
    the goods are for, as a word of its own, is a dish of that food, so the sauce asked need not write it."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Kyckling Currysås + Efterrätt Fryst", "Fryst > Färdigrätter", 59.9), ("Currysås 3-p", "Skafferi > Såser", 29.9),
        ("Thai Coconut Currysås", "Skafferi > Såser", 34.9), ("Kycklingfilé", "Kött > Kyckling", 89.9),
        ("Kyckling Hel", "Kött > Kyckling", 69.9), ("Kyckling Gul Curry 2-port Fryst", "Fryst > Färdigrätter", 54.9),
        ("Kycklingfilé Curry Fryst", "Fryst > Kyckling", 79.9), ("Curry", "Skafferi > Kryddor", 19.9),
        ("Curry Extra Stark", "Skafferi > Kryddor", 21.9), ("Sås Champinjon", "Skafferi > Såser", 14.9),
        ("Sås Svamp", "Skafferi > Såser", 14.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Currysås 3-p", line


@pytest.mark.parametrize("said", ["eh fiberrost från skogaholm ett bröd", "fiberrost ett bröd"])
def test_an_amount_of_the_kind_after_the_goods_is_theirs(said: str) -> None:
    """"fiberrost från skogaholm ett bröd" was the bread asked and a second, sure line "bröd" (a rye bread): said
    right after goods, an amount of the kind their shelf names is an amount of them."""
    bread = "Bröd & kakor > Bröd"
    goods = [product("Fiberrost", "Fiberrost", bread, "Skogaholm", price=32.9),
             product("Rågbröd", "Rågbröd", bread, "Pågen", price=29.9),
             product("Bröd Lantbröd", "Bröd Lantbröd", bread, "Pågen", price=27.9),
             product("Smör Normalsaltat", "Smör Normalsaltat", "Mejeri > Smör", "Arla", price=54.9)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Fiberrost", line
    assert line.quantity.amount == 1, line
