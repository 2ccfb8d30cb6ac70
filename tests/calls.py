"""The calls of the contract tests and the drill, derived from a document and the operations table generated from it.

No operation is named here. For each operation of the table:

- `mock_request`: what a call against `prism mock` sends: valid path values, the required query
  parameters, and the document's request example as the body, or the least valid body its schema
  allows (see `synthesize.py`). Prism's mock answers any id alike.
- `plan`: the calls that make a call against a stateful server meaningful, ending with the call
  itself. A path value is the id of an object made first by the operation that creates it: the
  POST on the path before the value (`POST /customers` for the `{id}` of `/customers/{id}/...`),
  with the least valid body, so the object starts in the document's initial state. A value no
  operation creates (`{sourceId}` in `/customers/{id}/sources/{sourceId}`) is a fresh one. A
  DELETE is preceded by the POST of its own path (an attach before its detach; on an object's
  own path, an update), since that POST is what makes there be something to delete.
- `actions`: the operations that move one object from state to state (POST on the object's path
  and one more word, with no body: `/invoices/{id}/open`). An action that answers a documented 409
  on a fresh object (a void of a draft) is a conflict about state, so the contract test tries it
  again on a fresh object after each of the object's other actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from .synthesize import DocumentOperation, Synthesizer, as_python, fresh


class Request(NamedTuple):
    """One call of an operation's method: its path values, its body (None for none), its filters by Python name."""

    operation: Any  # a `runtime.Operation` of whichever generated package
    path: tuple[str, ...]
    body: Any
    query: dict[str, Any]

    def arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        body = (self.body,) if self.operation.has_body else ()
        return (*self.path, *body), dict(self.query)

    async def send(self, client: Any, **options: Any) -> Any:
        """Call the method of the generated surface; a list answers its first page."""
        method = getattr(getattr(client, self.operation.resource), self.operation.name)
        args, kwargs = self.arguments()
        return await method(*args, **kwargs, **options)


@attrs.frozen
class Made:
    """A path value that is the id of the object an earlier step of the plan made."""

    step: int


class Step(NamedTuple):
    operation: Any
    path: tuple[str | Made, ...]
    body: Any
    query: dict[str, Any]

    def request(self, made: Sequence[str]) -> Request:
        path = tuple(made[value.step] if isinstance(value, Made) else value for value in self.path)
        return Request(self.operation, path, self.body, self.query)


class Calls:
    """The calls of the operations of one table, from the document it was generated from."""

    def __init__(self, document: Mapping[str, Any], table: Mapping[str, Any]) -> None:
        self.synthesizer = Synthesizer(document)
        self.table = table
        self._document_operations = {op.operation_id: op for op in self.synthesizer.operations()}

    def document_operation(self, operation: Any) -> DocumentOperation:
        return self._document_operations[operation.operation_id]

    def at(self, method: str, path: str) -> Any | None:
        """The operation of the table with this method on this path, if any."""
        return next((op for op in self.table.values() if op.method == method and op.path == path), None)

    def statuses(self, operation_id: str) -> set[str]:
        """The statuses the document declares for an operation."""
        return set(self._document_operations[operation_id].operation["responses"])

    def documented(self, operation: Any, status: int) -> bool:
        return str(status) in self.statuses(operation.operation_id)

    def body_declares(self, operation: Any, field: str) -> bool:
        """Whether the operation's JSON body declares `field` as one a request may send (not `readOnly`)."""
        media = self.synthesizer.json_media(self.document_operation(operation))
        if media is None:
            return False
        schema = self.synthesizer.merged(self.synthesizer.resolve(media.get("schema", {})))
        declared = schema.get("properties", {}).get(field)
        return declared is not None and not self.synthesizer.merged(self.synthesizer.resolve(declared)).get("readOnly")

    # --- what is sent ---------------------------------------------------------------------------

    def body(self, operation: Any, *, minimal: bool = False) -> Any:
        if not operation.has_body:
            return None
        return self.synthesizer.body(self.document_operation(operation), minimal=minimal)

    def required_query(self, operation: Any) -> dict[str, Any]:
        """The required query parameters, by their Python names, as the method takes them."""
        wire = self.synthesizer.required_query(self.document_operation(operation))
        query = operation.query.items()
        return {python: as_python(wire[spec.name], spec.type) for python, spec in query if spec.name in wire}

    def path_value(self, operation: Any, name: str) -> str:
        return self.synthesizer.path_value(self.document_operation(operation), name)

    def mock_request(self, operation: Any) -> Request:
        """A valid call for a server that answers any id alike."""
        path = tuple(self.path_value(operation, name) for name in operation.path_parameters)
        return Request(operation, path, self.body(operation), self.required_query(operation))

    def unknown_request(self, operation: Any) -> Request:
        """A valid call naming objects that were never made: fresh path values."""
        request = self.mock_request(operation)
        return request._replace(path=tuple(fresh(value) for value in request.path))

    # --- what a stateful server needs first -------------------------------------------------------

    def creator(self, operation: Any, name: str) -> Any | None:
        """The operation that makes the object whose id is the path parameter `name`: the POST on the path before it."""
        segments = operation.path.split("/")
        prefix = "/".join(segments[: segments.index("{" + name + "}")])
        found = self.at("POST", prefix)
        return None if found is None or found is operation else found

    def plan(self, operation: Any, *, before: Sequence[Any] = (), prepare: bool = True) -> list[Step]:
        """The steps of a call of `operation` on objects that exist: the objects' creation, then `before`, then it.

        `prepare=False` leaves out the POST that precedes a DELETE (so the DELETE finds nothing).
        """
        steps: list[Step] = []
        values: list[str | Made] = []
        for name in operation.path_parameters:
            creator = self.creator(operation, name)
            if creator is None:
                values.append(fresh(self.path_value(operation, name)))
            else:
                least = self.body(creator, minimal=True)
                steps.append(Step(creator, tuple(values), least, self.required_query(creator)))
                values.append(Made(len(steps) - 1))
        path = tuple(values)
        twin = self.at("POST", operation.path) if operation.method == "DELETE" and prepare else None
        for first in [*before, *([twin] if twin is not None else [])]:
            steps.append(Step(first, path[: len(first.path_parameters)], self.body(first), self.required_query(first)))
        steps.append(Step(operation, path, self.body(operation), self.required_query(operation)))
        return steps

    def actions(self, operation: Any) -> list[Any]:
        """The other operations that move the object of `operation` from state to state (for an action itself)."""

        def object_path(op: Any) -> str | None:
            head, _, last = op.path.rpartition("/")
            is_action = op.method == "POST" and not op.has_body and "{" not in last and head.endswith("}")
            return head if is_action else None

        own = object_path(operation)
        if own is None:
            return []
        return [op for op in self.table.values() if op is not operation and object_path(op) == own]

    def lists(self) -> list[Any]:
        return [op for op in self.table.values() if op.item_model is not None]

    def creates(self) -> list[Any]:
        """The operations that make the objects other operations' paths name."""
        creators = (self.creator(op, name) for op in self.table.values() for name in op.path_parameters)
        made = {creator.operation_id for creator in creators if creator is not None}
        return [op for op in self.table.values() if op.operation_id in made]


def filters_matching(operation: Any, item: Mapping[str, Any]) -> dict[str, Any]:
    """Every filter of a list that can be given a value matching `item` (the JSON of one of its items).

    A filter named as a field of the item takes the item's value (a range: from it to it); an
    array filter named as the plural of a field (`ids`, `upstreamIds`) takes the item's value as
    its one element. Cursors and `limit` name no field, so they are left out.
    """
    found: dict[str, Any] = {}
    for python, spec in operation.query.items():
        if spec.kind == "array":
            value = item.get(spec.name[:-1]) if spec.name.endswith("s") else None
            if _fits(value, spec):
                found[python] = [as_python(value, spec.type)]
            continue
        value = item.get(spec.name)
        if not _fits(value, spec):
            continue
        if spec.kind == "object":
            if spec.keys is None or {"gte", "lte"} <= set(spec.keys):
                found[python] = {"gte": as_python(value, spec.type), "lte": as_python(value, spec.type)}
        else:
            found[python] = as_python(value, spec.type)
    return found


def _fits(value: Any, spec: Any) -> bool:
    """Whether a JSON value is one the filter `spec` takes (its type, its enum)."""
    if value is None or isinstance(value, dict | list):
        return False
    if spec.enum is not None and value not in spec.enum:
        return False
    if spec.type is bool:
        return isinstance(value, bool)
    if spec.type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if spec.type is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, str)


async def run(client: Any, steps: Sequence[Step], **options: Any) -> Any:
    """Send the steps in order through `client`; the result of the last one (`options` go to that one)."""
    made: list[str] = []
    result: Any = None
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        result = await step.request(made).send(client, **(options if last else {}))
        identifier = getattr(result, "id", None)
        made.append(identifier if isinstance(identifier, str) else "")
    return result


def differences(got: Any, sent: Any, where: str = "") -> list[str]:
    """Where two JSON values differ, one line per place (`.a.b[2]: got X, sent Y`)."""
    if isinstance(got, dict) and isinstance(sent, dict):
        keys = [*sent, *(k for k in got if k not in sent)]
        return [
            line
            for key in keys
            for line in differences(got.get(key, "<absent>"), sent.get(key, "<absent>"), f"{where}.{key}")
        ]
    if isinstance(got, list) and isinstance(sent, list) and len(got) == len(sent):
        return [
            line for i, (g, s) in enumerate(zip(got, sent, strict=True)) for line in differences(g, s, f"{where}[{i}]")
        ]
    if got == sent and type(got) is type(sent):
        return []
    return [f"{where or 'the value'}: gave back {got!r}, got {sent!r}"]


def read_everything(value: Any) -> int:
    """Read every field of a parsed result, nested models and lists included; returns how many values were read.

    The models build nested objects when first read, so a malformed one fails here, as it would
    for a caller who reads it, rather than going unnoticed.
    """
    if attrs.has(type(value)):
        return 1 + sum(read_everything(getattr(value, field.name)) for field in attrs.fields(type(value)))
    if isinstance(value, list | tuple):
        return 1 + sum(read_everything(item) for item in value)
    if isinstance(value, Mapping):
        return 1 + sum(read_everything(item) for item in value.values())
    return 1
