from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..models.invoice_request_state import InvoiceRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing import Billing
    from ..models.discount import Discount
    from ..models.invoice_item_request import InvoiceItemRequest
    from ..models.metadata import Metadata
    from ..models.shipping import Shipping
    from ..models.tax_identifier_reference import TaxIdentifierReference


T = TypeVar("T", bound="InvoiceRequest")


@_attrs_define
class InvoiceRequest:
    """The body of a request that creates an invoice.

    Attributes:
        customer_id (str | Unset): The identifier of the invoiced customer.
        email (str | Unset): The email address of the invoiced customer.
        source_id (str | Unset): The unique identifier of a Source.
        currency (str | Unset): A three-letter ISO 4217 currency code.
        state (InvoiceRequestState | Unset): The state of the invoice.
        charge_type (ChargeType | Unset): Represents the charge type.
        description (str | Unset): An arbitrary string attached to the invoice.
        locale (str | Unset):
        customer_type (CustomerType | Unset): The type of customer.
        ship_to (Shipping | Unset): A shipping contact.
        bill_to (Billing | Unset): A billing contact.
        discount (Discount | Unset):
        collection_period_days (int | Unset): The number of days that Digital River attempts to collect payment if
            billingOptimization is true. The default is 30 days.
        billing_optimization (bool | Unset): Indicates whether billing is optimized. The default is true.
        items (list[InvoiceItemRequest] | Unset):
        tax_inclusive (bool | Unset): If true, indicates that the prices supplied are tax inclusive.
        tax_identifiers (list[TaxIdentifierReference] | Unset):
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        upstream_id (str | Unset): The upstream identifier.
        application_id (str | Unset): The identifier of the client application that created the invoice.
    """

    customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    source_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    state: InvoiceRequestState | Unset = UNSET
    charge_type: ChargeType | Unset = UNSET
    description: str | Unset = UNSET
    locale: str | Unset = UNSET
    customer_type: CustomerType | Unset = UNSET
    ship_to: Shipping | Unset = UNSET
    bill_to: Billing | Unset = UNSET
    discount: Discount | Unset = UNSET
    collection_period_days: int | Unset = UNSET
    billing_optimization: bool | Unset = UNSET
    items: list[InvoiceItemRequest] | Unset = UNSET
    tax_inclusive: bool | Unset = UNSET
    tax_identifiers: list[TaxIdentifierReference] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    upstream_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        email = self.email

        source_id = self.source_id

        currency = self.currency

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        description = self.description

        locale = self.locale

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        collection_period_days = self.collection_period_days

        billing_optimization = self.billing_optimization

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        tax_inclusive = self.tax_inclusive

        tax_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_identifiers, Unset):
            tax_identifiers = []
            for tax_identifiers_item_data in self.tax_identifiers:
                tax_identifiers_item = tax_identifiers_item_data.to_dict()
                tax_identifiers.append(tax_identifiers_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        upstream_id = self.upstream_id

        application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if state is not UNSET:
            field_dict["state"] = state
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type
        if description is not UNSET:
            field_dict["description"] = description
        if locale is not UNSET:
            field_dict["locale"] = locale
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if discount is not UNSET:
            field_dict["discount"] = discount
        if collection_period_days is not UNSET:
            field_dict["collectionPeriodDays"] = collection_period_days
        if billing_optimization is not UNSET:
            field_dict["billingOptimization"] = billing_optimization
        if items is not UNSET:
            field_dict["items"] = items
        if tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = tax_inclusive
        if tax_identifiers is not UNSET:
            field_dict["taxIdentifiers"] = tax_identifiers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if upstream_id is not UNSET:
            field_dict["upstreamId"] = upstream_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing import Billing  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.invoice_item_request import InvoiceItemRequest  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.tax_identifier_reference import TaxIdentifierReference  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        email = d.pop("email", UNSET)

        source_id = d.pop("sourceId", UNSET)

        currency = d.pop("currency", UNSET)

        _state = d.pop("state", UNSET)
        state: InvoiceRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = InvoiceRequestState(_state)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: ChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = ChargeType(_charge_type)

        description = d.pop("description", UNSET)

        locale = d.pop("locale", UNSET)

        _customer_type = d.pop("customerType", UNSET)
        customer_type: CustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerType(_customer_type)

        _ship_to = d.pop("shipTo", UNSET)
        ship_to: Shipping | Unset
        if isinstance(_ship_to, Unset):
            ship_to = UNSET
        else:
            ship_to = Shipping.from_dict(_ship_to)

        _bill_to = d.pop("billTo", UNSET)
        bill_to: Billing | Unset
        if isinstance(_bill_to, Unset):
            bill_to = UNSET
        else:
            bill_to = Billing.from_dict(_bill_to)

        _discount = d.pop("discount", UNSET)
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

        collection_period_days = d.pop("collectionPeriodDays", UNSET)

        billing_optimization = d.pop("billingOptimization", UNSET)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItemRequest] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItemRequest.from_dict(items_item_data)

                items.append(items_item)

        tax_inclusive = d.pop("taxInclusive", UNSET)

        _tax_identifiers = d.pop("taxIdentifiers", UNSET)
        tax_identifiers: list[TaxIdentifierReference] | Unset = UNSET
        if _tax_identifiers is not UNSET:
            tax_identifiers = []
            for tax_identifiers_item_data in _tax_identifiers:
                tax_identifiers_item = TaxIdentifierReference.from_dict(tax_identifiers_item_data)

                tax_identifiers.append(tax_identifiers_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        upstream_id = d.pop("upstreamId", UNSET)

        application_id = d.pop("applicationId", UNSET)

        _instance = cls(
            customer_id=customer_id,
            email=email,
            source_id=source_id,
            currency=currency,
            state=state,
            charge_type=charge_type,
            description=description,
            locale=locale,
            customer_type=customer_type,
            ship_to=ship_to,
            bill_to=bill_to,
            discount=discount,
            collection_period_days=collection_period_days,
            billing_optimization=billing_optimization,
            items=items,
            tax_inclusive=tax_inclusive,
            tax_identifiers=tax_identifiers,
            metadata=metadata,
            upstream_id=upstream_id,
            application_id=application_id,
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
