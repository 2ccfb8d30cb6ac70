from __future__ import annotations

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
    field_error,
    json_object,
    list_parser,
    read_enum,
)

T = TypeVar("T", bound="UpdateCheckoutRequest")


@_attrs_define(slots=False)
class UpdateCheckoutRequest:
    """The body of a request that updates a checkout.

    Attributes:
        customer_id (str | Unset):
        source_id (str | Unset):
        currency (str | Unset):
        email (str | Unset):
        language (Language | None | Unset): A language of a checkout.
        locale (str | Unset):
        browser_ip (str | Unset):
        application_id (str | Unset):
        tax_identifiers (list[TaxIdentifierReference] | None | Unset):
        ship_from (ShipFromRequest | None | Unset): Where goods ship from, in a request; its address is an
            `AddressRequest`. Responses use `ShipFrom`.
        ship_to (ShippingRequest | None | Unset): A shipping contact in a request; its address is an `AddressRequest`.
            Responses use `Shipping`.
        bill_to (BillingRequest | None | Unset): A billing contact in a request, where `address` (an `AddressRequest`)
            is required.
        organization (Organization | None | Unset):
        shipping_discount (Discount | None | Unset):
        charge_type (ChargeType | None | Unset): Represents the charge type.
        customer_type (CustomerType | None | Unset): The type of customer.
        shipping_choice (ShippingChoiceRequest | None | Unset): The shipping choice of a request: that of a checkout
            without `taxAmount`, which Digital River sets.
        purchase_location (PurchaseLocationRequest | None | Unset): Where the purchase is made, in a request, where
            `country` is required.
        items (list[SkuUpdateRequestItem] | None | Unset): Changes to items of the checkout, each naming the item by its
            `id`.
        upstream_id (str | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        billing_optimization (BillingOptimization | None | Unset):
        disclosures (list[DisclosureRequest] | None | Unset):
        invoice_attribute_id (str | Unset):
    """

    customer_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    language: Language | None | Unset = UNSET
    """ A language of a checkout. """
    locale: str | Unset = UNSET
    browser_ip: str | Unset = UNSET
    application_id: str | Unset = UNSET
    tax_identifiers: list[TaxIdentifierReference] | None | Unset = UNSET
    ship_from: ShipFromRequest | None | Unset = UNSET
    """ Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`. """
    ship_to: ShippingRequest | None | Unset = UNSET
    """ A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`. """
    bill_to: BillingRequest | None | Unset = UNSET
    """ A billing contact in a request, where `address` (an `AddressRequest`) is required. """
    organization: Organization | None | Unset = UNSET
    shipping_discount: Discount | None | Unset = UNSET
    charge_type: ChargeType | None | Unset = UNSET
    """ Represents the charge type. """
    customer_type: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    shipping_choice: ShippingChoiceRequest | None | Unset = UNSET
    """ The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets. """
    purchase_location: PurchaseLocationRequest | None | Unset = UNSET
    """ Where the purchase is made, in a request, where `country` is required. """
    items: list[SkuUpdateRequestItem] | None | Unset = UNSET
    """ Changes to items of the checkout, each naming the item by its `id`. """
    upstream_id: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    billing_optimization: BillingOptimization | None | Unset = UNSET
    disclosures: list[DisclosureRequest] | None | Unset = UNSET
    invoice_attribute_id: str | Unset = UNSET
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
        _value = _state.get("customer_id", NOT_READ)
        if _value is NOT_READ:
            if "customerId" in _raw:
                field_dict["customerId"] = copy_json(_raw["customerId"])
        elif _value is not UNSET:
            field_dict["customerId"] = _value
        _value = _state.get("source_id", NOT_READ)
        if _value is NOT_READ:
            if "sourceId" in _raw:
                field_dict["sourceId"] = copy_json(_raw["sourceId"])
        elif _value is not UNSET:
            field_dict["sourceId"] = _value
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
        _value = _state.get("tax_identifiers", NOT_READ)
        if _value is NOT_READ:
            if "taxIdentifiers" in _raw:
                field_dict["taxIdentifiers"] = copy_json(_raw["taxIdentifiers"])
        elif _value is not UNSET:
            field_dict["taxIdentifiers"] = None if _value is None else [item.to_dict() for item in _value]
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
        _value = _state.get("shipping_discount", NOT_READ)
        if _value is NOT_READ:
            if "shippingDiscount" in _raw:
                field_dict["shippingDiscount"] = copy_json(_raw["shippingDiscount"])
        elif _value is not UNSET:
            field_dict["shippingDiscount"] = None if _value is None else _value.to_dict()
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
        _value = self.customer_type
        if _value is not UNSET:
            field_dict["customerType"] = None if _value is None else _value.value
        _value = _state.get("shipping_choice", NOT_READ)
        if _value is NOT_READ:
            if "shippingChoice" in _raw:
                field_dict["shippingChoice"] = copy_json(_raw["shippingChoice"])
        elif _value is not UNSET:
            field_dict["shippingChoice"] = None if _value is None else _value.to_dict()
        _value = _state.get("purchase_location", NOT_READ)
        if _value is NOT_READ:
            if "purchaseLocation" in _raw:
                field_dict["purchaseLocation"] = copy_json(_raw["purchaseLocation"])
        elif _value is not UNSET:
            field_dict["purchaseLocation"] = None if _value is None else _value.to_dict()
        _value = _state.get("items", NOT_READ)
        if _value is NOT_READ:
            if "items" in _raw:
                field_dict["items"] = copy_json(_raw["items"])
        elif _value is not UNSET:
            field_dict["items"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("upstream_id", NOT_READ)
        if _value is NOT_READ:
            if "upstreamId" in _raw:
                field_dict["upstreamId"] = copy_json(_raw["upstreamId"])
        elif _value is not UNSET:
            field_dict["upstreamId"] = _value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
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
        _value = _state.get("invoice_attribute_id", NOT_READ)
        if _value is NOT_READ:
            if "invoiceAttributeId" in _raw:
                field_dict["invoiceAttributeId"] = copy_json(_raw["invoiceAttributeId"])
        elif _value is not UNSET:
            field_dict["invoiceAttributeId"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("taxIdentifiers")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxIdentifiers", "a JSON array", _v)
        if (_v := _d.get("shipFrom")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipFrom", "a JSON object", _v)
        if (_v := _d.get("shipTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipTo", "a JSON object", _v)
        if (_v := _d.get("billTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billTo", "a JSON object", _v)
        if (_v := _d.get("organization")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "organization", "a JSON object", _v)
        if (_v := _d.get("shippingDiscount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shippingDiscount", "a JSON object", _v)
        if (_v := _d.get("shippingChoice")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shippingChoice", "a JSON object", _v)
        if (_v := _d.get("purchaseLocation")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "purchaseLocation", "a JSON object", _v)
        if (_v := _d.get("items")) is not None and not isinstance(_v, list):
            raise field_error(cls, "items", "a JSON array", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        if (_v := _d.get("billingOptimization")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billingOptimization", "a JSON object", _v)
        if (_v := _d.get("disclosures")) is not None and not isinstance(_v, list):
            raise field_error(cls, "disclosures", "a JSON array", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "customer_id": _v
                if type(_v := _d.get("customerId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "source_id": _v
                if type(_v := _d.get("sourceId", UNSET)) is str or _v is UNSET or _v is None
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
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "upstream_id": _v
                if type(_v := _d.get("upstreamId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "invoice_attribute_id": _v
                if type(_v := _d.get("invoiceAttributeId", UNSET)) is str or _v is UNSET or _v is None
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
from ..models.billing_optimization import BillingOptimization  # noqa: E402
from ..models.billing_request import BillingRequest  # noqa: E402
from ..models.disclosure_request import DisclosureRequest  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.organization import Organization  # noqa: E402
from ..models.purchase_location_request import PurchaseLocationRequest  # noqa: E402
from ..models.ship_from_request import ShipFromRequest  # noqa: E402
from ..models.shipping_choice_request import ShippingChoiceRequest  # noqa: E402
from ..models.shipping_request import ShippingRequest  # noqa: E402
from ..models.sku_update_request_item import SkuUpdateRequestItem  # noqa: E402
from ..models.tax_identifier_reference import TaxIdentifierReference  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "customerId",
        "sourceId",
        "currency",
        "email",
        "language",
        "locale",
        "browserIp",
        "applicationId",
        "taxIdentifiers",
        "shipFrom",
        "shipTo",
        "billTo",
        "organization",
        "shippingDiscount",
        "chargeType",
        "customerType",
        "shippingChoice",
        "purchaseLocation",
        "items",
        "upstreamId",
        "metadata",
        "billingOptimization",
        "disclosures",
        "invoiceAttributeId",
    }
)
ScalarField.attach(UpdateCheckoutRequest, "customer_id", "customerId", str)
ScalarField.attach(UpdateCheckoutRequest, "source_id", "sourceId", str)
ScalarField.attach(UpdateCheckoutRequest, "currency", "currency", str)
ScalarField.attach(UpdateCheckoutRequest, "email", "email", str)
ScalarField.attach(UpdateCheckoutRequest, "locale", "locale", str)
ScalarField.attach(UpdateCheckoutRequest, "browser_ip", "browserIp", str)
ScalarField.attach(UpdateCheckoutRequest, "application_id", "applicationId", str)
ScalarField.attach(UpdateCheckoutRequest, "upstream_id", "upstreamId", str)
ScalarField.attach(UpdateCheckoutRequest, "invoice_attribute_id", "invoiceAttributeId", str)
LazyField.attach(
    UpdateCheckoutRequest, "tax_identifiers", "taxIdentifiers", list_parser(TaxIdentifierReference.from_dict), ""
)
LazyField.attach(
    UpdateCheckoutRequest,
    "ship_from",
    "shipFrom",
    ShipFromRequest.from_dict,
    "Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`.",
)
LazyField.attach(
    UpdateCheckoutRequest,
    "ship_to",
    "shipTo",
    ShippingRequest.from_dict,
    "A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`.",
)
LazyField.attach(
    UpdateCheckoutRequest,
    "bill_to",
    "billTo",
    BillingRequest.from_dict,
    "A billing contact in a request, where `address` (an `AddressRequest`) is required.",
)
LazyField.attach(UpdateCheckoutRequest, "organization", "organization", Organization.from_dict, "")
LazyField.attach(UpdateCheckoutRequest, "shipping_discount", "shippingDiscount", Discount.from_dict, "")
LazyField.attach(
    UpdateCheckoutRequest,
    "shipping_choice",
    "shippingChoice",
    ShippingChoiceRequest.from_dict,
    "The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets.",
)
LazyField.attach(
    UpdateCheckoutRequest,
    "purchase_location",
    "purchaseLocation",
    PurchaseLocationRequest.from_dict,
    "Where the purchase is made, in a request, where `country` is required.",
)
LazyField.attach(
    UpdateCheckoutRequest,
    "items",
    "items",
    list_parser(SkuUpdateRequestItem.from_dict),
    "Changes to items of the checkout, each naming the item by its `id`.",
)
LazyField.attach(
    UpdateCheckoutRequest,
    "metadata",
    "metadata",
    Metadata.from_dict,
    "Key-value pairs of the caller's own, returned as given.",
)
LazyField.attach(
    UpdateCheckoutRequest, "billing_optimization", "billingOptimization", BillingOptimization.from_dict, ""
)
LazyField.attach(UpdateCheckoutRequest, "disclosures", "disclosures", list_parser(DisclosureRequest.from_dict), "")
AdditionalProperties.attach(UpdateCheckoutRequest, _KNOWN_KEYS)
