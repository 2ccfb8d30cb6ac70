"""The little HTTP the fake needs, on raw ASGI messages: no framework, so nothing hides what is sent.

The store and the handlers raise `APIError` where the real API would refuse, so the rules read
as plain Python and every refusal has the documented `Errors` shape. Answers are serialized as
soon as they are made, so an answer reflects the store at that moment, even when a fault delays
or mangles its delivery.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from http import HTTPStatus
from typing import Any, NoReturn
from urllib.parse import parse_qsl

import attrs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# The API's error type is its status's phrase in snake case: 404 -> "not_found".
STATUSES = (400, 401, 403, 404, 405, 406, 408, 409, 429, 500, 502, 503, 504)
ERROR_TYPES = {status: HTTPStatus(status).phrase.lower().replace(" ", "_") for status in STATUSES}


def error_body(status: int, code: str, message: str, parameter: str | None = None) -> dict[str, Any]:
    error = {"code": code, "message": message}
    if parameter is not None:
        error["parameter"] = parameter
    return {"type": ERROR_TYPES.get(status, "bad_request"), "errors": [error]}


class APIError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        parameter: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = error_body(status, code, message, parameter)
        self.headers = headers


def bad_parameter(parameter: str, message: str) -> APIError:
    return APIError(400, "invalid_parameter", message, parameter)


@attrs.frozen
class Response:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


def json_response(status: int, value: Any, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, body, (("content-type", "application/json"), *headers))


def error_response(error: APIError) -> Response:
    return json_response(error.status, error.body, error.headers)


def start_message(response: Response, content_length: int | None = None) -> Message:
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers]
    if response.status != 204:  # a 204 must not announce a body, not even an empty one
        length = len(response.body) if content_length is None else content_length
        headers.append((b"content-length", str(length).encode("ascii")))
    return {"type": "http.response.start", "status": response.status, "headers": headers}


async def send_response(send: Send, response: Response) -> None:
    await send(start_message(response))
    await send({"type": "http.response.body", "body": response.body, "more_body": False})


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None when the client went away before sending it."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def bearer_token(scope: Scope) -> str | None:
    values = [bytes(value).decode("latin-1") for key, value in scope["headers"] if key.lower() == b"authorization"]
    scheme, _, token = (values[0] if values else "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def query_parameters(scope: Scope) -> dict[str, str]:
    """The query string, first value of each name; blank values are kept so `limit=` is refused."""
    parameters: dict[str, str] = {}
    for name, value in parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"), keep_blank_values=True):
        parameters.setdefault(name, value)
    return parameters


def json_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body, parse_constant=_no_constants) if body else None
    except ValueError:
        raise APIError(400, "invalid_request", "The request body is not valid JSON.") from None
    if not isinstance(value, dict):
        raise APIError(400, "invalid_request", "The request body must be a JSON object.")
    return value


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")
