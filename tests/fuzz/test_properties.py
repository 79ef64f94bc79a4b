"""Property tests for what reads user text: `assistant.nlu.parse` and the matcher (`lines_for` on the demo
catalog's index), on arbitrary Unicode and on Swedish-looking word salad up to the text limit.

They never raise, keep to the text they were given, and do bounded work: each example has a deadline far
above what a near-linear reading of 2,000 characters costs (tens of milliseconds), so only a blow-up like a
cubic compound split fails it. Bounded examples and a fixed seed keep the run short and repeatable.
"""

from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from assistant.catalog.index import CatalogIndex
from assistant.catalog.loading import demo_catalog_path
from assistant.catalog.schema import Product
from assistant.catalog.understand import lines_for
from assistant.nlu import parse
from assistant.settings import Settings

TEXT_LIMIT = Settings().max_text_chars
SEED = 20261130
WORDS = ["mjölk", "två", "liter", "och", "ett", "paket", "smör", "kaffe", "bananer", "inte", "ta", "bort", "samma",
         "som", "förra", "veckan", "vanligt", "kilo", "hg", "gram", "1,5", "½", "tre", "st", "ångra", "laktosfri",
         "ost", "bröd", "men", "utan", "en", "till", "halvt", "burkar", "tusen", "999", "-", ",", ".", "?",
         "vad", "kostar", "det", "lite", "några", "flaskor", "mellanmjölk", "kattmat", "ekologisk", "2-3"]
PHRASES = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=40).map(" ".join)
# Arbitrary Unicode; sentences of shopping words mixed with arbitrary ones (they reach deeper code); and such
# sentences said again and again up to the limit (hypothesis rarely draws long text by itself).
TEXTS = st.one_of(
    st.text(max_size=TEXT_LIMIT),
    PHRASES,
    st.builds(lambda phrase, times: ((phrase + ", ") * times)[:TEXT_LIMIT], PHRASES, st.integers(1, TEXT_LIMIT)),
)
BOUNDED = settings(max_examples=60, deadline=timedelta(seconds=10), database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    with demo_catalog_path().open(encoding="utf-8") as lines:
        return CatalogIndex.build([Product.model_validate(json.loads(line)) for line in lines if line.strip()])


def _finite(value: float | None) -> bool:
    return value is None or math.isfinite(value)


@seed(SEED)
@BOUNDED
@given(text=TEXTS)
def test_parse_never_raises_and_keeps_to_the_text(text: str) -> None:
    parsed = parse(text, max_chars=TEXT_LIMIT)
    assert parsed.text == text[:TEXT_LIMIT]
    assert parsed.intents
    for item in parsed.items:
        assert 0 <= item.span[0] <= item.span[1] <= len(parsed.text)
        assert _finite(item.quantity.amount) and _finite(item.quantity.amount_max)


@seed(SEED)
@BOUNDED
@given(text=TEXTS)
def test_matching_never_raises_and_proposes_only_catalog_products(text: str, index: CatalogIndex) -> None:
    items = parse(text, max_chars=TEXT_LIMIT).items
    lines = lines_for(items, index)
    assert len(lines) == len(items)
    for line in lines:
        assert line.product is None or line.product.id in index.by_id
        assert 0 <= line.confidence <= 1 and len(line.alternatives) <= 5
        assert line.product is not None or line.needs_review or not line.phrase
        assert _finite(line.weight_kg)


LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


@seed(SEED)
@settings(max_examples=5, deadline=timedelta(seconds=10), database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(word=st.text(alphabet=LETTERS, min_size=TEXT_LIMIT // 2, max_size=TEXT_LIMIT)
       | st.integers(1, TEXT_LIMIT // 5).map(lambda n: "mjölk" * n))
def test_one_long_word_is_read_in_bounded_time(word: str, index: CatalogIndex) -> None:
    assert len(lines_for(parse(word, max_chars=TEXT_LIMIT).items, index)) <= 1
