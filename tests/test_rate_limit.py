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


def limiter(rate: float, burst: float | None = None, margin: float = 0.0) -> tuple[RateLimiter, VirtualClock]:
    """A limiter on a virtual clock; without the margin unless asked, so its schedule is the rate's own."""
    clock = VirtualClock()
    return RateLimiter(rate, burst=burst, margin=margin, clock=clock, sleep=clock.sleep), clock


class ManualClock:
    """Time that passes when the test says so: sleepers wake once `advance` has passed their time."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self._sleepers: list[tuple[float, anyio.Event]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        woken = anyio.Event()
        self._sleepers.append((self.now + seconds, woken))
        await woken.wait()

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for wake_at, woken in self._sleepers:
            if wake_at <= self.now + 1e-9:
                woken.set()
        self._sleepers = [(wake_at, woken) for wake_at, woken in self._sleepers if not woken.is_set()]
        await anyio.wait_all_tasks_blocked()


def manual_limiter(rate: float, burst: float | None = None) -> tuple[RateLimiter, ManualClock]:
    clock = ManualClock()
    return RateLimiter(rate, burst=burst, margin=0, clock=clock, sleep=clock.sleep), clock


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


async def test_callers_cancelled_while_waiting_give_back_their_slots() -> None:
    bucket, clock = manual_limiter(10, burst=1)
    assert await bucket.acquire() == 0.0
    async with anyio.create_task_group() as group:
        for _ in range(100):
            group.start_soon(bucket.acquire)
        await anyio.wait_all_tasks_blocked()  # 100 callers wait for slots a tenth of a second apart
        group.cancel_scope.cancel()  # and all give up (a deadline, a break)
    assert clock.slept == [pytest.approx(0.1)]  # only the first in line ever slept

    async def next_caller() -> None:
        waits.append(await bucket.acquire())

    waits: list[float] = []
    async with anyio.create_task_group() as group:
        group.start_soon(next_caller)
        await anyio.wait_all_tasks_blocked()
        while not waits:
            await clock.advance(0.05)
    # The next caller gets the slot after the one taken: none was kept by those who left.
    assert waits == [pytest.approx(0.1)]
    assert bucket.waiting == 0


async def test_a_429_holds_callers_already_queued_until_retry_after() -> None:
    bucket, clock = manual_limiter(10, burst=1)
    started: list[tuple[int, float]] = []

    async def call(n: int) -> None:
        await bucket.acquire()
        started.append((n, clock.now))

    async with anyio.create_task_group() as group:
        for n in range(4):
            group.start_soon(call, n)
        await anyio.wait_all_tasks_blocked()  # the first went at once; three wait in line
        await clock.advance(0.05)
        bucket.slow_down(retry_after=2.0)  # a 429 arrives for another call, while they wait
        while len(started) < 4:
            await clock.advance(0.05)
    assert [n for n, _ in started] == [0, 1, 2, 3]  # still in arrival order
    assert started[0][1] == 1000.0
    hold_ends = 1000.05 + 2.0
    assert all(at >= hold_ends - 1e-9 for _, at in started[1:])
    # After the hold, at the halved rate (5/s): a slot every 0.2 s.
    assert [at - hold_ends for _, at in started[1:]] == pytest.approx([0.0, 0.2, 0.4], abs=0.051)


class APIBucket:
    """The API's limit as the fake keeps it: a token bucket of `rate` tokens, refilled at `rate` per second."""

    def __init__(self, rate: float, now: float) -> None:
        self.rate = rate
        self.tokens = rate
        self.then = now

    def take(self, now: float) -> float:
        self.tokens = min(self.rate, self.tokens + (now - self.then) * self.rate) - 1.0
        self.then = now
        return self.tokens


async def test_the_limiter_keeps_a_margin_under_the_apis_limit() -> None:
    clock = VirtualClock()
    bucket = RateLimiter(25, clock=clock, sleep=clock.sleep)  # the default margin: a tenth
    api = APIBucket(25, clock.now)
    left = []
    for _ in range(300):
        await bucket.acquire()
        left.append(api.take(clock.now))
    # At every call the API's bucket still holds at least a tenth of its tokens: requests that
    # reach it closer together than they were sent still find one.
    assert min(left) >= 2.5 - 1e-9
    # And the limiter runs at 90% of the rate: 300 calls, a burst of 22.5 then 22.5/s.
    assert clock.now - 1000.0 == pytest.approx((300 - 22.5) / 22.5)


@pytest.mark.parametrize("bad", [-0.1, 1, 1.5, "0.1", True])
def test_a_bad_margin_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="margin must be a fraction"):
        RateLimiter(25, margin=bad)  # type: ignore[arg-type]


async def test_a_client_alone_on_a_key_meets_no_429_from_a_limit_of_its_own_rate() -> None:
    """The fake limits the key to the rate the client is given: the margin keeps every call under it."""
    rate = 100
    fake = FakeDigitalRiver(rate_limit=rate)
    ids = [customer["id"] for customer in fake.seed(customers=20)["customers"]]
    with fake.serve_in_thread() as url:
        async with AsyncDigitalRiver(api_key=API_KEY, base_url=url, rate_limit=rate) as dr:
            calls = iter(range(300))

            async def worker() -> None:
                for n in calls:
                    await dr.customers.retrieve(ids[n % len(ids)])

            async with anyio.create_task_group() as group:
                for _ in range(10):
                    group.start_soon(worker)
    assert dr.stats.requests == 300
    assert dr.stats.rate_limited == 0
