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
        _value = _state.get("account_holder", NOT_READ)
        if _value is NOT_READ:
            if "accountHolder" in _raw:
                field_dict["accountHolder"] = copy_json(_raw["accountHolder"])
        elif _value is not UNSET:
            field_dict["accountHolder"] = _value
        _value = _state.get("bank_name", NOT_READ)
        if _value is NOT_READ:
            if "bankName" in _raw:
                field_dict["bankName"] = copy_json(_raw["bankName"])
        elif _value is not UNSET:
            field_dict["bankName"] = _value
        _value = _state.get("city", NOT_READ)
        if _value is NOT_READ:
            if "city" in _raw:
                field_dict["city"] = copy_json(_raw["city"])
        elif _value is not UNSET:
            field_dict["city"] = _value
        _value = _state.get("country", NOT_READ)
        if _value is NOT_READ:
            if "country" in _raw:
                field_dict["country"] = copy_json(_raw["country"])
        elif _value is not UNSET:
            field_dict["country"] = _value
        _value = _state.get("reference_id", NOT_READ)
        if _value is NOT_READ:
            if "referenceId" in _raw:
                field_dict["referenceId"] = copy_json(_raw["referenceId"])
        elif _value is not UNSET:
            field_dict["referenceId"] = _value
        _value = _state.get("account_number", NOT_READ)
        if _value is NOT_READ:
            if "accountNumber" in _raw:
                field_dict["accountNumber"] = copy_json(_raw["accountNumber"])
        elif _value is not UNSET:
            field_dict["accountNumber"] = _value
        _value = _state.get("additional_bank_information", NOT_READ)
        if _value is NOT_READ:
            if "additionalBankInformation" in _raw:
                field_dict["additionalBankInformation"] = copy_json(_raw["additionalBankInformation"])
        elif _value is not UNSET:
            field_dict["additionalBankInformation"] = _value
        _value = _state.get("iban", NOT_READ)
        if _value is NOT_READ:
            if "iban" in _raw:
                field_dict["iban"] = copy_json(_raw["iban"])
        elif _value is not UNSET:
            field_dict["iban"] = _value
        _value = _state.get("swift_code", NOT_READ)
        if _value is NOT_READ:
            if "swiftCode" in _raw:
                field_dict["swiftCode"] = copy_json(_raw["swiftCode"])
        elif _value is not UNSET:
            field_dict["swiftCode"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "account_holder": _v
                if type(_v := _d.get("accountHolder", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "bank_name": _v
                if type(_v := _d.get("bankName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "city": _v if type(_v := _d.get("city", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "country": _v
                if type(_v := _d.get("country", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "reference_id": _v
                if type(_v := _d.get("referenceId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "account_number": _v
                if type(_v := _d.get("accountNumber", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "additional_bank_information": _v
                if type(_v := _d.get("additionalBankInformation", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "iban": _v if type(_v := _d.get("iban", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "swift_code": _v
                if type(_v := _d.get("swiftCode", UNSET)) is str or _v is UNSET or _v is None
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
ScalarField.attach(WireTransfer, "account_holder", "accountHolder", str)
ScalarField.attach(WireTransfer, "bank_name", "bankName", str)
ScalarField.attach(WireTransfer, "city", "city", str)
ScalarField.attach(WireTransfer, "country", "country", str)
ScalarField.attach(WireTransfer, "reference_id", "referenceId", str)
ScalarField.attach(WireTransfer, "account_number", "accountNumber", str)
ScalarField.attach(WireTransfer, "additional_bank_information", "additionalBankInformation", str)
ScalarField.attach(WireTransfer, "iban", "iban", str)
ScalarField.attach(WireTransfer, "swift_code", "swiftCode", str)
AdditionalProperties.attach(WireTransfer, _KNOWN_KEYS)
