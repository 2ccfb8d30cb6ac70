"""The `digitalriver` command line: options and help from the document, usage errors before anything
is sent, messages that speak of the command, exit statuses by cause, progress and the summary."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from digitalriver._cli import main
from digitalriver._export import LIST_OPERATIONS
from digitalriver._version import __version__
from digitalriver.testing import FakeDigitalRiver, Fault
from digitalriver_api.operations import OPERATIONS

from .exporting import KEY, Recorder, export, ids, newest_first, slow


@pytest.fixture
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=250, checkouts=40, invoices=60, spread=timedelta(days=10))
    return fake


@pytest.fixture
def recorder(fake: FakeDigitalRiver) -> Recorder:
    return Recorder(fake)


@pytest.fixture
def url(fake: FakeDigitalRiver, recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    with fake.serve_in_thread() as base_url:
        yield base_url


def help_text(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # as one line, whatever the terminal's width


# --- help ---------------------------------------------------------------------------------------------


def test_every_filter_of_every_list_is_an_option_with_the_documents_description(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from digitalriver._cli import filter_options

    text = help_text(capsys)
    options = {option.name for option in filter_options()}
    described: set[str] = set()
    for operation_id in LIST_OPERATIONS.values():
        for name, parameter in OPERATIONS[operation_id].query.items():
            if name in ("limit", "starting_after", "ending_before"):
                continue
            assert name in options
            if parameter.kind != "object" and name not in described:  # the words of the lists that take it
                described.add(name)
                words = " ".join(parameter.description.split()).rstrip(".")
                # Lists that word a shared filter each for their own objects: the help says it of any.
                shared = re.sub(rf"\b(?:{'|'.join(LIST_OPERATIONS)})\b", "objects", words)
                assert words in text or shared in text, name
    for flag in ("--created-since", "--created-until", "--updated-since", "--total-amount-min", "--price-max"):
        assert flag in text
    assert "whose `createdTime` is at or after TIME (sent as createdTime[gte])" in text
    assert "whose `createdTime` is before TIME (sent as createdTime[lt])" in text
    assert "--state {draft,open,void,paid,uncollectible}" in text  # enums list their choices
    assert "--page-size N, --limit N" in text
    assert "Only return objects with the given email (customers, checkouts only)" in text  # shared, not one's


def test_help_has_examples_and_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys)
    assert "examples: export DIGITALRIVER_API_KEY=sk_test_" in text and "digitalriver export customers --out" in text
    assert "exit status: 0 done; 1 the API or the network failed" in text and "143 terminated (SIGTERM)" in text
    for option in ("--out", "--checkpoint", "--incremental", "--lookback", "--single-chain", "--max-objects"):
        assert re.search(rf"{option} [A-Z]*\s*\S", text), option


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and capsys.readouterr().out.strip() == f"digitalriver {__version__}"


# --- usage errors: status 2, nothing sent ------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["customers", "--page-size", "0"], "expected a whole number of 1 or more"),
        (["customers", "--limit", "x"], "expected a whole number"),
        (["customers", "--page-size", "101"], "limit must be between 1 and 100"),
        (["customers", "invoices", "--email", "a@example.com"], "--email is not a filter of invoices"),
        (["customers", "--request-to-be-forgotten", "maybe"], "expected true or false"),
        (["customers", "invoices", "--out", "-"], "takes one resource"),
        (["orders"], "invalid choice"),
        (["customers", "--rate-limit", "-3"], "rate_limit must be a positive number"),
        (["invoices", "--state", "payed"], "invalid choice: 'payed'"),
        (["checkouts", "--charge-type", "mot"], "invalid choice: 'mot'"),
        (["customers", "--emial", "a@example.com"], "did you mean --email?"),
        (["customers", "--created-since", "last tuesday"], "expected an ISO 8601 time"),
        (["customers", "--created-since", "2024-02-01", "--created-until", "2024-01-01"], "is not before"),
        (["customers", "--incremental"], "--incremental keeps its high-water mark in the checkpoint"),
        (["customers", "--lookback", "a while"], "expected a duration"),
    ],
)
def test_bad_usage_exits_2_and_sends_nothing(
    fake: FakeDigitalRiver,
    url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert export("--base-url", url, "--out", str(tmp_path / "x"), *args) == 2
    assert message in capsys.readouterr().err
    assert fake.counters.requests == 0


# --- the filters as sent -----------------------------------------------------------------------------


def test_ranges_and_arrays_are_sent_as_the_api_reads_them(
    fake: FakeDigitalRiver, url: str, recorder: Recorder, tmp_path: Path
) -> None:
    out = tmp_path / "i.jsonl"
    invoices = newest_first(fake, "invoices")
    since, until = invoices[40]["createdTime"], invoices[10]["createdTime"]
    args = ["invoices", "--base-url", url, "--out", str(out), "--single-chain", "--total-amount-min", "11.5"]
    assert export(*args, "--created-since", since, "--created-until", until) == 0
    sent = recorder.queries[0]
    assert sent["createdTime[gte]"] == since and sent["createdTime[lt]"] == until
    assert sent["totalAmount[gte]"] == "11.5"
    assert set(ids(out)) == {i["id"] for i in invoices[11:41] if i["totalAmount"] >= 11.5}
    wanted = [i["id"] for i in invoices[:3]]
    recorder.queries.clear()
    assert export("invoices", "--base-url", url, "--out", str(out), "--ids", ",".join(wanted), "--state", "draft") == 0
    assert recorder.queries[0]["ids"] == ",".join(wanted) and recorder.queries[0]["state"] == "draft"


# --- messages that speak of the command --------------------------------------------------------------


def test_a_missing_key_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DIGITALRIVER_API_KEY", raising=False)
    assert export("customers", "--out", str(tmp_path / "c")) == 3
    err = capsys.readouterr().err
    assert "DIGITALRIVER_API_KEY is not set" in err and "api_key=" not in err and "sk_test_" in err


@pytest.mark.parametrize(("status", "words"), [(401, "refused the API key"), (403, "did not allow this")])
def test_a_refused_key_exits_3_with_a_hint(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], status: int, words: str
) -> None:
    fake.config.faults.script.append(Fault("error", status=status))
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "c"), "--max-retries", "0") == 3
    err = capsys.readouterr().err
    assert words in err and "DIGITALRIVER_API_KEY" in err and "test keys start with sk_test_" in err


def test_a_network_failure_exits_1_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    code = export("customers", "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "--out", str(tmp_path / "c"))
    assert code == 1
    assert "digitalriver export: failed: APIConnectionError" in capsys.readouterr().err


# --- progress and the summary ------------------------------------------------------------------------


def test_a_bar_has_a_total_and_the_time_left_when_the_count_is_known(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "customers",
        "--base-url",
        url,
        "--out",
        str(tmp_path / "c.jsonl"),
        "--progress",
        "bar",
        "--page-size",
        "20",
    ]
    assert export(*args, "--max-objects", "100", "--single-chain") == 0
    bar = capsys.readouterr().err.split("\r")[-1]
    assert re.search(r"customers: 100%\|.*\| 100/100 \[\d\d:\d\d<\d\d:\d\d", bar), bar


def test_a_bar_estimates_the_total_from_the_time_range_listed(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slow(fake, 0.03)  # time enough for the bar to be drawn along the way
    args = ["customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl"), "--progress", "bar"]
    assert export(*args, "--page-size", "10", "--rate-limit", "off", "--concurrency", "4") == 0
    err = capsys.readouterr().err
    assert re.search(r"customers:\s+\d+%\|.*\| [\d,]+/~[\d,]+ \[\d\d:\d\d<\d\d:\d\d", err), err[-2000:]
    assert "250/250" in err.split("\r")[-1]


def test_a_terminal_gets_the_bar_without_asking(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl")) == 0
    err = capsys.readouterr().err
    assert "\r" in err and "pages=3" in err and "customers: exporting to" not in err  # a bar, not log lines


def test_the_summary_fits_80_columns_and_gives_the_rate_limits_hold_as_wall_time(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d"
    args = ["customers", "checkouts", "invoices", "--base-url", url, "--out", str(out), "--page-size", "10"]
    assert export(*args, "--rate-limit", "20", "--progress", "off") == 0
    summary = capsys.readouterr().out.splitlines()
    assert len(summary) == 6
    for line in summary:
        assert len(line.replace(str(out), "d")) <= 80, line
    held = re.search(r"the rate limit \(20/s\) held requests back ([\d.]+) s of ([\d.]+) s", summary[-1])
    assert held is not None and 0 < float(held[1]) <= float(held[2])


def test_the_api_address_comes_from_the_environment_as_for_the_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    fake = FakeDigitalRiver()
    fake.seed(customers=12)
    out = tmp_path / "c.jsonl"
    with fake.serve_in_thread() as url:
        monkeypatch.setenv("DIGITALRIVER_BASE_URL", url)
        assert export("customers", "--out", str(out), "--rate-limit", "off", "--progress", "off") == 0
    assert sorted(ids(out)) == sorted(fake.store.customers.objects)
