"""One attempt of a request: bounded in time and size, and safe to cancel at any point.

`send_attempt` sends the request, reads the whole answer and returns the response with its
body read and its connection back in the pool. Three things it guarantees that a bare
`httpx.AsyncClient.send` does not:

- The timeout bounds the attempt as a whole: waiting for a connection, connecting, sending and
  reading every byte of the answer. httpx's own timeouts bound each read, so an answer
  trickled a byte at a time never times out there. When the deadline passes, the attempt
  raises `httpx.ConnectTimeout` when the request certainly did not go out (httpcore's trace
  shows it connecting, not yet writing), and `httpx.ReadTimeout` otherwise: once its headers
  started being written, or when the transport says nothing (a mock, an ASGI app).
- The answer may not be larger than `max_size` bytes (after decompression): a longer one is
  refused with `APIResponseValidationError` as soon as its `Content-Length` or its bytes say
  so, and the rest is not read (the connection is closed, not reused).
- No cancellation leaves a connection behind. httpcore closes a response inside anyio shields,
  which stop anyio's and trio's cancellation but not asyncio's own: `task.cancel()`,
  `asyncio.timeout` and `asyncio.wait_for` can interrupt it mid-close, and the connection then
  stays ACTIVE in the pool for good. So under asyncio the attempt runs in a task of its own,
  which nothing but its own anyio cancel scope ever cancels; a cancelled caller cancels that
  scope and waits, shielded, until the attempt has closed what it opened. Under trio every
  cancellation respects shields, and the attempt runs in the caller's task.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import anyio
import httpx

from ._exceptions import APIResponseValidationError

__all__ = ["DEFAULT_MAX_RESPONSE_SIZE", "attempt_timeout", "send_attempt", "wait_shielded"]

DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024  # a full page of 100 invoices is well under 1 MiB


def attempt_timeout(timeout: float | httpx.Timeout | None) -> float | None:
    """The deadline of a whole attempt: the number itself, or the longest limit of an `httpx.Timeout`."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        limits = [value for value in (timeout.connect, timeout.read, timeout.write, timeout.pool) if value is not None]
        return max(limits) if limits else None
    return float(timeout)


async def send_attempt(
    http: httpx.AsyncClient,
    request: httpx.Request,
    *,
    auth: httpx.Auth,
    timeout: float | None,
    max_size: int,
) -> httpx.Response:
    """Send `request` and read its whole answer (see the module's docstring)."""
    scope = anyio.CancelScope(deadline=math.inf if timeout is None else anyio.current_time() + timeout)
    progress = _watch(request)
    # httpcore's transport traces every phase: with it, no trace of the request's headers going out
    # (say, still waiting for a pooled connection at the deadline) means the request was not sent.
    progress["traced"] = isinstance(http._transport_for_url(request.url), httpx.AsyncHTTPTransport)
    if not on_asyncio():
        return await _attempt(http, request, auth, scope, progress, timeout, max_size)
    # The attempt's own task: only `scope` ever cancels it, at the deadline or when the caller is cancelled.
    task = asyncio.get_running_loop().create_task(_attempt(http, request, auth, scope, progress, timeout, max_size))
    try:
        return await asyncio.shield(task)
    except BaseException:
        progress["abandoned"] = True
        scope.cancel()
        await wait_shielded(task)
        raise


async def wait_shielded(task: asyncio.Future[Any]) -> None:
    """Wait until `task` is done, through any cancellation of the caller, and then re-raise the last one.

    An anyio shield keeps anyio's repeated cancellation away; asyncio's own (`task.cancel()`,
    `asyncio.timeout`) comes through it and is absorbed until the task is done.
    """
    interrupted: BaseException | None = None
    with anyio.CancelScope(shield=True):
        while not task.done():
            try:
                await asyncio.wait((task,))
            except asyncio.CancelledError as exc:
                interrupted = exc
    if not task.cancelled():
        task.exception()  # retrieved, so asyncio logs nothing about it
    if interrupted is not None:
        raise interrupted


async def _attempt(
    http: httpx.AsyncClient,
    request: httpx.Request,
    auth: httpx.Auth,
    scope: anyio.CancelScope,
    progress: dict[str, bool],
    timeout: float | None,
    max_size: int,
) -> httpx.Response:
    with scope:
        response = await http.send(request, auth=auth, stream=True)
        try:
            await _read(response, max_size)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await response.aclose()
            raise
        return response
    if progress.get("abandoned"):
        raise asyncio.CancelledError  # the caller was cancelled: it has gone, and raises its own
    # Not sent only when the transport's trace says so: without one (a mock, ASGI, aiohttp), assume it may have been.
    error = httpx.ConnectTimeout if progress.get("traced") and not progress.get("sent") else httpx.ReadTimeout
    raise error(f"no whole answer within the timeout of {timeout:g} s", request=request)


async def _read(response: httpx.Response, max_size: int) -> None:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_size:
        raise _too_large(response, max_size)
    chunks = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_size:
            raise _too_large(response, max_size)
        chunks.append(chunk)
    # What `Response.aread()` does, with the ceiling on the way: the body is the response's content.
    response._content = b"".join(chunks)


def _too_large(response: httpx.Response, max_size: int) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"the answer is larger than max_response_size ({max_size:,} bytes); the rest was not read", response=response
    )


def _watch(request: httpx.Request) -> dict[str, bool]:
    """Note when the request starts going out, from httpcore's trace (a caller's own trace still runs).

    Once it has, there is nothing more to learn: the trace is taken off again, so the phases after
    it cost nothing (httpcore looks the trace up as each phase starts).
    """
    progress: dict[str, bool] = {}
    previous = request.extensions.get("trace")

    async def trace(event: str, info: dict[str, Any]) -> None:
        progress["traced"] = True
        if "send_request_headers" in event and not progress.get("sent"):
            progress["sent"] = True
            if previous is None:
                request.extensions.pop("trace", None)
            else:
                request.extensions["trace"] = previous
        if previous is not None:
            await previous(event, info)

    request.extensions["trace"] = trace
    return progress


def on_asyncio() -> bool:
    """Whether this runs on an asyncio loop (under trio there is none to ask)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
