from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_flow import SourceFlow
from ..models.source_state import SourceState
from ..models.source_type import SourceType
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
    read_datetime,
    read_enum,
)

T = TypeVar("T", bound="Source")


@_attrs_define(slots=False)
class Source:
    """A payment source.

    Attributes:
        id (str):
        client_secret (str | Unset):
        created_time (datetime.datetime | None | Unset):
        type_ (SourceType | None | Unset): The payment type of the source; an object of the same name holds its details.
        currency (str | Unset): Three-letter ISO currency code.
        amount (float | Unset): The amount associated with the source. Required for single-use sources.
        reusable (bool | Unset): Whether the source can be used more than once.
        owner (Owner | None | Unset): The owner of a payment source.
        credit_card (CreditCard | None | Unset): A credit card.
        google_pay (Card | None | Unset): A payment card, as a wallet shows it.
        pay_pal (PayPal | None | Unset):
        pay_pal_billing (PayPal | None | Unset):
        pay_pal_credit (PayPal | None | Unset):
        direct_debit (DirectDebit | None | Unset):
        wire_transfer (WireTransfer | None | Unset):
        pay_co (PayCo | None | Unset):
        alipay (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        apple_pay (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        b_pay (BPay | None | Unset):
        online_banking (OnlineBanking | None | Unset):
        cod_japan (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        klarna_credit (KlarnaCredit | None | Unset):
        klarna_credit_recurring (KlarnaCreditRecurring | None | Unset):
        konbini (Konbini | None | Unset):
        bank_transfer (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        msts (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields; whatever
            it sends is kept.
        bancontact (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        ideal (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields; whatever
            it sends is kept.
        gift_card (GiftCard | None | Unset):
        amazon_pay (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        after_pay (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        cc_avenue (PaymentDetails | None | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        flow (SourceFlow | None | Unset): The authentication flow of the source.
        state (SourceState | None | Unset): The status of the source. Only chargeable sources can be charged.
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        customer_id (str | Unset):
        payment_session_id (str | Unset):
        live_mode (bool | Unset):
    """

    id: str
    client_secret: str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    type_: SourceType | None | Unset = UNSET
    """ The payment type of the source; an object of the same name holds its details. """
    currency: str | Unset = UNSET
    """ Three-letter ISO currency code. """
    amount: float | Unset = UNSET
    """ The amount associated with the source. Required for single-use sources. """
    reusable: bool | Unset = UNSET
    """ Whether the source can be used more than once. """
    owner: Owner | None | Unset = UNSET
    """ The owner of a payment source. """
    credit_card: CreditCard | None | Unset = UNSET
    """ A credit card. """
    google_pay: Card | None | Unset = UNSET
    """ A payment card, as a wallet shows it. """
    pay_pal: PayPal | None | Unset = UNSET
    pay_pal_billing: PayPal | None | Unset = UNSET
    pay_pal_credit: PayPal | None | Unset = UNSET
    direct_debit: DirectDebit | None | Unset = UNSET
    wire_transfer: WireTransfer | None | Unset = UNSET
    pay_co: PayCo | None | Unset = UNSET
    alipay: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    apple_pay: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    b_pay: BPay | None | Unset = UNSET
    online_banking: OnlineBanking | None | Unset = UNSET
    cod_japan: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    klarna_credit: KlarnaCredit | None | Unset = UNSET
    klarna_credit_recurring: KlarnaCreditRecurring | None | Unset = UNSET
    konbini: Konbini | None | Unset = UNSET
    bank_transfer: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    msts: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    bancontact: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    ideal: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    gift_card: GiftCard | None | Unset = UNSET
    amazon_pay: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    after_pay: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    cc_avenue: PaymentDetails | None | Unset = UNSET
    """ Details of a payment type for which the API documents no fields; whatever it sends is kept. """
    flow: SourceFlow | None | Unset = UNSET
    """ The authentication flow of the source. """
    state: SourceState | None | Unset = UNSET
    """ The status of the source. Only chargeable sources can be charged. """
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    customer_id: str | Unset = UNSET
    payment_session_id: str | Unset = UNSET
    live_mode: bool | Unset = UNSET
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
        else:
            field_dict["id"] = _value
        _value = _state.get("client_secret", NOT_READ)
        if _value is NOT_READ:
            if "clientSecret" in _raw:
                field_dict["clientSecret"] = copy_json(_raw["clientSecret"])
        elif _value is not UNSET:
            field_dict["clientSecret"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        _value = _state.get("currency", NOT_READ)
        if _value is NOT_READ:
            if "currency" in _raw:
                field_dict["currency"] = copy_json(_raw["currency"])
        elif _value is not UNSET:
            field_dict["currency"] = _value
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = _state.get("reusable", NOT_READ)
        if _value is NOT_READ:
            if "reusable" in _raw:
                field_dict["reusable"] = copy_json(_raw["reusable"])
        elif _value is not UNSET:
            field_dict["reusable"] = _value
        _value = _state.get("owner", NOT_READ)
        if _value is NOT_READ:
            if "owner" in _raw:
                field_dict["owner"] = copy_json(_raw["owner"])
        elif _value is not UNSET:
            field_dict["owner"] = None if _value is None else _value.to_dict()
        _value = _state.get("credit_card", NOT_READ)
        if _value is NOT_READ:
            if "creditCard" in _raw:
                field_dict["creditCard"] = copy_json(_raw["creditCard"])
        elif _value is not UNSET:
            field_dict["creditCard"] = None if _value is None else _value.to_dict()
        _value = _state.get("google_pay", NOT_READ)
        if _value is NOT_READ:
            if "googlePay" in _raw:
                field_dict["googlePay"] = copy_json(_raw["googlePay"])
        elif _value is not UNSET:
            field_dict["googlePay"] = None if _value is None else _value.to_dict()
        _value = _state.get("pay_pal", NOT_READ)
        if _value is NOT_READ:
            if "payPal" in _raw:
                field_dict["payPal"] = copy_json(_raw["payPal"])
        elif _value is not UNSET:
            field_dict["payPal"] = None if _value is None else _value.to_dict()
        _value = _state.get("pay_pal_billing", NOT_READ)
        if _value is NOT_READ:
            if "payPalBilling" in _raw:
                field_dict["payPalBilling"] = copy_json(_raw["payPalBilling"])
        elif _value is not UNSET:
            field_dict["payPalBilling"] = None if _value is None else _value.to_dict()
        _value = _state.get("pay_pal_credit", NOT_READ)
        if _value is NOT_READ:
            if "payPalCredit" in _raw:
                field_dict["payPalCredit"] = copy_json(_raw["payPalCredit"])
        elif _value is not UNSET:
            field_dict["payPalCredit"] = None if _value is None else _value.to_dict()
        _value = _state.get("direct_debit", NOT_READ)
        if _value is NOT_READ:
            if "directDebit" in _raw:
                field_dict["directDebit"] = copy_json(_raw["directDebit"])
        elif _value is not UNSET:
            field_dict["directDebit"] = None if _value is None else _value.to_dict()
        _value = _state.get("wire_transfer", NOT_READ)
        if _value is NOT_READ:
            if "wireTransfer" in _raw:
                field_dict["wireTransfer"] = copy_json(_raw["wireTransfer"])
        elif _value is not UNSET:
            field_dict["wireTransfer"] = None if _value is None else _value.to_dict()
        _value = _state.get("pay_co", NOT_READ)
        if _value is NOT_READ:
            if "payCo" in _raw:
                field_dict["payCo"] = copy_json(_raw["payCo"])
        elif _value is not UNSET:
            field_dict["payCo"] = None if _value is None else _value.to_dict()
        _value = _state.get("alipay", NOT_READ)
        if _value is NOT_READ:
            if "alipay" in _raw:
                field_dict["alipay"] = copy_json(_raw["alipay"])
        elif _value is not UNSET:
            field_dict["alipay"] = None if _value is None else _value.to_dict()
        _value = _state.get("apple_pay", NOT_READ)
        if _value is NOT_READ:
            if "applePay" in _raw:
                field_dict["applePay"] = copy_json(_raw["applePay"])
        elif _value is not UNSET:
            field_dict["applePay"] = None if _value is None else _value.to_dict()
        _value = _state.get("b_pay", NOT_READ)
        if _value is NOT_READ:
            if "bPay" in _raw:
                field_dict["bPay"] = copy_json(_raw["bPay"])
        elif _value is not UNSET:
            field_dict["bPay"] = None if _value is None else _value.to_dict()
        _value = _state.get("online_banking", NOT_READ)
        if _value is NOT_READ:
            if "onlineBanking" in _raw:
                field_dict["onlineBanking"] = copy_json(_raw["onlineBanking"])
        elif _value is not UNSET:
            field_dict["onlineBanking"] = None if _value is None else _value.to_dict()
        _value = _state.get("cod_japan", NOT_READ)
        if _value is NOT_READ:
            if "codJapan" in _raw:
                field_dict["codJapan"] = copy_json(_raw["codJapan"])
        elif _value is not UNSET:
            field_dict["codJapan"] = None if _value is None else _value.to_dict()
        _value = _state.get("klarna_credit", NOT_READ)
        if _value is NOT_READ:
            if "klarnaCredit" in _raw:
                field_dict["klarnaCredit"] = copy_json(_raw["klarnaCredit"])
        elif _value is not UNSET:
            field_dict["klarnaCredit"] = None if _value is None else _value.to_dict()
        _value = _state.get("klarna_credit_recurring", NOT_READ)
        if _value is NOT_READ:
            if "klarnaCreditRecurring" in _raw:
                field_dict["klarnaCreditRecurring"] = copy_json(_raw["klarnaCreditRecurring"])
        elif _value is not UNSET:
            field_dict["klarnaCreditRecurring"] = None if _value is None else _value.to_dict()
        _value = _state.get("konbini", NOT_READ)
        if _value is NOT_READ:
            if "konbini" in _raw:
                field_dict["konbini"] = copy_json(_raw["konbini"])
        elif _value is not UNSET:
            field_dict["konbini"] = None if _value is None else _value.to_dict()
        _value = _state.get("bank_transfer", NOT_READ)
        if _value is NOT_READ:
            if "bankTransfer" in _raw:
                field_dict["bankTransfer"] = copy_json(_raw["bankTransfer"])
        elif _value is not UNSET:
            field_dict["bankTransfer"] = None if _value is None else _value.to_dict()
        _value = _state.get("msts", NOT_READ)
        if _value is NOT_READ:
            if "msts" in _raw:
                field_dict["msts"] = copy_json(_raw["msts"])
        elif _value is not UNSET:
            field_dict["msts"] = None if _value is None else _value.to_dict()
        _value = _state.get("bancontact", NOT_READ)
        if _value is NOT_READ:
            if "bancontact" in _raw:
                field_dict["bancontact"] = copy_json(_raw["bancontact"])
        elif _value is not UNSET:
            field_dict["bancontact"] = None if _value is None else _value.to_dict()
        _value = _state.get("ideal", NOT_READ)
        if _value is NOT_READ:
            if "ideal" in _raw:
                field_dict["ideal"] = copy_json(_raw["ideal"])
        elif _value is not UNSET:
            field_dict["ideal"] = None if _value is None else _value.to_dict()
        _value = _state.get("gift_card", NOT_READ)
        if _value is NOT_READ:
            if "giftCard" in _raw:
                field_dict["giftCard"] = copy_json(_raw["giftCard"])
        elif _value is not UNSET:
            field_dict["giftCard"] = None if _value is None else _value.to_dict()
        _value = _state.get("amazon_pay", NOT_READ)
        if _value is NOT_READ:
            if "amazonPay" in _raw:
                field_dict["amazonPay"] = copy_json(_raw["amazonPay"])
        elif _value is not UNSET:
            field_dict["amazonPay"] = None if _value is None else _value.to_dict()
        _value = _state.get("after_pay", NOT_READ)
        if _value is NOT_READ:
            if "afterPay" in _raw:
                field_dict["afterPay"] = copy_json(_raw["afterPay"])
        elif _value is not UNSET:
            field_dict["afterPay"] = None if _value is None else _value.to_dict()
        _value = _state.get("cc_avenue", NOT_READ)
        if _value is NOT_READ:
            if "ccAvenue" in _raw:
                field_dict["ccAvenue"] = copy_json(_raw["ccAvenue"])
        elif _value is not UNSET:
            field_dict["ccAvenue"] = None if _value is None else _value.to_dict()
        _value = self.flow
        if _value is not UNSET:
            field_dict["flow"] = None if _value is None else _value.value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
        _value = _state.get("customer_id", NOT_READ)
        if _value is NOT_READ:
            if "customerId" in _raw:
                field_dict["customerId"] = copy_json(_raw["customerId"])
        elif _value is not UNSET:
            field_dict["customerId"] = _value
        _value = _state.get("payment_session_id", NOT_READ)
        if _value is NOT_READ:
            if "paymentSessionId" in _raw:
                field_dict["paymentSessionId"] = copy_json(_raw["paymentSessionId"])
        elif _value is not UNSET:
            field_dict["paymentSessionId"] = _value
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("owner")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "owner", "a JSON object", _v)
        if (_v := _d.get("creditCard")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "creditCard", "a JSON object", _v)
        if (_v := _d.get("googlePay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "googlePay", "a JSON object", _v)
        if (_v := _d.get("payPal")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payPal", "a JSON object", _v)
        if (_v := _d.get("payPalBilling")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payPalBilling", "a JSON object", _v)
        if (_v := _d.get("payPalCredit")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payPalCredit", "a JSON object", _v)
        if (_v := _d.get("directDebit")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "directDebit", "a JSON object", _v)
        if (_v := _d.get("wireTransfer")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "wireTransfer", "a JSON object", _v)
        if (_v := _d.get("payCo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "payCo", "a JSON object", _v)
        if (_v := _d.get("alipay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "alipay", "a JSON object", _v)
        if (_v := _d.get("applePay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "applePay", "a JSON object", _v)
        if (_v := _d.get("bPay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "bPay", "a JSON object", _v)
        if (_v := _d.get("onlineBanking")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "onlineBanking", "a JSON object", _v)
        if (_v := _d.get("codJapan")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "codJapan", "a JSON object", _v)
        if (_v := _d.get("klarnaCredit")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "klarnaCredit", "a JSON object", _v)
        if (_v := _d.get("klarnaCreditRecurring")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "klarnaCreditRecurring", "a JSON object", _v)
        if (_v := _d.get("konbini")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "konbini", "a JSON object", _v)
        if (_v := _d.get("bankTransfer")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "bankTransfer", "a JSON object", _v)
        if (_v := _d.get("msts")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "msts", "a JSON object", _v)
        if (_v := _d.get("bancontact")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "bancontact", "a JSON object", _v)
        if (_v := _d.get("ideal")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "ideal", "a JSON object", _v)
        if (_v := _d.get("giftCard")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "giftCard", "a JSON object", _v)
        if (_v := _d.get("amazonPay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "amazonPay", "a JSON object", _v)
        if (_v := _d.get("afterPay")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "afterPay", "a JSON object", _v)
        if (_v := _d.get("ccAvenue")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "ccAvenue", "a JSON object", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d["id"]) is str or _v is None else (_bad := BAD),
                "client_secret": _v
                if type(_v := _d.get("clientSecret", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "type_": read_enum(SourceType, _d.get("type", UNSET), cls, "type"),
                "currency": _v
                if type(_v := _d.get("currency", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "reusable": _v
                if type(_v := _d.get("reusable", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "flow": read_enum(SourceFlow, _d.get("flow", UNSET), cls, "flow"),
                "state": read_enum(SourceState, _d.get("state", UNSET), cls, "state"),
                "customer_id": _v
                if type(_v := _d.get("customerId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "payment_session_id": _v
                if type(_v := _d.get("paymentSessionId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
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
from ..models.b_pay import BPay  # noqa: E402
from ..models.card import Card  # noqa: E402
from ..models.credit_card import CreditCard  # noqa: E402
from ..models.direct_debit import DirectDebit  # noqa: E402
from ..models.gift_card import GiftCard  # noqa: E402
from ..models.klarna_credit import KlarnaCredit  # noqa: E402
from ..models.klarna_credit_recurring import KlarnaCreditRecurring  # noqa: E402
from ..models.konbini import Konbini  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.online_banking import OnlineBanking  # noqa: E402
from ..models.owner import Owner  # noqa: E402
from ..models.pay_co import PayCo  # noqa: E402
from ..models.pay_pal import PayPal  # noqa: E402
from ..models.payment_details import PaymentDetails  # noqa: E402
from ..models.wire_transfer import WireTransfer  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "clientSecret",
        "createdTime",
        "type",
        "currency",
        "amount",
        "reusable",
        "owner",
        "creditCard",
        "googlePay",
        "payPal",
        "payPalBilling",
        "payPalCredit",
        "directDebit",
        "wireTransfer",
        "payCo",
        "alipay",
        "applePay",
        "bPay",
        "onlineBanking",
        "codJapan",
        "klarnaCredit",
        "klarnaCreditRecurring",
        "konbini",
        "bankTransfer",
        "msts",
        "bancontact",
        "ideal",
        "giftCard",
        "amazonPay",
        "afterPay",
        "ccAvenue",
        "flow",
        "state",
        "metadata",
        "customerId",
        "paymentSessionId",
        "liveMode",
    }
)
ScalarField.attach(Source, "id", "id", str)
ScalarField.attach(Source, "client_secret", "clientSecret", str)
ScalarField.attach(Source, "currency", "currency", str)
ScalarField.attach(Source, "amount", "amount", float)
ScalarField.attach(Source, "reusable", "reusable", bool)
ScalarField.attach(Source, "customer_id", "customerId", str)
ScalarField.attach(Source, "payment_session_id", "paymentSessionId", str)
ScalarField.attach(Source, "live_mode", "liveMode", bool)
LazyField.attach(Source, "owner", "owner", Owner.from_dict, "The owner of a payment source.")
LazyField.attach(Source, "credit_card", "creditCard", CreditCard.from_dict, "A credit card.")
LazyField.attach(Source, "google_pay", "googlePay", Card.from_dict, "A payment card, as a wallet shows it.")
LazyField.attach(Source, "pay_pal", "payPal", PayPal.from_dict, "")
LazyField.attach(Source, "pay_pal_billing", "payPalBilling", PayPal.from_dict, "")
LazyField.attach(Source, "pay_pal_credit", "payPalCredit", PayPal.from_dict, "")
LazyField.attach(Source, "direct_debit", "directDebit", DirectDebit.from_dict, "")
LazyField.attach(Source, "wire_transfer", "wireTransfer", WireTransfer.from_dict, "")
LazyField.attach(Source, "pay_co", "payCo", PayCo.from_dict, "")
LazyField.attach(
    Source,
    "alipay",
    "alipay",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "apple_pay",
    "applePay",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(Source, "b_pay", "bPay", BPay.from_dict, "")
LazyField.attach(Source, "online_banking", "onlineBanking", OnlineBanking.from_dict, "")
LazyField.attach(
    Source,
    "cod_japan",
    "codJapan",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(Source, "klarna_credit", "klarnaCredit", KlarnaCredit.from_dict, "")
LazyField.attach(Source, "klarna_credit_recurring", "klarnaCreditRecurring", KlarnaCreditRecurring.from_dict, "")
LazyField.attach(Source, "konbini", "konbini", Konbini.from_dict, "")
LazyField.attach(
    Source,
    "bank_transfer",
    "bankTransfer",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "msts",
    "msts",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "bancontact",
    "bancontact",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "ideal",
    "ideal",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(Source, "gift_card", "giftCard", GiftCard.from_dict, "")
LazyField.attach(
    Source,
    "amazon_pay",
    "amazonPay",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "after_pay",
    "afterPay",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source,
    "cc_avenue",
    "ccAvenue",
    PaymentDetails.from_dict,
    "Details of a payment type for which the API documents no fields; whatever it sends is kept.",
)
LazyField.attach(
    Source, "metadata", "metadata", Metadata.from_dict, "Key-value pairs of the caller's own, returned as given."
)
AdditionalProperties.attach(Source, _KNOWN_KEYS)
