"""Inköpsassistenten: voice and text grocery ordering for Swedish home care."""

__version__ = "0.1.0"
