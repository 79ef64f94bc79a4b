"""Multi-word phrases ("samma som förra veckan", "jag skulle vilja") matched longest-first.

Patterns are expanded once at import into a word trie, so matching costs one dict lookup per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product
from typing import Any

from assistant.nlu.lexicon import PHRASES

# When two phrases of the same length match, the more specific kind wins.
_PRIORITY = {
    "undo": 0, "clear": 0, "finish": 1, "ask_basket": 2, "ask_total": 3, "repeat_last": 4, "repeat_usual": 4,
    "remove": 5, "set": 6, "instead": 7, "prefer": 7, "add": 8, "reset": 9, "sep": 10, "filler": 11, "question": 12,
}
_ELEMENT = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|([^\s()\[\]]+)")


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: str
    final: bool  # only when nothing but a separator follows (a clause of its own)


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    length: int  # number of words matched


def expand(pattern: str) -> list[tuple[str, ...]]:
    """All word sequences a pattern stands for."""
    choices: list[list[tuple[str, ...]]] = []
    for required, optional, word in _ELEMENT.findall(pattern):
        if word:
            choices.append([(word,)])
        else:
            alternatives = [tuple(alt.split()) for alt in (required or optional).split("|")]
            choices.append(alternatives + [()] if optional else alternatives)
    return [tuple(w for part in combo for w in part) for combo in product(*choices)]


class PhraseTrie:
    def __init__(self, phrases: tuple[tuple[str, str], ...]) -> None:
        self._root: dict[str, Any] = {}  # word → child node; "" → the phrases ending here
        for kind, pattern in phrases:
            final = pattern.endswith("$")
            for words in expand(pattern.rstrip("$")):
                if not words:
                    continue
                node: dict[str, Any] = self._root
                for word in words:
                    node = node.setdefault(word, {})
                node.setdefault("", []).append(Phrase(kind, final))
        self._sort(self._root)
        # Words that end a clause as well as a separator does ("ångra och lägg till ...").
        self._clause_ends = frozenset(
            word for word, node in self._root.items()
            if any(p.kind in ("sep", "reset", "filler") for p in node.get("", ()))
        )

    def _sort(self, node: dict[str, Any]) -> None:
        for key, child in node.items():
            if key == "":
                unique = dict.fromkeys(child)
                node[key] = sorted(unique, key=lambda p: (_PRIORITY[p.kind], not p.final))
            else:
                self._sort(child)

    def first_words(self) -> list[str]:
        return list(self._root)

    def words(self) -> set[str]:
        """Every word any phrase contains."""
        found: set[str] = set()
        stack = [self._root]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key:
                    found.add(key)
                    stack.append(child)
        return found

    def longest(self, words: list[str | None], start: int) -> Match | None:
        """The longest phrase starting at `start`; None entries in `words` are non-words that stop a match.

        A final-only phrase counts only when the clause ends after it.
        """
        node: dict[str, Any] = self._root
        best: Match | None = None
        index = start
        while index < len(words):
            word = words[index]
            if word is None or word not in node:
                break
            node = node[word]
            index += 1
            candidates = node.get("")
            if candidates:
                at_end = index >= len(words) or words[index] is None or words[index] in self._clause_ends
                for phrase in candidates:
                    if at_end or not phrase.final:
                        best = Match(phrase, index - start)
                        break
        return best


PHRASE_TRIE = PhraseTrie(PHRASES)
