"""`AsyncDigitalRiver`: configuration, the HTTP client's lifetime, and the resources."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Literal, Self

import httpx

from ._auth import APIKey
from ._base_client import BaseClient, RequestStats
from ._exceptions import DigitalRiverError
from ._logging import configure_from_environment
from ._rate_limit import LIVE_KEY_RATE, TEST_KEY_RATE, RateLimiter
from ._retries import RetryPolicy
from .resources import AsyncCheckouts, AsyncCustomers, AsyncInvoices

DEFAULT_BASE_URL = "https://api.digitalriver.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0


class AsyncDigitalRiver:
    """The Digital River API, for asyncio and trio code.

    ```python
    async with AsyncDigitalRiver() as dr:  # api_key from DIGITALRIVER_API_KEY
        customer = await dr.customers.retrieve("cus_123")
    ```

    - `api_key`: a secret key (`sk_test_…`, `sk_live_…`); defaults to `DIGITALRIVER_API_KEY`.
    - `timeout`: seconds or an `httpx.Timeout`, for every call (each method can override it).
    - `max_retries`: how often a failed call is repeated when that is safe (see `RetryPolicy`).
    - `max_retry_wait`: the longest `Retry-After` the client sleeps through; a longer one raises
      `RateLimitError` at once, with `retry_after` set.
    - `rate_limit`: requests per second for everything using this client, retries included.
      `"auto"` is the key's documented limit (25/s for `sk_test_` keys, 250/s for live keys);
      a number sets another; a `RateLimiter` is used as given (one limiter can serve several
      clients of one key); `None` turns the client-side limit off. It slows down when 429s
      arrive anyway and speeds up again as calls succeed.
    - `http_client`: an `httpx.AsyncClient` of your own (proxies, TLS settings, limits). It is
      used as given and left open; a client this object creates is closed by `aclose()` or at
      the end of `async with`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        rate_limit: float | RateLimiter | Literal["auto"] | None = "auto",
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        configure_from_environment()
        self._api_key = _api_key(api_key)
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative int, not {max_retries!r}")
        if isinstance(max_retry_wait, bool) or not isinstance(max_retry_wait, int | float) or max_retry_wait < 0:
            raise ValueError(f"max_retry_wait must be a non-negative number of seconds, not {max_retry_wait!r}")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        if rate_limit == "auto":
            rate_limit = TEST_KEY_RATE if self._api_key.is_test else LIVE_KEY_RATE
        if rate_limit is not None and not isinstance(rate_limit, RateLimiter):
            rate_limit = RateLimiter(rate_limit)
        self._client = BaseClient(
            api_key=self._api_key,
            base_url=url,
            timeout=timeout,
            retry_policy=RetryPolicy(max_retries=max_retries, max_retry_after=float(max_retry_wait)),
            rate_limiter=rate_limit,
            http_client=http_client,
        )
        self.customers = AsyncCustomers(self._client)
        self.checkouts = AsyncCheckouts(self._client)
        self.invoices = AsyncInvoices(self._client)

    @property
    def base_url(self) -> httpx.URL:
        return self._client.base_url

    @property
    def max_retries(self) -> int:
        return self._client.retry_policy.max_retries

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The limiter every call of this client goes through (None when turned off)."""
        return self._client.rate_limiter

    @property
    def stats(self) -> RequestStats:
        """Counts of requests, retries, 429s and time held back by the rate limit, so far."""
        return self._client.stats

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncDigitalRiver(base_url={str(self.base_url)!r}, api_key={self._api_key!r})"


def _api_key(given: str | None) -> APIKey:
    key = given if given is not None else os.environ.get("DIGITALRIVER_API_KEY")
    if not key:
        raise DigitalRiverError(
            "No API key: pass AsyncDigitalRiver(api_key=...) or set DIGITALRIVER_API_KEY to a secret key (sk_test_…)."
        )
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    if key != key.strip() or any(c in key for c in "\r\n\t "):
        raise ValueError("api_key must not contain whitespace")
    return APIKey(key)
