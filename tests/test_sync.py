"""`DigitalRiver`, the synchronous client: the async client's behaviour, from plain code and threads."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator

import pytest
from pytest_httpx import HTTPXMock

from digitalriver import DigitalRiver, InternalServerError, NotFoundError, RateLimiter, SyncPage
from digitalriver.testing import FakeDigitalRiver

from .conftest import API_KEY, BASE


def _page(ids: list[str], has_more: bool) -> dict[str, object]:
    return {"hasMore": has_more, "data": [{"id": i} for i in ids]}


@pytest.fixture
def fake() -> FakeDigitalRiver:
    return FakeDigitalRiver()


@pytest.fixture
def served(fake: FakeDigitalRiver) -> Iterator[str]:
    with fake.serve_in_thread() as url:
        yield url


def test_the_readme_loop_works_against_the_fake_on_loopback(fake: FakeDigitalRiver, served: str) -> None:
    fake.seed(customers=250)
    with DigitalRiver(api_key=API_KEY, base_url=served, rate_limit=None) as dr:
        seen = [customer.id for customer in dr.customers.list()]
        created = dr.customers.create({"email": "jsmith@example.com", "type": "individual"})
        assert dr.customers.retrieve(created.id).email == "jsmith@example.com"
        with pytest.raises(NotFoundError) as caught:
            dr.customers.retrieve("cus_none")
        assert caught.value.status_code == 404
    assert seen == [c["id"] for c in fake.store.customers.newest_first() if c["email"] != "jsmith@example.com"]
    assert len(set(seen)) == 250
    assert fake.counters.routes[("GET", "/customers")] == 3  # pages of 100 while iterating


def test_retries_and_the_rate_limit_are_the_async_clients(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={"id": "cus_1"})
    limiter = RateLimiter(1000)
    with DigitalRiver(api_key=API_KEY, rate_limit=limiter) as dr:
        assert dr.customers.retrieve("cus_1").id == "cus_1"
        assert dr.rate_limiter is limiter
        assert (dr.stats.requests, dr.stats.retries) == (2, 1)
        httpx_mock.add_response(status_code=500)
        with pytest.raises(InternalServerError):
            dr.customers.create({"email": "x@example.com"})  # a create is not repeated after a 500
    assert len(sleeps) == 1


def test_a_page_at_a_time_and_a_break_sends_nothing_more(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/invoices?limit=2", json=_page(["i1", "i2"], True))
    httpx_mock.add_response(url=f"{BASE}/invoices?limit=2&startingAfter=i2", json=_page(["i3", "i4"], True))
    with DigitalRiver(api_key=API_KEY, rate_limit=None) as dr:
        first = dr.invoices.list(limit=2).first_page()
        assert isinstance(first, SyncPage) and [i.id for i in first] == ["i1", "i2"]
        assert [i.id for i in first.get_next_page()] == ["i3", "i4"]
        httpx_mock.add_response(url=f"{BASE}/invoices?limit=2", json=_page(["i1", "i2"], True))
        httpx_mock.add_response(url=f"{BASE}/invoices?limit=2&startingAfter=i2", json=_page(["i3", "i4"], True))
        seen = []
        for invoice in dr.invoices.list(limit=2, prefetch=False):
            seen.append(invoice.id)
            if invoice.id == "i3":
                break
    assert seen == ["i1", "i2", "i3"]
    assert len(httpx_mock.get_requests()) == 4  # the break asked for no third page


def test_an_abandoned_iterator_is_closed_on_the_clients_loop(fake: FakeDigitalRiver) -> None:
    fake.seed(customers=30)
    with DigitalRiver(api_key=API_KEY, http_client=fake.http_client(), rate_limit=None) as dr:
        items = iter(dr.customers.list(limit=10))
        next(items)
        del items
        gc.collect()
        assert dr.customers.list(limit=10).first_page().has_more  # the client still works
    assert fake.counters.routes[("GET", "/customers")] <= 3


def test_threads_share_one_client(fake: FakeDigitalRiver) -> None:
    fake.seed(customers=5)
    ids = list(fake.store.customers.objects)
    errors: list[BaseException] = []
    with DigitalRiver(api_key=API_KEY, http_client=fake.http_client(), rate_limit=None) as dr:

        def work() -> None:
            try:
                for customer_id in ids * 4:
                    assert dr.customers.retrieve(customer_id).id == customer_id
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert dr.stats.requests == 8 * 20
    assert errors == []


def test_it_works_where_an_event_loop_is_already_running(fake: FakeDigitalRiver) -> None:
    fake.seed(customers=3)

    async def notebook_cell() -> int:
        with DigitalRiver(api_key=API_KEY, http_client=fake.http_client()) as dr:
            return len(list(dr.customers.list()))

    assert asyncio.run(notebook_cell()) == 3


def test_close_stops_the_thread_and_a_copy_closes_nothing(fake: FakeDigitalRiver) -> None:
    before = threading.active_count()
    dr = DigitalRiver(api_key=API_KEY, http_client=fake.http_client())
    assert threading.active_count() == before + 1
    quick = dr.with_options(timeout=5, max_retries=0, default_headers={"upstream-application-id": "shop"})
    assert (quick.max_retries, quick.timeout, dr.max_retries) == (0, 5.0, 2)
    quick.close()
    created = quick.customers.create({"email": "a@example.com"})
    assert dr.customers.retrieve(created.id).id == created.id
    assert quick.stats is dr.stats
    dr.close()
    assert threading.active_count() == before
    with pytest.raises(RuntimeError, match="closed"):
        dr.customers.retrieve(created.id)


def test_the_key_is_in_no_repr(httpx_mock: HTTPXMock) -> None:
    with DigitalRiver(api_key=API_KEY) as dr:
        assert API_KEY not in repr(dr) and "sk_test_" in repr(dr)
        assert API_KEY[8:] not in repr(vars(dr))


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_an_iterator_that_outlives_its_client_goes_quietly(
    fake: FakeDigitalRiver, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed(customers=5)
    with DigitalRiver(api_key=API_KEY, http_client=fake.http_client(), rate_limit=None) as dr:
        items = iter(dr.customers.list(limit=2))
        next(items)
    del items
    gc.collect()
    assert "Exception ignored" not in capsys.readouterr().err
