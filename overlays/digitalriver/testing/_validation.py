"""Each request checked against the OpenAPI document before anything is stored, as the API checks it.

The query and the path become the JSON instance their schemas describe (the shapes come from the
generated operations table: a range is `createdTime[gte]=...`, an array is comma-joined), the
body is decoded strictly (`_http.decode_json`), and both are validated with `jsonschema` against
the schemas of the document that `digitalriver_api` ships, with the dialect the tests use
(2020-12, date-times checked). The validators are compiled once per operation. Whatever the
document forbids is a 400 with the `Errors` body, naming the parameter (`items[0].price`,
`createdTime[gte]`); nothing has been stored by then.

Two rules keep what the fake sends back inside the document too. Fields of the object that the
request does not declare (`createdTime`, `sources`, a customer's `taxCertificates`) are the API's
own: a body naming them is not refused, they are just not taken. And an object is checked
against its own schema before it is stored (`check_stored`), so a field that a request schema
leaves open but the object's schema types (an unknown key of a request that the object
declares) is refused instead of breaking every later answer that holds the object.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

try:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError, best_match
except ImportError as error:  # pragma: no cover - the message is the point
    raise ImportError(
        "digitalriver.testing checks every request against the OpenAPI document with jsonschema, "
        "which is not installed: pip install 'digitalriver[testing]' (or jsonschema>=4.18)"
    ) from error

from digitalriver_api.runtime import Operation, QueryParameter

from ._document import document, operation_node, parameters, pointer, resolve
from ._http import APIError, decode_json

# --- date-times -------------------------------------------------------------------------------

# RFC 3339 as the tests' validator (rfc3339-validator) reads it: upper-case `T` and `Z`, no leap
# second, no year 0; and as `datetime` can hold it, so every time the fake accepts it can compare.
_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})"
)

Instant = tuple[datetime, Decimal]
"""A point in time, exactly: the aware datetime to the microsecond, then any finer digits."""


def instant(text: str) -> Instant:
    """The instant an RFC 3339 date-time names, or ValueError. Instants compare as times do."""
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    digits, offset = match.group(7) or "", match.group(8)
    if offset == "Z":
        zone = UTC
    else:
        hours, minutes = int(offset[1:3]), int(offset[4:6])
        if hours > 23 or minutes > 59:
            raise ValueError(f"not a time zone offset: {offset!r}")
        sign = -1 if offset[0] == "-" else 1
        zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
    micro = int(digits[:6].ljust(6, "0"))
    finer = Decimal(f"0.{digits[6:]}") if digits[6:].strip("0") else Decimal(0)
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=zone), finer


FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if isinstance(value, str):
        instant(value)
    return True


# --- validators -------------------------------------------------------------------------------


def _validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator of `schema`, whose `$ref`s name the document's components.

    The references are inlined once, here: jsonschema resolving a `$ref` on every use costs more
    than the rest of a check. A schema that refers to itself keeps its references.
    """
    try:
        return Draft202012Validator(_inline(schema, ()), format_checker=FORMATS)
    except _Cycle:
        return Draft202012Validator({**document(), **schema}, format_checker=FORMATS)


class _Cycle(Exception):
    pass


# Keywords whose value maps names to schemas, and keywords whose value is data, not a schema.
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
_DATA = frozenset({"example", "examples", "default", "const", "enum"})
_ANNOTATIONS = frozenset({"description", "title", "x-decision", "example", "examples", "deprecated"})
_INLINED: dict[str, Any] = {}


def _inline(node: Any, resolving: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(item, resolving) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _inline(item, resolving) for name, item in value.items()}
        elif key in _DATA or key == "$ref":
            out[key] = value
        else:
            out[key] = _inline(value, resolving)
    ref = out.pop("$ref", None)
    if not isinstance(ref, str) or not ref.startswith("#/"):
        if ref is not None:
            raise _Cycle  # a reference outside the document: leave resolving to jsonschema
        return out
    if ref in resolving:
        raise _Cycle
    if ref not in _INLINED:
        _INLINED[ref] = _inline(resolve({"$ref": ref}), (*resolving, ref))
    extra = {key: value for key, value in out.items() if key not in _ANNOTATIONS}
    return {"allOf": [_INLINED[ref]], **extra} if extra else _INLINED[ref]


def _properties(schema: Any, seen: int = 0) -> set[str]:
    """The property names a schema declares, through `$ref` and `allOf`."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or seen > 16:
        return set()
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        names |= _properties(part, seen + 1)
    return names


def _json_schema(node: Mapping[str, Any]) -> Any:
    media = resolve(node).get("content", {}).get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


class Rules:
    """What one operation accepts, compiled from the document once."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        node = operation_node(operation.operation_id)
        declared = parameters(operation.operation_id)
        self.query: dict[str, QueryParameter] = {parameter.name: parameter for parameter in operation.query.values()}
        self._query = self._parameters_validator([p for p in declared if p["in"] == "query"])
        self._path_schemas = {p["name"]: resolve(p.get("schema", {})) for p in declared if p["in"] == "path"}
        self._path = self._parameters_validator([p for p in declared if p["in"] == "path"])
        body = resolve(node.get("requestBody")) if "requestBody" in node else None
        self.has_body = body is not None
        self.body_required = bool(body and body.get("required"))
        schema = _json_schema(body) if body else None
        self._body = _validator(schema) if isinstance(schema, dict) else None
        success = node.get("responses", {}).get(str(operation.success_status))
        answer = _json_schema(success) if success else None
        # The object's own fields, which a request that does not declare them cannot set.
        self.server_fields = frozenset(_properties(answer) - _properties(schema)) if self._body else frozenset()

    @staticmethod
    def _parameters_validator(declared: Sequence[Mapping[str, Any]]) -> Draft202012Validator | None:
        if not declared:
            return None
        schema = {
            "type": "object",
            "properties": {p["name"]: p.get("schema", {}) for p in declared},
            "required": [p["name"] for p in declared if p.get("required")],
        }
        return _validator(schema)

    def check_path(self, params: Mapping[str, str]) -> None:
        if self._path is not None:
            instance = {name: _coerce_by_schema(value, self._path_schemas.get(name)) for name, value in params.items()}
            _raise_first(self._path, instance, _query_name)

    def check_query(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        """The declared parameters of the query, checked: each scalar as sent (its first value), each
        array as its list of items, each range as `{key: value}`; undeclared names are left out."""
        given, instance = parse_query(self.query, pairs)
        if self._query is not None:
            _raise_first(self._query, instance, _query_name)
        return given

    def check_body(self, body: bytes) -> Any:
        """The decoded body, checked, without the fields the API sets itself; None when there is none to take."""
        if not self.has_body:
            return None
        if not body.strip():
            if self.body_required:
                raise APIError(400, "invalid_request", "The request needs a JSON body.")
            return None
        value = decode_json(body)
        if self._body is not None:
            _raise_first(self._body, value, _body_name)
        if isinstance(value, dict) and self.server_fields.intersection(value):
            value = {key: item for key, item in value.items() if key not in self.server_fields}
        return value


_RULES: dict[str, Rules] = {}


def rules(operation: Operation) -> Rules:
    """The operation's rules, compiled on its first request."""
    found = _RULES.get(operation.operation_id)
    if found is None or found.operation is not operation:
        found = _RULES[operation.operation_id] = Rules(operation)
    return found


@functools.cache
def _object_validator(schema_name: str) -> Draft202012Validator | None:
    if schema_name not in document().get("components", {}).get("schemas", {}):
        return None
    return _validator({"$ref": pointer("components", "schemas", schema_name)})


def check_stored(kind: str, obj: Mapping[str, Any]) -> None:
    """Refuse (400) an object that its own schema (`customer` -> `Customer`) would not let the fake send back."""
    validator = _object_validator(kind[:1].upper() + kind[1:])
    if validator is not None:
        _raise_first(validator, obj, _body_name)


# --- the query string -------------------------------------------------------------------------

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def parse_query(
    declared: Mapping[str, QueryParameter], pairs: Iterable[tuple[str, str]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The declared parameters as given (strings, lists of strings, mappings of strings) and as the
    JSON instance their schemas validate (numbers and booleans read as such)."""
    given: dict[str, Any] = {}
    for name, value in pairs:
        base, bracket, rest = name.partition("[")
        parameter = declared.get(base)
        if parameter is None:
            continue  # not a parameter of this operation: ignored, as the API ignores it
        if parameter.kind == "object":
            key = rest[:-1] if bracket and rest.endswith("]") else None
            if key is None or "[" in key or "]" in key:
                keys = ", ".join(parameter.keys or ())
                raise APIError(400, "invalid_parameter", f"{base} is a range: send {base}[key]=value ({keys}).", name)
            given.setdefault(base, {}).setdefault(key, value)
        elif bracket:
            continue  # `limit[x]` names no parameter
        elif parameter.kind == "array":
            items = given.setdefault(base, [])
            items.extend([value] if parameter.explode else value.split(",") if value else [])
        else:
            given.setdefault(base, value)
    instance: dict[str, Any] = {}
    for name, value in given.items():
        kind = declared[name].type
        if isinstance(value, dict):
            instance[name] = {key: _coerce(item, kind) for key, item in value.items()}
        elif isinstance(value, list):
            instance[name] = [_coerce(item, kind) for item in value]
        else:
            instance[name] = _coerce(value, kind)
    return given, instance


def _coerce(text: str, kind: type) -> Any:
    """The JSON value a query string's text stands for; text that does not read as `kind` stays text,
    so that the schema refuses it with the type it wants."""
    if kind is bool:
        return {"true": True, "false": False}.get(text, text)
    if kind is int and _INTEGER.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # more digits than Python reads: not a count anyone sends
            return text
    if kind is float and _NUMBER.fullmatch(text):
        return float(text)
    return text


def _coerce_by_schema(text: str, schema: Any) -> Any:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return _coerce(text, {"integer": int, "number": float, "boolean": bool}.get(str(kind), str))


# --- errors -----------------------------------------------------------------------------------

_ARTICLES = {
    "object": "a JSON object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _body_name(path: Sequence[Any]) -> str | None:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name or None


def _query_name(path: Sequence[Any]) -> str | None:
    if not path:
        return None
    return str(path[0]) + "".join(f"[{part}]" for part in path[1:] if not isinstance(part, int))


def _raise_first(validator: Draft202012Validator, instance: Any, naming: Any) -> None:
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        raise _refusal(error, naming)


def _refusal(error: ValidationError, naming: Any) -> APIError:
    path = list(error.absolute_path)
    keyword = error.validator
    value: Any = error.validator_value
    instance: Any = error.instance
    if keyword == "required":
        missing = [name for name in value if name not in instance]
        parameter = naming([*path, missing[0]] if missing else path)
        return APIError(400, "missing_parameter", f"{parameter} is required.", parameter)
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        known = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
        extra = sorted(key for key in instance if key not in known)
        parameter = naming([*path, extra[0]] if extra else path)
        allowed = ", ".join(sorted(known)) or "none"
        where = naming(path) or "The request body"
        unknown = extra[0] if extra else "another"
        return APIError(400, "invalid_parameter", f"{where} takes the keys {allowed}, not {unknown}.", parameter)
    parameter = naming(path)
    subject = parameter or "The request body"
    if keyword == "type":
        wanted = " or ".join(_ARTICLES.get(name, name) for name in ([value] if isinstance(value, str) else value))
        message = f"{subject} must be {wanted}."
    elif keyword == "enum":
        shown = ", ".join(json.dumps(item) for item in value[:20]) + (", ..." if len(value) > 20 else "")
        message = f"{subject} must be one of {shown}."
    elif keyword == "format":
        message = f"{subject} must be an RFC 3339 date-time such as 2020-09-22T12:09:44Z."
        if value != "date-time":
            message = f"{subject} must be in the format {value}."
    elif keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        relation = {"minimum": "at least", "maximum": "at most"}.get(keyword, keyword)
        message = f"{subject} must be {relation} {value}."
    else:
        message = f"{subject}: {error.message}"
        if len(message) > 300:
            message = message[:297] + "..."
    return APIError(400, "invalid_parameter", message, parameter)
