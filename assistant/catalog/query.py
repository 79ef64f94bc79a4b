"""Reading a requested product phrase: synonyms, split compounds, typos, the head and what else was said.

"mellan mjölk eko" is read as the head "mjölk" of the word "mellanmjölk" with the variant "eko";
what the catalog cannot know ("whisky") or had to correct ("knäckebrö") is kept, so that the
matcher can say how sure it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from assistant.catalog.brands import brand_of, names_brand
from assistant.catalog.compounds import (
    FALLBACK_PART,
    LINKS,
    MAX_WORD,
    MIN_PART,
    PURPOSE_WORDS,
    join_letter_prefixes,
    join_split_compounds,
    join_without,
    short_head_apart,
)
from assistant.catalog.departments import all_of_words, usual_department
from assistant.catalog.lexicon import ANIMALS, FOR_WHOM, VEGAN, Lexicon, key
from assistant.catalog.fits import SOCKETS_BY_SIZE, code_of, strength_of
from assistant.catalog.normalize import (
    age_in_months,
    casefold,
    content_of,
    content_words,
    counts_written,
    fold,
    is_numbered_size,
    is_size_word,
    letter_first,
    parse_pack_count,
    parse_grade,
    parse_percent,
    parse_size_range,
    NOISE,
    said_before,
    scent_apart,
    scent_first,
    SIZE_WORDS,
    says_months,
    size_letters,
    split_accompaniment,
    split_material,
    split_purpose,
    stem,
    stem_as_last_part,
    tokens,
)
from assistant.catalog.origins import origin_of
from assistant.catalog.swedish import (
    another_word,
    base_form,
    folded_dictionary,
    form_of,
    is_swedish,
    joined_as_swedish,
    lemmas,
    respelled_form,
)
from assistant.nlu.lexicon import ORDINARY as ORDINARY_SAID
from assistant.nlu.lexicon import SIZED_PACKAGES, SORT_POINTERS, USUAL, refill_written_whole

if TYPE_CHECKING:
    from assistant.catalog.index import CatalogIndex, Entry


@dataclass(frozen=True)
class Query:
    """A product phrase as the matcher reads it (stems, å/ä/ö-folded)."""

    head_word: str                  # stem of the whole last word ("mellanmjolk")
    head_surface: str               # that word as said, folded ("mellanmjolk", "gradde")
    head: str                       # its last compound part ("mjolk")
    modifiers: tuple[str, ...]      # the other words, which the product must also say
    head_parts: tuple[str, ...]     # the head word's first parts, needed unless the word matched whole
    attributes: frozenset[str]      # requested variants: "eko", "laktosfri", ...
    brand: bool                     # the head word is a brand ("bregott", "zoégas")
    brand_kind: str | None = None    # what that brand makes, by the lexicon ("smör", "kaffe")
    corrected: tuple[str, ...] = ()  # words read as typos of catalog words (not their forms: "keson")
    unknown: tuple[str, ...] = ()    # words neither known nor correctable
    head_letters: str = ""           # the head as typed, when typed with å/ä/ö: "kål" must not find "Kalas"
    head_typed: str = ""             # the whole word as typed, å/ä/ö kept ("tandstickor"): see swedish.written_otherwise
    packaging: tuple[str, ...] = ()  # package words said ("på burk"): preferred, not required
    brands_said: frozenset[str] = frozenset()  # modifiers naming a brand ("löfbergs kaffe", "loka citron")
    # the brands said that make the kind asked, by the lexicon ("flora margarin"): their goods are of it, though
    # their names leave the kind out ("Flora 100% Växtbaserad"; see kinds.kind_of_match)
    kind_brands: frozenset[str] = frozenset()
    respelled: tuple[str, ...] = ()  # real Swedish words read as another catalog word: staff confirm
    purpose: tuple[str, ...] = ()    # what the goods are for ("till janssonen"): welcome, not required
    eaten: tuple[str, ...] = ()      # those a food or meal the goods are eaten with ("till smörgåsen"): no sort
    whom: tuple[str, ...] = ()       # the people they are for ("till honom", "till maken"): no sort, see persons
    kind_apart: str = ""             # the kind said after a sort's own name no product says it with ("pecorino ost"):
    #                                  sure where the shelf names it (kinds.shelf_names_the_kind)
    sort_known: bool = False         # the lexicon's reading of that kind names the sort ("ricotta ost"): see
    #                                  kinds.kind_apart_confirmed
    percent: float | None = None     # a fat or alcohol percentage said ("turkisk yoghurt 10%"): required
    grade: str | None = None         # a grade said with a plus sign ("läsglasögon +2,0", "55+"): required
    strength: str | None = None      # a medicine's strength said ("nezeril 0,5 mg", read "0,5mg"): required
    code: str | None = None          # a battery's size or a lamp's socket said ("varta d batterier"): required
    pack_count: int | None = None    # how many a multipack said holds ("loka citron 6-pack"): required
    counted: tuple[str, int] | None = None  # a part of the goods counted ("grenuttag med 3 uttag"): required
    size_range: tuple[int, int] | None = None  # sizes said after a size word ("storlek 40-44"): required
    age: int | None = None           # a child's age said, in months ("välling sex månader", read "6m"): see
    #                                  sorts.age_agrees
    compound_tail: bool = False      # the head is a word the catalog writes only ending its compounds ("dryck")
    said_with: tuple[str, ...] = ()  # modifiers said before the head, not after "med"/"till" ("filmjölk blåbär")
    describing: frozenset[str] = frozenset()  # modifiers that describe, naming no sort ("riven", "lagrad"): see
    #                                  kinds.sorts_said
    only_purpose: bool = False       # no thing named, only what it is for ("något gott till kaffet")
    for_child: bool = False          # said for a child by a word no product says ("tandkräm till barnbarnet")
    aged: bool = False               # said for an old animal ("torrfoder till en gammal hund")
    free_of: frozenset[str] = frozenset()  # what the request says the goods are free of ("köttfria": "kott")
    lacking: tuple[tuple[str, str], ...] = ()  # what the goods must not have, said after "utan" ("bröd utan frön"):
    #                                  the stem alone and ending a compound, see kinds.has_what_it_lacks
    package_apart: tuple[str, ...] = ()  # package words said right after the thing ("hår nät"): see apart_packages
    sort_name: bool = False          # the word asked alone is no Swedish word ("digestive"): a sort's own name, see
    #                                  kinds.of_the_sort
    size_wish: str | None = None     # "den stora", "den lilla": the size wished ("stor", "liten"), see
    #                                  sorts.size_wish_agrees
    cheapest: bool = False           # a wish for the cheapest was said ("den billigaste"): see matcher.cheapest_of
    ordinary: bool = False           # the ordinary sort was said ("ballerina kakor dom vanliga"): a line's "Original"
    big_pack: bool = False           # a big pack said ("ett storpack", "ett stort paket"): see a_big_pack_said
    whole: bool = False              # "ost i bit": the goods asked whole, none cut small (see matcher.Scorer.score)
    graded: tuple[str, str] | None = None  # an intensifier and the word it grades ("extra mjukt"): see grades
    ungraded: str = ""               # a sort said graded that no name writes so ("extra lagrade"): asked about
    pieces: bool = False             # said in the plural ("fläskkotletter"): no whole piece, see said_as_pieces
    richest: bool = False            # the fat sort pointed at ("crème fraiche den feta"): see a_rich_sort_pointed_at
    origin: str | None = None        # the country said ("en svensk gurka"): see origins.origin_of


FREE = "fri"  # the stem ending of "köttfri", "köttfria", "köttfritt": free of what comes before


def another_first_part(word: str, fixed: str, index: CatalogIndex) -> bool:
    """A word of two parts the catalog writes, a compound's first part ("lant" of "Lantbröd") before the
    head of the word it was read as, is that compound, not a slip of another one's first part: "lantmjölk"
    read as "lättmjölk" would propose a skim milk, sure, on a feed selling no "Lantmjölk"."""
    parts = index.split(word)
    return (len(parts) == 2 and len(parts[0]) >= MIN_PART and bool(index.posting("parts", stem(parts[0])))
            and fixed.endswith(fold(casefold(parts[1]))) and not fixed.startswith(fold(casefold(parts[0]))))


def another_head(word: str, fixed: str, index: CatalogIndex) -> bool:
    """A word of two parts the catalog writes, the first part of the word it was read as before a head the
    catalog writes as a word of its own ("mjölk" of "Mellanmjölk"), is that compound, not a slip of the
    other's head: "havremjölk" (oat milk) read as "havremjöl" would propose oat flour, sure, on a feed
    naming its oat drinks otherwise (see `another_first_part`)."""
    parts = index.split(word)
    if len(parts) != 2 or len(parts[1]) < MIN_PART:
        return False
    first, head = fold(casefold(parts[0])), fold(casefold(parts[1]))
    return (fixed.startswith(first) and not fixed.endswith(head) and index.known(parts[1])
            and bool(index.posting("heads", stem(parts[1])) | index.posting("exact", stem(parts[1]))))


def sold_by(word: str, index: CatalogIndex) -> int:
    """How many products lead their name with the word ("Sopsäck Knyt 125l" for "sopsäckar"): the
    store sells them by it. A name that merely says it further on ("Äpple Vindruva ... Juice", "Havre
    Frallor Glutenfria") is another product that the word is no name for. Counted when the index is
    built (`CatalogIndex.led_by`)."""
    return index.led_by(word)


def _brand_said_definite(word: str, index: CatalogIndex) -> str:
    """"kapslar till tassimon": a brand said in the definite form, as of the machine it names ("Tassimo", a
    vowel and "n"; "sodastreamen"): the brand as the feed writes it, or as its names do ("Kaffekapslar Tassimo
    Espresso" where the feed has no brands). A word names write, or another, as said."""
    def named(said: str) -> bool:
        return names_brand(said, index) or bool(index.posting("exact", stem(said)))
    folded = fold(casefold(word))
    if named(folded):
        return word
    bare = folded[:-1] if folded[-2:-1] in "aeiouy" and folded.endswith("n") else folded.removesuffix("en")
    return bare if bare != folded and len(bare) >= MIN_NAME and named(bare) else word


SOLD_AS_COMPOUNDS = 2  # products named by compounds of the word ("Strösocker", "Florsocker"): the store sells it so


def named_as_said(words: Sequence[str], index: CatalogIndex) -> bool:
    """A name leads with the words said last, two or more, in the order said ("Finska Pinnar" for "finska
    pinnar", "Parmigiano Reggiano 22m Riven" for "riven parmigiano reggiano"): the store sells the thing by
    them, as `sold_by` finds for a name led by the one word asked."""
    said = [stem(word) for word in words]
    return any([own[0] for own in index.entries[i].own[:len(said) - start]] == said[start:]
               for i in index.posting("exact", said[-1]) for start in range(len(said) - 1))


def sold_after_its_kind(word: str, index: CatalogIndex) -> bool:
    """A name writes the word right after the kind its shelf names ("Getost Chèvre" under "Getost"), or
    after the kind the word is a compound of ("Salva Linimentsalva", on a feed of bare names too): the
    store sells the thing by it, as shops write "Kind Sort" (see kinds.sort_after_its_kind)."""
    said = stem(word)
    return any(len(e.own) > 1 and e.own[1][0] == said and (
        (e.own[0][0] in e.types and not e.types.isdisjoint(e.context))
        or (len(said) > len(e.own[0][0]) and said.endswith(e.own[0][0])))
        for e in (index.entries[i] for i in index.posting("exact", said)))


# the two sizes by the adjective's forms, which a client wishes and names write alike (see sorts.SIZES_NAMED);
# a size wished of the goods ("vattenmelon den stora", "en liten gurka") names no sort of its own, and a name
# saying a size agrees with it or not (sorts.size_wish_agrees)
SIZE_FORMS = {"liten": frozenset({"liten", "lilla", "litet", "små"}), "stor": frozenset({"stor", "stora", "stort"})}
SIZES_WISHED = {"liten": SIZE_FORMS["liten"] | {"mindre", "minsta"},
                "stor": SIZE_FORMS["stor"] | {"större", "största", "storpack", "storpaket", "storförpackning"}}


def size_wished(phrase: str, packages: Collection[str]) -> str | None:
    """The one size the phrase wishes of the goods ("stor", "liten"), None when it says none or both. A size said
    of a package (`packages`: stems) is the package's: "kaffemjölk små förpackningar" asks small packs of it."""
    words = tokens(casefold(phrase))
    said = {size for size, wished in SIZES_WISHED.items()
            if any(word in wished and stem(after) not in packages for word, after in pairwise([*words, ""]))}
    return next(iter(said)) if len(said) == 1 else None


PACKAGE_WORDS = frozenset({stem("förpackning"), stem("paket")})  # packages of any goods, beside the lexicon's
RICH = frozenset({"fet", "feta", "fett", "fetare", "fetaste"})  # the fat sort, as "den feta" points at it


def a_rich_sort_pointed_at(phrase: str) -> str | None:
    """"crème fraiche den feta", "mjölk den vanliga feta" (the parser may leave the pointer out after an amount:
    "crème fraiche vanliga feta"): the fat sort of the goods pointed at, the richest plain one, which no name
    writes as a word (a "Feta" of a name is the cheese: "feta ost" asks it). The word as said, None where none
    is pointed at."""
    words = tokens(casefold(phrase))
    return next((word for before, word in pairwise(words)
                 if word in RICH and (before in SORT_POINTERS or before in USUAL)), None)


def a_big_pack_said(phrase: str) -> bool:
    """"kattmat ett storpack", "toapapper ett stort paket": the goods wished in a big pack, which is a
    multipack where the kind comes both ways (see matcher.Scorer.score)."""
    words = tokens(casefold(phrase))
    return not SIZED_PACKAGES.isdisjoint(words) or any(
        word in SIZE_FORMS["stor"] and stem(after) in PACKAGE_WORDS for word, after in pairwise(words))


INTENSIFIERS = frozenset({"extra"})  # fillers ("en extra mjölk": one more) that also grade the word after them


def intensifies(words: Sequence[str], at: int, index: CatalogIndex) -> tuple[str, str] | None:
    """"kaffe bönor extra mörkrost", "tändstickor extra långa": an intensifier said right before a word a
    name writes right after it ("Bryggkaffe Extra Mörkrost", "Tändstickor Extra Långa") grades that word,
    a sort the goods must say, so a plain "Mörkrost" is no extra dark roast; before the goods themselves
    ("en extra mjölk", "extra batterier") no name writes the pair and it only means one more. The pair's
    stems where it grades, else None."""
    if fold(words[at]) not in INTENSIFIERS or at + 1 >= len(words):
        return None
    graded = (stem(words[at]), stem(words[at + 1]))
    written = any(grades(index.entries[i], graded, index.lexicon) for i in index.posting("exact", graded[1]))
    return graded if written else None


def grades(entry: Entry, graded: tuple[str, str], lexicon: Lexicon) -> bool:
    """The name writes the intensifier right before the word it grades ("Extra Mjukt Toalettpapper" for
    "extra mjukt"), not apart ("Extra Long Soft&strong": "extra" of the length). The words said are spelled
    as the lexicon spells them, a name's own words as written ("Mjukt": "soft")."""
    intensifier, said = graded
    return any(a[0] == intensifier and said in (b[0], stem(lexicon.spell(b[0])))
               for a, b in zip(entry.own, entry.own[1:]))


_OR = "eller"
_PACKED_IN = frozenset({"i", "på"})


def _packages_listed(text: str, lex: Lexicon) -> str:
    """"böckling pastej på tub eller burk": an "eller" between two package words lists the packages the
    client takes, each welcome, and names no goods ("kaffe eller te" is left as said)."""
    words = text.split()

    def package(at: int) -> bool:
        return 0 <= at < len(words) and stem(words[at]) in lex.packaging

    def listing(at: int) -> bool:  # "tub eller burk", "tub eller i burk"
        then = at + 2 if at + 1 < len(words) and words[at + 1] in _PACKED_IN else at + 1
        return words[at] == _OR and package(at - 1) and package(then)

    return " ".join(word for at, word in enumerate(words) if not listing(at))


_SMAK = "smak"
_SEEDS = ("fröer", "frön", "frö")  # "med vallmofrön": the poppy a name writes ("Frukostfralla Vallmo")


def first_part_said(word: str, index: CatalogIndex, tails: tuple[str, ...] = (_SMAK,)) -> str:
    """A flavour said with "smak" ("jordgubbssmak", "hallonsmak", "tuggummi med mintsmak") is the taste of
    its first part, as names write it alone ("Tuggummi Jordgubb", "Yoghurt Hallon"): that word, its linking s
    dropped, where some name writes it as a word of its own; a name writing the word whole ("Vaniljsmak
    Kvarg") says it still, inside its compound. Where no name writes the first part alone, the word stays.
    Seeds on the goods ("knäckebröd med sesamfrön") are named alike ("Knäckebröd Sesam")."""
    tail = next((tail for tail in tails if word.endswith(tail)), "")
    if not tail or len(word) < len(tail) + 3:
        return word
    first = word[:-len(tail)]
    for base in (first, first[:-1] if first.endswith("s") else ""):
        if len(base) >= 3 and index.posting("exact", stem(base)):
            return base
    return word


def analyse(phrase: str, index: CatalogIndex, attributes: Collection[str] = ()) -> Query | None:
    """Rewrite synonyms, join split compounds, correct typos, then pick the head: the last word
    before any "med"/"i"/"utan" ("pytt i panna" is a pytt, "sill i dill" a herring)."""
    lex = index.lexicon
    def sold(word: str) -> bool:  # products are named by the word: it leads two names or more
        return sold_by(word, index) >= 2

    big_pack = a_big_pack_said(phrase)  # before synonyms write "storpack" as "stort paket"
    origin = origin_of(phrase)  # before normalising drops it as a label's word ("svensk")
    rich = a_rich_sort_pointed_at(phrase)
    phrase = _whom_said_last(_refill_said(phrase), lex)

    vocabulary = index.vocabulary
    # a word typed without å/ä/ö as the names write it with them ("vaniljsas" is the "Vaniljsås"), unless
    # it is a Swedish word as typed ("rak gel" is no "Råk...")
    phrase = _WORD.sub(lambda word: index.lettered[word[0]] if word[0] in index.lettered
                       and not is_swedish(word[0]) else word[0], phrase)
    phrase = scent_first(said_before(phrase))  # "rödbetor som är förkokta": "förkokta rödbetor"
    # "vitamin d" said is the "D-vitamin" the catalog writes, as a name writing "Vitamin D" reads; a Swedish word
    # of the two is no such name ("ägg l": no "lägg", the eggs' size)
    lettered = socket_said(letter_first(phrase, lambda word: fold(word) in vocabulary and not is_swedish(word)),
                           index)
    rewritten = lex.rewrite(join_letter_prefixes(size_letter_said(filter_size_said(lettered, index), index),
                                                 vocabulary), sold, index.known,
                            lambda word: len(index.posting("exact", stem(word)) | index.ending_with(stem(word))),
                            lambda word, other: any(stem(other) in index.entries[i].words
                                                    for i in index.posting("exact", stem(word))))
    joined, lacking = join_without(rewritten, vocabulary, lex.made_without)
    describing = lex.descriptors | lex.prepared  # never a kind said before its sort ("kokta ägg")
    text = join_split_compounds(joined, vocabulary,
                                lambda tail: bool(index.ending_with(tail)) or _a_whole(tail, index),
                                lambda word: stem(casefold(word)) in describing)
    text, typed_apart = _join_corrected(_packages_listed(text, lex), index)
    text = _mixed(_said_of_the_goods(text, index), index)
    # "diskmaskinsalt" as the catalog links it; a compound joined spelled as names are ("granatäpple kärnor")
    text = _WORD.sub(lambda word: lex.spell(as_the_catalog_links(word[0], index)), text)
    short_kinds = [kind for kind in lex.kinds if len(kind) < MIN_PART]
    text = _WORD.sub(lambda word: short_head_apart(word[0], index.known, short_kinds), text)  # "kamomillte"
    said = {stem(w) for w in content_words(text)}
    wanted: set[str] = set()
    extra: list[str] = []
    written = [word for word in content_words(text) if index.known(word)]
    for attribute in attributes:  # the parser's attributes: variants we know, other words as modifiers
        attr = lex.attribute_of(stem(key(attribute)))
        if attr:
            if not leads_a_word(attribute, written):
                wanted.add(attr)
        elif not any(word.startswith(stem(key(attribute))) for word in said):  # "fett" said is the "fet" read
            extra.append(attribute)
    corrected: list[str] = list(typed_apart)
    respelled: list[str] = []
    read_as: dict[tuple[int, int], str] = {}  # (group, place) of a real word read as another → the word said
    unknown: list[str] = []
    thing_unknown = False  # a word of the thing itself (no "med" word, no purpose) is unknown
    said_attributes: list[str] = []
    packaging: list[str] = []
    named_purposes: list[str] = []  # purpose words read as describing the thing (see eaten_with)
    containers: list[str] = []  # package words said among the thing's own words
    people: list[str] = []  # whom the goods are for
    places: dict[str, str] = {}  # purpose words of a department without food, and the department (see used_in)
    thing, purpose = split_purpose(text)
    purpose = joined_as_swedish(purpose)  # "till rot mos": the "rotmos", no "rot" the goods must say
    main, rest = split_accompaniment(thing)
    main, made_of = split_material(main)  # "champagneglas av plast": the glasses, of plastic; "choklad dryck
    rest = " ".join(filter(None, (made_of, rest)))  # på havre från oatly": the drink, of oats, by the brand
    groups: tuple[list[str], list[str], list[str]] = ([], [], [])
    for_child = False
    aged = False
    cheapest = False
    graded: tuple[str, str] | None = None
    ungraded = ""
    fat_said = parse_percent(phrase) is not None
    for part_group, part in ((0, " ".join(extra)), (0, main), (1, rest), (2, purpose)):
        part_words = content_words(part)
        for at, word in enumerate(part_words):
            if fold(word) in lex.cheapest:  # "varmkorv den billigaste": a wish, no word of the goods
                cheapest = True
                continue
            if part_group == 0 and word == rich:  # "crème fraiche den feta": the richest, no cheese "Feta"
                continue
            if fat_said and fold(word) in lex.fat_levels and any(w != word and index.known(w) for w in part_words):
                continue  # "mager nötfärs 5%": the percentage says how fat, no name need write "mager"
            if at and stem(word) == _SMAK:  # "med hallon smak": the "hallonsmak" said apart, the taste its word
                continue
            # "jordgubbssmak": the "jordgubb" a name writes; seeds only on other goods ("sesamfrön" alone are seeds)
            word = first_part_said(word, index, (_SMAK, *_SEEDS) if part_group == 1 else (_SMAK,))
            # a purpose the catalog has words for may name the thing ("medlet till diskmaskinen",
            # "påsar till dammsugaren"): it describes it as "med"/"i" words do; one it has no word for
            # ("till janssonen", "till golvet") only says what the goods are for
            group = part_group
            # whom the goods are for ("till lillen", "till min man", "till hunden") is no sort the goods must
            # say, though a name writes the word ("Gosedjur Lille Skutt", "Multivitamin Man", "Hundmat"); a
            # person narrows nothing ("mjölk till honom" is the milk "mjölk" is), an animal stays a purpose and
            # its attribute is still asked (see kinds.for_another_animal)
            person = _a_person(stem(word), lex)
            if part_group == 2 and person:
                people.append(word)
                for_child = for_child or stem(word) in lex.children  # "till barnbarnet": a child's goods
                continue
            # "till valpen": a young animal's goods are the "Junior" sort of its food, as a child's are
            for_child = for_child or (part_group == 2 and stem(word) in lex.young_animals)
            if stem(word) in lex.aged:
                if at + 1 < len(part_words) and lex.attribute_of(stem(part_words[at + 1])) == ANIMALS:
                    # "till en gammal hund": an old animal's goods, its "Senior" sort (matcher._steered_to)
                    aged = True
                    continue
                if not index.known(word):  # "äldre tandkräm" (the parser's "hon är gammal"): the client's age,
                    continue               # no sort the store writes
            if part_group == 2 and lex.attribute_of(stem(word)) != ANIMALS and (
                    index.known(word) or index.known(base := base_form(word))):
                group, word = 1, word if index.known(word) else base  # "pizzan": the catalog's "pizza"
                named_purposes.append(word)
            if (pair := intensifies(part_words, at, index)) is not None:
                graded = pair
            elif fold(word) in lex.fillers:
                if part_group == 0 and fold(word) in INTENSIFIERS and at + 2 < len(part_words):
                    ungraded = f"{word} {part_words[at + 1]}"  # "extra lagrade cheddar": no "Extra Lagrad" sold
                if stem(word) in lex.packaging:
                    packaging.append(stem(word))
                    if group == 0:
                        containers.append(word)
                continue
            attr = lex.attribute_of(stem(word))
            if attr:
                if part_group == 2 and used_in(stem(word), lex):
                    places[word] = attr  # asked below unless the word is read as where the goods are used
                elif not (part_group == 1 and attr in lex.departments and groups[0]):
                    wanted.add(attr)  # "servetter med rosor på": roses printed, no goods of the flowers' department
                said_attributes.append(word)
                if not (attr in FOR_WHOM or attr in lex.departments) or not index.known(word):
                    continue  # "katt", "diskmedel": the word names the thing, not only who or where it is for
            if group == 2 or (stem(word) in lex.plain and not index.known(word)) or is_size_word(word):
                groups[group].append(word)  # "naturell": any unflavoured product says it; a purpose
                continue                    # ("till janssonen") is welcome, never corrected nor unknown;
                #                             a size ("lstorlek") is a name's letter ("Ägg L", sorts.size_agrees)
            if not index.known(word) and lex.knows(stem(word)) and not index.ending_with(stem(word)):
                unknown.append(word)  # a real word for something the catalog lacks ("whisky")
                thing_unknown = thing_unknown or group == 0
                continue
            if not index.known(word) and is_swedish(word) and index.ending_with(stem(word)):
                groups[group].append(word)  # "pomelo", "dryck", "bollar": a real word the catalog writes only as
                continue                    # its compounds' head ("Honungspomelo"), no typo of another word
            if not index.known(word) and index.posting("heads", stem(word)):
                groups[group].append(word)  # "gös": a fish sold only as its fillet ("Gösfilé", index.before_a_cut)
                continue
            if (cut := _cut_said_short(word, index)) is not None:
                word = cut  # "rostas": the "Rostasfilé" sold, no "Rosta" bread found by the stem alone
            if not index.known(word):
                # a word many products use, one edit away, is a typo ("knäckebrö"); else an unknown
                # word ending in a known head is a compound ("mesost"); else any near catalog word
                beside = [w for w in part_words if w != word and index.known(w)]  # "sambal" of "sambal olek"
                fixed = index.correct(word, limit=1, min_products=2, beside=beside)
                if fixed is not None and (another_first_part(word, fixed, index) or another_head(word, fixed, index)):
                    fixed = None  # "lantmjölk" is no typo of "lättmjölk": both are milks the catalog's words make
                if fixed is None and len(index.split(word)) == 1:
                    fixed = index.correct(word, beside=beside)
                    if fixed is None:
                        unknown.append(word)
                        thing_unknown = thing_unknown or group == 0
                        continue
                elif fixed is None:  # a split ("spar" + "eribbs") loses to a mere respelling of one
                    near = index.correct(word)  # catalog word ("spareribs", "pumpernickel"), and a split
                    # into a head no one writes ("protein" + "tost") to the near word ("proteintoast")
                    fixed = near if near is not None and (respelled_form(fold(casefold(word)), near) or not (
                        index.known(head := index.split(word)[-1]) or is_swedish(head))) else None
                if fixed is not None:
                    if not form_of(word, fixed):  # "keson", "pomac": the word itself, surely meant
                        corrected.append(word)
                    if is_swedish(word) and another_word(word, fixed):  # "glödlampa" is no "globlampa"
                        respelled.append(word)
                        read_as[(group, len(groups[group]))] = word
                    word = fixed
            groups[group].append(word)
    if containers and groups[0] and all(lex.attribute_of(stem(w)) in FOR_WHOM for w in groups[0]):
        # "katt låda", "hund korg": beside nothing but who it is for, a package word is the thing itself, a
        # compound said apart ("kattlåda"), never that animal's food in such a package
        groups[0].extend(containers)
        packaging = [p for p in packaging if p not in {stem(w) for w in containers}]
    package_apart = apart_packages([w for w in containers if stem(w) in packaging], main, lex)
    last = len(groups[0]) - 1
    if last > 0 and (0, last) in read_as and (0, last - 1) not in read_as and index.known(groups[0][last - 1]):
        # "hundmat blöt": a real word the catalog has no word for, said after the goods, describes them as an
        # adjective after its noun does (`_head_last`); read as it was said, never as the head it was made into
        groups[0][:] = [read_as[(0, last)], *groups[0][:last]]
    # an age in months said ("fullkornsgröt åtta månader"): a small child's goods, as a name saying "8M" is
    for_child = for_child or says_months(phrase)
    # "något gott till kaffet": fillers and a purpose only, so the purpose's word stands for the thing
    only_purpose = not groups[0] and all(w in named_purposes for w in groups[1]) and bool(groups[1] or groups[2])
    # a thing said that the catalog has no word for leaves no purpose to stand for it: "glass som efterrätt"
    # where no ice cream is sold is nothing found, no cat food's "Favoriträtter"
    words = _kind_before_its_taste(_form_first(_brand_first(_head_last(
        groups[0] or groups[1] or ([] if thing_unknown else groups[2]), lex.descriptors | lex.aging | lex.plain
        | ORIGINAL | lex.fittings),
        index), index), index)
    if only_purpose and (served := served_with([*groups[1], *groups[2]], index)):
        words = [served]  # "något gott till kaffet": buns, biscuits, cake, not coffee
    elif only_purpose and all(lex.attribute_of(stem(w)) in FOR_WHOM for w in [*groups[1], *groups[2]]):
        # "blötmat till katten" (a word no product says): whom the goods are for names no goods of its
        return None  # own, so no "Salta Katten" (candy) found by the word; a use may ("till diskmaskinen")
    kind_apart = _kind_said_with_a_name(words, phrase, index)
    sort_known = bool(kind_apart) and lex.sort_of(stem(words[-2]), kind_apart)
    if kind_apart:
        words = words[:-1]
    described = groups[1] if groups[0] else []
    purposes = groups[2] if groups[0] else []
    if not words and said_attributes:  # "lätta" alone is the margarine, not a wish for light goods
        words = said_attributes[-1:]
        wanted.discard(lex.attribute_of(stem(words[0])) or "")
    if not words or (unknown and all(stem(w) in lex.descriptors for w in words)
                     and not any(casefold(w) in entry.text for w in unknown for entry in index.entries)):
        return None  # "färsk pepparrot" where no name says horseradish: "färsk" alone names no goods
    if unknown and groups[0] and all((0, at) in read_as for at in range(len(groups[0]))):
        return None  # "blöt hundmat" where no dog food is sold: "blöt" read as "blöj" is no goods asked
    # the departments a word says, inside a compound too: "handdiskmedel" is a household product,
    # "hundschampo" a pet's and a hygiene one
    wanted.update(d for w in words for d in all_of_words((stem(w), *map(stem, index.split(w))), lex))
    said_text = fold(casefold(" ".join(words)))  # "hundgodis", "barnmat": who it is for, said inside a word
    food = food_shelf_words(words, index)
    wanted.update(attr for marker, attr in lex.for_whom.items()  # not "kid" of "kidneybönor"
                  if len(marker) >= FALLBACK_PART and marker in said_text
                  and not all(across_parts(marker, word, index) for word in words if marker in fold(casefold(word)))
                  and not any(marker in word[1:] for word in food)  # "barnmat" is still for children
                  and not names_others(marker, attr, words, index))
    if _of_a_whole(whole := index.split(words[-1]), lex) and not sold(words[-1]):
        words = [*words[:-1], "".join(whole[:-1])]  # "rödkålshuvud": a "rödkål" as it is sold; a store naming
        #                                             goods by the compound sells that ("Borsthuvud Refill")
    head_word = words[-1]
    brand = lex.brand_kind(head_word) is not None or names_brand(head_word, index)
    parts = index.split(head_word)
    if len(parts) == 1 and not brand:
        parts = index.said_apart(head_word) or parts
    if groups[0] and (said_for := [w for w in described if w in named_purposes]):
        things = _things(stem(head_word), stem(parts[-1]), index)
        # the store sells the thing by the word ("matjessill till potatisen"), or a food by its compounds
        # only ("Strösocker", "Florsocker" for "socker till bakningen"); goods sold so may be named after
        # what they fit ("kaffekapslar till dolce gusto": "Dolce Gusto ... Pods"), so only the food eaten
        # with them or the cooking they are for is a use there
        by_word = sold_by(head_word, index) or named_as_said(words, index) or sold_after_its_kind(head_word, index)
        if by_word or len(things) >= SOLD_AS_COMPOUNDS:
            mentioning = [index.entries[i] for i in index.posting("exact", stem(head_word))]
            # of a compound, the products it is the kind of, where no name leads with it ("Grön Currypasta":
            # no "Pasta Med Kyckling" makes "curry pasta till kycklingen" a sort with chicken)
            kind = [entry for entry in mentioning if stem(head_word) in entry.types] if len(parts) > 1 else []
            eaten = eaten_with(said_for, kind or things, index.lexicon, mentioning)
            # "såpa till golvet": the floor is what the soap is for
            used = used_for([w for w in said_for if w not in eaten], stem(head_word), stem(parts[-1]), things,
                            index) if by_word else []
            of_it = _said_of_the_dish(said_for, eaten)  # "för färgat hår": the hair's is the shampoo's sort
            described = [w for w in described if w not in eaten and w not in used and w not in of_it]
            purposes = [*purposes, *of_it, *eaten, *used]
    wanted.update(attr for word, attr in places.items() if word not in purposes)
    if purposes:  # "diskmedel till maskinen" where a "Maskindiskmedel" is sold: the use names the sort, also
        # by its own head ("till diskmaskinen": the "maskin", see _sort_of_the_part)
        sorts = [w for w in purposes if any(written_with(stem(base_form(use)), stem(head_word), index)
                                            for use in dict.fromkeys((w, index.split(w)[-1])))]
        described, purposes = [*described, *sorts], [w for w in purposes if w not in sorts]
    if purposes:  # "tvättmedel till vittvätten": the wash is the detergent's own, "vit" names its sort
        sorts = {w: first for w in purposes if (first := _sort_before_the_thing(w, head_word, index))}
        described, purposes = [*described, *sorts.values()], [w for w in purposes if w not in sorts]
    if purposes:  # "yes platinum till diskmaskinen": the line's "Platinum Allt i Ett Maskindiskmedel"
        sorts = {w: part for w in purposes if (part := _sort_in_the_line(w, head_word, index))}
        described, purposes = [*described, *sorts.values()], [w for w in purposes if w not in sorts]
    # "ostkex till osten": every product named by the word asked says the purpose as its first part
    if repeated := [w for w in described if w in named_purposes and begins_with(head_word, w)]:
        # "salladsost till den grekiska salladen": what is said of a dish goes with it ("för vit tvätt" is no dish)
        repeated = [*_said_of_the_dish(named_purposes, [w for w in repeated if lex.goes_with(stem(base_form(w)))]),
                    *repeated]
        described = [w for w in described if w not in repeated]
        purposes = [*purposes, *repeated]
    # in the spelling names are read in: "nattbindor" are the "Binda Ultra Night" (lexicon spellings)
    head_parts = () if brand else tuple(stem(lex.spell(p)) for p in parts[:-1])
    if head_parts and VEGAN in wanted and head_parts[0] in lex.meats:
        head_parts = head_parts[1:]  # "vegetariska köttbullar": the "Vegobullar", whose name says no meat
    modifiers = tuple(dict.fromkeys(_sort_of_the_part(w, head_parts, index, head_word) for w in words[:-1] + described))
    if head_parts:  # "mjölk vanlig mellanmjölk": the compound's own head said again apart names nothing more
        modifiers = tuple(m for m in modifiers if m != stem(parts[-1]))
    # "tandkräm för vuxna": grown-ups name no sort where no product of the kind writes the word (a nasal spray's
    # "Vuxna" does), and the goods are as asked bare
    modifiers = tuple(m for m in modifiers
                      if m not in lex.adults or index.posting("exact", m) & index.named_by(stem(head_word)))
    if stem(parts[-1]) in lex.feed and any(word.startswith(animal) for animal in lex.meat_animals for word in (
            *head_parts, *modifiers, *(stem(base_form(w)) for w in purposes))):
        wanted.add(ANIMALS)  # "fiskmat", "mat till fåglarna": the animal's feed, no cat food tasting of fish
    brands_said = frozenset(stem(w) for w in words[:-1] if names_brand(w, index))
    kind_brands = frozenset(stem(w) for w in words[:-1] if (made := lex.brand_kind(w))
                            and stem(key(made)) in (stem(head_word), stem(parts[-1])))
    # the head's letters as typed, of its base form where the plural changes the vowel ("stänger": "stång")
    letters = casefold(lex.irregular.get(fold(parts[-1]), parts[-1]))[:3]
    phrase_tokens = tokens(phrase)
    return Query(head_word=stem(head_word), head_surface=fold(head_word),
                 head_letters=letters if letters != fold(letters) else "",
                 head_typed=head_word,
                 head=stem(parts[-1]), modifiers=modifiers,
                 head_parts=head_parts, attributes=frozenset(wanted), brand=brand,
                 brand_kind=lex.brand_kind(head_word) if brand else None,
                 corrected=tuple(corrected), unknown=tuple(unknown), packaging=tuple(packaging),
                 brands_said=brands_said, kind_brands=kind_brands, respelled=tuple(respelled),
                 purpose=tuple(dict.fromkeys(stem(base_form(_brand_said_definite(w, index))) for w in purposes)),
                 eaten=tuple(dict.fromkeys(stem(base_form(w)) for w in purposes
                                           if lex.goes_with(stem(w)) or lex.goes_with(stem(base_form(w))))),
                 whom=tuple(dict.fromkeys(stem(w) for w in people)),
                 percent=parse_percent(phrase), grade=parse_grade(phrase),
                 strength=strength_of(phrase_tokens), code=code_of(phrase_tokens),
                 pack_count=parse_pack_count(phrase), counted=next(iter(counts_written(phrase).items()), None),
                 kind_apart=kind_apart,
                 sort_known=sort_known,
                 size_range=parse_size_range(phrase), age=age_in_months(phrase),
                 compound_tail=not index.known(stem(head_word)) and bool(index.ending_with(stem(head_word))),
                 said_with=tuple(dict.fromkeys(stem(w) for w in words[:-1])), only_purpose=only_purpose,
                 describing=frozenset(modifiers) & (lex.descriptors | lex.aging),
                 for_child=for_child, aged=aged,
                 free_of=frozenset(w[:-len(FREE)] for w in said if w.endswith(FREE) and w != FREE),
                 package_apart=package_apart, lacking=tuple((stem(w), stem_as_last_part(w)) for w in lacking),
                 sort_name=not parts[:-1] and not brand and not is_swedish(fold(head_word), folded_dictionary()),
                 size_wish=size_wished(joined, lex.packaging | PACKAGE_WORDS), cheapest=cheapest,
                 richest=rich is not None, origin=origin,
                 ordinary=not ORDINARY.isdisjoint(map(fold, content_words(thing))), big_pack=big_pack,
                 # "i bit", or a cut said not wanted ("lax inte skivad"): the whole piece
                 whole=(asked_whole(phrase_tokens, lex.whole_piece)
                        or not lex.cut_small.isdisjoint(map(casefold, lacking))),
                 graded=graded, ungraded=ungraded, pieces=said_as_pieces(parts[-1], lex.whole_piece))


_PLURAL_ENDINGS = ("ar", "er", "or")


def said_as_pieces(word: str, whole_piece: frozenset[str]) -> bool:
    """A cut said in the plural ("fläskkotletter", "biffar"; `word`: the compound's last part) asks for pieces,
    no whole piece to cut at home ("Fläskkotlett Bit"); pieces named by a whole-piece word ("kycklingbitar")
    are what they say."""
    folded = fold(casefold(word))
    bases = lemmas(folded, folded_dictionary())
    return (folded.endswith(_PLURAL_ENDINGS) and bool(bases) and folded not in bases
            and not any(base.startswith(fold(piece)) for base in bases for piece in whole_piece))


def asked_whole(words: list[str], whole_piece: frozenset[str]) -> bool:
    """"i bit", "i en bit": the goods asked in one piece, whole."""
    plain = [word for word in words if word not in ("en", "ett")]
    return any(before == "i" and word in whole_piece for before, word in zip(plain, plain[1:]))


def _cut_said_short(word: str, index: CatalogIndex) -> str | None:
    """A word no name writes as said, whose stem names other goods, that the store writes only as the first
    part of one cut ("rostas" of "Rostasfilé", where the stem "rost" finds a "Rosta" bread): that cut, as a
    fish sold only as its fillet is read (`index.before_a_cut`). None otherwise."""
    folded = fold(casefold(word))
    if folded in index.vocabulary or not index.known(word):
        return None
    compounds = index.words_starting_with(folded)
    return compounds[0] if len(compounds) == 1 and compounds[0].endswith(tuple(index.lexicon.cuts)) else None


def _said_of_the_goods(text: str, index: CatalogIndex) -> str:
    """"godis till katten med lax": what follows the animal a purpose names is the goods' (Dreamies' "Lax
    Kattgodis"): the cat has no salmon of its own, and the salmon is no food the treats are eaten with
    (`eaten_with`). The use is compounded with the thing as without it ("kattgodis med lax"), or the goods said
    before it ("godis med lax till katten"). Any other text: `_use_compounded`'s."""
    thing, purpose = split_purpose(text)
    animal, said_with = split_accompaniment(purpose)
    words, said = content_words(animal), content_words(thing)
    at = next((k for k in range(len(words) - 1, -1, -1) if index.lexicon.attribute_of(stem(words[k])) == ANIMALS),
              None)
    # "torrfoder till katten mjau (med fisk)": a brand of the thing said after the animal is the goods', said
    # before the thing as brands are ("mjau torrfoder med fisk")
    brands = [] if at is None or not said else words[at + 1:]
    if not ((said_with or brands) and at is not None and all(brand_of(w, said[-1], index) for w in brands)
            and text.startswith(thing) and text.endswith(purpose)):
        return _use_compounded(text, index)
    brand, goods = "".join(f"{w} " for w in brands), purpose[len(animal):]  # "mjau ", " med fisk"
    plain = text[:len(text) - len(purpose) + animal.rfind(words[at]) + len(words[at])]  # "godis till katten"
    compounded = _use_compounded(plain, index)
    return f"{brand}{compounded}{goods}" if compounded != plain else f"{brand}{thing}{goods}{plain[len(thing):]}"


def _use_compounded(text: str, index: CatalogIndex) -> str:
    """"kol till grillen", "mat till katten": a use of one word said after the thing, that a name writes
    first in one word with the thing ("Grillkol", "Kattmat"), is that compound: the goods made for the use,
    where the thing's own short word finds other goods ("Kolor", a candy; "Mat Extra", a cooking cream). A
    name of the thing that says the use as a word of its own ("Kex Till Ost" for "kex till osten") keeps the
    words as said: the store names the goods so too. So is one word said with the thing ("en längd med
    kardemumma", "crepes med skinka") that a name writes first in one word with it ("Kardemummalängd",
    "Skinkcrepes", a final vowel dropped as compounds drop it, a linking -s- added: "Istärningspåse")."""
    thing, purpose = split_purpose(text)
    said, uses = content_words(thing), content_words(purpose)
    if len(uses) == 1 and said:
        use = base_form(uses[0])
        compound = _compounded([use, f"{use}s"], said[-1], index)  # with the linking -s- or without
        if compound is None:
            return text
        at = thing.rfind(said[-1])
        return f"{thing[:at]}{compound}{thing[at + len(said[-1]):]}"
    main, rest = split_accompaniment(thing)
    said, withs = content_words(main), content_words(rest)
    if len(withs) != 1 or not said:  # ("utan" words are read before: join_without)
        return text
    first = casefold(withs[0])
    compound = _compounded([first, first[:-1]] if first[-1:] in "ae" else [first, f"{first}s"], said[-1], index)
    if compound is None:
        return text
    at = main.rfind(said[-1])
    return f"{main[:at]}{compound}{main[at + len(said[-1]):]}{text[len(thing):]}"


MIXED = frozenset({"blandad", "blandade", "blandat"})
MIX, BLEND = "mix", "bland"


def _mixed(text: str, index: CatalogIndex) -> str:
    """"blandade paprikor", "blandad sallad": the things said mixed are the store's mix of them ("Paprikamix",
    "Salladsmix"), where it sells one, and neither writes the words as said ("Blandade Nötter") nor the mix
    as "bland-" ("Blandsallad"), read as said already."""
    words = content_words(text)
    at = next((i for i, word in enumerate(words[:-1]) if word in MIXED), None)
    if at is None or any(stem(words[at]) in index.entries[i].words
                         for i in index.posting("exact", stem(words[at + 1]))):
        return text
    thing = words[at + 1]
    base = base_form(thing)
    if index.posting("exact", stem(f"{BLEND}{base}")):
        return text
    mix = next((compound for first in dict.fromkeys((base, f"{base}s", fold(casefold(thing))))
                if index.posting("exact", stem(compound := f"{first}{MIX}"))), None)
    if mix is None:
        return text
    start = casefold(text).find(words[at])
    end = casefold(text).find(thing, start) + len(thing)
    return f"{text[:start]}{mix}{text[end:]}"


def _compounded(firsts: list[str], thing: str, index: CatalogIndex) -> str | None:
    """The first of the compounds of a first part (in `firsts`' forms) and the thing said that a name writes,
    where no name of the thing says the part as a word of its own (see `_use_compounded`)."""
    for first in firsts:
        compound = f"{first}{casefold(thing)}"
        if index.posting("exact", stem(compound)):
            if any(stem(first) in map(stem, content_words(index.entries[i].product.name))
                   for i in index.posting("exact", stem(thing))):
                return None
            return compound
    return None


def _a_whole(joined: str, index: CatalogIndex) -> bool:
    """Words said apart that join into a known thing's head naming the whole of it ("savoy kål huvud" as
    "savoykålhuvud", the savoy cabbage as sold: lexicon wholes), read as the one word would be."""
    parts = index.split(joined)
    return _of_a_whole(parts, index.lexicon) and index.known("".join(parts[:-1]))


def _of_a_whole(parts: Sequence[str], lex: Lexicon) -> bool:
    """A compound's head names the whole of its first part as it is sold ("rödkålshuvud"), where that is food:
    a "duschhuvud" is a shower head, no shower gel."""
    return (len(parts) > 1 and stem(parts[-1]) in lex.wholes
            and all(lex.attribute_of(stem(part)) not in lex.departments for part in parts[:-1]))


def apart_packages(containers: Sequence[str], text: str, lex: Lexicon) -> tuple[str, ...]:
    """Package words said straight after a word of the thing, with no "på"/"i" and no number between:
    "hår nät", "tvål ask" may be a compound said apart (a hairnet, a soap box) as well as the goods'
    package, where "räkost på tub" and "två påsar" can only be a package. So can one after a word that is
    no Swedish word, a line's or brand's own name ("aladdin ask"): such a name makes no compound with a
    package, which is the box the goods come in."""
    said = tokens(text)
    return tuple(dict.fromkeys(
        word for word in containers
        for i, token in enumerate(said)
        if token == word and i > 0 and content_of([said[i - 1]]) and fold(said[i - 1]) not in lex.fillers
        and is_swedish(said[i - 1])))


def _join_corrected(text: str, index: CatalogIndex) -> tuple[str, list[str]]:
    """Words said apart of which the first is a typo ("punch rullar"): the catalog word it meant, one
    letter off ("punsch"), when that joins with the next word into a compound the catalog writes
    ("Punschrulle"), as the words typed right are joined. A first part the catalog writes only inside the
    compound ("tosca" of "Toscabulle") is no word to correct alone: the two joined ("toskabulle") one
    letter off that compound, ending in the second word as said, are that compound. The text so joined,
    and the words read as typos (a corrected word is still no sure reading)."""
    words = text.split()
    typos: list[str] = []
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not (first.isalpha() and second.isalpha()) or index.known(first) or first in NOISE:
            continue  # "med ost" is no "mesost": a word such as "med", "av", "till" is never a typo
        fixed = index.correct(first, limit=1, min_products=1)
        if fixed is not None and " " not in join_split_compounds(f"{fixed} {second}", index.vocabulary):
            words[i] = fixed
            typos.append(first)
            continue
        whole = index.correct(f"{first}{second}", limit=1, min_products=1)
        tail = fold(casefold(second))
        if whole is not None and index.known(second) and whole.endswith(tail) and len(whole) > len(tail) + 2:
            words[i], words[i + 1] = whole, ""
            typos.append(first)
    words = [word for word in words if word]
    return (join_split_compounds(" ".join(words), index.vocabulary), typos) if typos else (text, [])


def leads_a_word(attribute: str, written: Sequence[str]) -> bool:
    """The parser read the attribute off the start of a word the catalog writes as said ("lättsockrad",
    "lättöl", "lättmjölk"): that word, which a product must say, is the sort asked; no name need mark
    the attribute besides ("Jordgubbssylt Lättsockrad", "Gränges Lättöl" are as light as asked).
    A compound the catalog does not write ("ekokaffe") still asks the attribute."""
    start = fold(casefold(attribute))
    return any(len(word := fold(casefold(w))) > len(start) and word.startswith(start) for w in written)


def _written_apart(parts: Sequence[str], among: Collection[int], index: CatalogIndex) -> frozenset[int]:
    """The entries among these whose names write a compound's parts apart: its head as a word and a word beginning
    with its first part ("Tvättmedel Pulver" for "tvättpulver")."""
    head, first = stem(parts[-1]), fold(casefold(parts[0]))
    return frozenset(i for i in among if head in (entry := index.entries[i]).words
                     and any(word.startswith(first) for word in entry.surface))


def _kind_said_with_a_name(words: list[str], phrase: str, index: CatalogIndex) -> str:
    """The last word when it is the kind said after a sort's own name ("pecorino ost", "sharon frukter"):
    no product says the two together, so the name alone is what the store sells ("Pecorino Romano",
    "Sharon Klass1"); whether that is the kind asked, only a shelf naming it tells (a feed of bare
    names cannot: staff confirm it). Only two words said apart, the kind no line of one brand ("kattgodis
    temptations" is Whiskas' "Temptations Lax"), the name no grocery word the lexicon knows, no brand and no first
    part of any compound: "kyckling korv" (chicken makes "Kycklingkorv"), "mango glass" (a fruit
    the lexicon knows), "loka citron" (Loka's lemon water) stay as said, as does a name whose brand's
    product says the word ("sheba kalv": Sheba's "Classic Kalv", a variant). The kind may be a flavour
    word too: "geisha choklad" is the "Geisha", no plain "Choklad" that lacks the name. A compound whose first
    parts a product of the kind writes is no name: "träbestick gafflar" are the "Gaffel Trä"."""
    if len(words) < 2 or len(name := words[-2]) < MIN_NAME:
        return ""
    name_key, kind_key = stem(name), stem(words[-1])
    lex = index.lexicon
    pair, said = f"{fold(casefold(name))} {fold(casefold(words[-1]))}", fold(casefold(phrase))
    # or the brand said after the kind, put first (`_brand_first`): "blåmögelost castello" as "castello blåmögelost"
    said_apart = pair in said or (" ".join(reversed(pair.split())) in said and brand_of(name, words[-1], index))
    # "gurkmeja kryddan": a kind said in the definite form after the name is the name's kind, whatever
    # compounds the name begins ("Gurkmejapulver")
    definite = any(words_said in (f"{pair}n", f"{pair}en") for words_said in _pairs(said))
    if (not said_apart or lex.knows(name_key) or lex.brand_kind(name) is not None or names_brand(name, index)
            or (index.posting("parts", name_key) and not definite) or not sold_by(name, index)
            or _a_brands_line(words[-1], index)):
        return ""
    if len(kind_parts := index.split(words[-1])) > 1 and name_key.endswith(stem(kind_parts[-1])):
        return ""  # "kronjäst torrjäst": both end in the one kind, the second its sort ("Kronjäst Torr")
    kind = index.named_by(kind_key)
    named = index.said_by_name_or_brand(name_key)
    both = kind & named
    if len(kind_parts) > 1:  # "neutral tvättpulver": Neutral's "Colour Tvättmedel Pulver"
        both |= _written_apart(kind_parts, named, index)  # writes the kind apart, no sort's own name
    if len(parts := index.split(name)) > 1:
        both |= kind.intersection(*(index.posting("exact", stem(part)) for part in parts[:-1]))
    if definite:  # "gurkmeja kryddan": a blend listing the name among others ("Superkrydda Ingefära/ Gurkmeja/
        both = frozenset(i for i in both if name_key not in index.entries[i].listed)  # Chili") is no such product
    return "" if both else kind_key


def _a_brands_line(word: str, index: CatalogIndex) -> bool:
    """A word no Swedish one (nor a compound ending in one) that every product it names leads its name with, all
    of one brand that is not the word: a line of that brand ("Temptations Lax", "Temptations Kyckling&ost" by
    Whiskas), no kind of goods ("dukar" are cloths, though one maker's names lead with "Duk"). A feed of bare
    names tells none."""
    if is_swedish(word) or is_swedish(index.split(word)[-1]) or names_brand(word, index):
        return False
    word_stem = stem(word)
    named = [index.entries[i] for i in index.posting("exact", word_stem)]
    return bool(named) and all(entry.own and entry.own[0][0] == word_stem for entry in named) and len(
        {entry.product.brand for entry in named}) == 1 and named[0].product.brand is not None


def _pairs(text: str) -> list[str]:
    """Each two neighbouring words of a text, as written."""
    words = text.split()
    return [f"{first} {second}" for first, second in zip(words, words[1:])]


MIN_NAME = 3  # letters of a sort's own name ("tuc" may be one; "te" is a kind)


def names_others(marker: str, attr: str, words: Sequence[str], index: CatalogIndex) -> bool:
    """The words said that hold the marker of whom goods are for are words the store names products
    by, none of which is for them by the shelf it files them on: "babybel" names a cheese ("Mini
    Babybel i Nät" under "Ost"), no baby food, while "hundgodis" names dog treats and "barnmat" (a word
    the store may not write) still asks. A feed without shelves cannot tell ("skaldjursmix" may be
    pet food there)."""
    holders = [index.posting("exact", stem(word)) for word in words if marker in fold(casefold(word))]
    return bool(holders) and all(holders) and all(
        bool(index.entries[i].product.category) and attr not in index.entries[i].suits
        for products in holders for i in products)


def across_parts(marker: str, word: str, index: CatalogIndex) -> bool:
    """Every place the word holds the marker of whom goods are for straddles two of its compound parts:
    "valp" (a puppy) of "tvål" + "pump" is no word said. A word the splitter leaves whole, or whose parts
    it cannot place in order, keeps the marker ("hundgodis", "småbarnsmat": "barn" begins a part)."""
    folded = fold(casefold(word))
    starts, at = [], 0
    for part in (fold(casefold(p)).strip() for p in index.split(word)):
        at = folded.find(part, at)
        if at < 0:
            return False
        starts.append(at)
        at += len(part)
    found = [i for i in range(len(folded)) if folded.startswith(marker, i)]
    return len(starts) > 1 and bool(found) and all(
        any(i < start < i + len(marker) for start in starts[1:]) for i in found)


def food_shelf_words(words: Sequence[str], index: CatalogIndex) -> list[str]:
    """The words said, and their first parts, that name a shelf of food ("skaldjur" of "Fisk &
    skaldjur"): an animal or a child such a word ends in is what the food is, not who it is for
    ("skaldjursmix" is a mix of shellfish, no pet food, though "djur" ends "skaldjur"); one it
    starts with still is ("barnmat"). Without shelves, the first part of a few food products' names says it
    too: "Skaldjursfond", "Skaldjurslasagne" (`FOOD_NAMES`)."""
    found = []
    for word in words:
        for end in range(FALLBACK_PART, min(len(word), MAX_WORD) + 1):  # the word, or a first part of it
            key = stem(word[:end])
            if any(index.entries[i].department is None for i in index.posting("category", key)) or sum(
                    index.entries[i].department is None for i in index.posting("parts", key)) >= FOOD_NAMES:
                found.append(fold(casefold(word[:end])))
    return found


FOOD_NAMES = 2  # food products whose names write a word as a first part ("Skaldjursfond", "Skaldjurslasagne")
#                 that say it is food on a feed of bare names: one alone proves nothing


def _said_of_the_dish(said_for: Sequence[str], dishes: Collection[str]) -> list[str]:
    """The purpose words said before the last of `dishes`, the foods the goods are eaten with ("till grekisk
    sallad"): they say which dish, no sort of the goods ("grekisk" is no feta)."""
    last = max((said_for.index(w) for w in dishes), default=0)
    return [w for w in said_for[:last] if w not in dishes]


def eaten_with(purposes: Sequence[str], things: Sequence[Entry], lexicon: Lexicon,
               mentioning: Sequence[Entry] = ()) -> list[str]:
    """Purpose words that say what the goods are eaten with, not what they are: an everyday food
    the lexicon knows ("till potatisen", "till äggen", "till kaffet") that no product of the thing
    asked says (a product whose name's first word is that thing: not "Potatischips Dill &
    Gräddfil"). Such a word names no sort of it ("Matjessill", "Gräddfil" and "Stenbitsrom" never
    say potatoes or eggs), so a product named as asked needs no word of it, as with "till
    janssonen"; one a product of the thing does say ("filter till kaffet": "Kaffefilter") still
    describes the thing (of a compound asked, a product led by that very compound: "marängbotten
    till tårtan" is no "Tårtbotten", "hovmästarsås till laxen" no "Citronsås För Lax"; a name leading with the
    food as a word of its own is a dish of it: "currysås till kycklingen" is no "Kyckling Currysås + Efterrätt"),
    as does a use that is no food ("till ugnen"; household goods' uses are `used_for`'s). What food is cooked
    on (the lexicon's `food_uses`: "tzatziki till grillen") is read so for food asked, never for goods
    most of whose products are of a department without food ("borste till grillen"). Read so only where
    the store sells the thing by the word asked (a name leads with it, "Krasse Klass 1" for "krasse
    till äggen": see sold_by); a name that merely says it further on is no such sign. `things`: the
    products of the thing (`_things`), gathered once for this and `used_for`. A use food is cooked for
    ("till bakning") that a name saying the thing anywhere says ("Bakning Växtbaserat Margarin") names the
    sort made for it, as "Grillkorv" does; `mentioning`: the products whose name says the word asked."""
    # in the form said or its base form: "till grytan", "till soppan" stem to no meal of the lexicon; what
    # food is cooked on ("till grillen") is a meal for food only: household goods are used on it
    food = usual_department((entry.department, 1.0) for entry in things) is None
    foods = [word for word in purposes if any(lexicon.goes_with(form) or (food and form in lexicon.food_uses)
                                              for form in (stem(word), stem(base_form(word))))]
    def said(word: str, entries: Sequence[Entry]) -> bool:
        return any(says(entry, stem(word)) or says(entry, stem(base_form(word))) for entry in entries)

    def a_dish_of(word: str, entry: Entry) -> bool:  # "Kyckling Currysås + Efterrätt": led by the food itself
        return entry.leading is not None and entry.leading[0] in (stem(word), stem(base_form(word)))
    return [word for word in foods if not said(word, [entry for entry in things if not a_dish_of(word, entry)])
            and not (stem(word) in lexicon.food_uses and said(word, mentioning))]


def used_for(purposes: Sequence[str], head_word: str, head: str, things: Sequence[Entry],
             index: CatalogIndex) -> list[str]:
    """Purpose words that say what the goods are used for, not what they are: a use the catalog has a
    word for ("golv" of "Städservetter Golv") that no product of the thing asked says ("såpa till
    golvet": no "Såpa" says a floor), that no product writes compounded with the word asked (a
    "Maskindiskmedel" makes "diskmedel till maskinen" a sort to find, never a hand dishwashing
    liquid), and that goods of the thing's own department say (household goods for the floor, as
    soap is; the dishwasher's goods are no food, so "salt till diskmaskinen" where no dishwasher salt
    is sold stays a question). A department the lexicon's words give a name on a feed of bare names
    counts as a shelf's does ("tändare till ljusen": a "Tändare" and a "Värmeljus" are household
    goods). On a feed of bare names a word of one kind (`one_kind`: "isskrapa", "avkalkningsmedel",
    "tulpaner") needs no department, though the lexicon's words read one: its goods are that thing
    whatever the use ("is skrapa till bilen", "avkalkningsmedel till kaffebryggaren"), and a department's word is where
    such goods are used whatever their shelves (`used_in`: "skrubbvante till duschen"). Goods of a
    department without food used for a food the grocer shelves only as food are for it
    (`_food_on_shelves`: "springform till sockerkakan"). The lexicon's foods are `eaten_with`'s.
    `things`: the products of the thing (`_things`)."""
    entries = index.entries
    departments = {entry.department for entry in things}
    of_one_kind = bool(things) and one_kind(head_word, index)
    # the grocer's shelves say the departments; on a feed of bare names the lexicon's department words do
    # ("Såpa", "Tändare" are household goods), while a name no such word is in may be food or anything: the
    # goods that write the use say no department there, so a word of one kind is for it whatever its own
    unshelved = not any(entry.product.category for entry in things) and of_one_kind
    # food asked for a use ("salt till diskmaskinen") stays a question, as do goods of two departments
    of_a_department = unshelved or (len(departments) == 1 and None not in departments)
    if not things or not (of_a_department or of_one_kind):
        return []
    used = []
    for word in purposes:
        use = stem(word)
        if index.lexicon.goes_with(use) or any(says(entry, use) for entry in things):
            continue
        # a product of the thing led by a first part of the use ("Kaffefilter" for "till kaffebryggaren")
        if any(len(first := entry.own[0][0]) - len(head) >= FALLBACK_PART and use.startswith(first[:-len(head)])
               for entry in things):
            continue
        if written_with(use, head_word, index):
            continue
        carriers = index.posting("exact", use) | index.posting("heads", use) | index.posting("parts", use)
        if (of_one_kind and used_in(use, index.lexicon)) or (of_a_department and (
                unshelved or any(entries[i].department in departments for i in carriers)
                or _food_on_shelves(use, carriers, index))):
            used.append(word)
    return used


def used_in(word_stem: str, lex: Lexicon) -> bool:
    """A word of a department without food said as a purpose ("till duschen": a hygiene word) names
    where the goods are used, not the department they must be of: a "Skrubbvante" on a household shelf
    or of no shelf at all is the mitten for the shower. Whom the goods are for (an animal, a child) is
    asked still, and a product compounding the word with the thing ("Duschkräm" for "kräm till
    duschen") still names the sort (see `written_with`)."""
    attr = lex.attribute_of(word_stem)
    return attr is not None and attr in lex.departments and attr not in FOR_WHOM


def for_whom_or_use(purpose: str, lex: Lexicon) -> bool:
    """A purpose naming whom the goods are for (a person, a child, an animal: "till katten", "till bebisen")
    or what they are used on that is no food ("till grillen", "till duschen"): the lexicon knows each of its
    words so. Said over a list, such a purpose is every item's ("till katten: blötmat": the cat's wet food);
    a dish ("till köttbullarna: färs") or a word the lexicon does not know tells less of which goods than a
    name writing it would mislead."""
    words = [w for w in content_words(split_purpose(casefold(purpose))[1]) if fold(w) not in lex.fillers]
    return bool(words) and all(_whom_or_use(stem(w), lex) or _whom_or_use(stem(base_form(w)), lex) for w in words)


def _a_person(word_stem: str, lex: Lexicon) -> bool:
    """A child, a man or a woman, or anyone else the lexicon knows goods are bought for ("lillen", "min man")."""
    return word_stem in lex.children or word_stem in lex.sexes_said or word_stem in lex.persons


def _whom_or_use(word_stem: str, lex: Lexicon) -> bool:
    return (_a_person(word_stem, lex) or lex.attribute_of(word_stem) in FOR_WHOM or word_stem in lex.food_uses
            or used_in(word_stem, lex))


def _food_on_shelves(use: str, carriers: Collection[int], index: CatalogIndex) -> bool:
    """The use is food by the grocer's shelves: every product saying it is on a food shelf ("till
    sockerkakan": "Sockerkaka Citron" under "Bröd & kakor"), so goods of a department without food
    ("Springform 24cm" under "Hem & städ") are used to make or serve it, as with the lexicon's foods (see
    `eaten_with`). What food is cooked on ("till grillen", the lexicon's `food_uses`) is no food: a
    "Grillkorv" tells nothing of a brush for the grill."""
    entries = index.entries
    return (bool(carriers) and use not in index.lexicon.food_uses
            and all(entries[i].department is None and entries[i].product.category for i in carriers))


def one_kind(head_word: str, index: CatalogIndex) -> bool:
    """The word asked (a stem) names goods of one kind: no kind or food the lexicon knows ("salt",
    "tabletter": table salt is no dishwasher salt), and no compound of the catalog ends or begins with it
    ("Maskindiskmedel" makes "diskmedel" a word of sorts, as "Diskborsthuvud" does "borsthuvud" and
    "Kakaopulver" does "kakao"). Of such a word ("isskrapa", "avkalkningsmedel") a use names no sort:
    every product of it is for that."""
    lex = index.lexicon
    if head_word in lex.kinds or lex.names_food(head_word) or index.starting_with(head_word):
        return False
    return not any(word != head_word and word.endswith(head_word)
                   for i in index.ending_with(head_word) for word in index.entries[i].exact)


def written_with(use: str, head_word: str, index: CatalogIndex) -> bool:
    """The catalog writes the use compounded with the word asked ("maskin" and "diskmedel" in
    "Maskindiskmedel"): said as a purpose, it names that sort of the thing (stems)."""
    return any(word != head_word and word.endswith(head_word) and opens_with(word, use, entry)
               for entry in (index.entries[i] for i in index.ending_with(head_word)) for word in entry.exact)


def _things(head_word: str, head: str, index: CatalogIndex) -> list[Entry]:
    """The products of the thing asked: names whose first word is it or ends in its head; of a
    compound asked, those led by the very compound ("Tårtbotten" is no "marängbotten")."""
    entries = index.entries
    named = index.posting("exact", head_word) | index.posting("heads", head) | index.ending_with(head)
    # led by the very word asked, though the stemmer cut the compound otherwise than its head alone
    # ("Delikatessben" stems "delikatessb", "ben" stays "ben")
    things = [entries[i] for i in named
              if entries[i].own and (entries[i].own[0][0] == head_word or entries[i].own[0][0].endswith(head))]
    if head_word != head:
        things = [entry for entry in things if entry.own[0][0] == head_word] or things
    return things


def begins_with(word: str, purpose: str) -> bool:
    """The word asked is a compound whose first part is the purpose said ("ostkex" of "till osten",
    "kaffefilter" of "till kaffet"): a product named by the word says the purpose, though not as a word."""
    head, use = stem(word), {stem(purpose), stem(base_form(purpose))}
    return any(len(head) - len(part) >= MIN_LAST_PART and head.startswith(part) for part in use if part)


MIN_LAST_PART = 3  # letters left of the word asked after the purpose: "kex" of "ostkex"


def says(entry: Entry, word_stem: str) -> bool:
    """The name says the word, alone or as a compound's first part ("Kaffefilter" says "kaffe"); a
    compound whose first part merely begins with the word's letters says another word (see opens_with)."""
    return word_stem in entry.words or any(opens_with(word, word_stem, entry) for word in entry.exact)


def opens_with(word: str, part: str, entry: Entry) -> bool:
    """The name word (a stem of the entry's) begins with the part as a compound's first part does: not
    where the splitter cut a longer first part that merely begins with its letters ("Matjessill",
    matjes|sill, opens with no "mat"). A word the splitter left whole is read by its letters."""
    first = next((own[2] for own in entry.own if own[0] == word and len(own) > 2), "")
    return word.startswith(part) and (first == part or not first.startswith(part))


def served_with(purposes: Sequence[str], index: CatalogIndex) -> str | None:
    """What is eaten with the drink or at the meal said alone ("något gott till kaffet", "något till
    fikat"): the first word of the lexicon's `served_with` the store sells, by a name or a shelf
    ("Kaffebröd & kakor"). None when no purpose has one or the store sells none of them."""
    lex = index.lexicon
    for word in purposes:
        for served in lex.served_with.get(stem(base_form(word)), lex.served_with.get(stem(word), ())):
            if any(index.posting(field, stem(served)) for field in ("exact", "heads", "category")):
                return served
    return None


# a line's standard sort ("Original" beside its flavours, shapes, themes and seasons): said after the thing
# ("tunnbröds chips original"), as the plain one is ("kvarg naturell"), a sort of it, no thing (see _head_last)
ORIGINAL = frozenset({stem("original")})
ORDINARY = ORDINARY_SAID | USUAL  # "vanlig", "vanligt", "vanliga": the ordinary sort said (no å, ä, ö to fold)


_VOLTS = re.compile(r"\d{1,2}v")  # "9v", as "nio volt" is read


def _head_last(words: list[str], descriptors: Collection[str]) -> list[str]:
    """Adjectives, sorts, sizes and a battery's voltage said after the thing ("äpplen röda", "blåbär frysta",
    "chips original", "ägg large", "batteri 9v") go before it, where a Swedish name has them, so that the noun
    is the head (a lamp's socket and watts stay: lamps are named by them, "Halogen Normal 46w E27")."""
    end = len(words)
    while end > 1 and (stem(words[end - 1]) in descriptors or is_size_word(words[end - 1])
                       or is_numbered_size(words[end - 1]) or _VOLTS.fullmatch(words[end - 1])):
        end -= 1  # a size said after the thing ("ägg large": "lstorlek", "blöjor storlek 4") names no thing
    return words[end:] + words[:end] if end < len(words) and end else words


def _form_first(words: list[str], index: CatalogIndex) -> list[str]:
    """A supplement's form said after what it holds ("zink tabletter", "d vitamin tabletter") goes before
    it, as a describing word does (`_head_last`): the store names such goods by what they hold ("Zink 25mg
    Kapslar"), so a name saying the form with another thing ("Maxosol Tabletter") is no better a fit. Only
    where names write the word before as a word of their own and no product of the form says it, whole
    or in a compound: "järn tabletter" are the "Järntillskott Tuggtabletter", "diskmaskin tabletter" the
    "Diskmaskinstabletter". So with a shape ("fisk buljong tärningar": the "Fiskbuljong 6-p")."""
    if len(words) < 2 or (form := stem(words[-1])) not in index.lexicon.dosage_forms | index.lexicon.shapes:
        return words
    thing = stem(words[-2])
    of_the_form = index.posting("exact", form) | index.posting("heads", form) | index.ending_with(form)
    if not index.posting("exact", thing) or any(thing in index.entries[i].words for i in of_the_form):
        return words
    return [words[-1], *words[:-1]]


def _kind_before_its_taste(words: list[str], index: CatalogIndex) -> list[str]:
    """A kind said before what it tastes of ("smörgås sill tomat", "filekorv vitlök") is the thing, as
    shops write "Kind Sort" ("Filmjölk Blåbär"): where the names led by the kind write the last word only
    inside another word or after "med" ("Smörgåssill Tomatsås", "Filekorv Grov med Vitlök"), the last word
    goes before the kind, so that the kind is the head and the taste a word its product must say; read as
    the head, the taste found tomatoes and garlic cheese. Never where such a name writes the last word as a
    word of its own (the reading as said finds it: see kinds.another_kind), nor for a describing word
    before it ("färsk", "röd")."""
    if len(words) < 2 or not (words[-2].isalpha() and words[-1].isalpha()):
        return words
    kind, taste = stem(words[-2]), stem(words[-1])
    lex = index.lexicon
    if kind == taste or kind in lex.descriptors or lex.attribute_of(kind) or lex.attribute_of(taste):
        return words
    led = [entry for entry in (index.entries[i] for i in index.posting("exact", kind))
           if entry.own and entry.own[0][0] == kind]
    if not led or any(taste in entry.exact for entry in led):
        return words
    if not any(taste in own for entry in led for own in entry.own[1:]):
        return words
    return [words[-1], *words[:-1]]


def _brand_first(words: list[str], index: CatalogIndex) -> list[str]:
    """A brand said after the thing, as a written list has it ("havreknäcke wasa", "spolglans
    finish"), goes before it, where a name has it, so that the thing is the head and the brand a word
    its product must say: never read as the kind said after a sort's own name ("pecorino ost"). Only
    after a word the store leads names with ("Havreknäcke"), itself no brand: "normalsaltat bregott"
    stays, as the brand is the thing."""
    if not brand_said_after(words, index) or names_brand(words[-2], index) or not sold_by(words[-2], index):
        return words  # a brand of the thing, though other goods write its word ("sköljmedel comfort")
    return [words[-1], *words[:-1]]


def brand_said_after(words: Sequence[str], index: CatalogIndex) -> bool:
    """The last of the words said names a brand, or a brand of the goods the word before it names ("havreknäcke
    wasa", "sköljmedel comfort")."""
    return len(words) > 1 and (names_brand(words[-1], index) or brand_of(words[-1], words[-2], index))


def for_whom(phrases: Sequence[str], index: CatalogIndex) -> tuple[str, ...]:
    """Who the goods are for, said inside any of the phrases: "kattsand" says "katt" (an animal or a
    child, as the catalog's own words), for the other items of the same request."""
    lex = index.lexicon
    said = " ".join(fold(casefold(p)) for p in phrases)
    return tuple(sorted({marker for marker in lex.for_whom
                         if len(marker) >= FALLBACK_PART and marker in said and index.known(marker)}))


ELIDED_MAJORITY = 2  # times more products named by the compound than by the bare word


def said_as_a_list(phrase: str, index: CatalogIndex) -> list[str]:
    """Words said one after another with no "och" or comma between ("risnudlar quinoa polenta", as speech
    gives a list) are items of their own when there are three or more, the store names products by each
    (one leads a name, or the lexicon reads it as goods: "smör" where the butter is "Svenskt Smör"), none
    describes or brands another, no name says two neighbours together nor does the catalog write them as
    one word ("torsk rygg" is a "torskrygg", "pripps blå" one product), and no word the lexicon does not
    know, itself no kind of goods, comes before a kind of many goods ("pecorino ost" is a cheese named, not
    two things; "potatis lök" two), none says what goods are for or against ("fruktsalt mot magen", where
    names lead with "Mot Silverfisk"), and none is a brand of the store's, though names write it too
    ("tvättpulver neutral colour": Neutral's, no "Neutral Sköljmedel"): those words, else the phrase alone."""
    said = phrase.split()
    if len(said) < LIST_MIN or said != content_words(phrase) or any(fold(word) in PURPOSE_WORDS for word in said):
        return [phrase]
    lex, exact = index.lexicon, index.postings["exact"]
    stems = [stem(word) for word in said]
    if not all((index.led_by(word) or s in lex.defaults) and s not in lex.attributes and s not in lex.descriptors
               and s not in lex.forms and s not in lex.packaging and fold(word) not in lex.fillers
               and key(word) not in lex.synonyms and not names_brand(word, index) and not index.posting("brand", s)
               for word, s in zip(said, stems, strict=True)):
        return [phrase]
    for (first, s1), (second, s2) in zip(zip(said, stems), zip(said[1:], stems[1:]), strict=False):
        if exact.get(s1, frozenset()) & exact.get(s2, frozenset()) or any(
                index.known(first + link + second) for link in ("", "s")):
            return [phrase]
        if not (lex.knows(s1) or s1 in lex.defaults or _a_kind_of_many(s1, index)) and _a_kind_of_many(s2, index):
            return [phrase]  # "pecorino ost", "singoalla kex", "magnesium tabletter": a name and its kind
    return said


def _a_kind_of_many(word_stem: str, index: CatalogIndex) -> bool:
    """A kind of goods the lexicon knows, or one many compounds end in ("ost": "Prästost", "Gräddost" ...)."""
    compounds = index.posting("heads", word_stem) - index.postings["exact"].get(word_stem, frozenset())
    return word_stem in index.lexicon.kinds or len(compounds) >= KIND_OF_MANY


KIND_OF_MANY = 5  # compounds ending in a word that make it a kind of goods
# words in a list: two said apart are more often one thing the store lacks ("kyckling pastej") than two
LIST_MIN = 3


def elided_first_parts(phrases: Sequence[str], index: CatalogIndex) -> list[str]:
    """A bare word said right after an item whose word it compounds with is that compound, when the
    store names more than twice as many products by the compound as by the word alone: "kaffe och
    filter" are coffee filters (the first part just said is not said again), while "kaffe och mjölk"
    stays milk and "bröd, smör och ost" cheese. The phrases, with such words read whole."""
    exact = index.postings["exact"]
    out = list(phrases)
    for i in range(1, len(phrases)):
        words, before = content_words(phrases[i]), content_words(phrases[i - 1])
        if len(words) != 1 or not before:
            continue
        bare = len(exact.get(stem(words[0]), ()))
        # a compound is no other word by its stem: "batterieraaa" stems to "batteri" ("eraaa" read as an ending)
        whole = next((first + link + words[0] for first in (before[-1],) for link in ("", "s")
                      if (joined := stem(first + link + words[0])) != stem(first)
                      and len(exact.get(joined, ())) > ELIDED_MAJORITY * bare), None)
        if whole:
            out[i] = whole
    return out


def another_sort_listed(phrases: Sequence[str], index: CatalogIndex) -> list[str]:
    """A bare word said right after an item typed as a kind and its sort ("kattmat lax och tonfisk") is
    another sort of that kind where the store names products by the kind and the word ("Kattmat
    Tonfisk"), no "Tonfisk Naturell" for people. The phrases, with such words read with the kind; the
    kind must lead the item before, no descriptor ("röda linser och kikärtor", "en hel havsabborre och
    en piggvar"), and name products with its sort too ("Kattmat ... Lax")."""
    out = list(phrases)
    for i in range(1, len(phrases)):
        words, before = content_words(phrases[i]), content_words(phrases[i - 1])
        if (len(words) != 1 or len(before) != 2 or words[0] in before
                or stem(before[0]) in index.lexicon.descriptors):  # "röda linser och kikärtor": no kind first
            continue
        kind = index.posting("exact", stem(before[0]))
        if kind & index.posting("exact", stem(before[1])) and kind & index.posting("exact", stem(words[0])):
            out[i] = f"{before[0]} {words[0]}"
    return out


def named_as_one(first: Sequence[str], second: Sequence[str], index: CatalogIndex, marked: bool = False,
                 one: bool = False) -> str | None:
    """Words said either side of "och" are one product when some name writes them joined the same way
    ("&", "och", "/") and says the rest of the second item too: "kyckling och ris hundmat" is the
    "Kyckling & Ris Hundmat", "räk o kräftost" the "Räk & Kräftost", no chicken and no rice. A bare
    word after "och" joins only as a compound whose head the first word shares ("räk-" of "räkost"),
    or as the second flavour of a thing said before the first, where a name of that thing writes the
    pair ("västkustchips gräddfil & lök", the "Västkustchips Gräddfil & Lök"): "salt och peppar" stay
    two things, as two are as often meant. `first`, `second`: the content words of the item before
    "och" and of the one after it. The second item said apart is the compound a name writes ("en ost och
    skink paj" is the "Ost & Skinkpaj"), its first word the word a name writes whole ("Paj Ost & Skinka"),
    and a compound said after "och" is read so too, as "ost- och skinkpaj" shares the head, where the
    name is of the pair or of that head: one pie, no cheese beside it; "ost och skinka" stays two, and so
    does "dill och gräslök" beside a "Västkustchips Dill & Gräslök". The second word may be the first
    part of the name's compound, as a product line is called short ("milda mat o bak": the "Milda Mat och
    Bakmargarin"). Two words said bare that the store sells each alone are two things though a name writes
    them joined ("mjölk och havredryck" beside a "Mjölk- & Havredryck"), unless the client marks the first
    as the name does (`marked`: "mjölk- och havredryck") or says more of the name ("... till kaffet", the
    `second`'s other words). A first word that names no goods alone (a filler: "gott" of "gott och blandat")
    joins any pair a name writes. The second word as the name writes it ("bakmargarin"), None when the two
    are two things. Said to be one product (`one`: "schampo och dusch i samma flaska"), the pair is one where
    any name writes it joined, in either order ("Dusch & Schampo Fruktdoft")."""
    if not first or not second:
        return None
    # "rund och sund från östras": where it comes from is said by the rest's own words (the brand's, see
    # _writing_the_pair), no name writes "från"
    x, y, rest = first[-1], second[0], [word for word in second[1:] if casefold(word) not in ORIGIN_WORDS]
    if one and _writing_the_pair(y, x, rest, None, index):
        return y  # in either order: "Dusch & Schampo" for "schampo och dusch i samma flaska"
    if rest or one:  # the compound said apart in its base form ("broccoli soppan": the "Broccolisoppa")
        last = casefold(second[-1])
        if rest and (base := base_form(last)) != fold(last):
            last = base
        said_whole = "".join((*map(casefold, second[:-1]), last))
        return _as_written(_writing_the_pair(x, y, rest, said_whole, index), y)
    if fold(x) in index.lexicon.fillers and (found := _as_written(_writing_the_pair(x, y, (), None, index), y)):
        return found  # "gott och blandat": "gott" (tasty) names no goods alone, the "Gott & Blandat" is one
    if _named_by_the_pair_alone(x, y, index):
        return y  # "frukt och nötmix": the store's "Frukt & Nötmix" is named by the words said and no more
    alone = not marked and _each_sold_alone(x, y, index)
    if not alone and (_shares_head(x, y, index) or _only_in_pairs(y, index)):
        return _as_written(_writing_the_pair(x, y, (), None, index), y)
    if len(first) > 1 and (found := _as_written(_writing_the_pair(x, y, first[:-1], None, index), y)):
        return found  # the thing the pair flavours is said by the name too
    if len(first) > 1 and _writing_the_pair(y, x, first[:-1], None, index):
        return y  # ... in the other order: "yoghurt hallon och vanilj", the "Yoghurt Vanilj/Hallon"
    if len(first) > 1 and side_by_side(x, y, first[:-1], index):
        return y  # "juice äpple och hallon": the "Juice Äpple Hallon", the pair written with no "&"
    if alone:
        return None
    # a compound as said apart, where the name leads with the pair or with the compound's head: no
    # "Västkustchips Dill & Gräslök" for "dill och gräslök"
    parts = index.split(y)
    return y if len(parts) > 1 and any(
        entry.leading is not None and entry.leading[0] in {stem(x), stem(parts[-1])}
        for entry, _ in _writing_the_pair(x, parts[0], parts[1:], casefold(y), index)) else None


ORIGIN_WORDS = frozenset({"från", "ur"})
_IN_ONE = re.compile(r"\s+i\s+samma\s+[^\W\d_]+\s*$", re.IGNORECASE)


def said_in_one(phrase: str) -> tuple[str, bool]:
    """"dusch i samma flaska", "balsam i samma förpackning": the words said before a remark that the goods
    listed are one product, and whether it was made."""
    remark = _IN_ONE.search(phrase)
    return (phrase[:remark.start()], True) if remark else (phrase, False)


def _named_by_the_pair_alone(first: str, second: str, index: CatalogIndex) -> bool:
    """A name is the two words said joined and nothing more ("Frukt & Nötmix", "Frukt och Nötmix" for "frukt
    och nötmix"): the store sells the pair as one product by those very words, though it sells fruit too."""
    said = (stem(first), stem(second))
    joined = re.compile(rf"{re.escape(casefold(first))}(?:\s*-)?{_JOINED}{re.escape(casefold(second))}")
    return any(len(entry.own) == 2 and (entry.own[0][0], entry.own[1][0]) == said
               and joined.search(casefold(entry.product.name))
               for entry in (index.entries[i] for i in index.posting("exact", said[1])))


def _each_sold_alone(first: str, second: str, index: CatalogIndex) -> bool:
    """The store sells each word's goods alone: a name leads with the second ("Havredryck Original"), and one
    writes the first whole, leading the name ("Mjölk Gammaldags") or ending a compound ("Mellanmjölk"), not
    only joined to another word as a compound's shared part ("Räk & Kräftost", "Mjölk- & Havredryck"). The
    first word as said counts, not its stem: "räk" of "räk o kräftost" is no "Räkor"."""
    if not sold_by(second, index):
        return False
    said = casefold(first)
    joined = re.compile(rf"{re.escape(said)}(?:\s*-|{_JOINED})")  # "Räk- & Kräftost", "Räk - och Kräftost"

    def whole(name: str) -> bool:
        words = _WORD.findall(name)
        return ((words[:1] == [said] and not joined.match(name))
                or any(len(word) > len(said) and word.endswith(said) for word in words))

    return any(whole(casefold(index.entries[i].product.name))
               for i in index.posting("exact", stem(first)) | index.ending_with(stem(first)))


def _only_in_pairs(word: str, index: CatalogIndex) -> bool:
    """No goods are the word alone: every name saying it writes it as the second of a pair ("Fett & Smuts
    Köksrengöring", "Kalk & Smuts Badrengöring"), so "fett och smuts" is one product, where "salt och
    peppar" stays two beside a "Chips Salt & Peppar" where pepper is sold ("Svartpeppar Hel")."""
    joined = re.compile(rf"{_JOINED}{re.escape(casefold(word))}(?![^\W\d_])")
    named = index.posting("exact", stem(word)) | index.ending_with(stem(word))  # "Svartpeppar" too
    return bool(named) and all(joined.search(casefold(index.entries[i].product.name)) for i in named)


def as_the_catalog_links(word: str, index: CatalogIndex) -> str:
    """A compound said without the linking -s- the catalog writes between its parts, or with one the
    catalog leaves out, is the catalog's word, as Swedish links the parts either way: "diskmaskinsalt" is
    the "Diskmaskinssalt", "hushållost" the "Hushållsost". A word some product writes is kept as said, and
    the compound's head must be a catalog word, so only a link moves."""
    said = casefold(word)
    if index.posting("exact", stem(said)):
        return word
    for cut in range(MIN_PART, len(said) - MIN_PART + 1):
        first, head = said[:cut], said[cut:]
        bare = first[:-1] if first.endswith(LINKS) else first
        if len(bare) < MIN_PART or not index.known(head):
            continue
        for other in (f"{bare}{link}{head}" for link in ("", *LINKS)):
            if other != said and index.posting("exact", stem(other)):
                return other
    return word


def _as_written(found: list[tuple[Entry, str]], said: str) -> str | None:
    """The second word as the names found write it: as said where one writes it so ("Tortellini Ricotta &
    Spenat" beside the "... & Spenatsås"), else as the first writes it ("Bakmargarin" for "bak")."""
    words = [word for _, word in found]
    return said if said in words else words[0] if words else None


def side_by_side(x: str, y: str, thing: Sequence[str], index: CatalogIndex) -> bool:
    """Some name writes x and y next to each other in the order said, and the thing said before them ("Juice
    Äpple Hallon" for "juice äpple och hallon")."""
    pair = re.compile(rf"(?:^|\s){re.escape(casefold(x))}\s+{re.escape(casefold(y))}(?![^\W\d_])")
    wanted = {stem(word) for word in thing}
    return any(pair.search(casefold(entry.product.name))
               and wanted <= {stem(word) for word in content_words(entry.product.name)} | entry.heads
               for entry in (index.entries[i] for i in index.posting("exact", stem(y))))


def written_joined(x: str, y: str, rest: Sequence[str], index: CatalogIndex) -> bool:
    """Some name writes the two words joined as one product's ("Smör- & Rapsolja"), the rest said in it too."""
    return bool(_writing_the_pair(x, y, rest, None, index))


def _writing_the_pair(x: str, y: str, rest: Sequence[str], said_apart: str | None,
                      index: CatalogIndex) -> list[tuple[Entry, str]]:
    """The products whose name writes x joined to a word that is the second item said as one compound
    (`said_apart`: "skink paj" of the "Ost & Skinkpaj"), or to y itself or in its base form ("skink" of
    "Paj Ost & Skinka"), or to a compound y leads whose other part is a catalog word ("bak" of
    "Bakmargarin"), with the `rest` said anywhere in the name, as a compound's head ("sås" of "Fisksås Dill &
    Pepparrot") or by its brand ("gourmet gold lamm och anka": the "Gormet Gold Lamm & Anka Paté" by Gourmet);
    each with y as the name writes it."""
    # a hyphen may mark the part x shares with the compound after it ("Mjölk- & Havredryck": milk drink and
    # oat drink), as Swedish writes it
    after_x = re.compile(rf"(?:^|[\s(/]){re.escape(casefold(x))}(?:\s*-)?{_JOINED}([^\W\d_]+)")  # "Räk - och"
    wanted = {stem(word) for word in rest}
    lead = casefold(y)
    said_whole = {said_apart} if said_apart else set()  # the compound said apart, as one word
    if said_apart and lead.endswith("s"):  # ... its parts linked or not: "purjolöks soppa", the "Purjolöksoppa"
        said_whole.add(f"{lead[:-1]}{said_apart[len(lead):]}")
    whole_stems = {stem(word) for word in said_whole}

    def written(entry: Entry) -> str | None:
        name = entry.product.name
        found = after_x.findall(casefold(name))
        said = bool(found) and wanted <= {stem(word) for word in content_words(name)} | entry.heads | entry.brand
        for word in found:
            tail = word[len(lead):] if word.startswith(lead) else ""
            if stem(word) in whole_stems or (said and stem(word) == stem(y)):  # "kanel sylten": "Kanelsylt"
                return y
            if said and len(tail) > 2 and index.posting("exact", stem(tail)):
                return word
        return None

    # the index reads a shared part as written whole ("mjölkdryck"): x is then a part of the name's word, or
    # that word itself where the index cannot split it ("räkost" of "Räk- & Kräftost")
    parts = index.split(y)
    shared = [index.posting("exact", stem(f"{casefold(x)}{link}{parts[-1]}"))
              for link in ("", "s")] if len(parts) > 1 else []
    # the index keys a word by its one spelling ("mjuk" of "Deo Roll-On Mjuk & Torr" is "soft"), and a first
    # word joined to a compound by the compound's first part ("Äpple & Kanelsylt" as "äppelsylt"): the
    # compound said whole finds those
    keys = {stem(x), stem(index.lexicon.spell(casefold(x)))}
    whole = [index.posting("exact", *whole_stems)] if whole_stems else []
    return [(entry, word) for entry in map(index.entries.__getitem__, index.posting("exact", *keys)
                                           .union(index.posting("parts", *keys), *shared, *whole))
            if (word := written(entry)) is not None]


def _sort_of_the_part(word: str, head_parts: Sequence[str], index: CatalogIndex, head_word: str = "") -> str:
    """The stem a modifier said asks. A compound said of the thing that ends in the thing's own first
    part says its sort by its first part, where names write it: "tvättpulver till kulörtvätten" is the
    "Tvättpulver Kulör", the wash is the powder's own. One that no name writes says it by its own head where
    names compound that with the thing: "diskmedel till diskmaskinen" is a "Maskindiskmedel". One the
    catalog writes as its first part before a compound of the last says that first part."""
    parts = index.split(word)
    if len(parts) > 1 and stem(parts[-1]) in head_parts:
        first = word[:len(word) - len(parts[-1])]
        return next((w for w in (stem(first), first) if index.posting("exact", w)), stem(word))
    if (len(parts) > 1 and head_word and not index.posting("exact", stem(word))
            and written_with(stem(base_form(parts[-1])), stem(head_word), index)):
        return stem(base_form(parts[-1]))
    if not index.posting("exact", stem(word)) and (apart := index.said_before_a_compound(casefold(word))):
        return stem(apart[0])  # "ledlampa e14": the "Led" of "Led Klotlampa E14", no word unknown
    return stem(word)


def _sort_in_the_line(purpose: str, head_word: str, index: CatalogIndex) -> str | None:
    """A compound purpose whose own head some name led by the word asked writes as a compound's first part
    names that sort of the line by it: "platinum till diskmaskinen" is the "Platinum Allt i Ett
    Maskindiskmedel", no "Platinum Handdiskmedel", where the head "platinum" is written with no use
    (`written_with` reads a thing's compounds)."""
    parts = index.split(purpose)
    if len(parts) < 2:
        return None
    part, head = stem(base_form(parts[-1])), stem(head_word)
    line = (index.entries[i] for i in index.posting("exact", head))
    return part if any(entry.own and entry.own[0][0] == head and any(
        word != part and opens_with(word, part, entry) for word in entry.exact) for entry in line) else None


def _sort_before_the_thing(purpose: str, head_word: str, index: CatalogIndex) -> str | None:
    """A purpose compounded of a catalog word and the first part of the thing asked names the thing's
    sort by that word: "vittvätten" for a "tvättmedel" is the white wash, the "Vit Tvätt Tvättmedel",
    though no name writes "vittvätt" (a compound the catalog writes is a modifier already, see
    `_sort_of_the_part`). Split by letters, as the catalog's vocabulary may cut the compound elsewhere;
    the sort's word a catalog word or a Swedish one: a store selling no white wash still has it asked.
    A filler names no sort there as it names none said alone: "fågelmat till småfåglarna" is for birds."""
    said, head = casefold(purpose), stem(head_word)
    for cut in range(MIN_SORT, len(said) - MIN_SORT + 1):
        rest, sort = stem(said[cut:]), said[:cut]
        if (len(rest) > MIN_SORT and head != rest and head.startswith(rest) and fold(sort) not in index.lexicon.fillers
                and (index.known(sort) or is_swedish(sort))):
            return sort
    return None


MIN_SORT = 3  # letters of a sort's word and of the thing's first part in a purpose (see above)


def sort_named_with(first: str, second: str, index: CatalogIndex) -> bool:
    """"jubileums kaffe två paket bryggkaffe": a word of the same kind said after the item, where some
    name writes both ("Jubileumskaffe Mellanrost Bryggkaffe"), says which of it; "mjölk två liter
    filmjölk" names two things, as no name says both. `first`, `second`: the two items' phrases."""
    said, sort = analyse(first, index), analyse(second, index)
    if said is None or sort is None or said.head != sort.head or said.head_word == sort.head_word:
        return False
    return bool(index.posting("exact", said.head_word) & index.posting("exact", sort.head_word))


MAX_FLAVOUR_WORDS = 2  # words of a flavour said after "och": "cream cheese", "sour cream"


REFILL = "refill"


def _refill_said(phrase: str) -> str:
    """"tvål refillpåse", "snabbkaffe påfyllnadspåsen": a refill written whole with its container is the
    goods' refill ("Handtvål Refill"), no thing "refillpåse" asked."""
    return _WORD.sub(lambda word: REFILL if refill_written_whole(casefold(word[0])) else word[0], phrase)


_WHOM_THEN = re.compile(r"^(?P<thing>\S.*?)\s+(?P<whom>(?:till|åt|för)\s+(?P<who>[^\W\d_]+))\s+(?P<rest>[^\W\d_].*)$",
                        re.IGNORECASE)


def _whom_said_last(phrase: str, lexicon: Lexicon) -> str:
    """"gourmet gold till katten lax och kyckling": foods said after the animal the goods are for are what
    they taste of, said before it ("gourmet gold lax och kyckling till katten"), no part of whom they are for
    (the children's "godis till barnen choklad och lakrits" may be two sweets)."""
    said = _WHOM_THEN.match(phrase.strip())
    if said is None or lexicon.attribute_of(stem(said["who"])) != ANIMALS:
        return phrase
    foods = content_words(said["rest"])
    if not foods or foods[0] != said["rest"].split()[0] or not all(lexicon.names_food(stem(w)) for w in foods):
        return phrase  # "godis till katten med lax" is read as said
    return f"{said['thing']} {said['rest']} {said['whom']}"


def an_animals_flavours(phrase: str, second: Sequence[str], index: CatalogIndex, whom: str = "") -> bool:
    """"torrfoder till hunden med kyckling och potatis", "gourmet gold till katten lax och kyckling": foods
    listed after goods for an animal, the first said with them, are what its food tastes of, whether or not a
    name writes them together; no potatoes for the client. The animal may be said last, as whom the second is
    for (`whom`: "cesar kyckling och oxkött till hunden"). "kattmat och mjölk" lists the goods themselves."""
    said = content_words(phrase)
    if not said or not second or not all(index.lexicon.names_food(stem(word)) for word in (said[-1], *second)):
        return False
    lexicon = index.lexicon  # an animal named, as a word or a compound's part ("till katten", "hundmat"), also,
    # the foods said "med", of a compound the store writes whole, which is not split ("friskies kattmat med kyckling
    # och lax": `Lexicon.species_named`; "kattmat lax och tonfisk" lists two sorts, see another_sort_listed)
    named = (*said, *content_words(whom))
    return (any(lexicon.attribute_of(stem(part)) == ANIMALS for word in named for part in (word, *index.split(word)))
            or (bool(split_accompaniment(phrase)[1]) and bool(lexicon.species_named(stem(word) for word in named))))


def flavours_named_as_one(phrase: str, second: Sequence[str], index: CatalogIndex) -> bool:
    """"nöt korv med vitlök och persilja": a bare word after "och" goes on listing what the thing said
    before it is made "med", when some name of that thing writes both joined, in either order (the
    "Nötkorv Persilja & Vitlök", the "Soppmix Vitkål Morot"). "fisk med potatis och morötter" stays two
    items where no fish's name says them. `phrase`: the item before "och"; `second`: the content words of
    the one after it, a flavour of two words too ("chips med chili och cream cheese": "Chips Chili Cream Cheese").
    One word may stand between the two: "chips med cheddar och sourcream" is the "Chips Cheddar Royale &
    Sourcream", "flora med smör och havssalt" the "Flora med Smör och Fint Havssalt", however the compound is
    said ("havs salt"). A name may write them in English ("Sköljmedel Apple & Pear Blossom", the lexicon's
    spellings). The thing may be said by its brand, which a feed may keep apart from the name ("cesar hundmat den
    med kyckling och grönsaker": Cesar's "Kyckling & Grönsaker Country Kitchen")."""
    thing, flavour = split_accompaniment(phrase)
    if not flavour:  # "sköljmedel som doftar äpple och päron": a scent listed as "med" lists a flavour
        thing, flavour = scent_apart(phrase)
    things, flavours = content_words(thing), content_words(flavour)
    if len(second) > 1 and stem(second[-1]) == _SMAK:  # "te med hallon och grädde smak": the taste of both
        second = second[:-1]
    if not things or not flavours or not 0 < len(second) <= MAX_FLAVOUR_WORDS:
        return False
    written_as, flavour_names = index.lexicon.written_as, index.lexicon.flavour_names
    def any_form(word: str) -> str:  # "nötter" said, "Nöt" written; "päron" said, "Pear" written (spellings)
        forms = (base_form(word), *sorted(written_as.get(stem(word), ())), *flavour_names.get(stem(word), ()))
        return rf"(?:{'|'.join(map(re.escape, forms))})[^\W\d_]*"
    x, y = any_form(flavours[-1]), r"\s+".join(map(any_form, second))
    if len(second) > 1:  # "havs salt" spoken apart is the "Havssalt" a name writes whole
        y = rf"(?:{y}|{any_form(''.join(second))})"
    # "Persilja & Vitlök", or side by side: "Soppmix Vitkål Morot"; a word of either's own may come between
    # ("Chips Cheddar Royale & Sourcream", "Flora med Smör och Fint Havssalt"); a list of three writes a comma
    # ("Smoothie Jordgubb, Hallon & Blåbär")
    apart = rf"(?:\s+[^\W\d_]+)?(?:{_JOINED}|\s*,\s*|\s+)(?:[^\W\d_]+\s+)?"
    joined = re.compile(rf"(?:^|[\s(/])(?:{x}{apart}{y}|{y}{apart}{x})(?![^\W\d_])")
    named = [fold(casefold(thing)) for thing in things]  # the kind, or the line said with it ("tuc kex")
    # ... or the brand, which a feed may keep apart ("cesar hundmat", "knäckebröd från wasa med surdeg")
    brands = {stem(word) for word in (*things, *flavours[:-1])}
    said = stem(flavours[-1])  # a name's word, or one it says with "med" ("Flora med Smör ..."), or its flavour's
    written = [said, *(stem(name.split()[0]) for name in flavour_names.get(said, ()))]  # ("Sourcream")
    candidates = index.posting("exact", *written) | index.posting("parts", *written)
    return any(joined.search(name := fold(casefold(entry.product.name)))
               and (any(thing in name or thing in name.replace(" ", "") for thing in named)  # "Mjölk Chokladkaka"
                    or not brands.isdisjoint(entry.brand))
               for entry in map(index.entries.__getitem__, candidates))


def sort_of(thing: Sequence[str], sort: Sequence[str], index: CatalogIndex) -> bool:
    """The words said are a sort of the thing said before them ("kaffe" … "mellanrost"): most
    products named by the sort's last word say the thing too, as a word or ending a compound
    ("Bryggkaffe Mellanrost", "Kaffe Mellanrost Solid"), and say every other word of the sort. "mjölk" …
    "bröd" are two things: breads do not say milk. Words that only mark a variant ("ekologiska",
    "laktosfri") are a sort of any thing. `thing`, `sort`: content words of each."""
    if not thing or not sort:
        return False
    marks = [index.lexicon.attribute_of(stem(word)) for word in sort]
    if all(mark is not None and mark not in FOR_WHOM and mark not in index.lexicon.departments for mark in marks):
        return True  # "ägg 12 st ekologiska", "mjölk 2 liter lätt"
    head, wanted = stem(thing[-1]), {stem(word) for word in sort}
    if any(word.endswith(head) for word in wanted):
        return False  # "mjölk två liter filmjölk": a compound of the thing names a thing (see sort_named_with)
    named = [index.entries[i] for i in index.posting("exact", stem(sort[-1]))]
    def says_the_thing(entry: Entry) -> bool:
        return any(word == head or (word.endswith(head) and len(word) > len(head) + 2) for word in entry.words)
    return bool(named) and MOST * len(named) < sum(
        1 for entry in named if wanted <= entry.words and says_the_thing(entry))


MOST = 0.5  # share of a sort's products that must say the thing said before it


def kind_of(thing: Sequence[str], kind: str, index: CatalogIndex) -> bool:
    """The word is the kind of the thing said before it ("fiberrost" … "ett bröd"): the shelf of every product
    the thing's first word names says it, and none of them writes it as a word of its own (a name saying "bröd",
    "Fiberrost Bröd", is of a thing with bread in it); as a compound's head it is the kind still ("Grevé Ekologisk
    Hårdost" is a cheese). An upper level joining kinds says none ("Mejeri, ost & ägg" of milk: "mjölk ett paket
    ägg" is two things). A feed of bare names tells no kind. `thing`: content words."""
    if not thing:
        return False
    word = stem(kind)
    named = [index.entries[i] for i in index.posting("exact", stem(thing[0]))]
    return bool(named) and all(word in entry.context and word not in entry.joint and word not in entry.exact
                               for entry in named)


def _shares_head(first: str, word: str, index: CatalogIndex) -> bool:
    """"räk" before "kräftost": the catalog knows the compound of the first word and the word's head."""
    parts = index.split(word)
    return len(parts) > 1 and any(index.known(f"{first}{link}{parts[-1]}") for link in ("", "s"))


_WORD = re.compile(r"[^\W\d_]+")
_JOINED = r"\s*(?:&|\+|/|\s(?:och|o|and)\s)\s*"  # how a name writes two things one product holds


def size_letter_said(phrase: str, index: CatalogIndex) -> str:
    """A size letter ending a request after a word is the size asked, where the store sells that word's
    goods by such a size: "gummihandskar m" is "gummihandskar storlek m", the "Gummihandske Medium"
    (normalize.content_words: both "mstorlek"), never the Large one. "ägg l" stays as said: no egg's
    name writes a size word, and a size word no product of the kind says would lead elsewhere."""
    said = _LAST_SIZE_LETTER.search(phrase)
    words = content_words(phrase[:said.start()]) if said else []
    if not said or not words or fold(casefold(words[-1])) in SIZE_WORDS:
        return phrase  # "gummihandskar storlek m", "stl m": the size word said already
    letter = said.group(1).casefold()
    sized = index.posting("exact", stem(f"{letter}storlek"))
    kind = index.posting("exact", stem(words[-1])) | index.ending_with(stem(words[-1]))
    if not sized & kind and not any(size_letters(tokens(index.entries[i].product.name)) for i in kind):
        return phrase  # no product of the kind writes a size, by its name ("Medium") or letter ("Ägg M"); where
        #               some do, another size said is asked for as said ("ägg s" where only M and L are sold)
    return f"{phrase[:said.start()]} storlek {said.group(1)}"


def filter_size_said(phrase: str, index: CatalogIndex) -> str:
    """A size by its number said of goods the store sizes by a filter's code, and by no "storlek", is that
    code: "kaffefilter storlek fyra" is the "Kaffefilter 1X4" (size 4), no other filter. Where a product of
    the kind writes the size ("Blöjor Stl 4"), or none writes the code, the phrase stays as said."""
    said = _NUMBERED_SIZE_SAID.search(phrase)
    words = content_words(phrase[:said.start()]) if said else []
    if not said or not words or index.posting("exact", stem(f"{said.group(1)}storlek")):
        return phrase
    kind = index.posting("exact", stem(words[-1])) | index.ending_with(stem(words[-1]))
    code = f"1x{said.group(1)}"
    if not kind & index.posting("exact", code):
        return phrase
    return f"{phrase[:said.start()]} {code}{phrase[said.end():]}"


def socket_said(phrase: str, index: CatalogIndex) -> str:
    """A lamp's socket said by its size ("med stor sockel", "med den lilla sockeln") is its code
    (fits.SOCKETS_BY_SIZE), where a name of the store writes that code: no name says "sockel", and the word
    read as a typo found other goods ("Socker"). Said beside the code ("liten sockel e14") the words go."""
    said = _SOCKET_SAID.search(phrase)
    if not said:
        return phrase
    code = SOCKETS_BY_SIZE[said.group(1).casefold()]
    if not index.posting("exact", code):
        return phrase
    rest = f"{phrase[:said.start()]} {phrase[said.end():]}"
    read = rest if code_of(tokens(rest)) else f"{phrase[:said.start()]} {code} {phrase[said.end():]}"
    return " ".join(read.split())


_SOCKET_SAID = re.compile(rf"(?:\b(?:med|och)\s+)?(?:\b(?:den|en)\s+)?\b({'|'.join(SOCKETS_BY_SIZE)})\s+sockeln?\b",
                          re.IGNORECASE)
_NUMBERED_SIZE_SAID = re.compile(r"\b(?:storlek|strl|stl)\s+(\d)\b(?![,.x×]\d)", re.IGNORECASE)
_LAST_SIZE_LETTER = re.compile(r"(?<=[^\W\d_])\s+(xs|s|m|l|xl|xxl)\s*$", re.IGNORECASE)
