from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionInfo")


@_attrs_define
class SubscriptionInfo:
    """
    Attributes:
        free_trial (bool | Unset):
        auto_renewal (bool | Unset):
        terms (str | Unset):
        plan_id (str | Unset):
        subscription_id (str | Unset):
        billing_agreement_id (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
    """

    free_trial: bool | Unset = UNSET
    auto_renewal: bool | Unset = UNSET
    terms: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    billing_agreement_id: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        free_trial = self.free_trial

        auto_renewal = self.auto_renewal

        terms = self.terms

        plan_id = self.plan_id

        subscription_id = self.subscription_id

        billing_agreement_id = self.billing_agreement_id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if free_trial is not UNSET:
            field_dict["freeTrial"] = free_trial
        if auto_renewal is not UNSET:
            field_dict["autoRenewal"] = auto_renewal
        if terms is not UNSET:
            field_dict["terms"] = terms
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if billing_agreement_id is not UNSET:
            field_dict["billingAgreementId"] = billing_agreement_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        free_trial = d.pop("freeTrial", UNSET)

        auto_renewal = d.pop("autoRenewal", UNSET)

        terms = d.pop("terms", UNSET)

        plan_id = d.pop("planId", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        billing_agreement_id = d.pop("billingAgreementId", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _instance = cls(
            free_trial=free_trial,
            auto_renewal=auto_renewal,
            terms=terms,
            plan_id=plan_id,
            subscription_id=subscription_id,
            billing_agreement_id=billing_agreement_id,
            start_time=start_time,
            end_time=end_time,
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
