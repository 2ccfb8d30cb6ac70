"""The generated models are tolerant, lossless readers of the API's JSON."""

from __future__ import annotations

import copy
import datetime
import pickle
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from pytest_httpx import HTTPXMock

from digitalriver import AsyncDigitalRiver
from digitalriver_api import models
from digitalriver_api.errors import ModelDataError
from digitalriver_api.types import UNSET

from .document import DOCUMENT, Example, examples, resolve


def _model_for(example: Example) -> Any:
    return getattr(models, example.schema_ref.rsplit("/", 1)[-1])


def assert_same_json(got: Any, want: Any, where: str = "$") -> None:
    """Equal as JSON, type for type (1 is not 1.0), saying where they differ."""
    if isinstance(want, dict):
        assert isinstance(got, dict), where
        assert set(got) == set(want), f"{where}: keys {set(got) ^ set(want)}"
        for key in want:
            assert_same_json(got[key], want[key], f"{where}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert_same_json(g, w, f"{where}[{i}]")
    else:
        assert type(got) is type(want) and got == want, f"{where}: {got!r} != {want!r}"


def read_everything(value: Any) -> None:
    """Access every declared attribute at every depth, as code that uses all of a model would."""
    if isinstance(value, list):
        for item in value:
            read_everything(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            read_everything(getattr(value, field.name))


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.where)
def test_every_reference_example_round_trips(example: Example) -> None:
    original = copy.deepcopy(example.value)
    parsed = _model_for(example).from_dict(example.value)
    assert example.value == original, "from_dict must not change its input"
    assert_same_json(parsed.to_dict(), original)
    read_everything(parsed)
    assert_same_json(parsed.to_dict(), original)  # timestamps that were read still come back as sent
    assert example.value == original


def test_round_trip_comparison_can_fail() -> None:
    with pytest.raises(AssertionError):
        assert_same_json({"createdTime": "2025-06-30T21:27:17.613+00:00"}, {"createdTime": "2025-06-30T21:27:17.613Z"})
    with pytest.raises(AssertionError):
        assert_same_json({"amount": 1}, {"amount": 1.0})
    with pytest.raises(AssertionError):
        assert_same_json({"a": 1}, {"a": 1, "b": None})


def test_timestamps_parse_to_aware_datetimes() -> None:
    customer = models.Customer.from_dict({"id": "cus_1", "createdTime": "2025-06-30T21:27:17.613Z"})
    assert customer.created_time == datetime.datetime(2025, 6, 30, 21, 27, 17, 613000, tzinfo=datetime.UTC)


def test_unknown_fields_are_kept_at_every_depth() -> None:
    body = {
        "id": "cus_1",
        "loyaltyTier": {"level": 3, "since": "2020"},
        "shipping": {"address": {"line1": "1 Main St", "geo": [44.9, -93.4]}, "courier": None},
        "sources": [{"id": "src_1", "creditCard": {"brand": "Visa", "network": "plus"}, "risk": 0.1}],
    }
    customer = models.Customer.from_dict(copy.deepcopy(body))
    assert customer["loyaltyTier"] == {"level": 3, "since": "2020"}
    assert customer.to_dict() == body


def test_unknown_enum_values_parse_and_come_back_unchanged() -> None:
    body = {
        "id": "cus_1",
        "type": "wholesale",
        "sources": [{"id": "src_1", "type": "crypto", "state": "frozen", "flow": "standard"}],
        "taxIdentifiers": [{"state": "revoked", "applicability": [{"customerType": "government"}]}],
    }
    customer = models.Customer.from_dict(copy.deepcopy(body))
    assert customer.type_ == "wholesale"
    assert isinstance(customer.type_, models.CustomerType)
    assert customer.type_.value == "wholesale"
    assert customer.to_dict() == body
    # Known values still resolve to the declared members, and unknown ones are cached.
    assert models.SourceFlow("standard") is models.SourceFlow.STANDARD
    assert models.SourceType("crypto") is models.SourceType("crypto")
    assert "crypto" not in [member.value for member in models.SourceType]


def test_enums_still_reject_non_strings() -> None:
    with pytest.raises(ValueError):
        models.CustomerType(3)


def test_models_build_requests_in_api_field_names() -> None:
    request = models.CustomerRequest(
        email="jsmith@example.com",
        type_=models.CustomerType.INDIVIDUAL,
        shipping=models.Shipping(
            name="John Smith", address=models.Address(line1="10380 Bren Rd W", postal_code="55129")
        ),
    )
    assert request.to_dict() == {
        "email": "jsmith@example.com",
        "type": "individual",
        "shipping": {"name": "John Smith", "address": {"line1": "10380 Bren Rd W", "postalCode": "55129"}},
    }


# --- Timestamps ----------------------------------------------------------------------------


@pytest.mark.parametrize("sent", ["2025-06-30T21:27:17.613Z", "2025-06-30T23:27:17+02:00", "2025-06-30T21:27:17.000Z"])
def test_timestamps_come_back_as_the_api_sent_them(sent: str) -> None:
    customer = models.Customer.from_dict({"id": "cus_1", "createdTime": sent})
    assert customer.to_dict()["createdTime"] == sent
    assert isinstance(customer.created_time, datetime.datetime)
    assert customer.created_time == datetime.datetime.fromisoformat(sent)
    # The same instant, however it is written, is still what the API sent.
    customer.created_time = customer.created_time.astimezone(datetime.UTC)
    assert customer.to_dict()["createdTime"] == sent
    customer.created_time = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert customer.to_dict()["createdTime"] == "2026-01-02T03:04:05+00:00"


# --- null ----------------------------------------------------------------------------------


def _properties(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    schema = resolve(schema)
    properties, required = dict(schema.get("properties", {})), list(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, more_required = _properties(part)
        properties.update(more)
        required += more_required
    return properties, required


def _kept_as_null(schema: dict[str, Any]) -> bool:
    schema = resolve(schema)
    kind = "enum" if "enum" in schema else schema.get("format") or schema.get("type", "object")
    return kind in ("object", "array", "date-time", "enum")


def _some_value(schema: dict[str, Any]) -> Any:
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return "2025-06-30T21:27:17Z"
    kind = schema.get("type", "object")
    if kind == "object":
        properties, required = _properties(schema)
        return {key: _some_value(properties[key]) for key in required}
    return {"string": "x", "boolean": True, "integer": 1, "number": 1.5, "array": []}[kind]


def _nullable_fields() -> list[tuple[str, str, dict[str, Any]]]:
    """(model, API field, a minimal body with that field null) for every optional object, list, timestamp, enum."""
    found = []
    for name, schema in DOCUMENT["components"]["schemas"].items():
        properties, required = _properties(schema)
        minimal = {key: _some_value(properties[key]) for key in required}
        for key, property_schema in properties.items():
            if key not in required and _kept_as_null(property_schema):
                found.append((name, key, {**minimal, key: None}))
    return found


@pytest.mark.parametrize(("model", "key", "body"), _nullable_fields(), ids=lambda v: v if isinstance(v, str) else "")
def test_null_is_kept_as_none(model: str, key: str, body: dict[str, Any]) -> None:
    cls = getattr(models, model)
    parsed = cls.from_dict(copy.deepcopy(body))
    nulls = [field for field in attrs.fields(cls) if getattr(parsed, field.name) is None]
    assert len(nulls) == 1, f"{model}.{key}: {nulls}"
    assert "None" in str(nulls[0].type), f"{model}.{nulls[0].name} is declared {nulls[0].type}, without None"
    assert_same_json(parsed.to_dict(), body)


def test_null_items_and_nested_nulls() -> None:
    body = {"id": "cus_1", "sources": [{"id": "src_1", "owner": None, "createdTime": None, "state": None}]}
    customer = models.Customer.from_dict(copy.deepcopy(body))
    source = customer.sources[0] if customer.sources else None
    assert source is not None and source.owner is None and source.created_time is None and source.state is None
    assert customer.to_dict() == body


# --- Lazy reading --------------------------------------------------------------------------

CUSTOMER = DOCUMENT["components"]["examples"]["customer"]["value"]


def test_nested_objects_are_read_on_first_access_and_kept() -> None:
    customer = models.Customer.from_dict(copy.deepcopy(CUSTOMER))
    assert "sources" not in vars(customer) and "shipping" not in vars(customer)
    assert customer.to_dict() == CUSTOMER  # nothing read: the JSON as it came
    sources = customer.sources
    assert isinstance(sources, list) and isinstance(sources[0], models.Source)
    assert customer.sources is sources, "read once, then kept"
    assert isinstance(sources[0].credit_card, models.CreditCard)
    assert sources[0].credit_card.brand == "Visa"
    assert "shipping" not in vars(customer)
    assert customer.to_dict() == CUSTOMER


@pytest.mark.parametrize("read_first", [False, True], ids=["unread", "read"])
def test_assignment_replaces_what_came(read_first: bool) -> None:
    customer = models.Customer.from_dict(copy.deepcopy(CUSTOMER))
    if read_first:
        read_everything(customer)
    customer.shipping = models.Shipping(name="Jane Doe")
    customer.tax_certificates = None
    customer.tax_identifiers = UNSET
    customer.metadata = models.Metadata()
    customer.metadata["coupon"] = "android"
    customer["loyaltyTier"] = 3
    assert customer.shipping.name == "Jane Doe"
    sent = customer.to_dict()
    assert sent["shipping"] == {"name": "Jane Doe"}
    assert sent["taxCertificates"] is None
    assert "taxIdentifiers" not in sent
    assert sent["metadata"] == {"coupon": "android"}
    assert sent["loyaltyTier"] == 3
    assert sent["sources"] == CUSTOMER["sources"]


def test_changes_inside_what_was_read_reach_to_dict() -> None:
    customer = models.Customer.from_dict(copy.deepcopy(CUSTOMER))
    assert isinstance(customer.sources, list)
    customer.sources[0].id = "src_new"
    customer.sources.append(models.Source(id="src_2"))
    sources = customer.to_dict()["sources"]
    assert [s["id"] for s in sources] == ["src_new", "src_2"]
    assert sources[0]["owner"] == CUSTOMER["sources"][0]["owner"]


def test_to_dict_shares_nothing_with_the_model() -> None:
    customer = models.Customer.from_dict(copy.deepcopy(CUSTOMER))
    sent = customer.to_dict()
    sent["shipping"]["name"] = "changed"
    sent["sources"][0]["owner"]["address"]["city"] = "changed"
    sent["metadata"]["coupon"] = "changed"
    assert customer.to_dict() == CUSTOMER
    assert isinstance(customer.shipping, models.Shipping) and customer.shipping.name == "John Smith"


def test_models_built_by_keyword_and_read_from_json_compare_equal() -> None:
    body = {"name": "John Smith", "address": {"line1": "10380 Bren Rd W", "postalCode": "55129"}}
    built = models.Shipping(name="John Smith", address=models.Address(line1="10380 Bren Rd W", postal_code="55129"))
    assert models.Shipping.from_dict(copy.deepcopy(body)) == built
    assert models.Shipping.from_dict(MappingProxyType(copy.deepcopy(body))) == built
    assert built.to_dict() == body


def test_models_copy_and_pickle() -> None:
    customer = models.Customer.from_dict(copy.deepcopy({**CUSTOMER, "email": UNSET}))
    for twin in (pickle.loads(pickle.dumps(customer)), copy.deepcopy(customer), copy.copy(customer)):
        assert twin == customer
        assert twin.email is UNSET
        assert twin.to_dict() == {key: value for key, value in CUSTOMER.items() if key != "email"}


# --- Problems in the JSON ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ({"email": "a@example.com"}, KeyError, "'id'"),
        ({"id": "cus_1", "shipping": "nowhere"}, ModelDataError, "Customer.shipping: expected a JSON object or null"),
        ({"id": "cus_1", "sources": {"id": "src_1"}}, ModelDataError, "Customer.sources: expected a JSON array"),
        ({"id": "cus_1", "createdTime": "yesterday"}, ModelDataError, "Customer.createdTime: expected an ISO 8601"),
        ({"id": "cus_1", "createdTime": 1751318837}, ModelDataError, "Customer.createdTime: expected an ISO 8601"),
        ({"id": "cus_1", "type": 3}, ModelDataError, "Customer.type: expected a CustomerType, got int 3"),
        (["cus_1"], ModelDataError, "Customer: expected a JSON object, got list"),
    ],
    ids=["missing-id", "object", "list", "timestamp", "timestamp-number", "enum", "not-an-object"],
)
def test_from_dict_checks_the_fields_of_the_object_it_is_given(body: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        models.Customer.from_dict(body)
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError | KeyError)  # what the SDK turns into APIResponseValidationError


def test_a_page_checks_each_item_it_holds() -> None:
    with pytest.raises(ModelDataError, match=r"Customer\.shipping"):
        models.ListCustomersResponse.from_dict({"hasMore": False, "data": [{"id": "c1"}, {"id": "c2", "shipping": 1}]})
    with pytest.raises(KeyError):
        models.ListCustomersResponse.from_dict({"hasMore": False, "data": [{}]})
    with pytest.raises(ModelDataError, match=r"^ListCustomersResponse\.data: expected a JSON array, got null$"):
        models.ListCustomersResponse.from_dict({"hasMore": False, "data": None})


BROKEN = {
    "id": "cus_1",
    "email": "a@example.com",
    "sources": [{"id": "src_1"}, {"id": "src_2", "owner": "me"}],
    "taxIdentifiers": [{"id": "tax_1", "createdTime": "yesterday"}],
    "shipping": {"address": {"line1": "1 Main St"}},
}


@pytest.mark.parametrize(
    ("attribute", "path"),
    [("sources", "Customer.sources[1].owner"), ("tax_identifiers", "Customer.taxIdentifiers[0].createdTime")],
)
def test_problems_inside_nested_objects_are_raised_when_read(attribute: str, path: str) -> None:
    customer = models.Customer.from_dict(copy.deepcopy(BROKEN))
    for _ in range(2):  # nothing half-read is kept
        with pytest.raises(ModelDataError) as caught:
            getattr(customer, attribute)
        assert str(caught.value).startswith(path + ": "), str(caught.value)
        assert caught.value.model + caught.value.path == path
        assert isinstance(caught.value, ValueError)
    # The rest of the object reads, and it still goes back as it came.
    assert customer.email == "a@example.com"
    assert isinstance(customer.shipping, models.Shipping) and isinstance(customer.shipping.address, models.Address)
    assert customer.to_dict() == BROKEN
    setattr(customer, attribute, [])
    assert customer.to_dict()[BROKEN_KEYS[attribute]] == []


BROKEN_KEYS = {"sources": "sources", "tax_identifiers": "taxIdentifiers"}


def test_each_object_checks_its_own_fields_when_it_is_read() -> None:
    # A problem two levels down is found when the level above it is read, and named from there.
    customer = models.Customer.from_dict({"id": "cus_1", "sources": [{"id": "src_1", "owner": {"address": "nowhere"}}]})
    assert isinstance(customer.sources, list)
    with pytest.raises(ModelDataError, match=r"^Source\.owner\.address: expected a JSON object or null, got str"):
        print(customer.sources[0].owner)


def test_model_data_errors_pickle() -> None:
    error = ModelDataError("Customer", ".sources[1]", "expected a JSON object, got int 3")
    again = pickle.loads(pickle.dumps(error))
    assert (again.model, again.path, again.problem, str(again)) == (error.model, error.path, error.problem, str(error))


async def test_through_the_sdk_nested_problems_surface_when_read(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BROKEN)
    customer = await dr.customers.retrieve("cus_1")
    assert customer.email == "a@example.com"
    with pytest.raises(ModelDataError, match=r"^Customer\.sources\[1\]\.owner: "):
        print(customer.sources)


def test_a_model_dumps_to_json_its_own_way_or_with_json_default() -> None:
    import json as stdlib_json

    import orjson

    from digitalriver import json_default

    body = {"id": "cus_1", "email": "é@example.com", "createdTime": "2025-06-30T21:27:17.613Z", "metadata": {"a": [1]}}
    customer = models.Customer.from_dict(copy.deepcopy(body))
    assert stdlib_json.loads(customer.to_json()) == body
    assert customer.to_json(indent=2).startswith('{\n  "id": "cus_1"')
    assert stdlib_json.loads(stdlib_json.dumps({"page": [customer]}, default=json_default)) == {"page": [body]}
    assert orjson.loads(orjson.dumps([customer], default=json_default)) == [body]
    with pytest.raises(TypeError):
        stdlib_json.dumps(customer)  # the standard library takes no hook but `default`


def test_a_free_form_object_is_a_mapping_of_its_keys() -> None:
    customer = models.Customer.from_dict({"id": "cus_1", "metadata": {"plan": "gold", "seats": 3}})
    metadata = customer.metadata
    assert isinstance(metadata, models.Metadata)
    assert dict(metadata) == {"plan": "gold", "seats": 3}  # type: ignore[arg-type]
    assert len(metadata) == 2 and list(metadata) == ["plan", "seats"] and metadata.get("none") is None  # type: ignore[arg-type]
    metadata["plan"] = "silver"  # type: ignore[index]
    del metadata["seats"]  # type: ignore[union-attr]
    assert customer.to_dict()["metadata"] == {"plan": "silver"}


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        ({"id": "cus_1", "email": 5}, "email", "Customer.email: expected a string, got int 5"),
        ({"id": "cus_1", "enabled": "yes"}, "enabled", "Customer.enabled: expected a boolean, got str 'yes'"),
        ({"id": 7}, "id", "Customer.id: expected a string, got int 7"),
        ({"id": "cus_1", "invoices": ["inv_1", 2]}, "invoices", "Customer.invoices[1]: expected a string, got int 2"),
    ],
)
def test_a_scalar_of_the_wrong_kind_never_passes_as_its_type(body: dict[str, Any], field: str, problem: str) -> None:
    customer = models.Customer.from_dict(copy.deepcopy(body))
    with pytest.raises(ModelDataError) as caught:
        getattr(customer, field)
    assert str(caught.value) == problem
    assert customer.to_dict() == body  # what came goes back
    if field != "id":
        assert customer.id == body["id"]  # the rest of the object still reads


def test_an_exact_conversion_gives_the_annotated_type() -> None:
    invoice = models.Invoice.from_dict({"id": "inv_1", "totalAmount": 3, "subtotal": 2.5})
    assert invoice.total_amount == 3 and invoice.subtotal == 2.5  # an integer is a number
    with pytest.raises(ModelDataError, match=r"Invoice.totalTax: expected a number, got str '4.5'"):
        _ = models.Invoice.from_dict({"id": "inv_1", "totalTax": "4.5"}).total_tax
