"""Request building, sending, retrying and parsing: written once for every operation.

Resources only say which operation to call with which arguments. Everything else comes from
the operations table generated from the OpenAPI document (method, path, parameter names and
bounds, models, whether it is safe to repeat) and happens here, in this order:

1. check the arguments and build the request, raising `TypeError`/`ValueError` before anything
   is sent when they are wrong;
2. send it, retrying per `RetryPolicy`;
3. turn the answer into the generated model, or into the error of `_exceptions`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import orjson
from anyio import sleep

from digitalriver_api.errors import ModelDataError
from digitalriver_api.operations import Operation

from ._auth import APIKey, BearerAuth
from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError, status_error
from ._logging import logger
from ._rate_limit import RateLimiter
from ._response import record_response
from ._retries import RetryPolicy, classify_exception, classify_status, parse_retry_after
from ._version import __version__

USER_AGENT = f"digitalriver-python/{__version__} httpx/{httpx.__version__}"


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
    def __init__(
        self,
        *,
        api_key: APIKey,
        base_url: httpx.URL,
        timeout: float | httpx.Timeout | None,
        retry_policy: RetryPolicy,
        rate_limiter: RateLimiter | None,
        http_client: httpx.AsyncClient | None,
    ) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.retry_policy = retry_policy
        self.rate_limiter = rate_limiter
        self.stats = RequestStats()
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=timeout)
        self._auth = BearerAuth(api_key, base_url)

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it; a caller's own is left open."""
        if self._owns_http_client:
            await self._http.aclose()

    async def request(
        self,
        operation: Operation,
        *,
        path: Sequence[Any] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: Mapping[str, Any] | None = None,
        parse: bool = True,
    ) -> tuple[Any, httpx.Response]:
        """Call `operation`; return the result (None for 204s) and the final response.

        The result is the operation's model, or with `parse=False` the decoded JSON object, for
        callers that want the body as sent (an export) or want to parse it later (a paginator
        that sends the next request first).
        """
        options = options or {}
        url = self._url(operation, path)
        params = query_params(operation, query or {})
        headers = _headers(options.get("extra_headers"))
        content = None
        if operation.request_model is not None:
            content = _json_body(operation, body)
            headers["Content-Type"] = "application/json"
        timeout = options.get("timeout", self.timeout)
        policy = self.retry_policy
        if "max_retries" in options:
            policy = attrs.evolve(policy, max_retries=_non_negative_int("max_retries", options["max_retries"]))
        safe = operation.idempotent or bool(options.get("safe_to_retry", False))

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
                response = await self._http.send(request, auth=self._auth)
            except httpx.TransportError as exc:
                failure = classify_exception(exc)
                self._log_attempt(request, type(exc).__name__, retries_done, started)
                if policy.should_retry(failure, retries_done=retries_done, safe=safe):
                    await self._pause(
                        request, type(exc).__name__, policy.wait(retries_done, None), retries_done, policy
                    )
                    retries_done += 1
                    continue
                error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                raise error(
                    f"{type(exc).__name__} on {request.method} {request.url.path}: {exc}", request=request
                ) from exc

            self._log_attempt(request, str(response.status_code), retries_done, started)
            record_response(response)
            if response.is_success:
                if self.rate_limiter is not None:
                    self.rate_limiter.speed_up()
                if operation.response_model is None:
                    return None, response
                data = decode_object(operation.response_model, response)
                return (parse_model(operation.response_model, data, response) if parse else data), response

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
        if len(values) != len(operation.path_parameters):
            raise TypeError(f"{operation.operation_id} takes {len(operation.path_parameters)} path arguments")
        path = operation.path
        for name, value in zip(operation.path_parameters, values, strict=True):
            path = path.replace("{" + name + "}", _path_segment(name, value))
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


def _path_segment(name: str, value: Any) -> str:
    """One path segment: a non-empty string, percent-encoded so that `/ ? # %` and dot segments stay inside it."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    if value in (".", ".."):  # URL normalisation would drop them: `detach_source(id, "..")` is DELETE /customers/id
        return value.replace(".", "%2E")
    return quote(value, safe="")


def query_params(operation: Operation, filters: Mapping[str, Any]) -> dict[str, str | int | bool]:
    unknown = sorted(set(filters) - set(operation.query))
    if unknown:
        known = ", ".join(sorted(operation.query))
        raise TypeError(f"{operation.operation_id} has no filter {', '.join(unknown)}; it takes {known}")
    params: dict[str, str | int | bool] = {}
    for name, value in filters.items():
        if value is None:
            continue
        spec = operation.query[name]
        if spec.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if spec.type is bool and not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
        if spec.type is str and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            raise ValueError(f"{name} must be between {spec.minimum} and {spec.maximum}, not {value!r}")
        params[spec.name] = value
    return params


def _headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    for name, value in (extra or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"extra_headers must map str to str, not {name!r}: {type(value).__name__}")
        if name.lower() == "authorization":
            raise ValueError("the Authorization header is the client's; pass api_key instead")
        headers[name] = value
    return headers


def _to_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _json_body(operation: Operation, body: Any) -> bytes:
    model = operation.request_model
    if isinstance(body, model):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        if not all(isinstance(key, str) for key in body):
            raise TypeError(f"{operation.operation_id} body keys must be API field names (str)")
        data = dict(body)
    else:
        raise TypeError(
            f"{operation.operation_id} body must be a {model.__name__} or a mapping of API field names, "
            f"not {type(body).__name__}"
        )
    try:
        return json.dumps(data, default=_to_json, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{operation.operation_id} body is not JSON: {exc}") from exc


def decode_object(model: type, response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a success, or `APIResponseValidationError` naming what came instead."""
    if not response.content:
        raise APIResponseValidationError(f"expected a {model.__name__}, got an empty body", response=response)
    try:
        data = orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise APIResponseValidationError(
            f"expected a {model.__name__}, got a body that is not JSON", response=response
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"expected a {model.__name__} object, got JSON {type(data).__name__}", response=response
        )
    return data


def parse_model(model: Any, data: dict[str, Any], response: httpx.Response) -> Any:
    try:
        return model.from_dict(data)
    except ModelDataError as exc:  # names the field itself
        raise APIResponseValidationError(f"the body is not a valid {model.__name__}: {exc}", response=response) from exc
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"the body is not a valid {model.__name__}: {type(exc).__name__}: {exc}", response=response
        ) from exc


def _non_negative_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative int, not {value!r}")
    return value
