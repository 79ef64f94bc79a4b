"""Matching rules of session i37, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product, propose

YEAST = "Mejeri, ost & ägg > Jäst"


@WITH_CATEGORIES
def test_a_sort_said_after_a_name_of_the_same_kind_is_no_kind_said_apart(shelved: bool) -> None:
    """"en kronjäst torrjäst" asked about the fresh "Kronjäst Färsk": the second word, which no name writes,
    was read as the kind said after a sort's own name ("pecorino ost") and dropped. Both words end in the one
    kind ("jäst"): the second says the sort."""
    goods = [product(name, name, YEAST if shelved else "", price=price) for name, price in [
        ("Kronjäst Färsk", 2.95), ("Kronjäst Torr 2x14g", 10.95), ("Kronjäst Söta Degar", 3.95),
        ("Näringsjäst", 58.95)]]
    proposal = propose(goods, "kronjäst torrjäst")
    assert proposal.product is not None and proposal.product.id == "Kronjäst Torr 2x14g", proposal


HYGIENE = "Hälsa & skönhet > Mensskydd"


@WITH_CATEGORIES
def test_a_compounds_first_part_is_read_in_the_spelling_names_write(shelved: bool) -> None:
    """"nattbindor" asked about a plain "Bindor Normal": the store writes the night pads' "natt" in English
    ("Night"), which the lexicon spells as one with "natt" for whole words but not for a compound's first part."""
    goods = [product(name, name, HYGIENE if shelved else "", price=price) for name, price in [
        ("Bindor Normal 12-p", 19.95), ("Bindor Normal med Vingar 10-p", 21.95), ("Binda Ultra Night 10-p", 26.95),
        ("Trosskydd Normal 30-p", 24.95)]]
    proposal = propose(goods, "nattbindor")
    assert proposal.product is not None and proposal.product.id == "Binda Ultra Night 10-p", proposal


@WITH_CATEGORIES
@pytest.mark.parametrize(("phrase", "right"), [
    ("pannkakor", {"Pannkakor Frysta", "Pannkakor Enkelvikta"}),
    ("pannkakor färdiga", {"Pannkakor Frysta", "Pannkakor Enkelvikta"}),
    ("amerikanska pannkakor", {"Pannkakor Amerikanska"}),  # said, the style is what is asked
])
def test_a_foreign_countrys_style_is_a_sort_of_its_own(shelved: bool, phrase: str, right: set[str]) -> None:
    """"ett paket pannkakor färdiga" was a sure "Pannkakor Amerikanska" (thick American pancakes, cheapest of
    four equal fits): a foreign country's style in a name makes a sort a request must say (lexicon variants)."""
    goods = [product(name, name, "Fryst > Pannkakor" if shelved else "", price=price) for name, price in [
        ("Pannkakor Amerikanska", 24.95), ("Pannkakor Frysta", 29.95), ("Pannkakor Enkelvikta", 32.95)]]
    proposal = propose(goods, phrase)
    assert proposal.product is not None and proposal.product.id in right, proposal


@WITH_CATEGORIES
def test_a_smoothie_said_as_a_purpose_is_what_the_goods_are_made_into(shelved: bool) -> None:
    """"ett paket frysta hallon till smoothien" asked about the frozen raspberries: "smoothie", a word the
    store writes ("Smoothie Mango"), was read as a sort the raspberries must say. It is a drink they are made
    into, as "till pajen" is a food (lexicon foods)."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Hallon Frysta", "Fryst > Bär", 29.95), ("Hallon Klass1", "Frukt & grönt > Bär", 39.95),
        ("Smoothie Mango", "Dryck > Juice", 24.95)]]
    proposal = propose(goods, "frysta hallon till smoothien")
    assert proposal.product is not None and proposal.product.id == "Hallon Frysta", proposal
    assert not proposal.needs_review, proposal


@WITH_CATEGORIES
def test_a_room_said_in_its_definite_form_names_the_goods_made_for_it(shelved: bool) -> None:
    """"städservetter för badrummet" was a sure plain "Städservett": "badrummet" was read as no dictionary word
    (its m doubled), so the room named no sort as "för köket" does ("Städservetter Kök")."""
    shelf = "Hem & hushåll > Städ" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Städservett", 19.95), ("Städservetter Badrum", 24.95), ("Städservetter Golv", 24.95),
        ("Städservetter Kök", 24.95)]]
    proposal = propose(goods, "städservetter för badrummet")
    assert proposal.product is not None and proposal.product.id == "Städservetter Badrum", proposal


@WITH_CATEGORIES
def test_a_price_far_below_the_kinds_says_another_thing_on_a_feed_of_bare_names(shelved: bool) -> None:
    """"en bit färsk lax" was a sure "Lax" at 9.95 kr on Mathem (a jar or a pet's pouch: salmon pieces cost
    100–270 kr there). Where no shelf says what a product is, a price a fifth of the kind's usual one is
    asked about; a shelf says it (the shelf's salmon is salmon)."""
    goods = [product(name, name, "Fisk & skaldjur > Lax" if shelved else "", price=price) for name, price in [
        ("Lax", 9.95), ("Lax i Bit med Skinn", 119.0), ("Lax Mid Loin Fryst", 105.0),
        ("Lax i bit D-trim med skinn Fryst", 125.0), ("Lax Varmrökt Portion Naturell", 74.95)]]
    proposal = propose(goods, "lax")
    assert proposal.product is not None
    assert proposal.needs_review is not shelved, proposal


def test_fresh_produce_priced_by_the_piece_is_no_other_thing() -> None:
    """Loose fruit is priced by the piece beside nets by the kilo: "klementiner" is the sure "Clementiner"."""
    goods = [product(name, name, "", size=size, unit=unit, price=price) for name, size, unit, price in [
        ("Clementiner Klass1", None, None, 7.95), ("Clementiner Nät 1,5kg Klass1", 1.5, "kg", 49.95),
        ("Clementin Lyx", None, None, 49.95), ("Clementiner Nät EKO 1,5kg Klass1", 1.5, "kg", 64.95),
        ("Clementiner Storpack", None, None, 59.95)]]
    proposal = propose(goods, "klementiner")
    assert proposal.product is not None and proposal.product.id == "Clementiner Klass1", proposal
    assert not proposal.needs_review, proposal


@WITH_CATEGORIES
def test_a_use_said_by_a_word_names_write_is_the_use_of_its_other_spellings(shelved: bool) -> None:
    """"tvättkapslar för kulörtvätt" offered white and colour capsules alike: "kulör" said is the use a
    name's "Color" writes (lexicon `name_uses`), as "färgad" said is."""
    goods = [product(name, name, "Hem & hushåll > Tvättmedel" if shelved else "", price=price)
             for name, price in [("Tvättkapslar Duo White", 89.0), ("Tvättkapslar Duo Color", 89.0),
                                 ("Tvättkapslar Sensitive", 95.0)]]
    proposal = propose(goods, "tvättkapslar för kulörtvätt")
    assert proposal.product is not None and proposal.product.id == "Tvättkapslar Duo Color", proposal


DRIED, FRESH = "Skafferi > Kryddor", "Frukt & grönt > Örter"
HERBS = [("Rosmarin", DRIED, 26.95), ("Rosmarin EKO", DRIED, 31.95), ("Rosmarin Ask EKO", FRESH, 34.95),
         ("Rosmarin Kruka EKO Klass1", FRESH, 34.95)]


@WITH_CATEGORIES
@pytest.mark.parametrize(("phrase", "right"), [
    ("en ask färsk rosmarin", "Rosmarin Ask EKO"),
    ("en kruka rosmarin", "Rosmarin Kruka EKO Klass1"),
])
def test_a_box_of_fresh_produce_said_as_the_unit_is_the_fresh_box(shelved: bool, phrase: str, right: str) -> None:
    """"en ask färsk rosmarin" was a sure "Rosmarin", a jar of the dried herb a feed of bare names sells under the
    bare word: where the kind's fresh produce is sold so, the box said is asked as the pot is."""
    index = CatalogIndex.build([product(name, name, shelf if shelved else "", price=price)
                                for name, shelf, price in HERBS])
    [line] = added_lines(index, phrase)
    assert line.product is not None and line.product.id == right, line


@pytest.mark.parametrize(("phrase", "goods"), [
    ("en ask te", ["Svart Te Yellow Label 25-p", "Te Earl Grey Ask", "Grönt Te 20-p"]),
    ("en ask tändstickor", ["Tändstickor 10-pack", "Tändstickor Hushållsask"]),
])
def test_a_box_of_other_goods_only_prefers(phrase: str, goods: list[str]) -> None:
    """A box of tea or matches holds the goods bare: no product lacking the word is asked about for it."""
    index = CatalogIndex.build([product(name, name, "", price=10.0 + n) for n, name in enumerate(goods)])
    [line] = added_lines(index, phrase)
    assert line.product is not None and not line.needs_review, line
