"""List answers: the operation's documented filters, then cursor pagination, newest first.

The filters a list takes are read from the generated operations table, so the fake honours
exactly the query parameters the document declares and ignores any other, as the API does.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from digitalriver_api.runtime import Operation, QueryParameter

from ._http import bad_parameter
from ._store import Obj, dig
from ._validation import Instant, instant

DEFAULT_LIMIT = 10
PAGING = ("limit", "startingAfter", "endingBefore")


def list_page(objects: Sequence[Obj], operation: Operation, query: Mapping[str, Any]) -> Obj:
    """One page of `objects` (newest first) as `{"hasMore", "data"}`.

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
    position = {obj["id"]: index for index, obj in enumerate(objects)}
    kept = [obj for obj in objects if all(test(obj) for test in tests)]
    if after is not None:
        start = _cursor(position, after, "startingAfter")
        rest = [obj for obj in kept if position[obj["id"]] > start]
        return {"hasMore": len(rest) > limit, "data": rest[:limit]}
    if before is not None:
        end = _cursor(position, before, "endingBefore")
        rest = [obj for obj in kept if position[obj["id"]] < end]
        return {"hasMore": len(rest) > limit, "data": rest[-limit:]}
    return {"hasMore": len(kept) > limit, "data": kept[:limit]}


def _limit(value: str | None, parameter: QueryParameter) -> int:
    if value is None:
        return DEFAULT_LIMIT
    low, high = parameter.minimum or 1, parameter.maximum or DEFAULT_LIMIT
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise bad_parameter("limit", f"limit must be an integer from {low} to {high}.")
    return int(value)


def _cursor(position: Mapping[str, int], object_id: str, name: str) -> int:
    if object_id not in position:
        raise bad_parameter(name, f"{name} names no object of this list: {object_id!r}.")
    return position[object_id]


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
