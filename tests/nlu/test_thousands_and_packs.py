"""Thousands separators and packages of a size, read by what a person means: "1.000 g köttfärs" is a kilo,
"3 st 250 g smör" three 250 g packs; "3 250 g" from a care worker most likely three packs of 250 g too,
but it may be 3250 g, so the amount as said stays in `guessed` and the line is flagged."""

from __future__ import annotations

import pytest

from assistant.catalog.amount_limits import guessed_reason
from assistant.nlu import parse


@pytest.mark.parametrize(
    ("text", "phrase", "amount", "amount_max", "unit", "guessed"),
    [
        # a dot or comma before three digits: thousands where a thousandth would be absurd
        ("1.000 g köttfärs", "köttfärs", 1000, None, "g", None),
        ("1,000 g köttfärs", "köttfärs", 1000, None, "g", None),
        ("1.500 ml mjölk", "mjölk", 1500, None, "ml", None),
        ("köttfärs 1.000 g", "köttfärs", 1000, None, "g", None),
        ("1.000-2.000 g mjöl", "mjöl", 1000, 2000, "g", None),
        ("2,000 st ägg", "ägg", 2000, None, "st", None),  # beyond what a line may order: the limits flag it
        # ... and a decimal where it is one
        ("1,250 kg potatis", "potatis", 1.25, None, "kg", None),
        ("1.000 kg potatis", "potatis", 1, None, "kg", None),
        ("1,5 kg potatis", "potatis", 1.5, None, "kg", None),
        ("2.5 kg potatis", "potatis", 2.5, None, "kg", None),
        ("0,500 kg smör", "smör", 0.5, None, "kg", None),
        # a space groups thousands before a zero
        ("1 000 g köttfärs", "köttfärs", 1000, None, "g", None),
        ("12 000 g mjöl", "mjöl", 12000, None, "g", None),
        # a count of packages of a size: their total, in the size's unit
        ("3 st 250 g smör", "smör", 750, None, "g", None),
        ("3 paket 250 g smör", "smör", 750, None, "g", None),
        ("3 x 250 g smör", "smör", 750, None, "g", None),
        ("3 st à 250 g smör", "smör", 750, None, "g", None),
        ("två paket om 500 g köttfärs", "köttfärs", 1000, None, "g", None),
        ("köttfärs 2 st 500 g", "köttfärs", 1000, None, "g", None),
        ("2 st 1.000 g mjöl", "mjöl", 2000, None, "g", None),
        # ... and with the size said after the product ("på", "à", "om")
        ("tre paket smör på 250 g", "smör", 750, None, "g", None),
        ("lägg till tre paket smör på 250 gram", "smör", 750, None, "g", None),
        ("2 st kaffe à 450 g", "kaffe", 900, None, "g", None),
        ("två paket köttfärs om 500 g", "köttfärs", 1000, None, "g", None),
        ("tre smör på 250 g", "smör", 750, None, "g", None),
        ("smör på 250 g", "smör", 250, None, "g", None),
        # ... or said last, right after the words of goods counted in packages ("en rulle", "två paket")
        ("två paket kaffe 500 g", "kaffe", 1000, None, "g", None),
        ("en rulle avfallspåsar 30 liter", "avfallspåsar", 30, None, "l", None),
        ("3 burkar krossade tomater 400 g", "krossade tomater", 1200, None, "g", None),
        # two bare numbers: most likely packages of a size, but maybe one number; kept as said
        ("3 250 g smör", "smör", 750, None, "g", "3 250 g"),
        ("2 500 g köttfärs", "köttfärs", 1000, None, "g", "2 500 g"),
        ("1 500 g köttfärs", "köttfärs", 500, None, "g", "1 500 g"),
        ("smör 3 250 g", "smör", 750, None, "g", "3 250 g"),
        # what is no package size stays as it was
        ("2 3 äpplen", "äpplen", 2, 3, "st", None),
        ("3 250 smör", "smör", 3, 250, "st", "3 250"),  # far apart: asked (test_quantities)
        ("2 liter mjölk", "mjölk", 2, None, "l", None),
        ("tre 250-grams paket smör", "250-grams paket smör", 3, None, "st", None),
        # a count of pieces ("3 st", "två bitar") and a weight after the goods: no package size
        ("3 st kycklingfilé 1 kg", "kycklingfilé", 3, None, "st", None),
        ("två bitar lax 400 g", "lax", 2, None, "st", None),
    ],
)
def test_thousands_and_packs(text: str, phrase: str, amount: float, amount_max: float | None, unit: str,
                             guessed: str | None) -> None:
    [item] = parse(text).items
    q = item.quantity
    assert (item.phrase, q.amount, q.amount_max, q.unit, q.guessed) == (phrase, amount, amount_max, unit, guessed)


@pytest.mark.parametrize(("text", "amount", "each"), [
    ("3 paket 250 g smör", 750, 250),
    ("tre paket smör på 250 g", 750, 250),
    ("2 paket fryspåsar 3 liter", 6, 3),
    ("mellanmjölk 1,5 l 2 st", 3, 1.5),
    ("3 paket fryspåsar 3 liter 2 st", 18, 3),  # packages of packages: still the one bag's size
    # a count of containers said last: "fryspåsar på två liter ett paket" was two items, the second "paket"
    ("fryspåsar på två liter ett paket", 2, 2),
    ("kaffe 450 gram två paket", 900, 450),
    ("3 250 g smör", 750, 250),
    ("fryspåsar 3 liter", 3, None),  # no count of packages: the measure alone
    ("2 liter mjölk", 2, None),
])
def test_a_count_of_packages_of_a_size_keeps_the_size_of_one(text: str, amount: float, each: float | None) -> None:
    """The total is what is bought, but a bag's volume is what the bag is: "2 paket fryspåsar 3 liter" is two
    packs of 3 l bags, not a 6 l bag (a sure "Fryspåse 6L" on Mathem's feed), so one package's size is kept."""
    [item] = parse(text).items
    assert (item.quantity.amount, item.quantity.each) == (amount, each)


@pytest.mark.parametrize(("text", "read"), [
    ("3 250 g smör och 2 liter mjölk", [("smör", 750, "g"), ("mjölk", 2, "l")]),
    ("två paket smör på 250 g och en liter mjölk", [("smör", 500, "g"), ("mjölk", 1, "l")]),
    # a size said after another product's count is no package size of it
    ("två paket smör 500 g köttfärs", [("smör", 2, "st"), ("köttfärs", 500, "g")]),
    ("en rulle avfallspåsar 30 liter och ett paket salt", [("avfallspåsar", 30, "l"), ("salt", 1, "st")]),
])
def test_an_amount_read_as_packs_keeps_every_item_around_it(text: str, read: list[tuple[str, float, str]]) -> None:
    items = parse(text).items
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in items] == read


@pytest.mark.parametrize(("text", "reason"), [
    ("3 250 g smör", "«3 250 g» lästes som 750 g: kontrollera med kunden"),
    ("3 st 250 g smör", None),
    ("1.000 g köttfärs", None),
])
def test_a_guessed_amount_says_what_was_read(text: str, reason: str | None) -> None:
    [item] = parse(text).items
    assert guessed_reason(item.quantity) == reason


@pytest.mark.parametrize("text", ["tre paket smör på 1e400 g", "tre paket smör 1e400 g", "2 st kaffe à 0 g"])
def test_an_unreadable_size_after_a_counted_item_is_kept_and_asked(text: str) -> None:
    """Packages of a size that could not be read are no amount: the size is not dropped without a word,
    the line keeps it as said (`odd`, amount null), so staff and client are asked."""
    items = parse(text).items
    assert len(items) == 1 and items[0].phrase in {"smör", "kaffe"}
    assert items[0].quantity.amount is None and items[0].quantity.odd in {"1e400", "0"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a multipack said with its count as a word, or glued to its digits, is written as catalogs write it
        ("pripps blå sexpack", [("pripps blå 6-pack", None, None)]),
        ("fyrpack yoghurt", [("4-pack yoghurt", None, None)]),
        ("loka sex-pack", [("loka 6-pack", None, None)]),
        ("pripps blå 6pack", [("pripps blå 6-pack", None, None)]),
        # typed apart after the goods, ending the item: the multipack too, no six packs; before the goods
        # or with the goods' words after it, a count of packs
        ("ägg 6 pack", [("ägg 6-pack", None, None)]),
        ("loka citron 12 pack och mjölk", [("loka citron 12-pack", None, None), ("mjölk", None, None)]),
        ("2 pack ägg", [("ägg", 2, "st")]),
        ("två pak choi", [("pak choi", 2, "st")]),
        # a count and a multipack alone after the item's words: how many packs of it, not a new item
        ("pripps blå ett sexpack", [("pripps blå 6-pack", 1, "st")]),
        ("ägg ett tolvpack", [("ägg 12-pack", 1, "st")]),
        ("ramlösa två 6-pack", [("ramlösa 6-pack", 2, "st")]),
        ("två sexpack pripps", [("6-pack pripps", 2, "st")]),
        # words after it still start the next item; other words ending in "pack" are no multipack
        ("hushållspapper 4-pack och 6-pack ägg", [("hushållspapper 4-pack", None, None), ("6-pack ägg", None, None)]),
        ("mjölk två sexpack öl", [("mjölk", None, None), ("6-pack öl", 2, "st")]),
        ("sex ägg", [("ägg", 6, "st")]),
        ("ryggsäck ryggpack", [("ryggsäck ryggpack", None, None)]),
    ],
)
def test_a_multipack_said_is_one_package_of_that_many(text: str, read: list[tuple[str, float | None, str | None]]
                                                      ) -> None:
    items = parse(text).items
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in items] == read


@pytest.mark.parametrize(("text", "packs"), [
    ("två sexpack ägg", 2), ("ett sexpack ägg", 1), ("ägg ett tolvpack", 1), ("ramlösa två 6-pack", 2),
    ("ett tio pack ägg", 1), ("två sex pack öl", 2),
])
def test_a_count_of_multipacks_counts_packages_not_pieces(text: str, packs: int) -> None:
    """"två sexpack ägg" was two eggs (one pack of six) on Coop and "much more than wanted" on Mathem: the
    count said of a multipack counts the packs, as "två paket ägg" does. The multipack's number word said
    apart from "pack" after a count is the multipack too: "ett tio pack ägg" was ten packs of the six-pack on
    Hemköp, sure ("ett tio" read as one number), "två sex pack öl" two to six packs."""
    [item] = parse(text).items
    assert (item.quantity.amount, item.quantity.unit, item.quantity.unit_word) == (packs, "st", "pack")
    assert "-pack" in item.phrase, item.phrase


@pytest.mark.parametrize(("text", "phrase"), [
    ("läsglasögon plus ett komma fem", "läsglasögon +1,5"),  # two pairs of +2.50 glasses on Mathem, sure
    ("läsglasögon plus 1,5", "läsglasögon +1,5"),
    ("läsglasögon plus två", "läsglasögon +2"),  # a whole number ending the item too
])
def test_plus_and_a_decimal_after_the_goods_is_their_strength(text: str, phrase: str) -> None:
    [item] = parse(text).items
    assert (item.phrase, item.quantity.amount) == (phrase, None)


@pytest.mark.parametrize(("text", "read"), [
    ("bröd plus två mjölk", [("bröd", None), ("mjölk", 2.0)]),  # a whole number before goods counts them
    ("bröd plus mjölk", [("bröd", None), ("mjölk", None)]),
    ("äpplen plus 1,5 kilo mjöl", [("äpplen", None), ("mjöl", 1.5)]),
])
def test_plus_still_joins_items(text: str, read: list[tuple[str, float | None]]) -> None:
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == read


@pytest.mark.parametrize(("text", "amount", "guessed"), [
    ("läsglasögon 2,5", 2.5, "2,5"),  # a strength, a fat percentage or a weight without its unit:
    ("mjölk 1,5", 1.5, "1,5"),        # nobody orders two and a half pieces, so the number is asked about
    ("äpplen 1,5", 1.5, "1,5"),
    ("läsglasögon ett komma fem", 1.5, "1,5"),  # said with "komma", as typed: dev43_mathem's glasses
    ("mjölk en komma fem", 1.5, "1,5"),         # "styrka ett komma fem" were one and a half pairs
    ("äpplen ett komma fem kilo", 1.5, None),
    ("äpplen 1,5 kg", 1.5, None),     # a unit says what it measures
    ("en och en halv limpa", 1.5, None),  # a half said in words before the goods is a half
    ("mjölk 2", 2, None),             # a whole count after the goods is a count
])
def test_a_decimal_number_without_unit_after_the_goods_is_asked(text: str, amount: float,
                                                                 guessed: str | None) -> None:
    """"mjölk 1,5" was two packs of milk and "läsglasögon 2,5" three pairs of the +2.50 glasses, sure: a
    number with decimals written after the goods with no unit is no count of pieces or packages (those are
    whole), so it stays as said in `guessed` and the line is flagged for staff."""
    [item] = parse(text).items
    assert (item.quantity.amount, item.quantity.guessed) == (amount, guessed)


@pytest.mark.parametrize(("text", "phrase", "amount"), [
    ("en ask earl grey te med hundra påsar", "earl grey te 100-pack", 1),
    ("toapapper med 24 rullar", "toapapper 24-pack", None),
    ("kaffefilter med 100 st", "kaffefilter 100-pack", None),
    ("tre paket te med tjugo påsar", "te 20-pack", 3),
    # no count after "med": what the goods come with, or the goods counted inside containers
    ("räkor 1 kg med skal", "räkor med skal", 1),
    ("en kartong med femton ägg", "ägg", 15),
])
def test_a_count_said_after_med_is_how_many_the_pack_holds(text: str, phrase: str, amount: float | None) -> None:
    """"toapapper med 24 rullar" ordered 24 packs of toilet paper, and "en ask earl grey te med hundra påsar"
    asked for the tea and a line of a hundred bags: a count with its unit word right after an item's "med"
    is how many the pack holds, written as names write it ("Earl Grey 100-p")."""
    item, = parse(text).items
    assert (item.phrase, item.quantity.amount) == (phrase, amount)
