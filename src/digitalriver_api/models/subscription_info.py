from __future__ import annotations

import datetime
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
    dump_datetime,
    json_object,
    read_datetime,
)

T = TypeVar("T", bound="SubscriptionInfo")


@_attrs_define(slots=False)
class SubscriptionInfo:
    """
    Attributes:
        free_trial (bool | Unset):
        auto_renewal (bool | Unset):
        terms (str | Unset):
        plan_id (str | Unset):
        subscription_id (str | Unset):
        billing_agreement_id (str | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
    """

    free_trial: bool | Unset = UNSET
    auto_renewal: bool | Unset = UNSET
    terms: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    billing_agreement_id: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
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
        _value = _state.get("free_trial", NOT_READ)
        if _value is NOT_READ:
            if "freeTrial" in _raw:
                field_dict["freeTrial"] = copy_json(_raw["freeTrial"])
        elif _value is not UNSET:
            field_dict["freeTrial"] = _value
        _value = _state.get("auto_renewal", NOT_READ)
        if _value is NOT_READ:
            if "autoRenewal" in _raw:
                field_dict["autoRenewal"] = copy_json(_raw["autoRenewal"])
        elif _value is not UNSET:
            field_dict["autoRenewal"] = _value
        _value = _state.get("terms", NOT_READ)
        if _value is NOT_READ:
            if "terms" in _raw:
                field_dict["terms"] = copy_json(_raw["terms"])
        elif _value is not UNSET:
            field_dict["terms"] = _value
        _value = _state.get("plan_id", NOT_READ)
        if _value is NOT_READ:
            if "planId" in _raw:
                field_dict["planId"] = copy_json(_raw["planId"])
        elif _value is not UNSET:
            field_dict["planId"] = _value
        _value = _state.get("subscription_id", NOT_READ)
        if _value is NOT_READ:
            if "subscriptionId" in _raw:
                field_dict["subscriptionId"] = copy_json(_raw["subscriptionId"])
        elif _value is not UNSET:
            field_dict["subscriptionId"] = _value
        _value = _state.get("billing_agreement_id", NOT_READ)
        if _value is NOT_READ:
            if "billingAgreementId" in _raw:
                field_dict["billingAgreementId"] = copy_json(_raw["billingAgreementId"])
        elif _value is not UNSET:
            field_dict["billingAgreementId"] = _value
        _value = dump_datetime(self.start_time, _raw.get("startTime"))
        if _value is not UNSET:
            field_dict["startTime"] = _value
        _value = dump_datetime(self.end_time, _raw.get("endTime"))
        if _value is not UNSET:
            field_dict["endTime"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "free_trial": _v
                if type(_v := _d.get("freeTrial", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "auto_renewal": _v
                if type(_v := _d.get("autoRenewal", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "terms": _v
                if type(_v := _d.get("terms", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "plan_id": _v
                if type(_v := _d.get("planId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "subscription_id": _v
                if type(_v := _d.get("subscriptionId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "billing_agreement_id": _v
                if type(_v := _d.get("billingAgreementId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "start_time": read_datetime(_d.get("startTime", UNSET), cls, "startTime"),
                "end_time": read_datetime(_d.get("endTime", UNSET), cls, "endTime"),
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
        "freeTrial",
        "autoRenewal",
        "terms",
        "planId",
        "subscriptionId",
        "billingAgreementId",
        "startTime",
        "endTime",
    }
)
ScalarField.attach(SubscriptionInfo, "free_trial", "freeTrial", bool)
ScalarField.attach(SubscriptionInfo, "auto_renewal", "autoRenewal", bool)
ScalarField.attach(SubscriptionInfo, "terms", "terms", str)
ScalarField.attach(SubscriptionInfo, "plan_id", "planId", str)
ScalarField.attach(SubscriptionInfo, "subscription_id", "subscriptionId", str)
ScalarField.attach(SubscriptionInfo, "billing_agreement_id", "billingAgreementId", str)
AdditionalProperties.attach(SubscriptionInfo, _KNOWN_KEYS)
