"""Whole utterances as the tablet gets them, typed or recognised: every item with its quantity."""

from __future__ import annotations

import pytest

from assistant.nlu import parse

Row = tuple[str, float | None, str | None]  # phrase, amount, unit


def summary(text: str) -> list[Row]:
    return [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recognised speech: lowercase, no punctuation, numbers as words, fillers
        ("eh jag skulle vilja ha ett paket te och eh två liter lättmjölk och sen en limpa tack",
         [("te", 1, "st"), ("lättmjölk", 2, "l"), ("limpa", 1, "st")]),
        ("hm ja öh tre päron och ett kilo clementiner",
         [("päron", 3, "st"), ("clementiner", 1, "kg")]),
        ("vi tar tre hekto kalkon och två hekto ost sen en gurka",
         [("kalkon", 3, "hg"), ("ost", 2, "hg"), ("gurka", 1, "st")]),
        ("eh jag behöver eh havregryn och eh eh russin",
         [("havregryn", None, None), ("russin", None, None)]),
        # a word searched for aloud: "vad heter det" is no product and no clause of talk
        ("eh vad heter det blåbär frysta", [("blåbär frysta", None, None)]),
        # searched for after an item's words, it starts the next item; after a quantity it is the item
        ("en sockerkaka vad heter det kanel bullar också",
         [("sockerkaka", 1, "st"), ("kanel bullar", None, None)]),
        ("mellanmjölk vad heter det ost", [("mellanmjölk", None, None), ("ost", None, None)]),
        ("en burk vad heter det leverpastej", [("leverpastej", 1, "st")]),
        ("jag vill ha vad heter det kaffe", [("kaffe", None, None)]),
        # "båda två" after a list says both are wanted: no amount, no word of the goods
        ("toa papper och hushålls papper båda två", [("toa papper", None, None), ("hushålls papper", None, None)]),
        ("mjölk och smör bägge två tack", [("mjölk", None, None), ("smör", None, None)]),
        # what a loaf or a cake is said to have or be is the goods', no package holding it
        ("en limpa med frön", [("limpa med frön", 1, "st")]),
        ("en limpa som är glutenfri", [("limpa som är glutenfri", 1, "st")]),
        ("en påse med godis", [("godis", 1, "st")]),
        # "räcker" says the amount is enough: no goods of its own
        ("brie ost ja en bit räcker", [("brie ost", 1, "st")]),
        ("mjölk två liter räcker", [("mjölk", 2, "l")]),
        ("kaffe det räcker med ett paket", [("kaffe", 1, "st")]),
        # what follows "båda" is said of both goods listed
        ("schampo och tvål båda utan parfym", [("schampo utan parfym", None, None), ("tvål utan parfym", None, None)]),
        ("schampo och tvål, båda utan parfym",
         [("schampo utan parfym", None, None), ("tvål utan parfym", None, None)]),
        ("två mjölk och två fil bägge laktosfria", [("mjölk laktosfria", 2, "st"), ("fil laktosfria", 2, "st")]),
        # what the goods take away, said in a relative clause, is what they are against: no removal
        ("fläckmedel som tar bort fläckar", [("fläckmedel mot fläckar", None, None)]),
        ("rengöringsspray till köket den som tar bort fett", [("rengöringsspray till köket mot fett", None, None)]),
        # searched for after only what the goods are for or against, it is the goods of that purpose
        ("nånting mot fläckar i tvätten vad heter det fläckborttagning",
         [("fläckborttagning mot fläckar i tvätten", None, None)]),
        ("något till katten vad heter det kattsand", [("kattsand till katten", None, None)]),
        ("mjölk vad heter det", [("mjölk", None, None)]),
        ("två liter vad heter den lättmjölk och vad var det nu tre päron",
         [("lättmjölk", 2, "l"), ("päron", 3, "st")]),
        ("två kilo äpplen tre liter mjölk fem ägg",
         [("äpplen", 2, "kg"), ("mjölk", 3, "l"), ("ägg", 5, "st")]),
        ("kan du köpa hem två liter mjölk åt mig", [("mjölk", 2, "l")]),
        ("jag vill ha en liter filmjölk och en liter gräddfil och två paket smör och en ost",
         [("filmjölk", 1, "l"), ("gräddfil", 1, "l"), ("smör", 2, "st"), ("ost", 1, "st")]),
        ("ja hej det är jag igen jag skulle vilja ha lite kaffe", [("kaffe", None, None)]),
        ("god morgon jag vill ha sex ägg", [("ägg", 6, "st")]),
        ("två liter mjölk tack och god natt", [("mjölk", 2, "l")]),  # a farewell, no goods ("God natt Alfons")
        ("vi har slut på tvättmedel", [("tvättmedel", None, None)]),
        ("kaffet är slut", [("kaffet", None, None)]),
        ("jag har inget diskmedel kvar", [("diskmedel", None, None)]),
        ("vore det möjligt att få lite socker", [("socker", None, None)]),
        ("skulle du kunna beställa ett paket smör", [("smör", 1, "st")]),
        ("jag hade tänkt beställa fisk", [("fisk", None, None)]),
        ("tjugo fem ägg och ett halvt kilo smör", [("ägg", 25, "st"), ("smör", 0.5, "kg")]),
        ("ett och ett halvt kilo potatis och två hekto skinka",
         [("potatis", 1.5, "kg"), ("skinka", 2, "hg")]),
        ("jag tar två sån där stora flaskor cola", [("stora cola", 2, "st")]),
        ("en sån där limpa", [("limpa", 1, "st")]),
        ("ett sånt där mörkt bröd", [("mörkt bröd", 1, "st")]),  # the neuter, as spoken
        ("två sånna där kanelbullar", [("kanelbullar", 2, "st")]),
        ("ett paket av det vanliga kaffet", [("kaffet", 1, "st")]),
        ("en kilo potatis", [("potatis", 1, "kg")]),
        ("ett liter mjölk", [("mjölk", 1, "l")]),
        ("en halv kilo köttfärs", [("köttfärs", 0.5, "kg")]),
        # typed: capitals, punctuation, digits, abbreviations
        ("Mjölk, 2 paket smör.", [("mjölk", None, None), ("smör", 2, "st")]),
        ("Mjölk 2st, Smör 1 paket, Bröd", [("mjölk", 2, "st"), ("smör", 1, "st"), ("bröd", None, None)]),
        ("2 st. ägg och 1 kg mjöl", [("ägg", 2, "st"), ("mjöl", 1, "kg")]),
        ("1,5kg potatis + 500g köttfärs", [("potatis", 1.5, "kg"), ("köttfärs", 500, "g")]),
        ("Kan du beställa 2 st gurka, 1 kg morötter samt 3 paket pasta?",
         [("gurka", 2, "st"), ("morötter", 1, "kg"), ("pasta", 3, "st")]),
        ("kaffe två paket och te ett paket", [("kaffe", 2, "st"), ("te", 1, "st")]),
        ("mjölk och bröd två stycken", [("mjölk", None, None), ("bröd", 2, "st")]),
        ("Lättmjölk x2, ägg x12", [("lättmjölk", 2, "st"), ("ägg", 12, "st")]),
        ("Smör\nMjölk 2 l\nÄgg 10 st", [("smör", None, None), ("mjölk", 2, "l"), ("ägg", 10, "st")]),
        # a care worker's abbreviated package words: förpackning, paket, flaska
        ("räkor frysta 1 fpk, sesamolja 2 fl", [("räkor frysta", 1, "st"), ("sesamolja", 2, "st")]),
        ("tvål 2 förpk och kaffe 1 pk", [("tvål", 2, "st"), ("kaffe", 1, "st")]),
        ("3 frpk. ägg", [("ägg", 3, "st")]),
    ],
)
def test_utterances(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected
