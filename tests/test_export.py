"""`digitalriver export`: JSON Lines as sent, sliced by time with every object exactly once (on a
slice's edge too), the output's order, checkpoints that survive `kill -9` with slices in flight."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from digitalriver.testing import FakeDigitalRiver

from .exporting import (
    KEY,
    Recorder,
    checkpoint_state,
    command,
    environment,
    export,
    ids,
    lines,
    newest_first,
    slow,
    wait_until,
)

START = datetime(2024, 3, 1, tzinfo=UTC)


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


def at_whole_seconds(fake: FakeDigitalRiver, count: int, per_second: int) -> list[str]:
    """Customers created `per_second` at a time on whole seconds, where slices are cut: every one on an edge."""
    made = fake.seed(customers=count)["customers"]
    for n, customer in enumerate(made):
        moment = (START + timedelta(seconds=n // per_second)).isoformat().replace("+00:00", "Z")
        customer["createdTime"] = customer["updatedTime"] = moment
    fake.store.customers.reindex()
    return [customer["id"] for customer in made]


# --- what is written -----------------------------------------------------------------------------


def test_every_object_is_written_once_as_the_api_sent_it(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.store.create_customer({"email": "new@example.com", "type": "cooperative", "nextYearsField": {"x": [1, None]}})
    out = tmp_path / "customers.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--progress", "off") == 0
    written = lines(out)
    assert sorted(written, key=lambda c: c["id"]) == sorted(newest_first(fake, "customers"), key=lambda c: c["id"])
    new = next(c for c in written if c["email"] == "new@example.com")
    assert new["nextYearsField"] == {"x": [1, None]} and new["type"] == "cooperative"
    summary = capsys.readouterr().out
    assert f"customers: 251 objects, 3 pages -> {out}" in summary
    assert "total: 251 objects, 3 pages in" in summary and "3 requests, 0 retries, 0 rate-limited (429)" in summary


def test_a_single_chain_writes_newest_first_as_the_api_lists(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--single-chain", "--page-size", "30") == 0
    assert lines(out) == newest_first(fake, "customers")


def test_three_resources_at_once_into_a_folder(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = export("customers", "checkouts", "invoices", "--base-url", url, "--out", str(tmp_path / "dump"))
    assert code == 0
    for resource in ("customers", "checkouts", "invoices"):
        assert Counter(ids(tmp_path / "dump" / f"{resource}.jsonl")) == Counter(
            obj["id"] for obj in newest_first(fake, resource)
        )
    captured = capsys.readouterr()
    assert "total: 320 objects, 5 pages in" in captured.out
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
    wanted = [c["id"] for c in newest_first(fake, "checkouts")[3:6]]
    assert export("checkouts", "--base-url", url, "--out", str(out), "--ids", ",".join(wanted)) == 0
    assert set(ids(out)) == set(wanted)


def test_the_standard_output_gets_the_objects_and_standard_error_the_summary(
    fake: FakeDigitalRiver, url: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert export("checkouts", "--base-url", url, "--out", "-", "--progress", "off") == 0
    captured = capsysbinary.readouterr()
    assert [json.loads(line) for line in captured.out.splitlines()] == newest_first(fake, "checkouts")
    assert b"checkouts: 40 objects, 1 pages -> -" in captured.err


def test_a_new_folder_named_by_out_is_made(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    assert export("checkouts", "--base-url", url, "--out", f"{tmp_path}/new/deeper/") == 0
    assert len(lines(tmp_path / "new" / "deeper" / "checkouts.jsonl")) == 40


def test_max_objects_stops_there(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--max-objects", "42", "--single-chain") == 0
    assert lines(out) == newest_first(fake, "customers")[:42]
    assert export("customers", "--base-url", url, "--out", str(out), "--max-objects", "130", "--rate-limit", "off") == 0
    assert len(set(ids(out))) == 130


# --- slices ----------------------------------------------------------------------------------------


def test_slices_run_side_by_side_and_write_every_object_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    fake = FakeDigitalRiver()
    fake.seed(customers=3000, spread=timedelta(days=90))
    recorder = Recorder(fake)
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    with fake.serve_in_thread() as url:
        args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint)]
        assert export(*args, "--page-size", "25", "--rate-limit", "off", "--concurrency", "8") == 0
    assert Counter(ids(out)) == Counter(list(fake.store.customers.objects))
    assert all(count == 1 for count in Counter(ids(out)).values())
    slices = json.loads(checkpoint.read_bytes())["exports"]["customers"]["slices"]
    assert len(slices) > 8 and all(piece["done"] for piece in slices)
    ranged = [q for q in recorder.queries if "createdTime[gte]" in q or "createdTime[lt]" in q]
    assert len(ranged) > len(recorder.queries) / 2
    # Half-open: the slices' bounds meet, each bound the lt of one slice and the gte of the next.
    bounds = Counter(b for piece in slices for b in (piece["gte"], piece["lt"]) if b is not None)
    assert set(bounds.values()) == {2}


@pytest.mark.parametrize("concurrency", [1, 2, 3])
def test_no_more_requests_are_in_flight_than_concurrency(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, concurrency: int
) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    fake = FakeDigitalRiver()
    fake.seed(customers=1500, spread=timedelta(days=90))
    slow(fake, 0.02)
    app, in_flight, peak = fake.app, [0], [0]

    async def counting(scope: dict[str, Any], receive: Any, send: Any) -> None:
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        try:
            await app(scope, receive, send)
        finally:
            in_flight[0] -= 1

    fake.app = counting  # type: ignore[assignment]
    out = tmp_path / "c.jsonl"
    with fake.serve_in_thread() as url:
        args = ["customers", "--base-url", url, "--out", str(out), "--page-size", "20", "--rate-limit", "off"]
        assert export(*args, "--concurrency", str(concurrency)) == 0
    assert Counter(ids(out)) == Counter(list(fake.store.customers.objects))
    assert peak[0] <= concurrency


@pytest.mark.parametrize("per_second", [1, 7])
def test_an_object_on_a_slice_edge_is_in_exactly_one_slice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_second: int
) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    fake = FakeDigitalRiver()
    made = at_whole_seconds(fake, 1400, per_second)
    out = tmp_path / "c.jsonl"
    with fake.serve_in_thread() as url:
        args = ["customers", "--base-url", url, "--out", str(out), "--page-size", "9", "--rate-limit", "off"]
        assert export(*args, "--concurrency", "12") == 0
    assert Counter(ids(out)) == Counter(made)


def test_created_since_and_until_are_half_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    fake = FakeDigitalRiver()
    made = at_whole_seconds(fake, 300, 3)
    since, until = "2024-03-01T00:00:10Z", "2024-03-01T00:01:10Z"  # 3 objects on each bound
    out = tmp_path / "c.jsonl"
    with fake.serve_in_thread() as url:
        base = ["customers", "--base-url", url, "--out", str(out), "--page-size", "4", "--rate-limit", "off"]
        assert export(*base, "--created-since", since, "--created-until", until) == 0
    assert Counter(ids(out)) == Counter(made[30:210])  # [10 s, 70 s): from the bound, up to the other


# --- checkpoints ---------------------------------------------------------------------------------


def test_a_finished_checkpoint_is_not_exported_again(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl"), "--checkpoint", str(tmp_path / "ck")]
    assert export(*args) == 0
    sent = fake.counters.requests
    assert export(*args) == 0
    assert fake.counters.requests == sent
    assert "customers: already complete" in capsys.readouterr().err
    assert Counter(ids(tmp_path / "c.jsonl")) == Counter(list(fake.store.customers.objects))


def test_a_checkpoint_of_another_export_is_refused(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkpoint = str(tmp_path / "ck")
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "a"), "--checkpoint", checkpoint) == 0
    capsys.readouterr()
    sent = fake.counters.requests
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "b"), "--checkpoint", checkpoint) == 2
    assert "was made by another export of customers" in capsys.readouterr().err
    assert (
        export(
            "customers", "--base-url", url, "--out", str(tmp_path / "a"), "--checkpoint", checkpoint, "--email", "x@y"
        )
        == 2
    )
    Path(checkpoint).write_text("{not json")
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "a"), "--checkpoint", checkpoint) == 2
    assert "is not a checkpoint of this command" in capsys.readouterr().err
    assert fake.counters.requests == sent


def test_resuming_cuts_a_half_written_page_and_asks_for_it_again(
    fake: FakeDigitalRiver, url: str, tmp_path: Path
) -> None:
    """The crash this guards against: the output got (part of) a page, the checkpoint did not."""
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint), "--limit", "40"]
    assert export(*args, "--single-chain") == 0
    expected = newest_first(fake, "customers")
    # Roll the checkpoint back to after page 2, as if the process died while writing page 3.
    state = json.loads(checkpoint.read_text())
    kept = out.read_bytes().splitlines(keepends=True)[:80]
    body = b"".join(kept)
    piece = state["exports"]["customers"]["slices"][0]
    piece.update(cursor=expected[79]["id"], edge=expected[79]["createdTime"], done=False)
    piece.update(edge_ids=[c["id"] for c in expected[:80] if c["createdTime"] == expected[79]["createdTime"]])
    page_two = b"".join(kept[40:80])
    state["exports"]["customers"].update(
        offset=len(body),
        objects=80,
        pages=2,
        done=False,
        tail_size=len(page_two),
        tail_sha256=hashlib.sha256(page_two).hexdigest(),
    )
    checkpoint.write_text(json.dumps(state))
    (tmp_path / "c.jsonl.partial").write_bytes(body + b'{"id": "torn-in-the-mid')
    sent = fake.counters.requests
    assert export(*args, "--single-chain") == 0
    assert lines(out) == expected
    assert fake.counters.requests - sent == 5  # pages 3 to 7 of 40, not the first two again


def test_kill_9_with_slices_in_flight_then_the_same_command_resumes_with_each_object_once(tmp_path: Path) -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=1500, spread=timedelta(days=30))
    slow(fake, 0.05)  # 50 ms a page at 50 requests/s: three slices or so in flight
    out, checkpoint = tmp_path / "customers.jsonl", tmp_path / "export.checkpoint"
    with fake.serve_in_thread() as base_url:
        run = command(base_url, "customers", "--out", str(out), "--checkpoint", str(checkpoint))
        run += ["--page-size", "10", "--rate-limit", "50"]  # 150 pages or so: about three seconds
        first = subprocess.Popen(run, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def in_flight() -> bool:
            state = checkpoint_state(checkpoint, "customers")
            working = [s for s in (state or {}).get("slices", []) if s["cursor"] and not s["done"]]
            return state is not None and state["pages"] >= 25 and len(working) >= 2

        wait_until(first, in_flight, "slices were in flight")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert first.returncode == -signal.SIGKILL
        saved = checkpoint_state(checkpoint, "customers")
        assert saved is not None and not saved["done"] and 0 < saved["objects"] < 1500
        assert not out.exists()  # it is written beside, and put in place once complete
        sent_before = fake.counters.requests

        second = subprocess.run(run, env=environment(), capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert f"resuming after {saved['objects']:,} objects" in second.stderr
        assert fake.counters.requests - sent_before < 150 + 40  # it went on: not all over again

    assert Counter(ids(out)) == Counter(list(fake.store.customers.objects))
    assert len(ids(out)) == 1500
