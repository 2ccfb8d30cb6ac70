from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalAddressInfo")


@_attrs_define
class AdditionalAddressInfo:
    """Additional address information.

    Attributes:
        neighborhood (str | Unset): Additional neighborhood information.
        division (str | Unset): Division or department.
        phonetic_name (str | Unset): The phonetic name.
    """

    neighborhood: str | Unset = UNSET
    division: str | Unset = UNSET
    phonetic_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        neighborhood = self.neighborhood

        division = self.division

        phonetic_name = self.phonetic_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if division is not UNSET:
            field_dict["division"] = division
        if phonetic_name is not UNSET:
            field_dict["phoneticName"] = phonetic_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        neighborhood = d.pop("neighborhood", UNSET)

        division = d.pop("division", UNSET)

        phonetic_name = d.pop("phoneticName", UNSET)

        _instance = cls(
            neighborhood=neighborhood,
            division=division,
            phonetic_name=phonetic_name,
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
