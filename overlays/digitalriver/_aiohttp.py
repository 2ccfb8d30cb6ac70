"""aiohttp under httpx, for asyncio services that want to spend less CPU per call.

`pip install 'digitalriver[aiohttp]'`, then:

```python
async with AioHttpClient() as http, AsyncDigitalRiver(http_client=http) as dr:
    ...
```

httpx's own transport (httpcore) costs more CPU per request than aiohttp's; `httpx-aiohttp` puts
aiohttp underneath httpx, so the SDK is unchanged above it. One correction matters for payments:
that package reports a connection the server dropped (`ServerDisconnectedError`, a reset) as
`httpx.ConnectTimeout`, which would say the request was never sent, and a create would be repeated
after the server may have acted on it. Here only a failure to connect (`ClientConnectorError`)
stays a connect error; any other connection failure is `httpx.ReadError`: maybe processed. It
needs asyncio (aiohttp does); under trio keep the default transport.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient

__all__ = ["AioHttpClient", "AioHttpTransport"]


def _maybe_sent(exc: httpx.ConnectTimeout) -> httpx.TransportError:
    """A connect error only when aiohttp never connected; otherwise the request may have gone out."""
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError):
        return exc
    message = str(exc) or type(cause).__name__
    # No answer in time (sock_read) is a read timeout; anything else broke a connection in use.
    kind = httpx.ReadTimeout if isinstance(cause, aiohttp.ServerTimeoutError) else httpx.ReadError
    error = kind(message)
    error.__cause__ = cause
    return error


class _Body(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx.ConnectTimeout as exc:  # the answer was coming: the request was sent
            raise _maybe_sent(exc) from exc.__cause__

    async def aclose(self) -> None:
        await self._stream.aclose()


class AioHttpTransport(AiohttpTransport):
    """`httpx_aiohttp.AiohttpTransport`, with a dropped connection reported as maybe processed."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except httpx.ConnectTimeout as exc:
            raise _maybe_sent(exc) from exc.__cause__
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Body(response.stream)
        return response


class AioHttpClient(HttpxAiohttpClient):
    """An `httpx.AsyncClient` over aiohttp, for `AsyncDigitalRiver(http_client=...)`; close it yourself."""

    def _init_transport(self, *args: Any, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> Any:
        return transport if transport is not None else AioHttpTransport(*args, **kwargs)

    def _init_proxy_transport(self, proxy: httpx.Proxy, *_: Any, **kwargs: Any) -> Any:
        return AioHttpTransport(proxy=proxy, **kwargs)  # httpx passes the rest by keyword
