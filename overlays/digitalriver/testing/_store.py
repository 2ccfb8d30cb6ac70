"""The fake's state and the API's rules for changing it, with no HTTP in sight.

Objects are kept as the JSON the API answers (camelCase dicts), so answering is serializing and
a test can read or tweak `fake.store` directly. A collection's dict keeps insertion order.

Lists go newest first, by `createdTime`, and objects created in the same millisecond by the
order they were created in. Each collection keeps an index in that order (a sorted list of
`(createdTime in microseconds, sequence)`), so a page costs a binary search and the objects on
it, whether it starts at a cursor or at a time: not a pass over the whole collection. The index
follows `add` and `delete`; it is rebuilt when it finds the dict changed behind its back (a
test's `objects.clear()`) or an object's `createdTime` set in place (objects are kept as
`Stored`, dicts that notice).

Every change of an object sets its `updatedTime`, and the fake's clock never goes back, so a
change is never older than the one before it.

Requests reach the store checked against the document (`_validation`). While the app processes
one, an object it creates or updates is checked once more against its own schema before it is
stored (`Store.checking`), so that nothing a request leaves can make a later answer break the
document: a failed check is a 400 and leaves the store as it was. Amounts the fake works out are
finite, or the request is refused. A test calling the store directly is not checked: it may plant
what the document does not know (a new enum value, as the API may send one).
"""

from __future__ import annotations

import contextlib
import copy
import math
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from ._http import APIError, bad_parameter

Obj = dict[str, Any]

# Fields the API sets itself; a body naming them is not refused, they are just not taken.
SERVER_FIELDS = frozenset({"id", "createdTime", "updatedTime", "liveMode"})
# The JSON types of the fields the fake relies on; other fields are kept as given.
FIELD_TYPES = {"id": str, "sourceId": str, "metadata": dict, "requestToBeForgotten": bool, "enabled": bool}
JSON_NAMES = {str: "a string", dict: "an object", bool: "a boolean"}


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
OLDEST = -(2**63)  # the index key of an object without a readable createdTime: it sorts first
_latest = ""


def now() -> str:
    """RFC 3339 in UTC with milliseconds and `Z`, as the API writes times; never earlier than the last one."""
    global _latest
    text = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    _latest = max(_latest, text)  # one format throughout, so the strings compare as the times do
    return _latest


def time_key(value: Any) -> int | None:
    """An RFC 3339 time as integer microseconds since 1970 (UTC when it names no offset); None if unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // timedelta(microseconds=1)


def new_id() -> str:
    return str(uuid.uuid4())


Key = tuple[int, int]  # (createdTime in microseconds, the order of creation)


class Stored(dict[str, Any]):
    """An object as a collection keeps it: a plain dict to everyone, but a `createdTime` set in
    place (a test planting a time) tells the collection that its index must be rebuilt. Copies
    of it are plain dicts."""

    __slots__ = ("_collection", "_indexed")
    _collection: Collection | None
    _indexed: Any  # the createdTime the index has

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        if key == "createdTime":
            self._moved()

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self._moved()

    def setdefault(self, key: str, default: Any = None) -> Any:
        value = super().setdefault(key, default)
        if key == "createdTime":
            self._moved()
        return value

    def _moved(self) -> None:
        collection = getattr(self, "_collection", None)
        if collection is not None and self.get("createdTime") != getattr(self, "_indexed", None):
            collection.stale = True

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return copy.deepcopy(dict(self), memo)

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


class Collection:
    def __init__(self, kind: str, derived: set[str]) -> None:
        self.kind = kind
        self.derived = frozenset(derived)  # fields the fake works out itself, never taken from a body
        self.objects: dict[str, Obj] = {}
        # The index, oldest first: _keys sorted, _ids[i] the id of _keys[i], _key_of the way back.
        self._keys: list[Key] = []
        self._ids: list[str] = []
        self._key_of: dict[str, Key] = {}
        self._sequence = 0
        self.stale = False  # an object's createdTime changed in place: rebuild before the next page

    def get(self, object_id: str) -> Obj:
        try:
            return self.objects[object_id]
        except KeyError:
            raise APIError(404, "not_found", f"No {self.kind} with id {object_id!r}.", "id") from None

    def add(self, obj: Obj) -> Obj:
        """Store `obj` (as a `Stored`: the object returned is the one kept)."""
        if obj["id"] in self.objects:
            raise APIError(409, "already_exists", f"A {self.kind} with id {obj['id']!r} already exists.", "id")
        stored = obj if isinstance(obj, Stored) else Stored(obj)
        stored._collection, stored._indexed = self, stored.get("createdTime")
        self.objects[stored["id"]] = stored
        self._index(stored["id"], stored)
        return stored

    def delete(self, object_id: str) -> None:
        self.get(object_id)
        del self.objects[object_id]
        key = self._key_of.pop(object_id, None)
        if key is not None:
            at = bisect_left(self._keys, key)
            if at < len(self._keys) and self._keys[at] == key:
                del self._keys[at], self._ids[at]

    def newest_first(self) -> list[Obj]:
        self._fresh()
        return [self.objects[object_id] for object_id in reversed(self._ids)]

    # --- the index -----------------------------------------------------------------------------

    def reindex(self) -> None:
        """Rebuild the index from `objects`: after a test rewrote `createdTime` in place."""
        keyed = sorted(
            ((_created(obj), sequence), object_id) for sequence, (object_id, obj) in enumerate(self.objects.items())
        )
        self._keys = [key for key, _ in keyed]
        self._ids = [object_id for _, object_id in keyed]
        self._key_of = {object_id: key for key, object_id in keyed}
        self._sequence = len(keyed)
        for obj in self.objects.values():
            if isinstance(obj, Stored):
                obj._indexed = obj.get("createdTime")
        self.stale = False

    def window(self, lowest: int | None, highest: int | None) -> tuple[int, int]:
        """The positions `[start, stop)` (oldest first) of the objects created at `lowest` or later
        and before `highest`, both in microseconds since 1970 (None: no bound)."""
        self._fresh()
        start = 0 if lowest is None else bisect_left(self._keys, (lowest, -1))
        stop = len(self._keys) if highest is None else bisect_left(self._keys, (highest, -1))
        return start, max(start, stop)

    def position(self, object_id: str) -> int | None:
        """Where `object_id` is in the index (oldest first), or None when there is no such object."""
        self._fresh()
        key = self._key_of.get(object_id)
        return None if key is None else bisect_left(self._keys, key)

    def at(self, position: int) -> Obj:
        return self.objects[self._ids[position]]

    def _index(self, object_id: str, obj: Obj) -> None:
        key = (_created(obj), self._sequence)
        self._sequence += 1
        if not self._keys or key > self._keys[-1]:
            self._keys.append(key)
            self._ids.append(object_id)
        else:  # created earlier than the newest: only when a test sets createdTime itself
            at = bisect_left(self._keys, key)
            self._keys.insert(at, key)
            self._ids.insert(at, object_id)
        self._key_of[object_id] = key

    def _fresh(self) -> None:
        if self.stale or len(self._ids) != len(self.objects) or len(self._key_of) != len(self.objects):
            self.reindex()


def _created(obj: Obj) -> int:
    key = time_key(obj.get("createdTime"))
    return OLDEST if key is None else key


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
