"""Words of Swedish itself, so that typo correction never turns a real word into another one.

"glödlampa" is no typo of "Globlampa": a shop that sells no light bulbs should say so, not propose a
lamp as if it were one. The word list is hunspell's Swedish dictionary (Debian package hunspell-sv,
in the Makefile's APT_PACKAGES); without it, only the catalog's and the lexicon's words count as real
(the service works, typo correction is merely less careful).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache
from pathlib import Path

from assistant.catalog.normalize import casefold, fold

DICTIONARY = Path("/usr/share/hunspell/sv_SE.dic")
# Endings of Swedish inflected forms; a form is a word when its base is: "glödlampor" → "glödlamp(a)".
_ENDINGS = ("orna", "arna", "erna", "ornas", "en", "et", "na", "or", "ar", "er", "n", "t", "r", "s", "a", "e")
_BASE_ENDINGS = ("", "a", "e")
_DOUBLED_ENDS = ("mm", "nn")
# Plurals that change the vowel, as written and å/ä/ö-folded: "morötter" → "morot", "tänder" → "tand",
# "böcker" → "bok"; no ending above reaches their base.
_UMLAUT_PLURALS = (("ötter", "ot"), ("otter", "ot"), ("änder", "and"), ("ander", "and"), ("öcker", "ok"),
                   ("ocker", "ok"))


@cache
def dictionary(path: Path = DICTIONARY) -> frozenset[str]:
    """Base forms of the dictionary's common words as written, å/ä/ö kept ("rakost" typed without
    them is no "råkost"); names, written capitalised, are left out."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]  # the first line is the entry count
    except OSError:
        return frozenset()
    return frozenset(entry for line in lines if (entry := line.split("/", 1)[0]) and entry[0].islower())


@cache
def folded_dictionary(path: Path = DICTIONARY) -> frozenset[str]:
    """The dictionary å/ä/ö-folded, to compare with the index's folded words."""
    return frozenset(fold(word) for word in dictionary(path))


@lru_cache(maxsize=100_000)
def lemmas(folded: str, words: frozenset[str]) -> frozenset[str]:
    """The dictionary words a folded word is a form of: itself when listed, else its bases by
    ending ("graddat" → "gradda", a verb; "tomater" → "tomat"); empty when unknown."""
    if folded in words:
        return frozenset({folded})
    # a word ending in a short vowel and m or n doubles it before an ending ("badrum", "badrummet"; "mun",
    # "munnen"): undone only where nothing else is found ("lammet" is of "lamm", no "lam")
    return _bases(folded, words) | _umlaut_bases(folded, words) or _bases(folded, words, undouble=True)


def _bases(folded: str, words: frozenset[str], undouble: bool = False) -> frozenset[str]:
    """The dictionary words a form is of by its ending; `undouble`: the m or n doubled before it dropped."""
    kept = [folded[:len(folded) - len(end)] for end in _ENDINGS if folded.endswith(end)]
    if undouble:
        return frozenset(base for before in kept if before.endswith(_DOUBLED_ENDS)
                         and len(base := before[:-1]) >= 3 and base in words)
    return frozenset(base for before in kept if len(before) >= 3
                     for base in (*(before + add for add in _BASE_ENDINGS), *_with_its_e(before)) if base in words)


def _with_its_e(before: str) -> tuple[str, ...]:
    """A noun in -el, -er or -en drops the e before an ending ("gaffel", "gafflar"; "åker", "åkrar"): the
    root with it put back, where it ends in a consonant and l, r or n."""
    return (f"{before[:-1]}e{before[-1]}",) if before[-1] in "lrn" and before[-2] not in _VOWELS else ()


def _umlaut_bases(word: str, words: Collection[str]) -> frozenset[str]:
    """The dictionary words a plural that changes the vowel is of ("morötter": "morot")."""
    return frozenset(base for end, singular in _UMLAUT_PLURALS
                     if word.endswith(end) and (base := word[:len(word) - len(end)] + singular) in words)


def base_form(word: str, words: frozenset[str] | None = None) -> str:
    """The shortest dictionary word a form is of, folded ("pizzan" → "pizza", "golvet" → "golv"),
    or the folded word itself: the stemmer leaves a definite "pizzan" whole."""
    folded = fold(casefold(word))
    found = lemmas(folded, folded_dictionary() if words is None else words)
    return min(found, key=lambda w: (len(w), w)) if found else folded


def different_words(said: str, written: Collection[str], words: frozenset[str] | None = None) -> bool:
    """Every written form sharing a stem with the word said is a form of another dictionary word:
    "grädde" (cream) and "Gräddat" (baked) share the stem "gradd" only. Unknown forms prove nothing."""
    words = folded_dictionary() if words is None else words
    mine = lemmas(said, words)
    if not mine or not written:
        return False
    for form in written:
        theirs = noun_lemmas(form, words)
        if not theirs or theirs & mine or (theirs == {form} and _plurals_of_one_noun(said, form)):
            return False
    return True


PLURAL_ENDINGS = frozenset({"ar", "er", "or"})
PLURAL_ROOT = 4  # letters before the ending: "öster" and "östar" are no plurals of one noun


def _plurals_of_one_noun(said: str, written: str) -> bool:
    """Two plurals of one root, which Swedish lets a noun make either way: "kikärter" (of "kikärt") and the
    "Kikärtor" a store writes are one pea. Asked only of a written plural the dictionary knows no base of
    (it lacks "kikärta"): one it bases on another noun is that noun's ("Pölser" of "pölse", no "pölsor")."""
    return (said[:-2] == written[:-2] and len(said) - 2 >= PLURAL_ROOT
            and said[-2:] in PLURAL_ENDINGS and written[-2:] in PLURAL_ENDINGS)


def noun_lemmas(folded: str, words: frozenset[str]) -> frozenset[str]:
    """`lemmas` of a name word, which names a thing: a plural in -er is of a noun in -e or none
    ("Pölser" of "pölse", a sausage; "Bakelser" of "bakelse"), never of a noun in -a, whose plural
    ends in -or ("pölsa": "pölsor"); only a verb in -a makes -er ("köpa": "köper"), and names
    seldom say verbs. Where no other base is known, the -a one stands."""
    found = lemmas(folded, words)
    if len(found) > 1 and folded.endswith("er") and (others := frozenset(
            base for base in found if not (base.endswith("a") and base[:-1] == folded[:-2]))):
        return others
    return found


_PARTICIPLE = ("ad", "ade", "at", "ada")  # a verb's past participle: "kryddad(e)", "saltat"


def participle_of(said: str, written: str) -> bool:
    """The written word is the past participle of the verb made of the noun said: "Kryddade"
    (seasoned) of "kryddor", "Saltade" of "salt", "Mosad" of "mos". Goods so made are seasoned or
    mashed with the thing; they are not the thing ("Kycklingstrimlor Kryddade" are no spices)."""
    said, written = fold(casefold(said)), fold(casefold(written))
    if said.endswith(_PARTICIPLE):
        return False
    base = base_form(said)
    root = base[:-1] if base.endswith(("a", "e")) else base
    return any(written == root + end for end in _PARTICIPLE)


def a_participle(word: str) -> bool:
    """A verb's past participle ("färgat", "kryddade"): its ending after a verb Swedish has ("färga", "krydda"). A
    noun ending so is none where no such verb is ("tomat": no "toma"); where one is ("sallat", "salla"), the
    caller's vocabulary tells."""
    folded = fold(casefold(word))
    return any(folded.endswith(end) and len(folded) > len(end) + 2 and folded[:-len(end)] + "a" in folded_dictionary()
               for end in _PARTICIPLE)


def is_swedish(word: str, words: frozenset[str] | None = None) -> bool:
    """A Swedish word or an inflected form of one ("glödlampor"); `words` defaults to the dictionary."""
    words = dictionary() if words is None else words
    word = casefold(word)
    if word in words:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 3 and word[:len(word) - len(end)] + base in words
               for end in _ENDINGS for base in _BASE_ENDINGS) or bool(_umlaut_bases(word, words))


def _spelling_key(word: str) -> str:
    """"medvurst" and "medwurst", "matjessill" and "matjesill", "pumpernikel" and "pumpernickel",
    "schnitsel" and "schnitzel" (Swedish writes no z of its own) spell one word."""
    key = word.replace("w", "v").replace("ck", "k").replace("z", "s")
    return "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])


def same_spelling(a: str, b: str) -> bool:
    """Two folded words that differ only by a doubled letter, w/v, ck/k or z/s ("pomac" and "pommac"): the
    commonest slip of Swedish spelling, so a closer reading than any other word as near."""
    return _spelling_key(a) == _spelling_key(b)


def respelled_form(said: str, read: str) -> bool:
    """The folded word said is the word read respelled (`same_spelling`), or an inflected form of such a
    respelling: "rundstyken" is the plural of "rundstyke", "ck" written "k" of "Rundstycke". An inflected
    form of the very word read ("stekpasar" of "stekpase") is no respelling."""
    if same_spelling(said, read):
        return True
    bases = {said[:len(said) - len(end)] + base for end in _ENDINGS for base in _BASE_ENDINGS
             if said.endswith(end) and len(said) - len(end) >= 3}
    return read not in bases and any(same_spelling(base, read) for base in bases)


def form_of(said: str, read: str, words: frozenset[str] | None = None) -> bool:
    """The catalog word a correction read is the very word said: an inflected form of it ("keson" is
    the keso, "schampot" the schampo, by the dictionary's endings) or its commonest misspelling (a
    doubled letter, w/v, ck/k: "pomac" for "Pommac"). No doubt of what is meant, unlike a typo read
    as its nearest catalog word ("mjök"). Without the dictionary only the respellings count."""
    said, read = fold(casefold(said)), fold(casefold(read))
    return (respelled_form(said, read) or participle_forms(said, read)
            or read in lemmas(said, folded_dictionary() if words is None else words))


def participle_forms(said: str, read: str) -> bool:
    """A strong verb's participle in -et and its form in -t are one word: "finmalet" and "Finmalt" (of
    "mala", both written), "grovmalt" and "Grovmalet". Folded words."""
    short, long = (said, read) if len(said) < len(read) else (read, said)
    return len(short) > 4 and long.endswith("et") and short == long[:-2] + "t"


def another_word(said: str, read: str) -> bool:
    """A correction that makes a real word into another one: not an inflection of it ("schampot"
    read as "schampo", "keson" as "keso") nor another spelling ("medvurst" as "medwurst")."""
    said = fold(casefold(said))
    read = fold(casefold(read))
    if said.startswith(read) or read.startswith(said) or same_spelling(said, read) or participle_forms(said, read):
        return False
    return True


# a word this long ends only compounds of its own: "tandstickor" of "Bordstandstickor" (a short one, "kal",
# ends other words: "lokal")
_LONG_WORD = 5


# the letters normalize.fold makes plain, by the letter they fold to
_DOTTED = {"a": "[aåäæ]", "o": "[oöø]", "u": "[uü]"}


@lru_cache(maxsize=256)
def _saying(word: str, any_dots: bool = False) -> re.Pattern[str]:
    """A word of a text that is `word` or, for a long one, a compound ending in it; `any_dots`: with
    any å/ä/ö where `word` has a/o (the word as normalize.fold reads it). A pattern, not a loop over
    the text's words: it is read for every candidate of a query. A long word needs no start of a word
    before it, as any letters may lead a compound: searched for without one, the pattern has no letters
    to try back and forth at each place of the text (it finds the same words, twice as fast)."""
    letters = "".join(_DOTTED.get(c, re.escape(c)) for c in fold(word)) if any_dots else re.escape(word)
    start = "" if len(word) >= _LONG_WORD else r"(?<!\w)"
    return re.compile(rf"{start}{letters}(?!\w)")


def written_as_typed(typed: str, text: str) -> bool:
    """The text (case-folded, å/ä/ö kept) writes the word as typed, å/ä/ö and all ("Tandstickor
    Refill" for "tandstickor")."""
    return _saying(typed).search(text) is not None


def written_otherwise(typed: str, text: str) -> bool:
    """The text writes the word typed, in that very form, only with other å/ä/ö: "Tändstickor"
    (matches) for "tandstickor" (toothpicks), "Bär" for "bar". Where some name writes the word as typed
    (`written_as_typed`), such a name is another word; where none does, the typist may merely have left
    the dots out. Another form is no other word: Swedish plurals change vowels ("Morot" of "morötter")."""
    return written_otherwise_of(typed)(text)


@lru_cache(maxsize=256)
def written_otherwise_of(typed: str) -> Callable[[str], bool]:
    """`written_otherwise` of one word typed, what it reads of the word alone worked out once: a query
    asks it of every candidate's text."""
    plain = fold(typed) == typed
    as_typed, any_dots = _saying(typed).search, _saying(typed, any_dots=True).search

    def written(text: str) -> bool:
        if plain and text.isascii():
            return False  # no dots on either side
        return as_typed(text) is None and any_dots(text) is not None
    return written


def part_written_otherwise(typed: str, text: str) -> bool:
    """A compound's first part typed with å/ä/ö ("häll" of "hällakakor") that the text (case-folded,
    å/ä/ö kept) writes only with other letters, inside whatever word: "Hallon & Lakrits kakor" says
    "hall" but no "häll", a raspberry's, no "hällakaka". A name writing it as typed ("Hällakaka") is no
    other word."""
    return typed not in text and fold(typed) in fold(text)


_VOWELS = "aeiouyåäö"


def neuter(adjective: str) -> str:
    """An adjective's neuter form, as it stands before a neuter noun: "röd" → "rött" ("Rött Vin"), "vit" →
    "vitt", "blå" → "blått", "grön" → "grönt", "svart" as it is. Folded or not, as given."""
    if adjective.endswith("d") and adjective[-2:-1] in _VOWELS:
        return adjective[:-1] + "tt"
    if adjective.endswith("t"):
        return adjective + "t" if adjective[-2:-1] in _VOWELS else adjective
    return adjective + ("tt" if adjective[-1:] in _VOWELS else "t")


def joined_as_swedish(text: str) -> str:
    """Two words said apart that Swedish writes as one ("till rot mos": the "rotmos"): joined, where the
    dictionary knows the compound and each part is a word of two letters or more. For what goods are for,
    which no name need write, so the catalog's words cannot tell."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i:i + 2]
        if (len(pair) == 2 and all(w.isalpha() and len(w) >= 2 for w in pair)
                and fold(casefold("".join(pair))) in folded_dictionary()):
            out.append("".join(pair))
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
