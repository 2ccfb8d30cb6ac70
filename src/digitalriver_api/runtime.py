"""The contract between the generated surface and the runtime that sends its calls.

The resources in `resources/` know every operation (from `operations.py`) and nothing of HTTP:
each method hands its call to a runtime, which `AsyncRuntime` and `SyncRuntime` describe. The
SDK's hand-written package provides both; this package never imports it. The classes below are
the values the surface hands back: pages, raw responses, and the paginators of lists.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from typing import (
    Any,
    Generic,
    NamedTuple,
    ParamSpec,
    Protocol,
    SupportsIndex,
    TypedDict,
    TypeVar,
    overload,
    runtime_checkable,
)

import attrs
import httpx

from .types import path_segment

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")

Timeout = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None to wait without limit."""

RawPage = tuple[dict[str, Any], httpx.Response]
"""A page as the decoded JSON object it came as, with its response."""


class QueryParameter(NamedTuple):
    """A query parameter of an operation, as the document declares it.

    `kind` is its shape: `scalar`, `array` (sent repeated when `explode`, else comma-joined) or
    `object` (`style: deepObject`, sent as `name[key]=value`, with `keys` the keys it takes, or
    None for any). `type` is the type of its value, of an array's items or of an object's values.
    """

    name: str
    kind: str
    type: type
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    explode: bool = True
    keys: tuple[str, ...] | None = None
    required: bool = False
    description: str = ""


class Operation(NamedTuple):
    """An operation of the document, with what a runtime needs to call it safely.

    `idempotent` is the operation's `x-idempotent` (by default: GET, PUT and DELETE are, POST and
    PATCH are not): repeating it after it may have reached the server is safe. `query` maps each
    query parameter's Python name to its declaration. `item_model` is set for the lists that page
    by cursor (`{"hasMore": ..., "data": [...]}`, continued with `startingAfter`).
    """

    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    idempotent: bool
    success_status: int
    path_parameters: tuple[str, ...]
    query: Mapping[str, QueryParameter]
    has_body: bool
    body_required: bool
    request_model: Any
    response_model: Any
    response_media: str | None
    item_model: Any
    summary: str

    def render_path(self, values: Sequence[Any]) -> str:
        """The path with each value in place, each one percent-encoded into a single segment."""
        if len(values) != len(self.path_parameters):
            raise TypeError(f"{self.operation_id} takes {len(self.path_parameters)} path arguments, not {len(values)}")
        path = self.path
        for name, value in zip(self.path_parameters, values):
            path = path.replace("{" + name + "}", path_segment(name, value))
        return path


class RequestOptions(TypedDict, total=False):
    """The options every method takes, for code that passes them on (`**options`)."""

    extra_headers: Mapping[str, str] | None
    timeout: Timeout
    max_retries: int


@attrs.frozen
class APIResponse(Generic[T]):
    """A parsed result with the HTTP response it came in: `resource.with_raw_response.method(...)`."""

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


_NO_NEXT_PAGE = "no page follows this one: check has_next_page() first"


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items (iterating the page yields them), whether more follow, and
    the response it came in. `await page.get_next_page()` fetches the page after it."""

    data: list[T]
    has_more: bool
    response: httpx.Response
    next_page: Callable[[], Awaitable[Page[T]]] | None = attrs.field(default=None, repr=False, eq=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def has_next_page(self) -> bool:
        return self.has_more and self.next_page is not None

    async def get_next_page(self) -> Page[T]:
        if self.next_page is None or not self.has_more:
            raise RuntimeError(_NO_NEXT_PAGE)
        return await self.next_page()


@attrs.frozen
class SyncPage(Generic[T]):
    """One page of a list, for the synchronous client: as `Page`, with `get_next_page()` blocking."""

    data: list[T]
    has_more: bool
    response: httpx.Response
    next_page: Callable[[], SyncPage[T]] | None = attrs.field(default=None, repr=False, eq=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def has_next_page(self) -> bool:
        return self.has_more and self.next_page is not None

    def get_next_page(self) -> SyncPage[T]:
        if self.next_page is None or not self.has_more:
            raise RuntimeError(_NO_NEXT_PAGE)
        return self.next_page()


@runtime_checkable
class AsyncPaginator(Protocol[T]):
    """What a list returns: awaiting it gives the first page, `async for` every item of every page."""

    def __await__(self) -> Generator[Any, None, Page[T]]: ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    async def first_page(self) -> Page[T]: ...

    def pages(self) -> AsyncIterator[Page[T]]: ...

    def raw_pages(self) -> AsyncIterator[RawPage]: ...


@runtime_checkable
class SyncPaginator(Protocol[T]):
    """What a list of the synchronous client returns: `for` gives every item of every page."""

    def __iter__(self) -> Iterator[T]: ...

    def first_page(self) -> SyncPage[T]: ...

    def pages(self) -> Iterator[SyncPage[T]]: ...

    def raw_pages(self) -> Iterator[RawPage]: ...


class AsyncRuntime(Protocol):
    """What the async resources need: a call, a list, and their raw-response twins."""

    async def request(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def paginate(
        self,
        operation: Operation,
        item: type[T],
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> AsyncPaginator[T]: ...

    def raw_response(self, method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]: ...

    def raw_list(self, method: Callable[P, AsyncPaginator[T]]) -> Callable[P, Awaitable[APIResponse[Page[T]]]]: ...


class SyncRuntime(Protocol):
    """What the synchronous resources need: as `AsyncRuntime`, blocking."""

    def request(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def paginate(
        self,
        operation: Operation,
        item: type[T],
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> SyncPaginator[T]: ...

    def raw_response(self, method: Callable[P, T]) -> Callable[P, APIResponse[T]]: ...

    def raw_list(self, method: Callable[P, SyncPaginator[T]]) -> Callable[P, APIResponse[SyncPage[T]]]: ...


class SequenceNotStr(Protocol[T_co]):
    """A sequence that is not a `str`, for array parameters: `ids=["a", "b"]` type-checks, `ids="ab"` does not."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> T_co: ...

    @overload
    def __getitem__(self, index: slice, /) -> Sequence[T_co]: ...

    def __contains__(self, value: object, /) -> bool: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[T_co]: ...

    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...

    def count(self, value: Any, /) -> int: ...

    def __reversed__(self) -> Iterator[T_co]: ...
