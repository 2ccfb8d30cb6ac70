"""Cancellation, at any point, leaves no connection unusable, no task behind and no slot reserved.

A service bounds its calls with deadlines: `anyio.move_on_after`/`fail_after`, `asyncio.timeout`,
`asyncio.wait_for`, a cancelled task, a trio cancel scope; and it leaves lists early with `break`
or an exception. Each of those lands somewhere inside a call: in the rate limit's wait, a retry's
sleep, a request being sent, an answer being read or closed, or a page being prefetched. httpcore
closes a response inside anyio shields, which asyncio's own cancellation passes straight
through, so a cancellation that lands in that close leaves the connection ACTIVE in the pool for
good; once every connection of the pool is, every call waits for a connection until it times out.

These tests run the fake over uvicorn on 127.0.0.1 (in-process transports have no connections
to leak), with a pool of 5 connections, and read httpcore's pool afterwards: no connection may be
ACTIVE, the limiter's queue must be empty, and a call must still succeed at once.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import Any

import anyio
import attrs
import httpx
import pytest

from digitalriver import AsyncDigitalRiver, DigitalRiverError, RateLimiter
from digitalriver.testing import FakeDigitalRiver, Fault, FaultPlan

KEY = "sk_test_cancellation"
POOL = 5
CUSTOMERS = 30
PAGE = 7  # 5 pages: a list is long enough for deadlines to land in every part of it

# Latency before and after processing makes deadlines land while requests are queued at the
# fake, written, answered and read; 503s and drops make them land in retries' sleeps.
FAULTS = FaultPlan(
    probability=0.4,
    kinds=(
        Fault("latency", delay=0.001),
        Fault("latency", delay=0.003),
        Fault("latency", when="after", delay=0.001),
        Fault("latency", when="after", delay=0.003),
        Fault("error", status=503),
        Fault("drop", when="after"),
    ),
    seed=11,
)


class Boom(Exception):
    pass


@attrs.define
class Setup:
    dr: AsyncDigitalRiver
    http: httpx.AsyncClient
    fake: FakeDigitalRiver
    ids: list[str]


@asynccontextmanager
async def served(*, faults: FaultPlan | None = None, rate_limit: Any = None) -> AsyncIterator[Setup]:
    fake = FakeDigitalRiver(faults=faults)
    ids = [customer["id"] for customer in fake.seed(customers=CUSTOMERS)["customers"]]
    with fake.serve_in_thread() as url:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=POOL)) as http:
            dr = AsyncDigitalRiver(api_key=KEY, base_url=url, http_client=http, rate_limit=rate_limit)
            # Retries wait milliseconds here rather than the default half second and more: the
            # waits are still real sleeps, for deadlines to land in.
            dr._client.retry_policy = attrs.evolve(dr._client.retry_policy, initial_backoff=0.001, max_backoff=0.004)
            yield Setup(dr, http, fake, ids)


def active_connections(http: httpx.AsyncClient) -> list[Any]:
    """The connections of httpx's pool that are neither idle nor closed (httpcore's ACTIVE)."""
    pool = http._transport._pool  # type: ignore[attr-defined]
    return [connection for connection in pool.connections if not connection.is_idle() and not connection.is_closed()]


def other_tasks() -> list[asyncio.Task[Any]]:
    return [task for task in asyncio.all_tasks() if task is not asyncio.current_task() and not task.done()]


async def settle() -> None:
    """Let the loop run what a `break` leaves it: asyncio closes an abandoned async generator in a task."""
    for _ in range(20):
        if not other_tasks():
            return
        await asyncio.sleep(0.01)


async def assert_whole(setup: Setup) -> None:
    await settle()
    assert other_tasks() == []
    assert active_connections(setup.http) == []
    limiter = setup.dr.rate_limiter
    assert limiter is None or limiter.waiting == 0  # nobody holds a place in the limiter's queue
    with anyio.fail_after(5):  # a pool of stuck connections would wait the default 60 s for one
        customer = await setup.dr.customers.retrieve(setup.ids[0])
    assert customer.id == setup.ids[0]
    assert active_connections(setup.http) == []


# --- the ways a caller gives up -----------------------------------------------------------------


async def consume(dr: AsyncDigitalRiver) -> int:
    return len([customer async for customer in dr.customers.list(limit=PAGE)])


async def move_on_after(setup: Setup, rnd: random.Random) -> None:
    with anyio.move_on_after(rnd.uniform(0, 0.015)):
        await consume(setup.dr)


async def fail_after(setup: Setup, rnd: random.Random) -> None:
    try:
        with anyio.fail_after(rnd.uniform(0, 0.015)):
            await consume(setup.dr)
    except TimeoutError:
        pass


async def asyncio_timeout(setup: Setup, rnd: random.Random) -> None:
    try:
        async with asyncio.timeout(rnd.uniform(0, 0.015)):
            await consume(setup.dr)
    except TimeoutError:
        pass


async def wait_for_a_call(setup: Setup, rnd: random.Random) -> None:
    with suppress(TimeoutError):
        await asyncio.wait_for(setup.dr.customers.retrieve(rnd.choice(setup.ids)), rnd.uniform(0, 0.008))


async def wait_for_a_first_page(setup: Setup, rnd: random.Random) -> None:
    async def first_page() -> None:
        await setup.dr.customers.list(limit=PAGE)

    with suppress(TimeoutError):
        await asyncio.wait_for(first_page(), rnd.uniform(0, 0.008))


async def break_out(setup: Setup, rnd: random.Random) -> None:
    stop = rnd.randrange(1, CUSTOMERS)
    with anyio.fail_after(10):
        async for n, _ in aenumerate(setup.dr.customers.list(limit=PAGE)):
            if n == stop:
                break


async def raise_inside(setup: Setup, rnd: random.Random) -> None:
    stop = rnd.randrange(1, CUSTOMERS)
    try:
        with anyio.fail_after(10):
            async for n, _ in aenumerate(setup.dr.customers.list(limit=PAGE)):
                if n == stop:
                    raise Boom
    except Boom:
        pass


async def cancel_the_task(setup: Setup, rnd: random.Random) -> None:
    task = asyncio.get_running_loop().create_task(consume(setup.dr))
    await asyncio.sleep(rnd.uniform(0, 0.01))
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task


async def side_by_side(setup: Setup, rnd: random.Random) -> None:
    """Three lists in one task group under one deadline, as an ETL job runs them."""

    async def one() -> None:
        with suppress(DigitalRiverError):
            await consume(setup.dr)

    with anyio.move_on_after(rnd.uniform(0, 0.012)):
        async with anyio.create_task_group() as group:
            for _ in range(3):
                group.start_soon(one)


WAYS: list[Callable[[Setup, random.Random], Awaitable[None]]] = [
    move_on_after,
    fail_after,
    asyncio_timeout,
    wait_for_a_call,
    wait_for_a_first_page,
    break_out,
    raise_inside,
    cancel_the_task,
    side_by_side,
]


async def aenumerate(items: AsyncIterator[Any]) -> AsyncIterator[tuple[int, Any]]:
    n = 0
    async for item in items:
        n += 1
        yield n, item


async def give_up(way: Callable[[Setup, random.Random], Awaitable[None]], setup: Setup, rnd: random.Random) -> None:
    with suppress(DigitalRiverError):  # a drop or a 503 beyond the retries: the API's failure, not a deadline
        await way(setup, rnd)


# --- the tests ----------------------------------------------------------------------------------


async def test_a_thousand_random_deadlines_and_breaks_leave_the_client_whole() -> None:
    """The soak: 1,000 lists and calls given up in every way, at random points, with a limiter."""
    rnd = random.Random(5)
    limiter = RateLimiter(3000, burst=3)  # fast, but calls still queue in it now and then
    async with served(faults=FAULTS, rate_limit=limiter) as setup:
        for n in range(1, 1001):
            await give_up(rnd.choice(WAYS), setup, rnd)
            if n % 50 == 0:  # between calls nothing is in flight: every connection is idle or closed
                await settle()
                assert active_connections(setup.http) == [], f"connections left ACTIVE after {n} calls given up"
        assert setup.fake.counters.faults["latency"] and setup.fake.counters.faults["error"]
        await assert_whole(setup)


# asyncio's one-off cancellations (a timeout, wait_for) strike httpcore's close less often than
# anyio's repeated ones: they get more tries.
TRIES = {asyncio_timeout: 300, wait_for_a_call: 300}


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way.__name__)
async def test_each_way_of_giving_up_leaves_the_client_whole(
    way: Callable[[Setup, random.Random], Awaitable[None]],
) -> None:
    rnd = random.Random(way.__name__)
    async with served(faults=FAULTS) as setup:
        for _ in range(TRIES.get(way, 25)):
            await give_up(way, setup, rnd)
            await settle()
            assert active_connections(setup.http) == []
        await assert_whole(setup)


async def test_a_deadline_in_a_retrys_sleep_or_the_limiters_wait_reserves_nothing() -> None:
    limiter = RateLimiter(2, burst=1, margin=0)  # a slot every 0.5 s
    async with served(faults=FaultPlan(script=[Fault("error", status=503)]), rate_limit=limiter) as setup:
        dr = setup.dr
        with anyio.move_on_after(0.2) as scope:  # the 503 is retried: its sleep, then the limiter's wait
            await dr.customers.retrieve(setup.ids[0])
        assert scope.cancelled_caught and setup.fake.counters.requests == 1
        with anyio.move_on_after(0.1) as scope:  # and another caller, given up while it waits for that slot
            await dr.customers.retrieve(setup.ids[0])
        assert scope.cancelled_caught and setup.fake.counters.requests == 1
        assert limiter.waiting == 0
        await anyio.sleep(0.5)  # the slot both of them waited for has come
        held = dr.stats.throttled_seconds
        await dr.customers.retrieve(setup.ids[0])
        # It is this call's: neither cancelled caller kept it, nor the one after.
        assert dr.stats.throttled_seconds == held
        assert setup.fake.counters.requests == 2
        await anyio.sleep(0.5)
        await assert_whole(setup)


def test_trio_cancel_scopes_and_breaks_leave_the_client_whole() -> None:
    async def main() -> None:
        import trio

        rnd = random.Random(3)
        fake = FakeDigitalRiver(faults=FAULTS)
        ids = [customer["id"] for customer in fake.seed(customers=CUSTOMERS)["customers"]]
        with fake.serve_in_thread() as url:
            async with httpx.AsyncClient(limits=httpx.Limits(max_connections=POOL)) as http:
                dr = AsyncDigitalRiver(api_key=KEY, base_url=url, http_client=http, rate_limit=RateLimiter(3000))
                dr._client.retry_policy = attrs.evolve(
                    dr._client.retry_policy, initial_backoff=0.001, max_backoff=0.004
                )
                for n in range(150):
                    try:
                        if n % 3 == 0:
                            with trio.move_on_after(rnd.uniform(0, 0.015)):
                                await consume(dr)
                        elif n % 3 == 1:
                            with trio.move_on_after(rnd.uniform(0, 0.008)):
                                await dr.customers.retrieve(rnd.choice(ids))
                        else:
                            stop = rnd.randrange(1, CUSTOMERS)
                            async for count, _ in aenumerate(dr.customers.list(limit=PAGE)):
                                if count == stop:
                                    break
                    except DigitalRiverError:
                        pass
                await trio.sleep(0.05)
                assert active_connections(http) == []
                with trio.fail_after(5):
                    assert (await dr.customers.retrieve(ids[0])).id == ids[0]

    anyio.run(main, backend="trio")
