"""The generated models are tolerant, lossless readers of the API's JSON."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest

from digitalriver_api import models

from .document import Example, examples


def _model_for(example: Example) -> Any:
    return getattr(models, example.schema_ref.rsplit("/", 1)[-1])


def _as_instant(value: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def assert_same_json(got: Any, want: Any, where: str = "$") -> None:
    """Equal as JSON, except that timestamps compare as instants."""
    if isinstance(want, dict):
        assert isinstance(got, dict), where
        assert set(got) == set(want), f"{where}: keys {set(got) ^ set(want)}"
        for key in want:
            assert_same_json(got[key], want[key], f"{where}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert_same_json(g, w, f"{where}[{i}]")
    elif isinstance(want, str) and got != want:
        instant = _as_instant(want)
        assert instant is not None and isinstance(got, str) and _as_instant(got) == instant, (
            f"{where}: {got!r} != {want!r}"
        )
    else:
        assert type(got) is type(want) and got == want, f"{where}: {got!r} != {want!r}"


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.where)
def test_every_reference_example_round_trips(example: Example) -> None:
    original = copy.deepcopy(example.value)
    parsed = _model_for(example).from_dict(example.value)
    assert example.value == original, "from_dict must not change its input"
    assert_same_json(parsed.to_dict(), original)


def test_round_trip_comparison_can_fail() -> None:
    with pytest.raises(AssertionError):
        assert_same_json({"createdTime": "2025-06-30T21:27:17.613+00:00"}, {"createdTime": "2025-06-30T21:27:17Z"})
    with pytest.raises(AssertionError):
        assert_same_json({"amount": 1}, {"amount": 1.0})
    with pytest.raises(AssertionError):
        assert_same_json({"a": 1}, {"a": 1, "b": None})


def test_timestamps_parse_to_aware_datetimes() -> None:
    customer = models.Customer.from_dict({"id": "cus_1", "createdTime": "2025-06-30T21:27:17.613Z"})
    assert customer.created_time == datetime.datetime(2025, 6, 30, 21, 27, 17, 613000, tzinfo=datetime.UTC)


def test_unknown_fields_are_kept_at_every_depth() -> None:
    body = {
        "id": "cus_1",
        "loyaltyTier": {"level": 3, "since": "2020"},
        "shipping": {"address": {"line1": "1 Main St", "geo": [44.9, -93.4]}, "courier": None},
        "sources": [{"id": "src_1", "creditCard": {"brand": "Visa", "network": "plus"}, "risk": 0.1}],
    }
    customer = models.Customer.from_dict(copy.deepcopy(body))
    assert customer["loyaltyTier"] == {"level": 3, "since": "2020"}
    assert customer.to_dict() == body


def test_unknown_enum_values_parse_and_come_back_unchanged() -> None:
    body = {
        "id": "cus_1",
        "type": "wholesale",
        "sources": [{"id": "src_1", "type": "crypto", "state": "frozen", "flow": "standard"}],
        "taxIdentifiers": [{"state": "revoked", "applicability": [{"customerType": "government"}]}],
    }
    customer = models.Customer.from_dict(copy.deepcopy(body))
    assert customer.type_ == "wholesale"
    assert isinstance(customer.type_, models.CustomerType)
    assert customer.type_.value == "wholesale"
    assert customer.to_dict() == body
    # Known values still resolve to the declared members, and unknown ones are cached.
    assert models.SourceFlow("standard") is models.SourceFlow.STANDARD
    assert models.SourceType("crypto") is models.SourceType("crypto")
    assert "crypto" not in [member.value for member in models.SourceType]


def test_enums_still_reject_non_strings() -> None:
    with pytest.raises(ValueError):
        models.CustomerType(3)


def test_models_build_requests_in_api_field_names() -> None:
    request = models.CustomerRequest(
        email="jsmith@example.com",
        type_=models.CustomerType.INDIVIDUAL,
        shipping=models.Shipping(
            name="John Smith", address=models.Address(line1="10380 Bren Rd W", postal_code="55129")
        ),
    )
    assert request.to_dict() == {
        "email": "jsmith@example.com",
        "type": "individual",
        "shipping": {"name": "John Smith", "address": {"line1": "10380 Bren Rd W", "postalCode": "55129"}},
    }
