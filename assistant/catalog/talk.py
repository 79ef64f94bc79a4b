"""Goods said at the end of talk with no pause ("korv hon är sjuk toapapper"): the parser sets the talk aside
and offers its last words (`ParsedRequest.said_after_talk`). They are kept where the store sells goods they
name, as lines staff confirm: goods asked are never lost silently, and talk ("hon har så torra
ögon") asks for nothing the store does not clearly sell."""

from __future__ import annotations

from assistant.catalog.index import CatalogIndex
from assistant.catalog.kinds import HEAD
from assistant.catalog.matcher import BASE_CONFIDENCE, match
from assistant.catalog.normalize import content_words, stem
from assistant.nlu.models import Item, ParsedRequest

AFTER_TALK = "Sades i slutet av en kommentar: kontrollera att varan ska med"


def with_goods_after_talk(parsed: ParsedRequest, index: CatalogIndex) -> list[Item]:
    """The parsed items and the goods said after talk that the store sells, in the order said. A sort alone
    said so is the item's before it ("torrfoder till katten hon är gammal senior": the senior food)."""
    items = list(parsed.items)
    for goods in parsed.said_after_talk:
        at = next((n for n, item in enumerate(items) if item.span[0] > goods.span[0]), len(items))
        if at and _named_before(goods.phrase, items[at - 1].phrase):
            continue  # "torrfoder till katten han är en inne katt": the cat talked of, no goods
        if at and _a_sort(goods.phrase, index):
            before = items[at - 1]
            items[at - 1] = before.model_copy(update={"phrase": f"{before.phrase} {goods.phrase}",
                                                      "span": (before.span[0], goods.span[1])})
        elif _names_goods_sold(goods, index):
            items.insert(at, goods)
    return items


def _named_before(phrase: str, before: str) -> bool:
    """The words said after talk name again what the item before them named ("katt" of "till katten")."""
    said = {stem(word) for word in content_words(before)}
    words = content_words(phrase)
    return bool(words) and all(stem(word) in said for word in words)


def _a_sort(phrase: str, index: CatalogIndex) -> bool:
    """One word naming a sort of goods (the lexicon's attributes and descriptors: "senior", "laktosfri"), no
    department's ("katt": whom pet food is for)."""
    words, lex = phrase.split(), index.lexicon
    if len(words) != 1:
        return False
    attribute = lex.attribute_of(stem(words[0]))
    return (attribute is not None and attribute not in lex.departments) or stem(words[0]) in lex.descriptors


def _names_goods_sold(item: Item, index: CatalogIndex) -> bool:
    """The store sells goods the words name, even in many sorts ("kaffe"), not merely goods near them."""
    proposal = match(index, item)
    return proposal.product is not None and proposal.confidence >= BASE_CONFIDENCE[HEAD]
