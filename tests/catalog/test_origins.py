"""The country a request says or a name writes (assistant.catalog.origins), as a table."""

from __future__ import annotations

import pytest

from assistant.catalog.origins import origin_of


@pytest.mark.parametrize(("text", "country"), [
    ("en svensk gurka", "sverige"), ("Gurka Sverige Klass 1", "sverige"), ("svenskt smör", "sverige"),
    ("Fläskfilé Danmark", "danmark"), ("Dansk Blue", "danmark"), ("Norsk Lax", "norge"),
    ("gurka", None), ("Franska Örter", None),  # no country of ours: a style, read elsewhere
    ("svenska och danska", None),  # two said: none chosen
])
def test_the_country_said(text: str, country: str | None) -> None:
    assert origin_of(text) == country
