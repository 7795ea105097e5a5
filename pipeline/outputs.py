"""Writers: records.jsonl, records.csv, records.parquet, documents.jsonl, minsheng.duckdb.

As inputs finish (in any order), their record and document lines are appended to parts
in OUTDIR/.minsheng-parts/ (`PartStore`), so memory stays flat on large archives and a
later run with --resume reuses what an earlier one extracted. When the batch ends, the
parts are read back in input order into records.jsonl and documents.jsonl in a private
temporary folder; DuckDB, with bounded memory, turns them into CSV, Parquet and a
database with tables `documents` and `records`; and every file is moved into the output
folder with an atomic rename. A run that fails, is interrupted or killed leaves the
previous outputs exactly as they were, and its committed parts for the next --resume.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import orjson

from .record import Record, plain_number

#: DuckDB types of the record fields, in the order of `Record`.
RECORD_SCHEMA: dict[str, str] = {
    "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "DOUBLE", "value_max": "DOUBLE",
    "unit": "VARCHAR", "qualifier": "VARCHAR", "year": "INTEGER", "category": "VARCHAR",
    "indicator": "VARCHAR", "per": "VARCHAR", "doc_id": "VARCHAR", "sent_id": "INTEGER",
    "sentence": "VARCHAR", "extractor": "VARCHAR", "project": "VARCHAR", "lead_unit": "VARCHAR",
    "partner_units": "VARCHAR[]", "leader": "VARCHAR", "investment": "DOUBLE", "source": "VARCHAR",
    "stance": "VARCHAR", "indicator_confidence": "DOUBLE", "area": "VARCHAR",
    "revision": "VARCHAR",
}
#: Columns first in files and tables: what a reader looks at first.
RECORD_COLUMNS = ("doc_id", "sent_id", "start", "end", "text", "value", "value_max", "unit", "qualifier",
                  "year", "category", "indicator", "per", "sentence", "extractor", "project", "lead_unit",
                  "partner_units", "leader", "investment", "source", "stance", "indicator_confidence", "area",
                  "revision")


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
    place: str | None = None   # the city, district or county the document speaks for
    city: str | None = None    # the place's city where stated


DOCUMENT_SCHEMA: dict[str, str] = {
    "doc_id": "VARCHAR", "path": "VARCHAR", "sha256": "VARCHAR", "encoding": "VARCHAR", "doc_year": "INTEGER",
    "doc_year_source": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR", "kind": "VARCHAR",
    "chars": "INTEGER", "n_records": "INTEGER", "status": "VARCHAR", "error": "VARCHAR",
    "warning": "VARCHAR",
    "place": "VARCHAR", "city": "VARCHAR",
}
assert set(RECORD_SCHEMA) == {f.name for f in fields(Record)} - {"extra"}
assert list(DOCUMENT_SCHEMA) == [f.name for f in fields(DocumentRow)]

#: Between the partner units in their one CSV cell: a unit may itself hold 、 (各辖市、区),
#: so the list takes the mark Chinese uses between items that contain 、.
CSV_LIST_SEPARATOR = "；"

OUTPUT_FILES = ("records.jsonl", "records.csv", "records.parquet", "documents.jsonl", "minsheng.duckdb")
#: With `--engine dask`: records.parquet again as a dataset of one folder per year (year=2023/…),
#: which DuckDB, pandas, Spark and Dask read directly and skip by year.
PARTITIONED_OUTPUT = "records_by_year"
#: The state of the runs into one output folder, kept between runs for --resume.
PARTS_FOLDER = ".minsheng-parts"
#: Temporary folders of a run in progress; a run removes those that runs killed before it left.
TEMP_PREFIX = ".minsheng-"
#: DuckDB's memory while converting, on one thread: beyond it, it spills to disk, so memory
#: stays flat (925,000 records: 200 MiB peak for the process, against 310 MiB at 256 MB
#: and the default threads; 64 MB takes twice as long to convert).
DUCKDB_MEMORY = "128MB"
#: A part is committed when it holds this many bytes, or when this many seconds passed.
PART_BYTES = 8 * 1024 * 1024
PART_SECONDS = 2.0
#: The parts are compacted when there are more than this many beyond the number their live
#: entries fill (one per PART_BYTES), or when their dead bytes (entries a later run replaced,
#: failed ones) outweigh both the live bytes and one part.
COMPACT_SLACK = 8


def record_lines(records: list[Record]) -> bytes:
    """Records as JSONL, columns in the order of RECORD_COLUMNS (what records.jsonl holds).
    One dict per record, built in column order (not to_dict and then a reordered copy)."""
    return b"".join(orjson.dumps(_record_row(record), option=orjson.OPT_APPEND_NEWLINE) for record in records)


def _record_row(record: Record) -> dict[str, Any]:
    row = {name: getattr(record, name) for name in RECORD_COLUMNS}
    # as to_dict writes them: 176.0 → 176
    row["value"], row["value_max"] = plain_number(record.value), plain_number(record.value_max)
    row["investment"] = plain_number(record.investment)
    return row


def document_line(row: DocumentRow) -> bytes:
    return orjson.dumps(_row_dict(row), option=orjson.OPT_APPEND_NEWLINE)


# ------------------------------------------------------------------- the parts


@dataclass(frozen=True, slots=True)
class Span:
    """Bytes `offset … offset + length` of one file of part `part`."""
    part: int
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class Entry:
    """What one input (a file, an archive) gave: its record lines and document lines, in a part."""
    key: str | None        # the input's sha256 and path; None for an input that is not a file
    records: Span
    documents: Span
    failed: bool           # some document of it failed in extraction: --resume tries it again
    n_failed: int = 0      # its documents that failed, in loading or extraction


class PartStore:
    """The extracted inputs of the runs into one output folder, in committed parts.

    A part is three files: NNNNNN.records.jsonl and NNNNNN.documents.jsonl, appended to as
    inputs finish, and NNNNNN.done.jsonl, the list of its entries, written last under a
    temporary name and renamed: a part is committed when its done file exists, and a run
    killed at any moment leaves only committed parts and pieces the next run removes.
    Of several entries of one input, the one in the latest part counts; `compact` relies
    on that to rewrite the live entries into new parts before it removes the old ones.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._part: int | None = None
        self._files: dict[str, Any] = {}
        self._pending: list[Entry] = []
        self._started = 0.0
        self._readers: dict[tuple[int, str], int] = {}

    # -- opening
    def open(self, settings: dict[str, Any], resume: bool) -> dict[str, Entry]:
        """Prepare the folder; the entries of earlier runs that --resume may reuse (key → entry)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock()
        self._remove_uncommitted()
        settings_file = self.folder / "settings.json"
        same = settings_file.exists() and orjson.loads(settings_file.read_bytes()) == settings
        if not (resume and same):
            if resume and settings_file.exists():
                from .console import note

                note(f"note: {self.folder.parent}: the earlier runs used other settings; extracting everything again")
            self._remove_parts()
            settings_file.write_bytes(orjson.dumps(settings))
        self._next = max(self._committed(), default=0) + 1
        return self._done_entries()

    def _lock(self) -> None:
        import fcntl

        self._lock_file = (self.folder / "lock").open("wb")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            from .loaders import LoadError

            raise LoadError(self.folder.parent, "another minsheng extract is writing into this folder") from exc

    def _committed(self) -> list[int]:
        return sorted(int(p.name.split(".")[0]) for p in self.folder.glob("*.done.jsonl"))

    def _remove_uncommitted(self) -> None:
        committed = set(self._committed())
        for path in self.folder.iterdir():
            number = path.name.split(".")[0]
            if path.name.endswith(".tmp") or (number.isdigit() and int(number) not in committed):
                path.unlink()

    def _remove_parts(self) -> None:
        for path in self.folder.iterdir():
            if path.name.split(".")[0].isdigit():
                path.unlink()

    def _done_entries(self) -> dict[str, Entry]:
        entries: dict[str, Entry] = {}
        for part in self._committed():   # in order: a later entry of a key replaces an earlier one
            for line in self._path(part, "done").read_bytes().splitlines():
                data = orjson.loads(line)
                entries[data["key"]] = Entry(data["key"], Span(part, *data["records"]),
                                             Span(part, *data["documents"]), data["failed"], data["n_failed"])
        return {key: entry for key, entry in entries.items() if not entry.failed}

    # -- writing
    def add(self, key: str | None, records: bytes, documents: bytes, failed: bool, n_failed: int) -> Entry:
        entry = self._append(key, records, documents, failed, n_failed)
        if self._files["records"].tell() >= PART_BYTES or time.monotonic() - self._started >= PART_SECONDS:
            self.commit()
        return entry

    def _append(self, key: str | None, records: bytes, documents: bytes, failed: bool, n_failed: int) -> Entry:
        if self._part is None:
            self._start_part()
        spans = [Span(self._part, self._files[kind].tell(), len(data))
                 for kind, data in (("records", records), ("documents", documents))]
        self._files["records"].write(records)
        self._files["documents"].write(documents)
        entry = Entry(key, spans[0], spans[1], failed, n_failed)
        self._pending.append(entry)
        return entry

    def _start_part(self) -> None:
        self._part, self._next = self._next, self._next + 1
        self._files = {kind: self._path(self._part, kind).open("wb") for kind in ("records", "documents")}
        self._started = time.monotonic()

    def commit(self) -> None:
        if self._part is None:
            return
        for file in self._files.values():
            file.close()
        done = self._path(self._part, "done")
        tmp = done.with_name(done.name + ".tmp")
        tmp.write_bytes(b"".join(orjson.dumps({"key": e.key, "records": [e.records.offset, e.records.length],
                                               "documents": [e.documents.offset, e.documents.length],
                                               "failed": e.failed, "n_failed": e.n_failed}, option=orjson.OPT_APPEND_NEWLINE)
                                 for e in self._pending))
        os.replace(tmp, done)
        self._part, self._files, self._pending = None, {}, []

    # -- compacting
    def compact(self) -> bool:
        """Rewrite the entries a --resume would reuse into as few new parts as their bytes
        fill, then remove every older part; True if the parts were worth it (COMPACT_SLACK).
        Call it between runs' work, with no part in progress: the spans of entries read
        before it point into parts it removes.

        Crash-safe at every step: the new parts are committed like any other, and until
        the last of them is, the old parts still hold every live entry. Once both hold an
        input, the later part (the new one) counts, so nothing is lost or reused twice. The
        old parts are then uncommitted (done file first) and their leftovers are what the
        next run's `_remove_uncommitted` removes anyway."""
        self.commit()
        old = self._committed()
        live = [entry for key, entry in self._done_entries().items() if key is not None]
        if not self._worth_compacting(old, live):
            return False
        self._close_readers()
        for entry in sorted(live, key=lambda e: (e.records.part, e.records.offset)):   # read in file order
            self._append(entry.key, self.read(entry.records, "records"), self.read(entry.documents, "documents"),
                         False, entry.n_failed)
            if self._files["records"].tell() >= PART_BYTES:
                self.commit()
        self.commit()
        self._close_readers()
        for part in old:
            for kind in ("done", "records", "documents"):
                self._path(part, kind).unlink(missing_ok=True)
        return True

    def _worth_compacting(self, parts: list[int], live: list[Entry]) -> bool:
        live_bytes = sum(e.records.length + e.documents.length for e in live)
        total = sum(self._path(part, kind).stat().st_size for part in parts for kind in ("records", "documents"))
        needed = -(-live_bytes // PART_BYTES)
        return len(parts) > needed + COMPACT_SLACK or total - live_bytes > max(live_bytes, PART_BYTES)

    # -- reading
    def read(self, span: Span, kind: str) -> bytes:
        if not span.length:
            return b""
        fd = self._readers.get((span.part, kind))
        if fd is None:
            if len(self._readers) >= 256:
                self._close_readers()
            fd = self._readers[(span.part, kind)] = os.open(self._path(span.part, kind), os.O_RDONLY)
        return os.pread(fd, span.length, span.offset)

    def _close_readers(self) -> None:
        for fd in self._readers.values():
            os.close(fd)
        self._readers = {}

    def close(self) -> None:
        """Close the files; the part in progress stays uncommitted (the next run removes it)."""
        for file in self._files.values():
            file.close()
        self._close_readers()
        self._lock_file.close()

    def _path(self, part: int, kind: str) -> Path:
        return self.folder / f"{part:06d}.{kind}.jsonl"


# ---------------------------------------------------------------- the outputs


def assemble(store: PartStore, entries: Iterable[Entry], folder: Path) -> None:
    """records.jsonl and documents.jsonl in `folder`, from the entries in input order. Two
    documents with one doc_id (a folder and a zip of it) must not share it in the outputs:
    the later one gets `~2`, `~3`, … and a warning says so."""
    seen: set[str] = set()
    with (folder / "records.jsonl").open("wb") as records, (folder / "documents.jsonl").open("wb") as documents:
        for entry in entries:
            record_data, document_data = store.read(entry.records, "records"), store.read(entry.documents, "documents")
            ids = [orjson.loads(line)["doc_id"] for line in document_data.splitlines()]
            if seen.isdisjoint(ids) and len(set(ids)) == len(ids):
                seen.update(ids)
            else:
                record_data, document_data = _renamed(record_data, document_data, seen)
            records.write(record_data)
            documents.write(document_data)


def _renamed(record_data: bytes, document_data: bytes, seen: set[str]) -> tuple[bytes, bytes]:
    """The lines with the doc_ids already `seen` renamed; records follow their document's row (n_records each)."""
    from .console import note

    record_lines_ = iter(record_data.splitlines(keepends=True))
    rows, records = [], []
    for line in document_data.splitlines(keepends=True):
        row = orjson.loads(line)
        own = [next(record_lines_) for _ in range(row["n_records"])]
        doc_id = unique_doc_id(row["doc_id"], seen)
        if doc_id != row["doc_id"]:
            note(f"warning: {row['path']}: doc_id {row['doc_id']} already used in this run; this one is {doc_id}")
            row["doc_id"] = doc_id
            line = orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)
            own = [orjson.dumps({**orjson.loads(r), "doc_id": doc_id}, option=orjson.OPT_APPEND_NEWLINE) for r in own]
        rows.append(line)
        records.extend(own)
    return b"".join(records), b"".join(rows)


def unique_doc_id(doc_id: str, seen: set[str]) -> str:
    """`doc_id`, or `doc_id~2`, `~3`, … if it is taken; marks the one returned as taken."""
    unique, number = doc_id, 2
    while unique in seen:
        unique, number = f"{doc_id}~{number}", number + 1
    seen.add(unique)
    return unique


def remove_stale_temporaries(out: Path) -> None:
    """Temporary folders that killed runs left in `out` (the caller holds the folder's lock)."""
    for path in out.glob(f"{TEMP_PREFIX}*"):
        if path.name != PARTS_FOLDER and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


class OutputWriter:
    """`with OutputWriter(out, store) as w: ...; w.finish(entries)`: the outputs are built
    in a temporary folder and moved into `out` only when every file is complete."""

    def __init__(self, out: str | Path, partitioned: bool = False):
        self.out = Path(out)
        self.partitioned = partitioned

    def __enter__(self) -> "OutputWriter":
        self.out.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX + "tmp-", dir=self.out))
        return self

    def finish(self, store: PartStore, entries: Iterable[Entry]) -> None:
        assemble(store, entries, self._tmp)
        _convert(self._tmp)
        if self.partitioned:
            _partition_by_year(self._tmp)
            _replace_folder(self._tmp / PARTITIONED_OUTPUT, self.out / PARTITIONED_OUTPUT)
        for name in OUTPUT_FILES:
            os.replace(self._tmp / name, self.out / name)

    def __exit__(self, exc_type, exc, tb) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)


def _replace_folder(source: Path, target: Path) -> None:
    old = target.with_name(f"{TEMP_PREFIX}old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(source, target)
    shutil.rmtree(old, ignore_errors=True)


def _row_dict(row: DocumentRow) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)}


def _columns_sql(schema: dict[str, str], order) -> str:
    return "{" + ", ".join(f"'{name}': '{schema[name]}'" for name in order) + "}"


def _convert(folder: Path) -> None:
    import duckdb

    records, documents = folder / "records.jsonl", folder / "documents.jsonl"
    with duckdb.connect(str(folder / "minsheng.duckdb")) as con:
        # a bounded memory that spills to disk beyond it: as flat for ten times the records
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
        con.execute("SET enable_progress_bar = false")   # the command's own bar, or none with --quiet
        con.execute("SET threads = 1")   # per-thread buffers would grow past the memory limit
        con.execute(f"SET temp_directory = {_sql_path(folder / 'duckdb.tmp')}")
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


def _partition_by_year(folder: Path) -> None:
    import duckdb

    with duckdb.connect(str(folder / "minsheng.duckdb"), read_only=True) as con:
        con.execute(f"COPY records TO {_sql_path(folder / PARTITIONED_OUTPUT)} (FORMAT parquet, PARTITION_BY (year))")


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _with_bom(source: Path, target: Path) -> None:
    """Excel opens a CSV as UTF-8 only when it starts with a byte-order mark."""
    with source.open("rb") as src, target.open("wb") as dst:
        dst.write(b"\xef\xbb\xbf")
        shutil.copyfileobj(src, dst)
    source.unlink()
