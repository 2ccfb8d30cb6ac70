from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_address_info import AdditionalAddressInfo
    from ..models.address import Address


T = TypeVar("T", bound="Owner")


@_attrs_define
class Owner:
    """The owner of a payment source.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        organization (str | Unset):
        upstream_id (str | Unset): The customer ID if it is different from the Digital River customer ID (external
            reference ID).
        address (Address | Unset):
        additional_address_info (AdditionalAddressInfo | Unset): Additional address information.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    organization: str | Unset = UNSET
    upstream_id: str | Unset = UNSET
    address: Address | Unset = UNSET
    additional_address_info: AdditionalAddressInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        organization = self.organization

        upstream_id = self.upstream_id

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        additional_address_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_address_info, Unset):
            additional_address_info = self.additional_address_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if organization is not UNSET:
            field_dict["organization"] = organization
        if upstream_id is not UNSET:
            field_dict["upstreamId"] = upstream_id
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
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        organization = d.pop("organization", UNSET)

        upstream_id = d.pop("upstreamId", UNSET)

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
            first_name=first_name,
            last_name=last_name,
            email=email,
            organization=organization,
            upstream_id=upstream_id,
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
