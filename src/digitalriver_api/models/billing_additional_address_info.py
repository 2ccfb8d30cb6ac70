from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_additional_address_info_title import BillingAdditionalAddressInfoTitle
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAdditionalAddressInfo")


@_attrs_define
class BillingAdditionalAddressInfo:
    """Additional address information of a billing contact, with a title.

    Attributes:
        neighborhood (str | Unset): Additional neighborhood information.
        division (str | Unset): Division or department.
        phonetic_name (str | Unset): The phonetic name.
        title (BillingAdditionalAddressInfoTitle | Unset): A form of address.
    """

    neighborhood: str | Unset = UNSET
    division: str | Unset = UNSET
    phonetic_name: str | Unset = UNSET
    title: BillingAdditionalAddressInfoTitle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        neighborhood = self.neighborhood

        division = self.division

        phonetic_name = self.phonetic_name

        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if division is not UNSET:
            field_dict["division"] = division
        if phonetic_name is not UNSET:
            field_dict["phoneticName"] = phonetic_name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        neighborhood = d.pop("neighborhood", UNSET)

        division = d.pop("division", UNSET)

        phonetic_name = d.pop("phoneticName", UNSET)

        _title = d.pop("title", UNSET)
        title: BillingAdditionalAddressInfoTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = BillingAdditionalAddressInfoTitle(_title)

        _instance = cls(
            neighborhood=neighborhood,
            division=division,
            phonetic_name=phonetic_name,
            title=title,
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
