"""The client-side rate limit: its schedule on a virtual clock, its defaults, its reaction to 429s,
and that every resource of one client shares it."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from pytest_httpx import HTTPXMock

from digitalriver import AsyncDigitalRiver, AsyncPaginator, RateLimiter
from digitalriver.testing import FakeDigitalRiver

from .conftest import API_KEY, BASE


class VirtualClock:
    """Time that passes only when someone sleeps: schedules are checked exactly, not timed."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        wake_at = self.now + seconds
        await anyio.sleep(0)  # let other tasks ask for their slots at the same instant
        self.now = max(self.now, wake_at)


def limiter(rate: float, burst: float | None = None) -> tuple[RateLimiter, VirtualClock]:
    clock = VirtualClock()
    return RateLimiter(rate, burst=burst, clock=clock, sleep=clock.sleep), clock


async def test_a_burst_passes_then_calls_are_spaced_by_the_rate() -> None:
    bucket, clock = limiter(10, burst=3)
    waits = [await bucket.acquire() for _ in range(6)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:] == pytest.approx([0.1, 0.1, 0.1])
    assert clock.now == pytest.approx(1000.3)


async def test_an_idle_bucket_refills_up_to_its_burst() -> None:
    bucket, clock = limiter(10, burst=3)
    for _ in range(5):
        await bucket.acquire()
    clock.now += 60.0
    assert [await bucket.acquire() for _ in range(4)] == pytest.approx([0.0, 0.0, 0.0, 0.1])


async def test_concurrent_callers_queue_in_arrival_order() -> None:
    bucket, clock = limiter(5, burst=1)
    started: list[tuple[int, float]] = []

    async def call(n: int) -> None:
        await bucket.acquire()
        started.append((n, clock.now))

    async with anyio.create_task_group() as tg:
        for n in range(5):
            tg.start_soon(call, n)
    assert [n for n, _ in started] == [0, 1, 2, 3, 4]
    assert [t - 1000.0 for _, t in started] == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8])


async def test_a_429_halves_the_rate_and_holds_until_retry_after() -> None:
    bucket, _ = limiter(20, burst=20)
    bucket.slow_down(retry_after=2.0)
    assert bucket.rate == 10
    assert await bucket.acquire() == pytest.approx(2.0)  # a full bucket still waits out the Retry-After
    bucket.slow_down(retry_after=None)
    assert bucket.rate == 5
    for _ in range(10):
        bucket.speed_up()
    assert bucket.rate == 15
    for _ in range(10):
        bucket.speed_up()
    assert bucket.rate == 20  # never above the configured rate
    for _ in range(10):
        bucket.slow_down(retry_after=0)
    assert bucket.rate == 20 / 16  # and never below a sixteenth of it


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan"), "25", True])
def test_a_bad_rate_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="rate_limit must be a positive number"):
        AsyncDigitalRiver(api_key=API_KEY, rate_limit=bad)  # type: ignore[arg-type]


def test_the_default_is_the_keys_documented_limit() -> None:
    test_limiter = AsyncDigitalRiver(api_key="sk_test_abc").rate_limiter
    live_limiter = AsyncDigitalRiver(api_key="sk_live_abc").rate_limiter
    assert test_limiter is not None and test_limiter.max_rate == 25
    assert live_limiter is not None and live_limiter.max_rate == 250
    assert AsyncDigitalRiver(api_key="sk_test_abc", rate_limit=None).rate_limiter is None
    own = RateLimiter(3)
    assert AsyncDigitalRiver(api_key="sk_test_abc", rate_limit=own).rate_limiter is own
    assert "sk_test_abc" not in repr(own)


async def test_the_client_slows_down_on_429_and_counts_it(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers/c1", status_code=429, headers={"Retry-After": "1"})
    httpx_mock.add_response(url=f"{BASE}/customers/c1", json={"id": "c1"})
    async with AsyncDigitalRiver(api_key=API_KEY, rate_limit=40) as dr:
        await dr.customers.retrieve("c1")
        assert dr.rate_limiter is not None
        assert dr.rate_limiter.rate == 20 + 2  # halved by the 429, then one success gives back 1/20
        assert (dr.stats.requests, dr.stats.retries, dr.stats.rate_limited) == (2, 1, 1)
    assert sleeps == [1.0]


async def test_every_resource_of_one_client_shares_one_limit() -> None:
    """Three exports side by side take as long, on the limiter's clock, as one of all their calls."""
    fake = FakeDigitalRiver()
    fake.seed(customers=20, checkouts=20, invoices=20)
    bucket, clock = limiter(10, burst=1)
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=API_KEY, http_client=http, rate_limit=bucket)
        counts: dict[str, int] = {}

        async def export(name: str, listing: AsyncPaginator[Any]) -> None:
            counts[name] = len([item async for item in listing])

        async with anyio.create_task_group() as tg:
            tg.start_soon(export, "customers", dr.customers.list(limit=2))
            tg.start_soon(export, "checkouts", dr.checkouts.list(limit=2))
            tg.start_soon(export, "invoices", dr.invoices.list(limit=2))
    assert counts == {"customers": 20, "checkouts": 20, "invoices": 20}
    assert fake.counters.requests == 30
    # 30 calls at 10/s with no burst: 29 intervals of 0.1 s, whichever resource made them.
    assert clock.now - 1000.0 == pytest.approx(2.9)
    assert dr.stats.throttled_seconds == pytest.approx(sum(clock.slept))
