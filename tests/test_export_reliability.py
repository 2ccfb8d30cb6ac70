"""`digitalriver export` when things go wrong: an output that is not the one the checkpoint wrote,
a cursor whose object is gone, files named twice, a failed run, signals, a closed pipe."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from digitalriver.testing import FakeDigitalRiver, Fault

from .exporting import KEY, checkpoint_state, command, environment, export, ids, slow, wait_until


@pytest.fixture
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=600, spread=timedelta(days=20))
    return fake


@pytest.fixture
def url(fake: FakeDigitalRiver, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", KEY)
    with fake.serve_in_thread() as base_url:
        yield base_url


def fail_after(fake: FakeDigitalRiver, requests: int) -> None:
    """The next `requests` requests pass, the one after fails with a 503."""
    fake.config.faults.script += [Fault("latency", delay=0.0)] * requests + [Fault("error", status=503)]


def files_written(out: Path) -> list[Path]:
    return [path for path in (out, out.with_name(out.name + ".partial")) if path.exists()]


def interrupted_export(
    fake: FakeDigitalRiver, url: str, out: Path, checkpoint: Path, *extra: str, requests: int = 12
) -> list[str]:
    """An export with a checkpoint that fails part of the way; its arguments, to run again."""
    args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint)]
    args += ["--limit", "20", "--max-retries", "0", *extra]
    fail_after(fake, requests)
    assert export(*args) == 1
    state = checkpoint_state(checkpoint, "customers")
    assert state is not None and 0 < state["objects"] < 600 and not state["done"]
    return args


# --- the checkpoint binds its output -----------------------------------------------------------------


def test_an_output_replaced_by_a_longer_file_is_refused(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    args = interrupted_export(fake, url, out, checkpoint)
    foreign = b"".join(b'{"id": "foreign-%d", "email": "someone-else@example.com"}\n' % n for n in range(3037))
    for path in files_written(out):  # whatever the export had written, another file takes its place
        path.write_bytes(foreign)
    capsys.readouterr()
    sent = fake.counters.requests
    assert export(*args) == 2
    assert "does not hold what this checkpoint wrote" in capsys.readouterr().err
    assert fake.counters.requests == sent
    assert all(path.read_bytes() == foreign for path in files_written(out))


def test_a_finished_checkpoint_whose_output_is_gone_is_an_error(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    args = ["customers", "--base-url", url, "--out", str(out), "--checkpoint", str(checkpoint)]
    assert export(*args) == 0
    out.unlink()
    capsys.readouterr()
    assert export(*args) == 2
    err = capsys.readouterr().err
    assert "is complete, but" in err and "is gone" in err and "delete the checkpoint" in err
    out.write_bytes(b"something else\n" * 1000)
    assert export(*args) == 2


@pytest.mark.parametrize("slicing", [[], ["--rate-limit", "off", "--concurrency", "4"]], ids=["one", "sliced"])
def test_a_cursor_whose_object_was_deleted_goes_on_from_its_time(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], slicing: list[str]
) -> None:
    # Objects created three to a millisecond: the object at a cursor shares its time with others.
    made = fake.store.customers.newest_first()
    for n, customer in enumerate(made):
        customer["createdTime"] = made[n - n % 3]["createdTime"]
    fake.store.customers.reindex()
    everyone = list(fake.store.customers.objects)
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    args = interrupted_export(fake, url, out, checkpoint, "--limit", "7", *slicing, requests=30)
    state = checkpoint_state(checkpoint, "customers")
    assert state is not None
    cursors = [piece["cursor"] for piece in state["slices"] if piece["cursor"] and not piece["done"]]
    assert cursors
    for cursor in cursors:  # deleted after they were written: each stays in the output, once
        fake.store.customers.delete(cursor)
    capsys.readouterr()
    assert export(*args) == 0
    assert "is gone; listing again from createdTime" in capsys.readouterr().err
    assert Counter(ids(out)) == Counter(everyone)


# --- files, before anything is sent ----------------------------------------------------------------


def test_out_and_checkpoint_naming_one_file_is_a_usage_error(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = str(tmp_path / "both")
    assert export("customers", "--base-url", url, "--out", same, "--checkpoint", same) == 2
    assert "--out and --checkpoint name the same file" in capsys.readouterr().err
    assert (
        export(
            "customers",
            "checkouts",
            "--base-url",
            url,
            "--out",
            str(tmp_path),
            "--checkpoint",
            str(tmp_path / "customers.jsonl"),
        )
        == 2
    )
    assert fake.counters.requests == 0 and not Path(same).exists()


def test_a_folder_as_checkpoint_is_a_usage_error(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    assert export("customers", "--base-url", url, "--out", str(tmp_path / "c"), "--checkpoint", str(folder)) == 2
    assert "--checkpoint names a folder" in capsys.readouterr().err
    assert fake.counters.requests == 0


# --- yesterday's file survives ------------------------------------------------------------------------


def test_a_new_export_that_fails_leaves_the_previous_output_as_it_was(
    fake: FakeDigitalRiver, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    yesterday = b'{"id": "yesterday"}\n' * 500
    out.write_bytes(yesterday)
    dead = ["customers", "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "--out", str(out)]
    assert export(*dead) == 1  # before its first page
    assert out.read_bytes() == yesterday
    fail_after(fake, 5)
    assert export("customers", "--base-url", url, "--out", str(out), "--max-retries", "0", "--limit", "20") == 1
    assert out.read_bytes() == yesterday  # part of the way
    assert sorted(path.name for path in tmp_path.iterdir()) == ["c.jsonl"]  # and nothing left beside it
    assert "the previous output is left as it was" in capsys.readouterr().err
    assert export("customers", "--base-url", url, "--out", str(out)) == 0
    assert len(ids(out)) == 600


# --- signals and pipes ------------------------------------------------------------------------------


@pytest.mark.parametrize(("signals", "status"), [((signal.SIGTERM,), 143), ((signal.SIGINT, signal.SIGINT), 130)])
def test_sigterm_or_a_second_sigint_leave_a_checkpoint_to_go_on_from(
    tmp_path: Path, signals: tuple[int, ...], status: int
) -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=1200, spread=timedelta(days=30))
    slow(fake, 0.02)
    out, checkpoint = tmp_path / "c.jsonl", tmp_path / "ck"
    with fake.serve_in_thread() as base_url:
        run = command(base_url, "customers", "--out", str(out), "--checkpoint", str(checkpoint))
        run += ["--limit", "10", "--rate-limit", "40"]  # 120 pages: three seconds
        first = subprocess.Popen(run, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_until(first, lambda: (checkpoint_state(checkpoint, "customers") or {}).get("pages", 0) >= 15, "15 pages")
        for signum in signals:
            first.send_signal(signum)
            time.sleep(0.003)
        _, err = first.communicate(timeout=30)
        assert first.returncode == status, err
        assert b"Traceback" not in err and b"run the same command again to go on" in err
        saved = checkpoint_state(checkpoint, "customers")
        assert saved is not None and not saved["done"]
        second = subprocess.run(run, env=environment(), capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
    assert Counter(ids(out)) == Counter(list(fake.store.customers.objects))


def test_a_closed_standard_output_ends_the_export_quietly(tmp_path: Path) -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=3000)
    with fake.serve_in_thread() as base_url:
        run = command(base_url, "customers", "--out", "-", "--limit", "50", "--rate-limit", "off")
        reader = subprocess.Popen(run, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert reader.stdout is not None
        first = [reader.stdout.readline() for _ in range(5)]  # `| head -n 5`
        reader.stdout.close()
        err = reader.stderr.read() if reader.stderr else b""
        reader.wait(30)
    assert all(json.loads(line)["id"] for line in first)
    assert reader.returncode == 141, err
    assert b"Traceback" not in err and b"BrokenPipeError" not in err and b"Exception ignored" not in err
