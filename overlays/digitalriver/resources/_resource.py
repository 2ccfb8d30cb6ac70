"""What every resource shares: a client, and one way to call an operation by its id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from digitalriver_api.operations import OPERATIONS

from .._base_client import BaseClient, query_params
from .._pagination import AsyncPaginator

T = TypeVar("T")


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
        options = {k: filters[k] for k in ("timeout", "extra_headers", "max_retries") if k in filters}
        query = {k: v for k, v in filters.items() if k not in options}
        operation = OPERATIONS[operation_id]
        query_params(operation, query)
        return AsyncPaginator(self._client, operation, query, options)
