"""A client's own readings of their words, learned from staff decisions, applied to a proposal (pure).

When staff pick a product for a line, or approve a flagged one, that product is what this client means
by the phrase at this grocer. Next time it is proposed with confidence and unflagged, the matcher's own
ranking giving the alternatives, unless it is no longer sold, is out of stock, or breaks the client's
diet: then the matcher's proposal stands, flagged when the learned product went away.

"min vanliga ost" (an item marked `usual`) asks for the client's usual product of that kind: the
learned reading of "ost" if there is one, else the product of that kind the client chose or bought
before (the matcher ranks the client's own products first; the top one must be one of them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from assistant.catalog.diet import diet_conflicts
from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import CLOSE, MAX_ALTERNATIVES, Proposal
from assistant.catalog.normalize import content_words, stem
from assistant.catalog.packages import TOO_BIG, count_packages, question_of
from assistant.catalog.questions import USUAL_GONE, WHICH_SORT, Question, asked
from assistant.nlu.models import Item

LEARNED_CONFIDENCE = 0.95


def phrase_key(phrase: str) -> str:
    """The phrase as the catalog's normaliser reads it, word order aside: "Mjölken" and "mjölk",
    "laktosfri mjölk" and "mjölk laktosfri" are one key; "" when no word can name a product."""
    return " ".join(sorted({stem(word) for word in content_words(phrase)}))


def _flagged(proposal: Proposal, reason: str, question: Question) -> Proposal:
    return replace(proposal, needs_review=True, reason="; ".join(r for r in (reason, proposal.reason) if r),
                   question=asked(proposal.question, question))


def _confident(proposal: Proposal, product_id: str, index: CatalogIndex, item: Item) -> Proposal:
    """The client's product as the proposal; the matcher's choice and alternatives become the alternatives."""
    entry = index.entries[index.by_id[product_id]]
    ranked = ([(proposal.product, proposal.score)] if proposal.product else []) + proposal.alternatives
    alternatives = [(p, score) for p, score in ranked if p.id != product_id][:MAX_ALTERNATIVES]
    counted = count_packages(index, item.quantity, entry)  # the matcher's package count, for this product
    reason = counted.reason if counted.reason and counted.reason != TOO_BIG else None  # amount unclear: ask
    return Proposal(entry.product, LEARNED_CONFIDENCE, reason is not None, reason, counted.count, 1.0, alternatives,
                    counted.estimated, question_of(reason))


def _usual(proposal: Proposal, own: Sequence[str]) -> str | None:
    """The client's own product of the asked kind: the matcher's top one must be theirs; among theirs
    that score as near (all lifted by being the client's), the one first in `own`."""
    if proposal.product is None or proposal.product.id not in own:
        return None
    ranked = [(proposal.product, proposal.score), *proposal.alternatives]
    near = [p.id for p, score in ranked if p.id in own and score >= proposal.score - CLOSE]
    return min(near, key=list(own).index)


def _reading_of(phrase: str, learned: Mapping[str, str]) -> str | None:
    """The product the client means by the phrase: the newest reading whose phrase as taught reads as this
    one now. Keyed by the phrase here, not by the key stored beside it, so that a reading taught before the
    normaliser changed (a new stem, a new spelling) still applies; `learned` is phrase → product id,
    oldest first."""
    if not learned:  # most clients have taught nothing: no key to read
        return None
    key = phrase_key(phrase)
    if not key:
        return None
    return next((product_id for taught, product_id in reversed(learned.items()) if phrase_key(taught) == key), None)


def apply_learned(proposal: Proposal, item: Item, index: CatalogIndex, learned: Mapping[str, str],
                  own: Sequence[str] = (), diet: Sequence[str] = ()) -> tuple[Proposal, bool]:
    """(the proposal, whether a learned reading or the client's usual product made it).

    `learned`: the client's readings at this grocer, phrase as taught → product id, oldest first.

    `proposal` is the matcher's for the item; for a `usual` item it was ranked with `own` (see
    `history.own_products`) as the client's history, so a product of theirs of that kind comes first."""
    product_id = _reading_of(item.phrase, learned)
    if product_id is None and item.usual:
        product_id = _usual(proposal, own)
    if product_id is None:
        none_of_theirs = f"Hittade ingen vara som kunden brukar ta för «{item.phrase}»: kontrollera"
        return (_flagged(proposal, none_of_theirs, WHICH_SORT) if item.usual else proposal), False
    position = index.by_id.get(product_id)
    if position is None:
        return _flagged(proposal, "Kundens vanliga vara finns inte längre i sortimentet: kontrollera", USUAL_GONE), False
    product = index.entries[position].product
    if not product.available:
        return _flagged(proposal, f"Kundens vanliga vara «{product.name}» är slut: kontrollera", USUAL_GONE), False
    if diet_conflicts(index, product.id, product.name, diet):
        return proposal, False  # the diet comes first; the matcher already steers by it
    return _confident(proposal, product_id, index, item), True
