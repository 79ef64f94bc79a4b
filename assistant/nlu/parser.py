"""The public `parse`: events → segments → items, plus the intents in the order they were said."""

from __future__ import annotations

from assistant.nlu.items import amounts_of_each, build, merge, said_of_both, split
from assistant.nlu.marking import Command, Heading, events
from assistant.nlu.models import Item, ParsedRequest, Repeat
from assistant.nlu.quantities import Element
from assistant.nlu.segments import Segment, cut, starts_with_amount

_REPEAT_KINDS = {"repeat_last": "last", "repeat_usual": "usual"}


def parse(text: str, *, max_chars: int = 2000) -> ParsedRequest:
    """Read a typed or recognised Swedish shopping request; never raises, input is cut at max_chars."""
    text = text[: max(max_chars, 0)]
    stream, headings, after_talk = events(text)
    segments, commands = cut(stream)
    cleared_at = max((c.start for c in commands if c.intent == "clear"), default=-1)
    commands = [c for c in commands if c.start >= cleared_at]
    ordered: list[tuple[int, str]] = [(c.start, c.intent) for c in commands]
    items: list[Item] = []
    mode, mode_counts = "add", False
    for segment in segments:
        if segment.action is not None:
            action = segment.action
            mode, mode_counts = action, starts_with_amount(segment)
        elif segment.inherits and (mode == "add" or mode_counts or not starts_with_amount(segment)):
            action = mode
        else:
            action = mode = "add"
        for draft in split(segment, action):
            if items and merge(items[-1], draft, segment):
                continue
            # "tre mjölk istället" changes a count; "äpplen istället" is just another item
            instead = segment.instead and draft.amount is not None
            item = build(draft, draft.action or ("set" if instead else action), segment.start)
            if item is not None:
                items.append(item)
    # "mjölk och smör, nej börja om": what was said before the basket is cleared goes with the rest
    items = [_under(item, headings) for item in said_of_both(amounts_of_each(items, text), text)
             if item.span[0] > cleared_at]
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
        said_after_talk=[item for goods in after_talk
                         if goods[0].start > cleared_at and (item := _after_talk(goods)) is not None],
    )


def _after_talk(goods: list[Element]) -> Item | None:
    """The item of goods perhaps said at the end of talk (marking._said_after_talk), read as any is."""
    drafts = split(Segment(None, False, goods[0].start, goods), "add")
    item = build(drafts[0], "add", goods[0].start) if len(drafts) == 1 else None
    return item.model_copy(update={"after_talk": True}) if item is not None and item.action == "add" else None


def _under(item: Item, headings: list[Heading]) -> Item:
    """The item with what the heading it is listed under says the goods are for ("till katten: blötmat")."""
    heading = next((h for h in headings if h.start <= item.span[0] < h.end), None)
    return item if heading is None else item.model_copy(update={"purpose": heading.purpose})


def _repeat(commands: list[Command], items: list[Item]) -> Repeat | None:
    kinds = [_REPEAT_KINDS[c.intent] for c in commands if c.intent in _REPEAT_KINDS]
    if not kinds:
        return None
    return Repeat(
        kind=kinds[0],  # type: ignore[arg-type]
        without=[i.phrase for i in items if i.action == "remove" and i.phrase],
        extra=[i.phrase for i in items if i.action == "add" and i.phrase],
    )
