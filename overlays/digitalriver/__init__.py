"""An async-first Python SDK for the Digital River API."""

__version__ = "0.1.0"
