"""Read every field of parsed customers, whatever kind of object holds them.

A parser that defers work (lazy nested objects, decoding on first access) looks fast until the
fields are read. So each typed contestant is also timed as "parse + read every field": every
value of the sample's JSON is reached through the object's public attributes
(`customer.sources[0].credit_card.last_four_digits`), with item access for fields kept as
extras (`customer["newField"]`) and for plain dicts. `.to_dict()` would not do: it measures
serialization, and a lazy model could answer it from the JSON it kept.

The reader is compiled for each contestant from one parsed customer, into the straight-line
code a person would write (`v1 = v0.shipping; v2 = v1.address; ...`), so that what is timed
is the objects' cost of access and not the cost of a generic walk.
"""

from __future__ import annotations

import ast
import keyword
from collections.abc import Callable
from typing import Any

from openapi_python_client.strings import snake_case

# A plan mirrors the sample's JSON: None for a value, a list of (key, plan) for an object, and a
# one-item tuple (plan,) for a list whose every element is read with that plan.
Plan = list[tuple[str, "Plan"]] | tuple["Plan"] | None


def plan(value: Any) -> Plan:
    if isinstance(value, dict):
        return [(key, plan(item)) for key, item in value.items()]
    if isinstance(value, list) and value:
        return (plan(value[0]),)
    return None


class Reader:
    """`reader(items)` reads every field of every item; `reached` and `missing` say how many it could."""

    def __init__(self, sample: Any, steps: Plan) -> None:
        self.reached = 0
        self.missing: list[str] = []
        self._lines = ["def read(items):", "    for v0 in items:"]
        self._emit(sample, steps, 0, 2)
        self._lines.append("        pass")
        namespace: dict[str, Any] = {}
        exec(compile("\n".join(self._lines), "<reader>", "exec"), namespace)
        self._read: Callable[[Any], None] = namespace["read"]

    def __call__(self, items: Any) -> None:
        self._read(items)

    def _emit(self, obj: Any, steps: Plan, depth: int, indent: int) -> None:
        pad = "    " * indent
        if steps is None:
            self.reached += 1
            return
        if isinstance(steps, tuple):
            self._lines.append(f"{pad}for v{depth + 1} in v{depth}:")
            self._lines.append(f"{pad}    pass")
            if obj:
                self._emit(obj[0], steps[0], depth + 1, indent + 1)
            return
        for key, inner in steps:
            expression = _accessor(obj, key)
            if expression is None:
                self.missing.append(f"{type(obj).__name__}.{key}")
                continue
            self._lines.append(f"{pad}v{depth + 1} = v{depth}{expression}")
            self._emit(_evaluate(obj, expression), inner, depth + 1, indent)


def _accessor(obj: Any, key: str) -> str | None:
    """`.name` or `[key]`, whichever reaches `key` of `obj`; None when neither does."""
    if isinstance(obj, dict):
        return f"[{key!r}]" if key in obj else None
    name = snake_case(key)
    for attribute in (name, f"{name}_", f"field_{name}", key):
        if attribute.isidentifier() and not keyword.iskeyword(attribute) and hasattr(obj, attribute):
            return f".{attribute}"
    try:
        obj[key]
    except (TypeError, KeyError, AttributeError):
        return None
    return f"[{key!r}]"


def _evaluate(obj: Any, expression: str) -> Any:
    return obj[ast.literal_eval(expression[1:-1])] if expression.startswith("[") else getattr(obj, expression[1:])
