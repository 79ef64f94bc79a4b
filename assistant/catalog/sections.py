"""The store section of a product, for lists staff walk through a shop with (pure).

A grocer's category says it (its first level, "Mejeri, ost & ägg": stated). A feed of bare names
(Mathem's) says none, so it is read from the name (inferred): a non-food department from the
lexicon's department words (see catalog.departments: "Kattsand" → Djur), else a food section from
`sections.json`, a table of name words learned from the catalogs that do have categories ("mjölk" is
sold under dairy, "falukorv" under chark), else "Övrigt". A frozen word in the name ("Fryst",
"Frysta") says the freezer whatever the thing is. Words that say nothing, or whose sections
disagree, leave the product in "Övrigt": a guess would send staff to the wrong aisle.

The table is derived data, never the scraped catalogs: `python bench/bench_sections.py --write`
re-derives it from ../shared/data/catalog_sv.jsonl and prints how often the section read from the name
agrees with the one a catalog states (each catalog judged by a table learned from the others) and how
many of mathem2021's products get one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.catalog.departments import animals_named, of_words
from assistant.catalog.lexicon import Lexicon
from assistant.catalog.normalize import content_words, fold, parse_percent, split_accompaniment, stem, tokens
from assistant.catalog.schema import Product

SECTIONS_FILE = Path(__file__).with_name("sections.json")
OTHER = "Övrigt"
CHEESE = "Ost"
FROZEN = "Fryst"
# The food sections, as a care worker knows them from the shop floor.
DRINKS = "Dryck"
FOOD_SECTIONS = ("Frukt & grönt", "Mejeri & ägg", CHEESE, "Kött & fågel", "Chark & pålägg", "Fisk & skaldjur",
                 "Bröd & kakor", "Skafferi", FROZEN, "Färdigmat", "Vegetariskt", DRINKS, "Godis & snacks")
NOT_FOOD = "ej mat"  # the table's mark of words sold mostly outside food: never a food section
# The lexicon's departments without food, as a shop signs them.
NON_FOOD = {"tobak": "Tobak", "djur": "Djur", "hygien": "Hygien", "hem": "Hem & städ", "apotek": "Apotek",
            "tidning": "Tidningar", "blommor": "Blommor"}
FROZEN_WORDS = frozenset(stem(w) for w in ("fryst", "frysta", "djupfryst", "djupfrysta", "fruset", "frusna"))
# Preparations the lexicon's descriptors lack: "Pistagenötter skalade" are no shellfish ("skalade räkor").
PREPARED = frozenset(stem(w) for w in ("skalad", "skalade", "skalat", "hackad", "hackade", "hackat", "krossad",
                                       "krossade", "krossat", "malen", "malet", "malda"))
SPLIT_HEAD = 3  # a compound's known last part and the part before it: at least this many letters
CLOSE = 0.6     # a runner-up section with more than this share of the winner's words: the words disagree


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    stated: bool  # the grocer's category says it; False: read from the name (or "Övrigt")


@cache
def learned_sections(path: Path = SECTIONS_FILE) -> dict[str, str]:
    """Word stem → the food section (or NOT_FOOD) the catalogs with categories sell it under."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {word: section for section, words in raw["sections"].items() for word in words}


def name_words(name: str, lexicon: Lexicon) -> list[str]:
    """Stems of the words naming the thing ("Sill i Dill": sill), with a brand's kind of product
    from the lexicon ("Bregott" → smör) and irregular plurals made singular ("morötter" → morot)."""
    words = content_words(lexicon.rewrite(split_accompaniment(name)[0]))
    return [stem(kind or word) for word in words for kind in (lexicon.brand_kind(word),)]


def _known(word: str, table: dict[str, str]) -> str | None:
    """The word's section, or its last part's when the word is a compound the table has not seen
    whole ("Shiratakinudlar" → nudlar)."""
    if word in table:
        return table[word]
    return next((table[word[i:]] for i in range(SPLIT_HEAD, len(word) - SPLIT_HEAD + 1) if word[i:] in table), None)


def food_section(words: Iterable[str], table: dict[str, str], modifiers: Collection[str] = (),
                 silent: Collection[str] = ()) -> str | None:
    """The section most of the name's known words say; None when none says one, or two disagree
    about as much, or they say the thing is no food. `modifiers` (a flavour, a special sort) speak
    only when no other word does: "Jordgubbsglass Hallon" is no fruit, a bare "Hallon" is;
    `silent` words (adjectives, preparations) never do: "Pistagenötter Skalade" are no shellfish."""
    words = [word for word in words if word not in silent or word in FROZEN_WORDS]
    if FROZEN_WORDS.intersection(words):
        return FROZEN
    said = [(word in modifiers, section) for word in words if (section := _known(word, table)) is not None]
    votes = Counter(section for modifier, section in said if not modifier) or Counter(section for _, section in said)
    if not votes:
        return None
    (best, count), *rest = votes.most_common()
    if best == NOT_FOOD or (rest and rest[0][1] > CLOSE * count):
        return None
    return best


def section(name: str, category: str | None, lexicon: Lexicon) -> Section:
    """The category's first level when the feed has one; else the non-food department the name
    says, else its food section, else "Övrigt"."""
    top = (category or "").split(">", 1)[0].strip()
    if top:
        return Section(top, True)
    department = named_department(name, lexicon)
    if department is not None:
        return Section(NON_FOOD.get(department, OTHER), False)
    said = food_section(name_words(name, lexicon), learned_sections(), modifiers(lexicon), silent(lexicon))
    return Section(said or OTHER, False)


def kind_of_section(name: str, lexicon: Lexicon) -> frozenset[str]:
    """The kind a name without a category is of by the food section the catalogs that have them sell its
    words under, where one word names the section ("Mozzarella": ost, of "Ost"), as a shelf would say it.
    A section joining kinds ("Bröd & kakor") names none of them for sure, as a category's upper level
    does not; nor does the freezer (any goods are frozen) or "Övrigt"."""
    said = section(name, None, lexicon).name
    return _one_kind(said) if said in FOOD_SECTIONS and said != FROZEN else frozenset()


@cache
def _one_kind(section_name: str) -> frozenset[str]:
    words = content_words(section_name)
    return frozenset({stem(words[0])}) if len(words) == 1 else frozenset()


def aged_by_months(name: str, lexicon: Lexicon) -> bool:
    """The months a name writes are how long its goods were aged, no child's age: a cheese's, read from the
    name as a feed without categories is ("Präst Skivad 12M", "Parmigiano Reggiano 22m Grovriven"), or any
    name writing its fat ("Cheddar 18M 32%"); "Välling 6M" is a child's."""
    return parse_percent(name) is not None or section(name, None, lexicon).name == CHEESE


def named_department(name: str, lexicon: Lexicon) -> str | None:
    """The lexicon's department without food the name says: a department word, or an animal a
    word starts with ("Kattmat Lax" is no fish)."""
    words = tokens(name)
    return of_words([*map(stem, words), *animals_named(map(fold, words), lexicon)], lexicon)


def named_outside_food(product: Product, lexicon: Lexicon) -> bool:
    """The grocer's category is a department without food, or the name says one or a word of goods
    sold mostly outside food (the sections learned from catalogs with categories): a fruit's name on a
    tea, a lotion or a detergent named for its scent."""
    if product.category:
        return lexicon.non_food_department(product.category)
    table = learned_sections()
    return named_department(product.name, lexicon) is not None or any(
        table.get(word) == NOT_FOOD for word in name_words(product.name, lexicon))


def modifiers(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words making a sort of a thing: flavours, special sorts."""
    return lexicon.flavours | lexicon.variants


def silent(lexicon: Lexicon) -> frozenset[str]:
    """Words that describe any product and name none: the lexicon's adjectives, preparations."""
    return lexicon.descriptors | lexicon.plain | PREPARED
