from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.billing_additional_address_info import BillingAdditionalAddressInfo


T = TypeVar("T", bound="Billing")


@_attrs_define
class Billing:
    """A billing contact.

    Attributes:
        address (Address | Unset):
        name (str | Unset): The customer's name.
        phone (str | Unset): The customer's phone number.
        email (str | Unset): The customer's email address.
        organization (str | Unset): The organization's name.
        additional_address_info (BillingAdditionalAddressInfo | Unset): Additional address information of a billing
            contact, with a title.
    """

    address: Address | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    organization: str | Unset = UNSET
    additional_address_info: BillingAdditionalAddressInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        name = self.name

        phone = self.phone

        email = self.email

        organization = self.organization

        additional_address_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_address_info, Unset):
            additional_address_info = self.additional_address_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if organization is not UNSET:
            field_dict["organization"] = organization
        if additional_address_info is not UNSET:
            field_dict["additionalAddressInfo"] = additional_address_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.billing_additional_address_info import BillingAdditionalAddressInfo  # noqa: PLC0415

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        organization = d.pop("organization", UNSET)

        _additional_address_info = d.pop("additionalAddressInfo", UNSET)
        additional_address_info: BillingAdditionalAddressInfo | Unset
        if isinstance(_additional_address_info, Unset):
            additional_address_info = UNSET
        else:
            additional_address_info = BillingAdditionalAddressInfo.from_dict(_additional_address_info)

        _instance = cls(
            address=address,
            name=name,
            phone=phone,
            email=email,
            organization=organization,
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
