"""Matching rules of session i42, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import WITH_CATEGORIES, product, propose


FISH, SMOKED = "Fisk & skaldjur > Fisk > Färsk", "Fisk & skaldjur > Fisk > Kallrökt varmrökt"


@WITH_CATEGORIES
def test_a_sort_compounded_with_the_preparation_said_is_of_that_preparation(shelved: bool) -> None:
    """"rökt lax" was a sure "Laxfilé" on Coop, a plain fillet on the smoked fish shelf: the bare word's
    reading avoids "kallrökt" and "varmrökt", and said "rökt" did not excuse them, as a compound ending in the
    word said is a sort of it (cold- and hot-smoked salmon are both smoked). ("Rökt" is written by two
    products so that "kallrökt" splits, as in a real feed.)"""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Laxfilé", SMOKED, 125.0), ("Laxfilé Bit", FISH, 114.5), ("Kallrökt Lax", SMOKED, 49.95),
        ("Varmrökt Lax Naturell", SMOKED, 54.95), ("Makrill Rökt", SMOKED, 39.95),
        ("Skinka Rökt", "Chark > Pålägg", 29.95)]]
    proposal = propose(goods, "rökt lax")
    assert proposal.product is not None and proposal.product.id in {"Kallrökt Lax", "Varmrökt Lax Naturell"}, proposal
    assert propose(goods, "lax").product.id.startswith("Laxfilé")


@WITH_CATEGORIES
def test_a_preparation_said_that_goods_compound_into_several_sorts_asks_which(shelved: bool) -> None:
    """With the above, "rökt lax" would be a sure cold-smoked salmon where the store sells the hot-smoked
    too: the preparation said is written only inside compounds of two sorts, and which is a choice nobody
    made (as "kalsonger" among "Långkalsonger" and "Barnkalsonger"). One sort alone, or one said, is sure."""
    both = [product(name, name, SMOKED if shelved else "", price=price) for name, price in [
        ("Kallrökt Lax", 49.95), ("Varmrökt Lax Naturell", 54.95), ("Makrill Rökt", 39.95), ("Skinka Rökt", 29.95)]]
    asked = propose(both, "rökt lax")
    assert asked.product is not None and asked.product.id in {"Kallrökt Lax", "Varmrökt Lax Naturell"}, asked
    assert asked.needs_review, asked
    for said, meant in [("kallrökt lax", "Kallrökt Lax"), ("varmrökt lax", "Varmrökt Lax Naturell")]:
        proposal = propose(both, said)
        assert (proposal.product.id, proposal.needs_review) == (meant, False), (said, proposal)
    one = propose([p for p in both if p.id != "Varmrökt Lax Naturell"], "rökt lax")
    assert (one.product.id, one.needs_review) == ("Kallrökt Lax", False), one


SNACKS, FROZEN = "Godis & snacks > Chips", "Fryst > Kyckling"
FRUIT, BISCUITS, KITCHEN = "Frukt & grönt > Frukt", "Bröd & kakor > Kex", "Hem & städ > Kök"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "meant"), [
    ("salta nachochips", "Nacho Chips Salted"),
    ("tortillachips med ostsmak", "Tortilla Chips Cheese"),
    ("krispiga kycklingburgare", "Kycklingburgare Crispy Frysta"),
    ("guld kiwi", "Kiwi Gold"),
    ("mumin kex", "Moomin Kex"),
])
def test_a_describing_word_the_name_writes_in_english_is_said(shelved: bool, said: str, meant: str) -> None:
    """Names write a taste, a texture, a variety or a line in English ("Salted", "Cheese", "Crispy", "Kiwi Gold",
    "Moomin"), and the Swedish word said for it counted as unwritten: the right product was asked about, or a
    rival whose name wrote nothing of it ("Tortilla Chips Salted" for cheese tortilla chips) was proposed."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Nacho Chips Salted", SNACKS, 19.95), ("Nacho Chips Chili", SNACKS, 19.95),
        ("Tortilla Chips Salted", SNACKS, 21.95), ("Tortilla Chips Cheese", SNACKS, 21.95),
        ("Kycklingburgare Crispy Frysta", FROZEN, 59.95), ("Kycklingburgare Frysta", FROZEN, 54.95),
        ("Kiwi Gold", FRUIT, 5.95), ("Kiwi", FRUIT, 3.95), ("Guld Marie", BISCUITS, 19.95),
        ("Mugg Guld", KITCHEN, 49.0), ("Moomin Kex", BISCUITS, 22.95),
        ("Kex Nutella B Ready 6-pack", BISCUITS, 24.95)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == (meant, False), proposal


LAUNDRY = "Hem & städ > Tvätt"


@WITH_CATEGORIES
def test_a_bare_detergent_is_no_stain_remover(shelved: bool) -> None:
    """"tvättmedel" was a sure "Tvättmedel Fläckborttagning För Vita Kläder" on Willys 2023, a stain-removing
    booster: the liquid detergents beside it wrote "Flytande", a variant word. The lexicon's reading of a bare
    detergent avoids the stain removers, as it reads a bare "smör" as no spread."""
    goods = [product(name, name, LAUNDRY if shelved else "", price=price) for name, price in [
        ("Tvättmedel Fläckborttagning För Vita Kläder", 109.0), ("Colour Tvättmedel Flytande", 125.0),
        ("White Tvättmedel Flytande", 125.0)]]
    proposal = propose(goods, "tvättmedel")
    assert proposal.product is not None and "Fläck" not in proposal.product.id, proposal
    assert propose(goods, "fläckborttagning till tvätten").product.id.startswith("Tvättmedel Fläck")


SODA = "Dryck > Läsk"


@WITH_CATEGORIES
def test_a_name_that_is_the_brand_alone_is_the_brands_own_product(shelved: bool) -> None:
    """"coca cola" was a "Coca-Cola Energy" on Mathem, asked about, where the store sells a plain "Coca-Cola":
    a feed without brands gives the brand to a name that leads with it and says more ("Coca-Cola Energy"),
    and the plain one, the name and its size alone, was no brand's product and lost to the sorts. Not one
    described after its brand ("Flora med Smör")."""
    goods = [product(name, name, SODA if shelved else "", price=price) for name, price in [
        ("Coca-Cola Energy", 14.95), ("Coca-Cola Miniburk 8x15cl", 39.95), ("Coca-Cola", 18.95),
        ("Coca-Cola 1,5L", 21.95), ("Coca-Cola Zero Sugar", 18.95)]]
    proposal = propose(goods, "coca cola")
    assert proposal.product is not None and proposal.product.id in {"Coca-Cola", "Coca-Cola 1,5L"}, proposal
    assert not proposal.needs_review, proposal


GREENS = "Frukt & grönsaker > Grönsaker"


@WITH_CATEGORIES
def test_things_said_mixed_are_the_stores_mix_of_them(shelved: bool) -> None:
    """"blandade paprikor" was a red pepper and "blandad sallad" a "Mangold Sallad" on Coop, asked about, where
    the store sells a "Paprikamix" and a "Salladsmix": things said mixed are the mix of them. Not where a name
    writes the words as said ("Blandade Nötter"), nor where the store's mix is written "bland-" ("Blandsallad",
    found as said already)."""
    goods = [product(name, name, GREENS if shelved else "", price=price) for name, price in [
        ("Paprikamix", 29.95), ("Paprika Röd", 9.95), ("Paprika Grön", 8.95), ("Salladsmix", 19.95),
        ("Mangold Sallad", 24.95), ("Isbergssallad", 14.95), ("Blandade Nötter Naturella", 39.95),
        ("Nötmix Rostad", 35.95)]]
    for said, meant in [("blandade paprikor", "Paprikamix"), ("en påse blandad sallad", "Salladsmix"),
                        ("blandade nötter", "Blandade Nötter Naturella")]:
        proposal = propose(goods, said)
        assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == (meant, False), (
            said, proposal)
    blend = [*goods, product("Blandsallad", "Blandsallad", GREENS if shelved else "", price=17.95)]
    assert propose(blend, "blandad sallad").product.id == "Blandsallad"


CAT_FOOD = "Husdjur > Katt"


@WITH_CATEGORIES
def test_dry_food_said_as_torrmat_is_the_dry_pet_food(shelved: bool) -> None:
    """"lite torrmat till katten" was a "Vegetarisk Pastej" on Coop, asked about: names say "Torrfoder" (dry pet
    food), which "torrmat" is in everyday Swedish."""
    goods = [product(name, name, CAT_FOOD if shelved else "", price=price) for name, price in [
        ("Torrfoder Innekatt", 89.95), ("Kattmat Våtfoder Fågelmeny", 12.95), ("Kattgodis Lax", 19.95)]]
    proposal = propose(goods, "lite torrmat till katten")
    assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == (
        "Torrfoder Innekatt", False), proposal


PAPER, FISH_FROZEN = "Hem & städ > Papper", "Fisk & skaldjur > Fryst"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "meant"), [
    ("toapapper storpack", "Toalettpapper"),
    ("crabsticks", "Surimi Sticks"),
])
def test_everyday_words_for_a_big_pack_and_for_surimi(shelved: bool, said: str, meant: str) -> None:
    """"toapapper ett storpack" was a "Nötfärs Rullpack" on Hemköp ("storpack" read as the thing asked), and
    "crabsticks" a "Chocosticks" biscuit: a big pack is a size wished, as "ett stort paket" is, and crab sticks
    are surimi (which big pack a store has is `size_wished`'s, as for "stort")."""
    goods = [product(name, name, shelf if shelved else "", price=price, size=size, unit="st")
             for name, shelf, price, size in [
        ("Toalettpapper 16-p", PAPER, 69.95, 16), ("Toalettpapper 4-p", PAPER, 19.95, 4),
        ("Nötfärs Rullpack", "Kött > Färs", 59.95, 1), ("Surimi Sticks", FISH_FROZEN, 29.95, 1),
        ("Chocosticks", "Bröd & kakor > Kex", 24.95, 1)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and proposal.product.id.startswith(meant), proposal
    assert not proposal.needs_review, proposal


COFFEE = "Dryck > Kaffe"


def test_a_brand_of_instant_coffee_said_alone_is_its_instant_coffee() -> None:
    """"nescafé" was a sure "Kaffe Mellanrost Ice Coffee" on Coop, the one product of the brand on the ground
    coffee shelf: the lexicon read the brand as "kaffe", whose bare reading avoids instant coffee, the brand's
    own goods. Nescafé is instant coffee."""
    goods = [product(name, name, shelf, brand, price=price) for name, shelf, brand, price in [
        ("Kaffe Mellanrost Ice Coffee", f"{COFFEE} > Kaffe mellanrost", "Nescafé", 45.95),
        ("Snabbkaffe Lyx", f"{COFFEE} > Snabbkaffe", "Nescafé", 59.95),
        ("Snabbkaffe Gold", f"{COFFEE} > Snabbkaffe", "Nescafé", 69.95),
        ("Latte", f"{COFFEE} > Snabbkaffe", "Nescafé", 39.95),
        ("Bryggkaffe Mellanrost", f"{COFFEE} > Kaffe mellanrost", "Gevalia", 49.95)]]
    proposal = propose(goods, "nescafé")
    assert proposal.product is not None and proposal.product.id.startswith("Snabbkaffe"), proposal
