"""Every operation of the document is a method of its resource, on both clients, and sends its request.

The cases come from the generated operations table, so an operation added to the document is
tested here without an edit. `DESIGN_METHODS` is the contract of DESIGN.md: today's 24 names,
which stay as they are whatever else the document gains.
"""

from __future__ import annotations

import datetime
import inspect
import json
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from digitalriver import APIResponse, AsyncDigitalRiver, DigitalRiver, Page, SyncPage
from digitalriver_api.models import Address, Customer, CustomerRequest, TaxCertificate
from digitalriver_api.operations import OPERATIONS
from digitalriver_api.resources import AsyncResources, SyncResources
from digitalriver_api.runtime import Operation
from digitalriver_api.types import path_segment

from .conftest import API_KEY, BASE
from .document import DOCUMENT, operations, resolve

ODD_ID = "a/../b?c#d %é"
OPERATION_IDS = sorted(OPERATIONS)

DESIGN_METHODS = {
    "customers": {
        "list", "create", "retrieve", "update", "delete", "attach_source", "detach_source", "attach_tax_identifier",
    },
    "checkouts": {"list", "create", "retrieve", "update", "delete", "attach_source", "detach_source"},
    "invoices": {"list", "create", "retrieve", "update", "delete", "open", "void", "attach_source", "detach_source"},
}  # fmt: skip


def path_values(operation: Operation) -> tuple[str, ...]:
    """The first path value is an id no URL could hold unencoded; the others plain."""
    return tuple(ODD_ID if index == 0 else f"{name}_1" for index, name in enumerate(operation.path_parameters))


def call_arguments(operation: Operation) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """What a test calls an operation's method with: its path values, a body, a filter."""
    args: tuple[Any, ...] = path_values(operation)
    if operation.has_body:
        args += ({"newField": {"kept": True}},)
    kwargs: dict[str, Any] = {"limit": 1} if operation.item_model is not None and "limit" in operation.query else {}
    return args, kwargs


def success_body(operation: Operation) -> Any:
    if operation.item_model is not None:
        return {"hasMore": False, "data": [{"id": "obj_1", "newField": {"kept": True}}]}
    if operation.response_model is not None:
        return {"id": "obj_1", "newField": {"kept": True}}
    return None


def expected_path(operation: Operation) -> str:
    path = operation.path
    for name, value in zip(operation.path_parameters, path_values(operation), strict=True):
        path = path.replace("{" + name + "}", path_segment(name, value))
    return path


def _public_methods(resource: object) -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(type(resource))
        if not name.startswith("_") and callable(member) and not isinstance(member, property)
    }


@pytest.fixture
def sync_client(sleeps: list[float]) -> Iterator[DigitalRiver]:
    with DigitalRiver(api_key=API_KEY) as client:
        yield client


def test_every_operation_is_a_method_of_its_resource_and_nothing_else_is() -> None:
    async_client, sync_client = AsyncDigitalRiver(api_key=API_KEY), DigitalRiver(api_key=API_KEY)
    try:
        by_resource: dict[str, set[str]] = {}
        for operation in OPERATIONS.values():
            by_resource.setdefault(operation.resource, set()).add(operation.name)
        for client in (async_client, sync_client):
            for resource, names in by_resource.items():
                assert _public_methods(getattr(client, resource)) == names
                raw = getattr(client, resource).with_raw_response
                assert {name for name in vars(raw) if not name.startswith("_")} == names
        for resource, names in DESIGN_METHODS.items():
            assert names <= by_resource[resource], f"{resource} lost a method of DESIGN.md"
    finally:
        sync_client.close()


def test_the_naming_rule_gives_the_design_names() -> None:
    # operationId without the resource's noun: attachCustomerSource -> customers.attach_source.
    named = {(op.resource, op.name) for op in OPERATIONS.values()}
    for resource, names in DESIGN_METHODS.items():
        assert {(resource, name) for name in names} <= named
    for op in OPERATIONS.values():
        assert op.resource == next(
            o.operation["tags"][0] for o in operations() if o.operation["operationId"] == op.operation_id
        )


@pytest.mark.parametrize("op_id", OPERATION_IDS)
async def test_each_method_sends_its_request_and_parses_the_answer(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, op_id: str
) -> None:
    operation = OPERATIONS[op_id]
    body = success_body(operation)
    httpx_mock.add_response(status_code=operation.success_status, json=body)
    args, kwargs = call_arguments(operation)
    method = getattr(getattr(dr, operation.resource), operation.name)
    result = await method(*args, **kwargs)
    _check_request(httpx_mock, operation, args)
    _check_result(operation, result, body)


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_the_sync_client_has_the_same_methods_with_the_same_requests(
    sync_client: DigitalRiver, httpx_mock: HTTPXMock, op_id: str
) -> None:
    operation = OPERATIONS[op_id]
    body = success_body(operation)
    httpx_mock.add_response(status_code=operation.success_status, json=body)
    args, kwargs = call_arguments(operation)
    result = getattr(getattr(sync_client, operation.resource), operation.name)(*args, **kwargs)
    if operation.item_model is not None:
        result = result.first_page()
        assert isinstance(result, SyncPage)
    _check_request(httpx_mock, operation, args)
    _check_result(operation, result, body)


def _check_request(httpx_mock: HTTPXMock, operation: Operation, args: tuple[Any, ...]) -> None:
    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == operation.method
    assert request.url.raw_path.split(b"?")[0].decode() == expected_path(operation)
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Accept"] == "application/json"
    if operation.has_body:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == args[-1]
    else:
        assert request.content == b""
    if operation.item_model is not None:
        assert dict(request.url.params) == {"limit": "1"}


def _check_result(operation: Operation, result: Any, body: Any) -> None:
    if operation.item_model is not None:
        assert result.has_more is False
        assert [item.id for item in result] == ["obj_1"]
        assert isinstance(result.data[0], operation.item_model)
        assert result.data[0]["newField"] == {"kept": True}
    elif operation.response_model is None:
        assert result is None
    else:
        assert isinstance(result, operation.response_model)
        assert result.to_dict() == body


@pytest.mark.parametrize("op_id", OPERATION_IDS)
async def test_each_raw_twin_answers_the_response_beside_the_result(
    dr: AsyncDigitalRiver, sync_client: DigitalRiver, httpx_mock: HTTPXMock, op_id: str
) -> None:
    operation = OPERATIONS[op_id]
    args, kwargs = call_arguments(operation)
    for client in (dr, sync_client):
        httpx_mock.add_response(
            status_code=operation.success_status, json=success_body(operation), headers={"x-request-id": "r1"}
        )
        twin = getattr(getattr(client, operation.resource).with_raw_response, operation.name)
        raw = twin(*args, **kwargs)
        if inspect.isawaitable(raw):
            raw = await raw
        assert isinstance(raw, APIResponse)
        assert raw.status_code == operation.success_status
        assert raw.headers["x-request-id"] == "r1"
        if operation.item_model is not None:
            assert isinstance(raw.parse(), Page if client is dr else SyncPage)
        elif operation.response_model is None:
            assert raw.parse() is None
        else:
            assert isinstance(raw.parse(), operation.response_model)


def _described(text: str) -> str:
    """The start of a description as a docstring shows it (its first words, before any markup)."""
    return " ".join(text.replace("`", "").split()[:4])


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_each_method_carries_the_documents_words(op_id: str) -> None:
    operation = OPERATIONS[op_id]
    raw = next(o for o in operations() if o.operation["operationId"] == op_id)
    for resources in (AsyncResources, SyncResources):
        method = getattr(_resource_class(resources, operation.resource), operation.name)
        doc = " ".join(inspect.getdoc(method).replace("`", "").split())  # type: ignore[union-attr]
        assert _described(raw.operation["summary"]) in doc
        if raw.operation.get("description"):
            assert _described(raw.operation["description"]) in doc
        parameters = [resolve(p) for p in DOCUMENT["paths"][raw.path].get("parameters", [])]
        parameters += [resolve(p) for p in raw.operation.get("parameters", [])]
        names = {spec.name: python for python, spec in operation.query.items()}
        for parameter in parameters:
            python = names.get(parameter["name"], _snake(parameter["name"]))
            assert f"{python}: {_described(parameter.get('description', ''))}" in doc, parameter["name"]
        if operation.has_body:
            assert "body: " in doc


def _resource_class(resources: type, resource: str) -> type:
    """The generated class of a resource, as the client's attribute declares it."""
    made: type = typing.get_type_hints(inspect.getattr_static(resources, resource).func)["return"]
    return made


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_each_signature_follows_the_document(op_id: str) -> None:
    operation = OPERATIONS[op_id]
    method = getattr(_resource_class(AsyncResources, operation.resource), operation.name)
    parameters = inspect.signature(method).parameters
    positional = [p.name for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD][1:]
    keywords = {p.name for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    expected = [_snake(name) for name in operation.path_parameters] + (["body"] if operation.has_body else [])
    assert positional == expected
    options = {"extra_headers", "timeout", "max_retries"}
    options |= {"extra_body"} if operation.has_body else set()
    options |= {"safe_to_retry"} if not operation.idempotent else set()
    options |= {"prefetch"} if operation.item_model is not None else set()
    assert keywords == set(operation.query) | options


async def test_a_misspelt_option_fails_before_anything_is_sent(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'timout'"):
        await dr.customers.retrieve("cus_1", timout=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'safe_to_retyr'"):
        await dr.customers.create({"email": "j@example.com"}, safe_to_retyr=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'safe_to_retry'"):
        await dr.customers.retrieve("cus_1", safe_to_retry=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        dr.customers.list(colour="red")  # type: ignore[call-arg]
    with DigitalRiver(api_key=API_KEY) as sync_client, pytest.raises(TypeError, match="'timout'"):
        sync_client.customers.retrieve("cus_1", timout=3)  # type: ignore[call-arg]
    assert httpx_mock.get_requests() == []


async def test_extra_body_is_merged_into_the_json(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "cus_1"})
    await dr.customers.create({"email": "j@example.com"}, extra_body={"newField": [1, 2]})
    httpx_mock.add_response(status_code=201, json={"id": "cus_2"})
    await dr.customers.create(CustomerRequest(email="k@example.com"), extra_body={"email": "l@example.com"})
    sent = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert sent == [{"email": "j@example.com", "newField": [1, 2]}, {"email": "l@example.com"}]
    with pytest.raises(TypeError, match="extra_body must be a mapping"):
        await dr.customers.create({}, extra_body=["x"])  # type: ignore[arg-type]


async def test_a_body_can_be_the_generated_model(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "cus_1", "email": "j@example.com"})
    body = CustomerRequest(email="j@example.com")
    body["referral"] = "spring"  # unknown fields are sent as given
    customer = await dr.customers.create(body)
    assert isinstance(customer, Customer)
    assert json.loads(httpx_mock.get_request().content) == {"email": "j@example.com", "referral": "spring"}  # type: ignore[union-attr]


async def test_a_mapping_body_may_hold_models_and_timestamps(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "cus_1"})
    start = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    await dr.customers.create(
        {
            "shipping": {"address": Address(line1="1 Main St")},  # type: ignore[typeddict-item]
            "taxCertificate": TaxCertificate(start_date=start),  # type: ignore[typeddict-item]
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


def test_help_shows_the_documents_words(dr: AsyncDigitalRiver) -> None:
    import pydoc

    shown = " ".join(pydoc.render_doc(dr.invoices.list, renderer=pydoc.plaintext).split())
    operation = next(o.operation for o in operations() if o.operation["operationId"] == "listInvoices")
    assert _described(operation["summary"]) in shown
    for parameter in ("created_time: ", "upstream_ids: ", "state: ", "limit: "):
        assert parameter in shown
    assert "AsyncPaginator[Invoice]" in shown
