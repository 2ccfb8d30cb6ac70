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

T = TypeVar("T", bound="NextActionData")


@_attrs_define(slots=False)
class NextActionData:
    """
    Attributes:
        redirect_url (str | Unset):
        source_id (str | Unset):
        source_client_secret (str | Unset):
        session_id (str | Unset):
        fingerprint_token (str | Unset):
        challenge_token (str | Unset):
        origin_key (str | Unset):
    """

    redirect_url: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_client_secret: str | Unset = UNSET
    session_id: str | Unset = UNSET
    fingerprint_token: str | Unset = UNSET
    challenge_token: str | Unset = UNSET
    origin_key: str | Unset = UNSET
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
        _value = _state.get("source_id", NOT_READ)
        if _value is NOT_READ:
            if "sourceId" in _raw:
                field_dict["sourceId"] = copy_json(_raw["sourceId"])
        elif _value is not UNSET:
            field_dict["sourceId"] = _value
        _value = _state.get("source_client_secret", NOT_READ)
        if _value is NOT_READ:
            if "sourceClientSecret" in _raw:
                field_dict["sourceClientSecret"] = copy_json(_raw["sourceClientSecret"])
        elif _value is not UNSET:
            field_dict["sourceClientSecret"] = _value
        _value = _state.get("session_id", NOT_READ)
        if _value is NOT_READ:
            if "sessionId" in _raw:
                field_dict["sessionId"] = copy_json(_raw["sessionId"])
        elif _value is not UNSET:
            field_dict["sessionId"] = _value
        _value = _state.get("fingerprint_token", NOT_READ)
        if _value is NOT_READ:
            if "fingerprintToken" in _raw:
                field_dict["fingerprintToken"] = copy_json(_raw["fingerprintToken"])
        elif _value is not UNSET:
            field_dict["fingerprintToken"] = _value
        _value = _state.get("challenge_token", NOT_READ)
        if _value is NOT_READ:
            if "challengeToken" in _raw:
                field_dict["challengeToken"] = copy_json(_raw["challengeToken"])
        elif _value is not UNSET:
            field_dict["challengeToken"] = _value
        _value = _state.get("origin_key", NOT_READ)
        if _value is NOT_READ:
            if "originKey" in _raw:
                field_dict["originKey"] = copy_json(_raw["originKey"])
        elif _value is not UNSET:
            field_dict["originKey"] = _value

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
                "source_id": _v
                if type(_v := _d.get("sourceId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "source_client_secret": _v
                if type(_v := _d.get("sourceClientSecret", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "session_id": _v
                if type(_v := _d.get("sessionId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "fingerprint_token": _v
                if type(_v := _d.get("fingerprintToken", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "challenge_token": _v
                if type(_v := _d.get("challengeToken", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "origin_key": _v
                if type(_v := _d.get("originKey", UNSET)) is str or _v is UNSET or _v is None
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
        "sourceId",
        "sourceClientSecret",
        "sessionId",
        "fingerprintToken",
        "challengeToken",
        "originKey",
    }
)
ScalarField.attach(NextActionData, "redirect_url", "redirectUrl", str)
ScalarField.attach(NextActionData, "source_id", "sourceId", str)
ScalarField.attach(NextActionData, "source_client_secret", "sourceClientSecret", str)
ScalarField.attach(NextActionData, "session_id", "sessionId", str)
ScalarField.attach(NextActionData, "fingerprint_token", "fingerprintToken", str)
ScalarField.attach(NextActionData, "challenge_token", "challengeToken", str)
ScalarField.attach(NextActionData, "origin_key", "originKey", str)
AdditionalProperties.attach(NextActionData, _KNOWN_KEYS)
