"""Matching rules of session i44, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.normalize import split_purpose
from assistant.catalog.swedish import joined_as_swedish
from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product, propose


MUSHROOMS = "Frukt & grönt > Svamp"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["portobello svamp", "portabello svamp"])
def test_among_equal_fits_the_name_spelling_an_unknown_word_comes_first(shelved: bool, said: str) -> None:
    """"portobello svamp" on Hemköp, which writes "Porta Bella Svamp": the unknown word is no typo of any
    one name word, so every mushroom fitted alike and a shiitake came first. Among equal fits, the name that
    spells the word across its words comes first; the line is still asked about (the word is not written)."""
    goods = [product(name, name, MUSHROOMS if shelved else "", price=price) for name, price in [
        ("Svamp Shi-take", 29.95), ("Porta Bella Svamp Klass 1", 34.95), ("Svamp Skogschampinjon", 24.95)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and proposal.product.id == "Porta Bella Svamp Klass 1", proposal
    assert proposal.needs_review


VEGETABLES = "Frukt & grönt > Grönsaker"


@WITH_CATEGORIES
def test_a_small_size_wished_is_the_small_sort_the_bare_word_avoids(shelved: bool) -> None:
    """"små tomater" on Coop was the plain "Tomater Kvist" with the size unsaid, as a bare "tomater" avoids the
    "Cocktailtomater" that are the small sort asked; and "små plommontomater" on Mathem missed the "Baby
    Plommontomater" ("baby" writes the small size as "mini" and "cocktail" do), which, proposed, were asked
    about as a children's product. A size wished names the sort it agrees with, "Baby" no child."""
    goods = [product(name, name, VEGETABLES if shelved else "", price=price) for name, price in [
        ("Tomater Kvist", 32.95), ("Tomater Klass 1", 24.95), ("Tomat Eko", 34.95), ("Bifftomater", 39.95),
        ("Cocktailtomater Röda", 29.95), ("Cocktailtomater Gula", 31.95), ("Plommontomater", 32.95),
        ("Baby Plommontomater", 29.95)]]
    small = propose(goods, "små tomater")
    assert small.product is not None and small.product.id == "Cocktailtomater Röda", small
    baby = propose(goods, "små plommontomater")
    assert baby.product is not None and baby.product.id == "Baby Plommontomater", baby
    assert "barn" not in (baby.reason or ""), baby
    assert propose(goods, "tomater").product.id.startswith("Tomat")  # the bare word: no small sort


DAIRY = "Mejeri & ägg > Yoghurt"


def _yoghurts(shelved: bool, names: list[str]) -> list:
    return [product(name, name, DAIRY if shelved else "", price=20.0 + i) for i, name in enumerate(names)]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "meant"), [
    ("sojayoghurt med vanilj", "Soygurt Vanilj"),
    ("vaniljyoghurt av soja", "Soygurt Vanilj"),
    ("kokos yoghurt vanilj", "Kokosghurt Vanilj Vegan"),
    ("turkisk havreyoghurt", "Turkisk Havregurt"),
    ("havregurt blåbär", "Havre-gurt Blåbär"),
    ("yoghurt vanilj", "Yoghurt Vanilj"),
])
def test_a_plant_yoghurt_is_a_yoghurt_by_its_gurt(shelved: bool, said: str, meant: str) -> None:
    """"sojayoghurt med vanilj" was a "Laktosfri Yoghurt Vanilj" on Coop and "turkisk havreyoghurt" a dairy
    "Turkisk Yoghurt 0%" on Mathem: shops name plant yoghurts "Soygurt", "Havregurt", "Kokosghurt", which no
    word said ended in. The lexicon reads "gurt"/"ghurt" ending a word as the kind "yoghurt" (kind_aliases,
    spellings; "Soy" is "soja"), so they are yoghurts of a plant, and a plain "yoghurt" still a dairy one."""
    goods = _yoghurts(shelved, ["Yoghurt Vanilj", "Yoghurt Naturell", "Turkisk Yoghurt 10%", "Soygurt Vanilj",
                                "Soygurt Naturell", "Havregurt Naturell", "Turkisk Havregurt", "Havre-gurt Blåbär",
                                "Kokosghurt Vanilj Vegan", "Yoghurt Blåbär"])
    proposal = propose(goods, said)
    assert proposal.product is not None and proposal.product.id == meant, proposal


@WITH_CATEGORIES
def test_a_plant_sort_of_the_thing_asked_is_no_plain_one_to_propose_sure(shelved: bool) -> None:
    """With the plant yoghurts read as yoghurts, "yoghurt blåbär" on Coop, which sells no dairy blueberry
    yoghurt, became a sure "Soygurt Blueberry": a plant-based dairy kind nobody asked for is asked about, as
    a vegan one (see the next test)."""
    goods = _yoghurts(shelved, ["Yoghurt Naturell", "Yoghurt Vanilj", "Soygurt Blåbär", "Havregurt Naturell",
                                "Soygurt Vanilj"])
    soy = propose(goods, "yoghurt blåbär")
    assert soy.product is not None and soy.product.id == "Soygurt Blåbär" and soy.needs_review, soy


@WITH_CATEGORIES
def test_a_plant_based_dairy_kind_is_vegan_and_free_of_lactose(shelved: bool) -> None:
    """Read as yoghurts, Coop's soy and oat yoghurts came before its dairy ones, all "Laktosfri": the
    dairy yoghurt paid for an attribute nobody asked, the plant one for none. A dairy kind led by a plant
    base (the lexicon's plant_bases: "Soygurt", "Havregrädde") is vegan and free of lactose as its name
    need not say, and said so ("soygurt", "havregrädde", "yoghurt av soja") it is what was asked."""
    goods = _yoghurts(shelved, ["Laktosfri Yoghurt Vanilj", "Laktosfri Yoghurt Naturell", "Soygurt Vanilla",
                                "Havregurt Naturell", "Havregrädde iMat 13%", "Vispgrädde 40%"])
    goods += [product(name, name, "Bröd & kakor > Kex" if shelved else "", price=19.95)
              for name in ["Jätten Vanilj", "Wafers Vanilj"]]  # "soygurt vanilj" was a biscuit of vanilla
    dairy = propose(goods, "vaniljyoghurt")
    assert dairy.product is not None and dairy.product.id == "Laktosfri Yoghurt Vanilj", dairy
    for said, meant in [("soygurt vanilj", "Soygurt Vanilla"), ("havregrädde", "Havregrädde iMat 13%"),
                        ("vaniljyoghurt av soja", "Soygurt Vanilla")]:
        plant = propose(goods, said)
        assert plant.product is not None and plant.product.id == meant, plant
        assert "vegansk" not in (plant.reason or ""), plant


FISH, CHEESE, PASTRY = "Fisk & skaldjur > Rökt fisk", "Ost > Hårdost", "Bröd & kakor > Bakverk"


@WITH_CATEGORIES
def test_a_whole_piece_asked_is_the_name_saying_it(shelved: bool) -> None:
    """"en bit kallrökt lax inte skivad" on Coop was a sure "Kallrökt Lax" (sliced, as such packs are), with
    "Kallrökt Lax I Bit" second: a whole piece asked ("i bit", or a cut said not wanted) comes first in a name
    saying it."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Kallrökt Lax", FISH, 39.95), ("Kallrökt Lax I Bit", FISH, 49.95), ("Kallrökt Lax Skivad", FISH, 44.95),
        ("Hushållsost Skivad", CHEESE, 29.95), ("Hushållsost 26%", CHEESE, 59.95), ("Riven Ost", CHEESE, 24.95)]]
    for said in ["kallrökt lax i bit", "en bit kallrökt lax inte skivad"]:
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == "Kallrökt Lax I Bit", (said, proposal)
    assert propose(goods, "kallrökt lax").product.id == "Kallrökt Lax"
    whole = propose(goods, "hushållsost inte skivad")
    assert whole.product is not None and whole.product.id == "Hushållsost 26%", whole


@WITH_CATEGORIES
def test_bites_are_the_small_size(shelved: bool) -> None:
    """"ett paket små mazariner" on Hemköp was a sure 4-pack of the usual size beside Karen Volf's "Bite
    Size Mazarin": "bite"/"bites" write the small size as "mini" does."""
    goods = [product(name, name, PASTRY if shelved else "", price=price) for name, price in [
        ("Mazariner 4-pack", 24.95), ("Mazarin 2-pack", 16.95), ("Bite Size Mazarin", 14.95)]]
    small = propose(goods, "små mazariner")
    assert small.product is not None and small.product.id == "Bite Size Mazarin", small
    assert propose(goods, "mazariner").product.id != "Bite Size Mazarin"


@WITH_CATEGORIES
def test_a_cheese_cream_is_no_cheese_to_propose_sure(shelved: bool) -> None:
    """"saint agur osten" on Coop was a sure "Saint Agur Creme" (a spread in a tub), and "en bit cheddar ost" a
    sure "Creme Cheddar": a bare "ost" avoids a cheese's cream as it avoids "Mjukost" (the lexicon's reading),
    so where the store has no other of the name the cream is asked about."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Creme Cheddar", "Ost > Färskost", 29.95), ("Cheddar 18 Mån", CHEESE, 89.95),
        ("Riven Ost Cheddar", "Ost > Riven", 25.0), ("Färskost Naturell", "Ost > Färskost", 20.0),
        ("Färskost Vitlök", "Ost > Färskost", 20.0), ("Saint Agur Creme", "Ost > Färskost", 34.95),
        ("Hushållsost 26%", CHEESE, 59.95)]]
    cream = propose(goods, "saint agur osten")
    assert cream.product is not None and cream.product.id == "Saint Agur Creme" and cream.needs_review, cream
    cheddar = propose(goods, "en bit cheddar ost")
    assert cheddar.product is not None and cheddar.product.id == "Cheddar 18 Mån", cheddar


@WITH_CATEGORIES
def test_a_part_counted_is_the_count_the_name_writes(shelved: bool) -> None:
    """"ett grenuttag med tre uttag" on Mathem was a sure "Grenuttag 1,4M med 8 Uttag": a number said before a
    word of the goods counts a part of them (normalize.counts_written; a unit measures, no part), and a name
    counting that part otherwise is another product."""
    goods = [product(name, name, "Hem > El" if shelved else "", price=price) for name, price in [
        ("Grenuttag 1,4M med 8 Uttag", 29.95), ("Grenuttag med 3 Uttag", 49.95), ("Grenuttag 3-vägs 1,4m", 34.95),
        ("Grenuttag 5 m", 39.95)]]
    proposal = propose(goods, "grenuttag med 3 uttag")  # as the parser and understand read it
    assert proposal.product is not None and proposal.product.id == "Grenuttag med 3 Uttag", proposal


BREAD = "Bröd & kakor > Bröd"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "meant"), [("hamburgerbröd bakade på surdeg", "Hamburgerbröd Surdeg 4-pack"),
                                             ("knäckebröd gjort av råg", "Knäckebröd Råg")])
def test_what_goods_are_made_of_after_gjord_pa_describes_them(shelved: bool, said: str, meant: str) -> None:
    """"hamburgerbröd bakade på surdeg" on Hemköp read "surdeg" (the last word) as the thing and "bakade" as a
    word of it: the buns were asked about. What goods are made or baked of ("gjord på", "bakat av") describes
    them, as "av" does ("tallrikar av papper")."""
    goods = [product(name, name, BREAD if shelved else "", price=price) for name, price in [
        ("Hamburgerbröd 4-pack", 19.95), ("Hamburgerbröd Surdeg 4-pack", 29.95), ("Surdeg Flerkorn", 34.95),
        ("Surdegsbröd Råg", 39.95), ("Knäckebröd Råg", 24.95), ("Knäckebröd Havre", 26.95)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == (meant, False), proposal


@WITH_CATEGORIES
def test_without_taste_is_the_plain_sort(shelved: bool) -> None:
    """"loka utan smak" on Mathem was an asked-about "Loka Naturell": "utan smak", read "smakfri", which a
    "Kokosolja utan Smak" writes, asks the plain sort as "naturell" does (the lexicon's plain words)."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Loka Citron 6x33cl", "Dryck > Vatten", 39.95), ("Loka Naturell 6x33cl", "Dryck > Vatten", 39.95),
        ("Loka Päron 6x33cl", "Dryck > Vatten", 39.95), ("Kokosolja utan Smak", "Skafferi > Olja", 82.95)]]
    proposal = propose(goods, "loka utan smak")
    assert proposal.product is not None, proposal
    assert (proposal.product.id, proposal.needs_review) == ("Loka Naturell 6x33cl", False), proposal


@pytest.mark.parametrize(("said", "read"), [("rot mos", "rotmos"), ("köttfärs sås", "köttfärssås"),
                                            ("söndags middagen", "söndags middagen"), ("katten", "katten")])
def test_a_purpose_said_apart_is_joined_as_swedish_writes_it(said: str, read: str) -> None:
    assert joined_as_swedish(said) == read


@WITH_CATEGORIES
def test_a_dish_said_apart_is_no_word_the_goods_must_say(shelved: bool) -> None:
    """"kålrot till rot mos" on Coop read "rot" (a word of the store's) as a word of the swede, which no
    "Kålrot" says, and asked about it: the two words are the dish "rotmos" the goods are for."""
    goods = [product(name, name, "Frukt & grönt > Rotfrukter" if shelved else "", price=price)
             for name, price in [("Kålrot Delad", 14.95), ("Rot Selleri", 19.95), ("Rotfrukter Mix", 24.95)]]
    proposal = propose(goods, "kålrot till rot mos")
    assert proposal.product is not None, proposal
    assert (proposal.product.id, proposal.needs_review) == ("Kålrot Delad", False), proposal


@pytest.mark.parametrize(("said", "read"), [
    ("surdegsbröd från bageriet", ("surdegsbröd", "")),
    ("pinklax från frysen", ("pinklax fryst", "")),
    ("surdegsbröd från bageriet till lunchen", ("surdegsbröd", "lunchen")),
    ("ägg från gården", ("ägg från gården", "")),
    ("ägg från gården till frukosten", ("ägg från gården", "frukosten")),
])
def test_where_in_the_store_goods_are_found_is_no_word_of_them(said: str, read: tuple[str, str]) -> None:
    """dev18_coop's "surdegs bröd från bageriet" read "bageri" (a word of the store's) as a word of the bread
    and asked about it: a place of the store said after "från" is where the goods are, no word of them, but for
    the freezer, whose goods are frozen; a place outside the store ("från gården") is said of the goods."""
    assert split_purpose(said) == read


@WITH_CATEGORIES
def test_a_flavour_said_with_med_may_stand_a_word_apart_after_och(shelved: bool) -> None:
    """"flora med smör och havssalt och ett paket kornmjöl" on Mathem was three lines, a sure "Havssalt" among
    them, and the kornmjöl read against the salt's label: the "Flora med Smör och Fint Havssalt" writes a word of
    the salt's own after "och", and writes "smör" after "med", no word of its own name's."""
    fat, salt, flour = "Mejeri > Matfett", "Skafferi > Salt", "Skafferi > Mjöl"
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Flora med Smör 70%", fat, 39.95), ("Flora med Smör och Fint Havssalt 70%", fat, 41.95),
        ("Havssalt", salt, 19.95), ("Kornmjöl", flour, 24.95)]]
    lines = added_lines(CatalogIndex.build(goods), "flora med smör och havssalt och ett paket kornmjöl")
    assert [line.product.id for line in lines if line.product] == ["Flora med Smör och Fint Havssalt 70%",
                                                                   "Kornmjöl"], lines
