from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_identifier_state import TaxIdentifierState
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
    read_datetime,
    read_enum,
)

T = TypeVar("T", bound="TaxIdentifier")


@_attrs_define(slots=False)
class TaxIdentifier:
    """
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
        if self.id is not UNSET:
            field_dict["id"] = self.id
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        if self.customer_id is not UNSET:
            field_dict["customerId"] = self.customer_id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.value is not UNSET:
            field_dict["value"] = self.value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("state_transitions", NOT_READ)
        if _value is NOT_READ:
            if "stateTransitions" in _raw:
                field_dict["stateTransitions"] = copy_json(_raw["stateTransitions"])
        elif _value is not UNSET:
            field_dict["stateTransitions"] = None if _value is None else _value.to_dict()
        if self.verified_name is not UNSET:
            field_dict["verifiedName"] = self.verified_name
        if self.verified_address is not UNSET:
            field_dict["verifiedAddress"] = self.verified_address
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("stateTransitions")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "stateTransitions", "a JSON object", _v)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d.get("id", UNSET),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "customer_id": _d.get("customerId", UNSET),
                "type_": _d.get("type", UNSET),
                "value": _d.get("value", UNSET),
                "state": read_enum(TaxIdentifierState, _d.get("state", UNSET), cls, "state"),
                "verified_name": _d.get("verifiedName", UNSET),
                "verified_address": _d.get("verifiedAddress", UNSET),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
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
    }
)
LazyField.attach(
    TaxIdentifier,
    "state_transitions",
    "stateTransitions",
    TaxIdentifierStateTransitions.from_dict,
    "When the tax identifier entered each state.",
)
AdditionalProperties.attach(TaxIdentifier, _KNOWN_KEYS)
