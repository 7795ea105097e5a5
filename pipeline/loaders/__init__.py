"""Loaders: a path (or bytes) → `Document`. One module per format, dispatched by suffix.

Every failure is a `LoadError` whose message is one line naming the file and what
is wrong, so that a batch can report it and go on with the other files.
"""
from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..document import Document

#: Files larger than this are refused rather than read into memory.
MAX_BYTES = 200 * 1024 * 1024


def too_large(size: int, limit: int | None = None) -> str | None:
    """Why a file of `size` bytes is refused, or None. `limit` defaults to MAX_BYTES, read
    now, so tests may lower it; `minsheng extract --max-bytes` passes its own."""
    limit = MAX_BYTES if limit is None else limit
    if size <= limit:
        return None
    # in bytes: rounded to MiB, a file just over the limit would read "200 MiB; the limit is 200 MiB"
    return f"file too large ({size:,} bytes; the limit is {limit:,} bytes)"


class LoadError(Exception):
    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


# suffix → function(data: bytes, name: str) -> Document
Reader = Callable[[bytes, str], Document]
_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def wrap(fn: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix] = fn
        return fn
    return wrap


#: suffix → the module whose @register reads it, imported when a file of that kind is
#: first read: pdfplumber, python-docx and trafilatura take most of a second to import,
#: in every worker process, and a folder of .txt files needs none of them.
_READER_MODULES: dict[str, str] = {".txt": "txt", ".text": "txt", ".srt": "txt", ".vtt": "txt",
                                   ".yaml": "txt", ".yml": "txt", ".ini": "txt", ".sql": "txt", ".tex": "txt",
                                   ".ics": "txt",
                                   ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
_LONGEST_FIRST = sorted(_READER_MODULES, key=len, reverse=True)   # ".tar.gz" before ".gz"


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_READER_MODULES))


def reader_for(name: str) -> Reader | None:
    suffix = _suffix(name)
    if suffix is None:
        return None
    if suffix not in _READERS:
        importlib.import_module(f"{__name__}.{_READER_MODULES[suffix]}")   # runs its @register
    return _READERS[suffix]


def _suffix(name: str) -> str | None:
    lower = name.lower()
    return next((suffix for suffix in _LONGEST_FIRST if lower.endswith(suffix)), None)


def doc_id_for(name: str) -> str:
    base = Path(name).name
    suffix = _suffix(base)
    return base[: -len(suffix)] if suffix else Path(base).stem


def load_bytes(data: bytes, name: str) -> Document:
    """Load one document from its bytes; `name` gives the format and the doc_id."""
    reader = reader_for(name)
    if reader is None:
        raise LoadError(name, f"unsupported file type (supported: {', '.join(supported_suffixes())})")
    if not data:
        raise LoadError(name, "empty file")
    doc = reader(data, name)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    if not doc.text.strip():
        raise LoadError(name, "no text in the document")
    return doc


def load_path(path: str | Path, max_bytes: int | None = None) -> Document:
    path = Path(path)
    if not path.exists():
        raise LoadError(path, "no such file or directory")
    if path.is_dir():
        raise LoadError(path, "is a directory, not a document")
    if reason := too_large(path.stat().st_size, max_bytes):
        raise LoadError(path, reason)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot read: {exc.strerror or exc}") from exc
    doc = load_bytes(data, str(path))
    doc.path = str(path)
    return doc


def iter_documents(path: str | Path, max_bytes: int | None = None) -> Iterator[Document]:
    """Documents behind one path: a file gives one, an archive gives several (each member
    within `max_bytes`, default MAX_BYTES)."""
    from . import archive

    path = Path(path)
    if archive.is_archive(path.name):
        yield from archive.iter_archive(path, max_bytes)
    else:
        yield load_path(path, max_bytes)
