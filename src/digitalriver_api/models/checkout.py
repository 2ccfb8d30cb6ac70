from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..models.language import Language
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

T = TypeVar("T", bound="Checkout")


@_attrs_define(slots=False)
class Checkout:
    """An end customer's checkout.

    Attributes:
        id (str):
        created_time (datetime.datetime | None | Unset):
        updated_time (datetime.datetime | None | Unset):
        customer_id (str | Unset):
        currency (str | Unset):
        email (str | Unset):
        language (Language | None | Unset): A language of a checkout.
        locale (str | Unset):
        browser_ip (str | Unset):
        application_id (str | Unset):
        ship_from (ShipFrom | None | Unset): Where goods ship from.
        ship_to (Shipping | None | Unset): A shipping contact.
        bill_to (Billing | None | Unset): A billing contact.
        organization (Organization | None | Unset):
        subtotal (float | Unset):
        total_tax (float | Unset):
        total_importer_tax (float | Unset):
        importer_of_record_tax (bool | Unset):
        total_fees (float | Unset):
        total_duty (float | Unset):
        total_discount (float | Unset):
        total_shipping (float | Unset):
        total_amount (float | Unset):
        discount (Discount | None | Unset):
        tax_identifiers (list[TaxIdentifier] | None | Unset):
        invoice_attributes (InvoiceAttributes | None | Unset): The invoice attributes of a checkout, for e-invoicing in
            China and Taiwan.
        purchase_location (PurchaseLocation | None | Unset): Where the purchase is made, when no ship-to address
            applies.
        customer_type (CustomerType | None | Unset): The type of customer.
        charge_type (ChargeType | None | Unset): Represents the charge type.
        selling_entity (SellingEntity | None | Unset):
        items (list[SkuItem] | None | Unset):
        shipping_choice (ShippingChoice | None | Unset):
        payment (Payment | None | Unset):
        billing_optimization (BillingOptimization | None | Unset):
        disclosures (list[Disclosure] | None | Unset):
        live_mode (bool | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        upstream_id (str | Unset):
    """

    id: str
    created_time: datetime.datetime | None | Unset = UNSET
    updated_time: datetime.datetime | None | Unset = UNSET
    customer_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    language: Language | None | Unset = UNSET
    """ A language of a checkout. """
    locale: str | Unset = UNSET
    browser_ip: str | Unset = UNSET
    application_id: str | Unset = UNSET
    ship_from: ShipFrom | None | Unset = UNSET
    """ Where goods ship from. """
    ship_to: Shipping | None | Unset = UNSET
    """ A shipping contact. """
    bill_to: Billing | None | Unset = UNSET
    """ A billing contact. """
    organization: Organization | None | Unset = UNSET
    subtotal: float | Unset = UNSET
    total_tax: float | Unset = UNSET
    total_importer_tax: float | Unset = UNSET
    importer_of_record_tax: bool | Unset = UNSET
    total_fees: float | Unset = UNSET
    total_duty: float | Unset = UNSET
    total_discount: float | Unset = UNSET
    total_shipping: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    tax_identifiers: list[TaxIdentifier] | None | Unset = UNSET
    invoice_attributes: InvoiceAttributes | None | Unset = UNSET
    """ The invoice attributes of a checkout, for e-invoicing in China and Taiwan. """
    purchase_location: PurchaseLocation | None | Unset = UNSET
    """ Where the purchase is made, when no ship-to address applies. """
    customer_type: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    charge_type: ChargeType | None | Unset = UNSET
    """ Represents the charge type. """
    selling_entity: SellingEntity | None | Unset = UNSET
    items: list[SkuItem] | None | Unset = UNSET
    shipping_choice: ShippingChoice | None | Unset = UNSET
    payment: Payment | None | Unset = UNSET
    billing_optimization: BillingOptimization | None | Unset = UNSET
    disclosures: list[Disclosure] | None | Unset = UNSET
    live_mode: bool | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
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
        _value = _state.get("currency", NOT_READ)
        if _value is NOT_READ:
            if "currency" in _raw:
                field_dict["currency"] = copy_json(_raw["currency"])
        elif _value is not UNSET:
            field_dict["currency"] = _value
        _value = _state.get("email", NOT_READ)
        if _value is NOT_READ:
            if "email" in _raw:
                field_dict["email"] = copy_json(_raw["email"])
        elif _value is not UNSET:
            field_dict["email"] = _value
        _value = self.language
        if _value is not UNSET:
            field_dict["language"] = None if _value is None else _value.value
        _value = _state.get("locale", NOT_READ)
        if _value is NOT_READ:
            if "locale" in _raw:
                field_dict["locale"] = copy_json(_raw["locale"])
        elif _value is not UNSET:
            field_dict["locale"] = _value
        _value = _state.get("browser_ip", NOT_READ)
        if _value is NOT_READ:
            if "browserIp" in _raw:
                field_dict["browserIp"] = copy_json(_raw["browserIp"])
        elif _value is not UNSET:
            field_dict["browserIp"] = _value
        _value = _state.get("application_id", NOT_READ)
        if _value is NOT_READ:
            if "applicationId" in _raw:
                field_dict["applicationId"] = copy_json(_raw["applicationId"])
        elif _value is not UNSET:
            field_dict["applicationId"] = _value
        _value = _state.get("ship_from", NOT_READ)
        if _value is NOT_READ:
            if "shipFrom" in _raw:
                field_dict["shipFrom"] = copy_json(_raw["shipFrom"])
        elif _value is not UNSET:
            field_dict["shipFrom"] = None if _value is None else _value.to_dict()
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
        _value = _state.get("organization", NOT_READ)
        if _value is NOT_READ:
            if "organization" in _raw:
                field_dict["organization"] = copy_json(_raw["organization"])
        elif _value is not UNSET:
            field_dict["organization"] = None if _value is None else _value.to_dict()
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
        _value = _state.get("discount", NOT_READ)
        if _value is NOT_READ:
            if "discount" in _raw:
                field_dict["discount"] = copy_json(_raw["discount"])
        elif _value is not UNSET:
            field_dict["discount"] = None if _value is None else _value.to_dict()
        _value = _state.get("tax_identifiers", NOT_READ)
        if _value is NOT_READ:
            if "taxIdentifiers" in _raw:
                field_dict["taxIdentifiers"] = copy_json(_raw["taxIdentifiers"])
        elif _value is not UNSET:
            field_dict["taxIdentifiers"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("invoice_attributes", NOT_READ)
        if _value is NOT_READ:
            if "invoiceAttributes" in _raw:
                field_dict["invoiceAttributes"] = copy_json(_raw["invoiceAttributes"])
        elif _value is not UNSET:
            field_dict["invoiceAttributes"] = None if _value is None else _value.to_dict()
        _value = _state.get("purchase_location", NOT_READ)
        if _value is NOT_READ:
            if "purchaseLocation" in _raw:
                field_dict["purchaseLocation"] = copy_json(_raw["purchaseLocation"])
        elif _value is not UNSET:
            field_dict["purchaseLocation"] = None if _value is None else _value.to_dict()
        _value = self.customer_type
        if _value is not UNSET:
            field_dict["customerType"] = None if _value is None else _value.value
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
        _value = _state.get("selling_entity", NOT_READ)
        if _value is NOT_READ:
            if "sellingEntity" in _raw:
                field_dict["sellingEntity"] = copy_json(_raw["sellingEntity"])
        elif _value is not UNSET:
            field_dict["sellingEntity"] = None if _value is None else _value.to_dict()
        _value = _state.get("items", NOT_READ)
        if _value is NOT_READ:
            if "items" in _raw:
                field_dict["items"] = copy_json(_raw["items"])
        elif _value is not UNSET:
            field_dict["items"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("shipping_choice", NOT_READ)
        if _value is NOT_READ:
            if "shippingChoice" in _raw:
                field_dict["shippingChoice"] = copy_json(_raw["shippingChoice"])
        elif _value is not UNSET:
            field_dict["shippingChoice"] = None if _value is None else _value.to_dict()
        _value = _state.get("payment", NOT_READ)
        if _value is NOT_READ:
            if "payment" in _raw:
                field_dict["payment"] = copy_json(_raw["payment"])
        elif _value is not UNSET:
            field_dict["payment"] = None if _value is None else _value.to_dict()
        _value = _state.get("billing_optimization", NOT_READ)
        if _value is NOT_READ:
            if "billingOptimization" in _raw:
                field_dict["billingOptimization"] = copy_json(_raw["billingOptimization"])
        elif _value is not UNSET:
            field_dict["billingOptimization"] = None if _value is None else _value.to_dict()
        _value = _state.get("disclosures", NOT_READ)
        if _value is NOT_READ:
            if "disclosures" in _raw:
                field_dict["disclosures"] = copy_json(_raw["disclosures"])
        elif _value is not UNSET:
            field_dict["disclosures"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
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
        if (_v := _d.get("shipFrom")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipFrom", "a JSON object", _v)
        if (_v := _d.get("shipTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipTo", "a JSON object", _v)
        if (_v := _d.get("billTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billTo", "a JSON object", _v)
        if (_v := _d.get("organization")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "organization", "a JSON object", _v)
        if (_v := _d.get("discount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "discount", "a JSON object", _v)
        if (_v := _d.get("taxIdentifiers")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxIdentifiers", "a JSON array", _v)
        if (_v := _d.get("invoiceAttributes")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "invoiceAttributes", "a JSON object", _v)
        if (_v := _d.get("purchaseLocation")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "purchaseLocation", "a JSON object", _v)
        if (_v := _d.get("sellingEntity")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "sellingEntity", "a JSON object", _v)
        if (_v := _d.get("items")) is not None and not isinstance(_v, list):
            raise field_error(cls, "items", "a JSON array", _v)
        if (_v := _d.get("shippingChoice")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shippingChoice", "a JSON object", _v)
        if (_v := _d.get("payment")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payment", "a JSON object", _v)
        if (_v := _d.get("billingOptimization")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billingOptimization", "a JSON object", _v)
        if (_v := _d.get("disclosures")) is not None and not isinstance(_v, list):
            raise field_error(cls, "disclosures", "a JSON array", _v)
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
                "currency": _v
                if type(_v := _d.get("currency", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "language": read_enum(Language, _d.get("language", UNSET), cls, "language"),
                "locale": _v
                if type(_v := _d.get("locale", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "browser_ip": _v
                if type(_v := _d.get("browserIp", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "application_id": _v
                if type(_v := _d.get("applicationId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "subtotal": _v
                if (type(_v := _d.get("subtotal", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_tax": _v
                if (type(_v := _d.get("totalTax", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_importer_tax": _v
                if (type(_v := _d.get("totalImporterTax", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "importer_of_record_tax": _v
                if type(_v := _d.get("importerOfRecordTax", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_fees": _v
                if (type(_v := _d.get("totalFees", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "total_duty": _v
                if (type(_v := _d.get("totalDuty", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
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
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
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
from ..models.billing_optimization import BillingOptimization  # noqa: E402
from ..models.disclosure import Disclosure  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.invoice_attributes import InvoiceAttributes  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.organization import Organization  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.purchase_location import PurchaseLocation  # noqa: E402
from ..models.selling_entity import SellingEntity  # noqa: E402
from ..models.ship_from import ShipFrom  # noqa: E402
from ..models.shipping import Shipping  # noqa: E402
from ..models.shipping_choice import ShippingChoice  # noqa: E402
from ..models.sku_item import SkuItem  # noqa: E402
from ..models.tax_identifier import TaxIdentifier  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdTime",
        "updatedTime",
        "customerId",
        "currency",
        "email",
        "language",
        "locale",
        "browserIp",
        "applicationId",
        "shipFrom",
        "shipTo",
        "billTo",
        "organization",
        "subtotal",
        "totalTax",
        "totalImporterTax",
        "importerOfRecordTax",
        "totalFees",
        "totalDuty",
        "totalDiscount",
        "totalShipping",
        "totalAmount",
        "discount",
        "taxIdentifiers",
        "invoiceAttributes",
        "purchaseLocation",
        "customerType",
        "chargeType",
        "sellingEntity",
        "items",
        "shippingChoice",
        "payment",
        "billingOptimization",
        "disclosures",
        "liveMode",
        "metadata",
        "upstreamId",
    }
)
ScalarField.attach(Checkout, "id", "id", str)
ScalarField.attach(Checkout, "customer_id", "customerId", str)
ScalarField.attach(Checkout, "currency", "currency", str)
ScalarField.attach(Checkout, "email", "email", str)
ScalarField.attach(Checkout, "locale", "locale", str)
ScalarField.attach(Checkout, "browser_ip", "browserIp", str)
ScalarField.attach(Checkout, "application_id", "applicationId", str)
ScalarField.attach(Checkout, "subtotal", "subtotal", float)
ScalarField.attach(Checkout, "total_tax", "totalTax", float)
ScalarField.attach(Checkout, "total_importer_tax", "totalImporterTax", float)
ScalarField.attach(Checkout, "importer_of_record_tax", "importerOfRecordTax", bool)
ScalarField.attach(Checkout, "total_fees", "totalFees", float)
ScalarField.attach(Checkout, "total_duty", "totalDuty", float)
ScalarField.attach(Checkout, "total_discount", "totalDiscount", float)
ScalarField.attach(Checkout, "total_shipping", "totalShipping", float)
ScalarField.attach(Checkout, "total_amount", "totalAmount", float)
ScalarField.attach(Checkout, "live_mode", "liveMode", bool)
ScalarField.attach(Checkout, "upstream_id", "upstreamId", str)
LazyField.attach(Checkout, "ship_from", "shipFrom", ShipFrom.from_dict, "Where goods ship from.")
LazyField.attach(Checkout, "ship_to", "shipTo", Shipping.from_dict, "A shipping contact.")
LazyField.attach(Checkout, "bill_to", "billTo", Billing.from_dict, "A billing contact.")
LazyField.attach(Checkout, "organization", "organization", Organization.from_dict, "")
LazyField.attach(Checkout, "discount", "discount", Discount.from_dict, "")
LazyField.attach(Checkout, "tax_identifiers", "taxIdentifiers", list_parser(TaxIdentifier.from_dict), "")
LazyField.attach(
    Checkout,
    "invoice_attributes",
    "invoiceAttributes",
    InvoiceAttributes.from_dict,
    "The invoice attributes of a checkout, for e-invoicing in China and Taiwan.",
)
LazyField.attach(
    Checkout,
    "purchase_location",
    "purchaseLocation",
    PurchaseLocation.from_dict,
    "Where the purchase is made, when no ship-to address applies.",
)
LazyField.attach(Checkout, "selling_entity", "sellingEntity", SellingEntity.from_dict, "")
LazyField.attach(Checkout, "items", "items", list_parser(SkuItem.from_dict), "")
LazyField.attach(Checkout, "shipping_choice", "shippingChoice", ShippingChoice.from_dict, "")
LazyField.attach(Checkout, "payment", "payment", Payment.from_dict, "")
LazyField.attach(Checkout, "billing_optimization", "billingOptimization", BillingOptimization.from_dict, "")
LazyField.attach(Checkout, "disclosures", "disclosures", list_parser(Disclosure.from_dict), "")
LazyField.attach(
    Checkout, "metadata", "metadata", Metadata.from_dict, "Key-value pairs of the caller's own, returned as given."
)
AdditionalProperties.attach(Checkout, _KNOWN_KEYS)
