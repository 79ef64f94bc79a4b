"""Text normalisation for matching: case-folding, å/ä/ö-insensitive keys, stems, sizes and noise."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer  # type: ignore[import-untyped]

from assistant.nlu.lexicon import SORT_NEGATIONS, UNITS

_STEMMER = snowballstemmer.stemmer("swedish")

# Shoppers type "mjolk" for "mjölk"; keys fold å/ä/ö (and other accents) to plain letters.
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "a", "ø": "o", "ü": "u"})

# Words that describe the label, not the product ("Klass 1", "Sverige", "ca"), and the units of a size or
# a strength written apart from their number ("0,25 mg/ml": fits.strength_of reads the strength).
NOISE = frozenset({"klass", "ca", "st", "pack", "förp", "sverige", "svensk", "svenska", "svenskt",
                   "i", "och", "med", "&", "+", "x", "av", "för", "till", "på", "ml", "g", "kg", "l",
                   "cl", "dl", "hg", "mg"})

# a code of a number and letters that no unit of amount is names the sort ("9v" battery, "60w" lamp, "c5"
# envelope, "e27" socket, a "33cm" napkin, a "1x4" coffee filter: one of something is no multipack), one
# word: split, "9v" lost both halves (a number, a lone letter)
_FILTER_SIZE = r"1[x×]\d{1,2}"  # a coffee filter's size as names write it ("1x4")
_CODE = (r"(?<![\w.,])(?:\d{1,3}(?!(?:kg|hg|g|ml|cl|dl|l|st|p|pk|m)(?!\w))[^\W\d_]{1,2}|[^\W\d_]\d{1,4}|"
         + _FILTER_SIZE + r")(?!\w)")
# a number named by its ordinal or definite form ("88:an" ice cream, "91:an", "1:a"): one word, the colon dropped
# ("88:an" and "88an" typed are one name), never an amount
_NUMBER_NAME = r"(?<![\w.,:])\d{1,4}:(?:a|e|an|en|or|orna)(?!\w)"
# several things in one product ("3in1", "3 in 1", "5-i-1", "5 i 1"): one word, "3i1" (the parser writes "tre i ett"
# as "3-i-1")
ALL_IN_ONE = re.compile(r"(?<![\w.,])[2-9]\s?-?(?:in|i)-?\s?1(?!\w)")  # the only tokens led by a digit with an "i"
_TOKEN = re.compile(ALL_IN_ONE.pattern + "|" + _NUMBER_NAME + "|" + _CODE
                    + r"|[0-9]+(?:[.,][0-9]+)?(?:-[0-9]+(?:[.,][0-9]+)?)?%?|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# "Allt i Ett Maskindiskmedel", "Möbler 5 i 1 Allrengöring": all in one, no "in" of an accompaniment; nor
# is a size ("gummihandskar i small", "strumpor i storlek 37"): the goods come in it, as "stl" says
_ACCOMPANIMENT = re.compile(
    r"\s(?:med|i(?!\s+(?:ett|\d|small|medium|large|storlek|stl|strl)\b)|utan|till|för|från|ur)\s", re.IGNORECASE)
# "till kaffet" alone: only a purpose; "salva mot värken", "schampo mot löss": what the goods are against
# "på" before a noun in its definite form says what the goods go on ("örtskinka på mackorna", "sylt på
# pannkakorna"), not how they are packed ("kaviar på tub", "tonfisk på burk"); "från" before one where they
# are found ("från bageriet", see split_purpose)
_PURPOSE = re.compile(r"(?:^|\s)(?:(?:till|för|åt|mot|att|efter)\s|(?:på|från)\s(?=\w{2,}(?:en|et|an|na)(?:\s|$)))",
                      re.IGNORECASE)
# where what is done with the goods is done ("att riva över spagettin", "att ha i termosen"): no word of the use
_WHERE_DONE = re.compile(r"^(?:i|på|över|under|in|ur|ner|ned)\s+(?=\w)", re.IGNORECASE)
# whom the verb is done to, and a preposition left at its end ("att tvätta sig med"): no word of the use either
_DONE_TO = re.compile(r"^(?:(?:sig|mig|dig|oss|er)(?:\s+(?:med|i|på|av))?)$", re.IGNORECASE)
# a store's places (folded), and the sort of goods each says: what comes from the freezer is frozen, from the
# bakery or a counter no sort at all
_STORE_PLACES = {"frysen": "fryst", "frysdisken": "fryst", "frysdiskarna": "fryst", "bageriet": "",
                 "kylen": "", "kyldisken": "", "disken": "", "delikatessen": "", "delin": "", "charken": "",
                 "fiskdisken": "", "ostdisken": "", "kottdisken": "", "hyllan": "", "butiken": "", "affaren": ""}
_SIZE = re.compile(
    r"(?<![\d.,-])(?:(?P<n>\d+)\s*[x×]\s*)?(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|hg|g|ml|cl|dl|l|st)\b",
    re.IGNORECASE)  # not the end of a range: "Blöjor 10-14kg" are for a child of that weight
# how many a multipack holds: "6-pack", "Ägg 6-p", "Bomullspinnar 300p", "Loka Citron 6x33cl", or the portions
# a package of food holds ("Potatismos 12-port", "Lasagne 4 Portioner"); two lengths or a power are no pack
# ("Blockljus 6x9cm" is a candle's size, "2x5W" a lamp's)
_PACK_COUNT = re.compile(r"(?<![\d.,])(?P<n>\d{1,4})\s*(?:-\s*)?(?:pack|pk|port(?:ion(?:er)?)?\b|p\b|"
                         r"[x×]\s*(?!\d+(?:[.,]\d+)?\s*(?:cm|mm|m|w)\b)\d)", re.IGNORECASE)
# "8M" on baby food or medicine is an age in months ("fullkornsgröt åtta månader" is read "8m"); on a
# household roll ("Aluminiumfolie 20M") it is metres, as it is after decimals ("Brandfilt 1,2x1,8M"): no age
# is written with a decimal comma
_CHILD_MONTHS = re.compile(r"(?<![.,])\b\d{1,2} ?m\b", re.IGNORECASE)
# an age the goods are for, the youngest of a range: "Välling 6M", "Gröt Från 12 Mån", "Välling 1år", "1-3år"
_AGE = re.compile(r"(?<![\d,.-])(?P<n>\d{1,2})(?:\s*-\s*\d{1,2})?\s*(?P<unit>månader|mån|m|år)(?![^\W\d_])",
                  re.IGNORECASE)
# a range of clothing or shoe sizes ("Strumpbyxa 40-44", "storlek 29-32"): two numbers of one or two digits
_SIZE_RANGE = re.compile(r"(?P<low>\d{1,2})-(?P<high>\d{1,2})")
_SIZE_CODE = re.compile(_FILTER_SIZE)
# a grade written with a plus sign: reading glasses' dioptres ("Läsglasögon +2.50"), an age or strength and up
# ("Vitamintillskott 55+", "Solkräm 50+"), an age in years and up as pet food writes it ("Kattmat 7+år"); not
# an age with its unit before it ("+1år") nor a sum ("Grenuttag 3+4-Vägs")
_GRADE = re.compile(r"(?<![\w.,+])(?:\+(?P<up>\d{1,3}(?:[.,]\d{1,2})?)|(?P<from>\d{1,3})\+(?:år)?)(?![\w.,+-])",
                    re.IGNORECASE)
_PERCENT = re.compile(r"(?P<low>\d+(?:[.,]\d+)?)(?:\s*-\s*\d+(?:[.,]\d+)?)?\s*%")


class _Accents(dict[int, str]):
    """A translate table filled on first sight of each character (translation is in C, not a loop)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _APOSTROPHES:
            self[code] = ""
            return ""
        decomposed = unicodedata.normalize("NFD", ch)
        plain = ch if ch in "åäöÅÄÖ" or not decomposed[0].isascii() else decomposed[0]
        self[code] = plain
        return plain


_ACCENTS = _Accents()
# "O'boy", "O´boy" and "Oboy" are one brand: apostrophes (and their look-alikes) are folded away.
_APOSTROPHES = "'´`’ʼ‘"


def strip_accents(text: str) -> str:
    """é → e, but å/ä/ö stay (they are letters of their own in Swedish); apostrophes go."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text.replace("'", "").replace("`", "") if "'" in text or "`" in text else text
    return text.translate(_ACCENTS)


def casefold(text: str) -> str:
    return strip_accents(text).casefold()


def fold(word: str) -> str:
    """The å/ä/ö-insensitive key of an already case-folded word (most words are plain ASCII: returned as they
    are, without a translation's copy)."""
    return word if word.isascii() else word.translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Case-folded word and number tokens; hyphenated words split ("smör-&rapsolja" → smör, rapsolja)."""
    out: list[str] = []
    for tok in _TOKEN.findall(casefold(text)):
        if not tok[0].isdigit():
            out.extend(part for part in tok.replace(":", "").split("-") if part)
        else:
            out.append(f"{tok[0]}i1" if "i" in tok else tok.replace(":", ""))  # "3 in 1": "3i1"
    return out


def first_token(folded: str) -> str:
    """`tokens(text)[0]` ("" when none) of an already case-folded text, without reading the rest."""
    match = _TOKEN.search(folded)
    if match is None:
        return ""
    token = match.group().replace(":", "")
    if token[0].isdigit():
        return f"{token[0]}i1" if "i" in token else token
    return token.split("-", 1)[0]


def hyphen_joined(text: str) -> list[str]:
    """Hyphenated words written as one ("Coca-cola" → "cocacola"), so "coca cola" said apart finds them."""
    if "-" not in text:
        return []
    return [tok.replace("-", "") for tok in _TOKEN.findall(casefold(text)) if "-" in tok and not tok[0].isdigit()]


_LETTER_AFTER = re.compile(r"(?<![\w-])([^\W\d_]{3,})\s+([^\W\d_])(?![\w-])", re.UNICODE)


_LETTER_WORDS = frozenset("iåöIÅÖ")  # Swedish words of one letter ("sill i dill"), never a prefix


def letter_first(text: str, written_whole: Callable[[str], bool]) -> str:
    """A lone letter written after a word names what the letter-prefixed compound does: "Vitamin D" is
    the "D-vitamin" other names write (`written_whole`, as `hyphen_joined` joins it: "dvitamin"), so the
    name reads so, its letter first."""
    def first(m: re.Match[str]) -> str:
        word, letter = m.group(1), m.group(2)
        if letter in _LETTER_WORDS or not written_whole(casefold(letter + word)):
            return m.group(0)
        return f"{letter}-{word}"
    return _LETTER_AFTER.sub(first, text)


_LISTED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|&|/", re.UNICODE)
_JOINING = frozenset({"och", "&", "/", "eller"})


def listed_after_kind(text: str) -> list[str]:
    """Words a name lists with och, & or / after a word that leads it: "Rågbitar Solrosfrön och
    Pumpafrön", "Proviva Blåbär/Röda Vinbär" name a thing and what it holds or tastes of; a list that
    leads the name ("Hallon/Blåbär Frysta") is the thing itself."""
    if not _JOINING.intersection(text.replace("/", " / ").split()):
        return []
    words = _LISTED.findall(casefold(text))
    listed: list[str] = []
    for i in range(2, len(words) - 1):
        if words[i] in _JOINING and words[i - 1] not in _JOINING and words[i + 1] not in _JOINING:
            listed += [words[i - 1], words[i + 1]]
    return listed


def leads_a_list(text: str) -> bool:
    """The name's first word is joined to the next by och, & or /: "Havssalt & Frön" lists what a
    product holds or tastes of (a crispbread's seeds and salt), "Hallon/Blåbär Frysta" the berries."""
    words = _LISTED.findall(casefold(text))
    return len(words) > 2 and words[1] in _JOINING


_BRACKETED = re.compile(r"\(([^()]*)(?:\)|$)")
NOTE_WORDS = 3  # a bracket of this many words or more is a note ("(Lev. Mån-Fre)"), not a size ("(XL)")


def without_notes(name: str) -> str:
    """A product name without the notes a feed writes in brackets: the days it is delivered
    ("Lammrostbiff(Lev. Mån-Fre)", cut off too: "(Lev. Mån-Lö"), a deposit returned; such words are
    no words of the product. Short brackets are the product's own ("(3)", "(XL)", "(60W)")."""
    return _BRACKETED.sub(lambda m: " " if len(tokens(m.group(1))) >= NOTE_WORDS else m.group(0), name).strip()


# "choklad som present", "glass som efterrätt till söndag": a role the goods are bought in, said with "som"
# and one word ending the phrase or before its purpose, is what they are for; "Söt Som Du", "ris som vanligt"
# and a relative clause ("rödbetor som är förkokta") name no role
_AS_ROLE = re.compile(r"\s+som\s+(?P<role>[^\W\d_]+)(?=\s*$|\s+(?:till|för|åt)\s)", re.IGNORECASE)
_PRESENT_TENSE = ("ar", "er")  # "luftfräschare som sprejar": a verb says what the goods do, no role
NO_ROLE = frozenset({"jag", "du", "han", "hon", "vi", "ni", "de", "dom", "man", "den", "det", "är", "e", "var",
                     "ska", "skall", "kan", "vanligt", "vanligen", "förut", "alltid", "sist", "senast"})


def split_purpose(text: str) -> tuple[str, str]:
    """"Ansjovis till janssonen": what follows till/för in a request says what the goods are for (or whom:
    "bröd åt min man", "frön åt småfåglarna"), and what follows "mot" what they are against ("salva mot
    värken", "Schampo mot Löss"), what follows "efter" when they are used ("hårturban efter duschen"; no
    name of goods writes the word). "att" and a verb say what is done with them ("soppa att värma till
    lunchen"): the verb is no word of the goods nor of their use, what follows it may be. A role said with
    "som" ("choklad som present") is a use too, as is what they are put on ("pålägg på smörgåsen"). Where
    they are found in the store, said after "från" ("surdegsbröd från bageriet"), is neither a word of them
    nor a use, but for the freezer, whose goods are frozen ("pinklax från frysen": "pinklax fryst"); another
    place is said of the goods ("ägg från gården": farm eggs)."""
    role = _AS_ROLE.search(text)
    if role is not None and casefold(role["role"]) not in NO_ROLE and not role["role"].endswith(_PRESENT_TENSE):
        thing, purpose = split_purpose(text[:role.start()] + text[role.end():])
        return thing, f"{role['role']} {purpose}".strip()
    match = _PURPOSE.search(text)
    if match is None:
        return text, ""
    thing, purpose = text[:match.start()], text[match.end():]
    if match.group().strip().casefold() in ("till", "för") and purpose.casefold().startswith("att "):
        return split_purpose(f"{thing} {purpose}")  # "tvättlappar till att tvätta sig med", as "att" says it
    if match.group().strip().casefold() == "från":  # "surdegsbröd från bageriet": where it is found, no use
        place, _, rest = purpose.partition(" ")
        if (found := _STORE_PLACES.get(fold(casefold(place)))) is None:  # "ägg från gården": the "Gårdsägg"
            thing, purpose = split_purpose(rest)
            return f"{text[:match.end()]}{place} {thing}".strip(), purpose
        return f"{thing} {found}".strip(), split_purpose(rest)[1]  # "pinklax från frysen": the frozen one
    if match.group().strip().casefold() == "att":  # "att riva över spagettin": what the verb is done over or in
        rest = purpose.split(None, 1)[1] if len(purpose.split()) > 1 else ""
        return thing, split_purpose(rest)[1] or _DONE_TO.sub("", _WHERE_DONE.sub("", rest))
    return thing, purpose


# "rödbetor som är förkokta", "luftfräschare som man sprejar" (the generic "man" names nothing; what "man" does
# names a sort: "leverpastej den man kan skiva"), "halloumi som hon kan steka" (what the client does with it, a
# use: "att steka"); "getost rulle den runda", "korv den tjocka": a pointer after the thing, not after a number
# ("Strumpbyxa 20 Den" is a thickness), says which of it
_RELATIVE = re.compile(r"^(?P<thing>\S.*?)\s+(?:som\s+(?P<use>(?:jag|hon|han|vi|ni|de|dom"
                       r"|(?P<whom>[^\W\d_]{2,}(?:en|et|na)))\s+(?:kan|ska|får|vill|brukar))"
                       r"|som\s+(?P<does>jag|hon|han|vi|ni)(?=\s+[^\W\d_]{2,}(?:ar|er)(?:\s|$))"
                       r"|(?:som|(?<=[^\d\s]\s)(?:den|det|dom))\s+(?P<done>man(?:\s+(?:kan|ska|får))?)"
                       r"|som\s+(?:är|e|ska\s+vara|skall\s+vara)|(?<=[^\d\s]\s)(?:den|det|dom))\s+(?P<how>\S.*)$",
                       re.IGNORECASE)
_HOLDS = re.compile(r"^(?P<thing>\S.*?)\s+som\s+(?P<what>\S.*?)\s+(?:får\s+plats|ryms|passar|går)\s+i$",
                    re.IGNORECASE)
_BEFORE_AN_ARTICLE = re.compile(r"\s(?:till|för|åt|mot|efter|på|från|i|av|med|utan|under|över)$", re.IGNORECASE)
# a verb's endings in the present tense and the infinitive, left of it as a compound's first part ("grillar",
# "grilla": "grill" of "Grillkorv"; "steker": "stek" of "Stekfläsk")
_VERB_ENDING = re.compile(r"(?<=[^\W\d_]{3})(?:ar|er|r|a)$", re.IGNORECASE)


_NEGATED = re.compile(r"\b(?:%s)$" % "|".join(sorted(SORT_NEGATIONS)), re.IGNORECASE)
_WITH = re.compile(r"(?:med|i|utan)\s", re.IGNORECASE)  # what the goods are with, in or without
_FROM = re.compile(r"\s(?:från|ur)\s", re.IGNORECASE)  # where the goods are from


def said_before(text: str) -> str:
    """"rödbetor som är förkokta", "getost rulle den runda" say what a Swedish name writes before the
    thing: "förkokta rödbetor", "runda getost rulle". A relative clause holding a purpose ("kakor som är
    till kaffet") is left as said. "The one with ..." ("korv till hunden, den med lamm och ris") says what
    a name writes after the thing: "korv med lamm och ris till hunden". What is done with the goods ("korv
    som man grillar") is said as a compound's first part: "grill korv"; what the client does with them
    ("halloumi som hon kan steka") is a use, as "att" says it: "halloumi att steka". What fits in the goods
    ("kuvert som ett a4 papper får plats i") is what they are for: "kuvert för a4 papper". Where the goods are from
    stays after the thing ("korv den magra från lithells": "magra korv från lithells")."""
    if held := _HOLDS.match(text.strip()):
        return f"{held['thing']} för {held['what']}"
    match = _RELATIVE.match(text.strip())
    if match is None or _NEGATED.search(match["thing"]):
        return text  # "kaffe inte det mörkrostade": the sort not wanted (compounds.join_without)
    thing, how = match["thing"], match["how"]
    if _BEFORE_AN_ARTICLE.search(thing) and not (match["use"] or match["done"]):
        return f"{thing} {how}"  # "salladsost till den grekiska salladen": the purpose's article, no pointer
    if match["does"]:  # "rödbetor som jag kokar": what the client does with it, a use as "kan koka" says it
        verb, *rest = how.split()
        return " ".join([thing, "att", f"{verb[:-2]}a", *rest])
    if match["use"]:  # "halloumi som hon kan steka": what she does with it, a use ("att steka"), no sort of it
        whom = f" till {match['whom']}" if match["whom"] else ""  # "tuggpinnar som hunden kan gnaga på"
        return f"{thing}{whom} att {how}"
    if _PURPOSE.search(f" {how} "):
        return text
    if match["done"]:  # "korv som man grillar": what is done with the goods, as a compound's first part writes it
        verb, *rest = how.split()
        how = " ".join([_VERB_ENDING.sub("", verb), *rest])
    if _WITH.match(how):  # "korv den med lamm och ris": the goods with it, said after the goods, before
        use = _PURPOSE.search(thing)  # what they are for ("kattmat till katten dom med fisk i gelé")
        return f"{thing[:use.start()].rstrip(' ,')} {how} {thing[use.start():].strip(' ,')}".strip() if use \
            else f"{thing.rstrip(' ,')} {how}"
    if where := _FROM.search(how):  # "middagskorv den magra från lithells": where from stays after the thing
        return f"{how[:where.start()]} {thing} {how[where.start():].strip()}"
    return f"{how} {thing}"


def scent_first(text: str) -> str:
    """A scent said after the goods ("diskmedel som luktar citron", "med doft av citron", "med citrondoft") is
    written first as a name writes it ("Citron Diskmedel", "Diskmedel Citron"): "citron diskmedel"."""
    if (said := _scent_said(text)) is None:
        return text
    before, scent, after = said
    return f"{scent} {before} {after}".strip()


def scent_apart(text: str) -> tuple[str, str]:
    """The goods and the scent said after them with what follows it ("sköljmedel som doftar äpple":
    "sköljmedel", "äpple"), as split_accompaniment splits "med"; the text and nothing where it says none."""
    if (said := _scent_said(text)) is None:
        return text, ""
    before, scent, after = said
    return before, f"{scent} {after}".strip()


def _scent_said(text: str) -> tuple[str, str, str] | None:
    """What comes before a scent said, the scent, and what comes after it; None where no scent is said."""
    match = _SCENT.search(text)
    if match is None:
        return None
    scent = match["a"] or match["b"] or match["c"]
    return text[:match.start()].strip(), scent, text[match.end():].strip()


# a scent of one word, or two listed ("som doftar äpple och päron")
_SCENTS = r"[^\W\d_]+(?:\s+(?:och|o|&)\s+(?!(?:en|ett)\b)[^\W\d_]+)?"
_SCENT = re.compile(rf"\s+(?:som\s+(?:luktar|doftar)\s+(?P<a>{_SCENTS})|med\s+doft\s+av\s+(?P<b>{_SCENTS})"
                    r"|med\s+(?P<c>[^\W\d_]{3,}?)\s?doft)(?!\w)", re.IGNORECASE)


def split_accompaniment(text: str) -> tuple[str, str]:
    """"Pasta med Skinka" is a pasta, "Sill i Dill" a herring: what follows med/i/utan describes it,
    as where it comes from does ("ägg från frigående hönor" are eggs, "knäcke från leksands" bread,
    "svampbollar ur frysen" mushroom balls: "ur" is said as "från" is)."""
    match = _ACCOMPANIMENT.search(text)
    return (text[:match.start()], text[match.end():]) if match else (text, "")


# "av" or "på", or either after a word for made or baked ("yoghurt på havre", "knäcke gjort på havre")
_MATERIAL = re.compile(r"\s(?:(?:gjord|gjorda|gjort|bakad|bakade|bakat|bakt|bakta)\s+(?:på|av)|av|på)\s",
                       re.IGNORECASE)


def split_material(text: str) -> tuple[str, str]:
    """"champagneglas av plast", "tallrikar av papper", "hamburgerbröd bakade på surdeg", "yoghurt på havre":
    what a thing said is made of or on, after "av", "gjord på" or "på", describes it as a "med" word does (see
    split_accompaniment); so does what it comes in ("sill på glas": no drinking glass). Read in requests only: a
    name writing "av" ("Pepparbiff av Nöt") is read as the catalog's words are."""
    match = _MATERIAL.search(text)
    return (text[:match.start()], text[match.end():]) if match else (text, "")


def is_number(token: str) -> bool:
    """A token of `tokens` that is a number ("12", "1,5", "3%"), not a code ("9v") nor several in one ("3i1")."""
    return (token[:1].isdigit() and not token[-1].isalpha() and "x" not in token and "×" not in token
            and "i" not in token)


# Words the stemmer takes to another word's stem: "sylta" (a meat product) is no "sylt" (jam),
# "skalade räkor" (peeled) are not "räkor med skal" (in their shells).
_OWN_STEMS = {"sylta": "sylta", "syltan": "sylta", "syltor": "sylta",
              "skalad": "skalad", "skalade": "skalad", "skalat": "skalad", "oskalad": "oskalad",
              "oskalade": "oskalad", "oskalat": "oskalad",
              # medicine brands the stemmer cuts to another word ("Batteri 9 Volt" is no pharmacy goods)
              "voltaren": "voltaren", "nicorette": "nicorette",
              # plasters, which the stemmer cuts to "plast" (plastic): "champagneglas av plast" is no pharmacy goods
              "plåster": "plåster", "plaster": "plåster",
              # a colour's neuter, which the stemmer keeps ("ett rött" is the "Ljus Röd", "vitt" a "Vit")
              "rött": "röd", "vitt": "vit", "blått": "blå", "grått": "grå", "gult": "gul", "grönt": "grön",
              "brunt": "brun",
              # coarse and fine, of flour or mince, in any form ("grovmalet rågmjöl" is the "Rågmjöl Grovt",
              # "Nötfärs Grovmalen" a coarse one): the stemmer leaves "grovt" and "grovmal" apart from "grov"
              "grovt": "grov", "grovmalet": "grov", "grovmalen": "grov", "grovmalt": "grov", "grovmalda": "grov",
              "finmalet": "finmal", "finmalen": "finmal", "finmalt": "finmal", "finmalda": "finmal",
              # a participle's weak and strong forms, which the stemmer takes apart ("malet pomeransskal" is the
              # "Pomeransskal Malda", "rivna morötter" "Morötter Riven"); "malt" is also the grain
              "malen": "mald", "malet": "mald", "malna": "mald", "malda": "mald",
              "rivna": "riv", "skurna": "skur",
              # an adjective in -er drops its e before -a ("magra", "mager"), which the stemmer keeps apart
              "magra": "mag", "magert": "mag",
              # the colour pink, which the stemmer cuts to a rose ("Termosmugg Rosa" is no flower)
              "rosa": "rosa",
              # plurals naming the nuts and sweets themselves, whose singular in -el is a flavour or a sort
              # ("Mandeldryck", "Finskorpor Mandel", "Potatis Mandel"; "Tryffel Chips"): kept apart from it
              "mandlar": "mandlar", "mandlarna": "mandlar", "tryfflar": "tryfflar", "tryfflarna": "tryfflar"}

# a noun ending in a vowel takes -n in the plural ("frö", "frön"; "hjärta", "hjärtan"), which the stemmer
# leaves on
_N_PLURALS = ("frön", "fröna", "fron", "frona", "hjärtan", "hjärtana", "hjartan", "hjartana")
# the neuter of an adjective in "-fri" doubles its t ("parfymfritt", "sockerfritt"), which the stemmer keeps
_FREE_NEUTER = "fritt"
# "gelé" (jelly), folded to "gele", which the stemmer cuts to "gel" (a hair or cleaning gel), in the
# singular and the plural ("geléer"): "Lavender Gel Doftblock" is no jelly
_JELLY, _JELLY_PLURALS = "gele", ("geleer", "geleerna")
# an English loanword's plural after a w ("marshmallows"), which Swedish words never end in: the stemmer
# cuts the -s of an English plural after most consonants ("muffins", "nuggets") but not after this one
_ENGLISH_W_PLURAL = "ws"
# a noun in -en drops the e before its plural -ar ("pizzabotten", "pizzabottnar"; "öken", "öknar"), which the
# stemmer cannot put back; not after a consonant that ends such a stem without an e ("ugn", "famn", "kvarn",
# "pinne"). A noun in -el does the same ("havrerundel", "havrerundlar"; "nyckel", "nycklar"), not after
# an l or r ("bollar", "karlar")
_DROPPED_E = re.compile(r"[aeiouyåäöé][^aeiouyåäöé]*?"
                        r"(?:[bcdfkpstvxz](?P<n>n)|[bcdfgkpstvxz](?P<l>l))(?:ar|arna|arnas)$")
# an adjective in -en drops the e before its -a ("mogen", "mogna"; "öppen", "öppna"; "naken", "nakna"): after a
# vowel and one of the consonants that end such stems, so a noun's definite plural ("lökarna") is none
_DROPPED_E_ADJECTIVE = re.compile(r"[aeiouyåäö][gkp]{1,2}na$")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem repeated until stable, then the folded key: mjölken, mjolken → mjolk.

    Once is not enough: the Swedish stemmer takes "tomater" to "tomat" but "tomat" to "tom".
    """
    if word in _OWN_STEMS:
        return fold(_OWN_STEMS[word])
    if word.endswith(_JELLY_PLURALS):  # "vinbärsgeléer" is jelly, which the stemmer would cut to a gel
        return fold(word[:word.rindex(_JELLY) + len(_JELLY)])
    if word.endswith(_JELLY):
        return fold(word)
    if word.endswith(_N_PLURALS):  # "solrosfrön" is the plural of "solrosfrö", no other stem
        word = word[:-1] if word[-1] == "n" else word[:-2]
    elif word.endswith(_FREE_NEUTER):  # "parfymfritt" is "parfymfri" as "parfymfria" is
        word = word[:-2]
    elif dropped := _DROPPED_E.search(word):  # "pizzabottnar" → "pizzabotten", "nycklar" → "nyckel"
        end = "n" if dropped["n"] else "l"
        word = f"{word[:dropped.start(end)]}e{end}"
    elif _DROPPED_E_ADJECTIVE.search(word):  # "mogna", "ätmogna" → "mogen", "ätmogen"
        word = f"{word[:-2]}en"
    elif word.endswith(_ENGLISH_W_PLURAL):  # "marshmallows": Snowball cuts an -s after no "w"
        word = word[:-1]
    while (shorter := _kept_pair(word, _STEMMER.stemWord(word))) != word:
        word = shorter
    return fold(word)


_A_FIRST_PART = "ved"  # any first part of a compound (see stem_as_last_part)


def stem_as_last_part(word: str) -> str:
    """A word's stem where it ends a compound: the stemmer leaves a short word letters it cuts at the end of a
    longer one ("rökt" is "rokt", but "vedrökt" is "vedrok")."""
    return stem(f"{_A_FIRST_PART}{word}")[len(_A_FIRST_PART):]


# endings of a Swedish noun in either number, definite or not ("bulle", "bullar", "bullarna"; "påse", "påsar"):
# two words of one stem ending in them are one noun, where "gräddat" (a participle) is another word than "grädde"
ENGLISH_PLURAL = "s"
NOUN_ENDINGS = frozenset({"", "e", "a", "o", "r", "n", "ar", "or", "er", "en", "et", "na", "arna", "orna", "erna"})


def one_noun(said: str, written: str, word_stem: str) -> bool:
    """Two folded words of the stem that differ only by a noun's number or definiteness: "kardemummabullar"
    said is the "Kardemummabulle" written; so is a loanword said in Swedish as one, which a name writes in its
    English plural ("marshmallow" said is the "Marshmallows" written, no "Marshmallow Fluff" before it)."""
    return (said.startswith(word_stem) and written.startswith(word_stem) and said[len(word_stem):] in NOUN_ENDINGS
            and (written[len(word_stem):] in NOUN_ENDINGS or written[len(word_stem):] == ENGLISH_PLURAL))


# Snowball's consonant-pair step cuts the last of a doubled consonant only inside R1, which starts later in a
# short word than in a compound: "grädde" → "grädd" but "vispgrädde" → "vispgräd", "kött" but "nötkött" →
# "nötköt". Its other pairs (kt, gt, dt, gd) are mostly an adjective's neuter ("ekologiskt"), cut as meant.
_DOUBLED = frozenset({"dd", "nn", "tt"})
# the plural of a noun in -ot or -öt doubles its t ("morot", "morötter"; "jordnöt", "jordnötter"): cut as meant
_OT_PLURALS = ("ötter", "ötterna", "otter", "otterna")


# the pairs the step also cuts, kept where they end a noun of Swedish itself ("frukt", "vikt", "växt")
_ROOT_PAIRS = frozenset({"kt", "gt", "dt", "gd"})
MIN_ROOT = 4  # letters of such a noun ending the word: "iskt" of "ekologiskt" is none


def _kept_pair(word: str, stemmed: str) -> str:
    """The stem with the consonant the pair step cut put back, so a compound's stem ends in its head's
    ("vispgrädd", "nötkött") and "grädde" finds "Vispgrädde". No other step of the stemmer removes a
    letter that makes such a pair with the stem's last (its suffixes start with a vowel, h, s, l or i).
    A pair "kt", "gt", "dt" or "gd" is mostly an adjective's neuter ending ("ekologiskt"), cut as meant,
    but where the word ends in a noun of the dictionary that ends so, it is that noun's root: "blandfrukt"
    stems as "blandfrukter" does, to "blandfrukt", as "frukt" itself is left whole."""
    cut = word[len(stemmed):len(stemmed) + 1]
    pair = stemmed[-1:] + cut
    kept = cut and (pair in _DOUBLED or (pair in _ROOT_PAIRS and _ends_in_a_noun(stemmed + cut))
                    ) and not word.endswith(_OT_PLURALS)
    return stemmed + cut if kept else stemmed


@lru_cache(maxsize=4096)
def _ends_in_a_noun(word: str) -> bool:
    """The word ends in a base form of the Swedish dictionary of `MIN_ROOT` letters or more that is no
    adjective's neuter ("rikt" of "rik" ends "fiberrikt", which stems as "fiberrik" does; see swedish.py;
    without the dictionary, none)."""
    from assistant.catalog.swedish import dictionary  # swedish reads this module's folding
    words = dictionary()
    return any(word[i:] in words and word[i:-1] not in words for i in range(len(word) - MIN_ROOT + 1))


SIZE_WORDS = frozenset({"stl", "strl", "storlek"})
SIZE_LETTERS = frozenset({"xs", "s", "m", "l", "xl", "xxl"})
SIZE_NAMES = {"small": "s", "medium": "m", "large": "l"}  # a size written out is its letter
SIZE_WORD = "storlek"


def is_size_word(word: str) -> bool:
    """A size read as one word ("lstorlek" of "large", "storlek l", "Stl L"; see content_words)."""
    return word.endswith(SIZE_WORD) and word[:-len(SIZE_WORD)] in SIZE_LETTERS


def is_numbered_size(word: str) -> bool:
    """A size by its number read as one word ("storlek 4", "Strl 4" → "4storlek"; see content_words)."""
    return word.endswith(SIZE_WORD) and word[:-len(SIZE_WORD)].isdigit()


def size_letters(words: list[str]) -> frozenset[str]:
    """The sizes a name's tokens write, by letter: a size letter or its name right after a word or
    another size ("Ägg 6p Frigående L", "Ägg M/L", "Gummihandske Medium", "Stl M"), a letter not after a
    number ("1 l" is a litre), a name after one too ("Tandborste 360 Medium")."""
    return frozenset(SIZE_NAMES.get(t, t) for before, t in zip(words, words[1:])
                     if (t in SIZE_LETTERS and before.isalpha()) or t in SIZE_NAMES)


_SIZED = SIZE_WORDS | SIZE_LETTERS | SIZE_NAMES.keys()


def content_words(text: str) -> list[str]:
    """Tokens that can name a product: no numbers, no label noise. A size letter or number after "stl"
    or "storlek" is one word with it ("Stl M", "storlek m" → "mstorlek", "Strl 4" → "4storlek"): a
    glove's or a filter's size is no noise. So is a size's name after a word or a number ("Gummihandske
    Medium", "Tandborste 360 Medium" → "mstorlek", as "Stl M" and "storlek m" are)."""
    return content_of(tokens(text))


def content_of(words: list[str]) -> list[str]:
    """`content_words` of a text's `tokens`."""
    if _SIZED.isdisjoint(words):  # nearly every name and request: the plain filter
        return [t for t in words if not is_number(t) and t not in NOISE and len(t) > 1]
    out: list[str] = []
    previous = ""
    for t in words:
        sized = t in SIZE_LETTERS or (t.isdigit() and len(t) <= 2)
        if sized and previous in SIZE_WORDS and out and out[-1] == previous:
            out[-1] = f"{t}storlek"  # "Strl 4", "storlek 4" → "4storlek": a filter's size too
        elif t in SIZE_NAMES and out:  # after a number too: "Tandborste 360 Medium"; after a size word, the
            if previous in SIZE_WORDS and out[-1] == previous:  # word and the name are one size ("storlek small")
                out.pop()
            out.append(f"{SIZE_NAMES.get(t, t)}storlek")
        elif _SIZE_RANGE.fullmatch(t) and previous in SIZE_WORDS and out and out[-1] == previous:
            out.pop()  # "storlek 40-44": a range of sizes, read by parse_size_range, names no product
        elif _SIZE_CODE.fullmatch(t) and previous in SIZE_WORDS and out and out[-1] == previous:
            out[-1] = t  # "storlek 1x4": the filter's code as names write it ("Kaffefilter 1x4")
        elif not is_number(t) and t not in NOISE and len(t) > 1:
            out.append(t)
        previous = t
    return out


class NameReading(NamedTuple):
    """A product name read once when the index is built: the tokens and words several rules read of
    it (its size range, last word, usual packages, the words the index holds), rather than each rule
    tokenising the name again."""

    tokens: list[str]       # tokens(name)
    words: list[str]        # content_words(name)
    main: str               # the name before "med"/"i"/"utan"... (split_accompaniment)
    rest: str               # what follows
    main_tokens: list[str]  # tokens(main)
    main_words: list[str]   # content_words(main)


def read_name(name: str) -> NameReading:
    every = tokens(name)
    words = content_of(every)
    main, rest = split_accompaniment(name)
    if not rest:
        return NameReading(every, words, main, rest, every, words)
    main_tokens = tokens(main)
    return NameReading(every, words, main, rest, main_tokens, content_of(main_tokens))


@dataclass(frozen=True)
class Size:
    amount: float
    unit: str


def parse_size(text: str) -> Size | None:
    """First size written in the text: "500g", "1,5 l", "4x125g" (→ 500 g)."""
    match = _SIZE.search(text)
    if not match:
        return None
    amount = float(match["amount"].replace(",", "."))
    if match["n"]:
        amount *= int(match["n"])
    return Size(amount, match["unit"].lower())


# a number before a word counting a part of the goods ("Grenuttag med 8 Uttag", "Getost 12 Skivor"), no size
_COUNT_OF = re.compile(r"(?<![\d.,+-])(?P<n>\d{1,3})\s+(?P<word>[^\W\d_]{3,})")


def counts_written(text: str) -> dict[str, int]:
    """What a text counts, by the counted word's stem: "grenuttag med 3 uttag" → {"uttag": 3}. A unit
    ("450 gram", "2 paket") measures the goods or counts packages, no part of them."""
    return {stem(word): int(match["n"]) for match in _COUNT_OF.finditer(casefold(text))
            if (word := match["word"]) not in UNITS}


def parse_pack_count(text: str) -> int | None:
    """How many pieces a multipack written in the text holds: "6-pack ägg" → 6, "Loka Citron 6x33cl" → 6.
    Four digits at most: no pack holds more, and a hostile run of digits is no number to convert."""
    match = _PACK_COUNT.search(text)
    return int(match["n"]) if match else None


def parse_packages(text: str) -> int | None:
    """How many packages a multipack of them written "N x size" holds ("Loka Naturell 12x50cl" → 12), where
    `parse_pack_count` counts pieces in one package too ("Fryspåse 2L 50-p")."""
    match = _PACK_COUNT.search(text)
    return int(match["n"]) if match and ("x" in (said := match[0].casefold()) or "×" in said) else None


@lru_cache(maxsize=1 << 14)  # asked of every candidate's name where pieces are counted (packages.pieces_in)
def parse_pieces(text: str) -> int | None:
    """How many pieces a multipack written in the text holds ("Ägg 6-p", "Baguette 4-pack", "Loka 6x33cl"):
    `parse_pack_count` save the portions a dish serves ("Fiskgratäng 2-port" is one package of a dish)."""
    match = _PACK_COUNT.search(text)
    return int(match["n"]) if match and "port" not in match[0].casefold() else None


def parse_size_range(text: str) -> tuple[int, int] | None:
    """A range of sizes the text writes as a word of its own ("Strumpbyxa 40-44 80 Den" → (40, 44); not
    "12-14mån" nor "3,8-4,5%"). A request's phrase holds one only where the range is a size: after a size
    word ("strumpor storlek 37-40") or before a count of the goods ("strumpbyxor 40-44 1 st"); a range
    read as an amount is no word of the phrase (nlu quantities)."""
    return size_range_of(tokens(text))


def size_range_of(words: list[str]) -> tuple[int, int] | None:
    """`parse_size_range` of a text's `tokens`."""
    for t in words:
        match = _SIZE_RANGE.fullmatch(t)
        if match and int(match["low"]) <= int(match["high"]):
            return int(match["low"]), int(match["high"])
    return None


def parse_grade(text: str) -> str | None:
    """A grade written with a plus sign, one form however it is written: "+2,0", "+2.00" → "+2",
    "+2.50" → "+2.5", "55+" → "55+"; None when the text writes none."""
    match = _GRADE.search(text)
    if match is None:
        return None
    if match["from"]:
        return f"{int(match['from'])}+"
    return f"+{float(match['up'].replace(',', '.')):g}"


def parse_percent(text: str) -> float | None:
    """Fat or alcohol percentage written in the text: "Mellanmjölk 1,5%" → 1.5."""
    match = _PERCENT.search(text)
    return float(match["low"].replace(",", ".")) if match else None


def says_months(text: str) -> bool:
    """The text says an age in months ("Fullkornsgröt Mild 8M", a request's "8m" of "åtta månader"):
    no grocery is counted in months, so it is a small child's (or, on a household roll, metres)."""
    return _CHILD_MONTHS.search(text) is not None


def age_in_months(text: str) -> int | None:
    """The age in months a name or request writes ("Välling 18M" → 18, "Fullkornsvälling 1år" → 12, a
    request's "8m" of "åtta månader"), the youngest of a range ("1-3år" → 12); None when it writes none."""
    found = _AGE.search(text)
    if found is None:
        return None
    return int(found["n"]) * (12 if found["unit"].casefold() == "år" else 1)
