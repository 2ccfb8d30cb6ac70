"""The query string, as the document's styles say: scalars, arrays, deepObject ranges; every value checked first.

The operations here are made up, so each style is tested whatever the document uses today; the
last tests go through the generated surface to the request.
"""

from __future__ import annotations

import datetime
import decimal
import enum
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from digitalriver import AsyncDigitalRiver
from digitalriver._base_client import query_params
from digitalriver_api.runtime import Operation, QueryParameter

from .conftest import BASE

UTC = datetime.UTC
BERLIN = datetime.timezone(datetime.timedelta(hours=2))


def operation(**query: QueryParameter) -> Operation:
    return Operation(
        operation_id="listThings",
        method="GET",
        path="/things",
        resource="things",
        name="list",
        idempotent=True,
        success_status=200,
        path_parameters=(),
        query=query,
        has_body=False,
        body_required=False,
        request_model=None,
        response_model=None,
        response_media="application/json",
        item_model=None,
        summary="",
    )


OP = operation(
    limit=QueryParameter("limit", "scalar", int, minimum=1, maximum=100),
    flag=QueryParameter("flag", "scalar", bool),
    state=QueryParameter("state", "scalar", str, enum=("open", "paid")),
    ids=QueryParameter("ids", "array", str, explode=False),
    tags=QueryParameter("tag", "array", str, explode=True),
    created_time=QueryParameter("createdTime", "object", datetime.datetime, keys=("eq", "gt", "gte", "lt", "lte")),
    total=QueryParameter("totalAmount", "object", float, keys=("gte", "lt")),
    attempts=QueryParameter("attemptCount", "object", int, keys=("gt",)),
    extra=QueryParameter("extra", "object", str),  # a map: any key
    day=QueryParameter("day", "scalar", datetime.date),
)


class Color(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("filters", "sent"),
    [
        ({"limit": 5, "flag": False}, [("limit", "5"), ("flag", "false")]),
        ({"state": "paid"}, [("state", "paid")]),
        ({"state": "refunded"}, [("state", "refunded")]),  # a value the document does not list yet goes as given
        ({"ids": ["a", "b"]}, [("ids", "a,b")]),
        ({"ids": ("a",)}, [("ids", "a")]),
        ({"tags": ["x", "y"]}, [("tag", "x"), ("tag", "y")]),
        ({"ids": []}, [("ids", "")]),
        (
            {"created_time": {"gte": datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "lt": "2025-02-01T00:00:00Z"}},
            [("createdTime[gte]", "2025-01-02T03:04:05Z"), ("createdTime[lt]", "2025-02-01T00:00:00Z")],
        ),
        (
            {"created_time": {"gt": datetime.datetime(2025, 1, 2, 5, 4, 5, 250000, tzinfo=BERLIN)}},
            [("createdTime[gt]", "2025-01-02T03:04:05.250Z")],
        ),
        (
            {"total": {"gte": 10, "lt": decimal.Decimal("20.99")}},
            [("totalAmount[gte]", "10"), ("totalAmount[lt]", "20.99")],
        ),
        ({"attempts": {"gt": 2}}, [("attemptCount[gt]", "2")]),
        ({"extra": {"anything": "v"}}, [("extra[anything]", "v")]),
        ({"created_time": {"gte": None}}, []),
        ({"day": datetime.date(2025, 6, 30)}, [("day", "2025-06-30")]),
        ({"limit": None, "state": None}, []),
    ],
)
def test_each_style_is_sent_as_the_document_says(filters: dict[str, Any], sent: list[tuple[str, str]]) -> None:
    assert query_params(OP, filters) == sent


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        ({"colour": "red"}, TypeError, "listThings has no filter colour"),
        ({"limit": 0}, ValueError, "between 1 and 100"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"flag": "yes"}, TypeError, "flag must be a bool"),
        ({"state": 3}, TypeError, "state must be a str"),
        ({"ids": "a,b"}, TypeError, "ids must be a list of values, not str"),
        ({"ids": ["a", 1]}, TypeError, r"ids\[1\] must be a str"),
        ({"ids": ["a,b"]}, ValueError, "holds ','"),
        ({"created_time": "2025-01-01T00:00:00Z"}, TypeError, "must be a mapping such as"),
        ({"created_time": {"since": "2025-01-01T00:00:00Z"}}, ValueError, "takes the keys eq, gt, gte, lt, lte"),
        ({"created_time": {"gte": datetime.datetime(2025, 1, 1)}}, ValueError, "aware datetime"),
        ({"created_time": {"gte": 1735689600}}, TypeError, "datetime or an RFC 3339 string"),
        ({"created_time": {"gte": "yesterday"}}, ValueError, "RFC 3339 time with its offset"),
        ({"created_time": {"gte": "2025-01-31T12:00:00"}}, ValueError, "RFC 3339 time with its offset"),
        ({"total": {"gte": float("nan")}}, ValueError, "finite"),
        ({"total": {"gte": "ten"}}, TypeError, "must be a number"),
        ({"attempts": {"gt": 1.5}}, TypeError, "must be an int"),
        ({"day": datetime.datetime(2025, 1, 1, tzinfo=UTC)}, TypeError, "must be a date"),
    ],
)
def test_a_bad_value_is_refused_before_anything_is_sent(
    filters: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        query_params(OP, filters)


def test_an_enum_member_goes_as_its_value() -> None:
    assert query_params(OP, {"state": Color.RED}) == [("state", "red")]


def test_a_required_parameter_must_be_given() -> None:
    required = operation(q=QueryParameter("q", "scalar", str, required=True))
    with pytest.raises(TypeError, match="listThings needs q"):
        query_params(required, {})


async def test_range_and_array_filters_through_the_generated_surface(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"hasMore": False, "data": []})
    since = datetime.datetime(2025, 6, 1, tzinfo=UTC)
    await dr.invoices.list(
        created_time={"gte": since, "lt": "2025-07-01T00:00:00Z"}, upstream_ids=["u1", "u2"], total_amount={"gt": 5}
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path.decode().startswith("/invoices?")
    assert list(request.url.params.multi_items()) == [
        ("upstreamIds", "u1,u2"),
        ("createdTime[gte]", "2025-06-01T00:00:00Z"),
        ("createdTime[lt]", "2025-07-01T00:00:00Z"),
        ("totalAmount[gt]", "5"),
    ]
    assert str(request.url).startswith(f"{BASE}/invoices?")


def test_a_misspelt_range_key_is_refused_at_the_call(dr: AsyncDigitalRiver) -> None:
    with pytest.raises(ValueError, match="created_time takes the keys"):
        dr.customers.list(created_time={"gtee": "2025-01-01T00:00:00Z"})  # type: ignore[typeddict-unknown-key]
