"""The plain, usual product a plain word asks for (issue 10, branch i10cm), as plain functions on small
inline catalogs, with categories and as a feed of bare names (Mathem's)."""

from __future__ import annotations

import pytest

from assistant.catalog.compounds import join_letter_prefixes
from assistant.catalog.index import CatalogIndex
from assistant.catalog.kinds import (
    EXACT,
    HEAD,
    SHELVED,
    candidates,
    denies,
    kind_of_match,
    said_apart,
    sort_on_its_shelf,
)
from assistant.catalog.matcher import rank
from assistant.catalog.query import analyse
from assistant.catalog.schema import Product
from assistant.catalog.normalize import listed_after_kind, parse_grade, parse_pack_count, stem
from assistant.catalog.sorts import avoidable_words, pack_count_agrees, percent_agrees, series_number, usual_percent
from assistant.catalog.understand import understand
from assistant.nlu import parse
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import added_lines, both_ways, names_only, product, propose

VEG = "Frukt & grönsaker > Grönsaker > Lök kål"
SALAD = "Frukt & grönsaker > Sallad groddar > Sallat"
MEAT = "Kött & fågel > Nöt > Skivor"
MILK = "Mejeri & ägg > Mjölk fil > Mjölk"
PRODUCTS = [
    product("vitkål", "Vitkål", VEG, None, None, None, 18.0),
    product("vitkål-eko", "Vitkål EKO Klass1", VEG, None, None, None, 34.95),
    product("vitkål-delad", "Vitkål delad", VEG, None, None, None, 29.95),
    product("isberg", "Sallat Isberg Klass1", SALAD, None, None, None, 19.95),
    product("isberg-eko", "Isbergssallad EKO Klass1", SALAD, None, None, None, 34.95),
    product("romansallad", "Romansallad Klass1", SALAD, None, None, None, 24.95),
    product("mache", "Sallad Mache", SALAD, None, None, None, 24.95),
    product("ruccola", "Sallad Ruccola", SALAD, None, None, None, 24.95),
    product("lövbiff", "Lövbiff Butiksskivad", MEAT, None, 400, "g", 89.0),
    product("lövbiff-eko", "Lövbiff Eko", MEAT, "Änglamark", 400, "g", 99.0),
    product("mjölk-eko", "Standardmjölk EKO/KRAV 3%", MILK, None, 1, "l", 14.95),
    product("tofu-eko", "Tofu Naturell KRAV", "Vegetariskt > Tofu", None, 250, "g", 25.0),
    product("tofu-marinerad", "Tofu Marinerad", "Vegetariskt > Tofu", None, 250, "g", 24.0),
    product("dill-eko", "Dill Kruka EKO Klass1", "Frukt & grönsaker > Färska kryddor", None, None, None, 24.95),
    product("dill", "Dill", "Frukt & grönsaker > Färska kryddor", None, None, None, 23.95),
    product("dill-fryst", "Dill Fryst", "Frys > Grönsaker", None, None, None, 10.95),
    product("blåbärssylt-eko", "Blåbärssylt EKO", "Skafferi > Sylt", None, 400, "g", 32.95),
    product("blåbärssylt", "Blåbärssylt Extra Prima", "Skafferi > Sylt", None, 400, "g", 34.95),
]


index = both_ways(PRODUCTS)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("vitkål", "vitkål"),            # the plain cabbage, not the organic one nor a half
    ("isbergssallad", "isberg"),     # "Sallat Isberg" is the compound said apart
    ("lövbiff", "lövbiff"),          # "Butiksskivad" (sliced in the shop) is plain beef, "Eko" a label
    ("dill", "dill"),                # fresh dill, not a pot of organic dill nor a frozen bag
    ("blåbärssylt", "blåbärssylt"),  # a grade ("Extra Prima") says no sort as a label does not
])
def test_a_plain_word_is_the_plain_product_not_the_organic_one(index: CatalogIndex, phrase: str,
                                                               expected: str) -> None:
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected
    assert not proposal.needs_review, proposal.reason


@pytest.mark.parametrize(("phrase", "attributes", "history", "expected"), [
    ("vitkål eko", [], [], "vitkål-eko"),                  # asked for
    ("vitkål", ["eko"], [], "vitkål-eko"),                 # the parser's attribute
    ("vitkål", [], ["vitkål-eko"], "vitkål-eko"),          # the client's usual
    ("standardmjölk", [], [], "mjölk-eko"),                # the only one sold
    ("tofu", [], [], "tofu-eko"),                          # the plain one is organic; marinated is a sort
])
def test_the_organic_product_where_it_is_asked_for_or_the_only_plain_one(
        index: CatalogIndex, phrase: str, attributes: list[str], history: list[str], expected: str) -> None:
    proposal = propose(index, phrase, attributes=attributes, history=history)
    assert proposal.product is not None and proposal.product.id == expected


POUCHES = [product("äpple-eko", "Klämpåse Äpple EKO", "Barn > Barnmat", None, 90, "g", 16.95),
           product("äpple-mix", "Klämpåse Äpple/Sötpotatis/Annanas", "Barn > Barnmat", None, 90, "g", 14.95),
           product("äpple-mix2", "Klämpåse Äpple/Annanas/Kokosnöt", "Barn > Barnmat", None, 90, "g", 14.95),
           product("gelé-eko", "Rödvinbärsgelé EKO/KRAV", "Skafferi > Sylt", None, 400, "g", 39.95),
           product("gelé", "Röd Vinbärsgelé", "Skafferi > Sylt", None, 400, "g", 29.95)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("klämpåse äpple", "äpple-eko"),   # a mix of three is another sort, no plain twin of the organic apple
    ("rödvinbärsgelé", "gelé"),        # a label written with a slash ("EKO/KRAV") is no mix
])
def test_a_mix_of_flavours_is_no_plain_twin_of_the_organic_single_flavour(shelved: bool, phrase: str,
                                                                          expected: str) -> None:
    """Names write a mix with slashes ("Klämpåse Äpple/Sötpotatis/Annanas"): a plain word for one flavour
    is the product of that flavour alone, organic or not, never a mix that also has it."""
    proposal = propose(POUCHES if shelved else names_only(POUCHES), phrase)
    assert proposal.product is not None and proposal.product.id == expected


def test_a_bare_produce_name_is_fresh_produce_in_a_feed_of_names() -> None:
    """Mathem marks produce with "Klass1" on most products, not all: "Vitkål" alone is produce
    too; "Vitkål delad" and "Dill Fryst" say something more and stay as they are."""
    fresh = {e.product.id for e in CatalogIndex.build(names_only(PRODUCTS)).entries if e.fresh}
    assert {"vitkål", "dill", "vitkål-eko", "isberg"} <= fresh
    assert not {"vitkål-delad", "dill-fryst", "lövbiff"} & fresh


@pytest.mark.parametrize(("phrase", "product_id", "apart", "kind"), [
    ("isbergssallad", "isberg", True, EXACT),
    ("isbergssallad", "isberg-eko", False, EXACT),   # the whole word: exact anyway
    ("lövbiff", "lövbiff", False, EXACT),             # no compound parts asked
    ("romansallad", "isberg", False, HEAD),           # another salad: the head only
])
def test_a_compound_said_apart_in_the_name(index: CatalogIndex, phrase: str, product_id: str, apart: bool,
                                           kind: float) -> None:
    q = analyse(phrase, index)
    assert q is not None
    entry = index.entries[index.by_id[product_id]]
    assert said_apart(entry, q) is apart
    assert kind_of_match(entry, q) == kind


GRATED = "Ost > Matost > Riven"
OTHERS = [
    product("vb-riven", "Riven Västerbottensost", GRATED, "Västerbottensost", 150, "g", 39.0),
    product("vb", "Västerbottensost Original", "Ost > Frukost > Vällagrad", "Västerbottensost", 450, "g", 89.0),
    product("vego-bullar", "Köttfria Köttbullar", "Frys > Vegetarisk", "Dafgårds", 420, "g", 36.95),
    product("mjölkfri", "Choklad Mjölkfritt", "Godis", None, 100, "g", 25.0),
    product("mjölkchoklad", "Mjölkchoklad Kaka", "Godis", None, 200, "g", 25.0),
]


others = both_ways(OTHERS)


def test_meatless_meatballs_asked_so_are_sure(others: CatalogIndex) -> None:
    """"köttfria köttbullar" is Coop's "Köttfria Köttbullar" without a question; a bare "köttbullar" is
    still no meatless one, unflagged."""
    proposal = propose(others, "köttfria köttbullar")
    assert proposal.product is not None and proposal.product.id == "vego-bullar" and not proposal.needs_review
    bare = propose(others, "köttbullar")
    assert bare.product is None or bare.needs_review


def test_a_special_sort_is_special_on_its_own_shelf_too(others: CatalogIndex) -> None:
    """A "Riven" shelf restates the word, but does not make grated cheese the plain sort."""
    proposal = propose(others, "västerbottensost")
    assert proposal.product is not None and proposal.product.id == "vb"
    grated = propose(others, "riven västerbottensost")
    assert grated.product is not None and grated.product.id == "vb-riven"


@pytest.mark.parametrize(("phrase", "product_id", "expected"), [
    ("köttbullar", "vego-bullar", True),      # free of the meat asked for
    ("vegobullar", "vego-bullar", False),
    ("mjölkchoklad", "mjölkfri", True),       # "Mjölkfritt": no milk chocolate
    ("choklad", "mjölkfri", False),           # a chocolate free of milk is still a chocolate
    ("choklad mjölkfri", "mjölkfri", False),
    ("mjölkfri choklad", "mjölkfri", False),  # free of what the request asks it free of
    ("köttfria köttbullar", "vego-bullar", False),  # "köttfria" read as a diet: still what it is free of
    ("köttfritt köttbullar", "vego-bullar", False),
])
def test_a_name_free_of_the_word_asked_denies_it(others: CatalogIndex, phrase: str, product_id: str,
                                                 expected: bool) -> None:
    q = analyse(phrase, others)
    assert q is not None
    assert denies(others.entries[others.by_id[product_id]], q) is expected


FREE_OF_SCENT = [  # "olja" and "fri" written alone twice: common heads the words split on, as in a real feed
    product("free", "Babyolja Parfymfri", "Barn > Hudvård", None, 200, "ml", 45.0),
    product("scented", "Babyolja Mild Parfym", "Barn > Hudvård", None, 200, "ml", 35.0),
    product("soap", "Baby Tvål Parfymfri", "Barn > Hudvård", None, 100, "g", 25.0),
    product("neutral", "Olja Neutral", "Skafferi > Olja", None, 1, "l", 25.0),
    product("rapeseed", "Olja Raps", "Skafferi > Olja", None, 1, "l", 29.0),
    product("bar", "Tvål Fri Från Parfym", "Hem > Tvål", None, 100, "g", 19.0),
    product("shampoo", "Schampo Fri Från Parfym", "Hem > Hår", None, 250, "ml", 39.0),
]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
def test_the_sort_free_of_what_was_asked_is_proposed_sure(shelved: bool) -> None:
    """"babyolja parfymfri": the "Babyolja Parfymfri" says every word said; that "parfym" is a first
    part of the word asked does not make a product free of it lack what was asked."""
    index = CatalogIndex.build(FREE_OF_SCENT if shelved else names_only(FREE_OF_SCENT))
    q = analyse("babyolja parfymfri", index)
    assert q is not None and not denies(index.entries[index.by_id["free"]], q)
    proposal = propose(index, "babyolja parfymfri")
    assert proposal.product is not None and proposal.product.id == "free" and not proposal.needs_review, proposal


UNSCENTED = [
    product("softener-free", "Sköljmedel Oparfymerat", "Hem > Tvätt", None, 750, "ml", 29.0),
    product("softener", "Sköljmedel Vårbris", "Hem > Tvätt", None, 750, "ml", 25.0),
    product("wash-free", "Intimtvätt Aloe Oparfymerad", "Hygien > Intimvård", None, 250, "ml", 49.0),
    product("wash", "Intimtvätt Ros & Mandel", "Hygien > Intimvård", None, 250, "ml", 45.0),
    product("soap-free", "Tvål Parfymfri", "Hygien > Tvål", None, 100, "g", 19.0),
    product("soap", "Tvål Lavendel", "Hygien > Tvål", None, 100, "g", 17.0),
]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("sköljmedel parfymfri", "softener-free"),     # the store writes "Oparfymerat"
    ("intimtvätt utan parfym", "wash-free"),       # "utan parfym" is the "parfymfri" one, written "Oparfymerad"
    ("tvål oparfymerad", "soap-free"),             # and the other way round
])
def test_unscented_is_one_sort_however_it_is_written(shelved: bool, phrase: str, expected: str) -> None:
    """"Oparfymerad", "parfymfri" and "utan parfym" say one sort: a product writing it either way is the
    one asked, sure, never the scented one beside it."""
    index = CatalogIndex.build(UNSCENTED if shelved else names_only(UNSCENTED))
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal
    assert not proposal.needs_review, proposal.reason


SENSITIVE = [
    product("paste", "Tandkräm Sensitive mot Ilningar", "Hygien > Tandvård", None, 75, "ml", 49.0),
    product("kids", "Tandkräm Bamse", "Hygien > Tandvård", None, 75, "ml", 29.0),
    product("mint", "Tandkräm Fresh Mint", "Hygien > Tandvård", None, 75, "ml", 25.0),
    product("night", "Bindor Lady Maxi Night Inkontinensskydd 6-p", "Hygien > Inkontinens", None, None, None, 59.0),
    product("mini", "Trosskydd Mini Magic Inkontinensskydd 34-p", "Hygien > Inkontinens", None, None, None, 39.0),
    product("normal", "Bindor Lady Normal Inkontinensskydd 12-p", "Hygien > Inkontinens", None, None, None, 45.0),
]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("tandkräm för känsliga tänder", "paste"),       # names write the English "Sensitive"
    ("inkontinensskydd till natten", "night"),       # and "Night"
])
def test_a_sort_said_in_swedish_is_the_one_a_name_writes_in_english(shelved: bool, phrase: str,
                                                                     expected: str) -> None:
    """"tandkräm för känsliga tänder" asked with a children's toothpaste, "inkontinensskydd till natten"
    with a mini pad: Mathem's names write the sort in English ("Sensitive", "Night"), as they write
    "Lemon" for "citron" (lexicon spellings)."""
    index = CatalogIndex.build(SENSITIVE if shelved else names_only(SENSITIVE))
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


def test_meat_free_meatballs_are_never_proposed_unflagged_for_meatballs(others: CatalogIndex) -> None:
    proposal = propose(others, "köttbullar")
    assert proposal.product is None or proposal.needs_review


def test_a_compound_said_apart_needs_every_part_as_a_word() -> None:
    """"Mjukost 20% Ädel" is a soft cheese tasting of blue cheese, not an "ädelost" said apart."""
    index = CatalogIndex.build([product("mjukost", "Mjukost 20% Ädel", "", None, 250, "g"),
                                product("ädelost", "Ädelost 36%", "", None, 200, "g"),
                                product("hushåll", "Hushållsost 26%", "", None, 1, "kg")])
    q = analyse("ädelost", index)
    assert q is not None and q.head_parts
    assert not said_apart(index.entries[index.by_id["mjukost"]], q)


@pytest.mark.parametrize(("text", "expected"), [
    ("a fil", "afil"),               # "A-Fil" indexed as "afil"
    ("a-fil tack", "afil tack"),
    ("en a fil", "en afil"),
    ("sill i dill", "sill i dill"),  # "i" is a word, never a prefix
    ("b fil", "b fil"),              # not a word the catalog writes
])
def test_a_lone_letter_before_a_word_is_a_letter_prefixed_compound(text: str, expected: str) -> None:
    assert join_letter_prefixes(text, frozenset({"afil", "fil", "sill", "dill"})) == expected


soured = both_ways([product("afil", "A-Fil Plus Dofilus 3%", "Mejeri > Fil", None, 1, "l"),
                    product("filmjölk", "Filmjölk 3%", "Mejeri > Fil", None, 1, "l")])


@pytest.mark.parametrize("phrase", ["a fil", "a-fil", "afil"])
def test_a_fil_is_no_filmjölk(soured: CatalogIndex, phrase: str) -> None:
    proposal = propose(soured, phrase)
    assert proposal.product is not None and proposal.product.id == "afil"


CHEESES = [
    product("präst", "Präst 35%", "Ost > Frukost > Mild mellanlagrad", "Änglamark", 1, "kg"),
    product("mild", "Mild Ost 28 %", "Ost > Frukost > Mild mellanlagrad", "Änglamark", 1, "kg"),
    product("parmesan", "Parmesan I Bit", "Ost > Matost > Färskost", None, 200, "g"),
    product("grovriven", "Parmesanost Grovriven", "Ost > Matost > Parmesan", "Zeta", 100, "g"),
    product("prästkrage", "Präst Krage Blomma", "Blommor > Snittblommor", None, 1, "st"),
]


@pytest.mark.parametrize(("phrase", "product_id", "expected"), [
    ("prästost", "präst", True),          # the sort in the name, the kind above its shelf
    ("prästost", "mild", False),          # a cheese, but not the sort asked for
    ("prästost", "prästkrage", False),    # the sort's word on another shelf
    ("parmesanost", "parmesan", True),
])
def test_the_sort_in_the_name_and_the_kind_on_the_shelf(phrase: str, product_id: str, expected: bool) -> None:
    index = CatalogIndex.build(CHEESES)
    q = analyse(phrase, index)
    assert q is not None
    assert sort_on_its_shelf(index.entries[index.by_id[product_id]], q) is expected


@pytest.mark.parametrize("phrase", ["en bit präst ost", "en bit prästost"])
def test_a_sort_named_with_its_kind_is_sure_where_the_shelf_names_the_kind(phrase: str) -> None:
    """The sort's own name with its kind, said apart or as one word, is one question with one answer
    (kinds.shelf_names_the_kind): the Präst, not a mild cheese that lacks the sort, and sure where its
    shelf says "Ost". On a names-only feed the section the catalogs with categories sell "Präst" under says
    it (sections.kind_of_section): "Präst 35%", not the flower "Präst Krage Blomma"."""
    for catalog in (CHEESES, names_only(CHEESES)):
        proposal = propose(CatalogIndex.build(catalog), phrase)
        assert proposal.product is not None and proposal.product.id == "präst" and not proposal.needs_review


def test_a_sort_on_its_shelf_is_a_candidate() -> None:
    index = CatalogIndex.build(CHEESES)
    q = analyse("prästost", index)
    assert q is not None
    found = {kind: {index.entries[i].product.id for i in ids} for kind, ids in candidates(index, q)}
    assert found.get(SHELVED) == {"präst"}


CREAM = [
    product("cf8", "Crème Fraiche 8%", "Mejeri > Matlagning", None, 200, "ml", 11.95),
    product("cf34a", "Crème Fraiche 34%", "Mejeri > Matlagning", None, 200, "ml", 12.95),
    product("cf34b", "Crème Fraiche 34%", "Mejeri > Matlagning", None, 500, "ml", 25.95),
    product("ty0", "Turkisk Yoghurt 0%", "Mejeri > Yoghurt", None, 1000, "g", 19.95),
    product("ty10", "Turkisk Yoghurt 10%", "Mejeri > Yoghurt", None, 1000, "g", 27.95),
]


cream = both_ways(CREAM)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("turkisk yoghurt 10%", "ty10"),   # the percentage said decides, though the 0 % is cheaper
    ("turkisk yoghurt 0%", "ty0"),
    ("crème fraiche", "cf34a"),        # the kind's usual fat, not the cheapest light one
    ("creme fraiche 8%", "cf8"),
])
def test_a_percentage_said_and_the_usual_one(cream: CatalogIndex, phrase: str, expected: str) -> None:
    proposal = propose(cream, phrase)
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize(("name", "percent", "expected"), [
    ("Turkisk Yoghurt 10%", 10.0, True),
    ("Mellanmjölk 1,5%", 1.5, True),
    ("Turkisk Yoghurt 0%", 10.0, False),
    ("Turkisk Yoghurt", 10.0, None),   # nothing to go by
])
def test_a_percentage_agrees_with_the_name(name: str, percent: float, expected: bool | None) -> None:
    index = CatalogIndex.build([product("p", name, "")])
    assert percent_agrees(index.entries[0], percent) is expected


def test_the_usual_percentage_is_the_one_most_products_write() -> None:
    index = CatalogIndex.build(names_only(CREAM))
    assert usual_percent(index.entries[:3]) == 34.0
    assert usual_percent(index.entries[3:]) is None    # one each: no usual one
    q = analyse("turkisk yoghurt 10 %", index)
    assert q is not None and q.percent == 10.0


DRINKS = [
    product("loka", "Loka Citron", "Dryck > Vatten", None, None, None, 9.95),
    product("loka6", "Loka Citron 6x33cl", "Dryck > Vatten", None, None, None, 44.95),
    product("loka12", "Loka Citron 12x33cl", "Dryck > Vatten", None, None, None, 84.95),
    product("ägg6", "Ägg Frigående 6-p M 348g", "Mejeri > Ägg", None, None, None, 24.95),
    product("ägg12", "Ägg Frigående 12-p L 798g", "Mejeri > Ägg", None, None, None, 44.95),
]


drinks = both_ways(DRINKS)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("loka citron 6-pack", "loka6"),    # the multipack said, not the single (cheaper) bottle
    ("loka citron 12 pack", "loka12"),
    ("6-pack ägg", "ägg6"),
    ("ägg 12-p", "ägg12"),
    ("loka citron", "loka"),           # nothing said: nothing to go by
])
def test_a_multipack_said_is_the_one_whose_name_holds_as_many(drinks: CatalogIndex, phrase: str,
                                                              expected: str) -> None:
    proposal = propose(drinks, phrase)
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("loka citron ett sexpack", "loka6"),    # spoken: the count as a word, after the product
    ("loka citron sexpack", "loka6"),
    ("loka citron 6pack", "loka6"),          # typed glued: one pack of six, not six packs
    ("ägg 6 pack", "ägg6"),                  # typed apart after the goods: the same
    ("loka citron 12 pack", "loka12"),
    ("ägg ett tolvpack", "ägg12"),
])
def test_a_multipack_spoken_is_the_one_whose_name_holds_as_many(drinks: CatalogIndex, text: str,
                                                               expected: str) -> None:
    lines = added_lines(drinks, text)
    assert len(lines) == 1 and lines[0].product is not None and lines[0].product.id == expected
    assert not lines[0].needs_review and lines[0].quantity.amount in (None, 1)


@pytest.mark.parametrize("shelf", ["Dryck > Vatten", ""], ids=["categories", "names-only"])
def test_a_multipack_said_where_no_name_writes_one_is_asked(shelf: str) -> None:
    """"loka citron 6-pack" where only single bottles are sold: one bottle is no six-pack, so the
    count is a question, not a sure line of one."""
    index = CatalogIndex.build([product("loka", "Loka Citron 1,5 l", shelf, None, None, None, 16.95),
                                product("ramlösa", "Ramlösa Citrus 1,5 l", shelf, None, None, None, 15.95)])
    proposal = propose(index, "loka citron 6-pack")
    assert proposal.product is not None and proposal.product.id == "loka" and proposal.needs_review
    assert not propose(index, "loka citron").needs_review


@pytest.mark.parametrize(("text", "count"), [
    ("loka citron 6-pack", 6), ("Loka Citron 6x33cl", 6), ("Bomullspinnar 300p", 300),
    ("Ägg Frigående 6-p M 348g", 6), ("Yoghurt 4 x 125g", 4), ("Mellanmjölk 1,5 l", None),
    ("Fullkornspasta Rigatoni 50% EKO", None), ("Bomullspinnar 12000p", None),
    ("Potatismos 6-port", 6), ("Lasagne 6 Portioner", 6), ("Port Salut 26%", None),  # portions a pack holds
    ("Blockljus 6x9cm", None), ("Normallampa 2x5W", None), ("Brandfilt 1,2x1,8M", None),  # lengths, a power
])
def test_a_multipack_count_is_read(text: str, count: int | None) -> None:
    assert parse_pack_count(text) == count
    index = CatalogIndex.build([product("p", text, "")])
    assert pack_count_agrees(index.entries[0], 6) is (None if count is None else count == 6)


def test_a_run_of_digits_said_as_a_pack_is_no_number_to_convert() -> None:
    assert parse_pack_count("loka " + "9" * 5000 + "-pack") is None  # int() refuses over 4,300 digits


FORMULA = [
    product("pro1", "Ersättning NAN Pro 1 Drickfärdig 0M", "Barn > Ersättning", None, None, None, 39.95),
    product("pro2", "Ersättning NAN Pro 2 Drickfärdig", "Barn > Ersättning", None, None, None, 29.95),
    product("pro3", "Ersättning NAN Pro 3 12M 700g", "Barn > Ersättning", None, None, None, 149.0),
    product("spf30", "Solkräm SPF 30", "Hälsa > Sol", None, None, None, 99.0),
    product("hb13", "Hörapparatsbatteri 13 6-p", "Hälsa > Batterier", None, None, None, 59.0),
    product("hb312", "Hörapparatsbatteri 312 6-p", "Hälsa > Batterier", None, None, None, 69.0),
]


formula = both_ways(FORMULA)


@pytest.mark.parametrize(("phrase", "amount", "expected", "asks"), [
    ("ersättning nan pro 3", None, "pro3", False),  # the number said picks the series' product
    ("ersättning nan pro", 1.0, "pro1", True),      # a trailing "1" read as a count may be the number
    ("ersättning nan pro", None, None, False),      # no number said: the matcher's pick, no question
    ("solkräm spf", 2.0, "spf30", False),           # two of the only number sold
    ("hörapparatsbatterier", 312.0, "hb312", True),  # the size "312" said after the word: that battery, asked
])
def test_a_numbered_series_is_chosen_by_the_number_said(formula: CatalogIndex, phrase: str, amount: float | None,
                                                         expected: str | None, asks: bool) -> None:
    proposal = propose(formula, phrase, Quantity(amount=amount, unit="st" if amount else None))
    assert proposal.product is not None and proposal.product.id == (expected or proposal.product.id)
    assert ("nummer" in (proposal.reason or "")) is asks  # the number may be the count


@pytest.mark.parametrize(("name", "series"), [
    ("Ersättning NAN Pro 2 Drickfärdig", ("ersättning nan pro", 2)), ("Solkräm SPF 30", ("solkräm spf", 30)),
    ("Loka Citron 6x33cl", None), ("Bregott Mindre 43%", None), ("Snus Blue 10-p", None), ("Kardemummalängd 460g", None),
    ("Potatis Fast Klass 1", None),  # a label's grade
    ("Värmefläkt 90 W", None),  # a power is no number of a series
])
def test_a_series_number_is_read_from_the_name(name: str, series: tuple[str, int] | None) -> None:
    assert series_number(name) == series


@pytest.mark.parametrize(("name", "series", "wide"), [
    ("Hörapparatsbatteri 312 6-p", None, ("hörapparatsbatteri", 312)),  # three digits: only looked for
    ("Hörapparatsbatteri 13 6-p", ("hörapparatsbatteri", 13), ("hörapparatsbatteri", 13)),
    ("Värmefläkt 900 W", None, None),
])
def test_a_series_number_of_three_digits_is_read_only_when_looked_for(
        name: str, series: tuple[str, int] | None, wide: tuple[str, int] | None) -> None:
    """"Hörapparatsbatteri 312" is one of the sizes 10, 13, 312 and 675: a number said is looked for among
    them (it was read as 312 batteries of size 13, 52 packs, sure); read so always, coffee filters
    ("Kaffefilter 102") would be a size to ask about when said bare."""
    assert series_number(name) == series and series_number(name, wide=True) == wide


SEEDS = [
    product("rågbitar", "Rågbitar Solros- och Pumpafrön", "Bröd > Knäckebröd", None, None, None, 26.96),
    product("fröknäcke", "Utvalda Fröknäcke Havre & Solrosfrön", "Bröd > Knäckebröd", None, None, None, 32.95),
    product("solros-eko", "Solrosfrön EKO", "Skafferi > Fröer", None, None, None, 53.95),
    product("solros", "Solrosfrö Strimmigt", "Skafferi > Fröer", None, None, None, 29.95),
    product("linfrö", "Linfrö Hela", "Skafferi > Fröer", None, None, None, 19.95),
    product("majskakor", "Majskakor Quinoa/Linfrön Havssalt", "Skafferi > Kex", None, None, None, 22.95),
    product("proviva", "Proviva Blåbär/Röda Vinbär", "Dryck > Juice", None, None, None, 24.95),
    product("blåbär", "Blåbär Frysta", "Frys > Bär", None, None, None, 39.95),
]


seeds = both_ways(SEEDS)


@pytest.mark.parametrize(("name", "listed"), [
    ("Rågbitar Solrosfrön och Pumpafrön", ["solrosfrön", "pumpafrön"]),
    ("Utvalda Fröknäcke Havre & Solrosfrön", ["havre", "solrosfrön"]),
    ("Proviva50 Blåbär/Röda Vinbär", ["blåbär", "röda"]),
    ("Hallon/Blåbär Frysta", []),  # a list that leads the name is the thing itself
    ("Blåbär Frysta", []),
])
def test_words_listed_after_the_leading_word_are_read(name: str, listed: list[str]) -> None:
    assert listed_after_kind(name) == listed


@pytest.mark.parametrize(("phrase", "expected"), [
    ("solros frön", {"solros"}),     # the seeds, plain before organic, no crispbread listing them
    ("solrosfrö", {"solros"}),
    ("hela linfrön", {"linfrö"}),    # "frön" is the plural of "frö"
    ("blåbär", {"blåbär"}),                     # no drink that lists the berry after its name
])
def test_a_word_listed_after_another_kind_is_no_reading_of_it(seeds: CatalogIndex, phrase: str,
                                                               expected: set[str]) -> None:
    proposal = propose(seeds, phrase)
    assert proposal.product is not None and proposal.product.id in expected


def test_a_name_listing_the_word_asked_is_another_kind(seeds: CatalogIndex) -> None:
    q = analyse("solros frön", seeds)
    assert q is not None
    ranked = [s for s in rank(seeds, q) if s.entry.product.id in {"rågbitar", "fröknäcke"}]
    assert ranked and all(s.other_kind for s in ranked)


@pytest.mark.parametrize(("plural", "singular"), [("solrosfrön", "solrosfrö"), ("fröna", "frö"), ("linfron", "linfro")])
def test_the_n_plural_of_fro_shares_its_stem(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)


BUNS = "Bröd & bageri > Fika > Fikabröd"
READY_MEALS = "Kylt > Färdigmat"


@pytest.mark.parametrize("shelved", [True, False])
@pytest.mark.parametrize(("phrase", "names", "usual"), [
    # a bare "bullar" is buns for the coffee, not meatballs or fish balls, which end in "bullar" too
    ("bullar", [("Köttbullar", READY_MEALS), ("Fiskbullar Hummer", READY_MEALS), ("Kanelbullar 12-p", BUNS)],
     "Kanelbullar 12-p"),
    # a bare "vatten" is bottled water, not a water melon named head first
    ("vatten", [("Melon Vatten Klass 1", "Frukt > Frukt"), ("Mineralvatten Kolsyrat", "Dryck > Vatten")],
     "Mineralvatten Kolsyrat"),
    # a bare "ris" is rice, not asparagus ("Sparris") or broccoli cut like rice
    ("ris", [("Sparris Grön", "Frukt > Grönsaker"), ("Broccoliris", "Frukt > Grönsaker"),
             ("Ris Jasmin", "Skafferi > Ris")], "Ris Jasmin"),
])
def test_a_bare_everyday_word_reads_as_the_everyday_thing(shelved: bool, phrase: str,
                                                           names: list[tuple[str, str]], usual: str) -> None:
    products = [product(name, name, category if shelved else "", None, 1, "st", 20.0 + i)
                for i, (name, category) in enumerate(names)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == usual


@pytest.mark.parametrize("shelved", [True, False])
@pytest.mark.parametrize(("phrase", "names"), [
    ("bullar", [("Köttbullar", READY_MEALS), ("Fiskbullar Hummer", READY_MEALS)]),
    ("vatten", [("Melon Vatten Klass 1", "Frukt > Frukt")]),
    ("ris", [("Sparris Grön", "Frukt > Grönsaker"), ("Broccoliris", "Frukt > Grönsaker")]),
    # pain killers, dishwasher or throat tablets: staff ask which
    ("tabletter", [("Maskindisk Tabletter", "Hem & städ"), ("Alvedon 500mg Tabletter", "Apotek"),
                   ("Halstabletter Mint", "Godis")]),
])
def test_a_bare_everyday_word_the_store_does_not_sell_as_such_is_flagged(shelved: bool, phrase: str,
                                                                          names: list[tuple[str, str]]) -> None:
    products = [product(name, name, category if shelved else "", None, 1, "st", 20.0 + i)
                for i, (name, category) in enumerate(names)]
    proposal = propose(products, phrase)
    assert proposal.product is None or proposal.needs_review


BRANDED = [
    product("blåbär", "Blåbär", "Frukt & grönt > Bär", None, None, None, 29.95),
    product("blåbär-2", "Blåbär Klass1", "Frukt & grönt > Bär", None, None, None, 34.95),
    product("proviva", "Proviva50 Blåbär/Röda Vinbär Utan Tillsatt Socker", "Dryck > Fruktdryck", None, None, None,
            32.95),
    product("proviva-mango", "Proviva50 Apelsin/Mango Utan Tillsatt Socker", "Dryck > Fruktdryck", None, None,
            None, 32.95),
]


branded = both_ways(BRANDED)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("proviva blåbär", "proviva"),  # says every word said, though it writes a sort nobody asked for
    ("blåbär", "blåbär"),           # the bare berry stays the fresh one
])
def test_a_product_saying_every_word_said_comes_before_one_lacking_a_word(branded: CatalogIndex, phrase: str,
                                                                         expected: str) -> None:
    proposal = propose(branded, phrase)
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Frukt", ""])
@pytest.mark.parametrize(("plain_sold", "expected"), [(False, "eko"), (True, "plain")])
def test_an_organic_label_avoided_alone_is_the_thing_grown_so(shelf: str, plain_sold: bool, expected: str) -> None:
    """"bananer" where the store sells organic bananas and a cooking banana: the organic one is a banana,
    the cooking banana another fruit; where a plain banana is sold too, it is the reading."""
    products = [product("eko", "Banan Eko Klass 1", shelf, price=29.0),
                product("kok", "Banan Kok Klass 1", shelf, price=25.0),
                product("kex", "Moominkex Banan", "Bröd & kakor" if shelf else "", price=20.0),
                *([product("plain", "Banan Klass 1", shelf, price=24.0)] if plain_sold else [])]
    proposal = propose(CatalogIndex.build(products), "bananer")
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Hem & städ", ""], ids=["categories", "names only"])
def test_a_multipack_said_agrees_with_the_pieces_the_size_counts(shelf: str) -> None:
    """"pappersmuggar 30-p": a "Pappersmugg" whose feed size is 30 st is that pack, no question; one
    of 50 st is another pack."""
    index = CatalogIndex.build([product("cups30", "Pappersmugg", shelf, "Fixa", 30, "st"),
                                product("cups50", "Pappersmugg Vit", shelf, "Eldorado", 50, "st")])
    assert pack_count_agrees(index.entries[0], 30) is True and pack_count_agrees(index.entries[1], 30) is False
    proposal = propose(index, "pappersmuggar 30-p")
    assert proposal.product is not None and proposal.product.id == "cups30" and not proposal.needs_review, proposal


OILS = [product("olja-eko", "Neutral Olja EKO/KRAV", "Skafferi > Olja", None, 500, "ml", 39.95),
        product("creme-olja", "Creme&Olja Kakao", "Hälsa & skönhet", None, 250, "ml", 29.95),
        product("creme-olja2", "Creme & Olja Magnolia", "Hälsa & skönhet", None, 250, "ml", 29.95)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
def test_things_joined_with_an_ampersand_are_no_plain_twin_of_the_organic_one(shelved: bool) -> None:
    """"Creme&Olja Kakao" joins a cream and an oil, as a slash joins flavours: another sort, no plain
    twin to propose in place of the organic "Neutral Olja EKO/KRAV" for a bare "olja"."""
    proposal = propose(OILS if shelved else names_only(OILS), "olja")
    assert proposal.product is not None and proposal.product.id == "olja-eko", proposal


@pytest.mark.parametrize(("text", "expected"), [
    ("+2,0", "+2"), ("Läsglasögon +2.00 3-p", "+2"), ("Läsglasögon +2.5 Transparent", "+2.5"),
    ("Vitamintillskott 55+ 150-p", "55+"), ("Solkräm 50+", "50+"), ("Fisk&kött Gelé 7+år Kattmat", "7+"),
    ("Kattmat +1år", None), ("Grenuttag 3+4-Vägs", None), ("Elexir K2+D3", None), ("Mjölk", None),
])
def test_a_grade_written_with_a_plus_sign_is_read_one_way(text: str, expected: str | None) -> None:
    assert parse_grade(text) == expected


@pytest.mark.parametrize("shelf", ["Hälsa > Glasögon", ""], ids=["categories", "names-only"])
def test_the_grade_said_with_a_plus_sign_decides(shelf: str) -> None:
    """"läsglasögon +2,0" are the +2.00 glasses, not the cheaper +2.50; "vitamintillskott 55+" the 55+
    tablets, not the plain ones (a grade said against the one the name writes, as a percentage is)."""
    products = [product("g25", "Läsglasögon +2.50", shelf, None, 1, "st", 99.0),
                product("g20", "Läsglasögon +2.00", shelf, None, 1, "st", 119.0),
                product("g15", "Läsglasögon +1.5 Transparent", shelf, None, 1, "st", 89.0),
                product("v", "Vitamintillskott", shelf, None, 60, "st", 49.0),
                product("v55", "Vitamintillskott 55+ 150-p", shelf, None, 150, "st", 129.0)]
    for text, expected in [("läsglasögon +2,0 1 st", "g20"), ("lasglasogon +2,5", "g25"), ("vitamintillskott 55+ 1 burk", "v55")]:
        proposal = propose(products, text)
        assert proposal.product is not None and proposal.product.id == expected, text
        assert not proposal.needs_review, text


PETS = "Djur"


@pytest.mark.parametrize("shelf", [PETS, ""], ids=["categories", "names-only"])
def test_a_grade_said_is_no_name_that_writes_none(shelf: str) -> None:
    """"kattmat 7+" is the food for cats of seven and up ("Fisk&kött Gelé 7+år Kattmat", its age and up
    written with the years), not the cheaper "Kattmat Oxkött" that says no age: a name writing no grade is
    not known to be the sort the grade names. Where no name writes the grade said, the pick is asked about."""
    products = [product("ox", "Kattmat Oxkött", shelf, None, 400, "g", 19.0),
                product("ox11", "Kattmat Oxkött 11+", shelf, None, 400, "g", 21.0),
                product("senior", "Fisk&kött Gelé 7+år Kattmat", shelf, None, 1.2, "kg", 49.0)]
    proposal = propose(products, "kattmat 7+")
    assert proposal.product is not None and proposal.product.id == "senior" and not proposal.needs_review
    assert propose(products[:2], "kattmat 7+").needs_review


READY_MEALS = "Frys > Färdigt att värma > Färdigrätter"
SPICES = "Skafferi > Kryddor"


@pytest.mark.parametrize(("products", "phrase", "sure"), [
    # a bare "curry" is the spice: a ready meal on its own shelf is asked about, the spice sure
    ([product("meal", "Coconut Curry", READY_MEALS)], "curry", None),
    ([product("meal", "Coconut Curry", READY_MEALS), product("spice", "Curry Mild", SPICES, price=30.0)],
     "curry", "spice"),
    # a bare "chips" is crisps: no chocolate chips under "Bröd & kakor", no meat chips under meat
    ([product("choco", "Crunchy Choco Chips", "Bröd & kakor")], "chips", None),
    ([product("wild", "Wild Chips", "Kött, chark & fågel")], "chips", None),
    ([product("choco", "Crunchy Choco Chips", "Bröd & kakor"), product("crisps", "Chips Havssalt", "Chips & snacks")],
     "chips", "crisps"),
])
def test_a_bare_words_reading_avoids_what_the_products_own_shelf_says(
        products: list[Product], phrase: str, sure: str | None) -> None:
    proposal = propose(products, phrase)
    if sure is None:
        assert proposal.needs_review
    else:
        assert proposal.product is not None and proposal.product.id == sure and not proposal.needs_review


def test_the_shelf_avoids_for_the_bare_word_alone() -> None:
    """The shelf says only what the name does where a word is said with the one asked ("gravad lax" under
    "Rökt & gravad fisk" is no smoked salmon) or the shelf names the thing asked; a feed of bare names has none."""
    index = CatalogIndex.build([product("meal", "Coconut Curry", READY_MEALS),
                                product("smör", "Smör Normalsaltat", "Mejeri > Smör & margarin")])
    meal, smör = (index.entries[index.by_id[pid]] for pid in ("meal", "smör"))
    assert stem("färdigrätter") in avoidable_words(meal, {stem("curry")})
    assert avoidable_words(meal, ()) == meal.words
    assert avoidable_words(smör, {stem("smör")}) == smör.words
    bare = CatalogIndex.build(names_only([product("meal", "Coconut Curry", READY_MEALS)]))
    assert avoidable_words(bare.entries[0], {stem("curry")}) == bare.entries[0].words


@pytest.mark.parametrize("shelf", ["Dryck > Saft", ""])
@pytest.mark.parametrize(("phrase", "sure"), [("saft", None), ("hallonsaft", "hallon"), ("saft hallon", "hallon")])
def test_a_drink_word_naming_no_taste_asks_which_taste_on_any_feed(shelf: str, phrase: str, sure: str | None) -> None:
    """A bare "saft" (so "läsk") names no taste, and the taste is the whole choice: one taste among the
    store's many is asked about, on a feed with shelves as on one of bare names; a taste said is sure."""
    products = [product(taste.casefold(), f"Saft {taste}", shelf, price=price)
                for taste, price in (("Hallon", 25.0), ("Jordgubb", 24.0), ("Fläder", 23.0), ("Tropical Mojito", 22.0))]
    proposal = propose(products, phrase)
    if sure is None:
        assert proposal.needs_review and proposal.question is not None
    else:
        assert proposal.product is not None and proposal.product.id == sure and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Skafferi > Potatismos", ""], ids=["categories", "names-only"])
def test_the_portions_a_pack_holds_pick_the_pack(shelf: str) -> None:
    """"potatismos pulver 12 port 1 pkt" was a cheese ("Port Salut") and "Potatismos 6-port" read: the
    portions said are the pack's, as the name writes them ("Potatismos 12-port")."""
    index = CatalogIndex.build([product("six", "Potatismos 6-port", shelf, None, None, None, 19.95),
                                product("twelve", "Potatismos 12-port", shelf, None, None, None, 29.95),
                                product("cheese", "Port Salut 26%", "" if not shelf else "Mejeri > Ost",
                                        None, None, None, 39.95)])
    lines = understand(parse("potatismos 12 port 1 pkt"), index).lines
    assert [(line.phrase, line.quantity.amount) for line in lines] == [("potatismos 12-port", 1.0)]
    assert lines[0].product is not None and lines[0].product.id == "twelve" and not lines[0].needs_review


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("kexo", "original"),           # a line's name alone: its "Original", not a shape or a season's
    ("kexo påsk", "påsk"),          # a sort said is that sort
    ("kexo mjölkchoklad", "choklad"),
])
def test_a_line_said_alone_is_its_original(shelved: bool, phrase: str, expected: str) -> None:
    """A line's own name said alone (no Swedish word, or a brand) asks its standard sort: the name's
    "Original" is no extra word left unsaid beside a shape ("Bilar"), a theme ("Zoo") or a season ("Påsk").
    A kind said ("chips") is not a line: there "Original" is one maker's sort like any other."""
    shelf = "Godis > Lösgodis och påsar" if shelved else ""
    catalog = [product("bilar", "Kexo Bilar", shelf, None, 150, "g", 25.0),
               product("zoo", "Kexo Zoo", shelf, None, 150, "g", 25.0),
               product("original", "Kexo Original", shelf, None, 150, "g", 25.0),
               product("påsk", "Kexo Påsk", shelf, None, 150, "g", 25.0),
               product("choklad", "Kexo Mjölkchoklad", shelf, None, 150, "g", 25.0)]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.id == expected


SWEETS = "Godis > Lakrits"
LIQUORICE = [product("söt-eko", "Sötlakrits EKO", SWEETS, None, 100, "g", 29.95),
             product("söt-mint", "Sötlakrits Mint EKO", SWEETS, None, 100, "g", 29.95),
             product("söt-som", "Lakrits Söt Som Alltid", SWEETS, None, 150, "g", 24.95),
             product("sylt-eko", "Lingonsylt EKO", "Skafferi > Sylt", None, 400, "g", 34.95),
             product("sylt", "Sylt Lingon", "Skafferi > Sylt", None, 400, "g", 24.95)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("sötlakrits", "söt-eko"),  # "Lakrits Söt Som Alltid" writes the word apart, and more besides
    ("lingonsylt", "sylt"),     # "Sylt Lingon" is the word apart and nothing more: the plain twin
])
def test_a_name_writing_the_word_apart_with_more_words_is_no_plain_twin(shelved: bool, phrase: str,
                                                                         expected: str) -> None:
    """The organic product writes the compound asked whole; a plain one that writes its parts only apart
    is its plain twin only when it says nothing more: "Lakrits Söt Som Alltid" is a liquorice named with a
    phrase, no "sötlakrits", and the grade a plain twin may add ("Extra Prima") is no such phrase."""
    proposal = propose(LIQUORICE if shelved else names_only(LIQUORICE), phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


CRISP = "Bröd > Knäckebröd"
CRISPBREAD = [product("fava", "Tunnknäcke Favabönor & Frö", CRISP, None, 200, "g", 29.95),
              product("havssalt", "Tunnknäcke Havssalt & Frön", CRISP, None, 200, "g", 32.95)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("eh och så tunnknäcke, det med havssalt", "havssalt"),
    ("tunnknäcke, den med favabönor", "fava"),
])
def test_the_sort_pointed_to_after_a_comma_is_the_one_asked(shelved: bool, text: str, expected: str) -> None:
    """"tunnknäcke, det med havssalt": the pointing word and "med" say which sort of the goods just named,
    no goods of their own, so the sort said is asked, not the cheaper one beside it, and one line only."""
    catalog = CRISPBREAD if shelved else names_only(CRISPBREAD)
    lines = added_lines(CatalogIndex.build(catalog), text)
    assert len(lines) == 1 and lines[0].product is not None and lines[0].product.id == expected, lines


CLEANING = [product("badrum", "Badrumsrengöring", "Städ > Rengöring", None, 500, "ml", 34.95),
            product("kolsyreflaska", "Flaska 1L Sodastream", "Hushåll > Kolsyremaskiner", None, 1, "l", 99.0)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
def test_a_remark_on_the_old_one_adds_no_line(shelved: bool) -> None:
    """"badrumsrengöring, den gamla flaskan är slut" says why the goods are needed: one line, sure, no
    second line asking about a bottle."""
    catalog = CLEANING if shelved else names_only(CLEANING)
    lines = added_lines(CatalogIndex.build(catalog), "öh badrumsrengöring, den gamla flaskan är slut")
    assert [(line.product.id if line.product else None, line.needs_review) for line in lines] == [("badrum", False)]
