from assistant.catalog.compounds import head, join_split_compounds, split_compound
from assistant.catalog.normalize import fold, stem

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


def test_join_words_a_recogniser_split_when_the_catalog_knows_the_compound() -> None:
    assert join_split_compounds("mellan mjölk", VOCAB) == "mellanmjölk"
    assert join_split_compounds("två paket kött färs tack", VOCAB) == "två paket köttfärs tack"
    assert join_split_compounds("kanel bullar och mjölk", VOCAB) == "kanelbullar och mjölk"
    assert join_split_compounds("mjölk och ost", VOCAB) == "mjölk och ost"
