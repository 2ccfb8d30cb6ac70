"""When a failed attempt is repeated, and how long to wait first.

The policy in one table (safe = the operation's `x-idempotent`, or a caller's opt-in):

    failure                                         retried
    connection not made (connect error/timeout)     always: nothing reached the server
    429 Too Many Requests                           always: it never reached the back end
    408, 500, 502, 503, 504                         only when safe
    read/write timeout, connection dropped          only when safe

An attempt whose whole deadline (`timeout`, see `_send`) passes is a connect timeout while the
request has certainly not gone out, and a read timeout once it may have.

Waits are exponential backoff with full jitter, unless the API named one with `Retry-After`
(seconds or an HTTP date). A `Retry-After` longer than `max_retry_after` is not slept through:
the error is raised at once, with the wait on it, for the caller to schedule.
"""

from __future__ import annotations

import email.utils
import enum
import random
import time
from collections.abc import Callable

import attrs
import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class Failure(enum.Enum):
    NOT_SENT = "not sent"  # the server cannot have seen the request
    RATE_LIMITED = "rate limited"  # 429: refused before the back end
    MAYBE_PROCESSED = "maybe processed"  # the server may have acted on it


def classify_exception(exc: httpx.TransportError) -> Failure:
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.ProxyError):
        return Failure.NOT_SENT
    return Failure.MAYBE_PROCESSED


def classify_status(status_code: int) -> Failure | None:
    if status_code == 429:
        return Failure.RATE_LIMITED
    if status_code in RETRYABLE_STATUSES:
        return Failure.MAYBE_PROCESSED
    return None


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


@attrs.frozen
class RetryPolicy:
    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[float, float], float] = random.uniform

    def should_retry(self, failure: Failure, *, retries_done: int, safe: bool) -> bool:
        if retries_done >= self.max_retries:
            return False
        return failure is not Failure.MAYBE_PROCESSED or safe

    def wait(self, retries_done: int, retry_after: float | None) -> float:
        """The pause before retry number `retries_done + 1`."""
        if retry_after is not None:
            return retry_after
        return self.jitter(0.0, min(self.max_backoff, self.initial_backoff * 2**retries_done))
