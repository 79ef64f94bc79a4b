"""Built-in HTTPS: browsers give the microphone only to secure pages, so a tablet reaching the
service over the network needs it, either here or from a reverse proxy in front."""

from __future__ import annotations

import ssl

from assistant.settings import Settings


def server_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The certificate chain and key from the settings; None serves plain HTTP.

    Raises OSError or ssl.SSLError when the files are missing or do not belong together."""
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(settings.tls_cert, settings.tls_key)
    return context
