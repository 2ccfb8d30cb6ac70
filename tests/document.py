"""The OpenAPI document as the tests see it: loaded once, with walks over its operations and examples."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
# Another document can stand in (a maintainer's changed copy, generated into a package of its own).
DOCUMENT_PATH = Path(os.environ.get("DIGITALRIVER_TEST_DOCUMENT") or ROOT / "openapi" / "digitalriver.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def load_document() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with DOCUMENT_PATH.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


DOCUMENT = load_document()


def resolve(node: dict[str, Any], document: dict[str, Any] = DOCUMENT) -> dict[str, Any]:
    """Follow a local `$ref` (repeatedly) to the object it names."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


class Operation(NamedTuple):
    method: str
    path: str
    operation: dict[str, Any]


def operations(document: dict[str, Any] = DOCUMENT) -> Iterator[Operation]:
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method.upper(), path, item[method])


class Example(NamedTuple):
    """One example body of an operation, with the schema it must satisfy."""

    where: str  # e.g. "createCustomer request" or "retrieveCustomer 200 customerObject"
    schema_ref: str  # "#/components/schemas/Customer"
    value: Any


def examples(document: dict[str, Any] = DOCUMENT) -> list[Example]:
    found = []
    for op in operations(document):
        op_id = op.operation["operationId"]
        bodies: list[tuple[str, dict[str, Any]]] = []
        if "requestBody" in op.operation:
            bodies.append(("request", resolve(op.operation["requestBody"], document)))
        for status, response in op.operation["responses"].items():
            if status.startswith("2"):
                bodies.append((status, resolve(response, document)))
        for label, body in bodies:
            for media in body.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    found.append(
                        Example(f"{op_id} {label} {name}", media["schema"]["$ref"], resolve(example, document)["value"])
                    )
    return found
