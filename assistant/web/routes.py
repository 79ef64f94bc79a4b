"""Serves the single-page web app at / and its files under /static/ (no build step)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from assistant.errors import NotFound

STATIC_DIR = Path(__file__).resolve().parent / "static"

# The app only talks to its own origin (HTTP and the speech WebSocket); nothing inline, nothing foreign.
CSP = ("default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
       "style-src 'self'; script-src 'self'; media-src 'self' blob:; frame-ancestors 'none'")

routes = web.RouteTableDef()


@routes.get("/")
async def index(request: web.Request) -> web.FileResponse:
    # no-cache: a tablet left on for weeks must pick up a new release at the next reload.
    return web.FileResponse(STATIC_DIR / "index.html", headers={
        "Cache-Control": "no-cache",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": "microphone=(self)",
    })


@routes.get("/favicon.ico")
async def favicon(request: web.Request) -> web.FileResponse:
    """Browsers ask for this path whatever the page says; the page itself links the SVG."""
    return web.FileResponse(STATIC_DIR / "favicon.ico", headers={
        "Content-Type": "image/x-icon", "Cache-Control": "max-age=86400"})


@routes.get("/static/{path:.+}")
async def static_file(request: web.Request) -> web.FileResponse:
    """A file of the app; a missing one is the API's JSON 404 (not an empty octet-stream)."""
    path = (STATIC_DIR / request.match_info["path"]).resolve()
    if not path.is_relative_to(STATIC_DIR) or not path.is_file():
        raise NotFound("Filen")
    return web.FileResponse(path)
