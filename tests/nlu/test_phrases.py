"""Product phrases (normalised, never stemmed) and the attributes kept for the matcher."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


@pytest.mark.parametrize(
    ("text", "phrase", "attributes"),
    [
        ("laktosfri mjölk", "laktosfri mjölk", ["laktosfri"]),
        ("laktosfria yoghurtar", "laktosfria yoghurtar", ["laktosfri"]),
        ("Laktosfritt smör", "laktosfritt smör", ["laktosfri"]),
        ("ekologiska bananer", "ekologiska bananer", ["ekologisk"]),
        ("eko ägg", "eko ägg", ["ekologisk"]),
        ("ekomjölk", "ekomjölk", ["ekologisk"]),
        ("glutenfritt bröd", "glutenfritt bröd", ["glutenfri"]),
        ("glutenfria makaroner", "glutenfria makaroner", ["glutenfri"]),
        ("lätt crème fraiche", "lätt crème fraiche", ["lätt"]),
        ("lättmjölk", "lättmjölk", ["lätt"]),
        ("fet ost", "fet ost", ["fet"]),
        ("färsk lax", "färsk lax", ["färsk"]),
        ("färska räkor", "färska räkor", ["färsk"]),
        ("frysta blåbär", "frysta blåbär", ["fryst"]),
        ("djupfryst torsk", "djupfryst torsk", ["fryst"]),
        ("en stor gurka", "stor gurka", ["stor"]),
        ("ett stort paket kaffe", "stort kaffe", ["stor"]),
        ("små potatisar", "små potatisar", ["liten"]),
        ("en liten grädde", "liten grädde", ["liten"]),
        ("mörkrostat kaffe", "mörkrostat kaffe", ["mörkrost"]),
        ("mellanrost", "mellanrost", ["mellanrost"]),
        ("ekologisk laktosfri mjölk", "ekologisk laktosfri mjölk", ["ekologisk", "laktosfri"]),
        ("mjölk, laktosfri", "mjölk laktosfri", ["laktosfri"]),
        ("ekonomiförpackning kaffe", "ekonomiförpackning kaffe", []),
        ("mellanmjölk", "mellanmjölk", []),
        # a sort said not wanted is no wish
        ("mjölk inte laktosfri", "mjölk inte laktosfri", []),
        ("kaffebönor ej malda ekologiska", "kaffebönor ej malda ekologiska", ["ekologisk"]),
        ("kaffe ej ekologiskt", "kaffe ej ekologiskt", []),
        ("mjölk som inte är laktosfri", "mjölk som inte är laktosfri", []),
        ("mjölk inte ekologisk laktosfri", "mjölk inte ekologisk laktosfri", ["laktosfri"]),
        ("kaffe inte det mörkrostade", "kaffe inte det mörkrostade", []),
    ],
)
def test_attributes_stay_in_the_phrase(text: str, phrase: str, attributes: list[str]) -> None:
    (item,) = parse(text).items
    assert (item.phrase, item.attributes) == (phrase, attributes)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("MJÖLK", "mjölk"),
        ("Smör!", "smör"),
        ("  mjölk   och    smör  ", "mjölk"),
        ("\"Zoégas\" kaffe", "zoégas kaffe"),
        ("Löfbergs Lila", "löfbergs lila"),
        ("arla mellanmjölk", "arla mellanmjölk"),
        ("felix ketchup", "felix ketchup"),
        ("smör (bregott)", "smör bregott"),
        ("a-fil", "a-fil"),
        ("coca-cola", "coca-cola"),
        ("mjolk", "mjolk"),
        ("smorgasgurka", "smorgasgurka"),
        ("havre gryn", "havre gryn"),
        ("smöret", "smöret"),
        ("bananerna", "bananerna"),
        ("två liter av den vanliga mjölken", "mjölken"),  # the usual one: Item.usual
        ("ta bort alla tomaterna", "tomaterna"),
        ("crème fraiche", "crème fraiche"),
        ("7up", "7up"),
        ("ett 6-pack lättöl", "6-pack lättöl"),
        ("två flaskor 7up", "7up"),
        ("dulce de leche", "dulce de leche"),
        ("den där osten", "osten"),
        ("limpa skogaholm", "limpa skogaholm"),
        ("vaniljsås färdig", "vaniljsås färdig"),
        ("burk sill", "sill"),
    ],
)
def test_phrase_normalisation(text: str, phrase: str) -> None:
    assert parse(text).items[0].phrase == phrase
