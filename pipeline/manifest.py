"""The corpus manifest: doc_id,title,published,source,kind[,place] (see corpus/README.md)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import regex

from .document import DocMeta

_YEAR = regex.compile(r"^((?:19|20)\d\d)")


def read_manifest(path: str | Path) -> dict[str, DocMeta]:
    """Read a manifest in any encoding the text loader reads (Excel on Chinese Windows saves GBK)."""
    from .loaders.txt import decode

    path = Path(path)
    text = decode(path.read_bytes(), str(path)).text
    with io.StringIO(text, newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"doc_id"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: manifest has no doc_id column")
        return {row["doc_id"].strip(): _meta(row) for row in reader if row.get("doc_id", "").strip()}


def _meta(row: dict[str, str]) -> DocMeta:
    published = (row.get("published") or "").strip() or None
    return DocMeta(
        title=(row.get("title") or "").strip() or None,
        published=published,
        source=(row.get("source") or "").strip() or None,
        kind=(row.get("kind") or "").strip() or None,
        place=(row.get("place") or "").strip() or None,
    )


def published_year(meta: DocMeta) -> int | None:
    match = _YEAR.match(meta.published or "")
    return int(match.group(1)) if match else None
