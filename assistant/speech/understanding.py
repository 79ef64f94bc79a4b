"""From a transcript to the /api/v1/understand body: repair what the recogniser split, then the
catalog component's own parsing and matching (nothing of theirs is repeated here)."""

from __future__ import annotations

from typing import Any

from assistant.catalog.compounds import join_split_compounds
from assistant.catalog.service import CatalogService
from assistant.catalog.understand import understand
from assistant.nlu import parse


async def understand_transcript(catalog: CatalogService, text: str, client_id: str | None) -> dict[str, Any]:
    """Recognisers write Swedish compounds as separate words ("mellan mjölk"); the catalog's
    vocabulary says which adjacent words are one product word ("mellanmjölk")."""
    client = await catalog.client_context(client_id)
    index = await catalog.index(client.vendor)
    repaired = join_split_compounds(text, index.vocabulary)
    return understand(parse(repaired), index, client.history, client.diet).model_dump(mode="json")
