"""The bytes every measurement reads: the document's full customer sample, many times over.

All contestants parse the very same bytes, and the loopback server sends them, so a difference
in the table is a difference in the clients. Ids are distinct (`cus_0000042`) because the
paginators continue from the last id they saw, and because a parser that cached repeated
values would otherwise look better than it is.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import orjson
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "openapi" / "digitalriver.yaml"
# The Customer sample of the reference pages: every field set, one payment source, ~5 KB.
EXAMPLE = "customer"
PAGE_SIZE = 100
_PLACEHOLDER = "__bench_id__"


def load_document() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with DOCUMENT.open(encoding="utf-8") as f:
        document: dict[str, Any] = yaml.load(f, Loader=loader)
    return document


@functools.cache
def customer() -> dict[str, Any]:
    value: dict[str, Any] = load_document()["components"]["examples"][EXAMPLE]["value"]
    return value


def customer_id(n: int) -> str:
    return f"cus_{n:07d}"


def customer_index(object_id: str) -> int | None:
    """The position of an id made by `customer_id`; None for any other string."""
    digits = object_id.removeprefix("cus_")
    return int(digits) if digits != object_id and digits.isdigit() else None


@functools.cache
def _halves() -> tuple[bytes, bytes]:
    """The compact JSON of the sample, split where its id goes."""
    encoded = orjson.dumps({**customer(), "id": _PLACEHOLDER})
    before, after = encoded.split(orjson.dumps(_PLACEHOLDER))
    return before, after


def customer_bytes(n: int) -> bytes:
    before, after = _halves()
    return before + orjson.dumps(customer_id(n)) + after


def page_bytes(start: int, count: int, has_more: bool) -> bytes:
    """A list answer as the API sends it: `{"hasMore": …, "data": [customers start .. start+count)]}`."""
    before, after = _halves()
    items = b",".join(before + b'"' + customer_id(n).encode() + b'"' + after for n in range(start, start + count))
    return b'{"hasMore":' + (b"true" if has_more else b"false") + b',"data":[' + items + b"]}"


def first_page() -> bytes:
    """The page the parse measurements read: 100 full customers."""
    return page_bytes(0, PAGE_SIZE, True)
