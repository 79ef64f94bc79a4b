"""Cut the event stream into segments: the words between separators, with the action switched on."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.nlu.marking import Command, Event, Separator, Switch
from assistant.nlu.quantities import Amount
from assistant.nlu.tokens import Token


@dataclass(slots=True)
class Segment:
    """The words between two separators, with the action that was switched on for them."""

    action: str | None          # explicit action switch at its start
    inherits: bool              # joined to the previous segment by "och", a comma, ...
    start: int                  # where its switch phrase started (for items without words)
    elements: list[Token | Amount] = field(default_factory=list)
    instead: bool = False
    prefer: bool = False        # ", gärna laktosfri": completes the item before


def cut(stream: list[Event]) -> tuple[list[Segment], list[Command]]:
    """Segments in order, and the commands (finish, repeat, ...) said between them."""
    segments: list[Segment] = []
    commands: list[Command] = []
    current = Segment(None, False, 0)

    def close(next_segment: Segment) -> Segment:
        if current.elements or current.action is not None:
            segments.append(current)
        return next_segment

    for index, event in enumerate(stream):
        if isinstance(event, Separator):
            current = close(Segment(None, not event.reset, current.start))
        elif isinstance(event, Switch):
            if event.kind == "instead":
                current.instead = True
            elif event.kind == "prefer":
                current.prefer = not current.elements and current.inherits and current.action is None
            elif _ends_clause(stream, index) and current.elements and current.action in (None, "add"):
                _apply_backwards(event.kind, current, segments)
            else:
                current = close(Segment(event.kind, True, event.start))
        elif isinstance(event, Command):
            commands.append(event)
            current = close(Segment(None, False, event.start))
        elif current.instead:
            continue  # "tre mjölk istället för två": what follows names the old choice
        else:
            current.elements.append(event)
    close(current)
    return segments, commands


def _apply_backwards(action: str, current: Segment, segments: list[Segment]) -> None:
    """"mjölken och smöret kan du ta bort": a switch at the end of a clause covers its list."""
    current.action = action
    joined, index = current.inherits, len(segments) - 1
    while joined and index >= 0 and segments[index].action is None:
        segments[index].action = action
        joined, index = segments[index].inherits, index - 1


def _ends_clause(stream: list[Event], index: int) -> bool:
    return index + 1 == len(stream) or isinstance(stream[index + 1], (Separator, Command))


def starts_with_amount(segment: Segment) -> bool:
    return bool(segment.elements) and isinstance(segment.elements[0], Amount)
