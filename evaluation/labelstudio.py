"""Label Studio exchange of the gold set: tasks out, exports back in.

`minsheng gold export-labelstudio` writes one Label Studio task per document: the
document text and its id and year as `data`, its gold records as the task's
annotation and, with `--pred`, an extraction run's records as pre-annotations.
`minsheng gold import-labelstudio` turns a Label Studio JSON export back into gold
files, checked by the same code as `minsheng gold check`.

In Label Studio a quantity mention is a region of the `quantity` Labels tag; every
other gold field is a per-region control (`REGION_FIELDS`). Label Studio stores
each control's answer as a separate result that carries the region's `id` and its
span. It counts offsets in UTF-16 code units (JavaScript strings), Python in code
points: `Utf16Offsets` converts both ways.
"""
from __future__ import annotations

import bisect
import importlib.metadata
import json
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import typer

from extractors.categories import category_names
from extractors.units import unit_table
from pipeline.console import fail
from pipeline.jsonl import JsonlError, read_jsonl
from pipeline.loaders import LoadError, load_path
from pipeline.manifest import published_year, read_manifest
from pipeline.record import QUALIFIERS, Record

from .gold import YEAR_RANGE, GoldDoc, check_gold_file, find_document, gold_files, read_gold_file, write_gold_file

#: Names in the labelling config: the text object, the span labels and its one label.
TEXT_NAME = "text"
SPAN_NAME = "quantity"
SPAN_LABEL = "quantity"

Task = dict[str, Any]
Result = dict[str, Any]


class LabelStudioError(ValueError):
    """A problem that stops an export or an import: one line naming the file."""


# ------------------------------------------------------------------------ the config

@dataclass(frozen=True, slots=True)
class Control:
    """A Label Studio control tag and how its results hold an answer."""
    tag: str
    value_key: str   # the key of the answer inside a result's `value`
    is_list: bool    # Choices and TextArea answer with a list, Number with a number

    @property
    def result_type(self) -> str:
        return self.tag.lower()


NUMBER = Control("Number", "number", is_list=False)
CHOICES = Control("Choices", "choices", is_list=True)
TEXTAREA = Control("TextArea", "text", is_list=True)


def canonical_units_in_table_order() -> list[str]:
    """`extractors.units.canonical_units()` in the order of the unit table, not set order."""
    return list(dict.fromkeys(unit.unit for unit in unit_table().values()))


@dataclass(frozen=True, slots=True)
class RegionField:
    """One gold field of a quantity region, asked by a per-region control of the same name."""
    name: str
    control: Control
    required: bool
    header: str
    choices: Callable[[], Iterable[str]] | None = None
    attributes: dict[str, str] = field(default_factory=dict)


#: The gold fields besides the span (shared/docs/ANNOTATION.md), in the order an analyst fills them.
REGION_FIELDS: tuple[RegionField, ...] = (
    RegionField("value", NUMBER, True, "value: magnitude applied (2.11万个 → 21100)", attributes={"step": "any"}),
    RegionField("value_max", NUMBER, False, "value_max: upper end of a range (10—20人 → 20), else empty",
                attributes={"step": "any"}),
    RegionField("unit", CHOICES, True, "unit: canonical (万元 → 元, ㎡ → 平方米)", canonical_units_in_table_order,
                attributes={"layout": "select"}),
    RegionField("qualifier", CHOICES, True, "qualifier: 约 approx, 以上/余 at_least, 以内 at_most",
                lambda: QUALIFIERS, attributes={"layout": "inline"}),
    RegionField("year", NUMBER, True, "year: the year the figure holds for",
                attributes={"step": "1", "min": str(YEAR_RANGE[0]), "max": str(YEAR_RANGE[1])}),
    RegionField("category", CHOICES, True, "category", category_names, attributes={"layout": "inline"}),
    RegionField("indicator", TEXTAREA, True, "indicator: what is counted (托育机构)",
                attributes={"maxSubmissions": "1", "editable": "true", "rows": "1"}),
    RegionField("per", TEXTAREA, False, "per: denominator of a rate (每人每月 → 人·月), else empty",
                attributes={"maxSubmissions": "1", "editable": "true", "rows": "1"}),
)
FIELDS_BY_NAME = {f.name: f for f in REGION_FIELDS}


def labelling_config() -> str:
    """The Label Studio labelling config (XML) for the tasks that `export_tasks` writes."""
    view = ET.Element("View")
    ET.SubElement(view, "Header", value="$doc_id")
    labels = ET.SubElement(view, "Labels", name=SPAN_NAME, toName=TEXT_NAME)
    ET.SubElement(labels, "Label", value=SPAN_LABEL, background="orange")
    ET.SubElement(view, "Text", name=TEXT_NAME, value="$text")
    region_view = ET.SubElement(view, "View", visibleWhen="region-selected")
    for spec in REGION_FIELDS:
        ET.SubElement(region_view, "Header", value=spec.header, size="6")
        control = ET.SubElement(region_view, spec.control.tag, name=spec.name, toName=TEXT_NAME,
                                perRegion="true", required=str(spec.required).lower(), **spec.attributes)
        for choice in spec.choices() if spec.choices else ():
            ET.SubElement(control, "Choice", value=choice)
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


# ------------------------------------------------------------------------- offsets

class Utf16Offsets:
    """Python `str` offsets ↔ JavaScript (UTF-16 code unit) offsets of one text.

    A character outside the Basic Multilingual Plane (𠮷, most emoji) is one Python
    index but two UTF-16 units, so every offset after it differs by one more.
    """

    def __init__(self, text: str):
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_utf16 = [i + k for k, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def to_python(self, offset: int) -> int:
        before = bisect.bisect_left(self._astral_utf16, offset)
        if before and self._astral_utf16[before - 1] + 1 == offset:
            raise ValueError(f"offset {offset} falls between the two halves of a surrogate pair")
        return offset - before


# -------------------------------------------------------------------------- export

def region_results(record: Record, region_id: str, offsets: Utf16Offsets) -> list[Result]:
    """A record as Label Studio results: the labelled span, then one result per filled field."""
    span = {"start": offsets.to_utf16(record.start), "end": offsets.to_utf16(record.end), "text": record.text}
    results = [_result(region_id, SPAN_NAME, "labels", {**span, "labels": [SPAN_LABEL]})]
    values = record.gold_dict()   # numbers as JSON shows them in gold files (176, not 176.0)
    for spec in REGION_FIELDS:
        answer = values[spec.name]
        if answer is None or answer == "":   # predictions leave fields they could not fill
            continue
        wrapped = [answer] if spec.control.is_list else answer
        results.append(_result(region_id, spec.name, spec.control.result_type, {**span, spec.control.value_key: wrapped}))
    return results


def _result(region_id: str, from_name: str, result_type: str, value: dict[str, Any]) -> Result:
    return {"id": region_id, "from_name": from_name, "to_name": TEXT_NAME, "type": result_type, "value": value}


def records_to_results(records: Iterable[Record], offsets: Utf16Offsets, id_prefix: str) -> list[Result]:
    """Region ids are `<prefix><n>`: stable across exports, unique within a task."""
    return [r for n, record in enumerate(records) for r in region_results(record, f"{id_prefix}{n}", offsets)]


def document_task(doc_id: str, text: str, doc_year: int | None, gold: GoldDoc | None,
                  predicted: list[Record], model_version: str) -> Task:
    """One task: the document, its gold as the annotation, the predictions as pre-annotation."""
    offsets = Utf16Offsets(text)
    task: Task = {"data": {"text": text, "doc_id": doc_id, "doc_year": doc_year}}
    if gold is not None:
        task["annotations"] = [{"result": records_to_results(gold.records, offsets, "g")}]
    if predicted:
        task["predictions"] = [{"model_version": model_version,
                                "result": records_to_results(predicted, offsets, "p")}]
    return task


def export_tasks(gold_dir: Path, corpus: Path, pred: Path | None = None) -> list[Task]:
    """Tasks for every gold file in `gold_dir` and every document that only has predictions."""
    if not gold_dir.is_dir():
        raise LabelStudioError(f"{gold_dir}: no such folder")
    gold_docs = read_gold_files(gold_dir)
    predicted = read_predictions(pred) if pred is not None else {}
    manifest_years = read_manifest_years(corpus)
    model_version = minsheng_version()
    tasks = []
    for doc_id in sorted(set(gold_docs) | set(predicted)):
        gold = gold_docs.get(doc_id)
        doc_year = gold.doc_year if gold is not None else manifest_years.get(doc_id)
        text = corpus_text(corpus, doc_id)
        tasks.append(document_task(doc_id, text, doc_year, gold, predicted.get(doc_id, []), model_version))
    return tasks


def read_gold_files(gold_dir: Path) -> dict[str, GoldDoc]:
    docs = {}
    for path in gold_files(gold_dir):
        try:
            gold = read_gold_file(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LabelStudioError(f"{path}: not a gold file ({exc!r}); run `minsheng gold check`") from exc
        docs[gold.doc_id] = gold
    return docs


def read_predictions(path: Path) -> dict[str, list[Record]]:
    """records.jsonl of `minsheng extract`, grouped by document."""
    by_doc: dict[str, list[Record]] = defaultdict(list)
    try:
        for where, row in read_jsonl(path):
            try:
                record = Record.from_dict(row)
            except (ValueError, TypeError, AttributeError) as exc:
                raise LabelStudioError(f"{where}: not a record: {exc}") from exc
            if not record.doc_id:
                raise LabelStudioError(f"{where}: the record has no doc_id")
            by_doc[record.doc_id].append(record)
    except JsonlError as exc:       # unreadable, or a line that is no JSON object
        raise LabelStudioError(str(exc)) from exc
    return dict(by_doc)


def read_manifest_years(corpus: Path) -> dict[str, int | None]:
    """Document years from the corpus manifest, for documents that have no gold file yet."""
    manifest = corpus / "manifest.csv"
    if not manifest.is_file():
        return {}
    return {doc_id: published_year(meta) for doc_id, meta in read_manifest(manifest).items()}


def corpus_text(corpus: Path, doc_id: str) -> str:
    source = find_document(corpus, doc_id) if Path(doc_id).name == doc_id else None
    if source is None:
        raise LabelStudioError(f"{corpus}: no document {doc_id!r}")
    try:
        return load_path(source).text
    except LoadError as exc:
        raise LabelStudioError(str(exc)) from exc


def minsheng_version() -> str:
    try:
        return f"minsheng {importlib.metadata.version('minsheng')}"
    except importlib.metadata.PackageNotFoundError:
        return "minsheng"


def export_cli(out: Path, pred: Path | None, gold_dir: Path, corpus: Path, config: Path | None) -> None:
    try:
        tasks = export_tasks(gold_dir, corpus, pred)
    except LabelStudioError as exc:
        fail(str(exc))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if config is not None:
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(labelling_config(), encoding="utf-8")
    annotated = sum("annotations" in task for task in tasks)
    typer.echo(f"{out}: {len(tasks)} tasks, {annotated} with gold annotations"
               + (f"; config → {config}" if config else ""), err=True)


# -------------------------------------------------------------------------- import

class TaskProblems(Exception):
    """Everything wrong with one task, one line each (without the task's name)."""

    def __init__(self, lines: list[str]):
        super().__init__("; ".join(lines))
        self.lines = lines


@dataclass
class ImportReport:
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # tasks nobody annotated
    problems: list[str] = field(default_factory=list)


def latest_annotation(task: Task) -> dict[str, Any] | None:
    """The annotation to import: the latest one that was not cancelled (skipped).

    Latest by `updated_at`, else `created_at` (Label Studio's ISO timestamps); an
    annotation with neither counts as the oldest, and among equals the one later
    in the list wins. None when every annotation was cancelled or there is none.
    """
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list):
        raise TaskProblems(["'annotations' is not a list"])
    candidates = [(n, a) for n, a in enumerate(annotations) if isinstance(a, dict) and not a.get("was_cancelled")]
    if not candidates:
        return None
    return max(candidates, key=lambda item: (_annotation_time(item[1]), item[0]))[1]


_OLDEST = datetime.min.replace(tzinfo=timezone.utc)


def _annotation_time(annotation: dict[str, Any]) -> datetime:
    stamp = annotation.get("updated_at") or annotation.get("created_at")
    if stamp is None:
        return _OLDEST
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        raise TaskProblems([f"annotation {annotation.get('id')}: {stamp!r} is not an ISO timestamp"]) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def group_regions(result: list[Any]) -> dict[str, dict[str, Result]]:
    """Results by region id, then by control name; refuses what our config cannot produce."""
    regions: dict[str, dict[str, Result]] = defaultdict(dict)
    problems = []
    for n, item in enumerate(result):
        if not (isinstance(item, dict) and isinstance(item.get("value"), dict) and item.get("id")):
            problems.append(f"result {n} is not a region result (no id or value)")
            continue
        name = item.get("from_name")
        if name != SPAN_NAME and name not in FIELDS_BY_NAME:
            problems.append(f"result {n} comes from {name!r}, which is not in the labelling config")
        elif name in regions[item["id"]]:
            problems.append(f"region {item['id']} has two {name!r} results")
        else:
            regions[item["id"]][name] = item
    if problems:
        raise TaskProblems(problems)
    return dict(regions)


def region_record(region: dict[str, Result], offsets: Utf16Offsets) -> Record:
    """A gold record from one region's results; missing or malformed fields are problems."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    try:
        values.update(_span(region.get(SPAN_NAME), offsets))
    except ValueError as exc:
        problems.append(str(exc))
    for spec in REGION_FIELDS:
        try:
            values[spec.name] = _answer(spec, region.get(spec.name))
        except ValueError as exc:
            problems.append(f"{spec.name}: {exc}")
    if problems:
        raise TaskProblems(problems)
    return Record.from_dict(values)


def _span(result: Result | None, offsets: Utf16Offsets) -> dict[str, Any]:
    if result is None:
        raise ValueError(f"no {SPAN_NAME!r} span, only per-region fields")
    value = result["value"]
    start, end, text = value.get("start"), value.get("end"), value.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
        raise ValueError(f"span needs integer start/end and a text, got {start!r}, {end!r}, {text!r}")
    return {"start": offsets.to_python(start), "end": offsets.to_python(end), "text": text}


def _answer(spec: RegionField, result: Result | None) -> Any:
    if result is None:
        if spec.required:
            raise ValueError("missing")
        return None
    answer = result["value"].get(spec.control.value_key)
    if spec.control.is_list:
        if not (isinstance(answer, list) and len(answer) == 1):
            raise ValueError(f"expected exactly one answer, got {answer!r}")
        answer = answer[0]
    elif not (isinstance(answer, (int, float)) and not isinstance(answer, bool)):
        raise ValueError(f"{answer!r} is not a number")
    return answer


def task_gold(task: Task, corpus: Path) -> GoldDoc | None:
    """The gold document of one exported task; None when nobody annotated it."""
    data = task.get("data")
    if not (isinstance(data, dict) and isinstance(data.get("doc_id"), str) and isinstance(data.get("text"), str)):
        raise TaskProblems(["'data' needs the doc_id and text that export-labelstudio wrote"])
    annotation = latest_annotation(task)
    if annotation is None:
        return None
    try:
        document = corpus_text(corpus, data["doc_id"])
    except LabelStudioError as exc:
        raise TaskProblems([str(exc)]) from None
    if document != data["text"]:   # offsets would point into a text the gold file does not refer to
        raise TaskProblems([f"the task's text differs from the document in {corpus}; re-export the task"])
    result = annotation.get("result")
    if not isinstance(result, list):
        raise TaskProblems([f"annotation {annotation.get('id')}: 'result' is not a list"])
    offsets = Utf16Offsets(data["text"])
    records, problems = [], []
    for region_id, region in group_regions(result).items():
        try:
            records.append(region_record(region, offsets))
        except TaskProblems as exc:
            shown = region.get(SPAN_NAME, {}).get("value", {}).get("text", "")
            problems.extend(f"region {region_id} {shown!r}: {line}" for line in exc.lines)
    if problems:
        raise TaskProblems(problems)
    return GoldDoc(data["doc_id"], data.get("doc_year"), records)


def gold_problems(gold: GoldDoc, corpus: Path) -> list[str]:
    """`minsheng gold check` on an imported document before it replaces the gold file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{gold.doc_id}.json"
        write_gold_file(gold, path)
        return [line.removeprefix(f"{path}: ") for line in check_gold_file(path, corpus)]


def read_export(export: Path) -> list[Task]:
    try:
        tasks = json.loads(export.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelStudioError(f"{export}: not readable as JSON: {exc}") from exc
    if not (isinstance(tasks, list) and all(isinstance(task, dict) for task in tasks)):
        raise LabelStudioError(f"{export}: not a Label Studio JSON export (a list of tasks; export as 'JSON')")
    return tasks


def import_tasks(tasks: list[Task], out: Path, corpus: Path, source: str) -> ImportReport:
    """Write `out/<doc_id>.json` for every annotated task that passes the gold check.

    A task with problems writes nothing; the other tasks are written all the same.
    """
    report = ImportReport()
    task_of_doc: dict[str, str] = {}
    for position, task in enumerate(tasks, 1):
        name = _task_name(source, task, position)
        try:
            gold = task_gold(task, corpus)
        except TaskProblems as exc:
            report.problems.extend(f"{name}: {line}" for line in exc.lines)
            continue
        if gold is None:
            report.skipped.append(f"{name}: no annotation that was not cancelled; skipped")
            continue
        if gold.doc_id in task_of_doc:
            report.problems.append(f"{name}: document {gold.doc_id} is also {task_of_doc[gold.doc_id]}")
            continue
        task_of_doc[gold.doc_id] = name
        problems = gold_problems(gold, corpus)
        if problems:
            report.problems.extend(f"{name}: {line}" for line in problems)
            continue
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"{gold.doc_id}.json"
        write_gold_file(gold, path)
        report.written.append(path)
    return report


def _task_name(source: str, task: Task, position: int) -> str:
    data = task.get("data")
    doc_id = data.get("doc_id") if isinstance(data, dict) else None
    return f"{source}: task {task.get('id', f'#{position}')} ({doc_id or 'no doc_id'})"


def import_cli(export: Path, out: Path, corpus: Path) -> None:
    try:
        tasks = read_export(export)
    except LabelStudioError as exc:
        fail(str(exc))
    report = import_tasks(tasks, out, corpus, str(export))
    for line in report.skipped:
        typer.echo(line, err=True)
    for line in report.problems:
        typer.echo(line)
    typer.echo(f"{export}: {len(report.written)} gold file(s) written to {out}, "
               f"{len(report.skipped)} task(s) skipped, {len(report.problems)} problem(s)", err=True)
    if report.problems:
        raise typer.Exit(1)
