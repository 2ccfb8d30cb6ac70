"""`digitalriver.testing`: the fake API behaves like the real one, through the SDK, and fails on demand."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import pytest
import trio
from jsonschema import Draft202012Validator

from digitalriver import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncDigitalRiver,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from digitalriver.testing import FakeDigitalRiver, Fault, FaultPlan

from .document import DOCUMENT
from .fake_answers import problems, recording

KEY = "sk_test_fake"
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
ODD_ID = "a/b?c#d%e ü"
# The least a create of a checkout or an invoice needs, by the document.
ORDER: dict[str, Any] = {"currency": "USD", "items": [{"skuId": "sku-1", "price": 1, "quantity": 1}]}
INVOICE: dict[str, Any] = {"customerId": "c1", **ORDER}


@pytest.fixture(scope="module", autouse=True)
def every_answer_is_within_the_document() -> Iterator[None]:
    """Every answer the fake gives in this module, checked against the document once the module is done."""
    with recording() as exchanges:
        yield
    assert len(exchanges) > 100
    assert problems(exchanges) == []


@pytest.fixture
def fake() -> FakeDigitalRiver:
    return FakeDigitalRiver()


@pytest.fixture
async def api(fake: FakeDigitalRiver) -> AsyncIterator[AsyncDigitalRiver]:
    async with fake.http_client() as http:
        # No client-side rate limit: these tests look at the fake's answers, 429s included.
        yield AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=0, rate_limit=None)


@pytest.fixture
async def raw(fake: FakeDigitalRiver) -> AsyncIterator[httpx.AsyncClient]:
    """Plain HTTP to the fake, for what the SDK would refuse to send."""
    async with fake.http_client(headers={"Authorization": f"Bearer {KEY}"}) as http:
        yield http


# --- CRUD -----------------------------------------------------------------------------------------


async def test_customer_lifecycle(api: AsyncDigitalRiver, raw: httpx.AsyncClient) -> None:
    body = {"id": ODD_ID, "email": "a@example.com", "metadata": {"a": 1}}
    created = await api.customers.with_raw_response.create(body)
    assert created.status_code == 201
    customer = created.parse()
    assert customer.id == ODD_ID and customer.live_mode is False and customer.enabled is True

    updated = await api.customers.update(ODD_ID, {"locale": "de_DE", "metadata": {"b": 2}})
    assert (updated.email, updated.locale) == ("a@example.com", "de_DE")
    assert updated.metadata.additional_properties == {"a": 1, "b": 2}
    assert updated.updated_time >= updated.created_time
    assert (await api.customers.retrieve(ODD_ID)).locale == "de_DE"

    body = (await raw.get(f"/customers/{quote(ODD_ID, safe='')}")).json()  # each segment percent-encoded
    assert TIME.match(body["createdTime"]) and TIME.match(body["updatedTime"])
    assert body["liveMode"] is False

    cleared = await api.customers.update(ODD_ID, {"metadata": {"a": None}})  # null removes a metadata key
    assert cleared.metadata.additional_properties == {"b": 2} and cleared.locale == "de_DE"
    for body in ({"locale": None}, {"email": None, "metadata": None}):  # no field of the document is nullable
        with pytest.raises(BadRequestError) as null:
            await api.customers.update(ODD_ID, body)
        assert null.value.errors[0].parameter in body
    assert (await api.customers.retrieve(ODD_ID)).locale == "de_DE"

    deleted = await api.customers.with_raw_response.delete(ODD_ID)
    assert (deleted.status_code, deleted.http_response.content) == (204, b"")
    with pytest.raises(NotFoundError) as missing:
        await api.customers.retrieve(ODD_ID)
    assert missing.value.type == "not_found"
    assert (missing.value.code, missing.value.errors[0].parameter) == ("not_found", "id")


async def test_a_generated_id_and_a_taken_id(api: AsyncDigitalRiver) -> None:
    first, second = await api.customers.create({}), await api.customers.create({})
    assert first.id and second.id and first.id != second.id
    with pytest.raises(ConflictError) as taken:
        await api.customers.create({"id": first.id})
    assert (taken.value.status_code, taken.value.type, taken.value.code) == (409, "conflict", "already_exists")


async def test_checkout_lifecycle_and_totals(api: AsyncDigitalRiver) -> None:
    items = [{"skuId": "a", "price": 9.99, "quantity": 3}, {"skuId": "b", "price": 5, "quantity": 1}]
    created = await api.checkouts.with_raw_response.create({"currency": "USD", "items": items, "metadata": {"x": 1}})
    assert created.status_code == 201
    checkout = created.parse()
    assert (checkout.subtotal, checkout.total_tax, checkout.total_amount) == (34.97, 0, 34.97)
    assert [item.amount for item in checkout.items] == [29.97, 5]

    updated = await api.checkouts.update(checkout.id, {"email": "b@example.com", "metadata": {"y": 2}})
    assert (updated.email, updated.currency, updated.total_amount) == ("b@example.com", "USD", 34.97)
    assert updated.metadata.additional_properties == {"x": 1, "y": 2}
    await api.checkouts.delete(checkout.id)
    with pytest.raises(NotFoundError):
        await api.checkouts.delete(checkout.id)


async def test_invoice_lifecycle_and_states(api: AsyncDigitalRiver) -> None:
    invoice = await api.invoices.create({**INVOICE, "items": [{"skuId": "a", "price": 2, "quantity": 3}]})
    assert (invoice.state, invoice.total_amount) == ("draft", 6)
    updated = await api.invoices.update(invoice.id, {"metadata": {"k": "v"}})
    assert updated.metadata.additional_properties == {"k": "v"}

    opened = await api.invoices.open(invoice.id)
    assert opened.state == "open" and opened.state_transitions.open_ is not None
    with pytest.raises(ConflictError) as twice:
        await api.invoices.open(invoice.id)
    assert twice.value.code == "invalid_state"

    voided = await api.invoices.void(invoice.id)
    assert voided.state == "void" and voided.state_transitions.void is not None
    with pytest.raises(ConflictError):
        await api.invoices.void(invoice.id)

    born_open = await api.invoices.create({**INVOICE, "state": "open"})
    with pytest.raises(ConflictError):
        await api.invoices.open(born_open.id)
    with pytest.raises(BadRequestError) as bad:
        await api.invoices.create({**INVOICE, "state": "void"})
    assert bad.value.errors[0].parameter == "state"
    await api.invoices.delete(born_open.id)
    with pytest.raises(NotFoundError):
        await api.invoices.void(born_open.id)


# --- sources and tax identifiers ----------------------------------------------------------------


async def test_customer_sources_and_tax_identifiers(api: AsyncDigitalRiver) -> None:
    customer = await api.customers.create({"shipping": {"address": {"country": "GB"}}})
    source = await api.customers.with_raw_response.attach_source(customer.id, "src_1")
    assert source.status_code == 200
    assert (source.parse().type_, source.parse().state, source.parse().customer_id) == (
        "creditCard",
        "chargeable",
        customer.id,
    )
    again = await api.customers.attach_source(customer.id, "src_1")
    assert again.created_time == source.parse().created_time
    assert [s.id for s in (await api.customers.retrieve(customer.id)).sources] == ["src_1"]

    await api.customers.detach_source(customer.id, "src_1")
    assert (await api.customers.retrieve(customer.id)).sources == []
    with pytest.raises(NotFoundError) as missing:
        await api.customers.detach_source(customer.id, "src_1")
    assert missing.value.errors[0].parameter == "sourceId"

    tax = await api.customers.attach_tax_identifier(customer.id, "tax_1")
    assert (tax.id, tax.state, tax.type_, tax.customer_id) == ("tax_1", "pending", "uk", customer.id)
    assert [t.id for t in (await api.customers.retrieve(customer.id)).tax_identifiers] == ["tax_1"]
    with pytest.raises(NotFoundError):
        await api.customers.attach_tax_identifier("nobody", "tax_1")


@pytest.mark.parametrize("resource", ["checkouts", "invoices"])
async def test_order_sources_live_in_payment(api: AsyncDigitalRiver, resource: str) -> None:
    orders = getattr(api, resource)
    order = await orders.create({**INVOICE, "sourceId": "src_0"})
    source = await orders.attach_source(order.id, "src_1")
    assert (source.id, source.customer_id) == ("src_1", "c1")
    assert [s.id for s in (await orders.retrieve(order.id)).payment.sources] == ["src_0", "src_1"]
    await orders.detach_source(order.id, "src_0")
    assert [s.id for s in (await orders.retrieve(order.id)).payment.sources] == ["src_1"]
    with pytest.raises(NotFoundError):
        await orders.detach_source(order.id, "src_0")
    with pytest.raises(NotFoundError):
        await orders.attach_source("nothing", "src_0")


# --- refusals -------------------------------------------------------------------------------------


async def test_bad_bodies_and_parameters_answer_400(api: AsyncDigitalRiver, raw: httpx.AsyncClient) -> None:
    for content in (b"[1, 2]", b"{not json", b"", b'{"metadata": NaN}'):
        answer = await raw.post("/customers", content=content)
        assert answer.status_code == 400 and answer.json()["type"] == "bad_request", content
    assert (await raw.post("/customers", json={"metadata": "no"})).json()["errors"][0]["parameter"] == "metadata"
    assert (await raw.post("/checkouts", json={"items": [{"price": "1"}]})).status_code == 400
    for query in ("limit=0", "limit=101", "limit=ten", "limit=", "requestToBeForgotten=maybe", "startingAfter=nope"):
        answer = await raw.get(f"/customers?{query}")
        assert answer.status_code == 400, query
        assert answer.json()["errors"][0]["parameter"] == query.split("=")[0]
    assert (await raw.get("/customers?limit=100&whatever=1")).status_code == 200
    with pytest.raises(BadRequestError):
        await api.invoices.list(ending_before="nope")


async def test_unknown_paths_wrong_methods_and_missing_keys(fake: FakeDigitalRiver, raw: httpx.AsyncClient) -> None:
    answer = await raw.get("/orders")
    assert (answer.status_code, answer.json()["type"]) == (404, "not_found")
    answer = await raw.put("/customers")
    assert (answer.status_code, answer.json()["type"]) == (405, "method_not_allowed")
    assert answer.headers["allow"] == "GET, POST"
    async with fake.http_client() as anonymous:
        for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer "}):
            answer = await anonymous.get("/customers", headers=headers)
            assert (answer.status_code, answer.json()["type"]) == (401, "unauthorized")


# --- lists ----------------------------------------------------------------------------------------


async def test_pages_forward_and_backward(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    newest_first = [c["id"] for c in reversed(fake.seed(customers=25)["customers"])]  # many share a millisecond

    first = await api.customers.list()
    assert [c.id for c in first.data] == newest_first[:10] and first.has_more
    second = await api.customers.list(limit=10, starting_after=newest_first[9])
    assert [c.id for c in second.data] == newest_first[10:20] and second.has_more
    last = await api.customers.list(limit=10, starting_after=newest_first[19])
    assert [c.id for c in last.data] == newest_first[20:] and not last.has_more
    assert [c.id async for c in api.customers.list(limit=10)] == newest_first

    before = await api.customers.list(limit=10, ending_before=newest_first[20])
    assert [c.id for c in before.data] == newest_first[10:20] and before.has_more
    start = await api.customers.list(limit=10, ending_before=newest_first[5])
    assert [c.id for c in start.data] == newest_first[:5] and not start.has_more
    backward = [c.id async for c in api.customers.list(limit=10, ending_before=newest_first[-1])]
    assert backward == newest_first[-2::-1]


@pytest.mark.parametrize("resource", ["checkouts", "invoices"])
async def test_every_list_pages_newest_first(fake: FakeDigitalRiver, api: AsyncDigitalRiver, resource: str) -> None:
    newest_first = [o["id"] for o in reversed(fake.seed(**{resource: 25})[resource])]
    assert [o.id async for o in getattr(api, resource).list(limit=10)] == newest_first


async def test_every_filter(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    seeded = fake.seed(customers=4, checkouts=24, invoices=24)
    customer_ids = [c["id"] for c in seeded["customers"]]
    await api.customers.update(customer_ids[1], {"requestToBeForgotten": True})
    for invoice in seeded["invoices"][:5]:
        await api.invoices.open(invoice["id"])
    checkout_ids = [c["id"] for c in seeded["checkouts"]]
    invoice_ids = [i["id"] for i in seeded["invoices"]]
    upstream_ids = {"checkout-1", "checkout-2"}

    def sku(value: str) -> Callable[[dict[str, Any]], bool]:
        return lambda o: any(item.get("skuId") == value for item in o["items"])

    def subscription(value: str) -> Callable[[dict[str, Any]], bool]:
        return lambda o: any(item["subscriptionInfo"]["subscriptionId"] == value for item in o["items"])

    def field(name: str, value: Any) -> Callable[[dict[str, Any]], bool]:
        return lambda o: o.get(name) == value

    cases: list[tuple[str, dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
        ("customers", {"email": "customer2@example.com"}, field("email", "customer2@example.com")),
        ("customers", {"ids": customer_ids[:2]}, lambda o: o["id"] in customer_ids[:2]),
        ("customers", {"request_to_be_forgotten": True}, field("requestToBeForgotten", True)),
        ("customers", {"request_to_be_forgotten": False}, field("requestToBeForgotten", False)),
        ("checkouts", {"ids": [checkout_ids[0], checkout_ids[5]]}, lambda o: o["id"] in checkout_ids[::5][:2]),
        ("checkouts", {"upstream_ids": ["checkout-1", "checkout-2"]}, lambda o: o["upstreamId"] in upstream_ids),
        ("checkouts", {"customer_id": customer_ids[1]}, field("customerId", customer_ids[1])),
        ("checkouts", {"application_id": "app-1"}, field("applicationId", "app-1")),
        ("checkouts", {"email": "customer3@example.com"}, field("email", "customer3@example.com")),
        ("checkouts", {"currency": "EUR"}, field("currency", "EUR")),
        ("checkouts", {"locale": "de_DE"}, field("locale", "de_DE")),
        ("checkouts", {"charge_type": "moto"}, field("chargeType", "moto")),
        ("checkouts", {"customer_type": "business"}, field("customerType", "business")),
        ("checkouts", {"subscription_id": "sub-2"}, subscription("sub-2")),
        ("checkouts", {"browser_ip": "192.0.2.7"}, field("browserIp", "192.0.2.7")),
        ("invoices", {"ids": [invoice_ids[3]]}, field("id", invoice_ids[3])),
        ("invoices", {"upstream_ids": ["invoice-4"]}, field("upstreamId", "invoice-4")),
        ("invoices", {"customer_id": customer_ids[0]}, field("customerId", customer_ids[0])),
        ("invoices", {"application_id": "app-0"}, field("applicationId", "app-0")),
        ("invoices", {"currency": "GBP"}, field("currency", "GBP")),
        ("invoices", {"state": "open"}, field("state", "open")),
        ("invoices", {"sku_id": "sku-3"}, sku("sku-3")),
    ]
    for resource, filters, wanted in cases:
        everything = getattr(fake.store, resource).newest_first()
        expected = [o["id"] for o in everything if wanted(o)]
        assert 0 < len(expected) < len(everything), (resource, filters)
        assert [o.id async for o in getattr(api, resource).list(limit=5, **filters)] == expected, (resource, filters)


# --- rate limit and faults ------------------------------------------------------------------------


async def test_rate_limit_per_key_answers_429_with_retry_after(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    fake.config.rate_limit = 2
    await api.customers.list()
    await api.customers.list()
    with pytest.raises(RateLimitError) as limited:
        await api.customers.list()
    assert limited.value.type == "too_many_requests"
    assert limited.value.retry_after == 1 and limited.value.response.headers["Retry-After"] == "1"
    async with fake.http_client() as http:
        other_key = AsyncDigitalRiver(api_key="sk_test_other", http_client=http, max_retries=0)
        await other_key.customers.list()
    fake.config.rate_limit = None
    await api.customers.list()


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_error_faults(fake: FakeDigitalRiver, api: AsyncDigitalRiver, status: int) -> None:
    fake.config.faults.script.append(Fault("error", status=status))
    with pytest.raises(InternalServerError) as failed:
        await api.customers.list()
    kinds = {500: "internal_server_error", 502: "bad_gateway", 503: "service_unavailable", 504: "gateway_timeout"}
    assert (failed.value.status_code, failed.value.type) == (status, kinds[status])
    assert failed.value.errors
    assert (await api.customers.list()).data == []  # the script is spent


async def test_429_and_html_faults(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    fake.config.faults.script += [Fault("error", status=429, retry_after=3), Fault("html", status=502)]
    with pytest.raises(RateLimitError) as limited:
        await api.customers.list()
    assert (limited.value.retry_after, limited.value.type) == (3, "too_many_requests")
    with pytest.raises(InternalServerError) as proxy:
        await api.customers.list()
    assert proxy.value.status_code == 502 and proxy.value.type is None
    assert proxy.value.response.headers["content-type"] == "text/html" and "<html>" in proxy.value.response.text


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault("drop", when="before"), APIConnectionError),
        (Fault("drop", when="after"), APIConnectionError),
        (Fault("error", status=500, when="before"), InternalServerError),
        (Fault("error", status=500, when="after"), InternalServerError),
        (Fault("truncate", when="after"), APIResponseValidationError),
    ],
)
async def test_a_fault_before_processing_stores_nothing_and_after_stores_once(
    fake: FakeDigitalRiver, fault: Fault, error: type[Exception]
) -> None:
    fake.config.faults.script.append(fault)
    async with fake.http_client() as http:  # retries on: the SDK must still not send a create twice
        api = AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=2)
        with pytest.raises(error):
            await api.customers.create({"email": "once@example.com"})
    created = 1 if fault.when == "after" else 0
    assert fake.counters.routes[("POST", "/customers")] == 1 and fake.counters.requests == 1
    assert fake.counters.creates["customers"] == created == len(fake.store.customers.objects)
    assert fake.counters.faults[fault.kind] == 1


async def test_a_dropped_connection_is_an_httpx_transport_error(fake: FakeDigitalRiver, raw: httpx.AsyncClient) -> None:
    fake.config.faults.script.append(Fault("drop"))
    with pytest.raises(httpx.RemoteProtocolError):
        await raw.get("/customers")
    assert (await raw.get("/customers")).status_code == 200


async def test_latency_before_and_after_processing(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    for when, stored_while_waiting in (("before", 0), ("after", 1)):
        fake.store.customers.objects.clear()
        fake.config.faults.script.append(Fault("latency", when=when, delay=0.15))
        started = time.monotonic()
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(api.customers.create, {})
            await anyio.sleep(0.05)
            assert len(fake.store.customers.objects) == stored_while_waiting, when
        assert time.monotonic() - started >= 0.15
        assert len(fake.store.customers.objects) == 1


async def test_scripted_faults_wait_for_the_requests_they_name(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    invoice = await api.invoices.create(INVOICE)
    fake.config.faults.script += [
        Fault("error", status=503, method="POST", path="/invoices/*/open"),
        Fault("error", status=504, path="/customers"),
    ]
    await api.invoices.retrieve(invoice.id)
    await api.customers.list()  # not yet: the script's head waits for its open
    with pytest.raises(InternalServerError) as first:
        await api.invoices.open(invoice.id)
    assert first.value.status_code == 503 and (await api.invoices.retrieve(invoice.id)).state == "draft"
    with pytest.raises(InternalServerError) as second:
        await api.customers.list()
    assert second.value.status_code == 504 and fake.config.faults.script == []


async def test_random_faults_are_repeatable_with_a_seed() -> None:
    async def statuses(seed: int) -> list[int]:
        kinds = [Fault("error", status=500), Fault("error", status=503)]
        fake = FakeDigitalRiver(faults=FaultPlan(probability=0.3, kinds=kinds, seed=seed))
        seen = []
        async with fake.http_client(headers={"Authorization": f"Bearer {KEY}"}) as http:
            for _ in range(40):
                seen.append((await http.get("/customers")).status_code)
        return seen

    first = await statuses(7)
    assert first == await statuses(7)
    assert {200, 500, 503} == set(first)
    assert first != await statuses(8)


def test_faults_are_checked() -> None:
    with pytest.raises(ValueError, match="after"):
        Fault("truncate")
    with pytest.raises(ValueError):
        Fault("error", status=418)
    with pytest.raises(ValueError):
        FaultPlan(probability=2)
    with pytest.raises(ValueError, match="429 before the back end"):
        Fault("error", status=429, when="after")


async def test_counters(fake: FakeDigitalRiver, api: AsyncDigitalRiver, raw: httpx.AsyncClient) -> None:
    customer = await api.customers.create({})
    await api.customers.retrieve(customer.id)
    await api.customers.retrieve(customer.id)
    await raw.get("/nowhere")
    assert fake.counters.requests == 4
    assert fake.counters.routes == {
        ("POST", "/customers"): 1,
        ("GET", "/customers/{id}"): 2,
        ("GET", "/nowhere"): 1,
    }
    assert fake.counters.creates == {"customers": 1}
    fake.seed(customers=3)
    assert fake.counters.creates == {"customers": 1}  # seeding is not an API call
    fake.counters.reset()
    assert fake.counters.requests == 0 and not fake.counters.routes


def test_the_fake_runs_under_trio() -> None:
    fake = FakeDigitalRiver()
    fake.config.faults.script.append(Fault("latency", delay=0.01))

    async def main() -> list[str]:
        async with fake.http_client() as http:
            api = AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=0)
            created = await api.customers.create({"id": "trio"})
            return [c.id async for c in api.customers.list()] + [created.id]

    assert trio.run(main) == ["trio", "trio"]


# --- the document's schemas -----------------------------------------------------------------------


async def test_answers_match_the_document_schemas(fake: FakeDigitalRiver, raw: httpx.AsyncClient) -> None:
    fake.seed(customers=2, checkouts=2, invoices=2)
    customer = (await raw.post("/customers", json={"email": "s@example.com", "type": "business"})).json()
    checkout = (await raw.post("/checkouts", json={**ORDER, "customerId": customer["id"]})).json()
    invoice = (await raw.post("/invoices", json={**INVOICE, "customerId": customer["id"], "state": "open"})).json()
    samples = {
        "Customer": customer,
        "Checkout": checkout,
        "Invoice": (await raw.post(f"/invoices/{invoice['id']}/void")).json(),
        "Source": (await raw.post(f"/checkouts/{checkout['id']}/sources/src_1")).json(),
        "TaxIdentifier": (await raw.post(f"/customers/{customer['id']}/tax-identifiers/t1")).json(),
        "ListCustomersResponse": (await raw.get("/customers")).json(),
        "ListCheckoutsResponse": (await raw.get("/checkouts")).json(),
        "ListInvoicesResponse": (await raw.get("/invoices?limit=1")).json(),
        "Errors": (await raw.get("/customers/nobody")).json(),
    }
    samples["Customer"] = (await raw.get(f"/customers/{customer['id']}")).json()  # now with a tax identifier
    for name, value in samples.items():
        validator = Draft202012Validator(
            {**DOCUMENT, "$ref": f"#/components/schemas/{name}"}, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        assert [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)] == [], name
    assert samples["ListInvoicesResponse"]["hasMore"] is True


# --- on a real socket -----------------------------------------------------------------------------


async def test_served_by_uvicorn_on_loopback(fake: FakeDigitalRiver) -> None:
    with fake.serve_in_thread() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with (
            httpx.AsyncClient(trust_env=False) as http,
            AsyncDigitalRiver(api_key=KEY, base_url=base_url, http_client=http, max_retries=0) as api,
        ):
            created = await api.customers.create({"id": ODD_ID})
            assert (await api.customers.retrieve(ODD_ID)).id == created.id
            fake.config.faults.script += [Fault("drop"), Fault("truncate", when="after")]
            with pytest.raises(APIConnectionError):
                await api.customers.retrieve(ODD_ID)
            with pytest.raises(APIResponseValidationError):
                await api.customers.retrieve(ODD_ID)
    assert fake.counters.routes[("GET", "/customers/{id}")] == 3


def test_only_loopback_is_served(fake: FakeDigitalRiver) -> None:
    with pytest.raises(ValueError, match="loopback"), fake.serve_in_thread(host="0.0.0.0"):
        pass


def test_the_command_line_serves_seeded_objects() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "digitalriver.testing", "--port", str(port), "--seed-customers", "3"]
    server = subprocess.Popen([*command, "--rate-limit", "50"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False) as http:
            deadline = time.monotonic() + 15
            while True:
                try:
                    answer = http.get("/customers", headers={"Authorization": f"Bearer {KEY}"})
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline and server.poll() is None, "the fake did not start"
                    time.sleep(0.05)
        assert answer.status_code == 200 and len(answer.json()["data"]) == 3
    finally:
        server.terminate()
        server.wait(10)


def test_the_served_socket_is_tcp_so_answers_are_not_held_by_nagle() -> None:
    """asyncio sets TCP_NODELAY only on sockets whose protocol says TCP (accepted ones inherit it);
    with Nagle on, each answer after the first on a kept-alive connection waited about 40 ms."""
    from digitalriver.testing._server import loopback_socket

    with loopback_socket() as sock:
        assert sock.proto == socket.IPPROTO_TCP
