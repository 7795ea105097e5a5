"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, and, detected by
charset-normalizer among the encodings Chinese documents come in, GB18030/GBK/GB2312
and Big5 (plus cp1252 for Western text).

Damaged text is kept rather than refused: a file cut in the middle of its last
character, or good text with a few undecodable bytes, is decoded with each bad byte
replaced by U+FFFD and a warning that says so; a byte-order mark that lies (GBK text
behind a UTF-8 BOM) is overruled by what the bytes say, with a warning. Only bytes that
are mostly undecodable in every candidate encoding are refused.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import regex

from ..document import Document
from . import LoadError, doc_id_for, register

#: What detection chooses among when a file is not UTF-8. GB18030 is a superset of GBK
#: and GB2312; it decodes almost any byte string, Big5 included (into nonsense), so it is
#: weighed against the others rather than tried first.
_DETECTABLE = ["gb18030", "big5", "utf_16", "cp1252"]
#: Legacy encodings whose damaged text is worth keeping (cp1252 and UTF-16 decode any bytes).
_SALVAGEABLE = ("gb18030", "big5")
#: Damaged text is kept when it has at most this many undecodable bytes per sound
#: non-ASCII character. GBK read as UTF-8 breaks on nearly every character (far above
#: this); a UTF-8 file with a few bad bytes, or cut mid-character, stays far below.
MAX_BROKEN_SHARE = 0.25
#: A UTF-8 character is at most 4 bytes: a tail this short is a cut last character.
_MAX_CUT_TAIL = 3
_BOMS = ((codecs.BOM_UTF8, "utf-8", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))

#: Stands for an undecodable byte while counting; strict decoders never produce a lone
#: surrogate, so it cannot be confused with text.
_MARK = "\udfff"
_REPLACEMENT = "\ufffd"
codecs.register_error("minsheng.mark", lambda exc: (_MARK * (exc.end - exc.start), exc.end))


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str) -> Decoded:
    """Bytes → text, the encoding used, and what was wrong with them. Raises LoadError for
    binary data and for bytes that are mostly undecodable."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            return _with_bom(data, len(bom), encoding, label, name)
    if b"\x00" in data[:8192]:
        raise LoadError(name, "binary file (NUL bytes), not text")
    return _unmarked(data, name)


def _with_bom(data: bytes, bom_length: int, encoding: str, label: str, name: str) -> Decoded:
    decoded = _tolerant(data[bom_length:], encoding, label, bom_length)
    if decoded is not None:
        return decoded
    found = _unmarked(data[bom_length:], name)   # the mark lies: go by what the bytes say
    found.warnings.insert(0, f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} text; "
                             f"read as {found.encoding}")
    return found


def _unmarked(data: bytes, name: str) -> Decoded:
    decoded = _tolerant(data, "utf-8", "utf-8")
    if decoded is not None:
        return decoded
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_DETECTABLE).best()
    if best is not None and best.encoding is not None:
        return Decoded(str(best), best.encoding)
    return _salvaged_legacy(data, name)


def _tolerant(data: bytes, encoding: str, label: str, skipped: int = 0) -> Decoded | None:
    """The text in `encoding` if it is sound, or damaged only here and there; else None.
    (`skipped`: bytes of the file before `data`, so that a warning gives file offsets.)"""
    try:
        return Decoded(data.decode(encoding), label)
    except UnicodeDecodeError as exc:
        first_bad = skipped + exc.start
    marked = data.decode(encoding, errors="minsheng.mark")
    broken = marked.count(_MARK)
    if broken > MAX_BROKEN_SHARE * _sound_non_ascii(marked, broken):
        return None
    return Decoded(marked.replace(_MARK, _REPLACEMENT), label, [_damage(marked, broken, first_bad, encoding)])


def _sound_non_ascii(marked: str, broken: int) -> int:
    return len(marked) - len(marked.encode("ascii", "ignore")) - broken


def _damage(marked: str, broken: int, first_bad: int, encoding: str) -> str:
    if broken <= _MAX_CUT_TAIL and marked.endswith(_MARK * broken):
        return f"the last character is cut off (a truncated file?): {broken} byte(s) replaced by U+FFFD"
    return f"{broken} undecodable byte(s) for {encoding} replaced by U+FFFD, the first at byte {first_bad}"


def _salvaged_legacy(data: bytes, name: str) -> Decoded:
    """Legacy-encoded text with a few bad bytes: the encoding detection chooses once the
    bytes that break it are taken out."""
    from charset_normalizer import from_bytes

    for encoding in _SALVAGEABLE:
        decoded = _tolerant(data, encoding, encoding)
        if decoded is None or not decoded.warnings:
            continue
        cleaned = decoded.text.replace(_REPLACEMENT, "").encode(encoding)
        best = from_bytes(cleaned, cp_isolation=_DETECTABLE).best()
        if best is not None and best.encoding == encoding:
            return decoded
    raise LoadError(name, "undecodable bytes: not UTF-8, GB18030/GBK, Big5, UTF-16 or cp1252")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# subtitles are text (pipeline/subtitles.py), and so are an open-data portal's YAML and
# INI exports (pipeline/datafile.py), and SQL dumps (pipeline/sqldump.py)
@register(".txt", ".text", ".srt", ".vtt", ".yaml", ".yml", ".ini", ".sql", ".tex", ".ics")
def read_txt(data: bytes, name: str) -> Document:
    decoded = decode(data, name)
    if _looks_binary(decoded.text):
        raise LoadError(name, "binary file (control characters), not text")
    return Document(doc_id=doc_id_for(name), text=normalise_newlines(decoded.text), encoding=decoded.encoding,
                    warnings=decoded.warnings)


_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)
