"""One flat hierarchy of everything the SDK raises for a failed call.

    DigitalRiverError
    ├── APIConnectionError          the request got no answer
    │   └── APITimeoutError
    ├── APIStatusError              the API answered an error status
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── RateLimitError          429
    │   └── InternalServerError     >= 500
    └── APIResponseValidationError  a success whose body is not the documented JSON

Bad arguments are caught before anything is sent and raise the built-in `TypeError` or
`ValueError`, as any Python function would.

Every error pickles (for task queues and process pools) and unpickles to the same class with
the same message and attributes, except the secrets: the copy's request has no
`Authorization`, `Proxy-Authorization` or `Cookie` header and no user info in its URL.
"""

from __future__ import annotations

import copy
import reprlib
from typing import Any

import attrs
import httpx

from ._json import JSONError
from ._json import loads as json_loads

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DigitalRiverError",
    "ErrorDetail",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]

_BODY_SNIPPET = 200


class DigitalRiverError(Exception):
    """Base of every error the SDK raises for a failed call."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls `cls(*args)`, which our keyword-only constructors refuse, and
        # would carry the request as it went out, key included.
        state = {name: _without_secrets(value) for name, value in self.__dict__.items()}
        return _rebuild, (type(self), self.args, state)


def _rebuild(cls: type[DigitalRiverError], args: tuple[Any, ...], state: dict[str, Any]) -> DigitalRiverError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _without_secrets(value: Any) -> Any:
    if isinstance(value, httpx.Request):
        return _safe_request(value)
    if isinstance(value, httpx.Response):
        safe = copy.copy(value)  # httpx's own pickling state: no stream, the body if it was read
        safe.request = _safe_request(value.request)
        return safe
    return value


def _safe_request(request: httpx.Request) -> httpx.Request:
    safe = copy.copy(request)  # httpx's own pickling state: no stream, no extensions
    safe.headers = httpx.Headers(
        [(name, value) for name, value in request.headers.multi_items() if name.lower() not in _SECRET_HEADERS]
    )
    if request.url.userinfo:
        safe.url = request.url.copy_with(username=None, password=None)
    return safe


class APIConnectionError(DigitalRiverError):
    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    pass


@attrs.frozen
class ErrorDetail:
    """One entry of the `errors` list of Digital River's error body."""

    code: str | None = None
    parameter: str | None = None
    message: str | None = None

    def __str__(self) -> str:
        where = f" (parameter {self.parameter})" if self.parameter else ""
        return f"{self.code or 'error'}: {self.message or ''}{where}".rstrip()


class APIStatusError(DigitalRiverError):
    """The API answered a status that is not a success.

    `type` and `errors` come from Digital River's error body
    (`{"type": ..., "errors": [{"code", "parameter", "message"}]}`); when the body is not that
    (a proxy's HTML page, an empty or truncated body) they are `None` and `[]`, and the message
    quotes the start of the body instead.
    """

    def __init__(self, response: httpx.Response, *, body: Any = None) -> None:
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.type: str | None = None
        self.errors: list[ErrorDetail] = []
        if isinstance(body, dict):
            kind = body.get("type")
            self.type = kind if isinstance(kind, str) else None
            entries = body.get("errors")
            if isinstance(entries, list):
                self.errors = [_error_detail(entry) for entry in entries if isinstance(entry, dict)]
        super().__init__(self._message())

    def _message(self) -> str:
        head = f"{self.status_code} {self.type or self.response.reason_phrase or 'error'}"
        head += f" on {self.request.method} {self.request.url.path}"
        if self.errors:
            return f"{head}: " + "; ".join(str(e) for e in self.errors)
        text = self.response.text.strip()
        if not text:
            return f"{head} (empty body)"
        snippet = text[:_BODY_SNIPPET] + ("…" if len(text) > _BODY_SNIPPET else "")
        return f"{head}: {snippet}"

    @property
    def code(self) -> str | None:
        """The first error's code, the usual thing to branch on."""
        return self.errors[0].code if self.errors else None


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    """429. `retry_after` is the wait the API asked for, in seconds (None if it named none)."""

    def __init__(self, response: httpx.Response, *, body: Any = None, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(response, body=body)

    def _message(self) -> str:
        message = super()._message()
        return message if self.retry_after is None else f"{message} (retry after {self.retry_after:g}s)"


class InternalServerError(APIStatusError):
    pass


class APIResponseValidationError(DigitalRiverError):
    """A success status whose body is not the JSON the document describes, or an answer larger than
    `max_response_size` (whatever its status; its body is then not read)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(f"{message} ({response.status_code} on {response.request.method} {response.request.url.path})")
        self.response = response
        self.status_code = response.status_code


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
}


def _error_detail(entry: dict[str, Any]) -> ErrorDetail:
    def text(key: str) -> str | None:
        value = entry.get(key)
        if value is None or isinstance(value, str):
            return value
        return reprlib.repr(value)  # bounded, also for JSON nested a thousand levels deep

    # Some answers in the wild say `description` where the documented body says `message`.
    message = text("message") or text("description")
    return ErrorDetail(code=text("code"), parameter=text("parameter"), message=message)


def status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """The error for an answered request with a failure status; any body is accepted."""
    try:
        body: Any = json_loads(response.content) if response.content else None
    except JSONError:  # not JSON, or JSON too deep to read: the status still says what happened
        body = None
    if response.status_code == 429:
        return RateLimitError(response, body=body, retry_after=retry_after)
    if response.status_code >= 500:
        return InternalServerError(response, body=body)
    return _STATUS_ERRORS.get(response.status_code, APIStatusError)(response, body=body)
