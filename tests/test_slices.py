"""Slices of the createdTime range, by themselves: where they split, what they skip after a lost
cursor, and what they keep of their edge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from digitalriver._slices import EDGE_IDS, Slice, format_time, parse_time, split_points

START = datetime(2024, 5, 1, tzinfo=UTC)


def item(n: int, seconds: float) -> dict[str, Any]:
    return {"id": f"obj-{n}", "createdTime": format_time(START + timedelta(seconds=seconds))}


def test_split_points_are_whole_seconds_inside_the_range() -> None:
    low, high = START + timedelta(milliseconds=250), START + timedelta(seconds=10, milliseconds=700)
    points = split_points(low, high, 4)
    assert points == [START + timedelta(seconds=s) for s in (3, 6, 9)]
    assert split_points(START, START + timedelta(milliseconds=900), 4) == []  # nothing to cut at


def test_a_split_partitions_what_is_left_half_open() -> None:
    piece = Slice(gte=format_time(START), lt=format_time(START + timedelta(hours=1)))
    page = [item(n, 3000 - n) for n in range(100)]
    piece.advance(page, page)
    edge = parse_time(piece.edge)
    assert edge == START + timedelta(seconds=2901)
    new = piece.split(4)
    bounds = [(s.gte, s.lt) for s in [*new, piece]]
    assert bounds[0][0] == format_time(START) and bounds[-1][1] == format_time(START + timedelta(hours=1))
    assert all(bounds[n][1] == bounds[n + 1][0] for n in range(len(bounds) - 1))  # each lt the next gte
    assert all(parse_time(gte) <= edge for gte, _ in bounds)  # nothing written falls in a new slice  # type: ignore[operator]
    assert piece.cursor == "obj-99" and all(s.cursor is None for s in new)


def test_a_slice_open_below_fans_out_from_an_hour_to_thirty_years() -> None:
    piece = Slice()
    page = [item(0, 0)]
    piece.advance(page, page)
    new = piece.split(6)
    assert new[0].gte is None and len(new) == 5
    gaps = [START - parse_time(s.lt) for s in new]  # type: ignore[operator]
    assert timedelta(days=29 * 365) < gaps[0] and gaps[-1] <= timedelta(hours=1)


def test_after_a_lost_cursor_it_skips_what_it_wrote_and_nothing_else() -> None:
    piece = Slice(lt=format_time(START + timedelta(hours=1)))
    tied = [item(n, 100) for n in range(5)]  # five objects created at the same moment
    first = [item(90, 102), item(91, 101), *tied[:3]]
    piece.advance(first, first)
    assert piece.edge_ids == ["obj-0", "obj-1", "obj-2"]
    assert piece.lose_cursor() and piece.cursor is None
    assert piece.lt == format_time(START + timedelta(seconds=101))  # the second after the edge
    again = [item(91, 100.5), *tied, item(7, 99)]  # the cursor's object (obj-2) deleted or not: no matter
    assert [i["id"] for i in piece.unseen(again)] == ["obj-3", "obj-4", "obj-7"]


def test_an_edge_shared_by_too_many_objects_is_kept_in_part_and_cannot_be_gone_on_from() -> None:
    piece = Slice()
    for page in range(EDGE_IDS // 100 + 2):
        items = [item(page * 100 + n, 100) for n in range(100)]
        piece.advance(items, items)
    assert len(piece.edge_ids) == EDGE_IDS and piece.edge_full
    assert piece.unseen([item(10**6, 100)]) == [item(10**6, 100)]  # after the cursor: not written yet
    assert not piece.lose_cursor()
    later = [item(-1, 50)]
    piece.advance(later, later)
    assert piece.edge_ids == ["obj--1"] and not piece.edge_full
