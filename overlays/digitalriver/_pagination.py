"""One paginator for every list operation.

`list(...)` returns an `AsyncPaginator` without sending anything. Awaiting it fetches the first
page; iterating it with `async for` yields every item of every page, fetching the next page
only when the items before it have been consumed. The cursor is the id of the last item seen:
`startingAfter` going forward, or, when the caller started with `ending_before`, `endingBefore`
going backward (items then come nearest-first, each page reversed).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from digitalriver_api.operations import Operation

from ._base_client import BaseClient
from ._exceptions import APIResponseValidationError

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items, whether more follow, and the response it came in."""

    data: list[T]
    has_more: bool
    response: httpx.Response


class AsyncPaginator(Generic[T]):
    def __init__(
        self, client: BaseClient, operation: Operation, filters: Mapping[str, Any], options: Mapping[str, Any]
    ) -> None:
        self._client = client
        self._operation = operation
        self._filters = dict(filters)
        self._options = options
        self._backward = filters.get("ending_before") is not None
        self._first: Page[T] | None = None

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first_page().__await__()

    async def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._fetch(self._filters)
        return self._first

    async def _fetch(self, filters: Mapping[str, Any]) -> Page[T]:
        parsed, response = await self._client.request(self._operation, query=filters, options=self._options)
        return Page(data=list(parsed.data), has_more=bool(parsed.has_more), response=response)

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        while True:
            for item in reversed(page.data) if self._backward else page.data:
                yield item
            if not page.has_more or not page.data:
                return
            cursor = _item_id(page.data[0] if self._backward else page.data[-1], page.response)
            if self._backward:
                filters = {**self._filters, "starting_after": None, "ending_before": cursor}
            else:
                filters = {**self._filters, "ending_before": None, "starting_after": cursor}
            page = await self._fetch(filters)

    def __repr__(self) -> str:
        return f"AsyncPaginator({self._operation.operation_id}, filters={self._filters!r})"


def _item_id(item: Any, response: httpx.Response) -> str:
    item_id = getattr(item, "id", None)
    if not isinstance(item_id, str) or not item_id:
        raise APIResponseValidationError("a list item has no id to continue the list from", response=response)
    return item_id
