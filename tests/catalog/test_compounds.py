import pytest

from assistant.catalog.compounds import (
    CommonHeads,
    MAX_PART,
    MAX_WORD,
    can_head,
    expand_elided,
    expand_suspended,
    head,
    join_split_compounds,
    join_without,
    said_free,
    split_compound,
)
from assistant.catalog.index import CatalogIndex, led_by_head
from assistant.catalog.matcher import match
from assistant.catalog.normalize import casefold, fold, stem
from assistant.nlu import parse
from tests.catalog.catalog_fixture import chosen, product, propose

WORDS = ["mjölk", "mellan", "choklad", "smörgås", "gurka", "kaffe", "filter", "hushåll", "ost", "jordgubb",
         "sylt", "kött", "färs", "köttfärs", "mellanmjölk", "sallad", "sal", "lad", "bullar", "kanel",
         "kanelbullar", "rost"]
VOCAB = frozenset({fold(w) for w in WORDS} | {stem(w) for w in WORDS})


def test_the_head_of_a_compound_is_its_last_part() -> None:
    assert head("mjölkchoklad", VOCAB) == stem("choklad")
    assert head("smörgåsgurka", VOCAB) == stem("gurka")
    assert head("kaffefilter", VOCAB) == stem("filter")
    assert head("mellanmjölken", VOCAB) == stem("mjölk")


def test_linking_s_and_inflected_heads() -> None:
    assert split_compound("hushållsost", VOCAB) == ("hushåll", "ost")
    assert split_compound("jordgubbssylt", VOCAB) == ("jordgubb", "sylt")


def test_head_unknown_to_the_vocabulary_still_splits_off_a_known_first_part() -> None:
    vocab = VOCAB - {fold("filter"), stem("filter")}
    assert split_compound("kaffefilter", vocab) == ("kaffe", "filter")


def test_words_known_whole_do_not_split_into_short_accidents() -> None:
    assert split_compound("sallad", VOCAB) == ("sallad",)
    assert split_compound("mellanrost", VOCAB) == ("mellan", "rost")  # not "mellanr" + "ost"


def test_a_word_of_grammar_heads_no_compound() -> None:
    """"kantareller" was "kantar" + "eller" (or), so no "Trattkantarell" was a chanterelle and a frozen pizza
    "Queen Kantarell" was the sure pick on Willys 2023."""
    vocab = VOCAB | {"kantar", "eller", "kantarell", "tratt", "trattkantarell"}
    assert split_compound("kantareller", vocab) == ("kantareller",)
    assert split_compound("trattkantarell", vocab) == ("tratt", "kantarell")


def test_join_words_a_recogniser_split_when_the_catalog_knows_the_compound() -> None:
    assert join_split_compounds("mellan mjölk", VOCAB) == "mellanmjölk"
    assert join_split_compounds("två paket kött färs tack", VOCAB) == "två paket köttfärs tack"
    assert join_split_compounds("kanel bullar och mjölk", VOCAB) == "kanelbullar och mjölk"
    assert join_split_compounds("mjölk och ost", VOCAB) == "mjölk och ost"


def test_join_words_whose_compound_ends_a_longer_catalog_word() -> None:
    """"kyckling klubbor": no product writes "kycklingklubba" alone, but one ends with it
    ("Majskycklingklubba"), as the one word "kycklingklubbor" is read; a stem no word ends with
    ("kyckling hel") stays two words, and so do parts too short to be a compound's."""
    ends = {stem("majskycklingklubba")}
    def ends_a_word(tail: str) -> bool:
        return any(word.endswith(tail) for word in ends)
    vocab = frozenset({fold("kyckling"), stem("kyckling"), stem("majskycklingklubba")})
    assert join_split_compounds("sex kyckling klubbor", vocab, ends_a_word) == "sex kycklingklubbor"
    assert join_split_compounds("sex kyckling klubbor", vocab) == "sex kyckling klubbor"
    assert join_split_compounds("kyckling hel", vocab, ends_a_word) == "kyckling hel"
    assert join_split_compounds("kyckling ba", vocab, ends_a_word) == "kyckling ba"


def test_join_a_compound_said_apart_in_four_words() -> None:
    """"majs kyckling lår filé": spoken, a compound of four parts comes as four words; the catalog's
    "Majskycklinglårfilé" is one word, not a "majskyckling" that also says "lårfilé"."""
    vocab = frozenset({fold(w) for w in ("majskycklinglårfilé", "majskyckling", "lårfilé", "kyckling")}
                      | {stem(w) for w in ("majskycklinglårfilé", "majskyckling", "lårfilé", "kyckling")})
    assert join_split_compounds("eh majs kyckling lår filé", vocab) == "eh majskycklinglårfilé"
    assert join_split_compounds("majs kyckling och lår filé", vocab) == "majskyckling och lårfilé"


@pytest.mark.parametrize("category", ["Kött & fågel > Fågel > Kyckling", ""])
def test_a_thigh_fillet_of_corn_fed_chicken_said_in_four_words(category: str) -> None:
    products = [product("majs-lår", "Majskycklinglårfilé", category, price=90.0),
                product("majs", "Majskyckling Färsk", category, price=80.0),
                product("lår", "Kyckling Lårfilé", category, price=40.0)]
    proposal = propose(products, "majs kyckling lår filé")
    assert proposal.product is not None and proposal.product.id == "majs-lår" and not proposal.needs_review


@pytest.mark.parametrize("category", ["Kött & fågel > Fågel > Kyckling", ""])
def test_a_compound_said_apart_that_only_a_longer_name_writes_finds_it(category: str) -> None:
    products = [product("klubba", "Majskycklingklubba Bbq 4 St", category, price=60.0),
                product("hel", "Kyckling Hel", category, price=50.0),
                product("lår", "Kyckling Lårfilé", category, price=40.0)]
    assert chosen(products, "kyckling klubbor") == "klubba"


def test_a_join_the_stemmer_reads_as_the_first_word_alone_is_no_compound() -> None:
    vocab = frozenset({fold("batterier"), stem("batterier")})
    assert stem("batterieraaa") == stem("batterier")  # the stemmer cuts the second word away
    assert join_split_compounds("batterier aaa", vocab) == "batterier aaa"
    assert join_split_compounds("kanel bullarna", VOCAB) == "kanelbullarna"  # an inflected head still joins


def test_a_participle_before_a_noun_leads_no_compound_of_the_two_the_other_way_round() -> None:
    """"schampo för färgat hår" (dyed hair) was read "hårfärgat", a hair dye ("Hårfärg"), as a list's "sugrör
    papper" is the "Papperssugrör"; a word the catalog writes may still lead ("sallat isberg")."""
    vocab = frozenset({fold(w) for w in ("hårfärg", "hår", "sugrör", "papper", "papperssugrör", "isbergssallat",
                                         "sallat", "isberg")} | {stem(w) for w in ("hårfärg", "isbergssallat")})
    assert join_split_compounds("schampo för färgat hår", vocab) == "schampo för färgat hår"
    assert join_split_compounds("sugrör papper", vocab) == "papperssugrör"
    assert join_split_compounds("sallat isberg", vocab) == "isbergssallat"


class CountingVocabulary:
    """A vocabulary that counts its look-ups: the splitter's work, measured without a clock."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.lookups = 0

    def __contains__(self, word: object) -> bool:
        self.lookups += 1
        return word in self.words


def test_a_word_longer_than_any_compound_is_not_analysed() -> None:
    vocab = CountingVocabulary(VOCAB)
    word = "mjölk" * 400  # 2,000 letters written as one word
    assert split_compound(word, vocab) == (word,)
    assert vocab.lookups <= 2


def test_compound_analysis_work_grows_at_most_linearly_with_the_word() -> None:
    vocab = CountingVocabulary(VOCAB)
    word = "mjölk" * (MAX_WORD // 5)  # the longest word still analysed
    split_compound(word, vocab)
    assert vocab.lookups <= len(word) * MAX_PART  # each start position tries a bounded number of part lengths


@pytest.mark.parametrize(("name", "expanded"), [
    ("Räk- & Kräftost", "Räkost & Kräftost"),
    ("Gluten- och Laktosfri Formbröd", "Glutenfri och Laktosfri Formbröd"),
    ("Byx-/Kjolgalge", "Byxgalge / Kjolgalge"),
    ("Kaffe- och Mjölkchoklad", "Kaffechoklad och Mjölkchoklad"),
    ("Smör- & Ost", "Smör- & Ost"),         # the next word is no compound: nothing to share
    ("Coca-cola Zero", "Coca-cola Zero"),   # a hyphen inside a word hangs nothing
])
def test_a_first_part_hanging_on_a_hyphen_shares_the_next_compounds_head(name: str, expanded: str) -> None:
    vocab = VOCAB | {fold(w) for w in ("räk", "kräft", "laktos", "fri", "gluten", "byx", "kjol", "galge")}
    assert expand_suspended(name, lambda word: split_compound(word, vocab)) == expanded


@pytest.mark.parametrize("shelf", ["Mejeri > Mjukost", ""])
def test_a_hanging_first_part_names_its_own_compound_in_the_index(shelf: str) -> None:
    """"Räk- & Kräftost" is a räkost and a kräftost: a cheese, not shrimps; "ost räkor" is the shrimp
    cheese named so, not the one that tastes of crayfish too."""
    index = CatalogIndex.build([product("both", "Räk- & Kräftost", shelf, price=30.0),
                                product("shrimp", "Ost Räkor", shelf, price=40.0),
                                product("plain", "Räkost", shelf, price=45.0),
                                product("prawns", "Räkor med Skal", "Fisk > Skaldjur" if shelf else "")])
    both = index.entries[index.by_id["both"]]
    assert stem("ost") in both.heads and {stem("räkost"), stem("kräftost")} <= both.exact
    proposal = propose(index, "ost räkor")
    assert proposal.product is not None and proposal.product.id == "shrimp"


KINDS = frozenset(stem(w) for w in ("krydda", "soppa", "ost", "salt", "chips"))


@pytest.mark.parametrize(("name", "expanded"), [
    ("Kött & Grillkrydda", "Köttkrydda & Grillkrydda"),     # the hyphen left out: no meat
    ("Kyckling och Morotsoppa 500g", "Kycklingsoppa och Morotsoppa 500g"),
    ("Salt & Vinägerchips", "Salt & Vinägerchips"),         # a kind of its own before: two things
    ("Vitlök & Örter", "Vitlök & Örter"),                   # the next word is no compound of a kind
    ("Räkost & Kräftost", "Räkost & Kräftost"),             # a compound before: two things said whole
])
def test_a_first_part_whose_hyphen_is_left_out_shares_the_next_compounds_head(name: str, expanded: str) -> None:
    vocab = VOCAB | {fold(w) for w in ("kött", "grill", "krydda", "kyckling", "morot", "soppa", "vinäger",
                                        "chips", "vitlök", "örter", "räk", "kräft")}
    assert expand_elided(name, lambda word: split_compound(word, vocab), KINDS) == expanded


@pytest.mark.parametrize("shelf", ["Skafferi > Kryddor", ""])
def test_a_spice_mix_named_with_its_hyphen_left_out_is_no_meat(shelf: str) -> None:
    """"Kött & Grillkrydda" is a spice for meat and the grill; "kött" asked is never it, sure."""
    index = CatalogIndex.build([product("mix", "Kött & Grillkrydda", shelf, price=20.0),
                                product("spice", "Köttkrydda", shelf, price=22.0),
                                product("all", "Krydda Allround", shelf, price=19.0),
                                product("mild", "Krydda Mild", shelf, price=19.0),
                                product("brush", "Grill Borste", "Hem > Grill" if shelf else "", price=49.0)])
    mix = index.entries[index.by_id["mix"]]
    assert stem("kött") not in mix.exact and stem("köttkrydda") in mix.exact
    proposal = propose(index, "kött")
    assert proposal.product is None or proposal.product.id != "mix" or proposal.needs_review
    assert chosen(index, "grillkrydda") == "mix"


@pytest.mark.parametrize(("text", "joined", "lacking"), [
    ("lammstek utan ben", "benfri lammstek", ()),   # before the thing, as an adjective: the head stays
    ("kaffe utan koffein", "koffeinfri kaffe", ()),
    ("saft Utan socker", "sockerfri saft", ()),
    ("yoghurt utan tillsatt socker", "sockerfri yoghurt", ()),
    ("gösfilé utan skinn 400 g", "skinnfri gösfilé 400 g", ()),
    ("korv utan senap", "korv", ("senap",)),        # no "senapfri" in the catalog: what the goods must not have
    ("bröd utan frön", "bröd", ("frön",)),
    ("bröd utan", "bröd utan", ()),                 # nothing follows
])
def test_without_a_word_is_its_free_compound_when_the_catalog_writes_one(text: str, joined: str,
                                                                          lacking: tuple[str, ...]) -> None:
    vocab = VOCAB | {fold(w) for w in ("benfri", "koffeinfri", "sockerfri", "skinn", "skinnfri")}
    assert join_without(text, vocab) == (joined, lacking)


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "names", "right"), [
    ("bröd utan frön", ["Fröbröd", "Lantbröd Solrosfrön", "Lantbröd Grovt"], "Lantbröd Grovt"),
    ("sill utan lök", ["Sill Lök", "Inlagd Sill"], "Inlagd Sill"),
    ("sill med lök", ["Sill Lök", "Inlagd Sill"], "Sill Lök"),
])
def test_what_the_goods_are_said_to_be_without_is_no_word_they_must_say(shelved: bool, phrase: str,
                                                                        names: list[str], right: str) -> None:
    """"bröd utan frön" is a bread that says no seeds, never the "Fröbröd" (the word after "utan" was
    read as a sort asked); "sill med lök" still is the onion herring."""
    shelf = ("Bröd" if "bröd" in phrase else "Fisk > Sill") if shelved else ""
    index = CatalogIndex.build([product(name, name, shelf, price=20.0 + 10 * (name == right)) for name in names])
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == right and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", ["Kött > Lamm", ""])
def test_a_cut_asked_without_bone_is_the_boneless_one_not_the_one_with_bone(shelf: str) -> None:
    """"utan ben" said is "Benfri" written; the word after "utan" is no wish for a product "med Ben"."""
    index = CatalogIndex.build([product("bone", "Lammstek med Ben", shelf, price=150.0),
                                product("boneless", "Lammstek Benfri", shelf, price=250.0),
                                product("smoked", "Lammstek Rökt", shelf, price=200.0)])
    proposal = propose(index, "lammstek utan ben")
    assert proposal.product is not None and proposal.product.id == "boneless"


@pytest.mark.parametrize("shelf", ["Fisk > Fisk", ""])
def test_a_fillet_asked_without_skin_stays_the_fillet_asked(shelf: str) -> None:
    """"gösfilé utan skinn": the catalog writes "Skinnfri" elsewhere, which reads the words as
    "skinnfri gösfilé", a fillet; not anything skinless ("Torskrygg Färsk Skinnfri")."""
    index = CatalogIndex.build([product("skinless", "Gösfilé utan Skinn", shelf, price=89.0),
                                product("skin", "Gösfilé Fjällad med Skinn", shelf, price=79.0),
                                product("cod", "Torskrygg Färsk Skinnfri", shelf, price=99.0),
                                product("sausage", "Skinnfri Grillkorv", "Kött > Korv" if shelf else "", price=39.0)])
    proposal = propose(index, "gösfilé utan skinn")
    assert proposal.product is not None and proposal.product.id == "skinless"


@pytest.mark.parametrize(("name", "free"), [
    ("Blodpudding utan Socker", ["sockerfri"]),
    ("Kvarg Hallon 0,2% Utan Tillsatt Socker", ["sockerfri"]),   # nothing added is none in it
    ("Vaniljmuffins Utan Vanligt Socker", ["sockerfri"]),       # sweetened otherwise
    ("Lammstek Benfri", []),
    ("Blodpudding", []),
])
def test_a_name_saying_without_a_word_says_its_free_compound(name: str, free: list[str]) -> None:
    assert said_free(name) == free



@pytest.mark.parametrize("shelf", ["Chark > Blodpudding", ""])
def test_without_a_word_asked_finds_the_name_that_says_it_apart(shelf: str) -> None:
    """"blodpudding utan socker" reads as "sockerfri" (the catalog writes it elsewhere), which the
    "Blodpudding utan Socker" says apart: that one, not the plain (cheaper) one."""
    index = CatalogIndex.build([product("plain", "Blodpudding", shelf, price=15.0),
                                product("free", "Blodpudding utan Socker", shelf, price=25.0),
                                product("must", "Påskmust Sockerfri", "Dryck > Läsk" if shelf else "", price=20.0)])
    proposal = propose(index, "blodpudding utan socker")
    assert proposal.product is not None and proposal.product.id == "free" and not proposal.needs_review


@pytest.mark.parametrize(("words", "compound"), [
    (["lök", "schalotten"], ["schalottenlök"]),
    (["marmelad", "fikon"], ["fikonmarmelad"]),
    (["ost", "hushåll"], ["hushållsost"]),          # with a linking s
    (["lök", "gul", "schalotten"], []),            # only the sort said right after the head
    (["schalottenlök", "torkad"], []),             # already whole
    (["lök"], []),
])
def test_a_name_leading_with_its_head_names_the_compound_written_whole(words: list[str], compound: list[str]) -> None:
    whole = {"schalottenlök", "fikonmarmelad", "hushållsost"}
    assert led_by_head(words, lambda word: word in whole) == compound


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Lök", ""])
def test_a_compound_asked_finds_the_name_that_leads_with_its_head(shelf: str) -> None:
    """"Lök Schalotten" is a schalottenlök as "Schalottenlök Torkad" is, and the one that adds no
    unasked sort: "schalotten lök" is the fresh shallot, not the dried one."""
    index = CatalogIndex.build([product("dried", "Schalottenlök Torkad", shelf, price=59.0),
                                product("fresh", "Lök Schalotten", shelf, price=19.0),
                                product("organic", "Schalottenlök EKO", shelf, price=29.0),
                                product("yellow", "Lök Gul", shelf, price=9.0)])
    proposal = propose(index, "schalotten lök")
    assert proposal.product is not None and proposal.product.id == "fresh"


@pytest.mark.parametrize("categories", [True, False])
def test_a_short_word_is_no_head_by_its_stem(categories: bool) -> None:
    """The article "ett" of "Allt i Ett" stems as "etter" does: "servetter" is no "serv" + "etter",
    so an absent "våtservetter" finds nothing rather than a "Kotlett" (a head "ett")."""
    home, meat = ("Hem & städ", "Kött, chark & fågel") if categories else ("", "")
    index = CatalogIndex.build([product("a1", "Allt i Ett Maskindiskmedel", home, "Yes"),
                                product("a2", "Allt i Ett Tabletter", home, "Fixa"),
                                product("s1", "Servetter Blå", home, "Eldorado", 99, "st"),
                                product("s2", "Servetter Rosa", home, "Eldorado", 99, "st"),
                                product("s3", "Serv Bricka", home),
                                product("s4", "Serv Skål", home),
                                product("k", "Kotlett Benfri Bit", meat)])
    assert index.split("servetter") == ("servetter",)
    phrase = "våtservetter"
    proposal = propose(index, phrase)
    assert proposal.product is None or proposal.product.id != "k"


@pytest.mark.parametrize(("part", "expected"), [
    ("ost", True), ("ris", True), ("lök", True),   # short Swedish words head compounds
    ("lor", False), ("tan", False),                # leftovers of an inflection, or foreign words
    ("rost", True), ("slor", True),                # four letters and more: the vocabulary decides
])
def test_a_short_head_is_a_word_of_swedish(part: str, expected: bool) -> None:
    assert can_head(part) is expected


@pytest.mark.parametrize("shelf", ["Fisk & skaldjur", ""])
def test_an_unknown_word_ends_in_a_common_head_only_when_it_is_a_word(shelf: str) -> None:
    """"kamusslor" (one m short) is no "kamuss" + "lor" because tights in the colour "Lor" are many;
    "mesost" is a "mes" + "ost" still, a cheese whose sort staff confirm."""
    catalog = [product(f"t{n}", f"Tights 20 Den Lor {n}", "Hem & städ") for n in range(6)]
    catalog += [product(f"o{n}", f"Ost Mild {n}", shelf) for n in range(6)]
    catalog += [product("k", "Kammusslor Frysta", shelf)]
    index = CatalogIndex.build(catalog)
    assert index.split("kamusslor") == ("kamusslor",)
    assert index.split("mesost") == ("mes", "ost")
    assert propose(index, "kamusslor").product.id == "k"


@pytest.mark.parametrize("shelf", ["Frukt & grönt", ""])
def test_a_word_known_whole_ends_in_a_short_head_only_when_it_is_a_word(shelf: str) -> None:
    """"butternut", the first part of "Butternutpumpa", was split "butter" + "nut" (a head the "Coconut"
    names write) and proposed a "Coconut Butter", sure; a word the catalog knows whole splits off a head
    of three letters only when Swedish has it, as an unknown word does (`can_head`)."""
    other = "Skafferi" if shelf else ""
    index = CatalogIndex.build([product("squash", "Butternutpumpa Klass1", shelf),
                                product("butter", "Coconut Butter EKO", other),
                                product("nuts", "Peanut Butter Creamy", other),
                                product("oil", "Coconut Oil", other)])
    assert index.split("butternut") == ("butternut",)
    assert index.split("butternutpumpa") == ("butternut", "pumpa")
    proposal = propose(index, "butternut")
    assert proposal.product is None or proposal.product.id == "squash" or proposal.needs_review, proposal


@pytest.mark.parametrize(("text", "joined"), [
    ("kyckling hjärtan", "kycklinghjärtan"),      # the plural stems as the singular (normalize._N_PLURALS):
    ("två kyckling hjärtan tack", "två kycklinghjärtan tack"),  # joined as said, the catalog's word by its stem
    ("kyckling hjärta", "kycklinghjärta"),        # as written, as before
    ("kyckling lår", "kyckling lår"),             # no such compound in the catalog: kept apart
])
def test_words_said_apart_join_with_the_heads_base_form(text: str, joined: str) -> None:
    vocab = frozenset({fold("kycklinghjärta"), stem("kycklinghjärta"), fold("kyckling")})
    assert join_split_compounds(text, vocab) == joined


@pytest.mark.parametrize("shelf", ["Kött & kyckling", ""])
def test_a_compound_said_apart_with_an_inflected_head_finds_the_compound(shelf: str) -> None:
    index = CatalogIndex.build([product("h", "Kycklinghjärta Sverige", shelf),
                                product("k", "Knäckebröd Hjärtan Fänkål", "Bröd & kakor" if shelf else ""),
                                product("f", "Kycklingfilé Sverige", shelf)])
    proposal = propose(index, "kyckling hjärtan")
    assert proposal.product is not None and proposal.product.id == "h"


def test_a_common_head_inside_a_longer_known_tail_is_that_tail() -> None:
    """"stekfläsk" known whole splits on a common head only: "läsk" is common, "fläsk" is not, yet
    "stekf" is no word and "stek" + "fläsk" are: the head is "fläsk", never the "läsk" inside it."""
    words = ["stek", "fläsk", "stekfläsk", "läsk", "sid", "sidfläsk", "hushåll", "ost", "hushållsost"]
    vocab = frozenset({fold(w) for w in words} | {stem(w) for w in words})
    heads = CommonHeads(frozenset({fold("läsk"), fold("ost")}), frozenset())
    assert split_compound("stekfläsk", vocab, heads) == ("stek", "fläsk")
    assert split_compound("sidfläsk", vocab, heads) == ("sid", "fläsk")
    assert split_compound("hushållsost", vocab, heads) == ("hushåll", "ost")


def test_a_three_letter_head_after_no_word_is_the_longer_tail() -> None:
    """"mellanrost" (a roast of coffee) is "mellan" + "rost", never "mellanr" + "ost" (cheese): letters
    before a common three-letter head that are no word leave the head to a longer tail that is one, as
    "stekfläsk" does for "läsk"; "hushållsost" and "kryddost" (no "krydd" + a known tail) stay cheeses."""
    words = ["mellan", "rost", "mellanrost", "mörk", "mörkrost", "ost", "hushåll", "hushållsost", "kryddost"]
    vocab = frozenset({fold(w) for w in words} | {stem(w) for w in words})
    heads = CommonHeads(frozenset({fold("ost")}), frozenset())
    assert split_compound("mellanrost", vocab, heads) == ("mellan", "rost")
    assert split_compound("mörkrost", vocab, heads) == ("mörk", "rost")
    assert split_compound("hushållsost", vocab, heads) == ("hushåll", "ost")
    assert split_compound("kryddost", vocab, heads) == ("krydd", "ost")


@pytest.mark.parametrize("shelf", ["Kaffe", ""], ids=["categories", "names-only"])
def test_a_cheese_not_sold_is_no_coffee_roast(shelf: str) -> None:
    """A store selling no "kaffeost" proposes no coffee beans of a "Mellanrost" for it without a flag
    ("kaffe" + "ost" met "Kaffebönor" and the "ost" read at the end of "Mellanrost")."""
    index = CatalogIndex.build([product("beans", "Kaffebönor Mellanrost", shelf, None, 500, "g", 59.0),
                                product("dark", "Kaffebönor Mörkrost", shelf, None, 500, "g", 59.0),
                                product("brie", "Brieost", "Ost" if shelf else "", None, 200, "g", 39.0),
                                product("feta", "Fetaost", "Ost" if shelf else "", None, 200, "g", 29.0)])
    proposal = match(index, parse("kaffeost 1 bit").items[0])
    assert proposal.product is None or proposal.needs_review
    assert match(index, parse("kaffebönor mellanrost").items[0]).product.id == "beans"


@pytest.mark.parametrize("shelf", ["Kött > Fläsk", ""], ids=["categories", "names-only"])
def test_a_soft_drink_is_no_pork(shelf: str) -> None:
    """A store selling no soft drink proposes no pork for "en läsk" without a flag (names from the
    feeds: "Lök Stek" and "Grytbitar Fläsk" make "stek" and "fläsk" words of the catalog)."""
    index = CatalogIndex.build([product("stek", "Stekfläsk Rimmat Skivat", shelf, None, 1, "kg", 89.0),
                                product("onion", "Lök Stek", "Grönsaker > Lök" if shelf else "", None, 1, "kg", 29.0),
                                product("chunks", "Grytbitar Fläsk Sverige", shelf, None, 1, "kg", 99.0)])
    proposal = match(index, parse("en läsk").items[0])
    assert proposal.product is None or proposal.needs_review
    assert match(index, parse("stekfläsk").items[0]).product.id == "stek"


def test_a_first_part_is_a_word_of_swedish_where_the_feed_never_says_it() -> None:
    """A small feed that never says "sid" still reads "sidfläsk" as a fläsk (hunspell-sv, see swedish.py)."""
    vocab = frozenset({fold(w) for w in ["sidfläsk", "läsk", "fläsk"]})
    assert split_compound("sidfläsk", vocab, CommonHeads(frozenset({fold("läsk")}), frozenset())) == ("sid", "fläsk")


def test_a_head_written_with_dots_is_not_the_word_the_catalog_writes_without() -> None:
    """Words are looked up å/ä/ö-folded, yet "kalkonbröst" ends in "öst", never in the "ost" the
    catalog writes: the split stays whole, while a part typed without dots ("mjolk") still counts."""
    vocab = frozenset({fold(w) for w in ["kalkonbröst", "ost", "mjölk", "mellanmjölk"]})
    heads = CommonHeads(frozenset({"ost", "mjolk"}), frozenset(), undotted=frozenset({"ost"}))
    assert split_compound("kalkonbröst", vocab, heads) == ("kalkonbröst",)
    assert split_compound("mellanmjolk", vocab, heads) == ("mellan", "mjolk")


@pytest.mark.parametrize("shelf", ["Kött, chark & fågel > Pålägg", ""], ids=["categories", "names-only"])
def test_turkey_breast_is_no_cheese(shelf: str) -> None:
    """"ostskivor" proposes no sliced turkey breast ("Kalkonbröst" folds to "kalkonbrost", which ends
    in "ost") without a flag; a sliced cheese it may propose."""
    index = CatalogIndex.build([product("turkey", "Kalkonbröst Skivat", shelf, None, 120, "g", 29.95),
                                product("turkey2", "Kalkonbröst från disk", shelf),
                                product("cheese", "Grevé 28% Skivad", "Mejeri > Ost" if shelf else "", None, 150, "g"),
                                product("cheese2", "Hushållsost 26%", "Mejeri > Ost" if shelf else "", None, 1, "kg"),
                                product("ham", "Kokt Skinka Skivad", shelf, None, 120, "g")])
    entry = index.entries[index.by_id["turkey"]]
    assert "ost" not in entry.heads
    proposal = match(index, parse("ostskivor").items[0])
    assert proposal.product is None or proposal.product.id.startswith("cheese") or proposal.needs_review


@pytest.mark.parametrize(("word", "parts"), [
    ("sparris", ("sparris",)),             # asparagus: "spar" is Swedish only as "spår", no rice
    ("jasminris", ("jasmin", "ris")),      # a rice: "jasmin" is a word as written
    ("brännvinsost", ("brännvins", "ost")),  # with its linking s
    ("hårmask", ("hårmask",)),             # "hårm" is only "härm"; no "ask" (a box) either
])
def test_a_swedish_word_splits_at_a_common_head_only_after_a_word_as_written(word: str,
                                                                             parts: tuple[str, ...]) -> None:
    """A word the catalog writes whole splits on a common head whatever comes before it ("brännvins" +
    "ost"), but letters that are a Swedish word only with other å/ä/ö are another word: splitting a real
    word there changes its meaning (hunspell-sv, see swedish.py)."""
    vocab = frozenset({fold(w) for w in (word, "ris", "ost", "ask")})
    heads = CommonHeads(frozenset({"ris", "ost", "ask"}), frozenset())
    assert split_compound(word, vocab, heads) == parts


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Grönsaker", ""], ids=["categories", "names-only"])
def test_asparagus_is_no_rice(shelf: str) -> None:
    """"Sparris" read as "spar" + "ris" made every asparagus a rice by its head (the lexicon's reading of
    "ris" avoided "sparris" by name to keep it off a bare "ris")."""
    rice = "Skafferi > Ris" if shelf else ""
    index = CatalogIndex.build([product("green", "Sparris Grön Klass 1", shelf, None, 250, "g", 39.0),
                                product("white", "Sparris Vit", shelf, None, 250, "g", 45.0),
                                product("basmati", "Ris Basmati", rice, None, 1, "kg", 32.0),
                                product("long", "Ris Långkornigt", rice, None, 1, "kg", 25.0)])
    assert all("ris" not in index.entries[index.by_id[pid]].heads for pid in ("green", "white"))
    assert match(index, parse("ris").items[0]).product.id in {"basmati", "long"}
    assert match(index, parse("sparris").items[0]).product.id in {"green", "white"}


def test_words_said_apart_join_with_a_linking_s_the_catalog_writes() -> None:
    vocab = VOCAB | {fold("arraksboll"), stem("arraksboll"), fold("hushållsost"), stem("hushållsost")}
    assert join_split_compounds("arrak bollar till kaffet", vocab) == "arraksbollar till kaffet"
    assert join_split_compounds("hushåll ost", vocab) == "hushållsost"
    assert join_split_compounds("kanel bullar", vocab) == "kanelbullar"   # a plain join first
    assert join_split_compounds("ost och mjölk", vocab) == "ost och mjölk"  # no "ostsoch" nor "osts..."


@pytest.mark.parametrize("category", ["Bröd & kakor", ""])
def test_a_compound_said_apart_without_its_linking_s_is_found(category: str) -> None:
    index = CatalogIndex.build([product("arrak", "Arraksboll 6-pack", category, price=30.0),
                                product("bun", "Bullar Kardemumma Frysta", category, price=25.0),
                                product("choc", "Chokladboll 2-pack", category, price=20.0)])
    proposal = propose(index, "arrak bollar till kaffet")
    assert proposal.product is not None and proposal.product.id == "arrak" and not proposal.needs_review


def test_a_first_part_said_with_a_linking_s_the_catalog_does_not_write_joins_as_written() -> None:
    """"ingefärs marmelad" is the catalog's "Ingefäramarmelad" (the part whole, its -a kept), "kycklings
    soppa" its "Kycklingsoppa" (no link at all): Swedish drops a last vowel before a linking -s, and a
    client may add one where the store writes none."""
    vocab = VOCAB | {fold(casefold(w)) for w in ("ingefäramarmelad", "kycklingsoppa")}
    assert join_split_compounds("ingefärs marmelad", vocab) == "ingefäramarmelad"
    assert join_split_compounds("kycklings soppa", vocab) == "kycklingsoppa"
    assert join_split_compounds("ost och mjölk", vocab) == "ost och mjölk"   # no "ost" joined by its "s"
    assert join_split_compounds("ris kakor", vocab) == "ris kakor"           # too short a part to unlink


@pytest.mark.parametrize("category", ["Skafferi > Marmelad", ""], ids=["categories", "names only"])
def test_a_marmalade_said_with_the_linking_s_of_its_taste_is_the_compound(category: str) -> None:
    """"ingefärs marmelad" asked with an orange-and-ginger marmalade first (found by the two words apart,
    the "Ingefäramarmelad" only by its head); now the ginger marmalade, sure."""
    index = CatalogIndex.build([product("mix", "Marmelad Apelsin&Ingefära", category, price=30.0),
                                product("ginger", "Ingefäramarmelad", category, price=35.0),
                                product("fig", "Marmelad Fikon", category, price=32.0)])
    proposal = propose(index, "ingefärs marmelad")
    assert proposal.product is not None and proposal.product.id == "ginger" and not proposal.needs_review, proposal


def test_a_first_part_said_with_its_linking_s_joins_the_word_after_it() -> None:
    """"svarta vinbärs gelé" is a "Svart Vinbärsgelé", though a name writes "Svartavinbär" too."""
    vocab = VOCAB | {fold(casefold(w)) for w in ("svartavinbär", "vinbärsgelé", "vinbär", "gelé", "svarta")}
    assert join_split_compounds("svarta vinbärs gelé", vocab) == "svarta vinbärsgelé"
    assert join_split_compounds("svarta vinbär", vocab) == "svartavinbär"  # no "s": the name's compound
    assert join_split_compounds("kanel bullar", vocab) == "kanelbullar"


@pytest.mark.parametrize("category", ["Skafferi > Sylt & Gelé", ""])
def test_a_jelly_said_apart_with_its_colour_is_that_jelly_whatever_it_is_for(category: str) -> None:
    """"svarta vinbärs gelé till steken" was a "Gelé Anka/Kyckling" (cat food), asked about."""
    index = CatalogIndex.build([product("black", "Svart Vinbärsgelé", category, price=30.0),
                                product("red", "Röd Vinbärsgelé", category, price=30.0),
                                product("cat", "Gelé Anka/Kyckling", "Djur > Katt" if category else "", price=12.0),
                                product("baby", "Måltid Kyckling Aprikos Svartavinbär 6M", category, price=20.0),
                                product("roast", "Grytstek Nöt", "Kött > Nöt" if category else "", price=99.0)])
    proposal = propose(index, "svarta vinbärs gelé till steken")
    assert proposal.product is not None and proposal.product.id == "black" and not proposal.needs_review


def test_a_kind_written_before_its_sort_joins_as_the_compound_the_catalog_writes() -> None:
    vocab = VOCAB | {fold("papperssugrör"), stem("papperssugrör"), fold("senapssill"), stem("senapssill")}
    assert join_split_compounds("sugrör papper", vocab) == "papperssugrör"
    assert join_split_compounds("sill senap", vocab) == "senapssill"        # with the linking -s-
    assert join_split_compounds("kanel bullar", vocab) == "kanelbullar"    # the order said first
    assert join_split_compounds("sugrör plast", vocab) == "sugrör plast"    # no "plastsugrör" is written
    assert join_split_compounds("sugrör papper till kalaset", vocab) == "papperssugrör till kalaset"


def test_a_kind_before_a_list_of_sorts_stays_as_said() -> None:
    """"juice äpple hallon" is a "Juice Äpple Hallon": joined as the "äpplejuice" the store also writes, the
    raspberry became the head and the juice its modifier, and the very product was asked about."""
    vocab = VOCAB | {fold(w) for w in ("äpplejuice", "juice", "äpple", "hallon")} | {stem("äpplejuice")}
    assert join_split_compounds("juice äpple hallon", vocab) == "juice äpple hallon"
    assert join_split_compounds("juice äpple", vocab) == "äpplejuice"


@pytest.mark.parametrize("category", ["Hem & städ", ""], ids=["categories", "names only"])
def test_a_kind_typed_before_its_sort_is_the_sorts_compound(category: str) -> None:
    """"sugrör papper" is a list's "paper straws", the "Papperssugrör", no "Dricksglas Papper"."""
    index = CatalogIndex.build([product("straws", "Papperssugrör", category, None, 20, "st"),
                                product("cups", "Dricksglas Papper", category, None, 10, "st"),
                                product("plastic", "Sugrör Plast Böjbara", category, None, 100, "st")])
    proposal = propose(index, "sugrör papper")
    assert proposal.product is not None and proposal.product.id == "straws" and not proposal.needs_review, proposal


@pytest.mark.parametrize("categories", [True, False])
def test_one_letter_before_a_word_makes_no_compound(categories: bool) -> None:
    """"ättika" (vinegar), which the store does not sell, is no "Rättika" (a radish): a compound's
    first part is a word of two letters or more; "dryck" still finds the "Mjölkdryck"."""
    veg, milk = ("Frukt & grönt > Grönsaker", "Mejeri, ost & ägg > Mjölk") if categories else ("", "")
    index = CatalogIndex.build([product("r", "Rättika Vit Klass 1", veg),
                                product("m", "Mjölkdryck Vanilj Protein 0,5%", milk, "Arla", 500, "ml")])
    proposal = propose(index, "en flaska ättika")
    assert proposal.product is None or proposal.needs_review
    assert propose(index, "en protein dryck").product.id == "m"


def test_a_purpose_word_joins_the_next_only_into_a_compound_written_whole() -> None:
    """"till baket" says what the goods are for: no "Tillbaka" read by its stem ("smör till baket" found
    nothing); the very compound the catalog writes still joins ("för kläde": "Förkläde")."""
    vocab = {fold(casefold(w)) for w in ("smör", "tillbaka", "förkläde", "bak")}
    assert join_split_compounds("smör till baket", vocab) == "smör till baket"
    assert join_split_compounds("ett för kläde", vocab) == "ett förkläde"


@pytest.mark.parametrize("category", ["Mejeri", ""], ids=["categories", "names-only"])
def test_goods_said_for_the_baking_are_found(category: str) -> None:
    """"smör till baket" where a name writes "tillbaka": the butter, not no product at all."""
    catalog = [product("smör", "Smör Normalsaltat 80%", category),
               product("patron", "Kolsyrepatron (200:- tillbaka vid retur av tom patron)", category)]
    proposal = propose(catalog, "smör till baket")
    assert proposal.product is not None and proposal.product.id == "smör", proposal


@pytest.mark.parametrize("category", ["Djur", ""], ids=["categories", "names-only"])
def test_a_compound_head_short_as_a_stem_finds_the_compounds_ending_in_it(category: str) -> None:
    """"valpfoder": its head "foder" stems to three letters, too short for a tail by the stem alone, so no
    "Valp Torrfoder" was found (nothing proposed); the word as said is five letters long."""
    catalog = [product("valp", "Valp Torrfoder", category, "Doggy", 2, "kg", price=99.0),
               product("vuxen", "Original Torrfoder", category, "Doggy", 2, "kg", price=89.0),
               product("katt", "Kyckling Torrfoder Katt", category, "Mjau", 1, "kg", price=49.0)]
    assert chosen(catalog, "valpfoder") == "valp"


def test_a_pronoun_or_a_unit_never_heads_a_compound() -> None:
    """"min" (mine; min, minutes) is written by names ("Ris 10 Min", "Min Favorit") and "vita" by others,
    yet "vitamin" is no "vita" + "min", nor "dvitamin" (D-vitamin) a "dvita" + "min": a compound's head is a
    thing, never a word of grammar or a unit."""
    vocab = VOCAB | {"vita", "min", "vitamin", "dvitamin", "ris", "sill"}
    heads = CommonHeads(frozenset({"vita", "min", "ris", "sill"}), frozenset())
    assert split_compound("vitamin", vocab, heads) == ("vitamin",)
    assert split_compound("dvitamin", vocab, heads) == ("dvitamin",)
    assert not can_head("min")
    assert split_compound("mjölkchoklad", vocab, heads) == ("mjölk", "choklad")


@pytest.mark.parametrize("category", ["Hälsa > Vitaminer", ""], ids=["categories", "names-only"])
def test_a_letter_written_after_the_word_is_the_letter_prefixed_compound(category: str) -> None:
    """"Vitamin D" is the "D-vitamin" another name writes: "d vitamin" said finds it as well as that one,
    and a plain request prefers it to the children's tablets."""
    index = CatalogIndex.build([product("kids", "D-vitamin 10µg KIDS Tuggtabletter 90-p", category, None, 90, "st"),
                                product("caps", "Vitamin D 2500 IE Kapslar", category, None, 60, "st"),
                                product("iron", "Järn Tabletter 60-p", category, None, 60, "st")])
    assert propose(index, "d vitamin").product.id == "caps"
    assert propose(index, "d-vitamin").product.id == "caps"
    assert propose(index, "vitamin d").product.id == "caps"


def test_a_first_part_said_whole_is_joined_in_its_linking_form() -> None:
    """"granatäpple juice" is the "Granatäppeljuice" names write: Swedish links "äpple" as "äppel"."""
    vocab = VOCAB | {fold("granatäppeljuice"), stem("granatäppeljuice")}
    assert join_split_compounds("granatäpple juice", vocab) == "granatäppeljuice"
    assert join_split_compounds("granatäpple och juice", vocab) == "granatäpple och juice"
