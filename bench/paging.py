"""(c) Iterating 10,000 full customers, 100 a page, with 20 ms of server latency per page.

The ideal is the latency alone: 100 pages of 20 ms = 2.0 s. A client that asks for the next
page only once the current one is parsed and consumed pays latency + transfer + parse per
page; one that prefetches overlaps its parsing with the next page's latency.

- floor: a bare loop of `httpx` GETs + `orjson.loads`, one page after another;
- ours: `async for customer in dr.customers.list(limit=100)`, with `prefetch=True` and with
  `prefetch=False` (where the SDK has that argument; before it, the default iteration);
- stock and OpenAPI Generator: the same loop written over their generated list functions
  (neither generates a paginator), passing the last id as `startingAfter`.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable
from typing import Any

import orjson

from bench import clients
from bench import report as fmt
from bench.peers import Peers
from bench.report import TIMES, Report, Row
from bench.sample import PAGE_SIZE
from bench.server import Server
from bench.timing import interleave, progress

ITEMS = 10_000
LATENCY = 0.020
PAGES = -(-ITEMS // PAGE_SIZE)
IDEAL = PAGES * LATENCY
LATENCY_TARGET = 1.15  # at most this many times pages times latency
WORK = 0.020  # the caller's own awaited work per page, in the rows that show what prefetch buys


async def _ours(url: str, options: dict[str, Any], work: float = 0.0) -> int:
    """Every customer; with `work`, the caller also awaits that long per page (a database write, say)."""
    seen = 0
    async with clients.ours(url) as dr:
        async for _ in dr.customers.list(limit=PAGE_SIZE, **options):
            seen += 1
            if work and seen % PAGE_SIZE == 0:
                await asyncio.sleep(work)
    return seen


async def _floor(url: str) -> int:
    seen, params = 0, {"limit": PAGE_SIZE}
    async with clients.floor(url) as client:
        while True:
            response = await client.get("/customers", params=params)
            response.raise_for_status()
            page = orjson.loads(response.content)
            seen += len(page["data"])
            if not page["hasMore"] or not page["data"]:
                return seen
            params = {"limit": PAGE_SIZE, "startingAfter": page["data"][-1]["id"]}


async def _stock(package: Any, url: str) -> int:
    list_customers = importlib.import_module(f"{package.__name__}.api.customers.list_customers")
    seen, cursor = 0, {}
    async with clients.stock(package, url) as client:
        while True:
            page = await list_customers.asyncio(client=client, limit=PAGE_SIZE, **cursor)
            seen += len(page.data)
            if not page.has_more or not page.data:
                return seen
            cursor = {"starting_after": page.data[-1].id}


async def _oag(package: Any, url: str) -> int:
    seen, cursor = 0, None
    async with clients.oag(package, url) as customers:
        while True:
            page = await customers.list_customers(limit=PAGE_SIZE, starting_after=cursor)
            seen += len(page.data)
            if not page.has_more or not page.data:
                return seen
            cursor = page.data[-1].id


def _timed(server: Server, run: Callable[[], Any]) -> Callable[[], float]:
    def measure() -> float:
        server.configure(items=ITEMS, latency=LATENCY)  # also zeroes its request count
        started = time.perf_counter()
        seen = asyncio.run(run())
        elapsed = time.perf_counter() - started
        requests = server.stats()["requests"]
        if seen != ITEMS or requests != PAGES:
            raise RuntimeError(f"iterated {seen} customers in {requests} requests, not {ITEMS} in {PAGES}")
        return elapsed

    return measure


def run(report: Report, peers: Peers, server: Server, rounds: int) -> None:
    progress(f"(c) iterate {ITEMS:,} customers, {LATENCY * 1e3:.0f} ms latency per page, {rounds} rounds")
    server.configure(items=ITEMS, latency=LATENCY)
    url = server.url
    contestants = {
        "floor": _timed(server, lambda: _floor(url)),
        "prefetch": _timed(server, lambda: _ours(url, {"prefetch": True})),
        "no prefetch": _timed(server, lambda: _ours(url, {"prefetch": False})),
        "stock": _timed(server, lambda: _stock(peers.stock.package, url)),
        "oag": _timed(server, lambda: _oag(peers.oag.package, url)),
        "work, prefetch": _timed(server, lambda: _ours(url, {"prefetch": True}, WORK)),
        "work, no prefetch": _timed(server, lambda: _ours(url, {"prefetch": False}, WORK)),
    }
    seconds = interleave(contestants, rounds)

    floor = f"httpx + orjson {fmt.secs(seconds['floor'])} · ideal {fmt.secs(IDEAL)}"
    stock, oag = fmt.secs(seconds["stock"]), fmt.secs(seconds["oag"])
    label = f"(c) iterate {ITEMS:,} customers, {PAGES} pages {TIMES} {LATENCY * 1e3:.0f} ms"
    report.add(Row(f"{label}, prefetch", fmt.secs(seconds["prefetch"]), floor, stock, oag))
    ratio = seconds["prefetch"] / IDEAL
    report.target(f"    ours ÷ pages {TIMES} latency", ratio, limit=LATENCY_TARGET, at_least=False)
    report.add(Row(f"{label}, prefetch=False", fmt.secs(seconds["no prefetch"]), floor, stock, oag))
    report.add(Row(f"    ours ÷ pages {TIMES} latency", ratio=f"{seconds['no prefetch'] / IDEAL:.2f}{TIMES}"))
    # Where prefetch pays: the caller's own work per page overlaps the next page's latency.
    work = f"ideal {fmt.secs(PAGES * max(LATENCY, WORK))} · one after the other {fmt.secs(PAGES * (LATENCY + WORK))}"
    label = f"{label} + {WORK * 1e3:.0f} ms of the caller's work per page"
    report.add(Row(f"{label}, prefetch", fmt.secs(seconds["work, prefetch"]), work))
    report.add(Row(f"{label}, prefetch=False", fmt.secs(seconds["work, no prefetch"]), work))
    gain = seconds["work, no prefetch"] / seconds["work, prefetch"]
    report.add(Row("    prefetch=False ÷ prefetch", ratio=f"{gain:.2f}{TIMES}"))
