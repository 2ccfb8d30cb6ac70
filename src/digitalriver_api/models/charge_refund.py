from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_refund_state import ChargeRefundState
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
    read_enum,
)

T = TypeVar("T", bound="ChargeRefund")


@_attrs_define(slots=False)
class ChargeRefund:
    """A refund of a charge.

    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | None | Unset):
        updated_time (datetime.datetime | None | Unset):
        amount (float | Unset):
        failure_code (str | Unset):
        failure_message (str | Unset):
        state (ChargeRefundState | None | Unset):
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    updated_time: datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    state: ChargeRefundState | None | Unset = UNSET
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
        _value = _state.get("id", NOT_READ)
        if _value is NOT_READ:
            if "id" in _raw:
                field_dict["id"] = copy_json(_raw["id"])
        elif _value is not UNSET:
            field_dict["id"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = _state.get("failure_code", NOT_READ)
        if _value is NOT_READ:
            if "failureCode" in _raw:
                field_dict["failureCode"] = copy_json(_raw["failureCode"])
        elif _value is not UNSET:
            field_dict["failureCode"] = _value
        _value = _state.get("failure_message", NOT_READ)
        if _value is NOT_READ:
            if "failureMessage" in _raw:
                field_dict["failureMessage"] = copy_json(_raw["failureMessage"])
        elif _value is not UNSET:
            field_dict["failureMessage"] = _value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "failure_code": _v
                if type(_v := _d.get("failureCode", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "failure_message": _v
                if type(_v := _d.get("failureMessage", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(ChargeRefundState, _d.get("state", UNSET), cls, "state"),
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
        "id",
        "createdTime",
        "updatedTime",
        "amount",
        "failureCode",
        "failureMessage",
        "state",
    }
)
ScalarField.attach(ChargeRefund, "id", "id", str)
ScalarField.attach(ChargeRefund, "amount", "amount", float)
ScalarField.attach(ChargeRefund, "failure_code", "failureCode", str)
ScalarField.attach(ChargeRefund, "failure_message", "failureMessage", str)
AdditionalProperties.attach(ChargeRefund, _KNOWN_KEYS)
