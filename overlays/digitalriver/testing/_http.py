"""The little HTTP the fake needs, on raw ASGI messages: no framework, so nothing hides what is sent.

The store and the handlers raise `APIError` where the real API would refuse, so the rules read
as plain Python and every refusal has the documented `Errors` shape. Answers are serialized as
soon as they are made, so an answer reflects the store at that moment, even when a fault delays
or mangles its delivery.
"""

from __future__ import annotations

import json
import math
import re
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


def error_type(status: int) -> str:
    """The `type` of an error answer: 404 -> `not_found`; 501 -> `not_implemented`, which only the fake answers."""
    try:
        return ERROR_TYPES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
    except ValueError:
        return "bad_request"


def error_body(status: int, code: str, message: str, parameter: str | None = None) -> dict[str, Any]:
    error = {"code": code, "message": message}
    if parameter is not None:
        error["parameter"] = parameter
    return {"type": error_type(status), "errors": [error]}


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
    # NaN and Infinity are not JSON: the fake never stores them, and would fail rather than write them.
    body = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
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


def query_pairs(scope: Scope) -> list[tuple[str, str]]:
    """The query string's names and values in order; blank values are kept so that `limit=` is refused."""
    return parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"), keep_blank_values=True)


def query_parameters(scope: Scope) -> dict[str, str]:
    """The query string, first value of each name."""
    parameters: dict[str, str] = {}
    for name, value in query_pairs(scope):
        parameters.setdefault(name, value)
    return parameters


# A body deeper than this is refused: no document schema nests so far, and a deep body would cost
# the decoder's recursion, or the encoder's, when it is answered back.
MAX_DEPTH = 64
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def decode_json(body: bytes) -> Any:
    """The body's JSON, refused (400) unless every part of it can be stored and sent back as JSON:
    UTF-8 without lone surrogates (escaped or not), no NaN or Infinity, no number too large for a
    double (`1e400`), no integer of more digits than Python reads, at most MAX_DEPTH levels deep."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _not_json("it is not UTF-8") from None
    if body.count(b"[") + body.count(b"{") > MAX_DEPTH and _depth(body) > MAX_DEPTH:
        raise _not_json(f"it nests deeper than {MAX_DEPTH} levels")
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=_no_constants)
    except RecursionError:
        raise _not_json(f"it nests deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:
        reason = str(error).partition(":")[0]
        if "integer string conversion" in reason:  # Python reads at most 4300 digits
            reason = "an integer has more digits than the fake reads"
        raise _not_json(reason) from None
    if _SURROGATE_ESCAPE.search(body):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise _not_json("a string holds a lone surrogate, which UTF-8 cannot carry") from None
    return value


def json_object(body: bytes) -> dict[str, Any]:
    value = decode_json(body) if body else None
    if not isinstance(value, dict):
        raise APIError(400, "invalid_request", "The request body must be a JSON object.")
    return value


def _depth(body: bytes) -> int:
    """How deep the arrays and objects of `body` nest, strings left out."""
    depth = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub(b"", body)):
        depth += 1 if bracket in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large for a double")
    return value


def _not_json(reason: str) -> APIError:
    return APIError(400, "invalid_request", f"The request body is not valid JSON: {reason}.")


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")
