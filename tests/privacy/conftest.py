"""The privacy tests run against the same service, sandbox grocer and settable clock as the basket tests."""

from tests.baskets.conftest import app, browser, clock, grocer, settings  # noqa: F401 - fixtures
