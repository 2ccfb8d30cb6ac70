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
    BAD,
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    LazyField,
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
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
        _value = _state.get("id", NOT_READ)
        if _value is NOT_READ:
            if "id" in _raw:
                field_dict["id"] = copy_json(_raw["id"])
        else:
            field_dict["id"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        _value = _state.get("customer_id", NOT_READ)
        if _value is NOT_READ:
            if "customerId" in _raw:
                field_dict["customerId"] = copy_json(_raw["customerId"])
        elif _value is not UNSET:
            field_dict["customerId"] = _value
        _value = _state.get("email", NOT_READ)
        if _value is NOT_READ:
            if "email" in _raw:
                field_dict["email"] = copy_json(_raw["email"])
        elif _value is not UNSET:
            field_dict["email"] = _value
        _value = _state.get("currency", NOT_READ)
        if _value is NOT_READ:
            if "currency" in _raw:
                field_dict["currency"] = copy_json(_raw["currency"])
        elif _value is not UNSET:
            field_dict["currency"] = _value
        _value = _state.get("description", NOT_READ)
        if _value is NOT_READ:
            if "description" in _raw:
                field_dict["description"] = copy_json(_raw["description"])
        elif _value is not UNSET:
            field_dict["description"] = _value
        _value = _state.get("locale", NOT_READ)
        if _value is NOT_READ:
            if "locale" in _raw:
                field_dict["locale"] = copy_json(_raw["locale"])
        elif _value is not UNSET:
            field_dict["locale"] = _value
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
        _value = _state.get("subtotal", NOT_READ)
        if _value is NOT_READ:
            if "subtotal" in _raw:
                field_dict["subtotal"] = copy_json(_raw["subtotal"])
        elif _value is not UNSET:
            field_dict["subtotal"] = _value
        _value = _state.get("total_tax", NOT_READ)
        if _value is NOT_READ:
            if "totalTax" in _raw:
                field_dict["totalTax"] = copy_json(_raw["totalTax"])
        elif _value is not UNSET:
            field_dict["totalTax"] = _value
        _value = _state.get("total_fees", NOT_READ)
        if _value is NOT_READ:
            if "totalFees" in _raw:
                field_dict["totalFees"] = copy_json(_raw["totalFees"])
        elif _value is not UNSET:
            field_dict["totalFees"] = _value
        _value = _state.get("total_duty", NOT_READ)
        if _value is NOT_READ:
            if "totalDuty" in _raw:
                field_dict["totalDuty"] = copy_json(_raw["totalDuty"])
        elif _value is not UNSET:
            field_dict["totalDuty"] = _value
        _value = _state.get("total_importer_tax", NOT_READ)
        if _value is NOT_READ:
            if "totalImporterTax" in _raw:
                field_dict["totalImporterTax"] = copy_json(_raw["totalImporterTax"])
        elif _value is not UNSET:
            field_dict["totalImporterTax"] = _value
        _value = _state.get("importer_of_record_tax", NOT_READ)
        if _value is NOT_READ:
            if "importerOfRecordTax" in _raw:
                field_dict["importerOfRecordTax"] = copy_json(_raw["importerOfRecordTax"])
        elif _value is not UNSET:
            field_dict["importerOfRecordTax"] = _value
        _value = _state.get("total_discount", NOT_READ)
        if _value is NOT_READ:
            if "totalDiscount" in _raw:
                field_dict["totalDiscount"] = copy_json(_raw["totalDiscount"])
        elif _value is not UNSET:
            field_dict["totalDiscount"] = _value
        _value = _state.get("total_shipping", NOT_READ)
        if _value is NOT_READ:
            if "totalShipping" in _raw:
                field_dict["totalShipping"] = copy_json(_raw["totalShipping"])
        elif _value is not UNSET:
            field_dict["totalShipping"] = _value
        _value = _state.get("total_amount", NOT_READ)
        if _value is NOT_READ:
            if "totalAmount" in _raw:
                field_dict["totalAmount"] = copy_json(_raw["totalAmount"])
        elif _value is not UNSET:
            field_dict["totalAmount"] = _value
        _value = _state.get("collection_period_days", NOT_READ)
        if _value is NOT_READ:
            if "collectionPeriodDays" in _raw:
                field_dict["collectionPeriodDays"] = copy_json(_raw["collectionPeriodDays"])
        elif _value is not UNSET:
            field_dict["collectionPeriodDays"] = _value
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
        _value = _state.get("attempt_count", NOT_READ)
        if _value is NOT_READ:
            if "attemptCount" in _raw:
                field_dict["attemptCount"] = copy_json(_raw["attemptCount"])
        elif _value is not UNSET:
            field_dict["attemptCount"] = _value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
        _value = _state.get("application_id", NOT_READ)
        if _value is NOT_READ:
            if "applicationId" in _raw:
                field_dict["applicationId"] = copy_json(_raw["applicationId"])
        elif _value is not UNSET:
            field_dict["applicationId"] = _value
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value
        _value = _state.get("order_id", NOT_READ)
        if _value is NOT_READ:
            if "orderId" in _raw:
                field_dict["orderId"] = copy_json(_raw["orderId"])
        elif _value is not UNSET:
            field_dict["orderId"] = _value
        _value = _state.get("upstream_id", NOT_READ)
        if _value is NOT_READ:
            if "upstreamId" in _raw:
                field_dict["upstreamId"] = copy_json(_raw["upstreamId"])
        elif _value is not UNSET:
            field_dict["upstreamId"] = _value

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
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d["id"]) is str or _v is None else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "customer_id": _v
                if type(_v := _d.get("customerId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "currency": _v
                if type(_v := _d.get("currency", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "description": _v
                if type(_v := _d.get("description", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "locale": _v
                if type(_v := _d.get("locale", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "subtotal": _v
                if (type(_v := _d.get("subtotal", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_tax": _v
                if (type(_v := _d.get("totalTax", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_fees": _v
                if (type(_v := _d.get("totalFees", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_duty": _v
                if (type(_v := _d.get("totalDuty", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_importer_tax": _v
                if (type(_v := _d.get("totalImporterTax", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "importer_of_record_tax": _v
                if type(_v := _d.get("importerOfRecordTax", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_discount": _v
                if (type(_v := _d.get("totalDiscount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_shipping": _v
                if (type(_v := _d.get("totalShipping", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_amount": _v
                if (type(_v := _d.get("totalAmount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "collection_period_days": _v
                if type(_v := _d.get("collectionPeriodDays", UNSET)) is int or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(InvoiceState, _d.get("state", UNSET), cls, "state"),
                "attempt_count": _v
                if type(_v := _d.get("attemptCount", UNSET)) is int or _v is UNSET or _v is None
                else (_bad := BAD),
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "application_id": _v
                if type(_v := _d.get("applicationId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "order_id": _v
                if type(_v := _d.get("orderId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "upstream_id": _v
                if type(_v := _d.get("upstreamId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "_raw": _d,
            }
        )
        if _bad is BAD:  # a scalar of the wrong JSON kind: left to be read, and refused, when accessed
            drop_bad(_instance)
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
ScalarField.attach(Invoice, "id", "id", str)
ScalarField.attach(Invoice, "customer_id", "customerId", str)
ScalarField.attach(Invoice, "email", "email", str)
ScalarField.attach(Invoice, "currency", "currency", str)
ScalarField.attach(Invoice, "description", "description", str)
ScalarField.attach(Invoice, "locale", "locale", str)
ScalarField.attach(Invoice, "subtotal", "subtotal", float)
ScalarField.attach(Invoice, "total_tax", "totalTax", float)
ScalarField.attach(Invoice, "total_fees", "totalFees", float)
ScalarField.attach(Invoice, "total_duty", "totalDuty", float)
ScalarField.attach(Invoice, "total_importer_tax", "totalImporterTax", float)
ScalarField.attach(Invoice, "importer_of_record_tax", "importerOfRecordTax", bool)
ScalarField.attach(Invoice, "total_discount", "totalDiscount", float)
ScalarField.attach(Invoice, "total_shipping", "totalShipping", float)
ScalarField.attach(Invoice, "total_amount", "totalAmount", float)
ScalarField.attach(Invoice, "collection_period_days", "collectionPeriodDays", int)
ScalarField.attach(Invoice, "attempt_count", "attemptCount", int)
ScalarField.attach(Invoice, "application_id", "applicationId", str)
ScalarField.attach(Invoice, "live_mode", "liveMode", bool)
ScalarField.attach(Invoice, "order_id", "orderId", str)
ScalarField.attach(Invoice, "upstream_id", "upstreamId", str)
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
