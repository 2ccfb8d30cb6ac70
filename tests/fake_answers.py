"""Every answer the fake gives while a test module runs, checked against the document afterwards.

`recording()` wraps `FakeApp.__call__`, so it sees the answers of every fake the tests make, in
process or over uvicorn. An answer is within the document when its status is one the operation
documents, its content type and headers are the documented ones, and its body is JSON (no NaN or
Infinity) that validates against the schema of that status, with the validator the other tests
use (2020-12, date-times checked by rfc3339-validator). Answers a fault mangled on purpose
(`Fault`) are left out; paths that are no operation's must still answer the `Errors` body.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterator, MutableMapping
from typing import Any, NamedTuple

from jsonschema import Draft202012Validator

from digitalriver.testing import FakeApp
from digitalriver.testing._http import APIError
from digitalriver.testing._routes import find_route

from .document import DOCUMENT, resolve


class Exchange(NamedTuple):
    method: str
    raw_path: bytes
    query: bytes
    status: int
    headers: dict[str, str]
    body: bytes


@contextlib.contextmanager
def recording() -> Iterator[list[Exchange]]:
    exchanges: list[Exchange] = []
    original = FakeApp.__call__

    async def recorded(self: FakeApp, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await original(self, scope, receive, send)
            return
        faults = sum(self.counters.faults.values())
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

        try:
            await original(self, scope, receive, capture)
        finally:
            if start and sum(self.counters.faults.values()) == faults:  # a fault's answer is wrong on purpose
                headers = {bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in start["headers"]}
                raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
                query = bytes(scope.get("query_string", b""))
                exchanges.append(Exchange(scope["method"], raw_path, query, start["status"], headers, b"".join(chunks)))

    FakeApp.__call__ = recorded  # type: ignore[method-assign]
    try:
        yield exchanges
    finally:
        FakeApp.__call__ = original  # type: ignore[method-assign]


@functools.cache
def _validator(ref: str) -> Draft202012Validator:
    return Draft202012Validator({**DOCUMENT, "$ref": ref}, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _strict_json(body: bytes) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(body, parse_constant=refuse)


def problems(exchanges: list[Exchange]) -> list[str]:
    """What is wrong with each answer, as `METHOD path status: problem` lines; empty when all conform."""
    found = []
    for exchange in exchanges:
        query = f"?{exchange.query.decode('latin-1')}" if exchange.query else ""
        where = f"{exchange.method} {exchange.raw_path.decode('latin-1')}{query} {exchange.status}"
        found.extend(f"{where}: {problem}" for problem in _problems(exchange))
    return found


def _problems(exchange: Exchange) -> Iterator[str]:
    try:
        operation = find_route(exchange.method, exchange.raw_path).operation
        responses = DOCUMENT["paths"][operation.path][operation.method.lower()]["responses"]
    except APIError:  # no operation's path: the answer is still the Errors body
        errors = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}}
        responses = {str(exchange.status): errors}
    documented = responses.get(str(exchange.status), responses.get("default"))
    if documented is None:
        yield f"status not documented (documented: {', '.join(responses)})"
        return
    response = resolve(documented)
    for name, header in response.get("headers", {}).items():
        value = exchange.headers.get(name.lower())
        if value is None:
            yield f"no {name} header"
        elif resolve(header).get("schema", {}).get("type") == "integer" and not value.isdigit():
            yield f"{name} is not an integer: {value!r}"
    content = response.get("content")
    if not content:
        if exchange.body:
            yield f"a body where the document has none: {exchange.body[:100]!r}"
        return
    media = exchange.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media not in content:
        yield f"content type {media!r}, not one of {', '.join(content)}"
        return
    try:
        value = _strict_json(exchange.body)
    except ValueError as error:
        yield f"not JSON ({error}): {exchange.body[:100]!r}"
        return
    schema = content[media].get("schema", {})
    validator = _validator(schema["$ref"]) if "$ref" in schema else Draft202012Validator({**DOCUMENT, **schema})
    for error in validator.iter_errors(value):
        yield f"{'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message[:200]}"
