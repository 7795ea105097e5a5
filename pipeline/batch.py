"""Many documents: find the inputs, load, extract, write, report.

A file that cannot be read gets a one-line error naming it, a row with status
`error` in documents.jsonl, and the batch goes on; the exit code is non-zero only
if some file failed. A file read with repairs (damaged bytes replaced, a page read as
its visible text) keeps its records, gets a one-line warning and status `warning`.
"""
from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from extractors.statistical import mark_sources

from .console import err, note, report_error
from .document import DocMeta, Document
from .loaders import LoadError, doc_id_for, iter_documents, reader_for, supported_suffixes
from .loaders.archive import ARCHIVE_SUFFIXES, is_archive
from .manifest import read_manifest
from .outputs import DocumentRow, OutputWriter
from .run import RULES, Backups, analyse

MANIFEST_NAME = "manifest.csv"
_SKIPPED_NAMES = {MANIFEST_NAME, "readme.md", "readme.txt", "readme"}

def find_inputs(inputs: list[Path]) -> list[Path]:
    """Files named on the command line, and the documents inside named folders
    (recursively, in name order; manifests, READMEs and hidden files skipped)."""
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            documents = sorted(p for p in path.rglob("*") if p.is_file() and _is_document(p, path))
            found.extend(documents or [path])   # a folder without documents is reported, like a missing file
        else:
            found.append(path)    # a missing or unsupported file is reported when loaded
    return found


def _is_document(path: Path, root: Path) -> bool:
    if not _looks_like_document(path, root):
        return False
    return not path.is_symlink() or _link_problem(path, root) is None


def _looks_like_document(path: Path, root: Path) -> bool:
    relative = path.relative_to(root)
    if any(part.startswith(".") for part in relative.parts) or path.name.lower() in _SKIPPED_NAMES:
        return False
    return reader_for(path.name) is not None or is_archive(path.name)


def find_refused_links(inputs: list[Path]) -> list[LoadError]:
    """Symbolic links in input folders that are not followed: those that lead out of the
    folder (a document outside what was named must not be read unasked) and broken ones.
    A link named on the command line is the user's choice and is followed."""
    refused = []
    for folder in (path for path in inputs if path.is_dir()):
        for link in sorted(p for p in folder.rglob("*") if p.is_symlink()):
            if link.is_dir() or _looks_like_document(link, folder):
                if reason := _link_problem(link, folder):
                    refused.append(LoadError(link, reason))
    return refused


def _link_problem(link: Path, root: Path) -> str | None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):    # missing target, or a loop of links
        return "broken symbolic link (its target does not exist), not followed"
    if not target.is_relative_to(root.resolve()):
        return f"symbolic link to {target}, outside the input folder, not followed"
    return None


def find_manifests(inputs: list[Path], manifest: Path | None) -> dict[str, DocMeta]:
    if manifest is not None:
        return _read_manifest(manifest)
    metas: dict[str, DocMeta] = {}
    for path in inputs:
        candidate = path / MANIFEST_NAME if path.is_dir() else None
        if candidate is not None and candidate.exists():
            metas.update(_read_manifest(candidate))
    return metas


def _read_manifest(path: Path) -> dict[str, DocMeta]:
    try:
        return read_manifest(path)
    except OSError as exc:
        raise LoadError(path, f"cannot read the manifest: {exc.strerror or exc}") from exc
    except (ValueError, KeyError, csv.Error) as exc:
        raise LoadError(path, f"cannot read the manifest: {str(exc).removeprefix(f'{path}: ')}") from exc


def _prepare_output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise LoadError(out, "is a file; the output (-o) must be a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LoadError(out, f"cannot create the output folder: {exc.strerror or exc}") from exc


@dataclass
class BatchSummary:
    documents: int = 0
    failed: int = 0
    records: int = 0
    chars: int = 0
    seconds: float = 0.0


def run_batch(inputs: list[Path], out: Path, *, manifest: Path | None = None, backups: Backups = RULES,
              doc_year: int | None = None, quiet: bool = False) -> int:
    """Extract every input into `out`; returns the number of files that failed. `backups` fill in
    where the document and the rules say nothing (`minsheng extract` passes the trained models)."""
    try:
        metas = find_manifests(inputs, manifest)
        _prepare_output_folder(out)
    except LoadError as exc:
        report_error(str(exc))
        return 1
    paths = find_inputs(inputs)
    summary = BatchSummary()
    started = time.perf_counter()
    seen: set[str] = set()
    with OutputWriter(out) as writer, _progress(quiet) as progress:
        for refused in find_refused_links(inputs):
            _add_error(refused, writer, summary)
        task = progress.add_task("extracting", total=len(paths))
        for path in paths:
            for outcome in _documents(path):
                if isinstance(outcome, Document):
                    _unique_doc_id(outcome, seen)
                if isinstance(outcome, LoadError):
                    _add_error(outcome, writer, summary)
                    continue
                records, row = _extract(outcome, metas, doc_year, backups)
                writer.add(records, row)
                summary.documents += 1
                summary.failed += row.status == "error"
                summary.records += len(records)
                summary.chars += row.chars
            progress.advance(task)
    summary.seconds = time.perf_counter() - started
    if not quiet:
        _print_summary(summary, out)
    return summary.failed


def _add_error(error: LoadError, writer: OutputWriter, summary: BatchSummary) -> None:
    report_error(str(error))
    writer.add([], DocumentRow(doc_id=doc_id_for(error.path), path=error.path, status="error", error=error.reason))
    summary.failed += 1


def _unique_doc_id(doc: Document, seen: set[str]) -> None:
    """Two inputs with one name (a folder and a zip of it, two folders) must not share a
    doc_id: the later one gets `~2`, `~3`, … and a warning says so."""
    if doc.doc_id in seen:
        number = 2
        while f"{doc.doc_id}~{number}" in seen:
            number += 1
        note(f"warning: {doc.path}: doc_id {doc.doc_id} already used in this run; this one is {doc.doc_id}~{number}")
        doc.doc_id = f"{doc.doc_id}~{number}"
    seen.add(doc.doc_id)


def _documents(path: Path) -> Iterator[Document | LoadError]:
    """The documents behind a path, or the error that stopped them."""
    if path.is_dir():   # find_inputs passes a folder on only when it holds no documents
        looked_for = ", ".join(supported_suffixes() + ARCHIVE_SUFFIXES)
        yield LoadError(path, f"no documents in this folder (looked for {looked_for})")
        return
    try:
        yield from iter_documents(path)
    except LoadError as exc:
        yield exc


def _extract(doc: Document, metas: dict[str, DocMeta], doc_year: int | None,
             backups: Backups) -> tuple[list, DocumentRow]:
    if doc.doc_id in metas:
        doc.meta = metas[doc.doc_id]
    row = DocumentRow(doc_id=doc.doc_id, path=doc.path, sha256=doc.sha256, encoding=doc.encoding,
                      title=doc.meta.title, published=doc.meta.published, kind=doc.meta.kind, chars=len(doc.text))
    try:
        records, info = analyse(doc, doc_year, backups)
        mark_sources(records)
    except Exception as exc:  # one bad document must not sink the batch; say which and why
        row.status, row.error = "error", f"extraction failed: {type(exc).__name__}: {exc}"
        report_error(f"{doc.path or doc.doc_id}: {row.error}")
        return [], row
    row.doc_year, row.doc_year_source, row.n_records = info.doc_year, info.doc_year_source, len(records)
    row.title = row.title or info.title
    _warn(doc, row)
    return records, row


def _warn(doc: Document, row: DocumentRow) -> None:
    """A document read with repairs (damaged bytes, a page without an article) is kept, and
    says so on the console and in documents.jsonl."""
    if not doc.warnings:
        return
    row.status, row.warning = "warning", "; ".join(doc.warnings)
    for warning in doc.warnings:
        note(f"warning: {doc.path or doc.doc_id}: {warning}")


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=err, disable=quiet, transient=True)


def _print_summary(summary: BatchSummary, out: Path) -> None:
    table = Table(title=f"minsheng extract → {escape(str(out))}", show_header=True)
    for column in ("documents", "failed", "records", "characters", "seconds", "chars/s"):
        table.add_column(column, justify="right")
    rate = summary.chars / summary.seconds if summary.seconds else 0
    table.add_row(str(summary.documents), str(summary.failed), str(summary.records), f"{summary.chars:,}",
                  f"{summary.seconds:.2f}", f"{rate:,.0f}")
    Console(highlight=False).print(table)
