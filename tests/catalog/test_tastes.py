"""A bare food word on a feed without shelves: one taste or dish among several is no sure answer.

"sås" where the store names "Satay Sås", "Hoisin Sås" and "Thai Sriracha Sås" alike is a sauce of
some sort, and nothing but the order of equal fits would choose one: staff confirm which. A sort that
is no taste (a brand line, a cut), a plain product of the kind, or a kind whose other sorts are no
tastes stays sure. Each case on a small inline catalog (no scraped data), names only (as Mathem's
feed) and, where it matters, with shelves."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.schema import Product
from assistant.catalog.sorts import foreign, sort_words, sorts_to_choose, tastes
from tests.catalog.catalog_fixture import product, propose

MANY = "Många sorter passar: bekräfta vilken"


def names_only(*names: str) -> list[Product]:
    return [product(f"p{n}", name, "", None, None, None, 20.0 + n) for n, name in enumerate(names)]


SAUCES = names_only("Satay Sås", "Easy Hoisin Sås", "Thai Sriracha Sås", "BBQ Sås Hickory", "Brunsås")
PASTA = names_only("Pasta Carbonara", "Pasta Rigatoni", "Pasta Fusilli", "Pasta Farfalle")
SOUPS = names_only("Soppa Champinjon", "Soppa Sötpotatis", "Soppa Tomat", "Champinjoner Klass1",
                   "Sötpotatis Klass1", "Tomater Klass1")
COUSCOUS = names_only("Couscous Kyckling", "Couscous Fullkorn", "Couscous Lax", "Couscous Skinka")
CRISPBREAD = names_only("Husman Knäckebröd", "Sport Knäckebröd", "Delikatess Knäckebröd")
QUINOA = names_only("Quinoa Tricolore", "Quinoa Röd", "Quinoa EKO")
BISCUITS = names_only("Kex", "Kex Choklad", "Kex Jordgubb", "Kex Citron")
LAMB = names_only("Lammkotletter enkla Färska", "Lammkotletter dubbla Färska", "Lammkotletter Fryst EKO")
PESTO = names_only("Pesto Genovese", "Pesto Genovese 190g", "Pesto Rosso", "Pesto Basilika Citron",
                   "Pesto Genovese EKO", "Pesto Calabrese")
# cordials named mostly by their taste, the first by a word the lexicon does not read as one
CORDIAL = names_only("Saft Mojito", "Saft Jordgubb", "Saft Apelsin", "Saft Hallon", "Saft Fläder")
BEER_SAUSAGE = names_only("Ölkorv Jambalaya", "Ölkorv Chili", "Ölkorv Vitlök", "Ölkorv Lingon", "Ölkorv Älg")
# a brand line the lexicon cannot read, beside a few tastes: most of the kind is named by no taste
CRISPBREAD_LINES = names_only("Delikatess Knäckebröd", "Knäckebröd Sesam", "Knäckebröd Kanel",
                              "Knäckebröd Lingon", "Knäckebröd Mörkt", "Husman Knäckebröd", "Sport Knäckebröd",
                              "Knäckebröd Runt", "Knäckebröd Tunt")
SHAMPOO = names_only("Schampo Repair", "Schampo Color Protect", "Schampo Citrus", "Schampo Kokos")
# household goods the lexicon's words name (kitchen towels, toilet blocks): patterns the client leaves to the shop
# one sort of olive typed apart ("halkidiki oliver"), beside its pitted, marinated and stuffed ones
OLIVES = names_only("Halkidiki Oliver", "Halkidikioliver Urkärnade", "Halkidiki Oliver Urkärnade",
                    "Halkidikioliver I Örtmarinad", "Oliver Halkidiki Pimento", "Kalamataoliver")
TOWELS = names_only("Kökshandduk Rosie Svart 2-p", "Kökshandduk Nova Blå 2-p", "Kökshandduk Bella Grå 2-p",
                    "Kökshandduk Anka Vit 2-p")


@pytest.mark.parametrize(("products", "phrase"), [
    (SAUCES, "sås"),              # dishes and styles named in foreign words
    (PASTA, "pasta"),             # a ready dish or a shape: which?
    (SOUPS, "soppa"),             # tastes of produce the store sells fresh
    (COUSCOUS, "couscous"),       # a food the lexicon knows named in it: a ready dish's taste
    (CORDIAL, "saft"),            # most named by a taste: "Mojito" is one more, though no flavour we know
    (BEER_SAUSAGE, "ölkorv"),
])
def test_one_taste_among_several_is_confirmed(products: list[Product], phrase: str) -> None:
    proposal = propose(products, phrase)
    assert proposal.product is not None
    assert proposal.needs_review and MANY in (proposal.reason or "")


@pytest.mark.parametrize(("products", "phrase", "chosen"), [
    (CRISPBREAD, "knäckebröd", None),  # brand lines are no tastes
    (CRISPBREAD_LINES, "knäckebröd", None),  # a few tastes among lines: the kind is not named by taste
    (QUINOA, "quinoa", None),          # its other sorts are plain or colours
    (BISCUITS, "kex", "p0"),           # the plain product of the kind
    (PESTO, "pesto", "p0"),            # the sort most of the kind's products are is the usual one
    (LAMB, "lammkotletter", None),     # a cut ("enkla" is Swedish: "enkel")
    (SHAMPOO, "schampo", None),        # no food: scents and hair care lines are no dish
    (TOWELS, "två kökshanddukar", None),  # a household textile: patterns are no tastes
    (SAUCES, "thai sås", None),        # a word said besides the kind chooses
    (OLIVES, "halkidiki oliver", "p0"),  # the sort said as the compound's first part, typed apart: said
    (OLIVES, "halkidikioliver", "p0"),
])
def test_no_taste_to_choose_stays_sure(products: list[Product], phrase: str, chosen: str | None) -> None:
    proposal = propose(products, phrase)
    assert proposal.product is not None
    assert MANY not in (proposal.reason or "")
    if chosen:
        assert proposal.product.id == chosen and not proposal.needs_review


def test_a_shelf_leaves_the_question_to_the_shelf_rules() -> None:
    """With shelves the store's usual sort can be read (and a generic word's shelf size asks): the
    names-only rule stays out."""
    shelved = [product(p.id, p.name, "Skafferi > Såser", None, None, None, p.price_sek) for p in SAUCES]
    assert MANY not in (propose(shelved, "sås").reason or "")


def test_a_sort_typed_apart_from_its_kind_is_said_on_a_shelf_too() -> None:
    """"halkidiki oliver" is the plain "Halkidiki Oliver" with shelves as without them."""
    shelved = [product(p.id, p.name, "Skafferi > Oliver", None, None, None, p.price_sek) for p in OLIVES]
    proposal = propose(shelved, "halkidiki oliver")
    assert proposal.product is not None and proposal.product.id == "p0" and not proposal.needs_review, proposal


@pytest.mark.parametrize(("word", "is_foreign"), [
    ("Carbonara", True), ("Satay", True), ("Hoisin", True),
    ("Enkla", False),          # the adjective "enkel"
    ("Bondens", False),        # a genitive
    ("Stjärnboll", False),     # two Swedish words compounded
    ("Tomat", False), ("C-Trim", False), ("BBQ", False),  # a code or a short abbreviation proves nothing
])
def test_foreign_words(word: str, is_foreign: bool) -> None:
    assert foreign(word, CatalogIndex.build(SAUCES).lexicon) == is_foreign


def test_tastes_and_sort_words_of_a_name() -> None:
    index = CatalogIndex.build(SOUPS + CRISPBREAD)
    entries = {e.product.name: e for e in index.entries}
    lex = index.lexicon

    def sold(word: str) -> bool:
        return any(e.fresh and e.own[0][0] == word for e in index.entries)

    soup = entries["Soppa Champinjon"]
    assert tastes(soup, {"sopp"}, lex, sold) == sort_words(soup, {"sopp"}, lex) == {"champinjon"}
    husman = entries["Husman Knäckebröd"]
    assert sort_words(husman, {"knackebrod"}, lex) == {"husman"} and not tastes(husman, {"knackebrod"}, lex, sold)
    rivals = [e for e in index.entries if e.own[0][0] == "sopp"]
    assert sorts_to_choose(soup, rivals, {"sopp"}, lex, sold)
    assert not sorts_to_choose(soup, rivals[:2], {"sopp"}, lex, sold)  # one other taste is no choice yet


def biscuit_shelf(shelved: bool, *names: str) -> list[Product]:
    return [product(f"p{n}", name, "Bröd & kakor > Kex" if shelved else "", None, None, None, 20.0 + n)
            for n, name in enumerate(names)]


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
def test_a_line_writing_the_kind_apart_among_its_compound_sorts_is_confirmed(shelved: bool) -> None:
    """"kex" where the best fit is one brand's line naming the word apart ("Kex Choco Ready")
    and close rivals are the kind's own sorts as compounds ("Mariekex", "Honungskex"): nothing said
    chose the line, so which sort is asked; a product named just "Kex" is the plain one, sure."""
    lines = biscuit_shelf(shelved, "Kex Choco Ready", "Mariekex", "Honungskex", "Kolakex")
    proposal = propose(lines, "kex")
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal
    plain = biscuit_shelf(shelved, "Kex", "Mariekex", "Honungskex", "Kolakex")
    proposal = propose(plain, "kex")
    assert proposal.product is not None and proposal.product.id == "p0" and not proposal.needs_review, proposal


def shelved_as(category: str, *names: str, brand: str | None = None) -> list[Product]:
    return [product(f"p{n}", name, category, brand, None, None, 20.0 + n) for n, name in enumerate(names)]


PIZZAS = ("Kebab Pizza Fryst", "Pepperoni Pizza Fryst", "Vesuvio Pizza Fryst", "Margherita Pizza Fryst",
          "Capricciosa Pizza Fryst")
HERRINGS = ("Sill Lök", "Sill Matjes", "Sill Vitlök", "Sill Tomat", "Sill Kräfta")


@pytest.mark.parametrize("category", ["Fryst > Pizza", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("names", "phrase"), [(PIZZAS, "pizza"), (HERRINGS, "sill")])
def test_a_dish_whose_taste_is_the_choice_asks_which_on_a_shelf_too(names: tuple[str, ...], phrase: str,
                                                                    category: str) -> None:
    """Pizza and pickled herring are chosen by their topping or sauce (the lexicon's `tastes_matter`):
    no "Kebab Pizza" or onion herring sure for the bare word, with a shelf or without."""
    proposal = propose(shelved_as(category, *names), phrase)
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal


def test_one_brands_product_in_two_sizes_is_no_commonest_sort() -> None:
    """"Sill Lök" in 220 g and 550 g of one brand is one sort of herring, not the sort two products of
    the kind share (which would make it the usual one, as "Pesto Genovese" of two makers is)."""
    sizes = shelved_as("Fisk & skaldjur", "Sill Lök", *HERRINGS, brand="Garant")
    proposal = propose(sizes, "sill")
    assert proposal.needs_review and MANY in (proposal.reason or ""), proposal
    makers = [*shelved_as("", "Hummus Original", "Hummus Original", "Hummus Chili", "Hummus Paprika",
                          "Hummus Vitlök")]
    proposal = propose(makers, "hummus")  # no brand stated: two of one name may be two makers'
    assert MANY not in (proposal.reason or ""), proposal


FRUIT = "Frukt & grönt > Frukt"
# the splitter learns a compound's parts from words the feed writes twice or more, as a real feed does
GRAPEFRUIT = [("Grapefrukt Röd Klass1", FRUIT), ("Grape Vit Klass1", FRUIT), ("Grape Röd Klass1", FRUIT),
              ("Frukt & Nötmix", "Skafferi > Nötter"), ("Frukt & Frömix", "Skafferi > Nötter")]
SOOTHERS = [("Fruktnappar 3,5kg", "Godis > Lösvikt"), ("Frukt Mix", "Godis > Lösvikt"),
            ("Frukt Pålägg", "Skafferi > Sylt"), ("Napp Classic Latex 3-p", "Barn > Nappar"),
            ("Napp Happy Silikon 2-p", "Barn > Nappar")]


@pytest.mark.parametrize(("catalog", "phrase"), [(GRAPEFRUIT, "frukt"), (SOOTHERS, "nappar")])
def test_one_compound_of_a_word_beside_the_word_itself_is_confirmed(
        catalog: list[tuple[str, str]], phrase: str) -> None:
    """"frukt" is no sure grapefruit, "nappar" no sure sweets ("Fruktnappar") where a product names the
    word itself about as well ("Frukt & Nötmix", "Napp Classic"): the word is more than one compound
    sort of it, and nothing said chose that sort."""
    products = [product(f"p{n}", name, "") for n, (name, _) in enumerate(catalog)]
    proposal = propose(products, phrase)
    # either reading may come first ("Napp Classic" writes the very word in the singular), neither is sure
    assert proposal.product is not None and proposal.product.id in {"p0", "p3"}, proposal
    assert proposal.needs_review and MANY in (proposal.reason or ""), proposal


def test_a_compound_that_is_the_words_only_product_stays_sure() -> None:
    """Without a pacifier in the store, the sweets are the only "nappar" sold: no other sort to ask of."""
    products = [product(f"p{n}", name, "") for n, (name, _) in enumerate(SOOTHERS[:3])]
    alone = propose(products, "nappar")
    assert alone.product is not None and alone.product.id == "p0" and not alone.needs_review, alone


@pytest.mark.parametrize(("catalog", "phrase"), [(GRAPEFRUIT, "frukt"), (SOOTHERS, "nappar")])
def test_a_shelf_that_sets_the_words_own_products_far_apart_leaves_the_compound(
        catalog: list[tuple[str, str]], phrase: str) -> None:
    """With shelves the word's own products may fit far worse (a baby's shelf, a shelf of nuts): only a
    close rival makes the compound one sort among others (a generic word's big shelf asks on its own)."""
    products = [product(f"p{n}", name, shelf) for n, (name, shelf) in enumerate(catalog)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == "p0" and MANY not in (proposal.reason or "")


@pytest.mark.parametrize("shelf", ["Fryst > Glass", ""], ids=["categories", "names-only"])
def test_goods_whose_taste_is_the_choice_ask_among_lines_named_by_no_taste(shelf: str) -> None:
    """A bare "glass" where the store names its ice creams by lines and words the lexicon reads as no
    taste ("Polka Glass", "Rainbow Glass", "Mixbox Glass"): for goods whose taste is the whole choice
    every sort is a taste, so the first of equal fits is no sure pick, on a feed with shelves as without."""
    products = [product(f"p{n}", name, shelf, None, None, None, 30.0 + n)
                for n, name in enumerate(("Polka Glass", "Rainbow Glass", "Mixbox Glass", "Favoriter Glass"))]
    proposal = propose(products, "glass")
    assert proposal.product is not None
    assert proposal.needs_review and MANY in (proposal.reason or "")


@pytest.mark.parametrize("shelf", ["Dryck > Juice", ""], ids=["categories", "names-only"])
def test_a_bare_juice_is_the_orange_one_where_the_store_writes_it_in_english(shelf: str) -> None:
    """A bare "juice" is orange juice (the lexicon's default), and stores write it "Orange Juice" as often
    as "Apelsinjuice": the plain usual sort proposed sure, never the first of equal fits ("Tropical Juice")."""
    products = [product(f"p{n}", name, shelf, None, None, None, 30.0 + n)
                for n, name in enumerate(("Tropical Juice", "Mango Juice", "Orange Juice", "Apple Juice"))]
    proposal = propose(products, "juice")
    assert proposal.product is not None and proposal.product.id == "p2" and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Skafferi > Soppa", ""], ids=["categories", "names-only"])
def test_a_soup_as_common_as_another_is_no_usual_one(shelf: str) -> None:
    """A bare "soppa" (a soup is chosen by what it is of) where three makers' "Minestrone Soppa" stand
    beside two makers' "Tomatsoppa" and "Linssoppa" each: besides the best, a sort as common as another
    is no usual one for goods whose taste is the whole choice, so the first of equal fits asks; on any feed."""
    products = [product(f"p{n}", name, shelf, brand, None, None, 30.0 + n)
                for n, (name, brand) in enumerate((("Minestrone Soppa", "A"), ("Minestrone Soppa", "B"),
                                                  ("Minestrone Soppa", "C"), ("Tomatsoppa", "A"), ("Tomatsoppa", "B"),
                                                  ("Linssoppa", "A"), ("Linssoppa", "B")))]
    proposal = propose(products, "soppa")
    assert proposal.product is not None
    assert proposal.needs_review and MANY in (proposal.reason or "")


@pytest.mark.parametrize("shelf", ["Glass, godis & snacks", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("names", "sure"), [
    (("Chips Peppar", "Chips Ranch/sourcream", "Chips Dill", "Chips Paprika"), False),  # one taste of many
    (("Chips Lättsaltade", "Chips Lättsaltade", "Chips Dill", "Chips Paprika"), True),  # the plain sort
])
def test_chips_are_chosen_by_their_taste(shelf: str, names: tuple[str, ...], sure: bool) -> None:
    """Crisps are chosen by their taste (the lexicon's `tastes_matter`), and the bare word's reading
    only says what crisps are not (no sort preferred), so "chips" where pepper, ranch, dill and paprika
    crisps fit alike asks which (it was a sure "Chips Peppar" on a shelf); the plain salted ones stay sure."""
    products = [product(f"p{n}", name, shelf, None, None, None, 30.0 + n) for n, name in enumerate(names)]
    proposal = propose(products, "chips")
    assert proposal.product is not None
    assert (MANY in (proposal.reason or "")) is not sure, proposal
    if sure:
        assert proposal.product.name == "Chips Lättsaltade" and not proposal.needs_review, proposal


def test_a_use_no_product_of_the_kind_says_chooses_no_taste() -> None:
    """"sås till köttbullarna" where no sauce says meatballs: the use chooses nothing, so one taste among
    several is still no sure answer (it was a sure "Satay Sås" on Mathem's feed); a use a sauce says
    ("Fiskbullar Dillsås" for "till fiskbullarna") is left to the use's own rules."""
    products = [*SAUCES, product("bea", "Sås Bearnaise", "", None, None, None, 40.0),
                product("balls", "Köttbullar", "", None, None, None, 50.0)]
    proposal = propose(products, "sås till köttbullarna")
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "shelf", "names"), [
    ("tårta", "Bröd & kakor > Tårtor", ("Tårta Kärleksmums", "Tårta Nötcreme", "Tårta Schwarzwald", "Tårta Tosca")),
    ("snacks", "Glass, godis & snacks", ("Ham Snacks", "Kina Röd Snacks", "Snacks Sourcream & Onion", "Rye Snacks")),
])
def test_cakes_and_snacks_are_chosen_by_their_sort(shelved: bool, phrase: str, shelf: str,
                                                   names: tuple[str, ...]) -> None:
    """A bare "tårta" where the store sells a Kärleksmums, a Nötcreme and a Schwarzwald cake alike, or
    "snacks" among ham, Kina and sour cream snacks: such goods are chosen by their sort (the lexicon's
    `tastes_matter`), so the first of equal fits asks which (a sure "Tårta Kärleksmums" on Hemköp's
    shelf, "Ham Snacks" on Mathem's feed)."""
    products = [product(f"p{n}", name, shelf if shelved else "", None, None, None, 90.0 + n)
                for n, name in enumerate(names)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal


MIXED = "smakar mest av något annat"


@pytest.mark.parametrize("category", ["Skafferi > Soppa", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("names", "phrase", "sure"), [
    (("Soppa Blåbär/Hallon", "Nyponsoppa", "Fruktsoppa"), "hallonsoppa", False),  # raspberry only second
    (("Filmjölk Blåbär/Hallon", "Filmjölk Naturell"), "filmjölk hallon", False),
    (("Filmjölk Blåbär/Hallon", "Filmjölk Naturell"), "filmjölk blåbär", True),   # the taste the list leads with
    (("Soppa Hallon", "Soppa Blåbär/Hallon"), "hallonsoppa", True),               # the raspberry one alone
    (("Rågbitar Solros- och Pumpafrön", "Solroskärnor"), "solroskärnor", True),   # no taste listed
])
def test_a_taste_listed_after_another_is_asked(names: tuple[str, ...], phrase: str, sure: bool,
                                               category: str) -> None:
    """A flavour the name lists only after another one ("Soppa Blåbär/Hallon" for "hallonsoppa") is a
    mix whose own taste is the other: asked, with a shelf or without; the leading taste stays sure."""
    proposal = propose(shelved_as(category, *names), phrase)
    assert proposal.product is not None, proposal
    assert (MIXED in (proposal.reason or "")) != sure, proposal
    if sure:
        assert not proposal.needs_review, proposal


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "shelf", "names"), [
    ("nudlar", "Skafferi > Asiatiskt", ("Udon Nudlar", "Shirataki Nudlar", "Ramen Nudlar", "Nudlar Kyckling")),
    ("oliver", "Skafferi > Oliver", ("Kalamata Oliver", "Oliver Pimiento", "Oliver Torkade", "Oliver med Chili")),
])
def test_noodles_and_olives_are_chosen_by_their_sort(shelved: bool, phrase: str, shelf: str,
                                                     names: tuple[str, ...]) -> None:
    """A bare "nudlar" among udon, shirataki and ramen noodles, or "oliver" among Kalamata, stuffed and
    dried olives: such goods are chosen by their sort (the lexicon's `tastes_matter`), and no product is
    plainly the plain one, so the first of equal fits asks which (a sure "Udon Nudlar", "Kalamata
    Oliver" on Willys' shelves)."""
    products = [product(f"p{n}", name, shelf if shelved else "", None, None, None, 30.0 + n)
                for n, name in enumerate(names)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "names", "plain"), [
    ("chili flingor", ("Chipotle Chiliflingor", "Chiliflingor EKO", "Jalapeño Chiliflingor"), "Chiliflingor EKO"),
    ("chilisås", ("Habanero Chilisås", "Chilisås EKO"), "Chilisås EKO"),
    ("chilinötter", ("Chilinötter Chipotle", "Chilinötter EKO"), "Chilinötter EKO"),
])
def test_a_chili_named_by_its_variety_is_a_taste_nobody_asked(shelved: bool, phrase: str, names: tuple[str, ...],
                                                               plain: str) -> None:
    """A chili's variety ("Chipotle", "Habanero", "Jalapeño") is a taste of the goods as a fruit's is:
    "chili flingor" among chipotle, jalapeño and plain organic flakes was a sure "Chipotle Chiliflingor"
    (the organic label cost more than a word nobody said); now the plain flakes, with a shelf or without."""
    products = [product(f"p{n}", name, "Skafferi > Kryddor" if shelved else "", None, None, None, 20.0 + n)
                for n, name in enumerate(names)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.name == plain, proposal



@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
def test_marmalade_is_chosen_by_its_fruit(shelved: bool) -> None:
    """A bare "marmelad" among fig, apricot and four-fruit marmalades: the fruit is the whole choice (the
    lexicon's `tastes_matter`), so the first of equal fits asks which (a sure "Marmelad Fikon" on Mathem's
    feed, where forty marmalades of as many fruits are sold)."""
    names = ("Marmelad Fikon", "Marmelad Old English", "Marmelad Aprikos", "Marmelad Fyra Frukter")
    products = [product(f"p{n}", name, "Skafferi > Sylt & marmelad" if shelved else "", None, None, None, 30.0 + n)
                for n, name in enumerate(names)]
    proposal = propose(products, "marmelad")
    assert proposal.product is not None and proposal.needs_review and MANY in (proposal.reason or ""), proposal


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names only"])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("tuggummi med jordgubbssmak", "gum-strawberry"),   # "X-smak" with a linking s: the flavour X
    ("tuggummi jordgubbssmak", "gum-strawberry"),
    ("yoghurt med hallonsmak", "yoghurt-raspberry"),
    ("kvarg vaniljsmak", "quark-vanilla"),                 # a name writing the word whole still says it
])
def test_a_flavour_said_with_smak_is_the_flavour(shelved: bool, phrase: str, expected: str) -> None:
    """"jordgubbssmak", "hallonsmak": the taste of the word before "smak", as a name writes it alone
    ("Tuggummi Jordgubb", "Yoghurt Hallon"); the "smak" said was a word no such name writes, so the
    right product was only asked."""
    def shelf(category: str) -> str:
        return category if shelved else ""
    products = [product("gum-strawberry", "Tuggummi Jordgubb", shelf("Godis > Tuggummi"), None, 30, "g", 12.0),
                product("gum-mint", "Tuggummi Mint", shelf("Godis > Tuggummi"), None, 30, "g", 11.0),
                product("gum-orig", "Tuggummi Original", shelf("Godis > Tuggummi"), None, 30, "g", 10.0),
                product("yoghurt-raspberry", "Yoghurt Hallon", shelf("Mejeri > Yoghurt"), None, 1, "kg", 25.0),
                product("yoghurt-plain", "Yoghurt Naturell 3%", shelf("Mejeri > Yoghurt"), None, 1, "kg", 20.0),
                product("quark-vanilla", "Vaniljsmak Kvarg 0,2%", shelf("Mejeri > Kvarg"), None, 500, "g", 25.0),
                product("quark-plain", "Kvarg Naturell", shelf("Mejeri > Kvarg"), None, 500, "g", 20.0),
                product("jam", "Jordgubbssylt", shelf("Skafferi > Sylt"), None, 400, "g", 30.0)]
    proposal = propose(CatalogIndex.build(products), phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review
