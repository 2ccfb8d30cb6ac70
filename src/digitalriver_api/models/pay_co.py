from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="PayCo")


@_attrs_define
class PayCo:
    """
    Attributes:
        redirect_url (str | Unset):
        return_url (str | Unset):
        pay_co (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
    """

    redirect_url: str | Unset = UNSET
    return_url: str | Unset = UNSET
    pay_co: PaymentDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_url = self.redirect_url

        return_url = self.return_url

        pay_co: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_co, Unset):
            pay_co = self.pay_co.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if pay_co is not UNSET:
            field_dict["payCo"] = pay_co

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        redirect_url = d.pop("redirectUrl", UNSET)

        return_url = d.pop("returnUrl", UNSET)

        _pay_co = d.pop("payCo", UNSET)
        pay_co: PaymentDetails | Unset
        if isinstance(_pay_co, Unset):
            pay_co = UNSET
        else:
            pay_co = PaymentDetails.from_dict(_pay_co)

        _instance = cls(
            redirect_url=redirect_url,
            return_url=return_url,
            pay_co=pay_co,
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
