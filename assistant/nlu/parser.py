"""Group the events of an utterance into items and intents: the public `parse`."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.nlu.lexicon import (
    ATTRIBUTE_PREFIX_EXCEPTIONS, ATTRIBUTE_PREFIXES, ATTRIBUTES, INCREMENT, POINTERS, SET_FRAME,
    SUBSTITUTE_JOINERS, UNITS,
)
from assistant.nlu.marking import Command, Event, Separator, Switch, events
from assistant.nlu.models import Item, ParsedRequest, Quantity, Repeat
from assistant.nlu.quantities import Amount
from assistant.nlu.tokens import Token

_REPEAT_KINDS = {"repeat_last": "last", "repeat_usual": "usual"}


@dataclass(slots=True)
class _Segment:
    """The words between two separators, with the action that was switched on for them."""

    action: str | None          # explicit action switch at its start
    inherits: bool              # joined to the previous segment by "och", a comma, ...
    start: int                  # where its switch phrase started (for items without words)
    elements: list[Token | Amount] = field(default_factory=list)
    instead: bool = False
    prefer: bool = False        # ", gärna laktosfri": completes the item before


@dataclass(slots=True)
class _Draft:
    words: list[Token] = field(default_factory=list)
    amount: Amount | None = None
    increment: bool = False
    action: str | None = None  # set for the two halves of a substitution
    start: int | None = None
    end: int | None = None

    def cover(self, start: int, end: int) -> None:
        self.start = start if self.start is None else min(self.start, start)
        self.end = end if self.end is None else max(self.end, end)


def parse(text: str, *, max_chars: int = 2000) -> ParsedRequest:
    """Read a typed or recognised Swedish shopping request; never raises, input is cut at max_chars."""
    text = text[: max(max_chars, 0)]
    stream = events(text)
    segments, commands = _segment(stream)
    ordered: list[tuple[int, str]] = [(c.start, c.intent) for c in commands]
    items: list[Item] = []
    mode, mode_counts = "add", False
    for segment in segments:
        if segment.action is not None:
            action = segment.action
            mode, mode_counts = action, _starts_with_amount(segment)
        elif segment.inherits and (mode == "add" or mode_counts or not _starts_with_amount(segment)):
            action = mode
        else:
            action = mode = "add"
        for draft in _split(segment, action):
            if segment.action is None and segment.inherits and items and _merge(items[-1], draft, segment.prefer):
                continue
            # "tre mjölk istället" changes a count; "äpplen istället" is just another item
            instead = segment.instead and draft.amount is not None
            item = _build(draft, draft.action or ("set" if instead else action), segment.start)
            if item is not None:
                items.append(item)
    ordered.extend((item.span[0], item.action) for item in items)
    intents = list(dict.fromkeys(
        "repeat" if intent in _REPEAT_KINDS else intent
        for _, intent in sorted(ordered, key=lambda pair: pair[0])
        if intent != "question"
    ))
    return ParsedRequest(
        text=text,
        intents=intents or ["unknown"],  # type: ignore[arg-type]
        items=items,
        repeat=_repeat(commands, items),
    )


def _segment(stream: list[Event]) -> tuple[list[_Segment], list[Command]]:
    segments: list[_Segment] = []
    commands: list[Command] = []
    current = _Segment(None, False, 0)

    def close(next_segment: _Segment) -> _Segment:
        if current.elements or current.action is not None:
            segments.append(current)
        return next_segment

    for index, event in enumerate(stream):
        if isinstance(event, Separator):
            current = close(_Segment(None, not event.reset, current.start))
        elif isinstance(event, Switch):
            if event.kind == "instead":
                current.instead = True
            elif event.kind == "prefer":
                current.prefer = not current.elements and current.inherits and current.action is None
            elif _ends_clause(stream, index) and current.elements and current.action in (None, "add"):
                _apply_backwards(event.kind, current, segments)
            else:
                current = close(_Segment(event.kind, True, event.start))
        elif isinstance(event, Command):
            commands.append(event)
            current = close(_Segment(None, False, event.start))
        elif current.instead:
            continue  # "tre mjölk istället för två": what follows names the old choice
        else:
            current.elements.append(event)
    close(current)
    return segments, commands


def _apply_backwards(action: str, current: _Segment, segments: list[_Segment]) -> None:
    """"mjölken och smöret kan du ta bort": a switch at the end of a clause covers its list."""
    current.action = action
    joined, index = current.inherits, len(segments) - 1
    while joined and index >= 0 and segments[index].action is None:
        segments[index].action = action
        joined, index = segments[index].inherits, index - 1


def _ends_clause(stream: list[Event], index: int) -> bool:
    return index + 1 == len(stream) or isinstance(stream[index + 1], (Separator, Command))


def _starts_with_amount(segment: _Segment) -> bool:
    return bool(segment.elements) and isinstance(segment.elements[0], Amount)


def _split(segment: _Segment, action: str) -> list[_Draft]:
    """Items of a segment: a new item starts at a quantity that follows words and precedes words."""
    if action == "set":
        return _substitution(segment) or [_set_draft(segment)]
    drafts = [_Draft()]
    elements = segment.elements
    for index, element in enumerate(elements):
        current = drafts[-1]
        if isinstance(element, Amount):
            followed_by_words = any(
                isinstance(e, Token) and e.text != INCREMENT for e in elements[index + 1: index + 2]
            )
            if current.words and (followed_by_words or current.amount is not None):
                drafts.append(_Draft(amount=element))
            elif current.amount is not None:
                drafts.append(_Draft(amount=element))
            else:
                current.amount = element
            drafts[-1].cover(element.start, element.end)
        else:
            current.words.append(element)
            current.cover(element.start, element.end)
    return drafts


def _substitution(segment: _Segment) -> list[_Draft] | None:
    """"byt mjölken mot filmjölk": no new count, so the old product goes and the new one comes."""
    elements = segment.elements
    if any(isinstance(e, Amount) for e in elements):
        return None
    joints = [i for i, e in enumerate(elements) if isinstance(e, Token) and e.text in SUBSTITUTE_JOINERS]
    if not joints or joints[0] == 0 or joints[0] == len(elements) - 1:
        return None
    drafts = []
    for action, part in (("remove", elements[:joints[0]]), ("add", elements[joints[0] + 1:])):
        draft = _Draft(action=action)
        for element in part:
            if isinstance(element, Token) and element.text not in SET_FRAME:
                draft.words.append(element)
                draft.cover(element.start, element.end)
        drafts.append(draft)
    old, new = drafts
    if new.words and all(w.text in ATTRIBUTES for w in new.words):
        new.words += old.words  # "byt mjölken mot laktosfri": the laktosfri kind of the same product
    return drafts


def _set_draft(segment: _Segment) -> _Draft:
    """"ändra mjölken från två till tre": one item, the last quantity said is the new one."""
    draft = _Draft()
    for element in segment.elements:
        if isinstance(element, Amount):
            draft.amount = element
        elif element.text not in SET_FRAME:
            draft.words.append(element)
        draft.cover(element.start, element.end)
    return draft


def _build(draft: _Draft, action: str, fallback_start: int) -> Item | None:
    words = list(draft.words)
    draft.increment = draft.amount is not None and draft.amount.more
    if draft.increment:
        action = "set"
    if words and words[-1].text == INCREMENT and (
        draft.amount.start < words[-1].start if draft.amount is not None else len(words) > 1
    ):
        words.pop()
        draft.increment = True
        action = "set"
    amount = draft.amount
    if amount is None and len(words) > 1 and words[0].text in UNITS and UNITS[words[0].text].singular:
        amount = _bare_unit(words[0])
        words = words[1:]
    phrase_words = [w.text for w in words if w.text not in POINTERS]
    if not any(len(w) > 1 and w != INCREMENT for w in phrase_words):
        phrase_words = []  # "x", "%", a lone "till": nothing to look for
    quantity = _quantity(amount)
    if not phrase_words and amount is not None and amount.unit_word and not draft.increment:
        phrase_words = [amount.unit_word]  # "en limpa": the package word is the product
    if not phrase_words and not draft.increment and (action == "add" or draft.start is None):
        return None
    start = draft.start if draft.start is not None else fallback_start
    end = draft.end if draft.end is not None else fallback_start
    return Item(
        phrase=" ".join(phrase_words),
        quantity=quantity,
        attributes=_attributes(phrase_words),
        action=action,  # type: ignore[arg-type]
        increment=draft.increment,
        span=(start, end),
    )


def _bare_unit(token: Token) -> Amount:
    """"kilo potatis", "paket smör": a unit said without a number means one of it."""
    unit = UNITS[token.text]
    return Amount(1.0, token.start, token.end, unit=unit.unit, unit_word=token.text if unit.package else None)


def _quantity(amount: Amount | None) -> Quantity:
    if amount is None:
        return Quantity()
    unit = amount.unit or ("st" if amount.amount is not None else None)
    return Quantity(amount=amount.amount, amount_max=amount.amount_max, unit=unit, unit_word=amount.unit_word)


def _attributes(words: list[str]) -> list[str]:
    found: list[str] = []
    for word in words:
        canonical = ATTRIBUTES.get(word) or _attribute_prefix(word)
        if canonical and canonical not in found:
            found.append(canonical)
    return found


def _attribute_prefix(word: str) -> str | None:
    if word.startswith(ATTRIBUTE_PREFIX_EXCEPTIONS):
        return None
    for prefix, canonical in ATTRIBUTE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return canonical
    return None


def _merge(previous: Item, draft: _Draft, prefer: bool) -> bool:
    """"potatis, två kilo", "mjölk, laktosfri", "äpplen, gärna röda": this completes the item before."""
    if draft.start is None or draft.end is None:
        return False
    if prefer:
        previous.phrase = " ".join([previous.phrase, *(w.text for w in draft.words if w.text not in POINTERS)])
        previous.attributes = _attributes(previous.phrase.split())
        if draft.amount is not None and previous.quantity.amount is None:
            previous.quantity = _quantity(draft.amount)
    elif not draft.words and draft.amount is not None:
        if previous.quantity.amount is not None or previous.quantity.unit is not None or previous.increment:
            return False
        previous.quantity = _quantity(draft.amount)
    elif draft.amount is None and draft.words and all(w.text in ATTRIBUTES for w in draft.words):
        previous.phrase = " ".join([previous.phrase, *(w.text for w in draft.words)]).strip()
        previous.attributes = _attributes(previous.phrase.split())
    else:
        return False
    previous.span = (min(previous.span[0], draft.start), max(previous.span[1], draft.end))
    return True


def _repeat(commands: list[Command], items: list[Item]) -> Repeat | None:
    kinds = [_REPEAT_KINDS[c.intent] for c in commands if c.intent in _REPEAT_KINDS]
    if not kinds:
        return None
    return Repeat(
        kind=kinds[0],  # type: ignore[arg-type]
        without=[i.phrase for i in items if i.action == "remove" and i.phrase],
        extra=[i.phrase for i in items if i.action == "add" and i.phrase],
    )
