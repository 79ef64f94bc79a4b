"""The connection to the client's grocer: connector interface, HTTP client, sandbox grocer, outbox."""
