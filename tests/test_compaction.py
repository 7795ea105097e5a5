"""The parts of resumable runs are compacted (issue 12): many --resume runs leave few parts,
and a compaction killed at any moment loses no entry and doubles none."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import pipeline.outputs
from minsheng.cli import app
from pipeline.outputs import PARTS_FOLDER, PartStore

CORPUS = Path(__file__).parent.parent / "corpus"
SETTINGS = {"made": "up"}


def open_store(folder: Path) -> tuple[PartStore, dict]:
    store = PartStore(folder)
    return store, store.open(SETTINGS, resume=True)


def contents(folder: Path) -> dict:
    """What a --resume would reuse: key → (record bytes, document bytes, documents failed).
    (An input that is no file has no key, and is never reused.)"""
    store, done = open_store(folder)
    try:
        return {key: (store.read(e.records, "records"), store.read(e.documents, "documents"), e.n_failed)
                for key, e in done.items() if key is not None}
    finally:
        store.close()


def committed(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.done.jsonl"))


def runs_into(folder: Path, runs: int, inputs: int, seed: int = 1, size: int = 200) -> None:
    """`runs` made-up runs, each committing a part per input: inputs extracted again (the
    later entry counts), failed ones, inputs that are no file (key None), new ones."""
    rng = random.Random(seed)
    for run in range(runs):
        store, _ = open_store(folder)
        for number in rng.sample(range(inputs), inputs // 2):
            key = f"sha{number} in/{number}.txt"
            failed = rng.random() < 0.1
            store.add(key, rng.randbytes(size).hex().encode() + b"\n", f"doc {run} {number}\n".encode(), failed, failed)
            store.add(None, b"", b"error row\n", False, 1)
            store.commit()
        store.close()


def test_compaction_keeps_what_resume_reuses_in_few_parts(tmp_path):
    folder = tmp_path / PARTS_FOLDER
    runs_into(folder, runs=4, inputs=30)
    before = contents(folder)
    assert len(committed(folder)) == 4 * 15 and before
    store, _ = open_store(folder)
    assert store.compact()
    store.close()
    assert len(committed(folder)) == 1
    assert contents(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["000061.documents.jsonl", "000061.done.jsonl",
                                                        "000061.records.jsonl", "lock", "settings.json"]
    store, _ = open_store(folder)
    assert not store.compact()       # nothing more to gain
    store.close()


def test_a_few_full_parts_are_left_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.outputs, "PART_BYTES", 400)
    folder = tmp_path / PARTS_FOLDER
    runs_into(folder, runs=1, inputs=2 * pipeline.outputs.COMPACT_SLACK)
    parts = committed(folder)
    store, _ = open_store(folder)
    assert not store.compact()
    store.close()
    assert committed(folder) == parts


class Killed(BaseException):
    """A process killed between two steps that change the folder."""


def test_a_compaction_stopped_between_any_two_steps_loses_and_doubles_nothing(tmp_path, monkeypatch):
    """Stop the compaction before each rename and each removal in turn (the steps that
    change what a later run sees), then resume: the reused entries are the same."""
    original = tmp_path / "original"
    runs_into(original, runs=2, inputs=10)
    expected = contents(original)
    real_replace, real_unlink = os.replace, Path.unlink
    step = 0
    while True:
        folder = tmp_path / f"stopped_{step}"
        shutil.copytree(original, folder)
        calls = 0

        def counted(real):
            def call(*args, **kwargs):
                nonlocal calls
                calls += 1
                if calls > step:
                    raise Killed
                return real(*args, **kwargs)
            return call

        monkeypatch.setattr(os, "replace", counted(real_replace))
        monkeypatch.setattr(Path, "unlink", counted(real_unlink))
        store, _ = open_store(folder)
        try:
            store.compact()
            finished = True
        except Killed:
            finished = False
        store.close()       # what the kernel does for a killed process: files closed, lock released
        monkeypatch.undo()
        assert contents(folder) == expected, f"stopped after {step} steps"
        store, _ = open_store(folder)
        store.compact()
        store.close()
        # old parts that a stopped removal left are dead, and go with a later compaction
        assert contents(folder) == expected and len(committed(folder)) <= 1 + pipeline.outputs.COMPACT_SLACK
        if finished:
            break
        step += 1
    assert step > 20        # every rename and removal was a stopping point


def test_many_resume_runs_leave_few_parts_and_the_outputs_of_a_fresh_run(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.outputs, "PART_SECONDS", 0)    # a part per input: the worst case
    monkeypatch.setattr(pipeline.outputs, "COMPACT_SLACK", 2)
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        for copy in range(2):
            shutil.copy(path, folder / f"{path.stem}_{copy}.txt")
            result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "-q", "-j", "1", "--resume"])
            assert result.exit_code == 0, result.output
            assert len(committed(out / PARTS_FOLDER)) <= 1 + 2 + 1
    fresh = tmp_path / "fresh"
    assert CliRunner().invoke(app, ["extract", str(folder), "-o", str(fresh), "-q", "-j", "1"]).exit_code == 0
    for name in ("records.jsonl", "documents.jsonl"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes()
    keys = {orjson.loads(line)["key"] for done in committed(out / PARTS_FOLDER) for line in done.read_bytes().splitlines()}
    assert len(keys) == 10


_COMPACT = """
import sys, time
from pathlib import Path
from pipeline.outputs import PartStore
store = PartStore(Path(sys.argv[1]))
store.open({"made": "up"}, resume=True)
print("open", flush=True)
started = time.perf_counter()
store.compact()
print(time.perf_counter() - started, flush=True)
"""


@pytest.mark.slow
def test_compactions_killed_at_random_moments_lose_and_double_nothing(tmp_path):
    """Real processes, SIGKILLed while they compact parts of some 36 MB; each killed one
    leaves a folder from which the next run reuses the same entries and compacts."""
    pristine = tmp_path / "pristine"
    runs_into(pristine, runs=3, inputs=300, size=40_000)
    expected = contents(pristine)
    root = Path(__file__).parent.parent
    timed = subprocess.run([sys.executable, "-c", _COMPACT, str(shutil.copytree(pristine, tmp_path / "timed"))],
                           check=True, capture_output=True, text=True, cwd=root)
    seconds = float(timed.stdout.split()[-1])
    rng, interrupted = random.Random(5), 0
    for kill in range(5):
        folder = shutil.copytree(pristine, tmp_path / f"killed_{kill}")
        process = subprocess.Popen([sys.executable, "-c", _COMPACT, str(folder)], stdout=subprocess.PIPE, cwd=root)
        process.stdout.readline()      # opened: from here on it compacts
        # the first half of the timed compaction: a timed run on a warm disk cache is quicker than
        # a copy's, so a kill late in the full span often fell after the compaction had ended
        time.sleep(rng.uniform(0, seconds / 2))
        interrupted += process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert contents(folder) == expected
        store, _ = open_store(folder)
        store.compact()
        store.close()
        assert contents(folder) == expected
        assert len(committed(folder)) <= 1 + 40 * 1024 * 1024 // pipeline.outputs.PART_BYTES + pipeline.outputs.COMPACT_SLACK
    assert interrupted >= 3      # most kills fell inside a compaction
