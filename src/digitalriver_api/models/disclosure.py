from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disclosure_type import DisclosureType
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    json_object,
    read_enum,
)

T = TypeVar("T", bound="Disclosure")


@_attrs_define(slots=False)
class Disclosure:
    """
    Attributes:
        type_ (DisclosureType | None | Unset):
        entity_id (str | Unset):
        entity_name (str | Unset):
        localized_text (str | Unset):
        url (str | Unset):
    """

    type_: DisclosureType | None | Unset = UNSET
    entity_id: str | Unset = UNSET
    entity_name: str | Unset = UNSET
    localized_text: str | Unset = UNSET
    url: str | Unset = UNSET
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
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        if self.entity_id is not UNSET:
            field_dict["entityId"] = self.entity_id
        if self.entity_name is not UNSET:
            field_dict["entityName"] = self.entity_name
        if self.localized_text is not UNSET:
            field_dict["localizedText"] = self.localized_text
        if self.url is not UNSET:
            field_dict["url"] = self.url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "type_": read_enum(DisclosureType, _d.get("type", UNSET), cls, "type"),
                "entity_id": _d.get("entityId", UNSET),
                "entity_name": _d.get("entityName", UNSET),
                "localized_text": _d.get("localizedText", UNSET),
                "url": _d.get("url", UNSET),
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
        "type",
        "entityId",
        "entityName",
        "localizedText",
        "url",
    }
)
AdditionalProperties.attach(Disclosure, _KNOWN_KEYS)
