"""Access to the HTTP response behind a parsed result: `resource.with_raw_response.method(...)`.

The wrapper calls the ordinary method while a context variable collects the responses the
runtime receives, then hands back the last one with the parsed result. Nothing else changes:
the same request, retries and errors. (The synchronous client records each response in the
calling thread, where its wrapper looks.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

import httpx

from digitalriver_api.runtime import APIResponse

P = ParamSpec("P")
T = TypeVar("T")

_responses: ContextVar[list[httpx.Response] | None] = ContextVar("digitalriver_responses", default=None)


def record_response(response: httpx.Response) -> None:
    sink = _responses.get()
    if sink is not None:
        sink.append(response)


@contextmanager
def _collecting() -> Iterator[list[httpx.Response]]:
    sink: list[httpx.Response] = []
    token = _responses.set(sink)
    try:
        yield sink
    finally:
        _responses.reset(token)


def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with _collecting() as sink:
            parsed = await method(*args, **kwargs)
        return APIResponse(http_response=sink[-1], parsed=parsed)

    return call


def with_raw_response_sync(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with _collecting() as sink:
            parsed = method(*args, **kwargs)
        return APIResponse(http_response=sink[-1], parsed=parsed)

    return call
