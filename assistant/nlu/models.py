"""What an utterance means, as the rest of the service sees it (no catalog knowledge here)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

Unit = Literal["g", "hg", "kg", "ml", "cl", "dl", "l", "st"]
Action = Literal["add", "remove", "set"]
Intent = Literal[
    "add",          # add items
    "remove",       # "ta bort mjölken", "inga bananer den här gången"
    "set",          # change a quantity: "ändra mjölken till tre", "en mjölk till", "en till"
    "repeat",       # "samma som förra veckan", "som vanligt"
    "clear",        # "töm korgen", "ta bort allt", "börja om": all the basket's lines go
    "finish",       # "det var allt", "skicka beställningen"
    "undo",         # "ångra", "nej inte den"
    "ask_basket",   # "vad har jag beställt"
    "ask_total",    # "vad kostar det"
    "unknown",
]


class Quantity(BaseModel):
    """What was said about how much; all null when nothing (or something vague) was said."""

    amount: float | None = None
    amount_max: float | None = None  # upper end of a range ("två tre äpplen", "2-3")
    unit: Unit | None = None
    unit_word: str | None = None     # the word said for package units ("paket", "burk", ...)
    odd: str | None = Field(None, description="a number said that is no amount to order (0, 1/0, 1e400, more "
                                              "than 20 digits), as said (cut at 20 characters); amount is "
                                              "null and the line goes to staff")
    guessed: str | None = Field(None, description="the amount as said when it may mean another ('3 250 g': read "
                                                  "as 3 packs of 250 g, maybe 3250 g); the line is flagged")
    each: float | None = Field(None, description="one package's size, in `unit`, where a count of packages of it "
                                                 "was said ('2 paket fryspåsar 3 liter'); amount is their total")


class Item(BaseModel):
    phrase: str = Field(description="the product phrase, lowercased, fillers and quantity removed; "
                                    "empty when it refers to the previous item ('en till')")
    quantity: Quantity = Field(default_factory=Quantity)
    attributes: list[str] = Field(default_factory=list, description="laktosfri, eko, glutenfri, ...")
    action: Action = "add"
    increment: bool = Field(False, description="'en mjölk till': add to the count already there")
    usual: bool = Field(False, description="'min vanliga ost', 'den vanliga osten': the client's usual "
                                           "product of the kind the phrase names")
    purpose: str = Field("", description="what the heading the item is listed under says the goods are for, "
                                         "as said ('till katten' of 'till katten: blötmat, sand'); the catalog "
                                         "reads it with the item where it names whom or what for, not a dish")
    span: tuple[int, int] = Field(description="[start, end) character offsets in the original text")
    after_talk: bool = Field(False, description="said at the end of talk with no pause ('korv hon är sjuk "
                                                "toapapper'): perhaps asked, so staff confirm the line")
    _sort_said: bool = PrivateAttr(False)  # its phrase ends in a sort pointed at ("korv, den med lamm")


class Repeat(BaseModel):
    """A repeat order; the items to leave out or add are ordinary items (remove/add) beside it."""

    kind: Literal["last", "usual"]  # "samma som förra veckan/sist" vs "som vanligt"
    without: list[str] = Field(default_factory=list, description="phrases to leave out")
    extra: list[str] = Field(default_factory=list, description="phrases to add on top")


class ParsedRequest(BaseModel):
    text: str
    intents: list[Intent]
    items: list[Item] = Field(default_factory=list)
    repeat: Repeat | None = None
    said_after_talk: list[Item] = Field(default_factory=list, description="goods perhaps said at the end of "
                                        "talk set aside ('toapapper' of 'korv hon är sjuk toapapper'); the "
                                        "catalog keeps those the store sells")

    @property
    def items_said(self) -> int:
        """The items and the goods perhaps said after talk: what a limit on items per sentence counts."""
        return len(self.items) + len(self.said_after_talk)
