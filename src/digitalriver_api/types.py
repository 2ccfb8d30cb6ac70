"""Contains some shared types for properties"""

import datetime
import reprlib
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define

from .errors import ModelDataError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Models test `is UNSET`: a copy or an unpickled model must get the one instance back.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# What the models are built from. Decoding the JSON is the cost a response has to pay; building
# objects for parts of it that nobody reads is not. So `from_dict` keeps the JSON object it is
# given (under RAW in the instance's __dict__), takes its scalars (parsing timestamps, resolving
# enums), checks that each nested object or list is one (or null), and leaves them as they are.
# A LazyField reads one on first access and stores the result in the instance's __dict__, where
# every later access, and any assignment, finds it without coming back here. `to_dict` sends the
# JSON of a field nobody read back as it came (copied).

RAW = "_raw"
NO_RAW: Mapping[str, Any] = MappingProxyType({})
_SCALAR_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
_E = TypeVar("_E", bound=Enum)


class _NotRead:
    def __repr__(self) -> str:
        return "NOT_READ"


NOT_READ: Any = _NotRead()


def describe(value: Any) -> str:
    """A short account of an unexpected JSON value, for error messages."""
    if value is None:
        return "null"
    return f"{type(value).__name__} {reprlib.repr(value)}"


def _problem(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


class LazyField:
    # A field read from the model's JSON the first time it is accessed.
    #
    # A non-data descriptor: once the attribute is in the instance's __dict__ (read, assigned, or set
    # by `__init__`) Python finds it there first, so this runs at most once per instance and field.
    # (No class docstring: each instance's `__doc__` is its field's description, for help().)

    __slots__ = ("__doc__", "key", "name", "parse")

    def __init__(self, name: str, key: str, parse: Callable[[Any], Any], doc: str = "") -> None:
        self.name = name
        self.key = key
        self.parse = parse
        self.__doc__ = doc or None  # the field's description, for help() and editors

    @classmethod
    def attach(cls, model: type, name: str, key: str, parse: Callable[[Any], Any], doc: str = "") -> None:
        setattr(model, name, cls(name, key, parse, doc))

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        value = state.get(RAW, NO_RAW).get(self.key, UNSET)
        if value is not UNSET and value is not None:
            try:
                value = self.parse(value)
            except ModelDataError as error:
                raise error.nested(type(instance).__name__, "." + self.key) from None
            except _SCALAR_ERRORS as error:
                raise ModelDataError(type(instance).__name__, "." + self.key, _problem(error)) from error
        state[self.name] = value
        return value


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()
"""What `from_dict` stores, for a moment, for a scalar field whose JSON is of another kind."""

_KINDS = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def drop_bad(instance: object) -> None:
    """Leave a mistyped scalar unread: its `ScalarField` reads it from the JSON when it is accessed."""
    state = instance.__dict__
    for name in [name for name, value in state.items() if value is BAD]:
        del state[name]


class ScalarField:
    # A string, number or boolean field whose JSON was of another kind. Never reached for a field of
    # the right kind (`from_dict` stores those in the instance's __dict__, which Python finds first);
    # on access it gives the value as its type where that is exact (3.0 for an integer field is 3),
    # or raises ModelDataError. `to_dict` still gives back what came.
    __slots__ = ("key", "kind", "name")

    def __init__(self, name: str, key: str, kind: type) -> None:
        self.name = name
        self.key = key
        self.kind = kind

    @classmethod
    def attach(cls, model: type, name: str, key: str, kind: type) -> None:
        setattr(model, name, cls(name, key, kind))

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        value = state.get(RAW, NO_RAW).get(self.key, UNSET)
        if self.kind is int and type(value) is float and value.is_integer():
            value = int(value)
        elif not (value is UNSET or value is None or type(value) is self.kind):
            problem = f"expected {_KINDS[self.kind]}, got {describe(value)}"
            raise ModelDataError(type(instance).__name__, "." + self.key, problem)
        state[self.name] = value
        return value


def scalar_item(kind: type) -> Callable[[Any], Any]:
    """How a list's string, number or boolean items are read: each of its kind, or a ModelDataError."""

    def read(value: Any) -> Any:
        if type(value) is kind or value is None or (kind is float and type(value) is int):
            return value
        if kind is int and type(value) is float and value.is_integer():
            return int(value)
        raise ModelDataError("", "", f"expected {_KINDS[kind]}, got {describe(value)}")

    return read


class AdditionalProperties:
    """`additional_properties` of a model read from JSON: the keys the document does not declare, on first access."""

    __slots__ = ("known",)

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known

    @classmethod
    def attach(cls, model: type, known: frozenset[str]) -> None:
        setattr(model, "additional_properties", cls(known))

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        raw = state.get(RAW, NO_RAW)
        known = self.known
        # Usually every key is declared, and the subset test runs in C.
        extra = {} if raw.keys() <= known else {key: value for key, value in raw.items() if key not in known}
        state["additional_properties"] = extra
        return extra


def json_object(model: type, value: Any) -> dict[str, Any]:
    """`value` as a dict, for `from_dict` given something other than one."""
    if isinstance(value, Mapping):
        return dict(value)
    raise ModelDataError(model.__name__, "", f"expected a JSON object, got {describe(value)}")


def field_error(model: type, key: str, expected: str, value: Any) -> ModelDataError:
    return ModelDataError(model.__name__, "." + key, f"expected {expected} or null, got {describe(value)}")


def read_datetime(value: Any, model: type, key: str) -> Any:
    if value is UNSET or value is None:
        return value
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ModelDataError(
            model.__name__, "." + key, f"expected an ISO 8601 date-time, got {describe(value)}"
        ) from None


def read_date(value: Any, model: type, key: str) -> Any:
    if value is UNSET or value is None:
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ModelDataError(model.__name__, "." + key, f"expected an ISO 8601 date, got {describe(value)}") from None


def dump_datetime(value: Any, sent: Any) -> Any:
    """The JSON of a timestamp (or date): the API's own string while the value is still the one it denotes."""
    if value is UNSET or value is None:
        return value
    if type(sent) is str and isinstance(value, datetime.date):
        try:
            if type(value).fromisoformat(sent) == value:
                return sent
        except ValueError:
            pass
    return value.isoformat()


def dump_datetimes(values: list[Any], sent: Any) -> list[Any]:
    """The JSON of a list of timestamps (or dates), each item as `dump_datetime` writes it."""
    if type(sent) is list and len(sent) == len(values):
        return [dump_datetime(value, item) for value, item in zip(values, sent)]
    return [dump_datetime(value, None) for value in values]


def read_enum(enum: type[_E], value: Any, model: type, key: str) -> Any:
    if value is UNSET or value is None:
        return value
    try:
        # The value map first: calling the enum class is several times slower than a dict look-up.
        member = enum._value2member_map_.get(value)
        return enum(value) if member is None else member
    except (TypeError, ValueError):
        raise ModelDataError(model.__name__, "." + key, f"expected a {enum.__name__}, got {describe(value)}") from None


def read_list(parse: Callable[[Any], Any] | None, value: Any, model: type, key: str) -> list[Any]:
    """A required list, read by `from_dict`, which passes on its items' errors as they are."""
    if not isinstance(value, list):
        raise ModelDataError(model.__name__, "." + key, f"expected a JSON array, got {describe(value)}")
    if parse is None:
        return list(value)
    return [parse(item) for item in value]


def list_parser(parse: Callable[[Any], T] | None) -> Callable[[Any], list[T]]:
    """How a LazyField reads a list: item by item, saying which item a problem is in."""
    if parse is None:
        return list

    def parse_list(value: Any) -> list[T]:
        if not isinstance(value, list):
            raise ModelDataError("", "", f"expected a JSON array, got {describe(value)}")
        items = []
        for index, item in enumerate(value):
            try:
                items.append(parse(item))
            except ModelDataError as error:
                raise error.nested("", f"[{index}]") from None
            except _SCALAR_ERRORS as error:
                raise ModelDataError("", f"[{index}]", _problem(error)) from error
        return items

    return parse_list


def copy_json(value: Any) -> Any:
    """A copy of a JSON value's objects and arrays, so that what `to_dict` returns shares nothing with the model.

    Without recursion, so JSON of any depth a decoder gives (orjson reads 1024 levels) is copied:
    each object or array is made empty, put in its place, and filled when its turn on the stack
    comes. (As fast as a recursive copy: no call per container.)
    """
    kind = type(value)
    if kind is not dict and kind is not list:
        return value
    top: Any = {} if kind is dict else []
    stack = [(value, top)]
    while stack:
        source, copy = stack.pop()
        if type(source) is dict:
            for key, item in source.items():
                kind = type(item)
                if kind is dict or kind is list:
                    item_copy: Any = {} if kind is dict else []
                    stack.append((item, item_copy))
                    item = item_copy
                copy[key] = item
        else:
            for item in source:
                kind = type(item)
                if kind is dict or kind is list:
                    item_copy = {} if kind is dict else []
                    stack.append((item, item_copy))
                    item = item_copy
                copy.append(item)
    return top


# Every request builder of the package puts path values through here: the runtime of the SDK
# (`runtime.Operation.render_path`) and the endpoint modules of `api/` alike.

MAX_SEGMENT_BYTES = 4096
"""The longest path value, percent-encoded: servers and proxies refuse URLs much past 8 KB."""


def path_segment(name: str, value: Any) -> str:
    """`value` as one path segment: a non-empty string, percent-encoded so that `/ ? # %` and the
    dot segments `.` and `..` stay inside it (URL normalisation would drop those: a detach of
    source `..` would become a DELETE of its owner)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    if value in (".", ".."):
        return value.replace(".", "%2E")
    encoded = quote(value, safe="")
    if len(encoded) > MAX_SEGMENT_BYTES:
        raise ValueError(f"{name} is too long for a URL: {len(encoded):,} bytes encoded, at most {MAX_SEGMENT_BYTES:,}")
    return encoded


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "path_segment"]
