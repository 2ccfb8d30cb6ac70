from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BAD,
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
    json_object,
)

T = TypeVar("T", bound="BillingOptimization")


@_attrs_define(slots=False)
class BillingOptimization:
    """
    Attributes:
        renewal_attempt_number (float | Unset):
        segment_id (str | Unset):
        subscription_id (str | Unset):
        tracking_id (str | Unset):
    """

    renewal_attempt_number: float | Unset = UNSET
    segment_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    tracking_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        _value = _state.get("additional_properties", NOT_READ)
        if _value is NOT_READ:
            field_dict: dict[str, Any] = (
                {}
                if _raw.keys() <= _KNOWN_KEYS
                else {key: copy_json(value) for key, value in _raw.items() if key not in _KNOWN_KEYS}
            )
        else:
            field_dict = {key: copy_json(value) for key, value in _value.items()}
        _value = _state.get("renewal_attempt_number", NOT_READ)
        if _value is NOT_READ:
            if "renewalAttemptNumber" in _raw:
                field_dict["renewalAttemptNumber"] = copy_json(_raw["renewalAttemptNumber"])
        elif _value is not UNSET:
            field_dict["renewalAttemptNumber"] = _value
        _value = _state.get("segment_id", NOT_READ)
        if _value is NOT_READ:
            if "segmentId" in _raw:
                field_dict["segmentId"] = copy_json(_raw["segmentId"])
        elif _value is not UNSET:
            field_dict["segmentId"] = _value
        _value = _state.get("subscription_id", NOT_READ)
        if _value is NOT_READ:
            if "subscriptionId" in _raw:
                field_dict["subscriptionId"] = copy_json(_raw["subscriptionId"])
        elif _value is not UNSET:
            field_dict["subscriptionId"] = _value
        _value = _state.get("tracking_id", NOT_READ)
        if _value is NOT_READ:
            if "trackingId" in _raw:
                field_dict["trackingId"] = copy_json(_raw["trackingId"])
        elif _value is not UNSET:
            field_dict["trackingId"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "renewal_attempt_number": _v
                if (type(_v := _d.get("renewalAttemptNumber", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "segment_id": _v
                if type(_v := _d.get("segmentId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "subscription_id": _v
                if type(_v := _d.get("subscriptionId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "tracking_id": _v
                if type(_v := _d.get("trackingId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "_raw": _d,
            }
        )
        if _bad is BAD:  # a scalar of the wrong JSON kind: left to be read, and refused, when accessed
            drop_bad(_instance)
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS = frozenset(
    {
        "renewalAttemptNumber",
        "segmentId",
        "subscriptionId",
        "trackingId",
    }
)
ScalarField.attach(BillingOptimization, "renewal_attempt_number", "renewalAttemptNumber", float)
ScalarField.attach(BillingOptimization, "segment_id", "segmentId", str)
ScalarField.attach(BillingOptimization, "subscription_id", "subscriptionId", str)
ScalarField.attach(BillingOptimization, "tracking_id", "trackingId", str)
AdditionalProperties.attach(BillingOptimization, _KNOWN_KEYS)
