"""The shop department of a product or a request: food, or one that sells no food (tobacco, pet goods,
hygiene, household, pharmacy, magazines, flowers).

Another department is another thing: a "Cigaretter Limpa" is no bread, "Tonfisk Kattmat" no tuna.
The grocer's category says the department when the feed has one (stated); a feed of bare names
(Mathem's) has it read from the product's words by the lexicon's department words (inferred, weaker
evidence). Food is the department of everything else, so `None` means food.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assistant.catalog.lexicon import Lexicon
from assistant.catalog.normalize import stem, tokens


@dataclass(frozen=True, slots=True)
class Department:
    name: str | None   # None: food
    stated: bool       # the grocer's category says it; False: read from the name (or food by default)


FOOD = Department(None, False)
HOUSEHOLD = "hem"  # the lexicon's department of cleaning, paper, foil and bags


def of_category(category: str, lexicon: Lexicon) -> str | None:
    """The department a category path's first level names ("Hem & städ" → "hem"), or None."""
    root = {stem(w) for w in tokens(category.split(">", 1)[0])}
    return next((name for name, roots in lexicon.departments.items() if root & roots), None)


def of_words(pieces: Iterable[str], lexicon: Lexicon) -> str | None:
    """The department the first word (or compound part) of a department's vocabulary says, as
    stems: "kattsand" → "djur", "diskmedel" → "hem"; None when no word says one."""
    return next((name for piece in pieces if (name := lexicon.attribute_of(piece)) in lexicon.departments), None)


def all_of_words(pieces: Iterable[str], lexicon: Lexicon) -> set[str]:
    """Every department the words (or compound parts) say: "hundschampo" is a pet's ("hund") and a
    hygiene product ("schampo"), as a product named so is both."""
    return {name for piece in pieces if (name := lexicon.attribute_of(piece)) in lexicon.departments}


def animals_named(words: Iterable[str], lexicon: Lexicon) -> list[str]:
    """The animal a folded name word starts with ("kattmat", "hundkex"): a compound the catalog's
    vocabulary may not split, read as a pet product all the same."""
    return [m for word in words for m in lexicon.animal_markers if word.startswith(m)]


def department(category: str, pieces: Iterable[str], lexicon: Lexicon,
               stated: Callable[[str], str | None] | None = None, naming: Iterable[str] | None = None) -> Department:
    """The category's department when it names one, else the one the name's words say, else food.

    A food category with a department word in the name ("Kattmjölk" under dairy) is that other
    department: the words are more specific than a shelf. `stated`: `of_category` memoised by the
    caller (a catalog has a few hundred categories for thousands of products). A name that says
    whom it is for as its shelf does ("Hundschampo" under "Husdjur": "hund") is of the shelf: a dog's
    shampoo is a pet product, though "schampo" is a word of hygiene. On a shelf stating a department,
    only the words naming the thing (`naming`: the pieces of the name's first word and of any saying the
    shelf's department) say another: "Kattsand" under "Hem & städ" is a pet's, while another word is a
    pattern or scent of the thing ("Muffinsform Blomma", "Doftpinnar Rose" under a household shelf are
    no flowers)."""
    pieces = tuple(pieces)
    said = of_words(pieces, lexicon)
    shelf = ((stated or (lambda c: of_category(c, lexicon)))(category)) if category else None
    if (said is not None and said != shelf and not (shelf and any(lexicon.for_whom.get(p) == shelf for p in pieces))
            and not (shelf and naming is not None and said not in all_of_words(naming, lexicon))):
        return Department(said, False)
    if shelf is not None:
        return Department(shelf, True)
    return Department(None, bool(category))


def usual_department(found: Iterable[tuple[str | None, float]]) -> str | None:
    """The department most of a requested thing's products are in, by weight: (department,
    weight) of each product that is the thing. A word most often sold as a household product
    ("disktabletter") asks for one; "limpa" is bread although a few cigarette cartons say it."""
    weights: dict[str | None, float] = {}
    for name, weight in found:
        weights[name] = weights.get(name, 0.0) + weight
    total = sum(weights.values())
    return next((name for name, weight in weights.items() if name is not None and weight * 2 > total), None)
