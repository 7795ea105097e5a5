"""minsheng: documents in, one structured record per quantity mention out.

    from pipeline import extract
    records = extract("corpus/001_e48e72fc4dd62ba5.txt")     # a path: any supported format
    records = extract("2023年新增幼儿园学位6000个。")           # or the text itself
"""
from __future__ import annotations

from pathlib import Path

from .document import DocMeta, Document
from .record import Record

__all__ = ["extract", "load", "Document", "DocMeta", "Record"]


def extract(source: str | Path | Document, *, doc_year: int | None = None,
            meta: DocMeta | None = None, doc_id: str = "text", models: bool = False) -> list[Record]:
    """Records for a document: a `Document`, a path (a file of any supported format;
    an archive gives the records of all its members), or the text itself.

    A `str` is a path when such a file exists; use `Path` or `Document` to be explicit.
    `models=True` adds the trained back-ups, as `minsheng extract --models` does.
    """
    from .loaders import iter_documents
    from .run import RULES, process_document

    backups = RULES
    if models:
        from extractors.statistical import combined_backups

        backups = combined_backups()

    if isinstance(source, Document):
        documents = [source]
    elif isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and len(source) < 4096
                                      and Path(source).is_file()):
        documents = list(iter_documents(source))
    else:
        documents = [Document(doc_id=doc_id, text=source)]
    records: list[Record] = []
    for document in documents:
        if meta is not None:
            document.meta = meta
        records.extend(process_document(document, doc_year, backups))
    return records


def load():
    """The pipeline as a spaCy `Language` (see pipeline/nlp.py)."""
    from .nlp import load as load_nlp

    return load_nlp()
