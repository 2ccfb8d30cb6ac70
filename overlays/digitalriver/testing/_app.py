"""The fake API as a bare ASGI application, the one place that speaks ASGI.

Every request takes the same steps, each of which a test can observe or steer: it is counted,
its key checked, a token of the key's rate limit spent, then a fault may strike before the
request is processed, the request is checked against the document (`_validation`: a 400 for
anything it forbids), the store processes it, and a fault may strike after. Processing awaits
nothing, so each request changes the store atomically; the only awaits are the body, the
answer and injected latency, all through anyio, so the app runs under asyncio and trio alike.
"""

from __future__ import annotations

from . import _validation
from ._config import Counters, FakeConfig
from ._faults import inject
from ._handlers import Call, handler_for
from ._http import (
    APIError,
    Receive,
    Response,
    Scope,
    Send,
    bearer_token,
    error_response,
    json_response,
    query_pairs,
    read_body,
    send_response,
)
from ._ratelimit import RateLimiter
from ._routes import Route, find_route
from ._store import Store


class FakeApp:
    def __init__(self, store: Store, config: FakeConfig, counters: Counters) -> None:
        self.store = store
        self.config = config
        self.counters = counters
        self._limiter = RateLimiter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan, websocket: raising is how ASGI says "not supported"
            raise NotImplementedError(f"the fake serves HTTP only, not {scope['type']}")
        body = await read_body(receive)
        if body is None:
            return
        method: str = scope["method"]
        path: str = scope["path"]
        try:
            route = find_route(method, scope.get("raw_path") or path.encode("utf-8"))
        except APIError as error:
            self._count(method, path)
            await send_response(send, self._refusal(scope) or error_response(error))
            return
        self._count(method, route.template)
        refusal = self._refusal(scope)
        if refusal is not None:
            await send_response(send, refusal)
            return
        fault = self.config.faults.pick(method, route.template, path)
        if fault is not None:
            self.counters.faults[fault.kind] += 1
        if fault is not None and fault.when == "before" and await inject(fault, send, None):
            return
        answer = self._process(route, scope, body)
        if fault is not None and fault.when == "after" and await inject(fault, send, answer):
            return
        await send_response(send, answer)

    def _count(self, method: str, template: str) -> None:
        self.counters.requests += 1
        self.counters.routes[(method, template)] += 1

    def _refusal(self, scope: Scope) -> Response | None:
        """401 without a bearer key, 429 beyond the key's rate limit; None lets the request in."""
        key = bearer_token(scope)
        if key is None:
            return error_response(APIError(401, "unauthorized", "Send your API key as Authorization: Bearer <key>."))
        wait = self._limiter.retry_after(key, self.config.rate_limit)
        if wait is None:
            return None
        message = f"Too many requests for this key; retry in {wait} s."
        return error_response(APIError(429, "too_many_requests", message, headers=(("retry-after", str(wait)),)))

    def _process(self, route: Route, scope: Scope, body: bytes) -> Response:
        operation = route.operation
        handler, handled = handler_for(operation)
        try:
            rules = _validation.rules(operation)
            rules.check_path(route.params)
            call = Call(operation, route.params, rules.check_query(query_pairs(scope)), rules.check_body(body))
            with self.store.checking(_validation.check_stored):
                value = handler(self.store, call)
        except APIError as error:
            return error_response(error)
        if operation.success_status == 201 and handled:
            self.counters.creates[operation.resource] += 1
        if value is None:
            return Response(operation.success_status)
        return json_response(operation.success_status, value)
