"""Matching rules of session i43, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.query import analyse
from tests.catalog.catalog_fixture import WITH_CATEGORIES, product, propose


MILK, COFFEE, HAM = "Mejeri & ägg > Mjölk", "Dryck > Kaffe", "Chark > Pålägg"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "meant"), [
    ("mjölk inte laktosfri", "Mellanmjölk"),
    ("mjölk ej laktosfri", "Mellanmjölk"),
    ("mjölk ej homogeniserad", "Gårdsmjölk Ej Homogeniserad"),
    ("kaffebönor inte ekologiska", "Kaffebönor Mellanrost"),
    ("kalkonbröst inte rökt", "Kalkonbröst Skivat"),
    ("mjölk som inte är laktosfri", "Mellanmjölk"),
    ("mjölk inte för fet", "Mellanmjölk"),
    ("mjölk men inte den laktosfria", "Mellanmjölk"),
])
def test_a_sort_said_not_wanted_is_what_the_goods_lack(shelved: bool, said: str, meant: str) -> None:
    """"espresso bönor hela inte malda ekologiska" was read as an item to remove ("malda ekologiska") and the
    rest proposed sure. Now the parser keeps "inte"/"ej" before a sort word with the item, and the catalog
    reads the sort as what the goods lack, as "utan" with a word no "-fri" compound writes, ending a compound
    too ("Hickoryrökt", where the stemmer leaves "rökt" alone more letters). A name writing the negation ("Ej
    Homogeniserad") is read with the words as said."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Laktosfri Mellanmjölk", MILK, 14.95), ("Mellanmjölk", MILK, 16.95),
        ("Gårdsmjölk Ej Homogeniserad", MILK, 24.95), ("Kaffebönor Mellanrost Ekologiska", COFFEE, 59.95),
        ("Kaffebönor Mellanrost", COFFEE, 69.95), ("Kalkonbröst Hickoryrökt", HAM, 29.95),
        ("Kalkonbröst Skivat", HAM, 34.95), ("Kaffe Extra Stark", COFFEE, 44.95),
        ("Bryggkaffe Mellanrost", COFFEE, 49.95)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and proposal.product.id == meant, proposal
    # how much is nothing lacking, nor a word of the goods: "kaffe inte för starkt" was a sure "Kaffe Extra Stark"
    how_much = propose(goods, "kaffe inte för starkt")
    assert how_much.product is not None and how_much.product.id == "Bryggkaffe Mellanrost", how_much


SPICES = "Skafferi > Kryddor"


@WITH_CATEGORIES
def test_ground_is_a_sort_word_in_any_form(shelved: bool) -> None:
    """"kaffe malet" found nothing on Willys 2023: "malet" was read as the thing asked, no describing word. And
    names writing "Malen" or "Malda" did not say the "malet" asked, as the stemmer takes the participle's weak and
    strong forms apart ("mald", "mal"): "malet pomeransskal" was asked about."""
    goods = [product(name, name, category if shelved else "", price=price) for name, category, price in [
        ("Bryggkaffe Mellanrost", COFFEE, 49.95), ("Kaffebönor Mörkrost", COFFEE, 59.95),
        ("Kanel Malen", SPICES, 16.95), ("Kanel Hel", SPICES, 19.95), ("Pomeransskal Malda", SPICES, 24.95),
        ("Pomeransskal Hela", SPICES, 24.95), ("Skalmalet Brödmix", "Skafferi > Bakning", 29.95)]]
    for said, meant in [("malet pomeransskal", "Pomeransskal Malda"), ("kanel mald", "Kanel Malen"),
                        ("malda kanel", "Kanel Malen")]:
        proposal = propose(goods, said)
        assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == (meant, False), said
    assert propose(goods, "kaffe malet").product.id == "Bryggkaffe Mellanrost"


HOME, FOOT = "Hem & hushåll > Luftfräschare", "Hem & hushåll > Skotillbehör"


@WITH_CATEGORIES
def test_the_generic_man_of_a_relative_clause_is_no_word_of_the_goods(shelved: bool) -> None:
    """"luftfräschare som man sprejar" was a pair of "Sulor Gel Activ Everyday Man" (insoles) on Coop: "som
    man" ("that one ...") opens a clause saying how the goods are used, as "som är" says what they are; the
    generic "man" names nothing. And "sprej" is the Swedish spelling of the "Spray" names write."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Sulor Gel Activ Everyday Man", FOOT, 149.0), ("Luftfräschare Gel Citrus", HOME, 29.95),
        ("Luftfräschare Spray Jasmin", HOME, 39.95)]]
    used = propose(goods, "luftfräschare som man sprejar")
    assert used.product is not None and used.product.id.startswith("Luftfräschare"), used
    spray = propose(goods, "luftfräschare sprej")
    assert spray.product is not None, spray
    assert (spray.product.id, spray.needs_review) == ("Luftfräschare Spray Jasmin", False), spray


@WITH_CATEGORIES
def test_a_verb_after_som_is_no_role(shelved: bool) -> None:
    """"luftfräschare som sprejar" was a sure "Luftfräschare Gel ..." on Coop: one word after "som" ending the
    phrase was read as the role the goods are bought in ("choklad som present"), so no word of the goods;
    a verb in the present tense says what they do, a word of the goods still."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Luftfräschare Gel Citrus", HOME, 29.95), ("Luftfräschare Sprayer Jasmin", HOME, 39.95),
        ("Choklad Ask", "Godis > Choklad", 59.0)]]
    proposal = propose(goods, "luftfräschare som sprejar")
    assert proposal.product is not None and proposal.needs_review, proposal
    gift = propose(goods, "choklad ask som present")
    assert gift.product is not None and (gift.product.id, gift.needs_review) == ("Choklad Ask", False), gift


@WITH_CATEGORIES
def test_a_purpose_never_stands_for_a_thing_the_catalog_has_no_word_for(shelved: bool) -> None:
    """"glass som efterrätt" on Coop, which sells no ice cream, was a cat food "Favoriträtter I Gelé": with the
    thing's word unknown, the purpose's word was read as the thing asked. It stands for the thing only where
    nothing else was said ("något gott till kaffet")."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Kattmat Favoriträtter I Gelé", "Husdjur > Katt", 49.95),
        ("Kattmat Crunchy Fiskrätt", "Husdjur > Katt", 9.95),
        ("Kycklingrätt Tikka", "Färdigmat", 49.95), ("Kladdkaka", "Bröd & bageri > Fika", 39.95),
        ("Vaniljsås", "Mejeri > Desserter", 19.95)]]
    index = CatalogIndex.build(goods)
    for said in ("glass som efterrätt", "glass till efterrätten"):
        assert analyse(said, index) is None, said
        proposal = propose(index, said)
        assert proposal.product is None and proposal.needs_review, (said, proposal)


SAUSAGES = "Chark > Korv > Grillkorv"


@WITH_CATEGORIES
def test_what_is_done_with_the_goods_is_said_as_a_compounds_first_part(shelved: bool) -> None:
    """"korv som man grillar" was a sure "Chimichurri Korv" on Willys 2023, which shelves it with the grill
    sausages: the verb's stem "grill" was read as a word any product of the grill shelf says. What is done
    with the goods is written as a compound's first part ("Grillkorv"), so the verb is said so: "grill korv";
    "luftfräschare som man sprejar" is a "sprej" (spray) one, "leverpastej den man kan skiva" a "skiv" one."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Chimichurri Korv", SAUSAGES, 39.95), ("Grillkorv", SAUSAGES, 29.95), ("Falukorv", "Chark > Korv", 24.95),
        ("Luftfräschare Gel Citrus", HOME, 29.95), ("Luftfräschare Spray Jasmin", HOME, 39.95),
        ("Leverpastej Bredbar", "Chark > Pålägg", 19.95), ("Skivad Leverpastej", "Chark > Pålägg", 22.95)]]
    for said, meant in [("korv som man grillar", "Grillkorv"), ("luftfräschare som man sprejar",
                                                                 "Luftfräschare Spray Jasmin"),
                        ("leverpastej den man kan skiva", "Skivad Leverpastej")]:
        proposal = propose(goods, said)
        assert proposal.product is not None and proposal.product.id == meant, (said, proposal)


@WITH_CATEGORIES
def test_a_name_writing_the_english_spelling_writes_the_word(shelved: bool) -> None:
    """A bare "lemonad" on Mathem was an asked-about "Lemonad Grapefrukt" before the plain "Lemonade": a name
    writing the very word said scores a little more, and "Lemonade" did not count as "lemonad". The lexicon
    spells the English form as the Swedish."""
    goods = [product(name, name, "Dryck > Läsk" if shelved else "", price=price) for name, price in [
        ("Lemonad Grapefrukt", 24.95), ("Lemonad Pink", 24.95), ("Lemonad Cola", 24.95), ("Lemonade", 24.95)]]
    proposal = propose(goods, "lemonad")
    assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == ("Lemonade", False)


@WITH_CATEGORIES
def test_a_size_said_not_wanted_is_no_size_wished(shelved: bool) -> None:
    """"stekpåsar, inte den stora" (dev14_hemkop) was read with the parser's sort not wanted, and the size word
    in it still counted as a big size wished: the plain bags were asked about as not known to be big."""
    goods = [product(name, name, "Hem & städ" if shelved else "", price=price) for name, price in [
        ("Stekpåse", 19.95), ("Stekpåse 5kg Stor", 24.95)]]
    proposal = propose(goods, "stekpåsar inte den stora")
    assert proposal.product is not None and (proposal.product.id, proposal.needs_review) == ("Stekpåse", False)
    assert propose(goods, "stekpåsar stora").product.id == "Stekpåse 5kg Stor"


@WITH_CATEGORIES
def test_a_bare_godis_asks_which(shelved: bool) -> None:
    """A bare "godis" on Mathem was a sure "Godis Sandwich Bites": which sweets is the whole choice, as which
    taste of "saft" or "chips" is (the lexicon's tastes_matter); no shelf tells a usual one."""
    goods = [product(name, name, "Godis > Påsar" if shelved else "", price=price) for name, price in [
        ("Godis Sandwich Bites", 22.95), ("Godis Fruktnallar EKO", 24.95), ("Godis Surormar EKO", 24.95),
        ("Godis Frukthjärtan EKO", 24.95), ("Lösviktsgodis", 9.95)]]
    proposal = propose(goods, "godis")
    assert proposal.product is not None and proposal.needs_review, proposal
    said = propose(goods, "godis surormar")
    assert said.product is not None and (said.product.id, said.needs_review) == ("Godis Surormar EKO", False), said


@WITH_CATEGORIES
def test_a_refill_said_after_the_goods_is_their_sort(shelved: bool) -> None:
    """"snabbkaffe mörkrost påfyllnad" (dev22_coop) was an asked-about "Snabbkaffe Mörkrost refill": the name's
    "refill" is the "påfyllnad" said (the lexicon spells one as the other). And said after the goods, a refill
    word is their sort, no thing of its own: "diskmedel påfyllnad" where the store sells no refill of it is a
    dishwashing liquid asked about, never another thing's "Dammtrasa Refiller"."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Snabbkaffe Mörkrost", COFFEE, 59.95), ("Snabbkaffe Mörkrost refill", COFFEE, 49.95),
        ("Handdiskmedel", "Hem > Disk", 19.95), ("Dammtrasa Refiller 20-Pack", "Hem > Städ", 59.95)]]
    refill = propose(goods, "snabbkaffe mörkrost påfyllnad")
    assert refill.product is not None, refill
    assert (refill.product.id, refill.needs_review) == ("Snabbkaffe Mörkrost refill", False), refill
    other = propose(goods, "diskmedel påfyllnad")
    assert other.product is not None and other.product.id == "Handdiskmedel" and other.needs_review, other
