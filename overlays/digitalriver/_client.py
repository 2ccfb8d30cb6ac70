"""`AsyncDigitalRiver`: configuration, the HTTP client's lifetime, and the resources.

The resources and their methods are generated (`digitalriver_api.resources`); this module gives
them a runtime (`BaseClient`) configured from the arguments and the environment.
`AsyncClientBase` is everything of a client but its resources, so a client can be made over the
resources of any generated package: `class Client(AsyncClientBase, other_api.resources.AsyncResources)`.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from types import TracebackType
from typing import Literal, Self

import attrs
import httpx

from digitalriver_api.resources import AsyncResources
from digitalriver_api.runtime import AsyncRuntime
from digitalriver_api.types import UNSET, Unset

from ._auth import APIKey
from ._base_client import BaseClient, RequestStats, checked_headers, checked_timeout, non_negative_int
from ._exceptions import DigitalRiverError
from ._logging import configure_from_environment
from ._rate_limit import LIVE_KEY_RATE, TEST_KEY_RATE, RateLimiter
from ._retries import RetryPolicy
from ._send import DEFAULT_MAX_RESPONSE_SIZE

DEFAULT_BASE_URL = "https://api.digitalriver.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
API_KEY_VARIABLE = "DIGITALRIVER_API_KEY"
BASE_URL_VARIABLE = "DIGITALRIVER_BASE_URL"

RateLimit = float | RateLimiter | Literal["auto"] | None


def build_runtime(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    max_retry_wait: float,
    rate_limit: RateLimit,
    default_headers: Mapping[str, str] | None,
    http_client: httpx.AsyncClient | None,
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
) -> BaseClient:
    """The runtime of a client, every argument checked: a bad one raises here, before any request."""
    configure_from_environment()
    key = _api_key(api_key)
    url = checked_base_url(base_url if base_url is not None else os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL)
    non_negative_int("max_retries", max_retries)
    retry_wait = _seconds("max_retry_wait", max_retry_wait)
    if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
        raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
    if isinstance(max_response_size, bool) or not isinstance(max_response_size, int) or max_response_size < 1:
        raise ValueError(f"max_response_size must be a positive number of bytes, not {max_response_size!r}")
    if rate_limit == "auto":
        rate_limit = TEST_KEY_RATE if key.is_test else LIVE_KEY_RATE
    if rate_limit is not None and not isinstance(rate_limit, RateLimiter):
        rate_limit = RateLimiter(rate_limit)
    return BaseClient(
        api_key=key,
        base_url=url,
        timeout=checked_timeout(timeout),
        retry_policy=RetryPolicy(max_retries=max_retries, max_retry_after=retry_wait),
        rate_limiter=rate_limit,
        http_client=http_client,
        default_headers=default_headers,
        max_response_size=max_response_size,
    )


def copy_runtime(
    runtime: BaseClient,
    *,
    timeout: float | httpx.Timeout | Unset | None,
    max_retries: int | Unset,
    max_retry_wait: float | Unset,
    default_headers: Mapping[str, str] | None,
) -> BaseClient:
    """`runtime` with other settings; headers given are added to (or replace) the current ones."""
    policy = runtime.retry_policy
    if not isinstance(max_retries, Unset):
        policy = attrs.evolve(policy, max_retries=non_negative_int("max_retries", max_retries))
    if not isinstance(max_retry_wait, Unset):
        policy = attrs.evolve(policy, max_retry_after=_seconds("max_retry_wait", max_retry_wait))
    return runtime.copy(
        timeout=runtime.timeout if isinstance(timeout, Unset) else checked_timeout(timeout),
        retry_policy=policy,
        default_headers={**runtime.default_headers, **checked_headers(default_headers, "default_headers")},
    )


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ValueError(f"{name} must be a non-negative number of seconds, not {value!r}")
    return float(value)


class ClientSettings:
    """What a client shows of its settings: the same for both clients, read from their runtime."""

    @property
    def _settings(self) -> BaseClient:
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        return self._settings.base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.retry_policy.max_retries

    @property
    def default_headers(self) -> dict[str, str]:
        return dict(self._settings.default_headers)

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The limiter every call of this client goes through (None when turned off)."""
        return self._settings.rate_limiter

    @property
    def stats(self) -> RequestStats:
        """Counts of requests, retries, 429s and time held back by the rate limit, so far."""
        return self._settings.stats

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key={self._settings.api_key!r})"


class AsyncClientBase(ClientSettings):
    """A client's configuration and lifetime; its resources come from a generated package."""

    _client: BaseClient  # the runtime, with its settings
    _runtime: AsyncRuntime  # the same object, as the generated resources see it

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        rate_limit: RateLimit = "auto",
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._client = self._runtime = build_runtime(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            rate_limit=rate_limit,
            default_headers=default_headers,
            http_client=http_client,
            max_response_size=max_response_size,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        max_retry_wait: float | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connections, rate limit and stats.

        `default_headers` are added to this client's (a name given again replaces its value).
        Closing the copy leaves the connections open: they belong to the client it was made from.
        """
        twin = object.__new__(type(self))
        twin._client = twin._runtime = copy_runtime(
            self._client,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
        )
        return twin

    copy = with_options

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

    @property
    def _settings(self) -> BaseClient:
        return self._client


class AsyncDigitalRiver(AsyncClientBase, AsyncResources):
    """The Digital River API, for asyncio and trio code.

    ```python
    async with AsyncDigitalRiver() as dr:  # api_key from DIGITALRIVER_API_KEY
        customer = await dr.customers.retrieve("cus_123")
    ```

    - `api_key`: a secret key (`sk_test_…`, `sk_live_…`); defaults to `DIGITALRIVER_API_KEY`.
    - `base_url`: the API's address; defaults to `DIGITALRIVER_BASE_URL`, then
      `https://api.digitalriver.com`. Plain `http://` is refused but for loopback (a fake on
      127.0.0.1), and so is a URL with a user or password in it.
    - `timeout`: seconds or an `httpx.Timeout`, for every call (each method can override it). It
      bounds each attempt as a whole: waiting for a connection, connecting, sending and reading
      the whole answer (an `httpx.Timeout` also keeps its per-phase limits; the whole attempt
      gets the longest of them). A call takes at most its attempts times this, plus its waits.
    - `max_retries`: how often a failed call is repeated when that is safe (see `RetryPolicy`).
    - `max_retry_wait`: the longest `Retry-After` the client sleeps through; a longer one raises
      `RateLimitError` at once, with `retry_after` set.
    - `rate_limit`: requests per second for everything using this client, retries included.
      `"auto"` is the key's documented limit (25/s for `sk_test_` keys, 250/s for live keys);
      a number sets another; a `RateLimiter` is used as given (one limiter can serve several
      clients of one key); `None` turns the client-side limit off. It keeps a tenth under the
      rate it is given, slows down when 429s arrive anyway and speeds up again as calls succeed.
    - `default_headers`: sent with every call (`{"upstream-application-id": "my-store"}`);
      a method's `extra_headers` add to them.
    - `http_client`: an `httpx.AsyncClient` of your own (proxies, TLS settings, limits). It is
      used as given and left open; a client this object creates is closed by `aclose()` or at
      the end of `async with`.
    - `max_response_size`: the largest answer read, in bytes after decompression (32 MiB; a
      page of 100 objects is well under 1 MiB). A larger one raises `APIResponseValidationError`
      without the rest being read.

    `with_options(...)` gives a copy with another timeout, retries or headers that shares the
    connections. The resources (`customers`, `checkouts`, `invoices`) and their methods are
    generated from the OpenAPI document.
    """


def _api_key(given: str | None) -> APIKey:
    key = given if given is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise DigitalRiverError(f"No API key: {API_KEY_VARIABLE} is not set, and no api_key was given (sk_test_…).")
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    if key != key.strip() or any(c in key for c in "\r\n\t "):
        raise ValueError("api_key must not contain whitespace")
    return APIKey(key)


def checked_base_url(text: str) -> httpx.URL:
    """The API's address, refused when the key could leak: in clear to another host, or with credentials in it."""
    if not isinstance(text, str):
        raise TypeError(f"base_url must be a str, not {type(text).__name__}")
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL, not {text!r}")
    if url.userinfo:
        raise ValueError("base_url must not hold a user or password: the API key is the only credential sent")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(
            f"base_url {url.scheme}://{url.host} would send the API key in clear: use https "
            "(plain http is allowed only to loopback, for a local fake)"
        )
    if url.query or url.fragment:
        raise ValueError("base_url must not have a query or a fragment")
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
