"""minsheng: documents in, one structured record per quantity mention out.

    from pathlib import Path
    from pipeline import extract, extract_path
    records = extract("2023年新增幼儿园学位6000个。")                 # a str is always text
    records = extract_path("corpus/001_e48e72fc4dd62ba5.txt")       # a file of any supported format
    records = extract(Path("corpus/001_e48e72fc4dd62ba5.txt"))      # the same: a Path is a file
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

from .document import DocMeta, Document
from .record import Record

__all__ = ["extract", "extract_path", "load", "Document", "DocMeta", "Record"]

#: A str this short, on one line, ending in a document suffix, is most likely a file name
#: passed by mistake; extract() says so (without touching the file system).
_FILE_NAME_LENGTH = 260


def extract(text: str | Document | Path, *, doc_year: int | None = None, meta: DocMeta | None = None,
            doc_id: str = "text", models: bool = False) -> list[Record]:
    """Records of a text, the way spaCy's `nlp(text)` reads one: a `str` is the text itself,
    never a file name, whatever it looks like. A `Document` is used as it is; a `Path` is a
    file and goes to `extract_path` (kept for callers that pass one).

    `models=True` adds the trained back-ups, as `minsheng extract --models` does.
    """
    if isinstance(text, Path):
        return extract_path(text, doc_year=doc_year, meta=meta, models=models)
    if isinstance(text, Document):
        return _records([text], doc_year, meta, models)
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str of text, a Document or a Path, not {type(text).__name__}")
    _warn_if_file_name(text)
    return _records([Document(doc_id=doc_id, text=text)], doc_year, meta, models)


def extract_path(path: str | Path, *, doc_year: int | None = None, meta: DocMeta | None = None,
                 models: bool = False) -> list[Record]:
    """Records of a file of any supported format; an archive gives the records of all its
    members. A file that cannot be read raises `pipeline.loaders.LoadError` (one line
    naming the file and what is wrong)."""
    from .loaders import iter_documents

    return _records(iter_documents(Path(path)), doc_year, meta, models)


def _records(documents: Iterable[Document], doc_year: int | None, meta: DocMeta | None,
             models: bool) -> list[Record]:
    from .run import RULES, process_document

    backups = RULES
    if models:
        from .run import combined_backups

        backups = combined_backups()
    records: list[Record] = []
    for document in documents:
        if meta is not None:
            document.meta = meta
        records.extend(process_document(document, doc_year, backups))
    return records


def _warn_if_file_name(text: str) -> None:
    from .loaders import reader_for
    from .loaders.archive import is_archive

    if len(text) > _FILE_NAME_LENGTH or "\n" in text:
        return
    if reader_for(text) is not None or is_archive(text):
        warnings.warn(f"extract() reads its argument as text, and {text!r} looks like a file name: "
                      "use extract_path() or extract(Path(...)) to read a file", stacklevel=3)


def load():
    """The pipeline as a spaCy `Language` (see pipeline/nlp.py)."""
    from .nlp import load as load_nlp

    return load_nlp()
