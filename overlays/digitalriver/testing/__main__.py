"""`python -m digitalriver.testing`: the fake on loopback, for manual runs and non-Python clients."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import FakeDigitalRiver
from ._server import is_loopback, serve


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m digitalriver.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second per API key")
    for resource in ("customers", "checkouts", "invoices"):
        parser.add_argument(f"--seed-{resource}", type=int, default=0, metavar="N", help=f"create N {resource}")
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error(f"--host must be a loopback address such as 127.0.0.1, not {args.host}")
    fake = FakeDigitalRiver(rate_limit=args.rate_limit)
    fake.seed(customers=args.seed_customers, checkouts=args.seed_checkouts, invoices=args.seed_invoices)
    serve(fake.app, args.host, args.port)


if __name__ == "__main__":
    main()
