"""The API key, and the bearer auth that sends it only where it belongs.

The key lives in an `APIKey`, whose repr and str are redacted: error reporters print the reprs
of locals, so no object the SDK creates may show it. `BearerAuth` adds `Authorization` only to
requests for the configured scheme and host, so a redirect (or a caller's mistake) toward
another host never carries it.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx


class APIKey:
    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    @property
    def is_test(self) -> bool:
        return self._value.startswith("sk_test_")

    def __repr__(self) -> str:
        prefix = "sk_test_" if self.is_test else "sk_live_" if self._value.startswith("sk_live_") else ""
        return f"APIKey('{prefix}…')"

    __str__ = __repr__


class BearerAuth(httpx.Auth):
    def __init__(self, key: APIKey, base_url: httpx.URL) -> None:
        self._key = key
        self._origin = (base_url.scheme, base_url.host, base_url.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers["Authorization"] = f"Bearer {self._key.reveal()}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth({self._key!r})"
