from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_detail_type import FeeDetailType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeDetail")


@_attrs_define
class FeeDetail:
    """
    Attributes:
        type_ (FeeDetailType | Unset):
        amount (float | Unset):
        per_unit_amount (float | Unset):
        id (str | Unset):
    """

    type_: FeeDetailType | Unset = UNSET
    amount: float | Unset = UNSET
    per_unit_amount: float | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        per_unit_amount = self.per_unit_amount

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if per_unit_amount is not UNSET:
            field_dict["perUnitAmount"] = per_unit_amount
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FeeDetailType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FeeDetailType(_type_)

        amount = d.pop("amount", UNSET)

        per_unit_amount = d.pop("perUnitAmount", UNSET)

        id = d.pop("id", UNSET)

        _instance = cls(
            type_=type_,
            amount=amount,
            per_unit_amount=per_unit_amount,
            id=id,
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
