from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.shipping import Shipping
    from ..models.tax_certificate import TaxCertificate


T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """The body of a request that updates a customer.

    Attributes:
        email (str | Unset):
        shipping (Shipping | Unset): A shipping contact.
        default_source_id (str | Unset):
        tax_certificate (TaxCertificate | Unset):
        request_to_be_forgotten (bool | Unset): If true, indicates this customer has submitted a request to be
            forgotten.
        type_ (CustomerType | Unset): The type of customer.
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        locale (str | Unset):
        enabled (bool | Unset):
    """

    email: str | Unset = UNSET
    shipping: Shipping | Unset = UNSET
    default_source_id: str | Unset = UNSET
    tax_certificate: TaxCertificate | Unset = UNSET
    request_to_be_forgotten: bool | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    locale: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        default_source_id = self.default_source_id

        tax_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_certificate, Unset):
            tax_certificate = self.tax_certificate.to_dict()

        request_to_be_forgotten = self.request_to_be_forgotten

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        locale = self.locale

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if default_source_id is not UNSET:
            field_dict["defaultSourceId"] = default_source_id
        if tax_certificate is not UNSET:
            field_dict["taxCertificate"] = tax_certificate
        if request_to_be_forgotten is not UNSET:
            field_dict["requestToBeForgotten"] = request_to_be_forgotten
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if locale is not UNSET:
            field_dict["locale"] = locale
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.tax_certificate import TaxCertificate  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _shipping = d.pop("shipping", UNSET)
        shipping: Shipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = Shipping.from_dict(_shipping)

        default_source_id = d.pop("defaultSourceId", UNSET)

        _tax_certificate = d.pop("taxCertificate", UNSET)
        tax_certificate: TaxCertificate | Unset
        if isinstance(_tax_certificate, Unset):
            tax_certificate = UNSET
        else:
            tax_certificate = TaxCertificate.from_dict(_tax_certificate)

        request_to_be_forgotten = d.pop("requestToBeForgotten", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerType(_type_)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        locale = d.pop("locale", UNSET)

        enabled = d.pop("enabled", UNSET)

        _instance = cls(
            email=email,
            shipping=shipping,
            default_source_id=default_source_id,
            tax_certificate=tax_certificate,
            request_to_be_forgotten=request_to_be_forgotten,
            type_=type_,
            metadata=metadata,
            locale=locale,
            enabled=enabled,
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
