"""What a flagged line asks the client: one kind of question per line, from the flag that made it (the
reason stays for staff). Plain functions on a small inline catalog, with categories and names-only."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.learned import phrase_key
from assistant.catalog.loading import demo_catalog_path
from assistant.catalog.importer import parse_catalog_file
from assistant.catalog.questions import ORDER, asked, first
from assistant.catalog.understand import Line, understand
from assistant.nlu import parse
from tests.catalog.catalog_fixture import CHEESE, COFFEE, FAT, HOME, MEAT, MILK, names_only, product

CATALOG = [
    product("c", "Batterier C", HOME, "Energizer", 2, "st"),
    product("aa", "Batterier Aa", HOME, "Energizer", 4, "st"),
    product("frys", "Fryspåsar 3 l", HOME, "Garant", 40, "st"),
    product("mellan", "Mellanmjölk 1,5%", MILK, "Garant", 1, "l"),
    product("smör", "Smör Normalsaltat", FAT, "Arla", 500, "g"),
    product("fiskpinnar", "Fiskpinnar", "Fryst > Fisk", "Findus", 450, "g"),
    product("ärtor", "Gröna Ärtor", "Fryst > Grönsaker", "Findus", 500, "g"),
    product("lasagne", "Lasagne", "Fryst > Färdigmat", "Findus", 400, "g"),
    product("fransyska", "Fransyska", MEAT, None, None, "kg"),
    product("präst", "Prästost 31%", CHEESE, "Arla", 700, "g", available=False),
    product("herrgård", "Herrgårdsost 28%", CHEESE, "Arla", 700, "g"),
    product("kaffe", "Bryggkaffe Mellanrost", COFFEE, "Zoégas", 450, "g"),
    product("kaffefilter", "Kaffefilter 1x4", HOME, "Garant", 100, "st"),
    product("choklad", "Chokladboll", "Bröd & kakor", "Garant", 6, "st"),
    product("havre", "Havreboll", "Bröd & kakor", "Garant", 6, "st"),
]
CATALOGS = [pytest.param(CATALOG, id="categories"), pytest.param(names_only(CATALOG), id="names-only")]


def lines(text: str, catalog: list, **kwargs: object) -> list[Line]:
    return understand(parse(text), CatalogIndex.build(catalog), **kwargs).lines


@pytest.mark.parametrize("catalog", CATALOGS)
@pytest.mark.parametrize(("text", "question"), [
    ("batterier", "which_size"),            # C or AA: a size the client must say
    ("bollar", "which_sort"),               # Chokladboll or Havreboll
    ("findus", "which_brand"),              # the brand's fish fingers, peas or lasagne?
    ("en liter smör", "how_many"),          # butter is packed by weight: a litre is no count of packs
    ("fransyska", "how_much"),              # sold by the kilo, no usual piece weight, nothing said: how much?
    ("en liter fransyska", "how_much"),     # a volume is no weight
    ("3 250 g smör", "check_amount"),       # three 250 g packs, or 3250 g?
    ("1e400 mjölk", "check_amount"),        # no amount to order
    ("200 mjölk", "check_amount"),          # beyond what staff could set
    ("kassler", "not_sold"),                # nothing of the kind in the store
    ("whisky", "not_sold"),                 # sold only at Systembolaget
    ("prästost", "sold_out"),               # out: a similar cheese offered (and unsure: sold_out comes first)
    ("mjölk", None),                        # sure, not flagged: nothing to ask
])
def test_the_question_of_each_flag(catalog: list, text: str, question: str | None) -> None:
    line, = lines(text, catalog)
    assert line.question == question, line.reason
    assert line.needs_review is (question is not None)
    assert line.reason or question is None  # the reason stays for staff


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_size_to_choose_marks_the_goods_in_other_sizes(catalog: list) -> None:
    """The alternatives that answer "which size?" are the goods in another size, not other goods."""
    extra = [product("aaa", "Batterier Aaa", HOME, "Energizer", 4, "st"),
             product("lampa", "Ficklampa", HOME, "Energizer", 1, "st")]
    line, = lines("batterier", catalog + (names_only(extra) if catalog[0].category == "" else extra))
    assert line.question == "which_size"
    assert {a.id for a in line.alternatives if a.answers} == {"c", "aa", "aaa"} - {line.product.id}
    assert not any(a.answers for a in lines("bollar", catalog)[0].alternatives)  # no size asked: none


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_word_read_as_the_compound_said_before_asks_if_it_is_right(catalog: list) -> None:
    coffee, filters = lines("kaffe och filter", catalog)
    assert (coffee.question, filters.product.id, filters.question) == (None, "kaffefilter", "unsure")


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_diet_broken_is_the_question_for_staff(catalog: list) -> None:
    line, = lines("mjölk", catalog, diet=("laktosfri",))
    assert line.question == "diet" and "laktosfri" in (line.reason or "")


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_usual_product_gone_says_so_before_asking_which_sort(catalog: list) -> None:
    line, = lines("ost", catalog, learned={phrase_key("ost"): "präst"})
    assert line.question == "usual_gone"
    line, = lines("ost", catalog, learned={phrase_key("ost"): "no-longer-sold"})
    assert line.question == "usual_gone"
    line, = lines("prästost", catalog, learned={phrase_key("prästost"): "präst"})  # out, as the thing said is
    assert line.question == "usual_gone"
    line, = lines("min vanliga ost", catalog)  # none of theirs: which one do they usually take?
    assert line.question == "which_sort"


def test_the_first_question_wins() -> None:
    assert first(["how_many", "which_sort", None, "unsure"]) == "which_sort"
    assert first([None]) is None
    assert asked(None, "how_many") == "how_many"
    assert asked("check_amount", "which_size") == "check_amount"
    # what the product is comes before how much of it; a flag only staff clear comes first of all
    assert ORDER.index("which_sort") < ORDER.index("how_many") and ORDER[0] == "diet"


DEMO = CatalogIndex.build(parse_catalog_file(demo_catalog_path()).products)


@pytest.mark.parametrize("text", ["2 liter toalettpapper", "fryspåsar 3 liter", "blöjor", "ost", "findus", "sås", "kassler",
                                  "whisky", "kaffe och filter", "3 250 g smör", "en liter äpplen", "tena",
                                  "mjölk, bröd och smör"])
def test_every_flagged_line_asks_something_and_no_other_does(text: str) -> None:
    for line in understand(parse(text), DEMO).lines:
        assert (line.question is not None) is line.needs_review, (line.phrase, line.reason)


@pytest.mark.parametrize(("text", "question"), [("2 liter toalettpapper", "how_many"), ("blöjor", "which_size")])
def test_the_demo_catalog_asks_what_the_tablet_test_types(text: str, question: str) -> None:
    line, = understand(parse(text), DEMO).lines
    assert line.question == question, line.reason
