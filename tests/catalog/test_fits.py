"""The size goods must fit: read from a name, and asked about when the words said name none."""

from __future__ import annotations

import pytest

from assistant.catalog.fits import code_of, fit_of, sizes_to_choose, strength_of
from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import content_words, size_range_of, tokens
from assistant.catalog.sorts import series_number
from assistant.catalog.understand import understand
from assistant.nlu import parse
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import EGGS, HOME, names_only, product, propose

MANY = "Många sorter passar: bekräfta vilken"


def fit(name: str) -> str | None:
    series = series_number(name)
    return fit_of(tokens(name), content_words(name), size_range_of(tokens(name)), series[1] if series else None)


@pytest.mark.parametrize(("name", "size"), [
    ("Batterier Aa", "aa"),
    ("Alkaliskt Batteri AA/LR6 4-p", "aa"),  # the common name and the IEC code of one size: the first
    ("Batterier C", "c"),
    ("Alkaliskt Batteri 9 V", "9v"),
    ("Litiumbatteri CR2032 5-p", "cr2032"),
    ("Gummihandskar Stl 7", "7storlek"),
    ("Gummihandske Medium", "mstorlek"),
    ("Kaffefilter Strl 4 Vita 100-p", "4storlek"),
    ("Kaffefilter 1X4", "1x4"),
    ("Blöjor 3 4-9kg Tejpblöjor", "4-9"),
    ("Strumpbyxa 36-40 80 Den Svart", "36-40"),
    ("LED-lampa 25W ST35 E14", "e14"),
    ("Sifferljus 0 Guld", "nr 0"),
    ("Ersättning NAN Sensitive 1", "nr 1"),
    ("Grevé 18 Månader 28%", None),  # a cheese's age, no member of a series
    ("Fryspåse 2 Liter", None),      # what the number measures or counts: no member either
    ("Tvättmedel Vit 28 Tvättar", None),
    ("Getost Färsk 12 Skivor", None),
    ("Mellanmjölk 1,5%", None),
    ("Ägg 6-pack", None),
    ("Kronljus Vit 10p", None),
    ("Ipren Tablett 400mg 30-p Läkemedel", "400mg"),  # a medicine's strength, joined or apart
    ("Nezeril Nässpray 0,25 mg/ml 7,5ml Läkemedel", "0,25mg"),
    ("Nezeril 0.5mg/ml Nässpray För Vuxna", "0,5mg"),
])
def test_the_size_a_name_writes(name: str, size: str | None) -> None:
    assert fit(name) == size


@pytest.mark.parametrize(("best", "rivals", "food", "asks"), [
    ("c", ["aa", "aaa", None], False, True),        # "batterier": which size?
    ("nr 0", ["nr 1", "nr 2"], True, True),          # "sifferljus", "ersättning": which number?
    ("aa", ["aa", None], False, False),              # every close rival is the same size
    (None, ["aa", "c"], False, False),               # the best writes no size: nothing to choose
    ("lstorlek", ["mstorlek"], True, False),         # an egg's size fits any kitchen
    ("c", ["d"], True, False),                       # "Laxfilé C-Trim" is no battery
    ("mstorlek", ["lstorlek"], False, True),         # a glove's size fits one hand
    ("0,25mg", ["0,5mg"], False, True),              # a medicine's strength: a child's or a grown-up's
    ("500mg", ["5-40", None], False, False),         # a syrup dosed by weight is no other strength
])
def test_a_size_to_choose(best: str | None, rivals: list[str | None], food: bool, asks: bool) -> None:
    assert sizes_to_choose(best, rivals, food) is asks


BATTERIES = [product("c", "Batterier C", HOME, "Energizer", 2, "st"),
             product("aa", "Batterier Aa", HOME, "Energizer", 4, "st"),
             product("aaa", "Batterier Aaa", HOME, "Energizer", 4, "st")]
CANDLES = [product(f"siffer{n}", f"Sifferljus {n} Guld", "", None, 1, "st") for n in range(4)]
EGG_SIZES = [product("ägg-l", "Ägg 6p Frigående Large", EGGS, "Garant", 6, "st"),
             product("ägg-m", "Ägg 6p Frigående Medium", EGGS, "Garant", 6, "st", 22.0)]


@pytest.mark.parametrize("catalog", [BATTERIES, names_only(BATTERIES)])
def test_batteries_said_bare_ask_which_size(catalog) -> None:
    proposal = propose(catalog, "batterier")
    assert proposal.needs_review and MANY in (proposal.reason or "")
    assert {p.id for p, _ in proposal.alternatives} >= {"aa", "aaa"} - {proposal.product.id}


@pytest.mark.parametrize("catalog", [BATTERIES, names_only(BATTERIES)])
def test_a_size_said_is_sure(catalog) -> None:
    proposal = propose(catalog, "batterier aaa")
    assert (proposal.product.id, proposal.needs_review) == ("aaa", False)


LETTERED = [product("c", "High Energy C Batteri", HOME, "Varta", 2, "st", 39.0),
            product("d", "High Energy D Batteri", HOME, "Varta", 2, "st", 45.0),
            product("aa", "Longlife Power Aa Batteri", HOME, "Varta", 4, "st", 49.0),
            product("fixa-d", "Batterier D", HOME, "Fixa", 2, "st", 29.0),
            product("e14", "Led Kronlampa 25w E14", HOME, "Osram", 1, "st", 49.0),
            product("e27", "Led Kronlampa 40w E27", HOME, "Osram", 1, "st", 39.0)]


@pytest.mark.parametrize("catalog", [LETTERED, names_only(LETTERED)])
@pytest.mark.parametrize(("text", "wanted"), [
    ("varta d batterier", {"d"}), ("d batterier", {"d", "fixa-d"}), ("batterier d", {"d", "fixa-d"}),
    ("varta c batterier", {"c"}), ("kronlampa e14", {"e14"}),
])
def test_a_size_said_by_its_letter_is_the_size_proposed(catalog, text: str, wanted: set[str]) -> None:
    """"varta d batterier" was the cheaper C battery, sure: a one-letter size is no word of the goods
    (content words have two letters or more), so nothing said chose the D. The size a phrase says (a
    battery's letter, a lamp's socket) is required, as a percentage is."""
    proposal = propose(catalog, text)
    assert proposal.product is not None and proposal.product.id in wanted, proposal


@pytest.mark.parametrize(("phrase", "code"), [("varta d batterier", "d"), ("batterier aa", "aa"),
                                              ("kronlampa e14", "e14"), ("9 v batteri", "9v"), ("batterier", None)])
def test_the_size_code_a_phrase_says(phrase: str, code: str | None) -> None:
    assert code_of(tokens(phrase)) == code


def test_a_numbered_candle_said_bare_asks_which_number() -> None:
    assert propose(CANDLES, "sifferljus").needs_review
    proposal = propose(CANDLES, "sifferljus 2")
    assert (proposal.product.id, proposal.needs_review) == ("siffer2", False)


@pytest.mark.parametrize("catalog", [EGG_SIZES, names_only(EGG_SIZES)])
def test_eggs_of_two_sizes_are_no_question(catalog) -> None:
    assert not propose(catalog, "ägg").needs_review


NOSE = "Apotek > Näsa"
SPRAYS = [product("spray-barn", "Nässpray Nezeril 0,25 mg/ml Läkemedel", NOSE, None, 10, "ml", 49.0),
          product("spray-vuxen", "Nässpray Nezeril 0,5mg/ml Läkemedel", NOSE, None, 10, "ml", 59.0)]


@pytest.mark.parametrize("catalog", [SPRAYS, names_only(SPRAYS)])
def test_a_medicine_of_two_strengths_said_bare_asks_which(catalog) -> None:
    """"nezeril" is sold for children (0,25 mg/ml) and for grown-ups (0,5 mg/ml): which strength is the
    client's to say, never the cheaper one proposed sure."""
    proposal = propose(catalog, "nezeril")
    assert proposal.needs_review and MANY in (proposal.reason or ""), proposal


# the strength written apart from its number, or glued with a point: as two stores write them
STRENGTHS = [product("spray-barn", "Nezeril Nässpray 0,25 mg/ml Läkemedel", NOSE, None, 10, "ml", 49.0),
             product("spray-vuxen", "Nezeril 0.5mg/ml Nässpray Vuxna", NOSE, None, 10, "ml", 59.0)]


@pytest.mark.parametrize("catalog", [STRENGTHS, names_only(STRENGTHS)])
@pytest.mark.parametrize(("text", "strength"), [("nezeril 0,5mg", "spray-vuxen"), ("nezeril 0.5 mg", "spray-vuxen"),
                                                ("nezeril 0,25mg", "spray-barn")])
def test_a_decimal_strength_said_is_the_one_proposed(catalog, text: str, strength: str) -> None:
    """"nezeril 0,5 mg" lost its number and the head became "mg" (the tokens split "0,5mg"), so the
    cheaper child's spray was proposed sure: the strength said is required as a percentage is, however the
    name writes it ("0,25 mg/ml", "0,5mg/ml"), and "mg" apart from its number is no word of the goods."""
    proposal = propose(catalog, text)
    assert proposal.product is not None and proposal.product.id == strength and not proposal.needs_review, proposal


@pytest.mark.parametrize(("phrase", "strength"), [("nezeril 0,5mg", "0,5mg"), ("nezeril 0.5 mg", "0,5mg"),
                                                  ("ipren 400mg", "400mg"), ("nezeril", None)])
def test_the_strength_a_phrase_says(phrase: str, strength: str | None) -> None:
    assert strength_of(tokens(phrase)) == strength


FILTERS = [product("filter-big", "Kaffefilter 1,8L 200-p", HOME, None, 200, "st", 19.0),
           product("filter-100", "Kaffefilter 100 Vit 40-p", HOME, None, 40, "st", 21.0),
           product("filter-102", "Kaffefilter 102 Vit 80-p", HOME, None, 80, "st", 25.0)]


@pytest.mark.parametrize("catalog", [FILTERS, names_only(FILTERS)])
def test_a_model_number_said_picks_that_member_though_the_best_is_numbered_otherwise(catalog) -> None:
    """"kaffefilter 102" was the cheaper "Kaffefilter 1,8L" (no member of the numbered series), sure: the
    number said names the member, as "hörapparatsbatterier 312" does among numbered batteries."""
    proposal = propose(catalog, "kaffefilter 102", Quantity(amount=1.0, unit="st"))
    assert proposal.product is not None and proposal.product.id == "filter-102" and not proposal.needs_review, proposal


SORTED_FILTERS = [product("filter-1x4", "Kaffefilter 1X4", HOME, None, 80, "st", 15.0),
                  product("filter-100", "Kaffefilter 100 Oblekt", HOME, None, 40, "st", 21.0),
                  product("filter-102", "Kaffefilter Oblekt 102", HOME, None, 80, "st", 25.0)]


@pytest.mark.parametrize("catalog", [SORTED_FILTERS, names_only(SORTED_FILTERS)])
def test_a_model_number_said_picks_the_member_that_writes_a_sort_before_it(catalog) -> None:
    """"kaffefilter 102" was the cheaper "Kaffefilter 1X4", sure, though "Kaffefilter Oblekt 102" is sold:
    a name writing a sort's word between the goods and the number is of the series the words said name."""
    proposal = propose(catalog, "kaffefilter 102", Quantity(amount=1.0, unit="st"))
    assert proposal.product is not None and proposal.product.id == "filter-102" and not proposal.needs_review, proposal


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "phrase", "chosen_id", "amount"), [
    ("kaffefilter 102", "kaffefilter 102", "filter-102", None),  # no count staff may set: the model number
    ("kaffefilter 2", "kaffefilter", "filter-big", 2),            # a count, as said
])
def test_a_number_no_count_can_be_said_bare_after_the_goods_is_their_model_number(
        categories: bool, text: str, phrase: str, chosen_id: str, amount: int | None) -> None:
    """"kaffefilter 102" said bare was 102 filters of the cheaper "Kaffefilter 1,8L", sure: a whole number
    beyond any count staff may set, that names of the goods write as a series' number, is that number."""
    index = CatalogIndex.build(FILTERS if categories else names_only(FILTERS))
    [line] = understand(parse(text), index).lines
    assert (line.phrase, line.product and line.product.id, line.quantity.amount) == (phrase, chosen_id, amount), line
    assert not line.needs_review, line


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize("catalog", [FILTERS, SORTED_FILTERS])
def test_a_number_no_count_can_be_said_bare_that_no_name_writes_is_a_count_staff_confirm(
        categories: bool, catalog) -> None:
    """"kaffefilter 150" (or "102" on the demo catalog, whose filters are "1x4") was 150 filters, two
    packages, proposed sure: a number beyond any count staff may set, said bare after the goods, that no
    name writes, is kept as the count said but shown to staff as read."""
    index = CatalogIndex.build(catalog if categories else names_only(catalog))
    [line] = understand(parse("kaffefilter 150"), index).lines
    assert (line.phrase, line.quantity.amount) == ("kaffefilter", 150), line
    assert line.needs_review and "«150» lästes som 150 st" in (line.reason or ""), line
