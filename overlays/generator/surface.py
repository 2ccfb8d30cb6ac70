"""What `make generate` knows about the SDK's surface, read from the OpenAPI document.

openapi-python-client writes the models and the low-level endpoint modules. Everything else a
user touches is derived here, once, from the document and from the generator's own reading of
it (for the model classes it named), and then written by the templates in `templates/sdk/`:

- the operations table (`operations.py`): method, path, parameters with their API names,
  styles and bounds, models, and whether an operation is safe to repeat;
- the resources (`resources/`): a resource per tag, a method per operation, with docstrings from
  the document's words and typed keywords for every query parameter;
- the request TypedDicts (`params.py`), keyed by the API's own names.

Names follow one rule, with `x-sdk-resource` and `x-sdk-method` on an operation as overrides:
the resource is the operation's first tag in snake_case (`Tax identifiers` -> `tax_identifiers`),
and the method is the operationId in snake_case without the resource's noun, plural or singular
(`attachCustomerSource` on `customers` -> `attach_source`, `listInvoices` -> `list`).
"""

from __future__ import annotations

import html
import keyword
import re
import textwrap
from collections.abc import Iterator
from typing import Any

import attrs

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# What is safe to repeat when an operation does not say (`x-idempotent`): reads, puts and deletes.
IDEMPOTENT_BY_DEFAULT = frozenset({"GET", "PUT", "DELETE"})
# Keyword arguments every method has; a parameter of the same name gets a trailing underscore.
OPTION_NAMES = frozenset(
    {"self", "body", "extra_body", "extra_headers", "timeout", "max_retries", "safe_to_retry", "prefetch"}
)
# Attributes of the clients; no resource may take one of these names.
CLIENT_ATTRIBUTES = frozenset(
    {"with_options", "copy", "close", "aclose", "stats", "base_url", "rate_limiter", "max_retries", "timeout"}
)
CURSOR = "startingAfter"  # a list that takes it pages by cursor; `data` and `hasMore` hold each page
JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")


class SurfaceError(Exception):
    """The document cannot be turned into a surface: a name clash, a missing operationId, ..."""


class Skip(Exception):
    """An operation the SDK cannot call (a multipart-only body): left out, with a warning."""


# --- words and names ---------------------------------------------------------------------------

_WORD = re.compile(r"[A-Z]+s(?![a-z])|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def words(text: str) -> list[str]:
    """The lower-case words of a name: `attachCustomerSource`, `Tax identifiers`, `SKUs` -> ['skus']."""
    return [w.lower() for part in re.split(r"[^A-Za-z0-9]+", text) for w in _WORD.findall(part)]


def snake(text: str) -> str:
    return "_".join(words(text))


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def identifier(name: str) -> str:
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or not name.isidentifier():
        return name + "_"
    return name


def singular(noun: list[str]) -> list[str]:
    last = noun[-1]
    if last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return [*noun[:-1], last]


def method_name(operation_id: str, resource: str) -> str:
    """The operationId without the resource's noun: `openInvoice` on `invoices` -> `open`."""
    parts = words(operation_id)
    noun = resource.split("_")
    for form in (noun, singular(noun)):
        for start in range(len(parts) - len(form) + 1):
            if parts[start : start + len(form)] == form and len(parts) > len(form):
                return identifier("_".join(parts[:start] + parts[start + len(form) :]))
    return identifier("_".join(parts))


# --- text for docstrings -----------------------------------------------------------------------


def clean_text(text: Any) -> str:
    """The document's words as plain text: HTML entities and tags out, `<code>` as backticks."""
    if not isinstance(text, str):
        return ""
    text = re.sub(r"</?code>", "`", text)
    text = re.sub(r"<br\s*/?>|</p>|<p>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines).strip()


def wrap(text: str, width: int = 100, indent: str = "") -> str:
    """Wrap each paragraph and list item of `text` to `width`, keeping the breaks between them."""
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
        bullet = re.match(r"^([-*]|\d+\.)\s+", stripped)
        hang = " " * len(bullet.group(0)) if bullet else ""
        out.extend(textwrap.wrap(stripped, width, initial_indent=indent, subsequent_indent=indent + hang) or [""])
    return "\n".join(out).strip("\n")


def docstring(text: str) -> str:
    """`text` made safe inside a triple-quoted string."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


# --- the document --------------------------------------------------------------------------------


class Document:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SurfaceError(f"only local references are supported, not {ref}")
            target: Any = self.data
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise SurfaceError(f"a cycle of references at {ref}")
        return node

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
        """(METHOD, path, operation, parameters) for every operation, path-level parameters merged in."""
        for path, item in self.data.get("paths", {}).items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                own = [self.resolve(p) for p in operation.get("parameters", [])]
                keys = {(p["name"], p["in"]) for p in own}
                parameters = [p for p in shared if (p["name"], p["in"]) not in keys] + own
                yield method.upper(), path, operation, parameters


# --- types of the typed surface ------------------------------------------------------------------


@attrs.define
class Field:
    key: str  # the API's name
    annotation: str
    required: bool
    description: str


@attrs.define
class TypedDictDef:
    name: str
    description: str
    fields: list[Field] = attrs.field(factory=list)

    @property
    def class_syntax(self) -> bool:
        """Class syntax (which carries a docstring per field) needs keys that are identifiers."""
        return all(f.key.isidentifier() and not keyword.iskeyword(f.key) for f in self.fields)


class Types:
    """Python annotations for the document's schemas, and the TypedDicts they need.

    A named object schema becomes `<Name>Param` (keyed by the API's own names, nested objects as
    nested TypedDicts); an inline one is named after where it is used. Enums become `Literal`s.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.typeddicts: dict[str, TypedDictDef] = {}
        self._by_ref: dict[str, str] = {}
        self.imports: set[str] = set()

    def annotation(self, schema: Any, hint: str) -> str:
        """The annotation of a value of `schema`; `hint` names a TypedDict made for an inline object."""
        if not isinstance(schema, dict):
            return "Any"
        if "$ref" in schema:
            ref = schema["$ref"]
            target = self.document.resolve(schema)
            if self._is_object(target):
                return self._typeddict(target, pascal(ref.rsplit("/", 1)[-1]) + "Param", ref)
            return self.annotation(target, pascal(ref.rsplit("/", 1)[-1]))
        nullable = schema.get("nullable") is True
        kinds = schema.get("type")
        if isinstance(kinds, list):
            nullable = nullable or "null" in kinds
            kinds = [k for k in kinds if k != "null"]
            if len(kinds) != 1:
                return self._union([self.annotation({**schema, "type": k}, hint) for k in kinds], nullable)
            kinds = kinds[0]
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                options = [self.annotation(option, f"{hint}{index}") for index, option in enumerate(schema[combinator])]
                return self._union(options, nullable)
        if "allOf" in schema:
            parts = [self.document.resolve(part) for part in schema["allOf"]]
            if len(parts) == 1 and not self._is_object(schema):
                return self._union([self.annotation(schema["allOf"][0], hint)], nullable)
            return self._union([self._typeddict(self._merged(schema), hint + "Param", None)], nullable)
        if "const" in schema:
            return self._union([f"Literal[{schema['const']!r}]"], nullable)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            nullable = nullable or None in schema["enum"]
            return self._union([f"Literal[{', '.join(repr(v) for v in values)}]"], nullable)
        return self._union([self._plain(schema, kinds, hint)], nullable)

    def _plain(self, schema: dict[str, Any], kind: Any, hint: str) -> str:
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return "str | datetime.datetime"
            if fmt == "date":
                return "str | datetime.date"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), hint + "Item")
            return "SequenceNotStr[str]" if item == "str" else f"Sequence[{item}]"
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            if self._is_object(schema):
                return self._typeddict(schema, hint + "Param", None)
            extra = schema.get("additionalProperties")
            value = self.annotation(extra, hint + "Value") if isinstance(extra, dict) and extra else "Any"
            return f"Mapping[str, {value}]"
        return "Any"

    @staticmethod
    def _union(options: list[str], nullable: bool) -> str:
        seen: list[str] = []
        for option in options:
            for part in option.split(" | "):
                if part not in seen:
                    seen.append(part)
        if nullable and "None" not in seen:
            seen.append("None")
        return " | ".join(seen) if "Any" not in seen else "Any"

    def _is_object(self, schema: dict[str, Any]) -> bool:
        if "allOf" in schema:
            return any(self._is_object(self.document.resolve(part)) for part in schema["allOf"])
        return bool(schema.get("properties"))

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in [*schema.get("allOf", []), {k: v for k, v in schema.items() if k != "allOf"}]:
            part = self.document.resolve(part)
            if "allOf" in part:
                part = self._merged(part)
            properties.update(part.get("properties", {}))
            required.extend(part.get("required", []))
        return {"type": "object", "properties": properties, "required": required, **_text(schema)}

    def _typeddict(self, schema: dict[str, Any], name: str, ref: str | None) -> str:
        if ref is not None and ref in self._by_ref:
            return self._by_ref[ref]
        if "allOf" in schema:
            schema = self._merged(schema)
        unique = name
        counter = 2
        while unique in self.typeddicts:
            unique = f"{name}{counter}"
            counter += 1
        if ref is not None:
            self._by_ref[ref] = unique
        definition = self.typeddicts[unique] = TypedDictDef(unique, clean_text(schema.get("description")))
        required = set(schema.get("required", []))
        for key, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and prop.get("readOnly") is True:
                continue  # a field the API sets itself is not part of a request
            described = self.document.resolve(prop) if isinstance(prop, dict) else {}
            text = clean_text(prop.get("description") if isinstance(prop, dict) else None)
            text = text or clean_text(described.get("description") if isinstance(described, dict) else None)
            annotation = self.annotation(prop, unique.removesuffix("Param") + pascal(key))
            definition.fields.append(Field(key, annotation, key in required, text))
        return unique


def _text(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: schema[k] for k in ("description", "title") if k in schema}


# --- operations ---------------------------------------------------------------------------------


@attrs.define
class QueryParam:
    name: str  # the API's name
    python_name: str
    kind: str  # "scalar", "array" or "object" (deepObject)
    value_type: str  # str, int, float, bool, datetime.datetime, datetime.date: of the value, an item, or a key's value
    enum: tuple[str, ...] | None
    minimum: int | float | None
    maximum: int | float | None
    explode: bool
    keys: tuple[str, ...] | None  # the keys an object takes (None: any)
    required: bool
    annotation: str
    description: str


@attrs.define
class PathParam:
    name: str
    python_name: str
    description: str


@attrs.define
class Operation:
    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    idempotent: bool
    success_status: int
    summary: str
    description: str
    path_params: list[PathParam]
    query: list[QueryParam]
    body_annotation: str | None  # the TypedDict (or other annotation) of a JSON body
    body_required: bool
    body_description: str
    request_model: str | None
    response_model: str | None
    response_media: str | None  # the success's media type: JSON, another, or None for no body
    item_model: str | None  # for lists that page by cursor: the class of their items
    deprecated: bool

    @property
    def is_list(self) -> bool:
        return self.item_model is not None

    @property
    def returns(self) -> str:
        if self.item_model is not None:
            return self.item_model
        if self.response_model is not None:
            return self.response_model
        if self.response_media is None:
            return "None"
        return "Any" if JSON_MEDIA.match(self.response_media) else "bytes"

    @property
    def has_body(self) -> bool:
        return self.body_annotation is not None


@attrs.define
class Resource:
    name: str  # attribute on the client: `tax_identifiers`
    class_name: str  # `TaxIdentifiers`
    description: str
    operations: list[Operation] = attrs.field(factory=list)

    def models(self) -> list[str]:
        names: set[str] = set()
        for op in self.operations:
            names.update(n for n in (op.request_model, op.response_model, op.item_model) if n)
        return sorted(names)

    def params(self, types: Types) -> list[str]:
        """The TypedDicts this resource's signatures name."""
        annotations = [op.body_annotation or "" for op in self.operations]
        annotations += [q.annotation for op in self.operations for q in op.query]
        found = {name for text in annotations for name in re.findall(r"\b\w+\b", text)}
        return sorted(found & set(types.typeddicts))


@attrs.define
class Surface:
    resources: dict[str, Resource]
    types: Types
    warnings: list[str]

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources.values() for op in resource.operations]

    def models(self) -> list[str]:
        names: set[str] = set()
        for op in self.operations:
            names.update(n for n in (op.request_model, op.response_model, op.item_model) if n)
        return sorted(names)


def path_key(path: str) -> str:
    """A path with its parameters unnamed: the generator renames them (`{sourceId}` -> `{source_id}`)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


# Generator data: (METHOD, path_key) -> (request model class, response model class per status, item class).
GeneratedClasses = dict[tuple[str, str], tuple[str | None, dict[int, str], str | None]]


def build_surface(raw: dict[str, Any], classes: GeneratedClasses, skipped: dict[tuple[str, str], str]) -> Surface:
    """The surface of the document; `classes` are the generator's model classes by operation, and
    `skipped` the operations the generator left out, with why (they are left out here too)."""
    document = Document(raw)
    types = Types(document)
    tags = {t.get("name"): clean_text(t.get("description")) for t in raw.get("tags", []) if isinstance(t, dict)}
    resources: dict[str, Resource] = {}
    warnings: list[str] = []
    for method, path, operation, parameters in document.operations():
        where = f"{method} {path}"
        key = (method, path_key(path))
        if key in skipped:
            warnings.append(f"{where} is skipped: {skipped[key]}")
            continue
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SurfaceError(f"{where} has no operationId")
        try:
            body = _body(document, types, operation, operation_id, where, warnings)
        except Skip as skip:
            warnings.append(f"{where} ({operation_id}) is skipped: {skip}")
            continue
        tag = (operation.get("tags") or [None])[0]
        resource_name = operation.get("x-sdk-resource") or (snake(tag) if isinstance(tag, str) else None)
        if not resource_name:
            raise SurfaceError(f"{operation_id} has no tag: give it one, or an x-sdk-resource")
        if not resource_name.isidentifier() or resource_name in CLIENT_ATTRIBUTES or keyword.iskeyword(resource_name):
            raise SurfaceError(f"{operation_id}: {resource_name!r} cannot name a resource; set x-sdk-resource")
        resource = resources.get(resource_name)
        if resource is None:
            resource = resources[resource_name] = Resource(
                resource_name, pascal(resource_name), tags.get(tag, "") if isinstance(tag, str) else ""
            )
        name = operation.get("x-sdk-method") or method_name(operation_id, resource_name)
        if not name.isidentifier() or keyword.iskeyword(name) or name == "with_raw_response":
            raise SurfaceError(f"{operation_id}: {name!r} cannot name a method; set x-sdk-method")
        clash = next((op for op in resource.operations if op.name == name), None)
        if clash is not None:
            raise SurfaceError(
                f"{operation_id} and {clash.operation_id} would both be {resource_name}.{name}: "
                "give one of them an x-sdk-method"
            )
        idempotent = operation.get("x-idempotent")
        if idempotent is None:
            idempotent = method in IDEMPOTENT_BY_DEFAULT
        if not isinstance(idempotent, bool):
            raise SurfaceError(f"{operation_id}: x-idempotent must be true or false")
        request_model, response_models, item_model = classes.get(key, (None, {}, None))
        successes = sorted(int(code) for code in operation.get("responses", {}) if code.isdigit() and code[0] == "2")
        success = successes[0] if successes else 200
        path_params, query = _parameters(types, operation_id, parameters, where, warnings)
        cursor_paged = any(q.name == CURSOR for q in query)
        resource.operations.append(
            Operation(
                operation_id=operation_id,
                method=method,
                path=path,
                resource=resource_name,
                name=name,
                idempotent=idempotent,
                success_status=success,
                summary=clean_text(operation.get("summary")),
                description=clean_text(operation.get("description")),
                path_params=path_params,
                query=query,
                body_annotation=body[0] if body else None,
                body_required=body[1] if body else False,
                body_description=body[2] if body else "",
                request_model=request_model if body else None,
                response_model=response_models.get(success),
                response_media=_media(document, operation.get("responses", {}).get(str(success))),
                item_model=item_model if cursor_paged else None,
                deprecated=operation.get("deprecated") is True,
            )
        )
    return Surface(resources, types, warnings)


def _parameters(
    types: Types, operation_id: str, parameters: list[dict[str, Any]], where: str, warnings: list[str]
) -> tuple[list[PathParam], list[QueryParam]]:
    path_params: list[PathParam] = []
    query: list[QueryParam] = []
    taken: set[str] = set(OPTION_NAMES)
    for parameter in parameters:
        location, name = parameter.get("in"), str(parameter.get("name"))
        if location == "path":
            python_name = identifier(snake(name))
            taken.add(python_name)
            path_params.append(PathParam(name, python_name, clean_text(parameter.get("description"))))
    for parameter in parameters:
        location, name = parameter.get("in"), str(parameter.get("name"))
        if location in ("header", "cookie"):
            warnings.append(f"{where}: the {location} parameter {name} is not part of the surface")
            continue
        if location != "query":
            continue
        python_name = identifier(snake(name))
        while python_name in taken:
            python_name += "_"
        taken.add(python_name)
        query.append(_query_parameter(types, operation_id, parameter, python_name))
    return path_params, query


def _python_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string" and schema.get("format") == "date-time":
        return "datetime.datetime"
    if kind == "string" and schema.get("format") == "date":
        return "datetime.date"
    return "str"


def _query_parameter(types: Types, operation_id: str, parameter: dict[str, Any], python_name: str) -> QueryParam:
    document = types.document
    schema = document.resolve(parameter.get("schema", {}))
    style = parameter.get("style", "form")
    kind = schema.get("type")
    keys: tuple[str, ...] | None = None
    if kind == "array":
        value_schema = document.resolve(schema.get("items", {}))
        shape = "array"
    elif kind == "object" or "properties" in schema or "additionalProperties" in schema:
        if style != "deepObject":
            raise SurfaceError(f"{operation_id}: the object parameter {parameter['name']} must be style deepObject")
        shape = "object"
        properties = schema.get("properties") or {}
        if properties:
            keys = tuple(properties)
            value_schema = document.resolve(next(iter(properties.values())))
        else:
            extra = schema.get("additionalProperties")
            value_schema = document.resolve(extra) if isinstance(extra, dict) else {"type": "string"}
    else:
        value_schema = schema
        shape = "scalar"
    enum = value_schema.get("enum")
    hint = pascal(operation_id) + pascal(parameter["name"])
    return QueryParam(
        name=parameter["name"],
        python_name=python_name,
        kind=shape,
        value_type=_python_type(value_schema),
        enum=tuple(str(v) for v in enum if v is not None) if isinstance(enum, list) else None,
        minimum=value_schema.get("minimum"),
        maximum=value_schema.get("maximum"),
        explode=bool(parameter.get("explode", style == "form" or style == "deepObject")),
        keys=keys,
        required=parameter.get("required") is True,
        annotation=types.annotation(parameter.get("schema", {}), hint),
        description=clean_text(parameter.get("description")),
    )


def _media(document: Document, response: Any) -> str | None:
    content = (document.resolve(response) or {}).get("content") or {}
    media = [m for m in content if JSON_MEDIA.match(m)] or list(content)
    return media[0] if media else None


def _body(
    document: Document, types: Types, operation: dict[str, Any], operation_id: str, where: str, warnings: list[str]
) -> tuple[str, bool, str] | None:
    """(annotation, required, description) of the operation's JSON body, or None when it has none."""
    request_body = document.resolve(operation.get("requestBody"))
    if not isinstance(request_body, dict):
        return None
    content = request_body.get("content") or {}
    json_types = [media for media in content if JSON_MEDIA.match(media.lower())]
    others = [media for media in content if media not in json_types]
    if not json_types:
        raise Skip(f"it takes only a {', '.join(others)} body, and the SDK sends JSON")
    if others:
        warnings.append(f"{where}: its {', '.join(others)} body is skipped; the SDK sends JSON")
    schema = content[json_types[0]].get("schema", {})
    described = document.resolve(schema)
    text = clean_text(request_body.get("description")) or clean_text(
        described.get("description") if isinstance(described, dict) else None
    )
    return types.annotation(schema, pascal(operation_id) + "Body"), request_body.get("required") is True, text
