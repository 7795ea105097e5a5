"""Many documents: find the inputs, load, extract, write, report.

Each input (a file, or an archive with its members) is one task: `extract_input` loads
it, extracts its documents and returns their record and document lines. Tasks run in
this process (`--workers 1`), in a pool of worker processes that load the language data
once each, or on a Dask cluster; results stream to the writer in order of completion and
the outputs list them in input order. A file that cannot be read gets a one-line error
naming it, a row with status `error` in documents.jsonl, and the batch goes on; the exit
code is non-zero only if some file failed. A file read with repairs (damaged bytes
replaced, a page read as its visible text) keeps its records, gets a one-line warning and
status `warning`. With --resume, an input whose sha256 and path
an earlier run into the same folder extracted is not extracted again.
"""
from __future__ import annotations

import csv
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import loaders
from .console import err, note, report_error
from .document import DocMeta, Document
from .loaders import LoadError, doc_id_for, iter_documents, reader_for, supported_suffixes
from .loaders.archive import ARCHIVE_SUFFIXES, is_archive
from .manifest import read_manifest
from .outputs import (PARTS_FOLDER, DocumentRow, Entry, OutputWriter, PartStore, document_line, record_lines,
                      remove_stale_temporaries)
from .record import Record

if TYPE_CHECKING:
    from .run import Backups
    from .years import DocumentInfo

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
    skipped: int = 0      # inputs done by an earlier run (--resume)
    seconds: float = 0.0


# ------------------------------------------------------------------ one input, anywhere


@dataclass(frozen=True)
class Settings:
    """What extracting one input needs beside its path: the same for every input of a run,
    sent once to each worker process or cluster worker."""
    metas: dict[str, DocMeta] = field(default_factory=dict)
    doc_year: int | None = None
    models: bool = True
    max_bytes: int | None = None
    timeout: float | None = None
    done: frozenset[str] = frozenset()   # keys of inputs an earlier run extracted (--resume)

    def fingerprint(self) -> dict[str, Any]:
        """What records depend on beside the input's bytes and path: a --resume reuses parts
        extracted with the same fingerprint only."""
        metas = sorted((doc_id, repr(meta)) for doc_id, meta in self.metas.items())
        return {"doc_year": self.doc_year, "models": self.models, "max_bytes": self.max_bytes,
                "language_data": language_data_hash(),
                "manifest": hashlib.sha256(repr(metas).encode()).hexdigest()}


@dataclass
class InputResult:
    """What one input gave, serialized where it was extracted (the writer only appends bytes)."""
    index: int
    key: str | None
    skipped: bool = False
    records: bytes = b""
    documents: bytes = b""
    n_documents: int = 0
    n_failed: int = 0
    n_retry: int = 0      # failed in extraction (an exception, the time limit): --resume tries again
    n_records: int = 0
    chars: int = 0
    errors: list[str] = field(default_factory=list)     # one line each, for the console
    warnings: list[str] = field(default_factory=list)


class DocumentTimeout(Exception):
    pass


def extract_input(index: int, path: str, settings: Settings) -> InputResult:
    """The documents of one input (a file, or every member of an archive) as record and
    document lines. This function is what runs in a worker process or on a Dask worker."""
    key = input_key(Path(path))
    if key is not None and key in settings.done:
        return InputResult(index, key, skipped=True)
    result = InputResult(index, key)
    records, rows = [], []
    for outcome in _documents(Path(path), settings):
        if isinstance(outcome, LoadError):
            result.errors.append(str(outcome))
            row, found = DocumentRow(doc_id=doc_id_for(outcome.path), path=outcome.path, status="error",
                                     error=outcome.reason), []
        else:
            found, row = _extract(outcome, settings)
            result.n_documents += 1
            result.chars += row.chars
            if row.status == "error":
                result.errors.append(f"{outcome.path or outcome.doc_id}: {row.error}")
                result.n_retry += 1
            else:
                _warn(outcome, row, result)
        result.n_failed += row.status == "error"
        result.n_records += len(found)
        records.append(record_lines(found))
        rows.append(document_line(row))
    result.records, result.documents = b"".join(records), b"".join(rows)
    return result


def input_key(path: Path) -> str | None:
    """sha256 of the file's bytes and its path, as given; None for what is not a file."""
    try:
        with path.open("rb") as file:
            digest = hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None
    return f"{digest} {path}"


def _documents(path: Path, settings: Settings) -> Iterator[Document | LoadError]:
    """The documents behind a path, or the error that stopped them."""
    if path.is_dir():   # find_inputs passes a folder on only when it holds no documents
        looked_for = ", ".join(supported_suffixes() + ARCHIVE_SUFFIXES)
        yield LoadError(path, f"no documents in this folder (looked for {looked_for})")
        return
    try:
        yield from iter_documents(path, settings.max_bytes)
    except LoadError as exc:
        yield exc


def _extract(doc: Document, settings: Settings) -> tuple[list[Record], DocumentRow]:
    if doc.doc_id in settings.metas:
        doc.meta = settings.metas[doc.doc_id]
    row = DocumentRow(doc_id=doc.doc_id, path=doc.path, sha256=doc.sha256, encoding=doc.encoding,
                      title=doc.meta.title, published=doc.meta.published, kind=doc.meta.kind, chars=len(doc.text))
    try:
        with _time_limit(settings.timeout):
            records, info = analyse(doc, settings.doc_year, backups_for(settings.models))
        _mark_sources(records)
    except DocumentTimeout:
        row.status, row.error = "error", f"extraction took longer than {settings.timeout:g} s (--timeout); skipped"
        return [], row
    except Exception as exc:  # one bad document must not sink the batch; say which and why
        row.status, row.error = "error", f"extraction failed: {type(exc).__name__}: {exc}"
        return [], row
    row.doc_year, row.doc_year_source, row.n_records = info.doc_year, info.doc_year_source, len(records)
    row.title = row.title or info.title
    row.place, row.city = info.place, info.city
    return records, row


def _warn(doc: Document, row: DocumentRow, result: InputResult) -> None:
    """A document read with repairs (damaged bytes, a page without an article) is kept, and
    says so on the console and in documents.jsonl."""
    if not doc.warnings:
        return
    row.status, row.warning = "warning", "; ".join(doc.warnings)
    result.warnings.extend(f"warning: {doc.path or doc.doc_id}: {warning}" for warning in doc.warnings)


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block after `seconds`. A timer signal reaches only the
    main thread, so threads (a Dask worker's) run without a limit."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# The extraction stack (pipeline.run, the extractors, jieba, the language data) is imported
# where a document is extracted, not with this module: the parent of worker processes only
# writes what they return, and importing it there cost a fifth of a CPU-second before the
# forkserver even started (serial time, beside the workers' own copies).

def analyse(doc: Document, doc_year: int | None, backups: Backups) -> tuple[list[Record], DocumentInfo]:
    """pipeline.run.analyse, imported on first use (above)."""
    from .run import analyse as analyse_document

    return analyse_document(doc, doc_year, backups)


def _mark_sources(records: list[Record]) -> None:
    from extractors.statistical import mark_sources

    mark_sources(records)


@lru_cache(maxsize=2)
def backups_for(models: bool) -> Backups:
    """The back-ups, loaded once per process: the rules, or the trained models too."""
    from .run import RULES, combined_backups

    if not models:
        return RULES
    return combined_backups()


@lru_cache(maxsize=1)
def language_data_hash() -> str:
    """A digest of the language data and models the records depend on."""
    import extractors

    root = Path(extractors.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for folder in ("data", "models") for p in (root / folder).rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------ engines


#: The settings of this worker process (set once by its initializer).
_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    """Runs once in each worker process: the settings, and the language data loaded now."""
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    warm_up(settings.models)


def warm_up(models: bool = False) -> None:
    """Load jieba's dictionaries, the tables and the back-ups, by extracting one sentence."""
    analyse(Document(doc_id="warm-up", text="2023年新增幼儿园学位6000个。"), 2023, backups_for(models))


def _extract_in_worker(index: int, path: str) -> InputResult:
    return extract_input(index, path, _WORKER_SETTINGS)


def run_local(tasks: list[tuple[int, str]], settings: Settings, workers: int) -> Iterator[InputResult]:
    """Results of the tasks in order of completion: in this process for one worker, else in
    a pool of worker processes with a bounded number of tasks in flight (flat memory)."""
    if workers <= 1:
        for index, path in tasks:
            yield extract_input(index, path, settings)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.preload", "pipeline.loaders.txt"])
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(settings,)) as pool:
        waiting = iter(tasks)
        running = {pool.submit(_extract_in_worker, *task): task
                   for task in islice(waiting, IN_FLIGHT_PER_WORKER * workers)}
        try:
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield _outcome(future, running.pop(future))
                    running.update({pool.submit(_extract_in_worker, *task): task for task in islice(waiting, 1)})
        except BaseException:   # Ctrl-C, a broken pool: start nothing more
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    _stop_forkserver()


def _stop_forkserver() -> None:
    """End the forkserver once the pool's workers have: it holds the language data it preloaded,
    shared with the workers while they ran but its own alone after them (150 MiB), and the
    writer's conversion that follows (DuckDB) would otherwise peak beside it. A later pool
    starts a new one. `_stop` is the method the standard library's own tests use; a Python
    without it keeps the forkserver, as before."""
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def _outcome(future: Future, task: tuple[int, str]) -> InputResult:
    """The future's result; a worker that failed outside a document's extraction fails its input only."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:
        index, path = task
        reason = f"worker failed: {type(exc).__name__}: {exc}"
        row = DocumentRow(doc_id=doc_id_for(path), path=path, status="error", error=reason)
        return InputResult(index, None, documents=document_line(row), n_failed=1, errors=[f"{path}: {reason}"])


#: Tasks queued per worker process: enough to keep it busy, few enough to keep memory flat.
IN_FLIGHT_PER_WORKER = 4


# ------------------------------------------------------------------ the batch


def run_batch(inputs: list[Path], out: Path, *, manifest: Path | None = None, models: bool = True,
              doc_year: int | None = None, quiet: bool = False, workers: int | None = None,
              resume: bool = False, max_bytes: int | None = None, timeout: float | None = None,
              scheduler: str | None = None) -> int:
    """Extract every input into `out`; returns the number of files that failed. `models` adds
    the trained back-ups where the document and the rules say nothing. `workers` processes
    (default: the machine's cores), or the Dask cluster at `scheduler`."""
    try:
        if scheduler is not None:
            _check_dask(scheduler)
        metas = find_manifests(inputs, manifest)
        _prepare_output_folder(out)
        store = PartStore(out / PARTS_FOLDER)
        settings = Settings(metas, doc_year, models, loaders.MAX_BYTES if max_bytes is None else max_bytes, timeout)
        done = store.open(settings.fingerprint(), resume)
    except LoadError as exc:
        report_error(str(exc))
        return 1
    try:
        remove_stale_temporaries(out)
        return _run(find_inputs(inputs), find_refused_links(inputs), out, store,
                    replace(settings, done=frozenset(done)), done, workers or os.cpu_count() or 1, scheduler, quiet)
    finally:
        store.close()


def _run(paths: list[Path], refused_links: list[LoadError], out: Path, store: PartStore, settings: Settings,
         done: dict[str, Entry], workers: int, scheduler: str | None, quiet: bool) -> int:
    summary = BatchSummary()
    started = time.perf_counter()
    entries: list[Entry | None] = [None] * len(paths)
    tasks = [(index, str(path)) for index, path in enumerate(paths)]
    with OutputWriter(out, partitioned=scheduler is not None) as writer, _progress(quiet) as progress:
        refused = [_refused_link(error, store, summary) for error in refused_links]
        bar = progress.add_task("extracting", total=len(paths), documents=0, records=0, errors=0, rate="0")
        results = run_on_dask(tasks, settings, scheduler) if scheduler else run_local(tasks, settings, workers)
        for result in results:
            entries[result.index] = _store(result, store, done)
            _count(result, summary)
            summary.failed += entries[result.index].n_failed if result.skipped else 0
            for message in result.errors:
                report_error(message)
            for message in result.warnings:
                note(message)
            rate = summary.chars / max(time.perf_counter() - started, 1e-9)
            progress.update(bar, advance=1, documents=summary.documents, records=summary.records,
                            errors=summary.failed, rate=f"{rate:,.0f}")
        store.commit()
        writer.finish(store, refused + entries)
        store.compact()     # after the outputs: their entries point into the parts it replaces
    summary.seconds = time.perf_counter() - started
    if not quiet:
        _print_summary(summary, out)
    return summary.failed


def _refused_link(error: LoadError, store: PartStore, summary: BatchSummary) -> Entry:
    """A symbolic link that is not followed: an error row before the inputs' (never reused)."""
    report_error(str(error))
    summary.failed += 1
    row = DocumentRow(doc_id=doc_id_for(error.path), path=error.path, status="error", error=error.reason)
    return store.add(None, b"", document_line(row), failed=True, n_failed=1)


def _store(result: InputResult, store: PartStore, done: dict[str, Entry]) -> Entry:
    if result.skipped:
        return done[result.key]
    return store.add(result.key, result.records, result.documents, failed=result.n_retry > 0,
                     n_failed=result.n_failed)


def _count(result: InputResult, summary: BatchSummary) -> None:
    summary.skipped += result.skipped
    summary.documents += result.n_documents
    summary.failed += result.n_failed
    summary.records += result.n_records
    summary.chars += result.chars


def run_on_dask(tasks: list[tuple[int, str]], settings: Settings, scheduler: str) -> Iterator[InputResult]:
    """The same per-input function on a Dask distributed cluster; results in order of completion.
    Paths must be readable by the workers (shared storage)."""
    from dask.distributed import Client, as_completed

    with Client(scheduler) as client:
        shared = client.scatter(settings, broadcast=True)
        futures = [client.submit(extract_input, index, path, shared, pure=False) for index, path in tasks]
        for future in as_completed(futures):
            yield future.result()
            future.release()


def _check_dask(scheduler: str) -> None:
    try:
        import dask.distributed  # noqa: F401
    except ModuleNotFoundError as exc:
        raise LoadError(scheduler, "--engine dask needs dask[distributed]: pip install 'minsheng[dask]'") from exc


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[documents]} documents · {task.fields[records]} records · "
                               "{task.fields[errors]} errors · {task.fields[rate]} chars/s"),
                    TimeRemainingColumn(), console=err, disable=quiet, transient=True)


def _print_summary(summary: BatchSummary, out: Path) -> None:
    table = Table(title=f"minsheng extract → {escape(str(out))}", show_header=True)
    for column in ("documents", "failed", "records", "characters", "seconds", "chars/s", "inputs reused"):
        table.add_column(column, justify="right")
    rate = summary.chars / summary.seconds if summary.seconds else 0
    table.add_row(str(summary.documents), str(summary.failed), str(summary.records), f"{summary.chars:,}",
                  f"{summary.seconds:.2f}", f"{rate:,.0f}", str(summary.skipped))
    Console(highlight=False).print(table)
