"""How the matcher reads a requested word: spellings, compounds written apart, words the stemmer
merges, brands and variants. Each phenomenon on its own small inline catalog (no scraped data)."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import fold, stem, tokens
from assistant.catalog.query import for_whom, sold_by
from assistant.catalog.schema import Product
from assistant.nlu import parse
from tests.catalog.catalog_fixture import added_lines, chosen, product, propose

ROOTS = "Frukt & grönt > Potatis och rotsaker"
VEG = "Frukt & grönt > Grönsaker"
SNACKS = "Glass, godis & snacks"
CANS = "Skafferi > Konserver och burkar"
BISCUITS = "Bröd & kakor > Kex och kakor"
SWEETS = "Glass, godis & snacks > Choklad"
RICE_CAKES = "Bröd & kakor > Ris och majskakor"
COLD_CUTS = "Kött, chark & fågel > Pålägg > Sylta"
JAM = "Skafferi > Sylt mos och marmelad"
SEAFOOD = "Fisk & skaldjur"
PETS = "Djur"
SOUR_MILK = "Mejeri, ost & ägg > Filmjölk och yoghurt"
BEER = "Dryck > Öl och cider"
ENERGY = "Dryck > Sport och energidryck"
BEANS = "Skafferi > Torra baljväxter"
BREAD = "Bröd & kakor > Bröd"
HOME = "Hem & städ"
TEXMEX = "Skafferi > Texmex"
DRINKS = "Dryck > Te och choklad"


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "wanted"), [
    ("doftljus med vanilj", "vanilla"),      # a scented candle of vanilla, written in English
    ("doftljus vanilla", "vanilla"),
])
def test_an_english_name_for_the_word_said_is_that_word(shelves: bool, phrase: str, wanted: str) -> None:
    catalog = [product("vanilla", "Doftljus Creamy Vanilla", "Hem & städ" if shelves else "", None, 1, "st"),
               product("night", "Doftljus med Lock Mystic Night", "Hem & städ" if shelves else "", None, 1, "st")]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.id == wanted and not proposal.needs_review


@pytest.mark.parametrize("written", ["O'boy", "O´boy", "O’boy"])
def test_apostrophes_are_folded_away(written: str) -> None:
    assert tokens(written) == ["oboy"]
    products = [product("oboy", f"{written} Original", DRINKS, written, 500, "g"),
                product("other", "Choklad Dryck", DRINKS, "Garant", 1, "l")]
    assert chosen(products, "oboy") == "oboy"


def test_a_compound_matches_its_kind_written_first_and_fresh_produce_beats_snacks() -> None:
    """Willys writes "Lök Röd" for "rödlök"; crisps that merely say "Rödlök" are no onion."""
    products = [product("chips", "Rödlök Karamelliserad", SNACKS, "Estrella", 150, "g"),
                product("onion", "Lök Röd Klass 1", ROOTS, None, None, "kg"),
                product("yellow", "Lök Gul Klass 1", ROOTS, None, None, "kg")]
    proposal = propose(products, "rödlök")
    assert proposal.product is not None and proposal.product.id == "onion"


def test_a_compound_is_not_split_apart_against_a_different_word() -> None:
    """"Potatis Mjölig" says "mjölig", not "mjöl": "potatismjöl" stays one word."""
    products = [product("flour", "Potatismjöl", "Skafferi > Bakning", "Garant", 500, "g"),
                product("potato", "Potatis Mjölig Klass 1", ROOTS, None, None, "kg")]
    assert chosen(products, "potatis mjöl") == "flour"


def test_a_compound_whose_first_part_is_another_words_kind_is_no_sure_match() -> None:
    """"kexchoklad" is chocolate with biscuit; "Duokex Choklad" is a biscuit tasting of chocolate."""
    products = [product("duokex", "Duokex Choklad", BISCUITS, "Eldorado", 500, "g"),
                product("bar", "Mjölkchoklad Kaka", SWEETS, "Marabou", 200, "g")]
    assert propose(products, "kexchoklad").needs_review


def test_a_word_ending_in_smak_is_a_flavour() -> None:
    products = [product("cheese", "Riskakor Mild Ostsmak", RICE_CAKES, "Friggs", 125, "g"),
                product("plain", "Riskakor Lättsaltade", RICE_CAKES, "Garant", 130, "g")]
    assert chosen(products, "riskakor") == "plain"


@pytest.mark.parametrize(("phrase", "wanted"), [
    ("sylta", "sylta"),             # sylta is brawn, sylt is jam
    ("skalade räkor", "peeled"),    # peeled shrimps are not shrimps in their shells
    ("räkor med skal", "shell"),
])
def test_words_the_stemmer_merges_with_another_word_keep_apart(phrase: str, wanted: str) -> None:
    assert stem("sylta") != stem("sylt") and stem("skalade") != stem("skal")
    products = [product("sylta", "Sylta med Kalvkött", COLD_CUTS, "Ello", 400, "g"),
                product("jam", "Drottningsylt", JAM, "Garant", 400, "g"),
                product("peeled", "Räkor Skalade Frysta", SEAFOOD, "Omega", 500, "g"),
                product("shell", "Räkor med Skal", SEAFOOD, "Royal", 500, "g")]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == wanted


@pytest.mark.parametrize(("phrase", "wanted"), [
    ("frallor", "roll"), ("tacoskal", "shells"), ("disktrasor", "cloth"), ("körsbärstomater", "cherry"),
    ("dusch tvål", "shower"), ("curry pulver", "curry"), ("pulverkaffe", "instant"),
])
def test_everyday_words_find_what_the_shop_calls_the_thing(phrase: str, wanted: str) -> None:
    products = [product("roll", "Rundstycke", BREAD, "Dahls", 6, "st"),
                product("shells", "Taco Shells 12-pack", TEXMEX, "Santa Maria", 135, "g"),
                product("cloth", "Diskduk", HOME, "Fixa", 3, "st"),
                product("cherry", "Tomater Cocktail Klass 1", VEG, None, 250, "g"),
                product("canned", "Körsbärstomat", CANS, "Mutti", 400, "g"),
                product("shower", "Revitalize Duschgel", "Hälsa & skönhet", "Palmolive", 250, "ml"),
                product("soap", "Sensitive Flytande Tvål", "Hälsa & skönhet", "Palmolive", 300, "ml"),
                product("curry", "Curry Påse", "Skafferi > Kryddor och smaksättare", "Eldorado", 50, "g"),
                product("sauce", "Korma Curry Sauce", "Skafferi > Asien", "Patak's", 450, "g"),
                product("instant", "Snabbkaffe Refill", "Dryck > Kaffe > Snabbkaffe", "Änglamark", 200, "g"),
                product("ground", "Bryggkaffe Mellanrost", "Dryck > Kaffe > Bryggkaffe", "Garant", 450, "g"),
                product("dark", "Bryggkaffe Mörkrost", "Dryck > Kaffe > Bryggkaffe", "Garant", 450, "g")]
    assert chosen(products, phrase) == wanted


def test_a_brand_asked_for_by_name_is_not_questioned_as_pet_food() -> None:
    products = [product("cat", "1+ Beef", PETS, "Whiskas", 400, "g"),
                product("dog", "Torrfoder Kyckling", PETS, "Axess", 2, "kg")]
    proposal = propose(products, "whiskas")
    assert proposal.product is not None and proposal.product.id == "cat" and not proposal.needs_review


@pytest.mark.parametrize(("phrase", "wanted"), [("bregott", "bregott"), ("zoégas kaffe", "zoegas")])
def test_a_feed_without_brands_says_the_brand_first_in_the_name(phrase: str, wanted: str) -> None:
    """Mathem's names start with the brand ("Bregott Normalsaltat 75%"): the brand is sold."""
    products = [product("bregott", "Bregott Normalsaltat 75%", ""), product("butter", "Smör Normalsaltat 82%", ""),
                product("zoegas", "Zoégas Skånerost Bryggkaffe", ""), product("coffee", "Bryggkaffe Mellanrost", "")]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == wanted and not proposal.needs_review, proposal


def test_a_variant_every_product_of_the_kind_has_is_no_special_sort() -> None:
    """All kefir is lactose-free: "kefir" needs no check; a lone gluten-free pasta still would."""
    products = [product(f"kefir{i}", f"{flavour} Kefir Laktosfri 2,5%", SOUR_MILK, brand, 1, "l")
                for i, (flavour, brand) in enumerate([("Naturell", "Arla"), ("Naturell", "Valio"),
                                                      ("Blåbär", "Arla")])]
    proposal = propose(products, "kefir")
    assert proposal.product is not None and proposal.product.id == "kefir0" and not proposal.needs_review


@pytest.mark.parametrize(("phrase", "products"), [
    # "kid" inside "kidneybönor" says nothing about children
    ("kidneybönor", [product("beans", "Kidneybönor Röda", BEANS, "Eldorado", 500, "g"),
                     product("baby", "Barnmat Bönor", "Barn > Barnmat", "Semper", 125, "g")]),
    # the product's name begins with its brand, which is what was asked for
    ("red bull", [product("beans", "Red Bull Energidryck Burk", ENERGY, "Red Bull", 25, "cl"),
                  product("other", "Energidryck Burk", ENERGY, "Celsius", 33, "cl")]),
    # "Burk" is the package, not the product's kind
    ("lättöl", [product("beans", "Gränges Lättöl 2,1% Lättöl Burk", BEER, "Grängesberg", 33, "cl"),
                product("other", "Cider Päron Burk", BEER, "Kopparberg", 33, "cl")]),
])
def test_the_thing_asked_for_by_its_own_name_is_a_sure_match(phrase: str, products: list[Product]) -> None:
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == "beans"
    assert not proposal.needs_review, proposal.reason


def test_another_food_named_after_the_products_own_word_is_its_taste() -> None:
    """"Riskakor Ost" are cheese-flavoured rice cakes; a lightly salted one is the plain sort."""
    products = [product("cheese", "Riskakor Ost", RICE_CAKES, "Eldorado", 125, "g", price=9.0),
                product("plain", "Riskakor Lättsaltade", RICE_CAKES, "Garant", 130, "g", price=14.0)]
    assert chosen(products, "riskakor") == "plain"
    assert chosen(products, "riskakor med ost") == "cheese"


PET_FOOD = [product("dog", "Torrfoder Kyckling", PETS, "Axess", 2, "kg", price=50.0),
            product("cat", "Torrfoder Oxkött Katt", PETS, "First Price", 2, "kg", price=60.0),
            product("litter", "Kattsand", PETS, "Garant", 10, "l"),
            product("milk", "Mjölk 3%", "Mejeri, ost & ägg > Mjölk", "Arla", 1, "l")]


def test_the_animal_said_with_the_food_is_asked_for() -> None:
    assert chosen(PET_FOOD, "torrfoder för katt") == "cat"


def test_the_animal_said_elsewhere_in_the_request_steers_its_pet_food_only() -> None:
    index = CatalogIndex.build(PET_FOOD)
    context = for_whom(["kattsand", "torrfoder", "mjölk"], index)
    assert context == ("katt",)

    def pick(phrase: str, said: tuple[str, ...]) -> str | None:
        return chosen(index, phrase, context=said)

    assert pick("torrfoder", context) == "cat"
    assert pick("torrfoder", ()) == "dog"      # nothing said: the plainer, cheaper one
    assert pick("mjölk", context) == "milk"     # not pet food: the context does not apply


@pytest.mark.parametrize("shelf", [PETS, ""])
def test_goods_for_the_animal_said_elsewhere_in_the_request_are_no_question(shelf: str) -> None:
    """"kattsand och ett halsband ett rött": the cat said with the litter is whom the collar is for, so
    its being for animals was asked, not a sort to check."""
    index = CatalogIndex.build([product("red", "Katthalsband Röd", shelf, "Trixie", 1, "st", price=59.0),
                                product("yellow", "Katthalsband Gul", shelf, "Trixie", 1, "st", price=59.0),
                                product("litter", "Kattsand Klumpande", shelf, "Garant", 10, "l", price=99.0)])
    context = for_whom(["kattsand", "halsband rött"], index)
    assert context == ("katt",)
    proposal = propose(index, "halsband rött", context=context)
    assert proposal.product is not None and proposal.product.id == "red" and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", [PETS, ""])
def test_pet_food_of_its_own_kind_stays_as_said_beside_another_animal(shelf: str) -> None:
    """"grisöron till hunden och fisk foder": no fish food is for a dog, so the dog said for the
    other item does not make the fish food a question."""
    index = CatalogIndex.build([product("fish", "Fiskfoder Flingor", shelf, "Dogman", 250, "ml"),
                                product("ears", "Grisöron Strimlade För Hund", shelf, "Favoriter", 200, "g")])
    context = for_whom(["grisöron till hunden", "fisk foder"], index)
    assert context == ("hund",)
    phrase = "fisk foder"
    proposal = propose(index, phrase, context=context)
    assert proposal.product is not None and proposal.product.id == "fish" and not proposal.needs_review


@pytest.mark.parametrize(("phrase", "products"), [
    # the category names the asked compound itself: a "Blandfärs" under "Köttfärs" is minced meat
    ("köttfärs", [product("mince", "Blandfärs 20% Sverige", "Kött, chark & fågel > Kött > Köttfärs", "Garant", 500, "g"),
                  product("fish", "Fiskfärs", "Fisk & skaldjur", "Abba", 400, "g")]),
    # a compound first part said by its own parts: "diskmaskin" by "Disktabletter Maskin"
    ("diskmaskinstabletter", [product("mince", "Disktabletter Maskin Power", HOME, "Finish", 40, "st"),
                              product("fish", "Diskmaskin Rengöring", HOME, "Finish", 250, "ml")]),
])
def test_a_compound_part_said_in_its_own_role_is_a_sure_match(phrase: str, products: list[Product]) -> None:
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == "mince" and not proposal.needs_review


@pytest.mark.parametrize(("phrase", "sold_words", "expected"), [
    ("sopsäckar", set(), "avfallspåse"),                          # no sack sold: the synonym reads it
    ("sopsäckar", {"sopsäckar"}, "sopsäckar"),                    # the catalog names products by it
    ("sopsäck", {"sopsäck"}, "sopsäck"),
    ("toa papper", set(), "toalettpapper"),                       # a synonym said apart
    ("toa papper", {"toapapper"}, "toa papper"),
    ("två sopsäckar", {"sopsäckar"}, "två sopsäckar"),
    ("två sopsäckar", set(), "två avfallspåse"),
])
def test_a_synonym_gives_way_to_a_word_the_catalog_sells_by(phrase: str, sold_words: set[str],
                                                             expected: str) -> None:
    assert load_lexicon().rewrite(phrase, lambda word: fold(word) in {fold(w) for w in sold_words}) == expected


@pytest.mark.parametrize("shelf", [HOME, None])
def test_sacks_asked_by_the_name_the_store_sells_them_by(shelf: str | None) -> None:
    bags = product("bag", "Avfallspåse 25l", shelf, size=25, unit="l")
    sacks = [product("sack", "Sopsäck Knyt 125l", shelf, size=125, unit="l"),
             product("sack2", "Sopsäck Extra Stark 240l", shelf, size=240, unit="l", price=30.0)]
    assert chosen([bags, *sacks], "sopsäckar") == "sack"
    assert chosen([bags], "sopsäckar") == "bag"  # where no sack is sold, the bin bags are the reading


@pytest.mark.parametrize("shelf", [HOME, None])
@pytest.mark.parametrize("phrase", ["soppåsar", "en rulle soppåsar 30 liter", "sopsäckar"])
def test_a_synonym_the_store_has_no_word_for_leaves_the_word_said(shelf: str | None, phrase: str) -> None:
    """A store that names its one bin-bag product "Soppåsar 30 l" and writes no "avfallspåse": the
    synonym would read "soppåsar" as a word the store never writes (the demo catalog proposed its
    freezer bags, asked, with tea bags among the alternatives); the word said is kept where the store
    writes it and not the synonym's."""
    products = [product("bin", "Soppåsar 30 l", shelf, size=30, unit="l"),
                product("sack", "Sopsäckar 125 l", shelf, size=125, unit="l"),
                product("freezer", "Fryspåsar 3 l", shelf, size=3, unit="l"),
                product("tea", "Kamomillte 20 påsar", "Dryck > Te" if shelf else None, size=20, unit="st")]
    expected = "sack" if "säck" in phrase else "bin"
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", [HOME, None])
@pytest.mark.parametrize(("names", "expected"), [
    (["Sopsäck Knyt 125l", "Sopsäck Extra Stark 240l", "Avfallspåse 25l"], 2),
    (["Sopsäck Knyt 125l", "Avfallspåse 25l"], 1),                  # one product is no name the store sells by
    (["Avfallspåse Sopsäck 30l", "Starka Sopsäckar 10 st"], 0),     # said further on, not leading
])
def test_products_sold_by_a_word_lead_their_name_with_it(shelf: str | None, names: list[str],
                                                         expected: int) -> None:
    index = CatalogIndex.build([product(f"p{n}", name, shelf) for n, name in enumerate(names)])
    assert sold_by("sopsäckar", index) == expected


@pytest.mark.parametrize("shelf", ["Hem & städ", ""])
@pytest.mark.parametrize("phrase", ["en kortlek", "kortlek spelkort"])
def test_a_deck_of_cards_is_playing_cards(shelf: str, phrase: str) -> None:
    """"kortlek" (a deck) is what shops call "Spelkort"; said with it, it asks nothing more."""
    index = CatalogIndex.build([product("cards", "Spelkort", shelf, "Sense"),
                                product("pen", "Kulpenna Blå", shelf, "Fixa"),
                                product("cake", "Kortlek Tårta", "Bröd & kakor" if shelf else "", "Bake")])
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == "cards" and not proposal.needs_review


@pytest.mark.parametrize(("word", "spelled"), [
    ("caviar", "kaviar"), ("tångcaviar", "tangkaviar"), ("barnshampoo", "barnschampo"),
    ("steak", "stek"), ("kaviar", "kaviar"), ("mayo", "majonnäs"),
    ("kamayo", "kamayo"),  # a spelling under five letters ends a compound only after a Swedish word
    ("tomatjuse", "tomatjuice"), ("juse", "juice"), ("chilimayo", "chilimajonnäs"),
    ("kycklingfilé", "kycklingfilé"),  # an accent only: nothing to respell
    ("caviarmix", "kaviarmix"),  # a first part before a Swedish word: a mix of caviar
    ("savojkålshuvud", "savoykålshuvud"),  # joined by a linking "s"
    ("lemonade", "lemonad"),  # the word's own Swedish spelling, no "lemon" + "ade"
    ("lemongrass", "lemongrass"),  # no Swedish word follows: one word, no compound
    ("grapefruktjuice", "grapefruktjuice"),  # a spelling that lengthens the word leads no compound
    ("barbequesås", "barbecuesås"),  # "barbeque" is "barbecue", also before a Swedish word
    ("sardellcreme", "sardellkräm"), ("rengöringscreme", "rengöringskräm"),  # "crème" ending a compound
    ("creme", "creme"), ("cremekex", "cremekex"),  # no bare "crème" (of "crème fraîche"), nor a first part
])
def test_a_spelling_variant_is_made_one_also_as_a_compounds_last_part(word: str, spelled: str) -> None:
    assert fold(load_lexicon().spell(word)) == fold(spelled)


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("2 tuber sardell kräm", "anchovy"),        # the store writes "Sardellcreme"; said apart
    ("sardellkräm", "anchovy"),
    ("cif rengöringskräm", "cleaner"),          # "Cream Lemon Rengöringscrème"
    ("rengöringskräm till spisen", "cleaner"),
    ("crème fraiche", "fraiche"),               # a bare "crème" stays the crème fraîche's own word
])
def test_creme_ending_a_compound_is_the_kram_said(shelves: bool, text: str, expected: str) -> None:
    """"2 tuber sardell kräm" found nothing on a store naming the paste "Sardellcreme", nor "cif
    rengöringskräm" the "Rengöringscrème": "crème" as a compound's last part is "kräm" (lexicon
    `head_spellings`)."""
    index = CatalogIndex.build([
        product("anchovy", "Sardellcreme", "Skafferi > Pålägg på tub" if shelves else "", price=39.9),
        product("fillets", "Sardeller i Olja", "Skafferi > Konserver och burkar" if shelves else "", price=29.9),
        product("cleaner", "Cream Lemon Rengöringscrème", HOME if shelves else "", "Cif", price=34.9),
        product("dish", "Diskmedel Lemon", HOME if shelves else "", price=24.9),
        product("fraiche", "Crème Fraiche 34%", "Mejeri, ost & ägg > Grädde" if shelves else "", price=22.9),
        product("cheddar", "Creme Cheddar", "Mejeri, ost & ägg > Ost" if shelves else "", price=49.9)])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == expected and not lines[0].needs_review


@pytest.mark.parametrize("shelf", ["Skafferi", ""], ids=["categories", "names-only"])
def test_a_bare_kram_asks_which(shelf: str) -> None:
    """A bare "kräm" is a hand cream, a custard or a fruit dessert: no one of them sure (lexicon `defaults`)."""
    index = CatalogIndex.build([product("nut", "Nötcreme", shelf, price=39.9),
                                product("anchovy", "Sardellcreme", shelf, price=39.9),
                                product("brioche", "Brioche Kräm", shelf, price=29.9),
                                product("berry", "Jordgubbskräm", shelf, price=19.9)])
    lines = added_lines(index, "kräm")
    assert lines[0].needs_review


@pytest.mark.parametrize("shelf", [SEAFOOD, ""])
def test_a_compound_spelt_the_other_way_is_the_same_word(shelf: str) -> None:
    """"svart tång kaviar": the store writes "Svart Tångcaviar" beside a "Tångkaviar Röd"; the red one
    was proposed (asked about) for the black."""
    products = [product("red", "Tångkaviar Röd", shelf, price=30.0),
                product("black", "Svart Tångcaviar", shelf, price=35.0),
                product("dill", "Dillkaviar", shelf, price=25.0)]
    proposal = propose(products, "svart tång kaviar")
    assert proposal.product is not None and proposal.product.id == "black" and not proposal.needs_review


@pytest.mark.parametrize(("shelf", "produce"), [(SEAFOOD, "Frukt & grönt > Kål"), ("", "")])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("en burk kaviarmix", "mix"),      # the store writes "Caviarmix": no "Salladsmix" for it
    ("savojkålshuvud", "savoy"),       # a whole savoy cabbage, written "Savoykål": no "Vitkål"
])
def test_a_compound_led_by_a_word_spelt_the_other_way_is_the_same_word(shelf: str, produce: str, phrase: str,
                                                                        expected: str) -> None:
    products = [product("mix", "Caviarmix Röd", shelf, price=30.0),
                product("salad", "Salladsmix", produce, price=25.0),
                product("seafood", "Skaldjursmix", shelf, price=45.0),
                product("savoy", "Savoykål Klass1", produce, price=20.0),
                product("white", "Vitkål", produce, price=12.0)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize("shelf", ["Kött & fågel > Nöt > Skivor", ""])
def test_words_of_a_bracketed_note_are_no_words_the_request_left_out(shelf: str) -> None:
    """"en t-bone stek": the "T-Bone Steak Skiva(Lev. Mån-Lör)" says its delivery days in brackets,
    which made it a name of many unasked words, behind a "Flankstek" that lacks the "t-bone"."""
    products = [product("tbone", "T-Bone Steak Skiva(Lev. Mån-Lör)", shelf, price=90.0),
                product("flank", "Flankstek", shelf, price=60.0),
                product("lamb", "Lammstek KRAV", shelf, price=70.0)]
    proposal = propose(products, "t-bone stek")
    assert proposal.product is not None and proposal.product.id == "tbone" and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Hem > Disk", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("diskmaskinsalt", "salt"),           # the store writes the link the speaker left out
    ("diskmaskinssalt", "salt"),
    ("torkdukshållare", "holder"),        # ... or leaves out the link the speaker said
    ("salt", "table"),                    # a word the store writes is kept as said
])
def test_a_compound_linked_otherwise_is_the_word_the_store_writes(shelf: str, text: str, expected: str) -> None:
    """"2 paket diskmaskinsalt": the store's "Diskmaskinssalt 1,5kg" was asked about (or not found at all),
    for Swedish links a compound's parts with an -s- or without, as the speaker likes."""
    index = CatalogIndex.build([product("salt", "Diskmaskinssalt 1,5kg", shelf, price=30.0),
                                product("table", "Salt", "", price=10.0),
                                product("deer", "Hjorthornssalt", "", price=20.0),
                                product("holder", "Torkdukhållare Vit", shelf, price=49.0),
                                product("cloth", "Torkduk", shelf, price=19.0)])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == expected and not lines[0].needs_review


@pytest.mark.parametrize("shelf", ["Frukt & grönt", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("två pak choi", "paksoi"),              # said apart as most write it; the store writes "Paksoi"
    ("rosenkål", "brussels"),                # the older name of brussels sprouts
    ("två blodgrape", "bloodgrape"),         # "grape" is grapefruit, in a compound too
    ("ett paket sviskon", "prunes"),         # the older name of prunes
])
def test_another_name_or_spelling_of_a_vegetable_or_fruit_is_the_same_thing(shelf: str, text: str,
                                                                           expected: str) -> None:
    index = CatalogIndex.build([product("paksoi", "Paksoi", shelf, price=19.9),
                                product("chai", "Te Rooibos Chai", "", price=29.9),
                                product("brussels", "Brysselkål", shelf, price=39.9),
                                product("fennel", "Fänkål Klass1", shelf, price=19.9),
                                product("bloodgrape", "Blodgrapefrukt 2-p Klass1", shelf, price=29.9),
                                product("juice", "Juice Blodgrape", "", price=24.9),
                                product("prunes", "Katrinplommon", shelf, price=34.9),
                                product("plums", "Plommon Klass1", shelf, price=29.9)])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == expected and not lines[0].needs_review


@pytest.mark.parametrize("shelf", ["Hem & städ > Rengöring", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize("text", ["glasputs", "glasputs till fönstren", "en flaska glasputs"])
def test_glass_cleaner_is_the_window_cleaner_the_store_sells(shelf: str, text: str) -> None:
    """"mm glasputs till fönstren om dom har": the store names the spray "Fönsterputs"; the two words name
    one product, so it is proposed sure, not found by the head "puts" alone and asked."""
    index = CatalogIndex.build([product("window", "Fönsterputs Original", shelf, price=29.9),
                                product("metal", "Metallputs", shelf, price=59.9),
                                product("bowl", "Glasskål Vanilj", "", price=39.9)])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == "window" and not lines[0].needs_review


@pytest.mark.parametrize("shelves", [("Djur", "Chark & pålägg > Korv"), ("", "")], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("korv till hunden, den med lamm och ris", "lamb"),  # the dog's sausage of lamb, written in English
    ("lammkorv", "people"),                               # the people's, written as said
])
def test_an_english_sausage_of_lamb_is_a_korv_of_lamm(shelves: tuple[str, str], text: str, expected: str) -> None:
    """"korv till hunden, den med lamm och ris": the store names the dog's sausage "Lamb&rice Sausage"; the
    English words are the Swedish "lamm" and "korv" (lexicon `spellings`), so it is that sausage, not the
    people's "Cheddar&chili Korv" asked about."""
    pets, sausages = shelves
    index = CatalogIndex.build([product("lamb", "Lamb&rice Sausage", pets, "Primadog", 800, "g"),
                                product("beef", "Beef&rice Sausage", pets, "Primadog", 800, "g"),
                                product("people", "Lammkorv", sausages, "Wurstmaster", 200, "g"),
                                product("cheddar", "Cheddar&chili Korv", sausages, "Garant", 500, "g")])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == expected


@pytest.mark.parametrize("shelf", ["Skafferi > Såser", ""], ids=["categories", "names-only"])
def test_barbeque_is_a_spelling_of_barbecue(shelf: str) -> None:
    """"barbecue sås": the store writes "Barbequesås"; the "Barbecue Chips" were proposed (asked about),
    the word read as a sort's own name before the kind "sås" (lexicon `spellings`)."""
    index = CatalogIndex.build([product("bbq", "Barbequesås", shelf, price=29.9),
                                product("chips", "Barbecue Chips", SNACKS if shelf else "", price=24.9),
                                product("bearnaise", "Bearnaisesås", shelf, price=25.9),
                                product("hollandaise", "Hollandaisesås", shelf, price=25.9)])
    lines = added_lines(index, "barbecue sås")
    assert lines[0].product is not None and lines[0].product.id == "bbq" and not lines[0].needs_review


@pytest.mark.parametrize(("text", "expected"), [
    ("hårspray extra stark", "strong"),        # an English word of the name said in Swedish
    ("allrengöring med citron", "lemon"),
])
def test_an_english_word_of_a_name_is_the_swedish_word_said(text: str, expected: str) -> None:
    index = CatalogIndex.build([product("strong", "Hårspray Extra Strong", "", price=49.9),
                                product("hold", "Hårspray Hold", "", price=45.9),
                                product("ajvar", "Ajvar Stark", "", price=29.9),
                                product("lemon", "Allrengöring Lemon", "", price=29.9),
                                product("orig", "Allrengöring Original", "", price=27.9)])
    lines = added_lines(index, text)
    assert lines[0].product is not None and lines[0].product.id == expected and not lines[0].needs_review


LIST_SHOP = [("noodles", "Risnudlar Vermicelli"), ("noodles2", "Risnudlar Breda"), ("quinoa", "Quinoa Vit"),
             ("quinoa2", "Quinoa Tricolore"), ("polenta", "Polenta Majsgryn"), ("milk", "Mjölk Standard 3%"),
             ("butter", "Smör Normalsaltat"), ("cheese", "Prästost 31%"), ("cheese2", "Gräddost 38%"),
             ("cheese3", "Herrgårdsost"), ("cheese4", "Hushållsost"), ("cheese5", "Mesost"),
             ("pecorino", "Pecorino Romano"), ("cod", "Torskrygg Fryst"), ("cod2", "Torskfilé"),
             ("pripps", "Pripps Blå 2,2%"), ("blue", "Blåbär Frysta")]


@pytest.mark.parametrize("shelf", ["Skafferi", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("risnudlar quinoa polenta", ["noodles", "quinoa", "polenta"]),  # a list spoken with no "och" between
    ("mjölk smör polenta", ["milk", "butter", "polenta"]),
    ("mjölk smör", None),                    # two words: as often one thing the store lacks as two
    ("torsk rygg", ["cod"]),                 # a compound said apart
    ("pripps blå", ["pripps"]),              # one product's words
    ("pecorino ost", ["pecorino"]),          # a cheese's own name and its kind
    ("två kilo risnudlar quinoa", None),     # an amount said: left as it was read
])
def test_things_said_one_after_another_are_items_of_their_own(shelf: str, text: str,
                                                              expected: list[str] | None) -> None:
    index = CatalogIndex.build([product(pid, name, shelf, price=20.0) for pid, name in LIST_SHOP])
    lines = added_lines(index, text)
    if expected is None:
        assert len(lines) == 1
    else:
        assert [line.product.id if line.product else None for line in lines] == expected


@pytest.mark.parametrize(("word", "spelled"), [
    ("lavender", "lavendel"), ("lemon", "citron"), ("apple", "äpple"), ("pineapple", "ananas"),
    ("orange", "apelsin"), ("chocolate", "choklad"),
    ("lemonad", "lemonad"),  # a lemonade is no lemon
])
def test_a_scent_or_flavour_written_in_english_is_the_swedish_word(word: str, spelled: str) -> None:
    assert fold(load_lexicon().spell(word)) == fold(spelled)


@pytest.mark.parametrize(("soda", "fruit", "veg"), [("Dryck > Läsk", "Frukt & grönt > Frukt", VEG), ("", "", "")])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("två fanta apelsin", "fanta"),    # the store writes the flavour in English: no fresh orange for it
    ("orange paprika", "paprika"),     # the colour, written the same way on both sides, still finds it
])
def test_an_orange_flavour_written_in_english_is_the_swedish_word(soda: str, fruit: str, veg: str, phrase: str,
                                                                  expected: str) -> None:
    products = [product("fanta", "Fanta Orange 1,5L", soda, "Fanta", price=19.0),
                product("exotic", "Fanta Exotic 1,5L", soda, "Fanta", price=19.0),
                product("orange", "Apelsin Klass1", fruit, price=4.0),
                product("paprika", "Paprika Orange Klass1", veg, price=12.0),
                product("red", "Paprika Röd Klass1", veg, price=10.0)]
    item = parse(phrase).items[0]
    proposal = propose(products, item.phrase, item.quantity)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize("shelf", ["Hem & hushåll > Rent fräscht", ""])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("allrengöring citron", "lemon"),       # "Allrengöring Lemon", not a lemon soap
    ("handdiskmedel äpple", "apple"),
    ("luftfräschare lavendel", "lavender"),
])
def test_household_goods_scented_in_english_are_asked_in_swedish(shelf: str, phrase: str, expected: str) -> None:
    products = [product("lemon", "Allrengöring Lemon", shelf, "Ajax", 1, "l"),
                product("original", "Allrengöring Original", shelf, "Ajax", 1, "l"),
                product("soap", "Såpa Citron", shelf, "Grumme", 750, "ml"),
                product("apple", "Handdiskmedel Apple", shelf, "Yes", 650, "ml"),
                product("dish", "Handdiskmedel", shelf, "Xtra", 1, "l"),
                product("candle", "Doftljus Grönt Äpple", shelf, None, 1, "st"),
                product("lavender", "Luftfräschare Gel Lavender", shelf, "Air Wick", 150, "g"),
                product("linen", "Luftfräschare Pure White Linen", shelf, "Air Wick", 250, "ml")]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", ["Fryst > Glass", ""])
def test_an_ice_cream_flavoured_in_english_is_the_flavour_asked_in_swedish(shelf: str) -> None:
    """"laktosfri dessertglass med choklad" on Mathem's feed asked its "Dessertglass Double Chocolate Parfait
    Laktosfri", the chocolate said matched by no word of the name."""
    products = [product("choc", "Dessertglass Double Chocolate Parfait Laktosfri", shelf, None, 1, "l", 52.0),
                product("lemon", "Dessertglass Lemon Meringue Pie", shelf, None, 1, "l", 52.0),
                product("vanilla", "Dessertglass Vanilla", shelf, None, 1, "l", 45.0),
                product("cream", "Gräddglass Chokladkross Laktosfri", shelf, None, 0.65, "l", 35.0)]
    item = parse("laktosfri dessertglass med choklad").items[0]
    proposal = propose(products, item.phrase, item.quantity, attributes=item.attributes)
    assert proposal.product is not None and proposal.product.id == "choc" and not proposal.needs_review, proposal


PEAS = [("sugar", "Sockerärtor Klass 1", "Frukt & grönt > Grönsaker", 250, 25.0),
        ("nuggets", "Vegonuggets av Ärta Fryst", "Vegetariskt", 300, 30.0),
        ("peas", "Ärter Frysta", "Fryst > Grönsaker", 500, 20.0)]


@pytest.mark.parametrize("shelves", [True, False])
@pytest.mark.parametrize(("sold", "expected"), [
    ({"sugar", "nuggets", "peas"}, "peas"),  # a bare "ärtor" is green peas
    ({"sugar", "nuggets"}, None),            # a shop without them: sugar snaps or pea nuggets are asked about
])
def test_peas_are_green_peas_not_sugar_snaps_or_pea_nuggets(shelves: bool, sold: set[str],
                                                          expected: str | None) -> None:
    proposal = propose([product(pid, name, shelf if shelves else "", None, size, "g", price)
                        for pid, name, shelf, size, price in PEAS if pid in sold], "ärtor")
    if expected is None:
        assert proposal.product is None or proposal.needs_review, proposal
    else:
        assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


def test_nuggets_are_a_kind_of_goods() -> None:
    """"Vegonuggets av Ärta" is a nugget made of peas: the lexicon knows the kind."""
    assert stem("nuggets") in load_lexicon().kinds


@pytest.mark.parametrize("shelves", [True, False])
@pytest.mark.parametrize(("sold", "expected"), [
    ({"coffee", "beans"}, "beans"),  # a bare "bönor" are beans to cook, not coffee beans
    ({"coffee"}, None),              # a shop with coffee beans only asks
])
def test_beans_are_no_whole_coffee_beans(shelves: bool, sold: set[str], expected: str | None) -> None:
    products = [product("coffee", "Intenzo Hela Bönor", "Skafferi > Kaffe" if shelves else "", "Zoégas", 450, "g", 60.0),
                product("beans", "Bruna Bönor", "Skafferi > Baljväxter" if shelves else "", None, 500, "g", 25.0)]
    proposal = propose([p for p in products if p.id in sold], "bönor")
    if expected is None:
        assert proposal.product is None or proposal.needs_review, proposal
    else:
        assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize("phrase", ["kryddor", "lite kryddor", "krydda"])
def test_spices_asked_as_a_group_ask_which_with_a_spice_first(shelves: bool, phrase: str) -> None:
    """"kryddor" names a group, not one product: a question led by a spice, never by the vinegar beside
    them on "Matlagning & kryddor" or a seasoned chicken."""
    shelf, meat = ("Skafferi > Matlagning & kryddor", "Kött > Fågel") if shelves else ("", "")
    products = [product("vinegar", "Ättika 12%", shelf, "Perstorp", 500, "ml", 21.95),
                product("blend", "Sju Kryddor Påse", shelf, None, 20, "g", 19.9),
                product("chicken", "Kycklingstrimlor Kryddade", meat, "Kronfågel", 500, "g", 69.95),
                product("pepper", "Svartpeppar Malen", shelf, "Santa Maria", 50, "g", 24.95),
                product("paprika", "Paprikapulver", shelf, "Santa Maria", 40, "g", 22.95)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id in {"pepper", "paprika", "blend"}
    assert proposal.needs_review


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("sirap", "light"),           # a bare "sirap" is the light baking syrup, not the dark one nor glucose
    ("mörk sirap", "dark"),       # a sort said is that sort
    ("lönnsirap", "maple"),
])
def test_syrup_is_the_light_syrup(shelves: bool, phrase: str, expected: str) -> None:
    shelf = "Skafferi > Bakning" if shelves else ""
    products = [product("dark", "Mörk Sirap", shelf, "Dansukker", 750, "g", 29.95),
                product("white", "Vit Sirap", shelf, "Dansukker", 750, "g", 29.95),
                product("glucose", "Glykossirap", shelf, None, 500, "g", 24.95),
                product("maple", "Lönnsirap", shelf, None, 250, "ml", 69.95),
                product("light", "Ljus Sirap", shelf, "Dansukker", 750, "g", 31.95)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("jäst", "fresh"),            # a bare "jäst" is the fresh yeast for bread, no nutritional yeast flakes
    ("torrjäst", "dry"),          # a sort said is that sort
    ("jäst för söta degar", "sweet"),
    ("näringsjäst", "nutritional"),
])
def test_yeast_is_the_fresh_yeast(shelves: bool, phrase: str, expected: str) -> None:
    shelf = "Skafferi > Bakning" if shelves else ""
    products = [product("nutritional", "Näringsjäst", shelf, None, 100, "g", 39.95),
                product("flakes", "Bjäst Flingor", shelf, None, 150, "g", 44.95),
                product("fresh", "Kronjäst Färsk", shelf, None, 50, "g", 4.95),
                product("dry", "Kronjäst Torr 2x14g", shelf, None, 28, "g", 14.95),
                product("sweet", "Kronjäst Söta Degar", shelf, None, 50, "g", 5.95)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


WATERS = [("sparkling", "Naturell Kolsyrat Vatten Pet", "Premier"), ("still", "Stilla Vatten", "Premier"),
          ("ramlösa", "Mineralvatten Naturell", "Ramlösa"), ("melon", "Melon Vatten", None)]


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("phrase", "flagged"), [
    ("vatten", True),     # still or sparkling, which bottle: the sort matters, staff confirm it
    ("ramlösa", False),   # the brand's water is a choice made
])
def test_water_asked_bare_asks_which_and_a_brand_said_is_sure(categories: bool, phrase: str, flagged: bool) -> None:
    """'vatten' was a sparkling water, sure, on three catalogs (the lexicon prefers "kolsyrat")."""
    shelf = "Dryck > Vatten" if categories else ""
    proposal = propose([product(pid, name, shelf if pid != "melon" else ("Frukt & grönt" if categories else ""),
                                brand, 1.5, "l") for pid, name, brand in WATERS], phrase)
    assert proposal.product is not None and proposal.product.id != "melon"
    assert proposal.needs_review is flagged, proposal.reason


MEATBALLS = [("beef", "Köttbullar Frysta", "Kött & kyckling > Färdigmat", 500, 49.0),
             ("hen", "Köttbullar av Hönskött", "Kött & kyckling", 450, 39.95),
             ("turkey", "Köttbullar Kalkon Små Frysta", "Kött & kyckling", 400, 44.95),
             ("veg", "Vegobullar", "Vegetariskt", 300, 35.0)]


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("sold", "expected"), [
    ({"beef", "hen", "turkey", "veg"}, "beef"),  # a bare "köttbullar" is the usual beef and pork ones
    ({"hen", "turkey", "veg"}, None),            # a shop selling only poultry meatballs asks which
])
def test_meatballs_are_beef_and_pork_unless_another_meat_is_said(shelves: bool, sold: set[str],
                                                                expected: str | None) -> None:
    """Swedish meatballs are of beef and pork: hen or turkey meatballs are another sort a care worker
    would not order unasked (Hemköp's 2020 feed sells only those, and one was proposed sure)."""
    products = [product(pid, name, shelf if shelves else "", None, size, "g", price)
                for pid, name, shelf, size, price in MEATBALLS if pid in sold]
    proposal = propose(products, "köttbullar")
    if expected is None:
        assert proposal.product is None or proposal.needs_review, proposal
    else:
        assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review
    chicken = propose(products, "köttbullar av kalkon")
    assert chicken.product is not None and chicken.product.id == "turkey"


@pytest.mark.parametrize("shelf", ["Skafferi > Kaffe", ""], ids=["categories", "names only"])
def test_brygg_is_brewed_coffee(shelf: str) -> None:
    """A written list's "brygg" is short for "bryggkaffe" ("sjöbergs mörkrost brygg"), not only the
    names that write "Brygg" apart ("Kaffe Brygg Mörkrost", which lacks the line asked)."""
    products = [product("line", "Sjöbergs Mörkrost Bryggkaffe", shelf, "Rosteriet", 450, "g"),
                product("beans", "Sjöbergs Mörkrost Hela Bönor", shelf, "Rosteriet", 450, "g"),
                product("house", "Kaffe Brygg Mörkrost", shelf, "Garant", 450, "g")]
    proposal = propose(products, "sjöbergs mörkrost brygg")
    assert proposal.product is not None and proposal.product.id == "line" and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", ["Mejeri, ost & ägg > Ost", ""], ids=["categories", "names only"])
def test_cubes_written_in_english_are_the_tarningar_asked(shelf: str) -> None:
    """A pack written in English ("Vitost Classic Cubes In Brine") is the "tärningar" asked, as
    "Vanilla" is "vanilj"; the whole piece is another sort."""
    products = [product("cubes", "Vitost Classic Cubes In Brine", shelf, "Arla", 200, "g"),
                product("piece", "Vitost Classic Hel Bit", shelf, "Arla", 200, "g")]
    proposal = propose(products, "vitost classic tärningar")
    assert proposal.product is not None and proposal.product.id == "cubes" and not proposal.needs_review, proposal


@pytest.mark.parametrize("categories", [True, False], ids=["categories", "names-only"])
def test_a_colour_sharing_the_stem_is_no_flower(categories: bool) -> None:
    """"rosa" (pink) stems as "rosor" (roses) do, and the dictionary reads "rosor" as a plural of it:
    a name saying the stem only as a describing word the lexicon knows ("Svampduk Rosa") is no rose,
    while "Tulpaner Rosa" stays the tulips asked and "Rosor rosa" the roses."""
    shelf = "Hem & städ" if categories else ""
    flowers = "Blommor & trädgård" if categories else ""
    cloth = [product("p1", "Svampduk Rosa", shelf)]
    assert propose(cloth, "rosor").product is None
    catalog = cloth + [product("p2", "Rosor rosa 10-pack", flowers), product("p3", "Tulpaner Rosa 10-p", flowers)]
    assert chosen(catalog, "rosor") == "p2"
    proposal = propose(catalog, "tulpaner")
    assert proposal.product is not None and proposal.product.id == "p3" and not proposal.needs_review, proposal


# a light chain and a flowery vegetable mix: the splitter reads "blommor" as "blom" + "mor" here, as on
# Mathem's feed ("Mor Annas", "Blomkål"); "Solcell", "Slinga" written alone teach it the light chain's parts
LIGHTS = [("Solcellsslinga Blommor", "Hem & städ > Belysning"), ("Solcellsslinga Hjärtan", "Hem & städ > Belysning"),
          ("Solcell Lampa", "Hem & städ > Belysning"), ("Solcell Lampa Vit", "Hem & städ > Belysning"),
          ("Slinga LED", "Hem & städ > Belysning"), ("Slinga LED Vit", "Hem & städ > Belysning"),
          ("Blommiga Grönsaker Frysta", "Fryst > Grönsaker"), ("Mor Annas Rödbetor", "Skafferi > Inlagt"),
          ("Mor Annas Gurka", "Skafferi > Inlagt"), ("Blomkål Klass1", "Frukt & grönt > Grönsaker"),
          ("Blomkål Fryst", "Fryst > Grönsaker")]


@pytest.mark.parametrize("categories", [True, False], ids=["categories", "names-only"])
def test_a_thing_named_first_is_no_flower_its_pattern_names(categories: bool) -> None:
    """Goods that are no food are named the thing first, then its pattern or colour: "Solcellsslinga
    Blommor" is a light chain, no flowers, and "Blommiga" (flowery) no "blommor" however the word asked
    was split. Asked for flowers where none is sold, neither is proposed sure; a flower sold is."""
    catalog = [product(f"p{n}", name, shelf if categories else "") for n, (name, shelf) in enumerate(LIGHTS)]
    proposal = propose(catalog, "blommor")
    assert proposal.needs_review, proposal
    assert proposal.product is None or proposal.product.name != "Blommiga Grönsaker Frysta", proposal
    flowers = catalog + [product("rosor", "Blommor i Kruka", "Blommor & trädgård" if categories else "")]
    proposal = propose(flowers, "blommor")
    assert proposal.product is not None and proposal.product.id == "rosor" and not proposal.needs_review, proposal


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "wanted"), [
    ("finmalet rågmjöl", "fine"),   # the participle's -et form, the name's -t form
    ("grovmalt rågmjöl", "coarse"),  # and the other way round
    ("rågmjöl", "fine"),
])
def test_a_participle_in_et_and_in_t_is_one_word(shelves: bool, phrase: str, wanted: str) -> None:
    """"malet" and "malt" are both the participle of "mala": "finmalet rågmjöl" asks the finely ground rye
    flour a name writes "Finmalt", surely, no other word read in its place."""
    shelf = "Skafferi > Mjöl" if shelves else ""
    catalog = [product("fine", "Rågmjöl Finmalt 1,5kg", shelf, None, 1.5, "kg", 29.0),
               product("coarse", "Rågmjöl Grovmalet 1,5kg", shelf, None, 1.5, "kg", 31.0)]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.id == wanted
    assert not proposal.needs_review or phrase == "rågmjöl"


@pytest.mark.parametrize("shelves", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "wanted"), [
    ("äppeldryck", "drink"),   # the linking form asked, the name writes "Äpple-"
    ("äppledryck", "drink"),
    ("äpplen", "apples"),      # the plural of the fruit is no compound
])
def test_an_apple_compound_is_written_appel_or_apple(shelves: bool, phrase: str, wanted: str) -> None:
    """"Äppel-" is the linking form of "äpple" ("äppelmos"), yet names write "Äpplejuice", "Äppledryck" too:
    the same compound either way."""
    catalog = [product("drink", "Äppledryck EKO", "Dryck > Saft och dryck" if shelves else "", None, 1, "l", 29.0),
               product("other", "Citrusdryck 1,5L", "Dryck > Saft och dryck" if shelves else "", None, 1.5, "l", 25.0),
               product("apples", "Äpplen Röda Klass1", "Frukt & grönt > Frukt" if shelves else "", None, 1, "kg",
                       30.0)]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.id == wanted


BREAD = "Bröd > Frallor & rundstycken"


@pytest.mark.parametrize("shelf", [BREAD, None])
@pytest.mark.parametrize("phrase", ["glutenfria frallor", "frallor glutenfria"])
def test_a_word_the_store_writes_in_many_names_outweighs_a_synonym_one_name_says(shelf: str | None,
                                                                                 phrase: str) -> None:
    """A store naming its rolls "Havrefralla", "Grova Frallor", "Fröfrallor" ... and a single one
    "Rundstycken" sells "frallor" by that word: reading it as the synonym "rundstycke" left the one
    muesli roll, proposed for "glutenfria frallor" among gluten-free rolls the name did not reach."""
    products = [product("muesli", "Musli Rundstycken 6-p Fryst", shelf, price=30.0),
                product("oat", "Havrefralla", shelf, price=20.0),
                product("seed", "Fröfrallor Glutenfritt 320g", shelf, price=40.0),
                product("coarse", "Grova Frallor Glutenfria 4-p", shelf, price=45.0),
                product("rye", "Rågfralla EKO 3-p", shelf, price=25.0)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id in {"seed", "coarse"}, proposal


@pytest.mark.parametrize("shelf", [BREAD, None])
def test_a_synonym_two_names_say_still_reads_the_word(shelf: str | None) -> None:
    """Where two names say the synonym ("Rundstycke", "Rundstycke med Vallmo"), the store sells rolls
    so: "frallor" stays the "rundstycke" it reads as, not the few gluten-free "Frallor" beside them."""
    products = [product("plain", "Rundstycke", shelf, price=5.0),
                product("poppy", "Rundstycke med Vallmo", shelf, price=6.0),
                product("oat", "Havre Frallor Glutenfria Eko Fryst", shelf, price=40.0),
                product("seed", "Fröfrallor Glutenfria Eko Fryst", shelf, price=40.0),
                product("cheese", "Ostfralla", shelf, price=15.0)]
    proposal = propose(products, "fyra frallor")
    assert proposal.product is not None and proposal.product.id in {"plain", "poppy"}, proposal


@pytest.mark.parametrize(("dairy", "spread"), [("Mejeri > Mjölk", "Mejeri > Smör och margarin"), ("", "")],
                         ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "expected"), [
    ("två mellan och en fil", "semi"),       # a shopping list writes milk by its grade alone
    ("en standard", "whole"),
    ("bregott mellan", "spread"),            # inside a longer phrase the grade is the spread's sort
])
def test_a_milk_grade_said_alone_is_that_milk(dairy: str, spread: str, text: str, expected: str) -> None:
    index = CatalogIndex.build([product("semi", "Mellanmjölk 1,5%", dairy, price=14.9),
                                product("semi-eko", "Mellanmjölk EKO 1,5%", dairy, price=18.9),
                                product("whole", "Standardmjölk 3%", dairy, price=15.9),
                                product("whole-eko", "Standardmjölk EKO 3%", dairy, price=19.9),
                                product("sour", "Filmjölk 3%", dairy, price=17.9),
                                product("spread", "Bregott Mellan 57%", spread, price=39.9),
                                product("bait", "Draken Mellan", "", price=29.9)])
    line = added_lines(index, text)[0]
    assert line.product is not None and line.product.id == expected and not line.needs_review


JUICES = [("griotte", "Jus Griotte", "Dryck > Juice"), ("cox", "Jus De Pomme Cox Orange", "Dryck > Juice"),
          ("tomat", "Tomatjuice", "Dryck > Juice"), ("apelsin", "Juice Apelsin", "Dryck > Juice")]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [("tomatjuse", "tomat"), ("apelsinjuse", "apelsin")])
def test_juice_typed_as_it_is_said_is_juice(shelved: bool, phrase: str, expected: str) -> None:
    """"juse" is "juice" typed as it is said, also ending a compound: "tomatjuse" is no French "Jus"
    (its stem "jus"), nor "apelsinjuse" an apple "Jus ... Cox Orange"."""
    index = CatalogIndex.build([product(pid, name, shelf if shelved else "") for pid, name, shelf in JUICES])
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize("phrase", ["sambal olek", "en burk sambal olek"])
def test_a_typo_is_read_as_the_word_written_beside_the_words_said(shelved: bool, phrase: str) -> None:
    """"olek" is one edit from "oelek" and from the "oblek" of "Oblekta" coffee filters, which more names
    write: the word a name writes beside "sambal", said with it, is the one meant; a coffee filter was asked."""
    products = [product("oelek", "Sambal Oelek", "Skafferi > Asiatiskt" if shelved else "", None, 200, "g", 25.0),
                product("badjak", "Sambal Badjak", "Skafferi > Asiatiskt" if shelved else "", None, 200, "g", 25.0),
                *(product(f"filter{n}", f"Kaffefilter {n} Oblekta", "Dryck > Kaffe" if shelved else "", None, 80, "st",
                          19.0 + n) for n in (102, 103, 104)),
                product("filter4", "Kaffefilter Oblekt Storlek 4", "Dryck > Kaffe" if shelved else "", None, 200,
                        "st", 29.0)]
    proposal = propose(CatalogIndex.build(products), phrase)
    assert proposal.product is not None and proposal.product.id == "oelek"
