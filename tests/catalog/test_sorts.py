"""Special sorts, preparations and flavours (`assistant.catalog.sorts`), as plain functions on small
inline catalogs, with and without categories."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.catalog.index import CatalogIndex, Entry, cut_of_short_word
from assistant.catalog.kinds import made_of_produce
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import stem
from assistant.catalog.query import analyse
from assistant.catalog.sorts import (
    SPECIAL_VARIANTS,
    asks_plain,
    default_for,
    names_the_number,
    flavoured_compound,
    fresh_refused,
    fresh_says,
    default_says,
    mixes_in_unsaid,
    plain_says,
    prepared_compound,
    rarest_word,
    said_in_order,
    shelf_sorts_of_the_word,
    shelf_variants,
    special_variants,
    tastes_of_more,
    unlabelled_twin,
    usual_sorts,
    word_counts,
)
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import chosen, names_only, product, propose

LEX = load_lexicon()
PRODUCTS = [
    product("kvarg", "Kvarg Naturell", "Mejeri > Kvarg", "Arla", 500, "g"),
    product("vanilj", "Vanilj Kvarg", "Mejeri > Kvarg", "Arla", 500, "g"),
    product("riskakor", "Riskakor Ost", "Skafferi > Riskakor", None, 100, "g"),
    product("kefir1", "Kefir Laktosfri", "Mejeri > Kefir", "Arla", 1, "l"),
    product("kefir2", "Kefir Laktosfri 2,5%", "Mejeri > Kefir", "Lindahls", 1, "l"),
    product("kefir3", "Kefir Laktosfri Mild", "Mejeri > Kefir", "Kvibille", 1, "l"),
    product("kattmat", "Kattmat Lax", "Djur > Katt", "Whiskas", 400, "g"),
    product("kattfisk1", "Kattmat Fisk I Gele", "Djur > Katt", "Whiskas", 400, "g"),
    product("kattfisk2", "Kattmat Fisk Lax", "Djur > Katt", "Whiskas", 400, "g"),
    product("kattfisk3", "Kattmat Fisk Torsk", "Djur > Katt", "Whiskas", 400, "g"),
    product("bregott", "Normalsaltat Smör & Rapsolja 75%", "Mejeri > Smör", "Bregott", 600, "g"),
    product("mellanrost", "Mellanrost Bryggkaffe", "Dryck > Kaffe", "Gevalia", 450, "g"),
]


@pytest.fixture(params=["categories", "names only"], scope="module")
def index(request: pytest.FixtureRequest) -> CatalogIndex:
    if request.param == "categories":
        return CatalogIndex.build(PRODUCTS)
    return CatalogIndex.build(names_only(PRODUCTS))


def entries(index: CatalogIndex, *ids: str) -> list[Entry]:
    return [index.entries[index.by_id[i]] for i in ids]


def test_every_department_without_food_is_a_special_sort() -> None:
    special = special_variants(LEX)
    assert SPECIAL_VARIANTS <= special
    assert set(LEX.departments) <= special
    assert "eko" not in special  # organic is a variant, not another thing


@pytest.mark.parametrize(("ids", "said_department", "expected"), [
    (("kefir1", "kefir2", "kefir3"), False, {"laktosfri"}),  # all kefir is lactose-free: no special sort there
    (("kefir1", "kefir2"), False, set()),                     # two products prove nothing
    (("kattmat",), True, set()),                              # the request said its department itself
    (("kattfisk1", "kattfisk2", "kattfisk3"), True, set()),  # "fisk" asks for food though all of them are pet food
])
def test_what_every_product_of_a_kind_is_is_no_special_sort(index: CatalogIndex, ids: tuple[str, ...],
                                                            said_department: bool, expected: set[str]) -> None:
    assert usual_sorts(entries(index, *ids), said_department) == expected


@pytest.mark.parametrize(("category", "expected"), [
    ("Djur > Katt", {"djur"}),  # a stated pet-food category speaks for the word, even for one product
    ("", set()),                # a department read from one name alone does not
])
def test_the_usual_department_of_a_lone_product_needs_a_stated_one(category: str, expected: set[str]) -> None:
    index = CatalogIndex.build([product("kattmat", "Kattmat Lax", category, "Whiskas", 400, "g")])
    assert usual_sorts(entries(index, "kattmat")) == expected


@pytest.mark.parametrize(("said", "expected"), [
    ({"kvarg"}, True),
    ({"kvarg", stem("vanilj")}, False),
    (set(), True),
])
def test_a_request_without_a_flavour_asks_for_the_plain_sort(said: set[str], expected: bool) -> None:
    assert asks_plain(said, LEX) is expected


@pytest.mark.parametrize(("product_id", "said", "expected"), [
    ("kvarg", {"kvarg"}, False),
    ("vanilj", {"kvarg"}, True),               # a flavour in the name
    ("riskakor", {stem("riskakor")}, True),    # a filling nobody asked for: "Riskakor Ost"
    ("riskakor", {stem("riskakor"), "ost"}, False),
])
def test_a_flavour_or_filling_nobody_asked_for(index: CatalogIndex, product_id: str, said: set[str],
                                               expected: bool) -> None:
    assert tastes_of_more(entries(index, product_id)[0], said) is expected


@pytest.mark.parametrize(("mod", "product_id", "expected"), [
    (stem("naturell"), "kvarg", True),
    (stem("naturell"), "vanilj", False),    # flavoured: not the plain sort
    (stem("naturell"), "riskakor", False),  # filled
    ("lax", "kattmat", False),              # no plain word
])
def test_an_unflavoured_product_says_naturell_without_writing_it(index: CatalogIndex, mod: str, product_id: str,
                                                                 expected: bool) -> None:
    assert plain_says(mod, entries(index, product_id)[0], LEX) is expected


@pytest.mark.parametrize(("phrase", "prefers", "avoids"), [
    ("kaffe", stem("bryggkaffe"), stem("kapslar")),  # a bare "kaffe" is ground coffee, not capsules
    ("kaffe", stem("brygg"), stem("presso")),        # brewing grind, not the espresso grind
    ("mellanrost", stem("bryggkaffe"), stem("bönor")),  # a roast said alone is ground coffee as well
    ("bregott", stem("normalsaltat"), stem("laktosfri")),  # a brand's word reads as the kind it makes
])
def test_a_bare_word_has_the_lexicons_default_reading(index: CatalogIndex, phrase: str, prefers: str,
                                                      avoids: str) -> None:
    q = analyse(phrase, index)
    assert q is not None
    default = default_for(q, index)
    assert default is not None and prefers in default.prefer and avoids in default.avoid


def test_a_word_without_a_default_reading(index: CatalogIndex) -> None:
    q = analyse("kvarg", index)
    assert q is not None and default_for(q, index) is None


@pytest.mark.parametrize(("category", "expected"), [
    ("Vegetariskt", {"vegansk"}),
    ("Frys > Vegetarisk > Färdigt att värma", {"vegansk"}),
    ("Skafferi > Glutenfritt", {"glutenfri"}),
    ("Mejeri & ägg > Mjölk fil > Låglaktos laktosfri", {"laktosfri"}),
    ("Kött, chark & fågel", set()),
    ("Frukt & grönt > Eko", set()),  # organic is a label, not a diet: the shelf says nothing of it
    ("", set()),
])
def test_the_diet_sort_a_shelf_names(category: str, expected: set[str]) -> None:
    assert shelf_variants(category, LEX) == expected


SHELVED = [
    product("tofu1", "Tofu Naturell", "Vegetariskt", None, 400, "g"),
    product("tofu2", "Tofu Rökt", "Vegetariskt", None, 230, "g"),
    product("tofu3", "Tofu Marinerad", "Fisk > Sill", None, 230, "g"),  # a shop's odd shelf
    product("vegobacon", "Bacon Klippta Skivor", "Vegetariskt", None, 120, "g"),
    product("baconost", "Mjukost Bacon", "Mejeri > Ost", None, 275, "g"),
    product("korv", "Grillkorv", "Chark > Korv", None, 400, "g"),
]


@pytest.mark.parametrize(("ids", "expected"), [
    (["tofu1", "tofu2", "tofu3"], {"vegansk"}),        # most tofu stands on the vegetarian shelf: its own sort
    (["vegobacon", "baconost", "korv"], set()),          # one bacon of three there: a special sort
    (["tofu1"], set()),                                   # a lone product proves nothing
    (["tofu1", "tofu3"], set()),                          # one of two is no majority
])
def test_a_shelf_most_of_the_kind_stands_on_is_no_special_sort(ids: list[str], expected: set[str]) -> None:
    index = CatalogIndex.build(SHELVED)
    kind = [index.entries[index.by_id[i]] for i in ids]
    assert usual_sorts(kind) & {"vegansk"} == expected


def test_the_sorts_a_product_is_named_by_its_name_or_its_shelf() -> None:
    """`Entry.sorts_named` is what the matcher asks; derived, so a replaced entry never keeps a stale one."""
    index = CatalogIndex.build([*SHELVED, product("ekotofu", "Tofu Eko", "Vegetariskt", None, 400, "g")])
    vegobacon, ekotofu = (index.entries[index.by_id[i]] for i in ("vegobacon", "ekotofu"))
    assert {"vegansk"} <= vegobacon.sorts_named and "eko" not in vegobacon.sorts_named
    assert {"vegansk", "eko"} <= ekotofu.sorts_named
    assert replace(vegobacon, shelf_variants=frozenset()).sorts_named == vegobacon.attributes


@pytest.mark.parametrize("meat", ["Kött > Färs", "Kött, chark & fågel", ""])
def test_a_product_of_the_default_reading_lacks_no_first_part_of_the_word(meat: str) -> None:
    """"köttfärs" means nötfärs or blandfärs (the lexicon's default): a "Blandfärs" need not write
    "kött", so it is a sure match, not an unsure one, also where only a shelf naming every meat
    says "kött" ("Kött, chark & fågel"); a "Kalvfärs" still lacks it."""
    index = CatalogIndex.build([product("bland", "Blandfärs 50/50", meat), product("kalv", "Kalvfärs 15%", meat),
                                product("vildsvin", "Färs Vildsvin", meat), product("hjort", "Färs Hjort", meat),
                                product("rostbiff", "Kött Rostbiff", meat)])
    q = analyse("köttfärs", index)
    assert q is not None and q.head_parts == (stem("kött"),)
    default = default_for(q, index)
    assert default is not None
    assert default_says(stem("kött"), entries(index, "bland")[0], q, default.prefer)
    assert not default_says(stem("kött"), entries(index, "kalv")[0], q, default.prefer)
    proposal = propose(index, "köttfärs")
    assert proposal.product is not None and proposal.product.id == "bland" and not proposal.needs_review


SALAMI = ["Salami Sticks", "Salami Skivad", "Pepparsalami Skivad", "Salami Milano Skivad", "Salami Chipotle",
          "Salami Chipotle Skivad"]


@pytest.mark.parametrize("category", ["Kött, chark & fågel", ""])
@pytest.mark.parametrize(("name", "expected"), [
    ("Salami Skivad", 4),     # "skivad": most of the kind says it
    ("Salami Chipotle", 2),   # a flavour two products say
    ("Salami Sticks", 1),     # another form: its own word
    ("Salami Sticks Gøl", 1), # the brand written in the name says nothing of the sort
])
def test_the_rarest_word_a_name_adds_among_its_kind(category: str, name: str, expected: int) -> None:
    index = CatalogIndex.build([product(str(n), text, category, "Gøl") for n, text in enumerate([*SALAMI, name])])
    entries = index.entries[:len(SALAMI)]
    counts = word_counts(entries)
    assert rarest_word(index.entries[-1], counts, {stem("salami")}) == expected


def test_a_name_of_asked_words_only_is_the_commonest() -> None:
    index = CatalogIndex.build([product("s", "Salami", ""), product("k", "Salami Skivad", "")])
    counts = word_counts(index.entries)
    assert rarest_word(index.entries[0], counts, {stem("salami")}) > rarest_word(index.entries[1], counts,
                                                                                {stem("salami")})


@pytest.mark.parametrize("category", ["Frukt & grönt > Svamp", ""])
@pytest.mark.parametrize(("name", "expected"), [
    ("Kantareller Klass 1", True),          # fresh produce says it without writing it
    ("Kantareller Torkade Klass 1", False),  # dried
    ("Kantareller Frysta Klass 1", False),   # frozen
])
def test_fresh_produce_says_farsk(category: str, name: str, expected: bool) -> None:
    index = CatalogIndex.build([product("p", name, category), product("o", "Färskost Kantarell", "Ost")])
    assert fresh_says(stem("färska"), index.entries[0]) is expected
    assert fresh_says(stem("färskost"), index.entries[0]) is False
    assert fresh_says(stem("färska"), index.entries[1]) is False  # no produce: a cheese


BURGERS = [product("tofu", "Tofuburgare Bbq Marinerad", "Vegetariskt", "Yi-pin Soya", 230, "g"),
           product("quorn", "Quorn Burgare", "Vegetariskt", "Quorn", 300, "g"),
           product("beef", "Burgare av Högrev Sverige", "Kött, chark & fågel", "Garant", 500, "g"),
           product("pork", "Burgare Fläsk", "Kött, chark & fågel", "Garant", 500, "g"),
           product("gf", "Hamburgerbröd Glutenfri", "Bröd & kakor", "Fria", 280, "g")]


def test_the_shelf_sorts_of_every_product_named_by_the_word() -> None:
    index = CatalogIndex.build(BURGERS)
    tofu, quorn, beef, gf = (index.entries[index.by_id[i]] for i in ("tofu", "quorn", "beef", "gf"))
    assert shelf_sorts_of_the_word([tofu]) == {"vegansk"}
    assert shelf_sorts_of_the_word([tofu, quorn]) == {"vegansk"}
    assert shelf_sorts_of_the_word([tofu, beef]) == frozenset()   # not every one of them
    assert shelf_sorts_of_the_word([gf]) == frozenset()            # the name says it: still a sort to confirm
    assert shelf_sorts_of_the_word([]) == frozenset()


@pytest.mark.parametrize("categories", [True, False])
def test_a_compound_named_whole_is_no_surprise_on_its_shelf(categories: bool) -> None:
    """"tofu burgare" is the tofu burger on "Vegetariskt", though most burgers are meat: the client
    named it, so its shelf's sort is no question; a bare "burgare" of the same shelf would be."""
    products = BURGERS if categories else names_only(BURGERS)
    index = CatalogIndex.build(products)
    phrase = "tofu burgare"
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == "tofu" and not proposal.needs_review


VEG_SHELF = "Vegetariskt > Fryst > Färdigt att värma"
PATTIES = [product("beet", "Rödbetspuckar", VEG_SHELF, "Coop", 300, "g"),
           product("broc", "Broccolibollar Ost & Basilika", VEG_SHELF, "Coop", 280, "g"),
           product("vsausage", "Paprikakorv Vegansk", VEG_SHELF, "Coop", 240, "g"),
           product("vgarlic", "Vitlökskorv", VEG_SHELF, "Coop", 240, "g"),
           product("nuggets", "Nuggets", VEG_SHELF, "Coop", 300, "g"),
           product("beets", "Rödbetor", "Frukt & grönsaker > Rotfrukter", None, 1, "kg"),
           product("broccoli", "Broccoli", "Frukt & grönsaker > Grönsaker", None, 500, "g"),
           product("pepper", "Paprika Röd", "Frukt & grönsaker > Grönsaker", None, None, "st"),
           product("garlic", "Vitlök", "Frukt & grönsaker > Grönsaker", None, None, "st")]


@pytest.mark.parametrize(("word", "expected"), [
    ("rödbetspuckar", True),    # "Rödbetor" sold fresh, with a linking s
    ("broccolibollar", True),
    ("paprikakorv", False),     # the rest names meat
    ("vitlökskorv", False),     # garlic is a flavour
    ("nuggets", False),         # no produce leads it
    ("rödbetor", False),        # the produce itself, no compound of it
])
@pytest.mark.parametrize("categories", [True, False])
def test_a_compound_written_whole_led_by_fresh_produce(word: str, expected: bool, categories: bool) -> None:
    """A feed of bare names marks its produce by the EU class ("Rödbetor Klass 1")."""
    unshelved = [product(p.id, p.name + (" Klass 1" if "Frukt" in p.category else ""), "", p.brand, p.size, p.unit)
                  for p in PATTIES]
    index = CatalogIndex.build(PATTIES if categories else unshelved)
    assert made_of_produce(stem(word), index) is expected


@pytest.mark.parametrize("phrase", ["rödbets puckar", "broccolibollar frysta"])
def test_a_compound_led_by_produce_is_no_surprise_on_the_vegetarian_shelf(phrase: str) -> None:
    """Coop files "Rödbetspuckar" and "Broccolibollar" under "Vegetariskt": named by a vegetable, they
    are what the client asked for, no vegan sort to confirm; "nuggets" (mostly chicken) still is."""
    proposal = propose(PATTIES, phrase)
    assert proposal.product is not None and proposal.product.id in {"beet", "broc"} and not proposal.needs_review
    nuggets = propose(PATTIES, "nuggets")
    assert nuggets.product is None or nuggets.needs_review


SAUSAGES = [product("eko", "Lammkorv Eko", "Chark > Korv > Grillkorv", "Mälarchark", 300, "g", 49.0),
            product("plain", "Lammkorv", "Chark > Korv > Övrig korv", "Sorunda", 300, "g", 39.0),
            product("krav", "Morötter KRAV", "Frukt & grönt > Rotfrukter", None, 1, "kg"),
            product("carrots", "Morötter", "Frukt & grönt > Rotfrukter", None, 1, "kg"),
            product("snack", "Morot Snack", "Frukt & grönt > Rotfrukter", None, 200, "g"),
            product("grill", "Grillkorv Tjock", "Chark > Korv > Grillkorv", "Scan", 600, "g")]


def test_the_plain_twin_of_an_organic_product_is_its_name_without_the_label() -> None:
    index = CatalogIndex.build(SAUSAGES)
    eko, plain, krav, carrots, snack, grill = entries(index, "eko", "plain", "krav", "carrots", "snack", "grill")
    assert unlabelled_twin(plain, eko, LEX) and unlabelled_twin(carrots, krav, LEX)
    assert not unlabelled_twin(snack, krav, LEX) and not unlabelled_twin(grill, eko, LEX)


@pytest.mark.parametrize("categories", [True, False])
def test_an_organic_product_on_the_shelf_of_the_purpose_is_no_better_reading(categories: bool) -> None:
    """"lamm korv till grillen": the plain "Lammkorv" is the very sausage, though only the organic one
    stands on the grill shelf (it was proposed sure); the plain one does not say the purpose, so
    staff confirm it. A brand said may be the organic one's own: then nothing is swapped."""
    products = SAUSAGES if categories else names_only(SAUSAGES)
    index = CatalogIndex.build(products)
    for phrase, expected in (("lamm korv till grillen", "plain"), ("lammkorv", "plain"),
                             ("mälarchark lammkorv", "eko")):
        proposal = propose(index, phrase)
        assert proposal.product is not None and proposal.product.id == expected, phrase


def test_no_default_reading_avoids_the_first_part_of_a_word_it_prefers() -> None:
    """The lexicon alone decides what a bare word's reading avoids: "choklad" prefers "mjölkchoklad",
    so it must not avoid "mjölk" (meant for "chokladmjölk", which it names whole), or the milk
    chocolate it prefers would be the avoided one ("Mörk Choklad 70%" won, sure, on the demo catalog)."""
    clashes = [(word, avoided, preferred) for word, reading in LEX.defaults.items()
               for preferred in reading.prefer for avoided in reading.avoid
               if preferred != avoided and preferred.startswith(avoided)]
    assert clashes == []


@pytest.mark.parametrize(("word", "number", "names", "expected"), [
    ("omega", 3, ["Omega 3 Högkoncentrerad 1000mg Kapslar"], True),
    ("omega", 3, ["Fiskolja Omega-3 ASC"], True),
    ("omega", 6, ["Omega 3 Kapslar"], False),
    ("filmjölk", 3, ["Filmjölk 3%"], False),           # a fat percentage
    ("ägg", 6, ["Ägg 6-p Frigående"], False),          # a pack count
    ("tonfisk", 3, ["Tonfisk 3x80g"], False),          # a multipack
    ("potatis", 1, ["Potatis 1 kg"], False),           # a size
])
def test_a_name_writing_a_number_after_a_word(word: str, number: int, names: list[str], expected: bool) -> None:
    assert names_the_number(word, number, names) is expected


FRESH_FISH, FROZEN_FISH = "Fisk & skaldjur > Färsk fisk", "Fisk & skaldjur > Fryst fisk"
SALMON = [product("gravad", "Gravad Lax Skivad", FRESH_FISH, "Garant", 200, "g"),
          product("varmrökt", "Varmrökt Lax", FRESH_FISH, "Garant", 200, "g"),
          product("rökt", "Lax Rökt Skivad", FRESH_FISH, None, 100, "g"),
          product("laxfilé", "Laxfilé Färsk", FRESH_FISH, "Garant", 250, "g"),
          product("laxfilé-fryst", "Laxfilé 4-pack", FROZEN_FISH, "Garant", 500, "g"),
          product("torsk", "Torsk Filé", FROZEN_FISH, None, 400, "g")]  # "Filé" written alone


@pytest.mark.parametrize(("word", "expected"), [
    ("laxfile", ("lax", "file")),   # a short word the splitter keeps whole, cut: the salmon
    ("ostbitar", None),             # "bitar" is written alone by no product of this vocabulary
    ("hållare", None),              # "lare" is no form as written, though "lår" folds alike
    ("lårfile", None),              # a cut of a cut: the chicken's, not a "lår" of its own
    ("kycklingfile", None),         # long first parts split already
])
def test_a_short_word_cut_is_that_word(word: str, expected: tuple[str, str] | None) -> None:
    """Words as names are read (case-folded, accents off: "filé" is "file")."""
    vocabulary = {"lax", "file", "ost", "lar", "hal", "kyckling"}
    assert cut_of_short_word(word, load_lexicon().forms, vocabulary) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Gravad Lax Skivad", True), ("Varmrökt Lax", True), ("Laxfilé Färsk", False), ("Grillkorv", False)])
def test_fresh_asked_is_refused_by_a_cured_or_smoked_name(name: str, expected: bool) -> None:
    """"färsk lax" is raw fish: the shelf "Färsk fisk" (chilled) does not make a cured one fresh."""
    index = CatalogIndex.build([product("p", name, FRESH_FISH, None, 200, "g")])
    found = index.entries[index.by_id["p"]]
    assert fresh_refused(stem("färsk"), found, {stem("lax")}, load_lexicon()) is expected


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("phrase", "expected"), [
    ("lax", {"laxfilé", "laxfilé-fryst"}),  # a bare "lax" is a fillet: no cured, smoked or trout
    ("färsk lax", {"laxfilé"}),
    ("rökt lax", {"varmrökt", "rökt"}),  # the preparation said finds it
    ("gravad lax", {"gravad"}),
])
def test_salmon_asked_bare_is_the_fillet_and_a_preparation_said_finds_it(categories: bool, phrase: str,
                                                                          expected: set[str]) -> None:
    products = SALMON if categories else names_only(SALMON)
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id in expected, (proposal.product, proposal.reason)


@pytest.mark.parametrize("categories", [True, False])
def test_salmon_where_only_cured_and_smoked_is_sold_is_flagged(categories: bool) -> None:
    products = [p for p in SALMON if p.id in {"gravad", "varmrökt", "rökt", "torsk"}]
    if not categories:
        products = names_only(products)
    proposal = propose(products, "lax")
    assert proposal.product is not None and proposal.needs_review, proposal


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Potatis och rotfrukter", ""], ids=["categories", "names-only"])
def test_a_jar_asks_for_goods_put_up_not_fresh_produce(shelf: str) -> None:
    """"en burk rödbetor" where the store sells only fresh beets asks staff rather than proposing the
    "Rödbetor Klass 1" sure; a jarred product saying the package is the thing; "en påse" and a bare
    "rödbetor" are still the fresh ones."""
    products = [product("fresh", "Rödbetor Klass 1", shelf, None, 1, "kg", 19.0)]
    jar = propose(products, "rödbetor", Quantity(amount=1, unit="st", unit_word="burk"))
    assert jar.product is None or jar.needs_review
    bag = propose(products, "rödbetor", Quantity(amount=1, unit="st", unit_word="påse"))
    assert bag.product is not None and bag.product.id == "fresh"
    assert not propose(products, "rödbetor").needs_review
    jarred = [*products, product("jar", "Rödbetor Skivade Burk", "Skafferi > Konserver" if shelf else "", "Felix",
                                 570, "g", 24.0)]
    assert propose(jarred, "rödbetor", Quantity(amount=1, unit="st", unit_word="burk")).product.id == "jar"


@pytest.mark.parametrize("shelf", ["Hem & städ", ""], ids=["categories", "names-only"])
def test_a_bottle_asks_for_the_liquid_sort(shelf: str) -> None:
    """"en flaska galltvål" was the cheaper bar ("Galltvål Fast"), sure, as the liquid's "Flytande" is a
    special sort nobody said: a bottle holds a liquid, so said as the package it asks that sort; said
    without it, the bar is no worse an answer; goods that are liquid only need not say it."""
    products = [product("bar", "Galltvål Fast Ekologisk", shelf, "Galltvål", 100, "g", 29.0),
                product("liquid", "Galltvål Flytande Ekologisk", shelf, "Galltvål", 500, "ml", 49.0),
                product("dish", "Handdiskmedel Original", shelf, "Yes", 500, "ml", 25.0)]
    bottle = propose(products, "galltvål", Quantity(amount=1, unit="st", unit_word="flaska"))
    assert bottle.product is not None and bottle.product.id == "liquid", bottle
    dish = propose(products, "diskmedel", Quantity(amount=1, unit="st", unit_word="flaska"))
    assert dish.product is not None and dish.product.id == "dish" and not dish.needs_review, dish


HONEY = [product("tryffel", "Tryffelhonung Vit", "Mejeri, ost & ägg > Ost", None, 100, "g"),
         product("pomelo", "Honungspomelo Klass 1", "Frukt & grönt > Frukt", None, 1, "st"),
         product("marmelad", "Apelsinmarmelad", "Skafferi > Sylt & marmelad", None, 400, "g"),
         product("ost", "Herrgård 28%", "Mejeri, ost & ägg > Ost", None, 700, "g")]


@pytest.mark.parametrize(("phrase", "product_id", "expected"), [
    ("honung", "tryffel", True),      # a flavour leads the compound, on a shelf of cheese
    ("pomelo", "pomelo", False),      # fresh produce: a variety's name
    ("marmelad", "marmelad", False),  # the shelf names the thing: the usual orange marmalade
])
def test_a_bare_word_said_only_in_a_compound_led_by_a_flavour(phrase: str, product_id: str, expected: bool) -> None:
    lexicon = load_lexicon()
    for shelved in (True, False):  # a feed without categories cannot tell
        products = HONEY if shelved else names_only(HONEY)
        index = CatalogIndex.build(products)
        q = analyse(phrase, index)
        assert q is not None
        found = index.entries[index.by_id[product_id]]
        assert flavoured_compound(found, q, lexicon) is (expected and shelved)


def test_honey_where_only_a_truffle_honey_for_cheese_is_sold_is_flagged() -> None:
    proposal = propose(HONEY, "honung")
    assert proposal.product is not None and proposal.product.id == "tryffel" and proposal.needs_review
    plain = propose([*HONEY, product("plain", "Svensk Honung Flytande", "Skafferi > Socker & sötning", None, 500,
                                     "g")], "honung")
    assert plain.product is not None and plain.product.id == "plain" and not plain.needs_review, plain


@pytest.mark.parametrize("category", ["Mejeri > Yoghurt", ""])
@pytest.mark.parametrize(("phrase", "name", "expected"), [
    ("turkisk yoghurt", "Turkisk Yoghurt 10%", True),   # the words in the order said
    ("turkisk yoghurt", "Yoghurt Turkisk 10%", False),  # the feed's kind-first order
    ("yoghurt turkisk", "Yoghurt Turkisk 10%", True),
    ("turkisk yoghurt", "Yoghurt", False),
])
def test_a_name_saying_the_words_in_the_order_said(category: str, phrase: str, name: str, expected: bool) -> None:
    index = CatalogIndex.build([product("p", name, category)])
    q = analyse(phrase, index)
    assert q is not None and said_in_order(index.entries[0], q) is expected


@pytest.mark.parametrize("category", ["Mejeri > Yoghurt", ""])
@pytest.mark.parametrize(("phrase", "expected"), [("turkisk yoghurt 10%", "said"), ("yoghurt turkisk", "kind")])
def test_among_equal_fits_the_name_in_the_order_said(category: str, phrase: str, expected: str) -> None:
    """Two names of the same words are equal fits: the one a shopper would say as asked is the reading,
    before the cheaper one."""
    products = [product("kind", "Yoghurt Turkisk 10%", category, None, 1, "l", 29.0),
                product("said", "Turkisk Yoghurt 10%", category, None, 1, "l", 31.0)]
    proposal = propose(products, phrase)
    assert proposal.product is not None and proposal.product.id == expected and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Skafferi > Bakning", ""])
@pytest.mark.parametrize("phrase", ["socker", "socker till bakningen", "socker till kaffet"])
def test_a_use_said_keeps_the_default_sort_of_a_word_sold_as_compounds(shelf: str, phrase: str) -> None:
    """"socker" is the plain granulated sugar. A store selling sugar only by compounds ("Strösocker",
    "Vanillinsocker") sells it by the word as much as one leading names with it, so a use said ("till
    bakningen", "till kaffet") is a use, no sort every product on a baking shelf says: the default reading
    stays, and a cheaper flavouring sugar is not proposed sure."""
    index = CatalogIndex.build([product("van", "Vanillinsocker", shelf, None, 140, "g", 9.9),
                                product("stro", "Strösocker", shelf, None, 1, "kg", 19.9),
                                product("flor", "Florsocker", shelf, None, 500, "g", 13.9)])
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == "stro" and not proposal.needs_review


@pytest.mark.parametrize("shelf", ["Glass, godis & snacks", ""])
@pytest.mark.parametrize(("names", "expected"), [
    (["Chips Peppar", "Chips Ranch/sourcream", "Chips Lättsaltade"], "Chips Lättsaltade"),  # the plain one
    (["Chips Peppar", "Chips Ranch/sourcream"], None),  # only seasoned ones: a question, no sure pepper chips
])
def test_a_name_seasoned_after_its_kind_does_not_say_naturell(shelf: str, names: list[str],
                                                              expected: str | None) -> None:
    """"chips naturell" asks for unsalted-flavour chips: a food ("Peppar") or a word the lexicon does not
    know ("Ranch") after the kind seasons them, while a describing word ("Lättsaltade") does not."""
    index = CatalogIndex.build([product(f"p{i}", name, shelf, None, 175, "g", 20.0 + i)
                                for i, name in enumerate(names)])
    proposal = propose(index, "chips naturell")
    if expected is None:
        assert proposal.needs_review
    else:
        assert proposal.product is not None and proposal.product.name == expected and not proposal.needs_review


SOUPS = [product("mix", "Soppa Broccoli & Potatis", "Skafferi > Soppor", "Knorr", 500, "ml", 25.0),
         product("pair", "Blomkål & Broccolisoppa 3-port", "Fryst > Soppor", "Dafgårds", 900, "g", 39.0),
         product("eko", "Broccolisoppa EKO", "Skafferi > Soppor", "Kung Markatta", 500, "ml", 35.0),
         product("pea", "Ärtsoppa", "Skafferi > Soppor", "Eldorado", 500, "g", 15.0)]


@pytest.mark.parametrize("categories", [True, False])
def test_a_mix_of_the_thing_asked_and_another_is_another_sort(categories: bool) -> None:
    """"broccolisoppa" is the broccoli soup a name of it alone is, organic or not: "Soppa Broccoli & Potatis"
    (proposed first) and "Blomkål & Broccolisoppa" join a thing nobody said, as a flavour nobody asked
    for is; asked with both things, the mix is the goods."""
    products = SOUPS if categories else names_only(SOUPS)
    index = CatalogIndex.build(products)
    mix, pair, eko, pea = entries(index, "mix", "pair", "eko", "pea")
    first, said = {stem("broccoli")}, {stem("broccolisoppa"), stem("broccoli"), stem("soppa")}
    assert mixes_in_unsaid(mix, first, said, LEX) and mixes_in_unsaid(pair, first, said, LEX)
    assert not mixes_in_unsaid(eko, first, said, LEX) and not mixes_in_unsaid(pea, first, said, LEX)
    assert not mixes_in_unsaid(mix, first, said | {stem("potatis")}, LEX)
    assert not mixes_in_unsaid(mix, set(), said, LEX)  # "broccoli" said alone or apart is no compound's thing
    assert chosen(index, "broccolisoppa") == "eko"
    assert chosen(index, "soppa broccoli och potatis") == "mix"


@pytest.mark.parametrize("category", ["Skafferi > Kaffe", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize("roast", ["mörkrost", "mellanrost"])
@pytest.mark.parametrize("ground", ["Kharisma {} Bryggkaffe", "Bryggkaffe {} Eko"])
def test_a_roast_said_alone_is_ground_coffee(category: str, roast: str, ground: str) -> None:
    """"mörkrost" as "mellanrost": the roast's ground coffee, not the cheaper pods of it nor its instant
    coffee; a name led by the word the reading prefers ("Bryggkaffe Mörkrost Eko") is the coffee read, no
    other kind that merely mentions the roast, so it is sure (one led by another word, a line's name, is
    still confirmed, as a name led by another kind is: "Dinosaurus Mjölkchoklad" is no "choklad")."""
    name = roast.capitalize()
    catalog = [product("pods", f"Tassimo {name} Pods", category, "Jacobs", 16, "st", 39.0),
               product("instant", f"Nescafé Lyx {name}", category, "Nescafé", 200, "g", 45.0),
               product("ground", ground.format(name), category, "Löfbergs", 450, "g", 59.0)]
    proposal = propose(catalog, roast)
    assert proposal.product is not None and proposal.product.id == "ground"
    assert proposal.needs_review is not ground.startswith("Bryggkaffe")


HERRING = [product("sur", "Surströmming", "Fisk > Konserver", None, 300, "g"),
           product("kal", "Surkål", "Skafferi > Konserver", None, 500, "g"),
           product("kol", "Vitkål", "Frukt & grönt > Grönsaker", None, 1, "kg"),
           product("ketchup", "Tomatketchup", "Skafferi > Såser", None, 1, "kg")]


@pytest.mark.parametrize(("phrase", "product_id", "expected"), [
    ("strömming", "sur", True),      # sold only as fermented herring: another food than the plain fish
    ("ketchup", "ketchup", False),   # a tomato ketchup is the plain ketchup
    ("kål", "kol", False),           # "vit" (white) prepares nothing: a sort of cabbage
])
def test_a_bare_word_sold_only_in_a_compound_led_by_a_preparation(phrase: str, product_id: str,
                                                                 expected: bool) -> None:
    for products in (HERRING, names_only(HERRING)):
        index = CatalogIndex.build(products)
        q = analyse(phrase, index)
        assert q is not None
        assert prepared_compound(index.entries[index.by_id[product_id]], q, LEX) is expected


@pytest.mark.parametrize("categories", [True, False])
def test_herring_where_only_fermented_herring_is_sold_is_flagged(categories: bool) -> None:
    proposal = propose(HERRING if categories else names_only(HERRING), "strömming")
    assert proposal.product is not None and proposal.product.id == "sur" and proposal.needs_review


@pytest.mark.parametrize("category", ["Chark & pålägg > Korv", ""], ids=["categories", "names-only"])
def test_a_describing_word_of_the_kind_a_name_leads_with_is_said_of_the_thing(category: str) -> None:
    """"Färskkorv Kabanoss" is a kabanoss that is a fresh sausage: "färsk" leads the kind the name files
    the thing under, so "färsk kabanoss" is it; "Färskost Pepparrot" is a cheese flavoured with the
    horseradish, which "färsk pepparrot" is not."""
    from tests.catalog.catalog_fixture import product, propose
    veg = "Frukt & grönt > Grönsaker" if category else ""
    index = CatalogIndex.build([product("k", "Kabanoss", category, "Garant", 300, "g"),
                                product("s", "Kabanoss Smal", category, "Garant", 300, "g"),
                                product("f", "Färskkorv Kabanoss Sverige", category, "Garant Eko", 350, "g"),
                                product("g", "Korv Grill", category, "Garant", 400, "g"),
                                product("r", "Korv Chorizo", category, "Garant", 400, "g"),
                                product("o", "Färskost Pepparrot", "Mejeri > Ost" if category else "", None, 200, "g"),
                                product("p", "Pepparrot Klass 1", veg, None, 1, "kg")])
    assert propose(index, "färsk kabanoss").product.id == "f"
    assert propose(index, "kabanoss").product.id == "k"
    assert propose(index, "färsk pepparrot").product.id == "p"


@pytest.mark.parametrize("category", ["Dryck > Must", ""], ids=["categories", "names-only"])
def test_a_sparkling_drink_is_a_special_sort(category: str) -> None:
    """"äppelmust" is the still must: "Mousserande" (sparkling) makes a special sort of it, as a request
    saying it asks for that one."""
    from tests.catalog.catalog_fixture import product, propose
    index = CatalogIndex.build([product("m", "Mousserande Äppelmust 375ml", category, None, 375, "ml"),
                                product("a", "Äppelmust Årets Skörd", category, None, 1, "l"),
                                product("p", "Päronmust", category, None, 1, "l")])
    assert propose(index, "äppelmust").product.id == "a"
    assert propose(index, "mousserande äppelmust").product.id == "m"


@pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
def test_a_free_from_label_on_goods_the_diet_never_conflicts_with_is_no_other_product(shelved: bool) -> None:
    """"indisk linssoppa" where the store's only one is "Indisk Linssoppa Glutenfri": a lentil soup has no
    gluten to leave out, so the label makes no other product and nothing is asked; a gluten-free
    spaghetti or a lactose-free yoghurt is another product of the goods the diet conflicts with, and
    still asked where no plain one is sold."""
    from tests.catalog.catalog_fixture import product, propose
    shelf = "Skafferi > Soppor" if shelved else ""
    index = CatalogIndex.build([product("s", "Indisk Linssoppa Glutenfri", shelf, None, 500, "ml"),
                                product("k", "Linssoppa med Kombu EKO", shelf, None, 500, "ml"),
                                product("f", "Fiberhusk Glutenfritt", shelf, None, 200, "g"),
                                product("p", "Spaghetti Glutenfri", shelf, None, 400, "g"),
                                product("y", "Fruktyoghurt Hallon Laktosfri", shelf, None, 1, "kg"),
                                product("c", "Mjölkchoklad Laktosfri", shelf, None, 100, "g")])
    for phrase, right in (("indisk linssoppa", "s"), ("fiberhusk", "f")):
        proposal = propose(index, phrase)
        assert proposal.product is not None and proposal.product.id == right and not proposal.needs_review, proposal
    for phrase, right in (("spaghetti", "p"), ("fruktyoghurt hallon", "y"), ("mjölkchoklad", "c")):
        proposal = propose(index, phrase)
        assert proposal.product is not None and proposal.product.id == right and proposal.needs_review, proposal


@pytest.mark.parametrize("category", ["", "Skafferi > Bakning"])
@pytest.mark.parametrize(("phrase", "expected", "sure"), [
    ("glutenfri pizzadeg", "both", True),   # free of lactose too: no question for a client who eats gluten-free
    ("laktosfri pizzadeg", "both", True),
    ("pizzadeg", "plain", True),            # the plain dough for a plain request
])
def test_another_free_from_sort_beside_the_one_asked_is_no_question(category: str, phrase: str, expected: str,
                                                                   sure: bool) -> None:
    """"glutenfri pizzadeg" on Mathem's feed asked "Föreslagen vara är laktosfri" of its only gluten-free dough,
    "Pizzadeg Glutenfri Laktosfri": goods free of gluten and of lactose are what a gluten-free diet asks."""
    catalog = [product("both", "Pizzadeg Glutenfri Laktosfri", category, None, 300, "g", 39.0),
               product("plain", "Pizzadeg Trattoria", category, None, 400, "g", 29.0), product("o", "Ost", "Ost")]
    proposal = propose(catalog, phrase)
    assert proposal.product is not None and proposal.product.id == expected
    assert proposal.needs_review is not sure


LENTIL_CAKES = ["Linskakor Havssalt Glutenfri", "Linskakor Dill & Gräslök Glutenfri", "Linskakor Tomat Glutenfri"]


@pytest.mark.parametrize(("names", "sure"), [
    (LENTIL_CAKES, True),   # every lentil cake the store sells is gluten-free: only the flavour said is asked
    (["Linskakor Havssalt Glutenfri", "Linskakor Dill & Gräslök", "Linskakor Tomat"], False),  # a sort of them
    (LENTIL_CAKES[:2], False),  # two products prove nothing
])
@pytest.mark.parametrize("category", ["", "Skafferi > Knäckebröd"])
def test_what_every_product_led_by_the_word_asked_is_is_no_special_sort(names: list[str], sure: bool,
                                                                       category: str) -> None:
    """"linskakor havsalt" on Mathem's feed asked "Föreslagen vara är glutenfri", though all four lentil cakes
    are: the flavour said leaves one of them, and a lone product proves nothing."""
    catalog = [product(f"p{i}", name, category, None, 100, "g", 25.0 + i) for i, name in enumerate(names)]
    catalog += [product("ris", "Riskakor Havssalt", category, None, 100, "g", 19.0), product("o", "Ost", "Ost")]
    proposal = propose(catalog, "linskakor havssalt")
    assert proposal.product is not None and proposal.product.id == "p0"
    assert proposal.needs_review is not sure
