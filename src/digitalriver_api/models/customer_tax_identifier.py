from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_identifier_state import TaxIdentifierState
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

T = TypeVar("T", bound="CustomerTaxIdentifier")


@_attrs_define(slots=False)
class CustomerTaxIdentifier:
    """A tax identifier of a customer, with where it applies.

    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | None | Unset):
        customer_id (str | Unset):
        type_ (str | Unset): The kind of identifier, such as `de` or `uk`.
        value (str | Unset):
        state (TaxIdentifierState | None | Unset):
        state_transitions (TaxIdentifierStateTransitions | None | Unset): When the tax identifier entered each state.
        verified_name (str | Unset):
        verified_address (str | Unset):
        updated_time (datetime.datetime | None | Unset):
        applicability (list[Applicability] | None | Unset):
        uk (str | Unset): A UK tax identifier's value, in the short form the Customer object sample shows.
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    customer_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ The kind of identifier, such as `de` or `uk`. """
    value: str | Unset = UNSET
    state: TaxIdentifierState | None | Unset = UNSET
    state_transitions: TaxIdentifierStateTransitions | None | Unset = UNSET
    """ When the tax identifier entered each state. """
    verified_name: str | Unset = UNSET
    verified_address: str | Unset = UNSET
    updated_time: datetime.datetime | None | Unset = UNSET
    applicability: list[Applicability] | None | Unset = UNSET
    uk: str | Unset = UNSET
    """ A UK tax identifier's value, in the short form the Customer object sample shows. """
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
        elif _value is not UNSET:
            field_dict["id"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = _state.get("customer_id", NOT_READ)
        if _value is NOT_READ:
            if "customerId" in _raw:
                field_dict["customerId"] = copy_json(_raw["customerId"])
        elif _value is not UNSET:
            field_dict["customerId"] = _value
        _value = _state.get("type_", NOT_READ)
        if _value is NOT_READ:
            if "type" in _raw:
                field_dict["type"] = copy_json(_raw["type"])
        elif _value is not UNSET:
            field_dict["type"] = _value
        _value = _state.get("value", NOT_READ)
        if _value is NOT_READ:
            if "value" in _raw:
                field_dict["value"] = copy_json(_raw["value"])
        elif _value is not UNSET:
            field_dict["value"] = _value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("state_transitions", NOT_READ)
        if _value is NOT_READ:
            if "stateTransitions" in _raw:
                field_dict["stateTransitions"] = copy_json(_raw["stateTransitions"])
        elif _value is not UNSET:
            field_dict["stateTransitions"] = None if _value is None else _value.to_dict()
        _value = _state.get("verified_name", NOT_READ)
        if _value is NOT_READ:
            if "verifiedName" in _raw:
                field_dict["verifiedName"] = copy_json(_raw["verifiedName"])
        elif _value is not UNSET:
            field_dict["verifiedName"] = _value
        _value = _state.get("verified_address", NOT_READ)
        if _value is NOT_READ:
            if "verifiedAddress" in _raw:
                field_dict["verifiedAddress"] = copy_json(_raw["verifiedAddress"])
        elif _value is not UNSET:
            field_dict["verifiedAddress"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        _value = _state.get("applicability", NOT_READ)
        if _value is NOT_READ:
            if "applicability" in _raw:
                field_dict["applicability"] = copy_json(_raw["applicability"])
        elif _value is not UNSET:
            field_dict["applicability"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("uk", NOT_READ)
        if _value is NOT_READ:
            if "uk" in _raw:
                field_dict["uk"] = copy_json(_raw["uk"])
        elif _value is not UNSET:
            field_dict["uk"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("stateTransitions")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "stateTransitions", "a JSON object", _v)
        if (_v := _d.get("applicability")) is not None and not isinstance(_v, list):
            raise field_error(cls, "applicability", "a JSON array", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "customer_id": _v
                if type(_v := _d.get("customerId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "type_": _v if type(_v := _d.get("type", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "value": _v
                if type(_v := _d.get("value", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(TaxIdentifierState, _d.get("state", UNSET), cls, "state"),
                "verified_name": _v
                if type(_v := _d.get("verifiedName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "verified_address": _v
                if type(_v := _d.get("verifiedAddress", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "uk": _v if type(_v := _d.get("uk", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
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
from ..models.applicability import Applicability  # noqa: E402
from ..models.tax_identifier_state_transitions import TaxIdentifierStateTransitions  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdTime",
        "customerId",
        "type",
        "value",
        "state",
        "stateTransitions",
        "verifiedName",
        "verifiedAddress",
        "updatedTime",
        "applicability",
        "uk",
    }
)
ScalarField.attach(CustomerTaxIdentifier, "id", "id", str)
ScalarField.attach(CustomerTaxIdentifier, "customer_id", "customerId", str)
ScalarField.attach(CustomerTaxIdentifier, "type_", "type", str)
ScalarField.attach(CustomerTaxIdentifier, "value", "value", str)
ScalarField.attach(CustomerTaxIdentifier, "verified_name", "verifiedName", str)
ScalarField.attach(CustomerTaxIdentifier, "verified_address", "verifiedAddress", str)
ScalarField.attach(CustomerTaxIdentifier, "uk", "uk", str)
LazyField.attach(
    CustomerTaxIdentifier,
    "state_transitions",
    "stateTransitions",
    TaxIdentifierStateTransitions.from_dict,
    "When the tax identifier entered each state.",
)
LazyField.attach(CustomerTaxIdentifier, "applicability", "applicability", list_parser(Applicability.from_dict), "")
AdditionalProperties.attach(CustomerTaxIdentifier, _KNOWN_KEYS)
