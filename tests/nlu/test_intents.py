"""Intents in order of appearance, and what each item asks to do."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("två liter mjölk", ["add"]),
        # remove
        ("ta bort osten", ["remove"]),
        ("kan du ta bort korven", ["remove"]),
        ("inga äpplen den här gången", ["remove"]),
        ("ingen grädde tack", ["remove"]),
        ("inget socker i veckan", ["remove"]),
        ("jag vill inte ha te", ["remove"]),
        ("vi behöver inte smör", ["remove"]),
        ("stryk skinkan", ["remove"]),
        ("skippa chipsen", ["remove"]),
        ("korven kan du ta bort", ["remove"]),
        ("jag ångrar ostbågarna", ["remove"]),
        # change
        ("ändra osten till två", ["set"]),
        ("kan du ändra gurkan till tre", ["set"]),
        ("byt yoghurten till fyra", ["set"]),
        ("en gurka till", ["set"]),
        ("en till", ["set"]),
        ("två till", ["set"]),
        ("jag vill ha fyra bananer istället", ["set"]),
        # repeat
        ("samma som förra veckan", ["repeat"]),
        ("samma som sist", ["repeat"]),
        ("samma som senast tack", ["repeat"]),
        ("som vanligt", ["repeat"]),
        ("det vanliga", ["repeat"]),
        ("jag vill ha samma som förra gången", ["repeat"]),
        ("samma beställning som förra veckan", ["repeat"]),
        ("upprepa förra beställningen", ["repeat"]),
        # finish
        ("det var allt", ["finish"]),
        ("det är allt för idag", ["finish"]),
        ("tack det var allt", ["finish"]),
        ("klart", ["finish"]),
        ("jag är klar", ["finish"]),
        ("nu är jag färdig", ["finish"]),
        ("skicka beställningen", ["finish"]),
        ("skicka in beställningen tack", ["finish"]),
        ("skicka", ["finish"]),
        ("beställ", ["finish"]),
        ("inget mer", ["finish"]),
        ("det räcker så", ["finish"]),
        ("det blir bra så", ["finish"]),
        # undo
        ("ångra", ["undo"]),
        ("ångra det", ["undo"]),
        ("nej inte den", ["undo"]),
        ("nej nej inte den där", ["undo"]),
        ("Nej, inte den!", ["undo"]),
        ("det blev fel", ["undo"]),
        ("oj det var fel", ["undo"]),
        ("glöm det", ["undo"]),
        # questions about the basket
        ("vad har jag beställt", ["ask_basket"]),
        ("vad har jag beställt hittills", ["ask_basket"]),
        ("vad står på listan", ["ask_basket"]),
        ("vad har jag i korgen", ["ask_basket"]),
        ("läs upp listan", ["ask_basket"]),
        ("kan du läsa upp vad jag har beställt", ["ask_basket"]),
        ("vad kostar det", ["ask_total"]),
        ("vad kostar allt", ["ask_total"]),
        ("hur mycket kostar det", ["ask_total"]),
        ("vad blir det", ["ask_total"]),
        ("hur mycket blir det totalt", ["ask_total"]),
        ("vad blir summan", ["ask_total"]),
        ("vad kostar mjölken", ["ask_total"]),
        ("tack det blir bra", ["finish"]),
        ("jag vill beställa nu", ["finish"]),
        ("du kan skicka den nu", ["finish"]),
        ("nä det var allt", ["finish"]),
        ("ingenting mer tack", ["finish"]),
        ("det ville jag inte", ["undo"]),
        ("ta bort det jag just sa", ["undo"]),
        ("hur mycket har jag handlat för", ["ask_total"]),
        ("vad kommer det att kosta", ["ask_total"]),
        ("jag vill ha det vanliga", ["repeat"]),
        ("ett paket av det vanliga kaffet", ["add"]),
        ("vad har jag på min lista", ["ask_basket"]),
        ("vad är det jag har beställt", ["ask_basket"]),
        ("är det dyrt", ["ask_total"]),
        ("nu kan du skicka", ["finish"]),
        ("då säger vi så", ["finish"]),
        ("jag menade filmjölk", ["undo", "add"]),
        ("nej inte mjölken utan filmjölken", ["remove", "add"]),
        # several in one
        ("två liter mjölk och ta bort smöret", ["add", "remove"]),
        ("ta bort smöret och lägg till margarin", ["remove", "add"]),
        ("inga bananer och tre äpplen", ["remove", "add"]),
        ("en limpa. det var allt", ["add", "finish"]),
        ("ångra och lägg till filmjölk", ["undo", "add"]),
        ("kaffe och vad kostar det", ["add", "ask_total"]),
        ("samma som förra veckan men utan kaffe och lägg till bananer", ["repeat", "remove", "add"]),
        ("vad har jag beställt och vad kostar det", ["ask_basket", "ask_total"]),
        ("en mjölk till och skicka beställningen", ["set", "finish"]),
        # nothing recognised
        ("", ["unknown"]),
        ("hur mår du", ["unknown"]),
        ("när kommer leveransen", ["unknown"]),
        ("tack", ["unknown"]),
        ("eh öh", ["unknown"]),
        ("jag heter Anna", ["unknown"]),
        ("det är kallt ute idag", ["unknown"]),
        ("vi ses", ["unknown"]),
        ("kommer leveransen på fredag", ["unknown"]),
        ("god morgon", ["unknown"]),
        ("hej jag heter Anna och jag vill ha två liter mjölk", ["add"]),
        ("jag undrar om ni har bananer", ["add"]),
    ],
)
def test_intents(text: str, intents: list[str]) -> None:
    assert parse(text).intents == intents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ta bort mjölken", [("remove", "mjölken", False)]),
        ("ta bort mjölken och smöret", [("remove", "mjölken", False), ("remove", "smöret", False)]),
        ("mjölken och smöret behövs inte", [("remove", "mjölken", False), ("remove", "smöret", False)]),
        ("inga bananer den här gången", [("remove", "bananer", False)]),
        ("jag vill inte ha kaffe", [("remove", "kaffe", False)]),
        ("inte kaffe men te", [("remove", "kaffe", False), ("add", "te", False)]),
        ("inget mer kaffe", [("remove", "kaffe", False)]),
        ("ta bort den", [("remove", "", False)]),
        ("en mjölk till", [("set", "mjölk", True)]),
        ("en till", [("set", "", True)]),
        ("och en till", [("set", "", True)]),
        ("en likadan till", [("set", "", True)]),
        ("ett paket till", [("set", "", True)]),
        ("en till mjölk", [("set", "mjölk", True)]),
        ("ett till paket kaffe", [("set", "kaffe", True)]),
        ("en mjölk till och ett smör till", [("set", "mjölk", True), ("set", "smör", True)]),
        ("ändra mjölken till tre", [("set", "mjölken", False)]),
        ("ändra antalet ägg till tolv", [("set", "ägg", False)]),
        ("ändra till tre", [("set", "", False)]),
        ("lägg till äpplen istället", [("add", "äpplen", False)]),
        ("ta bort två mjölk och en ost", [("remove", "mjölk", False), ("remove", "ost", False)]),
        ("lägg till kaffe och ta bort te", [("add", "kaffe", False), ("remove", "te", False)]),
        ("byt mjölken mot filmjölk", [("remove", "mjölken", False), ("add", "filmjölk", False)]),
        ("ändra smöret till margarin", [("remove", "smöret", False), ("add", "margarin", False)]),
        ("byt ut grädden mot laktosfri", [("remove", "grädden", False), ("add", "laktosfri grädden", False)]),
        ("en till av den", [("set", "", True)]),
        ("två till av osten", [("set", "osten", True)]),
        ("gör det till fyra", [("set", "", False)]),
        ("inte kaffe utan te", [("remove", "kaffe", False), ("add", "te", False)]),
        ("kaffe utan koffein", [("add", "kaffe utan koffein", False)]),
        # "inte" before a sort word after the goods says a sort not wanted, of the same item: no removal
        ("espresso bönor hela inte malda ekologiska", [("add", "espresso bönor hela inte malda ekologiska", False)]),
        ("mjölk inte laktosfri", [("add", "mjölk inte laktosfri", False)]),
        ("skinka 200 g inte rökt", [("add", "skinka inte rökt", False)]),
        ("mjölk inte fil", [("add", "mjölk", False), ("remove", "fil", False)]),
        # ... after "som" and its verb, and with how much: "ost inte så stark" removed the cheese
        ("mjölk som inte är laktosfri", [("add", "mjölk som inte är laktosfri", False)]),
        ("ost inte så stark", [("add", "ost inte så stark", False)]),
        ("kaffe inte för starkt och bröd", [("add", "kaffe inte för starkt", False), ("add", "bröd", False)]),
        # ... and after a comma, "men" or "fast": it completes the goods just said
        ("ost, inte så stark", [("add", "ost inte så stark", False)]),
        ("mjölk men inte laktosfri", [("add", "mjölk inte laktosfri", False)]),
        ("en ost fast inte för stark", [("add", "ost inte för stark", False)]),
        ("ost men ingen stark", [("add", "ost ingen stark", False)]),
        ("mjölk, ingen laktosfri", [("add", "mjölk ingen laktosfri", False)]),
        ("kaffe men inte det mörkrostade", [("add", "kaffe inte det mörkrostade", False)]),
        # ... whichever the adjective, pointed at and said last: "mjölk men inte den feta" removed a feta cheese
        ("mjölk men inte den feta", [("add", "mjölk inte den feta", False)]),
        ("bröd, inte det grova", [("add", "bröd inte det grova", False)]),
        ("yoghurt inte den söta", [("add", "yoghurt inte den söta", False)]),
        ("kaffe men inte det mörka och te", [("add", "kaffe inte det mörka", False), ("add", "te", False)]),
        ("mjölk men inte de bananerna", [("add", "mjölk", False), ("remove", "bananerna", False)]),
        ("ost inte den feta utan den magra", [("add", "ost den magra", False)]),
        ("en limpa men inte den mörka den ljusa", [("add", "limpa ljusa", False)]),  # "utan" unsaid
        ("ost inte den starka den milda", [("add", "ost milda", False)]),
        # the one with it not wanted is the goods without it: "fil men inte den med smak" removed goods "med smak"
        ("hon vill ha fil men inte den med smak", [("add", "fil utan smak", False)]),
        ("müsli inte det med russin", [("add", "müsli utan russin", False)]),
        # ... or where it lies: "tonfisk i vatten inte i olja" removed goods "i olja" (a lamp oil)
        ("en burk tonfisk i vatten inte i olja", [("add", "tonfisk i vatten utan olja", False)]),
        # ... and before the next goods: "ost men inte för stark och te" removed "för stark" and the tea
        ("ost men inte för stark och te", [("add", "ost inte för stark", False), ("add", "te", False)]),
        # the sort wanted instead of one not wanted: "ost inte den starka utan den milda" removed "starka"
        ("ost inte den starka utan den milda", [("add", "ost milda", False)]),
        ("mjölk, inget smör", [("add", "mjölk", False), ("remove", "smör", False)]),
        # "men gärna" after goods to remove asks other goods, never a sort of those removed
        ("ingen mjölk men gärna fil", [("remove", "mjölk", False), ("add", "fil", False)]),
        ("ta bort mjölken men gärna fil", [("remove", "mjölken", False), ("add", "fil", False)]),
        ("mjölk. ta bort smöret. ost", [("add", "mjölk", False), ("remove", "smöret", False), ("add", "ost", False)]),
        ("en mjölk till mig", [("add", "mjölk", False)]),
        # a care worker reports the client's wishes in the third person, and what the client takes
        ("hon dricker snabbkaffe mörkrost", [("add", "snabbkaffe mörkrost", False)]),
        ("han tar alltid isterband", [("add", "isterband", False)]),
        ("hon äter gärna getost", [("add", "getost", False)]),
        ("vi brukar köpa zoégas", [("add", "zoégas", False)]),
        ("han har inget smör", [("add", "smör", False)]),
        ("hon är sugen på glass", [("add", "glass", False)]),
        ("hon tar bort mjölken", [("remove", "mjölken", False)]),
        ("hon vill inte ha mjölk", [("remove", "mjölk", False)]),
        ("mjölk hon vill också ha ost", [("add", "mjölk", False), ("add", "ost", False)]),
        # the list goes on: "och sen var det smör också" asked for nothing
        ("och sen var det smör också", [("add", "smör", False)]),
        ("mjölk och så var det ost", [("add", "mjölk", False), ("add", "ost", False)]),
        ("mjölk och sen var det allt", [("add", "mjölk", False)]),  # the order is done, no goods "allt"
        ("hon vill ha en limpa och han dricker lättmjölk", [("add", "limpa", False), ("add", "lättmjölk", False)]),
        ("hon vill att du köper ägg", [("add", "ägg", False)]),
        # a package word that is the goods keeps whom they are for: "en limpa till henne" is no bread "till henne"
        ("en limpa till henne", [("add", "limpa till henne", False)]),
        ("en limpa åt henne", [("add", "limpa åt henne", False)]),
        ("en limpa till", [("set", "", True)]),
        # doing it oneself asks for nothing: "själv" was goods (a sure children's book "Jag Kan Själv")
        ("en burk sill för inläggning så jag kan lägga in själv", [("add", "sill för inläggning", False)]),
        # what the client plans to make, said after the goods, is what they are for: "gröt" was goods of its own
        ("havregryn ett paket jag ska koka gröt", [("add", "havregryn till gröt", False)]),
        ("vetemjöl vi ska baka bullar och jäst", [("add", "vetemjöl till bullar", False), ("add", "jäst", False)]),
        ("jag ska baka bullar", [("add", "bullar", False)]),  # said alone, the dish is what is asked
        ("potatis vi ska grilla på lördag", [("add", "potatis", False)]),  # when, no dish
        # why the goods are needed, said of the old one after them: it was words of the goods
        ("en ny diskborste den gamla är sliten", [("add", "ny diskborste", False)]),
        ("riven mozzarella jag ska göra pizza", [("add", "riven mozzarella till pizza", False)]),
        ("grädde vi ska göra en sås", [("add", "grädde till sås", False)]),
        ("mjöl jag ska baka en till", [("set", "mjöl", True)]),  # one more, no dish
        # a command's verb after "att" is what is done with the goods: "lägga in" started a line "själv"
        ("urvattnad sill att lägga in själv", [("add", "urvattnad sill att lägga in", False)]),
        ("fläckmedel att ta bort fläckar med", [("add", "fläckmedel att ta bort fläckar med", False)]),
    ],
)
def test_actions(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(i.action, i.phrase, i.increment) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not knowing or remembering removes nothing: "två mjölk och jag vet inte" removed the milk
        ("två mjölk och jag vet inte", [("add", "mjölk")]),
        ("två mjölk. jag vet inte", [("add", "mjölk")]),
        ("smör, jag förstår inte", [("add", "smör")]),
        ("ost jag vet inte vilken", [("add", "ost")]),
        ("jag kommer inte ihåg vad det heter", []),
        # talk to the tablet asks for no goods
        ("vänta lite", []),
        ("ett ögonblick", []),
        ("låt mig tänka", []),
        ("kan du upprepa", []),
        ("mjölk och smör och så vidare", [("add", "mjölk"), ("add", "smör")]),
        ("äpplen det spelar ingen roll vilka", [("add", "äpplen")]),
        # how much, roughly, and whether it will do: "eller så" and "går det" were goods
        ("ost ett halvt kilo eller så", [("add", "ost")]),
        ("en halv limpa går det", [("add", "limpa")]),
        # which sort is left to staff: "doften får du välja" was words of the goods, and nothing was found
        ("ja och sköljmedel softlan doften får du välja", [("add", "sköljmedel softlan")]),
        ("chips du får välja smak", [("add", "chips")]),
        ("te vilken sort som helst", [("add", "te")]),
        ("mjölk det är inte bråttom", [("add", "mjölk")]),
        # a clause's own negation removes nothing: a removal with no words takes away the line just added
        ("äpplen om det inte är för dyrt", [("add", "äpplen")]),
        ("ost om den inte är för stark", [("add", "ost")]),
        ("två mjölk inte tre", [("add", "mjölk")]),
        # a count corrected: "inte två mjölk utan tre" removed two milk and lost the three
        ("inte två mjölk utan tre", [("set", "mjölk")]),
        ("inte två utan tre mjölk och en ost", [("set", "mjölk"), ("add", "ost")]),
        # another sort that will do as well: "om den är laktosfri" was a line, "om den inte är det" took the
        # milk just added away
        ("mjölk, det gör inget om den är laktosfri", [("add", "mjölk")]),
        ("mjölk det gör inget om den är laktosfri", [("add", "mjölk")]),
        ("mjölk, gärna laktosfri men det gör inget om den inte är det", [("add", "mjölk laktosfri")]),
        ("bananer det går bra om de inte är mogna och två bröd", [("add", "bananer"), ("add", "bröd")]),
        # what would do else is for staff to substitute: "så mellan" was a second milk line, "så skippa det" took
        # the cheese away, "annars mellan" was words of the goods
        ("mjölk om ni inte har lätt så mellan", [("add", "mjölk lätt")]),
        ("bröd om ni inte har limpa annars rostbröd och smör", [("add", "bröd limpa"), ("add", "smör")]),
        ("ost om ni inte har den så skippa det", [("add", "ost")]),
        ("mjölk helst lätt annars mellan", [("add", "mjölk lätt")]),
        ("mjölk om ni inte har lätt", [("add", "mjölk")]),
        ("mjölken ska vara laktosfri från och med nu", [("add", "mjölken laktosfri")]),  # from when on
    ],
)
def test_talk_asks_for_no_goods_and_removes_none(text: str, expected: list[tuple[str, str]]) -> None:
    """"jag vet inte" read its "inte" as a removal (of the goods before it, or of the line just added), and
    "vänta lite" asked for goods called "vänta": what a client says while thinking is no item. So with the
    "inte" of "om det inte är för dyrt" (a clause's own, before its verb) and of "inte tre" after a count."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods running out are asked for: "slut" there ends no order, and a lack removes nothing
        ("smöret är nästan slut", (["add"], [("add", "smöret")])),
        ("kaffet är snart slut", (["add"], [("add", "kaffet")])),
        ("diskmedlet börjar ta slut", (["add"], [("add", "diskmedlet")])),
        ("vi är utan toapapper", (["add"], [("add", "toapapper")])),
        ("ingen mjölk kvar", (["add"], [("add", "mjölk")])),
        ("tyvärr ingen mjölk kvar", (["add"], [("add", "mjölk")])),
        ("mjölk, ingen kvar", (["add"], [("add", "mjölk")])),
        ("det finns ingen mjölk kvar", (["add"], [("add", "mjölk")])),
        ("tvättmedel behövs också", (["add"], [("add", "tvättmedel")])),
        # a request of the client in the third person, the verb first, asks as "vill jag" does
        ("hon vill ha mjölk och så behöver hon bröd", (["add"], [("add", "mjölk"), ("add", "bröd")])),
        ("ost vill han ha", (["add"], [("add", "ost")])),
        ("mjölk behöver hon inte", (["remove"], [("remove", "mjölk")])),
    ],
)
def test_goods_running_out_are_asked_for(text: str, expected: tuple[list[str], list[tuple[str, str]]]) -> None:
    """"smöret är nästan slut" ended the order (its "slut" read as "done") and "vi är utan toapapper" or "ingen
    mjölk kvar" removed the goods: goods said to be running out or lacking are asked for. "behöver hon bröd"
    lost the bread: the verb before "hon" asks as before "jag" or "vi"."""
    parsed = parse(text)
    assert (parsed.intents, [(i.action, i.phrase) for i in parsed.items]) == expected


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("ändra mjölken till tre", 3, "st"),
        ("ändra mjölken till två liter", 2, "l"),
        ("byt smöret till tre paket", 3, "st"),
        ("ändra bananerna från fyra till sex", 6, "st"),
        ("minska potatisen till ett kilo", 1, "kg"),
        ("en mjölk till", 1, "st"),
        ("två till", 2, "st"),
    ],
)
def test_changed_quantity(text: str, amount: float, unit: str) -> None:
    (item,) = parse(text).items
    assert (item.action, item.quantity.amount, item.quantity.unit) == ("set", amount, unit)


@pytest.mark.parametrize(
    ("text", "kind", "without", "extra"),
    [
        ("samma som förra veckan", "last", [], []),
        ("samma som sist", "last", [], []),
        ("som vanligt", "usual", [], []),
        ("det vanliga tack", "usual", [], []),
        ("samma som förra veckan men utan kaffe", "last", ["kaffe"], []),
        ("samma som förra veckan men utan kaffe och lägg till bananer", "last", ["kaffe"], ["bananer"]),
        ("samma som sist utan kaffe och mjölk", "last", ["kaffe", "mjölk"], []),
        ("samma som förra veckan men utan kaffe och med bananer", "last", ["kaffe"], ["bananer"]),
        ("samma som sist men med bullar", "last", [], ["bullar"]),
        ("samma som sist utan kaffe med mjölk", "last", ["kaffe med mjölk"], []),
        ("som vanligt men ingen mjölk", "usual", ["mjölk"], []),
        ("som vanligt fast utan grädde", "usual", ["grädde"], []),
        ("samma som förra gången plus två liter mjölk", "last", [], ["mjölk"]),
        ("samma som förra veckan och en limpa", "last", [], ["limpa"]),
        ("som vanligt men inga bananer och lägg till två paket smör", "usual", ["bananer"], ["smör"]),
    ],
)
def test_repeat(text: str, kind: str, without: list[str], extra: list[str]) -> None:
    parsed = parse(text)
    assert parsed.repeat is not None
    assert (parsed.repeat.kind, parsed.repeat.without, parsed.repeat.extra) == (kind, without, extra)
    assert [i.phrase for i in parsed.items if i.action == "remove"] == without
    assert [i.phrase for i in parsed.items if i.action == "add"] == extra


@pytest.mark.parametrize("text", ["två liter mjölk", "ta bort smöret", "det var allt", ""])
def test_no_repeat(text: str) -> None:
    assert parse(text).repeat is None


@pytest.mark.parametrize(("text", "expected"), [
    ("ta bort: mjölk, smör", [("remove", "mjölk"), ("remove", "smör")]),
    ("stryk: korven", [("remove", "korven")]),
    ("lägg till: ost 1 kg, skinka", [("add", "ost"), ("add", "skinka")]),
    ("ta bort mjölken. ost: prästost 1 kg, grevé", [("remove", "mjölken"), ("add", "prästost"), ("add", "grevé")]),
])
def test_a_colon_after_a_request_introduces_its_items(text: str, expected: list[tuple[str, str]]) -> None:
    """A typed "ta bort: mjölk, smör" removes what the colon introduces: the colon ended the sentence, so
    the milk and the butter were added."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("töm korgen", (["clear"], [])),
        ("töm hela listan", (["clear"], [])),
        ("ta bort allt", (["clear"], [])),
        ("stryk alltihop", (["clear"], [])),
        ("kan du ta bort allting", (["clear"], [])),
        ("rensa listan", (["clear"], [])),
        ("börja om", (["clear"], [])),
        ("vi börjar om från början", (["clear"], [])),
        ("jag vill börja om", (["clear"], [])),
        # what is said after it is the new order; what is said before it is cleared with the rest
        ("töm korgen och lägg till mjölk", (["clear", "add"], [("add", "mjölk")])),
        ("mjölk och smör. nej förresten börja om. två bröd", (["clear", "add"], [("add", "bröd")])),
        ("börja om, samma som förra veckan", (["clear", "repeat"], [])),
        ("skicka allt", (["finish"], [])),
    ],
)
def test_clearing_the_basket(text: str, expected: tuple[list[str], list[tuple[str, str]]]) -> None:
    """"töm korgen" was goods called "töm korgen", and "ta bort allt" a removal of goods called "allt"."""
    parsed = parse(text)
    assert (parsed.intents, [(i.action, i.phrase) for i in parsed.items]) == expected


@pytest.mark.parametrize("text", ["ta bort allt socker", "ta bort alla bananer", "börja om med mjölken",
                                  "allt i ett rengöring", "rensad fisk"])
def test_all_of_some_goods_clears_no_basket(text: str) -> None:
    assert "clear" not in parse(text).intents


@pytest.mark.parametrize(("text", "expected"), [
    ("tvål som inte luktar", [("add", "tvål utan parfym")]),
    ("tvättmedel som inte doftar så mycket och två bröd", [("add", "tvättmedel utan parfym"), ("add", "bröd")]),
    ("yoghurt som inte har socker", [("add", "yoghurt utan socker")]),
    ("kex som inte innehåller nötter", [("add", "kex utan nötter")]),
    ("schampo som inte är parfymerat", [("add", "schampo som inte är parfymerat")]),
])
def test_what_goods_do_not_have_is_what_they_are_without(text: str, expected: list[tuple[str, str]]) -> None:
    """"tvål som inte luktar" asked for goods "tvål mot luktar" (its "inte" read as "tar bort" is, what goods
    act against), so did "schampo som inte är parfymerat": a relative clause's "inte" says what the goods are
    not, or are without."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected
