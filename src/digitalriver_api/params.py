"""Request bodies and filter values as TypedDicts, keyed by the API's own (camelCase) names.

A type checker then catches a misspelt key or a value of the wrong kind in a dict literal:
`dr.customers.create({"emial": ...})` fails `mypy --strict`. At run time they are plain dicts,
sent as given; enum fields are `Literal`s for the checker, and any string still goes through.
Written by `make generate` from the document's schemas.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "AdditionalAddressInfoParam",
    "AddressRequestParam",
    "AmountRangeParam",
    "BillingAdditionalAddressInfoParam",
    "BillingOptimizationParam",
    "BillingRequestParam",
    "CheckoutRequestParam",
    "CountRangeParam",
    "CustomerRequestParam",
    "DisclosureRequestParam",
    "DiscountParam",
    "InvoiceItemRequestParam",
    "InvoiceRequestParam",
    "OrganizationParam",
    "ProductDetailsParam",
    "PurchaseLocationRequestParam",
    "ShipFromRequestParam",
    "ShippingChoiceRequestParam",
    "ShippingRequestParam",
    "SkuDiscountParam",
    "SkuRequestItemParam",
    "SkuUpdateRequestItemParam",
    "SubscriptionInfoParam",
    "TaxCertificateRequestParam",
    "TaxIdentifierReferenceParam",
    "TimeRangeParam",
    "UpdateCheckoutRequestParam",
    "UpdateCustomerRequestParam",
    "UpdateInvoiceRequestParam",
]


class TimeRangeParam(TypedDict, total=False):
    """A range of times; an object is in it when its time meets every bound given."""

    eq: str | datetime.datetime
    """Equal to this time."""

    gt: str | datetime.datetime
    """After this time."""

    gte: str | datetime.datetime
    """At or after this time."""

    lt: str | datetime.datetime
    """Before this time."""

    lte: str | datetime.datetime
    """At or before this time."""


class CustomerRequestParam(TypedDict, total=False):
    """The body of a request that creates a customer."""

    id: str
    """The unique identifier of a customer; Digital River makes one when absent."""

    email: str

    shipping: ShippingRequestParam
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    defaultSourceId: str
    """The identifier of the default source attached to this customer."""

    taxCertificate: TaxCertificateRequestParam
    """A tax certificate in a request, where every field is required."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    locale: str

    type: Literal["business", "individual"]
    """The type of customer."""

    enabled: bool
    """Usually used to disable the customer. The default is true."""


class ShippingRequestParam(TypedDict, total=False):
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    address: AddressRequestParam
    """An address in a request, where `country` is required."""

    name: str
    """The customer's name."""

    phone: str
    """The customer's phone number."""

    email: str
    """The customer's email address."""

    organization: str
    """The organization's name."""

    additionalAddressInfo: AdditionalAddressInfoParam
    """Additional address information."""


class AddressRequestParam(TypedDict, total=False):
    """An address in a request, where `country` is required."""

    line1: str
    """The first line of the address."""

    line2: str
    """The second line of the address."""

    city: str
    """The name of the city."""

    postalCode: str
    """ZIP or postal code."""

    state: str
    """State/County/Province/Region."""

    country: Required[str]
    """Two-letter country code."""


class AdditionalAddressInfoParam(TypedDict, total=False):
    """Additional address information."""

    neighborhood: str
    """Additional neighborhood information."""

    division: str
    """Division or department."""

    phoneticName: str
    """The phonetic name."""


class TaxCertificateRequestParam(TypedDict, total=False):
    """A tax certificate in a request, where every field is required."""

    companyName: Required[str]

    taxAuthority: Required[str]

    startDate: Required[str | datetime.datetime]

    endDate: Required[str | datetime.datetime]

    fileId: Required[str]


class UpdateCustomerRequestParam(TypedDict, total=False):
    """The body of a request that updates a customer."""

    email: str

    shipping: ShippingRequestParam
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    defaultSourceId: str

    taxCertificate: TaxCertificateRequestParam
    """A tax certificate in a request, where every field is required."""

    requestToBeForgotten: bool
    """If true, indicates this customer has submitted a request to be forgotten."""

    type: Literal["business", "individual"]
    """The type of customer."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    locale: str

    enabled: bool


class AmountRangeParam(TypedDict, total=False):
    """A range of amounts; an object is in it when its amount meets every bound given."""

    eq: float
    """Equal to this amount."""

    gt: float
    """Greater than this amount."""

    gte: float
    """Greater than or equal to this amount."""

    lt: float
    """Less than this amount."""

    lte: float
    """Less than or equal to this amount."""


class CheckoutRequestParam(TypedDict, total=False):
    """The body of a request that creates a checkout."""

    customerId: str
    """The identifier of the Customer associated with the Checkout."""

    sourceId: str
    """The unique identifier of a Source."""

    currency: Required[str]
    """A three-letter ISO 4217 currency code."""

    email: str

    language: Literal[
        "ar",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "en-us",
        "en-gb",
        "es",
        "es-419",
        "fi",
        "fr",
        "fr-ca",
        "he",
        "hu",
        "it",
        "ja",
        "ko",
        "nl",
        "no",
        "pl",
        "pt",
        "pt-br",
        "ru",
        "sk",
        "sl",
        "sv",
        "th",
        "tr",
        "zh",
        "zh-hk",
        "zh-tw",
    ]
    """A language of a checkout."""

    locale: str

    applicationId: str
    """An arbitrary string identifier that can be used to track the application type."""

    browserIp: str
    """The IP address of the browser used by the customer when placing the order."""

    taxIdentifiers: Sequence[TaxIdentifierReferenceParam]

    shipFrom: ShipFromRequestParam
    """Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`."""

    shipTo: ShippingRequestParam
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    billTo: BillingRequestParam
    """A billing contact in a request, where `address` (an `AddressRequest`) is required."""

    organization: OrganizationParam

    shippingChoice: ShippingChoiceRequestParam
    """The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets."""

    discount: DiscountParam

    items: Required[Sequence[SkuRequestItemParam]]

    shippingDiscount: DiscountParam

    taxInclusive: bool
    """If true, indicates that the prices supplied are tax inclusive."""

    chargeType: Literal["customer_initiated", "merchant_initiated", "moto"]
    """Represents the charge type."""

    customerType: Literal["business", "individual"]
    """The type of customer."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    purchaseLocation: PurchaseLocationRequestParam
    """Where the purchase is made, in a request, where `country` is required."""

    upstreamId: str
    """The upstream identifier."""

    billingOptimization: BillingOptimizationParam

    disclosures: Sequence[DisclosureRequestParam]

    invoiceAttributeId: str


class TaxIdentifierReferenceParam(TypedDict, total=False):
    """A tax identifier named by its id in a request."""

    id: str


class ShipFromRequestParam(TypedDict, total=False):
    """Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`."""

    address: AddressRequestParam
    """An address in a request, where `country` is required."""

    additionalAddressInfo: AdditionalAddressInfoParam
    """Additional address information."""


class BillingRequestParam(TypedDict, total=False):
    """A billing contact in a request, where `address` (an `AddressRequest`) is required."""

    address: Required[AddressRequestParam]
    """An address in a request, where `country` is required."""

    name: str
    """The customer's name."""

    phone: str
    """The customer's phone number."""

    email: str
    """The customer's email address."""

    organization: str
    """The organization's name."""

    additionalAddressInfo: BillingAdditionalAddressInfoParam
    """Additional address information of a billing contact, with a title."""


class BillingAdditionalAddressInfoParam(TypedDict, total=False):
    """Additional address information of a billing contact, with a title."""

    neighborhood: str
    """Additional neighborhood information."""

    division: str
    """Division or department."""

    phoneticName: str
    """The phonetic name."""

    title: Literal["M", "Mme", "Mlle"]
    """A form of address."""


class OrganizationParam(TypedDict, total=False):
    """Organization, as a request sends it."""

    id: str
    """The organization's identifier."""


class ShippingChoiceRequestParam(TypedDict, total=False):
    """The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets."""

    id: str
    """The unique identifier of the shipment."""

    amount: float
    """The shipping amount."""

    description: str
    """A description of the shipping choice."""

    serviceLevel: str
    """A shipping code that represents the service level."""

    shippingTerms: Literal["DDP", "DAP"]
    """How the landed cost is paid: DDP (Delivered Duty Paid) at checkout, DAP (Delivered At Place) duties and fees
    on delivery."""


class DiscountParam(TypedDict, total=False):
    """Discount, as a request sends it."""

    amountOff: float
    """An amount off."""

    percentOff: float
    """A percentage off."""


class SkuRequestItemParam(TypedDict, total=False):
    """An item in a request that creates a checkout."""

    skuId: str

    productDetails: ProductDetailsParam

    subscriptionInfo: SubscriptionInfoParam

    price: float

    aggregatePrice: float

    quantity: int

    discount: SkuDiscountParam
    """A discount on an item, optionally limited to a quantity."""

    shipFrom: ShipFromRequestParam
    """Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""


class ProductDetailsParam(TypedDict, total=False):
    """ProductDetails, as a request sends it."""

    id: str

    skuGroupId: str

    name: str

    description: str

    itemBreadcrumb: str

    url: str

    countryOfOrigin: str

    image: str

    weight: float

    weightUnit: Literal["oz", "lb", "g", "kg"]

    partNumber: str

    partnerAccountId: str


class SubscriptionInfoParam(TypedDict, total=False):
    """SubscriptionInfo, as a request sends it."""

    freeTrial: bool

    autoRenewal: bool

    terms: str

    planId: str

    subscriptionId: str

    billingAgreementId: str

    startTime: str | datetime.datetime

    endTime: str | datetime.datetime


class SkuDiscountParam(TypedDict, total=False):
    """A discount on an item, optionally limited to a quantity."""

    amountOff: float
    """An amount off."""

    percentOff: float
    """A percentage off."""

    quantity: int
    """How many units the discount applies to."""


class PurchaseLocationRequestParam(TypedDict, total=False):
    """Where the purchase is made, in a request, where `country` is required."""

    country: Required[str]

    state: str

    postalCode: str


class BillingOptimizationParam(TypedDict, total=False):
    """BillingOptimization, as a request sends it."""

    renewalAttemptNumber: float

    segmentId: str

    subscriptionId: str

    trackingId: str


class DisclosureRequestParam(TypedDict, total=False):
    """A disclosure in a request, where `type` is required."""

    type: Required[
        Literal[
            "termsOfSale",
            "privacyPolicy",
            "cookiePolicy",
            "legalNotice",
            "autoRenewalPlanTerms",
            "saveCardMandate",
            "idealRecurringAgreement",
            "businessEntity",
            "resellerDisclosure",
            "confirmDisclosure",
            "californiaPrivacyRights",
        ]
    ]

    entityId: str

    entityName: str

    localizedText: str

    url: str


class UpdateCheckoutRequestParam(TypedDict, total=False):
    """The body of a request that updates a checkout."""

    customerId: str

    sourceId: str

    currency: str

    email: str

    language: Literal[
        "ar",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "en-us",
        "en-gb",
        "es",
        "es-419",
        "fi",
        "fr",
        "fr-ca",
        "he",
        "hu",
        "it",
        "ja",
        "ko",
        "nl",
        "no",
        "pl",
        "pt",
        "pt-br",
        "ru",
        "sk",
        "sl",
        "sv",
        "th",
        "tr",
        "zh",
        "zh-hk",
        "zh-tw",
    ]
    """A language of a checkout."""

    locale: str

    browserIp: str

    applicationId: str

    taxIdentifiers: Sequence[TaxIdentifierReferenceParam]

    shipFrom: ShipFromRequestParam
    """Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`."""

    shipTo: ShippingRequestParam
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    billTo: BillingRequestParam
    """A billing contact in a request, where `address` (an `AddressRequest`) is required."""

    organization: OrganizationParam

    shippingDiscount: DiscountParam

    chargeType: Literal["customer_initiated", "merchant_initiated", "moto"]
    """Represents the charge type."""

    customerType: Literal["business", "individual"]
    """The type of customer."""

    shippingChoice: ShippingChoiceRequestParam
    """The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets."""

    purchaseLocation: PurchaseLocationRequestParam
    """Where the purchase is made, in a request, where `country` is required."""

    items: Sequence[SkuUpdateRequestItemParam]
    """Changes to items of the checkout, each naming the item by its `id`."""

    upstreamId: str

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    billingOptimization: BillingOptimizationParam

    disclosures: Sequence[DisclosureRequestParam]

    invoiceAttributeId: str


class SkuUpdateRequestItemParam(TypedDict, total=False):
    """An item change in a request that updates a checkout."""

    id: Required[str]

    subscriptionInfo: SubscriptionInfoParam

    shipFrom: ShipFromRequestParam
    """Where goods ship from, in a request; its address is an `AddressRequest`. Responses use `ShipFrom`."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""


class CountRangeParam(TypedDict, total=False):
    """A range of counts; an object is in it when its count meets every bound given."""

    eq: int
    """Equal to this count."""

    gt: int
    """Greater than this count."""

    gte: int
    """Greater than or equal to this count."""

    lt: int
    """Less than this count."""

    lte: int
    """Less than or equal to this count."""


class InvoiceRequestParam(TypedDict, total=False):
    """The body of a request that creates an invoice."""

    customerId: Required[str]
    """The identifier of the invoiced customer."""

    email: str
    """The email address of the invoiced customer."""

    sourceId: str
    """The unique identifier of a Source."""

    currency: Required[str]
    """A three-letter ISO 4217 currency code."""

    state: Literal["draft", "open"]
    """The state of the invoice."""

    chargeType: Literal["customer_initiated", "merchant_initiated", "moto"]
    """Represents the charge type."""

    description: str
    """An arbitrary string attached to the invoice."""

    locale: str

    customerType: Literal["business", "individual"]
    """The type of customer."""

    shipTo: ShippingRequestParam
    """A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`."""

    billTo: BillingRequestParam
    """A billing contact in a request, where `address` (an `AddressRequest`) is required."""

    discount: DiscountParam

    collectionPeriodDays: int
    """The number of days that Digital River attempts to collect payment if billingOptimization is true. The default
    is 30 days."""

    billingOptimization: bool
    """Indicates whether billing is optimized. The default is true."""

    items: Required[Sequence[InvoiceItemRequestParam]]

    taxInclusive: bool
    """If true, indicates that the prices supplied are tax inclusive."""

    taxIdentifiers: Sequence[TaxIdentifierReferenceParam]

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    upstreamId: str
    """The upstream identifier."""

    applicationId: str
    """The identifier of the client application that created the invoice."""


class InvoiceItemRequestParam(TypedDict, total=False):
    """An item in a request that creates an invoice."""

    skuId: str

    productDetails: ProductDetailsParam

    subscriptionInfo: SubscriptionInfoParam

    price: float

    aggregatePrice: float

    quantity: int

    discount: DiscountParam

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""


class UpdateInvoiceRequestParam(TypedDict, total=False):
    """The body of a request that updates an invoice."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""
