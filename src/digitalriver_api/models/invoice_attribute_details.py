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
        if self.invoice_title is not UNSET:
            field_dict["invoiceTitle"] = self.invoice_title
        if self.reg_account is not UNSET:
            field_dict["regAccount"] = self.reg_account
        if self.reg_address is not UNSET:
            field_dict["regAddress"] = self.reg_address
        if self.reg_bank is not UNSET:
            field_dict["regBank"] = self.reg_bank
        if self.reg_phone is not UNSET:
            field_dict["regPhone"] = self.reg_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "invoice_title": _d.get("invoiceTitle", UNSET),
                "reg_account": _d.get("regAccount", UNSET),
                "reg_address": _d.get("regAddress", UNSET),
                "reg_bank": _d.get("regBank", UNSET),
                "reg_phone": _d.get("regPhone", UNSET),
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
        "invoiceTitle",
        "regAccount",
        "regAddress",
        "regBank",
        "regPhone",
    }
)
AdditionalProperties.attach(InvoiceAttributeDetails, _KNOWN_KEYS)
