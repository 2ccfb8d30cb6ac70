"""List answers: the operation's documented filters, then cursor pagination, newest first.

The filters a list takes are read from the generated operations table, so the fake honours
exactly the query parameters the document declares and ignores any other, as the API does.

Paging walks the collection's index (see `_store`): from the cursor, or from the newest object
of a `createdTime` range, as far as the page needs, so a page costs about as much at 100,000
objects as at 100. `createdTime[...]` bounds narrow the walk itself; `updatedTime[...]` bounds
are checked on each object walked over, with the other filters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from digitalriver_api.runtime import Operation, QueryParameter

from ._http import bad_parameter
from ._store import Collection, Obj, dig, time_key

DEFAULT_LIMIT = 10
PAGING = ("limit", "startingAfter", "endingBefore")
TIME_BOUND = re.compile(r"^(createdTime|updatedTime)\[(eq|gt|gte|lt|lte)\]$")

Test = Callable[[Obj], bool]


def list_page(objects: Collection | Sequence[Obj], operation: Operation, query: Mapping[str, str]) -> Obj:
    """One page of `objects` (a collection, or a sequence newest first) as `{"hasMore", "data"}`.

    `startingAfter=X` answers the `limit` objects right after X and whether more follow;
    `endingBefore=X` the `limit` objects right before X, still newest first, and whether
    more come before them.
    """
    declared = {parameter.name: parameter for parameter in operation.query.values()}
    given = {name: value for name, value in query.items() if name in declared}
    limit = _limit(given.get("limit"), declared["limit"])
    after, before = given.get("startingAfter"), given.get("endingBefore")
    if after is not None and before is not None:
        raise bad_parameter("endingBefore", "Use startingAfter or endingBefore, not both.")
    tests = [_filter(declared[name], value) for name, value in given.items() if name not in PAGING]
    lowest, highest, time_tests = _time_bounds(declared, query)
    tests += time_tests
    if isinstance(objects, Collection):
        return _page(objects, limit, after, before, lowest, highest, tests)
    if lowest is not None or highest is not None:  # a sequence's order need not be by time
        tests.append(_within("createdTime", lowest, highest))
    return _page(_Listed(objects), limit, after, before, None, None, tests)


# --- paging over the index ----------------------------------------------------------------------


def _page(
    index: Collection | _Listed,
    limit: int,
    after: str | None,
    before: str | None,
    lowest: int | None,
    highest: int | None,
    tests: list[Test],
) -> Obj:
    """Walk the index (oldest first) from the cursor or the range's newest end, keeping what passes."""
    start, stop = index.window(lowest, highest)
    found: list[Obj] = []
    if before is not None:  # newer than the cursor: walk up from it, the nearest first
        start = max(start, _cursor(index, before, "endingBefore") + 1)
        for position in range(start, stop):
            obj = index.at(position)
            if all(test(obj) for test in tests):
                found.append(obj)
                if len(found) > limit:
                    break
        return {"hasMore": len(found) > limit, "data": found[:limit][::-1]}
    if after is not None:  # older than the cursor
        stop = min(stop, _cursor(index, after, "startingAfter"))
    for position in range(stop - 1, start - 1, -1):
        obj = index.at(position)
        if all(test(obj) for test in tests):
            found.append(obj)
            if len(found) > limit:
                break
    return {"hasMore": len(found) > limit, "data": found[:limit]}


def _cursor(index: Collection | _Listed, object_id: str, name: str) -> int:
    position = index.position(object_id)
    if position is None:
        raise bad_parameter(name, f"{name} names no object of this list: {object_id!r}.")
    return position


class _Listed:
    """A plain sequence (newest first) seen as an index, oldest first."""

    def __init__(self, newest_first: Sequence[Obj]) -> None:
        self._objects = list(reversed(newest_first))
        self._position = {obj["id"]: position for position, obj in enumerate(self._objects)}

    def window(self, lowest: int | None, highest: int | None) -> tuple[int, int]:
        return 0, len(self._objects)

    def position(self, object_id: str) -> int | None:
        return self._position.get(object_id)

    def at(self, position: int) -> Obj:
        return self._objects[position]


def _time_bounds(
    declared: Mapping[str, QueryParameter], query: Mapping[str, str]
) -> tuple[int | None, int | None, list[Test]]:
    """`createdTime[...]` as the index's range `[lowest, highest)` in microseconds, and
    `updatedTime[...]` as a test; only for lists that declare them."""
    lowest: int | None = None
    highest: int | None = None
    tests: list[Test] = []
    for name, value in query.items():
        match = TIME_BOUND.match(name)
        if match is None or match[1] not in declared:
            continue
        moment = time_key(value)
        if moment is None:
            raise bad_parameter(name, f"{name} must be an ISO 8601 time such as 2024-01-31T12:00:00Z.")
        key = match[2]
        low = moment + 1 if key == "gt" else moment if key in ("gte", "eq") else None
        high = moment + 1 if key in ("lte", "eq") else moment if key == "lt" else None
        if match[1] == "createdTime":
            lowest = low if lowest is None or (low is not None and low > lowest) else lowest
            highest = high if highest is None or (high is not None and high < highest) else highest
        else:
            tests.append(_within("updatedTime", low, high))
    return lowest, highest, tests


def _within(field: str, low: int | None, high: int | None) -> Test:
    def test(obj: Obj) -> bool:
        moment = time_key(obj.get(field))
        return moment is not None and (low is None or moment >= low) and (high is None or moment < high)

    return test


# --- limits and filters -------------------------------------------------------------------------


def _limit(value: str | None, parameter: QueryParameter) -> int:
    if value is None:
        return DEFAULT_LIMIT
    low, high = parameter.minimum or 1, parameter.maximum or DEFAULT_LIMIT
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise bad_parameter("limit", f"limit must be an integer from {low} to {high}.")
    return int(value)


def _filter(parameter: QueryParameter, value: str) -> Callable[[Obj], bool]:
    name = parameter.name
    if parameter.type is bool:
        if value not in ("true", "false"):
            raise bad_parameter(name, f"{name} must be true or false.")
        wanted = value == "true"
        return lambda obj: bool(obj.get(name, False)) is wanted
    if name in ("ids", "upstreamIds"):
        field = "id" if name == "ids" else "upstreamId"
        listed = {part.strip() for part in value.split(",") if part.strip()}
        return lambda obj: obj.get(field) in listed
    if name in ("skuId", "subscriptionId"):  # a property of items, not of the object
        path = ("skuId",) if name == "skuId" else ("subscriptionInfo", "subscriptionId")
        return lambda obj: any(dig(item, *path) == value for item in obj.get("items") or [])
    return lambda obj: obj.get(name) == value
