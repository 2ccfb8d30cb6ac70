"""The knobs a test turns and the counters it reads; both are plain attributes, read per request."""

from __future__ import annotations

from collections import Counter

import attrs

from ._faults import FaultPlan


@attrs.define
class FakeConfig:
    """`rate_limit`: requests per second per API key (None: unlimited). `faults`: see `FaultPlan`."""

    rate_limit: float | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.gt(0)))
    faults: FaultPlan = attrs.field(factory=FaultPlan)


@attrs.define
class Counters:
    """What the fake received, so a test can prove a request was sent, or processed, only once.

    `routes` counts requests by `(method, path template)`, e.g. `("POST", "/customers")` (an
    unknown path counts under itself); `creates` counts objects actually created, by resource
    (`"customers"`), and `faults` the faults injected, by kind.
    """

    requests: int = 0
    routes: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    creates: Counter[str] = attrs.field(factory=Counter)
    faults: Counter[str] = attrs.field(factory=Counter)

    def reset(self) -> None:
        self.requests = 0
        for counter in (self.routes, self.creates, self.faults):
            counter.clear()
