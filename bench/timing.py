"""Rounds, interleaved: each contestant runs once per round, in a rotating order; its best round counts.

A 2-core machine shared with other work drifts (frequency, caches, a neighbour's test run).
When contestants take turns within each round, a slow spell hits all of them alike instead of
one. Interference only ever adds time, so the best of many short rounds is the estimate least
disturbed by it, for every contestant alike (as `timeit` advises). Unlike `timeit`, the garbage
collector stays on: collecting what a parser allocates is part of its cost.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable


def interleave(contestants: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Call each measurement `rounds` times, taking turns; the lowest value each returned."""
    return {name: min(values) for name, values in rounds_of(contestants, rounds).items()}


def rounds_of(contestants: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Every value each measurement returned, one per round, taking turns within each round."""
    names = list(contestants)
    results: dict[str, list[float]] = {name: [] for name in names}
    # Everything alive now (three generated clients, pydantic, the generators) stays out of the
    # collector's way: a full collection would otherwise scan a heap no real application has,
    # and charge that to whichever contestant happened to trigger it.
    gc.collect()
    gc.freeze()
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            results[name].append(contestants[name]())
    return results


def calls_filling(function: Callable[[], object], seconds: float) -> int:
    """How many calls of `function` take about `seconds` (the calls made to find out warm it up)."""
    calls = 1
    while True:
        started = time.perf_counter()
        for _ in range(calls):
            function()
        elapsed = time.perf_counter() - started
        if elapsed >= seconds / 2:
            return max(1, round(calls * seconds / elapsed))
        calls *= 2


def per_call(function: Callable[[], object], seconds: float = 0.2) -> Callable[[], float]:
    """A measurement for `interleave`: seconds per call, over a number of calls fixed up front."""
    calls = calls_filling(function, seconds)

    def measure() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            function()
        return (time.perf_counter() - started) / calls

    return measure


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
