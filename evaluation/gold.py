"""Gold files: reading, writing, checking, and anchoring labelling worksheets.

A gold file is `gold/<doc_id>.json` in the format of shared/docs/ANNOTATION.md.
Worksheets (`gold/sheets/<doc_id>.txt`) are how a person labels: one line per
quantity mention, the span marked in its context; `anchor_sheet` turns the
marked surface into offsets. Nothing here looks at what an extractor predicts.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from extractors.categories import category_names
from extractors.units import canonical_units
from pipeline.loaders import LoadError, load_path, supported_suffixes
from pipeline.record import GOLD_FIELDS, OPTIONAL_GOLD_FIELDS, QUALIFIERS, STANCES, Record

YEAR_RANGE = (1949, 2100)
#: `gold/links.json` holds the hand-labelled target→result links; it is not a document's gold file.
LINKS_FILE = "links.json"
#: A figure's year this far from the document's year is almost surely a labelling slip.
YEAR_DISTANCE = 15


@dataclass
class GoldDoc:
    doc_id: str
    doc_year: int | None
    records: list[Record] = field(default_factory=list)

    def to_json(self) -> str:
        """One record per line: readable in a diff, still plain JSON."""
        head = json.dumps({"doc_id": self.doc_id, "doc_year": self.doc_year}, ensure_ascii=False)[:-1]
        lines = [json.dumps(r.gold_dict(), ensure_ascii=False) for r in sorted(self.records, key=_order)]
        body = ",\n  ".join(lines)
        return f'{head}, "records": [\n  {body}\n]}}\n' if lines else f'{head}, "records": []}}\n'


def _order(record: Record) -> tuple[int, int]:
    return record.start, record.end


def read_gold_file(path: str | Path) -> GoldDoc:
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    doc_id = data["doc_id"]
    records = [Record.from_dict(r, doc_id=doc_id) for r in data.get("records", [])]
    return GoldDoc(doc_id, data.get("doc_year"), records)


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The per-document gold files `<doc_id>.json` of a directory (not `links.json`)."""
    return sorted(p for p in Path(gold_dir).glob("*.json") if p.name != LINKS_FILE)


def read_gold_dir(path: str | Path) -> dict[str, GoldDoc]:
    path = Path(path)
    files = [path] if path.is_file() else gold_files(path)
    docs = {}
    for file in files:
        gold = read_gold_file(file)
        docs[gold.doc_id] = gold
    return docs


def write_gold_file(gold: GoldDoc, path: str | Path) -> None:
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(gold.to_json(), encoding="utf-8")
    tmp.replace(path)


def find_document(corpus: str | Path, doc_id: str) -> Path | None:
    corpus = Path(corpus)
    for suffix in supported_suffixes():
        candidate = corpus / f"{doc_id}{suffix}"
        if candidate.exists():
            return candidate
    return None


# --------------------------------------------------------------------------- check

def check_gold_file(path: str | Path, corpus: str | Path) -> list[str]:
    """Every way a gold file can be wrong, one line each; empty when it is sound."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"{path}: not readable as JSON: {exc}"]
    problems: list[str] = []
    doc_id = raw.get("doc_id")
    if doc_id != path.stem:
        problems.append(f"{path}: doc_id {doc_id!r} does not match the file name")
    doc_year = raw.get("doc_year")
    if not _plausible_year(doc_year):
        problems.append(f"{path}: doc_year {doc_year!r} is not a plausible year")
    source = find_document(corpus, str(doc_id))
    if source is None:
        return problems + [f"{path}: no document {doc_id} in {corpus}"]
    try:
        text = load_path(source).text
    except LoadError as exc:
        return problems + [f"{path}: {exc}"]
    records = raw.get("records")
    if not isinstance(records, list):
        return problems + [f"{path}: 'records' is not a list"]
    previous_end, previous_where = -1, ""
    for i, rec in enumerate(records):
        where = f"{path}: record {i}"
        if isinstance(rec, dict) and isinstance(rec.get("start"), int):
            where += f" ({rec['start']} {rec.get('text', '')!r})"
        rec_problems = _check_record(rec, text, doc_year)
        problems.extend(f"{where}: {p}" for p in rec_problems)
        if not rec_problems:
            if rec["start"] < previous_end:
                problems.append(f"{where}: overlaps or comes before {previous_where}")
            previous_end, previous_where = rec["end"], where
    return problems


def _check_record(rec: object, text: str, doc_year: object) -> list[str]:
    if not isinstance(rec, dict):
        return ["not an object"]
    missing = [f for f in GOLD_FIELDS if f not in rec]
    if missing:
        return [f"missing fields {missing}"]
    extra = sorted(set(rec) - set(GOLD_FIELDS) - set(OPTIONAL_GOLD_FIELDS))
    problems = [f"unknown fields {extra}"] if extra else []
    start, end = rec["start"], rec["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return problems + [f"bad offsets {start!r}..{end!r} (document has {len(text)} characters)"]
    if text[start:end] != rec["text"]:
        problems.append(f"text {rec['text']!r} != document[{start}:{end}] {text[start:end]!r}")
    value, value_max = rec["value"], rec["value_max"]
    if not _is_number(value):
        problems.append(f"value {value!r} is not a number")
    if value_max is not None and (not _is_number(value_max) or (_is_number(value) and value_max < value)):
        problems.append(f"value_max {value_max!r} is not a number at least value")
    if rec["unit"] not in canonical_units():
        problems.append(f"unit {rec['unit']!r} is not in the unit table (extractors/data/units.csv)")
    if rec["qualifier"] not in QUALIFIERS:
        problems.append(f"qualifier {rec['qualifier']!r} not one of {QUALIFIERS}")
    year = rec["year"]
    if not _plausible_year(year):
        problems.append(f"year {year!r} is not a plausible year")
    elif isinstance(doc_year, int) and abs(year - doc_year) > YEAR_DISTANCE:
        problems.append(f"year {year} is more than {YEAR_DISTANCE} years from the document year {doc_year}")
    if rec["category"] not in category_names():
        problems.append(f"category {rec['category']!r} not in the category table")
    indicator = rec["indicator"]
    if not (isinstance(indicator, str) and indicator.strip()):
        problems.append(f"indicator {indicator!r} is empty")
    if rec.get("stance", "target") not in STANCES:
        problems.append(f"stance {rec['stance']!r} not one of {STANCES}")
    per = rec["per"]
    if per is not None and not (isinstance(per, str) and per.strip()):
        problems.append(f"per {per!r} must be null or a non-empty string")
    return problems


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _plausible_year(year: object) -> bool:
    return isinstance(year, int) and not isinstance(year, bool) and YEAR_RANGE[0] <= year <= YEAR_RANGE[1]


def check_gold_dir(gold_dir: str | Path, corpus: str | Path) -> tuple[int, list[str]]:
    files = gold_files(gold_dir)
    problems = [p for f in files for p in check_gold_file(f, corpus)]
    return len(files), problems


# ----------------------------------------------------------------------- worksheets

class SheetError(ValueError):
    pass


def anchor(text: str, marked: str, cursor: int = 0) -> tuple[int, int]:
    """Offsets of the span marked `[...]` in `marked`, at its first occurrence whose
    span starts at or after `cursor` (worksheets list mentions in document order)."""
    if marked.count("[") != 1 or marked.count("]") != 1 or marked.index("[") > marked.index("]"):
        raise SheetError(f"{marked!r}: mark the span with exactly one [ ... ]")
    left, rest = marked.split("[", 1)
    span, right = rest.split("]", 1)
    context = left + span + right
    position = text.find(context)
    while position != -1 and position + len(left) < cursor:
        position = text.find(context, position + 1)
    if position == -1:
        raise SheetError(f"{marked!r}: not found after offset {cursor}")
    start = position + len(left)
    return start, start + len(span)


def anchor_sheet(sheet: str, text: str) -> GoldDoc:
    """Parse a worksheet (format in gold/README.md) against the document text."""
    doc_id, doc_year = None, None
    defaults: dict[str, str | None] = {"year": None, "category": None, "stance": None}
    records: list[Record] = []
    cursor = 0
    for number, raw_line in enumerate(sheet.splitlines(), 1):
        line = _strip_comment(raw_line)
        if not line.strip():
            continue
        try:
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                value = value.strip()
                if key == "doc":
                    doc_id = value
                elif key == "doc_year":
                    doc_year = int(value)
                elif key in defaults:
                    defaults[key] = value
                else:
                    raise SheetError(f"unknown directive @{key}")
                continue
            record = _sheet_record(line, text, cursor, defaults)
        except (SheetError, ValueError) as exc:
            raise SheetError(f"line {number}: {exc}") from exc
        records.append(record)
        cursor = record.end
    if doc_id is None:
        raise SheetError("the sheet has no @doc line")
    for record in records:
        record.doc_id = doc_id
    return GoldDoc(doc_id, doc_year, records)


def _strip_comment(line: str) -> str:
    """`#` starts a comment unless it is inside the marked context (before ` | `)."""
    context, bar, rest = line.partition(" | ")
    if not bar:
        return line.split(" #", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
    return context + bar + rest.split(" #", 1)[0].rstrip()


def _sheet_record(line: str, text: str, cursor: int, defaults: dict[str, str | None]) -> Record:
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) < 4:
        raise SheetError(f"{line!r}: expected 'context[span] | value | unit | indicator [| key=value ...]'")
    marked, value_cell, unit, indicator, *options = cells
    # table cells: `\t0.08\n`, and a `|` table's `21 \| [2]` (the line splits only at a bare ` | `)
    marked = marked.replace("\\t", "\t").replace("\\n", "\n").replace("\\|", "|")
    # options are `key=value`, each in its own ` | ` cell or several to a cell with spaces between
    opts = dict(_option(o) for cell in options for o in cell.split())
    start, end = anchor(text, marked, cursor)
    low, _, high = value_cell.partition("~")
    year = opts.pop("year", defaults["year"])
    category = opts.pop("cat", defaults["category"])
    record = Record(
        start=start, end=end, text=text[start:end],
        value=float(low), value_max=float(high) if high else None,
        unit=unit, qualifier=opts.pop("q", "exact"),
        year=int(year) if year is not None else None,
        category=category, indicator=indicator, per=opts.pop("per", None),
        stance=opts.pop("st", defaults["stance"]),
    )
    if opts:
        raise SheetError(f"unknown options {sorted(opts)}")
    return record


def _option(cell: str) -> tuple[str, str]:
    key, eq, value = cell.partition("=")
    if not eq:
        raise SheetError(f"option {cell!r} is not key=value")
    return key.strip(), value.strip()
