"""Quantities: numbers, fractions, ranges, vague amounts and units, read off one item."""

from __future__ import annotations

import pytest

from assistant.nlu import Item, parse


def only_item(text: str) -> Item:
    items = parse(text).items
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("text", "amount", "unit", "phrase"),
    [
        # number words and bare counts
        ("en gurka", 1, "st", "gurka"),
        ("ett äpple", 1, "st", "äpple"),
        ("två avokador", 2, "st", "avokador"),
        ("tre citroner", 3, "st", "citroner"),
        ("sju päron", 7, "st", "päron"),
        ("elva clementiner", 11, "st", "clementiner"),
        ("tjugofyra ägg", 24, "st", "ägg"),
        ("tjugo fyra ägg", 24, "st", "ägg"),
        ("trettio ägg", 30, "st", "ägg"),
        ("hundra gram räkor", 100, "g", "räkor"),
        ("tvåhundra gram leverpastej", 200, "g", "leverpastej"),
        ("två hundra gram leverpastej", 200, "g", "leverpastej"),
        ("femhundra gram blandfärs", 500, "g", "blandfärs"),
        ("hundrafemtio gram bacon", 150, "g", "bacon"),
        ("hundra femtio gram bacon", 150, "g", "bacon"),
        ("tusen gram vetemjöl", 1000, "g", "vetemjöl"),
        # digits and decimal comma
        ("4 yoghurt", 4, "st", "yoghurt"),
        ("12 ägg", 12, "st", "ägg"),
        ("2,5 kg potatis", 2.5, "kg", "potatis"),
        ("1,5 liter apelsinjuice", 1.5, "l", "apelsinjuice"),
        ("0.5 kg lök", 0.5, "kg", "lök"),
        ("500g köttfärs", 500, "g", "köttfärs"),
        ("2kg morötter", 2, "kg", "morötter"),
        ("3 dl vispgrädde", 3, "dl", "vispgrädde"),
        ("33 cl läsk", 33, "cl", "läsk"),
        ("250 ml grädde", 250, "ml", "grädde"),
        ("1/2 kg smör", 0.5, "kg", "smör"),
        ("1 1/2 liter mjölk", 1.5, "l", "mjölk"),
        ("½ kg räkor", 0.5, "kg", "räkor"),
        # special amounts
        ("ett par citroner", 2, "st", "citroner"),
        # goods worn or sold in pairs: "ett par" is one pair
        ("ett par broddar", 1, "st", "broddar"),
        ("två par stödstrumpor", 2, "st", "stödstrumpor"),
        ("ett par varma vantar", 1, "st", "varma vantar"),
        ("ett par inläggssulor", 1, "st", "inläggssulor"),
        ("ett par gummihandskar", 1, "st", "gummihandskar"),
        ("ett par läsglasögon", 1, "st", "läsglasögon"),
        ("ett dussin ägg", 12, "st", "ägg"),
        ("två dussin ägg", 24, "st", "ägg"),
        ("ett halvt dussin ägg", 6, "st", "ägg"),
        ("ett tjog frukostägg", 20, "st", "frukostägg"),
        # a count noun's number counts hundreds too: "ett par hundra gram" was a range from 2 to 100 g
        ("ett par hundra gram skinka", 200, "g", "skinka"),
        ("räkor ett par tusen gram", 2000, "g", "räkor"),
        ("en halv limpa", 0.5, "st", "limpa"),
        ("ett halvt kilo köttfärs", 0.5, "kg", "köttfärs"),
        ("en halv liter grädde", 0.5, "l", "grädde"),
        ("ett halvkilo smör", 0.5, "kg", "smör"),
        ("en halvliter filmjölk", 0.5, "l", "filmjölk"),
        ("en och en halv liter lättmjölk", 1.5, "l", "lättmjölk"),
        ("ett och ett halvt kilo morötter", 1.5, "kg", "morötter"),
        ("två och ett halvt kilo potatis", 2.5, "kg", "potatis"),
        ("halvannan liter mjölk", 1.5, "l", "mjölk"),
        ("en å en halv liter mjölk", 1.5, "l", "mjölk"),
        ("två komma fem kilo potatis", 2.5, "kg", "potatis"),
        ("noll komma fem liter grädde", 0.5, "l", "grädde"),
        ("ett kvarts kilo smör", 0.25, "kg", "smör"),
        ("tre kvarts liter grädde", 0.75, "l", "grädde"),
        ("en tio ägg", 10, "st", "ägg"),
        # units and their spellings
        ("ett hekto rökt skinka", 1, "hg", "rökt skinka"),
        ("tre hekto prästost", 3, "hg", "prästost"),
        ("2 hg salami", 2, "hg", "salami"),
        ("två kilo äpplen", 2, "kg", "äpplen"),
        ("1 kg socker", 1, "kg", "socker"),
        ("ett kilogram mjöl", 1, "kg", "mjöl"),
        ("fyra liter mjölk", 4, "l", "mjölk"),
        ("2 l mjölk", 2, "l", "mjölk"),
        ("två deciliter grädde", 2, "dl", "grädde"),
        ("fem centiliter konjak", 5, "cl", "konjak"),
        ("tre gram saffran", 3, "g", "saffran"),
        ("tio stycken ägg", 10, "st", "ägg"),
        ("6 st ägg", 6, "st", "ägg"),
        ("2x mjölk", 2, "st", "mjölk"),
        ("kilo potatis", 1, "kg", "potatis"),
        ("hekto skinka", 1, "hg", "skinka"),
        # quantity after the product
        ("mjölk två liter", 2, "l", "mjölk"),
        ("ägg tolv stycken", 12, "st", "ägg"),
        ("potatis, ett kilo", 1, "kg", "potatis"),
        ("mjölk x 3", 3, "st", "mjölk"),
        ("fryspåsar tre liters", 3, "l", "fryspåsar"),  # the genitive of a size: "en tre liters påse"
    ],
)
def test_amount_and_unit(text: str, amount: float, unit: str, phrase: str) -> None:
    item = only_item(text)
    assert (item.quantity.amount, item.quantity.unit, item.phrase) == (amount, unit, phrase)
    assert item.quantity.amount_max is None


@pytest.mark.parametrize(
    ("text", "unit_word", "phrase"),
    [
        ("ett paket kaffe", "paket", "kaffe"),
        ("två paketen smör", "paketen", "smör"),
        ("en förpackning jäst", "förpackning", "jäst"),
        ("tre burkar krossade tomater", "burkar", "krossade tomater"),
        ("en burk sill", "burk", "sill"),
        ("två flaskor rapsolja", "flaskor", "rapsolja"),
        ("en flaska ketchup", "flaska", "ketchup"),
        ("en påse lösgodis", "påse", "lösgodis"),
        ("två påsar frysta ärtor", "påsar", "frysta ärtor"),
        ("en ask tändstickor", "ask", "tändstickor"),
        ("en tub kaviar", "tub", "kaviar"),
        ("ett rör brustabletter", "rör", "brustabletter"),
        ("två rör halstabletter", "rör", "halstabletter"),
        ("fyra rullar hushållspapper", "rullar", "hushållspapper"),
        ("en rulle plastpåsar", "rulle", "plastpåsar"),
        ("två limpor", "limpor", "limpor"),
        ("en klase vindruvor", "klase", "vindruvor"),
        ("en bit cheddar", "bit", "cheddar"),
        ("två bitar parmesan", "bitar", "parmesan"),
        ("en låda clementiner", "låda", "clementiner"),
        ("en kartong mjölk", "kartong", "mjölk"),
        ("en back lättöl", "back", "lättöl"),
        ("två portioner lasagne", "portioner", "lasagne"),
        ("ett nät apelsiner", "nät", "apelsiner"),
        ("ett glas lingonsylt", "glas", "lingonsylt"),
        ("en bunt rädisor", "bunt", "rädisor"),
        ("ett knippe dill", "knippe", "dill"),
        ("en kruka basilika", "kruka", "basilika"),
        ("en hink sillfiléer", "hink", "sillfiléer"),  # herring and berries come in pails
        ("två hinkar lingon", "hinkar", "lingon"),
        ("en påse med kanelbullar", "påse", "kanelbullar"),
        ("ett paket av det gröna smöret", "paket", "gröna smöret"),
        ("paket smör", "paket", "smör"),
        ("en hel bit hushållsost", "bit", "hushållsost"),  # a whole piece: "hel" before the unit
        ("hushållsost en hel bit", "bit", "hushållsost"),  # was a second item "hel bit", a feta
        ("ett helt paket smör", "paket", "smör"),
    ],
)
def test_package_words_count_pieces_and_keep_the_word(text: str, unit_word: str, phrase: str) -> None:
    item = only_item(text)
    assert (item.quantity.unit, item.quantity.unit_word, item.phrase) == ("st", unit_word, phrase)


@pytest.mark.parametrize(
    ("text", "amount", "amount_max"),
    [
        ("två tre äpplen", 2, 3),
        ("tre fyra tomater", 3, 4),
        ("5-6 bananer", 5, 6),
        ("5 - 6 bananer", 5, 6),
        ("två till tre gurkor", 2, 3),
        ("två eller tre paprikor", 2, 3),
        ("ett par tre bananer", 2, 3),
        ("tio tolv ägg", 10, 12),
    ],
)
def test_ranges_keep_both_ends(text: str, amount: float, amount_max: float) -> None:
    quantity = only_item(text).quantity
    assert (quantity.amount, quantity.amount_max) == (amount, amount_max)


@pytest.mark.parametrize("text", ["1 99999999999 liter mjölk", "alert(1)> 99999999999 liter mjölk", "3 250 smör"])
def test_two_numbers_far_apart_are_no_range(text: str) -> None:
    """"alert(1)> 99999999999 liter mjölk" ordered one litre of milk, sure, found at the tablet: the two numbers
    were read as a range from 1 to 99999999999 litres and the line as its lower end. Two numbers said side by
    side are a range when near ("två tre", "tio tolv"); far apart they are asked about as said."""
    assert parse(text).items[-1].quantity.guessed is not None, parse(text).items[-1].quantity


@pytest.mark.parametrize(
    "text",
    [
        "några äpplen", "lite ost", "mycket kaffe", "en del bananer", "flera gurkor", "lite grand mjölk",
        "en massa apelsiner", "nåt gott bröd", "fler tomater", "någon ost", "en hel del potatis",
    ],
)
def test_vague_amounts_give_no_amount(text: str) -> None:
    item = only_item(text)
    assert item.quantity.amount is None and item.quantity.amount_max is None
    assert item.quantity.unit is None


@pytest.mark.parametrize(("text", "phrase"), [
    ("nån leksak till katten", "leksak till katten"),  # spoken "någon", as "nåt" is "något"
    ("nåra bullar till kaffet", "bullar till kaffet"),
    ("någon ost", "ost"),
])
def test_a_vague_amount_is_no_word_of_the_goods(text: str, phrase: str) -> None:
    assert only_item(text).phrase == phrase


def test_vague_amount_keeps_a_stated_package() -> None:
    quantity = only_item("några paket kaffe").quantity
    assert (quantity.amount, quantity.unit, quantity.unit_word) == (None, "st", "paket")


@pytest.mark.parametrize("text", ["ost", "bryggkaffe", "fil mjölk", "laktosfri grädde"])
def test_no_quantity_said(text: str) -> None:
    quantity = only_item(text).quantity
    assert quantity.amount is None and quantity.unit is None and quantity.unit_word is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("mjölk 3%", "mjölk 3%"), ("1,5 % mjölk", "1,5% mjölk"), ("yoghurt 10 procent", "yoghurt 10%"),
     # said as what the goods are: "den sjutton procentiga", "femton procents grädde"
     ("hushålls ost den sjutton procentiga", "hushålls ost den 17%"), ("femton procents grädde", "15% grädde")],
)
def test_percentages_are_part_of_the_product(text: str, phrase: str) -> None:
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount is None


@pytest.mark.parametrize(("text", "phrase"), [("kaffefilter storlek fyra", "kaffefilter storlek 4"),
                                              ("solkräm skyddsfaktor trettio", "solkräm skyddsfaktor 30"),
                                             ("gummihandskar stl 8", "gummihandskar stl 8"),
                                             ("strumpbyxor storlek 40-44", "strumpbyxor storlek 40-44"),
                                             ("barnstrumpor strl 29-32", "barnstrumpor strl 29-32"),
                                             ("strumpor storlek 37 till 40", "strumpor storlek 37-40"),
                                             ("solkräm faktor trettio", "solkräm faktor 30"),
                                             ("solkräm spf 50", "solkräm spf 50")])
def test_a_number_after_a_size_word_is_the_size(text: str, phrase: str) -> None:
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount is None


@pytest.mark.parametrize(("text", "phrase", "amount"), [
    ("batterier till hörapparaten storlek tre ett två", "batterier till hörapparaten storlek 312", None),
    ("hörapparatsbatterier storlek ett noll", "hörapparatsbatterier storlek 10", None),
    ("hörapparatsbatterier storlek sex sju fem och kaffe", "hörapparatsbatterier storlek 675", None),
    ("kaffefilter storlek fyra två paket", "kaffefilter storlek 4", 2.0),  # a unit after the last: a count
])
def test_digits_said_one_by_one_after_a_size_word_are_one_number(text: str, phrase: str,
                                                                  amount: float | None) -> None:
    """"batterier till hörapparaten storlek tre ett två" was size 3 and two of them: hearing-aid batteries are
    named 10, 13, 312, 675, and said digit by digit."""
    item = parse(text).items[0]
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "phrase", "amount"), [("servetter vita 33 cm", "servetter vita 33cm", None),
                                                        ("springform 24 centimeter", "springform 24cm", None),
                                                        ("2 st springform 24 cm", "springform 24cm", 2.0),
                                                        ("bakplåtspapper 33 x 45 cm 1 rulle",
                                                         "bakplåtspapper 33x45cm", 1.0),
                                                        ("tejp 19 millimeter", "tejp 19mm", None),
                                                        ("servetter trettiotre gånger fyrtio cm", "servetter 33x40cm",
                                                         None)])
def test_a_number_before_a_length_unit_is_the_length(text: str, phrase: str, amount: float | None) -> None:
    """"33 cm" is the napkin's size, no 33 of something called "cm" (an item of its own before)."""
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount == amount


@pytest.mark.parametrize(("text", "phrase", "amount", "unit"), [
    ("kaffefilter ett gånger fyra", "kaffefilter 1x4", None, None),
    ("kaffefilter storlek ett gånger fyra", "kaffefilter storlek 1x4", None, None),
    ("kaffefilter 1 x 2 två paket", "kaffefilter 1x2", 2.0, "st"),
    ("mjölk en liter gånger två", "mjölk", 2.0, "l"),   # a unit after: an amount
    ("ett gånger två liter mjölk", "mjölk", 2.0, "l"),
])
def test_one_by_a_number_is_the_size_code_names_write(text: str, phrase: str, amount: float | None,
                                                      unit: str | None) -> None:
    """"kaffefilter ett gånger fyra" was one coffee filter of any size: "ett" read as the count and "gånger fyra"
    dropped, so the 1x4 asked was never said to the matcher (nor "fyra" counted four after "storlek")."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount, item.quantity.unit) == (phrase, amount, unit)


@pytest.mark.parametrize(("text", "phrase", "amount"), [("entrecote 2 skivor", "entrecote", 2.0),
                                                        ("två skivor rostbiff", "rostbiff", 2.0),
                                                        ("skinka tio skivor", "skinka", 10.0),
                                                        ("en skiva lax", "lax", 1.0)])
def test_slices_counted_are_pieces_of_the_item(text: str, phrase: str, amount: float) -> None:
    """"2 skivor" counts slices of the item said, as "2 bitar" counts pieces: no item "skivor" of its own."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount, item.quantity.unit) == (phrase, amount, "st")
    assert item.quantity.unit_word in {"skiva", "skivor"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("nio volts batteri", "9v batteri"), ("en sextio watts glödlampa", "60w glödlampa"),
     ("batteri 9 volt", "batteri 9v"), ("en klotlampa e27 250 lm", "klotlampa e27 250lm"),
     ("glödlampa 40 w", "glödlampa 40w"), ("led lampa 470 lumen", "led lampa 470lm")],
)
def test_volts_and_watts_are_the_products_not_a_count(text: str, phrase: str) -> None:
    """A battery's voltage or a bulb's power or light said as a number is written as the catalog writes
    it ("Longlife Power 9v Batteri", "Klotlampa LED E27 250lm"), never nine batteries or 250 of a "lm"."""
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount in (None, 1.0)


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [("ipren 400 mg", "ipren 400mg", None), ("alvedon 500 milligram", "alvedon 500mg", None),
     ("ipren 400 mg 1 ask", "ipren 400mg", 1.0), ("en ask alvedon 500 mg", "alvedon 500mg", 1.0),
     ("magnesium 250 mg två burkar", "magnesium 250mg", 2.0), ("nezeril 0,5 mg", "nezeril 0,5mg", None)],
)
def test_a_medicines_strength_is_the_products_not_a_count(text: str, phrase: str, amount: float | None) -> None:
    """A tablet's strength said as a number of milligrams is written as the catalog writes it ("Ipren
    Tablett 400mg"), never 400 of an item "mg": no grocery is counted in milligrams."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [("ett nio volts batteri till brandvarnaren", "9v batteri till brandvarnaren", 1.0),
     ("två nio volts batterier", "9v batterier", 2.0), ("tre sextio watts lampor", "60w lampor", 3.0),
     ("en tolv volts lampa", "12v lampa", 1.0), ("två fyrtio cm ljus", "40cm ljus", 2.0),
     ("en tio ägg", "ägg", 10.0)],  # an article before a bare number is still "about" it
)
def test_a_count_said_before_a_voltage_counts_the_goods(text: str, phrase: str, amount: float) -> None:
    """"ett nio volts batteri" is one battery of 9 V: an article or number before the voltage, power or
    length is the count, neither "about nine" (the article was lost) nor a range "två nio" (two to nine)."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount, item.quantity.amount_max) == (phrase, amount, None)


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [("fullkornsgröt mild åtta månader", "fullkornsgröt mild 8m", None),
     ("barnmat spaghetti bolognese 8 månader", "barnmat spaghetti bolognese 8m", None),
     ("fullkornsvälling 1 år till lillen", "fullkornsvälling 1år till lillen", None),
     ("två burkar barnmat från sex mån", "barnmat från 6m", 2.0),
     ("kattmat ett år", "kattmat 1år", None)],
)
def test_an_age_said_is_the_products_not_a_count(text: str, phrase: str, amount: float | None) -> None:
    """A child's or a pet's age said after goods is the age the product is for, written as names write
    it ("Fullkornsgröt Mild 8M", "Lasagne 1år"): never eight items called "månader"."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "phrase", "amount"), [("strumpbyxor 40-44 svart 1 st", "strumpbyxor 40-44 svart", 1.0),
                                                        ("strumpbyxor 40-44 2 st", "strumpbyxor 40-44", 2.0),
                                                        ("strumpbyxor 40-44", "strumpbyxor", 40.0),
                                                        ("ägg 10-12 st", "ägg", 10.0)])
def test_a_range_before_a_count_of_the_goods_is_their_size(text: str, phrase: str, amount: float) -> None:
    """A range after the goods and a count said after it: the range is the size names write
    ("Strumpbyxa 40-44"), the count the amount; a range alone, or with its unit, stays an amount."""
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount == amount


def test_a_range_before_another_items_count_stays_an_amount() -> None:
    items = parse("ägg 10-12 och mjölk 2 l").items
    assert [(i.phrase, i.quantity.amount, i.quantity.amount_max) for i in items] == [
        ("ägg", 10.0, 12.0), ("mjölk", 2.0, None)]


@pytest.mark.parametrize(("text", "phrase", "amount"), [("ägg 15 p eko", "ägg 15p eko", None),
                                                        ("2 pkt ägg 12 p", "ägg 12p", 2.0),
                                                        ("servetter 100 p 1 st", "servetter 100p", 1.0)])
def test_a_number_before_a_lone_p_is_the_pieces_of_a_pack(text: str, phrase: str, amount: float | None) -> None:
    """"15 p" is a pack of fifteen as names write it ("Ägg 15p Frigående"): no 15 of an item "p eko"."""
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount == amount


@pytest.mark.parametrize(("text", "phrase", "amount", "unit"), [
    ("mellanmjölk 1,5 l 2 st", "mellanmjölk", 3.0, "l"),
    ("fryspåsar 3 liter 1 rulle", "fryspåsar", 3.0, "l"),
    ("kaffe 450 g 2 paket", "kaffe", 900.0, "g"),
    ("zingo apelsin 33 cl 6 st", "zingo apelsin", 198.0, "cl"),
])
def test_a_size_and_a_count_after_it_are_that_many_of_the_size(text: str, phrase: str, amount: float,
                                                               unit: str) -> None:
    """A written list's "1,5 l 2 st" is two packages of 1,5 l, as "2 st à 1,5 l" is: no item "st"."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount, item.quantity.unit) == (phrase, amount, unit)


def test_a_count_after_a_separator_is_the_next_items() -> None:
    items = parse("mjölk 1 l, 2 st bröd").items
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in items] == [("mjölk", 1.0, "l"),
                                                                             ("bröd", 2.0, "st")]


@pytest.mark.parametrize(("text", "phrase", "amount", "unit"), [
    ("mellanmjölk 1 liter x 2", "mellanmjölk", 2.0, "l"),
    ("kaffe mellanrost 450g x2", "kaffe mellanrost", 900.0, "g"),
    ("ost c:a 500 g", "ost", 500.0, "g"),
    ("falukorv C:A 800 g", "falukorv", 800.0, "g"),
    ("kaffe: 2 pkt", "kaffe", 2.0, "st"),
])
def test_a_written_lists_amounts(text: str, phrase: str, amount: float, unit: str) -> None:
    """"1 liter x 2" is two litres, as "x2" after the thing is two; "c:a" is "ca" (no word "c" and no amount
    lost at the colon); a colon after the thing introduces its amount as a comma does (no item "pkt")."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount, item.quantity.unit) == (phrase, amount, unit)


def test_a_colon_before_words_still_ends_a_clause() -> None:
    items = parse("mjölk: 2 l\nost: 1 bit").items
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in items] == [("mjölk", 2.0, "l"), ("ost", 1.0, "st")]
    assert [i.phrase for i in parse("Handla: mjölk, bröd").items] == ["mjölk", "bröd"]


@pytest.mark.parametrize(("text", "phrase", "amount"), [("knappcell cr2032 1 pkt", "knappcell cr2032", 1.0),
                                                        ("lr44 batterier 2 st", "lr44 batterier", 2.0)])
def test_a_cells_code_is_no_amount(text: str, phrase: str, amount: float) -> None:
    """"cr2032" names the cell: no 2032 of a "knappcell cr", asked about as more than 99."""
    item = only_item(text)
    assert item.phrase == phrase and item.quantity.amount == amount


@pytest.mark.parametrize(("text", "phrase", "amount"), [("läsglasögon +2,0 1 st", "läsglasögon +2,0", 1.0),
                                                        ("läsglasögon +2", "läsglasögon +2", None),
                                                        ("vitamintillskott 55+ 1 burk", "vitamintillskott 55+", 1.0),
                                                        ("solkräm 50+", "solkräm 50+", None)])
def test_a_grade_glued_to_a_plus_sign_is_the_products_not_a_count(text: str, phrase: str, amount: float | None) -> None:
    """Reading glasses' dioptres ("+2,0") and an age or strength and up ("55+", "50+") are the product's,
    as names write them ("Läsglasögon +2.00", "Vitamintillskott 55+"): never two of them and an item
    "st", nor 55 of them and an item "burk"."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "phrase", "amount"), [("kattmat för äldre katter sju plus", "kattmat för äldre katter 7+", None),
                                                        ("vitamintillskott femtiofem plus en burk", "vitamintillskott 55+", 1.0),
                                                        ("kattmat sju plus två burkar", "kattmat 7+", 2.0)])
def test_a_number_said_with_plus_ending_the_item_is_its_grade(text: str, phrase: str, amount: float | None) -> None:
    """Spoken, "sju plus" after the goods is the "7+" typed: an age or strength and up, as names write it
    ("Kattmat 7+år"), no seven of them; the item's count may still follow with its unit."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize("text", ["bröd två plus mjölk", "kaffe två paket plus mjölk"])
def test_a_spoken_plus_before_other_goods_still_joins_items(text: str) -> None:
    """"plus" followed by goods joins them: two of the first item, then the second."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == [(text.split()[0], 2.0), ("mjölk", None)]


def test_a_plus_before_a_count_and_other_goods_still_joins_items() -> None:
    """"+2" followed by other goods is "and two": "bröd +2 mjölk" is bread and two milks."""
    items = parse("bröd +2 mjölk").items
    assert [(i.phrase, i.quantity.amount) for i in items] == [("bröd", None), ("mjölk", 2.0)]


@pytest.mark.parametrize(("text", "phrase", "amount"), [
    # portions said with a count of packages after them are what a package holds, as names write it
    ("potatismos 12 port 1 pkt", "potatismos 12-port", 1.0),
    ("pytt i panna 4 portioner 2 påsar", "pytt i panna 4-port", 2.0),
    # alone they are the amount; "port" is no unit before goods
    ("potatismos 4 portioner", "potatismos", 4.0),
    ("2 port salut", "port salut", 2.0),
])
def test_portions_a_pack_holds(text: str, phrase: str, amount: float) -> None:
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "expected"), [
    # a bar of chocolate is counted in "kakor": the count of the item, no item "kaka" of its own
    ("mörk choklad utan socker 1 kaka", [("mörk choklad utan socker", 1.0)]),
    ("2 kakor mjölkchoklad", [("mjölkchoklad", 2.0)]),
    # alone, or after another item, "en kaka" is a cake
    ("en kaka", [("kaka", 1.0)]),
    ("mjölk och en kaka", [("mjölk", None), ("kaka", 1.0)]),
])
def test_a_bar_is_counted_in_kakor(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert [(item.phrase, item.quantity.amount) for item in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [("ett paket kaffefilter 102", "kaffefilter 102", 1.0), ("ett paket kaffefilter hundratvå", "kaffefilter 102", 1.0),
     ("en ask hörapparatsbatterier 312", "hörapparatsbatterier 312", 1.0),
     ("kaffefilter 102", "kaffefilter", 102.0)],  # no count before the goods: the number counts them
)
def test_a_whole_number_said_last_after_a_counted_item_is_its_model_number(text: str, phrase: str,
                                                                           amount: float) -> None:
    """"ett paket kaffefilter 102" lost its "102" (read as an item of no words): a whole number without a
    unit said last, after goods whose count was said before them, is their size or model number as names
    write it ("Kaffefilter 102")."""
    item = only_item(text)
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "expected"), [
    ("en kartong med femton ägg", [("ägg", 15.0, None)]),
    ("två kartonger med tolv ägg", [("ägg", 24.0, None)]),
    ("en låda med sex flaskor vatten", [("vatten", 6.0, "flaskor")]),
    ("en påse med godis", [("godis", 1.0, "påse")]),
    # ... said after the goods too: the count was lost
    ("ägg ett paket med femton", [("ägg", 15.0, None)]),
    ("ägg två kartonger med tolv och mjölk", [("ägg", 24.0, None), ("mjölk", None, None)]),
])
def test_a_count_inside_a_counted_container_counts_the_goods(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    """"en kartong med femton ägg" was two items, a "kartong" that found nothing and fifteen eggs
    (dev17_willys2020): the count after "med" is what each container holds."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit_word) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("eh fönster puts en sprayflaska", [("fönster puts", 1.0, "sprayflaska")]),
    ("diskmedel två pumpflaskor", [("diskmedel", 2.0, "pumpflaskor")]),
    ("mjölk och en sprayflaska", [("mjölk", None, None), ("sprayflaska", 1.0, "sprayflaska")]),
])
def test_a_spray_or_pump_bottle_after_the_goods_is_their_package(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    """"fönsterputs en sprayflaska" gave a second line for "sprayflaska" (dev27_coop), where "en flaska" is the
    cleaner's bottle; said as goods of its own, after "och", it is the empty bottle."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit_word) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("vad heter det en led lampa klot formad e fjorton fyrtio watt", [("led lampa klot formad e 14 40w", 1.0, "st")]),
    ("två glödlampor e tjugosju sextio watt", [("glödlampor e 27 60w", 2.0, "st")]),
    ("led lampa e fjorton fyrtio watt", [("led lampa e 14 40w", None, None)]),
    ("batterier c två", [("batterier c", 2.0, "st")]),  # the catalog reads a code where names write one
    ("mjölk i två liter", [("mjölk i", 2.0, "l")]),
])
def test_a_number_after_a_lone_letter_before_a_measure_is_the_letters_code(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    """"e fjorton" before "fyrtio watt" is the socket E14: it started an item of fourteen 40-watt lamps, and
    the lamp's own line had no socket (dev33_hemkop)."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ett halvt kilo oxfilé i en bit", [("oxfilé i bit", 0.5, "kg")]),
    ("lax i en bit tack", [("lax i bit", None, None)]),
    ("ost i ett stycke", [("ost i bit", None, None)]),
    ("skinka i en bit två hekto", [("skinka i bit", 2.0, "hg")]),
    ("fläskkarré i ett stycke och mjölk", [("fläskkarré i bit", None, None), ("mjölk", None, None)]),
    ("mjölk och en bit ost", [("mjölk", None, None), ("ost", 1.0, "st")]),  # no "i": a piece of cheese
])
def test_in_one_piece_says_how_the_goods_come(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    """"ett halvt kilo oxfilé i en bit" was half a kilo of "oxfilé i" and one more item "bit": "i en bit",
    "i ett stycke" after the goods say they come whole, uncut, no count nor goods of their own (and "skinka i
    en bit två hekto" lost its 200 g)."""
    assert [(item.phrase, item.quantity.amount, item.quantity.unit) for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "phrase", "amount"), [
    ("sifferljus siffran sju", "sifferljus 7", None),
    ("kaffefilter nummer fyra", "kaffefilter 4", None),
    ("två kaffefilter nummer fyra", "kaffefilter 4", 2),
    ("ett sifferljus en nolla till tårtan", "sifferljus 0 till tårtan", 1),
    ("ett sifferljus nolla", "sifferljus 0", 1),
    ("sifferljus en femma", "sifferljus 5", None),
    ("ett sifferljus med siffran noll", "sifferljus med 0", 1),
])
def test_a_number_said_as_the_goods_number_is_no_amount(text: str, phrase: str, amount: float | None) -> None:
    """"nummer fyra", "siffran sju" and a digit's noun ("en nolla", "en femma") name which of numbered goods,
    as "storlek fyra" names a size: "sifferljus siffran sju" ordered seven candles of no number, and "ett
    sifferljus en nolla" a candle "1"."""
    item, = parse(text).items
    assert (item.phrase, item.quantity.amount) == (phrase, amount)


@pytest.mark.parametrize(("text", "expected"), [
    ("mandel massa till fettisdagen", [("mandel massa till fettisdagen", None)]),
    ("mandel massa och socker", [("mandel massa", None), ("socker", None)]),
    ("köp massa bananer", [("bananer", None)]),  # lots of bananas
    ("en massa äpplen", [("äpplen", None)]),
])
def test_massa_after_a_word_with_no_goods_after_it_ends_a_compound(
        text: str, expected: list[tuple[str, float | None]]) -> None:
    """"mandel massa till fettisdagen" was almonds, and a sure almond ice cream: "massa" right after a word, no
    goods following, is the compound said apart ("mandelmassa"), no vague "lots of"."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ramlösa med citrus smak ett helt flak", [("ramlösa med citrus smak", 1.0, "flak")]),
    ("läsk två flak och chips", [("läsk", 2.0, "flak"), ("chips", None, None)]),
])
def test_a_case_of_bottles_is_the_goods_package(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    """"ramlösa med citrus smak ett helt flak" was a line "helt flak" of its own: "flak" (a case of bottles or
    cans) is a package of the goods, as "back" and "låda" are."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit_word) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fryspåsar tre liters storleken", [("fryspåsar", 3.0, "l")]),
    ("fryspåsar två liter storlek och mjölk", [("fryspåsar", 2.0, "l"), ("mjölk", None, None)]),
])
def test_a_measure_said_as_the_size_is_the_goods_size(text: str,
                                                      expected: list[tuple[str, float | None, str | None]]) -> None:
    """"fryspåsar tre liters storleken" was a line "storleken" of three litres beside bags of no size (a sure pack
    of 60): a measure and "storleken" after the goods is their size, as "fryspåsar tre liter" is."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("lite ädelost en liten bit till kexen", [("ädelost liten till kexen", 1.0)]),
    ("lite ost en bit och mjölk", [("ost", 1.0), ("mjölk", None)]),
    ("lite ost två paket smör", [("ost", None), ("smör", 2.0)]),  # an amount before other goods is theirs
])
def test_how_much_said_after_lite_is_the_goods_amount(text: str, expected: list[tuple[str, float | None]]) -> None:
    """"lite ädelost en liten bit till kexen" had a line "liten till kexen" (a sure biscuit): "lite" before the
    goods and how much after them, with nothing but how they are or what for after that, is one amount of them."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fryspåsar ett paket på tre liter", [("fryspåsar", 3.0, "l", 3.0)]),
    ("fryspåsar ett paket dom på tre liter tack", [("fryspåsar", 3.0, "l", 3.0)]),
    ("kaffe två paket på 500 gram", [("kaffe", 1000.0, "g", 500.0)]),
])
def test_a_size_said_after_the_count_of_packages_is_each_ones(text: str, expected: list[tuple]) -> None:
    """"fryspåsar ett paket dom på tre liter tack" was a sure pack of sixty bags of no size: the size said with
    "på" after the count of packages said after the goods was lost; it is each package's, as "tre paket smör på
    250 g" says it."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit, i.quantity.each) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("hushålls papper ett paket med flera rullar", [("hushålls papper", 1.0)]),
    ("toapapper ett paket med många rullar", [("toapapper", 1.0)]),
])
def test_many_said_inside_a_container_is_no_goods(text: str, expected: list[tuple[str, float]]) -> None:
    """"hushålls papper ett paket med flera rullar" had a line "rullar": many of the goods said inside one
    container is what the container holds, no goods nor count of their own (one pack, a big one)."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "phrases", "amounts"), [
    ("nescafé tre i ett", ["nescafé 3-i-1"], [None]),  # three in one: the product's name, no three of it
    ("schampo 2 i 1 två flaskor", ["schampo 2-i-1"], [2.0]),
])
def test_several_in_one_names_the_product_no_amount(text: str, phrases: list[str], amounts: list) -> None:
    items = parse(text).items
    assert [(i.phrase, i.quantity.amount) for i in items] == list(zip(phrases, amounts))


@pytest.mark.parametrize(("text", "phrases"), [
    ("ekologiska ägg femton i kartongen", ["ekologiska ägg 15-pack"]),  # fifteen in the box: a pack of fifteen
    ("ägg tolv i paketet och mjölk", ["ägg 12-pack", "mjölk"]),
])
def test_a_number_in_the_package_is_the_multipack(text: str, phrases: list[str]) -> None:
    items = parse(text).items
    assert [(i.phrase, i.quantity.amount) for i in items] == [(phrase, None) for phrase in phrases]


@pytest.mark.parametrize(("text", "each"), [("zip påsar på en liter", 1.0), ("smör på 250 g", 250.0),
                                            ("tre paket smör på 250 g", 250.0), ("smör 250 g", None)])
def test_a_size_said_with_pa_is_each_ones(text: str, each: float | None) -> None:
    """"på en liter", "på 250 g": the size of each of the goods, counted or not (a bag of one litre)."""
    assert only_item(text).quantity.each == each



@pytest.mark.parametrize(("text", "phrase"), [
    ("flytande tvättmedel för vitt från a plus", "flytande tvättmedel för vitt från aplus"),
    ("tvättmedel A+ en flaska", "tvättmedel aplus"),
    ("diskmedel a plus två flaskor", "diskmedel aplus"),
])
def test_a_letter_with_plus_ending_the_item_is_one_word(text: str, phrase: str) -> None:
    """A letter said or typed with "plus" ending the goods ("a plus", "A+") is one word, the brand as the catalog
    reads it ("A+": "aplus"), as it is before them: "från a plus" lost the "plus" as a joiner of no goods, and
    the brand with it (a sure detergent of another maker)."""
    assert only_item(text).phrase == phrase
