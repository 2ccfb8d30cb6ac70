from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disclosure_type import DisclosureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Disclosure")


@_attrs_define
class Disclosure:
    """
    Attributes:
        type_ (DisclosureType | Unset):
        entity_id (str | Unset):
        entity_name (str | Unset):
        localized_text (str | Unset):
        url (str | Unset):
    """

    type_: DisclosureType | Unset = UNSET
    entity_id: str | Unset = UNSET
    entity_name: str | Unset = UNSET
    localized_text: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        entity_id = self.entity_id

        entity_name = self.entity_name

        localized_text = self.localized_text

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name
        if localized_text is not UNSET:
            field_dict["localizedText"] = localized_text
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DisclosureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DisclosureType(_type_)

        entity_id = d.pop("entityId", UNSET)

        entity_name = d.pop("entityName", UNSET)

        localized_text = d.pop("localizedText", UNSET)

        url = d.pop("url", UNSET)

        _instance = cls(
            type_=type_,
            entity_id=entity_id,
            entity_name=entity_name,
            localized_text=localized_text,
            url=url,
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
