from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.shipping import Shipping
    from ..models.source import Source
    from ..models.tax_certificate import TaxCertificate
    from ..models.tax_identifier import TaxIdentifier


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """The Customer object contains the customer's information.

    Attributes:
        id (str): Unique identifier of the customer.
        created_time (datetime.datetime | Unset): The time when the customer was created.
        email (str | Unset): The customer email address.
        shipping (Shipping | Unset): A shipping contact.
        default_source_id (str | Unset): The ID of the default payment source attached to this customer.
        sources (list[Source] | Unset):
        tax_identifiers (list[TaxIdentifier] | Unset):
        tax_certificates (list[TaxCertificate] | Unset):
        invoices (list[str] | Unset): A list of invoices for this customer.
        request_to_be_forgotten (bool | Unset): If true, indicates this customer requested to be forgotten.
        type_ (CustomerType | Unset): The type of customer.
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        locale (str | Unset): Locale designator combining two-letter ISO 639-1 language code with ISO 3166-1 alpha-2
            country code.
        enabled (bool | Unset): If false, attempts to create orders for the customer will fail.
        live_mode (bool | Unset): True if the object exists in live mode, false in test mode.
        updated_time (datetime.datetime | Unset): The time when the customer was last updated.
    """

    id: str
    created_time: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    shipping: Shipping | Unset = UNSET
    default_source_id: str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    tax_identifiers: list[TaxIdentifier] | Unset = UNSET
    tax_certificates: list[TaxCertificate] | Unset = UNSET
    invoices: list[str] | Unset = UNSET
    request_to_be_forgotten: bool | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    locale: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    live_mode: bool | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        email = self.email

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        default_source_id = self.default_source_id

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        tax_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_identifiers, Unset):
            tax_identifiers = []
            for tax_identifiers_item_data in self.tax_identifiers:
                tax_identifiers_item = tax_identifiers_item_data.to_dict()
                tax_identifiers.append(tax_identifiers_item)

        tax_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_certificates, Unset):
            tax_certificates = []
            for tax_certificates_item_data in self.tax_certificates:
                tax_certificates_item = tax_certificates_item_data.to_dict()
                tax_certificates.append(tax_certificates_item)

        invoices: list[str] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices

        request_to_be_forgotten = self.request_to_be_forgotten

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        locale = self.locale

        enabled = self.enabled

        live_mode = self.live_mode

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if email is not UNSET:
            field_dict["email"] = email
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if default_source_id is not UNSET:
            field_dict["defaultSourceId"] = default_source_id
        if sources is not UNSET:
            field_dict["sources"] = sources
        if tax_identifiers is not UNSET:
            field_dict["taxIdentifiers"] = tax_identifiers
        if tax_certificates is not UNSET:
            field_dict["taxCertificates"] = tax_certificates
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
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
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.tax_certificate import TaxCertificate  # noqa: PLC0415
        from ..models.tax_identifier import TaxIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        email = d.pop("email", UNSET)

        _shipping = d.pop("shipping", UNSET)
        shipping: Shipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = Shipping.from_dict(_shipping)

        default_source_id = d.pop("defaultSourceId", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        _tax_identifiers = d.pop("taxIdentifiers", UNSET)
        tax_identifiers: list[TaxIdentifier] | Unset = UNSET
        if _tax_identifiers is not UNSET:
            tax_identifiers = []
            for tax_identifiers_item_data in _tax_identifiers:
                tax_identifiers_item = TaxIdentifier.from_dict(tax_identifiers_item_data)

                tax_identifiers.append(tax_identifiers_item)

        _tax_certificates = d.pop("taxCertificates", UNSET)
        tax_certificates: list[TaxCertificate] | Unset = UNSET
        if _tax_certificates is not UNSET:
            tax_certificates = []
            for tax_certificates_item_data in _tax_certificates:
                tax_certificates_item = TaxCertificate.from_dict(tax_certificates_item_data)

                tax_certificates.append(tax_certificates_item)

        invoices = cast(list[str], d.pop("invoices", UNSET))

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

        live_mode = d.pop("liveMode", UNSET)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _instance = cls(
            id=id,
            created_time=created_time,
            email=email,
            shipping=shipping,
            default_source_id=default_source_id,
            sources=sources,
            tax_identifiers=tax_identifiers,
            tax_certificates=tax_certificates,
            invoices=invoices,
            request_to_be_forgotten=request_to_be_forgotten,
            type_=type_,
            metadata=metadata,
            locale=locale,
            enabled=enabled,
            live_mode=live_mode,
            updated_time=updated_time,
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
