from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing import Billing
    from ..models.billing_optimization import BillingOptimization
    from ..models.discount import Discount
    from ..models.metadata import Metadata
    from ..models.organization import Organization
    from ..models.purchase_location import PurchaseLocation
    from ..models.ship_from import ShipFrom
    from ..models.shipping import Shipping
    from ..models.shipping_choice import ShippingChoice
    from ..models.sku_update_request_item import SkuUpdateRequestItem
    from ..models.tax_identifier_reference import TaxIdentifierReference


T = TypeVar("T", bound="UpdateCheckoutRequest")


@_attrs_define
class UpdateCheckoutRequest:
    """The body of a request that updates a checkout.

    Attributes:
        customer_id (str | Unset):
        source_id (str | Unset):
        currency (str | Unset):
        email (str | Unset):
        locale (str | Unset):
        browser_ip (str | Unset):
        application_id (str | Unset):
        tax_identifiers (list[TaxIdentifierReference] | Unset):
        ship_from (ShipFrom | Unset): Where goods ship from.
        ship_to (Shipping | Unset): A shipping contact.
        bill_to (Billing | Unset): A billing contact.
        organization (Organization | Unset):
        shipping_discount (Discount | Unset):
        charge_type (ChargeType | Unset): Represents the charge type.
        customer_type (CustomerType | Unset): The type of customer.
        shipping_choice (ShippingChoice | Unset):
        purchase_location (PurchaseLocation | Unset): Where the purchase is made, when no ship-to address applies.
        items (SkuUpdateRequestItem | Unset): An item change in a request that updates a checkout.
        upstream_id (str | Unset):
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        billing_optimization (BillingOptimization | Unset):
        invoice_attribute_id (str | Unset):
    """

    customer_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    locale: str | Unset = UNSET
    browser_ip: str | Unset = UNSET
    application_id: str | Unset = UNSET
    tax_identifiers: list[TaxIdentifierReference] | Unset = UNSET
    ship_from: ShipFrom | Unset = UNSET
    ship_to: Shipping | Unset = UNSET
    bill_to: Billing | Unset = UNSET
    organization: Organization | Unset = UNSET
    shipping_discount: Discount | Unset = UNSET
    charge_type: ChargeType | Unset = UNSET
    customer_type: CustomerType | Unset = UNSET
    shipping_choice: ShippingChoice | Unset = UNSET
    purchase_location: PurchaseLocation | Unset = UNSET
    items: SkuUpdateRequestItem | Unset = UNSET
    upstream_id: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    billing_optimization: BillingOptimization | Unset = UNSET
    invoice_attribute_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        source_id = self.source_id

        currency = self.currency

        email = self.email

        locale = self.locale

        browser_ip = self.browser_ip

        application_id = self.application_id

        tax_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_identifiers, Unset):
            tax_identifiers = []
            for tax_identifiers_item_data in self.tax_identifiers:
                tax_identifiers_item = tax_identifiers_item_data.to_dict()
                tax_identifiers.append(tax_identifiers_item)

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        shipping_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_discount, Unset):
            shipping_discount = self.shipping_discount.to_dict()

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        shipping_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_choice, Unset):
            shipping_choice = self.shipping_choice.to_dict()

        purchase_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_location, Unset):
            purchase_location = self.purchase_location.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        upstream_id = self.upstream_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        billing_optimization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_optimization, Unset):
            billing_optimization = self.billing_optimization.to_dict()

        invoice_attribute_id = self.invoice_attribute_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if email is not UNSET:
            field_dict["email"] = email
        if locale is not UNSET:
            field_dict["locale"] = locale
        if browser_ip is not UNSET:
            field_dict["browserIp"] = browser_ip
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if tax_identifiers is not UNSET:
            field_dict["taxIdentifiers"] = tax_identifiers
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if organization is not UNSET:
            field_dict["organization"] = organization
        if shipping_discount is not UNSET:
            field_dict["shippingDiscount"] = shipping_discount
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if shipping_choice is not UNSET:
            field_dict["shippingChoice"] = shipping_choice
        if purchase_location is not UNSET:
            field_dict["purchaseLocation"] = purchase_location
        if items is not UNSET:
            field_dict["items"] = items
        if upstream_id is not UNSET:
            field_dict["upstreamId"] = upstream_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if billing_optimization is not UNSET:
            field_dict["billingOptimization"] = billing_optimization
        if invoice_attribute_id is not UNSET:
            field_dict["invoiceAttributeId"] = invoice_attribute_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing import Billing  # noqa: PLC0415
        from ..models.billing_optimization import BillingOptimization  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.purchase_location import PurchaseLocation  # noqa: PLC0415
        from ..models.ship_from import ShipFrom  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.shipping_choice import ShippingChoice  # noqa: PLC0415
        from ..models.sku_update_request_item import SkuUpdateRequestItem  # noqa: PLC0415
        from ..models.tax_identifier_reference import TaxIdentifierReference  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        source_id = d.pop("sourceId", UNSET)

        currency = d.pop("currency", UNSET)

        email = d.pop("email", UNSET)

        locale = d.pop("locale", UNSET)

        browser_ip = d.pop("browserIp", UNSET)

        application_id = d.pop("applicationId", UNSET)

        _tax_identifiers = d.pop("taxIdentifiers", UNSET)
        tax_identifiers: list[TaxIdentifierReference] | Unset = UNSET
        if _tax_identifiers is not UNSET:
            tax_identifiers = []
            for tax_identifiers_item_data in _tax_identifiers:
                tax_identifiers_item = TaxIdentifierReference.from_dict(tax_identifiers_item_data)

                tax_identifiers.append(tax_identifiers_item)

        _ship_from = d.pop("shipFrom", UNSET)
        ship_from: ShipFrom | Unset
        if isinstance(_ship_from, Unset):
            ship_from = UNSET
        else:
            ship_from = ShipFrom.from_dict(_ship_from)

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

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        _shipping_discount = d.pop("shippingDiscount", UNSET)
        shipping_discount: Discount | Unset
        if isinstance(_shipping_discount, Unset):
            shipping_discount = UNSET
        else:
            shipping_discount = Discount.from_dict(_shipping_discount)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: ChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = ChargeType(_charge_type)

        _customer_type = d.pop("customerType", UNSET)
        customer_type: CustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerType(_customer_type)

        _shipping_choice = d.pop("shippingChoice", UNSET)
        shipping_choice: ShippingChoice | Unset
        if isinstance(_shipping_choice, Unset):
            shipping_choice = UNSET
        else:
            shipping_choice = ShippingChoice.from_dict(_shipping_choice)

        _purchase_location = d.pop("purchaseLocation", UNSET)
        purchase_location: PurchaseLocation | Unset
        if isinstance(_purchase_location, Unset):
            purchase_location = UNSET
        else:
            purchase_location = PurchaseLocation.from_dict(_purchase_location)

        _items = d.pop("items", UNSET)
        items: SkuUpdateRequestItem | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = SkuUpdateRequestItem.from_dict(_items)

        upstream_id = d.pop("upstreamId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _billing_optimization = d.pop("billingOptimization", UNSET)
        billing_optimization: BillingOptimization | Unset
        if isinstance(_billing_optimization, Unset):
            billing_optimization = UNSET
        else:
            billing_optimization = BillingOptimization.from_dict(_billing_optimization)

        invoice_attribute_id = d.pop("invoiceAttributeId", UNSET)

        _instance = cls(
            customer_id=customer_id,
            source_id=source_id,
            currency=currency,
            email=email,
            locale=locale,
            browser_ip=browser_ip,
            application_id=application_id,
            tax_identifiers=tax_identifiers,
            ship_from=ship_from,
            ship_to=ship_to,
            bill_to=bill_to,
            organization=organization,
            shipping_discount=shipping_discount,
            charge_type=charge_type,
            customer_type=customer_type,
            shipping_choice=shipping_choice,
            purchase_location=purchase_location,
            items=items,
            upstream_id=upstream_id,
            metadata=metadata,
            billing_optimization=billing_optimization,
            invoice_attribute_id=invoice_attribute_id,
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
