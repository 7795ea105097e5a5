"""`minsheng extract INPUT... -o OUTDIR` as a batch tool, through the CLI, on copies of the corpus.

What the outputs must hold is the issue's list of fields; the expected figures were read by
hand from the corpus files (e.g. project 1 of 001's task table: 幼儿园新增普惠托班数176个,
分管市领导 徐华勤, 牵头单位 市教育局, 配合单位 one per line 各辖市、区 / 常州经开区 / 市发改委 /
市资规局 / 市住建局).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import pipeline.batch
import pipeline.outputs
from pipeline import extract, extract_path
from minsheng.cli import app
from pipeline.loaders import load_path
from pipeline.outputs import CSV_LIST_SEPARATOR, PARTS_FOLDER
from pipeline.run import RULES

CORPUS = Path(__file__).parent.parent / "corpus"
ARTICLE, TASKS, NEWS, LIST, DISTRICT = (
    "000_19b54a09d50c54de", "001_e48e72fc4dd62ba5", "002_4328cf5303d8d476",
    "003_86fd6de74efdd557", "004_a97c32f08c31be30")
DOC_IDS = [ARTICLE, TASKS, NEWS, LIST, DISTRICT]

RECORD_FIELDS = {"doc_id", "sent_id", "sentence", "start", "end", "text", "value", "value_max", "unit",
                 "qualifier", "year", "category", "indicator", "per", "extractor",
                 "project", "lead_unit", "partner_units", "leader", "investment"}
DOCUMENT_FIELDS = {"doc_id", "path", "sha256", "encoding", "doc_year", "title", "chars", "n_records",
                   "status", "error", "warning"}
OUTPUT_FILES = ["documents.jsonl", "minsheng.duckdb", "records.csv", "records.jsonl", "records.parquet"]

# The first 16 bytes of a PNG file, then more binary.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    out: Path

    @property
    def records(self) -> list[dict]:
        return read_jsonl(self.out / "records.jsonl")

    @property
    def documents(self) -> dict[str, dict]:
        return {row["doc_id"]: row for row in read_jsonl(self.out / "documents.jsonl")}

    def records_of(self, doc_id: str) -> list[dict]:
        return [r for r in self.records if r["doc_id"] == doc_id]


def extract_cli(*args: str | Path, out: Path, workers: int = 1) -> Run:
    """In this process by default: what a run writes does not depend on the workers
    (tests/test_scale.py checks that), and a pool's start-up would cost each test a second."""
    result = CliRunner().invoke(app, ["extract", *map(str, args), "-o", str(out), "--workers", str(workers)])
    return Run(result.exit_code, result.stdout, result.stderr, out)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def copy_corpus(folder: Path, doc_ids=DOC_IDS, manifest: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id in doc_ids:
        shutil.copy(CORPUS / f"{doc_id}.txt", folder)
    if manifest:
        shutil.copy(CORPUS / "manifest.csv", folder)
    return folder


def error_lines(run: Run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Run:
    """The five corpus documents and their manifest, all good."""
    root = tmp_path_factory.mktemp("corpus_run")
    return extract_cli(copy_corpus(root / "in"), out=root / "out")


@pytest.fixture(scope="module")
def record_176(corpus_run) -> dict:
    return next(r for r in corpus_run.records_of(TASKS) if r["text"] == "176个")


# ------------------------------------------------------------------ all good


def test_all_good_exits_zero_and_writes_every_output(corpus_run):
    assert corpus_run.exit_code == 0, corpus_run.stderr
    assert error_lines(corpus_run) == []
    # Nothing else: the private temporary folder is gone; the parts stay for a later --resume.
    assert sorted(p.name for p in corpus_run.out.iterdir()) == [PARTS_FOLDER] + OUTPUT_FILES


def test_summary_table_counts_documents_failures_and_records(corpus_run):
    total = len(corpus_run.records)
    # the row under the header, not the title above it: the title holds the output path, whose
    # pytest-N folder can hold the same number (a fresh clone failed when N was the record count)
    lines = corpus_run.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if "documents" in line and "records" in line)
    row = next(line for line in lines[header + 1:] if re.search(rf"\b{total}\b", line))
    assert re.findall(r"[\d,.]+", row)[:3] == ["5", "0", str(total)]


def test_records_carry_the_issue_fields(corpus_run):
    records = corpus_run.records
    assert records
    for record in records:
        assert RECORD_FIELDS <= record.keys()
    assert Counter(r["doc_id"] for r in records).keys() == set(DOC_IDS)


def test_offsets_point_into_the_loaded_text(corpus_run):
    texts = {doc_id: load_path(CORPUS / f"{doc_id}.txt").text for doc_id in DOC_IDS}
    for r in corpus_run.records:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"], r


def test_task_table_row_fields(record_176):
    assert {k: record_176[k] for k in (
        "value", "unit", "year", "project", "lead_unit", "partner_units", "leader", "investment", "extractor")} == {
        "value": 176, "unit": "个", "year": 2023, "project": "“常有善育”工程", "lead_unit": "市教育局",
        "partner_units": ["各辖市、区", "常州经开区", "市发改委", "市资规局", "市住建局"], "leader": "徐华勤",
        "investment": None, "extractor": "rules"}


def test_list_table_row_carries_the_investment_in_yuan(corpus_run):
    # 003 project 5 增加基础教育资源: 新建、改扩建基础教育学校101所 …, 当年投资 61.2 (亿元).
    record = next(r for r in corpus_run.records_of(LIST) if r["text"] == "101所")
    assert (record["project"], record["lead_unit"], record["partner_units"], record["investment"]) == (
        "增加基础教育资源", "市教育局", ["各辖市（区）", "常州经开区"], 6_120_000_000)


def test_documents_jsonl(corpus_run):
    documents = corpus_run.documents
    assert list(documents) == DOC_IDS
    counts = Counter(r["doc_id"] for r in corpus_run.records)
    for doc_id, row in documents.items():
        path = CORPUS / f"{doc_id}.txt"
        assert DOCUMENT_FIELDS <= row.keys()
        assert (row["status"], row["error"], row["encoding"]) == ("ok", None, "utf-8")
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert row["chars"] == len(load_path(path).text)
        assert row["n_records"] == counts[doc_id]
    # From the manifest (000 has no date: its year is the text's) and from the titles.
    assert documents[ARTICLE]["title"] == "江苏常州：打造“六个常有”民生服务品牌 积极探索共同富裕新路径"
    assert [documents[d]["doc_year"] for d in DOC_IDS] == [2023, 2023, 2023, 2022, 2025]


def test_csv_has_the_same_rows(corpus_run):
    raw = (corpus_run.out / "records.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")   # so that Excel reads it as UTF-8
    table = pd.read_csv(corpus_run.out / "records.csv", encoding="utf-8-sig", keep_default_na=False)
    records = corpus_run.records
    assert RECORD_FIELDS <= set(table.columns)
    assert len(table) == len(records)
    for row, record in zip(table.to_dict("records"), records):
        # an empty cell is a missing value in CSV (a null indicator)
        assert (row["doc_id"], row["start"], row["end"], row["text"], row["unit"], row["indicator"] or None) == (
            record["doc_id"], record["start"], record["end"], record["text"], record["unit"], record["indicator"])
        assert row["value"] == pytest.approx(record["value"])
        partners = row["partner_units"].split(CSV_LIST_SEPARATOR) if row["partner_units"] else None
        assert partners == record["partner_units"]


def test_parquet_has_the_same_rows_and_lists(corpus_run, record_176):
    path = corpus_run.out / "records.parquet"
    assert str(pq.read_schema(path).field("partner_units").type) == "list<element: string>"
    table = pd.read_parquet(path)
    assert len(table) == len(corpus_run.records)
    assert list(zip(table["doc_id"], table["start"], table["end"], table["text"])) == [
        (r["doc_id"], r["start"], r["end"], r["text"]) for r in corpus_run.records]
    row = table[(table["doc_id"] == TASKS) & (table["start"] == record_176["start"])].iloc[0]
    assert list(row["partner_units"]) == record_176["partner_units"]


def test_duckdb_answers_sql_on_records_and_documents(corpus_run, record_176):
    with duckdb.connect(str(corpus_run.out / "minsheng.duckdb"), read_only=True) as con:
        per_title = dict(con.execute(
            "SELECT d.title, count(*) FROM records r JOIN documents d USING (doc_id) GROUP BY d.title").fetchall())
        with_partner = con.execute(
            "SELECT text FROM records WHERE list_contains(partner_units, '各辖市、区') ORDER BY start").fetchall()
        statuses = con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall()
    documents = corpus_run.documents
    assert per_title == {documents[d]["title"]: documents[d]["n_records"] for d in DOC_IDS}
    assert with_partner[0] == (record_176["text"],)
    assert statuses == [("ok", 5)]


# ---------------------------------------------------------------- bad inputs


def test_bad_files_give_one_line_each_and_the_batch_goes_on(tmp_path, corpus_run):
    folder = copy_corpus(tmp_path / "in", [NEWS, DISTRICT])
    bad = {
        folder / "empty.txt": (b"", "empty file"),
        folder / "scan.txt": (PNG_BYTES, "binary file"),
        # bytes 1–255 at random: no encoding decodes them (a few bad bytes in good text are kept, see test_hostile_files)
        folder / "乱码.txt": (bytes(random.Random(2).randrange(1, 256) for _ in range(300)), "undecodable bytes"),
    }
    for path, (data, _) in bad.items():
        path.write_bytes(data)
    missing = tmp_path / "不存在" / "missing.txt"
    bad[missing] = (b"", "no such file or directory")

    run = extract_cli(folder, missing, out=tmp_path / "out")

    assert run.exit_code == 1
    lines = error_lines(run)
    assert len(lines) == len(bad)
    for path, (_, reason) in bad.items():
        assert sum(line.startswith(f"error: {path}: {reason}") for line in lines) == 1, (path, lines)
    rows = list(run.documents.values())
    errors = {row["path"]: row["error"] for row in rows if row["status"] == "error"}
    assert errors.keys() == {str(path) for path in bad}
    for path, (_, reason) in bad.items():
        assert errors[str(path)].startswith(reason)
    assert [row["doc_id"] for row in rows if row["status"] == "ok"] == [NEWS, DISTRICT]
    # The good files' records are all there, as in a run without the bad ones.
    assert run.records == corpus_run.records_of(NEWS) + corpus_run.records_of(DISTRICT)


def test_long_paths_and_brackets_stay_on_one_line_as_written(tmp_path):
    # stderr is often a log file: no wrapping at 80 columns, no [markup] eaten from file names.
    folder = tmp_path / ("很长的文件夹名称" * 8) / "[草稿] [b]版本"
    folder.mkdir(parents=True)
    path = folder / "[red]空文件.txt"
    path.write_bytes(b"")
    run = extract_cli(path, out=tmp_path / "out")
    assert error_lines(run) == [f"error: {path}: empty file"]


def test_folder_without_documents_is_an_error(tmp_path):
    folder = tmp_path / "2023年文件"
    folder.mkdir()
    (folder / "说明.md").write_text("没有文件", encoding="utf-8")
    run = extract_cli(folder, out=tmp_path / "out")
    assert run.exit_code == 1
    [line] = error_lines(run)
    assert line.startswith(f"error: {folder}: no documents in this folder (")
    assert run.documents["2023年文件"]["status"] == "error"


def test_unusable_output_folder_is_one_line(tmp_path):
    occupied = tmp_path / "outputs"
    occupied.write_text("a file where the output folder should be", encoding="utf-8")
    run = extract_cli(CORPUS / f"{NEWS}.txt", out=occupied)
    assert run.exit_code == 1
    assert len(error_lines(run)) == 1 and error_lines(run)[0].startswith(f"error: {occupied}: ")


# ------------------------------------------------------------- interruption


def failing_analyse(monkeypatch, failing_call: int, error: BaseException) -> list[str]:
    """Make the batch's extraction raise `error` on its n-th document; returns the doc_ids it was given."""
    real_analyse = pipeline.batch.analyse
    calls: list[str] = []

    def analyse(doc, doc_year=None, backups=RULES):
        calls.append(doc.doc_id)
        if len(calls) == failing_call:
            raise error
        return real_analyse(doc, doc_year, backups)

    monkeypatch.setattr(pipeline.batch, "analyse", analyse)
    return calls


def snapshot(folder: Path) -> dict[str, bytes]:
    """The output files, and the names of the folders beside them (the parts, no temporary folder)."""
    return {p.name: p.read_bytes() if p.is_file() else b"folder" for p in folder.iterdir()}


def test_run_interrupted_halfway_leaves_previous_outputs_untouched(tmp_path, monkeypatch):
    folder = copy_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert extract_cli(folder, out=out).exit_code == 0
    before = snapshot(out)

    # On the third of five documents: records of two are already streamed to the temporary folder.
    calls = failing_analyse(monkeypatch, 3, KeyboardInterrupt())
    run = extract_cli(folder, out=out)

    assert calls == DOC_IDS[:3]
    assert run.exit_code == 130    # 128 + SIGINT, as a shell reports Ctrl-C
    assert snapshot(out) == before  # byte for byte, and no temporary folder left beside them


def test_run_interrupted_while_converting_leaves_previous_outputs_untouched(tmp_path, monkeypatch):
    folder = copy_corpus(tmp_path / "in", [NEWS])
    out = tmp_path / "out"
    assert extract_cli(folder, out=out).exit_code == 0
    before = snapshot(out)
    real_convert = pipeline.outputs._convert

    def convert_then_interrupt(tmp: Path) -> None:
        real_convert(tmp)   # every new file is complete in the temporary folder, none moved yet
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.outputs, "_convert", convert_then_interrupt)
    (folder / f"{DISTRICT}.txt").write_bytes((CORPUS / f"{DISTRICT}.txt").read_bytes())
    assert extract_cli(folder, out=out).exit_code == 130
    assert snapshot(out) == before


def test_extraction_crash_on_one_document_is_one_line_and_the_batch_goes_on(tmp_path, monkeypatch, corpus_run):
    folder = copy_corpus(tmp_path / "in", [TASKS, NEWS, DISTRICT])
    failing_analyse(monkeypatch, 2, RuntimeError("no sentence boundary"))
    run = extract_cli(folder, out=tmp_path / "out")
    assert run.exit_code == 1
    assert error_lines(run) == [f"error: {folder / NEWS}.txt: extraction failed: RuntimeError: no sentence boundary"]
    assert (run.documents[NEWS]["status"], run.documents[NEWS]["n_records"]) == ("error", 0)
    assert run.records == corpus_run.records_of(TASKS) + corpus_run.records_of(DISTRICT)


# ----------------------------------------------------------- manifest, year


def year_of_11_homes(run: Run) -> int | None:
    """002: 今年，我市新建提升镇（街道）综合性养老服务中心**11家** — 今年 is the document's year."""
    return next(r["year"] for r in run.records_of(NEWS)
                if r["text"] == "11家" and "新建提升镇（街道）综合性养老服务中心" in r["sentence"])


def write_manifest(path: Path, title: str, published: str) -> Path:
    path.write_text(f"doc_id,title,published,source,kind\n{NEWS},{title},{published},常州市民政局,completion_report\n",
                    encoding="utf-8")
    return path


def test_without_manifest_or_year_a_dateless_news_item_has_no_year(tmp_path):
    run = extract_cli(copy_corpus(tmp_path / "in", [NEWS], manifest=False), out=tmp_path / "out")
    row = run.documents[NEWS]
    assert (row["doc_year"], row["title"], year_of_11_homes(run)) == (None, "常州民政：用行动提升民生温度，增加幸福厚度", None)


def test_manifest_in_the_folder_gives_title_and_year(tmp_path):
    folder = copy_corpus(tmp_path / "in", [NEWS], manifest=False)
    write_manifest(folder / "manifest.csv", "民政工作年终综述", "2019-12")
    run = extract_cli(folder, out=tmp_path / "out")
    row = run.documents[NEWS]
    assert (row["title"], row["published"], row["doc_year"], row["doc_year_source"]) == (
        "民政工作年终综述", "2019-12", 2019, "metadata")
    assert year_of_11_homes(run) == 2019


def test_manifest_option_overrides_the_folder_manifest(tmp_path):
    folder = copy_corpus(tmp_path / "in", [NEWS], manifest=False)
    write_manifest(folder / "manifest.csv", "民政工作年终综述", "2019-12")
    other = write_manifest(tmp_path / "other.csv", "另一份清单", "2020")
    run = extract_cli(folder, "--manifest", other, out=tmp_path / "out")
    row = run.documents[NEWS]
    assert (row["title"], row["doc_year"]) == ("另一份清单", 2020)
    assert year_of_11_homes(run) == 2020


def test_doc_year_option(tmp_path):
    folder = copy_corpus(tmp_path / "in", [NEWS], manifest=False)
    write_manifest(folder / "manifest.csv", "民政工作年终综述", "2019-12")
    run = extract_cli(folder, "--doc-year", "2021", out=tmp_path / "out")
    assert (run.documents[NEWS]["doc_year"], run.documents[NEWS]["doc_year_source"]) == (2021, "given")
    assert year_of_11_homes(run) == 2021


def test_unreadable_manifest_is_one_line(tmp_path):
    folder = copy_corpus(tmp_path / "in", [NEWS], manifest=False)
    (folder / "manifest.csv").write_text("title,published\n民政,2019\n", encoding="utf-8")
    run = extract_cli(folder, out=tmp_path / "out")
    assert run.exit_code == 1
    assert len(error_lines(run)) == 1 and "no doc_id column" in error_lines(run)[0]
    assert str(folder / "manifest.csv") in error_lines(run)[0]


# -------------------------------------------------------- encodings, archives


def test_gbk_input_gives_the_same_records_as_utf8(tmp_path, corpus_run):
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id in (TASKS, NEWS):
        text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        (folder / f"{doc_id}.txt").write_bytes(text.encode("gbk"))
    shutil.copy(CORPUS / "manifest.csv", folder)
    run = extract_cli(folder, out=tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    assert [row["encoding"] for row in run.documents.values()] == ["gb18030", "gb18030"]
    assert run.records == corpus_run.records_of(TASKS) + corpus_run.records_of(NEWS)


def test_zip_and_tar_gz_give_their_members_records(tmp_path, corpus_run):
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "a.zip", "w") as archive:
        for doc_id in (ARTICLE, DISTRICT):
            archive.write(CORPUS / f"{doc_id}.txt", f"民生/{doc_id}.txt")
    with tarfile.open(folder / "b.tar.gz", "w:gz") as archive:
        for doc_id in (TASKS, LIST):
            archive.add(CORPUS / f"{doc_id}.txt", f"{doc_id}.txt")
    shutil.copy(CORPUS / "manifest.csv", folder)
    run = extract_cli(folder, out=tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    assert {d: row["path"] for d, row in run.documents.items()} == {
        ARTICLE: f"{folder / 'a.zip'}:民生/{ARTICLE}.txt", DISTRICT: f"{folder / 'a.zip'}:民生/{DISTRICT}.txt",
        TASKS: f"{folder / 'b.tar.gz'}:{TASKS}.txt", LIST: f"{folder / 'b.tar.gz'}:{LIST}.txt"}
    assert run.records == [r for d in (ARTICLE, DISTRICT, TASKS, LIST) for r in corpus_run.records_of(d)]


# ------------------------------------------------------------------- the API


def test_extract_api_on_a_path_gives_the_batch_records(corpus_run):
    path = CORPUS / f"{TASKS}.txt"
    expected = corpus_run.records_of(TASKS)
    for records in (extract_path(path), extract_path(str(path)), extract(path)):
        assert [{k: r.to_dict()[k] for k in expected[0]} for r in records] == expected


def test_extract_api_on_a_string_of_text():
    sentence = ("截至2023年底，全市共有托育机构378家，托位数2.11万个，每千人口拥有3岁以下婴幼儿托位数达4个；"
                "创建省级普惠托育机构43家、示范性托育机构18家。")
    records = extract(sentence)
    assert [(r.doc_id, r.start, r.end, r.text, r.value, r.unit, r.year) for r in records] == [
        ("text", 17, 21, "378家", 378, "家", 2023),
        ("text", 25, 31, "2.11万个", 21100, "个", 2023),
        ("text", 49, 51, "4个", 4, "个", 2023),
        ("text", 62, 65, "43家", 43, "家", 2023),
        ("text", 73, 76, "18家", 18, "家", 2023),
    ]
    assert all(sentence[r.start:r.end] == r.text for r in records)


def test_extract_api_reads_a_long_one_line_text_as_text():
    # a paragraph on one line, far longer than a file name may be: never stat()ed as a path
    sentence = "全市新增幼儿园学位6000个，" * 40 + "新建托育机构20家。"
    records = extract(sentence)
    assert len(records) == 41
    assert all(sentence[r.start:r.end] == r.text for r in records)


def test_extract_api_never_reads_a_str_as_a_file():
    # the name of a real file, given as a str, is text: no record, and a warning that says what to call
    path = str(CORPUS / f"{TASKS}.txt")
    with pytest.warns(UserWarning, match="extract_path"):
        assert extract(path) == []


def test_extract_api_refuses_what_is_neither_text_nor_a_file():
    with pytest.raises(TypeError, match="not bytes"):
        extract("2023年新增幼儿园学位6000个。".encode())


def test_extract_path_on_a_bad_file_is_a_one_line_load_error(tmp_path):
    from pipeline.loaders import LoadError

    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match=f"^{re.escape(str(path))}: empty file$"):
        extract_path(path)


def test_two_inputs_with_one_name_get_distinct_doc_ids(tmp_path):
    from typer.testing import CliRunner

    from minsheng.cli import app

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.txt").write_text("2023年新增幼儿园学位6000个。", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out), "--quiet",
                                      "--workers", "2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in rows] == ["plan", "plan~2"]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in records) == ["plan", "plan~2"]
    assert "doc_id plan already used" in result.output
