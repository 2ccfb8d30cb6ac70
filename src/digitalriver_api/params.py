"""Request bodies and filter values as TypedDicts, keyed by the API's own (camelCase) names.

A type checker then catches a misspelt key or a value of the wrong kind in a dict literal:
`dr.customers.create({"emial": ...})` fails `mypy --strict`. At run time they are plain dicts,
sent as given; enum fields are `Literal`s for the checker, and any string still goes through.
Written by `make generate` from the document's schemas.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

__all__ = [
    "AdditionalAddressInfoParam",
    "AddressParam",
    "BillingAdditionalAddressInfoParam",
    "BillingOptimizationParam",
    "BillingParam",
    "CheckoutRequestParam",
    "CustomerRequestParam",
    "DisclosureParam",
    "DisclosuresParam",
    "DiscountParam",
    "InvoiceItemRequestParam",
    "InvoiceRequestParam",
    "OrganizationParam",
    "ProductDetailsParam",
    "PurchaseLocationParam",
    "ShipFromParam",
    "ShippingChoiceParam",
    "ShippingParam",
    "SkuDiscountParam",
    "SkuRequestItemParam",
    "SkuUpdateRequestItemParam",
    "SubscriptionInfoParam",
    "TaxCertificateParam",
    "TaxIdentifierReferenceParam",
    "UpdateCheckoutRequestParam",
    "UpdateCustomerRequestParam",
    "UpdateInvoiceRequestParam",
]


class CustomerRequestParam(TypedDict, total=False):
    """The body of a request that creates a customer."""

    id: str
    """The unique identifier of a customer; Digital River makes one when absent."""

    email: str

    shipping: ShippingParam
    """A shipping contact."""

    defaultSourceId: str
    """The identifier of the default source attached to this customer."""

    taxCertificate: TaxCertificateParam

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    locale: str

    type: Literal["business", "individual"]
    """The type of customer."""

    enabled: bool
    """Usually used to disable the customer. The default is true."""


class ShippingParam(TypedDict, total=False):
    """A shipping contact."""

    address: AddressParam

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


class AddressParam(TypedDict, total=False):
    """Address, as a request sends it."""

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

    country: str
    """Two-letter country code."""


class AdditionalAddressInfoParam(TypedDict, total=False):
    """Additional address information."""

    neighborhood: str
    """Additional neighborhood information."""

    division: str
    """Division or department."""

    phoneticName: str
    """The phonetic name."""


class TaxCertificateParam(TypedDict, total=False):
    """TaxCertificate, as a request sends it."""

    companyName: str

    taxAuthority: str

    startDate: str | datetime.datetime

    endDate: str | datetime.datetime

    fileId: str


class UpdateCustomerRequestParam(TypedDict, total=False):
    """The body of a request that updates a customer."""

    email: str

    shipping: ShippingParam
    """A shipping contact."""

    defaultSourceId: str

    taxCertificate: TaxCertificateParam

    requestToBeForgotten: bool
    """If true, indicates this customer has submitted a request to be forgotten."""

    type: Literal["business", "individual"]
    """The type of customer."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    locale: str

    enabled: bool


class CheckoutRequestParam(TypedDict, total=False):
    """The body of a request that creates a checkout."""

    customerId: str
    """The identifier of the Customer associated with the Checkout."""

    sourceId: str
    """The unique identifier of a Source."""

    currency: str
    """A three-letter ISO 4217 currency code."""

    email: str

    locale: str

    applicationId: str
    """An arbitrary string identifier that can be used to track the application type."""

    browserIp: str
    """The IP address of the browser used by the customer when placing the order."""

    taxIdentifiers: Sequence[TaxIdentifierReferenceParam]

    shipFrom: ShipFromParam
    """Where goods ship from."""

    shipTo: ShippingParam
    """A shipping contact."""

    billTo: BillingParam
    """A billing contact."""

    organization: OrganizationParam

    shippingChoice: ShippingChoiceParam

    discount: DiscountParam

    items: Sequence[SkuRequestItemParam]

    shippingDiscount: DiscountParam

    taxInclusive: bool
    """If true, indicates that the prices supplied are tax inclusive."""

    chargeType: Literal["customer_initiated", "merchant_initiated", "moto"]
    """Represents the charge type."""

    customerType: Literal["business", "individual"]
    """The type of customer."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    purchaseLocation: PurchaseLocationParam
    """Where the purchase is made, when no ship-to address applies."""

    upstreamId: str
    """The upstream identifier."""

    billingOptimization: BillingOptimizationParam

    disclosures: DisclosuresParam

    invoiceAttributeId: str


class TaxIdentifierReferenceParam(TypedDict, total=False):
    """A tax identifier named by its id in a request."""

    id: str


class ShipFromParam(TypedDict, total=False):
    """Where goods ship from."""

    address: AddressParam

    additionalAddressInfo: AdditionalAddressInfoParam
    """Additional address information."""


class BillingParam(TypedDict, total=False):
    """A billing contact."""

    address: AddressParam

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


class ShippingChoiceParam(TypedDict, total=False):
    """ShippingChoice, as a request sends it."""

    amount: float

    taxAmount: float
    """Set by Digital River."""

    description: str

    serviceLevel: str

    shippingTerms: Literal["DDP", "DAP"]


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

    shipFrom: ShipFromParam
    """Where goods ship from."""

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

    quantity: float
    """How many units the discount applies to."""


class PurchaseLocationParam(TypedDict, total=False):
    """Where the purchase is made, when no ship-to address applies."""

    country: str

    state: str

    postalCode: str


class BillingOptimizationParam(TypedDict, total=False):
    """BillingOptimization, as a request sends it."""

    renewalAttemptNumber: float

    segmentId: str

    subscriptionId: str

    trackingId: str


class DisclosuresParam(TypedDict, total=False):
    """Disclosures, as a request sends it."""

    disclosures: Sequence[DisclosureParam]


class DisclosureParam(TypedDict, total=False):
    """Disclosure, as a request sends it."""

    type: Literal[
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

    locale: str

    browserIp: str

    applicationId: str

    taxIdentifiers: Sequence[TaxIdentifierReferenceParam]

    shipFrom: ShipFromParam
    """Where goods ship from."""

    shipTo: ShippingParam
    """A shipping contact."""

    billTo: BillingParam
    """A billing contact."""

    organization: OrganizationParam

    shippingDiscount: DiscountParam

    chargeType: Literal["customer_initiated", "merchant_initiated", "moto"]
    """Represents the charge type."""

    customerType: Literal["business", "individual"]
    """The type of customer."""

    shippingChoice: ShippingChoiceParam

    purchaseLocation: PurchaseLocationParam
    """Where the purchase is made, when no ship-to address applies."""

    items: SkuUpdateRequestItemParam
    """An item change in a request that updates a checkout."""

    upstreamId: str

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""

    billingOptimization: BillingOptimizationParam

    invoiceAttributeId: str


class SkuUpdateRequestItemParam(TypedDict, total=False):
    """An item change in a request that updates a checkout."""

    id: str

    subscriptionInfo: SubscriptionInfoParam

    shipFrom: ShipFromParam
    """Where goods ship from."""

    metadata: Mapping[str, Any]
    """Key-value pairs of the caller's own, returned as given."""


class InvoiceRequestParam(TypedDict, total=False):
    """The body of a request that creates an invoice."""

    customerId: str
    """The identifier of the invoiced customer."""

    email: str
    """The email address of the invoiced customer."""

    sourceId: str
    """The unique identifier of a Source."""

    currency: str
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

    shipTo: ShippingParam
    """A shipping contact."""

    billTo: BillingParam
    """A billing contact."""

    discount: DiscountParam

    collectionPeriodDays: int
    """The number of days that Digital River attempts to collect payment if billingOptimization is true. The default
    is 30 days."""

    billingOptimization: bool
    """Indicates whether billing is optimized. The default is true."""

    items: Sequence[InvoiceItemRequestParam]

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
