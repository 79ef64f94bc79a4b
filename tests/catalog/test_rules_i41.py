"""Matching rules of session i41, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations


from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product, propose


CRACKERS, BISCUITS = "Bröd & bageri > Tilltugg > Ostkex", "Bröd & bageri > Fika > Kakor kex"


def test_a_sort_on_a_shelf_whose_compound_ends_in_the_kind_is_of_that_kind() -> None:
    """"digestivekex" was the "Digestive Choklad" on Coop, a flavour nobody said: the plain "Digestive" biscuits
    stand under "Tilltugg > Ostkex", a shelf whose compound names a sort of the kind (crackers, "kex"), which a
    bare "kex" of the path would have said. A shelf word ending in the kind names it as the bare word does."""
    goods = [product("Digestive Original", "Digestive Original", CRACKERS, price=16.95),
             product("Digestive Fullkorn", "Digestive Fullkorn", CRACKERS, price=16.95),
             product("Digestive Choklad", "Digestive Choklad", BISCUITS, price=18.95),
             product("Mariekex", "Mariekex", BISCUITS, price=12.95)]
    proposal = propose(goods, "digestivekex")
    assert proposal.product is not None and proposal.product.id.startswith("Digestive") and (
        proposal.product.id != "Digestive Choklad"), proposal
    assert propose(goods, "digestivekex med choklad").product.id == "Digestive Choklad"


EGGS = "Mejeri, ost & ägg > Ägg"


@WITH_CATEGORIES
def test_a_count_of_multipacks_orders_that_many_packs(shelved: bool) -> None:
    """"två sexpack ägg" ordered one pack of six on Coop, and "ett sexpack ägg" was asked about on Mathem as
    "much more than wanted": the count was read as eggs. Two six-packs are two packages, plainly."""
    index = CatalogIndex.build([
        product("Ägg 6-p", "Ägg Frigående 6-p M 348g", EGGS if shelved else "", size=348, unit="g", price=15.5),
        product("Ägg 12-p", "Ägg Frigående 12-p L 798g", EGGS if shelved else "", size=798, unit="g", price=32.95)])
    for text, packs in [("två sexpack ägg", 2), ("ett sexpack ägg", 1)]:
        [line] = added_lines(index, text)
        assert (line.product and line.product.id, line.count, line.needs_review) == ("Ägg 6-p", packs, False), (
            text, line)


POULTRY, VEGETABLES = "Kött & fågel > Fågel > Kyckling", "Frukt & grönsaker > Grönsaker > Övriga grönsaker"


@WITH_CATEGORIES
def test_the_oven_or_pan_food_is_cooked_in_names_no_sort_of_it(shelved: bool) -> None:
    """"en hel kyckling till ugnen" was the right chicken on Coop, asked about: the store's "Folie Ugn/Grill"
    made "ugn" a word of the goods that no chicken says. What food is cooked in, as what it is cooked on
    ("till grillen"), is a use, no sort of it, unless a product of the kind says it ("Ugnsklar Lax"). Not the
    wok: "grönsaker till wok" are the wok mixes sold as a sort."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Kyckling Hel", POULTRY, 59.95), ("Kycklingfilé", POULTRY, 89.95), ("Minimajs", VEGETABLES, 24.95),
        ("Lax Ugnsklar", "Fisk & skaldjur > Fisk", 69.95), ("Laxfilé", "Fisk & skaldjur > Fisk", 59.95),
        ("Ugnsform Glas", "Hem & städ > Kök", 129.0), ("Folie Ugn/Grill", "Hem & städ > Kök", 21.5)]]
    for said, meant in [("hel kyckling till ugnen", "Kyckling Hel"), ("kycklingfilé till stekpannan", "Kycklingfilé")]:
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == meant and not proposal.needs_review, (
            said, proposal)
    assert propose(goods, "lax till ugnen").product.id == "Lax Ugnsklar"
    assert propose(goods, "form till ugnen").product.id == "Ugnsform Glas"


HEALTH = "Hälsa > Kosttillskott"


@WITH_CATEGORIES
def test_a_form_said_of_a_compound_is_unwritten_where_none_of_that_compound_writes_it(shelved: bool) -> None:
    """"sötningsmedel tabletter" was the right "Sötningsmedel 400-p" on Mathem, asked about: the tablet form
    counted as written because an "Ipren Tablett 400mg 30-p Läkemedel", another compound of the same head,
    writes it. A compound asked is of the goods named by that very word, where the store has them."""
    goods = [product(name, name, HEALTH if shelved else "", price=price) for name, price in [
        ("Järntillskott 50-p", 59.95), ("Järntillskott Flytande", 89.95), ("Kalktillskott Tabletter 60-p", 49.95),
        ("Järn Flytande", 69.95), ("Kalk Brus", 39.95)]]
    proposal = propose(goods, "järntillskott tabletter")
    assert proposal.product is not None and proposal.product.id == "Järntillskott 50-p" and (
        not proposal.needs_review), proposal
    assert propose(goods, "kalktillskott tabletter").product.id == "Kalktillskott Tabletter 60-p"


SAUSAGES = "Chark & pålägg > Korv > Grillkorv kryddig korv"


@WITH_CATEGORIES
def test_a_preparation_written_before_a_flavour_prepares_that_flavour(shelved: bool) -> None:
    """"rökt korv" was a sure "Grillkorv Anchochili & Rökt Paprika" on Coop: its "Rökt" is the paprika's,
    which the name lists after its kind, not the sausage's. A preparation written before a flavour, after
    the name's first word, prepares that flavour."""
    goods = [product(name, name, SAUSAGES if shelved else "", price=price) for name, price in [
        ("Grillkorv Anchochili & Rökt Paprika", 22.95), ("Grillkorv", 19.95), ("Korv Öregrundare", 34.95),
        ("Paprika Röd", 9.95), ("Chili Röd", 4.95)]]
    proposal = propose(goods, "rökt korv")
    assert proposal.product is None or proposal.product.id != "Grillkorv Anchochili & Rökt Paprika" or (
        proposal.needs_review), proposal
    assert propose(goods, "grillkorv med rökt paprika").product.id == "Grillkorv Anchochili & Rökt Paprika"


def test_a_shelf_listing_three_words_names_none_of_them_for_sure() -> None:
    """"ris" was a sure "Havreprodukt" on Coop, which sells no rice: the plant drinks stand under "Mjölk fil >
    Havre soja ris", a shelf listing what they are made of, its joiners dropped as Coop writes its paths. A
    leaf of three words or more joins kinds as one with "&" does, and a name that does not say the word asked
    is no sure reading of it."""
    drinks = "Mejeri & ägg > Mjölk fil > Havre soja ris"
    goods = [product("Havreprodukt", "Havreprodukt", drinks, price=16.95),
             product("Ärtdryck Naturell", "Ärtdryck Naturell", drinks, price=24.95),
             product("Havredryck", "Havredryck", drinks, price=19.95),
             product("Fiskpinnar", "Fiskpinnar", "Frys > Fisk", price=39.95)]
    proposal = propose(goods, "ris")
    assert proposal.product is None or proposal.needs_review, proposal


PASTRIES = "Bröd & bageri > Fika > Fikabröd"


def test_a_flavour_asked_whole_is_not_what_tastes_of_it() -> None:
    """"hel kanel" was a sure "Gifflar Kanel" on Coop and a sure "Godingar Kanel" on Hemköp, where "kanel" alone
    was asked about: a flavour said bare is not the goods that taste of it, and "hel" (whole) says how the
    goods come, as "färsk" says how they keep, no sort that only the pastry's name could hold. (A feed without
    categories cannot tell the pastry's shelf, for "kanel" as for "hel kanel": see `kinds.tastes_of`.)"""
    pastries = [product(name, name, PASTRIES, price=price) for name, price in [
        ("Gifflar Kanel", 21.95), ("Goding Kanel", 19.95), ("Kanelbullar 10-pack", 28.95)]] + [
        product("Kyckling Hel", "Kyckling Hel", POULTRY, price=59.95)]
    proposal = propose(pastries, "hel kanel")
    assert proposal.product is None or proposal.needs_review, proposal
    spices = [*pastries, product("Kanel Hel", "Kanel Hel", "Skafferi > Kryddor", price=24.95)]
    assert propose(spices, "hel kanel").product.id == "Kanel Hel"


@WITH_CATEGORIES
def test_a_preparation_said_first_is_no_kind_a_compound_is_led_by(shelved: bool) -> None:
    """"kokta ägg" was a sure "Äggkokare 7 Ägg" on Mathem: read as a kind said before its sort ("sugrör papper"
    is a "Papperssugrör"), it joined to "äggkokta", whose stem is the egg boiler's; so "torkad frukt" was a
    sure dehydrator. A preparation or another describing word said first describes the goods; it is no kind."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Äggkokare 7 Ägg", "Hem & städ > Köksredskap", 199.9), ("Ägg Frigående 6-p", "Mejeri & ägg > Ägg", 15.5),
        ("Kokta Räkor", "Fisk & skaldjur > Skaldjur", 59.95)]]
    proposal = propose(goods, "kokta ägg")
    assert proposal.product is None or proposal.product.id != "Äggkokare 7 Ägg" or proposal.needs_review, proposal
    dryers = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Svamp- & Frukttork", "Hem & städ > Köksmaskiner", 499.0), ("Aprikoser Torkade", "Skafferi > Torkad frukt", 29.95),
        ("Shiitakesvamp Torkad", "Skafferi > Svamp", 39.95)]]
    proposal = propose(dryers, "torkad frukt")  # no "frukttorkad", a dehydrator's stem
    assert proposal.product is None or proposal.product.id != "Svamp- & Frukttork" or proposal.needs_review, proposal


def test_childrens_goods_are_a_special_sort_where_the_kind_is_sold_for_anyone() -> None:
    """"couscous" was a sure "Couscous & Kyckling Från 8 Månader" on Willys, baby food, as most of its couscous
    is: what most of the kind's goods are is no special sort. Whom goods are for is one where the store sells
    the kind for anyone too ("Majscouscous")."""
    goods = [product("Couscous Barn 8m", "Couscous & Kyckling Från 8 Månader", "Barn", price=13.9),
             product("Couscous Barn 6m", "Couscous Kyckling Från 6 Månader", "Barn", price=15.5),
             product("Majscouscous", "Majscouscous Glutenfritt", "Skafferi > Glutenfritt", price=31.5)]
    proposal = propose(goods, "couscous")
    assert proposal.product is None or not proposal.product.id.startswith("Couscous Barn") or (
        proposal.needs_review), proposal
    plain = [*goods, product("Couscous", "Couscous", "Skafferi > Pasta ris", price=24.95)]
    proposal = propose(plain, "couscous")
    assert proposal.product is not None and proposal.product.id == "Couscous" and not proposal.needs_review, proposal


def test_ground_goods_are_none_asked_whole() -> None:
    """"hel kanel" was a sure "Kanel Malen" in the demo catalog: ground is cut as small as goods come, and
    "hel" said where no name writes it asks goods not cut small (`Scorer.named_whole`). (Without categories the
    "Gifflar Kanel" left is no pastry the feed can tell: see `kinds.tastes_of`.)"""
    goods = [product(name, name, shelf, price=price) for name, shelf, price in [
        ("Kanel Malen", "Skafferi > Kryddor", 14.95), ("Gifflar Kanel", PASTRIES, 31.95),
        ("Falukorv", "Chark & pålägg > Korv", 39.95), ("Kyckling Hel", POULTRY, 59.95)]]
    proposal = propose(goods, "hel kanel")
    assert proposal.product is None or proposal.needs_review, proposal
    assert not propose(goods, "malen kanel").needs_review


FISH = "Fisk & skaldjur > Fisk > Färsk"


@WITH_CATEGORIES
def test_a_bare_word_sold_only_after_no_food_is_another_thing(shelved: bool) -> None:
    """"abborre" (perch) was a sure "Havsabborre Hel" (sea bass) on Coop, which sells no perch: a word written
    only as the head of a compound led by no food names another thing after it, where one led by a food
    ("Mjölkdryck" for "dryck") is that thing made of it."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Havsabborre Hel", FISH, 74.5), ("Torskfilé", FISH, 89.95), ("Mjölkdryck Choklad", "Mejeri > Mjölk", 19.95),
        ("Mellanmjölk", "Mejeri > Mjölk", 14.95)]]
    proposal = propose(goods, "abborre")
    assert proposal.product is None or proposal.needs_review, proposal
    proposal = propose(goods, "dryck")
    assert proposal.product is not None and proposal.product.id == "Mjölkdryck Choklad", proposal


@WITH_CATEGORIES
def test_a_danish_pastry_is_no_bread(shelved: bool) -> None:
    """"glutenfritt bröd" was a sure "Wienerbröd 2-p Glutenfria" on Hemköp: a wienerbröd (a Danish pastry) is
    no bread, as a kaffebröd is none (the lexicon's reading of "bröd")."""
    goods = [product(name, name, "Bröd & kakor" if shelved else "", price=price) for name, price in [
        ("Wienerbröd 2-p Glutenfria", 34.95), ("Mörkt Bröd Glutenfritt Skivat Fryst", 29.95),
        ("Hamburgerbröd Glutenfri Fryst", 26.95), ("Rågbröd", 24.95), ("Korvbröd Glutenfria Frysta", 21.95),
        ("Toasty Vit Glutenfri Fryst", 29.95)]]
    proposal = propose(goods, "glutenfritt bröd")
    assert proposal.product is not None and proposal.product.id != "Wienerbröd 2-p Glutenfria", proposal
