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
