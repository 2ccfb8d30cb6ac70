"""A client-side rate limit, shared by every request of one client.

The API limits each key (25 requests/s with a test key, 250/s live) and answers 429 beyond it.
Staying under the limit on our side is cheaper than meeting 429s: a 429 costs a round trip and a
`Retry-After` pause for every concurrent task at once. So every attempt (retries included) of
every resource of one `AsyncDigitalRiver` takes a slot from one `RateLimiter`, whether the calls
come from one loop or from three exports running side by side.

The limiter schedules slots rather than counting tokens (the "generic cell rate algorithm", an
exact equivalent of a token bucket). Callers who cannot start at once queue in arrival order;
only the first of them sleeps, until its slot, and nothing is reserved before a slot is taken.
So a caller cancelled while it waits (a deadline, a `break`) gives back its place: nobody
behind it waits longer for it.

It keeps a margin under the rate it is given (`margin`, 10% by default): 25 requests/s become
22.5/s, and a burst of 25 becomes 22.5. A client alone on a key then never meets the API's own
limit, though its requests reach the API a little earlier or later than they were sent.

When a 429 arrives anyway (another process shares the key, or the limit is lower than assumed),
the rate is halved and nobody starts before the `Retry-After` has passed, callers already
queued included: the first in the queue looks at the schedule again when it wakes. Each
success then gives back a twentieth of the configured rate, so the limiter returns to full
speed once the API stops refusing (additive increase, multiplicative decrease).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable

import anyio
from anyio import sleep

TEST_KEY_RATE = 25.0
LIVE_KEY_RATE = 250.0
MIN_RATE_FRACTION = 1 / 16
DEFAULT_MARGIN = 0.1


def _anyio_sleep() -> Callable[[float], Awaitable[None]]:
    return sleep


class RateLimiter:
    """At most `rate` calls per second on average, with bursts of up to `burst` calls, less `margin`.

    `rate` and `burst` are the API's limit (`burst` defaults to one second's worth); the limiter
    keeps `margin` (a fraction, 0.1 by default) under both. `clock` and `sleep` can be replaced
    (in tests) by a fake clock and a recorder; without `sleep`, the module's `sleep` is looked up
    at each wait, so a test can patch it.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: float | None = None,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0 or rate == float("inf"):
            raise ValueError(f"rate_limit must be a positive number of requests per second, not {rate!r}")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin < 1:
            raise ValueError(f"margin must be a fraction from 0 up to (not including) 1, not {margin!r}")
        self.max_rate = float(rate)
        self.rate = self.max_rate
        self.burst = max(1.0, float(burst if burst is not None else rate))
        self.margin = float(margin)
        self._clock = clock
        self._sleep = sleep
        self._next_free = clock()  # the theoretical time of the next slot, with no burst allowance
        self._queue: deque[anyio.Event] = deque()  # callers waiting, first in line first
        self._changes = 0  # counts `slow_down`s: the first in line must look at the schedule again

    async def acquire(self) -> float:
        """Wait for a slot; return the seconds waited (0.0 when the bucket had room)."""
        if not self._queue and self._earliest() <= self._clock():
            self._take()
            return 0.0
        turn = anyio.Event()
        self._queue.append(turn)
        waited = 0.0
        try:
            if self._queue[0] is not turn:
                await turn.wait()  # set when the caller ahead has taken its slot or given up
            while True:
                changes = self._changes
                wait = self._earliest() - self._clock()
                if wait <= 0:
                    break
                await (self._sleep or _anyio_sleep())(wait)
                waited += wait
                if changes == self._changes:  # the schedule is as it was: this was the wait
                    break
            self._take()
            return waited
        finally:
            first = self._queue[0] is turn
            self._queue.remove(turn)
            if first and self._queue:
                self._queue[0].set()

    @property
    def waiting(self) -> int:
        """How many callers wait for a slot now."""
        return len(self._queue)

    def slow_down(self, retry_after: float | None) -> None:
        """The API refused with 429: halve the rate and hold everyone until `Retry-After` has passed."""
        self.rate = max(self.max_rate * MIN_RATE_FRACTION, self.rate / 2)
        now = self._clock()
        hold = retry_after if retry_after is not None else 1.0 / self.rate
        # The next slot is at now + hold even for a full bucket: push past the burst allowance.
        self._next_free = max(self._next_free, now + hold + self._allowance())
        self._changes += 1

    def speed_up(self) -> None:
        """A call succeeded: give back part of the rate taken by `slow_down`."""
        if self.rate < self.max_rate:
            self.rate = min(self.max_rate, self.rate + self.max_rate / 20)

    def _interval(self) -> float:
        return 1.0 / (self.rate * (1.0 - self.margin))

    def _allowance(self) -> float:
        """How far ahead of the schedule a burst may run."""
        return (max(1.0, self.burst * (1.0 - self.margin)) - 1.0) * self._interval()

    def _earliest(self) -> float:
        return self._next_free - self._allowance()

    def _take(self) -> None:
        self._next_free = max(self._next_free, self._clock()) + self._interval()

    def __repr__(self) -> str:
        return (
            f"RateLimiter(rate={self.rate:g}/s, max_rate={self.max_rate:g}/s, burst={self.burst:g}, "
            f"margin={self.margin:g})"
        )
