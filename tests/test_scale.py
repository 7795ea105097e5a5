"""Archives at scale (issue 12): worker processes, --resume after a kill, incremental runs,
per-file limits, and a Dask cluster giving the records of a local run.

Runs that are killed or need a cluster are marked slow (make test-all)."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import pipeline.batch
from minsheng.cli import app
from pipeline.outputs import PARTS_FOLDER, TEMP_PREFIX
from pipeline.run import RULES

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"
FORMATS = Path(__file__).parent / "fixtures" / "formats"
COMPARED = ("records.jsonl", "documents.jsonl")


def extract(*args: str | Path, out: Path):
    return CliRunner().invoke(app, ["extract", *map(str, args), "-o", str(out), "--quiet"])


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in COMPARED}


def archive_folder(folder: Path, copies: int) -> Path:
    """`copies` of each corpus document under names of their own, a zip and a bad file among them."""
    folder.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.txt")):
        for copy in range(copies):
            shutil.copy(path, folder / f"{path.stem}_{copy:03d}.txt")
    shutil.copy(FORMATS / "with_bad_member.zip", folder)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def temporaries(out: Path) -> list[str]:
    return [p.name for p in out.glob(f"{TEMP_PREFIX}*") if p.name != PARTS_FOLDER]


def counting_analyse(monkeypatch) -> list[str]:
    """Count the documents the batch extracts (in this process: --workers 1)."""
    real, calls = pipeline.batch.analyse, []

    def analyse(doc, doc_year=None, backups=RULES):
        calls.append(doc.doc_id)
        return real(doc, doc_year, backups)

    monkeypatch.setattr(pipeline.batch, "analyse", analyse)
    return calls


# ---------------------------------------------------------------- workers


def test_two_workers_write_what_one_writes(tmp_path):
    folder = archive_folder(tmp_path / "in", 2)
    one, two = extract(folder, "--workers", "1", out=tmp_path / "one"), extract(folder, "-j", "2", out=tmp_path / "two")
    assert one.exit_code == two.exit_code == 1     # the bad files: reported, the batch goes on
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert (tmp_path / "two" / "records.parquet").read_bytes() and temporaries(tmp_path / "two") == []


# ---------------------------------------------------------------- resume


def test_resume_extracts_only_new_files_and_writes_what_a_fresh_run_writes(tmp_path, monkeypatch):
    folder = archive_folder(tmp_path / "in", 1)
    calls = counting_analyse(monkeypatch)
    assert extract(folder, "-j", "1", out=tmp_path / "out").exit_code == 1
    first = len(calls)
    shutil.copy(CORPUS / "002_4328cf5303d8d476.txt", folder / "new_002.txt")
    shutil.copy(CORPUS / "000_19b54a09d50c54de.txt", folder / "000_new.txt")   # sorts before the others
    assert extract(folder, "-j", "1", "--resume", out=tmp_path / "out").exit_code == 1
    # only the two new files: what could not be loaded (the empty file, the zip's bad member) is done too
    assert sorted(calls[first:]) == ["000_new", "new_002"]
    assert extract(folder, "-j", "1", out=tmp_path / "fresh").exit_code == 1
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh")


def test_resume_extracts_a_changed_file_again(tmp_path, monkeypatch):
    folder = archive_folder(tmp_path / "in", 1)
    assert extract(folder, "-j", "1", out=tmp_path / "out").exit_code == 1
    changed = folder / "003_86fd6de74efdd557_000.txt"
    changed.write_text("2023年新增幼儿园学位6000个。", encoding="utf-8")
    calls = counting_analyse(monkeypatch)
    extract(folder, "-j", "1", "--resume", out=tmp_path / "out")
    assert calls == ["003_86fd6de74efdd557_000"]
    extract(folder, "-j", "1", out=tmp_path / "fresh")
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh")


def test_resume_with_other_settings_extracts_everything_again(tmp_path, monkeypatch):
    folder = archive_folder(tmp_path / "in", 1)
    calls = counting_analyse(monkeypatch)
    assert extract(folder, "-j", "1", out=tmp_path / "out").exit_code == 1
    first = list(calls)
    result = extract(folder, "-j", "1", "--resume", "--doc-year", "2021", out=tmp_path / "out")
    assert calls[len(first):] == first and "other settings" in result.output
    extract(folder, "-j", "1", "--doc-year", "2021", out=tmp_path / "fresh")
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh")


def test_a_document_that_failed_is_tried_again_on_resume(tmp_path, monkeypatch):
    folder = archive_folder(tmp_path / "in", 1)
    real, calls = pipeline.batch.analyse, []

    def analyse(doc, doc_year=None, backups=RULES):   # fails the first time only
        calls.append(doc.doc_id)
        if calls.count(doc.doc_id) == 1 and doc.doc_id.startswith("002"):
            raise RuntimeError("a passing failure")
        return real(doc, doc_year, backups)

    monkeypatch.setattr(pipeline.batch, "analyse", analyse)
    assert "a passing failure" in extract(folder, "-j", "1", out=tmp_path / "out").output
    extract(folder, "-j", "1", "--resume", out=tmp_path / "out")
    assert calls.count("002_4328cf5303d8d476_000") == 2
    monkeypatch.setattr(pipeline.batch, "analyse", real)
    extract(folder, "-j", "1", out=tmp_path / "fresh")
    assert outputs(tmp_path / "out") == outputs(tmp_path / "fresh")


def test_a_half_written_part_and_old_temporary_folders_are_removed(tmp_path):
    folder = archive_folder(tmp_path / "in", 1)
    out = tmp_path / "out"
    assert extract(folder, "-j", "1", out=out).exit_code == 1
    before = outputs(out)
    (out / ".minsheng-x1y2z3").mkdir()                        # what killed runs left
    (out / ".minsheng-tmp-abc").mkdir()
    parts = out / PARTS_FOLDER
    (parts / "000099.records.jsonl").write_bytes(b'{"doc_id": "half')   # a part never committed
    (parts / "000099.done.jsonl.tmp").write_bytes(b"")
    assert extract(folder, "-j", "1", "--resume", out=out).exit_code == 1
    assert outputs(out) == before and temporaries(out) == []
    assert not list(parts.glob("000099.*"))


def kill_at(args: list[str], seconds: float, after: Path | None = None) -> None:
    """Start a run and SIGKILL it `seconds` after it starts, or, with `after`, that long
    after a first part is committed there (a loaded machine may start slowly)."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while after is not None and not list(after.glob("*.done.jsonl")) and time.monotonic() < deadline \
            and process.poll() is None:
        time.sleep(0.02)
    time.sleep(seconds)
    os.killpg(process.pid, signal.SIGKILL)     # the run and its worker processes, at once
    process.wait()


@pytest.mark.slow
@pytest.mark.long
def test_runs_killed_at_random_moments_resume_to_the_uninterrupted_outputs(tmp_path):
    folder = archive_folder(tmp_path / "in", 40)     # 200 documents, 0.85 M characters
    command = [sys.executable, "-m", "minsheng", "extract", str(folder), "-j", "2", "--quiet"]
    started = time.perf_counter()
    assert subprocess.run([*command, "-o", str(tmp_path / "whole")]).returncode == 1
    whole_seconds = time.perf_counter() - started
    out = tmp_path / "killed"
    rng = random.Random(12)
    for _ in range(3):
        kill_at([*command, "-o", str(out), "--resume"], rng.uniform(0.3, whole_seconds * 0.9))
    # the last kill comes after a part is committed, so the resume has parts to reuse
    kill_at([*command, "-o", str(out), "--resume"], rng.uniform(0.0, 0.5), after=out / PARTS_FOLDER)
    committed = sum(len(p.read_bytes().splitlines()) for p in (out / PARTS_FOLDER).glob("*.done.jsonl"))
    assert committed > 0     # the kills came after some parts were committed: the resume reuses them
    assert subprocess.run([*command, "-o", str(out), "--resume"]).returncode == 1
    assert outputs(out) == outputs(tmp_path / "whole")
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({(r["doc_id"], r["start"], r["end"]) for r in records}) == len(records)    # none twice
    assert temporaries(out) == []
    with duckdb.connect(str(out / "minsheng.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM records").fetchone()[0] == len(records)


# ---------------------------------------------------------------- limits


def test_a_document_over_the_time_limit_is_one_error_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    folder = archive_folder(tmp_path / "in", 1)
    real = pipeline.batch.analyse

    def analyse(doc, doc_year=None, backups=RULES):
        if doc.doc_id.startswith("001"):
            time.sleep(120)
        return real(doc, doc_year, backups)

    monkeypatch.setattr(pipeline.batch, "analyse", analyse)
    # the limit is far above what a real document of the archive takes on a loaded machine
    # (a tenth of a second idle) and far below the stuck one's sleep: no wall-clock race
    result = extract(folder, "-j", "1", "--timeout", "5", out=tmp_path / "out")
    slow = folder / "001_e48e72fc4dd62ba5_000.txt"
    assert f"error: {slow}: extraction took longer than 5 s (--timeout); skipped" in result.output.splitlines()
    rows = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in rows if r["path"] == str(slow)] == ["error"]
    assert sum(r["status"] == "ok" for r in rows) == 4 + 2      # the four others and the zip's two good members


def test_max_bytes_refuses_larger_files(tmp_path):
    folder = archive_folder(tmp_path / "in", 1)
    limit = (CORPUS / "002_4328cf5303d8d476.txt").stat().st_size
    result = extract(folder, "-j", "1", "--max-bytes", str(limit), out=tmp_path / "out")
    larger = [folder / "003_86fd6de74efdd557_000.txt"]   # and, in the zip, a member of 92,613 bytes
    assert [p for p in folder.glob("*.txt") if p.stat().st_size > limit] == larger
    lines = result.output.splitlines()
    assert f"error: {larger[0]}: file too large ({larger[0].stat().st_size:,} bytes; the limit is {limit:,} bytes)" in lines
    zip_line = next(line for line in lines if "with_bad_member.zip" in line)
    assert f"(file too large (92,613 bytes; the limit is {limit:,} bytes))" in zip_line


# ---------------------------------------------------------------- a cluster


@pytest.mark.slow
def test_a_dask_cluster_gives_the_records_of_a_local_run(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    folder = archive_folder(tmp_path / "in", 3)
    assert extract(folder, "-j", "1", out=tmp_path / "local").exit_code == 1
    with distributed.LocalCluster(n_workers=3, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = extract(folder, "--engine", "dask", "--scheduler", cluster.scheduler_address, out=tmp_path / "dask")
    assert result.exit_code == 1, result.output
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    dataset = tmp_path / "dask" / "records_by_year"
    years = sorted(p.name for p in dataset.iterdir())
    assert years and all(name.startswith("year=") for name in years)
    with duckdb.connect() as con:
        by_year = con.execute(f"SELECT year, count(*) FROM read_parquet('{dataset}/**/*.parquet', hive_partitioning=true) "
                              "GROUP BY year ORDER BY year").fetchall()
        expected = con.execute(f"SELECT year, count(*) FROM read_json('{tmp_path / 'local' / 'records.jsonl'}') "
                               "GROUP BY year ORDER BY year").fetchall()
    assert by_year == expected


def test_the_writing_parent_does_not_load_the_extraction_stack():
    """With worker processes, the parent only writes what they return: importing the batch
    module must not import the extractors, jieba or the language data (that was serial time
    before the forkserver started, and memory no worker shared)."""
    probe = ("import sys, pipeline.batch; "
             "print(sorted(m for m in ('pipeline.run', 'extractors.indicators', 'jieba') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).parent.parent)
    assert shown.stdout.strip() == "[]"
