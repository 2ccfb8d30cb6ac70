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
        _value = _state.get("store_id", NOT_READ)
        if _value is NOT_READ:
            if "storeId" in _raw:
                field_dict["storeId"] = copy_json(_raw["storeId"])
        elif _value is not UNSET:
            field_dict["storeId"] = _value
        _value = _state.get("receipt_number", NOT_READ)
        if _value is NOT_READ:
            if "receiptNumber" in _raw:
                field_dict["receiptNumber"] = copy_json(_raw["receiptNumber"])
        elif _value is not UNSET:
            field_dict["receiptNumber"] = _value
        _value = _state.get("printable_invoice_url", NOT_READ)
        if _value is NOT_READ:
            if "printableInvoiceUrl" in _raw:
                field_dict["printableInvoiceUrl"] = copy_json(_raw["printableInvoiceUrl"])
        elif _value is not UNSET:
            field_dict["printableInvoiceUrl"] = _value
        _value = _state.get("store_name", NOT_READ)
        if _value is NOT_READ:
            if "storeName" in _raw:
                field_dict["storeName"] = copy_json(_raw["storeName"])
        elif _value is not UNSET:
            field_dict["storeName"] = _value
        _value = _state.get("localized_store_name", NOT_READ)
        if _value is NOT_READ:
            if "localizedStoreName" in _raw:
                field_dict["localizedStoreName"] = copy_json(_raw["localizedStoreName"])
        elif _value is not UNSET:
            field_dict["localizedStoreName"] = _value
        _value = _state.get("store_logo_url", NOT_READ)
        if _value is NOT_READ:
            if "storeLogoUrl" in _raw:
                field_dict["storeLogoUrl"] = copy_json(_raw["storeLogoUrl"])
        elif _value is not UNSET:
            field_dict["storeLogoUrl"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "store_id": _v
                if type(_v := _d.get("storeId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "receipt_number": _v
                if type(_v := _d.get("receiptNumber", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "printable_invoice_url": _v
                if type(_v := _d.get("printableInvoiceUrl", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "store_name": _v
                if type(_v := _d.get("storeName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "localized_store_name": _v
                if type(_v := _d.get("localizedStoreName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "store_logo_url": _v
                if type(_v := _d.get("storeLogoUrl", UNSET)) is str or _v is UNSET or _v is None
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
        "storeId",
        "receiptNumber",
        "printableInvoiceUrl",
        "storeName",
        "localizedStoreName",
        "storeLogoUrl",
    }
)
ScalarField.attach(Konbini, "store_id", "storeId", str)
ScalarField.attach(Konbini, "receipt_number", "receiptNumber", str)
ScalarField.attach(Konbini, "printable_invoice_url", "printableInvoiceUrl", str)
ScalarField.attach(Konbini, "store_name", "storeName", str)
ScalarField.attach(Konbini, "localized_store_name", "localizedStoreName", str)
ScalarField.attach(Konbini, "store_logo_url", "storeLogoUrl", str)
AdditionalProperties.attach(Konbini, _KNOWN_KEYS)
