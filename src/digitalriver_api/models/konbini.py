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

T = TypeVar("T", bound="Konbini")


@_attrs_define(slots=False)
class Konbini:
    """
    Attributes:
        store_id (str | Unset):
        receipt_number (str | Unset):
        printable_invoice_url (str | Unset):
        store_name (str | Unset):
        localized_store_name (str | Unset):
        store_logo_url (str | Unset):
    """

    store_id: str | Unset = UNSET
    receipt_number: str | Unset = UNSET
    printable_invoice_url: str | Unset = UNSET
    store_name: str | Unset = UNSET
    localized_store_name: str | Unset = UNSET
    store_logo_url: str | Unset = UNSET
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
        if self.store_id is not UNSET:
            field_dict["storeId"] = self.store_id
        if self.receipt_number is not UNSET:
            field_dict["receiptNumber"] = self.receipt_number
        if self.printable_invoice_url is not UNSET:
            field_dict["printableInvoiceUrl"] = self.printable_invoice_url
        if self.store_name is not UNSET:
            field_dict["storeName"] = self.store_name
        if self.localized_store_name is not UNSET:
            field_dict["localizedStoreName"] = self.localized_store_name
        if self.store_logo_url is not UNSET:
            field_dict["storeLogoUrl"] = self.store_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "store_id": _d.get("storeId", UNSET),
                "receipt_number": _d.get("receiptNumber", UNSET),
                "printable_invoice_url": _d.get("printableInvoiceUrl", UNSET),
                "store_name": _d.get("storeName", UNSET),
                "localized_store_name": _d.get("localizedStoreName", UNSET),
                "store_logo_url": _d.get("storeLogoUrl", UNSET),
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
        "storeId",
        "receiptNumber",
        "printableInvoiceUrl",
        "storeName",
        "localizedStoreName",
        "storeLogoUrl",
    }
)
AdditionalProperties.attach(Konbini, _KNOWN_KEYS)
