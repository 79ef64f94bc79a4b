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
import requests
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from assistant.catalog.index import CatalogIndex
from assistant.catalog.loading import demo_catalog_path
from assistant.catalog.schema import Product
from assistant.catalog.understand import lines_for
from assistant.nlu import parse
from assistant.settings import Settings
from tests.fuzz.conftest import Service

TEXT_LIMIT = Settings().max_text_chars
SEED = 20261130
WORDS = ["mjölk", "två", "liter", "och", "ett", "paket", "smör", "kaffe", "bananer", "inte", "ta", "bort", "samma",
         "som", "förra", "veckan", "vanligt", "kilo", "hg", "gram", "1,5", "½", "tre", "st", "ångra", "laktosfri",
         "ost", "bröd", "men", "utan", "en", "till", "halvt", "burkar", "tusen", "999", "-", ",", ".", "?",
         "vad", "kostar", "det", "lite", "några", "flaskor", "mellanmjölk", "kattmat", "ekologisk", "2-3"]
# Numbers as hostile as we know them: exponents, 400 digits, zero and a zero denominator, other scripts' digits,
# vulgar fractions and superscripts, every kind of thousands separator.
NUMBERS = ["1e400", "1E5", "1e-400", "9" * 400, "0", "1/0", "0/0", "-2", "inf", "nan", "1 000", "1\u00a0500",
           "1\u2009000\u2009000", "1,000,000", "1.000.000", "٣", "١٢", "３", "²", "2²", "½", "¾", "1½", "⅞"]
NUMBER_TEXTS = st.lists(st.one_of(st.sampled_from(NUMBERS), st.sampled_from(WORDS), st.text(max_size=6)),
                        min_size=1, max_size=30).map(" ".join)
PHRASES = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=40).map(" ".join)
# Arbitrary Unicode; sentences of shopping words mixed with arbitrary ones (they reach deeper code); and such
# sentences said again and again up to the limit (hypothesis rarely draws long text by itself).
TEXTS = st.one_of(
    st.text(max_size=TEXT_LIMIT),
    PHRASES,
    NUMBER_TEXTS,
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


def _no_constant(name: str) -> float:
    raise AssertionError(f"{name} in a JSON answer")


@seed(SEED)
@settings(max_examples=40, deadline=timedelta(seconds=30), database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=NUMBER_TEXTS)
def test_the_understand_route_reads_hostile_numbers(text: str, service: Service) -> None:
    """Over HTTP: a 200 with one finite, bounded line per item; never a 500, an infinity or a line without words."""
    answer = requests.post(service.url + "/api/v1/understand", json={"text": text}, headers=service.headers,
                           timeout=30)
    body = json.loads(answer.text, parse_constant=_no_constant)
    if answer.status_code == 400:  # control characters, which the body model refuses with a reason
        assert body["error"]["code"] == "invalid_text" and body["error"]["message"], body
        return
    assert answer.status_code == 200, answer.text
    for line in body["lines"]:
        quantity = line["quantity"]
        assert quantity["odd"] is None or (quantity["amount"] is None and len(quantity["odd"]) <= 21)
        assert line["count"] is None or 1 <= line["count"] or line["needs_review"]
        assert line["phrase"] or line["action"] != "add"
