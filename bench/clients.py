"""Each contestant's client, opened and closed the way its own documentation shows.

Every factory is an async context manager yielding what the measurements call: an
`httpx.AsyncClient` for the floor, an `AsyncDigitalRiver` for ours, the stock generator's
`AuthenticatedClient`, and OpenAPI Generator's `CustomersApi` over its aiohttp `ApiClient`.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from digitalriver import AsyncDigitalRiver, DigitalRiver

API_KEY = "sk_test_bench"
HEADERS = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}


def has_parameter(function: Any, name: str) -> bool:
    return name in inspect.signature(function).parameters


@contextlib.asynccontextmanager
async def floor(base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS) as client:
        yield client


@contextlib.asynccontextmanager
async def ours(base_url: str) -> AsyncIterator[AsyncDigitalRiver]:
    """The SDK's client; its client-side rate limit is off where this version of the SDK has one.

    The limit would only add sleeping (25 requests/s for a test key) to numbers meant to show
    the client's own cost, and the loopback server has no limit to respect.
    """
    options: dict[str, Any] = {"rate_limit": None} if has_parameter(AsyncDigitalRiver, "rate_limit") else {}
    async with AsyncDigitalRiver(api_key=API_KEY, base_url=base_url, **options) as dr:
        yield dr


@contextlib.asynccontextmanager
async def ours_over_aiohttp(base_url: str) -> AsyncIterator[AsyncDigitalRiver]:
    """The SDK's client over aiohttp (`AioHttpClient`, the `aiohttp` extra)."""
    from digitalriver import AioHttpClient

    async with (
        AioHttpClient() as http,
        AsyncDigitalRiver(api_key=API_KEY, base_url=base_url, http_client=http, rate_limit=None) as dr,
    ):
        yield dr


@contextlib.contextmanager
def ours_sync(base_url: str) -> Iterator[DigitalRiver]:
    """The synchronous client: the async one driven through an event loop in a thread of its own."""
    with DigitalRiver(api_key=API_KEY, base_url=base_url, rate_limit=None) as dr:
        yield dr


@contextlib.asynccontextmanager
async def stock(package: Any, base_url: str) -> AsyncIterator[Any]:
    async with package.AuthenticatedClient(base_url=base_url, token=API_KEY) as client:
        yield client


@contextlib.asynccontextmanager
async def oag(package: Any, base_url: str) -> AsyncIterator[Any]:
    async with package.ApiClient(package.Configuration(host=base_url, access_token=API_KEY)) as client:
        yield package.CustomersApi(client)
