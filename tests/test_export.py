"""`digitalriver export`: JSON Lines as sent, filters as options, progress and summary, and a
checkpoint that survives `kill -9` with every object written exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from digitalriver._cli import main
from digitalriver.testing import FakeDigitalRiver

KEY = "sk_test_export_7c1d"


@pytest.fixture
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=250, checkouts=40, invoices=30)
    return fake


@pytest.fixture
def url(fake: FakeDigitalRiver, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    with fake.serve_in_thread() as base_url:
        yield base_url


def export(*args: str) -> int:
    with pytest.raises(SystemExit) as exited:
        main(["export", *args])
    assert isinstance(exited.value.code, int)
    return exited.value.code


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def newest_first(fake: FakeDigitalRiver, resource: str) -> list[dict[str, Any]]:
    collection = getattr(fake.store, resource)
    return json.loads(json.dumps(collection.newest_first()))  # as the fake sends them


def test_every_object_is_written_once_as_the_api_sent_it(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.store.create_customer({"email": "new@example.com", "type": "cooperative", "nextYearsField": {"x": [1, None]}})
    out = tmp_path / "customers.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--progress", "off") == 0
    written = lines(out)
    assert written == newest_first(fake, "customers")
    assert written[0]["nextYearsField"] == {"x": [1, None]} and written[0]["type"] == "cooperative"
    summary = capsys.readouterr().out
    assert "customers: 251 objects in 3 pages" in summary
    assert "total: 251 objects, 3 pages, 3 requests, 0 retries, 0 rate-limited (429)" in summary


def test_three_resources_at_once_into_a_folder(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = export("customers", "checkouts", "invoices", "--base-url", url, "--out", str(tmp_path / "dump"))
    assert code == 0
    for resource in ("customers", "checkouts", "invoices"):
        assert lines(tmp_path / "dump" / f"{resource}.jsonl") == newest_first(fake, resource)
    captured = capsys.readouterr()
    assert "total: 320 objects, 5 pages, 5 requests" in captured.out
    # Not a terminal here: progress comes as log lines on standard error.
    assert "customers: exporting to" in captured.err and "customers: 250 objects, 3 pages" in captured.err


def test_filters_are_options(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    out = tmp_path / "one.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--email", "customer7@example.com") == 0
    assert [c["email"] for c in lines(out)] == ["customer7@example.com"]
    assert export("invoices", "--base-url", url, "--out", str(out), "--limit", "7", "--currency", "EUR") == 0
    euro = [i for i in newest_first(fake, "invoices") if i["currency"] == "EUR"]
    assert lines(out) == euro and len(euro) == 10
    assert export("customers", "--base-url", url, "--out", str(out), "--request-to-be-forgotten", "false") == 0
    assert len(lines(out)) == 250


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["customers", "--limit", "0"], "limit must be between 1 and 100"),
        (["customers", "--limit", "x"], "invalid int value"),
        (["customers", "invoices", "--email", "a@example.com"], "--email is not a filter of invoices"),
        (["customers", "--request-to-be-forgotten", "maybe"], "expected true or false"),
        (["customers", "invoices", "--out", "-"], "takes one resource"),
        (["orders"], "invalid choice"),
        (["customers", "--rate-limit", "-3"], "rate_limit must be a positive number"),
    ],
)
def test_bad_usage_exits_2_and_sends_nothing(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert export("--base-url", url, "--out", str(tmp_path / "x"), *args) == 2
    assert message in capsys.readouterr().err
    assert fake.counters.requests == 0


def test_standard_output_gets_the_objects_and_standard_error_the_summary(
    fake: FakeDigitalRiver, url: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert export("checkouts", "--base-url", url, "--out", "-", "--progress", "off") == 0
    captured = capsysbinary.readouterr()
    assert [json.loads(line) for line in captured.out.splitlines()] == newest_first(fake, "checkouts")
    assert b"checkouts: 40 objects in 1 pages" in captured.err


def test_a_progress_bar_when_asked(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl"), "--progress", "bar") == 0
    bar = capsys.readouterr().err.split("\r")[-1]
    assert bar.startswith("customers: 250 objects [") and "pages=3" in bar  # no total is known: it counts up


def test_a_terminal_gets_the_bar_without_asking(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl")) == 0
    err = capsys.readouterr().err
    assert "\r" in err and "pages=3" in err and "customers: exporting to" not in err  # a bar, not log lines


def test_a_network_failure_exits_1_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    code = export("customers", "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "--out", str(tmp_path / "c"))
    assert code == 1
    assert "digitalriver export failed: APIConnectionError" in capsys.readouterr().err


def test_a_missing_key_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.delenv("DIGITALRIVER_API_KEY", raising=False)
    assert export("customers", "--out", str(tmp_path / "c")) == 2
    assert "DIGITALRIVER_API_KEY" in capsys.readouterr().err


# --- checkpoints --------------------------------------------------------------------------------


def test_a_finished_checkpoint_is_not_exported_again(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl"), "--checkpoint", str(tmp_path / "ck")]
    assert export(*args) == 0
    sent = fake.counters.requests
    assert export(*args) == 0
    assert fake.counters.requests == sent
    assert "customers: already complete" in capsys.readouterr().err
    assert lines(tmp_path / "c.jsonl") == newest_first(fake, "customers")


def test_a_checkpoint_of_another_export_is_refused(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkpoint = str(tmp_path / "ck")
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "a"), "--checkpoint", checkpoint) == 0
    capsys.readouterr()
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "b"), "--checkpoint", checkpoint) == 2
    assert "was made by another export of customers" in capsys.readouterr().err
    Path(checkpoint).write_text("{not json")
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "a"), "--checkpoint", checkpoint) == 2
    assert "is not a checkpoint of this command" in capsys.readouterr().err


def test_resuming_cuts_a_half_written_page_and_asks_for_it_again(
    fake: FakeDigitalRiver, url: str, tmp_path: Path
) -> None:
    """The crash this guards against: the output got (part of) a page, the checkpoint did not."""
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint), "--limit", "40"]
    assert export(*args) == 0
    expected = newest_first(fake, "customers")
    # Roll the checkpoint back to after page 2, as if the process died while writing page 3.
    state = json.loads(checkpoint.read_text())
    kept = b"".join(line + b"\n" for line in out.read_bytes().splitlines()[:80])
    state["exports"]["customers"].update(cursor=expected[79]["id"], offset=len(kept), objects=80, pages=2, done=False)
    checkpoint.write_text(json.dumps(state))
    out.write_bytes(kept + b'{"id": "torn-in-the-mid')
    sent = fake.counters.requests
    assert export(*args) == 0
    assert lines(out) == expected
    assert fake.counters.requests - sent == 5  # pages 3 to 7 of 40, not the first two again


def test_kill_9_mid_export_then_the_same_command_resumes_with_each_object_once(tmp_path: Path) -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=1500)
    out, checkpoint = tmp_path / "customers.jsonl", tmp_path / "export.checkpoint"
    with fake.serve_in_thread() as base_url:
        command = [
            sys.executable,
            "-m",
            "digitalriver",
            "export",
            "customers",
            "--base-url",
            base_url,
            "--out",
            str(out),
            "--checkpoint",
            str(checkpoint),
            "--limit",
            "10",
            "--rate-limit",
            "50",  # 150 pages at 50/s: about three seconds, time enough to be killed in the middle
        ]
        env = {**os.environ, "DIGITALRIVER_API_KEY": KEY}
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        pages = 0
        while pages < 20:
            assert first.poll() is None, "the export ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
            try:
                pages = json.loads(checkpoint.read_bytes())["exports"]["customers"]["pages"]
            except (FileNotFoundError, ValueError):
                continue
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert first.returncode == -signal.SIGKILL
        sent_before = fake.counters.requests
        saved = json.loads(checkpoint.read_bytes())["exports"]["customers"]
        assert not saved["done"] and 0 < saved["objects"] < 1500

        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert f"resuming after {saved['objects']:,} objects" in second.stderr
        # It went on from the checkpoint: at most the page being written when killed came twice.
        assert fake.counters.requests - sent_before <= 150 - saved["pages"] + 1

    ids = [customer["id"] for customer in lines(out)]
    assert ids == [customer["id"] for customer in newest_first(fake, "customers")]
    assert len(set(ids)) == 1500
