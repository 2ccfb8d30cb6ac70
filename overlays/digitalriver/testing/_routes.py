"""Which operation a request is for, read from the generated operations table.

The path is split on `/` before each segment is percent-decoded, never the other way round:
an id may hold `/ ? # %`, and the SDK sends it percent-encoded inside one segment.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

import attrs

from digitalriver_api.operations import OPERATIONS
from digitalriver_api.runtime import Operation

from ._http import APIError


@attrs.frozen
class Route:
    operation: Operation
    params: dict[str, str]

    @property
    def template(self) -> str:
        return self.operation.path


def split_path(raw_path: bytes) -> list[str]:
    try:
        return [unquote_to_bytes(segment).decode("utf-8") for segment in raw_path.split(b"/")[1:]]
    except UnicodeDecodeError:
        raise APIError(400, "invalid_request", "The path is not percent-encoded UTF-8.") from None


def find_route(method: str, raw_path: bytes) -> Route:
    """The operation of `method` on the path, or 404 (no such path) or 405 (not with that method)."""
    segments = split_path(raw_path)
    allowed = []
    for operation in OPERATIONS.values():
        params = _match(operation.path.split("/")[1:], segments)
        if params is None:
            continue
        if operation.method == method:
            return Route(operation, params)
        allowed.append(operation.method)
    if allowed:
        message = f"{method} is not allowed here; use {', '.join(allowed)}."
        raise APIError(405, "method_not_allowed", message, headers=(("allow", ", ".join(allowed)),))
    raise APIError(404, "not_found", "No such path.")


def _match(template: list[str], segments: list[str]) -> dict[str, str] | None:
    if len(template) != len(segments):
        return None
    params = {}
    for expected, segment in zip(template, segments, strict=True):
        if expected.startswith("{"):
            if not segment:
                return None
            params[expected.strip("{}")] = segment
        elif expected != segment:
            return None
    return params
