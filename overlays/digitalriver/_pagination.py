"""One paginator for every list operation.

`list(...)` returns an `AsyncPaginator` without sending anything. Awaiting it fetches the first
page; iterating it with `async for` yields every item of every page. The cursor is the id of the
last item seen: `startingAfter` going forward, or, when the caller started with `ending_before`,
`endingBefore` going backward (items then come nearest-first, each page reversed).

Prefetch: a list is a chain, since each request needs the last id of the page before. So the
paginator sends the next request as soon as a page's JSON is decoded, before the page's models
are built and while the caller works through its items; an export then costs about
pages * max(latency, processing) rather than their sum. It stays at most one page ahead, and
when the loop is left (`break`, an exception, a cancellation) the request in flight is stopped
and nothing more is sent. Prefetch needs a task running beside the caller's loop, which asyncio
allows from an async generator; under trio pages are fetched one after the other.

Stopping a prefetch never interrupts it with a bare `task.cancel()`: that reaches httpcore while
it closes a response and leaves the connection ACTIVE in the pool for good. The task runs in an
anyio cancel scope of its own, which is what gets cancelled; the caller then waits, shielded,
until the task has closed what it opened. And the caller waits for the page through
`asyncio.shield`, so a cancellation of the caller (which asyncio would pass on to the task it
awaits, again and again under anyio) reaches the prefetch only that one way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Mapping, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio
import httpx

from digitalriver_api.runtime import Operation, Page

from ._exceptions import APIResponseValidationError
from ._parsing import parse_model
from ._send import on_asyncio, wait_shielded

if TYPE_CHECKING:
    from ._base_client import BaseClient

T = TypeVar("T")

Raw = tuple[dict[str, Any], httpx.Response]
START_TURNS = 5


class AsyncPaginator(Generic[T]):
    """A list: awaited, its first page; iterated, every item of every page.

    Iterating asks for the largest page the operation allows (`limit`'s maximum, 100 for the
    API's lists) when the caller did not choose a `limit`: the fewest requests for the same
    items. Awaiting sends the filters as given, so the API's own default applies.
    """

    def __init__(
        self,
        client: BaseClient,
        operation: Operation,
        filters: Mapping[str, Any],
        options: Mapping[str, Any],
        *,
        prefetch: bool = True,
        path: Sequence[Any] = (),
    ) -> None:
        self._client = client
        self._operation = operation
        self._path = tuple(path)  # the list's own path values (`/payouts/{id}/transactions`), the same for every page
        self._filters = dict(filters)
        self._options = options
        self._prefetch = prefetch
        self._backward = filters.get("ending_before") is not None
        self._first: Raw | None = None

    @property
    def backward(self) -> bool:
        """Whether this list goes backward (it was given `ending_before`): items then come nearest first."""
        return self._backward

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def first_page(self) -> Page[T]:
        """The first page (fetched once: awaiting again gives the same page)."""
        if self._first is None:
            self._first = await self._fetch(self._filters)
        return self._page(self._first, self._filters)

    async def _fetch(self, filters: Mapping[str, Any]) -> Raw:
        data, response = await self._client.execute(
            self._operation, path=self._path, query=filters, options=self._options, parse=False
        )
        return data, response

    def _page(self, raw: Raw, filters: Mapping[str, Any]) -> Page[T]:
        """The page of `raw`, which `filters` fetched; its `get_next_page()` goes on with them."""
        data, response = raw
        parsed = parse_model(self._operation.response_model, data, response)
        following = self._following(raw, filters)
        next_page = None if following is None else self._page_after(following)
        return Page(data=list(parsed.data), has_more=bool(parsed.has_more), response=response, next_page=next_page)

    def _page_after(self, filters: dict[str, Any]) -> Any:
        async def fetch() -> Page[T]:
            return self._page(await self._fetch(filters), filters)

        return fetch

    def _iteration_filters(self) -> dict[str, Any]:
        """The filters of an iteration: the largest page, unless the caller chose a size."""
        limit = self._operation.query.get("limit")
        if self._filters.get("limit") is None and limit is not None and limit.maximum is not None:
            return {**self._filters, "limit": int(limit.maximum)}
        return self._filters

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page as the API sent it (going backward, the nearest page first, each in API order)."""
        filters = self._iteration_filters()
        async with aclosing(self.raw_pages()) as raw_pages:
            async for raw in raw_pages:
                yield self._page(raw, filters)

    async def raw_pages(self) -> AsyncGenerator[Raw, None]:
        """Every page as the decoded JSON object it came as, and its response.

        For callers that keep the API's own JSON (an export writes it as sent): no models are
        built. `data` keeps the API's order, also when going backward.
        """
        filters = self._iteration_filters()  # a first page already awaited is not fetched again
        raw = self._first if self._first is not None else await self._fetch(filters)
        pending: _Prefetch | None = None
        try:
            while True:
                following = self._following(raw, filters)
                if following is not None and self._prefetch and on_asyncio():
                    pending = _Prefetch(self._fetch, following)
                    await _let_it_go_out()
                yield raw
                if following is None:
                    return
                if pending is None:
                    raw = await self._fetch(following)
                else:
                    raw = await pending.result()
                    pending = None
        finally:
            if pending is not None:
                await pending.stop()

    def _following(self, raw: Raw, filters: Mapping[str, Any]) -> dict[str, Any] | None:
        """The filters of the page after `raw`, which `filters` fetched; None after the last one."""
        data, response = raw
        items = data.get("data")
        if not data.get("hasMore") or not isinstance(items, list) or not items:
            return None
        cursor = item_id(items[0] if self._backward else items[-1], response)
        following = {key: value for key, value in filters.items() if key not in ("starting_after", "ending_before")}
        following["ending_before" if self._backward else "starting_after"] = cursor
        return following

    async def __aiter__(self) -> AsyncIterator[T]:
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in reversed(page.data) if self._backward else page.data:
                    yield item

    def __repr__(self) -> str:
        return f"AsyncPaginator({self._operation.operation_id}, filters={self._filters!r})"


async def _let_it_go_out() -> None:
    """A few turns of the loop, so the next request is written before the caller's work (and the
    page's parsing) holds the loop: sending takes about three on a kept-alive connection."""
    for _ in range(START_TURNS):
        await asyncio.sleep(0)


class _Prefetch:
    """The request for the next page, sent from a task of its own while the caller works through this one."""

    def __init__(self, fetch: Callable[[Mapping[str, Any]], Awaitable[Raw]], filters: Mapping[str, Any]) -> None:
        self._scope = anyio.CancelScope()  # `stop` cancels it, even before the task has started
        self._task = asyncio.get_running_loop().create_task(self._run(fetch, filters))

    async def _run(self, fetch: Callable[[Mapping[str, Any]], Awaitable[Raw]], filters: Mapping[str, Any]) -> Raw:
        with self._scope:
            return await fetch(filters)
        raise asyncio.CancelledError  # stopped: nobody waits for this page any more

    async def result(self) -> Raw:
        """The page, or its error. A cancelled caller leaves the task running, for `stop` to end."""
        return await asyncio.shield(self._task)

    async def stop(self) -> None:
        """Stop the request (nothing more is sent) and wait, shielded, until it has closed its connection."""
        self._scope.cancel()
        await wait_shielded(self._task)


def item_id(item: Any, response: httpx.Response) -> str:
    """The id of a list item as sent: the cursor of the page after it."""
    value = item.get("id") if isinstance(item, dict) else None
    if not isinstance(value, str) or not value:
        raise APIResponseValidationError("a list item has no id to continue the list from", response=response)
    return value
