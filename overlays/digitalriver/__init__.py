"""An async-first Python SDK for the Digital River API: Customers, Checkouts and Invoices.

```python
from digitalriver import AsyncDigitalRiver

async with AsyncDigitalRiver() as dr:
    customer = await dr.customers.create({"email": "jsmith@example.com", "type": "individual"})
```

The models are the generated ones of `digitalriver_api.models`, re-exported as
`digitalriver.models`; the low-level generated functions stay usable in `digitalriver_api.api`.
"""

from digitalriver_api.errors import ModelDataError

from . import models
from ._base_client import RequestStats
from ._client import AsyncDigitalRiver
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
from ._pagination import AsyncPaginator, Page
from ._rate_limit import RateLimiter
from ._response import APIResponse
from ._retries import RetryPolicy
from ._types import CreateOptions, ListOptions, RequestOptions
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDigitalRiver",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CreateOptions",
    "DigitalRiverError",
    "ErrorDetail",
    "InternalServerError",
    "ListOptions",
    "ModelDataError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestOptions",
    "RequestStats",
    "RetryPolicy",
    "__version__",
    "models",
]
