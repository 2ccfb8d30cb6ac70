"""An async-first Python SDK for the Digital River API: Customers, Checkouts and Invoices.

```python
from digitalriver import AsyncDigitalRiver, DigitalRiver

async with AsyncDigitalRiver() as dr:
    customer = await dr.customers.create({"email": "jsmith@example.com", "type": "individual"})

with DigitalRiver() as dr:  # the same surface, synchronously
    for customer in dr.customers.list():
        ...
```

The resources, their methods and the models are generated from the OpenAPI document into
`digitalriver_api` and re-exported: `digitalriver.models` (the attrs models) and
`digitalriver.params` (request bodies as TypedDicts).
"""

from typing import TYPE_CHECKING, Any

from digitalriver_api.errors import ModelDataError
from digitalriver_api.runtime import APIResponse, AsyncPaginator, Page, RequestOptions, SyncPage, SyncPaginator

from . import models, params
from ._base_client import RequestStats, json_default
from ._client import AsyncClientBase, AsyncDigitalRiver
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DigitalRiverError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._rate_limit import RateLimiter
from ._retries import RetryPolicy
from ._sync import DigitalRiver, SyncClientBase
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClientBase",
    "AsyncDigitalRiver",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DigitalRiver",
    "DigitalRiverError",
    "ErrorDetail",
    "InternalServerError",
    "ModelDataError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestOptions",
    "RequestStats",
    "RetryPolicy",
    "SyncClientBase",
    "SyncPage",
    "SyncPaginator",
    "__version__",
    "json_default",
    "models",
    "params",
]

if TYPE_CHECKING:
    from ._aiohttp import AioHttpClient as AioHttpClient


def __getattr__(name: str) -> Any:
    """`AioHttpClient` is imported on first use: it needs the `aiohttp` extra."""
    if name == "AioHttpClient":
        try:
            from ._aiohttp import AioHttpClient
        except ImportError as exc:
            raise ImportError(
                f"AioHttpClient needs aiohttp under httpx: pip install 'digitalriver[aiohttp]' ({exc})"
            ) from exc
        return AioHttpClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
