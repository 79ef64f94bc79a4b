"""A spoken aside after an item (branch i18spoken): "musfällor vi har möss i källaren" orders the traps, and
the mice of the aside find no mousse; the sort said in an aside ("kaffe vi brukar ta mörkrost", "ost jag vill
ha den lagrade") still picks the sort; packages said with "eller" ("på tub eller burk") list the packages
taken, no goods. Plain functions on a small inline catalog, with categories and as a
feed of bare names."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import match
from assistant.catalog.understand import understand
from assistant.nlu import parse
from tests.catalog.catalog_fixture import names_only, product

HOME = "Hem & städ > Skadedjur"
PETS = "Djur > Kattmat"
COFFEE = "Dryck > Kaffe"
CHEESE = "Mejeri, ost & ägg > Ost"
SPREAD = "Kyl > Pålägg"

PRODUCTS = [
    product("fällor", "Musfällor 2-pack", HOME, None, 2, "st", 39.9),
    product("mousse", "Kattmat Mousse med Tonfisk", PETS, None, 85, "g", 9.9),
    product("choklad", "Chokladmousse", "Kyl > Dessert", None, 100, "g", 14.9),
    product("mellan", "Bryggkaffe Mellanrost", COFFEE, "Gevalia", 450, "g", 54.9),
    product("mörk", "Bryggkaffe Mörkrost", COFFEE, "Gevalia", 450, "g", 54.9),
    product("mild", "Hushållsost Mild 26%", CHEESE, "Arla", 1.1, "kg", 99.0),
    product("lagrad", "Präst Lagrad 12 Mån 31%", CHEESE, "Arla", 700, "g", 119.0),
    product("böckling", "Böcklingpastej på Tub", SPREAD, None, 150, "g", 29.9),
    product("kyckling", "Kycklingpastej", SPREAD, None, 200, "g", 24.9),
    product("lever", "Leverpastej Bredbar i Burk", SPREAD, None, 250, "g", 19.9),
    product("eller", "Elleria Kex", "Skafferi > Kex", None, 200, "g", 19.9),
    product("slev", "Soppslev", "Hem & städ > Kök", None, None, None, 49.0),
    product("spis", "Spisrent", "Hem & städ > Rengöring", None, 500, "ml", 39.0),
    product("gräddat", "Gott Gräddat", "Bröd & kakor", "Pågen", 500, "g", 29.0),
    product("gala", "Äpple Royal Gala Klass 1", "Frukt & grönt > Frukt", None, None, "kg", 24.9),
    product("smuts", "Kalk & Smuts Badrengöring", "Hem & städ > Rengöring", None, 500, "ml", 35.0),
]


@pytest.fixture(params=["categories", "names only"], scope="module")
def index(request: pytest.FixtureRequest) -> CatalogIndex:
    return CatalogIndex.build(PRODUCTS if request.param == "categories" else names_only(PRODUCTS))


@pytest.mark.parametrize(("text", "expected"), [
    ("musfällor vi har möss i källaren", "fällor"),   # the traps, no mousse for the mice
    ("kaffe vi brukar ta mörkrost", "mörk"),          # the sort said in the aside
    ("ost jag vill ha den lagrade", "lagrad"),        # the sort pointed back at
])
def test_a_spoken_aside_leaves_the_item_and_its_sort(index: CatalogIndex, text: str, expected: str) -> None:
    (item,) = parse(text).items
    proposal = match(index, item)
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize("text", ["böckling pastej på tub eller burk", "böckling pastej på tub eller i burk"])
def test_packages_said_with_or_list_the_packages_taken(index: CatalogIndex, text: str) -> None:
    (item,) = parse(text).items
    proposal = match(index, item)
    assert proposal.product is not None and proposal.product.id == "böckling"


@pytest.mark.parametrize("names", [False, True], ids=["categories", "names-only"])
@pytest.mark.parametrize("text", ["lammgrytbitar, frysta går bra", "lammgrytbitar frysta går också bra",
                                  "två paket lammgrytbitar, frysta duger"])
def test_a_remark_that_a_sort_is_welcome_asks_no_item(names: bool, text: str) -> None:
    """"frysta går bra" after an item allows the frozen sort: no second line (it was a frozen vegetarian
    dish asked for "frysta")."""
    products = [product("lamm", "Lammgrytbitar Halal Fryst", "Kött & kyckling", None, 500, "g", 89.0),
                product("quorn", "Quornbitar Frysta", "Vegetariskt", "Quorn", 300, "g", 39.0),
                product("ärter", "Ärter Frysta", "Fryst > Grönsaker", None, 500, "g", 19.0)]
    index = CatalogIndex.build(names_only(products) if names else products)
    (item,) = parse(text).items
    proposal = match(index, item)
    assert proposal.product is not None and proposal.product.id == "lamm"


@pytest.mark.parametrize(("text", "expected"), [
    ("en ny soppslev, den gamla har gått sönder", "slev"),
    ("kan du köpa en soppslev, det gamla gick av", "slev"),
    ("en flaska spisrent, spisen är så smutsig", "spis"),
    ("spisrent, spisen har blivit smutsig", "spis"),
])
def test_a_statement_beside_the_goods_asks_for_nothing(index: CatalogIndex, text: str, expected: str) -> None:
    """What is true of something, said in a clause of its own ("den gamla har gått sönder", "spisen är så
    smutsig"), is talk: no bread for "gått", no apple for "gala", no bathroom cleaner for "smutsig"."""
    (item,) = parse(text).items
    proposal = match(index, item)
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize(("text", "phrases"), [
    ("mjölken är slut", ["mjölken"]),            # a verb that starts a phrase asks for the goods
    ("ost, den som är lagrad", ["ost lagrad"]),  # "den som är" says the sort of the goods before
    ("kaffet har ni det", ["kaffet"]),             # a question: the goods stay
    ("en soppslev och spisrent", ["soppslev", "spisrent"]),
])
def test_what_is_no_statement_keeps_its_goods(text: str, phrases: list[str]) -> None:
    assert [item.phrase for item in parse(text).items][:len(phrases)] == phrases


@pytest.mark.parametrize(("text", "phrases"), [
    ("hon tål inte gluten så glutenfritt knäckebröd", ["glutenfritt knäckebröd"]),
    ("mamma klarar inte laktos, laktosfri mjölk", ["laktosfri mjölk"]),
    ("ögondroppar, hon har så torra ögon", ["ögondroppar"]),
    ("schampo med kokos, det luktar så gott", ["schampo med kokos"]),
    ("soppslev, den gamla är inte bra", ["soppslev"]),
    # said after the goods with no pause: the statement still ends the item, and removes nothing
    ("glutenfria korvbröd hon tål inte gluten", ["glutenfria korvbröd"]),
    ("glutenfria korvbröd till korven på lördag hon tål inte gluten", ["glutenfria korvbröd till korven"]),
    ("laktosfri mjölk mamma klarar inte laktos", ["laktosfri mjölk"]),
    # "och" and a verb of the same person, left unsaid, go on with the talk: no "går" to add, no "ut" to remove
    ("torrfoder till katten hon är kastrerad och går inte ut", ["kastrerad torrfoder till katten"]),
    ("torrfoder till hunden han är gammal nu", ["äldre torrfoder till hunden"]),  # an old dog's: its senior food
    ("yoghurt hon har ont i magen och äter inga bönor", ["yoghurt"]),
    ("mjölk hon är sjuk och kan du köpa soppa", ["mjölk", "soppa"]),  # a request goes on as one
    ("hon är kastrerad och går inte ut, torrfoder till katten", ["torrfoder till katten"]),  # said first too
    # goods whose plural ends as a definite noun does ("äpplen") are no subject of the talk after them
    ("äpplen hon är sjuk", ["äpplen"]),
    ("äpplen vi har möss i källaren", ["äpplen"]),
])
def test_what_is_true_of_the_client_asks_nothing_and_removes_nothing(text: str, phrases: list[str]) -> None:
    """A clause whose subject is the client, a person or a pronoun and whose verb says what is true of them
    ("hon tål inte gluten", "hon har så torra ögon", "det luktar så gott") is talk: its "inte" removes
    nothing, the goods said after "så" are added, and no line is asked for "torra ögon" or "gott"."""
    items = parse(text).items
    assert [(item.phrase, item.action) for item in items] == [(phrase, "add") for phrase in phrases]


@pytest.mark.parametrize(("text", "phrases"), [
    ("yoghurt naturell hon tål inte laktos", ["laktosfri yoghurt naturell"]),
    ("eh yoghurt naturell till frukosten hon tål inte laktos", ["laktosfri yoghurt naturell"]),
    ("knäckebröd mamma klarar inte gluten", ["glutenfri knäckebröd"]),
])
def test_what_the_client_tolerates_not_said_after_the_goods_is_their_sort(text: str, phrases: list[str]) -> None:
    """"yoghurt naturell hon tål inte laktos": a line "yoghurt naturell hon tål" found nothing and "laktos"
    was removed. What a person said after the goods does not tolerate ("tål inte", "klarar inte") is no
    goods and removes nothing: it asks the goods free of it, the lactose-free yoghurt, as "laktosfri" said
    would; a word with no "-fri" sort is talk only."""
    items = parse(text).items
    assert [(item.phrase, item.action) for item in items] == [(phrase, "add") for phrase in phrases]


@pytest.mark.parametrize(("text", "phrases"), [
    ("korv han är vegetarian", ["vegetarisk korv"]),
    ("korv till pappa han är vegetarian nu", ["vegetarisk korv"]),
    ("bullar hon är vegan", ["vegansk bullar"]),
    ("knäckebröd hon har celiaki", ["glutenfri knäckebröd"]),
    ("torr foder till katten hon är steriliserad", ["kastrerad torr foder till katten"]),
    ("korv hon äter inget kött", ["vegetarisk korv"]),
    ("bröd hon äter inget gluten", ["glutenfri bröd"]),
    ("vegetarisk korv han är vegetarian", ["vegetarisk korv"]),  # said once
    ("korv han är inte vegetarian", ["korv"]),  # denied
    ("korv hon äter inte fläsk", ["korv"]),  # no sort names it
    ("hon äter inget kött så korv", ["korv"]),  # said before the goods: the goods' own words only
])
def test_what_a_person_is_or_does_not_eat_names_the_goods_sort(text: str, phrases: list[str]) -> None:
    """"bullar hon är vegan" was a sure dairy bun, "korv han är vegetarian" a pork sausage: the statement was
    talk and dropped whole. What it says the person (or the pet) is, or does not eat, names the goods' sort
    where Swedish has one, as "hon tål inte laktos" asks them "laktosfri", said before them as Swedish does."""
    items = parse(text).items
    assert [(item.phrase, item.action) for item in items] == [(phrase, "add") for phrase in phrases]


@pytest.mark.parametrize(("text", "phrases"), [
    ("vegansk kaviar till äggen hon äter inget från djur", ["vegansk kaviar till äggen"]),
    ("korv hon äter inte fläsk", ["korv"]),
    ("bröd hon tål inte gluten", ["glutenfri bröd"]),  # what is not tolerated asks the goods free of it
    ("hon äter aldrig fläsk så kycklingkorv", ["kycklingkorv"]),
    ("te, han dricker inget kaffe", ["te"]),
])
def test_what_the_client_does_not_eat_removes_nothing(text: str, phrases: list[str]) -> None:
    """A person who "äter inget från djur", "äter inte fläsk" or "tål inte gluten", said after the goods or
    before them, tells the client's diet: no removal of the words after it (the dog's poo bags were a
    line for "från djur"), and the goods before it keep no "hon tål" of the statement."""
    items = parse(text).items
    assert [(item.phrase, item.action) for item in items] == [(phrase, "add") for phrase in phrases]


@pytest.mark.parametrize(("text", "expected"), [
    ("han är allergisk mot nötter så inga nötter", [("nötter", "remove")]),
    ("hon har slut på kaffe", [("kaffe", "add")]),
    ("hon har inte mer kaffe", [("kaffe", "add")]),
    ("vi kan ta två paket mjölk", [("mjölk", "add")]),
])
def test_a_request_after_a_clients_statement_still_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(item.phrase, item.action) for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "phrases"), [
    ("ett nio volts batteri brandvarnaren piper", ["9v batteri"]),
    ("en packning kranen läcker", ["packning"]),
    ("ett nio volts batteri, brandvarnaren piper", ["9v batteri"]),
    ("batterier till fjärrkontrollen den fungerar inte", ["batterier till fjärrkontrollen"]),
])
def test_a_thing_said_to_be_at_fault_asks_for_nothing(text: str, phrases: list[str]) -> None:
    """Why the goods are needed, said as what a thing in the home does ("brandvarnaren piper", "kranen läcker"),
    is talk: "ett nio volts batteri brandvarnaren piper" was one line, which found no battery."""
    assert [(item.phrase, item.action) for item in parse(text).items] == [(phrase, "add") for phrase in phrases]


@pytest.mark.parametrize(("text", "expected"), [
    ("spisrent hon är sjuk soppslev", [("spis", False), ("slev", True)]),
    ("spisrent, hon har varit sjuk en vecka två soppslevar", [("spis", False), ("slev", True)]),
    ("musfällor vi har möss i källaren ett kilo äpplen royal gala", [("fällor", False), ("gala", True)]),
    ("spisrent vi har bott här länge", [("spis", False)]),  # nothing the store sells at the talk's end
    ("ögondroppar, hon har så torra ögon", [(None, True)]),  # no drops sold, and no line for the eyes
])
def test_goods_said_at_the_end_of_talk_are_lines_staff_confirm(index: CatalogIndex, text: str,
                                                               expected: list[tuple[str, bool]]) -> None:
    """"korv hon är sjuk toapapper" ordered the sausage only: the talk, set aside, took the toilet paper with
    it and nobody was told. Goods the store sells surely, said at the end of talk with no pause, are a line of
    their own, flagged: staff confirm they were asked for."""
    lines = understand(parse(text), index).lines
    assert [(line.product.id if line.product else None, line.needs_review) for line in lines] == expected
    for line in lines:
        if line.needs_review and line.product is not None:
            assert line.question == "unsure" and "kommentar" in (line.reason or "")
