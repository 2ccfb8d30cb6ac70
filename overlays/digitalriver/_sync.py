"""`DigitalRiver`: the same client, synchronous, for scripts, notebooks and sync frameworks.

It is the async client driven from a thread of its own: each `DigitalRiver` starts an event loop
in a daemon thread (an anyio blocking portal) and runs every call there, so retries, the rate
limit, errors, timeouts and pagination are the async client's, not a second implementation.
A call blocks the calling thread until its result is back; several threads may call one client
at once, and their calls share its connections and its rate limit. Since the loop is the
client's own, it also works where an event loop is already running (a notebook).

Iterating a list goes a page at a time through the thread: while the caller works through one
page, the loop is already fetching the next.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from functools import partial
from types import TracebackType
from typing import Any, Generic, ParamSpec, Self, TypeVar

import httpx
from anyio import run
from anyio.from_thread import BlockingPortal

from digitalriver_api.resources import SyncResources
from digitalriver_api.runtime import APIResponse, Operation, Page, RawPage, SyncPage, SyncRuntime
from digitalriver_api.types import UNSET, Unset

from ._base_client import BaseClient
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    ClientSettings,
    RateLimit,
    build_runtime,
    copy_runtime,
)
from ._pagination import AsyncPaginator
from ._response import record_response, with_raw_response_sync
from ._send import DEFAULT_MAX_RESPONSE_SIZE

P = ParamSpec("P")
T = TypeVar("T")

_END = object()


class Portal:
    """An event loop in a daemon thread, and the way in from other threads."""

    def __init__(self) -> None:
        started = threading.Event()
        self._portal: BlockingPortal | None = None
        self._thread = threading.Thread(target=self._run, args=(started,), name="digitalriver", daemon=True)
        self._thread.start()
        started.wait()

    def _run(self, started: threading.Event) -> None:
        async def serve() -> None:
            async with BlockingPortal() as portal:
                self._portal = portal
                started.set()
                await portal.sleep_until_stopped()

        run(serve)

    def call(self, function: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """Run `function` on the loop and wait for it; an interrupt (Ctrl-C) cancels it there."""
        if self._portal is None:
            raise RuntimeError("this client is closed")
        future = self._portal.start_task_soon(partial(function, *args, **kwargs))
        try:
            return future.result()
        except BaseException:
            future.cancel()
            raise

    @property
    def closed(self) -> bool:
        return self._portal is None

    def in_loop_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def stop(self) -> None:
        portal, self._portal = self._portal, None
        if portal is not None:
            portal.call(portal.stop)
            self._thread.join()


class PortalRuntime:
    """The runtime of the synchronous resources: the async runtime's calls, run through the portal."""

    def __init__(self, runtime: BaseClient, portal: Portal) -> None:
        self.runtime = runtime
        self.portal = portal

    def request(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Any:
        result, response = self.portal.call(
            self.runtime.execute, operation, path=path, query=query, body=body, extra_body=extra_body, options=options
        )
        record_response(response)
        return result

    def paginate(
        self,
        operation: Operation,
        item: type[T],
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> SyncPaginator[T]:
        paginator: AsyncPaginator[T] = self.runtime.paginate(operation, item, path=path, query=query, options=options)
        return SyncPaginator(paginator, self.portal)

    def raw_response(self, method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
        return with_raw_response_sync(method)

    def raw_list(self, method: Callable[P, Any]) -> Callable[P, APIResponse[SyncPage[Any]]]:
        def first_page(*args: P.args, **kwargs: P.kwargs) -> APIResponse[SyncPage[Any]]:
            page: SyncPage[Any] = method(*args, **kwargs).first_page()
            return APIResponse(http_response=page.response, parsed=page)

        return first_page


class SyncPaginator(Generic[T]):
    """A list of the synchronous client: `for` yields every item of every page, fetched as needed."""

    def __init__(self, paginator: AsyncPaginator[T], portal: Portal) -> None:
        self._paginator = paginator
        self._portal = portal

    def first_page(self) -> SyncPage[T]:
        return self._sync_page(self._portal.call(self._paginator.first_page))

    def _sync_page(self, page: Page[T]) -> SyncPage[T]:
        fetch = page.next_page
        next_page = None if fetch is None else partial(self._fetch_next, fetch)
        return SyncPage(data=page.data, has_more=page.has_more, response=page.response, next_page=next_page)

    def _fetch_next(self, fetch: Callable[[], Awaitable[Page[T]]]) -> SyncPage[T]:
        return self._sync_page(self._portal.call(fetch))

    def pages(self) -> Iterator[SyncPage[T]]:
        for page in self._through_portal(self._paginator.pages()):
            yield self._sync_page(page)

    def raw_pages(self) -> Iterator[RawPage]:
        yield from self._through_portal(self._paginator.raw_pages())

    def __iter__(self) -> Iterator[T]:
        backward = self._paginator.backward
        for page in self.pages():
            yield from reversed(page.data) if backward else page.data

    def _through_portal(self, pages: Any) -> Iterator[Any]:
        """The items of an async generator, each fetched on the loop; leaving early closes it there."""
        try:
            while True:
                item = self._portal.call(_next_or_end, pages)
                if item is _END:
                    return
                yield item
        finally:
            # Collected on the loop, its own hooks close it; after the client closed, its loop is gone.
            if not self._portal.in_loop_thread() and not self._portal.closed:
                self._portal.call(pages.aclose)

    def __repr__(self) -> str:
        return f"Sync{self._paginator!r}"


async def _next_or_end(pages: Any) -> Any:
    try:
        return await pages.__anext__()
    except StopAsyncIteration:
        return _END


class SyncClientBase(ClientSettings):
    """A synchronous client's configuration and lifetime; its resources come from a generated package."""

    _client: PortalRuntime  # the runtime, with its settings
    _runtime: SyncRuntime  # the same object, as the generated resources see it

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
        runtime = build_runtime(
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
        portal = Portal()
        self._client = self._runtime = PortalRuntime(runtime, portal)
        self._owner = True
        self._closer = weakref.finalize(self, _shut_down, runtime, portal)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        max_retry_wait: float | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its thread, connections, rate limit and stats.

        Closing the copy leaves them open: they belong to the client it was made from.
        """
        twin = object.__new__(type(self))
        runtime = copy_runtime(
            self._client.runtime,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
        )
        twin._client = twin._runtime = PortalRuntime(runtime, self._client.portal)
        twin._owner = False
        twin._closer = self._closer  # keeps the original's thread alive for as long as the copy is
        return twin

    copy = with_options

    @property
    def _settings(self) -> BaseClient:
        return self._client.runtime

    def close(self) -> None:
        """Close the connections (if this client made them) and stop its thread; a copy closes nothing."""
        if self._owner:
            self._closer()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _shut_down(runtime: BaseClient, portal: Portal) -> None:
    if portal.in_loop_thread():
        return  # collected on its own loop: the daemon thread ends with the process
    try:
        portal.call(runtime.aclose)
    finally:
        portal.stop()


class DigitalRiver(SyncClientBase, SyncResources):
    """The Digital River API, synchronously: the same resources, methods and types as `AsyncDigitalRiver`.

    ```python
    with DigitalRiver() as dr:  # api_key from DIGITALRIVER_API_KEY
        for customer in dr.customers.list():
            print(customer.id)
    ```

    The arguments are `AsyncDigitalRiver`'s (`http_client` is an `httpx.AsyncClient` too: calls
    run on an event loop of the client's own, in a daemon thread). `close()`, or the end of the
    `with` block, closes the connections and stops that thread.
    """
