"""How much of a product's name a request covers (`assistant.catalog.coverage`), as plain functions."""

from __future__ import annotations

import pytest

from assistant.catalog.coverage import Coverage, word_class
from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.matcher import match
from assistant.catalog.normalize import stem
from assistant.nlu import parse
from tests.catalog.catalog_fixture import product

LEX = load_lexicon()


@pytest.mark.parametrize(("word", "expected"), [
    ("vanilj", (None, False, True)),                # a flavour names a special sort
    ("strimlad", (None, False, True)),              # so does a preparation
    ("hallonsmak", (None, False, True)),            # "X-smak" is a flavour
    ("lättsaltade", (None, True, False)),           # describes the product
    ("laktosfri", ("laktosfri", False, True)),      # marks a variant
    ("fläckborttagning", (None, False, False)),     # a department's word names a product, no variant
    ("mousserande", (None, False, True)),           # a sparkling drink is a special sort of its kind
    ("mellanmjölk", (None, False, False)),
])
def test_what_a_name_word_says_whatever_was_asked(word: str, expected: tuple[str | None, bool, bool]) -> None:
    assert word_class(stem(word), LEX) == expected


def test_the_index_holds_the_class_of_every_name_word() -> None:
    index = CatalogIndex.build([product("v", "Vanilj Kvarg", "Mejeri"), product("m", "Mellanmjölk", "Mejeri")])
    assert index.word_classes == {w: word_class(w, LEX) for w in (stem("vanilj"), stem("kvarg"), stem("mellanmjölk"))}


@pytest.mark.parametrize(("name", "expected"), [
    ("Julmust", (0.0, 0)),
    ("Julmust Vanilj", (0.0, 1)),         # a flavour nobody asked for
    ("Julmust Lättsaltad", (1.0, 0)),     # a describing word
    ("Julmust Stor", (1.0, 0)),           # another word
])
def test_extra_words_of_a_name(name: str, expected: tuple[float, int]) -> None:
    index = CatalogIndex.build([product("p", name, "Dryck")])
    cover = Coverage({stem("julmust")}, (), (), index)
    assert cover.extra_words(index.entries[0]) == expected


@pytest.mark.parametrize(("category", "expected"), [
    ("Dryck > Kaffe", (0.5, 0)),  # "Bryggkaffe" restates the shelf's kind: no other kind of product
    ("", (0.0, 1)),               # without a shelf "kaffe" is another kind named, as in "Kaffe Choklad"
    ("Dryck > Te", (0.0, 1)),
])
def test_a_compound_naming_the_shelf_kind_is_no_other_kind(category: str, expected: tuple[float, int]) -> None:
    index = CatalogIndex.build([product("p", "Mellanrost Bryggkaffe", category),
                                product("k", "Kaffe Brygg", category), product("b", "Brygg Kaffe", category)])
    cover = Coverage({stem("mellanrost")}, (), (), index)
    assert cover.extra_words(index.entries[0]) == expected


@pytest.mark.parametrize("category", ["Djur > Hund", ""])
@pytest.mark.parametrize(("name", "asked", "expected"), [
    ("Hundmat Valp", ("hundmat", "hund", "mat"), (0.0, 1)),     # puppy food: a sort of the dog food asked
    ("Hundmat Hund", ("hundmat", "hund", "mat"), (0.0, 0)),     # the animal asked, restated
    ("Torrfoder Katt", ("torrfoder", "kattungen"), (0.0, 0)),   # a kitten is a cat
    ("Torrfoder Kattunge", ("torrfoder", "katt"), (0.0, 1)),    # a cat's food need not be a kitten's
    ("Hundmat Valp", ("valpmat", "valp", "mat"), (1.0, 0)),     # the puppy food asked ("Hundmat" an extra word)
])
def test_an_animal_not_said_marks_a_sort_of_the_goods(category: str, name: str, asked: tuple[str, ...],
                                                      expected: tuple[float, int]) -> None:
    index = CatalogIndex.build([product("p", name, category), product("o", "Ost", "Ost")])
    cover = Coverage({stem(w) for w in asked}, (), {"djur"}, index)
    assert cover.extra_words(index.entries[0]) == expected


SHELLFISH = "Fisk & skaldjur > Skaldjur > Räkor"


@pytest.mark.parametrize(("name", "category", "mod", "expected"), [
    ("Räkor Med Skal", SHELLFISH, "skal", True),     # the name says it
    ("Skalräkor", "Fisk", "skal", True),             # inside a name word the splitter left whole
    ("Räkor", "Fisk > Skal", "skal", True),          # the category says it as a word
    ("Räkor I Lag", SHELLFISH, "skal", False),       # "skal" of a department's "Skaldjur" is no shell
    ("Ärter", "Fryst > Grönsaker", "grön", True),    # inside the shelf's own word: green vegetables
    # a describing word leading a compound of another kind describes that kind: "Färskost" is no fresh root
    ("Färskost Pepparrot", "Ost > Färskost", "färsk", False),
    ("Färskost Pepparrot", "", "färsk", False),
    ("Pepparrot", "Ost > Matost > Färskost", "färsk", False),
    ("Pepparrot Färsk", "Ost > Matost > Färskost", "färsk", True),
    # "mellan-" is the middle degree of what it leads: a medium-aged cheese is no aged one, a well-aged one is
    ("Präst 31%", "Ost > Frukost > Mild mellanlagrad", "lagrad", False),
    ("Präst Mellanlagrad 31%", "", "lagrad", False),
    ("Präst 31%", "Ost > Frukost > Vällagrad", "lagrad", True),
    # an upper level joining kinds holds each of them: "Frukt & grönt" says no fruit of a lettuce
    ("Isbergssallad", "Frukt & grönt > Sallad", "frukt", False),
    ("Isbergssallad", "Frukt > Sallad", "frukt", True),
    ("Ärter", "Frys > Grönsaker", "fryst", True),     # a shelf named for where goods are kept says it
])
def test_a_category_says_a_modifier_as_a_word_or_inside_its_own_shelf_word(name: str, category: str, mod: str,
                                                                           expected: bool) -> None:
    index = CatalogIndex.build([product("p", name, category), product("o", "Ost", "Ost")])
    cover = Coverage({stem(name.split()[0])}, {stem(mod)}, (), index)
    assert cover.said_by(stem(mod), index.entries[0]) is expected


@pytest.mark.parametrize(("name", "category", "expected"), [
    ("Räkor Handskalade", SHELLFISH, False),  # hand-peeled: the shell is what was taken off
    ("Räkor Skalade", "Fisk", False),         # peeled
    ("Räkor Med Skal", SHELLFISH, True),
    ("Skalräkor", "", True),                  # a compound with the shell as its first part
    ("Kattmat Kyckling", "", True),           # "kattm" is a cut stem, no participle of "katt"
])
def test_a_participle_made_of_the_modifier_does_not_say_it(name: str, category: str, expected: bool) -> None:
    index = CatalogIndex.build([product("p", name, category), product("h", "Handskalade Räkor", category),
                                product("s", "Skalade Räkor", category), product("t", "Räkor Skalade Stora", category),
                                product("o", "Ost", "Ost")])
    mod = "katt" if name.startswith("Katt") else "skal"
    cover = Coverage({stem("räkor")}, {mod}, (), index)
    assert cover.said_by(mod, index.entries[0]) is expected


@pytest.mark.parametrize("category", ["Mejeri, ost & ägg > Ost", ""])
@pytest.mark.parametrize(("other_brand", "expected"), [
    ("Norrmejerier", (1.0, 1)),   # another brand's cheese is named by it: the brand's word names a sort
    ("Västerbottens", (1.0, 0)),  # only its own products say it: a brand restating who made it
    (None, (1.0, 0)),             # a product without a brand is no evidence (a names-only feed)
])
def test_a_brand_word_other_brands_name_their_goods_by_names_a_sort(category: str, other_brand: str | None,
                                                                   expected: tuple[float, int]) -> None:
    index = CatalogIndex.build([product("v", "Västerbotten Riven Ost Stor", category, "Västerbottens"),
                                product("n", "Västerbotten 33% Mittbit", category, other_brand),
                                product("g", "Ost Gratäng Riven", category, "Arla")])
    cover = Coverage({stem("ost")}, (stem("riven"),), (), index)
    assert cover.extra_words(index.entries[0]) == expected  # "Stor" is the one plain extra word
    assert cover.extra_words(index.entries[2]) == (1.0, 0)  # "Gratäng"
    asked = Coverage({stem("ost")}, (stem("riven"), stem("västerbotten")), (), index)
    assert asked.extra_words(index.entries[0]) == (1.0, 0)  # said: no special sort


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected"), [
    ("en påse riven ost", "plain"),           # a sort's name the brand shares is no plain grated cheese
    ("riven västerbotten ost", "sort"),       # said: that sort
])
def test_a_brand_naming_a_sort_is_no_plain_product(categories: bool, text: str, expected: str) -> None:
    shelf = "Mejeri, ost & ägg > Ost" if categories else ""
    catalog = [product("sort", "Västerbotten Riven Ost", shelf, "Västerbottens", 150, "g", 45.0),
               product("other", "Västerbotten 33% Mittbit", shelf, "Norrmejerier", 500, "g", 99.0),
               product("plain", "Ost Riven 12% Mager", shelf, "Arla", 150, "g", 49.0)]
    assert match(CatalogIndex.build(catalog), parse(text).items[0]).product.id == expected


@pytest.mark.parametrize("shelf", ["Fisk & skaldjur > Fryst fisk", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize("preparation", ["Panerad", "Griljerad", "Sprödbakad"])
def test_a_fish_asked_bare_is_no_prepared_one_when_a_plain_fillet_exists(shelf: str, preparation: str) -> None:
    """A bare "torsk" proposes no breaded cod without a flag beside a plain "Torskfilé": the fillet's
    head "filé" stems to "fil", which also names a kind (soured milk), yet a cut of the thing asked
    names no other sort, so the preparation is the only special sort and the plainer fillet is said."""
    index = CatalogIndex.build([product("prepared", f"{preparation} Torsk", shelf, "Findus", 400, "g", 54.95),
                                product("fillet", "Torskfilé", shelf, "Findus", 400, "g", 79.95),
                                product("portions", "Torskfilé Portionsbitar", shelf, "Garant", 1, "kg", 159.0)])
    torsk = Coverage({stem("torsk")}, (), (), index)
    assert torsk.extra_words(index.entries[index.by_id["fillet"]])[1] == 0
    proposal = match(index, parse("torsk").items[0])
    assert proposal.product is not None
    assert proposal.product.id != "prepared" or proposal.needs_review


@pytest.mark.parametrize("shelf", ["Hälsa > Vitaminer", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize("text", ["d vitamin", "d-vitamin"])
def test_a_name_writing_the_compound_asked_the_other_way_round_leads_with_it(shelf: str, text: str) -> None:
    """Shops file goods kind first: "Vitamin D 2500 IE Kapslar" is the "d-vitamin" asked, no other kind
    (capsules) that merely mentions it, so a children's sort is not proposed before it."""
    index = CatalogIndex.build([product("kids", "D-vitamin 10µg KIDS Tuggtabletter 90-p", shelf),
                                product("grown", "Vitamin D 2500 IE Kapslar", shelf)])
    proposal = match(index, parse(text).items[0])
    assert proposal.product is not None and proposal.product.id == "grown"


@pytest.mark.parametrize("shelf", ["Dryck > Must", ""], ids=["categories", "names-only"])
def test_a_sparkling_drink_is_a_special_sort(shelf: str) -> None:
    """"äppelmust" is the still must, though its only plain one is organic: the sparkling one is a special sort."""
    index = CatalogIndex.build([product("sparkling", "Mousserande Äppelmust 375ml", shelf),
                                product("still", "Äppelmust EKO", shelf)])
    proposal = match(index, parse("äppelmust").items[0])
    assert proposal.product is not None and proposal.product.id == "still"


@pytest.mark.parametrize(("name", "asked", "expected"), [
    ("Pepparkakor Sockerfria", {"sockerfri"}, (0.0, 0)),
    ("Pepparkakor Utan Tillsatt Socker", {"sockerfri"}, (0.0, 0)),  # the same sort, said in three words
    ("Pepparkakor Utan Socker", {"sockerfri"}, (0.0, 0)),
    ("Pepparkakor Sockerfria", set(), (0.0, 1)),
    ("Pepparkakor Utan Tillsatt Socker", set(), (0.0, 1)),          # one special sort nobody asked, not three
])
def test_a_name_saying_what_the_goods_are_without_says_the_x_free_sort(name: str, asked: set[str],
                                                                       expected: tuple[float, int]) -> None:
    index = CatalogIndex.build([product("p", name, "")])
    cover = Coverage({stem("pepparkakor")}, (), asked, index)
    assert cover.extra_words(index.entries[0]) == expected


@pytest.mark.parametrize("category", ["", "Skafferi > Kex"])
@pytest.mark.parametrize("text", ["pepparkakor utan socker", "sockerfria pepparkakor"])
def test_the_sugar_free_sort_said_is_the_one_named_without_added_sugar(category: str, text: str) -> None:
    """"pepparkakor utan socker" proposed the plain "Pepparkakor" on Mathem's names-only feed: the three words
    of "Utan Tillsatt Socker" counted as two special sorts and an extra word against the sort asked."""
    index = CatalogIndex.build([product("p", "Pepparkakor", category, price=19.95),
                                product("s", "Pepparkakor Utan Tillsatt Socker", category, price=24.95),
                                product("h", "Havrekakor Sockerfria", category, price=23.95),
                                product("o", "Ost", "Ost")])
    proposal = match(index, parse(text).items[0])
    assert proposal.product.id == "s" and not proposal.needs_review
