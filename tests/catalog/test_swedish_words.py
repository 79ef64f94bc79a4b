"""Typo correction never invents: a real Swedish word is not read as another catalog word unflagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import fold
from assistant.catalog.swedish import (
    DICTIONARY,
    another_word,
    base_form,
    dictionary,
    different_words,
    form_of,
    is_swedish,
    neuter,
    participle_of,
    same_spelling,
    written_as_typed,
    written_otherwise,
)
from tests.catalog.catalog_fixture import product, propose

WORDS = frozenset({"glödlampa", "mjölk", "keso", "råkost", "schampo", "morot"})


@pytest.mark.parametrize(("word", "expected"), [
    ("glödlampa", True),
    ("glödlampor", True),      # an inflected form of a listed word
    ("mjölken", True),
    ("rakost", False),         # typed without å/ä/ö it is no "råkost"
    ("mjök", False),
    ("globlampa", False),
    ("morötter", True),        # a plural that changes the vowel
    ("morotter", True),        # typed or folded without the dots
])
def test_a_word_or_its_inflection_is_swedish(word: str, expected: bool) -> None:
    assert is_swedish(word, WORDS) is expected


@pytest.mark.parametrize(("said", "read", "expected"), [
    ("glödlampa", "globlampa", True),
    ("schampot", "schampo", False),   # the definite form of the same word
    ("keson", "keso", False),
    ("medvurst", "medwurst", False),  # another spelling
    ("matjessill", "matjesill", False),
])
def test_another_word_is_not_an_inflection_or_a_spelling(said: str, read: str, expected: bool) -> None:
    assert another_word(said, read) is expected


def test_a_missing_dictionary_leaves_only_catalog_words(tmp_path: Path) -> None:
    assert dictionary(tmp_path / "none.dic") == frozenset()


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
def test_a_real_word_the_shop_lacks_is_flagged_with_its_nearest_relative() -> None:
    products = [product("l1", "Lanser Metall", "", None, 1, "st", 99.0),
                product("l2", "Lanser Trä", "", None, 1, "st", 129.0)]
    proposal = propose(products, "linser")  # one letter from "lanser", but lentils
    assert proposal.needs_review and "linser" in (proposal.reason or "")
    assert proposal.product is not None  # the nearest relative is offered, for staff to confirm


FOLDED = frozenset({"gaffel", "gaffla", "spegel", "spegla", "gradde", "gradda", "tomat", "apple", "kaka", "polsa", "polse", "bakelse", "kopa", "kikart",
                    "kikartor"})


@pytest.mark.parametrize(("said", "written", "expected"), [
    ("gradde", ["graddat"], True),     # cream is not "baked"
    ("tomat", ["tomater"], False),     # a plural of the word
    ("apple", ["applen"], False),
    ("kaka", ["kakor"], False),
    ("tomat", ["tomatsås"], False),    # an unknown form proves nothing
    ("polsa", ["polser"], True),       # sausages ("pölse"): the plural of "pölsa" (hash) is "pölsor"
    ("polsa", ["polsor"], False),
    ("bakelse", ["bakelser"], False),  # the plural of a noun in -e
    ("kopa", ["koper"], False),        # no noun in -e besides: the verb's form stands
    ("kikarter", ["kikartor"], False),  # two plurals of one pea: the dictionary lacks "kikärta"
    # a noun in -el, -er, -en drops its e before an ending ("gaffel", "gafflar"): the forks asked are no
    # chatter ("gaffla", the verb the dictionary reads "gafflar" as besides)
    ("gafflar", ["gaffel"], False),
    ("speglar", ["spegel"], False),
])
def test_forms_of_different_dictionary_words(said: str, written: list[str], expected: bool) -> None:
    assert different_words(said, written, FOLDED) is expected


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
@pytest.mark.parametrize("category", ["Chark & pålägg > Korv", ""])
def test_danish_sausages_are_no_hash(category: str) -> None:
    """"Pölser" are hot-dog sausages (a "pölse"), no "pölsa"; the hash itself is sure."""
    sausages = product("s", "Hot Dog Pölser Röda", category, None, 375, "g", 30.0)
    assert propose([sausages], "pölsa").needs_review
    hash_ = product("h", "Pölsa Norrländsk", category, None, 500, "g", 35.0)
    proposal = propose([sausages, hash_], "pölsa")
    assert proposal.product is not None and proposal.product.id == "h" and not proposal.needs_review


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
def test_a_word_sharing_only_a_stem_is_another_thing() -> None:
    products = [product("bread", "Gott Gräddat", "", "Pågen", 500, "g", 29.0)]
    proposal = propose(products, "grädde")
    assert proposal.product is None and proposal.needs_review


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("pomac", "pommac", True),        # a doubled letter
    ("matjesill", "matjessill", True),
    ("medvurst", "medwurst", True),
    ("pumpernikel", "pumpernickel", True),  # ck is a doubled k
    ("skinkschnitsel", "skinkschnitzel", True),  # Swedish writes no z of its own: s
    ("mozarella", "mozzarella", True),
    ("pomac", "pamac", False),        # another vowel: another word
    ("schnitsel", "schnitter", False),
])
def test_a_respelling_differs_only_by_a_doubled_letter_or_w(a: str, b: str, expected: bool) -> None:
    assert same_spelling(a, b) is expected


@pytest.mark.parametrize("shelf", ["Dryck > Läsk", ""])
def test_a_typo_as_near_to_a_respelling_as_to_another_word_is_the_respelling(shelf: str) -> None:
    """"pomac" is one edit from "Pommac" and from "Pamac" (used by more products): a doubled
    consonant is the commoner slip, so the drink is what was meant."""
    index = CatalogIndex.build([product("drink", "Pommac Original", shelf),
                                *(product(f"p{i}", f"Pamac Bröd {i}", "") for i in range(3))])
    assert index.correct("pomac") == fold("pommac")


@pytest.mark.parametrize(("cereal", "hair", "toys"), [("Frukost > Flingor", "Hår > Hårfärg", "Leksaker"),
                                                      ("", "", "")])
def test_a_typo_as_near_to_a_brand_leading_a_name_as_to_a_word_inside_names_is_the_brand(
        cereal: str, hair: str, toys: str) -> None:
    """"frostis" is one letter from "Frosties" (a name leads with it) and from the hair colour's
    "Frostig", whose stem "frost" more products say (a film's toys): a word searched alone names goods
    or the brand they are sold by, which names lead with, not a describing word inside a name."""
    products = [product("cereal", "Frosties Original", cereal),
                product("hair", "Hårfärg 583 Frostig Mörkbrun 1-p", hair),
                *(product(f"toy{i}", f"Frost 2 {toy}", toys) for i, toy in enumerate(("Memo", "Pussel", "Yatzy")))]
    assert CatalogIndex.build(products).correct("frostis") == "frosties"
    proposal = propose(products, "frostis")
    assert proposal.product is not None and proposal.product.id == "cereal"


@pytest.mark.parametrize("shelf", ["Kött & fågel > Fläsk > Skivor", ""])
def test_a_z_typed_as_s_is_the_word_meant(shelf: str) -> None:
    """"skinkschnitsel 4 st": the splitter guessed "skinks" + an unknown "chnitsel", and nothing was
    found; it is the one "Skinkschnitzel", sure, as a respelling is."""
    products = [product("ham", "Skinkschnitzel", shelf, None, None, None, 119.0),
                product("pork", "Fläskschnitzel", shelf, None, None, None, 99.0),
                product("veal", "Kalvschnitzel", shelf, None, None, None, 229.0)]
    proposal = propose(products, "skinkschnitsel")
    assert proposal.product is not None and proposal.product.id == "ham" and not proposal.needs_review


@pytest.mark.parametrize("shelves", [("Bröd & kakor", "Hem & städ"), ("", "")])
@pytest.mark.parametrize(("said", "meant"), [("pumpernikel", "p1"), ("mjukvåflor", "p2"),
                                             ("rundstyken", "p3"), ("rundstyke", "p3")])
def test_a_respelling_wins_over_a_split_that_guesses_a_part(shelves: tuple[str, str], said: str,
                                                             meant: str) -> None:
    """"pumpernikel" splits into the known "pump" (of a pump bottle) and an unknown rest, but it
    is a mere respelling of "Pumpernickel": the bread, sure, rather than no product at all. An inflected
    form of a respelling is one too: "rundstyken" (plural, "ck" written "k", split "rund" + "tyken") is
    the "Rundstycke"."""
    bread, home = shelves
    products = [product("p1", "Pumpernickel", bread, "Pema", 250, "g"),
                product("p2", "Mjukvåfflor", bread, "Va gott", 250, "g"),
                product("p3", "Rundstycke", bread, "Dahls", 95, "g"),
                product("p4", "Tekaka Rund", bread, "Pågen", 300, "g"),
                product("h1", "Handdiskmedel Rabarber Pump", home, "Fixa", 500, "ml"),
                product("h2", "Mjuk Tvål", home, "Fixa", 500, "ml")]
    proposal = propose(products, said)
    assert proposal.product is not None and proposal.product.id == meant
    assert not proposal.needs_review, proposal.reason


@pytest.mark.parametrize(("said", "read", "expected"), [
    ("keson", "keso", True),          # the definite form of the word read
    ("schampot", "schampo", True),
    ("glödlampor", "glödlampa", True),
    ("pomac", "pommac", True),        # the commonest slip: a doubled letter
    ("rundstyken", "rundstycke", True),  # a plural of the slip "rundstyke"
    ("mjök", "mjolk", False),         # a typo: the nearest word may be another thing
    ("globlampa", "glödlampa", False),
])
def test_a_form_or_respelling_of_the_word_read_is_that_word(said: str, read: str, expected: bool) -> None:
    assert form_of(said, read, frozenset(fold(word) for word in WORDS)) is expected


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("said", "meant"), [("keson", "keso"), ("schampot", "shampoo"), ("pomac", "pommac")])
def test_the_word_said_in_another_form_is_no_doubtful_typo(shelved: bool, said: str, meant: str) -> None:
    """"keson" is the keso, "schampot" the shampoo, "pomac" a Pommac misspelt: sure, as the words
    themselves would be; "mjök" (a typo one edit from milk) stays a question."""
    products = [product("keso", "Keso Naturell 4%", "Mejeri > Kvarg och cottage cheese" if shelved else "",
                        "Keso", 250, "g", 25.0),
                product("shampoo", "Schampo Mild", "Hälsa & skönhet > Hår" if shelved else "", None, 250, "ml", 35.0),
                product("pommac", "Pommac Original", "Dryck > Läsk" if shelved else "", None, 33, "cl", 15.0),
                product("milk", "Mjölk Standard 3%", "Mejeri > Mjölk" if shelved else "", None, 1, "l", 15.0)]
    proposal = propose(products, said)
    assert proposal.product is not None and proposal.product.id == meant and not proposal.needs_review, proposal
    typo = propose(products, "mjök")
    assert typo.product is not None and typo.product.id == "milk" and typo.needs_review


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
@pytest.mark.parametrize(("said", "written", "expected"), [
    ("kryddor", "kryddade", True),   # seasoned: the verb made of the noun
    ("kryddor", "kryddad", True),
    ("salt", "saltade", True),
    ("salt", "saltat", True),
    ("mos", "mosad", True),
    ("kryddor", "kryddor", False),   # the word itself
    ("sallader", "sallad", False),   # a noun ending in -ad is no participle of itself
    ("kryddade", "kryddade", False),
])
def test_a_participle_of_the_verb_made_of_the_noun_said(said: str, written: str, expected: bool) -> None:
    assert participle_of(said, written) is expected


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
@pytest.mark.parametrize("shelved", [True, False])
def test_spices_asked_are_no_seasoned_chicken(shelved: bool) -> None:
    """"Kycklingstrimlor Kryddade" says "kryddor" only as "seasoned": the shop's spices, if any, are
    the answer, and seasoned chicken is never proposed sure."""
    proposal = propose([product("chicken", "Kycklingstrimlor Kryddade", "Kött > Fågel" if shelved else "", None, 300,
                                "g", 45.0),
                        product("milk", "Mellanmjölk", "Mejeri > Mjölk" if shelved else "", None, 1, "l", 15.0)],
                       "kryddor")
    assert proposal.product is None or proposal.product.id != "chicken" or proposal.needs_review, proposal


@pytest.mark.parametrize(("typed", "text", "expected"), [
    ("tandstickor", "tändstickor 8-p solstickan", True),   # matches are no toothpicks
    ("tandstickor", "bordständstickor", True),              # a compound ending in the word
    ("tändstickor", "tandstickor refill 250-p", True),
    ("tandstickor", "tandstickor refill 250-p", False),     # the word as typed
    ("bar", "frysta bär", True),
    ("bar", "blåbär", False),                               # a short word ends other words: only whole
    ("kottbullar", "köttbullar", True),                     # excluded only where a name writes it as typed
    ("morötter", "morot snack", False),                     # another form: plurals change vowels
    ("morot", "morötter", False),
    ("mjölk", "mellanmjölk 1,5%", False),
])
def test_a_word_written_with_other_dots(typed: str, text: str, expected: bool) -> None:
    assert written_otherwise(typed, text) is expected


@pytest.mark.parametrize(("typed", "text", "expected"), [
    ("tandstickor", "tandstickor refill 250-p", True),
    ("tandstickor", "tändstickor 8-p solstickan", False),
    ("proteinbar", "proteinbar choklad", True),
    ("kal", "kalkon filé", False),                          # a short word only whole: "kalkon" is no "kal"
    ("kal", "lokal honung", False),
    ("kal", "kal & kål", True),
])
def test_a_word_written_as_typed(typed: str, text: str, expected: bool) -> None:
    assert written_as_typed(typed, text) is expected


@pytest.mark.parametrize("shelves", [("Hem & städ", "Hem & städ"), ("", "")])
@pytest.mark.parametrize(("said", "meant"), [("tandstickor", "tooth"), ("tändstickor", "match")])
def test_a_word_sold_as_typed_is_no_word_with_other_dots(shelves: tuple[str, str], said: str, meant: str) -> None:
    """Toothpicks ("Tandstickor") and matches ("Tändstickor") fold to one key: where the store writes
    the word as typed, a name writing it with other å/ä/ö is another word, never proposed sure."""
    tooth, match = shelves
    products = [product("match", "Tändstickor 8-p", match, None, None, None, 19.0),
                product("match2", "Tändstickor Långa 5-p", match, None, None, None, 25.0),
                product("tooth", "Tandstickor Refill 250-p", tooth, None, None, None, 29.0)]
    proposal = propose(products, said)
    assert proposal.product is not None and proposal.product.id.startswith(meant), proposal


@pytest.mark.parametrize("shelves", ["Kött", ""])
def test_a_word_typed_without_dots_still_finds_the_only_spelling(shelves: str) -> None:
    """A typist dropping å/ä/ö ("kottbullar") still finds the "Köttbullar" where no name writes the
    word as typed."""
    products = [product("kb", "Köttbullar 500g", shelves, None, 500, "g", 49.0),
                product("fb", "Fiskbullar i Buljong", shelves, None, 375, "g", 29.0)]
    proposal = propose(products, "kottbullar")
    assert proposal.product is not None and proposal.product.id == "kb", proposal


@pytest.mark.parametrize("category", ["Mejeri, ost & ägg > Ost", ""], ids=["categories", "names-only"])
def test_cubes_are_kuber_and_tarningar_alike(category: str) -> None:
    """"chevre kuber": the "Chèvre Frais Cubes" (the lexicon makes "cubes" and "tärningar" one word;
    "kuber" was a third), no whole "Le Chèvre" asked for lacking the word."""
    catalog = [product("cubes", "Chèvre Frais Cubes", category, "Président", 200, "g", price=39.0),
               product("whole", "Le Chèvre", category, "Président", 150, "g", price=35.0)]
    proposal = propose(catalog, "chevre kuber")
    assert proposal.product is not None and proposal.product.id == "cubes" and not proposal.needs_review


@pytest.mark.parametrize("category", ["Hygien > Hår", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "names", "right"), [
    # "shampo" (as a store writes it too) is "schampo": the plain children's shampoo, no 2-in-1 nobody asked
    ("barn shampo", ("Barnshampo & Balsam", "Barnschampo EKO"), "Barnschampo EKO"),
    # "eucalyptus" with c is the "Eukalyptus" of a Swedish name
    ("nozoil eucalyptus", ("Nozoil Original Nässpray", "Nozoil Mentol Nässpray", "Nozoil Eukalyptus Nässpray",
                           "Pastiller Eucalyptus"), "Nozoil Eukalyptus Nässpray"),
])
def test_a_loan_word_spelt_the_swedish_or_the_foreign_way_is_one_word(category: str, phrase: str,
                                                                       names: tuple[str, ...], right: str) -> None:
    """A loan word has a Swedish and a foreign spelling (sch/sh, k/c), and a store writes either: "barn
    shampo" was a sure "Barnshampo & Balsam" (the one name spelt as typed) over the "Barnschampo EKO";
    "nozoil eucalyptus" asked with the original spray first (where sweets wrote the word as typed). The
    lexicon's spellings make them one word."""
    catalog = [product(f"p{n}", name, category, price=30.0 + n) for n, name in enumerate(names)]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.name == right, proposal


@pytest.mark.parametrize("category", ["Frukt & grönt > Grönsaker", ""], ids=["categories", "names-only"])
def test_a_compound_said_apart_ending_in_a_plural_that_changes_the_vowel_is_the_compound(category: str) -> None:
    """"snacks morötter" (where "snacks" names goods of its own, so the plural is read as its singular)
    joins into a "snacksmorot", and the name's "Snacksmorötter", whose "morötter" no ending reaches from
    "morot", read as a word of another language, no carrot: the loose carrots, asked. Swedish's
    vowel-changing plurals are forms of the word (swedish._UMLAUT_PLURALS)."""
    catalog = [product("snack", "Snacksmorötter", category, price=25.0),
               product("loose", "Morötter", category, price=15.0),
               product("pickled", "Morötter Syrade", category, price=30.0),
               product("cheese", "Snacks Ost", category, price=20.0),  # "snacks" names goods of its own
               product("onion", "Snacks Sourcream & Onion", category, price=20.0)]
    proposal = propose(catalog, "snacks morötter")
    assert proposal.product is not None and proposal.product.id == "snack" and not proposal.needs_review, proposal


@pytest.mark.parametrize("category", ["Glass, godis & snacks > Kakor", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "names", "right"), [
    ("cheesecake jordgubb", ("Strawberry Cheesecake", "Cheesecake Smultron Fryst", "Jordgubb Klass1"),
     "Strawberry Cheesecake"),
    ("hallon muffins", ("Raspberry Muffins", "Muffins Choklad", "Hallon Klass1"), "Raspberry Muffins"),
])
def test_a_flavour_the_store_writes_in_english_is_the_swedish_one(category: str, phrase: str,
                                                                    names: tuple[str, ...], right: str) -> None:
    """A store writes some flavours in English ("Strawberry Cheesecake"), a client says them in Swedish:
    "cheesecake jordgubb" was asked with fresh strawberries first, the cake found by its kind alone. The
    lexicon's spellings make "strawberry", "raspberry" and "blueberry" the Swedish words, as "lemon" is."""
    catalog = [product(f"p{n}", name, category, price=30.0 + n) for n, name in enumerate(names)]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.name == right and not proposal.needs_review, proposal


@pytest.mark.parametrize(("adjective", "neuter_form"), [
    ("röd", "rött"), ("vit", "vitt"), ("blå", "blått"), ("grön", "grönt"), ("rod", "rott"), ("svart", "svart"),
])
def test_an_adjectives_neuter_form(adjective: str, neuter_form: str) -> None:
    assert neuter(adjective) == neuter_form


WINES = [product("red", "Rött Vin Merlot Alkoholfritt", "Dryck > Alkoholfritt", price=59.0),
         product("white", "Vitt Vin Chardonnay Alkoholfritt", "Dryck > Alkoholfritt", price=59.0),
         product("sauce", "Sås Rödvin", "Skafferi > Såser", price=29.0),
         product("onion", "Lök Röd Klass 1", "Frukt & grönt > Lök", price=15.0)]


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [("alkoholfritt rödvin", "red"), ("rödlök", "onion")])
def test_a_compound_written_apart_with_its_adjective_in_the_neuter(shelves: bool, phrase: str, expected: str) -> None:
    """"alkoholfritt rödvin" was the red-wine sauce: the store writes "Rött Vin", the adjective agreeing with
    the neuter noun, which the compound said apart had to write as "röd" (CatalogIndex.said_apart)."""
    products = WINES if shelves else [product(p.id, p.name, "", price=p.price_sek) for p in WINES]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize(("word", "base"), [
    ("badrummet", "badrum"),   # a short vowel's m or n doubled before the ending
    ("sovrummen", "sovrum"),
    ("munnen", "mun"),
    ("lammet", "lamm"),        # a word that ends doubled keeps it: no "lam" (lame)
    ("golvet", "golv"),
])
def test_the_base_form_undoes_a_doubled_m_or_n(word: str, base: str) -> None:
    assert base_form(word, frozenset({"badrum", "sovrum", "mun", "lamm", "lam", "golv"})) == base
