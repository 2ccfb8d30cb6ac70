"""Argument types shared by every resource method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx


class RequestOptions(TypedDict, total=False):
    """Per-call settings, accepted as keyword arguments by every method.

    - `timeout`: seconds (or an `httpx.Timeout`) for this call; `None` waits forever.
    - `extra_headers`: sent with this call, e.g. `{"upstream-id": "order-123"}`.
    - `max_retries`: overrides the client's for this call.
    """

    timeout: float | httpx.Timeout | None
    extra_headers: Mapping[str, str]
    max_retries: int


class ListOptions(RequestOptions, total=False):
    """Options of a list, which adds `prefetch`.

    - `prefetch`: while `async for` works through a page, the next one is already on its way
      (at most one page ahead; leaving the loop cancels it). On by default; `False` fetches
      each page only when the items before it have been consumed.
    """

    prefetch: bool


class PageFilters(ListOptions, total=False):
    """The filters every list operation takes; each resource adds its own."""

    limit: int
    starting_after: str
    ending_before: str
    ids: str


class CreateOptions(RequestOptions, total=False):
    """Options of a create, which adds `safe_to_retry`.

    A create is not repeated once it may have reached the server, since that could create the
    object twice. `safe_to_retry=True` says this call is safe to repeat anyway (for example, a
    customer created with an id of the caller's own, whose duplicate would answer 409).
    """

    safe_to_retry: bool


Body = Mapping[str, Any]
"""A request body given as a mapping keyed by the API's own (camelCase) field names; methods
also take the generated attrs request model. Unknown keys are sent as given."""
