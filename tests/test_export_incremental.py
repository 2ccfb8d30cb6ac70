"""Incremental runs: with `--incremental`, a finished checkpoint's next run exports what was created or
updated since the last run started (less the lookback), and nothing on a boundary is lost."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from digitalriver.testing import FakeDigitalRiver

from .exporting import KEY, Recorder, checkpoint_state, export, ids, lines


@pytest.fixture
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=500, checkouts=30, spread=timedelta(days=60))  # the newest created hours ago
    return fake


@pytest.fixture
def recorder(fake: FakeDigitalRiver) -> Recorder:
    return Recorder(fake)


@pytest.fixture
def url(fake: FakeDigitalRiver, recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    with fake.serve_in_thread() as base_url:
        yield base_url


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def incremental(url: str, out: Path, checkpoint: Path, *extra: str) -> list[str]:
    args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint), "--incremental"]
    return [*args, "--page-size", "20", "--rate-limit", "off", "--concurrency", "6", *extra]


def test_a_rerun_exports_just_what_changed_since_the_last_run(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, checkpoint = tmp_path / "changes.jsonl", tmp_path / "ck"
    args = incremental(url, out, checkpoint)
    assert export(*args) == 0  # the first run: everything
    assert Counter(ids(out)) == Counter(list(fake.store.customers.objects))
    first = checkpoint_state(checkpoint, "customers")
    assert first is not None and first["high_water"] == first["started"]

    store = fake.store
    everyone = list(store.customers.objects)
    changed = [everyone[3], everyone[250], everyone[-1]]
    for customer_id in changed:
        store.update(store.customers, customer_id, {"locale": "fr_FR"})
    store.attach_tax_identifier(everyone[100], "tax-de-1")
    new = store.create_customer({"email": "new@example.com"})["id"]
    capsys.readouterr()

    assert export(*args) == 0
    assert "changed since" in capsys.readouterr().err
    second = lines(out)
    assert Counter(c["id"] for c in second) == Counter([*changed, everyone[100], new])
    assert all(c["locale"] == "fr_FR" for c in second if c["id"] in changed)  # the newer version
    assert next(c for c in second if c["id"] == everyone[100])["taxIdentifiers"][0]["id"] == "tax-de-1"

    assert export(*args) == 0  # nothing changed since: what changed within the lookback comes again
    assert Counter(ids(out)) == Counter([*changed, everyone[100], new])
    assert export(*args, "--lookback", "0s") == 0  # without one: an empty output, and no error
    assert out.read_bytes() == b""


def test_nothing_on_the_boundary_is_lost(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    out, checkpoint = tmp_path / "changes.jsonl", tmp_path / "ck"
    args = incremental(url, out, checkpoint, "--lookback", "90s")
    assert export(*args) == 0
    state = checkpoint_state(checkpoint, "customers")
    assert state is not None
    high_water = datetime.fromisoformat(state["high_water"])
    everyone = fake.store.customers.objects
    ids_ = list(everyone)
    on_edges = {
        ids_[10]: high_water - timedelta(seconds=90),  # exactly where the next run begins
        ids_[20]: high_water,  # exactly when the last run started
        ids_[30]: high_water - timedelta(seconds=60),  # written as the last run went by, stamped before it began
    }
    for customer_id, moment in on_edges.items():
        everyone[customer_id]["updatedTime"] = stamp(moment)
    just_before = ids_[40]
    everyone[just_before]["updatedTime"] = stamp(high_water - timedelta(seconds=90, milliseconds=1))
    assert export(*args) == 0
    assert Counter(ids(out)) == Counter(list(on_edges))


def test_the_lookback_is_sent_as_updated_time(recorder: Recorder, url: str, tmp_path: Path) -> None:
    out, checkpoint = tmp_path / "changes.jsonl", tmp_path / "ck"
    args = incremental(url, out, checkpoint, "--lookback", "2h")
    assert export(*args) == 0
    high_water = datetime.fromisoformat(json.loads(checkpoint.read_bytes())["exports"]["customers"]["high_water"])
    recorder.queries.clear()
    assert export(*args) == 0
    sent = {query.get("updatedTime[gte]") for query in recorder.queries}
    assert sent == {stamp(high_water - timedelta(hours=2)).replace(".000Z", "Z")}


def test_updated_since_is_a_filter_of_its_own(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    everyone = fake.store.customers.newest_first()
    since = everyone[50]["updatedTime"]
    out = tmp_path / "c.jsonl"
    assert export("customers", "--base-url", url, "--out", str(out), "--updated-since", since) == 0
    assert Counter(ids(out)) == Counter(c["id"] for c in everyone[:51])


def test_a_checkpoint_made_by_a_full_export_goes_on_incrementally(
    fake: FakeDigitalRiver, url: str, tmp_path: Path
) -> None:
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    base = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint)]
    assert export(*base) == 0
    assert export(*base) == 0  # without --incremental: already complete
    assert len(ids(out)) == 500
    updated = list(fake.store.customers.objects)[7]
    fake.store.update(fake.store.customers, updated, {"email": "moved@example.com"})
    assert export(*base, "--incremental") == 0
    assert ids(out) == [updated]


def test_each_incremental_run_may_write_its_own_file(fake: FakeDigitalRiver, url: str, tmp_path: Path) -> None:
    checkpoint = tmp_path / "ck"
    first, second = tmp_path / "day-1.jsonl", tmp_path / "day-2.jsonl"
    assert export(*incremental(url, first, checkpoint)) == 0
    updated = list(fake.store.customers.objects)[42]
    fake.store.update(fake.store.customers, updated, {"email": "day2@example.com"})
    assert export(*incremental(url, second, checkpoint)) == 0
    assert len(ids(first)) == 500 and ids(second) == [updated]  # yesterday's file is left as it was
