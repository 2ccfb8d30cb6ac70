"""Access to the HTTP response behind a parsed result: `resource.with_raw_response.method(...)`.

The wrapper calls the ordinary method while a context variable collects the responses the base
client receives, then hands back the last one with the parsed result. Nothing else changes:
the same request, retries and errors.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar

import attrs
import httpx

P = ParamSpec("P")
T = TypeVar("T")

_responses: ContextVar[list[httpx.Response] | None] = ContextVar("digitalriver_responses", default=None)


def record_response(response: httpx.Response) -> None:
    sink = _responses.get()
    if sink is not None:
        sink.append(response)


@attrs.frozen
class APIResponse(Generic[T]):
    """A parsed result with the response it came from."""

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self.parsed


def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        sink: list[httpx.Response] = []
        token = _responses.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _responses.reset(token)
        return APIResponse(http_response=sink[-1], parsed=parsed)

    return call
