"""The OpenAPI document: complete, valid, and true to the reference pages' examples.

The tables below pin what the reference pages give today's 24 operations; an operation, filter or
field the document gains is held to the rules every operation follows, so adding one needs no
edit here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from .document import DOCUMENT, examples, operations, resolve

EXPECTED_OPERATIONS = {
    ("GET", "/customers"): "listCustomers",
    ("POST", "/customers"): "createCustomer",
    ("GET", "/customers/{id}"): "retrieveCustomer",
    ("POST", "/customers/{id}"): "updateCustomer",
    ("DELETE", "/customers/{id}"): "deleteCustomer",
    ("POST", "/customers/{id}/sources/{sourceId}"): "attachCustomerSource",
    ("DELETE", "/customers/{id}/sources/{sourceId}"): "detachCustomerSource",
    ("POST", "/customers/{id}/tax-identifiers/{taxId}"): "attachCustomerTaxIdentifier",
    ("GET", "/checkouts"): "listCheckouts",
    ("POST", "/checkouts"): "createCheckout",
    ("GET", "/checkouts/{id}"): "retrieveCheckout",
    ("POST", "/checkouts/{id}"): "updateCheckout",
    ("DELETE", "/checkouts/{id}"): "deleteCheckout",
    ("POST", "/checkouts/{id}/sources/{sourceId}"): "attachCheckoutSource",
    ("DELETE", "/checkouts/{id}/sources/{sourceId}"): "detachCheckoutSource",
    ("GET", "/invoices"): "listInvoices",
    ("POST", "/invoices"): "createInvoice",
    ("GET", "/invoices/{id}"): "retrieveInvoice",
    ("POST", "/invoices/{id}"): "updateInvoice",
    ("DELETE", "/invoices/{id}"): "deleteInvoice",
    ("POST", "/invoices/{id}/open"): "openInvoice",
    ("POST", "/invoices/{id}/void"): "voidInvoice",
    ("POST", "/invoices/{id}/sources/{sourceId}"): "attachInvoiceSource",
    ("DELETE", "/invoices/{id}/sources/{sourceId}"): "detachInvoiceSource",
}
CREATES = {"createCustomer", "createCheckout", "createInvoice"}
ERROR_STATUSES = {"400", "401", "403", "404", "405", "406", "408", "409", "429", "500", "502", "503", "504"}
# Error statuses an operation does not answer, as Digital River's own document has it (test_fidelity compares them).
UNDECLARED_ERRORS = {
    "listCustomers": {"404", "409"},
    "listCheckouts": {"404", "409"},
    "listInvoices": {"404", "409"},
    "createCustomer": {"404"},
    "createCheckout": {"404"},
    "createInvoice": {"404"},
    "retrieveCustomer": {"409"},
    "retrieveCheckout": {"409"},
    "retrieveInvoice": {"409"},
    "attachCheckoutSource": {"409"},
    "attachInvoiceSource": {"409"},
}
LIST_PARAMETERS = {
    "listCustomers": {
        "endingBefore", "startingAfter", "limit", "email", "ids", "requestToBeForgotten", "createdTime",
        "updatedTime",
    },
    "listCheckouts": {
        "endingBefore", "startingAfter", "limit", "ids", "upstreamIds", "customerId", "applicationId",
        "email", "currency", "locale", "chargeType", "customerType", "subscriptionId", "browserIp",
        "createdTime", "updatedTime", "totalAmount",
    },
    "listInvoices": {
        "endingBefore", "startingAfter", "limit", "ids", "upstreamIds", "customerId", "applicationId",
        "currency", "state", "skuId", "createdTime", "updatedTime", "totalAmount", "price", "attemptCount",
    },
}  # fmt: skip
# Range filters: deepObject maps of these keys (`createdTime[gt]=…`), one named schema per kind of bound.
RANGE_FILTERS = {
    "createdTime": "TimeRange",
    "updatedTime": "TimeRange",
    "totalAmount": "AmountRange",
    "price": "AmountRange",
    "attemptCount": "CountRange",
}
RANGE_KEYS = ["eq", "gt", "gte", "lt", "lte"]
# Keys of the reference pages' examples that are typos, not fields: kept verbatim, never declared.
UNDECLARED_EXAMPLE_KEYS = {"quantity 1", "quantity 2"}


def test_document_is_valid_openapi() -> None:
    validate(DOCUMENT)


def test_all_24_operations_with_readable_ids() -> None:
    found = {(op.method, op.path): op.operation["operationId"] for op in operations()}
    assert EXPECTED_OPERATIONS.items() <= found.items()
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+|[a-z]+", op_id) for op_id in found.values()), found
    assert len(set(found.values())) == len(found)


def test_every_operation_is_marked_for_the_retry_policy() -> None:
    for op in operations():
        op_id = op.operation["operationId"]
        if (op.method, op.path) in EXPECTED_OPERATIONS:
            assert op.operation.get("x-idempotent") is (op_id not in CREATES), op_id
        else:  # a new one may leave it to the default by method
            assert op.operation.get("x-idempotent", False) in (True, False), op_id


def test_success_statuses() -> None:
    for op in operations():
        op_id = op.operation["operationId"]
        success = {code for code in op.operation["responses"] if code.startswith("2")}
        if (op.method, op.path) not in EXPECTED_OPERATIONS:
            assert len(success) == 1, op_id
        elif op_id in CREATES:
            assert success == {"201"}, op_id
        elif op.method == "DELETE":
            assert success == {"204"}, op_id
            assert "content" not in op.operation["responses"]["204"]
        else:
            assert success == {"200"}, op_id


def test_every_error_status_answers_the_errors_body() -> None:
    for op in operations():
        responses = op.operation["responses"]
        declared = {code for code in responses if not code.startswith("2")}
        if (op.method, op.path) in EXPECTED_OPERATIONS:
            errors = ERROR_STATUSES - UNDECLARED_ERRORS.get(op.operation["operationId"], set())
            assert declared == errors, op.operation["operationId"]
        else:
            errors = declared
            assert declared <= ERROR_STATUSES, op.operation["operationId"]
        for code in errors:
            schema = resolve(responses[code])["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Errors"}
    retry_after = resolve({"$ref": "#/components/responses/TooManyRequests"})["headers"]["Retry-After"]
    assert retry_after["schema"]["type"] == "integer"


def test_bearer_security_and_server() -> None:
    assert DOCUMENT["security"] == [{"bearerAuth": []}]
    assert DOCUMENT["components"]["securitySchemes"]["bearerAuth"] == {
        **DOCUMENT["components"]["securitySchemes"]["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert DOCUMENT["servers"] == [{"url": "https://api.digitalriver.com"}]


def test_list_parameters_and_limit_constraints() -> None:
    for op in operations():
        op_id = op.operation["operationId"]
        if op_id not in LIST_PARAMETERS:
            continue
        params = {resolve(p)["name"]: resolve(p) for p in op.operation["parameters"]}
        assert set(params) >= LIST_PARAMETERS[op_id]  # a filter the document gains is welcome
        assert all(p["in"] == "query" for p in params.values())
        assert params["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}


def test_range_filters_are_deep_objects_of_five_bounds() -> None:
    bound_types = {
        "TimeRange": ("string", "date-time"),
        "AmountRange": ("number", None),
        "CountRange": ("integer", None),
    }
    for op in operations():
        for param in map(resolve, op.operation.get("parameters", [])):
            if param["name"] not in RANGE_FILTERS:
                continue
            name = RANGE_FILTERS[param["name"]]
            assert (param["style"], param["explode"]) == ("deepObject", True), param["name"]
            assert param["schema"] == {"$ref": f"#/components/schemas/{name}"}
            schema = DOCUMENT["components"]["schemas"][name]
            assert schema["additionalProperties"] is False
            assert list(schema["properties"]) == RANGE_KEYS
            for bound in schema["properties"].values():
                assert (bound["type"], bound.get("format")) == bound_types[name]


def test_a_range_refuses_a_misspelt_key() -> None:
    validator = Draft202012Validator({**DOCUMENT, "$ref": "#/components/schemas/TimeRange"})
    assert validator.is_valid({"gte": "2020-09-22T12:09:44Z", "lt": "2020-09-23T00:00:00Z"})
    assert not validator.is_valid({"gteq": "2020-09-22T12:09:44Z"})


def test_id_filters_are_comma_joined_arrays() -> None:
    for op in operations():
        for param in map(resolve, op.operation.get("parameters", [])):
            if param["name"] in ("ids", "upstreamIds"):
                assert param["schema"] == {"type": "array", "items": {"type": "string"}}
                assert (param["style"], param["explode"]) == ("form", False)


def test_path_parameters_are_required_non_empty_strings() -> None:
    for op in operations():
        item = DOCUMENT["paths"][op.path]
        params = [resolve(p) for p in item.get("parameters", []) + op.operation.get("parameters", [])]
        path_params = {p["name"] for p in params if p["in"] == "path"}
        assert path_params == set(op.path.replace("}", "{").split("{")[1::2])
        for p in params:
            if p["in"] == "path":
                assert p["required"] is True
                assert p["schema"] == {"type": "string", "minLength": 1}


def test_reference_examples_are_all_carried() -> None:
    found = examples()
    requests = [e for e in found if " request " in e.where]
    responses = [e for e in found if " request " not in e.where]
    # 6 request bodies; 18 response bodies plus the Customer object sample.
    assert len(requests) == 6
    assert len(responses) == 19
    assert any(e.where == "retrieveCustomer 200 customerObject" for e in responses)


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.where)
def test_example_validates_against_its_schema(example: Any) -> None:
    validator = Draft202012Validator(
        {**DOCUMENT, "$ref": example.schema_ref}, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example.value)]
    assert errors == []


def test_date_time_format_is_really_checked() -> None:
    validator = Draft202012Validator(
        {**DOCUMENT, "$ref": "#/components/schemas/Customer"}, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert not validator.is_valid({"createdTime": "yesterday"})
    assert not validator.is_valid({"sources": [{"amount": "12.50"}]})


def _properties(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The declared properties of a schema (allOf merged), and whether it is a free-form map."""
    schema = resolve(schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(_properties(part)[0])
    free_form = not props and schema.get("additionalProperties") is True
    return props, free_form


def _undeclared(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    schema = resolve(schema)
    if isinstance(value, list):
        return [m for i, v in enumerate(value) for m in _undeclared(v, schema.get("items", {}), f"{where}[{i}]")]
    if not isinstance(value, dict):
        return []
    props, free_form = _properties(schema)
    if free_form:
        return []
    missing = []
    for key, item in value.items():
        if key in props:
            missing += _undeclared(item, props[key], f"{where}.{key}")
        elif key not in UNDECLARED_EXAMPLE_KEYS:
            missing.append(f"{where}.{key}")
    return missing


def test_every_field_of_every_example_is_declared() -> None:
    missing = [m for e in examples() for m in _undeclared(e.value, {"$ref": e.schema_ref}, e.where)]
    assert missing == []


def test_the_declared_field_check_can_fail() -> None:
    assert _undeclared({"id": "x", "surprise": 1}, {"$ref": "#/components/schemas/Customer"}, "c") == ["c.surprise"]


def test_no_schema_inlines_an_object_shape() -> None:
    """Object shapes are named components, reused by reference; only allOf parts extend them."""
    inline: list[str] = []

    def walk(node: Any, where: str, top: bool) -> None:
        if isinstance(node, dict):
            if not top and node.get("type") == "object" and "properties" in node and "allOf" not in where:
                inline.append(where)
            for key, child in node.items():
                walk(child, f"{where}/{key}", False)
        elif isinstance(node, list):
            for i, child in enumerate(node):
                walk(child, f"{where}/{i}", False)

    for name, schema in DOCUMENT["components"]["schemas"].items():
        walk(schema, name, True)
    for op in operations():
        walk(op.operation.get("requestBody", {}), op.operation["operationId"], False)
    assert inline == []
