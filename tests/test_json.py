"""Deep and big JSON: what the decoder accepts, the models and the export handle, and numbers stay as sent.

orjson decodes up to 1024 levels but encodes only 254, and turns integers beyond 64 bits into
floats; Python's own recursion stops a recursive copy at about 490 levels. None of that may show:
no `RecursionError`, no traceback, no number changed. JSON beyond what is read is refused with
`APIResponseValidationError` naming its depth, and an error body that cannot be read still gives
the error of its status.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from pytest_httpx import HTTPXMock

from digitalriver import APIResponseValidationError, AsyncDigitalRiver, BadRequestError, NotFoundError
from digitalriver._cli import main
from digitalriver._json import MAX_DEPTH, JSONError, _dumps_iteratively, dumps, loads, nesting_depth
from digitalriver.testing import FakeDigitalRiver

from .conftest import BASE

BIG = 18446744073709551617  # 2**64 + 1
SMALL = -9223372036854775809  # -2**63 - 1


def nested(depth: int, leaf: bytes = b"1") -> bytes:
    """JSON `depth` levels deep: objects and arrays in turn around `leaf`."""
    opening = b"".join(b'{"a":' if level % 2 == 0 else b"[" for level in range(depth))
    closing = b"".join(b"}" if level % 2 == 0 else b"]" for level in reversed(range(depth)))
    return opening + leaf + closing


def customer_with(field: bytes) -> bytes:
    return b'{"id":"cus_1","email":"a@example.com","extra":' + field + b"}"


# --- decoding -----------------------------------------------------------------------------------


def test_integers_beyond_64_bits_stay_exact() -> None:
    assert loads(b'{"a": 18446744073709551617, "b": [-9223372036854775809, 1.5, 7]}') == {
        "a": BIG,
        "b": [SMALL, 1.5, 7],
    }
    assert orjson.loads(b"18446744073709551617") == float(BIG)  # what orjson alone would give


def test_a_long_run_of_digits_in_a_string_changes_nothing() -> None:
    body = b'{"id": "cus_1", "phone": "123456789012345678901234", "n": 3, "x": 0.12345678901234567890123}'
    assert loads(body) == json.loads(body) == orjson.loads(body)


@pytest.mark.parametrize("number", [b"1e400", b"-1e400", b"1.5e999"])
def test_a_number_beyond_a_double_is_refused_not_made_infinite(number: bytes) -> None:
    with pytest.raises(JSONError, match="beyond the range of a double"):
        loads(b'{"a": ' + number + b"}")


def test_depth_up_to_the_decoders_limit_is_read_and_beyond_it_refused_by_name() -> None:
    assert nesting_depth(nested(MAX_DEPTH)) == MAX_DEPTH == 1024
    assert nesting_depth(b'{"a": "[[[{{{", "b": [1, {"c": []}]}') == 4
    loads(nested(MAX_DEPTH))
    with pytest.raises(JSONError, match=r"nested 1025 levels deep, deeper than the 1024 levels this client reads"):
        loads(nested(MAX_DEPTH + 1))


@pytest.mark.parametrize("depth", [1, 300, MAX_DEPTH])
def test_big_integers_at_any_depth_stay_exact(depth: int) -> None:
    assert dumps(loads(nested(depth, b"18446744073709551617"))) == nested(depth, b"18446744073709551617")


def test_integers_of_hundreds_of_digits_stay_exact_and_beyond_pythons_limit_are_refused() -> None:
    assert loads(b'{"a": 1' + b"0" * 1000 + b"}") == {"a": 10**1000}  # orjson alone: infinity, refused
    with pytest.raises(JSONError, match="an integer of 5,001 digits"):
        loads(b'{"a": 1' + b"0" * 5000 + b"}")


def test_digits_after_a_point_or_in_an_exponent_are_no_integer() -> None:
    body = b'{"a": 1.12345678901234567890123, "b": 12345678901234567890.5, "c": [1e-12345678901234567890]}'
    assert loads(body) == orjson.loads(body)


# --- encoding -----------------------------------------------------------------------------------


def test_dumps_is_orjson_where_orjson_can_and_the_same_bytes_where_it_cannot() -> None:
    fake = FakeDigitalRiver()
    seeded = fake.seed(customers=30, checkouts=30, invoices=30)
    data = json.loads(json.dumps(seeded))
    data["odd"] = ['é\n\u2028\x00"\\', 1e300, -0.0, 5e-324, 0.1, True, None, {"": []}, 2**63 - 1, -(2**63)]
    assert dumps(data) == orjson.dumps(data)
    assert _dumps_iteratively(data) == orjson.dumps(data)  # the fallback writes what orjson writes


@pytest.mark.parametrize("depth", [255, 1000, MAX_DEPTH])
def test_dumps_writes_any_depth_the_decoder_accepts(depth: int) -> None:
    assert dumps(loads(nested(depth))) == nested(depth)


def test_dumps_writes_big_integers_exactly() -> None:
    assert dumps({"a": [BIG, SMALL, 2**200]}) == b'{"a":[%d,%d,%d]}' % (BIG, SMALL, 2**200)


# --- the models -----------------------------------------------------------------------------------


async def test_a_model_keeps_big_integers_exact(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=customer_with(b'{"points": 18446744073709551617, "debt": -9223372036854775809}'))
    customer = await dr.customers.retrieve("cus_1")
    assert customer["extra"] == {"points": BIG, "debt": SMALL}
    assert customer.to_dict()["extra"] == {"points": BIG, "debt": SMALL}


async def test_a_list_keeps_big_integers_exact(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=b'{"hasMore": false, "data": [{"id": "c1", "points": 18446744073709551617}]}')
    assert [customer["points"] async for customer in dr.customers.list()] == [BIG]


@pytest.mark.parametrize("depth", [499, 1000, MAX_DEPTH - 1])
async def test_to_dict_gives_back_an_unknown_field_of_any_depth_read(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, depth: int
) -> None:
    httpx_mock.add_response(content=customer_with(nested(depth)))
    customer = await dr.customers.retrieve("cus_1")
    assert dumps(customer.to_dict()["extra"]) == nested(depth)


async def test_json_deeper_than_the_decoder_reads_is_refused_naming_its_depth(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=customer_with(nested(2000)))
    with pytest.raises(APIResponseValidationError, match="expected a Customer, got JSON nested 2001 levels deep"):
        await dr.customers.retrieve("cus_1")


async def test_a_number_beyond_a_double_in_a_success_is_refused(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=customer_with(b"1e400"))
    with pytest.raises(APIResponseValidationError, match="beyond the range of a double"):
        await dr.customers.retrieve("cus_1")


@pytest.mark.parametrize("depth", [1000, MAX_DEPTH, 5000])
async def test_an_error_body_of_any_depth_still_gives_its_statuss_error(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, depth: int
) -> None:
    httpx_mock.add_response(
        status_code=400, content=b'{"type": "bad_request", "errors": [], "x": ' + nested(depth) + b"}"
    )
    with pytest.raises(BadRequestError) as caught:
        await dr.customers.retrieve("cus_1")
    assert caught.value.status_code == 400


async def test_an_error_whose_fields_are_deep_or_out_of_range_still_gives_its_statuss_error(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=404,
        content=b'{"type": "not_found", "errors": [{"code": ' + nested(1000) + b', "message": "gone"}]}',
    )
    with pytest.raises(NotFoundError, match="gone") as caught:
        await dr.customers.retrieve("cus_1")
    assert caught.value.errors[0].message == "gone"
    httpx_mock.add_response(status_code=404, content=b'{"type": "not_found", "errors": [{"code": 1e400}]}')
    with pytest.raises(NotFoundError) as refused:
        await dr.customers.retrieve("cus_1")
    assert refused.value.body is None  # refused rather than read as infinity; the status still says 404


# --- the export --------------------------------------------------------------------------------


def export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Path]:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", "sk_test_json")
    out = tmp_path / "customers.jsonl"
    with pytest.raises(SystemExit) as exited:
        main(["export", "customers", "--base-url", BASE, "--out", str(out), "--progress", "off", "--max-retries", "0"])
    assert isinstance(exited.value.code, int)
    return exited.value.code, out


def page(*items: bytes) -> bytes:
    return b'{"hasMore": false, "data": [' + b", ".join(items) + b"]}"


def test_the_export_writes_deep_objects_and_big_integers_exactly(
    httpx_mock: HTTPXMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    items = [
        b'{"id":"c1","extra":' + nested(255) + b"}",
        b'{"id":"c2","extra":' + nested(1000) + b"}",
        b'{"id":"c3","points":18446744073709551617,"debt":-9223372036854775809}',
        b'{"id":"c4","email":"a@example.com"}',
    ]
    httpx_mock.add_response(content=page(*items))
    code, out = export(tmp_path, monkeypatch)
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().splitlines() == items


def test_the_export_refuses_json_too_deep_with_a_message_not_a_traceback(
    httpx_mock: HTTPXMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    httpx_mock.add_response(content=page(b'{"id":"c1","extra":' + nested(1500) + b"}"))
    code, _ = export(tmp_path, monkeypatch)
    err = capsys.readouterr().err
    assert code == 1
    assert "APIResponseValidationError" in err and "nested 1503 levels deep" in err
    assert "Traceback" not in err
