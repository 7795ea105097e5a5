"""Label Studio export/import: gold → tasks → (a Label Studio export) → gold.

The documents are short, made of sentences from the corpus, in a temporary corpus
of their own; the gold files are written here by hand (gold/*.json is still being
labelled). Offsets below were counted by hand; ls_b starts with an emoji (📌), a
character outside the BMP, and has a second one before its last span.
"""
from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractors.categories import category_names
from extractors.units import canonical_units
from minsheng.cli import app
from evaluation.gold import GoldDoc, check_gold_dir, read_gold_file, write_gold_file
from evaluation.labelstudio import (
    LabelStudioError, Utf16Offsets, export_tasks, import_tasks, labelling_config, read_export, read_predictions,
)
from pipeline.record import QUALIFIERS, Record

DOC_A = ("截至2023年底，全市共有托育机构378家，托位数2.11万个，每千人口拥有3岁以下婴幼儿托位数达4个。\n"
         "机构养老方面，全市建有各类养老机构113家，机构床位2.5万余张，其中，78%为护理型床位。\n")
DOC_B = ("📌引进人才\n推进南京医科大学常州医学中心建设，打造消化系统、生殖医学和普外科学等高水平临床诊疗中心，"
         "引进高水平人才10—20人。\n📌养老服务\n机构养老方面，全市建有各类养老机构113家。\n")
DOC_C = "全市中小学100%开展课后服务，参与学生达到45万人以上。\n"

MANIFEST = "doc_id,title,published,source,kind\nls_c,2022年全市民生建设重点项目（工作）清单,2022,常州市人民政府,plan_list\n"


def gold(start: int, end: int, text: str, value: float, unit: str, category: str, indicator: str,
         qualifier: str = "exact", value_max: float | None = None, per: str | None = None) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text, "value": value, "value_max": value_max, "unit": unit,
            "qualifier": qualifier, "year": 2023, "category": category, "indicator": indicator, "per": per}


GOLD_A = [
    gold(17, 21, "378家", 378, "家", "常有善育", "托育机构"),
    gold(25, 31, "2.11万个", 21100, "个", "常有善育", "托位"),
    gold(49, 51, "4个", 4, "个", "常有善育", "3岁以下婴幼儿托位", per="千人口"),
    # 113家 (70..74) is left out on purpose: the edit test adds it in "Label Studio"
    gold(79, 85, "2.5万余张", 25000, "张", "常有颐养", "机构床位", qualifier="at_least"),
    gold(89, 92, "78%", 78, "%", "常有颐养", "护理型床位"),
]
GOLD_B = [
    gold(57, 63, "10—20人", 10, "人", "常有健康", "高水平人才", value_max=20),
    gold(88, 92, "113家", 113, "家", "常有颐养", "养老机构"),
]
PREDICTIONS = [
    {"doc_id": "ls_b", "start": 88, "end": 92, "text": "113家", "value": 113.0, "unit": "家",
     "qualifier": "exact", "year": 2023, "category": None, "indicator": "养老机构"},
    {"doc_id": "ls_c", "start": 5, "end": 9, "text": "100%", "value": 100.0, "unit": "%",
     "qualifier": "exact", "year": 2022, "category": "常有优学", "indicator": "开展课后服务"},
    {"doc_id": "ls_c", "start": 22, "end": 26, "text": "45万人", "value": 450000.0, "unit": "人",
     "qualifier": "at_least", "year": 2022, "category": "常有优学", "indicator": "参与学生"},
]


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id, text in (("ls_a", DOC_A), ("ls_b", DOC_B), ("ls_c", DOC_C)):
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (corpus / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for doc_id, records in (("ls_a", GOLD_A), ("ls_b", GOLD_B)):
        write_gold_file(GoldDoc(doc_id, 2023, [Record.from_dict(r) for r in records]), gold_dir / f"{doc_id}.json")
    (tmp_path / "records.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PREDICTIONS), encoding="utf-8")
    return tmp_path


def as_label_studio_export(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio exports (format 'JSON') after importing `tasks`: ids, timestamps, bookkeeping."""
    exported = copy.deepcopy(tasks)
    for task_id, task in enumerate(exported, 1):
        task.update(id=task_id, inner_id=task_id, project=1, created_at="2024-03-01T08:00:00.000000Z")
        for annotation_id, annotation in enumerate(task.get("annotations", []), 100 * task_id):
            annotation.update(id=annotation_id, completed_by=1, was_cancelled=False, ground_truth=False,
                              created_at="2024-03-01T09:00:00.000000Z", updated_at="2024-03-01T09:00:00.000000Z",
                              lead_time=12.5, task=task_id)
            for result in annotation["result"]:
                result["origin"] = "manual"
        for prediction in task.get("predictions", []):
            prediction.update(id=task_id, task=task_id, score=None)
    return exported


def exported(workspace: Path) -> list[dict[str, Any]]:
    tasks = export_tasks(workspace / "gold", workspace / "corpus", workspace / "records.jsonl")
    return as_label_studio_export(tasks)


def task_for(tasks: list[dict[str, Any]], doc_id: str) -> dict[str, Any]:
    return next(task for task in tasks if task["data"]["doc_id"] == doc_id)


def spans(results: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return [(r["value"]["start"], r["value"]["end"], r["value"]["text"]) for r in results if r["type"] == "labels"]


def import_into(workspace: Path, tasks: list[dict[str, Any]]) -> Any:
    return import_tasks(tasks, workspace / "imported", workspace / "corpus", "export.json")


# ----------------------------------------------------------------------------- offsets

def test_utf16_offsets_count_astral_characters_twice() -> None:
    offsets = Utf16Offsets("a𠮷b📌c")   # astral characters at Python offsets 1 and 3
    assert [offsets.to_utf16(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.to_python(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    for inside_a_pair in (2, 5):
        with pytest.raises(ValueError, match="surrogate pair"):
            offsets.to_python(inside_a_pair)


def test_spans_after_a_non_bmp_character_are_shifted_for_javascript(workspace: Path) -> None:
    task = task_for(exported(workspace), "ls_b")
    labelled = spans(task["annotations"][0]["result"])
    assert labelled == [(58, 64, "10—20人"), (90, 94, "113家")]   # Python 57..63 and 88..92
    as_javascript_sees_it = task["data"]["text"].encode("utf-16-le")
    for start, end, text in labelled:
        assert as_javascript_sees_it[2 * start:2 * end].decode("utf-16-le") == text


# ------------------------------------------------------------------------------ export

def test_one_task_per_document_with_its_text_id_and_year(workspace: Path) -> None:
    tasks = exported(workspace)
    assert [t["data"]["doc_id"] for t in tasks] == ["ls_a", "ls_b", "ls_c"]
    assert task_for(tasks, "ls_a")["data"] == {"text": DOC_A, "doc_id": "ls_a", "doc_year": 2023}
    assert task_for(tasks, "ls_c")["data"]["doc_year"] == 2022   # no gold file: the manifest's year


def test_gold_record_becomes_a_region_with_one_result_per_field(workspace: Path) -> None:
    results = task_for(exported(workspace), "ls_a")["annotations"][0]["result"]
    region = {r["from_name"]: r["value"] for r in results if r["id"] == results[0]["id"] and r["from_name"] != "quantity"}
    span = {"start": 17, "end": 21, "text": "378家"}
    assert region == {
        "value": {**span, "number": 378}, "unit": {**span, "choices": ["家"]},
        "qualifier": {**span, "choices": ["exact"]}, "year": {**span, "number": 2023},
        "category": {**span, "choices": ["常有善育"]}, "indicator": {"start": 17, "end": 21, "text": ["托育机构"]},
    }   # value_max and per are null: no result


def test_predictions_are_pre_annotations(workspace: Path) -> None:
    tasks = exported(workspace)
    only_predicted = task_for(tasks, "ls_c")
    assert "annotations" not in only_predicted
    [prediction] = only_predicted["predictions"]
    assert prediction["model_version"].startswith("minsheng")
    assert spans(prediction["result"]) == [(5, 9, "100%"), (22, 26, "45万人")]
    assert [r["value"]["number"] for r in prediction["result"] if r["from_name"] == "value"] == [100, 450000]
    both = task_for(tasks, "ls_b")
    assert spans(both["predictions"][0]["result"]) == [(90, 94, "113家")]
    # the extractor found no category: no category result, rather than a guessed one
    assert {r["from_name"] for r in both["predictions"][0]["result"]} == {
        "quantity", "value", "unit", "qualifier", "year", "indicator"}
    assert "predictions" not in task_for(tasks, "ls_a")


def test_the_config_has_every_control_the_tasks_use(workspace: Path) -> None:
    config = ET.fromstring(labelling_config())
    controls = {el.get("name"): el for el in config.iter() if el.get("toName") == "text"}
    used = {r["from_name"] for task in exported(workspace)
            for labelling in task.get("annotations", []) + task.get("predictions", []) for r in labelling["result"]}
    assert used <= set(controls)
    assert [el.get("value") for el in config.iter("Text")] == ["$text"]
    choices = {name: [c.get("value") for c in el.iter("Choice")] for name, el in controls.items() if el.tag == "Choices"}
    assert set(choices["unit"]) == canonical_units() and len(choices["unit"]) == len(canonical_units())
    assert tuple(choices["qualifier"]) == QUALIFIERS
    assert tuple(choices["category"]) == category_names()
    assert {name: el.tag for name, el in controls.items()} == {
        "quantity": "Labels", "value": "Number", "value_max": "Number", "unit": "Choices", "qualifier": "Choices",
        "year": "Number", "category": "Choices", "indicator": "TextArea", "per": "TextArea"}
    assert all(el.get("perRegion") == "true" for name, el in controls.items() if name != "quantity")


# ------------------------------------------------------------------------------ import

def test_round_trip_gold_tasks_gold_is_identical(workspace: Path) -> None:
    report = import_into(workspace, exported(workspace))
    assert report.problems == []
    assert sorted(p.name for p in report.written) == ["ls_a.json", "ls_b.json"]
    assert report.skipped == ["export.json: task 3 (ls_c): no annotation that was not cancelled; skipped"]
    for name in ("ls_a.json", "ls_b.json"):
        assert (workspace / "imported" / name).read_bytes() == (workspace / "gold" / name).read_bytes()


def test_edited_annotation_imports_as_the_edit(workspace: Path) -> None:
    tasks = exported(workspace)
    task = task_for(tasks, "ls_a")
    original = task["annotations"][0]
    edited = copy.deepcopy(original)
    # g1 (2.11万个): unit changed; g4 (78%): region deleted; 113家 (Python 70..74, no astral): region added
    for result in edited["result"]:
        if result["id"] == "g1" and result["from_name"] == "unit":
            result["value"]["choices"] = ["套"]
    edited["result"] = [r for r in edited["result"] if r["id"] != "g4"]
    span = {"start": 70, "end": 74, "text": "113家"}
    edited["result"] += [
        {"id": "Xk3_pq9aLm", "from_name": name, "to_name": "text", "type": kind, "origin": "manual",
         "value": {**span, **answer}}
        for name, kind, answer in (
            ("quantity", "labels", {"labels": ["quantity"]}), ("value", "number", {"number": 113}),
            ("unit", "choices", {"choices": ["家"]}), ("qualifier", "choices", {"choices": ["exact"]}),
            ("year", "number", {"number": 2023}), ("category", "choices", {"choices": ["常有颐养"]}),
            ("indicator", "textarea", {"text": ["养老机构"]}))
    ]
    edited.update(id=901, updated_at="2024-03-02T10:00:00Z")
    cancelled = {"id": 902, "result": [], "was_cancelled": True, "updated_at": "2024-03-03T10:00:00Z"}
    # the newest non-cancelled annotation wins, wherever it stands in the list
    task["annotations"] = [edited, original, cancelled]

    report = import_into(workspace, tasks)

    assert report.problems == []
    records = [r.gold_dict() for r in read_gold_file(workspace / "imported" / "ls_a.json").records]
    assert records == [
        GOLD_A[0],
        {**GOLD_A[1], "unit": "套"},
        GOLD_A[2],
        gold(70, 74, "113家", 113, "家", "常有颐养", "养老机构"),
        GOLD_A[3],
    ]


def edit_region(task: dict[str, Any], region_id: str, from_name: str, **value: Any) -> None:
    for result in task["annotations"][0]["result"]:
        if result["id"] == region_id and result["from_name"] == from_name:
            result["value"].update(value)


def drop_result(task: dict[str, Any], region_id: str, from_name: str) -> None:
    result = task["annotations"][0]["result"]
    result[:] = [r for r in result if not (r["id"] == region_id and r["from_name"] == from_name)]


BAD_EDITS = {
    "unknown unit": (lambda t: edit_region(t, "g0", "unit", choices=["桌"]),
                     "record 0 (17 '378家'): unit '桌' is not in the unit table (extractors/data/units.csv)"),
    "unknown category": (lambda t: edit_region(t, "g0", "category", choices=["民生"]),
                         "record 0 (17 '378家'): category '民生' not in the category table"),
    "two units": (lambda t: edit_region(t, "g1", "unit", choices=["个", "家"]),
                  "region g1 '2.11万个': unit: expected exactly one answer, got ['个', '家']"),
    "missing qualifier": (lambda t: drop_result(t, "g0", "qualifier"), "region g0 '378家': qualifier: missing"),
    "missing indicator": (lambda t: drop_result(t, "g2", "indicator"), "region g2 '4个': indicator: missing"),
    "value not a number": (lambda t: edit_region(t, "g2", "value", number="四"),
                           "region g2 '4个': value: '四' is not a number"),
    "span without label": (lambda t: drop_result(t, "g0", "quantity"),
                           "region g0 '': no 'quantity' span, only per-region fields"),
    "span moved off its text": (lambda t: edit_region(t, "g0", "quantity", start=18),
                                "record 0 (18 '378家'): text '378家' != document[18:21] '78家'"),
    "control not in the config": (lambda t: t["annotations"][0]["result"][0].update(from_name="colour"),
                                  "result 0 comes from 'colour', which is not in the labelling config"),
    "text edited in the task": (lambda t: t["data"].update(text=DOC_A.replace("378", "387")),
                                "the task's text differs from the document in"),
    "document not in the corpus": (lambda t: t["data"].update(doc_id="ls_z"), "no document 'ls_z'"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_a_bad_task_is_one_line_naming_it_and_writes_nothing(workspace: Path, case: str) -> None:
    tasks = exported(workspace)
    edit, expected = BAD_EDITS[case]
    edit(tasks[0])

    report = import_into(workspace, tasks)

    [problem] = report.problems
    assert problem.startswith(f"export.json: task 1 ({tasks[0]['data']['doc_id']}): ")
    assert expected in problem
    assert [p.name for p in report.written] == ["ls_b.json"]   # the sound task is still imported


def test_the_same_document_twice_is_a_problem(workspace: Path) -> None:
    tasks = exported(workspace)
    report = import_into(workspace, tasks + [copy.deepcopy(tasks[0]) | {"id": 7}])
    assert report.problems == ["export.json: task 7 (ls_a): document ls_a is also export.json: task 1 (ls_a)"]


@pytest.mark.parametrize("content, expected", [
    ("{not json", "not readable as JSON"),
    ('{"data": {"text": "全市"}}', "not a Label Studio JSON export"),   # an object, not a list of tasks
    ('[{"doc_id": "ls_a", "quantity": ["378家"]}]', None),               # JSON_MIN: a list, but no 'data'
])
def test_a_file_that_is_not_a_json_export(workspace: Path, content: str, expected: str | None) -> None:
    path = workspace / "export.json"
    path.write_text(content, encoding="utf-8")
    if expected is not None:
        with pytest.raises(LabelStudioError, match=expected):
            read_export(path)
        return
    report = import_into(workspace, read_export(path))
    assert report.problems == [
        "export.json: task #1 (no doc_id): 'data' needs the doc_id and text that export-labelstudio wrote"]


# --------------------------------------------------------------------------------- CLI

def test_cli_round_trip_passes_gold_check(workspace: Path) -> None:
    runner = CliRunner()
    tasks_path, config_path = workspace / "tasks.json", workspace / "config.xml"
    exported_cli = runner.invoke(app, [
        "gold", "export-labelstudio", "-o", str(tasks_path), "--pred", str(workspace / "records.jsonl"),
        "--gold", str(workspace / "gold"), "--corpus", str(workspace / "corpus"), "--config", str(config_path)])
    assert exported_cli.exit_code == 0, exported_cli.output
    assert config_path.read_text(encoding="utf-8") == labelling_config()
    export_path = workspace / "export.json"
    export_path.write_text(json.dumps(as_label_studio_export(json.loads(tasks_path.read_text("utf-8"))),
                                      ensure_ascii=False), encoding="utf-8")

    imported = runner.invoke(app, ["gold", "import-labelstudio", str(export_path),
                                   "--out", str(workspace / "imported"), "--corpus", str(workspace / "corpus")])

    assert imported.exit_code == 0, imported.output
    assert check_gold_dir(workspace / "imported", workspace / "corpus") == (2, [])


def test_cli_import_reports_problems_and_exits_1(workspace: Path) -> None:
    tasks = exported(workspace)
    edit_region(tasks[1], "g0", "unit", choices=["桌"])
    export_path = workspace / "export.json"
    export_path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")

    result = CliRunner().invoke(app, ["gold", "import-labelstudio", str(export_path),
                                      "--out", str(workspace / "imported"), "--corpus", str(workspace / "corpus")])

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{export_path}: task 2 (ls_b): record 0 (57 '10—20人'): unit '桌' is not in the unit table "
        "(extractors/data/units.csv)"]
    assert sorted(p.name for p in (workspace / "imported").iterdir()) == ["ls_a.json"]


@pytest.mark.parametrize("content, expected", [
    ('{"doc_id": "ls_a"\n', r"records.jsonl:1: not a JSON object"),     # cut short
    ('\n["ls_a"]\n', r"records.jsonl:2: not a JSON object"),           # JSON, but no object
    (None, r"records.jsonl: no such file"),
])
def test_predictions_that_are_no_json_lines_are_named_by_line(tmp_path: Path, content: str | None,
                                                              expected: str) -> None:
    path = tmp_path / "records.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LabelStudioError, match=expected):
        read_predictions(path)


def test_cli_export_names_a_bad_predictions_line(workspace: Path) -> None:
    pred = workspace / "records.jsonl"
    pred.write_text(pred.read_text(encoding="utf-8") + '{"doc_id": "ls_a", "text": "378家"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["gold", "export-labelstudio", "-o", str(workspace / "tasks.json"),
                                      "--pred", str(pred), "--gold", str(workspace / "gold"),
                                      "--corpus", str(workspace / "corpus")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {pred}:4: not a record:")
    assert not (workspace / "tasks.json").exists()
