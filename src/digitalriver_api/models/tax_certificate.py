from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    dump_datetime,
    json_object,
    read_datetime,
)

T = TypeVar("T", bound="TaxCertificate")


@_attrs_define(slots=False)
class TaxCertificate:
    """
    Attributes:
        company_name (str | Unset):
        tax_authority (str | Unset):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        file_id (str | Unset):
    """

    company_name: str | Unset = UNSET
    tax_authority: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    file_id: str | Unset = UNSET
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
        if self.company_name is not UNSET:
            field_dict["companyName"] = self.company_name
        if self.tax_authority is not UNSET:
            field_dict["taxAuthority"] = self.tax_authority
        _value = dump_datetime(self.start_date, _raw.get("startDate"))
        if _value is not UNSET:
            field_dict["startDate"] = _value
        _value = dump_datetime(self.end_date, _raw.get("endDate"))
        if _value is not UNSET:
            field_dict["endDate"] = _value
        if self.file_id is not UNSET:
            field_dict["fileId"] = self.file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "company_name": _d.get("companyName", UNSET),
                "tax_authority": _d.get("taxAuthority", UNSET),
                "start_date": read_datetime(_d.get("startDate", UNSET), cls, "startDate"),
                "end_date": read_datetime(_d.get("endDate", UNSET), cls, "endDate"),
                "file_id": _d.get("fileId", UNSET),
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


_KNOWN_KEYS = frozenset(
    {
        "companyName",
        "taxAuthority",
        "startDate",
        "endDate",
        "fileId",
    }
)
AdditionalProperties.attach(TaxCertificate, _KNOWN_KEYS)
