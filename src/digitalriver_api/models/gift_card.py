from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GiftCard")


@_attrs_define
class GiftCard:
    """
    Attributes:
        card_currency (str | Unset):
        conversion_rate (float | Unset):
        last_four_digits (int | Unset):
    """

    card_currency: str | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    last_four_digits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_currency = self.card_currency

        conversion_rate = self.conversion_rate

        last_four_digits = self.last_four_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_currency is not UNSET:
            field_dict["cardCurrency"] = card_currency
        if conversion_rate is not UNSET:
            field_dict["conversionRate"] = conversion_rate
        if last_four_digits is not UNSET:
            field_dict["lastFourDigits"] = last_four_digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_currency = d.pop("cardCurrency", UNSET)

        conversion_rate = d.pop("conversionRate", UNSET)

        last_four_digits = d.pop("lastFourDigits", UNSET)

        _instance = cls(
            card_currency=card_currency,
            conversion_rate=conversion_rate,
            last_four_digits=last_four_digits,
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
