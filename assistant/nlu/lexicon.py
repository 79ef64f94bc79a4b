"""The words the parser knows: units, package words, attributes, fillers and intent phrases.

Everything is a hand-picked list for shopping talk, deliberately not a generic stop-word list:
"samma", "en", "ett" and "mellan" carry meaning here. Phrase patterns use a tiny syntax read by
`patterns.py`: "(a|b c)" one of, "[a|b]" optional, a final "$" means "only at the end of a clause".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from assistant.nlu.models import Unit


class UnitWord(NamedTuple):
    unit: Unit
    bare: bool          # means one even without a number: "kilo potatis", "paket smör" (not "limpa skogaholm")
    package: bool       # a package or piece word, kept in Quantity.unit_word
    goods: bool = False  # names goods on its own, a loaf: "mjölk och en limpa" is two items ("ost, en bit" one)
    container: bool = False  # holds the goods ("paket", "burk", "rulle"), no piece of them ("st", "bit", "limpa")


def _forms(
    unit: Unit, singular: str, *others: str, package: bool = False, product: bool = False, goods: bool = False,
    pieces: bool = False,
) -> dict[str, UnitWord]:
    """A unit's spellings; `product` when the word also names a product on its own ("limpa", "glas");
    `goods` when that is a product of its own after another item too ("mjölk och en limpa", not "ost, en bit");
    `pieces` when it counts pieces of the goods though it names no product ("styck")."""
    container = package and not product and not pieces
    forms = {singular: UnitWord(unit, not product, package, goods, container)}
    forms.update({word: UnitWord(unit, False, package, goods, container) for word in others})
    return forms


UNITS: dict[str, UnitWord] = {
    **_forms("g", "gram", "g", "grammet", "gr"),
    **_forms("hg", "hekto", "hg", "hekton", "hektot", "hektogram"),
    **_forms("kg", "kilo", "kg", "kilon", "kilot", "kilona", "kilogram"),
    **_forms("ml", "milliliter", "ml"),
    **_forms("cl", "centiliter", "cl"),
    **_forms("dl", "deciliter", "dl", "decilitern"),
    **_forms("l", "liter", "l", "litern", "litrar", "litrarna", "lit", "liters"),  # "en tre liters påse"
    **_forms("st", "styck", "st", "stycken", "stycket", "stycke", "stk", package=True, pieces=True),
    **_forms("st", "paket", "paketet", "paketen", "pkt", "pk", "pack", "förp", "fp", "frp", package=True),
    # a written list abbreviates förpackning as the shop's labels do: fpk, förpk, frpk
    **_forms("st", "förpackning", "förpackningen", "förpackningar", "förpackningarna", "fpk", "förpk", "frpk",
             package=True),
    **_forms("st", "burk", "burken", "burkar", "burkarna", package=True),
    **_forms("st", "bytta", "byttan", "byttor", "byttorna", package=True),  # "coleslaw en bytta"
    **_forms("st", "flaska", "flaskan", "flaskor", "flaskorna", "fl", package=True),
    # "fönsterputs en sprayflaska": the bottle the goods come in; alone, "en sprayflaska" is an empty one
    **_forms("st", "sprayflaska", "sprayflaskan", "sprayflaskor", "pumpflaska", "pumpflaskan", "pumpflaskor",
             package=True, product=True, goods=True),
    **_forms("st", "påse", "påsen", "påsar", "påsarna", package=True),
    **_forms("st", "ask", "asken", "askar", "askarna", package=True),
    **_forms("st", "tub", "tuben", "tuber", "tuberna", package=True),
    **_forms("st", "stick", "sticken", "stickar", package=True),  # "deodorant en stick", as names write "Stick"
    # "fönsterputs en spray", "deodorant en sån där spray": the can the goods come in, as names write "Spray"
    **_forms("st", "spray", "sprayen", "sprayer", "sprayburk", "sprayburken", "sprayburkar", package=True, product=True,
             goods=True),
    **_forms("st", "rör", "röret", "rören", "rörena", package=True, product=True),  # "ett rör brustabletter"
    **_forms("st", "kuvert", "kuvertet", "kuverten", package=True, product=True),  # "saffran ett kuvert"
    **_forms("st", "boll", "bollen", "bollar", "bollarna", package=True, product=True, goods=True),  # "mozzarella en boll"
    **_forms("st", "rulle", "rullen", "rullar", "rullarna", package=True),
    **_forms("st", "limpa", "limpan", "limpor", "limporna", package=True, product=True, goods=True),
    **_forms("st", "klase", "klasen", "klasar", "klasarna", package=True, product=True),
    **_forms("st", "bit", "biten", "bitar", "bitarna", package=True, product=True),
    # a bar of chocolate is counted in "kakor" ("mörk choklad 1 kaka"); alone, "en kaka" is a cake
    **_forms("st", "kaka", "kakan", "kakor", "kakorna", package=True, product=True, goods=True),
    **_forms("st", "skiva", "skivan", "skivor", "skivorna", package=True, product=True),  # "skinka 10 skivor"
    **_forms("st", "låda", "lådan", "lådor", "lådorna", package=True),
    **_forms("st", "kartong", "kartongen", "kartonger", "kartongerna", package=True),
    **_forms("st", "back", "backen", "backar", "backarna", package=True),
    **_forms("st", "flak", "flaket", "flaken", package=True),  # "ramlösa ett helt flak": a case of bottles or cans
    **_forms("st", "portion", "portionen", "portioner", "portionerna", package=True, product=True),
    **_forms("st", "nät", "nätet", "näten", package=True),
    **_forms("st", "säck", "säcken", "säckar", package=True),
    **_forms("st", "bal", "balen", "balar", package=True),  # "toapapper en stor bal": a bale of rolls
    **_forms("st", "knippe", "knippet", "knippen", package=True),
    **_forms("st", "kruka", "krukan", "krukor", package=True, product=True),
    **_forms("st", "dunk", "dunken", "dunkar", package=True),
    # sill, lingon and ice cream come in pails; alone, "en hink" is the bucket (a "Mopphink" names one)
    **_forms("st", "hink", "hinken", "hinkar", "hinkarna", package=True, product=True),
    **_forms("st", "huvud", "huvudet", "huvuden", package=True, product=True),
    **_forms("st", "bunt", "bunten", "buntar", package=True),
    **_forms("st", "ring", "ringen", "ringar", "ringarna", package=True, product=True),  # "en ring falukorv"
    **_forms("st", "bukett", "buketten", "buketter", "buketterna", package=True),
    **_forms("st", "kasse", "kassen", "kassar", package=True, product=True),
    **_forms("st", "glas", "glaset", "glasen", "glasburk", package=True, product=True),
}
# What kind of package a container word is, said before it after the goods ("snabbkaffe en refill påse",
# "luftfräschare en sån gel burk"): the goods' package, no goods of its own (see items._package_said).
PACKAGE_KINDS = frozenset({"refill", "påfyllnad", "påfyllnads", "gel", "spray", "pump", "plast", "papp", "glas",
                           "metall", "spar", "familje", "storpack"})
# ... of them, the refill, which names no goods with a container ("en plastpåse" is goods, "en refillpåse" a
# package): written whole with the container after the goods ("snabbkaffe en påfyllnadspåse"), still their package
REFILL_KINDS = frozenset({"refill", "påfyllnad", "påfyllnads"})


def refill_written_whole(word: str) -> bool:
    """A refill and its container written as one word ("påfyllnadspåse", "refillpåsen")."""
    return any(word.startswith(kind) and (rest := word[len(kind):]) in UNITS and UNITS[rest].container
               for kind in REFILL_KINDS)
# A package of a size, said alone after the goods' amount ("kattmat ett storpack", "tvättmedel en
# storförpackning"): the goods' package, whose size the catalog reads, no goods of its own (see
# items._package_said).
SIZED_PACKAGES = frozenset({"storpack", "storpacket", "storpaket", "storpaketet", "storförpackning",
                            "storförpackningen", "familjepack", "familjepaket", "familjeförpackning",
                            "sparpack", "sparpaket", "sparförpackning", "multipack", "multipacket", "flerpack",
                            "flerpacket", "flerpaket"})
# An amount said against another ("dubbelt så mycket mjölk som förra veckan"): no amount the order can hold, so
# the line goes to staff with it as said (`Quantity.odd`), no goods "dubbelt".
RELATIVE_AMOUNTS = tuple(tuple(words.split()) for words in (
    "dubbelt så mycket", "dubbelt så många", "dubbelt upp", "lika mycket", "lika många", "hälften så mycket",
    "hälften så många", "mer än vanligt", "mindre än vanligt", "fler än vanligt", "färre än vanligt"))
# "2x mjölk", "mjölk x 2": a count without a unit word.
TIMES = frozenset({"x", "gånger"})
# Words that may follow a unit before the product: "en påse med godis", "ett kilo av äpplena".
AFTER_UNIT = frozenset({"av", "med"})

ATTRIBUTES: dict[str, str] = {}
for _canonical, _words in {
    "laktosfri": ("laktosfri", "laktosfria", "laktosfritt"),
    "ekologisk": ("ekologisk", "ekologiska", "ekologiskt", "eko", "ekologiske"),
    "glutenfri": ("glutenfri", "glutenfria", "glutenfritt"),
    "lätt": ("lätt", "lätta", "light"),
    "fet": ("fet", "fett", "fetare", "fullfet", "fullfeta"),
    "färsk": ("färsk", "färska", "färskt"),
    "fryst": ("fryst", "frysta", "djupfryst", "djupfrysta", "frusen", "frusna", "fruset"),
    "stor": ("stor", "stora", "stort", "större", "storpack"),
    "liten": ("liten", "lilla", "litet", "små", "mindre"),
    "mörkrost": ("mörkrost", "mörkrostat", "mörkrostad", "mörkrostade"),
    "mellanrost": ("mellanrost", "mellanrostat", "mellanrostad", "mellanrostade"),
}.items():
    ATTRIBUTES.update(dict.fromkeys(_words, _canonical))
# Compounds that start with an attribute ("laktosfrimjölk", "ekokaffe", "lättmjölk").
ATTRIBUTE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("laktosfri", "laktosfri"), ("glutenfri", "glutenfri"), ("ekologisk", "ekologisk"),
    ("eko", "ekologisk"), ("lätt", "lätt"), ("mörkrost", "mörkrost"), ("mellanrost", "mellanrost"),
)
ATTRIBUTE_PREFIX_EXCEPTIONS = ("ekonom",)

# Amounts that are not numbers: the client wants some, the staff decide how much.
VAGUE = frozenset({
    "några", "nåra", "lite", "litegrann", "mycket", "mer", "mera", "fler", "flera", "någon", "nån", "något",
    "nåt", "massa", "massor", "diverse", "många",
})
# Words typed without å/ä/ö that are words of their own, never read as the dotted one: "nan" is no "nån"
# (NAN is an infant formula), "tom" (empty) no "töm", "slang" (a hose) no "släng".
WORDS_OF_THEIR_OWN = frozenset({"nan", "bor", "lat", "ratt", "saga", "satt", "slang", "tanka", "tom", "val",
                                "vanligen", "vart"})
# ... and after a pointing word or an article: "den andra osten" (the other) is no "ändra" (change), which
# "andra mjolken till tre" typed so is.
WORDS_OF_THEIR_OWN_POINTED_AT = frozenset({"andra"})
# "en del", "en massa", "ett antal": vague although they start with "en"/"ett".
VAGUE_AFTER_ARTICLE = frozenset({"del", "massa", "antal", "gäng"})
VAGUE_TAILS = frozenset({"grann", "grand"})  # "lite grann"

# Words that point back at something already said; they are not part of a product name.
POINTERS = frozenset({
    "den", "det", "dem", "dom", "denna", "detta", "dessa", "här", "där", "sån", "sånt", "sådan", "sådant",
    "såna", "sånna", "sådana", "likadan", "likadant", "likadana", "alla", "samma", "de",
})
# "min vanliga ost", "den vanliga osten", "mitt vanliga kaffe": the client's usual product of that kind. Only
# after an owner or an article: "vanliga bananer" (and "vanlig mjölk") are the ordinary sort.
USUAL_OWNERS = frozenset({"min", "mitt", "mina", "den", "det", "de", "dom", "sin", "sitt", "sina", "hans", "hennes",
                          "vår", "vårt", "våra"})  # "hon vill ha sin vanliga ost": the client's, said of her
USUAL = frozenset({"vanliga"})
ORDINARY = frozenset({"vanlig", "vanligt"})  # Swedish words, not "vänlig" typed without its ä
# A left-over clause that starts like this is talk, not a product ("jag heter Anna", "det är kallt").
CHATTER_STARTS = frozenset({
    "jag", "vi", "ni", "han", "hon", "är", "var", "blir", "har", "hade", "kan", "ska", "skall", "vill",
    "måste", "får", "kommer", "heter", "tror", "tycker", "vet", "mår", "gillar", "brukar", "undrar",
})
# A spoken aside after an item's words ("musfällor vi har möss i källaren", "kaffe vi brukar ta mörkrost"):
# a subject and a finite verb that start no phrase of their own. Said without punctuation, it would
# otherwise become part of the item.
ASIDE_SUBJECTS = frozenset({"jag", "vi", "han", "hon", "ni"})
# The client as a relative or a carer writes of them ("Till mamma denna vecka:", "mamma e diabetiker",
# "pappa är vegetarian nu"): whom the order is for, or what is true of them, never goods. Words that are
# also verbs or name goods ("far", "mor") are left out.
CLIENT_WORDS = frozenset({
    "mamma", "pappa", "mormor", "morfar", "farmor", "farfar", "morsan", "farsan", "maken", "frun", "gubben",
    "gumman",
})
# The client's pet said as a statement's subject ("kattmat katten äter allt", "torrfoder hunden är gammal"):
# what is true of it, as of the client; "till katten" still says whom the goods are for.
PET_SUBJECTS = frozenset({"katten", "hunden", "katterna", "hundarna", "missen", "kissen", "vovven"})
# A subordinate clause after an item's words says when or whether, not which ("kycklingburgare när dom
# kommer", "en bounty om dom har", "mjölk om det finns"): such a word and a subject start an aside that
# keeps only the item's sort words. "om" before a size ("två paket om 500 g") has no subject after it.
SUBORDINATORS = frozenset({"när", "om", "ifall", "eftersom", "innan", "tills", "medan"})
CLAUSE_SUBJECTS = ASIDE_SUBJECTS | {"dom", "de", "du", "man", "det", "den"}
# Owners before a noun that is a clause's subject ("när min dotter kommer", "om vår affär har").
OWNERS = frozenset({"min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "vår", "vårt", "våra", "er",
                    "ert", "era", "deras"})
# "den gamla", "min gamla flaska": the client's old one of the goods just said, spoken of in a remark
# ("tandkräm, min gamla är slut", "badrumsrengöring, den gamla flaskan är slut"), no goods of its own.
OLD = frozenset({"gamla", "gamle"})
# A remark after an item that a sort of it is welcome ("lammgrytbitar, frysta går bra", "torsk, frysta
# går också bra", "mjölk, laktosfri duger"): the sort words before it allow that sort, ask for no item.
ALLOWING = (("går", "bra"), ("går", "också", "bra"), ("går", "även", "bra"), ("går", "lika", "bra"),
            ("duger",), ("duger", "också"), ("funkar",), ("funkar", "också"), ("fungerar",), ("fungerar", "också"))
# What the client has no strength or time for ("torr schampo jag orkar inte tvätta håret idag"): an aside, its
# "inte" the aside's own
STRENGTH_VERBS = frozenset({"orkar", "hinner"})
# Verbs of an aside that says why the goods are wanted ("vi har möss", "hon tycker om dem"): only its
# sort words ("vi har alltid mörkrost") say anything about the item.
REASON_VERBS = frozenset({
    "har", "hade", "är", "var", "blir", "blev", "får", "fick", "går", "gick", "kommer", "fyller", "väntar", "bakar",
    "lagar", "gör", "bjuder", "mår", "bor", "e",  # "e": "är" as a text message types it ("mamma e diabetiker")
    "tål", "klarar",  # "yoghurt hon tål inte laktos": what the client does not tolerate, see TOLERATES
    *STRENGTH_VERBS,
})
# Verbs saying what a person tolerates: "inte" after them is the statement's own, no removal, and what is not
# tolerated names the goods' sort free of it where Swedish has one ("tål inte laktos": "laktosfri").
TOLERATES = frozenset({"tål", "klarar"})
# A clause that says what is true of something, said beside the goods ("en soppslev, den gamla har gått
# sönder", "spisrent, spisen är så smutsig"): its subject is a pronoun or a noun in its definite form, a
# describing word perhaps after it, then one of these verbs; it asks for no goods.
# A person said as the subject ("hon har så torra ögon", "mamma tål inte gluten") makes one too, and so do the
# verbs of what someone tolerates or how something smells or tastes ("hon tål inte gluten", "det luktar så
# gott"); "inte" after the verb is the statement's, no removal.
# What a thing in the home does wrong ("brandvarnaren piper", "kranen läcker", "den fungerar inte"): said of a
# thing, alone after its verb too, it says why the goods are needed.
FAULT_VERBS = frozenset({"piper", "läcker", "droppar", "krånglar", "strular", "blinkar", "fungerar", "funkar"})
# ... or that it broke, after "har" or "är" ("fjärrkontrollen har dött", "lampan har gått sönder", "den är trasig")
BROKEN = frozenset({"dött", "död", "sönder", "trasig", "trasigt", "trasiga", "paj", "pajat", "slutat", "gått"})
STATEMENT_VERBS = frozenset({"är", "e", "var", "har", "hade", "blir", "blev", "gick", "tål", "klarar", "luktar",
                             "doftar", "smakar", *FAULT_VERBS})
STATEMENT_PRONOUNS = frozenset({"den", "det", "de", "dom"})
# A person who does not eat, drink or tolerate something ("hon äter inget från djur", "han dricker aldrig
# kaffe"): the client's diet, said beside the goods; its negation removes nothing. What a person does not
# tolerate ("hon tål inte gluten", TOLERATES) asks the goods free of it instead (see marking).
DIET_VERBS = frozenset({"äter", "dricker", "gillar"})
REFUSALS = frozenset({"inte", "inget", "inga", "ingen", "aldrig"})
# "inte"/"ej" straight before a sort word after the goods say a sort not wanted ("bönor hela inte malda", "mjölk
# ej laktosfri"): words of the item, no removal and no wish; the catalog reads them as what the goods lack.
SORT_NEGATIONS = frozenset({"inte", "ej", "ingen", "inget", "inga"})  # "ost men ingen stark"
# "inte den starka": the one of a sort, after a negation
SORT_POINTERS = frozenset({"den", "det", "dom", "de"})


DEFINITE_ENDINGS = ("en", "et", "an", "na")


def a_definite_noun(word: str) -> bool:
    """"pannkakorna", "fisken", "kaffet", "soppan": a noun's definite form, as a dish said as a purpose or a room
    the goods are kept in is."""
    return len(word) >= 4 and word.endswith(DEFINITE_ENDINGS)


def the_package(word: str) -> bool:
    """"kartongen", "paketet", "rullen": a container in its definite form, the one the goods come in."""
    unit = UNITS.get(word)
    return unit is not None and unit.container and word.endswith(DEFINITE_ENDINGS[:3])


def a_room(words: Sequence[str | None]) -> bool:
    """"i badrummet", "på toaletten": the words open with "i" or "på" and a noun in its definite form, where in
    the home."""
    return len(words) >= 2 and words[0] in ("i", "på") and a_definite_noun(words[1] or "")


def a_weak_adjective(word: str) -> bool:
    """A word that can be the weak adjective after a pointer ("den feta", "det mörka", "de gröna"), whichever
    the adjective, and no definite plural noun ("de bananerna")."""
    return len(word) > 3 and word.endswith(("a", "e")) and not word.endswith("rna")

# Grades that lead a compound of the goods' sort, besides the attributes ("mellanmjölk", "standardmjölk")
SORT_PREFIXES = frozenset({"mellan", "standard"})
# How much, after a negation: "inte för starkt", "inte så stark" say the sort wanted, no goods to remove.
DEGREES = frozenset({"för", "så", "alltför", "särskilt", "speciellt"})
# Letters of a battery's or a lamp's code, said apart from its number ("knappbatteri cr 2032", "gu tio")
CODE_LETTERS = frozenset({"cr", "lr", "sr", "gu", "mr"})
# How high a grade is, said before it: "olivolja den extra virgin", "cheddar den extra lagrade"
GRADES = frozenset({"extra", "riktigt", "väldigt"})
# What goods "som inte har/innehåller/luktar ..." are without ("yoghurt som inte har socker": "yoghurt utan
# socker"); "" where the word said after the verb is it. A scent's strength said after it is of the scent.
LACKING_VERBS = {"har": "", "innehåller": "", "luktar": "parfym", "doftar": "parfym"}
SCENT_STRENGTHS = frozenset({"mycket", "starkt", "så", "för", "alls", "något", "nåt", "särskilt"})
# What a statement says a person is that names the goods' sort ("korv han är vegetarian", "bullar hon är
# vegan", "knäckebröd hon har celiaki"), or a pet ("torrfoder till katten hon är steriliserad"): the sort word
# the goods are asked with, as "hon tål inte laktos" asks them "laktosfri".
PERSON_SORTS: dict[str, str] = {}
for _canonical, _words in {
    "vegetarisk": ("vegetarian", "vegetarianer", "vegetarisk", "vegetariska"),
    "vegansk": ("vegan", "veganer", "vegansk", "veganska"),
    "laktosfri": ("laktosintolerant", "laktosintoleranta"),
    "glutenfri": ("glutenintolerant", "glutenintoleranta", "celiaki", "celiakiker", "celiakier"),
    "kastrerad": ("kastrerad", "kastrerade", "steriliserad", "steriliserade"),
    "äldre": ("gammal", "gamla", "äldre", "senior", "seniorer"),  # "torrfoder till hunden han är gammal": the old
    #                                                                dog's, its senior food
    "innekatt": ("innekatt", "innekatter", "inomhuskatt", "inomhuskatter", "inne"),  # "han är en inne katt"
    "utekatt": ("utekatt", "utekatter", "utomhuskatt", "utomhuskatter"),
}.items():
    PERSON_SORTS.update(dict.fromkeys(_words, _canonical))
# Where a pet is said to go that names its food's sort ("hon går ute mycket": an outdoor cat's); "det är halt ute"
# names none, as only "går" says where the animal goes.
GOES_OUT = {"ute": "utekatt"}
# What a person is said not to eat that names a diet ("korv hon äter inget kött", "hon äter inget från
# djur"); other words ("inte fläsk") name none. What has a "-fri" sort ("inget gluten") asks that.
REFUSED_SORTS = {"kött": "vegetarisk", "djur": "vegansk"}
# Verbs that go on an aside with its subject left unsaid after "och" ("hon är kastrerad och går inte ut", "han
# har ont i magen och äter inget fett"): the second clause is still talk of the same person, no goods and no
# removal. A request's verbs ("och vill ha ost", "och kan du köpa") start a phrase and are none of these.
CONTINUING_VERBS = REASON_VERBS | STATEMENT_VERBS | DIET_VERBS | frozenset({"kan", "sover"})

# Verbs of an aside that says which the client takes or likes ("vi brukar ta mörkrost", "hon gillar den
# mörka", "vi har alltid köpt zoégas"): its other words may name the item's sort, so they stay item
# words; the verbs go ("om" is the particle of "tycker om").
CHOICE_VERBS = frozenset({
    "brukar", "brukade", "vill", "tar", "tog", "köper", "köpte", "äter", "åt", "dricker", "drack",
    "använder", "föredrar", "tycker", "tyckte", "gillar", "älskar", "om", "ta", "köpa", "äta", "dricka",
    "använda", "handla", "beställa", "tagit", "köpt", "ätit", "druckit", "använt", "haft",
})
# How often or how gladly, in an aside: no sort of the item ("vi har alltid köpt zoégas", "brukar helst ta").
ASIDE_ADVERBS = frozenset({
    "alltid", "ofta", "oftast", "mest", "annars", "förut", "jämt", "numera", "helst", "gärna",
    "allt", "allting",  # "katten äter allt": no sort either
    "mycket",  # "hon dricker mycket kaffe": how much she drinks, no amount to buy
})
# "varje morgon", "varenda dag": how often, with the word it counts; no sort of the item either.
EVERY = frozenset({"varje", "varenda", "vartenda"})
# Single words that never carry meaning in a shopping request.
FILLER_WORDS = frozenset({
    "eh", "ehh", "ehm", "öh", "öhh", "öhm", "äh", "ähh", "ähm", "hm", "hmm", "mm", "mmm", "mhm",
    "snälla", "ja", "jaa", "jo", "joo", "jaha", "jamen", "nämen", "okej", "okey", "ok", "alltså",
    "asså", "liksom", "vänligen", "hej", "hallå", "nå", "vilja", "nåväl", "tja", "ba", "ha",
    "ungefär", "cirka", "ca", "runt", "omkring", "typ", "bara", "nej", "nä", "nää", "oj", "hoppsan",
    "precis", "exakt", "visst", "absolut", "självklart", "perfekt", "fint", "utmärkt", "kvar", "förstås", "tyvärr",
    "ju",  # "jag glömde ju smöret": a spoken particle, as "väl" and "nog"
    "själv", "själva", "självt",  # "så jag kan lägga in själv": who does it, no goods
})
# "toa papper och hushålls papper båda två": both of the goods said are wanted, no count of the last
BOTH = frozenset({("båda", "två"), ("bägge", "två"), ("både", "två")})
# "schampo och tvål båda utan parfym": what follows says it of both goods listed
BOTH_SAID = frozenset({"båda", "bägge"})
# "en burk av varje": an amount said of each of the goods listed before it
EACH_SAID = BOTH_SAID | {"varje", "vardera"}
# Word groups that are fillers although their words mean something else alone; "vad heter det"
# is said while searching for a word, as "eh" is.
FILLER_PHRASES = frozenset({
    ("tusen", "tack"), ("hej", "då"),
    ("vad", "heter", "det"), ("vad", "heter", "den"), ("vad", "heter", "dom"), ("vad", "heter", "de"),
    ("vad", "var", "det", "nu"), ("hur", "ska", "jag", "säga"), ("vad", "säger", "man"),
    # "någon sorts ost", "nåt slags bröd": some kind of it, the goods themselves
    *((some, kind) for some in ("någon", "nån", "något", "nåt") for kind in ("sorts", "slags", "sort")),
    # "äpplen vilken sort som helst", "kaviar vilken som helst": any of the goods, no sort of them
    *((which, *kind, "som", "helst") for which in ("vilken", "vilket", "vilka", "vad")
      for kind in ((), ("sort",), ("sorts",), ("slags",), ("märke",), ("sorter",), ("märken",), ("doft",),
                   ("smak",), ("färg",), ("storlek",))),
})
# Said before the words that take back the last ones ("blandsaft hallon nej vänta svarta vinbär", "gelé till
# viltet nej förresten till steken"); before an amount, the amount corrects the item's (items._corrects).
CORRECTIONS = frozenset({("nej", "förresten"), ("nej", "vänta"), ("nej", "jag", "menar"), ("eller", "nej"),
                         ("förlåt",), ("nej", "förlåt"), ("eller", "förlåt")})
# Words listing the next goods ("ägg och smör", "kaffe samt te").
LISTING = frozenset({"och", "o", "å", "samt", "plus"})
# Words that only join number parts inside a quantity ("två eller tre", "2 till 3").
RANGE_JOINERS = frozenset({"eller", "till", "à", "a"})
HALF = {"halv": 0.5, "halvt": 0.5, "halva": 0.5, "kvarts": 0.25, "kvart": 0.25}
QUARTERS = frozenset({"kvarts", "kvart"})  # "tre kvarts kilo": three quarters
COUNT_NOUNS = {"par": 2, "dussin": 12, "tjog": 20}  # "ett par", "två dussin", "ett tjog"
# Goods worn or sold in pairs, by the ends of their words: of them "ett par" is one pair, no two ("ett par
# broddar", "två par stödstrumpor", "ett par varma vantar"), as "ett par citroner" is two lemons.
PAIRED = ("strumpor", "sockor", "sockar", "handskar", "vantar", "skor", "tofflor", "stövlar", "kängor",
          "sandaler", "broddar", "sulor", "byxor", "kalsonger", "trosor", "glasögon", "snören", "örhängen",
          "hörlurar", "skridskor")
PAIR = "par"
FRACTION_WORDS = {"halvannan": 1.5, "halvannat": 1.5}
# What or whom the goods are for follows these ("ansjovis till janssonen", "något för hunden", "en limpa
# åt henne").
PURPOSES = frozenset({"till", "för", "åt"})
# The days and meals a typed weekly plan is written under ("tisdag:", "söndagsmiddag:", "frukost:"): words
# of when the goods are eaten, never goods of their own. The days run from Monday, as date.weekday() counts
# them: a delivery's day is named by them too (baskets.schedule.describe).
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MEALS = ("frukost", "lunch", "middag", "kvällsmat", "mellanmål", "fika", "helg")
# What an item comes with or without, or where it comes from, said after its amount ("räkor 1 kg med skal",
# "bröd 1 st m frön", "löjrom en ask från frysen"): the item goes on, no new one starts ("m" is "med"
# abbreviated).
COMPLEMENTS = frozenset({"med", "utan", "m", "från", "ur"})
# A word after these is the talk's own, no goods said at its end with no pause ("allergisk mot nötter", "ont i
# magen", "så torra ögon", "all glass"): see marking._said_after_talk.
TALK_BINDERS = PURPOSES | COMPLEMENTS | DEGREES | OWNERS | SORT_POINTERS | frozenset({
    "i", "på", "mot", "av", "om", "vid", "hos", "efter", "under", "över", "mellan", "genom", "sin", "sitt", "sina",
    "all", "allt", "alla", "mycket", "lite", "mer", "mest", "någon", "något", "några", "en", "ett",
    "egen", "eget", "egna", "samma", "annan", "annat", "andra", "hela", "båda", "bägge",
})
# When talk is true, said at its end ("pappa är vegetarian nu"): no goods (see marking._said_after_talk).
TALK_ADVERBS = ASIDE_ADVERBS | frozenset({
    "nu", "igen", "också", "med", "längre", "idag", "igår", "ibland", "just", "då", "sen", "sedan", "heller",
    "än", "ännu", "redan", "snart", "hemma", "borta", "ju", "väl", "nog",
})
# "oxfilé i en bit", "fläskkarré i ett stycke": said after "i", one of them says the goods come whole, uncut
WHOLE_PIECES = frozenset({"bit", "stycke"})
# How goods are prepared, cut or kept, typed after an item's amount ("skinka 200 g rökt", "ost 500 g
# riven"): describing words, no goods of their own (with ATTRIBUTES: "mjölk 2 l laktosfri").
DESCRIBING = frozenset({
    "rökt", "rökta", "varmrökt", "varmrökta", "kallrökt", "kallrökta", "kokt", "kokta", "gravad", "gravade",
    "skivad", "skivade", "skivat", "tärnad", "tärnade", "tärnat", "strimlad", "strimlade", "strimlat",
    "riven", "rivna", "rivet", "hackad", "hackade", "hackat", "krossad", "krossade", "malen", "malet", "malda",
    "skalad", "skalade", "oskalade", "torkad", "torkade", "torkat", "lagrad", "lagrade", "lagrat",
    "panerad", "panerade", "marinerad", "marinerade", "benfri", "benfria", "saltad", "saltade", "osaltad",
    "osaltade", "osaltat", "osötad", "osötade", "naturell", "naturella", "hel", "hela", "mogna", "mogen", "moget",
    "salta", "saltat",
    # a sort's adjective: firm or floury potatoes, how salted, how aged, how strong
    "fast", "fasta", "mjölig", "mjöliga", "normalsaltat", "normalsaltad", "lättsaltat", "lättsaltad",
    "mellanlagrad", "mellanlagrat", "extralagrad", "vällagrad", "mild", "milda", "stark", "starka",
    # a colour: which of the goods ("ett halsband ett rött", "ljus två paket vita")
    "röd", "rött", "röda", "blå", "blått", "gul", "gult", "gula", "grön", "grönt", "gröna", "vit", "vitt",
    "vita", "svart", "svarta", "brun", "brunt", "bruna", "grå", "grått", "rosa", "lila",
    # how dark or coarse a bread or a roast ("ett rågbröd ett mörkt"; "ljus" alone is candles), how soft or hard
    # a brush ("en tandborste en mjuk en")
    "mörk", "mörkt", "mörka", "ljust", "ljusa", "grov", "grovt", "grova", "mjuk", "mjukt", "mjuka", "hård",
    "hårt", "hårda", "medium",  # ... or between ("en tandborste vad heter det medium", "taco salsa medium")
    # a wish for the cheapest of them ("mjölk 2 l den billigaste")
    "billig", "billiga", "billigt", "billigare", "billigast", "billigaste",
    # ... or made ready ("kålpudding en färdig till lunch")
    "färdig", "färdiga", "färdigt", "färdiglagad", "färdiglagade",
    # ... or for no scent ("sköljmedel ett parfymfritt")
    "parfymfri", "parfymfritt", "parfymfria", "oparfymerad", "oparfymerat", "oparfymerade", "doftfri", "doftfritt",
    "doftfria",
})
# The negation, which removes goods at a clause's start and says a sort not wanted after them.
NOT = "inte"
# A trailing "till" makes "en mjölk till" an increment (add to the count already in the basket).
INCREMENT = "till"
# ... and a trailing "mindre" or "färre" after a count ("en mjölk mindre") takes that many away.
DECREMENT = frozenset({"mindre", "färre"})
# Words that only frame a change of quantity: "ändra antalet mjölk från två till tre".
SET_FRAME = frozenset({"till", "från", "antalet", "antal", "mängden", "på", "ut"})
# "byt mjölken mot filmjölk", "ändra smöret till margarin": a change of product, not of count.
SUBSTITUTE_JOINERS = frozenset({"mot", "emot", "till"})
# Function words of other languages, to leave foreign sentences unread rather than misread them.
FOREIGN = frozenset({
    "the", "of", "please", "would", "like", "want", "some", "and", "with", "you", "my", "me", "to",
    "is", "are", "can", "have", "need", "get", "thanks", "thank", "hello", "bottle", "bottles",
    "ich", "möchte", "bitte", "und", "der", "die", "das", "eine", "haben", "brauche",
    "haluan", "kiitos", "ostaa", "minä", "olisi",
})

# A care worker speaks of the client in the third person ("hon vill ha", "han behöver").
_PEOPLE = "jag|vi|han|hon"
_SUBJECT = f"[{_PEOPLE}]"
# "ha" is a filler word (removed before matching), so "jag vill ha" is matched as "jag vill".
_WANT_VERBS = (
    "(vill|skulle|ska|skall|behöver|skulle behöva|tar|köper|önskar|önskar sig|beställer|vill beställa|"
    "vill köpa|skulle beställa|skulle köpa|behöver köpa|måste|saknar|tänkte ta|"
    "tänkte köpa|tror jag tar|vill också|behöver också|tar också|vill även|behöver även)"
)

# (kind, pattern) — kind is read by the parser; the longest match at a position wins.
# What the client is about to do with the goods; what is named after it, after the goods, is what they are for
# ("havregryn jag ska koka gröt": "havregryn till gröt").
PLAN_VERBS = ("baka", "grilla", "koka", "steka", "göra", "laga", "fira", "städa", "tvätta", "putsa", "diska",
              "ugnssteka", "ugnsbaka", "långkoka", "servera", "färga", "skicka")

_PLANS = f"({'|'.join(PLAN_VERBS)}|laga mat|bjuda på fika|fika)"  # what the client is about to do

PHRASES: tuple[tuple[str, str], ...] = (
    # separators between items
    ("sep", "(och|å|o|samt|plus|sen|sedan|också|även|dessutom|och så|och sen|och sedan|och även|"
            "och också|så|och då|då|och lite till)"),
    ("reset", "(men|men också|men så)"),
    # adding: politeness and request frames; they also switch back from removing to adding
    ("add", f"{_SUBJECT} {_WANT_VERBS}"),
    ("add", f"(vill|ska|behöver|tar|skulle) ({_PEOPLE}) [också|även] [köpa|beställa]"),
    ("add", "(kan|kunde|skulle) (du|ni) [kunna] [vara snäll och|vara vänlig och] "
            "[beställa|köpa|lägga till|lägga in|lägga på|skriva upp|handla|ta med|ta hem|fixa|ordna|"
            "köpa hem|handla hem|beställa hem|skicka|hämta]"),
    ("add", "(kan|får|kunde|skulle) (jag|vi) [också|även] (få|ta|be om|beställa|köpa)"),
    ("add", "(var|vara) (snäll|vänlig) och [beställ|köp|lägg till|ta med]"),
    ("add", "(lägg|lägga) (till|in|i|på|upp|dit)"),
    ("add", "(skriv|skriva|sätt|sätta) upp"),
    ("add", "(ta|tag|ta med|ta hem|köp|köpa|köp hem|beställ|beställa|beställ hem|handla|handla hem|"
            "ge mig|ge oss|hämta|plocka|fixa)"),
    ("add", "glöm inte [att köpa|att ta|att beställa]"),
    # goods forgotten are asked for: "jag glömde mjölk", "och så glömde jag tvålen" (said "glöm", they go)
    ("add", f"[{_PEOPLE}] (glömde|har glömt|hade glömt) [bort] [att] [säga|skriva|skriva upp|ta|beställa|köpa|nämna]"),
    ("add", f"glömde ({_PEOPLE}) [bort] [att] [säga|skriva|skriva upp|ta|beställa|köpa|nämna]"),
    ("add", f"har ({_PEOPLE}) glömt [bort] [att] [säga|skriva|skriva upp|ta|beställa|köpa|nämna]"),
    ("add", "fast (lägg till|plus|med|också|även)"),
    ("add", "med"),  # only at a clause start: "utan kaffe och med bananer"
    ("add", "[det] behövs [också|även]"),  # "tvättmedel behövs också"
    ("add", f"({_PEOPLE}) vill att (du|ni) (köper|beställer|lägger till)"),
    ("add", "(det blir|det ska bli|jag blir)"),
    # "sen var det smör": the list goes on
    ("add", "(sen|sedan|så|och sen|och så|och sedan) var det [också|även]"),
    ("add", f"({_PEOPLE}) (är sugen på|är sugna på|blir sugen på|längtar efter|önskar mig|önskar sig|får ta|får be om|"
            "får köpa|får beställa)"),
    ("add", f"({_PEOPLE}) (har slut på|har inget|har ingen|har inga|har nästan inget|har nästan ingen|"
            "har nästan inga|har inte mer|har inte något|har inte någon|har inte några|ber om|hade tänkt|hade tänkt beställa|hade tänkt köpa|tänkte beställa|tänkte)"),
    # goods running out, the "slut" no end of the order: "smöret är nästan slut", "diskmedlet börjar ta slut"
    ("add", "(det är slut på|slut på|har tagit slut|tog slut|håller på att ta slut|börjar ta slut|"
            "har börjat ta slut|har nästan tagit slut)"),
    # "hushållspapper det tar slut hela tiden", "tvättmedel det tar slut snart"
    ("add", "(tar slut|går åt) [hela tiden|så fort|fort|snabbt|jämt|snart|nu]"),
    ("add", "är [nästan|snart|alldeles] slut"),
    ("add", "har [nästan|snart|alldeles] slut"),  # "tandkräm en tub för jag har slut": the goods asked for
    # ... in either word order: "mjölk jag har slut", "mjölk (det) har jag slut på"
    ("add", f"({_PEOPLE}) har [nästan|snart|alldeles] slut [på]"),
    ("add", f"[det] har ({_PEOPLE}) [nästan|snart|alldeles] slut [på]"),
    # a lack said: "vi är utan toapapper", "det finns ingen mjölk (kvar)": asked for, nothing removed
    ("add", f"({_PEOPLE}) (är utan|är helt utan)"),
    ("add", "(det finns|finns det) (inget|ingen|inga) [mer]"),
    ("add", f"({_PEOPLE}) undrar om (ni|du) har"),
    ("add", "(vore det möjligt|är det möjligt|går det|skulle det gå) att (få|beställa|köpa)"),
    # the care worker reads the client's note aloud: "det står ...", "hon har skrivit ...", "mamma skriver ..."
    ("add", f"({_PEOPLE}|{'|'.join(sorted(CLIENT_WORDS))}) (har skrivit|skriver|skrev|hade skrivit) [upp] [också|även]"),
    ("add", "[och] [sen|så|här|där|på lappen|på listan] (det står|står det) [också|även] [här|där]"),
    # removing
    ("remove", f"{_SUBJECT} [kan] (ta|tar|tag|plocka|plockar) (bort|ut|väck)"),
    ("remove", "(kan|kunde|skulle) (du|ni) (ta|plocka) (bort|ut)"),
    ("remove", f"{_SUBJECT} (vill|behöver|ska|tar|skulle) inte [köpa|beställa|längre]"),
    ("remove", f"(vill|behöver|ska) ({_PEOPLE}) inte [köpa]"),
    ("remove", "(stryk|stryka|radera|ta bort|tag bort|ta ut|skippa|hoppa över|glöm|strunta i|"
               "avbeställ|ångra|ta inte|köp inte|beställ inte)"),
    ("remove", "(inga|ingen|inget|inte|utan|inte någon|inte några|inte något|inga fler|ingen mer|"
               "inget mer|ingen mera|inget mera)"),
    ("remove", "(det behövs inte|behövs inte|ska bort|kan tas bort|ska tas bort|kan du ta bort|får du ta bort|"
               "ska du ta bort|vill jag inte|behöver jag inte|behöver vi inte)"),
    ("remove", "[jag|vi] (ångrar|avbeställer|stryker)"),
    ("remove", "fast (utan|inte|inga|ingen|inget|ta bort|skippa|stryk)"),  # "fast potatis" is a product
    # changing a quantity
    ("set", f"{_SUBJECT} (vill|ska) (ändra|byta) [på]"),
    ("set", "(kan|kunde) (du|ni) (ändra|byta|öka|minska) [på]"),
    ("set", "(ändra|byt|byta|öka|minska|korrigera|rätta) [på|om]"),
    ("set", "(ändra|sätt|gör) (antalet|antal|mängden) [på]"),
    ("set", "(gör|ändra) (det|den|dem|dom) till"),
    ("instead", "(istället|i stället|hellre) [för]"),
    ("prefer", "(gärna|helst|om möjligt)"),
    # a pointing word and what the goods are or are for say which sort of the goods just said, as "gärna" does:
    # "ost, den som är lagrad", "buljong, dom ska vara till såsen"; said of the goods without a pointer too
    # ("mjölken ska vara lätt", "ost som ska vara lagrad"): what the goods must be, no goods "vara lätt"
    ("prefer", "[den|det|de|dom] [som] (ska|skall|bör|måste|behöver) vara"),
    # ... and what they must not or need not be: "mjölk men den behöver inte vara ekologisk" is no sort of it
    # to remove, the sort not wanted ("mjölk inte ekologisk"; marking keeps the "inte")
    ("prefer", "[den|det|de|dom] [som] (ska|skall|bör|måste|behöver|får) inte vara"),
    ("prefer", "[den|det|de|dom] som inte (ska|skall|bör|måste|behöver|får) vara"),
    ("prefer", "(den|det|de|dom) som (är|e)"),
    # repeating an earlier order
    ("repeat_last", "[ge mig|jag vill|jag tar|beställ|jag skulle] (samma|likadant|detsamma) "
                    "[sak|beställning|varor|grejer|sak som|beställning som|varor som|grejer som|som|"
                    "som i|som i den|som vi hade|som jag hade|som jag beställde|som vi beställde|"
                    "som jag köpte|som jag tog] "
                    "(förra veckan|förra gången|förra beställningen|förra|sist|senast|senaste gången|"
                    "förut|förra vecka|igen|veckan innan|i förra veckan|jag hade sist|"
                    "jag beställde sist|jag beställde förra veckan|jag köpte sist|förra veckans)"),
    ("repeat_last", "samma (sak|beställning|varor) [igen]"),
    ("repeat_last", "[beställ|ta|jag vill|jag tar] (förra veckans|förra|senaste|sista) "
                    "(beställning|beställningen|lista|listan|varor) [igen]"),
    ("repeat_last", "(upprepa|repetera|gör om|beställ om|kopiera) [den] "
                    "(förra|senaste|sista|förra veckans) (beställningen|beställning|listan|gången)"),
    ("repeat_last", "(samma|likadant) som (förra|senaste|sist) [veckans|gången]"),
    ("repeat_usual", "[ge mig|jag vill|jag tar|beställ|jag skulle] [samma] "
                     "som (vanligt|vanligt igen|jag brukar|alltid|brukligt)"),
    ("repeat_usual", "[ge mig|jag vill|jag tar|beställ] (det vanliga|mitt vanliga|de vanliga|"
                     "det jag brukar|mina vanliga varor|min vanliga beställning|"
                     "den vanliga beställningen|samma som vanligt)$"),
    # finishing
    ("finish", "(det|de|dä) (var|är|blir) [nog|väl] (allt|alltihop|allt för idag|allt för den här gången|"
               "allt för i dag|bra så|det|det hela|bra|bra nu)"),
    ("finish", "[och] (sen|sedan|så) var det [nog|väl] (allt|alltihop|bra så|det|det hela)"),
    ("finish", "(jag|vi) vill (beställa|skicka|avsluta|skicka beställningen|beställa nu)$"),
    ("finish", "(du|ni) kan (skicka|beställa|skicka iväg|skicka in) [den|det|beställningen|nu]"),
    ("finish", "[nu|då] (kan|får) (du|ni) (skicka|beställa|skicka iväg|skicka in) [den|det|beställningen]$"),
    ("finish", "[då|nu] (säger vi så|får det bli så|blir det så)"),
    ("finish", "(det får bli så|så får det bli|vi säger så|det blir det)"),
    ("finish", "[då|nu] (beställer|skickar) (vi|jag) [den|det|nu]"),
    ("finish", "[nu|då] (är|e|var) (jag|vi) [nu|nog|väl] (klar|klara|färdig|färdiga|nöjd|nöjda)"),
    ("finish", "(jag|vi) (är|e) [nu|väl] (klar|klara|färdig|färdiga|nöjd|nöjda)"),
    ("finish", "(klart|klar|färdigt|färdig|slut|avsluta|slutför|klart slut)$"),
    ("finish", "(skicka|skicka in|skicka iväg|skicka av|beställ|beställ nu|lägg|gör|slutför|bekräfta|"
               "avsluta|genomför) (beställningen|ordern|listan|min beställning|varorna|nu|iväg)"),
    ("finish", "(skicka|skicka in|skicka iväg|beställ|beställ nu|skicka nu|beställ det)$"),
    ("finish", "(inget|ingenting|inte något) (mer|annat|mera) [än det|idag|i dag|just nu]$"),
    ("finish", "det (räcker|får räcka) [så|bra|nu|för idag|för den här gången]"),
    ("finish", "(nu|då) (räcker det|är det klart|är det färdigt|är det bra|är vi klara|var det klart)"),
    ("finish", "det är (klart|färdigt)$"),
    ("finish", "(skicka|beställ|skicka iväg|skicka in) (den|det|allt|alltihop|alltihopa)"),
    ("finish", "(mer|mera) blir det inte"),
    # undoing the last change
    ("undo", "(ångra|ångra det|ångra det där|ångra det sista|ångra senaste|ångra den sista|"
             "ångra den senaste|ångra sista|ångra senaste ändringen|backa|gå tillbaka)$"),
    ("undo", "(jag menade|jag menar|jag sa|jag sade)"),  # a correction: the last item goes
    ("undo", "(det ville jag inte|det menade jag inte|det sa jag inte|det var inte rätt)"),
    ("undo", "(ta bort|stryk|ångra) (det|den) (jag just sa|du just la till|du la till|senaste|sista)"),
    ("undo", "(inte den|inte det|inte dem|inte dom|inte så|inte den här|inte det här|inte det där|"
             "inte den där|det var fel|det blev fel|fel vara|glöm det|fel|det var inte det jag menade|"
             "glöm det där|strunta i det|ta bort det sista|ta bort den sista|ta bort det senaste|"
             "ta bort den senaste|ta tillbaka det|ta tillbaka|det var inte rätt|det där blev fel)$"),
    # clearing the basket: everything in it goes (and "ångra" brings it back)
    ("clear", "[kan du|kan ni] (töm|tömma|rensa|nollställ|radera) [hela] "
              "(korgen|varukorgen|listan|inköpslistan|beställningen)$"),
    ("clear", "[kan du|kan ni|får du|du kan|ni kan] (ta bort|stryk|radera|släng) "
              "(allt|alltihop|alltihopa|allting|hela listan|hela korgen|hela beställningen|allt i korgen|"
              "allt på listan)$"),
    ("clear", "[jag vill|vi|kan vi|ska vi] (börja|börjar) om [från början]$"),
    # questions about the basket
    ("ask_basket", "vad (har|hade) (jag|vi) [nu] (beställt|handlat|köpt|lagt till|lagt in|valt|"
                   "skrivit upp|på listan|i korgen|i varukorgen|sagt|bett om|hittills|fått med|"
                   "på min lista|i min korg|i min varukorg)"),
    ("ask_basket", "vad är det (jag|vi) har (beställt|köpt|handlat|lagt till|på listan|i korgen)"),
    ("ask_basket", "vad (står|finns|ligger|är) [det] (på listan|i korgen|i varukorgen|på min lista|"
                   "i min korg|i beställningen|beställt|med)"),
    ("ask_basket", "[kan du|kan ni|skulle du kunna] (läs upp|läsa upp|läs|läsa|visa|berätta|repetera|upprepa) "
                   "[vad jag har|vad som finns|vad jag beställt] "
                   "[på|i] (listan|beställningen|korgen|varukorgen|min lista|allt|vad jag har beställt)"),
    ("ask_basket", "(läs upp|vad har jag)$"),
    ("ask_basket", "(vad blev det|vilka varor har jag|hur många varor har jag|har jag beställt|"
                   "vad jag har beställt|vad som är beställt)"),
    ("ask_total", "(vad|hur mycket) (kostar|kostade|blir|landar|går) [det|allt|alltihop|alltihopa|"
                  "varorna|korgen|det här|det hela|det på|allt ihop|beställningen|summan|priset|totalt]"),
    ("ask_total", "(vad|hur mycket) (är|blir) (summan|totalen|totalsumman|priset|kostnaden|det totalt)"),
    ("ask_total", "(hur dyrt|hur dyr) [blir|är] [det|allt]"),
    ("ask_total", "(är|blir) det dyrt"),
    ("ask_total", "(vad|hur mycket) (ska|måste) (jag|vi) betala"),
    ("ask_total", "(hur mycket|vad) har (jag|vi) handlat för"),
    ("ask_total", "(vad|hur mycket) kommer det [att] kosta"),
    ("ask_total", "hur mycket pengar"),
    ("ask_total", "(totalsumman|totalen|summan|totalpriset|vad det kostar|vad kostar allt)$"),
    ("question", "(hur|varför|när|vem|vilken|vilket|vilka|vad)"),
    # phrase noise: time, place and politeness around an item
    ("filler", "(tack|tack så mycket|tack ska du|tackar|om du vill|"
               "är du snäll|om du är snäll|om jag får be|om det går|om det finns|vore bra|vore snällt|"
               "den här gången|den här veckan|denna gång|denna vecka|till veckan|nu|idag|i dag|"
               "i veckan|till helgen|till mig|åt mig|åt oss|till oss|på listan|på min lista|"
               "i korgen|i varukorgen|från listan|från korgen|ur korgen|från varukorgen|"
               "från beställningen|ur beställningen|i beställningen|till beställningen|"
               "till listan|också tack|för idag|för i dag|för den här gången|för veckan|imorgon|i morgon|"
               "tror jag|kanske|i alla fall|iallafall|förresten|då också|väl|nog|någonting|nånting|"
               "har du|har ni|har dom|har de|finns det|vet du|du vet|jag menar|du|hör du|god morgon|god dag|goddag|"
               "god kväll|god natt|godnatt|god middag|tjena|tjenare|hejsan|tack för hjälpen|tack för det|"
               "tack för idag|just det|bra|jättebra|det är jag|det är jag igen|här är jag|igen|mig|oss|"
               "förlåt|förlåt mig|ursäkta|ursäkta mig)"),
    # not knowing or remembering, said while thinking: no removal ("två mjölk och jag vet inte"), no goods
    ("filler", f"[{_PEOPLE}] (vet|förstår|minns|hör|hörde) inte [riktigt|alls|vilken|vilket|vilka|vad|det]"),
    # ... or having no strength left, said last ("två mjölk och jag orkar inte"); with what for after it, an aside
    ("filler", f"[{_PEOPLE}] (orkar|hinner) inte [mer|längre|det]$"),
    ("filler", f"[{_PEOPLE}] kommer inte ihåg [vilken|vilket|vilka|vad|det]"),
    # any sort will do, or no hurry: "äpplen det spelar ingen roll vilka", "mjölk det är inte bråttom"
    ("filler", "[det] spelar ingen roll [vilken|vilket|vilka]"),
    # how much, roughly, and whether it will do, said last: "ost ett halvt kilo eller så", "en halv limpa går det"
    ("filler", "(eller så|eller nåt sånt|eller något sådant|går det|går det bra|går det för sig|funkar det|sådär|"
               "så där)$"),
    # either will do, said last: "parmesan eller grana padano det går lika bra"
    ("filler", "[det] går (lika|också|även) bra$"),
    ("filler", "eller (nåt|något|nånting|någonting)$"),  # "tartex eller nåt": the name not quite remembered
    ("filler", "[eller] (vilken|vilket|vilka) [sort] som$"),  # "... vilken som", the "helst" left unsaid
    # any other of the kind will do: "nutella eller nån annan hasselnötskräm" is the goods, by their kind
    ("filler", "eller (nån|någon|nåt|något) (annan|annat) [sort|sorts|slags|märke] [av]"),
    ("filler", "det (går bra|funkar|funkar också|duger|duger också)$"),
    # which sort is left to staff: "sköljmedel doften får du välja", "chips du får välja smak"
    ("filler", "[sorten|doften|smaken|färgen|märket] får (du|ni) välja [sort|doft|smak|färg|märke]"),
    ("filler", "(du|ni) får välja [sort|doft|smak|färg|märke|sorten|doften|smaken|färgen|märket]"),
    ("filler", "(det är inte bråttom|det är ingen brådska|det gör inget)"),
    # another sort will do as well: "mjölk, det gör inget om den är laktosfri" (its clause asks for nothing)
    ("question", "(det gör inget|det gör ingenting|det spelar ingen roll|"
                 "det går bra|det går också bra|det går lika bra|det är lika bra) (om|ifall|fast)"),
    # talk to the tablet while thinking: "vänta lite", "låt mig tänka", "och så vidare"
    # ("ett ögonblick": the "ett" is read as an amount first, and an amount alone asks for nothing)
    ("filler", "(vänta|vänta lite|ögonblick|sekund|låt mig tänka|låt mig se|"
               "och så vidare|osv|kan du upprepa|kan du säga det igen)"),
    # where the goods are written, as the note is read aloud: "det står en flora här på lappen"
    ("filler", "[här|där] (på|i) (lappen|listan|papperet|lappen här)"),
    # the amount said is enough: "en bit räcker", "det räcker med ett paket" (no goods, and the order goes on)
    ("filler", "(räcker|räcker det|räcker bra|räcker gott|det räcker med)"),
    # from when on: "mjölken ska vara laktosfri från och med nu" (the wish stands; no goods "från")
    # since when: "dom gamla är slut sen i tisdags"
    ("filler", "[sen|sedan] i (måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|förrgår)"),
    ("filler", "(och|eller) uppåt"),  # "för elva år och uppåt": the age's own
    ("filler", "(från och med nu|från och med idag|från och med i dag|från nu|från nu på|hädanefter|"
               "i fortsättningen|framöver|från och med nästa vecka)"),
    # whom the order is for, as a relative heads a list ("Till mamma denna vecka: ..."): no goods
    ("filler", f"(till|åt|för) ({'|'.join(sorted(CLIENT_WORDS))})"),
    ("filler", "(till|på|för|nu på|på nästa) (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helgen|"
               "imorgon|i morgon|nästa vecka|leveransen|veckan)"),
    # the day, meal or feast the goods are for: "en entrecote till söndagen", "tårta till kalaset"
    ("filler", "(till|för|på) (måndagen|tisdagen|onsdagen|torsdagen|fredagen|lördagen|söndagen|"
               "frukosten|lunchen|middagen|kvällen|kvällsmaten|fikat|kalaset|festen|födelsedagen|"
               "julen|jul|påsken|påsk|midsommar|nyår|nyårsafton)"),
    # what the client is about to do, said before the items it needs or after them: "jag ska baka så ...",
    # "vi ska grilla på lördag så ...", "oxbringa ett kilo jag ska koka"
    # (the verb before its subject after the goods, "mascarpone ska jag baka med": "med" points back at them)
    ("filler", f"[jag|vi|hon|han] (ska|skulle|tänkte|vill) {_PLANS} [med]"),
    ("filler", f"(ska|skulle|tänkte) (jag|vi|hon|han) {_PLANS} [med]"),
    # ... or the feast or guests they are about to have: "vi ska ha kalas", "hon ska ha besök"
    ("filler", f"({_PEOPLE}) (ska|skulle) (kalas|fest|gäster|besök|kafferep|släktträff)"),  # "ha" is a filler word
)
