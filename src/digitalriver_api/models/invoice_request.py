from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_type import ChargeType
from ..models.customer_type import CustomerType
from ..models.invoice_request_state import InvoiceRequestState
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
    read_list,
)

T = TypeVar("T", bound="InvoiceRequest")


@_attrs_define(slots=False)
class InvoiceRequest:
    """The body of a request that creates an invoice.

    Attributes:
        customer_id (str): The identifier of the invoiced customer.
        currency (str): A three-letter ISO 4217 currency code.
        items (list[InvoiceItemRequest]):
        email (str | Unset): The email address of the invoiced customer.
        source_id (str | Unset): The unique identifier of a Source.
        state (InvoiceRequestState | None | Unset): The state of the invoice.
        charge_type (ChargeType | None | Unset): Represents the charge type.
        description (str | Unset): An arbitrary string attached to the invoice.
        locale (str | Unset):
        customer_type (CustomerType | None | Unset): The type of customer.
        ship_to (ShippingRequest | None | Unset): A shipping contact in a request; its address is an `AddressRequest`.
            Responses use `Shipping`.
        bill_to (BillingRequest | None | Unset): A billing contact in a request, where `address` (an `AddressRequest`)
            is required.
        discount (Discount | None | Unset):
        collection_period_days (int | Unset): The number of days that Digital River attempts to collect payment if
            billingOptimization is true. The default is 30 days.
        billing_optimization (bool | Unset): Indicates whether billing is optimized. The default is true.
        tax_inclusive (bool | Unset): If true, indicates that the prices supplied are tax inclusive.
        tax_identifiers (list[TaxIdentifierReference] | None | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        upstream_id (str | Unset): The upstream identifier.
        application_id (str | Unset): The identifier of the client application that created the invoice.
    """

    customer_id: str
    """ The identifier of the invoiced customer. """
    currency: str
    """ A three-letter ISO 4217 currency code. """
    items: list[InvoiceItemRequest]
    email: str | Unset = UNSET
    """ The email address of the invoiced customer. """
    source_id: str | Unset = UNSET
    """ The unique identifier of a Source. """
    state: InvoiceRequestState | None | Unset = UNSET
    """ The state of the invoice. """
    charge_type: ChargeType | None | Unset = UNSET
    """ Represents the charge type. """
    description: str | Unset = UNSET
    """ An arbitrary string attached to the invoice. """
    locale: str | Unset = UNSET
    customer_type: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    ship_to: ShippingRequest | None | Unset = UNSET
    """ A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`. """
    bill_to: BillingRequest | None | Unset = UNSET
    """ A billing contact in a request, where `address` (an `AddressRequest`) is required. """
    discount: Discount | None | Unset = UNSET
    collection_period_days: int | Unset = UNSET
    """ The number of days that Digital River attempts to collect payment if billingOptimization is true. The
    default is 30 days. """
    billing_optimization: bool | Unset = UNSET
    """ Indicates whether billing is optimized. The default is true. """
    tax_inclusive: bool | Unset = UNSET
    """ If true, indicates that the prices supplied are tax inclusive. """
    tax_identifiers: list[TaxIdentifierReference] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    upstream_id: str | Unset = UNSET
    """ The upstream identifier. """
    application_id: str | Unset = UNSET
    """ The identifier of the client application that created the invoice. """
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
        else:
            field_dict["customerId"] = _value
        _value = _state.get("currency", NOT_READ)
        if _value is NOT_READ:
            if "currency" in _raw:
                field_dict["currency"] = copy_json(_raw["currency"])
        else:
            field_dict["currency"] = _value
        field_dict["items"] = [item.to_dict() for item in self.items]
        _value = _state.get("email", NOT_READ)
        if _value is NOT_READ:
            if "email" in _raw:
                field_dict["email"] = copy_json(_raw["email"])
        elif _value is not UNSET:
            field_dict["email"] = _value
        _value = _state.get("source_id", NOT_READ)
        if _value is NOT_READ:
            if "sourceId" in _raw:
                field_dict["sourceId"] = copy_json(_raw["sourceId"])
        elif _value is not UNSET:
            field_dict["sourceId"] = _value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
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
        _value = self.customer_type
        if _value is not UNSET:
            field_dict["customerType"] = None if _value is None else _value.value
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
        _value = _state.get("discount", NOT_READ)
        if _value is NOT_READ:
            if "discount" in _raw:
                field_dict["discount"] = copy_json(_raw["discount"])
        elif _value is not UNSET:
            field_dict["discount"] = None if _value is None else _value.to_dict()
        _value = _state.get("collection_period_days", NOT_READ)
        if _value is NOT_READ:
            if "collectionPeriodDays" in _raw:
                field_dict["collectionPeriodDays"] = copy_json(_raw["collectionPeriodDays"])
        elif _value is not UNSET:
            field_dict["collectionPeriodDays"] = _value
        _value = _state.get("billing_optimization", NOT_READ)
        if _value is NOT_READ:
            if "billingOptimization" in _raw:
                field_dict["billingOptimization"] = copy_json(_raw["billingOptimization"])
        elif _value is not UNSET:
            field_dict["billingOptimization"] = _value
        _value = _state.get("tax_inclusive", NOT_READ)
        if _value is NOT_READ:
            if "taxInclusive" in _raw:
                field_dict["taxInclusive"] = copy_json(_raw["taxInclusive"])
        elif _value is not UNSET:
            field_dict["taxInclusive"] = _value
        _value = _state.get("tax_identifiers", NOT_READ)
        if _value is NOT_READ:
            if "taxIdentifiers" in _raw:
                field_dict["taxIdentifiers"] = copy_json(_raw["taxIdentifiers"])
        elif _value is not UNSET:
            field_dict["taxIdentifiers"] = None if _value is None else [item.to_dict() for item in _value]
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
        _value = _state.get("application_id", NOT_READ)
        if _value is NOT_READ:
            if "applicationId" in _raw:
                field_dict["applicationId"] = copy_json(_raw["applicationId"])
        elif _value is not UNSET:
            field_dict["applicationId"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("shipTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipTo", "a JSON object", _v)
        if (_v := _d.get("billTo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "billTo", "a JSON object", _v)
        if (_v := _d.get("discount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "discount", "a JSON object", _v)
        if (_v := _d.get("taxIdentifiers")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxIdentifiers", "a JSON array", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "customer_id": _v if type(_v := _d["customerId"]) is str or _v is None else (_bad := BAD),
                "currency": _v if type(_v := _d["currency"]) is str or _v is None else (_bad := BAD),
                "items": read_list(InvoiceItemRequest.from_dict, _d["items"], cls, "items"),
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "source_id": _v
                if type(_v := _d.get("sourceId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(InvoiceRequestState, _d.get("state", UNSET), cls, "state"),
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "description": _v
                if type(_v := _d.get("description", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "locale": _v
                if type(_v := _d.get("locale", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "collection_period_days": _v
                if type(_v := _d.get("collectionPeriodDays", UNSET)) is int or _v is UNSET or _v is None
                else (_bad := BAD),
                "billing_optimization": _v
                if type(_v := _d.get("billingOptimization", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "tax_inclusive": _v
                if type(_v := _d.get("taxInclusive", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "upstream_id": _v
                if type(_v := _d.get("upstreamId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "application_id": _v
                if type(_v := _d.get("applicationId", UNSET)) is str or _v is UNSET or _v is None
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
from ..models.billing_request import BillingRequest  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.invoice_item_request import InvoiceItemRequest  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.shipping_request import ShippingRequest  # noqa: E402
from ..models.tax_identifier_reference import TaxIdentifierReference  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "customerId",
        "currency",
        "items",
        "email",
        "sourceId",
        "state",
        "chargeType",
        "description",
        "locale",
        "customerType",
        "shipTo",
        "billTo",
        "discount",
        "collectionPeriodDays",
        "billingOptimization",
        "taxInclusive",
        "taxIdentifiers",
        "metadata",
        "upstreamId",
        "applicationId",
    }
)
ScalarField.attach(InvoiceRequest, "customer_id", "customerId", str)
ScalarField.attach(InvoiceRequest, "currency", "currency", str)
ScalarField.attach(InvoiceRequest, "email", "email", str)
ScalarField.attach(InvoiceRequest, "source_id", "sourceId", str)
ScalarField.attach(InvoiceRequest, "description", "description", str)
ScalarField.attach(InvoiceRequest, "locale", "locale", str)
ScalarField.attach(InvoiceRequest, "collection_period_days", "collectionPeriodDays", int)
ScalarField.attach(InvoiceRequest, "billing_optimization", "billingOptimization", bool)
ScalarField.attach(InvoiceRequest, "tax_inclusive", "taxInclusive", bool)
ScalarField.attach(InvoiceRequest, "upstream_id", "upstreamId", str)
ScalarField.attach(InvoiceRequest, "application_id", "applicationId", str)
LazyField.attach(
    InvoiceRequest,
    "ship_to",
    "shipTo",
    ShippingRequest.from_dict,
    "A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`.",
)
LazyField.attach(
    InvoiceRequest,
    "bill_to",
    "billTo",
    BillingRequest.from_dict,
    "A billing contact in a request, where `address` (an `AddressRequest`) is required.",
)
LazyField.attach(InvoiceRequest, "discount", "discount", Discount.from_dict, "")
LazyField.attach(InvoiceRequest, "tax_identifiers", "taxIdentifiers", list_parser(TaxIdentifierReference.from_dict), "")
LazyField.attach(
    InvoiceRequest,
    "metadata",
    "metadata",
    Metadata.from_dict,
    "Key-value pairs of the caller's own, returned as given.",
)
AdditionalProperties.attach(InvoiceRequest, _KNOWN_KEYS)
