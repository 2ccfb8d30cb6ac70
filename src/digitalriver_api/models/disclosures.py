from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure import Disclosure


T = TypeVar("T", bound="Disclosures")


@_attrs_define
class Disclosures:
    """
    Attributes:
        disclosures (list[Disclosure] | Unset):
    """

    disclosures: list[Disclosure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disclosures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disclosures, Unset):
            disclosures = []
            for disclosures_item_data in self.disclosures:
                disclosures_item = disclosures_item_data.to_dict()
                disclosures.append(disclosures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disclosures is not UNSET:
            field_dict["disclosures"] = disclosures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disclosure import Disclosure  # noqa: PLC0415

        d = dict(src_dict)
        _disclosures = d.pop("disclosures", UNSET)
        disclosures: list[Disclosure] | Unset = UNSET
        if _disclosures is not UNSET:
            disclosures = []
            for disclosures_item_data in _disclosures:
                disclosures_item = Disclosure.from_dict(disclosures_item_data)

                disclosures.append(disclosures_item)

        _instance = cls(
            disclosures=disclosures,
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
