"""What a flagged line asks the client (pure): one kind of question, chosen among the line's reasons.

A line's `reason` is for staff, in their words and with every doubt joined. The client's tablet asks one
plain question, and which one depends on what the doubt is about: a count to check is no choice of sort
("fryspåsar 3 liter": how many packs?), a size to choose no taste ("batterier": which size?), goods the
store does not sell no question of which sort (the nearest relatives are offered instead). Each place
that flags a line says which kind of question its reason asks; when a line has several, the client
gets the first in `ORDER`: what the product is comes before how much of it, the client's own usual
product before what the matcher found of the words, and a flag only staff may clear (a diet) before
anything the client could answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

Question = Literal[
    "diet",          # the product breaks the client's diet: staff decide
    "usual_gone",    # the client's usual product (a learned reading) is out or no longer sold
    "not_sold",      # the store sells no such thing: nearest relatives, or nothing, offered
    "sold_out",      # what was asked (or ordered before) is out: a similar product offered
    "check_amount",  # an amount said that may mean another, could not be read, or is beyond the limits
    "which_brand",   # a brand said that is not sold, or that makes many kinds of goods
    "which_size",    # goods that fit one size (batteries, nappies), or a size said that is not the product's
    "which_sort",    # many sorts fit the words said
    "how_much",      # goods sold by weight whose weight is a guess
    "how_many",      # the packages to order are a guess (the package is stated in another unit, or not at all)
    "unsure",        # the product is a guess: is it the right one?
]

ORDER: tuple[Question, ...] = get_args(Question)

DIET: Question = "diet"
USUAL_GONE: Question = "usual_gone"
NOT_SOLD: Question = "not_sold"
SOLD_OUT: Question = "sold_out"
CHECK_AMOUNT: Question = "check_amount"
WHICH_BRAND: Question = "which_brand"
WHICH_SIZE: Question = "which_size"
WHICH_SORT: Question = "which_sort"
HOW_MUCH: Question = "how_much"
HOW_MANY: Question = "how_many"
UNSURE: Question = "unsure"


def first(questions: Iterable[Question | None]) -> Question | None:
    """The question the client is asked among a line's (None among none)."""
    return min((q for q in questions if q is not None), key=ORDER.index, default=None)


def asked(question: Question | None, more: Question | None) -> Question | None:
    """A line's question once another reason (asking `more`) is added to it."""
    return first((question, more))
