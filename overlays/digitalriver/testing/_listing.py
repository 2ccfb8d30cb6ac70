"""List answers: the operation's documented filters, then cursor pagination, newest first.

The filters a list takes are read from the generated operations table, so the fake honours
exactly the query parameters the document declares and ignores any other, as the API does.

Paging walks the collection's index (see `_store`): from the cursor, or from the newest object
of a `createdTime` range, as far as the page needs, so a page costs about as much at 100,000
objects as at 100. The range narrows the walk (to the microsecond, a little wider than the
range where it is finer); every filter, the range included, is then checked on each object
walked over.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from digitalriver_api.runtime import Operation, QueryParameter

from ._http import bad_parameter
from ._store import EPOCH, Collection, Obj, dig
from ._validation import Instant, instant

DEFAULT_LIMIT = 10
PAGING = ("limit", "startingAfter", "endingBefore")


def list_page(objects: Collection | Sequence[Obj], operation: Operation, query: Mapping[str, Any]) -> Obj:
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
    if isinstance(objects, Collection):
        lowest, highest = _window(given.get("createdTime"))
        return _page(objects, limit, after, before, lowest, highest, tests)
    return _page(_Listed(objects), limit, after, before, None, None, tests)


# --- paging over the index ----------------------------------------------------------------------


def _page(
    index: Collection | _Listed,
    limit: int,
    after: str | None,
    before: str | None,
    lowest: int | None,
    highest: int | None,
    tests: list[Callable[[Obj], bool]],
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


def _window(bounds: Any) -> tuple[int | None, int | None]:
    """A `createdTime` range as the index's `[lowest, highest)` in microseconds since 1970, never
    narrower than the range (the range's own test, among the filters, is exact)."""
    lowest: int | None = None
    highest: int | None = None
    if not isinstance(bounds, Mapping):
        return lowest, highest
    for key, text in bounds.items():
        point = _instant(text)
        if point is None:
            continue
        moment = (point[0] - EPOCH) // timedelta(microseconds=1)  # the microsecond it falls in
        low = moment if key in ("gte", "gt", "eq") else None
        high = moment + 1 if key in ("lt", "lte", "eq") else None
        lowest = low if lowest is None or (low is not None and low > lowest) else lowest
        highest = high if highest is None or (high is not None and high < highest) else highest
    return lowest, highest


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


# --- limits and filters -------------------------------------------------------------------------


def _limit(value: str | None, parameter: QueryParameter) -> int:
    if value is None:
        return DEFAULT_LIMIT
    low, high = parameter.minimum or 1, parameter.maximum or DEFAULT_LIMIT
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise bad_parameter("limit", f"limit must be an integer from {low} to {high}.")
    return int(value)


# Filters on a property of an object's items rather than of the object: the item field each reads.
ITEM_FIELDS = {"skuId": ("skuId",), "subscriptionId": ("subscriptionInfo", "subscriptionId"), "price": ("price",)}
COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def _filter(parameter: QueryParameter, value: Any) -> Callable[[Obj], bool]:
    """Whether an object passes one filter, read from the filter's declaration in the table.

    `value` is what `_validation` checked: text for a scalar, a list of texts for an array, a
    mapping of bounds for a range. A scalar is equal to the object's field of the same name; an
    array (`ids`, `upstreamIds`) lists values of the field its name is the plural of (`id`); a
    range bounds the field of its name, times compared as instants and amounts as numbers, each
    bound given met, so that `gte`/`lt` slices put an object on their edge in exactly one slice.
    A filter in ITEM_FIELDS passes an object when one of its items passes it.
    """
    name = parameter.name
    path = ITEM_FIELDS.get(name)
    field = name[:-1] if parameter.kind == "array" and name.endswith("s") and path is None else name
    if parameter.kind == "object":
        test = _in_range(parameter, value)
    elif parameter.kind == "array":
        test = functools.partial(_listed, frozenset(_typed(parameter, item) for item in value))
    else:
        wanted = _typed(parameter, value)
        if path is None and isinstance(wanted, str):  # the common case, kept quick: no other kind equals a str
            return lambda obj: obj.get(field) == wanted
        if path is None and isinstance(wanted, bool):  # an absent flag is false
            return lambda obj: obj.get(field, False) is wanted
        test = functools.partial(_equal, wanted)
    if path is not None:
        return lambda obj: any(test(dig(item, *path)) for item in _items(obj))
    return lambda obj: test(obj.get(field))


def _typed(parameter: QueryParameter, text: str) -> Any:
    if parameter.type is bool:
        return text == "true"
    if parameter.type is int:
        return int(text)
    if parameter.type is float:
        return float(text)
    return text


def _same_kind(a: Any, b: Any) -> bool:
    """JSON's kinds: a boolean is not a number, and an int and a float are the same kind."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    if isinstance(a, int | float):
        return isinstance(b, int | float)
    return type(a) is type(b)


def _equal(wanted: Any, value: Any) -> bool:
    return _same_kind(wanted, value) and bool(value == wanted)


def _listed(listed: frozenset[Any], value: Any) -> bool:
    if not isinstance(value, str | int | float) or value not in listed:  # an object or a list is in no list
        return False
    return any(_same_kind(value, item) for item in listed if item == value)


def _in_range(parameter: QueryParameter, bounds: Mapping[str, str]) -> Callable[[Any], bool]:
    key: Callable[[Any], Any] = _instant if parameter.type is datetime else _number
    limits = [(COMPARISONS[name], key(_typed(parameter, text))) for name, text in bounds.items()]
    if any(limit is None for _, limit in limits):  # checked before, so never: but then nothing is in range
        return lambda value: False

    def test(value: Any) -> bool:
        point = key(value)
        return point is not None and all(compare(point, limit) for compare, limit in limits)

    return test


def _instant(value: Any) -> Instant | None:
    return _instant_of(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=1 << 16)
def _instant_of(text: str) -> Instant | None:
    """An object's time as an instant, remembered: the same objects' times are read by every list."""
    try:
        return instant(text)
    except ValueError:
        return None


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _items(obj: Obj) -> list[Any]:
    items = obj.get("items")
    return items if isinstance(items, list) else []
