"""`list(...)`: awaitable for the first page, async-iterable over every item, lazily."""

from __future__ import annotations

import asyncio

import anyio
import pytest
from pytest_httpx import HTTPXMock

from digitalriver import APIResponseValidationError, AsyncDigitalRiver, BadRequestError, Page
from digitalriver.testing import FakeDigitalRiver, Fault, FaultPlan
from digitalriver_api.models import Customer, Invoice

from .conftest import API_KEY, BASE


def _page(ids: list[str], has_more: bool) -> dict[str, object]:
    return {"hasMore": has_more, "data": [{"id": i} for i in ids]}


async def test_awaiting_gives_the_first_page_only(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?limit=2", json=_page(["c1", "c2"], True))
    page = await dr.customers.list(limit=2)
    assert isinstance(page, Page)
    assert [c.id for c in page.data] == ["c1", "c2"]
    assert all(isinstance(c, Customer) for c in page.data)
    assert page.has_more is True
    assert page.response.status_code == 200
    assert len(httpx_mock.get_requests()) == 1


async def test_iterating_fetches_every_page_forward(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/invoices?customerId=cus_1&limit=2", json=_page(["i1", "i2"], True))
    httpx_mock.add_response(
        url=f"{BASE}/invoices?customerId=cus_1&limit=2&startingAfter=i2", json=_page(["i3", "i4"], True)
    )
    httpx_mock.add_response(url=f"{BASE}/invoices?customerId=cus_1&limit=2&startingAfter=i4", json=_page(["i5"], False))
    seen = [inv async for inv in dr.invoices.list(customer_id="cus_1", limit=2)]
    assert [inv.id for inv in seen] == ["i1", "i2", "i3", "i4", "i5"]
    assert all(isinstance(inv, Invoice) for inv in seen)
    assert len(httpx_mock.get_requests()) == 3


async def test_without_prefetch_pages_are_fetched_only_as_items_are_consumed(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?limit=2", json=_page(["c1", "c2"], True))
    httpx_mock.add_response(url=f"{BASE}/customers?limit=2&startingAfter=c2", json=_page(["c3", "c4"], True))
    seen = []
    async for customer in dr.customers.list(limit=2, prefetch=False):
        seen.append(customer.id)
        assert len(httpx_mock.get_requests()) == (1 if len(seen) <= 2 else 2)
        if customer.id == "c3":
            break
    assert seen == ["c1", "c2", "c3"]
    # The break sent nothing more: a third page was never asked for.
    assert len(httpx_mock.get_requests()) == 2


async def test_prefetch_asks_for_the_next_page_while_this_one_is_consumed(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    for start, ids, more in [(None, ["c1", "c2"], True), ("c2", ["c3", "c4"], True), ("c4", ["c5"], False)]:
        query = "limit=2" + (f"&startingAfter={start}" if start else "")
        httpx_mock.add_response(url=f"{BASE}/customers?{query}", json=_page(ids, more))
    requests_seen_at = {}
    async for customer in dr.customers.list(limit=2):
        requests_seen_at[customer.id] = len(httpx_mock.get_requests())
    # Page n + 1 is already asked for at the first item of page n, and never page n + 2.
    assert requests_seen_at == {"c1": 2, "c2": 2, "c3": 3, "c4": 3, "c5": 3}


async def test_a_break_cancels_the_prefetch_and_sends_nothing_more() -> None:
    fake = FakeDigitalRiver(faults=FaultPlan(script=[Fault("latency", delay=0.0), Fault("latency", delay=30.0)]))
    fake.seed(customers=10)
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=API_KEY, http_client=http, rate_limit=None)
        async for _ in dr.customers.list(limit=2):
            break  # page 2 is on its way, held 30 s by the fake
        await anyio.sleep(0.05)  # the loop's end closes the iterator; give it its turn
        assert fake.counters.requests == 2
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert tasks == []  # the prefetch was cancelled, not left waiting 30 s


async def test_a_prefetched_page_that_failed_raises_where_it_is_reached(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?limit=2", json=_page(["c1", "c2"], True))
    httpx_mock.add_response(url=f"{BASE}/customers?limit=2&startingAfter=c2", status_code=400, json={"errors": []})
    seen = []
    with pytest.raises(BadRequestError):
        async for customer in dr.customers.list(limit=2):
            seen.append(customer.id)
    assert seen == ["c1", "c2"]


async def test_pages_yields_typed_pages_as_sent(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?endingBefore=c9&limit=2", json=_page(["c7", "c8"], True))
    httpx_mock.add_response(url=f"{BASE}/customers?endingBefore=c7&limit=2", json=_page(["c6"], False))
    pages = [page async for page in dr.customers.list(ending_before="c9", limit=2).pages()]
    assert [[c.id for c in page.data] for page in pages] == [["c7", "c8"], ["c6"]]
    assert [page.has_more for page in pages] == [True, False]


def test_prefetch_must_be_a_bool(dr: AsyncDigitalRiver) -> None:
    with pytest.raises(TypeError, match="prefetch"):
        dr.customers.list(prefetch="yes")  # type: ignore[typeddict-item]


async def test_awaiting_then_iterating_does_not_fetch_the_first_page_again(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/checkouts", json=_page(["k1"], True))
    httpx_mock.add_response(url=f"{BASE}/checkouts?limit=100&startingAfter=k1", json=_page(["k2"], False))
    paginator = dr.checkouts.list()
    first = await paginator
    assert [k.id for k in first.data] == ["k1"]
    assert [k.id async for k in paginator] == ["k1", "k2"]  # the pages after it are the largest
    assert len(httpx_mock.get_requests()) == 2


async def test_iterating_asks_for_the_largest_page_unless_a_limit_is_given(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?limit=100", json=_page(["c1"], True))
    httpx_mock.add_response(url=f"{BASE}/customers?limit=100&startingAfter=c1", json=_page(["c2"], False))
    assert [c.id async for c in dr.customers.list()] == ["c1", "c2"]
    httpx_mock.add_response(url=f"{BASE}/customers?limit=7", json=_page(["c1"], False))
    assert [c.id async for c in dr.customers.list(limit=7)] == ["c1"]
    httpx_mock.add_response(url=f"{BASE}/customers", json=_page(["c1"], True))
    page = await dr.customers.list()  # a single page: the API's own default size
    assert [c.id for c in page] == ["c1"]


async def test_a_page_fetches_the_one_after_it(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/invoices?limit=2", json=_page(["i1", "i2"], True))
    httpx_mock.add_response(url=f"{BASE}/invoices?limit=2&startingAfter=i2", json=_page(["i3"], False))
    page = await dr.invoices.list(limit=2)
    assert len(page) == 2 and page.has_next_page()
    following = await page.get_next_page()
    assert [i.id for i in following] == ["i3"]
    assert not following.has_next_page()
    with pytest.raises(RuntimeError, match="check has_next_page"):
        await following.get_next_page()


async def test_iterating_backward_with_ending_before(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?endingBefore=c9&limit=3", json=_page(["c6", "c7", "c8"], True))
    httpx_mock.add_response(url=f"{BASE}/customers?endingBefore=c6&limit=3", json=_page(["c4", "c5"], False))
    seen = [c.id async for c in dr.customers.list(ending_before="c9", limit=3)]
    assert seen == ["c8", "c7", "c6", "c5", "c4"]


async def test_stops_on_an_empty_page_even_if_has_more(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page([], True))
    assert [c async for c in dr.customers.list()] == []


async def test_an_item_without_an_id_cannot_be_paged_past(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"hasMore": True, "data": [{"email": "no-id@example.com"}]})
    with pytest.raises(APIResponseValidationError, match="no id to continue the list from"):
        async for _ in dr.customers.list():
            pass
    httpx_mock.add_response(json={"hasMore": False, "data": [{"email": "no-id@example.com"}]})
    with pytest.raises(APIResponseValidationError, match="not a valid ListCustomersResponse: KeyError: 'id'"):
        async for _ in dr.customers.list():
            pass
    httpx_mock.add_response(json={"hasMore": True, "data": [{"id": ""}]})
    with pytest.raises(APIResponseValidationError, match="no id to continue the list from"):
        async for _ in dr.customers.list():
            pass


async def test_filters_reach_the_request(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page([], False))
    await dr.checkouts.list(
        upstream_ids=["u1", "u2"], charge_type="moto", customer_type="business", browser_ip="1.2.3.4"
    )
    httpx_mock.add_response(json=_page([], False))
    await dr.customers.list(request_to_be_forgotten=True, email="a@example.com", ids=("c1", "c2"))
    httpx_mock.add_response(json=_page([], False))
    await dr.invoices.list(state="open", sku_id="sku_1", application_id="app", currency="USD", limit=100)
    params = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert params == [
        {"upstreamIds": "u1,u2", "chargeType": "moto", "customerType": "business", "browserIp": "1.2.3.4"},
        {"requestToBeForgotten": "true", "email": "a@example.com", "ids": "c1,c2"},
        {"state": "open", "skuId": "sku_1", "applicationId": "app", "currency": "USD", "limit": "100"},
    ]


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        ({"limit": 0}, ValueError, "between 1 and 100"),
        ({"limit": 101}, ValueError, "between 1 and 100"),
        ({"limit": "x"}, TypeError, "limit must be an int"),
        ({"limit": 10.0}, TypeError, "limit must be an int"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"request_to_be_forgotten": "yes"}, TypeError, "must be a bool"),
        ({"email": 3}, TypeError, "must be a str"),
        ({"colour": "red"}, TypeError, "unexpected keyword argument 'colour'"),
        ({"startingAfter": "c1"}, TypeError, "unexpected keyword argument 'startingAfter'"),
    ],
)
async def test_bad_filters_fail_before_anything_is_sent(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, filters: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        dr.customers.list(**filters)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []
