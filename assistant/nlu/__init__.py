"""Understanding Swedish shopping requests: `parse(text)` → `ParsedRequest` (no catalog knowledge)."""

from assistant.nlu.models import Item, ParsedRequest, Quantity, Repeat
from assistant.nlu.parser import parse

__all__ = ["Item", "ParsedRequest", "Quantity", "Repeat", "parse"]
