from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WireTransfer")


@_attrs_define
class WireTransfer:
    """
    Attributes:
        account_holder (str | Unset):
        bank_name (str | Unset):
        city (str | Unset):
        country (str | Unset):
        reference_id (str | Unset):
        account_number (str | Unset):
        additional_bank_information (str | Unset):
        iban (str | Unset):
        swift_code (str | Unset):
    """

    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    account_number: str | Unset = UNSET
    additional_bank_information: str | Unset = UNSET
    iban: str | Unset = UNSET
    swift_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder = self.account_holder

        bank_name = self.bank_name

        city = self.city

        country = self.country

        reference_id = self.reference_id

        account_number = self.account_number

        additional_bank_information = self.additional_bank_information

        iban = self.iban

        swift_code = self.swift_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder is not UNSET:
            field_dict["accountHolder"] = account_holder
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if additional_bank_information is not UNSET:
            field_dict["additionalBankInformation"] = additional_bank_information
        if iban is not UNSET:
            field_dict["iban"] = iban
        if swift_code is not UNSET:
            field_dict["swiftCode"] = swift_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_holder = d.pop("accountHolder", UNSET)

        bank_name = d.pop("bankName", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        additional_bank_information = d.pop("additionalBankInformation", UNSET)

        iban = d.pop("iban", UNSET)

        swift_code = d.pop("swiftCode", UNSET)

        _instance = cls(
            account_holder=account_holder,
            bank_name=bank_name,
            city=city,
            country=country,
            reference_id=reference_id,
            account_number=account_number,
            additional_bank_information=additional_bank_information,
            iban=iban,
            swift_code=swift_code,
        )

        _instance.additional_properties = d
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
