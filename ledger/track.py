"""`minsheng track`: read the outputs of extract runs, link, write the ledger.

Writes ledger.jsonl and ledger.csv (one row per target), a `ledger` table in
minsheng.duckdb and ledger.html, all into OUTDIR.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.diffs import REMOVED
from pipeline.jsonl import JsonlError, read_jsonl

from .context import clauses
from .match import MAX_SCORE, Entry, Figure, link


class TrackError(ValueError):
    """A problem with the input runs; the message is one line naming the file."""


@dataclass(frozen=True)
class Run:
    figures: list[Figure]
    documents: dict[str, dict]


def read_runs(folders: list[Path]) -> Run:
    """records.jsonl and documents.jsonl of each folder; a later run's document replaces an
    earlier one of the same doc_id."""
    documents: dict[str, dict] = {}
    records: list[dict] = []
    for folder in folders:
        documents.update({d["doc_id"]: d for d in _jsonl(folder / "documents.jsonl")})
        records.extend(final_text(_jsonl(folder / "records.jsonl")))
    figures = []
    said = clauses(records)
    for record in records:
        if "stance" not in record:
            raise TrackError(f"{record.get('doc_id', '?')}: records carry no stance; re-run `minsheng extract`")
        document = documents.get(record["doc_id"], {})
        figure = Figure.of(record, document.get("place"), said[record["doc_id"], record["start"]])
        figures.append(replace(figure, to_date=reported_to_date(figure, document.get("published"))))
    return Run(figures, documents)


#: The month from which a report speaks for its whole year (a year-end review in December)
LAST_MONTH = 12


def reported_to_date(figure: Figure, published: str | None) -> bool:
    """A result that tells progress part-way through its year: its document came out before
    the year's last month (a mid-year inspection of 2025-07-16 on the year 2025's projects).
    Not a month its sentence names: `顺延至2026年一季度` in a year-end report names the next
    year's, and a review after the year's end speaks for the whole year."""
    if figure.stance != "achieved":
        return False
    try:
        day = date.fromisoformat(str(published)[:10])
    except ValueError:
        return False
    return figure.year == day.year and day.month < LAST_MONTH


def final_text(records: list[dict]) -> list[dict]:
    """The records of what a document finally says: a figure of a line a diff removes is a
    draft's, no promise and no result (pipeline/diffs.py)."""
    return [r for r in records if r.get("revision") != REMOVED]


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise TrackError(f"{path}: no such file (is {path.parent} the output folder of `minsheng extract`?)")
    rows = []
    try:
        for where, row in read_jsonl(path):
            if "doc_id" not in row:
                raise TrackError(f"{where}: not a record with a doc_id")
            rows.append(row)
    except JsonlError as exc:
        raise TrackError(str(exc)) from exc
    return rows


def ledger_rows(entries: list[Entry]) -> list[dict]:
    """One row per target, as ledger.jsonl has it, ordered by place, year, category, position."""
    rows = [_row(e) for e in entries]
    rows.sort(key=lambda r: (r["place"] or "", r["year"] or 0, r["category"] or "", r["target"]["doc_id"],
                             r["target"]["start"]))
    return rows


def _row(entry: Entry) -> dict:
    target, result = entry.target, entry.result
    ratio = entry.ratio
    return {
        "place": target.place, "year": target.year, "category": target.category, "indicator": target.indicator,
        "target": target.brief(),
        "result": result.brief() | {"indicator": result.indicator} if result else None,
        "ratio": round(ratio, 4) if ratio is not None else None,
        "status": entry.status, "score": entry.score,
        "target_sentence": target.sentence, "result_sentence": result.sentence if result else None,
        "other_results": [r.brief() | {"score": round(s / MAX_SCORE, 3)} for r, s in entry.results[1:]],
    }


#: ledger.csv's columns: the nested target and result flattened
CSV_COLUMNS = ("place", "year", "category", "indicator",
               "target_doc_id", "target_start", "target_end", "target_text", "target_value", "target_unit",
               "result_doc_id", "result_start", "result_end", "result_text", "result_value", "result_unit",
               "result_indicator", "ratio", "status", "score", "target_sentence", "result_sentence")


def flat(row: dict) -> dict:
    out = {k: row[k] for k in ("place", "year", "category", "indicator", "ratio", "status", "score",
                               "target_sentence", "result_sentence")}
    for side in ("target", "result"):
        for key, value in (row[side] or {}).items():
            out[f"{side}_{key}"] = value
    return {c: out.get(c) for c in CSV_COLUMNS}


def write_ledger(rows: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "ledger.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (out / "ledger.csv").open("w", encoding="utf-8-sig", newline="") as fh:   # BOM: Excel reads UTF-8
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(flat(r) for r in rows)
    _write_duckdb(rows, out / "minsheng.duckdb")


#: DuckDB types of the CSV columns (the rest are VARCHAR)
_SQL_TYPES = {"year": "INTEGER", "target_start": "INTEGER", "target_end": "INTEGER", "target_value": "DOUBLE",
              "result_start": "INTEGER", "result_end": "INTEGER", "result_value": "DOUBLE", "ratio": "DOUBLE",
              "score": "DOUBLE"}


def _write_duckdb(rows: list[dict], path: Path) -> None:
    """A `ledger` table beside any tables already there (an extract run's records)."""
    import duckdb

    columns = ", ".join(f'"{c}" {_SQL_TYPES.get(c, "VARCHAR")}' for c in CSV_COLUMNS)
    with duckdb.connect(str(path)) as con:
        con.execute(f"CREATE OR REPLACE TABLE ledger ({columns})")
        if rows:
            marks = ", ".join("?" for _ in CSV_COLUMNS)
            con.executemany(f"INSERT INTO ledger VALUES ({marks})", [list(flat(r).values()) for r in rows])


def track(inputs: list[Path], out: Path) -> list[dict]:
    from .report import write_html

    run = read_runs(inputs)
    rows = ledger_rows(link(run.figures))
    write_ledger(rows, out)
    write_html(rows, run.documents, out / "ledger.html")
    return rows
