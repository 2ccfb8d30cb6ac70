"""A stateful, in-memory fake of the Digital River API, for testing code that uses the SDK.

```python
from digitalriver import AsyncDigitalRiver
from digitalriver.testing import Fault, FakeDigitalRiver

fake = FakeDigitalRiver()
async with AsyncDigitalRiver(api_key="sk_test_x", http_client=fake.http_client()) as dr:
    customer = await dr.customers.create({"email": "jsmith@example.com"})
    fake.config.faults.script.append(Fault("drop", when="after", method="POST", path="/customers"))
```

It answers all 24 operations of the OpenAPI document as the API does (ids, times, newest-first
cursor pagination, every list filter, ranges and arrays included, the `Errors` body, invoice
states, sources and tax identifiers), refuses with a 400 whatever the document forbids before it
stores anything (`_validation`, with jsonschema), and can misbehave on purpose: a rate limit per
key, and faults (error statuses, an HTML page, a dropped connection, a truncated body, latency)
before or after processing, scripted or at random. `counters` tells what reached it and what it created.

`fake.app` is a plain ASGI app: `http_client()` reaches it in-process, while
`python -m digitalriver.testing --port 8000` and `serve_in_thread()` serve it with uvicorn on
127.0.0.1 (install the `testing` extra).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx

from ._app import FakeApp
from ._config import Counters, FakeConfig
from ._faults import ConnectionDropped, Fault, FaultPlan
from ._seed import seed
from ._store import Collection, Obj, Store

__all__ = [
    "BASE_URL",
    "Collection",
    "ConnectionDropped",
    "Counters",
    "FakeApp",
    "FakeConfig",
    "FakeDigitalRiver",
    "Fault",
    "FaultPlan",
    "Store",
]

BASE_URL = "https://api.digitalriver.com"


class FakeDigitalRiver:
    """The fake with its parts at hand: `app`, `store`, `config` (knobs) and `counters`."""

    def __init__(self, *, rate_limit: float | None = None, faults: FaultPlan | None = None) -> None:
        self.store = Store()
        self.config = FakeConfig(rate_limit=rate_limit, faults=faults or FaultPlan())
        self.counters = Counters()
        self.app = FakeApp(self.store, self.config, self.counters)

    def http_client(self, **options: Any) -> httpx.AsyncClient:
        """An `httpx.AsyncClient` that reaches the fake in-process, for `AsyncDigitalRiver(http_client=...)`.

        The caller closes it. Note that `httpx.ASGITransport` applies no timeouts.
        """
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=BASE_URL, **options)

    def seed(
        self, *, customers: int = 0, checkouts: int = 0, invoices: int = 0, spread: timedelta | None = None
    ) -> dict[str, list[Obj]]:
        """Create objects directly in the store (not counted); checkouts and invoices belong to its customers.

        With `spread`, each kind's objects were created evenly over that much time before now.
        """
        return seed(self.store, customers=customers, checkouts=checkouts, invoices=invoices, spread=spread)

    @contextlib.contextmanager
    def serve_in_thread(self, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve on loopback with uvicorn from a background thread; yields the base URL."""
        from ._server import serve_in_thread

        with serve_in_thread(self.app, host, port) as base_url:
            yield base_url
