"""Failures on demand, to test how a client copes with an API and a network that misbehave.

A `Fault` says what goes wrong and when: `before` the request is processed (nothing is stored
and the failure is the only answer) or `after` it (the object exists, then its answer fails).
That difference is the one a client must get right never to create an object twice.
`method` and `path` (a glob matched against the path and its template) limit where it strikes:
`Fault("drop", when="after", method="POST", path="/customers")`.

How each kind reaches the client:

- `error`: the `Errors` body with `status` (5xx), or 429 with an integer `Retry-After`.
- `html`: a proxy's HTML page with `status` instead of JSON.
- `drop`: the connection ends without an answer: the app sends nothing and raises
  `ConnectionDropped`, an `httpx.RemoteProtocolError`, which `httpx.ASGITransport` hands to the
  client as it is. A server would answer that exception with a 500, so `serve` and
  `serve_in_thread` turn it into a cut-off answer (see `_server`): the client's httpx raises
  `RemoteProtocolError` there too.
- `truncate`: the real answer cut in half, with a `Content-Length` that matches the half, so
  every transport delivers it and the client fails to parse it. Only `after`: it cuts the
  answer of a processed request. (A 204 has nothing to cut.)
- `latency`: waits `delay` seconds (with `anyio.sleep`), then answers normally; `before` delays
  the processing, `after` only the answer.

A `FaultPlan` picks which requests get one: first its `script`, consumed in order (the next
fault applies to the next request it matches, and waits otherwise), then, with `probability`,
one of `kinds` chosen by a `random.Random(seed)`, so a seeded run is repeatable.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from fnmatch import fnmatchcase
from http import HTTPStatus
from typing import Literal

import anyio
import attrs
import httpx

from ._http import ERROR_TYPES, Response, Send, error_body, json_response, send_response

Kind = Literal["error", "html", "drop", "truncate", "latency"]
When = Literal["before", "after"]


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app to end a connection without an answer."""


@attrs.frozen
class Fault:
    kind: Kind
    when: When = "before"
    status: int = 503
    retry_after: int = 1
    delay: float = 0.0
    method: str | None = None
    path: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.kind not in ("error", "html", "drop", "truncate", "latency") or self.when not in ("before", "after"):
            raise ValueError(f"unknown fault {self.kind!r} {self.when!r}")
        if self.kind == "truncate" and self.when != "after":
            raise ValueError("truncate cuts the answer of a processed request: use when='after'")
        if self.status == 429 and self.kind in ("error", "html") and self.when == "after":
            raise ValueError("the API answers 429 before the back end sees the request: use when='before'")
        if self.kind in ("error", "html") and self.status not in ERROR_TYPES:
            raise ValueError(f"status must be one of {sorted(ERROR_TYPES)}, not {self.status}")

    def matches(self, method: str, template: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or fnmatchcase(template, self.path) or fnmatchcase(path, self.path)


@attrs.define
class FaultPlan:
    script: list[Fault] = attrs.field(factory=list, converter=list)
    probability: float = 0.0
    kinds: Sequence[Fault] = ()
    seed: int | None = None
    _random: random.Random = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError(f"probability must be between 0 and 1, not {self.probability}")
        self._random = random.Random(self.seed)

    def pick(self, method: str, template: str, path: str) -> Fault | None:
        if self.script and self.script[0].matches(method, template, path):
            return self.script.pop(0)
        if self.probability and self._random.random() < self.probability:
            candidates = [fault for fault in self.kinds if fault.matches(method, template, path)]
            if candidates:
                return self._random.choice(candidates)
        return None


async def inject(fault: Fault, send: Send, answer: Response | None) -> bool:
    """Carry out `fault`; True when it was the answer, False when the real answer must follow."""
    if fault.kind == "latency":
        await anyio.sleep(fault.delay)
        return False
    if fault.kind == "drop":
        raise ConnectionDropped("the fake dropped the connection")
    if fault.kind == "truncate":
        assert answer is not None, "truncate is only ever after"
        cut = answer.body[: len(answer.body) // 2]
        await send_response(send, Response(answer.status, cut, answer.headers))
    elif fault.kind == "html":
        page = f"<html><body><h1>{fault.status} {HTTPStatus(fault.status).phrase}</h1></body></html>".encode()
        await send_response(send, Response(fault.status, page, (("content-type", "text/html"),)))
    else:
        retry = (("retry-after", str(max(1, fault.retry_after))),) if fault.status == 429 else ()
        body = error_body(fault.status, ERROR_TYPES[fault.status], "Injected by the fake's fault plan.")
        await send_response(send, json_response(fault.status, body, retry))
    return True
