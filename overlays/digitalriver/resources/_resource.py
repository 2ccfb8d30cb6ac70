"""What the three resources share.

`APIResource` calls an operation by its id. `CRUDResource` is the create, retrieve, update,
delete and source attach/detach that customers, checkouts and invoices all have, written once
and typed by the resource's models; each resource names its operations in `operations` and
adds what only it has (its list filters, `open`, `void`, `attach_tax_identifier`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar, Unpack, cast

import attrs

from digitalriver_api.models import Source
from digitalriver_api.operations import OPERATIONS

from .._base_client import BaseClient, query_params
from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import Body, CreateOptions, ListOptions, RequestOptions

T = TypeVar("T")
ModelT = TypeVar("ModelT")
CreateT = TypeVar("CreateT")
UpdateT = TypeVar("UpdateT")

_OPTION_NAMES = frozenset(RequestOptions.__annotations__)
_LIST_OPTION_NAMES = frozenset(ListOptions.__annotations__) - _OPTION_NAMES


class APIResource:
    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def _call(
        self, operation_id: str, *path: Any, body: Any = None, options: Mapping[str, Any] | None = None
    ) -> Any:
        parsed, _ = await self._client.request(OPERATIONS[operation_id], path=path, body=body, options=options)
        return parsed

    def _list(self, operation_id: str, filters: Mapping[str, Any], item: type[T]) -> AsyncPaginator[T]:
        """A paginator; filters are checked now, so a bad one fails here rather than when awaited."""
        options = {k: v for k, v in filters.items() if k in _OPTION_NAMES}
        query = {k: v for k, v in filters.items() if k not in _OPTION_NAMES and k not in _LIST_OPTION_NAMES}
        prefetch = filters.get("prefetch", True)
        if not isinstance(prefetch, bool):
            raise TypeError(f"prefetch must be a bool, not {type(prefetch).__name__}")
        operation = OPERATIONS[operation_id]
        query_params(operation, query)
        return AsyncPaginator(self._client, operation, query, options, prefetch=prefetch)


@attrs.frozen
class CRUDOperations:
    """The ids, in the OpenAPI document, of a resource's shared operations."""

    create: str
    retrieve: str
    update: str
    delete: str
    attach_source: str
    detach_source: str


class CRUDResource(APIResource, Generic[ModelT, CreateT, UpdateT]):
    operations: ClassVar[CRUDOperations]

    async def create(self, body: CreateT | Body, **options: Unpack[CreateOptions]) -> ModelT:
        return cast(ModelT, await self._call(self.operations.create, body=body, options=options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> ModelT:
        return cast(ModelT, await self._call(self.operations.retrieve, id, options=options))

    async def update(self, id: str, body: UpdateT | Body, **options: Unpack[RequestOptions]) -> ModelT:
        return cast(ModelT, await self._call(self.operations.update, id, body=body, options=options))

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call(self.operations.delete, id, options=options)

    async def attach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> Source:
        return cast(Source, await self._call(self.operations.attach_source, id, source_id, options=options))

    async def detach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call(self.operations.detach_source, id, source_id, options=options)


class CRUDWithRawResponse(Generic[ModelT, CreateT, UpdateT]):
    """The shared methods of a resource, returning an `APIResponse` (status, headers, `.parse()`)."""

    def __init__(self, resource: CRUDResource[ModelT, CreateT, UpdateT]) -> None:
        self.create = with_raw_response(resource.create)
        self.retrieve = with_raw_response(resource.retrieve)
        self.update = with_raw_response(resource.update)
        self.delete = with_raw_response(resource.delete)
        self.attach_source = with_raw_response(resource.attach_source)
        self.detach_source = with_raw_response(resource.detach_source)
