"""Token buckets per API key, so a client's handling of 429 meets a limiter that behaves like one.

A bucket holds up to `max(1, rate)` tokens and refills at `rate` per second; the rate is read
on every request, so a test may change it while the fake is serving.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when counted)

    def retry_after(self, key: str, rate: float | None) -> int | None:
        """None when the request may pass (a token is spent); else whole seconds to wait, at least 1."""
        if rate is None:
            return None
        now = self._clock()
        capacity = max(1.0, rate)
        tokens, then = self._buckets.get(key, (capacity, now))
        tokens = min(capacity, tokens + (now - then) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return max(1, math.ceil((1.0 - tokens) / rate))
