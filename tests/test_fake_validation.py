"""The fake refuses what the document forbids, as the API does: 400 with the `Errors` body, before
anything is stored; it never answers 500, never writes NaN or Infinity, and what it keeps never
breaks a later answer. Its range and array filters slice lists as an exporter needs them sliced.

Every answer of this module is checked against the document at its end (`fake_answers`).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from jsonschema import Draft202012Validator

from digitalriver import AsyncDigitalRiver
from digitalriver.testing import FakeDigitalRiver

from .document import DOCUMENT
from .fake_answers import problems, recording

KEY = "sk_test_fake"
ORDER: dict[str, Any] = {"currency": "USD", "items": [{"skuId": "sku-1", "price": 1, "quantity": 1}]}
INVOICE: dict[str, Any] = {"customerId": "c1", **ORDER}
CERTIFICATE = {"companyName": "Acme", "taxAuthority": "MN", "fileId": "file_1"}
ERRORS = Draft202012Validator({**DOCUMENT, "$ref": "#/components/schemas/Errors"})


@pytest.fixture(scope="module", autouse=True)
def every_answer_is_within_the_document() -> Iterator[None]:
    with recording() as exchanges:
        yield
    assert len(exchanges) > 50
    assert problems(exchanges) == []


@pytest.fixture
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "c1", "email": "c1@example.com"})
    fake.store.create_checkout({**ORDER, "customerId": "c1"})
    fake.store.create_invoice(INVOICE)
    return fake


@pytest.fixture
async def raw(fake: FakeDigitalRiver) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.http_client(headers={"Authorization": f"Bearer {KEY}"}) as http:
        yield http


@pytest.fixture
async def api(fake: FakeDigitalRiver) -> AsyncIterator[AsyncDigitalRiver]:
    async with fake.http_client() as http:
        yield AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=0, rate_limit=None)


def snapshot(fake: FakeDigitalRiver) -> str:
    return json.dumps([fake.store.customers.objects, fake.store.checkouts.objects, fake.store.invoices.objects])


def deep(levels: int) -> bytes:
    return b'{"metadata": {"a": ' + b"[" * levels + b"]" * levels + b"}}"


# What the fake once stored and sent back, or answered with a 500: each is a 400
# naming the parameter (None: the body as a whole), with the code the API uses.
REFUSED: list[tuple[str, str, str, Any, str, str | None]] = [
    # (id, method, path, json body, or bytes, or a query string for GET, code, parameter)
    ("wrong-type", "POST", "/customers", {"email": 5}, "invalid_parameter", "email"),
    ("null", "POST", "/customers", {"email": None}, "invalid_parameter", "email"),
    ("null-nested", "POST", "/customers", {"shipping": {"address": None}}, "invalid_parameter", "shipping.address"),
    ("unknown-enum", "POST", "/customers", {"type": "reseller"}, "invalid_parameter", "type"),
    (
        "not-a-date",
        "POST",
        "/customers",
        {"taxCertificate": {**CERTIFICATE, "startDate": "tomorrow", "endDate": "2030-01-01T00:00:00Z"}},
        "invalid_parameter",
        "taxCertificate.startDate",
    ),
    (
        "leap-second",
        "POST",
        "/customers/c1",
        {"taxCertificate": {**CERTIFICATE, "startDate": "2016-12-31T23:59:60Z", "endDate": "2030-01-01T00:00:00Z"}},
        "invalid_parameter",
        "taxCertificate.startDate",
    ),
    ("missing", "POST", "/invoices", {"customerId": "c1", "items": []}, "missing_parameter", "currency"),
    ("item-type", "POST", "/checkouts", {**ORDER, "items": [{"price": "1"}]}, "invalid_parameter", "items[0].price"),
    ("upstream-id", "POST", "/checkouts", {**ORDER, "upstreamId": ["x"]}, "invalid_parameter", "upstreamId"),
    ("tax-certificates", "POST", "/customers", {"taxCertificate": "x"}, "invalid_parameter", "taxCertificate"),
    ("update-type", "POST", "/customers/c1", {"enabled": "yes"}, "invalid_parameter", "enabled"),
    ("metadata", "POST", "/invoices/x", {"metadata": []}, "invalid_parameter", "metadata"),
    ("not-an-object", "POST", "/customers", [1, 2], "invalid_parameter", None),
    # Bodies no JSON store can keep and send back.
    ("1e400", "POST", "/checkouts", b'{"currency": "USD", "items": [{"price": 1e400}]}', "invalid_request", None),
    ("-1e400", "POST", "/customers", b'{"metadata": {"a": -1e400}}', "invalid_request", None),
    ("nan", "POST", "/customers", b'{"metadata": {"a": NaN}}', "invalid_request", None),
    ("lone-surrogate", "POST", "/customers", b'{"email": "\\ud800"}', "invalid_request", None),
    ("lone-low-surrogate-key", "POST", "/customers", b'{"metadata": {"\\udc00": 1}}', "invalid_request", None),
    ("surrogate-bytes", "POST", "/customers", b'{"email": "\xed\xa0\x80"}', "invalid_request", None),
    ("deep", "POST", "/customers", deep(100_000), "invalid_request", None),
    ("deep-66", "POST", "/customers", deep(64), "invalid_request", None),
    ("digits", "POST", "/customers", b'{"metadata": {"a": 1' + b"0" * 5000 + b"}}", "invalid_request", None),
    ("empty", "POST", "/customers", b"", "invalid_request", None),
    # Amounts the fake works out must be numbers JSON can carry.
    (
        "float-times-huge",
        "POST",
        "/checkouts",
        b'{"currency": "USD", "items": [{"price": 9.99, "quantity": 1' + b"0" * 400 + b"}]}",
        "invalid_parameter",
        "items[0]",
    ),
    (
        "overflow",
        "POST",
        "/invoices",
        {**INVOICE, "items": [{"price": 1e308, "quantity": 10}]},
        "invalid_parameter",
        "items[0]",
    ),
    (
        "sum-overflow",
        "POST",
        "/checkouts",
        {**ORDER, "items": [{"aggregatePrice": 1e308}] * 2},
        "invalid_parameter",
        "items",
    ),
    # A field the request leaves open, which the object types: checked before the object is kept.
    (
        "shipping-choice-tax",
        "POST",
        "/checkouts",
        {**ORDER, "shippingChoice": {"taxAmount": "x"}},
        "invalid_parameter",
        "shippingChoice.taxAmount",
    ),
    ("item-id", "POST", "/checkouts", {**ORDER, "items": [{"id": 5, "price": 1}]}, "invalid_parameter", "items[0].id"),
    # Query strings.
    ("enum-filter", "GET", "/checkouts", "customerType=AAA", "invalid_parameter", "customerType"),
    ("state-filter", "GET", "/invoices", "state=late", "invalid_parameter", "state"),
    ("bool-filter", "GET", "/customers", "requestToBeForgotten=yes", "invalid_parameter", "requestToBeForgotten"),
    ("limit", "GET", "/customers", "limit=1.5", "invalid_parameter", "limit"),
    ("range-date", "GET", "/invoices", "createdTime[gte]=yesterday", "invalid_parameter", "createdTime[gte]"),
    ("range-naive", "GET", "/customers", "updatedTime[lt]=2020-01-01T00:00:00", "invalid_parameter", "updatedTime[lt]"),
    (
        "range-key",
        "GET",
        "/invoices",
        "createdTime[after]=2020-01-01T00:00:00Z",
        "invalid_parameter",
        "createdTime[after]",
    ),
    ("range-bare", "GET", "/checkouts", "createdTime=2020-01-01T00:00:00Z", "invalid_parameter", "createdTime"),
    ("range-nested", "GET", "/checkouts", "totalAmount[gt][x]=1", "invalid_parameter", "totalAmount[gt][x]"),
    ("amount", "GET", "/checkouts", "totalAmount[gt]=ten", "invalid_parameter", "totalAmount[gt]"),
    ("amount-nan", "GET", "/invoices", "price[lt]=NaN", "invalid_parameter", "price[lt]"),
    ("count", "GET", "/invoices", "attemptCount[gt]=1.5", "invalid_parameter", "attemptCount[gt]"),
]


@pytest.mark.parametrize(
    ("method", "path", "given", "code", "parameter"), [case[1:] for case in REFUSED], ids=[case[0] for case in REFUSED]
)
async def test_what_the_document_forbids_is_refused_before_anything_is_stored(
    fake: FakeDigitalRiver, raw: httpx.AsyncClient, method: str, path: str, given: Any, code: str, parameter: str | None
) -> None:
    before = snapshot(fake)
    if method == "GET":
        answer = await raw.get(f"{path}?{given}")
    else:
        content = given if isinstance(given, bytes) else json.dumps(given).encode()
        answer = await raw.request(method, path, content=content, headers={"content-type": "application/json"})
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert list(ERRORS.iter_errors(body)) == []
    assert body["type"] == "bad_request" and len(body["errors"]) == 1
    error = body["errors"][0]
    assert (error["code"], error.get("parameter")) == (code, parameter), error
    assert error["message"] and len(error["message"]) < 400
    assert snapshot(fake) == before
    assert fake.counters.creates == {}


async def test_a_refused_create_leaves_no_trace(fake: FakeDigitalRiver, raw: httpx.AsyncClient) -> None:
    """A lone surrogate once stored the customer, answered 500, and made every later read a 500
    and a retried create a 409."""
    refused = await raw.post("/customers", content=b'{"id": "cus_s", "email": "\\ud800"}')
    assert refused.status_code == 400
    assert (await raw.get("/customers/cus_s")).status_code == 404
    assert (await raw.get("/customers")).status_code == 200
    retried = await raw.post("/customers", json={"id": "cus_s", "email": "s@example.com"})
    assert retried.status_code == 201
    assert (await raw.get("/customers/cus_s")).json()["email"] == "s@example.com"
    paired = await raw.post("/customers", content=b'{"email": "\\ud83d\\ude00"}')  # a pair is a character
    assert paired.status_code == 201 and paired.json()["email"] == "\U0001f600"


async def test_a_refused_update_changes_nothing(fake: FakeDigitalRiver, raw: httpx.AsyncClient) -> None:
    before = (await raw.get("/customers/c1")).json()
    body = {"email": "new@example.com", "taxCertificate": {**CERTIFICATE, "startDate": "x", "endDate": "y"}}
    assert (await raw.post("/customers/c1", json=body)).status_code == 400
    body = {"email": "new@example.com", "shipping": {"address": {"country": "US", "line1": 1}}}
    assert (await raw.post("/customers/c1", json=body)).status_code == 400
    assert (await raw.get("/customers/c1")).json() == before


async def test_fields_the_api_sets_are_not_taken(raw: httpx.AsyncClient) -> None:
    body = {"taxCertificates": "x", "sources": "y", "taxIdentifiers": 1, "createdTime": "then", "liveMode": True}
    created = await raw.post("/customers", json={**body, "id": "cus_ro", "invoices": {"a": 1}})
    assert created.status_code == 201
    customer = created.json()
    assert (customer["sources"], customer["taxIdentifiers"], customer["liveMode"]) == ([], [], False)
    assert "taxCertificates" not in customer and "invoices" not in customer and customer["createdTime"] != "then"
    certificate = {**CERTIFICATE, "startDate": "2024-01-01T00:00:00Z", "endDate": "2025-01-01T00:00:00+02:00"}
    updated = await raw.post("/customers/cus_ro", json={"taxCertificate": certificate, "taxCertificates": 5})
    assert updated.status_code == 200 and updated.json()["taxCertificates"] == [certificate]
    invoice = (await raw.post("/invoices", json={**INVOICE, "attemptCount": "many", "stateTransitions": 1})).json()
    assert (invoice["attemptCount"], invoice["stateTransitions"]) == (0, {})
    # An invoice's update takes only metadata, as its schema says.
    changed = (await raw.post(f"/invoices/{invoice['id']}", json={"currency": 5, "metadata": {"k": "v"}})).json()
    assert (changed["currency"], changed["metadata"]) == ("USD", {"k": "v"})


async def test_a_customer_with_an_unknown_payment_field_still_takes_a_source(raw: httpx.AsyncClient) -> None:
    """A customer's sources are at its top: its own `payment` field, which no schema declares, is its own."""
    assert (await raw.post("/customers", json={"id": "cus_p", "payment": "x"})).status_code == 201
    attached = await raw.post("/customers/cus_p/sources/src_1")
    assert attached.status_code == 200 and attached.json()["id"] == "src_1"
    customer = (await raw.get("/customers/cus_p")).json()
    assert ([s["id"] for s in customer["sources"]], customer["payment"]) == (["src_1"], "x")
    assert (await raw.delete("/customers/cus_p/sources/src_1")).status_code == 204


async def test_unknown_fields_and_the_largest_numbers_json_holds_are_kept(raw: httpx.AsyncClient) -> None:
    body = {"id": "cus_big", "metadata": {"big": 10**30, "small": 5e-324, "max": 1.7976931348623157e308}, "tier": [1]}
    created = (await raw.post("/customers", json=body)).json()
    assert (created["metadata"], created["tier"]) == (body["metadata"], [1])
    huge = b'{"currency": "USD", "items": [{"price": 3, "quantity": 1' + b"0" * 30 + b"}]}"
    checkout = (await raw.post("/checkouts", content=huge)).json()  # an int times an int stays exact
    assert checkout["totalAmount"] == 3 * 10**30 and checkout["items"][0]["quantity"] == 10**30
    assert (await raw.get("/checkouts?totalAmount[gt]=1e30")).json()["data"][0]["id"] == checkout["id"]
    assert (await raw.get("/checkouts?totalAmount[lt]=1e400")).status_code == 200  # a bound beyond any double


async def test_a_planted_non_string_upstream_id_does_not_break_lists(
    fake: FakeDigitalRiver, raw: httpx.AsyncClient
) -> None:
    """A store a test tweaks directly may hold anything: the filters still answer."""
    planted = fake.store.create_checkout({**ORDER, "upstreamId": "u1"})
    planted["upstreamId"] = ["not", "a", "string"]
    planted["totalAmount"] = "many"
    planted["createdTime"] = "some day"
    listed = await raw.get("/checkouts?upstreamIds=u1,not&totalAmount[gte]=0&createdTime[lt]=2999-01-01T00:00:00Z")
    assert listed.status_code == 200 and listed.json()["data"] == []


async def test_unknown_parameters_are_ignored_and_arrays_are_comma_joined(
    fake: FakeDigitalRiver, raw: httpx.AsyncClient
) -> None:
    odd = [fake.store.create_customer({"id": f" id {n}"})["id"] for n in range(3)]  # ids may hold spaces
    assert (await raw.get("/customers?whatever[gte]=1&limit[x]=5&ids[0]=a")).status_code == 200
    both = (await raw.get(f"/customers?ids={odd[0]},{odd[2]}")).json()["data"]
    assert [c["id"] for c in both] == [odd[2], odd[0]]
    repeated = (await raw.get(f"/customers?ids={odd[0]}&ids={odd[1]}")).json()["data"]
    assert [c["id"] for c in repeated] == [odd[1], odd[0]]
    assert (await raw.get("/customers?ids=")).json()["data"] == []
    assert [c["id"] for c in (await raw.get("/customers?ids=c1,nobody")).json()["data"]] == ["c1"]


# --- range filters --------------------------------------------------------------------------------

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def stamp(when: datetime) -> str:
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def plant_times(fake: FakeDigitalRiver, resource: str, count: int, step_ms: int) -> list[dict[str, Any]]:
    """`count` objects of `resource`, the n-th created at T0 + n * step_ms (a few sharing an instant)."""
    made = fake.seed(**{resource: count})[resource]
    for n, obj in enumerate(made):
        obj["createdTime"] = stamp(T0 + timedelta(milliseconds=(n // 2) * step_ms))
        obj["updatedTime"] = stamp(T0 + timedelta(milliseconds=(count - n) * step_ms))
    return made


async def test_half_open_time_slices_hold_every_object_exactly_once(
    fake: FakeDigitalRiver, api: AsyncDigitalRiver
) -> None:
    """An exporter slicing [a, b), [b, c), ... must see each object once, those on an edge included."""
    made = plant_times(fake, "invoices", 40, 250)  # pairs share a millisecond; edges fall on objects
    edges = [T0 - timedelta(hours=1), *(T0 + timedelta(seconds=s) for s in range(6)), datetime(2999, 1, 1, tzinfo=UTC)]
    everything = fake.store.invoices.newest_first()  # the planted ones and the fixture's, made now
    seen: list[str] = []
    for low, high in itertools.pairwise(edges):
        ids = [inv.id async for inv in api.invoices.list(created_time={"gte": low, "lt": high}, limit=7)]
        expected = [o["id"] for o in everything if low <= datetime.fromisoformat(o["createdTime"]) < high]
        assert ids == expected, (low, high)
        assert ids or low < T0 or high.year == 2999  # the inner slices each hold some
        seen += ids
    assert sorted(seen) == sorted(o["id"] for o in everything) and len(seen) == len(made) + 1


async def test_times_compare_as_instants_whatever_their_offset_and_precision(
    fake: FakeDigitalRiver, raw: httpx.AsyncClient
) -> None:
    fake.store.customers.objects.clear()
    made = plant_times(fake, "customers", 6, 1000)
    edge = made[2]["createdTime"]  # 12:00:01.000Z, shared by made[2] and made[3]
    on_edge = {made[2]["id"], made[3]["id"]}

    async def ids(query: str) -> set[str]:
        answer = await raw.get(f"/customers?limit=100&{query}")
        assert answer.status_code == 200, answer.text
        return {c["id"] for c in answer.json()["data"]}

    offsets = [edge, "2024-03-01T13:00:01+01:00", "2024-03-01T10:30:01.000000-01:30", "2024-03-01T12:00:01.000000000Z"]
    for same in offsets:
        assert await ids(f"createdTime[eq]={quote(same)}") == on_edge, same
    assert await ids("createdTime[gte]=2024-03-01T12:00:01Z&createdTime[lte]=2024-03-01T12:00:01Z") == on_edge
    assert on_edge.isdisjoint(await ids("createdTime[gt]=2024-03-01T12:00:01Z&createdTime[lt]=2024-03-01T12:00:03Z"))
    # A bound finer than a microsecond still counts: just after the edge excludes it, just before includes it.
    assert on_edge.isdisjoint(await ids("createdTime[gte]=2024-03-01T12:00:01.0000001Z"))
    assert on_edge <= await ids("createdTime[gt]=2024-03-01T12:00:00.9999999Z")
    assert on_edge.isdisjoint(await ids("createdTime[lt]=2024-03-01T12:00:01.000000000Z"))
    newest = {made[4]["id"], made[5]["id"]}
    assert await ids("createdTime[gt]=2024-03-01T12:00:01.5Z&createdTime[lt]=2099-01-01T00:00:00Z") == newest


async def test_updated_time_amount_price_and_count_ranges(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    fake.store.invoices.objects.clear()
    made = plant_times(fake, "invoices", 10, 1000)
    made[0]["attemptCount"] = 3
    for n, invoice in enumerate(made):  # totals 10, 11, ..., 19; item prices alike
        invoice["totalAmount"] = 10 + n
        invoice["items"] = [{"id": f"i{n}", "price": 10.0 + n}, {"id": f"j{n}", "price": 0.5}]

    async def ids(**filters: Any) -> list[str]:
        return [i.id async for i in api.invoices.list(limit=100, **filters)]

    def where(test: Any) -> list[str]:
        return [o["id"] for o in reversed(made) if test(o)]

    updated = T0 + timedelta(seconds=5)  # made[n] was updated at T0 + (10 - n) s
    assert await ids(updated_time={"lte": updated}) == where(lambda o: made.index(o) >= 5)
    assert await ids(total_amount={"gt": 12, "lte": 14.0}) == where(lambda o: 12 < o["totalAmount"] <= 14)
    assert await ids(total_amount={"eq": 13}) == where(lambda o: o["totalAmount"] == 13)
    assert await ids(price={"gte": 18.5}) == where(lambda o: o["items"][0]["price"] >= 18.5)
    assert await ids(price={"eq": 0.5}) == [o["id"] for o in reversed(made)]
    assert await ids(price={"gt": 0.5, "lt": 10.5}) == [made[0]["id"]]  # one item meets every bound
    assert await ids(attempt_count={"gt": 0}) == [made[0]["id"]]
    assert len(await ids(attempt_count={"eq": 0})) == 9  # the fake makes every invoice with no attempt


async def test_a_range_in_the_sdk_reaches_the_fake(fake: FakeDigitalRiver, api: AsyncDigitalRiver) -> None:
    """Done when `dr.invoices.list(created_time={"gte": ...})` works against the fake."""
    since = datetime.now(UTC) - timedelta(minutes=1)
    invoice = await api.invoices.create({**INVOICE, "upstreamId": "order-9"})
    listed = [i.id async for i in api.invoices.list(created_time={"gte": since}, upstream_ids=["order-9"])]
    assert listed == [invoice.id]
    assert [i.id async for i in api.invoices.list(created_time={"lt": since})] != [invoice.id]
    with pytest.raises(ValueError, match="RFC 3339"):  # the SDK refuses it before sending; the fake would too
        api.invoices.list(created_time={"gte": "last week"})
