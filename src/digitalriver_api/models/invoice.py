from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..models.invoice_state import InvoiceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing import Billing
    from ..models.discount import Discount
    from ..models.invoice_item import InvoiceItem
    from ..models.invoice_state_transitions import InvoiceStateTransitions
    from ..models.metadata import Metadata
    from ..models.payment import Payment
    from ..models.selling_entity import SellingEntity
    from ..models.shipping import Shipping
    from ..models.tax_identifier import TaxIdentifier


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A statement of the amount owed by a customer.

    Attributes:
        id (str):
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset):
        customer_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        description (str | Unset):
        locale (str | Unset):
        discount (Discount | Unset):
        customer_type (CustomerType | Unset): The type of customer.
        selling_entity (SellingEntity | Unset):
        tax_identifiers (list[TaxIdentifier] | Unset):
        subtotal (float | Unset):
        total_tax (float | Unset):
        total_fees (float | Unset):
        total_duty (float | Unset):
        total_importer_tax (float | Unset):
        importer_of_record_tax (bool | Unset):
        total_discount (float | Unset):
        total_shipping (float | Unset):
        total_amount (float | Unset):
        collection_period_days (int | Unset):
        items (list[InvoiceItem] | Unset):
        ship_to (Shipping | Unset): A shipping contact.
        bill_to (Billing | Unset): A billing contact.
        state (InvoiceState | Unset): The state of an invoice.
        state_transitions (InvoiceStateTransitions | Unset): When the invoice entered each state.
        payment (Payment | Unset):
        attempt_count (int | Unset):
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        charge_type (ChargeType | Unset): Represents the charge type.
        application_id (str | Unset):
        live_mode (bool | Unset):
        order_id (str | Unset):
        upstream_id (str | Unset):
    """

    id: str
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    locale: str | Unset = UNSET
    discount: Discount | Unset = UNSET
    customer_type: CustomerType | Unset = UNSET
    selling_entity: SellingEntity | Unset = UNSET
    tax_identifiers: list[TaxIdentifier] | Unset = UNSET
    subtotal: float | Unset = UNSET
    total_tax: float | Unset = UNSET
    total_fees: float | Unset = UNSET
    total_duty: float | Unset = UNSET
    total_importer_tax: float | Unset = UNSET
    importer_of_record_tax: bool | Unset = UNSET
    total_discount: float | Unset = UNSET
    total_shipping: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    collection_period_days: int | Unset = UNSET
    items: list[InvoiceItem] | Unset = UNSET
    ship_to: Shipping | Unset = UNSET
    bill_to: Billing | Unset = UNSET
    state: InvoiceState | Unset = UNSET
    state_transitions: InvoiceStateTransitions | Unset = UNSET
    payment: Payment | Unset = UNSET
    attempt_count: int | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    charge_type: ChargeType | Unset = UNSET
    application_id: str | Unset = UNSET
    live_mode: bool | Unset = UNSET
    order_id: str | Unset = UNSET
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

        email = self.email

        currency = self.currency

        description = self.description

        locale = self.locale

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        selling_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_entity, Unset):
            selling_entity = self.selling_entity.to_dict()

        tax_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_identifiers, Unset):
            tax_identifiers = []
            for tax_identifiers_item_data in self.tax_identifiers:
                tax_identifiers_item = tax_identifiers_item_data.to_dict()
                tax_identifiers.append(tax_identifiers_item)

        subtotal = self.subtotal

        total_tax = self.total_tax

        total_fees = self.total_fees

        total_duty = self.total_duty

        total_importer_tax = self.total_importer_tax

        importer_of_record_tax = self.importer_of_record_tax

        total_discount = self.total_discount

        total_shipping = self.total_shipping

        total_amount = self.total_amount

        collection_period_days = self.collection_period_days

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_transitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state_transitions, Unset):
            state_transitions = self.state_transitions.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        attempt_count = self.attempt_count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        application_id = self.application_id

        live_mode = self.live_mode

        order_id = self.order_id

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
        if email is not UNSET:
            field_dict["email"] = email
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if locale is not UNSET:
            field_dict["locale"] = locale
        if discount is not UNSET:
            field_dict["discount"] = discount
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if selling_entity is not UNSET:
            field_dict["sellingEntity"] = selling_entity
        if tax_identifiers is not UNSET:
            field_dict["taxIdentifiers"] = tax_identifiers
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees
        if total_duty is not UNSET:
            field_dict["totalDuty"] = total_duty
        if total_importer_tax is not UNSET:
            field_dict["totalImporterTax"] = total_importer_tax
        if importer_of_record_tax is not UNSET:
            field_dict["importerOfRecordTax"] = importer_of_record_tax
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if total_shipping is not UNSET:
            field_dict["totalShipping"] = total_shipping
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if collection_period_days is not UNSET:
            field_dict["collectionPeriodDays"] = collection_period_days
        if items is not UNSET:
            field_dict["items"] = items
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if state is not UNSET:
            field_dict["state"] = state
        if state_transitions is not UNSET:
            field_dict["stateTransitions"] = state_transitions
        if payment is not UNSET:
            field_dict["payment"] = payment
        if attempt_count is not UNSET:
            field_dict["attemptCount"] = attempt_count
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if upstream_id is not UNSET:
            field_dict["upstreamId"] = upstream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing import Billing  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415
        from ..models.invoice_state_transitions import InvoiceStateTransitions  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment import Payment  # noqa: PLC0415
        from ..models.selling_entity import SellingEntity  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415
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

        email = d.pop("email", UNSET)

        currency = d.pop("currency", UNSET)

        description = d.pop("description", UNSET)

        locale = d.pop("locale", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

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

        _tax_identifiers = d.pop("taxIdentifiers", UNSET)
        tax_identifiers: list[TaxIdentifier] | Unset = UNSET
        if _tax_identifiers is not UNSET:
            tax_identifiers = []
            for tax_identifiers_item_data in _tax_identifiers:
                tax_identifiers_item = TaxIdentifier.from_dict(tax_identifiers_item_data)

                tax_identifiers.append(tax_identifiers_item)

        subtotal = d.pop("subtotal", UNSET)

        total_tax = d.pop("totalTax", UNSET)

        total_fees = d.pop("totalFees", UNSET)

        total_duty = d.pop("totalDuty", UNSET)

        total_importer_tax = d.pop("totalImporterTax", UNSET)

        importer_of_record_tax = d.pop("importerOfRecordTax", UNSET)

        total_discount = d.pop("totalDiscount", UNSET)

        total_shipping = d.pop("totalShipping", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        collection_period_days = d.pop("collectionPeriodDays", UNSET)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItem.from_dict(items_item_data)

                items.append(items_item)

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

        _state = d.pop("state", UNSET)
        state: InvoiceState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = InvoiceState(_state)

        _state_transitions = d.pop("stateTransitions", UNSET)
        state_transitions: InvoiceStateTransitions | Unset
        if isinstance(_state_transitions, Unset):
            state_transitions = UNSET
        else:
            state_transitions = InvoiceStateTransitions.from_dict(_state_transitions)

        _payment = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        attempt_count = d.pop("attemptCount", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: ChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = ChargeType(_charge_type)

        application_id = d.pop("applicationId", UNSET)

        live_mode = d.pop("liveMode", UNSET)

        order_id = d.pop("orderId", UNSET)

        upstream_id = d.pop("upstreamId", UNSET)

        _instance = cls(
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            email=email,
            currency=currency,
            description=description,
            locale=locale,
            discount=discount,
            customer_type=customer_type,
            selling_entity=selling_entity,
            tax_identifiers=tax_identifiers,
            subtotal=subtotal,
            total_tax=total_tax,
            total_fees=total_fees,
            total_duty=total_duty,
            total_importer_tax=total_importer_tax,
            importer_of_record_tax=importer_of_record_tax,
            total_discount=total_discount,
            total_shipping=total_shipping,
            total_amount=total_amount,
            collection_period_days=collection_period_days,
            items=items,
            ship_to=ship_to,
            bill_to=bill_to,
            state=state,
            state_transitions=state_transitions,
            payment=payment,
            attempt_count=attempt_count,
            metadata=metadata,
            charge_type=charge_type,
            application_id=application_id,
            live_mode=live_mode,
            order_id=order_id,
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
