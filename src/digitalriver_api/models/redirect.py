from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BAD,
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
    json_object,
)

T = TypeVar("T", bound="Redirect")


@_attrs_define(slots=False)
class Redirect:
    """Where to send the customer to authorize a payment, and where they come back.

    Attributes:
        redirect_url (str | Unset):
        return_url (str | Unset):
        cancel_url (str | Unset):
    """

    redirect_url: str | Unset = UNSET
    return_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
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
        _value = _state.get("redirect_url", NOT_READ)
        if _value is NOT_READ:
            if "redirectUrl" in _raw:
                field_dict["redirectUrl"] = copy_json(_raw["redirectUrl"])
        elif _value is not UNSET:
            field_dict["redirectUrl"] = _value
        _value = _state.get("return_url", NOT_READ)
        if _value is NOT_READ:
            if "returnUrl" in _raw:
                field_dict["returnUrl"] = copy_json(_raw["returnUrl"])
        elif _value is not UNSET:
            field_dict["returnUrl"] = _value
        _value = _state.get("cancel_url", NOT_READ)
        if _value is NOT_READ:
            if "cancelUrl" in _raw:
                field_dict["cancelUrl"] = copy_json(_raw["cancelUrl"])
        elif _value is not UNSET:
            field_dict["cancelUrl"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "redirect_url": _v
                if type(_v := _d.get("redirectUrl", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "return_url": _v
                if type(_v := _d.get("returnUrl", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "cancel_url": _v
                if type(_v := _d.get("cancelUrl", UNSET)) is str or _v is UNSET or _v is None
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


_KNOWN_KEYS = frozenset(
    {
        "redirectUrl",
        "returnUrl",
        "cancelUrl",
    }
)
ScalarField.attach(Redirect, "redirect_url", "redirectUrl", str)
ScalarField.attach(Redirect, "return_url", "returnUrl", str)
ScalarField.attach(Redirect, "cancel_url", "cancelUrl", str)
AdditionalProperties.attach(Redirect, _KNOWN_KEYS)
