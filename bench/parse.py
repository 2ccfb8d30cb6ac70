"""(a) Typed parse of one list page of 100 full customers, against decoding the same bytes alone.

Each contestant turns the page's bytes into its objects the way its own client does:

- floor: `json.loads`, and `orjson.loads` (the decoder the SDK uses);
- ours: `orjson.loads` + the response model's `from_dict`, through the very functions
  `_base_client` parses an answer with;
- stock: `json.loads` (httpx's `Response.json()`) + the stock model's `from_dict`;
- OpenAPI Generator: the model's `from_json` on the decoded text, as its `ApiClient` does.

"parse + read every field" then reads every value of each customer (see `walk`); its floor
reads the dicts `json.loads` made.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import orjson

from bench import report as fmt
from bench.peers import Peers
from bench.report import Report, Row
from bench.sample import PAGE_SIZE, customer, first_page
from bench.timing import interleave, per_call, progress
from bench.walk import Reader, plan
from digitalriver_api.operations import OPERATIONS

PARSE_TARGET = 4.0  # ours at least this many times the stock and the OpenAPI Generator throughput
FLOOR_TARGET = 2.0  # ours at most this many times json.loads's time


def ours_parser(raw: bytes) -> Callable[[], Any]:
    """The SDK's own steps from a list answer's bytes to its model (`decode_object`, then `parse_model`)."""
    model = OPERATIONS["listCustomers"].response_model
    try:
        from digitalriver._base_client import decode_object, parse_model
    except ImportError:
        return lambda: model.from_dict(orjson.loads(raw))
    response = httpx.Response(200, content=raw)
    return lambda: parse_model(model, decode_object(model, response), response)


def run(report: Report, peers: Peers, rounds: int) -> None:
    progress("(a) parse: a page of 100 full customers")
    raw = first_page()
    text_of = bytes.decode
    stock_model = peers.stock.models.ListCustomersResponse
    oag_model = peers.oag.models.ListCustomersResponse

    parsers: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(raw),
        "orjson.loads": lambda: orjson.loads(raw),
        "ours": ours_parser(raw),
        "stock": lambda: stock_model.from_dict(json.loads(raw)),
        "oag": lambda: oag_model.from_json(text_of(raw)),
    }
    steps = plan(customer())
    readers = {name: Reader(_items(parse())[0], steps) for name, parse in parsers.items()}
    reading: dict[str, Callable[[], Any]] = {
        f"{name}+read": (lambda parse=parse, read=readers[name]: read(_items(parse())))
        for name, parse in parsers.items()
        if name != "orjson.loads"
    }
    timed = {**parsers, **reading, "oag model_validate_json": lambda: oag_model.model_validate_json(raw)}
    measured = interleave({name: per_call(function, 0.05) for name, function in timed.items()}, rounds)
    speed = {name: PAGE_SIZE / seconds for name, seconds in measured.items()}

    floor = f"json.loads {fmt.rate(speed['json.loads'])} · orjson {fmt.rate(speed['orjson.loads'])}"
    report.add(
        Row(
            "(a) parse a page of 100 customers",
            fmt.rate(speed["ours"]),
            floor,
            fmt.rate(speed["stock"]),
            fmt.rate(speed["oag"]),
        )
    )
    _targets(report, speed, "json.loads")
    report.add(
        Row(
            "(a) parse + read every field",
            fmt.rate(speed["ours+read"]),
            f"json.loads + read {fmt.rate(speed['json.loads+read'])}",
            fmt.rate(speed["stock+read"]),
            fmt.rate(speed["oag+read"]),
        )
    )
    _targets(report, speed, "json.loads", suffix="+read")

    expected = readers["json.loads"].reached
    labels = {"ours": "ours", "stock": "stock", "oag": "OpenAPI Generator"}
    for name, label in labels.items():
        if readers[name].missing:
            missing = ", ".join(readers[name].missing)
            report.notes.append(
                f"(a) {label} exposes {readers[name].reached} of the {expected} values of a customer; "
                f"not reachable: {missing}."
            )
    report.notes.append(
        f"(a) For reference, OpenAPI Generator's models through pydantic's own JSON parser "
        f"(`model_validate_json`, which its client does not call): {fmt.rate(speed['oag model_validate_json'])}."
    )


def _items(parsed: Any) -> Any:
    return parsed["data"] if isinstance(parsed, dict) else parsed.data


def _targets(report: Report, speed: dict[str, float], floor: str, suffix: str = "") -> None:
    ours = speed["ours" + suffix]
    report.target("    ours ÷ stock", ours / speed["stock" + suffix], limit=PARSE_TARGET, at_least=True)
    report.target("    ours ÷ OpenAPI Generator", ours / speed["oag" + suffix], limit=PARSE_TARGET, at_least=True)
    report.target(
        f"    time ÷ {floor}{' + read' if suffix else ''} time",
        speed[floor + suffix] / ours,
        limit=FLOOR_TARGET,
        at_least=False,
    )
