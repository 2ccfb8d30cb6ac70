from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.fees import Fees
    from ..models.metadata import Metadata
    from ..models.monetary_amount import MonetaryAmount
    from ..models.product_details import ProductDetails
    from ..models.subscription_info import SubscriptionInfo
    from ..models.tax import Tax


T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """An item of an invoice.

    Attributes:
        id (str | Unset):
        sku_id (str | Unset):
        product_details (ProductDetails | Unset):
        subscription_info (SubscriptionInfo | Unset):
        fees (Fees | Unset):
        quantity (int | Unset):
        amount (float | Unset):
        duties (MonetaryAmount | Unset): An amount of money (importer tax, duties).
        importer_tax (MonetaryAmount | Unset): An amount of money (importer tax, duties).
        discount (Discount | Unset):
        tax (Tax | Unset):
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
    """

    id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    product_details: ProductDetails | Unset = UNSET
    subscription_info: SubscriptionInfo | Unset = UNSET
    fees: Fees | Unset = UNSET
    quantity: int | Unset = UNSET
    amount: float | Unset = UNSET
    duties: MonetaryAmount | Unset = UNSET
    importer_tax: MonetaryAmount | Unset = UNSET
    discount: Discount | Unset = UNSET
    tax: Tax | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku_id = self.sku_id

        product_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = self.product_details.to_dict()

        subscription_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_info, Unset):
            subscription_info = self.subscription_info.to_dict()

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        quantity = self.quantity

        amount = self.amount

        duties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duties, Unset):
            duties = self.duties.to_dict()

        importer_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.importer_tax, Unset):
            importer_tax = self.importer_tax.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if product_details is not UNSET:
            field_dict["productDetails"] = product_details
        if subscription_info is not UNSET:
            field_dict["subscriptionInfo"] = subscription_info
        if fees is not UNSET:
            field_dict["fees"] = fees
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if duties is not UNSET:
            field_dict["duties"] = duties
        if importer_tax is not UNSET:
            field_dict["importerTax"] = importer_tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.fees import Fees  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.monetary_amount import MonetaryAmount  # noqa: PLC0415
        from ..models.product_details import ProductDetails  # noqa: PLC0415
        from ..models.subscription_info import SubscriptionInfo  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sku_id = d.pop("skuId", UNSET)

        _product_details = d.pop("productDetails", UNSET)
        product_details: ProductDetails | Unset
        if isinstance(_product_details, Unset):
            product_details = UNSET
        else:
            product_details = ProductDetails.from_dict(_product_details)

        _subscription_info = d.pop("subscriptionInfo", UNSET)
        subscription_info: SubscriptionInfo | Unset
        if isinstance(_subscription_info, Unset):
            subscription_info = UNSET
        else:
            subscription_info = SubscriptionInfo.from_dict(_subscription_info)

        _fees = d.pop("fees", UNSET)
        fees: Fees | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = Fees.from_dict(_fees)

        quantity = d.pop("quantity", UNSET)

        amount = d.pop("amount", UNSET)

        _duties = d.pop("duties", UNSET)
        duties: MonetaryAmount | Unset
        if isinstance(_duties, Unset):
            duties = UNSET
        else:
            duties = MonetaryAmount.from_dict(_duties)

        _importer_tax = d.pop("importerTax", UNSET)
        importer_tax: MonetaryAmount | Unset
        if isinstance(_importer_tax, Unset):
            importer_tax = UNSET
        else:
            importer_tax = MonetaryAmount.from_dict(_importer_tax)

        _discount = d.pop("discount", UNSET)
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

        _tax = d.pop("tax", UNSET)
        tax: Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Tax.from_dict(_tax)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _instance = cls(
            id=id,
            sku_id=sku_id,
            product_details=product_details,
            subscription_info=subscription_info,
            fees=fees,
            quantity=quantity,
            amount=amount,
            duties=duties,
            importer_tax=importer_tax,
            discount=discount,
            tax=tax,
            metadata=metadata,
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
