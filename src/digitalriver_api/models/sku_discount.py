from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkuDiscount")


@_attrs_define
class SkuDiscount:
    """A discount on an item, optionally limited to a quantity.

    Attributes:
        amount_off (float | Unset): An amount off.
        percent_off (float | Unset): A percentage off.
        quantity (float | Unset): How many units the discount applies to.
    """

    amount_off: float | Unset = UNSET
    percent_off: float | Unset = UNSET
    quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        percent_off = self.percent_off

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_off is not UNSET:
            field_dict["amountOff"] = amount_off
        if percent_off is not UNSET:
            field_dict["percentOff"] = percent_off
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_off = d.pop("amountOff", UNSET)

        percent_off = d.pop("percentOff", UNSET)

        quantity = d.pop("quantity", UNSET)

        _instance = cls(
            amount_off=amount_off,
            percent_off=percent_off,
            quantity=quantity,
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
