"""Headers and error shapes on every response; request ids that cannot forge log lines (issue 11)."""

from __future__ import annotations

import pytest


async def test_a_missing_static_file_is_a_json_404(client):
    resp = await client.get("/static/finns-inte.js")
    assert resp.status == 404
    assert resp.content_type == "application/json"
    assert (await resp.json())["error"]["code"] == "not_found"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


async def test_static_files_are_served_with_their_type(client):
    resp = await client.get("/static/js/api.js")
    assert resp.status == 200 and resp.content_type in ("application/javascript", "text/javascript")
    assert (await client.get("/static/../settings.py")).status == 404


async def test_every_response_says_nosniff_and_api_answers_are_not_stored(client, staff):
    for resp in [await client.get("/healthz"), await client.get("/"), await staff.get("/api/v1/session"),
                 await client.get("/api/v1/users"), await client.get("/api/v1/finns-inte")]:
        assert resp.headers["X-Content-Type-Options"] == "nosniff", resp.url
    for resp in [await staff.get("/api/v1/session"), await client.get("/api/v1/users")]:
        assert resp.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("sent", ["a b", "x" * 65, "åäö", "id\u202e", "<script>", "a;b=c"])
async def test_an_unsafe_request_id_is_replaced(client, sent):
    resp = await client.get("/healthz", headers={"X-Request-Id": sent.encode("utf-8").decode("latin-1")})
    echoed = resp.headers["X-Request-Id"]
    assert echoed != sent and echoed.isalnum() and len(echoed) == 16


async def test_a_safe_request_id_is_kept(client):
    resp = await client.get("/healthz", headers={"X-Request-Id": "req-2026.03:01_a"})
    assert resp.headers["X-Request-Id"] == "req-2026.03:01_a"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_response_never_holds_nan_or_infinity(number):
    from assistant.api.responses import encode
    with pytest.raises(ValueError):
        encode({"lines": [{"confidence": number, "name": "Mjölk"}]})


def test_the_words_nan_and_infinity_in_text_are_just_text():
    import json

    from assistant.api.responses import encode
    data = {"name": "NaN-bröd Infinity", "price_sek": 12.5, "ids": (1, 2), "å": None}
    assert json.loads(encode(data)) == {"name": "NaN-bröd Infinity", "price_sek": 12.5, "ids": [1, 2], "å": None}


def test_a_model_is_encoded_as_its_json_dump():
    import json

    from assistant.api.responses import encode
    from assistant.catalog.index import CatalogIndex
    from assistant.catalog.schema import Product
    from assistant.catalog.understand import understand
    from assistant.nlu import parse
    index = CatalogIndex.build([Product(id="m1", name="Mellanmjölk 1,5 l", price_sek=17.9, size=1.5, unit="l",
                                        category="Mejeri > Mjölk"),
                                Product(id="s1", name="Bregott normalsaltat 600 g", price_sek=52.0, size=600,
                                        unit="g", category="Mejeri > Smör")])
    result = understand(parse("två liter mellanmjölk och ett paket smör och lite kaffe"), index)
    assert json.loads(encode(result)) == result.model_dump(mode="json")
