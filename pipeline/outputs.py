"""Writers: records.jsonl, records.csv, records.parquet, documents.jsonl, minsheng.duckdb.

Records are streamed to JSONL in a private temporary folder as documents finish, so
memory stays flat on large archives. When the batch ends, DuckDB turns the JSONL into
CSV, Parquet and a database with tables `documents` and `records`, and every file is
moved into the output folder with an atomic rename. A run that fails or is interrupted
leaves the previous outputs exactly as they were.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import orjson

from .record import Record

#: DuckDB types of the record fields, in the order of `Record`.
RECORD_SCHEMA: dict[str, str] = {
    "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "DOUBLE", "value_max": "DOUBLE",
    "unit": "VARCHAR", "qualifier": "VARCHAR", "year": "INTEGER", "category": "VARCHAR",
    "indicator": "VARCHAR", "per": "VARCHAR", "doc_id": "VARCHAR", "sent_id": "INTEGER",
    "sentence": "VARCHAR", "extractor": "VARCHAR", "project": "VARCHAR", "lead_unit": "VARCHAR",
    "partner_units": "VARCHAR[]", "leader": "VARCHAR", "investment": "DOUBLE", "source": "VARCHAR",
    "stance": "VARCHAR", "indicator_confidence": "DOUBLE",
}
#: Columns first in files and tables: what a reader looks at first.
RECORD_COLUMNS = ("doc_id", "sent_id", "start", "end", "text", "value", "value_max", "unit", "qualifier",
                  "year", "category", "indicator", "per", "sentence", "extractor", "project", "lead_unit",
                  "partner_units", "leader", "investment", "source", "stance", "indicator_confidence")


@dataclass(slots=True)
class DocumentRow:
    doc_id: str
    path: str | None
    sha256: str | None = None
    encoding: str | None = None
    doc_year: int | None = None
    doc_year_source: str | None = None
    title: str | None = None
    published: str | None = None
    kind: str | None = None
    chars: int = 0
    n_records: int = 0
    status: str = "ok"         # ok | warning (read, but see `warning`) | error
    error: str | None = None
    warning: str | None = None   # what the loader repaired or guessed, "; " between several


DOCUMENT_SCHEMA: dict[str, str] = {
    "doc_id": "VARCHAR", "path": "VARCHAR", "sha256": "VARCHAR", "encoding": "VARCHAR", "doc_year": "INTEGER",
    "doc_year_source": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR", "kind": "VARCHAR",
    "chars": "INTEGER", "n_records": "INTEGER", "status": "VARCHAR", "error": "VARCHAR",
    "warning": "VARCHAR",
}
assert set(RECORD_SCHEMA) == {f.name for f in fields(Record)} - {"extra"}
assert list(DOCUMENT_SCHEMA) == [f.name for f in fields(DocumentRow)]

#: Between the partner units in their one CSV cell: a unit may itself hold 、 (各辖市、区),
#: so the list takes the mark Chinese uses between items that contain 、.
CSV_LIST_SEPARATOR = "；"

OUTPUT_FILES = ("records.jsonl", "records.csv", "records.parquet", "documents.jsonl", "minsheng.duckdb")


class OutputWriter:
    """`with OutputWriter(out) as w: w.add(records, row)`; files appear only on success."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.n_records = 0

    def __enter__(self) -> "OutputWriter":
        self.out.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(prefix=".minsheng-", dir=self.out))
        self._records = (self._tmp / "records.jsonl").open("wb")
        self._documents = (self._tmp / "documents.jsonl").open("wb")
        return self

    def add(self, records: list[Record], document: DocumentRow) -> None:
        for record in records:
            data = record.to_dict()
            self._records.write(orjson.dumps({k: data[k] for k in RECORD_COLUMNS}, option=orjson.OPT_APPEND_NEWLINE))
        self._documents.write(orjson.dumps(_row_dict(document), option=orjson.OPT_APPEND_NEWLINE))
        self.n_records += len(records)

    def __exit__(self, exc_type, exc, tb) -> None:
        self._records.close()
        self._documents.close()
        try:
            if exc_type is None:
                _convert(self._tmp)
                for name in OUTPUT_FILES:
                    os.replace(self._tmp / name, self.out / name)
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)


def _row_dict(row: DocumentRow) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)}


def _columns_sql(schema: dict[str, str], order) -> str:
    return "{" + ", ".join(f"'{name}': '{schema[name]}'" for name in order) + "}"


def _convert(folder: Path) -> None:
    import duckdb

    records, documents = folder / "records.jsonl", folder / "documents.jsonl"
    with duckdb.connect(str(folder / "minsheng.duckdb")) as con:
        con.execute(
            f"CREATE TABLE records AS SELECT * FROM read_json(?, format='newline_delimited', "
            f"columns={_columns_sql(RECORD_SCHEMA, RECORD_COLUMNS)})", [str(records)])
        con.execute(
            f"CREATE TABLE documents AS SELECT * FROM read_json(?, format='newline_delimited', "
            f"columns={_columns_sql(DOCUMENT_SCHEMA, DOCUMENT_SCHEMA)})", [str(documents)])
        con.execute(f"COPY records TO {_sql_path(folder / 'records.parquet')} (FORMAT parquet)")
        csv_columns = ", ".join(
            f"array_to_string(partner_units, '{CSV_LIST_SEPARATOR}') AS partner_units" if c == "partner_units"
            else f'"{c}"'
            for c in RECORD_COLUMNS)
        con.execute(f"COPY (SELECT {csv_columns} FROM records) TO {_sql_path(folder / 'csv.tmp')} (HEADER, DELIMITER ',')")
    _with_bom(folder / "csv.tmp", folder / "records.csv")


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _with_bom(source: Path, target: Path) -> None:
    """Excel opens a CSV as UTF-8 only when it starts with a byte-order mark."""
    with source.open("rb") as src, target.open("wb") as dst:
        dst.write(b"\xef\xbb\xbf")
        shutil.copyfileobj(src, dst)
    source.unlink()
