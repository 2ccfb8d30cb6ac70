"""A client-side rate limit, shared by every request of one client.

The API limits each key (25 requests/s with a test key, 250/s live) and answers 429 beyond it.
Staying under the limit on our side is cheaper than meeting 429s: a 429 costs a round trip and a
`Retry-After` pause for every concurrent task at once. So every attempt (retries included) of
every resource of one `AsyncDigitalRiver` takes a slot from one `RateLimiter`, whether the calls
come from one loop or from three exports running side by side.

The limiter schedules slots rather than counting tokens (the "generic cell rate algorithm", an
exact equivalent of a token bucket): each call reserves the next free instant before it sleeps,
so concurrent callers queue in arrival order and no lock is needed between tasks of one thread.

When a 429 arrives anyway (another process shares the key, or the limit is lower than assumed),
the rate is halved and nobody starts before the `Retry-After` has passed; each success then
gives back a twentieth of the configured rate, so the limiter returns to full speed once the
API stops refusing (additive increase, multiplicative decrease).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from anyio import sleep

TEST_KEY_RATE = 25.0
LIVE_KEY_RATE = 250.0
MIN_RATE_FRACTION = 1 / 16


def _anyio_sleep() -> Callable[[float], Awaitable[None]]:
    return sleep


class RateLimiter:
    """At most `rate` calls per second on average, with bursts of up to `burst` calls.

    `clock` and `sleep` can be replaced (in tests) by a fake clock and a recorder; without
    `sleep`, the module's `sleep` is looked up at each wait, so a test can patch it.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0 or rate == float("inf"):
            raise ValueError(f"rate_limit must be a positive number of requests per second, not {rate!r}")
        self.max_rate = float(rate)
        self.rate = self.max_rate
        self.burst = max(1.0, float(burst if burst is not None else rate))
        self._clock = clock
        self._sleep = sleep
        self._next_free = clock()  # the theoretical time of the next slot, with no burst allowance

    async def acquire(self) -> float:
        """Wait for a slot; return the seconds waited (0.0 when the bucket had room)."""
        now = self._clock()
        interval = 1.0 / self.rate
        start = max(self._next_free, now)
        earliest = start - (self.burst - 1.0) * interval
        self._next_free = start + interval  # reserved before sleeping, so callers queue in order
        wait = earliest - now
        if wait <= 0:
            return 0.0
        await (self._sleep or _anyio_sleep())(wait)
        return wait

    def slow_down(self, retry_after: float | None) -> None:
        """The API refused with 429: halve the rate and hold everyone until `Retry-After` has passed."""
        self.rate = max(self.max_rate * MIN_RATE_FRACTION, self.rate / 2)
        now = self._clock()
        hold = retry_after if retry_after is not None else 1.0 / self.rate
        # The next slot is at now + hold even for a full bucket: push past the burst allowance.
        self._next_free = max(self._next_free, now + hold + (self.burst - 1.0) / self.rate)

    def speed_up(self) -> None:
        """A call succeeded: give back part of the rate taken by `slow_down`."""
        if self.rate < self.max_rate:
            self.rate = min(self.max_rate, self.rate + self.max_rate / 20)

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}/s, max_rate={self.max_rate:g}/s, burst={self.burst:g})"
