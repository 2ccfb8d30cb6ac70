"""The drill: Digital River's own document (129 operations) generated, type-checked, and called through Prism.

`tests/reference/` holds Digital River's OpenAPI document of 2024-06-17 as published (see
`test_fidelity.py`). Once per session it is generated with `make generate`'s driver into a
temporary folder, as a package of its own name; that package must pass `mypy --strict`. A client
of the SDK's runtime over its resources (`class Client(AsyncClientBase, api.resources.AsyncResources)`)
then calls every operation of its table once, through the generated method, against
`prism mock --errors` of the same document: path values, required query parameters and a JSON
body valid for that document (`tests/calls.py`, `tests/synthesize.py`: the document has no
request examples, so every body is the least its schema allows). A list awaits its first page.
Every result is read to the last field (nested models are built when first read) and must give
back the JSON it came from (`to_dict()`). A timestamp written another way (`+00:00` for `Z`) is the
one difference let through, since it is the same instant: the test lists where. (A timestamp
that Digital River's OpenAPI 3.0 marks `nullable: true` is a union to openapi-python-client, which
the templates leave to the stock code, and that writes `isoformat()`.)

Prism reports nothing about the document when it starts, and any violation it reports about a
request fails the drill. Where it reports one about its own answer, the fault is the document's,
and the drill says which (`document_faults`):

- an `example` of a schema that its schema refuses (RefundItem's example is an array of items,
  for one item): Prism's answer built from the examples is refused by Prism itself. The call is
  made again with `Prefer: dynamic=true`: Prism answers data it generates from the schema
  (`--seed`, so the same every run), and that answer must be clean and parsed.
- a required property the schema does not declare (Event requires `digitalriverVersion` and
  declares `digitalRiverVersion`): no answer Prism can make satisfies it, so Prism answers its
  500 whatever it does. The call was made and answered; the SDK has nothing to parse.

Anything else (a request Prism refuses, an answer the SDK fails to parse, an answer Prism refuses
for another reason) fails the drill, with every finding listed. The test prints how many
operations it called, how each was answered, and the time each part took.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import attrs
import pytest

from digitalriver import APIStatusError, AsyncClientBase

from . import prism
from .calls import Calls, Request, differences, read_everything
from .document import ROOT
from .prism import PROBLEM_TYPE, TRUNCATED, Contract, PrismServer
from .synthesize import Synthesizer

REFERENCE = Path(__file__).resolve().parent / "reference" / "digitalriver-openapi-2024-06-17.json"
GENERATE = ROOT / "overlays" / "generator" / "generate.py"
API_KEY = "sk_test_drill"
MULTIPART = "multipart/form-data"
SKIPPED_BODY = re.compile(r"^warning: (\w+) (\S+): its multipart/form-data body is skipped; the SDK sends JSON$")
TIMES: dict[str, float] = {}


def load_reference() -> dict[str, Any]:
    with REFERENCE.open(encoding="utf-8") as f:
        document: dict[str, Any] = json.load(f)
    return document


REFERENCE_DOCUMENT = load_reference()


def multipart_operations(document: Mapping[str, Any]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The operations with a multipart body: those that also take JSON (kept, as JSON), and those that do not."""
    synthesizer = Synthesizer(document)
    kept, skipped = set(), set()
    for op in synthesizer.operations():
        content = synthesizer.resolve(op.operation.get("requestBody", {})).get("content", {})
        if any(media.lower().startswith(MULTIPART) for media in content):
            (kept if synthesizer.json_media(op) is not None else skipped).add((op.method, op.path))
    return kept, skipped


# --- the package ------------------------------------------------------------------------------


class Generated(NamedTuple):
    where: Path
    name: str
    warnings: list[str]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    where = tmp_path_factory.mktemp("drill")
    name = f"drill_{uuid.uuid4().hex[:8]}_api"  # a name no other test's package has
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(GENERATE), "--document", str(REFERENCE), str(where / name)],
        capture_output=True,
        text=True,
    )
    TIMES["generate"] = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    return Generated(where, name, [line for line in done.stderr.splitlines() if line.strip()])


@pytest.fixture(scope="session")
def api(generated: Generated) -> Iterator[ModuleType]:
    """The generated package, imported in this process (and forgotten afterwards)."""
    sys.path.insert(0, str(generated.where))
    try:
        yield importlib.import_module(generated.name)
    finally:
        sys.path.remove(str(generated.where))
        for module in [m for m in sys.modules if m == generated.name or m.startswith(generated.name + ".")]:
            del sys.modules[module]


@pytest.fixture(scope="session")
def reference_mock() -> Iterator[PrismServer]:
    prism.or_fail(prism.install)
    started = time.perf_counter()
    # --seed: the answers Prism generates from the schema (`Prefer: dynamic=true`) are the same every run.
    server = PrismServer("mock", "--seed", "digitalriver-drill", document=REFERENCE)
    for running in prism.serve(server):
        TIMES["prism start"] = time.perf_counter() - started
        yield running


def test_digital_rivers_document_generates_with_only_its_multipart_body_left_out(
    generated: Generated, api: ModuleType
) -> None:
    kept, skipped = multipart_operations(REFERENCE_DOCUMENT)
    warned = set()
    for warning in generated.warnings:
        found = SKIPPED_BODY.match(warning)
        assert found, f"a warning of another kind: {warning}"
        warned.add((found.group(1), found.group(2)))
    assert warned == kept | skipped
    table = importlib.import_module(f"{api.__name__}.operations").OPERATIONS
    document_ids = {op.operation_id for op in Synthesizer(REFERENCE_DOCUMENT).operations()}
    assert len(document_ids) == 129
    # An operation whose only body is multipart would have no method; Digital River's has JSON beside it.
    assert {(op.method, op.path) for op in table.values()} & skipped == set()
    assert set(table) == document_ids - {op.operation_id for op in _operations(skipped)}


def _operations(keys: set[tuple[str, str]]) -> list[Any]:
    return [op for op in Synthesizer(REFERENCE_DOCUMENT).operations() if (op.method, op.path) in keys]


def test_every_operation_of_digital_rivers_document_gets_a_valid_request() -> None:
    """Without Prism: the synthesizer makes a request for each operation, and checks each value against its schema."""
    synthesizer = Synthesizer(REFERENCE_DOCUMENT)
    bodies = 0
    for op in synthesizer.operations():
        names = [p["name"] for p in op.parameters if p["in"] == "path"]
        assert all(synthesizer.path_value(op, name) for name in names)
        assert set(synthesizer.required_query(op)) == {
            p["name"] for p in op.parameters if p["in"] == "query" and p.get("required")
        }
        assert synthesizer.request_examples(op) == {}
        bodies += synthesizer.body(op) is not None
    assert bodies == 42  # every operation with a JSON body (none has a request example)


def test_the_package_of_digital_rivers_document_passes_mypy_strict(generated: Generated) -> None:
    config = generated.where / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")  # the project's settings are the overlay's
    options = ["--strict", "--python-version", "3.11", "--cache-dir", str(generated.where / ".mypy_cache")]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mypy", *options, "--config-file", str(config), "-p", generated.name],
        cwd=generated.where,
        capture_output=True,
        text=True,
    )
    TIMES["mypy --strict"] = time.perf_counter() - started
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


# --- where a fault is the document's -------------------------------------------------------------


def document_faults(document: Mapping[str, Any], schema: Mapping[str, Any]) -> list[str]:
    """What in `schema` (followed through every reference) no answer can be right about, or Prism's examples are not.

    An `example` its own schema refuses, and a `required` property the schema does not declare.
    """
    reader = Synthesizer(document, reading=True)
    found: list[str] = []
    seen: set[str] = set()

    def walk(node: Mapping[str, Any], where: str) -> None:
        if "$ref" in node:
            if node["$ref"] in seen:
                return
            seen.add(node["$ref"])
            where = node["$ref"].rsplit("/", 1)[-1]
        merged = reader.merged(reader.resolve(node))
        if "example" in merged and not reader.is_valid(merged["example"], merged):
            found.append(f"{where}: its example {json.dumps(merged['example'])[:80]} is not valid for it")
        declared = merged.get("properties", {})
        missing = [name for name in merged.get("required", []) if name not in declared]
        if declared and missing:
            found.append(f"{where} requires {', '.join(missing)}, which it does not declare")
        for name, child in declared.items():
            walk(child, f"{where}.{name}")
        for key in ("items", "additionalProperties"):
            if isinstance(merged.get(key), dict):
                walk(merged[key], f"{where}[]")
        for key in ("oneOf", "anyOf"):
            for alternative in merged.get(key, []):
                walk(alternative, where)

    walk(schema, "response")
    return found


def undeclared_required(document: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
    """The names of the required properties `schema` does not declare, anywhere within it."""
    names = set()
    for fault in document_faults(document, schema):
        found = re.search(r" requires (.+), which it does not declare$", fault)
        if found:
            names.update(found.group(1).split(", "))
    return names


def test_document_faults_name_an_invalid_example_and_an_undeclared_required_property() -> None:
    document = {
        "openapi": "3.0.1",
        "components": {
            "schemas": {
                "Item": {"type": "object", "properties": {"n": {"type": "integer"}}, "example": [{"n": 1}]},
                "Event": {
                    "type": "object",
                    "required": ["id", "version"],
                    "properties": {"id": {"type": "string"}, "items": {"type": "array", "items": _ref("Item")}},
                },
                "Fine": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "example": ""}}},
            }
        },
    }
    assert document_faults(document, _ref("Event")) == [
        "Event requires version, which it does not declare",
        'Item: its example [{"n": 1}] is not valid for it',
    ]
    assert undeclared_required(document, _ref("Event")) == {"version"}
    assert document_faults(document, _ref("Fine")) == []


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# --- every operation through Prism --------------------------------------------------------------


@attrs.define
class Drill:
    """How each operation was answered, and what went wrong."""

    calls: Calls
    contract: Contract
    client: Any
    sent: list[str] = attrs.field(factory=list)  # the operations whose request reached Prism
    by_examples: list[str] = attrs.field(factory=list)
    by_schema: list[str] = attrs.field(factory=list)  # the document's examples are faulty; Prism's generated data
    unanswerable: list[str] = attrs.field(factory=list)  # the document requires what it does not declare
    document_faults: dict[str, list[str]] = attrs.field(factory=dict)
    respelled: dict[str, list[str]] = attrs.field(factory=dict)  # timestamps to_dict() writes otherwise
    findings: list[str] = attrs.field(factory=list)

    @property
    def called(self) -> int:
        return len(self.sent)

    async def call(self, operation: Any, request: Request | None = None) -> None:
        """Call the operation (with `request`, or the one derived for it) and file how it was answered."""
        op_id = operation.operation_id
        request = request or self.calls.mock_request(operation)
        if await self._attempt(request):
            self.by_examples.append(op_id)
            return
        problems = self.contract.problems(op_id)
        if not self._about_the_answer(op_id):
            self.findings += [f"{op_id}: {line}" for line in problems]
            return
        schema = self._success_schema(operation)
        faults = document_faults(self.calls.synthesizer.document, schema)
        if not faults:
            self.findings += [f"{op_id} (no fault of the document explains it): {line}" for line in problems]
            return
        self.document_faults[op_id] = faults
        if await self._attempt(request, {"Prefer": "dynamic=true"}):
            self.by_schema.append(op_id)
        elif self._about_the_answer(op_id, only_missing=undeclared_required(self.calls.synthesizer.document, schema)):
            self.unanswerable.append(op_id)
        else:
            self.findings += [f"{op_id}, generated from the schema: {line}" for line in self.contract.problems(op_id)]

    async def _attempt(self, request: Request, headers: Mapping[str, str] | None = None) -> bool:
        """Send the call; whether the SDK got a success that it parsed, with nothing reported.

        A failure of the SDK on the answer is a finding at once; a violation is judged by the caller.
        """
        op_id = request.operation.operation_id
        self.contract.restart()
        options = {"extra_headers": dict(headers)} if headers else {}
        try:
            result = await request.send(self.client, **options)
        except APIStatusError:
            return False
        except Exception as error:  # anything else the SDK raised, before sending or on the answer
            when = (
                "on the answer" if any(e.operation_id == op_id for e in self.contract.exchanges) else "before sending"
            )
            self.findings.append(f"{op_id}: the SDK failed {when}: {type(error).__name__}: {error}")
            return False
        finally:
            if op_id not in self.sent and any(e.operation_id == op_id for e in self.contract.exchanges):
                self.sent.append(op_id)
        if self.contract.problems(op_id):
            return False
        try:
            self._check(request.operation, result)
        except Exception as error:
            self.findings.append(f"{op_id}: the answer did not check out: {type(error).__name__}: {error}")
        return True

    def _check(self, operation: Any, result: Any) -> None:
        """The result is the operation's type, reads to the last field, and gives back the JSON it came as."""
        [exchange] = [e for e in self.contract.exchanges if e.operation_id == operation.operation_id]
        assert exchange.status == operation.success_status, exchange
        read_everything(result)
        changed: list[str] = []
        if operation.item_model is not None:
            assert all(isinstance(item, operation.item_model) for item in result.data)
            changed = differences([item.to_dict() for item in result.data], exchange.body["data"], "data")
        elif operation.response_model is not None:
            assert isinstance(result, operation.response_model), type(result)
            changed = differences(result.to_dict(), exchange.body)
        elif operation.response_media is None:
            assert result is None
        lost = [line for line in changed if not _same_instant(line)]
        assert not lost, "to_dict() is not the JSON that came: " + "; ".join(lost)
        if changed:
            self.respelled[operation.operation_id] = changed

    def _about_the_answer(self, operation_id: str, only_missing: set[str] | None = None) -> bool:
        """Whether all that Prism reported is about its own answer: the answer's violations, and its 500 for them.

        With `only_missing`, also whether each violation is one of those required properties missing.
        """
        exchanges = self.contract.exchanges
        if not exchanges or any(e.problem is None or f"{PROBLEM_TYPE}VIOLATIONS" not in e.problem for e in exchanges):
            return False
        for violation in (v for e in exchanges for v in e.violations):
            if violation == TRUNCATED:
                continue
            if not isinstance(violation, dict) or violation.get("location", [None])[0] != "response":
                return False
            if only_missing is not None:
                found = re.search(r"must have required property '([^']+)'", violation.get("message", ""))
                if violation.get("code") != "required" or found is None or found.group(1) not in only_missing:
                    return False
        logged = self.contract.logged(operation_id)
        return all(f"{PROBLEM_TYPE}VIOLATIONS" in line or "Violation: response" in line for line in logged)

    def _success_schema(self, operation: Any) -> dict[str, Any]:
        responses = self.calls.document_operation(operation).operation["responses"]
        answer = self.calls.synthesizer.resolve(responses[str(operation.success_status)])
        media = answer.get("content", {}).get(operation.response_media or "application/json", {})
        schema: dict[str, Any] = media.get("schema", {})
        return schema


_RESPELLED = re.compile(r": gave back '([^']+)', got '([^']+)'$")


def _same_instant(difference: str) -> bool:
    """Whether a line of `differences` is a timestamp written another way (`+00:00` for `Z`), the same instant."""
    found = _RESPELLED.search(difference)
    if found is None:
        return False
    try:
        ours, theirs = (datetime.datetime.fromisoformat(text) for text in found.groups())
    except ValueError:
        return False
    return ours == theirs and ours.utcoffset() == theirs.utcoffset()


@pytest.fixture
async def drill(api: ModuleType, reference_mock: PrismServer) -> AsyncIterator[Drill]:
    table = importlib.import_module(f"{api.__name__}.operations").OPERATIONS
    resources = importlib.import_module(f"{api.__name__}.resources")
    client_class = type("DrillClient", (AsyncClientBase, resources.AsyncResources), {})
    calls = Calls(REFERENCE_DOCUMENT, table)
    contract = Contract(reference_mock, reference_mock.sync(), table, calls.statuses)
    async with contract.http_client() as http:
        client = client_class(
            api_key=API_KEY, base_url=reference_mock.url, http_client=http, max_retries=0, rate_limit=None
        )
        async with client:
            yield Drill(calls, contract, client)


def test_prism_loads_digital_rivers_document_without_a_warning(reference_mock: PrismServer) -> None:
    assert reference_mock.startup_problems() == []


async def test_every_operation_of_digital_rivers_document_answers_through_prism(
    drill: Drill, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    for operation in drill.calls.table.values():
        await drill.call(operation)
    TIMES["calls"] = time.perf_counter() - started

    kept, skipped = multipart_operations(REFERENCE_DOCUMENT)
    total = len(list(drill.calls.synthesizer.operations()))
    with capsys.disabled():
        print(f"\n{_summary(drill, total, len(kept), len(skipped))}")
    assert not drill.findings, f"{len(drill.findings)} finding(s):\n" + "\n".join(drill.findings)
    assert drill.called >= total - len(skipped), f"called {drill.called} of {total} operations"


async def test_a_request_prism_refuses_is_a_finding_of_the_drill(drill: Drill) -> None:
    """The least valid body, less its required fields: Prism's refusal is the SDK's request's, never the document's."""
    operation = next(op for op in drill.calls.table.values() if drill.calls.body(op, minimal=True))
    await drill.call(operation, drill.calls.mock_request(operation)._replace(body={}))
    assert drill.sent == [operation.operation_id] and drill.by_examples == drill.by_schema == []
    assert drill.findings and all("request" in finding.lower() for finding in drill.findings), drill.findings


def _summary(drill: Drill, total: int, kept: int, skipped: int) -> str:
    lines = [
        f"drill: called {drill.called} of the {total} operations of Digital River's document "
        f"({skipped} left out: a multipart body and no JSON one; {kept} with both called with JSON)",
        f"  {len(drill.by_examples)} answered from the document's examples and parsed",
        f"  {len(drill.by_schema)} answered from data Prism generated from the schema, since the examples it would "
        f"answer with violate the document: {', '.join(drill.by_schema) or '-'}",
        f"  {len(drill.unanswerable)} answered 500 by Prism, since the document requires properties it does not "
        f"declare: {', '.join(drill.unanswerable) or '-'}",
    ]
    faults = sorted({fault for found in drill.document_faults.values() for fault in found})
    lines += [f"  the document's fault: {fault}" for fault in faults]
    if drill.respelled:
        example = next(iter(drill.respelled.values()))[0]
        lines.append(
            f"  {len(drill.respelled)} answers come back from to_dict() with timestamps written another way "
            f"(the same instants; e.g. {example}): {', '.join(drill.respelled)}"
        )
    if drill.findings:
        lines.append(f"  {len(drill.findings)} finding(s) (see the failure)")
    lines.append("  time: " + ", ".join(f"{part} {seconds:.1f} s" for part, seconds in TIMES.items()))
    return "\n".join(lines)
