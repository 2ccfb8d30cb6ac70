from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_address_info import AdditionalAddressInfo
    from ..models.address import Address


T = TypeVar("T", bound="ShipFrom")


@_attrs_define
class ShipFrom:
    """Where goods ship from.

    Attributes:
        address (Address | Unset):
        additional_address_info (AdditionalAddressInfo | Unset): Additional address information.
    """

    address: Address | Unset = UNSET
    additional_address_info: AdditionalAddressInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        additional_address_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_address_info, Unset):
            additional_address_info = self.additional_address_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if additional_address_info is not UNSET:
            field_dict["additionalAddressInfo"] = additional_address_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_address_info import AdditionalAddressInfo  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _additional_address_info = d.pop("additionalAddressInfo", UNSET)
        additional_address_info: AdditionalAddressInfo | Unset
        if isinstance(_additional_address_info, Unset):
            additional_address_info = UNSET
        else:
            additional_address_info = AdditionalAddressInfo.from_dict(_additional_address_info)

        _instance = cls(
            address=address,
            additional_address_info=additional_address_info,
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
