from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingOptimization")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        renewal_attempt_number = self.renewal_attempt_number

        segment_id = self.segment_id

        subscription_id = self.subscription_id

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if renewal_attempt_number is not UNSET:
            field_dict["renewalAttemptNumber"] = renewal_attempt_number
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if tracking_id is not UNSET:
            field_dict["trackingId"] = tracking_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        renewal_attempt_number = d.pop("renewalAttemptNumber", UNSET)

        segment_id = d.pop("segmentId", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        tracking_id = d.pop("trackingId", UNSET)

        _instance = cls(
            renewal_attempt_number=renewal_attempt_number,
            segment_id=segment_id,
            subscription_id=subscription_id,
            tracking_id=tracking_id,
        )

        _instance.additional_properties = d
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
