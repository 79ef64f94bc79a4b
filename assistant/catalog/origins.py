"""Where goods come from, as a request says it ("en svensk gurka") and as a name writes it ("Gurka Sverige Klass 1",
"Fläskfilé Danmark"). The words are noise to the matcher's fit (normalize.NOISE: a label, no kind of goods), so
among equal fits the country said orders the names: the Swedish cucumber before one of no origin written, the
Swedish pork fillet before the Danish one."""

from __future__ import annotations

from functools import lru_cache

from assistant.catalog.normalize import casefold, tokens

# country → the words a request or a name says it by (the adjective's forms and the country's name)
COUNTRIES: dict[str, tuple[str, ...]] = {
    "sverige": ("svensk", "svenska", "svenskt", "sverige"),
    "danmark": ("dansk", "danska", "danskt", "danmark"),
    "norge": ("norsk", "norska", "norskt", "norge"),
    "finland": ("finsk", "finska", "finskt", "finland"),
    "tyskland": ("tysk", "tyska", "tyskt", "tyskland"),
    "holland": ("holländsk", "holländska", "holländskt", "holland", "nederländerna"),
    "irland": ("irländsk", "irländska", "irländskt", "irland"),
    "spanien": ("spansk", "spanska", "spanskt", "spanien"),
    "polen": ("polsk", "polska", "polskt", "polen"),
}
_COUNTRY_OF = {word: country for country, words in COUNTRIES.items() for word in words}


@lru_cache(maxsize=1 << 14)
def origin_of(text: str) -> str | None:
    """The country the words say (a request's phrase or a product's name), None where they say none or several."""
    said = {country for word in tokens(casefold(text)) if (country := _COUNTRY_OF.get(word))}
    return next(iter(said)) if len(said) == 1 else None
