"""HTTP handlers: thin adapters from requests to domain functions."""
