from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Konbini")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        store_id = self.store_id

        receipt_number = self.receipt_number

        printable_invoice_url = self.printable_invoice_url

        store_name = self.store_name

        localized_store_name = self.localized_store_name

        store_logo_url = self.store_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if receipt_number is not UNSET:
            field_dict["receiptNumber"] = receipt_number
        if printable_invoice_url is not UNSET:
            field_dict["printableInvoiceUrl"] = printable_invoice_url
        if store_name is not UNSET:
            field_dict["storeName"] = store_name
        if localized_store_name is not UNSET:
            field_dict["localizedStoreName"] = localized_store_name
        if store_logo_url is not UNSET:
            field_dict["storeLogoUrl"] = store_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        store_id = d.pop("storeId", UNSET)

        receipt_number = d.pop("receiptNumber", UNSET)

        printable_invoice_url = d.pop("printableInvoiceUrl", UNSET)

        store_name = d.pop("storeName", UNSET)

        localized_store_name = d.pop("localizedStoreName", UNSET)

        store_logo_url = d.pop("storeLogoUrl", UNSET)

        _instance = cls(
            store_id=store_id,
            receipt_number=receipt_number,
            printable_invoice_url=printable_invoice_url,
            store_name=store_name,
            localized_store_name=localized_store_name,
            store_logo_url=store_logo_url,
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
