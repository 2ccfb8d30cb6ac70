"""Many plausible objects at once, straight into the store.

Pagination and load tests need hundreds of objects; creating them through HTTP would be slow
and would show up in the counters the test is about. Values cycle through a few choices so
that every list filter has something to find.

With `spread`, each kind's objects are created over that much time before now, evenly and
oldest first (created and updated at the same time), as an API that has been in use that long
would hold them: what exports that slice the time range need to be measured against.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ._store import Collection, Obj, Store

CURRENCIES = ("USD", "EUR", "GBP")
LOCALES = ("en_US", "de_DE", "en_GB")
TYPES = ("individual", "business")
CHARGE_TYPES = ("customer_initiated", "merchant_initiated", "moto")


def seed(
    store: Store, *, customers: int = 0, checkouts: int = 0, invoices: int = 0, spread: timedelta | None = None
) -> dict[str, list[Obj]]:
    made_customers = [
        store.create_customer(
            {"email": f"customer{n}@example.com", "type": TYPES[n % 2], "locale": LOCALES[n % 3], "metadata": {"n": n}}
        )
        for n in range(customers)
    ]
    owners: list[str | None] = [*store.customers.objects] or [None]  # None: no customer to belong to
    made_checkouts = [store.create_checkout(_order(n, owners[n % len(owners)])) for n in range(checkouts)]
    made_invoices = [store.create_invoice(_order(n, owners[n % len(owners)], invoice=True)) for n in range(invoices)]
    if spread is not None:
        for collection, made in ((store.customers, made_customers), (store.checkouts, made_checkouts)):
            _spread(collection, made, spread)
        _spread(store.invoices, made_invoices, spread)
    return {"customers": made_customers, "checkouts": made_checkouts, "invoices": made_invoices}


def _spread(collection: Collection, made: list[Obj], spread: timedelta) -> None:
    """Give `made` (in creation order) times evenly over the `spread` before now, oldest first."""
    if not made:
        return
    start, step = datetime.now(UTC) - spread, spread / len(made)
    for n, obj in enumerate(made):
        moment = (start + step * n).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        obj["createdTime"] = obj["updatedTime"] = moment
    collection.reindex()


def _order(n: int, customer_id: str | None, *, invoice: bool = False) -> Obj:
    item = {
        "skuId": f"sku-{n % 5}",
        "price": 10.0 + n % 7,
        "quantity": 1 + n % 3,
        "subscriptionInfo": {"subscriptionId": f"sub-{n % 4}"},
    }
    order = {
        "customerId": customer_id,
        "email": f"customer{n}@example.com",
        "currency": CURRENCIES[n % 3],
        "locale": LOCALES[n % 3],
        "customerType": TYPES[n % 2],
        "chargeType": CHARGE_TYPES[n % 3],
        "applicationId": f"app-{n % 2}",
        "upstreamId": f"{'invoice' if invoice else 'checkout'}-{n}",
        "items": [item],
        "metadata": {"n": n},
    }
    if not invoice:
        order["browserIp"] = f"192.0.2.{n % 256}"
    return order
