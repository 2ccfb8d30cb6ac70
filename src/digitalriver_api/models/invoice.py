from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..models.invoice_state import InvoiceState
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    LazyField,
    Unset,
    copy_json,
    dump_datetime,
    field_error,
    json_object,
    list_parser,
    read_datetime,
    read_enum,
)

T = TypeVar("T", bound="Invoice")


@_attrs_define(slots=False)
class Invoice:
    """A statement of the amount owed by a customer.

    Attributes:
        id (str):
        created_time (datetime.datetime | None | Unset):
        updated_time (datetime.datetime | None | Unset):
        customer_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        description (str | Unset):
        locale (str | Unset):
        discount (Discount | None | Unset):
        customer_type (CustomerType | None | Unset): The type of customer.
        selling_entity (SellingEntity | None | Unset):
        tax_identifiers (list[TaxIdentifier] | None | Unset):
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
        items (list[InvoiceItem] | None | Unset):
        ship_to (Shipping | None | Unset): A shipping contact.
        bill_to (Billing | None | Unset): A billing contact.
        state (InvoiceState | None | Unset): The state of an invoice.
        state_transitions (InvoiceStateTransitions | None | Unset): When the invoice entered each state.
        payment (Payment | None | Unset):
        attempt_count (int | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        charge_type (ChargeType | None | Unset): Represents the charge type.
        application_id (str | Unset):
        live_mode (bool | Unset):
        order_id (str | Unset):
        upstream_id (str | Unset):
    """

    id: str
    created_time: datetime.datetime | None | Unset = UNSET
    updated_time: datetime.datetime | None | Unset = UNSET
    customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    locale: str | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    customer_type: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    selling_entity: SellingEntity | None | Unset = UNSET
    tax_identifiers: list[TaxIdentifier] | None | Unset = UNSET
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
    items: list[InvoiceItem] | None | Unset = UNSET
    ship_to: Shipping | None | Unset = UNSET
    """ A shipping contact. """
    bill_to: Billing | None | Unset = UNSET
    """ A billing contact. """
    state: InvoiceState | None | Unset = UNSET
    """ The state of an invoice. """
    state_transitions: InvoiceStateTransitions | None | Unset = UNSET
    """ When the invoice entered each state. """
    payment: Payment | None | Unset = UNSET
    attempt_count: int | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    charge_type: ChargeType | None | Unset = UNSET
    """ Represents the charge type. """
    application_id: str | Unset = UNSET
    live_mode: bool | Unset = UNSET
    order_id: str | Unset = UNSET
    upstream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        _value = _state.get("additional_properties", NOT_READ)
        if _value is NOT_READ:
            field_dict: dict[str, Any] = (
                {}
                if _raw.keys() <= _KNOWN_KEYS
                else {key: copy_json(value) for key, value in _raw.items() if key not in _KNOWN_KEYS}
            )
        else:
            field_dict = {key: copy_json(value) for key, value in _value.items()}
        field_dict["id"] = self.id
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        if self.customer_id is not UNSET:
            field_dict["customerId"] = self.customer_id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.locale is not UNSET:
            field_dict["locale"] = self.locale
        _value = _state.get("discount", NOT_READ)
        if _value is NOT_READ:
            if "discount" in _raw:
                field_dict["discount"] = copy_json(_raw["discount"])
        elif _value is not UNSET:
            field_dict["discount"] = None if _value is None else _value.to_dict()
        _value = self.customer_type
        if _value is not UNSET:
            field_dict["customerType"] = None if _value is None else _value.value
        _value = _state.get("selling_entity", NOT_READ)
        if _value is NOT_READ:
            if "sellingEntity" in _raw:
                field_dict["sellingEntity"] = copy_json(_raw["sellingEntity"])
        elif _value is not UNSET:
            field_dict["sellingEntity"] = None if _value is None else _value.to_dict()
        _value = _state.get("tax_identifiers", NOT_READ)
        if _value is NOT_READ:
            if "taxIdentifiers" in _raw:
                field_dict["taxIdentifiers"] = copy_json(_raw["taxIdentifiers"])
        elif _value is not UNSET:
            field_dict["taxIdentifiers"] = None if _value is None else [item.to_dict() for item in _value]
        if self.subtotal is not UNSET:
            field_dict["subtotal"] = self.subtotal
        if self.total_tax is not UNSET:
            field_dict["totalTax"] = self.total_tax
        if self.total_fees is not UNSET:
            field_dict["totalFees"] = self.total_fees
        if self.total_duty is not UNSET:
            field_dict["totalDuty"] = self.total_duty
        if self.total_importer_tax is not UNSET:
            field_dict["totalImporterTax"] = self.total_importer_tax
        if self.importer_of_record_tax is not UNSET:
            field_dict["importerOfRecordTax"] = self.importer_of_record_tax
        if self.total_discount is not UNSET:
            field_dict["totalDiscount"] = self.total_discount
        if self.total_shipping is not UNSET:
            field_dict["totalShipping"] = self.total_shipping
        if self.total_amount is not UNSET:
            field_dict["totalAmount"] = self.total_amount
        if self.collection_period_days is not UNSET:
            field_dict["collectionPeriodDays"] = self.collection_period_days
        _value = _state.get("items", NOT_READ)
        if _value is NOT_READ:
            if "items" in _raw:
                field_dict["items"] = copy_json(_raw["items"])
        elif _value is not UNSET:
            field_dict["items"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("ship_to", NOT_READ)
        if _value is NOT_READ:
            if "shipTo" in _raw:
                field_dict["shipTo"] = copy_json(_raw["shipTo"])
        elif _value is not UNSET:
            field_dict["shipTo"] = None if _value is None else _value.to_dict()
        _value = _state.get("bill_to", NOT_READ)
        if _value is NOT_READ:
            if "billTo" in _raw:
                field_dict["billTo"] = copy_json(_raw["billTo"])
        elif _value is not UNSET:
            field_dict["billTo"] = None if _value is None else _value.to_dict()
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("state_transitions", NOT_READ)
        if _value is NOT_READ:
            if "stateTransitions" in _raw:
                field_dict["stateTransitions"] = copy_json(_raw["stateTransitions"])
        elif _value is not UNSET:
            field_dict["stateTransitions"] = None if _value is None else _value.to_dict()
        _value = _state.get("payment", NOT_READ)
        if _value is NOT_READ:
            if "payment" in _raw:
                field_dict["payment"] = copy_json(_raw["payment"])
        elif _value is not UNSET:
            field_dict["payment"] = None if _value is None else _value.to_dict()
        if self.attempt_count is not UNSET:
            field_dict["attemptCount"] = self.attempt_count
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
        if self.application_id is not UNSET:
            field_dict["applicationId"] = self.application_id
        if self.live_mode is not UNSET:
            field_dict["liveMode"] = self.live_mode
        if self.order_id is not UNSET:
            field_dict["orderId"] = self.order_id
        if self.upstream_id is not UNSET:
            field_dict["upstreamId"] = self.upstream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("discount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "discount", "a JSON object", _v)
        if (_v := _d.get("sellingEntity")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "sellingEntity", "a JSON object", _v)
        if (_v := _d.get("taxIdentifiers")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxIdentifiers", "a JSON array", _v)
        if (_v := _d.get("items")) is not None and not isinstance(_v, list):
            raise field_error(cls, "items", "a JSON array", _v)
        if (_v := _d.get("shipTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipTo", "a JSON object", _v)
        if (_v := _d.get("billTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billTo", "a JSON object", _v)
        if (_v := _d.get("stateTransitions")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "stateTransitions", "a JSON object", _v)
        if (_v := _d.get("payment")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payment", "a JSON object", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d["id"],
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "customer_id": _d.get("customerId", UNSET),
                "email": _d.get("email", UNSET),
                "currency": _d.get("currency", UNSET),
                "description": _d.get("description", UNSET),
                "locale": _d.get("locale", UNSET),
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "subtotal": _d.get("subtotal", UNSET),
                "total_tax": _d.get("totalTax", UNSET),
                "total_fees": _d.get("totalFees", UNSET),
                "total_duty": _d.get("totalDuty", UNSET),
                "total_importer_tax": _d.get("totalImporterTax", UNSET),
                "importer_of_record_tax": _d.get("importerOfRecordTax", UNSET),
                "total_discount": _d.get("totalDiscount", UNSET),
                "total_shipping": _d.get("totalShipping", UNSET),
                "total_amount": _d.get("totalAmount", UNSET),
                "collection_period_days": _d.get("collectionPeriodDays", UNSET),
                "state": read_enum(InvoiceState, _d.get("state", UNSET), cls, "state"),
                "attempt_count": _d.get("attemptCount", UNSET),
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "application_id": _d.get("applicationId", UNSET),
                "live_mode": _d.get("liveMode", UNSET),
                "order_id": _d.get("orderId", UNSET),
                "upstream_id": _d.get("upstreamId", UNSET),
                "_raw": _d,
            }
        )
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

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models that refer to each other import in either order.
from ..models.billing import Billing  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.invoice_item import InvoiceItem  # noqa: E402
from ..models.invoice_state_transitions import InvoiceStateTransitions  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.selling_entity import SellingEntity  # noqa: E402
from ..models.shipping import Shipping  # noqa: E402
from ..models.tax_identifier import TaxIdentifier  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdTime",
        "updatedTime",
        "customerId",
        "email",
        "currency",
        "description",
        "locale",
        "discount",
        "customerType",
        "sellingEntity",
        "taxIdentifiers",
        "subtotal",
        "totalTax",
        "totalFees",
        "totalDuty",
        "totalImporterTax",
        "importerOfRecordTax",
        "totalDiscount",
        "totalShipping",
        "totalAmount",
        "collectionPeriodDays",
        "items",
        "shipTo",
        "billTo",
        "state",
        "stateTransitions",
        "payment",
        "attemptCount",
        "metadata",
        "chargeType",
        "applicationId",
        "liveMode",
        "orderId",
        "upstreamId",
    }
)
LazyField.attach(Invoice, "discount", "discount", Discount.from_dict, "")
LazyField.attach(Invoice, "selling_entity", "sellingEntity", SellingEntity.from_dict, "")
LazyField.attach(Invoice, "tax_identifiers", "taxIdentifiers", list_parser(TaxIdentifier.from_dict), "")
LazyField.attach(Invoice, "items", "items", list_parser(InvoiceItem.from_dict), "")
LazyField.attach(Invoice, "ship_to", "shipTo", Shipping.from_dict, "A shipping contact.")
LazyField.attach(Invoice, "bill_to", "billTo", Billing.from_dict, "A billing contact.")
LazyField.attach(
    Invoice,
    "state_transitions",
    "stateTransitions",
    InvoiceStateTransitions.from_dict,
    "When the invoice entered each state.",
)
LazyField.attach(Invoice, "payment", "payment", Payment.from_dict, "")
LazyField.attach(
    Invoice, "metadata", "metadata", Metadata.from_dict, "Key-value pairs of the caller's own, returned as given."
)
AdditionalProperties.attach(Invoice, _KNOWN_KEYS)
