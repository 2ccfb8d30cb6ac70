from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    json_object,
)

T = TypeVar("T", bound="WireTransfer")


@_attrs_define(slots=False)
class WireTransfer:
    """
    Attributes:
        account_holder (str | Unset):
        bank_name (str | Unset):
        city (str | Unset):
        country (str | Unset):
        reference_id (str | Unset):
        account_number (str | Unset):
        additional_bank_information (str | Unset):
        iban (str | Unset):
        swift_code (str | Unset):
    """

    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    account_number: str | Unset = UNSET
    additional_bank_information: str | Unset = UNSET
    iban: str | Unset = UNSET
    swift_code: str | Unset = UNSET
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
        if self.account_holder is not UNSET:
            field_dict["accountHolder"] = self.account_holder
        if self.bank_name is not UNSET:
            field_dict["bankName"] = self.bank_name
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.reference_id is not UNSET:
            field_dict["referenceId"] = self.reference_id
        if self.account_number is not UNSET:
            field_dict["accountNumber"] = self.account_number
        if self.additional_bank_information is not UNSET:
            field_dict["additionalBankInformation"] = self.additional_bank_information
        if self.iban is not UNSET:
            field_dict["iban"] = self.iban
        if self.swift_code is not UNSET:
            field_dict["swiftCode"] = self.swift_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "account_holder": _d.get("accountHolder", UNSET),
                "bank_name": _d.get("bankName", UNSET),
                "city": _d.get("city", UNSET),
                "country": _d.get("country", UNSET),
                "reference_id": _d.get("referenceId", UNSET),
                "account_number": _d.get("accountNumber", UNSET),
                "additional_bank_information": _d.get("additionalBankInformation", UNSET),
                "iban": _d.get("iban", UNSET),
                "swift_code": _d.get("swiftCode", UNSET),
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
        "accountHolder",
        "bankName",
        "city",
        "country",
        "referenceId",
        "accountNumber",
        "additionalBankInformation",
        "iban",
        "swiftCode",
    }
)
AdditionalProperties.attach(WireTransfer, _KNOWN_KEYS)
