"""Every method of the three resources: the request it sends and what it returns.

The table below is also the drift check against the OpenAPI document: every operation has
exactly one method, and every public method exactly one operation.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from digitalriver import AsyncDigitalRiver
from digitalriver_api.models import Customer, CustomerRequest, UpdateInvoiceRequest
from digitalriver_api.operations import OPERATIONS

from .conftest import API_KEY, BASE

ODD_ID = "a/../b?c#d %é"
ODD_ID_ENCODED = "a%2F..%2Fb%3Fc%23d%20%25%C3%A9"

# (resource, method, positional arguments, operation id, the path the request must go to)
CALLS: list[tuple[str, str, tuple[Any, ...], str, str]] = [
    ("customers", "create", ({"email": "j@example.com", "x-new": 1},), "createCustomer", "/customers"),
    ("customers", "retrieve", (ODD_ID,), "retrieveCustomer", f"/customers/{ODD_ID_ENCODED}"),
    ("customers", "update", ("cus_1", {"email": "k@example.com"}), "updateCustomer", "/customers/cus_1"),
    ("customers", "delete", ("cus_1",), "deleteCustomer", "/customers/cus_1"),
    ("customers", "attach_source", ("cus_1", "src/1"), "attachCustomerSource", "/customers/cus_1/sources/src%2F1"),
    ("customers", "detach_source", ("cus_1", "src_1"), "detachCustomerSource", "/customers/cus_1/sources/src_1"),
    (
        "customers",
        "attach_tax_identifier",
        ("cus_1", "tax_1"),
        "attachCustomerTaxIdentifier",
        "/customers/cus_1/tax-identifiers/tax_1",
    ),
    ("checkouts", "create", ({"currency": "USD"},), "createCheckout", "/checkouts"),
    ("checkouts", "retrieve", ("co_1",), "retrieveCheckout", "/checkouts/co_1"),
    ("checkouts", "update", ("co_1", {"email": "k@example.com"}), "updateCheckout", "/checkouts/co_1"),
    ("checkouts", "delete", (ODD_ID,), "deleteCheckout", f"/checkouts/{ODD_ID_ENCODED}"),
    ("checkouts", "attach_source", ("co_1", "src_1"), "attachCheckoutSource", "/checkouts/co_1/sources/src_1"),
    ("checkouts", "detach_source", ("co_1", "src_1"), "detachCheckoutSource", "/checkouts/co_1/sources/src_1"),
    ("invoices", "create", ({"currency": "USD", "state": "draft"},), "createInvoice", "/invoices"),
    ("invoices", "retrieve", ("inv_1",), "retrieveInvoice", "/invoices/inv_1"),
    ("invoices", "update", ("inv_1", UpdateInvoiceRequest()), "updateInvoice", "/invoices/inv_1"),
    ("invoices", "delete", ("inv_1",), "deleteInvoice", "/invoices/inv_1"),
    ("invoices", "open", ("inv_1",), "openInvoice", "/invoices/inv_1/open"),
    ("invoices", "void", ("inv_1",), "voidInvoice", "/invoices/inv_1/void"),
    ("invoices", "attach_source", ("inv_1", "src_1"), "attachInvoiceSource", "/invoices/inv_1/sources/src_1"),
    ("invoices", "detach_source", ("inv_1", "src_1"), "detachInvoiceSource", "/invoices/inv_1/sources/src_1"),
    ("customers", "list", (), "listCustomers", "/customers"),
    ("checkouts", "list", (), "listCheckouts", "/checkouts"),
    ("invoices", "list", (), "listInvoices", "/invoices"),
]

DESIGN_METHODS = {
    "customers": {
        "list", "create", "retrieve", "update", "delete", "attach_source", "detach_source", "attach_tax_identifier",
    },
    "checkouts": {"list", "create", "retrieve", "update", "delete", "attach_source", "detach_source"},
    "invoices": {"list", "create", "retrieve", "update", "delete", "open", "void", "attach_source", "detach_source"},
}  # fmt: skip


def _public_methods(resource: object) -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(type(resource))
        if not name.startswith("_") and callable(member) and not isinstance(member, property)
    }


def test_methods_and_operations_match_one_to_one() -> None:
    client = AsyncDigitalRiver(api_key=API_KEY)
    table = {(resource, method) for resource, method, *_ in CALLS}
    for resource, names in DESIGN_METHODS.items():
        assert _public_methods(getattr(client, resource)) == names
        assert {(resource, name) for name in names} <= table
    assert len(table) == len(CALLS)
    assert sorted(op_id for *_, op_id, _ in CALLS) == sorted(OPERATIONS)
    for resource, _, _, op_id, _ in CALLS:
        assert OPERATIONS[op_id].tag == resource


def _success_body(op_id: str) -> Any:
    model = OPERATIONS[op_id].response_model
    if model is None:
        return None
    if op_id.startswith("list"):
        return {"hasMore": False, "data": [{"id": "obj_1", "newField": {"kept": True}}]}
    return {"id": "obj_1", "newField": {"kept": True}}


@pytest.mark.parametrize(("resource", "method", "args", "op_id", "path"), CALLS, ids=[c[3] for c in CALLS])
async def test_each_method_sends_its_request_and_parses_the_answer(
    dr: AsyncDigitalRiver,
    httpx_mock: HTTPXMock,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    op_id: str,
    path: str,
) -> None:
    operation = OPERATIONS[op_id]
    body = _success_body(op_id)
    httpx_mock.add_response(status_code=operation.success_status, json=body)

    call = getattr(getattr(dr, resource), method)
    if method == "list":
        result: Any = await call(limit=1)
    else:
        result = await call(*args)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == operation.method
    assert request.url.raw_path.split(b"?")[0].decode() == path
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Accept"] == "application/json"
    if operation.request_model is not None:
        sent = args[-1]
        expected = sent.to_dict() if hasattr(sent, "to_dict") else dict(sent)
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == expected
    else:
        assert request.content == b""
    if method == "list":
        assert dict(request.url.params) == {"limit": "1"}
        assert result.has_more is False
        assert [item.id for item in result.data] == ["obj_1"]
        assert result.data[0]["newField"] == {"kept": True}
    elif operation.response_model is None:
        assert result is None
    else:
        assert isinstance(result, operation.response_model)
        assert result.to_dict() == body


async def test_a_body_can_be_the_generated_model(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "cus_1", "email": "j@example.com"})
    body = CustomerRequest(email="j@example.com")
    body["referral"] = "spring"  # unknown fields are sent as given
    customer = await dr.customers.create(body)
    assert isinstance(customer, Customer)
    assert json.loads(httpx_mock.get_request().content) == {"email": "j@example.com", "referral": "spring"}  # type: ignore[union-attr]


async def test_a_mapping_body_may_hold_models_and_timestamps(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    import datetime

    from digitalriver_api.models import Address, TaxCertificate

    httpx_mock.add_response(status_code=201, json={"id": "cus_1"})
    start = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    await dr.customers.create(
        {
            "shipping": {"address": Address(line1="1 Main St")},
            "taxCertificate": TaxCertificate(start_date=start),
        }
    )
    assert json.loads(httpx_mock.get_request().content) == {  # type: ignore[union-attr]
        "shipping": {"address": {"line1": "1 Main St"}},
        "taxCertificate": {"startDate": "2025-01-02T03:04:05+00:00"},
    }


def test_base_url_is_configurable() -> None:
    client = AsyncDigitalRiver(api_key=API_KEY, base_url="http://127.0.0.1:8080/v1/")
    assert str(client.base_url) == "http://127.0.0.1:8080/v1/"
    assert str(AsyncDigitalRiver(api_key=API_KEY).base_url).rstrip("/") == BASE


async def test_a_base_url_with_a_path_prefixes_every_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"})
    async with AsyncDigitalRiver(api_key=API_KEY, base_url="http://127.0.0.1:8080/v1/") as client:
        await client.customers.retrieve("cus_1")
    assert str(httpx_mock.get_request().url) == "http://127.0.0.1:8080/v1/customers/cus_1"  # type: ignore[union-attr]


def test_list_filter_types_match_the_documented_query_parameters() -> None:
    from digitalriver._types import ListOptions
    from digitalriver.resources.checkouts import CheckoutListFilters
    from digitalriver.resources.customers import CustomerListFilters
    from digitalriver.resources.invoices import InvoiceListFilters

    options = ListOptions.__optional_keys__
    for filters, op_id in [
        (CustomerListFilters, "listCustomers"),
        (CheckoutListFilters, "listCheckouts"),
        (InvoiceListFilters, "listInvoices"),
    ]:
        assert filters.__optional_keys__ - options == set(OPERATIONS[op_id].query), op_id
