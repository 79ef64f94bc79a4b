"""Swedish compounds: the last part is the head ("mjölkchoklad" is a chocolate, "mellanmjölk" a milk).

Words are split against a vocabulary (the catalog's own words), so no dictionary ships with the
service; a linking -s- between parts is allowed ("jordgubbssylt", "hushållsost").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Mapping, Sequence
from functools import lru_cache

from assistant.catalog.normalize import casefold, fold, stem
from assistant.catalog.swedish import a_participle, dictionary, folded_dictionary, is_swedish, lemmas
from assistant.nlu.lexicon import DEGREES, SORT_NEGATIONS, SORT_POINTERS

MIN_PART = 3   # shorter parts ("te", "is") split far too much
LINKS = ("s",)
FALLBACK_PART = 4  # parts of a word whose head the vocabulary does not know
# Real Swedish compounds are shorter ("mellanmjölksdryck" has 17 letters): a longer "word" is no
# compound and gets no analysis, which keeps every search below bounded by a constant per letter.
MAX_WORD = 40
MAX_PART = 24  # no known part is longer, so each position tries at most this many part lengths
_WORD = re.compile(r"\S+")
# words of grammar and units a name writes alone ("Ris 10 Min", "Min Favorit", "Den Röda"): a compound's
# head names a thing, so no word ends in one of these as its head ("vitamin" is no "vita" + "min")
NO_HEADS = frozenset({"min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes",
                      "vår", "vårt", "våra", "ert", "era", "deras", "den", "det", "dem", "dom", "som", "och",
                      "från", "till", "med", "för", "utan", "eller", "men", "att"})


def known(word: str, vocabulary: Container[str]) -> bool:
    """A word is known when its folded form or its stem is in the vocabulary (never one longer than
    any compound: see MAX_WORD)."""
    if len(word) > MAX_WORD:
        return False
    if isinstance(vocabulary, CommonHeads):
        return vocabulary.knows(word)
    return fold(word) in vocabulary or stem(word) in vocabulary


def split_compound(word: str, vocabulary: Container[str], heads: CommonHeads | None = None) -> tuple[str, ...]:
    """The word's parts, fewest first ("smörgåsgurka" → smörgås, gurka); (word,) when it cannot split.

    Every part must be known; only the head may be inflected (its stem is known). A word the
    vocabulary knows whole needs first parts of four letters and a head from `heads` (common words,
    when given), so "sallad" and "kyckling" stay whole. Parts keep å/ä/ö (stemming "sås" is not
    stemming "sas"); the vocabulary is looked up folded.
    """
    word = casefold(word)
    if not 2 * MIN_PART <= len(word) <= MAX_WORD:
        return (word,)
    whole = known(word, vocabulary)
    last: Container[str] = heads if heads is not None and whole else vocabulary
    best = _split(word, vocabulary, last, MIN_PART + 1 if whole else MIN_PART)
    if best and len(best) > 1 and (not whole or can_head(best[-1])):
        # a word known whole ends in a head of three letters only when Swedish has it: "butternut" (the
        # "Butternutpumpa") is no "butter" + "nut", though "Coconut" writes it
        return best
    if whole:  # a common head ends it ("brännvins" + "ost"); nothing else splits a word written whole
        real = is_swedish(word)  # see _longer_known_tail: "sparris" is no "spar" + "ris"
        return next((split for i in range(FALLBACK_PART, len(word) - MIN_PART + 1)
                     if can_start(word[i:]) and known(word[i:], last) and can_head(word[i:])
                     and (split := _longer_known_tail(word, i, vocabulary, real)) is not None), (word,))
    return _split_unknown_head(word, vocabulary) or (word,)


class CommonHeads:
    """Heads for splitting a word the vocabulary knows whole: a common word as written, or by its
    stem only when long ("bullar"), since short stems collide ("ling" of "lingon")."""

    def __init__(self, surfaces: Container[str], stems: Container[str], undotted: Container[str] = ()) -> None:
        self.surfaces = surfaces
        self.stems = stems
        # words the catalog writes only without å/ä/ö: a part that writes them ("öst" of "kalkonbröst")
        # is another word, never that head ("ost"); a part typed without them may still be a dotted word
        self.undotted = undotted

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self.surfaces

    def knows(self, word: str) -> bool:
        folded = fold(word)
        if folded != word and folded in self.undotted:
            return False
        return folded in self.surfaces or (len(word) >= 5 and stem(word) in self.stems)


def head(word: str, vocabulary: Container[str]) -> str:
    """The stem of the compound's last part: "mellanmjölken" → "mjolk"."""
    return stem(split_compound(word, vocabulary)[-1])


def _longer_known_tail(word: str, i: int, vocabulary: Container[str], real: bool = False) -> tuple[str, str] | None:
    """A common head inside a longer word that follows a first part is that longer word when the
    letters before the common head are no word: "stekfläsk" is "stek" + "fläsk", never "stekf" +
    "läsk", though "läsk" is the commoner word; so for a three-letter head: "mellanrost" (a coffee roast)
    is "mellan" + "rost", no "mellanr" + "ost" (cheese). A word is one of the catalog or of Swedish (see
    swedish.py), so a small feed that never says "sid" still reads "sidfläsk" as a fläsk.

    `real`: the whole word is a word of Swedish as written ("sparris", asparagus). Letters before the
    head that are Swedish only with other å/ä/ö are then another word, and the split would change the
    word's meaning: "spar" is only "spår" (track), so "sparris" is no "spar" + "ris" (rice). None: no
    split here."""
    if real and _only_dotted(word[:i], vocabulary):
        return None
    if not _is_word(word[:i], vocabulary):
        for j in range(MIN_PART, i):
            if _is_word(word[:j], vocabulary) and (known(word[j:], vocabulary) or _is_word(word[j:], vocabulary)):
                return word[:j], word[j:]
    return word[:i], word[i:]


def _is_word(part: str, vocabulary: Container[str]) -> bool:
    """A word of the catalog or of the Swedish dictionary, a first part also with its linking "s"."""
    folded, words = fold(part), folded_dictionary()
    return folded in vocabulary or folded in words or (folded[-1:] in LINKS and folded[:-1] in words)


def _only_dotted(part: str, vocabulary: Container[str]) -> bool:
    """Letters that are a Swedish word only as another word written with å/ä/ö ("spar": "spår"),
    and no word of the catalog."""
    if fold(part) in vocabulary or not _is_word(part, vocabulary):
        return False
    words = dictionary()
    return part not in words and not (part[-1:] in LINKS and part[:-1] in words)


def can_head(part: str) -> bool:
    """A compound's head is a word of the language: a tail of three letters only when Swedish has
    it ("ost", "ris", "lök"), never an inflection a guess left over ("kamusslor" is no "kamuss" +
    "lor", "hjärtan" no "hjär" + "tan"), though some foreign name of the catalog says it ("Den
    Tan"). Longer tails are left to the vocabulary; without a dictionary (see swedish.py) every
    tail counts."""
    if not _heads(part):
        return False
    if len(part) > MIN_PART:
        return True
    words = folded_dictionary()
    return not words or fold(part) in words


def _heads(part: str) -> bool:
    """The part may be a compound's head: no word of grammar nor unit (`NO_HEADS`)."""
    return casefold(part) not in NO_HEADS


def can_start(part: str) -> bool:
    """No Swedish word begins with a doubled consonant: "tabletter" is not "table" + "tter"."""
    return not (len(part) > 1 and part[0] == part[1] and part[0] not in "aeiouyåäö")


def _split(word: str, vocabulary: Container[str], heads: Container[str], min_first: int) -> tuple[str, ...] | None:
    """Fewest known parts covering the word (ties: the longer head), by dynamic programming."""
    return _best_from(word, vocabulary, heads, min_first, 0, {})


_Parts = tuple[str, ...] | None


def _best_from(word: str, vocabulary: Container[str], heads: Container[str], min_first: int, start: int,
               memo: dict[int, _Parts]) -> _Parts:
    """The best split of `word[start:]`, each start worked out once per word (`memo`)."""
    if start in memo:
        return memo[start]
    rest = word[start:]
    found: _Parts = None
    if not start or can_start(rest):
        found = (rest,) if start and _heads(rest) and known(rest, heads) else None
        for end in range(start + min_first, min(len(word) - MIN_PART, start + MAX_PART) + 1):
            part = word[start:end]
            if fold(part) not in vocabulary:
                continue
            for skip in (0, *(1 for link in LINKS if word.startswith(link, end))):
                if len(word) - end - skip < MIN_PART:
                    continue
                tail = _best_from(word, vocabulary, heads, min_first, end + skip, memo)
                if tail and (found is None or len(tail) + 1 < len(found)
                             or (len(tail) + 1 == len(found) and len(tail[-1]) > len(found[-1]))):
                    found = (part, *tail)
    memo[start] = found
    return found


def _split_unknown_head(word: str, vocabulary: Container[str]) -> tuple[str, str] | None:
    """Two parts when only one side is known: the longest known head ("brännvins" + "ost"), else
    the longest known first part ("kaffe" + "filter" when no product says "filter").

    Both sides need four letters, so short accidental words never split a word.
    """
    for start in range(FALLBACK_PART, len(word) - FALLBACK_PART + 1):
        if can_start(word[start:]) and _heads(word[start:]) and known(word[start:], vocabulary):
            return word[:start], word[start:]
    for end in range(len(word) - FALLBACK_PART, FALLBACK_PART - 1, -1):
        if fold(word[:end]) in vocabulary:
            skip = 1 if word[end] in LINKS and len(word) - end > FALLBACK_PART and word[end + 1:] else 0
            return word[:end], word[end + skip:]
    return None


def short_head_apart(word: str, known_word: Callable[[str], bool], short_kinds: Collection[str]) -> str:
    """A word the catalog does not know that is a word it knows and a kind too short for the splitter to
    cut (`MIN_PART`; the lexicon's "te", "öl"): "kamomillte" is a "kamomill te", a tea, as "Örtte Kamomill"
    is one. The two words, the kind last; else the word as said."""
    if len(word) < FALLBACK_PART + MIN_PART or known_word(word):
        return word
    folded = fold(casefold(word))
    return next((f"{word[:-len(kind)]} {word[-len(kind):]}" for kind in short_kinds
                 if folded.endswith(kind) and known_word(word[:-len(kind)])), word)


_LETTER_PREFIX = re.compile(r"(?<!\w)([^\W\d_])[\s-]+(?=\w)")
_LETTER_WORDS = frozenset("iåö")  # Swedish words of one letter ("sill i dill"), never a prefix


def join_letter_prefixes(text: str, vocabulary: Container[str]) -> str:
    """A lone letter before a word is a letter-prefixed compound when the catalog writes it joined:
    "a fil" and "a-fil" are the "A-Fil" a catalog indexes as "afil" (so "fil" is not read alone)."""
    def joined(m: re.Match[str]) -> str:
        letter, rest = m.group(1), text[m.end():]
        word = _WORD.match(rest)
        if casefold(letter) in _LETTER_WORDS or word is None:
            return m.group(0)
        return letter if fold(casefold(letter + word.group(0))) in vocabulary else m.group(0)
    return _LETTER_PREFIX.sub(joined, text)


_SUSPENDED = re.compile(r"([^\W\d_]{2,})-\s*(&|och|eller|,|/)\s*([^\W\d_]+)", re.IGNORECASE)


def expand_suspended(text: str, split_word: Callable[[str], tuple[str, ...]]) -> str:
    """A first part left hanging on a hyphen shares the next compound's head: "Räk- & Kräftost" is
    "Räkost & Kräftost", "Gluten- och Laktosfri" is "Glutenfri och Laktosfri"."""
    def expanded(m: re.Match[str]) -> str:
        parts = split_word(casefold(m.group(3)))
        return f"{m.group(1)}{parts[-1]} {m.group(2)} {m.group(3)}" if len(parts) > 1 else m.group(0)
    return _SUSPENDED.sub(expanded, text) if "-" in text else text


# a word joined by & or och to the next word, no hyphen between: "Kött & Grillkrydda"
_ELIDED = re.compile(r"(?<![\w-])([^\W\d_]{2,})\s+(&|och)\s+([^\W\d_]+)", re.IGNORECASE)


def expand_elided(text: str, split_word: Callable[[str], tuple[str, ...]], kinds: Container[str]) -> str:
    """A shop often leaves out the hyphen of a first part left hanging: "Kött & Grillkrydda" is a
    "Kött- & Grillkrydda", a köttkrydda and a grillkrydda (no meat), "Kyckling & Morotsoppa" two soups.
    Read so where the word before is a plain word that is no kind of goods of its own (`kinds`: the
    lexicon's, as stems) and the next is a compound ending in one: "Ost & Skinkpaj" may be cheese and a
    pie, "Vitlök & Örter" and "Vägskyltar & Klistermärken" name two things, and "Räkost & Kräftost"
    says each whole."""
    def expanded(m: re.Match[str]) -> str:
        first, joined = m.group(1), m.group(3)
        parts = split_word(casefold(joined))
        if (len(parts) < 2 or stem(casefold(parts[-1])) not in kinds or stem(casefold(first)) in kinds
                or len(split_word(casefold(first))) > 1 or fold(casefold(first)).endswith(fold(parts[-1]))):
            return m.group(0)
        return f"{first}{parts[-1]} {m.group(2)} {joined}"
    return _ELIDED.sub(expanded, text) if "&" in text or " och " in text.casefold() else text


# "utan Socker", "Utan Tillsatt Socker", "Utan Vanligt Socker" (sweetened otherwise): what a name or a request
# says the goods are made without
_SAID_WITHOUT = re.compile(r"\butan\s+(?:(?:tillsatt|vanlig)\w?\s+)?([^\W\d_]{2,})", re.IGNORECASE)
# "inte malda", "ej laktosfri", "som inte är laktosfri": a sort a request says is not wanted; "inte för starkt":
# how much (nlu.lexicon.SORT_NEGATIONS, DEGREES)
_SAID_NOT = re.compile(r"\b(?:som\s+)?(?:%s)\s+(?:(?:är|e)\s+)?(?P<degree>(?:%s)\s+)?(?:(?:%s)\s+)?(?P<sort>[^\W\d_]{2,})"
                       % tuple("|".join(sorted(words)) for words in (SORT_NEGATIONS, DEGREES, SORT_POINTERS)),
                       re.IGNORECASE)


def _unsaid_known(sort: str, vocabulary: Container[str]) -> bool:
    """A name writes the sort's lack with "o-" ("parfymerat": "Oparfymerad"), the prefix on the sort's own stem
    ("stora" is no "o-stora": "ostora" stems to "ost")."""
    unsaid = f"o{sort}"
    return known(unsaid, vocabulary) and stem(unsaid) == f"o{stem(sort)}"


_TASTE, _PLAIN = "smak", "naturell"


def join_without(text: str, vocabulary: Container[str],
                 made_without: Mapping[str, Sequence[str]] | None = None) -> tuple[str, tuple[str, ...]]:
    """"Utan X" is the "X-fri" compound when the catalog writes one: "lammstek utan ben" is a
    "Lammstek Benfri", "kaffe utan koffein" a "koffeinfri" one, never a product "med Ben"; or a word
    `made_without` gives for X that the catalog writes ("riskakor utan salt": "Riskakor Osaltade"). The word
    goes before the words it describes, as an adjective does ("benfri lammstek"), so the thing said
    stays the head: "gösfilé utan skinn" is a fillet, not something "skinnfri". Where the catalog writes
    no such compound, X is what the goods must not have ("bröd utan frön", "sill utan lök"), no word of
    the goods: the text without it, and such words, as said. A sort said not wanted ("bönor inte malda")
    is what the goods lack, unless the catalog's names write the negation ("Gårdsmjölk Ej Homogeniserad"):
    then it is words of the goods."""
    freed: list[str] = []
    lacking: list[str] = []
    def joined(m: re.Match[str]) -> str:
        said = (f"{m.group(1)}fri", *(made_without or {}).get(fold(casefold(m.group(1))), ()))
        word = next((word for word in said if known(word, vocabulary)), None)
        if word is None and fold(casefold(m.group(1))) == _TASTE:
            word = _PLAIN  # "majskakor utan smak": the plain sort, which a name need not write (sorts.plain_says)
        if word is not None:
            freed.append(word)
        else:
            lacking.append(m.group(1))
        return ""
    def unwanted(m: re.Match[str]) -> str:
        if m["degree"]:
            return ""  # "inte för starkt": how much, neither a word of the goods nor one they lack
        if known(f"{m['sort']}fri", vocabulary):
            return m.group(0)  # a name writes it so (`said_free`)
        if _unsaid_known(m["sort"], vocabulary):
            freed.append(f"o{m['sort']}")  # "inte parfymerat": a name's "Oparfymerat", as "osaltat", "oblekt"
            return ""
        lacking.append(m["sort"])
        return ""
    rest = _SAID_NOT.sub(unwanted, _SAID_WITHOUT.sub(joined, text))
    return (" ".join([*freed, *rest.split()]) if rest != text else text), tuple(lacking)


def said_free(name: str) -> list[str]:
    """The "X-fri" compounds a product name says as "utan (tillsatt) X" ("Blodpudding utan Socker",
    "Kvarg Hallon Utan Tillsatt Socker" are "sockerfri"), or "utan vanligt X" ("Vaniljmuffins Utan Vanligt
    Socker": sweetened otherwise, no "vanligtfri"), so a request read by `join_without` finds it."""
    return [f"{casefold(word)}fri" for word in [*_SAID_WITHOUT.findall(name),
                                                *(m["sort"] for m in _SAID_NOT.finditer(name) if not m["degree"])]]


def without_words(name: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """Each "utan (tillsatt) X" of a product name: the stems of its words, X's stem and the "X-fri" compound
    the phrase says ("Utan Tillsatt Socker": "utan", "tillsatt", "sock"; "sock"; "sockerfri"), one sort said
    in three words, which `coverage.name_words` reads as the one word "Sockerfria" is."""
    def stems(word: str) -> set[str]:
        return {stem(casefold(word)), stem(fold(casefold(word)))}
    return tuple((frozenset(s for word in m.group(0).split() for s in stems(word)), stem(casefold(m.group(1))),
                  stem(f"{casefold(m.group(1))}fri"))
                 for m in _SAID_WITHOUT.finditer(name))


def _joined_base(group: list[str], vocabulary: Container[str]) -> str | None:
    """Words said apart whose compound the catalog writes with the last word in its base form:
    a compound inflects on its head, so a plural or definite form the stemmer does not reach joins as
    its base the catalog writes (the base is Swedish's, see swedish.lemmas); letters the word shares
    with it stay as said. ("kyckling hjärtan" joins as said: normalize.stem reaches "hjärtan".)"""
    last = casefold(group[-1])
    if len(last) < MIN_PART or not (words := folded_dictionary()):
        return None
    first = "".join(group[:-1])
    for base in sorted(lemmas(fold(last), words)):
        shared = next((n for n, (a, b) in enumerate(zip(fold(last), base)) if a != b), min(len(last), len(base)))
        written = last[:shared] + base[shared:]
        if fold(casefold(first + written)) in vocabulary:
            return first + written
    return None


def _links_onward(words: list[str], i: int, vocabulary: Container[str]) -> bool:
    """The word after this one ends in the linking -s of a compound's first part and makes a catalog
    word with the word after it ("svarta vinbärs gelé": "Vinbärsgelé"): it belongs to that compound, not
    to one with this word before it, though a name may write that too ("Svartavinbär")."""
    if i + 2 >= len(words) or not all(w.isalpha() for w in words[i:i + 3]):
        return False
    first, linked, last = (fold(casefold(w)) for w in words[i:i + 3])
    return (linked.endswith(LINKS) and len(linked) > MIN_PART and f"{linked}{last}" in vocabulary
            and f"{first}{linked}{last}" not in vocabulary)


def _linked(group: list[str], vocabulary: Container[str]) -> str | None:
    """Two words said apart that the catalog writes as one with the linking -s- Swedish puts between a
    compound's parts ("arrak bollar" → "arraksbollar" for "Arraksboll", as "fläsk kotlett" joins without
    one): only a catalog word, and only after a first part that does not end in -s already."""
    if len(group) != 2 or min(map(len, group)) < MIN_PART:
        return None
    # the stem must reach into the last word: "batterier aaa" is no "batteriersaaa"
    return next((linked for link in LINKS if not group[0].endswith(link)
                 and len(stem(linked := f"{group[0]}{link}{group[1]}")) > len(group[0]) + len(link)
                 and known(linked, vocabulary)), None) or next(
        (linked for whole, linking in LINKING_FORMS if group[0].casefold().endswith(whole)
         and known(linked := f"{group[0][:-len(whole)]}{linking}{group[1]}", vocabulary)), None)


# a first part Swedish writes in another form before the next part: "granatäpple juice" is "Granatäppeljuice"
LINKING_FORMS = (("äpple", "äppel"),)


# what a first part's last vowel may be where Swedish drops it before a linking -s ("ingefära" →
# "ingefärsmarmelad", "kyrka" → "kyrkogård" keeps another): a name may write the word whole
LINKED_VOWELS = ("", "a", "e", "o", "u")


def _unlinked(group: list[str], vocabulary: Container[str]) -> str | None:
    """Two words said apart whose first ends in the linking -s Swedish puts after a compound's first part
    ("ingefärs marmelad", "kycklings soppa") where the catalog writes the compound without it, the part
    whole ("Ingefäramarmelad") or bare ("Kycklingsoppa"): that catalog word. Only where the words make
    no compound as said."""
    first, last = group if len(group) == 2 else ("", "")
    if not first.endswith(LINKS) or len(first) <= MIN_PART + 1 or len(last) < MIN_PART:
        return None
    base = first[:-1]
    # the stem must reach into the last word, as in `_linked`
    return next((joined for vowel in LINKED_VOWELS
                 if len(stem(joined := f"{base}{vowel}{last}")) > len(base) + len(vowel)
                 and known(joined, vocabulary)), None)


def _kind_first(group: list[str], vocabulary: Container[str], describes: Callable[[str], bool]) -> str | None:
    """Two words a written list gives as the kind, then the sort ("sugrör papper"), that the catalog
    writes as one compound led by the sort, with or without the linking -s- ("Papperssugrör"): that
    compound. Tried only where the words in the order said make none, and never where the first word
    `describes` goods (a preparation: "kokta ägg" is no "äggkokta", whose stem is an "Äggkokare")."""
    if len(group) != 2 or min(map(len, group)) < MIN_PART:
        return None
    kind, sort = group
    if describes(kind):
        return None
    if a_participle(kind) and fold(casefold(kind)) not in vocabulary:
        return None  # "färgat hår" is dyed hair, no "hårfärg" (hair dye); a catalog's word ("Sallat") may lead
    return next((joined for link in ("", *LINKS) if not (link and sort.endswith(link))
                 and len(stem(joined := f"{sort}{link}{kind}")) > len(sort) + len(link)
                 and known(joined, vocabulary)), None)


def _another_sort_follows(words: list[str], after: int, vocabulary: Container[str]) -> bool:
    """A catalog word follows a kind and its sort: a list of sorts after the kind, as shops write "Kind Sort
    Sort" ("juice äpple hallon" is a "Juice Äpple Hallon"), which no compound led by the first sort is."""
    return (after < len(words) and words[after].isalpha() and fold(casefold(words[after])) not in PURPOSE_WORDS
            and fold(casefold(words[after])) in vocabulary)


# words that say what goods are for or against ("till", "för", "åt", "mot"), folded: joined to the next word
# only where the catalog writes the very compound
PURPOSE_WORDS = frozenset({"till", "for", "at", "mot"})


def join_split_compounds(text: str, vocabulary: Container[str],
                         ends_a_word: Callable[[str], bool] | None = None,
                         describes: Callable[[str], bool] = lambda word: False) -> str:
    """Join words a recogniser split ("mellan mjölk" → "mellanmjölk") when the joined word is known,
    or, given `ends_a_word` (a stem → whether a catalog word ends with it), when a longer catalog
    word ends with it: "kyckling klubbor" is the compound of "Majskycklingklubba", as the one word
    "kycklingklubbor" is read. `describes`: words that never lead as a kind said before its sort
    (see `_kind_first`).

    Pure and catalog-driven so the speech component can reuse it for transcript repair; words are
    kept as written, only the space between them goes.
    """
    words = _WORD.findall(text)
    out: list[str] = []
    i = 0
    while i < len(words):
        for span in (4, 3, 2):
            if span == 2 and _links_onward(words, i, vocabulary):
                out.append(words[i])  # "svarta vinbärs gelé": "vinbärs" is the first part of "vinbärsgelé"
                i += 1
                break
            group = words[i:i + span]
            if len(group) == span and all(w.isalpha() for w in group) and min(map(len, group)) >= 2:
                joined = "".join(group)
                if fold(casefold(group[0])) in PURPOSE_WORDS and fold(casefold(joined)) not in vocabulary:
                    continue  # "smör till baket": what the goods are for, no "Tillbaka" by its stem
                # by its stem only when no part is tiny: "grönt te" is not "gröntte" (stem "grönt"),
                # and when the last word reaches into the stem: "batterier aaa" is no "batterieraaa",
                # though the stemmer cuts that to "batteri"
                long_enough = min(map(len, group)) >= MIN_PART and len(stem(joined)) > len("".join(group[:-1]))
                if fold(casefold(joined)) in vocabulary or (long_enough and (
                        known(joined, vocabulary)
                        or (ends_a_word is not None and ends_a_word(stem(casefold(joined)))))):
                    out.append(joined)
                    i += span
                    break
                if (base := _joined_base(group, vocabulary)) is not None:
                    out.append(base)
                    i += span
                    break
                if (linked := _linked(group, vocabulary) or _unlinked(group, vocabulary)
                           or (None if _another_sort_follows(words, i + span, vocabulary)
                               else _kind_first(group, vocabulary, describes))) is not None:
                    out.append(linked)
                    i += span
                    break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


@lru_cache(maxsize=1 << 16)  # asked at build per distinct word, and per candidate of a bare word asked
def before_a_cut(word_stem: str, cuts: frozenset[str]) -> tuple[str, ...]:
    """What animal a name word the splitter left whole or cut elsewhere is a cut of, where it ends in
    one: "Sjötungafilé" is sole and "Slätvarsfilé" brill (a linking s or none), as "Makrillfilé" is
    mackerel, though the catalog writes those fish nowhere alone."""
    for cut in cuts:
        first = word_stem[:-len(cut)]
        if word_stem.endswith(cut) and len(first) >= MIN_PART:
            unlinked = (stem(first[:-1]),) if first.endswith("s") and len(first) > MIN_PART + 1 else ()
            return stem(first), *unlinked
    return ()
