"""Words typed without å, ä and ö ("tva liter", "kan jag fa", "en pase"), read back with them.

Tablets' on-screen keyboards and older clients often drop the Swedish letters. Only the parser's own
vocabulary (numbers, units, attributes, request phrases) is restored, and only where the plain
spelling is not itself one of its words and stands for exactly one of them; product words are left
to the matcher, which compares them folded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from assistant.nlu import lexicon
from assistant.nlu.numbers import number_words
from assistant.nlu.patterns import PHRASE_TRIE
from assistant.nlu.tokens import Token

_FOLD = str.maketrans("åäöé", "aaoe")


def fold(word: str) -> str:
    return word.translate(_FOLD)


def _restorations(vocabulary: Iterable[str]) -> dict[str, str]:
    known = set(vocabulary)
    by_plain: dict[str, set[str]] = defaultdict(set)
    for word in known:
        plain = fold(word)
        if plain != word:
            by_plain[plain].add(word)
    return {plain: next(iter(words)) for plain, words in by_plain.items()
            if len(words) == 1 and plain not in known and plain not in lexicon.WORDS_OF_THEIR_OWN}


RESTORE = _restorations((
    *PHRASE_TRIE.words(), *number_words(), *lexicon.UNITS, *lexicon.ATTRIBUTES, *lexicon.VAGUE,
    *lexicon.VAGUE_AFTER_ARTICLE, *lexicon.POINTERS, *lexicon.FILLER_WORDS, *lexicon.HALF,
    *lexicon.COUNT_NOUNS, *lexicon.TIMES, *lexicon.SET_FRAME, *lexicon.RANGE_JOINERS, *lexicon.AFTER_UNIT,
    *lexicon.QUARTERS, *lexicon.FRACTION_WORDS, *lexicon.CHATTER_STARTS, *lexicon.SUBSTITUTE_JOINERS,
    *lexicon.USUAL_OWNERS, *lexicon.USUAL, *lexicon.ORDINARY,
))


def restore(tokens: list[Token]) -> list[Token]:
    before = ""
    for token in tokens:
        if token.kind == "word" and not (token.text in lexicon.WORDS_OF_THEIR_OWN_POINTED_AT
                                         and before in _POINTING):
            token.text = RESTORE.get(token.text, token.text)
        before = token.text
    return tokens


_POINTING = lexicon.POINTERS | {"en", "ett"}
