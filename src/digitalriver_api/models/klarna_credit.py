from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.klarna_shipping import KlarnaShipping


T = TypeVar("T", bound="KlarnaCredit")


@_attrs_define
class KlarnaCredit:
    """
    Attributes:
        shipping (KlarnaShipping | Unset):
        token (str | Unset):
    """

    shipping: KlarnaShipping | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.klarna_shipping import KlarnaShipping  # noqa: PLC0415

        d = dict(src_dict)
        _shipping = d.pop("shipping", UNSET)
        shipping: KlarnaShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = KlarnaShipping.from_dict(_shipping)

        token = d.pop("token", UNSET)

        _instance = cls(
            shipping=shipping,
            token=token,
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
