from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing import Billing
    from ..models.billing_optimization import BillingOptimization
    from ..models.disclosures import Disclosures
    from ..models.discount import Discount
    from ..models.metadata import Metadata
    from ..models.organization import Organization
    from ..models.payment import Payment
    from ..models.purchase_location import PurchaseLocation
    from ..models.selling_entity import SellingEntity
    from ..models.ship_from import ShipFrom
    from ..models.shipping import Shipping
    from ..models.shipping_choice import ShippingChoice
    from ..models.sku_item import SkuItem
    from ..models.tax_identifier import TaxIdentifier


T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout:
    """An end customer's checkout.

    Attributes:
        id (str):
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset):
        customer_id (str | Unset):
        currency (str | Unset):
        email (str | Unset):
        locale (str | Unset):
        browser_ip (str | Unset):
        application_id (str | Unset):
        ship_from (ShipFrom | Unset): Where goods ship from.
        ship_to (Shipping | Unset): A shipping contact.
        bill_to (Billing | Unset): A billing contact.
        organization (Organization | Unset):
        subtotal (float | Unset):
        total_tax (float | Unset):
        total_importer_tax (float | Unset):
        importer_of_record_tax (bool | Unset):
        total_fees (float | Unset):
        total_duty (float | Unset):
        total_discount (float | Unset):
        total_shipping (float | Unset):
        total_amount (float | Unset):
        discount (Discount | Unset):
        tax_identifiers (list[TaxIdentifier] | Unset):
        purchase_location (PurchaseLocation | Unset): Where the purchase is made, when no ship-to address applies.
        customer_type (CustomerType | Unset): The type of customer.
        selling_entity (SellingEntity | Unset):
        items (list[SkuItem] | Unset):
        shipping_choice (ShippingChoice | Unset):
        payment (Payment | Unset):
        billing_optimization (BillingOptimization | Unset):
        disclosures (Disclosures | Unset):
        live_mode (bool | Unset):
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        upstream_id (str | Unset):
    """

    id: str
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    locale: str | Unset = UNSET
    browser_ip: str | Unset = UNSET
    application_id: str | Unset = UNSET
    ship_from: ShipFrom | Unset = UNSET
    ship_to: Shipping | Unset = UNSET
    bill_to: Billing | Unset = UNSET
    organization: Organization | Unset = UNSET
    subtotal: float | Unset = UNSET
    total_tax: float | Unset = UNSET
    total_importer_tax: float | Unset = UNSET
    importer_of_record_tax: bool | Unset = UNSET
    total_fees: float | Unset = UNSET
    total_duty: float | Unset = UNSET
    total_discount: float | Unset = UNSET
    total_shipping: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    discount: Discount | Unset = UNSET
    tax_identifiers: list[TaxIdentifier] | Unset = UNSET
    purchase_location: PurchaseLocation | Unset = UNSET
    customer_type: CustomerType | Unset = UNSET
    selling_entity: SellingEntity | Unset = UNSET
    items: list[SkuItem] | Unset = UNSET
    shipping_choice: ShippingChoice | Unset = UNSET
    payment: Payment | Unset = UNSET
    billing_optimization: BillingOptimization | Unset = UNSET
    disclosures: Disclosures | Unset = UNSET
    live_mode: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    upstream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        customer_id = self.customer_id

        currency = self.currency

        email = self.email

        locale = self.locale

        browser_ip = self.browser_ip

        application_id = self.application_id

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

        subtotal = self.subtotal

        total_tax = self.total_tax

        total_importer_tax = self.total_importer_tax

        importer_of_record_tax = self.importer_of_record_tax

        total_fees = self.total_fees

        total_duty = self.total_duty

        total_discount = self.total_discount

        total_shipping = self.total_shipping

        total_amount = self.total_amount

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        tax_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_identifiers, Unset):
            tax_identifiers = []
            for tax_identifiers_item_data in self.tax_identifiers:
                tax_identifiers_item = tax_identifiers_item_data.to_dict()
                tax_identifiers.append(tax_identifiers_item)

        purchase_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_location, Unset):
            purchase_location = self.purchase_location.to_dict()

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        selling_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_entity, Unset):
            selling_entity = self.selling_entity.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shipping_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_choice, Unset):
            shipping_choice = self.shipping_choice.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        billing_optimization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_optimization, Unset):
            billing_optimization = self.billing_optimization.to_dict()

        disclosures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disclosures, Unset):
            disclosures = self.disclosures.to_dict()

        live_mode = self.live_mode

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        upstream_id = self.upstream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
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
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if organization is not UNSET:
            field_dict["organization"] = organization
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if total_importer_tax is not UNSET:
            field_dict["totalImporterTax"] = total_importer_tax
        if importer_of_record_tax is not UNSET:
            field_dict["importerOfRecordTax"] = importer_of_record_tax
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees
        if total_duty is not UNSET:
            field_dict["totalDuty"] = total_duty
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if total_shipping is not UNSET:
            field_dict["totalShipping"] = total_shipping
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax_identifiers is not UNSET:
            field_dict["taxIdentifiers"] = tax_identifiers
        if purchase_location is not UNSET:
            field_dict["purchaseLocation"] = purchase_location
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if selling_entity is not UNSET:
            field_dict["sellingEntity"] = selling_entity
        if items is not UNSET:
            field_dict["items"] = items
        if shipping_choice is not UNSET:
            field_dict["shippingChoice"] = shipping_choice
        if payment is not UNSET:
            field_dict["payment"] = payment
        if billing_optimization is not UNSET:
            field_dict["billingOptimization"] = billing_optimization
        if disclosures is not UNSET:
            field_dict["disclosures"] = disclosures
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if upstream_id is not UNSET:
            field_dict["upstreamId"] = upstream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing import Billing  # noqa: PLC0415
        from ..models.billing_optimization import BillingOptimization  # noqa: PLC0415
        from ..models.disclosures import Disclosures  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.payment import Payment  # noqa: PLC0415
        from ..models.purchase_location import PurchaseLocation  # noqa: PLC0415
        from ..models.selling_entity import SellingEntity  # noqa: PLC0415
        from ..models.ship_from import ShipFrom  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
        from ..models.shipping_choice import ShippingChoice  # noqa: PLC0415
        from ..models.sku_item import SkuItem  # noqa: PLC0415
        from ..models.tax_identifier import TaxIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        customer_id = d.pop("customerId", UNSET)

        currency = d.pop("currency", UNSET)

        email = d.pop("email", UNSET)

        locale = d.pop("locale", UNSET)

        browser_ip = d.pop("browserIp", UNSET)

        application_id = d.pop("applicationId", UNSET)

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

        subtotal = d.pop("subtotal", UNSET)

        total_tax = d.pop("totalTax", UNSET)

        total_importer_tax = d.pop("totalImporterTax", UNSET)

        importer_of_record_tax = d.pop("importerOfRecordTax", UNSET)

        total_fees = d.pop("totalFees", UNSET)

        total_duty = d.pop("totalDuty", UNSET)

        total_discount = d.pop("totalDiscount", UNSET)

        total_shipping = d.pop("totalShipping", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

        _tax_identifiers = d.pop("taxIdentifiers", UNSET)
        tax_identifiers: list[TaxIdentifier] | Unset = UNSET
        if _tax_identifiers is not UNSET:
            tax_identifiers = []
            for tax_identifiers_item_data in _tax_identifiers:
                tax_identifiers_item = TaxIdentifier.from_dict(tax_identifiers_item_data)

                tax_identifiers.append(tax_identifiers_item)

        _purchase_location = d.pop("purchaseLocation", UNSET)
        purchase_location: PurchaseLocation | Unset
        if isinstance(_purchase_location, Unset):
            purchase_location = UNSET
        else:
            purchase_location = PurchaseLocation.from_dict(_purchase_location)

        _customer_type = d.pop("customerType", UNSET)
        customer_type: CustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CustomerType(_customer_type)

        _selling_entity = d.pop("sellingEntity", UNSET)
        selling_entity: SellingEntity | Unset
        if isinstance(_selling_entity, Unset):
            selling_entity = UNSET
        else:
            selling_entity = SellingEntity.from_dict(_selling_entity)

        _items = d.pop("items", UNSET)
        items: list[SkuItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = SkuItem.from_dict(items_item_data)

                items.append(items_item)

        _shipping_choice = d.pop("shippingChoice", UNSET)
        shipping_choice: ShippingChoice | Unset
        if isinstance(_shipping_choice, Unset):
            shipping_choice = UNSET
        else:
            shipping_choice = ShippingChoice.from_dict(_shipping_choice)

        _payment = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        _billing_optimization = d.pop("billingOptimization", UNSET)
        billing_optimization: BillingOptimization | Unset
        if isinstance(_billing_optimization, Unset):
            billing_optimization = UNSET
        else:
            billing_optimization = BillingOptimization.from_dict(_billing_optimization)

        _disclosures = d.pop("disclosures", UNSET)
        disclosures: Disclosures | Unset
        if isinstance(_disclosures, Unset):
            disclosures = UNSET
        else:
            disclosures = Disclosures.from_dict(_disclosures)

        live_mode = d.pop("liveMode", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        upstream_id = d.pop("upstreamId", UNSET)

        _instance = cls(
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            currency=currency,
            email=email,
            locale=locale,
            browser_ip=browser_ip,
            application_id=application_id,
            ship_from=ship_from,
            ship_to=ship_to,
            bill_to=bill_to,
            organization=organization,
            subtotal=subtotal,
            total_tax=total_tax,
            total_importer_tax=total_importer_tax,
            importer_of_record_tax=importer_of_record_tax,
            total_fees=total_fees,
            total_duty=total_duty,
            total_discount=total_discount,
            total_shipping=total_shipping,
            total_amount=total_amount,
            discount=discount,
            tax_identifiers=tax_identifiers,
            purchase_location=purchase_location,
            customer_type=customer_type,
            selling_entity=selling_entity,
            items=items,
            shipping_choice=shipping_choice,
            payment=payment,
            billing_optimization=billing_optimization,
            disclosures=disclosures,
            live_mode=live_mode,
            metadata=metadata,
            upstream_id=upstream_id,
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
