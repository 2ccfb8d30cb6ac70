"""The generated surface: its naming rule and overrides, the low-level modules' path encoding, and a
maintainer's change to the document reaching users with no hand edit anywhere else."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from digitalriver_api import AuthenticatedClient
from digitalriver_api.operations import OPERATIONS

from .document import DOCUMENT, ROOT

GENERATE = ROOT / "overlays" / "generator" / "generate.py"
sys.path.insert(0, str(GENERATE.parent))
surface: Any = importlib.import_module("surface")


@pytest.mark.parametrize(
    ("operation_id", "resource", "method"),
    [
        ("attachCustomerSource", "customers", "attach_source"),
        ("listInvoices", "invoices", "list"),
        ("openInvoice", "invoices", "open"),
        ("detachCustomerTaxIdentifier", "customers", "detach_tax_identifier"),
        ("retrieveCustomers", "customers", "retrieve"),  # plural nouns too, as Digital River's own ids have
        ("listSkus", "skus", "list"),
        ("createTaxIdentifiers", "tax_identifiers", "create"),
        ("retrieveOrderTracking", "orders", "retrieve_tracking"),
        ("ListDropInCheckoutLink", "drop_in_checkout_links", "list"),
        ("importCustomers", "customers", "import_"),  # a keyword gets an underscore
        ("customers", "customers", "customers"),  # nothing would be left: the whole id
    ],
)
def test_the_method_is_the_operation_id_without_the_resources_noun(
    operation_id: str, resource: str, method: str
) -> None:
    assert surface.method_name(operation_id, resource) == method


@pytest.mark.parametrize(
    ("tag", "resource"),
    [("customers", "customers"), ("Tax identifiers", "tax_identifiers"), ("SKUs", "skus"), ("FileLinks", "file_links")],
)
def test_the_resource_is_the_tag_in_snake_case(tag: str, resource: str) -> None:
    assert surface.snake(tag) == resource


def _document(**operations: dict[str, Any]) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    paths: dict[str, Any] = {}
    for key, operation in operations.items():
        method, path = key.split(" ", 1) if " " in key else ("get", f"/{key}")
        paths.setdefault(path, {})[method] = {"responses": ok, **operation}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def _generate(tmp_path: Path, document: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    command = [sys.executable, str(GENERATE), "--document", str(path), str(tmp_path / "t_api")]
    return subprocess.run(command, capture_output=True, text=True)


def test_x_extensions_override_either_name_and_a_clash_stops_generation(tmp_path: Path) -> None:
    document = _document(
        a={"operationId": "listThings", "tags": ["Things"], "x-sdk-method": "everything"},
        b={"operationId": "getThing", "tags": ["Things"], "x-sdk-resource": "items"},
    )
    result = _generate(tmp_path, document)
    assert result.returncode == 0, result.stderr
    table = (tmp_path / "t_api" / "operations.py").read_text(encoding="utf-8")
    assert "resource='things',\n        name='everything'" in table.replace('"', "'")
    assert "resource='items',\n        name='get_thing'" in table.replace('"', "'")

    clash = _document(
        a={"operationId": "listThings", "tags": ["Things"]}, b={"operationId": "listThing", "tags": ["Things"]}
    )
    result = _generate(tmp_path, clash)
    assert result.returncode != 0
    assert "listThing and listThings would both be things.list: give one of them an x-sdk-method" in result.stderr


def test_an_operation_without_x_idempotent_is_safe_to_repeat_by_method(tmp_path: Path) -> None:
    methods = {"get": "readIt", "put": "putIt", "delete": "dropIt", "post": "makeIt", "patch": "changeIt"}
    document = _document(**{f"{m} /it": {"operationId": i, "tags": ["it"]} for m, i in methods.items()})
    assert _generate(tmp_path, document).returncode == 0
    sys.path.insert(0, str(tmp_path))
    try:
        table = importlib.import_module("t_api.operations").OPERATIONS
        assert {i: table[i].idempotent for i in methods.values()} == {
            "readIt": True, "putIt": True, "dropIt": True, "makeIt": False, "changeIt": False,
        }  # fmt: skip
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "t_api" or n.startswith("t_api.")]:
            del sys.modules[name]


def test_a_multipart_only_body_is_skipped_with_a_warning_that_names_it(tmp_path: Path) -> None:
    form = {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"f": {"type": "string"}}}}}}
    document = _document(
        **{"post /files": {"operationId": "uploadFile", "tags": ["files"], "requestBody": form}},
        listFiles={"operationId": "listFiles", "tags": ["files"]},
    )
    result = _generate(tmp_path, document)
    assert result.returncode == 0, result.stderr
    assert "POST /files (uploadFile) is skipped: it takes only a multipart/form-data body" in result.stderr
    table = (tmp_path / "t_api" / "operations.py").read_text(encoding="utf-8")
    assert "listFiles" in table and "uploadFile" not in table


def _endpoint_modules() -> list[tuple[str, Any, list[str]]]:
    """Every low-level endpoint module with path parameters, and their names."""
    found = []
    root = Path(importlib.import_module("digitalriver_api.api").__file__ or "").parent
    for module_path in sorted(root.glob("*/*.py")):
        if module_path.name == "__init__.py":
            continue
        module = importlib.import_module(f"digitalriver_api.api.{module_path.parent.name}.{module_path.stem}")
        parameters = inspect.signature(module._get_kwargs).parameters
        names = [n for n, p in parameters.items() if n != "body" and p.kind is not inspect.Parameter.KEYWORD_ONLY]
        if names:
            found.append((f"{module_path.parent.name}.{module_path.stem}", module, names))
    return found


ENDPOINT_MODULES = _endpoint_modules()


def test_every_operation_with_path_parameters_has_a_low_level_module() -> None:
    assert len(ENDPOINT_MODULES) == sum(1 for op in OPERATIONS.values() if op.path_parameters)


def _operation_of(module_name: str) -> Any:
    return next(op for op in OPERATIONS.values() if surface.snake(op.operation_id) == module_name.split(".")[-1])


@pytest.mark.parametrize(("name", "module", "path_names"), ENDPOINT_MODULES, ids=[m[0] for m in ENDPOINT_MODULES])
def test_the_low_level_modules_keep_dot_segments_inside_one_segment(
    name: str, module: Any, path_names: list[str]
) -> None:
    # The SDK's own encoder: `detach_customer_source.sync_detailed("cus_1", "..")` is not DELETE /customers/cus_1.
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    http = httpx.Client(base_url="https://api.digitalriver.com", transport=httpx.MockTransport(answer))
    client = AuthenticatedClient(base_url="https://api.digitalriver.com", token="sk_test_x").set_httpx_client(http)
    operation = _operation_of(name)
    values = ["cus_1", *[".."] * (len(path_names) - 1)] if len(path_names) > 1 else [".."]
    body = {"body": operation.request_model.from_dict({})} if operation.has_body else {}
    module.sync_detailed(*values, client=client, **body)
    [request] = sent
    segments = request.url.raw_path.decode().split("?")[0].split("/")
    assert len(segments) == len(operation.path.split("/")), request.url
    assert segments.count("%2E%2E") == values.count(".."), request.url


MAINTAINER_CHECK = """
import inspect, sys
from digitalriver import AsyncDigitalRiver, DigitalRiver
from digitalriver_api.models import Customer
from digitalriver_api.resources.customers import AsyncCustomers, Customers

for resource in (AsyncCustomers, Customers):
    doc = inspect.getdoc(resource.detach_tax_identifier)
    assert doc.startswith("Detaches a tax identifier from a customer"), doc
    assert "tax_id: Tax ID" in doc, doc
    assert list(inspect.signature(resource.detach_tax_identifier).parameters)[:3] == ["self", "id", "tax_id"]
    assert "Only customers of this referral code" in inspect.getdoc(resource.list)
    annotation = inspect.signature(resource.list).parameters["referral_code"].annotation
    assert annotation == "Literal['friend', 'partner'] | Unset", annotation
customer = Customer.from_dict({"id": "cus_1", "referralCode": "friend"})
assert customer.referral_code == "friend" and customer.to_dict() == {"id": "cus_1", "referralCode": "friend"}
assert "The customer's referral code." in inspect.getdoc(Customer)
print("surface ok")
"""


def test_a_maintainers_change_reaches_users_with_no_other_edit(tmp_path: Path) -> None:
    """An operation, a list filter and a response field added to the document: `make generate` makes
    them a documented method, a typed keyword and a typed attribute, and the tests that derive their
    cases from the table cover the new operation as they are."""
    document = copy.deepcopy(DOCUMENT)
    item = document["paths"]["/customers/{id}/tax-identifiers/{taxId}"]
    errors = {status: answer for status, answer in item["post"]["responses"].items() if not status.startswith("2")}
    item["delete"] = {
        "tags": ["customers"],
        "operationId": "detachCustomerTaxIdentifier",
        "summary": "Detaches a tax identifier from a customer",
        "x-idempotent": True,
        "x-decision": "The API detaches tax identifiers; Digital River's document of 2024 does not show it.",
        "responses": {"204": {"description": "Detached."}, **errors},  # the errors its sibling answers
    }
    document["paths"]["/customers"]["get"]["parameters"].append(
        {
            "name": "referralCode",
            "in": "query",
            "description": "Only customers of this referral code.",
            "schema": {"type": "string", "enum": ["friend", "partner"]},
            "x-decision": "A filter the API gained after Digital River's document of 2024.",
        }
    )
    customer = document["components"]["schemas"]["Customer"]
    customer["properties"]["referralCode"] = {
        "type": "string",
        "description": "The customer's referral code.",
        "x-decision": "A field the API gained after Digital River's document of 2024.",
    }
    # JSON, not YAML: PyYAML would write "0100037259" bare, which a YAML 1.2 reader (Prism) takes for a number.
    changed = tmp_path / "digitalriver.json"
    changed.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    package = tmp_path / "generated"
    subprocess.run(
        [sys.executable, str(GENERATE), "--document", str(changed), str(package / "digitalriver_api")], check=True
    )

    env = {**os.environ, "PYTHONPATH": str(package), "DIGITALRIVER_TEST_DOCUMENT": str(changed)}
    checked = subprocess.run([sys.executable, "-c", MAINTAINER_CHECK], env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    # The suites whose cases come from the document or the table: each must pass as it is.
    suites = [
        "tests/test_methods.py",
        "tests/test_retries.py",
        "tests/test_query.py",
        "tests/test_document.py",
        "tests/test_fidelity.py",
        "tests/test_fake.py",
        "tests/test_fake_document.py",
        "tests/test_contract.py",
    ]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *suites],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert (
        "detachCustomerTaxIdentifier"
        in subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only", "tests/test_methods.py"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
    )
