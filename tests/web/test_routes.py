"""The web app's files are served without a login, with a strict content security policy."""

from __future__ import annotations

import re

from assistant.web.routes import STATIC_DIR


async def test_index_is_public_swedish_and_locked_down(client) -> None:  # noqa: ANN001 - aiohttp TestClient
    resp = await client.get("/")
    assert resp.status == 200
    html = await resp.text()
    assert '<html lang="sv">' in html
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["Cache-Control"] == "no-cache"


async def test_every_module_the_page_loads_is_served(client) -> None:  # noqa: ANN001
    """Follows the imports from app.js: a renamed file breaks this test, not a tablet in the field."""
    seen: set[str] = set()
    todo = ["/static/js/app.js", "/static/js/pcm-worklet.js", "/static/app.css"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        resp = await client.get(path)
        assert resp.status == 200, path
        if path.endswith(".js"):
            assert "javascript" in resp.content_type
            todo += [f"/static/js/{name}" for name in re.findall(r'from "\./([\w-]+\.js)"', await resp.text())]
    assert len(seen) == len(list(STATIC_DIR.glob("js/*.js"))) + 1  # every module is reached: none is dead


async def test_missing_static_file_is_404(client) -> None:  # noqa: ANN001
    resp = await client.get("/static/js/nothing-here.js")
    assert resp.status == 404


async def test_favicon_is_our_own_icon(client) -> None:  # noqa: ANN001
    """Browsers ask for /favicon.ico on every page: it is ours, not a 404 in the log."""
    resp = await client.get("/favicon.ico")
    assert resp.status == 200
    assert resp.content_type in ("image/x-icon", "image/vnd.microsoft.icon")
    assert (await resp.read())[:4] == b"\x00\x00\x01\x00"  # an ICO file
    html = await (await client.get("/")).text()
    assert 'rel="icon" href="/static/favicon.svg"' in html
    assert (await client.get("/static/favicon.svg")).status == 200
