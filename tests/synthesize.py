"""Requests that are valid for a document, made from its schemas: what the contract tests and the drill send.

Where the document gives a request example, that is the body (what the reference pages show is
what is sent). Where it gives none, `Synthesizer` makes the least body its schema allows: the
required fields only (never a `readOnly` one), each with a valid value: the schema's `example`
or `default` when that value is valid, else the first of its `enum`, else one of its `format`
(date-time, date, email, uuid, ...), else a string, number or boolean within its bounds; an
array gets one item (or `minItems`), an `allOf` is merged, a `oneOf`/`anyOf` takes the first
alternative that is valid. Every value made is checked against its schema with the validator of
the document's OpenAPI version (3.0 or 3.1, request direction), so a value the synthesizer gets
wrong fails here, with the schema's own complaint, rather than as a violation in Prism.

Path values and required query parameters come from their parameter schemas the same way.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import openapi_schema_validator
from jsonschema.exceptions import best_match

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
JSON_MEDIA = ("application/json",)

# A value of each format the document's schemas use, as Prism's validator (ajv-formats) reads it.
FORMATS: dict[str, Any] = {
    "date-time": "2024-06-17T00:00:00Z",
    "date": "2024-06-17",
    "time": "00:00:00Z",
    "email": "jsmith@example.com",
    "uuid": "6b1f1a4e-2c6e-4a4c-9a39-0c1d2e3f4a5b",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "eA==",
    "binary": "x",
}


class SynthesisError(Exception):
    """The document asks for something the synthesizer cannot make (a schema with no valid value it knows of)."""


class DocumentOperation(NamedTuple):
    method: str  # upper case
    path: str
    operation: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]  # the path item's and the operation's, resolved, the operation's winning

    @property
    def operation_id(self) -> str:
        value: str = self.operation["operationId"]
        return value

    def parameter(self, location: str, name: str) -> dict[str, Any]:
        for parameter in self.parameters:
            if parameter["in"] == location and parameter["name"] == name:
                return parameter
        raise KeyError(f"{self.method} {self.path} has no {location} parameter {name}")


class Synthesizer:
    """Valid request values for the operations of one document."""

    def __init__(self, document: Mapping[str, Any], *, reading: bool = False) -> None:
        """`reading=True` checks values as an answer carries them (`readOnly` fields allowed, `writeOnly` not)."""
        self.document = document
        version = str(document.get("openapi", "3.0"))
        oas30 = openapi_schema_validator.OAS30ReadValidator if reading else openapi_schema_validator.OAS30WriteValidator
        self._validator_class = oas30 if version.startswith("3.0") else openapi_schema_validator.OAS31Validator
        self._format_checker = (
            openapi_schema_validator.oas30_format_checker
            if version.startswith("3.0")
            else openapi_schema_validator.oas31_format_checker
        )

    # --- the document ----------------------------------------------------------------------

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (repeatedly) to the object it names."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return dict(node)

    def operations(self) -> Iterator[DocumentOperation]:
        for path, item in self.document["paths"].items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method in item:
                    own = [self.resolve(p) for p in item[method].get("parameters", [])]
                    names = {(p["in"], p["name"]) for p in own}
                    parameters = (*[p for p in shared if (p["in"], p["name"]) not in names], *own)
                    yield DocumentOperation(method.upper(), path, item[method], parameters)

    def operation(self, operation_id: str) -> DocumentOperation:
        for found in self.operations():
            if found.operation_id == operation_id:
                return found
        raise KeyError(operation_id)

    # --- what an operation is sent ------------------------------------------------------------

    def json_media(self, operation: DocumentOperation) -> dict[str, Any] | None:
        """The JSON media of the operation's request body (any `…/json` or `…+json`), or None."""
        if "requestBody" not in operation.operation:
            return None
        content = self.resolve(operation.operation["requestBody"]).get("content", {})
        for media_type, media in content.items():
            essence = media_type.split(";")[0].strip().lower()
            if essence in JSON_MEDIA or essence.endswith("+json") or essence.endswith("/json"):
                return dict(media)
        return None

    def request_examples(self, operation: DocumentOperation) -> dict[str, Any]:
        """The document's named examples of the operation's JSON body (one unnamed `example` as "example")."""
        media = self.json_media(operation)
        if media is None:
            return {}
        if "example" in media:
            return {"example": media["example"]}
        return {name: self.resolve(example)["value"] for name, example in media.get("examples", {}).items()}

    def body(self, operation: DocumentOperation, *, minimal: bool = False) -> Any:
        """The body to send: the document's first request example, or (`minimal`, or none given) the least valid one.

        None when the operation takes no JSON body.
        """
        media = self.json_media(operation)
        if media is None:
            return None
        found = self.request_examples(operation)
        if found and not minimal:
            return copy.deepcopy(next(iter(found.values())))
        return self.value(media.get("schema", {}), name="body")

    def path_value(self, operation: DocumentOperation, name: str) -> str:
        """A valid value of the path parameter `name`."""
        value = self.value(operation.parameter("path", name).get("schema", {"type": "string"}), name=name)
        return value if isinstance(value, str) else str(value)

    def required_query(self, operation: DocumentOperation) -> dict[str, Any]:
        """The operation's required query parameters, by their names in the document, each with a valid value."""
        return {
            parameter["name"]: self.value(parameter.get("schema", {}), name=parameter["name"])
            for parameter in operation.parameters
            if parameter["in"] == "query" and parameter.get("required")
        }

    # --- values ---------------------------------------------------------------------------------

    def value(self, schema: Mapping[str, Any], *, name: str = "value") -> Any:
        """A value that `schema` accepts (as a request sends it), checked against the schema."""
        made = self._make(schema, name, ())
        self.check(made, schema, name)
        return made

    def check(self, value: Any, schema: Mapping[str, Any], where: str = "value") -> None:
        errors = list(self._validator(schema).iter_errors(value))
        if errors:
            error = best_match(errors)
            location = "".join(f"[{part!r}]" for part in error.absolute_path)
            raise SynthesisError(f"{where}{location}: {error.message}")

    def is_valid(self, value: Any, schema: Mapping[str, Any]) -> bool:
        return bool(self._validator(schema).is_valid(value))

    def _validator(self, schema: Mapping[str, Any]) -> Any:
        # The whole document is the root, so that its `#/components/...` references resolve.
        root = {**self.document, **schema} if "$ref" not in schema else {**self.document, "$ref": schema["$ref"]}
        return self._validator_class(root, format_checker=self._format_checker)

    def _make(self, schema: Mapping[str, Any], name: str, seen: tuple[str, ...]) -> Any:
        if "$ref" in schema:
            reference = schema["$ref"]
            if seen.count(reference) > 1:
                raise SynthesisError(f"{name}: {reference} requires itself")
            return self._make(self.resolve(schema), name, (*seen, reference))
        schema = self.merged(schema)
        for key in ("example", "default"):
            if key in schema and not isinstance(schema[key], dict | list) and self.is_valid(schema[key], schema):
                return copy.deepcopy(schema[key])
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._alternative(schema, key, name, seen)
        kind = _type(schema)
        if kind == "object":
            return self._object(schema, name, seen)
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            count = min(count, int(schema.get("maxItems", count)))
            return [self._make(schema.get("items", {}), f"{name}[]", seen) for _ in range(count)]
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema, name)

    def merged(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """`allOf` folded into one schema: properties and `required` united, the other keywords taken."""
        if "allOf" not in schema:
            return dict(schema)
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.pop("properties", {}))
        required: list[str] = list(merged.pop("required", []))
        for part in schema["allOf"]:
            part = self.merged(self.resolve(part))
            properties.update(part.pop("properties", {}))
            required += [r for r in part.pop("required", []) if r not in required]
            for key, value in part.items():
                merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def _alternative(self, schema: dict[str, Any], key: str, name: str, seen: tuple[str, ...]) -> Any:
        problems = []
        for alternative in schema[key]:
            try:
                value = self._make(alternative, name, seen)
            except SynthesisError as error:
                problems.append(str(error))
                continue
            if self.is_valid(value, schema):
                return value
        raise SynthesisError(f"{name}: no alternative of its {key} gives a valid value ({'; '.join(problems)})")

    def _object(self, schema: dict[str, Any], name: str, seen: tuple[str, ...]) -> dict[str, Any]:
        properties = schema.get("properties", {})
        made: dict[str, Any] = {}
        for field in schema.get("required", []):
            declared = properties.get(field, {})
            if self.merged(self.resolve(declared)).get("readOnly"):
                continue  # the API sets it; a request must not
            made[field] = self._make(declared, field, seen)
        for _ in range(int(schema.get("minProperties", 0)) - len(made)):
            extra = schema.get("additionalProperties")
            made[f"{name}{len(made)}"] = self._make(extra if isinstance(extra, dict) else {}, name, seen)
        return made


def _type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"]
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return "string"
    return str(kind)


def _number(schema: Mapping[str, Any], kind: str) -> int | float:
    step = 1 if kind == "integer" else 0.5
    low, high = schema.get("minimum"), schema.get("maximum")
    # OpenAPI 3.0 says `exclusiveMinimum: true`; 3.1 (JSON Schema) gives the bound itself.
    if isinstance(schema.get("exclusiveMinimum"), int | float) and not isinstance(schema["exclusiveMinimum"], bool):
        low = schema["exclusiveMinimum"] + step
    elif schema.get("exclusiveMinimum") is True and low is not None:
        low += step
    if isinstance(schema.get("exclusiveMaximum"), int | float) and not isinstance(schema["exclusiveMaximum"], bool):
        high = schema["exclusiveMaximum"] - step
    elif schema.get("exclusiveMaximum") is True and high is not None:
        high -= step
    value = low if low is not None else 1
    if high is not None and value > high:
        value = high
    return int(value) if kind == "integer" else value


def _string(schema: Mapping[str, Any], name: str) -> str:
    text: str = FORMATS.get(str(schema.get("format")), name or "text")
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(text) < low:
        text += "x" * (low - len(text))
    if high is not None and len(text) > int(high):
        text = text[: int(high)]
    return text


def fresh(value: str) -> str:
    """Another valid value like `value`, unique: a new UUID for a UUID, else the value with a unique suffix."""
    try:
        uuid.UUID(value)
    except ValueError:
        return f"{value}_{uuid.uuid4().hex[:12]}"
    return str(uuid.uuid4())


def as_python(value: Any, kind: type) -> Any:
    """A query value as the SDK takes it: a datetime or date for those types, else the JSON value."""
    if isinstance(value, list):
        return [as_python(item, kind) for item in value]
    if kind is datetime.datetime and isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    if kind is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value
