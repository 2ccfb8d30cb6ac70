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

T = TypeVar("T", bound="InvoiceAttributeDetails")


@_attrs_define(slots=False)
class InvoiceAttributeDetails:
    """What an invoice shows of the buyer.

    Attributes:
        invoice_title (str | Unset): The title of the invoice.
        reg_account (str | Unset): The identifier of the account.
        reg_address (str | Unset): The address associated with the invoice.
        reg_bank (str | Unset): The name of the bank.
        reg_phone (str | Unset): The phone number associated with the invoice.
    """

    invoice_title: str | Unset = UNSET
    """ The title of the invoice. """
    reg_account: str | Unset = UNSET
    """ The identifier of the account. """
    reg_address: str | Unset = UNSET
    """ The address associated with the invoice. """
    reg_bank: str | Unset = UNSET
    """ The name of the bank. """
    reg_phone: str | Unset = UNSET
    """ The phone number associated with the invoice. """
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
        _value = _state.get("invoice_title", NOT_READ)
        if _value is NOT_READ:
            if "invoiceTitle" in _raw:
                field_dict["invoiceTitle"] = copy_json(_raw["invoiceTitle"])
        elif _value is not UNSET:
            field_dict["invoiceTitle"] = _value
        _value = _state.get("reg_account", NOT_READ)
        if _value is NOT_READ:
            if "regAccount" in _raw:
                field_dict["regAccount"] = copy_json(_raw["regAccount"])
        elif _value is not UNSET:
            field_dict["regAccount"] = _value
        _value = _state.get("reg_address", NOT_READ)
        if _value is NOT_READ:
            if "regAddress" in _raw:
                field_dict["regAddress"] = copy_json(_raw["regAddress"])
        elif _value is not UNSET:
            field_dict["regAddress"] = _value
        _value = _state.get("reg_bank", NOT_READ)
        if _value is NOT_READ:
            if "regBank" in _raw:
                field_dict["regBank"] = copy_json(_raw["regBank"])
        elif _value is not UNSET:
            field_dict["regBank"] = _value
        _value = _state.get("reg_phone", NOT_READ)
        if _value is NOT_READ:
            if "regPhone" in _raw:
                field_dict["regPhone"] = copy_json(_raw["regPhone"])
        elif _value is not UNSET:
            field_dict["regPhone"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "invoice_title": _v
                if type(_v := _d.get("invoiceTitle", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "reg_account": _v
                if type(_v := _d.get("regAccount", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "reg_address": _v
                if type(_v := _d.get("regAddress", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "reg_bank": _v
                if type(_v := _d.get("regBank", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "reg_phone": _v
                if type(_v := _d.get("regPhone", UNSET)) is str or _v is UNSET or _v is None
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
        "invoiceTitle",
        "regAccount",
        "regAddress",
        "regBank",
        "regPhone",
    }
)
ScalarField.attach(InvoiceAttributeDetails, "invoice_title", "invoiceTitle", str)
ScalarField.attach(InvoiceAttributeDetails, "reg_account", "regAccount", str)
ScalarField.attach(InvoiceAttributeDetails, "reg_address", "regAddress", str)
ScalarField.attach(InvoiceAttributeDetails, "reg_bank", "regBank", str)
ScalarField.attach(InvoiceAttributeDetails, "reg_phone", "regPhone", str)
AdditionalProperties.attach(InvoiceAttributeDetails, _KNOWN_KEYS)
