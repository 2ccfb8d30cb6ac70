"""The fake's state and the API's rules for changing it, with no HTTP in sight.

Objects are kept as the JSON the API answers (camelCase dicts), so answering is serializing and
a test can read or tweak `fake.store` directly. A collection's dict keeps insertion order,
which is creation order: "newest first" is that order reversed, a monotonic sequence that stays
stable when two objects share a millisecond timestamp.

Requests reach the store checked against the document (`_validation`). While the app processes
one, an object it creates or updates is checked once more against its own schema before it is
stored (`Store.checking`), so that nothing a request leaves can make a later answer break the
document: a failed check is a 400 and leaves the store as it was. Amounts the fake works out are
finite, or the request is refused. A test calling the store directly is not checked: it may plant
what the document does not know (a new enum value, as the API may send one).
"""

from __future__ import annotations

import contextlib
import math
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from ._http import APIError, bad_parameter

Obj = dict[str, Any]

# Fields the API sets itself; a body naming them is not refused, they are just not taken.
SERVER_FIELDS = frozenset({"id", "createdTime", "updatedTime", "liveMode"})
# The JSON types of the fields the fake relies on; other fields are kept as given.
FIELD_TYPES = {"id": str, "sourceId": str, "metadata": dict, "requestToBeForgotten": bool, "enabled": bool}
JSON_NAMES = {str: "a string", dict: "an object", bool: "a boolean"}


def now() -> str:
    """RFC 3339 in UTC with milliseconds and `Z`, as the API writes times."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


class Collection:
    def __init__(self, kind: str, derived: set[str]) -> None:
        self.kind = kind
        self.derived = frozenset(derived)  # fields the fake works out itself, never taken from a body
        self.objects: dict[str, Obj] = {}

    def get(self, object_id: str) -> Obj:
        try:
            return self.objects[object_id]
        except KeyError:
            raise APIError(404, "not_found", f"No {self.kind} with id {object_id!r}.", "id") from None

    def add(self, obj: Obj) -> Obj:
        if obj["id"] in self.objects:
            raise APIError(409, "already_exists", f"A {self.kind} with id {obj['id']!r} already exists.", "id")
        self.objects[obj["id"]] = obj
        return obj

    def delete(self, object_id: str) -> None:
        self.get(object_id)
        del self.objects[object_id]

    def newest_first(self) -> list[Obj]:
        return list(reversed(self.objects.values()))


class Store:
    def __init__(self) -> None:
        self.customers = Collection("customer", {"sources", "taxIdentifiers"})
        self.checkouts = Collection("checkout", {"payment", "sourceId"})
        self.invoices = Collection("invoice", {"payment", "sourceId", "state", "stateTransitions", "attemptCount"})
        self.check: Callable[[str, Obj], None] | None = None

    @contextlib.contextmanager
    def checking(self, check: Callable[[str, Obj], None]) -> Iterator[None]:
        """In the block, `check(kind, obj)` sees each object before it is created or updated, and may refuse it."""
        previous, self.check = self.check, check
        try:
            yield
        finally:
            self.check = previous

    def _checked(self, collection: Collection, obj: Obj) -> Obj:
        if self.check is not None:
            self.check(collection.kind, obj)
        return obj

    def update(self, collection: Collection, object_id: str, body: Obj) -> Obj:
        """Merge `body` into a copy, check it, then change the object in place (its identity kept)."""
        obj = collection.get(object_id)
        # An update's `items` may only annotate items, never reprice them: the fake leaves them be.
        updated = self._checked(collection, _touch(_merge(dict(obj), body, protected=collection.derived | {"items"})))
        obj.clear()
        obj.update(updated)
        return obj

    # --- customers ----------------------------------------------------------------------------

    def create_customer(self, body: Obj) -> Obj:
        if body.get("id") == "":
            raise bad_parameter("id", "id must not be empty.")
        defaults = {"enabled": True, "requestToBeForgotten": False, "sources": [], "taxIdentifiers": []}
        customer = _new(body.get("id") or new_id(), defaults)
        _merge(customer, body, protected=self.customers.derived)
        return self.customers.add(self._checked(self.customers, customer))

    def attach_tax_identifier(self, customer_id: str, tax_id: str) -> Obj:
        customer = self.customers.get(customer_id)
        found = _find(customer["taxIdentifiers"], tax_id)
        if found is not None:
            return found
        time = now()
        country = str(dig(customer, "shipping", "address", "country") or "DE").lower()
        tax_identifier: Obj = {"id": tax_id, "customerId": customer_id, "type": "uk" if country == "gb" else country}
        tax_identifier.update(state="pending", stateTransitions={"pending": time}, createdTime=time, updatedTime=time)
        customer["taxIdentifiers"].append(tax_identifier)
        customer["updatedTime"] = time
        return tax_identifier

    # --- checkouts and invoices ----------------------------------------------------------------

    def create_checkout(self, body: Obj) -> Obj:
        checkout = _new(new_id(), {"payment": {"sources": []}})
        _merge(checkout, body, protected=self.checkouts.derived)
        return self.checkouts.add(self._checked(self.checkouts, _priced(_with_source(checkout, body))))

    def create_invoice(self, body: Obj) -> Obj:
        state = body.get("state", "draft")
        if state not in ("draft", "open"):
            raise bad_parameter("state", "An invoice is created in state draft or open.")
        defaults = {"state": state, "stateTransitions": {}, "attemptCount": 0, "payment": {"sources": []}}
        invoice = _new(new_id(), defaults)
        _merge(invoice, body, protected=self.invoices.derived)
        if state == "open":
            invoice["stateTransitions"]["open"] = invoice["createdTime"]
        return self.invoices.add(self._checked(self.invoices, _priced(_with_source(invoice, body))))

    def move_invoice(self, invoice_id: str, from_state: str, to_state: str) -> Obj:
        """open (draft -> open) and void (open -> void); any other move is a conflict."""
        invoice = self.invoices.get(invoice_id)
        if invoice["state"] != from_state:
            message = f"The invoice is {invoice['state']}; only a {from_state} invoice can become {to_state}."
            raise APIError(409, "invalid_state", message, "state")
        time = now()
        invoice.update(state=to_state, updatedTime=time)
        invoice["stateTransitions"][to_state] = time
        return invoice

    # --- sources -------------------------------------------------------------------------------

    def attach_source(self, collection: Collection, owner_id: str, source_id: str) -> Obj:
        """Attach a chargeable card; attaching the same source again answers it unchanged."""
        owner = collection.get(owner_id)
        sources = self._sources(collection, owner)
        found = _find(sources, source_id)
        if found is None:
            found = source(source_id, owner["id"] if collection is self.customers else owner.get("customerId"))
            sources.append(found)
            owner["updatedTime"] = found["createdTime"]
        return found

    def detach_source(self, collection: Collection, owner_id: str, source_id: str) -> None:
        owner = collection.get(owner_id)
        sources = self._sources(collection, owner)
        found = _find(sources, source_id)
        if found is None:
            raise APIError(404, "not_found", f"No source {source_id!r} on {collection.kind} {owner_id!r}.", "sourceId")
        sources.remove(found)
        if owner.get("defaultSourceId") == source_id:
            del owner["defaultSourceId"]
        owner["updatedTime"] = now()

    def _sources(self, collection: Collection, owner: Obj) -> list[Obj]:
        """A customer's sources are at its top; a checkout's and an invoice's are in its payment."""
        holder = owner if collection is self.customers else owner.setdefault("payment", {})
        sources: list[Obj] = holder.setdefault("sources", [])
        return sources


def source(source_id: str, customer_id: str | None) -> Obj:
    """A reusable, chargeable card: the fake has no payment flow that could make it anything else."""
    card = {"brand": "Visa", "lastFourDigits": "1111", "expirationMonth": 12, "expirationYear": 2030}
    made: Obj = {"id": source_id, "type": "creditCard", "creditCard": card, "flow": "standard", "state": "chargeable"}
    made.update(reusable=True, createdTime=now(), liveMode=False)
    return made if customer_id is None else {**made, "customerId": customer_id}


def _new(object_id: str, defaults: Obj) -> Obj:
    time = now()
    return {"id": object_id, "createdTime": time, "updatedTime": time, "liveMode": False, **defaults}


def _merge(obj: Obj, body: Obj, *, protected: Iterable[str]) -> Obj:
    """Apply the given fields: `metadata` key by key, `null` removes; the rest replace."""
    for name, kind in FIELD_TYPES.items():
        if body.get(name) is not None and not isinstance(body[name], kind):
            raise bad_parameter(name, f"{name} must be {JSON_NAMES[kind]}.")
    skipped = SERVER_FIELDS.union(protected)
    for key, value in body.items():
        if key in skipped:
            continue
        if value is None:
            obj.pop(key, None)
        elif key == "metadata":
            metadata = {**obj.get("metadata", {}), **value}
            obj["metadata"] = {k: v for k, v in metadata.items() if v is not None}
        elif key == "taxCertificate":  # a request names one certificate; the object lists them all
            obj["taxCertificates"] = [*obj.get("taxCertificates", []), value]
        elif key == "items":
            obj["items"] = _items(value)
        else:
            obj[key] = value
    return obj


def _touch(obj: Obj) -> Obj:
    obj["updatedTime"] = now()
    return obj


def _items(given: Any) -> list[Obj]:
    """Request items become priced items: `amount` is `price * quantity` (or `aggregatePrice`)."""
    if not isinstance(given, list) or not all(isinstance(item, dict) for item in given):
        raise bad_parameter("items", "items must be an array of objects.")
    items = []
    for index, item in enumerate(given):
        quantity = item.get("quantity", 1)
        whole = isinstance(quantity, int) or (isinstance(quantity, float) and quantity.is_integer())
        if isinstance(quantity, bool) or not whole or quantity < 0:
            raise bad_parameter(f"items[{index}].quantity", "quantity must be a non-negative integer.")
        for name in ("price", "aggregatePrice"):
            if isinstance(item.get(name), bool) or not isinstance(item.get(name, 0), int | float):
                raise bad_parameter(f"items[{index}].{name}", f"{name} must be a number.")
        where = f"items[{index}]"
        try:
            amount = round(item.get("aggregatePrice", item.get("price", 0) * quantity), 2)
        except OverflowError:  # a float price times an integer quantity too large for a float
            amount = math.inf
        amount = _finite(amount, where)
        items.append({"id": new_id(), **item, "quantity": quantity, "amount": amount, "tax": {"rate": 0, "amount": 0}})
    return items


def _finite(amount: Any, parameter: str) -> Any:
    """An amount the fake worked out, refused (400) when it is no finite number (`1e308 * 10`)."""
    if isinstance(amount, float) and not math.isfinite(amount):
        raise bad_parameter(parameter, f"The amount of {parameter} is too large for a number.")
    return amount


def _priced(obj: Obj) -> Obj:
    try:
        subtotal = round(sum(item.get("amount", 0) for item in obj.get("items", [])), 2)
    except OverflowError:
        subtotal = math.inf
    subtotal = _finite(subtotal, "items")
    obj.update(subtotal=subtotal, totalTax=0, totalFees=0, totalDuty=0, totalDiscount=0, totalShipping=0)
    obj["totalAmount"] = subtotal
    return obj


def _with_source(obj: Obj, body: Obj) -> Obj:
    if body.get("sourceId"):
        obj["payment"]["sources"].append(source(body["sourceId"], obj.get("customerId")))
    return obj


def dig(obj: Any, *keys: str) -> Any:
    """`obj[k1][k2]...`, or None as soon as a step is missing or not an object."""
    for key in keys:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


def _find(objects: list[Obj], object_id: Any) -> Obj | None:
    return next((obj for obj in objects if obj.get("id") == object_id), None)
