"""`python -m digitalriver.testing`: the fake on loopback, for manual runs, load tests and non-Python clients.

For a load test, seed it at size, spread the objects over time, give each answer the API's
latency and each key the API's rate limit:

    python -m digitalriver.testing --port 8000 --seed-customers 100000 --seed-days 365 \\
        --latency 0.1 --rate-limit 100 --log-level warning
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import timedelta

from . import FakeDigitalRiver
from ._faults import Fault, FaultPlan
from ._server import is_loopback, serve

RESOURCES = ("customers", "checkouts", "invoices")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m digitalriver.testing",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port to listen on (default 8000)")
    parser.add_argument(
        "--rate-limit",
        type=_positive,
        default=None,
        metavar="N",
        help="requests per second per API key (default: none)",
    )
    parser.add_argument(
        "--latency",
        type=_not_negative,
        default=0.0,
        metavar="SECONDS",
        help="wait this long before processing each request, as a distant API would (default 0)",
    )
    for resource in RESOURCES:
        parser.add_argument(f"--seed-{resource}", type=int, default=0, metavar="N", help=f"create N {resource}")
    parser.add_argument(
        "--seed-days",
        type=_positive,
        default=None,
        metavar="DAYS",
        help="spread each kind's seeded objects evenly over this many days before now (default: all created now)",
    )
    parser.add_argument(
        "--log-level",
        choices=("debug", "info", "warning", "error"),
        default="info",
        help="uvicorn's log level; info logs every request (default info)",
    )
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error(f"--host must be a loopback address such as 127.0.0.1, not {args.host}")
    faults = FaultPlan(probability=1.0, kinds=[Fault("latency", delay=args.latency)]) if args.latency else None
    fake = FakeDigitalRiver(rate_limit=args.rate_limit, faults=faults)
    spread = timedelta(days=args.seed_days) if args.seed_days else None
    fake.seed(customers=args.seed_customers, checkouts=args.seed_checkouts, invoices=args.seed_invoices, spread=spread)
    serve(fake.app, args.host, args.port, log_level=args.log_level)


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def _not_negative(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


if __name__ == "__main__":
    main()
