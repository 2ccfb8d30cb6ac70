"""Request building, sending, retrying and parsing: written once for every operation.

The generated resources say which operation to call with which arguments, and hand the call
here (this is the runtime that `digitalriver_api.runtime.AsyncRuntime` describes). Everything
else comes from the operations table generated from the OpenAPI document (method, path,
parameter names, styles and bounds, models, whether it is safe to repeat), in this order:

1. check the arguments and build the request, raising `TypeError`/`ValueError` before anything
   is sent when they are wrong;
2. send it, retrying per `RetryPolicy`;
3. turn the answer into the generated model, or into the error of `_exceptions`.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, ParamSpec, TypeVar

import attrs
import httpx
from anyio import sleep

from digitalriver_api.runtime import APIResponse, Operation, Page, QueryParameter
from digitalriver_api.types import Unset

from ._auth import APIKey, BearerAuth
from ._exceptions import APIConnectionError, APITimeoutError, status_error
from ._logging import logger
from ._pagination import AsyncPaginator
from ._parsing import result
from ._rate_limit import RateLimiter
from ._response import record_response, with_raw_response
from ._retries import RetryPolicy, classify_exception, classify_status, parse_retry_after
from ._send import DEFAULT_MAX_RESPONSE_SIZE, attempt_timeout, send_attempt
from ._version import __version__

P = ParamSpec("P")
T = TypeVar("T")

USER_AGENT = f"digitalriver-python/{__version__} httpx/{httpx.__version__}"
# What each per-call option must be; a call given anything else fails before it is sent.
CALL_OPTIONS = frozenset({"extra_headers", "timeout", "max_retries", "safe_to_retry", "prefetch"})


@attrs.define
class RequestStats:
    """What one client has done so far: for an ETL job's summary, or a service's metrics.

    `requests` counts attempts sent (retries included), `retries` the repeated ones,
    `rate_limited` the 429s received, `throttled_seconds` the time the client's own rate
    limit held calls back.
    """

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    throttled_seconds: float = 0.0


class BaseClient:
    """The runtime of the async resources: one per client, shared by its copies' resources."""

    def __init__(
        self,
        *,
        api_key: APIKey,
        base_url: httpx.URL,
        timeout: float | httpx.Timeout | None,
        retry_policy: RetryPolicy,
        rate_limiter: RateLimiter | None,
        http_client: httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.api_key = api_key  # an APIKey: its repr is redacted
        self.base_url = base_url
        self.timeout = timeout
        self.retry_policy = retry_policy
        self.rate_limiter = rate_limiter
        self.max_response_size = max_response_size
        self.default_headers = checked_headers(default_headers, "default_headers")
        self.stats = RequestStats()
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=timeout)
        self._auth = BearerAuth(api_key, base_url)

    def copy(
        self,
        *,
        timeout: float | httpx.Timeout | None,
        retry_policy: RetryPolicy,
        default_headers: Mapping[str, str],
    ) -> BaseClient:
        """A runtime with other settings that shares this one's connections, rate limit and stats."""
        twin = object.__new__(BaseClient)
        twin.__dict__.update(self.__dict__)
        twin.timeout = timeout
        twin.retry_policy = retry_policy
        twin.default_headers = checked_headers(default_headers, "default_headers")
        twin._owns_http_client = False  # the original closes the pool
        return twin

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it; a caller's own is left open."""
        if self._owns_http_client:
            await self._http.aclose()

    # --- the runtime the generated resources call -------------------------------------------

    async def request(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> Any:
        result, _ = await self.execute(
            operation, path=path, query=query, body=body, extra_body=extra_body, options=options
        )
        return result

    def paginate(
        self,
        operation: Operation,
        item: type[T],
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> Any:
        """A paginator; path values, filters and options are checked now, so a bad one fails here, not when awaited."""
        checked = call_options(options)
        self._url(operation, path)
        filters = {name: value for name, value in query.items() if not _absent(value)}
        query_params(operation, filters)
        prefetch = checked.pop("prefetch", True)
        return AsyncPaginator(self, operation, filters, checked, prefetch=prefetch, path=path)

    def raw_response(self, method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
        return with_raw_response(method)

    def raw_list(self, method: Callable[P, Any]) -> Callable[P, Awaitable[APIResponse[Page[Any]]]]:
        async def first_page(*args: P.args, **kwargs: P.kwargs) -> APIResponse[Page[Any]]:
            page: Page[Any] = await method(*args, **kwargs).first_page()
            return APIResponse(http_response=page.response, parsed=page)

        return first_page

    # --- one call, with its retries ------------------------------------------------------------

    async def execute(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        extra_body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
        parse: bool = True,
    ) -> tuple[Any, httpx.Response]:
        """Call `operation`; return the result (None for a success without a body) and the final response.

        The result is the operation's model, or with `parse=False` the decoded JSON, for callers
        that want the body as sent (an export) or want to parse it later (a paginator that sends
        the next request first).
        """
        checked = call_options(options or {})
        url = self._url(operation, path)
        params = query_params(operation, query or {})
        headers = {**_BASE_HEADERS, **self.default_headers, **checked_headers(checked.get("extra_headers"))}
        content = json_body(operation, body, extra_body)
        if content is not None:
            headers["Content-Type"] = "application/json"
        timeout = checked.get("timeout", self.timeout)
        policy = self.retry_policy
        if "max_retries" in checked:
            policy = attrs.evolve(policy, max_retries=checked["max_retries"])
        safe = operation.idempotent or checked.get("safe_to_retry", False)

        retries_done = 0
        while True:
            request = self._http.build_request(
                operation.method, url, params=params, content=content, headers=headers, timeout=timeout
            )
            if self.rate_limiter is not None:
                waited = await self.rate_limiter.acquire()  # not `+= await`: that reads before waiting
                self.stats.throttled_seconds += waited
            started = time.perf_counter()
            self.stats.requests += 1
            try:
                response = await send_attempt(
                    self._http,
                    request,
                    auth=self._auth,
                    timeout=attempt_timeout(timeout),
                    max_size=self.max_response_size,
                )
            except httpx.TransportError as exc:
                failure = classify_exception(exc)
                self._log_attempt(request, type(exc).__name__, retries_done, started)
                if policy.should_retry(failure, retries_done=retries_done, safe=safe):
                    await self._pause(
                        request, type(exc).__name__, policy.wait(retries_done, None), retries_done, policy
                    )
                    retries_done += 1
                    self.stats.retries += 1
                    continue
                raise connection_error(exc, request, attempts=retries_done + 1) from exc

            self._log_attempt(request, str(response.status_code), retries_done, started)
            record_response(response)
            if response.is_success:
                if self.rate_limiter is not None:
                    self.rate_limiter.speed_up()
                return result(operation, response, parse), response

            status_failure = classify_status(response.status_code)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if response.status_code == 429:
                self.stats.rate_limited += 1
                if self.rate_limiter is not None:  # a wait too long to sleep through is the caller's to schedule
                    hold = None if retry_after is None else min(retry_after, policy.max_retry_after)
                    self.rate_limiter.slow_down(hold)
            too_long = retry_after is not None and retry_after > policy.max_retry_after
            if (
                status_failure is not None
                and not too_long
                and policy.should_retry(status_failure, retries_done=retries_done, safe=safe)
            ):
                wait = policy.wait(retries_done, retry_after)
                await self._pause(request, str(response.status_code), wait, retries_done, policy)
                retries_done += 1
                self.stats.retries += 1
                continue
            raise status_error(response, retry_after=retry_after)

    def _url(self, operation: Operation, values: Sequence[Any]) -> httpx.URL:
        path = operation.render_path(values)
        return self.base_url.copy_with(raw_path=self.base_url.raw_path.rstrip(b"/") + path.encode("ascii"))

    def _log_attempt(self, request: httpx.Request, outcome: str, retries_done: int, started: float) -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method,
            request.url.path,
            outcome,
            retries_done + 1,
            elapsed_ms,
        )

    async def _pause(
        self, request: httpx.Request, outcome: str, wait: float, retries_done: int, policy: RetryPolicy
    ) -> None:
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            request.method,
            request.url.path,
            outcome,
            wait,
            retries_done + 1,
            policy.max_retries,
        )
        await sleep(wait)


_BASE_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}

# What each transport failure means, in words; a timeout also names its limit (`{}`: seconds).
_FAILURES: tuple[tuple[type[httpx.TransportError], str, str | None], ...] = (
    (httpx.ConnectTimeout, "connecting took longer than the connect timeout of {} s", "connect"),
    (httpx.ReadTimeout, "no answer within the read timeout of {} s", "read"),
    (httpx.WriteTimeout, "sending took longer than the write timeout of {} s", "write"),
    (httpx.PoolTimeout, "no free connection in the pool within the pool timeout of {} s", "pool"),
    (httpx.ConnectError, "could not connect to {host}", None),
    (httpx.ProxyError, "the proxy refused the request", None),
    (httpx.RemoteProtocolError, "the server closed the connection without a complete answer", None),
    (httpx.ReadError, "the connection broke while the answer was read", None),
    (httpx.WriteError, "the connection broke while the request was sent", None),
)


def connection_error(exc: httpx.TransportError, request: httpx.Request, *, attempts: int) -> APIConnectionError:
    """The error for a request that got no answer: the call, the failure in words, and the attempts made."""
    words = f"{type(exc).__name__}"
    for kind, text, timeout_name in _FAILURES:
        if isinstance(exc, kind):
            limit = (request.extensions.get("timeout") or {}).get(timeout_name) if timeout_name else None
            words = text.format(_seconds(limit), host=request.url.host) if "{" in text else text
            break
    detail = str(exc).strip()
    if detail and detail not in words:
        words += f" ({type(exc).__name__}: {detail})"
    else:
        words += f" ({type(exc).__name__})"
    tried = "after 1 attempt" if attempts == 1 else f"after {attempts} attempts"
    url = request.url.copy_with(query=None)
    error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return error(f"{request.method} {url} failed {tried}: {words}", request=request)


def _seconds(limit: Any) -> str:
    return "no limit" if limit is None else f"{limit:g}"


def _absent(value: Any) -> bool:
    return value is None or _unset(value)


def _unset(value: Any) -> bool:
    """UNSET of this package or of any generated one: each has its own `types.Unset` (see `AsyncClientBase`)."""
    return isinstance(value, Unset) or type(value).__name__ == "Unset"


# --- per-call options --------------------------------------------------------------------------


def call_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options given (UNSET and None left out, but for `timeout=None`), each checked."""
    unknown = sorted(set(options) - CALL_OPTIONS)
    if unknown:
        raise TypeError(f"unknown option {', '.join(unknown)}; the options are {', '.join(sorted(CALL_OPTIONS))}")
    checked: dict[str, Any] = {}
    for name, value in options.items():
        if _unset(value) or (value is None and name != "timeout"):
            continue
        if name == "timeout":
            checked[name] = checked_timeout(value)
        elif name == "max_retries":
            checked[name] = non_negative_int(name, value)
        elif name in ("safe_to_retry", "prefetch"):
            if not isinstance(value, bool):
                raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
            checked[name] = value
        else:
            checked[name] = checked_headers(value, name)
    return checked


def checked_timeout(value: Any) -> float | httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0 or math.isinf(value):
        raise ValueError(f"timeout must be a positive number of seconds, an httpx.Timeout or None, not {value!r}")
    return float(value)


_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # an RFC 9110 token
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # CR, LF, NUL and the rest; a tab is allowed


def checked_headers(headers: Any, name: str = "extra_headers") -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map str to str, not {key!r}: {type(value).__name__}")
        if not _HEADER_NAME.fullmatch(key):
            raise ValueError(f"{name}: {key!r} is not a header name")
        if _CONTROL_CHARACTER.search(value):  # the value is not shown: it may be a secret
            raise ValueError(f"{name}: the value of {key} holds a control character (CR, LF, NUL, ...)")
        if key.lower() == "authorization":
            raise ValueError("the Authorization header is the client's; pass api_key instead")
        checked[key] = value
    return checked


def non_negative_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative int, not {value!r}")
    return value


# --- the query string --------------------------------------------------------------------------


def query_params(operation: Operation, filters: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The query string of a call, as the document's styles say; every value checked first."""
    unknown = sorted(set(filters) - set(operation.query))
    if unknown:
        known = ", ".join(sorted(operation.query)) or "none"
        raise TypeError(f"{operation.operation_id} has no filter {', '.join(unknown)}; it takes {known}")
    params: list[tuple[str, Any]] = []
    for name, spec in operation.query.items():
        value = filters.get(name)
        if _absent(value):
            if spec.required:
                raise TypeError(f"{operation.operation_id} needs {name}")
            continue
        if spec.kind == "array":
            items = _sequence(name, value)
            texts = [_scalar(f"{name}[{index}]", spec, item) for index, item in enumerate(items)]
            if spec.explode:
                params.extend((spec.name, text) for text in texts)
            else:
                if any("," in text for text in texts):
                    raise ValueError(f"{name}: an item holds ',', which the API reads as a separator")
                params.append((spec.name, ",".join(texts)))
        elif spec.kind == "object":
            if not isinstance(value, Mapping):
                raise TypeError(f"{name} must be a mapping such as {{'gte': ...}}, not {type(value).__name__}")
            for key, item in value.items():
                if not isinstance(key, str) or (spec.keys is not None and key not in spec.keys):
                    allowed = ", ".join(spec.keys or ())
                    raise ValueError(f"{name} takes the keys {allowed}, not {key!r}")
                if not _absent(item):
                    params.append((f"{spec.name}[{key}]", _scalar(f"{name}[{key!r}]", spec, item)))
        else:
            params.append((spec.name, _scalar(name, spec, value)))
    return params


def _sequence(name: str, value: Any) -> Sequence[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | set | frozenset):
        raise TypeError(f"{name} must be a list of values, not {type(value).__name__}")
    return list(value)


def _scalar(name: str, spec: QueryParameter, value: Any) -> str:
    """One value as the API reads it, after checking its type and bounds."""
    kind = spec.type
    if kind is bool:
        if not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
        return "true" if value else "false"
    if kind is int or kind is float:
        numeric = (int,) if kind is int else (int, float, decimal.Decimal)
        if isinstance(value, bool) or not isinstance(value, numeric):
            raise TypeError(f"{name} must be {'an int' if kind is int else 'a number'}, not {type(value).__name__}")
        if isinstance(value, float | decimal.Decimal) and not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, not {value!r}")
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            raise ValueError(f"{name} must be between {spec.minimum} and {spec.maximum}, not {value!r}")
        return str(value)
    if kind is datetime.datetime:
        if isinstance(value, datetime.datetime):
            return rfc3339(name, value)
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a datetime or an RFC 3339 string, not {type(value).__name__}")
        try:
            aware = datetime.datetime.fromisoformat(value).tzinfo is not None
        except ValueError:
            aware = False
        if not aware:
            raise ValueError(f"{name} must be an RFC 3339 time with its offset (2025-01-31T12:00:00Z), not {value!r}")
        return value
    if kind is datetime.date:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a date or an ISO 8601 string, not {type(value).__name__}")
        return value
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def rfc3339(name: str, value: datetime.datetime) -> str:
    """An aware datetime as the API writes times: UTC with `Z`, milliseconds when there are any."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with tzinfo): a naive one names no instant")
    utc = value.astimezone(datetime.UTC)
    spec = "milliseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


# --- the body ----------------------------------------------------------------------------------


def json_body(operation: Operation, body: Any, extra_body: Mapping[str, Any] | None) -> bytes | None:
    """The JSON of a call's body (a generated model, a mapping of API names, or a list), with `extra_body` merged in."""
    if not operation.has_body:
        if body is not None or extra_body:
            raise TypeError(f"{operation.operation_id} takes no body")
        return None
    if extra_body is not None and not isinstance(extra_body, Mapping):
        raise TypeError(f"extra_body must be a mapping of API field names, not {type(extra_body).__name__}")
    model = operation.request_model
    data: Any
    if body is None:
        if operation.body_required and not extra_body:
            raise TypeError(f"{operation.operation_id} needs a body")
        if not extra_body:
            return None
        data = {}
    elif _is_model(body, model):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        if not all(isinstance(key, str) for key in body):
            raise TypeError(f"{operation.operation_id} body keys must be API field names (str)")
        data = dict(body)
    elif isinstance(body, list | tuple) and model is None:
        data = list(body)
    else:
        expected = f"a {model.__name__} or a mapping of API field names" if model is not None else "JSON data"
        raise TypeError(f"{operation.operation_id} body must be {expected}, not {type(body).__name__}")
    if extra_body:
        if not isinstance(data, dict):
            raise TypeError(f"{operation.operation_id}: extra_body needs an object body")
        data.update(extra_body)
    try:
        return json.dumps(data, default=json_default, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{operation.operation_id} body is not JSON: {exc}") from exc


def _is_model(body: Any, model: Any) -> bool:
    """The operation's request model, or (for a body the document gives no model) any generated model."""
    if model is not None:
        return isinstance(body, model)
    return hasattr(body, "to_dict") and not isinstance(body, Mapping)


def json_default(value: Any) -> Any:
    """What `json.dumps(..., default=json_default)` (or `orjson.dumps`) needs for the SDK's values:
    a model as its `to_dict()`, a time as ISO 8601, an enum as its value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
