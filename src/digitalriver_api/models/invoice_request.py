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
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    LazyField,
    Unset,
    copy_json,
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
        field_dict["customerId"] = self.customer_id
        field_dict["currency"] = self.currency
        field_dict["items"] = [item.to_dict() for item in self.items]
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.source_id is not UNSET:
            field_dict["sourceId"] = self.source_id
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = self.charge_type
        if _value is not UNSET:
            field_dict["chargeType"] = None if _value is None else _value.value
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.locale is not UNSET:
            field_dict["locale"] = self.locale
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
        if self.collection_period_days is not UNSET:
            field_dict["collectionPeriodDays"] = self.collection_period_days
        if self.billing_optimization is not UNSET:
            field_dict["billingOptimization"] = self.billing_optimization
        if self.tax_inclusive is not UNSET:
            field_dict["taxInclusive"] = self.tax_inclusive
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
        if self.upstream_id is not UNSET:
            field_dict["upstreamId"] = self.upstream_id
        if self.application_id is not UNSET:
            field_dict["applicationId"] = self.application_id

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
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "customer_id": _d["customerId"],
                "currency": _d["currency"],
                "items": read_list(InvoiceItemRequest.from_dict, _d["items"], cls, "items"),
                "email": _d.get("email", UNSET),
                "source_id": _d.get("sourceId", UNSET),
                "state": read_enum(InvoiceRequestState, _d.get("state", UNSET), cls, "state"),
                "charge_type": read_enum(ChargeType, _d.get("chargeType", UNSET), cls, "chargeType"),
                "description": _d.get("description", UNSET),
                "locale": _d.get("locale", UNSET),
                "customer_type": read_enum(CustomerType, _d.get("customerType", UNSET), cls, "customerType"),
                "collection_period_days": _d.get("collectionPeriodDays", UNSET),
                "billing_optimization": _d.get("billingOptimization", UNSET),
                "tax_inclusive": _d.get("taxInclusive", UNSET),
                "upstream_id": _d.get("upstreamId", UNSET),
                "application_id": _d.get("applicationId", UNSET),
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
