"""Item boundaries, fillers and politeness: text → the product phrases in order."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


def phrases(text: str) -> list[str]:
    return [item.phrase for item in parse(text).items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjunctions and punctuation
        ("kaffe och te", ["kaffe", "te"]),
        ("korv samt senap", ["korv", "senap"]),
        ("pasta plus köttfärssås", ["pasta", "köttfärssås"]),
        ("fisk sen potatis", ["fisk", "potatis"]),
        ("fisk och sen potatis", ["fisk", "potatis"]),
        ("gröt och så mjölk", ["gröt", "mjölk"]),
        ("bröd och smör också", ["bröd", "smör"]),
        ("ost, skinka, gurka", ["ost", "skinka", "gurka"]),
        ("Ost, skinka och gurka.", ["ost", "skinka", "gurka"]),
        ("ägg; bacon; bönor", ["ägg", "bacon", "bönor"]),
        ("ris\ncurry\nkokosmjölk", ["ris", "curry", "kokosmjölk"]),
        ("- ris\n- curry", ["ris", "curry"]),
        ("1. ris\n2. curry", ["ris", "curry"]),
        ("mjölk & bröd", ["mjölk", "bröd"]),
        ("sill och och potatis", ["sill", "potatis"]),
        ("sill å potatis", ["sill", "potatis"]),
        ("korv o bröd", ["korv", "bröd"]),
        # ... but a spoken "o" with no goods before it joins nothing: it is a name's ("O'boy") written apart
        ("en burk o boy", ["o boy"]),
        ("o boy och mjölk", ["o boy", "mjölk"]),
        ("mjölk och två paket o boy", ["mjölk", "o boy"]),
        ("och så köttbullar", ["köttbullar"]),
        ("och lingonsylt", ["lingonsylt"]),
        # "någon sorts", "nåt slags": some kind of the goods, no word of them
        ("någon sorts ost", ["ost"]),
        ("två paket nåt slags korv och bröd", ["korv", "bröd"]),
        # "någon", "mer" after "utan" or a verb of what the goods do tell of the goods, no amount of new ones
        ("grönt te utan någon smak i", ["grönt te utan någon smak i"]),
        ("schampo som ger mer volym i håret", ["schampo som ger mer volym i håret"]),
        # "för lite", "för mycket" (too little, too much) say how things are, no amount of new goods
        ("sköljmedel det luktar för mycket annars", ["sköljmedel det luktar för mycket"]),
        ("vätskeersättning hon dricker för lite nu", ["vätskeersättning för lite nu"]),
        ("det blir några bananer också", ["bananer"]),
        ("mjölk också förstås", ["mjölk"]),
        # "vilken sort som helst", "vilket märke som helst": any of the goods, no word of them
        ("ett kilo äpplen vilken sort som helst", ["äpplen"]),
        ("en tub kaviar vilken som helst och kaffe vilket märke som helst", ["kaviar", "kaffe"]),
        ("sköljmedel vilken doft som helst en flaska", ["sköljmedel"]),
        # lists held apart only by quantities
        ("två liter filmjölk ett paket müsli fyra bananer", ["filmjölk", "müsli", "bananer"]),
        ("en gurka en sallad tre tomater", ["gurka", "sallad", "tomater"]),
        ("fyra yoghurt två grädde och en ost", ["yoghurt", "grädde", "ost"]),
        ("2 l mjölk 1 kg socker", ["mjölk", "socker"]),
        ("ett kilo lök två kilo potatis", ["lök", "potatis"]),
        # a quantity after its product stays with it
        ("mjölk två liter och smör", ["mjölk", "smör"]),
        ("smör 2 paket, mjölk 3 liter", ["smör", "mjölk"]),
        ("potatis, två kilo, och lök", ["potatis", "lök"]),
        # ... unless its word names a product of its own: the loaf was lost as the jam's amount
        ("lingonsylt och en limpa och sex ägg", ["lingonsylt", "limpa", "ägg"]),
        ("mjölk och två limpor", ["mjölk", "limpor"]),
        ("ost, en bit", ["ost"]),
        # fillers and politeness
        ("eh jag vill ha kaffe", ["kaffe"]),
        ("jag skulle vilja ha två apelsiner tack", ["apelsiner"]),
        ("kan du beställa lite diskmedel", ["diskmedel"]),
        ("kan jag få ett paket tepåsar", ["tepåsar"]),
        ("jag behöver strösocker", ["strösocker"]),
        ("jag tar en ost", ["ost"]),
        ("lägg till rödbetor på listan", ["rödbetor"]),
        ("tack", []),
        ("snälla köp hem en limpa", ["limpa"]),
        ("öh ja mjölk", ["mjölk"]),
        ("ja tack två bananer", ["bananer"]),
        ("hej jag vill beställa kaffe", ["kaffe"]),
        ("kan du vara snäll och beställa potatis", ["potatis"]),
        ("jag skulle gärna vilja ha lite frukt", ["frukt"]),
        ("vi behöver också kattmat", ["kattmat"]),
        ("sen vill jag ha smör", ["smör"]),
        ("och så behöver jag tandkräm", ["tandkräm"]),
        ("glöm inte kattsanden", ["kattsanden"]),
        ("jag jag vill ha mjölk", ["mjölk"]),
        ("mjölk tack så mycket", ["mjölk"]),
        ("har du färsk fisk", ["färsk fisk"]),
        ("två liter mjölk till lördag", ["mjölk"]),
        ("en limpa åt mig", ["limpa"]),
        ("ja du jag tar bullar", ["bullar"]),
        # the meaningful words stay
        ("mellan mjölk", ["mellan mjölk"]),
        ("en mellanmjölk", ["mellanmjölk"]),
        ("en limpa", ["limpa"]),
        ("kanel bullar", ["kanel bullar"]),
        ("en hel kyckling", ["hel kyckling"]),
        ("gräddfil, gärna lätt", ["gräddfil lätt"]),
        ("två liter mjölk men laktosfri", ["mjölk laktosfri"]),
        ("grädde, den laktosfria", ["grädde laktosfria"]),
        ("Filmjölk. Laktosfri.", ["filmjölk laktosfri"]),
        ("äpplen, helst röda", ["äpplen röda"]),
        ("kaffe utan koffein", ["kaffe utan koffein"]),
        ("fast potatis", ["fast potatis"]),
        ("saft eller juice", ["saft eller juice"]),
    ],
)
def test_items_and_phrases(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lägg i" puts an item in the basket as "lägg till" does
        ("lägg i två liter mjölk", ["mjölk"]),
        ("lägg i en entrecote", ["entrecote"]),
        # the day or meal it is for is no part of the product ("till söndagen", "till middagen")
        ("en entrecote till söndagen", ["entrecote"]),
        ("rostbiff till middagen", ["rostbiff"]),
        ("tårta till kalaset och kaffe", ["tårta", "kaffe"]),
        # what the client is about to do is talk, not an item ("jag ska baka så ...")
        ("jag ska baka så ett paket jäst och bakplåtspapper", ["jäst", "bakplåtspapper"]),
        ("vi ska grilla på lördag så köp korv och bröd", ["korv", "bröd"]),
        # ... or said after it: "jag ska koka" the brisket, no goods "koka"
        ("färsk oxbringa ungefär ett kilo jag ska koka", ["färsk oxbringa"]),
        ("jag ska steka fisk", ["fisk"]),
        # ... a noun counted is the goods, no thing's plan: "en tårtbotten ska baka" asked for nothing
        ("en tårtbotten ska baka tårta till lördag", ["tårtbotten till tårta"]),
        ("mjölk ett paket ägg och en tårtbotten ska baka tårta till lördag", ["mjölk", "ägg", "tårtbotten till tårta"]),
        # ... or a feast or guests the client is about to have: no goods "kalas"
        ("en engångsduk till bordet vi ska ha kalas", ["engångsduk till bordet"]),
        ("vi ska ha gäster på lördag så en stek", ["stek"]),
        ("hon ska ha besök så kaffe och kakor", ["kaffe", "kakor"]),
        # a ring of sausage and a bunch of flowers are how they are sold
        ("en falukorv och en ring prinskorv", ["falukorv", "prinskorv"]),
        ("en bukett tulpaner", ["tulpaner"]),
        # goods forgotten are goods asked for: "jag glömde mjölk" asked for nothing
        ("jag glömde mjölk", ["mjölk"]),
        ("oj jag glömde ju smöret", ["smöret"]),
        ("jag har glömt att säga bananer", ["bananer"]),
        ("kaffe och så glömde jag tvålen", ["kaffe", "tvålen"]),
        ("har vi glömt kaffe", ["kaffe"]),
        # an apology said first is no goods
        ("förlåt jag glömde mjölk", ["mjölk"]),
        ("ursäkta kan vi ta lite ost också", ["ost"]),
        # thanks between a count and a word of the goods are the goods' first word written apart (a "tackkort")
        ("ett tack kort", ["tack kort"]),
        ("en mjölk tack", ["mjölk"]),
        ("två liter tack mjölk", ["mjölk"]),
        # what the client's own one does says why the goods are needed; a strength said before it stays theirs
        ("en ny tvättlina min har gått av", ["ny tvättlina"]),
        ("läsglasögon plus två mina har gått sönder", ["läsglasögon +2"]),
        ("läsglasögon plus två de gamla har gått sönder", ["läsglasögon +2"]),
        ("läsglasögon plus två till mig", ["läsglasögon +2"]),
        ("läsglasögon plus två till mamma", ["läsglasögon +2"]),
        # an indoor cat is a sort of its food, as a neutered one is
        ("torrfoder till katten han är en inne katt", ["innekatt torrfoder till katten"]),
        # and so is an outdoor one: what a pet does says which it is ("går ute": it goes out)
        ("torrfoder till katten hon är kastrerad och går ute mycket", ["kastrerad utekatt torrfoder till katten"]),
        ("broddar till skorna det är så halt ute", ["broddar till skorna"]),
        # how much a person drinks or eats, in an aside, is no amount to buy: no second item of coffee
        ("två paket bryggkaffe hon dricker mycket kaffe", ["bryggkaffe"]),
        ("ost och mycket smör", ["ost", "smör"]),
        # pieces counted right after goods counted by one package are how many it holds, as "med" says them
        ("ett paket ägg tolv stycken", ["ägg 12-pack"]),
        ("ett paket ägg med tolv stycken", ["ägg 12-pack"]),
        # saffron comes by the sachet: "ett kuvert" counts it, an envelope asked alone is the goods
        ("saffran ett kuvert och en påse russin till lussekatterna", ["saffran", "russin till lussekatterna"]),
        ("tio kuvert", ["kuvert"]),
        # ... and mozzarella by the ball; a ball after "och" is one of its own
        ("mozzarella laktos fri en boll hon är känslig i magen", ["mozzarella laktos fri"]),
        ("köttbullar och en boll", ["köttbullar", "boll"]),
        # one word set against a sort pointed at is the sort not wanted, no removal
        ("pepsi den vanliga inte max ett tiopack burkar", ["pepsi den vanliga inte max", "10-pack burkar"]),
        ("kaffe den vanliga inte koffeinfritt", ["kaffe den vanliga inte koffeinfritt"]),
        # a request said after the goods that names only their sort asks no goods of its own
        ("en liter mellan mjölk ekologisk hon vill bara ha eko", ["mellan mjölk ekologisk eko"]),
        ("mjölk hon vill ha laktosfri", ["mjölk laktosfri"]),
        # how dark a bread said after it with its own article is which bread: no second item "mörkt"
        ("eh ett rågbröd ett mörkt", ["rågbröd mörkt"]),
        ("två ljus", ["ljus"]),
        # "something with" after the goods says which of them: no second item of some chicken
        ("godis till katten nåt med kyckling", ["godis till katten med kyckling"]),
        ("bröd något utan frön", ["bröd utan frön"]),
        # either will do, said last, asks for nothing more
        ("en bit parmesan eller grana padano det går lika bra", ["parmesan eller grana padano"]),
        ("mjölk eller filmjölk det går bra", ["mjölk eller filmjölk"]),
        ("ost eller nåt", ["ost"]),
        # a spray is the can the goods come in; alone, or against something, it is the goods
        ("fönsterputs en spray till fönstren", ["fönsterputs till fönstren"]),
        ("en spray mot flugor", ["spray mot flugor"]),
        ("en tub mot sår", ["tub mot sår"]),
        # a multipack said after the goods is theirs, with whom it is for
        ("kattmat bitar i sås ett tolvpack till missen", ["kattmat bitar i sås 12-pack till missen"]),
        # ... or what it holds ("med småflaskor" was goods of its own, and the drink a sure single bottle)
        ("ramlösa vattenmelon ett tolv pack med småflaskor", ["ramlösa vattenmelon 12-pack med småflaskor"]),
        # a fat said after the amount is the goods' own
        ("standard mjölk en liter den med tre procent", ["standard mjölk 3%"]),
        ("mjölk två liter 3%", ["mjölk 3%"]),
        # what is so of something, said after the goods, says why they are needed: no goods "torra"
        ("hud lotion till benen dom blir så torra", ["hud lotion till benen"]),
        ("handkräm händerna blir så torra", ["handkräm"]),
        ("ost den är så god och bröd", ["ost", "bröd"]),
        # other goods not wanted and the goods named again by their kind after "utan": the goods said, nothing
        # removed ("knäcke" was removed from the basket)
        ("ett surdegsbröd inte knäcke utan vanligt bröd", ["surdegsbröd"]),
        ("mjölk inte ost utan smör", ["mjölk", "ost", "smör"]),
        ("bröd plus två mjölk", ["bröd", "mjölk"]),
        # a plan said without its subject, or a chore, names what the goods are for
        ("en ask mascarpone ska göra tiramisu", ["mascarpone till tiramisu"]),
        ("fönsterputs i sprayflaska jag ska tvätta fönstren", ["fönsterputs i sprayflaska till fönstren"]),
    ],
)
def test_spoken_frames_around_items(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject and a finite verb after an item's words start an aside that says why: no item words
        ("musfällor vi har möss i källaren", ["musfällor"]),
        ("mjölk hon tycker om den", ["mjölk"]),
        ("bullar vi får gäster", ["bullar"]),
        ("blöjor vi har barnbarn här i helgen", ["blöjor"]),
        ("kattmat vi har två katter och mjölk", ["kattmat", "mjölk"]),
        # ... but the item's sort said in it stays the item's
        ("kaffe vi har alltid mörkrost", ["kaffe mörkrost"]),
        # an aside that says which the client takes keeps its words but its subject and verbs
        ("kaffe vi brukar ta mörkrost", ["kaffe mörkrost"]),
        ("kaffe vi brukar ta zoégas", ["kaffe zoégas"]),
        ("kaffe vi brukar helst ta mörkrost", ["kaffe mörkrost"]),
        # liking is choosing, and "har" before a verb of taking is no reason ("kaffe" alone may be sure)
        ("kaffe hon gillar zoégas", ["kaffe zoégas"]),
        ("kaffe vi har alltid köpt zoégas", ["kaffe zoégas"]),
        # how often is no sort: "varje" and what it counts go with the other adverbs
        ("ett paket leverpastej hon äter den varje morgon", ["leverpastej"]),
        ("kaffe vi dricker mörkrost varje dag", ["kaffe mörkrost"]),
        # a request that points back at the item with its sort only is the item's sort, not new goods
        ("ost jag vill ha den lagrade och mjölk", ["ost lagrade", "mjölk"]),
        ("mjölk jag vill också ha ost", ["mjölk", "ost"]),
        # an aside ends where a new request starts; the phrases that add still add
        ("musfällor vi har möss jag vill också ha ost", ["musfällor", "ost"]),
        ("mjölk och kaffe vi har slut på", ["mjölk", "kaffe"]),
        ("vi har slut på kaffe", ["kaffe"]),
        ("vi har inga ägg", ["ägg"]),
        # a subordinate clause says when or whether: no item words, its sort words still the item's
        ("kycklingburgare till barnbarnen när dom kommer på lördag", ["kycklingburgare till barnbarnen"]),
        ("en bounty om dom har", ["bounty"]),
        ("mjölk om det finns och bröd", ["mjölk", "bröd"]),
        ("kaffe om dom har mörkrost", ["kaffe mörkrost"]),
        ("smör två paket om 500 g", ["smör"]),  # "om" before a size, no subject: no clause
        # ... its subject a person named by a noun, with or without an owner before it
        ("en citron kaka när syrran kommer", ["citron kaka"]),
        ("kaffe när min dotter kommer på lördag", ["kaffe"]),
        ("mjölk om affären har laktosfri", ["mjölk laktosfri"]),
        ("en bok om katter", ["bok om katter"]),  # no verb after the noun: no clause
        # packages said with "eller" stay the item's words (the matcher reads them as packages listed)
        ("böckling pastej på tub eller burk", ["böckling pastej på tub eller burk"]),
    ],
)
def test_a_spoken_aside_after_an_item_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


def test_an_aside_that_says_which_keeps_the_amount_said_in_it() -> None:
    (item,) = parse("kaffe vi brukar köpa två paket").items
    assert (item.phrase, item.quantity.amount, item.quantity.unit_word) == ("kaffe", 2.0, "paket")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several items in one breath, each with its amount after it: every amount ends its item
        ("mjölk två liter ost ett kilo", [("mjölk", 2.0, "l"), ("ost", 1.0, "kg")]),
        ("kalkon korv ett paket varm korv två paket", [("kalkon korv", 1.0, "st"), ("varm korv", 2.0, "st")]),
        ("smör på 250 g mjölk en liter", [("smör", 250.0, "g"), ("mjölk", 1.0, "l")]),
        ("ägg ett 12-pack mjölk två liter", [("ägg 12-pack", 1.0, "st"), ("mjölk", 2.0, "l")]),
        # a tube is a package: "ett rör" after the item is its count, no item "rör"
        ("c vitamin brus tabletter ett rör", [("c vitamin brus tabletter", 1.0, "st")]),
        # amounts before their items, or one amount after one item, read as before
        ("ett paket kalkonkorv två paket varmkorv", [("kalkonkorv", 1.0, "st"), ("varmkorv", 2.0, "st")]),
        ("ost ett kilo", [("ost", 1.0, "kg")]),
        ("tre mjölk två liter", [("mjölk", 3.0, "st")]),
    ],
)
def test_amounts_said_after_their_items_in_one_breath(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "något", "lite" right after an item and before "till"/"för": what that item is for, no new item
        ("en äppel krona något till kaffet", [("äppel krona till kaffet", 1.0, "st")]),
        ("bullar några för barnen och en mjölk", [("bullar för barnen", None, None), ("mjölk", 1.0, "st")]),
        ("mjölk lite till kaffet", [("mjölk till kaffet", None, None)]),
        # after "och" it is an item of its own, only a purpose; "lite till" alone is more of it
        ("en äppel krona och något till kaffet", [("äppel krona", 1.0, "st"), ("till kaffet", None, None)]),
        ("mjölk lite till", [("mjölk", None, None)]),
    ],
)
def test_a_vague_amount_before_a_purpose_says_what_the_item_is_for(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "till en"/"för ett" right after an item's words: the dish or thing the goods are for, no item
        ("ett halvt kilo älgfärs till en köttfärssås", [("älgfärs till köttfärssås", 0.5, "kg")]),
        ("grädde till en sås och två liter mjölk", [("grädde till sås", None, None), ("mjölk", 2.0, "l")]),
        ("tomater för en sallad", [("tomater för sallad", None, None)]),
        # a request's "till", a count or a unit after the purpose word, or "till" at the end: as before
        ("lägg till en mjölk", [("mjölk", 1.0, "st")]),
        ("en mjölk till", [("mjölk", 1.0, "st")]),
        ("kaffe till två paket filter", [("kaffe", None, None), ("filter", 2.0, "st")]),
    ],
)
def test_an_article_after_a_purpose_word_names_what_the_goods_are_for(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount typed between the thing and what it comes with or without: the item goes on
        ("räkor 1 kg med skal", [("räkor med skal", 1.0, "kg")]),
        # what the goods are to be used for, said with "att" after their amount: no goods of its own
        ("parmesan en bit att riva över spagettin", [("parmesan att riva över spagettin", 1.0, "st")]),
        ("gevalia pulverkaffe en påse att fylla på burken med",
         [("gevalia pulverkaffe att fylla på burken med", 1.0, "st")]),
        ("kaffe 2 pkt utan koffein", [("kaffe utan koffein", 2.0, "st")]),
        ("bröd 1 st m frön, yoghurt 1 l utan socker", [("bröd m frön", 1.0, "st"),  # "m": med, abbreviated
                                                         ("yoghurt utan socker", 1.0, "l")]),
        # where it comes from, said after the amount, the amount's own adjective perhaps between
        ("kalix löjrom en ask från frysen", [("kalix löjrom från frysen", 1.0, "st")]),
        ("löjrom en liten ask från frysen", [("löjrom liten från frysen", 1.0, "st")]),
        ("köttbullar ett paket ur frysen och mjölk", [("köttbullar ur frysen", 1.0, "st"), ("mjölk", None, None)]),
        # another thing after the amount is another item, the amount read before it as ever
        ("räkor 1 kg smör", [("räkor", None, None), ("smör", 1.0, "kg")]),
    ],
)
def test_with_or_without_after_an_amount_goes_on_with_the_item(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en flaska blandsaft hallon nej vänta svarta vinbär", [("blandsaft svarta vinbär", 1.0, "st")]),
        ("kaffe mörkrost nej förresten mellanrost", [("kaffe mellanrost", None, None)]),
        ("mjölk nej förresten filmjölk", [("filmjölk", None, None)]),
        ("gelé till viltet nej förresten till steken", [("gelé till steken", None, None)]),
        ("mjölk eller nej filmjölk och bröd", [("filmjölk", None, None), ("bröd", None, None)]),
        # before an amount the amount corrects; before a command the command acts
        ("pizza två stycken nej förresten tre", [("pizza", 3.0, "st")]),
        # ... said after a comma too: "ett paket kaffe, nej två" kept the one pack and lost the two
        ("ett paket kaffe, nej två", [("kaffe", 2.0, "st")]),
        ("ett paket kaffe, eller nej två, och smör", [("kaffe", 2.0, "st"), ("smör", None, None)]),
        ("kaffe nej förresten ta bort det", [("kaffe", None, None), ("", None, None)]),
    ],
)
def test_words_said_after_a_correction_take_back_the_last_ones(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amount said last, after a "nej förresten", is the one meant: no item of its own
        ("pizza capricciosa två stycken nej förresten tre", [("pizza capricciosa", 3.0, "st")]),
        ("sötnings medel ett paket nej förresten två", [("sötnings medel", 2.0, "st")]),
        ("mjölk två liter nej tre", [("mjölk", 3.0, "l")]),  # the unit said first
        ("ost ett kilo nej förresten ett halvt", [("ost", 0.5, "kg")]),
        ("mjölk två liter nej förresten tre och bröd", [("mjölk", 3.0, "l"), ("bröd", None, None)]),
        ("pizza två stycken tre", [("pizza", 2.0, "st")]),  # nothing between: left as it was
        # the amount said before the goods, corrected after them
        ("tre hekto kokt skinka nej förresten fyra", [("kokt skinka", 4.0, "hg")]),
        ("två paket fiskpinnar nej förresten tre", [("fiskpinnar", 3.0, "st")]),
        ("en gurka nej förresten två", [("gurka", 2.0, "st")]),
        ("tre hekto skinka nej förresten ett halvt kilo", [("skinka", 0.5, "kg")]),
        ("två paket fiskpinnar nej förresten tre och en gurka", [("fiskpinnar", 3.0, "st"), ("gurka", 1.0, "st")]),
    ],
)
def test_an_amount_corrected_after_the_item_is_the_one_meant(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count and the goods said again after a correction are the item meant: four eggs and six were ten
        ("eh ja vi tar fyra ägg nej sex ägg", [("ägg", 6.0, "st")]),
        ("fyra ägg nej förresten sex ägg och smör", [("ägg", 6.0, "st"), ("smör", None, None)]),
        ("tre bananer eller nej fyra bananer", [("bananer", 4.0, "st")]),
        ("två liter mjölk, nej en liter mjölk", [("mjölk", 1.0, "l")]),
        ("fem ägg förlåt sex ägg", [("ägg", 6.0, "st")]),
        ("sex ägg nej tolv ägg tack", [("ägg", 12.0, "st")]),
        ("två liter mjölk nej förresten en liter lättmjölk", [("lättmjölk", 1.0, "l")]),
        ("ta bort två paket smör nej ett paket smör", [("smör", 1.0, "st")]),
        # other goods after the correction are goods of their own, as are the same goods joined by "och"
        ("fyra ägg nej förresten sex bananer", [("ägg", 4.0, "st"), ("bananer", 6.0, "st")]),
        ("fyra ägg och sex ägg", [("ägg", 4.0, "st"), ("ägg", 6.0, "st")]),
    ],
)
def test_a_count_and_goods_said_again_after_a_correction_are_the_item_meant(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the goods are prepared, cut or kept, typed after the amount: still the item's words
        ("skinka 200 g rökt", [("skinka rökt", 200.0, "g")]),
        ("mjölk 2 l laktosfri", [("mjölk laktosfri", 2.0, "l")]),
        ("ost 500 g riven", [("ost riven", 500.0, "g")]),
        ("räkor 1 kg skalade", [("räkor skalade", 1.0, "kg")]),
        ("kaffe 1 pkt mörkrost, bacon 2 pkt tärnat", [("kaffe mörkrost", 1.0, "st"), ("bacon tärnat", 2.0, "st")]),
        ("lax 400 g varmrökt och ägg 12 st ekologiska",
         [("lax varmrökt", 400.0, "g"), ("ägg ekologiska", 12.0, "st")]),
        # a sort's adjective: firm or floury potatoes, salted butter, a cheese's age, a mustard's strength
        ("potatis 2 kg fast", [("potatis fast", 2.0, "kg")]),
        ("smör 500 g normalsaltat", [("smör normalsaltat", 500.0, "g")]),
        ("ost 1 kg mellanlagrad, senap 1 tub stark", [("ost mellanlagrad", 1.0, "kg"), ("senap stark", 1.0, "st")]),
        # a thing after the amount is another item, its amount before it as ever
        ("mjölk 2 l smör", [("mjölk", None, None), ("smör", 2.0, "l")]),
        # said pointing: "one of those frozen ones" is the item's sort, as "en fryst" is
        ("moussaka en sån där fryst till onsdagen", [("moussaka fryst", 1.0, "st")]),
        ("kaffe ett sånt där mörkrost", [("kaffe mörkrost", 1.0, "st")]),
        ("mjölk en sån där ost", [("mjölk", None, None), ("ost", 1.0, "st")]),
        ("en matlåda i glas med två fack", [("matlåda i glas med 2 fack", 1.0, "st")]),  # parts it has, as named
        ("deodorant en stick", [("deodorant", 1.0, "st")]),
        ("en låda som skorna får plats i", [("låda som skorna får plats i", 1.0, "st")]),  # the box is the goods
        ("kycklingbröstfilé ett kilo den färska från kylen", [("kycklingbröstfilé färska från kylen", 1.0, "kg")]),
        ("kuvert som ett a4 papper får plats i", [("kuvert som a4 papper får plats i", None, None)]),  # an article
        ("en bit hushållsost den magra på sjutton procent", [("hushållsost den magra 17%", 1.0, "st")]),  # as written  # a stick is the package, as a tube is
        # a sort pointed at after the amount, whichever its adjective ("den feta" was goods, a sure feta cheese)
        ("mjölk en liter den feta tre procent", [("mjölk den feta 3%", 1.0, "l")]),
        ("potatis en påse den fasta sorten", [("potatis den fasta sorten", 1.0, "st")]),  # "sorten" was goods
        ("ballerina kakor två paket av de vanliga", [("ballerina kakor de vanliga", 2.0, "st")]),  # "av": of those
        ("räkor 1 kg med skal", [("räkor med skal", 1.0, "kg")]),
        ("äpplen ett kilo de röda", [("äpplen röda", 1.0, "kg")]),
        ("mjölk en liter den feta osten", [("mjölk", None, None), ("feta osten", 1.0, "l")]),
        # a sort not wanted after the amount, by how much or pointed at ("inte för mogna" was goods of its own)
        ("bananer fem stycken inte för mogna", [("bananer inte för mogna", 5.0, "st")]),
        ("ost ett kilo inte så stark", [("ost inte så stark", 1.0, "kg")]),
        ("mjölk en liter inte den feta", [("mjölk inte feta", 1.0, "l")]),
        ("mjölk en liter inte smör", [("mjölk", 1.0, "l"), ("smör", None, None)]),  # goods not wanted stay so
        # the package said with a word of its own after the goods ("a refill bag"): the goods' package, no goods
        ("gevalia snabbkaffe en refill påse", [("gevalia snabbkaffe refill påse", 1.0, "st")]),
        ("luftfräschare en sån gel burk till toaletten", [("luftfräschare gel burk till toaletten", 1.0, "st")]),
        # ... or a package of a size, said alone ("ett storpack till katten" was goods of its own)
        ("kattmat i gelé ett storpack till katten", [("kattmat i gelé storpack till katten", 1.0, "st")]),
        ("kattmat ett multipack med kött", [("kattmat multipack med kött", 1.0, "st")]),  # "multipack" was goods
        ("läsk ett flerpack", [("läsk flerpack", 1.0, "st")]),
        ("tandkräm en tub den vanliga colgate", [("tandkräm vanliga colgate", 1.0, "st")]),  # "colgate" was goods
        # a relative clause said of the goods after the amount ("den som man kan skumma" was goods of its own)
        ("havremjölk en liter den som man kan skumma", [("havremjölk som man kan skumma", 1.0, "l")]),
        # where from, after a sort pointed at after the amount ("från zoégas" was an item of the usual)
        ("kaffe två paket det mörka från zoégas", [("kaffe mörka från zoégas", 2.0, "st")]),
        # ... or what for ("rökt till mackorna" was goods of their own)
        ("skinka 200 g rökt till mackorna", [("skinka rökt till mackorna", 200.0, "g")]),
        ("kattmat i gelé ett stort paket till katten", [("kattmat i gelé stort till katten", 1.0, "st")]),
        ("tvättmedel en storförpackning", [("tvättmedel storförpackning", 1.0, "st")]),
        # ... written whole
        ("gevalia snabbkaffe en påfyllnadspåse", [("gevalia snabbkaffe påfyllnadspåse", 1.0, "st")]),
        ("kaffe två stora påsar", [("kaffe stora", 2.0, "st")]),
        ("mjölk en chips påse", [("mjölk", None, None), ("chips påse", 1.0, "st")]),  # goods of their own
        # the ordinary sort said pointing ("a regular one") is the item's too, no goods "vanlig"
        ("eh en flaska olivolja en vanlig sån", [("olivolja vanlig", 1.0, "st")]),
        ("mjölk en vanlig sån", [("mjölk vanlig", 1.0, "st")]),
        ("hår balsam en flaska vanligt", [("hår balsam vanligt", 1.0, "st")]),
        # the article said again with a colour or a sort: "a collar, a red one", not one more item
        ("ett halsband ett rött", [("halsband rött", 1.0, "st")]),
        ("två paket kaffe ett mörkrost", [("kaffe mörkrost", 2.0, "st")]),
        ("ljus två paket vita", [("ljus vita", 2.0, "st")]),
        ("ett halsband ett ljus", [("halsband", 1.0, "st"), ("ljus", 1.0, "st")]),
    ],
)
def test_a_description_after_an_amount_goes_on_with_the_item(
        text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative's text message names the client as a relative: a heading saying whom the order is for,
        # and what is true of them, are no goods
        ("Hej! Till mamma denna vecka: Gräddfil 1 st, fetaost 1 pkt", ["gräddfil", "fetaost"]),
        ("Åt pappa: ost", ["ost"]),
        ("kvarg 2 st, mamma e diabetiker", ["kvarg"]),
        ("sojafärs 1 pkt, pappa är vegetarian nu", ["sojafärs"]),
        ("keso 2 burkar mormor har diabetes", ["keso"]),
        # ... while what the client takes is asked for, and goods named after a person stay goods
        ("pappa dricker lättöl", ["lättöl"]),
        ("mammas pannbiffar 2 pkt", ["mammas pannbiffar"]),
        ("mamma scans köttbullar", ["mamma scans köttbullar"]),
        ("vitamin e 1 burk", ["vitamin e"]),
    ],
)
def test_the_client_named_as_a_relative_is_no_goods(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the care worker reads the client's note aloud: what is written on it is goods, the reading and
        # where it is written are not
        ("eh det står en flora här på lappen", ["flora"]),
        ("det står mjölk på listan och två limpor", ["mjölk", "limpor"]),
        ("här står det kaffe", ["kaffe"]),
        ("på lappen står det tre liter filmjölk", ["filmjölk"]),
        ("eh hon har skrivit rökt oxtunga också", ["rökt oxtunga"]),
        ("mm hon skriver miniskivat bacon och en broccoligratäng", ["miniskivat bacon", "broccoligratäng"]),
        ("mamma har skrivit upp knäckebröd", ["knäckebröd"]),
        ("han skrev ost och smör", ["ost", "smör"]),
        # ... while asking what is on the list still asks
        ("vad står det på listan", []),
    ],
)
def test_the_note_read_aloud_names_its_goods(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after the goods whose subject is someone's or something's ("min gamla", "min dotter")
        # and a finite verb says why, as "mamma e diabetiker" does: no goods
        ("öh en ballongvisp, min gamla gick sönder", ["ballongvisp"]),
        ("kaffe, min dotter kommer på lördag", ["kaffe"]),
        ("en termos, vår gamla har spruckit", ["termos"]),
        # ... while the client's usual goods stay goods
        ("min vanliga ost och mjölk", ["ost", "mjölk"]),
    ],
)
def test_a_remark_of_an_owned_subject_is_no_goods(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("till pyttin: oxpytt fryst 2 pkt", [("oxpytt fryst", 2.0)]),
    ("till köttbullarna: färs 500 g, ströbröd, grädde 2 dl", [("färs", 500.0), ("ströbröd", None), ("grädde", 2.0)]),
    ("åt katten: kattmat 6 burkar", [("kattmat", 6.0)]),
    ("kryddor: örtsalt 1 burk, allkrydda 1 burk", [("örtsalt", 1.0), ("allkrydda", 1.0)]),
    ("frukt och grönt: äpplen 1 kg, purjolök 2 st", [("äpplen", 1.0), ("purjolök", 2.0)]),
    ("mjölk 2 l. till pannkakorna: mjöl 2 kg, ägg 12 st",
     [("mjölk", 2.0), ("mjöl", 2.0), ("ägg", 12.0)]),
    # no heading: a colon before the item's amount, before what the one item is, or with nothing after it
    ("kaffe: 2 pkt", [("kaffe", 2.0)]),
    ("mjölk: laktosfri 2 l", [("mjölk", None), ("laktosfri", 2.0)]),
    ("mjölk, smör till kaffet:", [("mjölk", None), ("smör till kaffet", None)]),
])
def test_a_heading_before_a_colon_names_no_item(text: str, expected: list[tuple[str, float | None]]) -> None:
    """A typed list's heading ("till köttbullarna:", "kryddor:", "frukt och grönt:") says what the goods after
    it are for or where they belong: the goods are the items, the dish or the section is none (it was an
    item of its own, so every later item was read one place late)."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("till katten: blötmat, sand", [("blötmat", "till katten"), ("sand", "till katten")]),
    ("till köttbullarna: färs 500 g, ströbröd",
     [("färs", "till köttbullarna"), ("ströbröd", "till köttbullarna")]),
    ("till min katt: blötmat 2 st", [("blötmat", "till min katt")]),
    # the words saying when are no purpose; a relative named as the client, a section or a day says none
    ("till grillen på lördag: korv 1 pkt, kol 1 säck", [("korv", "till grillen"), ("kol", "till grillen")]),
    ("Hej! Till mamma denna vecka: Gräddfil 1 st, fetaost 1 pkt", [("gräddfil", ""), ("fetaost", "")]),
    ("kryddor: örtsalt 1 burk, allkrydda 1 burk", [("örtsalt", ""), ("allkrydda", "")]),
    # a heading followed by goods on its line covers its line; said without a colon, its sentence
    ("till katten: blötmat, sand\nmjölk 2 l", [("blötmat", "till katten"), ("sand", "till katten"), ("mjölk", "")]),
    ("åt katten kattmat 6 burkar, sand. mjölk", [("kattmat", "åt katten"), ("sand", "åt katten"), ("mjölk", "")]),
    ("mjölk 2 l. till hunden: tuggben", [("mjölk", ""), ("tuggben", "till hunden")]),
    # one ending its line covers the lines after it, up to a blank line or the next heading
    ("till katten:\nblötmat\nsand\n\nmjölk", [("blötmat", "till katten"), ("sand", "till katten"), ("mjölk", "")]),
    ("till hunden:\ntuggben\nfoder\nkryddor:\nsalt\npeppar",
     [("tuggben", "till hunden"), ("foder", "till hunden"), ("salt", ""), ("peppar", "")]),
    ("till katten: blötmat. till hunden: tuggben", [("blötmat", "till katten"), ("tuggben", "till hunden")]),
    # a noun alone in its definite form says whom or what for, as the purpose word would; a meal says when
    ("Katten: kattmat 2 st, sand 1 st", [("kattmat", "till katten"), ("sand", "till katten")]),
    ("middagen: lax 1 kg, potatis 2 kg", [("lax", ""), ("potatis", "")]),
    # no heading: the purpose said with the item is its own
    ("blötmat till katten", [("blötmat till katten", "")]),
])
def test_what_a_heading_says_the_goods_are_for_is_each_items(text: str, expected: list[tuple[str, str]]) -> None:
    """"till katten: blötmat, sand": what a purpose heading says the goods under it are for goes with each item
    it covers (it was dropped, so "blötmat" was any wet food); the catalog reads it where it names whom or what
    for (catalog.understand.purposes_of_headings)."""
    assert [(i.phrase, i.purpose) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("eh kattungen behöver torrfoder en påse", [("torrfoder", "till kattungen")]),
    ("hunden behöver tuggben och schampo", [("tuggben", "till hunden"), ("schampo", "till hunden")]),
    ("min katt vill ha blötmat", [("blötmat", "till min katt")]),
    ("barnbarnen vill ha glass. mjölk", [("glass", "till barnbarnen"), ("mjölk", "")]),
    ("grannen saknar kaffe", [("kaffe", "till grannen")]),
    ("hunden har inget godis kvar", [("godis", "till hunden")]),
    ("katten har inga leksaker", [("leksaker", "till katten")]),
    # the client named as a relative is whom the order is for: no purpose, no item
    ("mamma behöver tandkräm", [("tandkräm", "")]),
])
def test_a_being_that_needs_or_wants_the_goods_is_whom_they_are_for(text: str, expected: list[tuple[str, str]]) -> None:
    """"kattungen behöver torrfoder": the kitten was an item of its own (a sure kitten food) and the dry food any
    dry food, sure too. A noun opening the sentence before "behöver", "vill (ha)", "önskar" or "saknar" is whom
    the goods after it are for, as "torrfoder till kattungen" says; a relative naming the client says no one."""
    assert [(i.phrase, i.purpose) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mjölken ska vara lätt", ["mjölken lätt"]),
    ("ost som ska vara lagrad", ["ost lagrad"]),
    ("bröd det behöver vara glutenfritt", ["bröd glutenfritt"]),
    ("smör och mjölken måste vara eko", ["smör", "mjölken eko"]),
    ("mjölk den ska vara lätt", ["mjölk lätt"]),
    ("frun önskar sig choklad", ["choklad"]),
    # what they must not or need not be is a sort not wanted, no goods to remove
    ("mjölk men den behöver inte vara ekologisk", ["mjölk inte ekologisk"]),
    ("kaffe det får inte vara för starkt", ["kaffe inte för starkt"]),
    ("ost som inte får vara för stark", ["ost inte för stark"]),
])
def test_what_the_goods_must_be_is_their_sort(text: str, expected: list[str]) -> None:
    """"mjölken ska vara lätt" was two items, the milk and "vara lätt": what the goods must be is their sort,
    with a pointer ("mjölk den ska vara lätt") or without, as "ska", "måste" or "behöver" says it; and "önskar
    sig" wishes as "önskar" does ("sig choklad" was the goods). What they must not be is a sort not wanted:
    "den behöver inte vara ekologisk" removed goods called "vara ekologisk"."""
    assert phrases(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mjölk den lätta och den feta", ["mjölk den lätta", "mjölk den feta"]),
    ("tuc kex de vanliga och de med ost", ["tuc kex de vanliga", "tuc kex de med ost"]),
    ("kattmat dom med fisk och dom med kyckling", ["kattmat dom med fisk", "kattmat dom med kyckling"]),
    ("ost den lagrade, den milda", ["ost den lagrade", "ost den milda"]),
    # one sort said: the pointer goes on saying it, or names it after the goods
    ("korv, den med lamm och ris", ["korv med lamm och ris"]),
    ("tunnknäcke, det med havssalt", ["tunnknäcke med havssalt"]),
])
def test_a_second_sort_pointed_at_is_the_same_goods_again(text: str, expected: list[str]) -> None:
    """"mjölk den lätta och den feta" asked for "feta" (a sure feta cheese), and "tuc kex de vanliga och de med
    ost" for one biscuit "de vanliga med ost": a sort pointed at after goods said with one ("den lätta") is
    another item of the same goods."""
    assert phrases(text) == expected


@pytest.mark.parametrize("text", ["mjölken behöver vara laktosfri", "kaffet vill jag ha mörkrost",
                                  "katten behöver inte mer mat", "hon behöver tandkräm"])
def test_goods_said_before_a_wish_are_for_no_one(text: str) -> None:
    """Goods said first, then what they must be or who takes them, name no one the goods are for."""
    assert all(not i.purpose for i in parse(text).items)


@pytest.mark.parametrize(("text", "expected"), [
    ("frukt och grönt:\näpplen 1 kg\npurjolök 2 st", ["äpplen", "purjolök"]),
    ("kryddor:\nsalt\npeppar", ["salt", "peppar"]),
    # one line of goods after it: the colon says what the one item is ("mjölk: laktosfri 2 l")
    ("mjölk:\nlaktosfri 2 l", ["mjölk", "laktosfri"]),
    ("kryddor:\nsalt\n\nmjölk 2 l", ["kryddor", "salt", "mjölk"]),
])
def test_a_heading_ending_its_line_introduces_the_lines_after_it(text: str, expected: list[str]) -> None:
    """"frukt och grönt:" on a line of its own, the goods on the lines after it: the section is a heading over
    the lines up to a blank line, as one followed by a list on its line is ("frukt" and "grönt" were items)."""
    assert phrases(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("till pannkakorna mjöl och ägg", [("mjöl", None), ("ägg", None)]),
    ("till fisken citron 2 st", [("citron", 2.0)]),
    ("till köttbullarna färs 500 g, ströbröd", [("färs", 500.0), ("ströbröd", None)]),
    ("åt katten kattmat 6 burkar", [("kattmat", 6.0)]),
    ("mjölk 1 l. till kaffet, kanelbullar 1 påse", [("mjölk", 1.0), ("kanelbullar", 1.0)]),
    ("till pastan på onsdag: rigatoni 500 g", [("rigatoni", 500.0)]),
    # no dish opening the sentence: the purpose is the item's, or the only words said
    ("citron till fisken", [("citron till fisken", None)]),
    ("till kaffet", [("till kaffet", None)]),
    # no dish either: the client named as a relative is no word of the goods (marking, CLIENT_WORDS)
    ("till mamma mjölk", [("mjölk", None)]),
])
def test_a_dish_opening_a_sentence_names_no_item(text: str, expected: list[tuple[str, float | None]]) -> None:
    """"till pannkakorna mjöl och ägg": a purpose said first, a dish in its definite form, says what the goods
    after it are for, as a heading before a colon does; it is no word of the first item ("till pannkakorna
    mjöl" was read as pancakes)."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("tisdag: fiskgratäng 1 st", [("fiskgratäng", 1.0)]),
    ("söndagsmiddag: högrev 1 kg", [("högrev", 1.0)]),
    ("frukost: havregryn 1 pkt", [("havregryn", 1.0)]),
    ("lunch onsdag: ärtsoppa 2 burkar", [("ärtsoppa", 2.0)]),
    # a word that only starts so is goods: "lunchkorv", "fikabröd" say what is bought
    ("lunchkorv: falukorv 1 st", [("lunchkorv", None), ("falukorv", 1.0)]),
])
def test_a_day_or_meal_before_a_colon_names_no_item(text: str, expected: list[tuple[str, float | None]]) -> None:
    """A weekly plan typed under its days and meals ("tisdag: fiskgratäng 1 st") heads even one item: the day
    or the meal is when the goods are eaten, no item of its own."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking whether the store has the goods asks for them, as "har ni" and "finns det" do
        ("eh har dom rabarberkräm", ["rabarberkräm"]),
        ("har de kanelbullar", ["kanelbullar"]),
        ("en bounty om dom har", ["bounty"]),  # the aside after the goods still names none
        # a remark about the client's own after the goods names none: an owner's word alone is no goods
        ("kan du köpa ögondroppar, mina är slut", ["ögondroppar"]),
        ("tandkräm, min är slut", ["tandkräm"]),
        # a fat or strength said after a comma completes the goods before it
        ("eh två liter matlagningsgrädde, femton procent", ["matlagningsgrädde 15%"]),
        ("mjölk, tre procent", ["mjölk 3%"]),
        # a pointing word and "med" or "utan" after a comma say which sort of the goods before
        ("eh och så tunnknäcke, det med havssalt", ["tunnknäcke med havssalt"]),
        ("yoghurt, den med jordgubb", ["yoghurt med jordgubb"]),
        ("chips, de utan salt", ["chips utan salt"]),
        ("glass, den med vanilj och två bananer", ["glass med vanilj", "bananer"]),
        # "och" and a bare word straight after such a sort go on saying it: the sort's second part
        ("korv till hunden, den med lamm och ris", ["korv till hunden med lamm och ris"]),
        ("müsli, den med nötter och russin", ["müsli med nötter och russin"]),
        ("tunnknäcke, det med havssalt och så smör", ["tunnknäcke med havssalt", "smör"]),  # "och så": more goods
        ("glass, den med vanilj och ett paket kaffe", ["glass med vanilj", "kaffe"]),
        # a pointing word and what the goods are or are for ("som är", "ska vara") say the same: which sort
        ("ost, den som är lagrad", ["ost lagrad"]),
        ("kycklingbuljong, dom ska vara till såsen", ["kycklingbuljong till såsen"]),
        ("två paket buljongtärningar dom ska vara till såsen", ["buljongtärningar till såsen"]),
        ("äpplen, de som är röda och en gurka", ["äpplen röda", "gurka"]),
        # the client's old one of the goods, spoken of after them, is no goods to buy
        ("öh badrumsrengöring, den gamla flaskan är slut", ["badrumsrengöring"]),
        ("tandkräm, min gamla är slut", ["tandkräm"]),
        ("mjölk, den gamla har gått ut", ["mjölk"]),
        ("tvättmedel, det gamla paketet är tomt", ["tvättmedel"]),
        ("tandkräm och den gamla osten", ["tandkräm", "gamla osten"]),  # goods named: an item
        # the goods' own container, said last, is what ran out, no goods ("smöret är slut" still asks for butter)
        ("hushålls papper ett paket rullen är slut", ["hushålls papper"]),
        ("tvål, flaskan är nästan slut", ["tvål"]),
    ],
)
def test_a_question_or_remark_around_the_goods_names_only_the_goods(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fil, vanlig fil till frukosten", ["vanlig fil"]),       # the goods said again with their sort
    ("mjölk, lätt mjölk", ["lätt mjölk"]),
    ("mm vad heter det, fil, vanlig fil", ["vanlig fil"]),
    ("mjölk, ost", ["mjölk", "ost"]),                          # other goods: a second item
    ("ost, riven ost och mjölk", ["riven ost", "mjölk"]),
    # said again as the compound naming the sort, after "en vanlig": its "en" is the article, no second milk
    ("mjölk en vanlig mellanmjölk", ["vanlig mellanmjölk"]),
    ("ost ett vanligt hushållsost", ["vanligt hushållsost"]),
    ("mjölk en vanlig gurka", ["mjölk", "vanlig gurka"]),     # other goods
    ("mjölk en mellanmjölk", ["mjölk", "mellanmjölk"]),       # no "vanlig": two lines, as said
    ("mjölk två liter lättmjölk alltså", ["lättmjölk"]),     # the amount between: one item, its sort said
    ("mjölk en liter mellanmjölk", ["mellanmjölk"]),
    ("mjölk två liter filmjölk", ["mjölk", "filmjölk"]),     # "fil" is no sort of milk: other goods
])
def test_goods_said_again_with_their_sort_are_one_item(text: str, expected: list[str]) -> None:
    """A care worker or a client searching for a word says the goods, then again with their sort ("fil,
    vanlig fil"): one item, the sort said; no second line of the same goods."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kaffe, det mörka", ["kaffe det mörka"]),
    ("mjölk, den feta", ["mjölk den feta"]),
    ("bröd men skivat", ["bröd skivat"]),  # how the goods are cut or kept, after "men" or a comma: it was goods
    # pointing at a sort or a brand inside the goods' words names nothing ("märket" was a word to find)
    ("diskmedel det där från grumme", ["diskmedel från grumme"]),
    ("diskmedel av det där grumme märket", ["diskmedel av grumme"]),
    ("ost den där med hål", ["ost med hål"]),
    ("ost, riven och smör", ["ost riven", "smör"]),
    ("ost, den lagrade och smör", ["ost den lagrade", "smör"]),
    ("kaffe, det mörka, två paket", ["kaffe det mörka"]),
    ("mjölk den lätta och den feta", ["mjölk den lätta", "mjölk den feta"]),  # a second sort: another item
    # a size said after a comma is the goods' too ("storlek m" was an item of its own)
    ("hon behöver blöjor, storlek M", ["blöjor storlek m"]),
    ("solkräm, faktor 30 och mjölk", ["solkräm faktor 30", "mjölk"]),
])
def test_a_sort_pointed_at_after_a_comma_is_the_goods_sort(text: str, expected: list[str]) -> None:
    """"mjölk, den feta" asked for "feta" (a feta cheese) beside the milk, and "kaffe, det mörka" for goods
    "mörka": a pointer and a weak adjective said after the goods are their sort, whichever the adjective."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("sex ägg eller tolv", ("ägg", 6.0, 12.0)),
    ("en liter mjölk eller två", ("mjölk", 1.0, 2.0)),
    ("sex eller tolv ägg", ("ägg", 6.0, 12.0)),
    ("mjölk ett paket eller två", ("mjölk", 1.0, 2.0)),  # after the goods' own amount: an item "eller" of two
    ("kaffe två paket eller tre", ("kaffe", 2.0, 3.0)),
    ("kaffe två paket eller ett", ("kaffe", 1.0, 2.0)),
])
def test_a_range_said_after_the_goods(text: str, expected: tuple[str, float, float]) -> None:
    """"sex ägg eller tolv" asked for goods "ägg eller 12", which found nothing: a larger count said last after
    "eller" is the top of a range, as "sex eller tolv ägg" is."""
    [item] = parse(text).items
    assert (item.phrase, item.quantity.amount, item.quantity.amount_max) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # none of it: "inget" removed the sugar
    ("yoghurt med inget socker", [("add", "yoghurt utan socker")]),
    ("yoghurt den med inget socker", [("add", "yoghurt den utan socker")]),
    # a little of it is the sort names write so: "lite" asked for sugar of its own
    ("yoghurt med lite socker", [("add", "yoghurt mindre socker")]),
    ("mjölk den med lite fett", [("add", "mjölk den lätt")]),
    ("minimjölk en liter den med nästan inget fett", [("add", "minimjölk lätt")]),
    # after the amount, a sort with or without something is the goods' too
    ("yoghurt en liter den utan socker", [("add", "yoghurt utan socker")]),
    # ... and one of those with or without it: "sköljmedel ett sånt utan parfym" was a line "utan parfym" of its own
    ("sköljmedel ett sånt utan parfym för känslig hud", [("add", "sköljmedel utan parfym för känslig hud")]),
    # ... its size said before the pointer: "värmeljus ett stort paket dom vanliga utan doft" was two lines
    ("värmeljus ett stort paket dom vanliga utan doft", [("add", "värmeljus stort vanliga utan doft")]),
])
def test_what_the_goods_have_little_or_none_of_is_their_sort(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("en gurka och om dom har så en sallad", ["gurka", "sallad"]),
    ("en gurka och om ni har en sallad", ["gurka", "sallad"]),
    ("mjölk och om affären har så gräddfil", ["mjölk", "gräddfil"]),
    ("om dom har så jordgubbar", ["jordgubbar"]),
    ("ifall ni säljer sånt en påse lakritsbåtar", ["lakritsbåtar"]),
    ("om det inte är för dyrt så två kaffe", ["kaffe"]),
    # what would do else, after a pause or "och", is still of the goods before: "och bröd" was removed
    ("mjölk, om ni inte har lätt så mellan, och bröd", ["mjölk lätt", "bröd"]),
    ("mjölk och om ni inte har lätt annars mellan", ["mjölk lätt"]),
    # said after the goods, the condition still names none
    ("en bounty om dom har", ["bounty"]),
    ("kaffe om dom har mörkrost", ["kaffe mörkrost"]),
])
def test_a_condition_said_before_the_goods_names_none(text: str, expected: list[str]) -> None:
    """"en gurka och om dom har så en sallad" asked for goods "om" and lost the lettuce: whether the store has
    the goods, said first, is no goods, and the goods after it are asked for."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize("text", ["ost inte har", "mjölk och inte har"])
def test_talk_after_not_removes_nothing(text: str) -> None:
    """"ost inte har" removed the cheese: a removal whose words are talk points back at no line."""
    assert [item.action for item in parse(text).items] == ["add"]


@pytest.mark.parametrize(("text", "expected"), [
    # a purpose searched for is the goods' purpose
    ("frysta kantareller vad heter det till såsen", ["frysta kantareller till såsen"]),
    ("tvättlappar vad heter det till att tvätta sig med", ["tvättlappar till att tvätta sig med"]),
    # a name searched for that ends in the goods' word is their own name
    ("en påse frysta räkor vad heter det ishavsräkor", ["frysta ishavsräkor"]),
    ("en ost vad heter det grevéost", ["grevéost"]),
    # other goods searched for stay goods of their own
    ("en rulltårta vad heter det havreflarn", ["rulltårta", "havreflarn"]),
])
def test_what_is_searched_for_after_the_goods(text: str, expected: list[str]) -> None:
    """"frysta kantareller vad heter det till såsen" was a line "till såsen" beside the chanterelles, and "frysta
    räkor vad heter det ishavsräkor" two sure lines of shrimps: a purpose searched for is the goods', and a name
    ending in the goods' word is the goods' own name."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the client does with the goods, or what they are for, said of them
    ("rödbetor ett halvt kilo som jag kokar själv", ["rödbetor som jag kokar"]),  # a use, as the catalog reads
    ("aa batterier ett paket dom ska sitta i fjärrkontrollen", ["aa batterier"]),
    ("mjölk som jag vill ha lätt", ["mjölk lätt"]),
    # why the goods are needed: the client's own said with a noun, or something that may happen
    ("en liten nagelklippare mina naglar är så långa", ["liten nagelklippare"]),
    ("en ficklampa om strömmen går", ["ficklampa"]),
])
def test_what_is_said_of_the_goods_after_them(text: str, expected: list[str]) -> None:
    """"rödbetor ett halvt kilo som jag kokar själv" was a line "som jag kokar" beside the beets, and "dom ska
    sitta i fjärrkontrollen" a line "sitta i fjärrkontrollen": what the client does with the goods (a use the
    catalog reads), or what they are for, is no goods of its own."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("dusch och schampo i en och samma flaska vad heter det", ["dusch", "schampo i samma flaska"]),
    ("schampo och balsam i ett och samma paket", ["schampo", "balsam i samma paket"]),
])
def test_one_and_the_same_is_the_same(text: str, expected: list[str]) -> None:
    """"i en och samma flaska" was split at its "och", with "en" read as a count: it says "samma", which the
    catalog reads as one product of the goods listed (understand.said_in_one)."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("servetter vita ett paket till när barnbarnen kommer", [("add", "servetter vita", 1.0)]),
    ("en tårta till när barnen kommer", [("add", "tårta", 1.0)]),
    ("en mjölk till", [("set", "mjölk", 1.0)]),  # one more, said last
])
def test_for_when_something_happens_is_no_increment(text: str, expected: list[tuple[str, str, float]]) -> None:
    """"servetter vita ett paket till när barnbarnen kommer" added no line: the "till" before a time said was
    read as "one more", a change of a line the basket did not hold."""
    assert [(i.action, i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("eh lingonsylt också en burk till pannkakorna", [("lingonsylt till pannkakorna", 1.0)]),
    ("smör, ett paket till bullarna", [("smör till bullarna", 1.0)]),
    ("mjölk och en limpa till henne", [("mjölk", None), ("limpa till henne", 1.0)]),  # a loaf: goods of its own
])
def test_an_amount_and_a_purpose_after_the_goods_are_theirs(text: str,
                                                            expected: list[tuple[str, float | None]]) -> None:
    """"lingonsylt också en burk till pannkakorna" was a line "burk till pannkakorna" beside the jam: a package
    and what it is for, said after the goods and "också" or a comma, are the goods' amount and purpose."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ja en ny tandborste en mjuk en", [("ny tandborste mjuk", 1.0)]),
    ("en tandborste en hård", [("tandborste hård", 1.0)]),
    ("ett rågbröd ett mörkt ett", [("rågbröd mörkt", 1.0)]),
    ("en mjuk pepparkaka och en hård ost", [("mjuk pepparkaka", 1.0), ("hård ost", 1.0)]),
])
def test_a_soft_one_after_the_goods_is_their_sort(text: str, expected: list[tuple[str, float]]) -> None:
    """"ja en ny tandborste en mjuk en" was a line "mjuk 1" beside the toothbrush: how soft or hard, said after
    the goods as "one soft one", is their sort."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("rulltårta med jordgubb en sån till söndagsfikat", [("rulltårta med jordgubb till söndagsfikat", 1.0)]),
    ("kaffe ett sånt till termosen och bröd", [("kaffe till termosen", 1.0), ("bröd", None)]),
    # the sort pointed at after the amount, and whose
    ("kattmat med kött två burkar den billiga first price", [("kattmat med kött billiga first price", 2.0)]),
    ("olivolja en flaska den extra virgin till salladen", [("olivolja extra virgin till salladen", 1.0)]),
])
def test_one_of_those_for_something_is_the_goods(text: str, expected: list[tuple[str, float | None]]) -> None:
    """"rulltårta med jordgubb en sån till söndagsfikat" was a line "till söndagsfikat" beside the cake: one of
    those, and what it is for, said after the goods, are the goods' count and purpose."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("sköljmedel utan parfym för jag får klåda av det andra", [("add", "sköljmedel utan parfym")]),
    ("en ficklampa för strömmen går ibland", [("add", "ficklampa")]),
    ("och så tandkräm en tub för jag har slut", [("add", "tandkräm")]),  # "slut" is no goods said last
    ("tvättmedel för vit tvätt", [("add", "tvättmedel för vit tvätt")]),  # "för": what the goods are for
])
def test_because_and_a_clause_says_why(text: str, expected: list[tuple[str, str]]) -> None:
    """"sköljmedel utan parfym för jag får klåda av det andra" added no line: "för" (because) and a clause say
    why the goods are needed, no goods and no change."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("eh dom där tabletterna man har i disk maskinen", ["tabletterna till disk maskinen"]),
    ("tabletterna man har i disk maskinen", ["tabletterna till disk maskinen"]),
    ("salt som man har i diskmaskinen", ["salt till diskmaskinen"]),
])
def test_what_one_puts_the_goods_in_is_their_purpose(text: str, expected: list[str]) -> None:
    """"tabletterna man har i disk maskinen" added no line (read as a statement of the tablets), and said after
    "dom där" it was a sure cheese ("man" read as "Mån"): what one puts the goods in is what they are for."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("små plastpåsar dom som tar två liter", [("små plastpåsar", 2.0, "l")]),
    ("fryspåsar som rymmer tre liter", [("fryspåsar", 3.0, "l")]),
])
def test_what_the_goods_hold_is_their_size(text: str, expected: list[tuple[str, float, str]]) -> None:
    """"små plastpåsar dom som tar två liter" lost the size ("tar" read as a request): what the goods hold is
    their size, as "plastpåsar två liter" says it."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mjölk jag har slut", ["mjölk"]),
    ("mjölk har jag slut på", ["mjölk"]),
    ("mjölk det har jag slut på", ["mjölk"]),
    ("kaffe har vi nästan slut på och bröd", ["kaffe", "bröd"]),
    # ... and where in the home they ran out is no goods either
    ("duschtvål jag har slut i badrummet", ["duschtvål"]),
    ("handtvål har tagit slut på toaletten och mjölk", ["handtvål", "mjölk"]),
])
def test_goods_run_out_said_after_them(text: str, expected: list[str]) -> None:
    """"mjölk har jag slut på" asked for goods "mjölk har jag", and "mjölk jag har slut" for "mjölk slut": that
    the client has run out of the goods, said after them in either word order, says only why they are asked for;
    "i badrummet" after it was a line of its own."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("torr schampo en sprayflaska jag orkar inte tvätta håret idag", [("add", "torr schampo")]),
    ("mjölk jag hinner inte handla och bröd", [("add", "mjölk"), ("add", "bröd")]),
    ("två mjölk och jag orkar inte", [("add", "mjölk")]),  # said last: no removal
    ("hårfärg ljusbrun ett paket jag ska färga håret", [("add", "hårfärg ljusbrun till håret")]),
    ("ett paket kuvert jag ska skicka kort till barnbarnen", [("add", "kuvert till kort till barnbarnen")]),
])
def test_what_the_client_cannot_or_will_do_says_why(text: str, expected: list[tuple[str, str]]) -> None:
    """"torr schampo en sprayflaska jag orkar inte tvätta håret idag" had a line "tvätta håret" (the "orkar inte"
    was a filler, what followed goods), and "jag ska färga håret" a line "färga håret": what the client has no
    strength or time for is an aside, and what the client is about to do with the goods says what they are for."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("en flaska sköljmedel från fixa", ["sköljmedel från fixa"]),
    ("sköljmedel från fixa och mjölk", ["sköljmedel från fixa", "mjölk"]),
])
def test_whose_the_goods_are_starts_no_request(text: str, expected: list[str]) -> None:
    """"en flaska sköljmedel från fixa" lost the brand: "fixa" (fetch) read as a request after "från", with nothing
    after it. Said after "från" it is whose the goods are."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mjölk om vi inte", ["mjölk"]),
    ("mjölk ifall dom inte", ["mjölk"]),
    ("heter ifall vi inte inte", []),
])
def test_a_condition_broken_off_after_inte_is_read(text: str, expected: list[str]) -> None:
    """"mjölk om vi inte" (the client trailing off) raised an IndexError: a condition's own "inte" said last leaves
    nothing after it to read, and the goods before it stay."""
    assert [item.phrase for item in parse(text).items if item.action == "add"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("en tandborste mellanhård vad heter det medium", ["tandborste mellanhård medium"]),
    ("en tandborste vad heter det medium och tandkräm", ["tandborste medium", "tandkräm"]),
])
def test_medium_searched_for_is_the_goods_grade(text: str, expected: list[str]) -> None:
    """"en tandborste mellanhård vad heter det medium" had a line "medium" of its own, a sure coffee ("Medium Kopp
    Extra Stark"): "medium", between soft and hard, describes the goods as "mjuk" does."""
    assert [item.phrase for item in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("eh mascarpone ska jag baka med på söndag", [("add", "mascarpone")]),
    ("vetemjöl ska vi baka bullar", [("add", "vetemjöl till bullar")]),
    ("grädde jag ska baka med", [("add", "grädde")]),
    ("mjölk ska jag ha", [("add", "mjölk")]),
])
def test_a_plan_said_after_the_goods_in_either_word_order_says_why(text: str, expected: list[tuple[str, str]]) -> None:
    """"mascarpone ska jag baka med på söndag" had a line "baka med": the plan, its verb before its subject as
    Swedish puts it after the goods, is what the goods are for; the "med" it ends with points back at them."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("aa batterier ett paket fjärrkontrollen har dött", [("add", "aa batterier", 1.0)]),
    ("aa batterier fjärrkontrollen har slutat fungera", [("add", "aa batterier", None)]),
    ("glödlampa en lampan i köket har gått sönder", [("add", "glödlampa", 1.0)]),
    ("tejp dammsugaren är trasig och mjölk", [("add", "tejp", None), ("add", "mjölk", None)]),
])
def test_a_thing_that_broke_says_why(text: str, expected: list[tuple[str, str, float | None]]) -> None:
    """"aa batterier ett paket fjärrkontrollen har dött" had a line "fjärrkontrollen har dött" with the
    batteries' packet: a thing in the home said broken after the goods is why they are needed, no goods."""
    assert [(i.action, i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("senapssill och matjessill en burk av varje", [("senapssill", 1.0, "burk"), ("matjessill", 1.0, "burk")]),
    ("tvål och schampo två av båda", [("tvål", 2.0, None), ("schampo", 2.0, None)]),
    ("gurka och tomat en av varje", [("gurka", 1.0, None), ("tomat", 1.0, None)]),
])
def test_an_amount_of_each_is_said_of_every_goods_listed(text: str, expected: list[tuple]) -> None:
    """"senapssill och matjessill en burk av varje" had a line "varje": an amount said "of each" after goods
    listed with "och" is each one's amount, no goods of its own (goods with amounts of their own keep them)."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit_word) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("prästost mellanlagrad eh en bit sådär", [("prästost mellanlagrad", 1.0)]),
    ("potatis två kilo så där", [("potatis", 2.0)]),
])
def test_so_said_last_is_roughly(text: str, expected: list[tuple[str, float]]) -> None:
    """"prästost mellanlagrad eh en bit sådär" had a line "sådär": "sådär" said last is "roughly", as
    "eller så" is."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ja och toapapper vi har nästan slut ett paket", [("toapapper", 1.0, "st")]),
    ("tandkräm jag har slut en tub", [("tandkräm", 1.0, "st")]),
    ("mjölk jag vill ha två liter", [("mjölk", 2.0, "l")]),
    ("två mjölk jag vill ha ett paket smör", [("mjölk", 2.0, "st"), ("smör", 1.0, "st")]),
])
def test_an_amount_said_after_a_request_for_the_goods_is_theirs(text: str, expected: list[tuple]) -> None:
    """"ja och toapapper vi har nästan slut ett paket" had a line "paket": an amount alone after the goods and
    a request or a lack said of them is the goods' amount."""
    assert [(i.phrase, i.quantity.amount, i.quantity.unit) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ost en bit som är lagrad", [("ost", 1.0)]),
    ("kaffe ett paket som inte är för starkt", [("kaffe", 1.0)]),
])
def test_a_clause_with_som_after_the_amount_tells_of_the_goods(text: str, expected: list[tuple[str, float]]) -> None:
    """"ost en bit som är lagrad" had a line "bit som är lagrad" beside a bare "ost": a clause with "som" and
    what the goods are after their amount tells of them, as one with "med" does; it starts no goods of its own."""
    items = parse(text).items
    assert [(i.phrase.split()[0], i.quantity.amount) for i in items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("sheba kattmat vilken smak som helst katten äter allt", ["sheba kattmat"]),
    ("torrfoder hunden är gammal", ["äldre torrfoder"]),
    ("kattmat till katten", ["kattmat till katten"]),
])
def test_what_the_pet_does_says_why(text: str, expected: list[str]) -> None:
    """"sheba kattmat vilken smak som helst katten äter allt" had a line "katten äter allt": the pet said as the
    subject of a verb after the goods speaks of the pet, as "hon" does of the client; no goods."""
    assert [i.phrase for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("tvättmedel till tvättmaskinen det tar slut snart", [("tvättmedel till tvättmaskinen", None)]),
    ("köttbullar ett kilo barnbarnen kommer på lördag", [("köttbullar", 1.0)]),
    ("yes diskmedel en flaska för handdisken", [("yes diskmedel för handdisken", 1.0)]),
    ("eh sköljmedel ett parfymfritt för jag kliar av doften", [("sköljmedel parfymfritt", 1.0)]),
])
def test_why_and_what_for_said_after_the_amount_start_no_goods(text: str, expected: list[tuple]) -> None:
    """Each had a line of its own: "snart" (a sure bag "Ät snart-kassen"), "barnbarnen kommer", "flaska för
    handdisken" and "parfymfritt för jag kliar av doften" (a second softener). Goods running out soon, someone
    coming, what the goods are for with "för" after their amount and why with "för jag" and any verb say of the
    goods just said."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("coleslaw en bytta till korven", [("coleslaw till korven", 1.0)]),
    ("kålpudding en färdig till lunch", [("kålpudding färdig till lunch", 1.0)]),
    ("diskmaskinsmedel yes allt i ett vilken som", [("diskmaskinsmedel yes allt i ett", None)]),
])
def test_a_tub_a_ready_one_and_any_one_said_after_the_goods_are_of_them(text: str, expected: list[tuple]) -> None:
    """Each had a second line: "bytta till korven" (a tub is a container, as "burk" is), "färdig till lunch" (the
    ready-made sort, as "fryst" is) and "vilken som" (any one, "helst" left unsaid)."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("majs tortillas ett paket vi ska ha tacos", [("majs tortillas till tacos", 1.0)]),
    ("ja och lingonsylt vi ska ha köttbullar på fredag", [("lingonsylt till köttbullar", None)]),
    ("taco krydda två påsar vi ska ha tacokväll", [("taco krydda till tacokväll", 2.0)]),
    ("brie ost en bit vi ska ha ost och kex", [("brie ost till ost och kex", 1.0)]),
    ("en burk senaps sill vi ska ha sill och nypotatis på fredag", [("senaps sill till sill och nypotatis", 1.0)]),
    ("vi ska ha två mjölk", [("mjölk", 2.0)]),
    ("mjölk och vi ska ha ost", [("mjölk", None), ("ost", None)]),
    ("eh passerade tomater två paket det ska bli lasagne", [("passerade tomater till lasagne", 2.0)]),
    ("mjölk det ska bli två liter", [("mjölk", 2.0)]),
])
def test_what_the_client_will_have_after_the_goods_is_what_they_are_for(text: str, expected: list[tuple]) -> None:
    """"majs tortillas ett paket vi ska ha tacos" had a line "tacos": "vi ska ha" and a dish right after goods
    (no "och") is the meal they are for, as "vi ska göra" is; opening a request, or after "och", it asks."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("pastasås arrabbiata en burk den lite starka", 1),
    ("olivolja en flaska den goda till salladen", 1),
    ("barbecuesås en flaska sonen ska grilla", 1),
])
def test_a_sort_pointed_at_and_a_plan_after_the_amount_start_no_goods(text: str, expected: int) -> None:
    """Each had a second line: "starka" (a sort pointed at with "lite" before it), "goda till salladen" (a sort
    pointed at, then what for) and "sonen" (someone's plan, said by a noun)."""
    assert len(parse(text).items) == expected, parse(text).items


def test_what_the_goods_are_said_in_a_condition_is_no_goods_after_talk() -> None:
    """"ett halvt kilo plommon om dom är fina" had a line "fina": the word right after "är" says what something
    is, no goods said at the end of the talk ("korv hon är sjuk toapapper" still has its toilet paper)."""
    assert parse("ett halvt kilo plommon om dom är fina").said_after_talk == []
    assert [i.phrase for i in parse("korv hon är sjuk toapapper").said_after_talk] == ["toapapper"]


@pytest.mark.parametrize(("text", "expected"), [
    ("jordnötter en påse salta till teven", [("jordnötter salta till teven", 1.0)]),
    ("en honungsmelon en mogen", [("honungsmelon mogen", 1.0)]),
    ("toa papper från lambi en stor bal", [("toa papper från lambi stor", 1.0)]),
    ("nutella eller nån annan hasselnötskräm", [("nutella hasselnötskräm", None)]),
    ("sojasås vad heter det kikkoman eller vilken som", [("sojasås", None), ("kikkoman", None)]),
])
def test_salted_ripe_a_bale_and_any_other_said_after_the_goods_are_of_them(text: str, expected: list[tuple]) -> None:
    """Each had a second line: "salta till teven" (a sure "Salta Grodor"), "mogen", "stor bal" (a bale of toilet
    rolls is their package), "annan hasselnötskräm" and "kikkoman eller": salted and ripe describe the goods, a
    bale holds them, and "eller nån annan" or "eller vilken som" leaves the choice of the goods said."""
    assert [(i.phrase, i.quantity.amount) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("torrfoder till katten han är gammal så senior", ["äldre torrfoder till katten senior"]),
    ("torrfoder till hunden han är gammal nu så sånt för seniorer", ["äldre torrfoder till hunden sånt för seniorer"]),
    ("ett paket diskmaskins tabletter dom gamla är slut sen i tisdags", ["diskmaskins tabletter"]),
    ("korvbröd hon tål inte gluten så mjölk", ["glutenfri korvbröd", "mjölk"]),
])
def test_the_sort_an_aside_calls_for_and_when_are_no_goods(text: str, expected: list[str]) -> None:
    """"torrfoder till katten han är gammal så senior" had a line "senior" (a second dry food): what "så" leads to
    after a statement of the pet or the client, said last with no amount, is the goods' sort; "sen i tisdags"
    says since when (it was a line). "så" and other goods after an aside stay goods of their own."""
    assert [i.phrase for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("whiskas till gamla katten vad heter det den för elva år och uppåt", ["whiskas till gamla katten den för 11år"]),
    ("kattmat för elva år och uppåt", ["kattmat för 11år"]),
    ("en rulltårta vad heter det havreflarn", ["rulltårta", "havreflarn"]),
])
def test_a_sort_pointed_at_after_searching_and_an_age_and_up_are_of_the_goods(text: str, expected: list[str]) -> None:
    """"whiskas till gamla katten vad heter det den för elva år och uppåt" was a sure tray for cats of seven and
    up, with lines "för 11år" and "uppåt": a pointer after the searching filler points back at the goods said, and
    "och uppåt" after an age is the age's own; a word searched for still names other goods."""
    assert [i.phrase for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("deodorant roll on inte sprayen", [("add", "deodorant roll on inte sprayen")]),
    ("senap på tub inte burken", [("add", "senap på tub inte burken")]),
    ("mjölk inte filen", [("add", "mjölk"), ("remove", "filen")]),
])
def test_a_package_not_wanted_said_after_the_goods_is_their_sort(text: str, expected: list[tuple[str, str]]) -> None:
    """"deodorant en sån roll on inte sprayen" had a removal line "sprayen" of no goods: "inte" and a package word
    in its definite form, said last after the goods, is the package not wanted; other goods after "inte" may
    still be taken away ("mjölk inte filen")."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected
