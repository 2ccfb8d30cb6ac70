from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_cancel_state import ChargeCancelState
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    dump_datetime,
    json_object,
    read_datetime,
    read_enum,
)

T = TypeVar("T", bound="ChargeCancel")


@_attrs_define(slots=False)
class ChargeCancel:
    """A cancel of a charge; it may wait for information (`pending_information`).

    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | None | Unset):
        updated_time (datetime.datetime | None | Unset):
        amount (float | Unset):
        failure_code (str | Unset):
        failure_message (str | Unset):
        state (ChargeCancelState | None | Unset):
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    updated_time: datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    state: ChargeCancelState | None | Unset = UNSET
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
        if self.id is not UNSET:
            field_dict["id"] = self.id
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.failure_code is not UNSET:
            field_dict["failureCode"] = self.failure_code
        if self.failure_message is not UNSET:
            field_dict["failureMessage"] = self.failure_message
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d.get("id", UNSET),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "amount": _d.get("amount", UNSET),
                "failure_code": _d.get("failureCode", UNSET),
                "failure_message": _d.get("failureMessage", UNSET),
                "state": read_enum(ChargeCancelState, _d.get("state", UNSET), cls, "state"),
                "_raw": _d,
            }
        )
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
AdditionalProperties.attach(ChargeCancel, _KNOWN_KEYS)
