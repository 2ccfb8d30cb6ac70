"""List answers: the operation's documented filters, then cursor pagination, newest first.

The filters a list takes are read from the generated operations table, so the fake honours
exactly the query parameters the document declares and ignores any other, as the API does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from digitalriver_api.runtime import Operation, QueryParameter

from ._http import bad_parameter
from ._store import Obj, dig

DEFAULT_LIMIT = 10
PAGING = ("limit", "startingAfter", "endingBefore")


def list_page(objects: Sequence[Obj], operation: Operation, query: Mapping[str, str]) -> Obj:
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
