"""Our document beside Digital River's own: every difference is in ALLOWED, with its reason, or the test fails.

Digital River publishes an OpenAPI document of its whole API; `tests/reference/` holds the version of 2024-06-17 as
published. For each of our operations, matched by method and path (the operationIds differ), the comparison walks
both documents through every `$ref` and `allOf` and reports, one line per difference:

- parameters: presence, `required`, `style` and `explode` (with OpenAPI's defaults), schema types and enums;
- request bodies: presence, `required`, media types, and every field: presence, type, enum, nullability, `required`,
  and fields Digital River marks `readOnly` (not to be sent);
- responses: the statuses, and for each status both declare, the media types and every field of the body: presence,
  type, enum, nullability. Not `required`: our responses require the ids of customers, checkouts, invoices and
  sources and a page's `hasMore` and `data`, whatever Digital River's document requires, so that an answer it
  allows is never refused (a test below holds them to that).

A field's line names the schema of ours that declares it (`request Address.country`, `response Source.state`), so a
schema that many operations share shows a difference once; the failure message lists where it was seen. Types are
compared as JSON has them, with the formats that say more than the JSON type (`date-time`, `email`, `uuid`):
Digital River's `number` with `format: double` is a number, and `number` with `format: integer` an integer.

When Digital River publishes a new document, vendor it beside this one, point REFERENCE_PATH at it and run this
test: the lines it prints are the diff to read. Each is either a change to make in `openapi/digitalriver.yaml`, or a
decision to record in ALLOWED with the evidence for it (the API reference pages come first), said again in the
document (an `x-decision` or its conventions) and in the README.

What our document adds and Digital River's lacks (an operation, a parameter, a field: "missing in theirs") may
instead say why where it is added, with an `x-decision` on that operation, parameter or property: a maintainer
adding to the API then edits the document alone. The comparison lists those as explained, not as differences.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from .document import DOCUMENT, HTTP_METHODS, resolve

REFERENCE_PATH = Path(__file__).resolve().parent / "reference" / "digitalriver-openapi-2024-06-17.json"
SCHEMAS = "#/components/schemas/"
# Formats that only say how a number is stored; a value of any of them is just a JSON number.
STORAGE_FORMATS = {"double", "float", "int32", "int64"}
DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def load_reference() -> dict[str, Any]:
    with REFERENCE_PATH.open(encoding="utf-8") as f:
        document: dict[str, Any] = json.load(f)
    return document


REFERENCE = load_reference()


class Shape(NamedTuple):
    """What a schema says about a value, with `$ref`s followed and `allOf` parts merged."""

    type: str  # "string", "string(date-time)", "integer", "object", "array", ... or "any"
    enum: frozenset[str] | None
    nullable: bool
    read_only: bool
    properties: dict[str, tuple[dict[str, Any], str]]  # name: (schema, the schema of ours that declares it)
    required: frozenset[str]
    additional: Any  # additionalProperties: absent (None), True, False, or a schema of the values
    items: dict[str, Any] | None


def shape(node: dict[str, Any], document: dict[str, Any], owner: str) -> tuple[Shape, str]:
    """The Shape of a schema, and the name its fields are reported under: its own, or else `owner`."""
    ref = node.get("$ref", "")
    node = resolve(node, document)
    name = ref.removeprefix(SCHEMAS) if ref.startswith(SCHEMAS) else owner
    properties: dict[str, tuple[dict[str, Any], str]] = {}
    required = set(node.get("required", []))
    types: list[Any] = []
    enum = node.get("enum")
    additional = node.get("additionalProperties")
    items = node.get("items")
    for part in node.get("allOf", []):
        sub, _ = shape(part, document, name)
        properties.update(sub.properties)
        required |= sub.required
        types.append(sub.type)
        if sub.enum is not None and enum is None:
            enum = sorted(sub.enum)
        if additional is None:
            additional = sub.additional
        items = items or sub.items
    properties.update({key: (value, name) for key, value in node.get("properties", {}).items()})

    declared = node.get("type")
    nullable = bool(node.get("nullable", False))
    if isinstance(declared, list):  # OpenAPI 3.1: type: [string, "null"]
        nullable = nullable or "null" in declared
        declared = "|".join(t for t in declared if t != "null")
    if declared is None:
        known = [t for t in types if t != "any"]
        declared = known[0] if known else ("object" if properties or additional is not None else "any")
    fmt = node.get("format")
    if declared == "number" and fmt in ("integer", "int32", "int64"):
        declared, fmt = "integer", None
    if fmt in STORAGE_FORMATS:
        fmt = None
    return (
        Shape(
            type=f"{declared}({fmt})" if fmt else declared,
            enum=frozenset(str(v) for v in enum) if enum is not None else None,
            nullable=nullable,
            read_only=bool(node.get("readOnly", False)),
            properties=properties,
            required=frozenset(required),
            additional=additional,
            items=items,
        ),
        name,
    )


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


class Comparison:
    """The differences between our document and Digital River's, each with the places it was seen."""

    def __init__(self, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        self.ours, self.theirs = ours, theirs
        self.found: dict[str, set[str]] = defaultdict(set)
        self.explained: dict[str, str] = {}  # additions of ours whose `x-decision` says why
        self.common_fields: set[str] = set()  # fields both declare, as "request Address.country"
        self.operations: list[str] = []  # ours found in theirs, as "GET /customers"
        # Nullability differs field by field but is one decision per schema: one line per schema and side.
        self._nullable: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._nullable_where: dict[tuple[str, str], set[str]] = defaultdict(set)
        for path, item in ours["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    self._operation(method, path)
        for (schema, side), fields in self._nullable.items():
            for where in self._nullable_where[schema, side]:
                self._note(f"{schema}: nullable in {side} only: {_values(frozenset(fields))}", where)

    def _note(self, line: str, where: str) -> None:
        self.found[line].add(where)

    def _added(self, line: str, where: str, node: Any, document: dict[str, Any]) -> None:
        """Something only ours has: explained when the document says why on it (`x-decision`)."""
        why = node.get("x-decision") or resolve(node, document).get("x-decision") if isinstance(node, dict) else None
        if isinstance(why, str) and why.strip():
            self.explained[line] = why
        else:
            self._note(line, where)

    def _operation(self, method: str, path: str) -> None:
        label = f"{method.upper()} {path}"
        ours_item, theirs_item = self.ours["paths"][path], self.theirs["paths"].get(path, {})
        if method not in theirs_item:
            self._added(f"{label}: missing in theirs", label, ours_item[method], self.ours)
            return
        ours_op, theirs_op = ours_item[method], theirs_item[method]
        self.operations.append(label)
        self._parameters(label, ours_item, ours_op, theirs_item, theirs_op)
        self._request_body(label, ours_op.get("requestBody"), theirs_op.get("requestBody"))
        self._responses(label, ours_op["responses"], theirs_op["responses"])

    # --- parameters -------------------------------------------------------------------------------------
    def _parameters(
        self, label: str, ours_item: dict[str, Any], ours_op: dict[str, Any], theirs_item: Any, theirs_op: Any
    ) -> None:
        def collect(item: dict[str, Any], op: dict[str, Any], document: dict[str, Any]) -> dict[tuple[str, str], Any]:
            params = [resolve(p, document) for p in item.get("parameters", []) + op.get("parameters", [])]
            return {(p["in"], p["name"]): p for p in params}

        ours, theirs = collect(ours_item, ours_op, self.ours), collect(theirs_item, theirs_op, self.theirs)
        for key in sorted(ours.keys() | theirs.keys()):
            where = f"{label} {key[0]} {key[1]}"
            if key not in theirs:
                self._added(f"{where}: missing in theirs", where, ours[key], self.ours)
                continue
            if key not in ours:
                self._note(f"{where}: missing in ours", where)
                continue
            mine, other = ours[key], theirs[key]
            for attribute, get in (
                ("required", lambda p: bool(p.get("required", False))),
                ("style", lambda p: p.get("style", DEFAULT_STYLE[p["in"]])),
                ("explode", lambda p: p.get("explode", p.get("style", DEFAULT_STYLE[p["in"]]) == "form")),
            ):
                if get(mine) != get(other):
                    self._note(
                        f"{where}: {attribute} {json.dumps(get(mine))} in ours, {json.dumps(get(other))} in theirs",
                        where,
                    )
            self._schemas(mine["schema"], other["schema"], where, "request", where, ())

    # --- bodies -----------------------------------------------------------------------------------------
    def _request_body(self, label: str, ours: Any, theirs: Any) -> None:
        where = f"{label} request body"
        if ours is None or theirs is None:
            if ours is not theirs:
                self._note(f"{where}: missing in {'theirs' if theirs is None else 'ours'}", where)
            return
        ours, theirs = resolve(ours, self.ours), resolve(theirs, self.theirs)
        mine, other = ("required" if bool(body.get("required")) else "optional" for body in (ours, theirs))
        if mine != other:
            self._note(f"{where}: {mine} in ours, {other} in theirs", where)
        self._contents(where, ours.get("content", {}), theirs.get("content", {}), "request")

    def _responses(self, label: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        only_ours, only_theirs = ours.keys() - theirs.keys(), theirs.keys() - ours.keys()
        if only_ours:
            self._note(f"{label}: statuses only in ours: {_values(frozenset(only_ours))}", label)
        if only_theirs:
            self._note(f"{label}: statuses only in theirs: {_values(frozenset(only_theirs))}", label)
        for status in sorted(ours.keys() & theirs.keys()):
            mine, other = resolve(ours[status], self.ours), resolve(theirs[status], self.theirs)
            self._contents(f"{label} {status}", mine.get("content", {}), other.get("content", {}), "response")

    def _contents(self, where: str, ours: dict[str, Any], theirs: dict[str, Any], direction: str) -> None:
        if ours.keys() != theirs.keys():
            self._note(
                f"{where}: media types {_values(frozenset(ours))} in ours, {_values(frozenset(theirs))} in theirs",
                where,
            )
        for media in sorted(ours.keys() & theirs.keys()):
            if "schema" in ours[media] or "schema" in theirs[media]:
                self._schemas(
                    ours[media].get("schema", {}), theirs[media].get("schema", {}), where, direction, where, ()
                )

    # --- schemas ----------------------------------------------------------------------------------------
    def _schemas(
        self,
        ours_node: dict[str, Any],
        theirs_node: dict[str, Any],
        label: str,
        direction: str,
        where: str,
        seen: tuple[tuple[int, int], ...],
        field: tuple[str, str] | None = None,
    ) -> None:
        """Compare one value's schemas; `label` names the value in difference lines, `where` in the places seen.

        `field` is (the schema that declares the value, its key) when the value is a field of an object.
        """
        ours, name = shape(ours_node, self.ours, label)
        theirs, _ = shape(theirs_node, self.theirs, label)
        pair = (id(resolve(ours_node, self.ours)), id(resolve(theirs_node, self.theirs)))
        if pair in seen:
            return
        seen = (*seen, pair)
        prefix = label if label.startswith(("GET ", "POST ", "DELETE ", "PUT ", "PATCH ")) else f"{direction} {label}"
        if ours.type != theirs.type:
            self._note(f"{prefix}: type {ours.type} in ours, {theirs.type} in theirs", where)
            return
        if ours.enum != theirs.enum:
            if ours.enum is None or theirs.enum is None:
                side = "ours" if theirs.enum is None else "theirs"
                self._note(
                    f"{prefix}: an enum only in {side}: {_values(ours.enum or theirs.enum or frozenset())}", where
                )
            else:
                if ours.enum - theirs.enum:
                    self._note(f"{prefix}: enum values only in ours: {_values(ours.enum - theirs.enum)}", where)
                if theirs.enum - ours.enum:
                    self._note(f"{prefix}: enum values only in theirs: {_values(theirs.enum - ours.enum)}", where)
        if ours.nullable != theirs.nullable:
            side = "ours" if ours.nullable else "theirs"
            if field is None:
                self._note(f"{prefix}: nullable in {side} only", where)
            else:
                self._nullable[f"{direction} {field[0]}", side].add(field[1])
                self._nullable_where[f"{direction} {field[0]}", side].add(where)
        if ours.type == "array" and ours.items is not None and theirs.items is not None:
            self._schemas(ours.items, theirs.items, f"{label}[]", direction, f"{where}[]", seen)
        if ours.type == "object":
            self._objects(ours, theirs, name, direction, where, seen)

    def _objects(
        self, ours: Shape, theirs: Shape, name: str, direction: str, where: str, seen: tuple[tuple[int, int], ...]
    ) -> None:
        prefix = f"{direction} {name}"
        theirs_properties = dict(theirs.properties)
        read_only: set[str] = set()
        if direction == "request":  # a read-only field is not part of a request
            for key, (schema, _) in theirs.properties.items():
                if shape(schema, self.theirs, name)[0].read_only:
                    read_only.add(key)
                    del theirs_properties[key]
        if (
            ours.properties
            and not theirs_properties
            and isinstance(theirs.additional, dict)
            and ours.additional is False
        ):
            # Their open map against our closed set of keys: the keys differ once, the values may too.
            self._note(f"{prefix}: keys {', '.join(ours.properties)} in ours, any key in theirs", where)
            for key, (schema, _) in ours.properties.items():
                self._schemas(schema, theirs.additional, f"{name}.*", direction, f"{where}.{key}", seen)
            return
        if (ours.additional is False) != (theirs.additional is False):
            side = "ours" if ours.additional is False else "theirs"
            self._note(f"{prefix}: unknown keys refused in {side} only", where)
        for key in sorted(ours.properties.keys() | theirs_properties.keys() | read_only):
            owner = ours.properties[key][1] if key in ours.properties else name
            field, place = f"{direction} {owner}.{key}", f"{where}.{key}"
            if key in read_only:
                if key in ours.properties:
                    self._note(f"{field}: read-only in theirs", place)
                continue
            if key not in theirs_properties:
                self._added(f"{field}: missing in theirs", place, ours.properties[key][0], self.ours)
                continue
            if key not in ours.properties:
                self._note(f"{field}: missing in ours", place)
                continue
            self.common_fields.add(field)
            if direction == "request" and (key in ours.required) != (key in theirs.required):
                side = "ours" if key in ours.required else "theirs"
                self._note(f"{field}: required in {side} only", place)
            self._schemas(
                ours.properties[key][0],
                theirs_properties[key][0],
                f"{owner}.{key}",
                direction,
                place,
                seen,
                (owner, key),
            )


def compare(ours: dict[str, Any], theirs: dict[str, Any]) -> Comparison:
    return Comparison(ours, theirs)


def problems(comparison: Comparison, allowed: dict[str, str]) -> list[str]:
    """What a maintainer must read: differences not allowed, and allowed ones that are gone."""
    unexpected = sorted(set(comparison.found) - set(allowed))
    stale = sorted(set(allowed) - set(comparison.found))
    report = []
    if unexpected:
        report.append(f"{len(unexpected)} difference(s) from Digital River's document not in ALLOWED:")
        for line in unexpected:
            places = sorted(comparison.found[line])
            more = f", … ({len(places)} places)" if len(places) > 3 else ""
            report += [f"  {line}", f"      at {', '.join(places[:3])}{more}"]
        report.append("Change openapi/digitalriver.yaml, or add each line to ALLOWED with the evidence for keeping it.")
    if stale:
        report.append(f"{len(stale)} ALLOWED entr{'y' if len(stale) == 1 else 'ies'} matching no difference; delete:")
        report += [f"  {line}" for line in stale]
    report += [f"ALLOWED[{line!r}] gives no reason" for line, reason in allowed.items() if len(reason.strip()) < 20]
    return report


# --- what we keep different, and why ------------------------------------------------------------------
# Reasons that several lines share; openapi/digitalriver.yaml says the same in its conventions (info.description).
NULLABLE = (
    "No field of ours is nullable: the models keep a null in any field (README: The models), and a nullable type "
    "would make the field a union, which the generator's templates do not read lazily and losslessly."
)
EMAIL = (
    "Emails are plain strings: the pages' examples, kept verbatim, show addresses as `[email protected]`, which "
    "`format: email` refuses."
)
UUID = (
    "Ids are plain strings: ids on the pages are not all UUIDs (a source `src_a78cfeae-f7ae-4719-8e1c-d05ec04e4d37`, "
    "a tax identifier `5774321009`), and the SDK takes any id."
)
BODY = (
    "Digital River's document leaves `required` out of every request body; a create or an update without a body "
    "means nothing, and the SDK always sends one."
)
COMMA_JOINED = (
    "Comma-joined (`ids=a,b`) on every list: Digital River's document joins `ids` so on GET /customers, one API does "
    "not parse the same filter two ways, and its PHP SDK passes each of these filters as one string."
)
FILTER_ENUM = (
    "The filter takes the values of the field it filters, which both documents enumerate; Digital River's document "
    "types the filter as any string."
)
RANGE_KEYS = (
    "The five bounds that Digital River's document describes, as properties, and no other key, so that a misspelt "
    "bound fails validation instead of being ignored; `eq` says what its bare value says."
)
LANGUAGE_NO = (
    "`no` (Norwegian) where Digital River's list has `false`, between `nl` and `pl`: a YAML reader turns a bare `no` "
    "into the boolean false."
)
LANGUAGE_ONE = (
    "One Language enum for a checkout, its creation and its update; Digital River's document lists `he` and `sl` "
    "for the update only."
)

ALLOWED: dict[str, str] = {
    # Parameters
    "GET /checkouts query ids: explode false in ours, true in theirs": COMMA_JOINED,
    "GET /checkouts query upstreamIds: explode false in ours, true in theirs": COMMA_JOINED,
    "GET /invoices query ids: explode false in ours, true in theirs": COMMA_JOINED,
    "GET /invoices query upstreamIds: explode false in ours, true in theirs": COMMA_JOINED,
    "request TimeRange: keys eq, gt, gte, lt, lte in ours, any key in theirs": RANGE_KEYS,
    "request AmountRange: keys eq, gt, gte, lt, lte in ours, any key in theirs": RANGE_KEYS,
    "request CountRange: keys eq, gt, gte, lt, lte in ours, any key in theirs": RANGE_KEYS,
    "request AmountRange.*: type number in ours, string in theirs": (
        "Bounds are numbers, as the amounts they bound (`totalAmount`, `items[].price`) are in both documents; "
        "Digital River's string is the form a query string carries, its examples are numbers "
        "(`totalAmount[gt]=20.99`), and a string would let any text through."
    ),
    "request CountRange.*: type integer in ours, string in theirs": (
        "Bounds are integers, as `attemptCount` is in both documents; Digital River's example is the number 2."
    ),
    "GET /checkouts query chargeType: an enum only in ours: customer_initiated, merchant_initiated, moto": FILTER_ENUM,
    "GET /checkouts query customerType: an enum only in ours: business, individual": FILTER_ENUM,
    "GET /invoices query state: an enum only in ours: draft, open, paid, uncollectible, void": FILTER_ENUM,
    "POST /customers/{id}/sources/{sourceId} path sourceId: type string in ours, string(uuid) in theirs": UUID,
    "DELETE /customers/{id}/sources/{sourceId} path sourceId: type string in ours, string(uuid) in theirs": UUID,
    "POST /customers/{id}/tax-identifiers/{taxId} path taxId: type string in ours, string(uuid) in theirs": UUID,
    # Request bodies
    "POST /customers request body: required in ours, optional in theirs": BODY,
    "POST /customers/{id} request body: required in ours, optional in theirs": BODY,
    "POST /checkouts request body: required in ours, optional in theirs": BODY,
    "POST /checkouts/{id} request body: required in ours, optional in theirs": BODY,
    "POST /invoices request body: required in ours, optional in theirs": BODY,
    "POST /invoices/{id} request body: required in ours, optional in theirs": BODY,
    "request CustomerRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request UpdateCustomerRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request CheckoutRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request UpdateCheckoutRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request InvoiceRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request ShippingRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request BillingRequest.email: type string in ours, string(email) in theirs": EMAIL,
    "request CheckoutRequest.language: enum values only in ours: he, no, sl": f"{LANGUAGE_ONE} {LANGUAGE_NO}",
    "request CheckoutRequest.language: enum values only in theirs: false": LANGUAGE_NO,
    "request UpdateCheckoutRequest.language: enum values only in ours: no": LANGUAGE_NO,
    "request UpdateCheckoutRequest.language: enum values only in theirs: false": LANGUAGE_NO,
    "request UpdateCheckoutRequest.applicationId: read-only in theirs": (
        "The update-checkout page lists `applicationId` among the fields of the body."
    ),
    "request AdditionalAddressInfo: nullable in theirs only: division, neighborhood, phoneticName": NULLABLE,
    "request Address: nullable in theirs only: city, line1, postalCode, state": NULLABLE,
    "request BillingAdditionalAddressInfo: nullable in theirs only: title": NULLABLE,
    "request BillingRequest: nullable in theirs only: name, organization, phone": NULLABLE,
    "request CheckoutRequest: nullable in theirs only: shippingChoice": NULLABLE,
    "request InvoiceItemRequest: nullable in theirs only: quantity, skuId": NULLABLE,
    "request ShippingRequest: nullable in theirs only: name, organization, phone": NULLABLE,
    "request SkuRequestItem: nullable in theirs only: quantity": NULLABLE,
    "request UpdateCheckoutRequest: nullable in theirs only: shippingChoice": NULLABLE,
    # Responses
    "response Customer.email: type string in ours, string(email) in theirs": EMAIL,
    "response Checkout.email: type string in ours, string(email) in theirs": EMAIL,
    "response Invoice.email: type string in ours, string(email) in theirs": EMAIL,
    "response Shipping.email: type string in ours, string(email) in theirs": EMAIL,
    "response Billing.email: type string in ours, string(email) in theirs": EMAIL,
    "response Customer.defaultSourceId: type string in ours, string(uuid) in theirs": UUID,
    "response Checkout.language: enum values only in ours: he, no, sl": f"{LANGUAGE_ONE} {LANGUAGE_NO}",
    "response Checkout.language: enum values only in theirs: false": LANGUAGE_NO,
    "response Source.state: enum values only in ours: canceled, pending": (
        "The Customer object page lists `canceled` and `pending` among a source's states, Digital River's document "
        "the others; a source may be in any state either names."
    ),
    "response Source.type: enum values only in ours: payCo": (
        "A source has a `payCo` object in both documents, and its type names the object that holds its details "
        "(the Customer object page)."
    ),
    "response AdditionalAddressInfo: nullable in theirs only: division, neighborhood, phoneticName": NULLABLE,
    "response Address: nullable in theirs only: city, line1, postalCode, state": NULLABLE,
    "response Billing: nullable in theirs only: name, organization, phone": NULLABLE,
    "response BillingAdditionalAddressInfo: nullable in theirs only: title": NULLABLE,
    "response Checkout: nullable in theirs only: importerOfRecordTax, shippingChoice": NULLABLE,
    "response Customer: nullable in theirs only: enabled": NULLABLE,
    "response Invoice: nullable in theirs only: importerOfRecordTax": NULLABLE,
    "response InvoiceStateTransitions: nullable in theirs only: draft, open, paid, uncollectible, void": NULLABLE,
    "response Owner: nullable in theirs only: organization": NULLABLE,
    "response Shipping: nullable in theirs only: name, organization, phone": NULLABLE,
    "response TaxIdentifier: nullable in theirs only: customerId, stateTransitions, verifiedAddress, verifiedName": (
        NULLABLE
    ),
    "response TaxIdentifierStateTransitions: nullable in theirs only: not_valid, pending, verified": NULLABLE,
}
# What our responses require. Anything more would refuse answers that Digital River's document allows.
RESPONSE_REQUIRED = {
    "Customer.id",
    "Checkout.id",
    "Invoice.id",
    "Source.id",
    "ListCustomersResponse.hasMore",
    "ListCustomersResponse.data",
    "ListCheckoutsResponse.hasMore",
    "ListCheckoutsResponse.data",
    "ListInvoicesResponse.hasMore",
    "ListInvoicesResponse.data",
}
# The vendored document, as Digital River published it: a new one goes beside it, under its own date.
REFERENCE_SHA256 = "6993d2430e010891f13a3c87c0d30b92e0063f9429809d60a82dd5d93667ff31"


def test_our_document_agrees_with_digital_rivers_or_says_why() -> None:
    report = problems(compare(DOCUMENT, REFERENCE), ALLOWED)
    assert not report, "\n".join(report)


def test_every_operation_of_ours_is_compared() -> None:
    comparison = compare(DOCUMENT, REFERENCE)
    assert len(comparison.operations) == 24  # each of ours found in theirs by method and path
    # Both documents declare these many fields of our operations' bodies; the comparison reads them all.
    assert len(comparison.common_fields) >= 550


def test_the_reference_is_the_published_document() -> None:
    assert hashlib.sha256(REFERENCE_PATH.read_bytes()).hexdigest() == REFERENCE_SHA256


def _customer_gains_a_field(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    theirs["components"]["schemas"]["Customer"]["properties"]["loyaltyTier"] = {"type": "string"}


def _a_source_state_is_dropped(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    ours["components"]["schemas"]["SourceState"]["enum"].remove("failed")


def _ids_are_exploded(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    ours["components"]["parameters"]["ids"]["explode"] = True


def _a_status_is_added(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    ours["paths"]["/customers"]["get"]["responses"]["418"] = {"$ref": "#/components/responses/Error"}


def _an_email_becomes_required(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    theirs["components"]["schemas"]["CustomerRequest"].setdefault("required", []).append("email")


def _an_amount_becomes_a_string(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    ours["components"]["schemas"]["Checkout"]["properties"]["totalAmount"] = {"type": "string"}


def _a_filter_disappears(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    params = theirs["paths"]["/invoices"]["get"]["parameters"]
    params[:] = [p for p in params if p.get("name") != "createdTime"]


def _a_field_becomes_nullable(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    theirs["components"]["schemas"]["Customer"]["properties"]["locale"]["nullable"] = True


@pytest.mark.parametrize(
    ("mutate", "changed"),
    [
        (_customer_gains_a_field, {"+response Customer.loyaltyTier: missing in ours"}),
        (_a_source_state_is_dropped, {"+response Source.state: enum values only in theirs: failed"}),
        (
            _ids_are_exploded,
            {
                "+GET /customers query ids: explode true in ours, false in theirs",
                "-GET /checkouts query ids: explode false in ours, true in theirs",
                "-GET /invoices query ids: explode false in ours, true in theirs",
            },
        ),
        (_a_status_is_added, {"+GET /customers: statuses only in ours: 418"}),
        (_an_email_becomes_required, {"+request CustomerRequest.email: required in theirs only"}),
        (_an_amount_becomes_a_string, {"+response Checkout.totalAmount: type string in ours, number in theirs"}),
        (_a_filter_disappears, {"+GET /invoices query createdTime: missing in theirs"}),
        (
            _a_field_becomes_nullable,
            {
                "-response Customer: nullable in theirs only: enabled",
                "+response Customer: nullable in theirs only: enabled, locale",
            },
        ),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else "",
)
def test_the_comparison_reports_a_planted_difference(mutate: Any, changed: set[str]) -> None:
    ours, theirs = copy.deepcopy(DOCUMENT), copy.deepcopy(REFERENCE)
    mutate(ours, theirs)
    before, after = set(compare(DOCUMENT, REFERENCE).found), set(compare(ours, theirs).found)
    assert {f"+{line}" for line in after - before} | {f"-{line}" for line in before - after} == changed


def test_a_difference_not_allowed_and_a_stale_entry_both_fail() -> None:
    comparison = compare(DOCUMENT, REFERENCE)
    allowed = dict(ALLOWED)
    dropped = "response Source.type: enum values only in ours: payCo"
    del allowed[dropped]
    allowed["response Customer.nickname: missing in ours"] = "A field Digital River once declared."
    report = problems(comparison, allowed)
    assert f"  {dropped}" in report
    assert "  response Customer.nickname: missing in ours" in report
    assert problems(comparison, {**ALLOWED, dropped: "?"}) == [f"ALLOWED[{dropped!r}] gives no reason"]


def test_an_addition_explained_in_the_document_needs_no_entry() -> None:
    ours = copy.deepcopy(DOCUMENT)
    ours["components"]["schemas"]["Customer"]["properties"]["loyaltyTier"] = {"type": "string"}
    assert "  response Customer.loyaltyTier: missing in theirs" in problems(compare(ours, REFERENCE), ALLOWED)
    why = "The API answers it since 2025; Digital River's document of 2024 predates it."
    ours["components"]["schemas"]["Customer"]["properties"]["loyaltyTier"]["x-decision"] = why
    comparison = compare(ours, REFERENCE)
    assert problems(comparison, ALLOWED) == []
    assert comparison.explained["response Customer.loyaltyTier: missing in theirs"] == why
    ours["paths"]["/customers/{id}"]["patch"] = {"responses": {"204": {"description": "ok"}}}
    assert "  PATCH /customers/{id}: missing in theirs" in problems(compare(ours, REFERENCE), ALLOWED)


def test_responses_require_no_more_than_the_ids_and_a_page() -> None:
    required: set[str] = set()

    def walk(node: dict[str, Any], owner: str, seen: frozenset[int]) -> None:
        found, name = shape(node, DOCUMENT, owner)
        key = id(resolve(node, DOCUMENT))
        if key in seen:
            return
        seen = seen | {key}
        required.update(
            f"{found.properties[field][1] if field in found.properties else name}.{field}" for field in found.required
        )
        if found.items is not None:
            walk(found.items, name, seen)
        for schema, _ in found.properties.values():
            walk(schema, name, seen)

    for path, item in DOCUMENT["paths"].items():
        for method in HTTP_METHODS:
            for response in item.get(method, {}).get("responses", {}).values():
                for media in resolve(response).get("content", {}).values():
                    walk(media["schema"], f"{method.upper()} {path}", frozenset())
    assert required == RESPONSE_REQUIRED
