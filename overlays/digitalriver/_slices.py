"""Slices of the `createdTime` range, each paged with its own cursor, and how they split.

A slice is the half-open range `[gte, lt)` of `createdTime` (either end may be open), listed
newest first as the API lists everything, with `startingAfter` the id of the last object seen.
The slices of an export partition its range, so every object is in exactly one of them, an
object on an edge included: `createdTime[gte]=m` takes it, the `createdTime[lt]=m` of the
slice below does not.

Splitting. A slice that has more pages gives away the older part of what it still has to list:
with `edge` the createdTime of the last object it wrote, it becomes `[m, lt)` and goes on after
its cursor, while `[gte, m)` becomes a new slice with no cursor, for an `m` no later than `edge`.
Everything it wrote has a createdTime of `edge` or later, so nothing written is in the new
slice; everything it has not listed yet is older than its cursor, so whatever is in `[m, lt)`
still comes after the cursor. Split points are whole seconds (an API that compared times at a
coarser grain than ours could otherwise put an object in two slices), so a slice narrower than
two seconds is not split.

Losing the cursor. When the object a cursor names is deleted, the API refuses the cursor. The
slice then lists again from the second after `edge`, without a cursor, and skips what it has
already written: objects created after `edge`, and those created at `edge` whose ids it keeps
(`edge_ids`). Nothing is written twice and nothing is passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from ._base_client import rfc3339

SECOND = timedelta(seconds=1)
FAN_NEAREST = timedelta(hours=1)  # a slice open below fans out from an hour below its edge...
FAN_FARTHEST = timedelta(days=30 * 365)  # ...to 30 years below it, the oldest new slice open below that
EDGE_IDS = 1000  # ids kept of the objects written at the edge's time
FAN_LEAST = 4  # points, however few pieces are wanted: the fan-out is also how far back objects go is found


def parse_time(value: Any) -> datetime | None:
    """An RFC 3339 time as an aware datetime (UTC when it names no offset), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def format_time(moment: datetime) -> str:
    """As the API writes times: UTC, `Z`, milliseconds when there are any (as a filter sends them)."""
    return rfc3339("a slice's bound", moment)


def whole_second_after(moment: datetime) -> datetime:
    """The first whole second later than `moment`."""
    return moment.replace(microsecond=0) + SECOND


def split_points(low: datetime, high: datetime, pieces: int) -> list[datetime]:
    """Up to `pieces - 1` whole seconds in `(low, high]`, spread evenly, that cut it into `pieces`."""
    span = high - low
    points: list[datetime] = []
    for piece in range(1, pieces):
        point = low + span * piece / pieces
        if point.microsecond:
            point = whole_second_after(point)
        if low < point <= high and (not points or point > points[-1]):
            points.append(point)
    return points


@attrs.define
class Slice:
    """One slice and how far it has come; saved in the checkpoint as it is."""

    gte: str | None = None
    lt: str | None = None
    cursor: str | None = None  # the id of the last object listed: the next page starts after it
    edge: str | None = None  # the createdTime of the last object written
    edge_ids: list[str] = attrs.field(factory=list)  # the ids written whose createdTime is `edge`...
    edge_full: bool = False  # ...or some of them, when more than EDGE_IDS share it
    objects: int = 0  # written by this slice
    done: bool = False
    _written: set[str] | None = attrs.field(default=None, init=False, repr=False, eq=False)  # edge_ids, as a set

    def unseen(self, items: Sequence[Any]) -> list[Any]:
        """The items of a page this slice has not written yet (all of them, but after a lost cursor)."""
        edge = parse_time(self.edge)
        if edge is None or not items:
            return list(items)
        first = parse_time(_created(items[0]))
        if first is not None and first < edge:
            return list(items)  # the usual case: the page starts below the edge
        if self._written is None:
            self._written = set(self.edge_ids)
        written = self._written
        kept = []
        for item in items:
            moment = parse_time(_created(item))
            if moment is not None and (moment > edge or (moment == edge and _id(item) in written)):
                continue
            kept.append(item)
        return kept

    def advance(self, listed: Sequence[Any], written: Sequence[Any], *, whole: bool = True) -> None:
        """After a page: the cursor moves past what was listed (past what was written, when the
        page was not taken whole), the edge to the last object written."""
        last = listed[-1] if whole and listed else written[-1] if written else None
        if last is not None:
            self.cursor = _id(last)
        self.objects += len(written)
        if not written:
            return
        newest = _created(written[-1])
        moment = parse_time(newest)
        self._written = None
        if moment is None:  # no time to split at or go on from: the slice goes on by its cursor alone
            self.edge, self.edge_ids, self.edge_full = None, [], False
            return
        same = []
        for item in reversed(written):  # the objects created at the same time are at the end of the page
            if _created(item) != newest and parse_time(_created(item)) != moment:
                break
            same.append(_id(item))
        if moment != parse_time(self.edge):
            self.edge, self.edge_ids, self.edge_full = newest, [], False
        self.edge_ids.extend(reversed(same))
        if len(self.edge_ids) > EDGE_IDS:  # keep the checkpoint small: such a slice cannot lose its cursor
            del self.edge_ids[EDGE_IDS:]
            self.edge_full = True

    def lose_cursor(self) -> bool:
        """The cursor's object is gone: list again from the second after the edge (False: no edge to go on from)."""
        edge = parse_time(self.edge)
        if edge is None or self.edge_full:
            return False
        top = whole_second_after(edge)
        upper = parse_time(self.lt)
        if upper is None or top < upper:
            self.lt = format_time(top)
        self.cursor = None
        return True

    def left(self, ceiling: datetime) -> float | None:
        """About how many objects are left to list, at the density of those listed so far (None: unknown)."""
        edge, low = parse_time(self.edge), parse_time(self.gte)
        if edge is None or low is None or not self.objects:
            return None
        listed = ((parse_time(self.lt) or max(ceiling, edge)) - edge).total_seconds()
        return self.objects * max(0.0, (edge - low).total_seconds()) / max(listed, 1e-3)

    def split(self, pieces: int) -> list[Slice]:
        """Give away the older part of what is left as up to `pieces - 1` new slices, the oldest first:
        evenly; or, for a slice open below, at distances below its edge growing geometrically from an
        hour to 30 years (so that the first round trip finds where the objects are)."""
        edge = parse_time(self.edge)
        if edge is None or pieces < 2:
            return []
        low = parse_time(self.gte)
        if low is None:
            count = max(pieces - 1, FAN_LEAST)
            ratio = (FAN_FARTHEST / FAN_NEAREST) ** (1 / (count - 1))
            distances = [FAN_NEAREST * ratio**step for step in range(count)]
            points = sorted({(edge - distance).replace(microsecond=0) for distance in distances})
        else:
            points = split_points(low, edge, pieces)
        if not points:
            return []
        bounds = [self.gte, *(format_time(point) for point in points)]
        self.gte = bounds[-1]
        return [Slice(gte=bounds[n], lt=bounds[n + 1]) for n in range(len(points))]

    def covered(self, ceiling: datetime) -> tuple[float, float] | None:
        """Seconds of time this slice spans and of those it has listed (None while it is open below and at work)."""
        low, edge = parse_time(self.gte), parse_time(self.edge)
        high = min(parse_time(self.lt) or ceiling, ceiling)
        if self.done:
            if not self.objects:
                return 0.0, 0.0
            low = low or edge
            span = 0.0 if low is None else max(0.0, (high - low).total_seconds())
            return span, span
        if low is None:
            return None
        span = max(0.0, (high - low).total_seconds())
        return span, 0.0 if edge is None else min(span, max(0.0, (high - max(edge, low)).total_seconds()))


def _created(item: Any) -> Any:
    return item.get("createdTime") if isinstance(item, dict) else None


def _id(item: Any) -> str:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else ""
