"""Matching rules of session i57, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

CAT_FOODS = [("Torrfoder Innekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Torrfoder Utekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Kattmat Fisk", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Kattmat Kyckling", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Mjau Kattmat Lax I Mousse", "Mjau", "Husdjur > Katt > Våtfoder"),
             ("Torrfoder Adult Lax", "Purina One", "Husdjur > Katt > Torrfoder katt"),
             ("Fiskbullar", "Abba", "Fisk > Konserver")]


@WITH_CATEGORIES
def test_a_brand_said_after_the_animal_is_the_goods_brand(shelved: bool) -> None:
    """"torrfoder till katten mjau med fisk" was a sure "Torrfoder Innekatt" on Coop, where Mjau's dry food of
    fish is shelved as dry food and named "Kattmat Fisk": the brand and the fish said after the cat are the
    goods', as said before the cat. A feed of bare names does not tell that "Kattmat Fisk" is dry: nothing sure
    there without fish."""
    goods = [product(f"p{i}", name if shelved else f"{brand} {name}", shelf if shelved else "",
                     brand=brand if shelved else None, price=30.0) for i, (name, brand, shelf) in enumerate(CAT_FOODS)]
    [line] = added_lines(CatalogIndex.build(goods), "torrfoder till katten mjau med fisk")
    assert line.product is not None
    if shelved:
        assert (line.product.name, line.needs_review) == ("Kattmat Fisk", False), line
    else:
        assert line.needs_review or "Fisk" in line.product.name, line


FRESHENERS = ["Luftfräschare Turquoise Oasis", "Luftfräschare Gel Lavender", "Luftfräschare Mystical Garden",
              "Luftfräschare Spray Sandalwood & Jasmine", "Deodorant Roll-on Fresh", "Deodorant Stick Fresh",
              "Fönsterputs Refill 1l", "Fönsterputs Spray 750ml", "Diskmedel Original"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("luftfräschare en sprayflaska", "Luftfräschare Spray Sandalwood & Jasmine"),
    ("luftfräschare en spray", "Luftfräschare Spray Sandalwood & Jasmine"),
    ("en spray luftfräschare", "Luftfräschare Spray Sandalwood & Jasmine"),
    ("deodorant en stick", "Deodorant Stick Fresh"),
    ("fönsterputs en sprayflaska", "Fönsterputs Spray 750ml"),
])
def test_a_spray_or_a_stick_said_as_the_unit_is_the_goods_form(shelved: bool, said: str, expected: str) -> None:
    """"luftfräschare en sprayflaska" was a sure "Luftfräschare Turquoise Oasis" (a refill for a diffuser): a spray
    or a stick is the form of the goods, another product than a gel or a refill, as a pot holds a living herb,
    so said as the unit it is asked where some product of the kind writes it, no mere wish."""
    goods = [product(name, name, ("Hem > Rengöring" if name.startswith(("Fönster", "Disk")) else
                                  "Hem > Luftfräschare" if name.startswith("Luft") else "Hygien > Deodorant")
                     if shelved else "", price=40.0) for name in FRESHENERS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == expected, line


DRY_FOODS = ["Sterilcat Oxkött Torrfoder Katt", "Urinary Care Kyckling Torrfoder Katt",
             "Indoor Formula Kalkon Torrfoder Katt", "Junior Kyckling Torrfoder Katt", "Kaffe Mellanrost"]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["torrfoder till katten purina one den för urinvägarna",
                                  "torrfoder för urinvägarna till katten"])
def test_a_food_for_the_urinary_tract_is_the_one_a_name_calls_urinary(shelved: bool, said: str) -> None:
    """"torrfoder till katten purina one den för urinvägarna" was a sure "Sterilcat": pet foods for the urinary
    tract are named in English ("Urinary Care"), as a coloured wash's detergent is "Color" (lexicon
    `name_uses`)."""
    goods = [product(name, name, ("Husdjur > Katt" if "Katt" in name else "Skafferi > Kaffe") if shelved else "",
                     brand="Purina One" if shelved and "Katt" in name else None, price=50.0) for name in DRY_FOODS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Urinary Care Kyckling Torrfoder Katt", line



DRINKS = ["Dryck BCAA Mango 24x33cl", "Fruktdryck Mango", "Smoothie Mango/Havtorn 6M EKO", "Tandkräm Junior 6M",
          "Tandkräm Mint"]


def _drinks(shelved: bool) -> CatalogIndex:
    return CatalogIndex.build([product(name, name, ("Dryck > Juice" if "dryck" in name.lower() else "Barn > Barnmat"
                                                    if "6M" in name else "Hygien > Tandkräm") if shelved else "",
                                       price=25.0) for name in DRINKS])


@pytest.mark.parametrize("said", ["mango dryck", "mango dryck till barnbarnen"])
def test_a_sports_drink_is_a_special_sort(said: str) -> None:
    """"mango dryck" was a sure "Dryck BCAA Mango" on Mathem: sports nutrition is a special sort of a drink
    (lexicon `variants`), so the plain fruit drink is the answer or staff are asked. (In a feed of bare names
    this small, "Fruktdryck" reads too weak a drink to be the plainer one: Mathem's whole feed asks.)"""
    [line] = added_lines(_drinks(shelved=True), said)
    assert line.product is not None and (line.product.name == "Fruktdryck Mango" or line.needs_review and any(
        alternative.name == "Fruktdryck Mango" for alternative in line.alternatives)), line




@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [("mango dryck till barnbarnen", "Fruktdryck Mango"),
                                                ("smoothie till barnbarnen", "Smoothie Mango/Havtorn 6M EKO"),
                                                ("tandkräm till barnbarnet", "Tandkräm Junior 6M")])
def test_goods_for_a_child_are_the_thing_said(shelved: bool, said: str, expected: str) -> None:
    """"mango dryck till barnbarnen" was steered to a "Smoothie Mango/Havtorn 6M", a children's product but no
    drink as the fruit drink is: goods for a child are steered to a children's sort of the thing said only."""
    [line] = added_lines(_drinks(shelved), said)
    assert line.product is not None, line
    if expected.startswith("Fruktdryck"):  # a feed of bare names this small reads the sports drink first
        assert "6M" not in line.product.name, line
    else:
        assert line.product.name == expected, line


TOFU = [("Rökt Tofu Mandel-sesam", "Taifun"), ("Tofu Rökt", "Yi-pin Soya"), ("Tofu Naturell", "Kung Markatta"),
        ("Tofu Marinerad", "Kung Markatta"), ("Mandel Hel", "Eldorado"), ("Sesam Rostad", "Eldorado"),
        ("Majskakor Ranch", "Friggs"), ("Majskaka Eko", "Garant"), ("Majskakor Ost", "Friggs"),
        ("Majskaka Chiafrö&havssalt", "Friggs")]



def _tofu(shelved: bool) -> CatalogIndex:
    return CatalogIndex.build([product(name, name if shelved else f"{brand} {name}", ("Vegetariskt" if "ofu" in name
                                       else "Bröd") if shelved else "", brand=brand if shelved else None, price=30.0)
                               for name, brand in TOFU])


def test_a_compound_of_a_special_word_is_a_special_sort() -> None:
    """"rökt tofu till wokken" was a sure "Rökt Tofu Mandel-sesam" on Hemköp: a compound of a special word
    ("Mandel-sesam") names a special sort as the word alone does. (Where a bare name writes the brand "Yi-pin
    Soya", its "Soya" reads as a soy sort too, and the two tie.)"""
    [line] = added_lines(_tofu(shelved=True), "rökt tofu till wokken")
    assert line.product is not None and line.product.id == "Tofu Rökt", line


@WITH_CATEGORIES
def test_without_taste_is_the_plain_sort(shelved: bool) -> None:
    """"eh majs kakor ett paket dom utan smak" was a sure "Majskakor Ranch": "utan smak" asks the plain sort,
    which a name need not write, as "naturell" does."""
    [line] = added_lines(_tofu(shelved), "eh majs kakor ett paket dom utan smak")
    assert line.product is not None and line.product.id == "Majskaka Eko", line


PET_FOODS = [("Torrfoder Innekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Adult Kyckling Torrfoder", "Perfect Fit", "Husdjur > Katt > Torrfoder katt"),
             ("Dog Adult Kyckling", "Perfect Fit", "Husdjur > Hund > Torrfoder hund"),
             ("Kattmat Kyckling", "Whiskas", "Husdjur > Katt > Våtfoder")]


def test_a_brand_searched_for_after_the_goods_and_their_animal_is_theirs() -> None:
    """"torrfoder till katten vad heter det perfect fit" was two sure lines on Coop, Mjau's dry food and
    Perfect Fit's for dogs: the brand searched for (of two words) is the dry food's, whatever the food is for."""
    goods = [product(f"p{i}", name, shelf, brand=brand, price=40.0) for i, (name, brand, shelf) in enumerate(PET_FOODS)]
    [line] = added_lines(CatalogIndex.build(goods), "torrfoder till katten vad heter det perfect fit")
    assert line.product is not None and line.product.name == "Adult Kyckling Torrfoder", line



CHICKEN = ["Kyckling Tunna Skivor", "Kyckling Grillad Skivad", "Kycklingfilé Rökt Skivad", "Smörgåsgurka",
           "Kycklingfilé Fryst"]


@WITH_CATEGORIES
def test_a_cut_of_the_thing_needs_not_say_what_it_is_for(shelved: bool) -> None:
    """"rökt kyckling i skivor till smörgåsen" was a plain "Kyckling Tunna Skivor" on Willys 2020 (dev26): a cut
    of the thing asked ("Kycklingfilé Rökt Skivad") need not say the use "till smörgåsen", as a name that is the
    word asked need not."""
    goods = [product(name, name, ("Chark > Pålägg" if "Skiv" in name else "Kött > Kyckling" if "ryck" in name
                                  else "Skafferi > Inlagt") if shelved else "", price=40.0) for name in CHICKEN]
    [line] = added_lines(CatalogIndex.build(goods), "rökt kyckling i skivor till smörgåsen")
    assert line.product is not None and line.product.name == "Kycklingfilé Rökt Skivad", line


PIES = ["Bacon/Broccolipaj Fryst", "Paj Västerbotten", "Kyckling & Broccolipaj", "Broccoli Fryst", "Bacon Skivat"]


@WITH_CATEGORIES
def test_a_pair_named_as_one_with_a_sort_pointed_at_after_it(shelved: bool) -> None:
    """"en paj med bacon och broccoli den frysta" was a pie and a sure "Broccoli Fryst" on Mathem: the sort
    pointed at after the second word ("den frysta") is no word the name must write for the pair to be one."""
    goods = [product(name, name, ("Fryst > Pajer" if "paj" in name.lower() else "Fryst > Grönsaker"
                                  if "Broccoli" in name else "Chark") if shelved else "", price=45.0) for name in PIES]
    [line] = added_lines(CatalogIndex.build(goods), "en paj med bacon och broccoli den frysta")
    # a feed of bare names this small does not tell "Broccolipaj" a pie as Mathem's whole feed does: asked
    assert line.product is not None and (line.product.name == "Bacon/Broccolipaj Fryst"
                                         or not shelved and line.needs_review), line


COLD_CUTS = ["Rökt Kalkon Skivad", "Ägg 12-pack", "Pal Hundmat Kyckling", "Kalkonbröst Fryst"]


@WITH_CATEGORIES
def test_a_word_no_compound_is_read_whole(shelved: bool) -> None:
    """"rökt kalkon pålägg" was eggs on Willys 2020, whose names never write "pålägg": it was split "pål" +
    "ägg". A word the lexicon knows is no compound of its parts is read whole (lexicon `whole_words`)."""
    goods = [product(name, name, ("Mejeri > Ägg" if "Ägg" in name else "Chark") if shelved else "", price=30.0)
             for name in COLD_CUTS]
    [line] = added_lines(CatalogIndex.build(goods), "rökt kalkon pålägg")
    assert line.product is not None and line.product.name == "Rökt Kalkon Skivad", line


SOFTENERS = [("Sköljmedel Blå", "Comfort", "Hem > Tvätt"), ("Neutral Sköljmedel", "Neutral", "Hem > Tvätt"),
             ("Sköljmedel Original", "Milda", "Hem > Tvätt"),
             ("Strumpbyxa Comfort 20 Den", "Emilia", "Hem > Kläder")]


def test_a_brand_said_after_the_thing_that_other_goods_write() -> None:
    """"sköljmedel comfort vilken doft som helst" was a sure "Neutral Sköljmedel" on Hemköp: Comfort makes
    softeners, though tights write the word too ("Strumpbyxa Comfort"), so said after the thing it is the
    brand, as "havreknäcke wasa" is."""
    goods = [product(f"p{i}", name, shelf, brand=brand, price=30.0) for i, (name, brand, shelf) in enumerate(SOFTENERS)]
    [line] = added_lines(CatalogIndex.build(goods), "sköljmedel comfort vilken doft som helst")
    assert line.product is not None and line.product.brand == "Comfort", line


SWEETS = ["Gott & Blandat Original", "Gott & Blandat Surt", "Gott & Blandat Storpack", "Godis Mix", "Blandade Nötter"]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["en stor påse gott och blandat den vanliga", "ja och gott och blandat dom sura"])
def test_a_pair_named_as_one_with_any_sort_pointed_at_after_it(shelved: bool, said: str) -> None:
    """"en stor påse gott och blandat den vanliga" was two lines, "stor gott" finding nothing: the sort pointed
    at after the pair, whatever its word, is no word the name must write for the pair to be one."""
    goods = [product(name, name, "Godis" if shelved else "", price=25.0) for name in SWEETS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name.startswith("Gott & Blandat"), line


DETERGENTS = [("Sensitive Colour Tvättmedel Flytande", "A+"), ("Sensitive Flytande Tvättmedel", "Fixa"),
              ("Tvättmedel Color", "Eldorado")]


def test_a_brand_with_a_plus_said_as_a_word() -> None:
    """"a plus flytande tvättmedel sensitive för kulörtvätt" was a sure Fixa detergent on Hemköp: the brand "A+" is
    read as said ("aplus"), one word of the brand's."""
    goods = [product(f"p{i}", name, "Hem > Tvätt", brand=brand, price=50.0) for i, (name, brand) in enumerate(DETERGENTS)]
    [line] = added_lines(CatalogIndex.build(goods), "a plus flytande tvättmedel sensitive för kulörtvätt")
    assert line.product is not None and line.product.brand == "A+", line


COFFEES = [("Bryggkaffe Mellanrost", "Löfbergs"), ("Bryggkaffe Mörkrost", "Coop"), ("Kaffe Mellanrost", "Zoégas"),
           ("Bryggkaffe Mörkrost", "Gevalia"), ("Bryggkaffe Ljusrost", "Garant"), ("Bryggkaffe Mörkrost", "Zoégas"),
           ("Mellanmjölk", "Arla"), ("Rostbröd", "Pågen")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [("löfbergs mellanrost ett paket bryggkaffe", 1),
                                                ("mjölk två liter bröd", 2)])
def test_the_kind_said_after_a_sort_and_its_amount_is_one_item(shelved: bool, said: str, expected: int) -> None:
    """"löfbergs mellanrost ett paket bryggkaffe" was two lines on Coop, the second a sure dark roast: the kind
    said after a sort of it, with its amount, is the same goods; milk and bread stay two things."""
    goods = [product(f"p{i}", name if shelved else f"{brand} {name}", ("Dryck > Kaffe" if "affe" in name else
                                                                        "Mejeri" if "mjölk" in name else "Bröd")
                     if shelved else "", brand=brand if shelved else None, price=40.0)
             for i, (name, brand) in enumerate(COFFEES)]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert len(lines) == expected, lines
    if expected == 1:
        assert lines[0].product is not None and "Mellanrost" in lines[0].product.name, lines
