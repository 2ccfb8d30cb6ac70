"""JSON in and out: fast with orjson, exact and total where orjson alone is not.

orjson is the fast path both ways, with three gaps this module closes:

- It decodes an integer beyond 64 bits as the nearest float (`18446744073709551617` becomes
  `1.8446744073709552e+19`), or refuses it as infinite past 309 digits. So a body that may hold
  one (a run of 19 or more digits where a number can stand: one `bytes.translate` and one
  `find`, about a third of orjson's own time) takes a slower way: each such integer is wrapped
  in a string with a marker no body can guess, orjson decodes the result, and the marked
  strings become Python ints again, exact. A long run of digits inside a string only costs
  the slower way; the result is the same.
- It refuses a number beyond a double's range (`1e400`), where the standard library would read
  infinity: refused here too, with an error that says so. Decimals are read as the nearest
  double, as everywhere in JSON.
- It encodes at most 254 levels deep, though it decodes up to 1024 (`MAX_DEPTH`), and no
  integer beyond 64 bits. `dumps` falls back to an iterative encoder for those, which writes
  every leaf with orjson itself, so the output is the same bytes orjson would write.

Everything refused raises `JSONError` (a `ValueError`) with a message for a person, never
`RecursionError`.
"""

from __future__ import annotations

import re
import secrets
import sys
from collections.abc import Iterator
from typing import Any

import orjson

__all__ = ["MAX_DEPTH", "JSONError", "dumps", "loads", "nesting_depth"]

MAX_DEPTH = 1024  # orjson's decoding limit, and so the deepest JSON the SDK reads

_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19  # 19 digits: the shortest integer orjson may not keep (-9223372036854775809)
_BEFORE_A_NUMBER = frozenset(b"-:,[ \t\r\n")
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
# A string (left as it is), or an integer of 19 digits or more: not part of a decimal or an exponent.
_STRING_OR_LONG_INTEGER = re.compile(rb'"(?:[^"\\]|\\.)*"|(?<![0-9A-Za-z.+\-])-?[1-9][0-9]{18,}(?![0-9.eE])', re.DOTALL)


class JSONError(ValueError):
    """A body that is not JSON, or JSON this client will not read as anything but what it says."""


def loads(data: bytes) -> Any:
    """The JSON value of `data`: integers exact at any size, numbers never changed silently."""
    if _may_hold_a_big_integer(data):
        return _loads_with_big_integers(data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise JSONError(_explain(data, exc)) from None


def dumps(value: Any) -> bytes:
    """Compact JSON of `value`, as orjson writes it, at any depth and with integers of any size."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return _dumps_iteratively(value)


def nesting_depth(data: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest (strings skipped), without recursion."""
    depth = deepest = 0
    for token in _TOKENS.finditer(data):
        char = token.group()
        if char in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif char in (b"]", b"}"):
            depth -= 1
    return deepest


def _may_hold_a_big_integer(data: bytes) -> bool:
    runs = data.translate(_DIGITS_AS_ZERO)
    start = runs.find(_LONG_RUN)
    while start != -1:
        if start == 0 or data[start - 1] in _BEFORE_A_NUMBER:
            return True
        # Inside a string or after a decimal point: go on past this run.
        end = start + len(_LONG_RUN)
        while end < len(runs) and runs[end] == 0x30:
            end += 1
        start = runs.find(_LONG_RUN, end)
    return False


def _loads_with_big_integers(data: bytes) -> Any:
    marker = f"int-{secrets.token_hex(16)}:"
    quoted = marker.encode("ascii")

    def mark(token: re.Match[bytes]) -> bytes:
        text = token.group()
        return text if text[0] == 0x22 else b'"' + quoted + text + b'"'  # 0x22: a string, as it was

    try:
        value = orjson.loads(_STRING_OR_LONG_INTEGER.sub(mark, data))
    except orjson.JSONDecodeError as exc:
        raise JSONError(_explain(data, exc)) from None
    return _unmark(value, marker)


def _unmark(value: Any, marker: str) -> Any:
    """`value` with each marked string an int again; without recursion, as the JSON may be 1024 levels deep."""
    holder = [value]
    stack: list[Any] = [holder]
    while stack:
        container = stack.pop()
        pairs = container.items() if isinstance(container, dict) else enumerate(container)
        for key, item in pairs:
            if isinstance(item, str):
                if item.startswith(marker):
                    container[key] = _integer(item[len(marker) :])
            elif isinstance(item, dict | list):
                stack.append(item)
            if isinstance(key, str) and key.startswith(marker):  # an integer as a key: not JSON
                raise JSONError(f"a body that is not JSON (the integer {key[len(marker) :][:20]}… as an object key)")
    return holder[0]


def _integer(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # longer than Python converts (4300 digits by default)
        limit = sys.get_int_max_str_digits()
        raise JSONError(
            f"JSON with an integer of {len(digits.lstrip('-')):,} digits, more than the {limit:,} read"
        ) from None


def _explain(data: bytes, error: orjson.JSONDecodeError) -> str:
    depth = nesting_depth(data)
    if depth > MAX_DEPTH:
        return f"JSON nested {depth} levels deep, deeper than the {MAX_DEPTH} levels this client reads"
    if "infinity" in str(error):
        return f"JSON with a number beyond the range of a double, refused rather than read as infinity ({error})"
    return f"a body that is not JSON ({error})"


def _dumps_iteratively(value: Any) -> bytes:
    parts: list[bytes] = []
    stack: list[tuple[Iterator[Any], bool, list[bool]]] = []  # items, is an object, [first item still to come]

    def begin(item: Any) -> None:
        if isinstance(item, dict):
            parts.append(b"{")
            stack.append((iter(item.items()), True, [True]))
        elif isinstance(item, list | tuple):
            parts.append(b"[")
            stack.append((iter(item), False, [True]))
        elif isinstance(item, int) and not isinstance(item, bool):
            parts.append(int.__repr__(item).encode("ascii"))
        else:
            parts.append(orjson.dumps(item))

    end: Any = object()
    begin(value)
    while stack:
        items, is_object, first = stack[-1]
        item: Any = next(items, end)
        if item is end:
            stack.pop()
            parts.append(b"}" if is_object else b"]")
            continue
        if first[0]:
            first[0] = False
        else:
            parts.append(b",")
        if is_object:
            key, item = item
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str, not {type(key).__name__}")
            parts.append(orjson.dumps(key))
            parts.append(b":")
        begin(item)
    return b"".join(parts)
