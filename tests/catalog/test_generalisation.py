"""General Swedish grocery phenomena the matcher must handle, each on its own small inline catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog.compounds import split_compound
from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import Proposal
from assistant.catalog.packages import TOO_BIG
from assistant.catalog.schema import Product
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import chosen, product, propose

DAIRY = "Mejeri, ost & ägg > Matlagning"
YOGHURT = "Mejeri, ost & ägg > Filmjölk och yoghurt"
JAM = "Skafferi > Sylt och marmelad"
MEAT = "Kött, chark & fågel > Kött > Fläsk"
SODA = "Dryck > Läsk"
SWEETS = "Glass, godis & snacks"
HOME = "Hem & städ"
PHARMACY = "Apotek"
PETS = "Husdjur > Katt"
FISH = "Skafferi > Konserver och burkar"
FRUIT = "Frukt & grönt > Frukt"
DEMO = Path(__file__).resolve().parents[2] / "assistant" / "catalog" / "demo_catalog.jsonl"


@pytest.mark.parametrize(("products", "phrase", "plain"), [
    ([product("us", "Lingonsylt Utan Socker", JAM, "Felix", 400, "g"),
      product("plain", "Lingonsylt", JAM, "Felix", 400, "g")], "lingonsylt", "plain"),
    ([product("nosugar", "Sockerdricka No Sugar", SODA, "Zingo", 1.5, "l"),
      product("plain", "Sockerdricka Läsk Pet", SODA, "Zingo", 1.5, "l")], "sockerdricka", "plain"),
    ([product("oat", "Havre Vispgrädde", DAIRY, "Oatly", 2.5, "dl"),
      product("plain", "Vispgrädde Lång Hållbarhet 40%", DAIRY, "Arla", 2.5, "dl")], "vispgrädde", "plain"),
    ([product("flavour", "Jordgubbsyoghurt Banan", YOGHURT, "Valio", 1, "kg"),
      product("plain", "Jordgubb Yoghurt", YOGHURT, "Arla", 1, "kg")], "jordgubbsyoghurt", "plain"),
])
def test_a_plain_request_prefers_the_product_without_unrequested_words(products, phrase, plain) -> None:
    """The request must cover the product's own words, not only the product the request."""
    assert chosen(products, phrase) == plain


def test_a_special_cut_loses_to_the_plain_one_even_when_its_pack_fits_better() -> None:
    products = [product("cut", "Fläskfilé Strimlad", MEAT, "Garant", 500, "g"),
                product("plain", "Fläskfilé", MEAT, "Scan", None, "kg")]
    assert chosen(products, "fläskfilé", Quantity(amount=0.5, unit="kg")) == "plain"


def test_words_written_apart_or_with_a_hyphen_are_one_word() -> None:
    fizzy = [product("tf", "Tutti-frutti Läsk Burk", SODA, "Loka", 33, "cl"),
             product("other", "Frutti Cherry Läsk Burk", SODA, "Pommac", 33, "cl")]
    assert chosen(fizzy, "tutti frutti") == "tf"
    cream = [product("apart", "Matlagnings Grädde 13%", DAIRY, "Arla", 5, "dl"),
             product("soy", "Soja Matlagningsgrädde 14%", DAIRY, "Alpro", 250, "ml")]
    assert chosen(cream, "matlagningsgrädde") == "apart"


def test_a_compound_modifier_matches_its_parts_in_another_order() -> None:
    products = [product("powder", "Maskindiskmedel Pulver", HOME, "Finish", 1.5, "kg"),
                product("salt", "Salt För Diskmaskin", HOME, "Finish", 1, "kg"),
                product("brush", "Disk Borste", HOME, "Fixa", 1, "st"),
                product("clean", "Maskin Avkalkare", HOME, "Fixa", 1, "st"),
                product("pill", "Huvudvärk Tablett", PHARMACY, "Alvedon", 20, "st")]
    assert chosen(products, "diskmaskinsmedel") == "powder"


def test_a_compound_the_splitter_left_whole_is_found_by_its_ending() -> None:
    products = [product("abba", "Mästarmakrill Senapssås", FISH, "Abba", 220, "g"),
                product("other", "Makrillfilé i Tomatsås", FISH, "Eldorado", 125, "g")]
    proposal = propose(products, "makrill i senapssås")
    assert proposal.product is not None and proposal.product.id == "abba" and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Kött, chark & fågel > Pålägg", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("medwurst skivad till smörgåsen", "sliced"),  # only a compound the splitter left whole says "skivad"
    ("medwurst", "boiled"),                        # the word alone: the name saying it alone, as before
])
def test_a_compound_left_whole_is_found_by_its_ending_when_no_name_of_the_word_says_the_rest(
        shelf: str, text: str, expected: str) -> None:
    """"medwurst skivad till smörgåsen": a "Kokt Medwurst" says the word alone, so the compounds ending in
    it that the splitter left whole ("Hushållsmedwurst Skivad") were never looked for, and the unsliced
    sausage was asked about; a long word said is now looked for at the end of name words too when no name
    saying it alone says the rest of what was said (kinds.candidates)."""
    products = [product("boiled", "Kokt Medwurst", shelf, price=15.9),
                product("sliced", "Hushållsmedwurst Skivad", shelf, price=24.9),
                product("cognac", "Cognacsmedwurst Enris", shelf, price=29.9),
                product("ham", "Skinka Skivad", shelf, price=22.9)]
    proposal = propose(products, text)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


def test_no_part_of_a_compound_starts_with_a_doubled_consonant() -> None:
    assert split_compound("tabletter", {"table", "tter", "tabletter"}) == ("tabletter",)


def test_refuse_bags_are_waste_bags() -> None:
    products = [product("bag", "Avfallspåse 30l", HOME, "Fixa", 25, "st"),
                product("freezer", "Fryspåse 3l", HOME, "Fixa", 40, "st")]
    assert chosen(products, "soppåse") == "bag"


def test_a_real_word_the_catalog_lacks_is_no_typo_of_another() -> None:
    products = [product("cat", "Sherri Kattmat Lax", PETS, "Sherri", 400, "g"),
                product("milk", "Mellanmjölk", "Mejeri, ost & ägg > Mjölk", "Arla", 1, "l")]
    proposal = propose(products, "sherry")
    assert proposal.product is None and proposal.needs_review and "Systembolaget" in (proposal.reason or "")


def test_a_typo_read_as_a_non_food_product_goes_to_staff() -> None:
    products = [product("cat", "Kattmat Lax", PETS, "Felix", 400, "g"),
                product("cat2", "Kattmat Kyckling", PETS, "Felix", 400, "g")]
    assert propose(products, "kattnat").needs_review  # ("kattmatt" has the stem of "kattmat": no typo)



@pytest.mark.parametrize("shelf", ["Hem & hushåll > Rent fräscht > Luftfräschare", ""],
                         ids=["categories", "names only"])
def test_a_long_word_with_a_letter_left_out_is_surely_the_non_food_goods(shelf: str) -> None:
    """"dofpinnar" is the "Doftpinnar" with its t left out: a long word missing one letter of a word the
    name writes is surely meant, though the goods are no food; "kattnat" (a letter for another) is asked."""
    products = [product("rose", "Doftpinnar Rose", shelf, "Air Wick", 80, "ml", 49.0),
                product("linen", "Doftpinnar Linne", shelf, "Air Wick", 80, "ml", 55.0),
                product("spray", "Rumspray Rose", shelf, "Air Wick", 235, "ml", 39.0)]
    proposal = propose(products, "dofpinnar")
    assert proposal.product is not None and proposal.product.id in {"rose", "linen"}
    assert not proposal.needs_review, proposal.reason

def test_one_package_bigger_than_asked_is_no_question_when_none_is_smaller() -> None:
    roe = [product("big", "Räkost 16%", "Mejeri, ost & ägg > Ost", "Kavli", 330, "g")]
    assert not propose(roe, "räkost", Quantity(amount=1, unit="hg")).needs_review
    roe.append(product("small", "Räkost Original Tub 16%", "Mejeri, ost & ägg > Ost", "Kavli", 150, "g"))
    flagged = propose(roe, "räkost", Quantity(amount=1, unit="hg"))
    assert flagged.product is not None and flagged.product.id == "big" and TOO_BIG in (flagged.reason or "")


def test_one_package_of_just_the_amount_asked_is_proposed() -> None:
    """"räkost 1 hg" beside a 100 g tub is that tub, one package as said: no bigger one to ask about."""
    roe = [product("big", "Räkost 16%", "Mejeri, ost & ägg > Ost", "Kavli", 330, "g"),
           product("small", "Räkost Original Tub 16%", "Mejeri, ost & ägg > Ost", "Kavli", 100, "g")]
    proposal = propose(roe, "räkost", Quantity(amount=1, unit="hg"))
    assert proposal.product is not None and proposal.product.id == "small" and proposal.count == 1


def test_a_litre_of_a_food_packed_by_weight_is_a_kilo() -> None:
    products = [product("fil", "Filmjölk 3%", YOGHURT, "Arla", 1, "kg")]
    proposal = propose(products, "filmjölk", Quantity(amount=1, unit="l"))
    assert (proposal.count, proposal.needs_review) == (1, False)


def test_a_name_starting_with_the_word_asked_for_is_that_thing() -> None:
    products = [product("must", "Påskmust Läsk Pet", SODA, "Apotekarnes", 1.4, "l"),
                product("free", "Påskmust Sockerfri Läsk Pet", SODA, "Apotekarnes", 1.4, "l")]
    proposal = propose(products, "påskmust")
    assert proposal.product is not None and proposal.product.id == "must" and not proposal.needs_review


def test_pieces_of_a_product_sold_by_the_kilo_are_counted_without_staff() -> None:
    """Pieces said are the amount: four of them, weighed by a typical piece or estimated (see
    packages.weight)."""
    unknown = [product("exotic", "Pitahaya Röd", FRUIT, None, None, "kg", 89.0)]
    proposal = propose(unknown, "pitahaya", Quantity(amount=4, unit="st"))
    assert proposal.count == 4 and not proposal.needs_review
    loose = [product("loose", "Banan Klass 1", FRUIT, None, None, "kg", 24.9)]
    proposal = propose(loose, "bananer", Quantity(amount=4, unit="st"))
    assert proposal.count == 4 and not proposal.needs_review
    loose.append(product("piece", "Banan Styck", FRUIT, None, 1, "st", 4.9))
    proposal = propose(loose, "bananer", Quantity(amount=4, unit="st"))
    assert proposal.product is not None and proposal.product.id == "piece" and not proposal.needs_review



@pytest.mark.parametrize("category", [MEAT, ""])
def test_chops_counted_by_the_piece_need_no_weight_from_staff_a_cut_without_pieces_does(category: str) -> None:
    chops = [product("chop", "Fläskkotlett Lövskuren Sverige", category, None, None, "kg", 99.0)]
    proposal = propose(chops, "fläsk kotletter", Quantity(amount=4, unit="st"))
    assert proposal.product is not None and proposal.count == 4 and not proposal.needs_review
    roast = [product("roast", "Fransyska", category, None, None, "kg", 229.0)]  # pieces of 1 to 2 kg
    proposal = propose(roast, "fransyska", Quantity(amount=2, unit="st"))  # two of them, estimated
    assert proposal.count == 2 and not proposal.needs_review
    smoked = [product("kassler", "Kassler Bit", category, None, None, "kg", 89.0)]  # its usual piece
    proposal = propose(smoked, "kassler", Quantity(amount=2, unit="st"))
    assert proposal.count == 2 and not proposal.needs_review


@pytest.fixture(scope="module")
def demo() -> CatalogIndex:
    with DEMO.open(encoding="utf-8") as f:
        return CatalogIndex.build([Product.model_validate_json(line) for line in f if line.strip()])


def diet_match(index: CatalogIndex, phrase: str) -> Proposal:
    return propose(index, phrase, diet=("laktosfri",))


def test_a_lactose_free_diet_gets_the_lactose_free_milk_drink(demo: CatalogIndex) -> None:
    proposal = diet_match(demo, "mjölk")
    assert proposal.product is not None and "laktosfri" in proposal.product.name.lower()
    assert not proposal.needs_review


def test_coffee_is_no_diet_conflict_and_needs_no_lactose_free_sort(demo: CatalogIndex) -> None:
    dark = diet_match(demo, "mörkrost kaffe")
    assert dark.product is not None and "Passar inte kosten" not in (dark.reason or "")
    plain = diet_match(demo, "kaffe")
    assert plain.product is not None and "koffeinfri" not in plain.product.name.lower()


def test_a_package_said_prefers_products_in_it() -> None:
    products = [product("frozen", "Sparris Skivad", "Fryst > Grönsaker", "Findus", 400, "g"),
                product("tin", "Sparris i Skivor", "Skafferi > Konserver och burkar", "Eldorado", 300, "g")]
    assert chosen(products, "skivad sparris på burk") == "tin"


def test_naturell_is_said_by_an_unflavoured_product() -> None:
    products = [product("plain", "Filmjölk 3%", YOGHURT, "Arla", 1, "l"),
                product("straw", "Filmjölk Jordgubb", YOGHURT, "Arla", 1, "l")]
    proposal = propose(products, "filmjölk naturell")
    assert proposal.product is not None and proposal.product.id == "plain" and not proposal.needs_review


def test_an_irregular_plural_in_a_name_is_the_very_word() -> None:
    """"morötter" is read as "morot": "Morötter" says it as much as "Ox & Morot i Gele" does."""
    products = [product("pet", "Ox & Morot i Gele 12x85g", "", None, 1020, "g", 89.0),
                product("veg", "Morötter", "", None, 1, "kg", 15.0)]
    assert chosen(products, "morötter") == "veg"


@pytest.mark.parametrize("category", ["Frukt & grönsaker > Grönsaker > Lök kål", ""])
@pytest.mark.parametrize("text, expected", [
    ("ett savoy kål huvud", "savoy"),  # "kålhuvud" said apart: the head names the whole cabbage as sold
    ("ett sallads huvud", "head"),
    ("vitkåls huvuden", "white"),
])
def test_a_head_said_after_a_vegetable_is_how_it_comes(category: str, text: str, expected: str) -> None:
    products = [product("savoy", "Savoykål", category, None, 1500, "g"),
                product("white", "Vitkål Hel", category, None, 2200, "g"),
                product("head", "Sallat Huvud", category, None, 1, "st"),
                product("rocket", "Sallad Ruccola", category, None, 65, "g")]
    proposal = propose(products, text)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Kryddor", ""], ids=["categories", "names-only"])
def test_sticks_said_in_the_plural_are_the_stick(shelf: str) -> None:
    """"stänger" is the plural of "stång" (its vowel changes): "kanel stänger" are the "Kanelstång",
    however the compound splits ("kanel" + "stänger")."""
    products = [product("stick", "Kanelstång", shelf, None, 20, "g", 25.0),
                product("ground", "Kanel Malen", shelf, None, 40, "g", 22.0)]
    proposal = propose(products, "kanel stänger")
    assert proposal.product is not None and proposal.product.id == "stick"


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Örter", ""], ids=["categories", "names-only"])
def test_a_bunch_of_herbs_is_fresh_produce_as_a_pot_is(shelf: str) -> None:
    """A feed of bare names marks only some fresh produce "Klass1": the "Bladpersilja Knippe" (a bunch)
    is as fresh as the organic "Bladpersilja Kruka EKO Klass1" (a pot), so a plain "bladpersilja" is the
    plain bunch, not the organic pot nobody asked for."""
    products = [product("pot", "Bladpersilja Kruka EKO Klass1", shelf, None, 1, "st", 22.0),
                product("bunch", "Bladpersilja Knippe", shelf, None, 1, "st", 19.0),
                product("box", "Bladpersilja Ask EKO", shelf, None, 20, "g", 21.0)]
    assert chosen(products, "bladpersilja 1 knippe") == "bunch"
    assert chosen(products, "bladpersilja") == "bunch"


@pytest.mark.parametrize("shelf", ["Dryck > Läsk", ""], ids=["categories", "names-only"])
def test_a_soft_drink_the_stemmer_cuts_to_a_spirit_is_no_spirit(shelf: str) -> None:
    """"Sprite" stems to "sprit" (spirits, sold only by Systembolaget) but is no form of it: "sprite zero"
    is the soft drink, proposed without a "Systembolaget" question; "sprit" and "vodkan" still ask."""
    products = [product("zero", "Sprite Zero", shelf, None, 150, "cl", 22.0),
                product("sprite", "Sprite", shelf, None, 150, "cl", 22.0)]
    proposal = propose(products, "sprite zero 4 st")
    assert proposal.product is not None and proposal.product.id == "zero" and not proposal.needs_review
    for said in ("sprit", "vodkan"):
        assert propose(products, said).needs_review, said


@pytest.mark.parametrize(("drinks", "sauces"), [("Dryck > Alkoholfritt", "Skafferi > Såser"), ("", "")],
                         ids=["categories", "names-only"])
def test_a_drink_of_systembolaget_said_alcohol_free_is_a_grocers(drinks: str, sauces: str) -> None:
    """Wine, beer or glögg said alcohol-free is sold in shops: "alkoholfritt rödvin" is the alcohol-free
    red wine, sure, asked of nobody whether Systembolaget's was meant; "rödvin" alone still asks."""
    products = [product("red", "Rött Vin Merlot 0,5% Alkoholfritt", drinks, None, 75, "cl", 69.0),
                product("white", "Vitt Vin Chardonnay Alkoholfritt", drinks, None, 75, "cl", 69.0),
                product("sauce", "Rödvinssås", sauces, None, 2, "dl", 29.0),
                product("reduction", "Rödvin och Portvinsreduktion", sauces, None, 2, "dl", 39.0)]
    proposal = propose(products, "alkoholfritt rödvin")
    assert proposal.product is not None and proposal.product.id == "red" and not proposal.needs_review, proposal
    assert propose(products, "rödvin").needs_review


@pytest.mark.parametrize("shelf", ["Skafferi > Kryddor", ""], ids=["categories", "names-only"])
def test_original_misspelt_or_cut_short_is_original(shelf: str) -> None:
    """"orginal" (a common slip, some names write it too) and "orig" are "original": "grillkrydda orginal"
    is the "Grillkrydda Original", not the plain "Grillkrydda" asked about as an unsure fit."""
    products = [product("plain", "Grillkrydda", shelf, None, 90, "g", 19.0),
                product("orig", "Grillkrydda Original", shelf, None, 90, "g", 25.0),
                product("texas", "Grillkrydda Texas", shelf, None, 90, "g", 25.0)]
    proposal = propose(products, "grillkrydda orginal")
    assert proposal.product is not None and proposal.product.id == "orig" and not proposal.needs_review
    assert chosen(products, "grillkrydda orig") == "orig"


@pytest.mark.parametrize("category", ["Fisk & skaldjur > Färsk fisk", ""])
def test_a_describing_word_left_alone_by_a_thing_the_store_lacks_names_nothing(category: str) -> None:
    """"färsk pepparrot" where no horseradish is sold: "färsk" alone is no goods, so nothing is proposed
    (as for "pepparrot" alone), never a fresh salmon fillet."""
    products = [product("salmon", "Laxfilé Färsk", category, None, 250, "g"),
                product("cod", "Torskrygg", category, None, 400, "g")]
    for text in ("färsk pepparrot", "pepparrot"):
        proposal = propose(products, text)
        assert proposal.product is None and proposal.needs_review, text


@pytest.mark.parametrize("shelf", ["Skafferi > Pasta", ""], ids=["categories", "names only"])
def test_a_word_of_five_letters_or_more_with_a_letter_left_out_is_surely_meant(shelf: str) -> None:
    """"gnocci" is the "Gnocchi" with its h left out, "punch rullar" the "Punschrulle" with its s (the
    first part of the name's word): surely meant, as a long word one edit off is. A shorter word ("olek"
    of "Sambal Oelek", "mjök") may have meant another word."""
    products = [product("g", "Gnocchi", shelf, None, 500, "g", 13.0),
                product("gp", "Gnocchi Patate", shelf, None, 500, "g", 26.0),
                product("p", "Punschrulle", "Bröd > Fika" if shelf else "", None, 180, "g", 15.0),
                product("p6", "Punschrulle 6-pack", "Bröd > Fika" if shelf else "", None, 6, "st", 24.0),
                product("pp", "Punschpralin", "Godis" if shelf else "", None, 100, "g", 20.0),
                product("pa", "Punsch Arrak", "Dryck" if shelf else "", None, 70, "cl", 99.0),
                product("s", "Sambal Oelek", "Skafferi > Såser" if shelf else "", None, 200, "g", 17.0)]
    for phrase, right in (("gnocci", "g"), ("punch rullar", "p")):
        proposal = propose(products, phrase)
        assert proposal.product is not None and proposal.product.id == right and not proposal.needs_review, proposal
    assert propose(products, "sambal olek").needs_review
