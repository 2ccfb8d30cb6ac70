"""The OpenAPI document the fake answers by: the JSON copy that `digitalriver_api` ships.

Routing comes from the generated operations table; what a request may hold (`_validation`) and
what an operation without behaviour of its own answers (`_handlers`) come from here, so a
regenerated package brings its own rules with it.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(files("digitalriver_api").joinpath("openapi.json").read_bytes())
    return loaded


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (repeatedly) to the node it names."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document()
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 64:
            raise ValueError("a $ref cycle in the document")
    return node


def pointer(*parts: str) -> str:
    """A JSON pointer into the document: `pointer("paths", "/customers", "get")` -> `#/paths/~1customers/get`."""
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@functools.cache
def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Every operation of the document by operationId: its path, its method (lower case) and its node."""
    found = {}
    for path, item in document().get("paths", {}).items():
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict) and "operationId" in node:
                found[node["operationId"]] = (path, method, node)
    return found


def operation_node(operation_id: str) -> dict[str, Any]:
    """The operation's node in the document; empty for an operation the document does not have."""
    found = operations().get(operation_id)
    return found[2] if found else {}


def parameters(operation_id: str) -> list[dict[str, Any]]:
    """The operation's parameters, those of its path item first overridden by its own (by name and place)."""
    if operation_id not in operations():
        return []
    path, _, node = operations()[operation_id]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in (*document()["paths"][path].get("parameters", ()), *node.get("parameters", ())):
        resolved = resolve(parameter)
        merged[(resolved["name"], resolved["in"])] = resolved
    return list(merged.values())


MISSING = object()


def success_response(operation_id: str, status: int) -> dict[str, Any]:
    response: dict[str, Any] = resolve(operation_node(operation_id).get("responses", {}).get(str(status), {}))
    return response


def success_example(operation_id: str, status: int) -> Any:
    """The first example of the operation's `status` answer in JSON, or MISSING when the document gives none."""
    media = success_response(operation_id, status).get("content", {}).get("application/json")
    if not isinstance(media, dict):
        return MISSING
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        resolved = resolve(example)
        if isinstance(resolved, dict) and "value" in resolved:
            return resolved["value"]
    schema = resolve(media.get("schema", {}))
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"]
    return MISSING
