"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, and, detected by
charset-normalizer among the encodings Chinese documents come in, GB18030/GBK/GB2312
and Big5 (plus cp1252 for Western text)."""
from __future__ import annotations

import codecs

import regex

from ..document import Document
from . import LoadError, doc_id_for, register

#: What detection chooses among when a file is not UTF-8. GB18030 is a superset of GBK
#: and GB2312; it decodes almost any byte string, Big5 included (into nonsense), so it is
#: weighed against the others rather than tried first.
_DETECTABLE = ["gb18030", "big5", "utf_16", "cp1252"]


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes → (text, encoding name). Raises LoadError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", name), "utf-8-sig"
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, name), encoding.replace("-le", "").replace("-be", "")
    if b"\x00" in data[:8192]:
        raise LoadError(name, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_DETECTABLE).best()
    if best is None or best.encoding is None:
        raise LoadError(name, "undecodable bytes: not UTF-8, GB18030/GBK, Big5, UTF-16 or cp1252")
    return str(best), best.encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(name, f"undecodable bytes at offset {exc.start} for {encoding}") from exc


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@register(".txt", ".text")
def read_txt(data: bytes, name: str) -> Document:
    text, encoding = decode(data, name)
    if _looks_binary(text):
        raise LoadError(name, "binary file (control characters), not text")
    return Document(doc_id=doc_id_for(name), text=normalise_newlines(text), encoding=encoding)


_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)
