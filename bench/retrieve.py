"""(b) Client CPU per `retrieve` of a full customer, against the loopback server.

The server runs in its own process, so `time.process_time()` here counts only the client:
building the request, httpx (or aiohttp), and turning the answer into objects. Calls are
sequential over one kept-alive connection; each contestant gets a fresh event loop and client
per round, warms up, then is timed over `CALLS` calls.

- floor: `httpx.AsyncClient.get` + `json.loads`, and the same with `orjson.loads`; the target
  compares with the latter, the decoder the SDK uses, so the ratio is the SDK's own overhead;
- ours: `AsyncDigitalRiver(...).customers.retrieve(id)`; over aiohttp (`AioHttpClient`), to
  set beside OpenAPI Generator's aiohttp client; and the synchronous `DigitalRiver`, whose calls
  hop to an event loop in another thread (CPU of both threads counts);
- stock: the generated `retrieve_customer.asyncio(id, client=...)`;
- OpenAPI Generator: `CustomersApi.retrieve_customer(id)` (aiohttp).

Models that decode lazily move work from the call to the first read of a field, so each is also
timed reading every field of what it returned (see `walk`); that row has no target of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from bench import clients
from bench import report as fmt
from bench.peers import Peers
from bench.report import TIMES, Report, Row
from bench.sample import customer, customer_id
from bench.server import Server
from bench.timing import interleave, progress
from bench.walk import Reader, plan

CALLS = 200
WARM_UP = 20
CPU_TARGET = 1.3  # ours at most this many times the floor's CPU per call

Call = Callable[[], Awaitable[Any]]
Opener = Callable[[], contextlib.AbstractAsyncContextManager[Call]]


def openers(peers: Peers, url: str) -> dict[str, Opener]:
    one = customer_id(1)
    retrieve_customer = importlib.import_module(f"{peers.stock.package.__name__}.api.customers.retrieve_customer")

    def floor(loads: Callable[[bytes], Any]) -> Opener:
        @contextlib.asynccontextmanager
        async def opened() -> AsyncIterator[Call]:
            async with clients.floor(url) as client:

                async def call() -> Any:
                    response = await client.get(f"/customers/{one}")
                    response.raise_for_status()
                    return loads(response.content)

                yield call

        return opened

    @contextlib.asynccontextmanager
    async def ours() -> AsyncIterator[Call]:
        async with clients.ours(url) as dr:
            yield lambda: dr.customers.retrieve(one)

    @contextlib.asynccontextmanager
    async def ours_over_aiohttp() -> AsyncIterator[Call]:
        async with clients.ours_over_aiohttp(url) as dr:
            yield lambda: dr.customers.retrieve(one)

    @contextlib.asynccontextmanager
    async def stock() -> AsyncIterator[Call]:
        async with clients.stock(peers.stock.package, url) as client:
            yield lambda: retrieve_customer.asyncio(one, client=client)

    @contextlib.asynccontextmanager
    async def oag() -> AsyncIterator[Call]:
        async with clients.oag(peers.oag.package, url) as customers:
            yield lambda: customers.retrieve_customer(one)

    return {
        "httpx+json": floor(json.loads),
        "httpx+orjson": floor(orjson.loads),
        "ours": ours,
        "ours-aiohttp": ours_over_aiohttp,
        "stock": stock,
        "oag": oag,
    }


async def _per_call(opener: Opener, read: bool) -> tuple[float, float]:
    """CPU seconds and wall seconds per call (and, with `read`, reading every field of its result)."""
    async with opener() as call:
        first = await call()
        if first is None or isinstance(first, tuple):
            raise RuntimeError(f"a retrieve returned {first!r}")
        reader = Reader(first, plan(customer())) if read else None
        for _ in range(WARM_UP):
            await call()
        wall, cpu = time.perf_counter(), time.process_time()
        if reader is None:
            for _ in range(CALLS):
                await call()
        else:
            for _ in range(CALLS):
                reader((await call(),))
        return (time.process_time() - cpu) / CALLS, (time.perf_counter() - wall) / CALLS


def _sync_per_call(url: str) -> tuple[float, float]:
    """As `_per_call`, for the synchronous client, from plain (non-async) code."""
    one = customer_id(1)
    with clients.ours_sync(url) as dr:
        dr.customers.retrieve(one)
        for _ in range(WARM_UP):
            dr.customers.retrieve(one)
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(CALLS):
            dr.customers.retrieve(one)
        return (time.process_time() - cpu) / CALLS, (time.perf_counter() - wall) / CALLS


def run(report: Report, peers: Peers, server: Server, rounds: int) -> None:
    progress(f"(b) client CPU per retrieve: {CALLS} sequential calls per round, {rounds} rounds")
    server.configure(items=1000, latency=0.0)
    walls: dict[str, list[float]] = {}

    def measurement(opener: Opener, name: str, read: bool) -> Callable[[], float]:
        def measure() -> float:
            cpu, wall = asyncio.run(_per_call(opener, read))
            walls.setdefault(name, []).append(wall)
            return cpu

        return measure

    contestants = {}
    for name, opener in openers(peers, server.url).items():
        contestants[name] = measurement(opener, name, read=False)
        if name not in ("httpx+orjson", "ours-aiohttp"):
            contestants[f"{name}+read"] = measurement(opener, f"{name}+read", read=True)

    def sync() -> float:
        cpu, wall = _sync_per_call(server.url)
        walls.setdefault("ours-sync", []).append(wall)
        return cpu

    contestants["ours-sync"] = sync
    cpu = interleave(contestants, rounds)
    report.add(
        Row(
            "(b) client CPU per retrieve",
            fmt.micros(cpu["ours"]),
            f"httpx + json.loads {fmt.micros(cpu['httpx+json'])} · + orjson {fmt.micros(cpu['httpx+orjson'])}",
            fmt.micros(cpu["stock"]),
            fmt.micros(cpu["oag"]),
        )
    )
    report.target(
        "    ours ÷ httpx + orjson.loads", cpu["ours"] / cpu["httpx+orjson"], limit=CPU_TARGET, at_least=False
    )
    report.add(
        Row(
            "(b) client CPU per retrieve, over aiohttp",
            fmt.micros(cpu["ours-aiohttp"]),
            f"httpx transport {fmt.micros(cpu['ours'])}",
            "",
            fmt.micros(cpu["oag"]),
        )
    )
    report.target(
        "    ours over aiohttp ÷ OpenAPI Generator", cpu["ours-aiohttp"] / cpu["oag"], limit=1.0, at_least=False
    )
    report.add(
        Row(
            "(b) client CPU per retrieve, synchronous client",
            fmt.micros(cpu["ours-sync"]),
            f"async client {fmt.micros(cpu['ours'])}",
            ratio=f"{cpu['ours-sync'] / cpu['ours']:.2f}{TIMES}",
        )
    )
    report.add(
        Row(
            "(b) client CPU per retrieve + read every field",
            fmt.micros(cpu["ours+read"]),
            f"httpx + json.loads + read {fmt.micros(cpu['httpx+json+read'])}",
            fmt.micros(cpu["stock+read"]),
            fmt.micros(cpu["oag+read"]),
            ratio=f"{cpu['ours+read'] / cpu['httpx+json+read']:.2f}{TIMES}",
        )
    )
    wall = {name: min(values) for name, values in walls.items()}
    report.notes.append(
        "(b) Wall time per call, same runs: "
        + ", ".join(
            f"{label} {fmt.micros(wall[name])}"
            for name, label in (
                ("ours", "ours"),
                ("ours-aiohttp", "ours over aiohttp"),
                ("ours-sync", "ours synchronous"),
                ("httpx+orjson", "httpx + orjson"),
                ("stock", "stock"),
                ("oag", "OpenAPI Generator"),
            )
        )
        + "."
    )
