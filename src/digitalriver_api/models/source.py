from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_flow import SourceFlow
from ..models.source_state import SourceState
from ..models.source_type import SourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_pay import BPay
    from ..models.card import Card
    from ..models.credit_card import CreditCard
    from ..models.direct_debit import DirectDebit
    from ..models.gift_card import GiftCard
    from ..models.klarna_credit import KlarnaCredit
    from ..models.klarna_credit_recurring import KlarnaCreditRecurring
    from ..models.konbini import Konbini
    from ..models.metadata import Metadata
    from ..models.online_banking import OnlineBanking
    from ..models.owner import Owner
    from ..models.pay_co import PayCo
    from ..models.pay_pal import PayPal
    from ..models.payment_details import PaymentDetails
    from ..models.wire_transfer import WireTransfer


T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """A payment source.

    Attributes:
        id (str):
        client_secret (str | Unset):
        created_time (datetime.datetime | Unset):
        type_ (SourceType | Unset): The payment type of the source; an object of the same name holds its details.
        currency (str | Unset): Three-letter ISO currency code.
        amount (float | Unset): The amount associated with the source. Required for single-use sources.
        reusable (bool | Unset): Whether the source can be used more than once.
        owner (Owner | Unset): The owner of a payment source.
        credit_card (CreditCard | Unset): A credit card.
        google_pay (Card | Unset): A payment card, as a wallet shows it.
        pay_pal (PayPal | Unset):
        pay_pal_billing (PayPal | Unset):
        pay_pal_credit (PayPal | Unset):
        direct_debit (DirectDebit | Unset):
        wire_transfer (WireTransfer | Unset):
        pay_co (PayCo | Unset):
        alipay (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        apple_pay (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        b_pay (BPay | Unset):
        online_banking (OnlineBanking | Unset):
        cod_japan (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        klarna_credit (KlarnaCredit | Unset):
        klarna_credit_recurring (KlarnaCreditRecurring | Unset):
        konbini (Konbini | Unset):
        bank_transfer (PaymentDetails | Unset): Details of a payment type for which the API documents no fields;
            whatever it sends is kept.
        msts (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        bancontact (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever
            it sends is kept.
        ideal (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        gift_card (GiftCard | Unset):
        amazon_pay (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever
            it sends is kept.
        after_pay (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        cc_avenue (PaymentDetails | Unset): Details of a payment type for which the API documents no fields; whatever it
            sends is kept.
        flow (SourceFlow | Unset): The authentication flow of the source.
        state (SourceState | Unset): The status of the source. Only chargeable sources can be charged.
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
        customer_id (str | Unset):
        payment_session_id (str | Unset):
        live_mode (bool | Unset):
    """

    id: str
    client_secret: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    type_: SourceType | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    reusable: bool | Unset = UNSET
    owner: Owner | Unset = UNSET
    credit_card: CreditCard | Unset = UNSET
    google_pay: Card | Unset = UNSET
    pay_pal: PayPal | Unset = UNSET
    pay_pal_billing: PayPal | Unset = UNSET
    pay_pal_credit: PayPal | Unset = UNSET
    direct_debit: DirectDebit | Unset = UNSET
    wire_transfer: WireTransfer | Unset = UNSET
    pay_co: PayCo | Unset = UNSET
    alipay: PaymentDetails | Unset = UNSET
    apple_pay: PaymentDetails | Unset = UNSET
    b_pay: BPay | Unset = UNSET
    online_banking: OnlineBanking | Unset = UNSET
    cod_japan: PaymentDetails | Unset = UNSET
    klarna_credit: KlarnaCredit | Unset = UNSET
    klarna_credit_recurring: KlarnaCreditRecurring | Unset = UNSET
    konbini: Konbini | Unset = UNSET
    bank_transfer: PaymentDetails | Unset = UNSET
    msts: PaymentDetails | Unset = UNSET
    bancontact: PaymentDetails | Unset = UNSET
    ideal: PaymentDetails | Unset = UNSET
    gift_card: GiftCard | Unset = UNSET
    amazon_pay: PaymentDetails | Unset = UNSET
    after_pay: PaymentDetails | Unset = UNSET
    cc_avenue: PaymentDetails | Unset = UNSET
    flow: SourceFlow | Unset = UNSET
    state: SourceState | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    customer_id: str | Unset = UNSET
    payment_session_id: str | Unset = UNSET
    live_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_secret = self.client_secret

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        currency = self.currency

        amount = self.amount

        reusable = self.reusable

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        credit_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card, Unset):
            credit_card = self.credit_card.to_dict()

        google_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_pay, Unset):
            google_pay = self.google_pay.to_dict()

        pay_pal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_pal, Unset):
            pay_pal = self.pay_pal.to_dict()

        pay_pal_billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_pal_billing, Unset):
            pay_pal_billing = self.pay_pal_billing.to_dict()

        pay_pal_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_pal_credit, Unset):
            pay_pal_credit = self.pay_pal_credit.to_dict()

        direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_debit, Unset):
            direct_debit = self.direct_debit.to_dict()

        wire_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wire_transfer, Unset):
            wire_transfer = self.wire_transfer.to_dict()

        pay_co: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_co, Unset):
            pay_co = self.pay_co.to_dict()

        alipay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alipay, Unset):
            alipay = self.alipay.to_dict()

        apple_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apple_pay, Unset):
            apple_pay = self.apple_pay.to_dict()

        b_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.b_pay, Unset):
            b_pay = self.b_pay.to_dict()

        online_banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_banking, Unset):
            online_banking = self.online_banking.to_dict()

        cod_japan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_japan, Unset):
            cod_japan = self.cod_japan.to_dict()

        klarna_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.klarna_credit, Unset):
            klarna_credit = self.klarna_credit.to_dict()

        klarna_credit_recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.klarna_credit_recurring, Unset):
            klarna_credit_recurring = self.klarna_credit_recurring.to_dict()

        konbini: dict[str, Any] | Unset = UNSET
        if not isinstance(self.konbini, Unset):
            konbini = self.konbini.to_dict()

        bank_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_transfer, Unset):
            bank_transfer = self.bank_transfer.to_dict()

        msts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msts, Unset):
            msts = self.msts.to_dict()

        bancontact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bancontact, Unset):
            bancontact = self.bancontact.to_dict()

        ideal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideal, Unset):
            ideal = self.ideal.to_dict()

        gift_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_card, Unset):
            gift_card = self.gift_card.to_dict()

        amazon_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_pay, Unset):
            amazon_pay = self.amazon_pay.to_dict()

        after_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_pay, Unset):
            after_pay = self.after_pay.to_dict()

        cc_avenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cc_avenue, Unset):
            cc_avenue = self.cc_avenue.to_dict()

        flow: str | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        customer_id = self.customer_id

        payment_session_id = self.payment_session_id

        live_mode = self.live_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if owner is not UNSET:
            field_dict["owner"] = owner
        if credit_card is not UNSET:
            field_dict["creditCard"] = credit_card
        if google_pay is not UNSET:
            field_dict["googlePay"] = google_pay
        if pay_pal is not UNSET:
            field_dict["payPal"] = pay_pal
        if pay_pal_billing is not UNSET:
            field_dict["payPalBilling"] = pay_pal_billing
        if pay_pal_credit is not UNSET:
            field_dict["payPalCredit"] = pay_pal_credit
        if direct_debit is not UNSET:
            field_dict["directDebit"] = direct_debit
        if wire_transfer is not UNSET:
            field_dict["wireTransfer"] = wire_transfer
        if pay_co is not UNSET:
            field_dict["payCo"] = pay_co
        if alipay is not UNSET:
            field_dict["alipay"] = alipay
        if apple_pay is not UNSET:
            field_dict["applePay"] = apple_pay
        if b_pay is not UNSET:
            field_dict["bPay"] = b_pay
        if online_banking is not UNSET:
            field_dict["onlineBanking"] = online_banking
        if cod_japan is not UNSET:
            field_dict["codJapan"] = cod_japan
        if klarna_credit is not UNSET:
            field_dict["klarnaCredit"] = klarna_credit
        if klarna_credit_recurring is not UNSET:
            field_dict["klarnaCreditRecurring"] = klarna_credit_recurring
        if konbini is not UNSET:
            field_dict["konbini"] = konbini
        if bank_transfer is not UNSET:
            field_dict["bankTransfer"] = bank_transfer
        if msts is not UNSET:
            field_dict["msts"] = msts
        if bancontact is not UNSET:
            field_dict["bancontact"] = bancontact
        if ideal is not UNSET:
            field_dict["ideal"] = ideal
        if gift_card is not UNSET:
            field_dict["giftCard"] = gift_card
        if amazon_pay is not UNSET:
            field_dict["amazonPay"] = amazon_pay
        if after_pay is not UNSET:
            field_dict["afterPay"] = after_pay
        if cc_avenue is not UNSET:
            field_dict["ccAvenue"] = cc_avenue
        if flow is not UNSET:
            field_dict["flow"] = flow
        if state is not UNSET:
            field_dict["state"] = state
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_session_id is not UNSET:
            field_dict["paymentSessionId"] = payment_session_id
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_pay import BPay  # noqa: PLC0415
        from ..models.card import Card  # noqa: PLC0415
        from ..models.credit_card import CreditCard  # noqa: PLC0415
        from ..models.direct_debit import DirectDebit  # noqa: PLC0415
        from ..models.gift_card import GiftCard  # noqa: PLC0415
        from ..models.klarna_credit import KlarnaCredit  # noqa: PLC0415
        from ..models.klarna_credit_recurring import KlarnaCreditRecurring  # noqa: PLC0415
        from ..models.konbini import Konbini  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.online_banking import OnlineBanking  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.pay_co import PayCo  # noqa: PLC0415
        from ..models.pay_pal import PayPal  # noqa: PLC0415
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415
        from ..models.wire_transfer import WireTransfer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        client_secret = d.pop("clientSecret", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _type_ = d.pop("type", UNSET)
        type_: SourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SourceType(_type_)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        reusable = d.pop("reusable", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        _credit_card = d.pop("creditCard", UNSET)
        credit_card: CreditCard | Unset
        if isinstance(_credit_card, Unset):
            credit_card = UNSET
        else:
            credit_card = CreditCard.from_dict(_credit_card)

        _google_pay = d.pop("googlePay", UNSET)
        google_pay: Card | Unset
        if isinstance(_google_pay, Unset):
            google_pay = UNSET
        else:
            google_pay = Card.from_dict(_google_pay)

        _pay_pal = d.pop("payPal", UNSET)
        pay_pal: PayPal | Unset
        if isinstance(_pay_pal, Unset):
            pay_pal = UNSET
        else:
            pay_pal = PayPal.from_dict(_pay_pal)

        _pay_pal_billing = d.pop("payPalBilling", UNSET)
        pay_pal_billing: PayPal | Unset
        if isinstance(_pay_pal_billing, Unset):
            pay_pal_billing = UNSET
        else:
            pay_pal_billing = PayPal.from_dict(_pay_pal_billing)

        _pay_pal_credit = d.pop("payPalCredit", UNSET)
        pay_pal_credit: PayPal | Unset
        if isinstance(_pay_pal_credit, Unset):
            pay_pal_credit = UNSET
        else:
            pay_pal_credit = PayPal.from_dict(_pay_pal_credit)

        _direct_debit = d.pop("directDebit", UNSET)
        direct_debit: DirectDebit | Unset
        if isinstance(_direct_debit, Unset):
            direct_debit = UNSET
        else:
            direct_debit = DirectDebit.from_dict(_direct_debit)

        _wire_transfer = d.pop("wireTransfer", UNSET)
        wire_transfer: WireTransfer | Unset
        if isinstance(_wire_transfer, Unset):
            wire_transfer = UNSET
        else:
            wire_transfer = WireTransfer.from_dict(_wire_transfer)

        _pay_co = d.pop("payCo", UNSET)
        pay_co: PayCo | Unset
        if isinstance(_pay_co, Unset):
            pay_co = UNSET
        else:
            pay_co = PayCo.from_dict(_pay_co)

        _alipay = d.pop("alipay", UNSET)
        alipay: PaymentDetails | Unset
        if isinstance(_alipay, Unset):
            alipay = UNSET
        else:
            alipay = PaymentDetails.from_dict(_alipay)

        _apple_pay = d.pop("applePay", UNSET)
        apple_pay: PaymentDetails | Unset
        if isinstance(_apple_pay, Unset):
            apple_pay = UNSET
        else:
            apple_pay = PaymentDetails.from_dict(_apple_pay)

        _b_pay = d.pop("bPay", UNSET)
        b_pay: BPay | Unset
        if isinstance(_b_pay, Unset):
            b_pay = UNSET
        else:
            b_pay = BPay.from_dict(_b_pay)

        _online_banking = d.pop("onlineBanking", UNSET)
        online_banking: OnlineBanking | Unset
        if isinstance(_online_banking, Unset):
            online_banking = UNSET
        else:
            online_banking = OnlineBanking.from_dict(_online_banking)

        _cod_japan = d.pop("codJapan", UNSET)
        cod_japan: PaymentDetails | Unset
        if isinstance(_cod_japan, Unset):
            cod_japan = UNSET
        else:
            cod_japan = PaymentDetails.from_dict(_cod_japan)

        _klarna_credit = d.pop("klarnaCredit", UNSET)
        klarna_credit: KlarnaCredit | Unset
        if isinstance(_klarna_credit, Unset):
            klarna_credit = UNSET
        else:
            klarna_credit = KlarnaCredit.from_dict(_klarna_credit)

        _klarna_credit_recurring = d.pop("klarnaCreditRecurring", UNSET)
        klarna_credit_recurring: KlarnaCreditRecurring | Unset
        if isinstance(_klarna_credit_recurring, Unset):
            klarna_credit_recurring = UNSET
        else:
            klarna_credit_recurring = KlarnaCreditRecurring.from_dict(_klarna_credit_recurring)

        _konbini = d.pop("konbini", UNSET)
        konbini: Konbini | Unset
        if isinstance(_konbini, Unset):
            konbini = UNSET
        else:
            konbini = Konbini.from_dict(_konbini)

        _bank_transfer = d.pop("bankTransfer", UNSET)
        bank_transfer: PaymentDetails | Unset
        if isinstance(_bank_transfer, Unset):
            bank_transfer = UNSET
        else:
            bank_transfer = PaymentDetails.from_dict(_bank_transfer)

        _msts = d.pop("msts", UNSET)
        msts: PaymentDetails | Unset
        if isinstance(_msts, Unset):
            msts = UNSET
        else:
            msts = PaymentDetails.from_dict(_msts)

        _bancontact = d.pop("bancontact", UNSET)
        bancontact: PaymentDetails | Unset
        if isinstance(_bancontact, Unset):
            bancontact = UNSET
        else:
            bancontact = PaymentDetails.from_dict(_bancontact)

        _ideal = d.pop("ideal", UNSET)
        ideal: PaymentDetails | Unset
        if isinstance(_ideal, Unset):
            ideal = UNSET
        else:
            ideal = PaymentDetails.from_dict(_ideal)

        _gift_card = d.pop("giftCard", UNSET)
        gift_card: GiftCard | Unset
        if isinstance(_gift_card, Unset):
            gift_card = UNSET
        else:
            gift_card = GiftCard.from_dict(_gift_card)

        _amazon_pay = d.pop("amazonPay", UNSET)
        amazon_pay: PaymentDetails | Unset
        if isinstance(_amazon_pay, Unset):
            amazon_pay = UNSET
        else:
            amazon_pay = PaymentDetails.from_dict(_amazon_pay)

        _after_pay = d.pop("afterPay", UNSET)
        after_pay: PaymentDetails | Unset
        if isinstance(_after_pay, Unset):
            after_pay = UNSET
        else:
            after_pay = PaymentDetails.from_dict(_after_pay)

        _cc_avenue = d.pop("ccAvenue", UNSET)
        cc_avenue: PaymentDetails | Unset
        if isinstance(_cc_avenue, Unset):
            cc_avenue = UNSET
        else:
            cc_avenue = PaymentDetails.from_dict(_cc_avenue)

        _flow = d.pop("flow", UNSET)
        flow: SourceFlow | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = SourceFlow(_flow)

        _state = d.pop("state", UNSET)
        state: SourceState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SourceState(_state)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        customer_id = d.pop("customerId", UNSET)

        payment_session_id = d.pop("paymentSessionId", UNSET)

        live_mode = d.pop("liveMode", UNSET)

        _instance = cls(
            id=id,
            client_secret=client_secret,
            created_time=created_time,
            type_=type_,
            currency=currency,
            amount=amount,
            reusable=reusable,
            owner=owner,
            credit_card=credit_card,
            google_pay=google_pay,
            pay_pal=pay_pal,
            pay_pal_billing=pay_pal_billing,
            pay_pal_credit=pay_pal_credit,
            direct_debit=direct_debit,
            wire_transfer=wire_transfer,
            pay_co=pay_co,
            alipay=alipay,
            apple_pay=apple_pay,
            b_pay=b_pay,
            online_banking=online_banking,
            cod_japan=cod_japan,
            klarna_credit=klarna_credit,
            klarna_credit_recurring=klarna_credit_recurring,
            konbini=konbini,
            bank_transfer=bank_transfer,
            msts=msts,
            bancontact=bancontact,
            ideal=ideal,
            gift_card=gift_card,
            amazon_pay=amazon_pay,
            after_pay=after_pay,
            cc_avenue=cc_avenue,
            flow=flow,
            state=state,
            metadata=metadata,
            customer_id=customer_id,
            payment_session_id=payment_session_id,
            live_mode=live_mode,
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
