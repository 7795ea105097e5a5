"""Archives: .zip, .tar, .tar.gz/.tgz of documents, read in memory, never extracted;
an archive inside one is read the same way, down to MAX_NESTING levels.

Member names are decoded as their writer meant them: a zip member without the
UTF-8 flag is GBK when it comes from Chinese Windows (its bytes are tried as UTF-8
first, which many tools write without setting the flag). A member that cannot be
read does not stop the others: they are all yielded, then one `LoadError` names the
archive and every member that failed.
"""
from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..document import Document
from . import LoadError, load_bytes, reader_for, too_large

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
#: An archive inside an archive is read, down to this many levels (a zip that contains
#: itself, or a nested bomb, stops here).
MAX_NESTING = 2
#: What the zip, tar and decompression modules raise on damaged or unsupported data
#: (RuntimeError: an encrypted zip member; NotImplementedError: an unknown compression).
_DAMAGED = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, RuntimeError,
            NotImplementedError, ValueError)
#: Zip flag bit 11: the member name is UTF-8.
_UTF8_FLAG = 0x800
#: Name encodings tried, in order, for a member name that is not marked UTF-8.
_NAME_ENCODINGS = ("utf-8", "gb18030")
#: Members that archivers add beside the documents.
_SKIPPED_PREFIXES = ("__MACOSX/", "._")


@dataclass(slots=True)
class _Member:
    name: str
    size: int
    read: Callable[[], bytes]


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def iter_archive(path: str | Path, max_bytes: int | None = None) -> Iterator[Document]:
    path = Path(path)
    failures: list[str] = []
    yield from _iter_archive(path, str(path), "", 0, failures, max_bytes)
    if failures:
        raise LoadError(path, f"{len(failures)} member(s) could not be read: {'; '.join(failures)}")


def _iter_archive(source: Path | io.BytesIO, where: str, prefix: str, depth: int,
                  failures: list[str], max_bytes: int | None = None) -> Iterator[Document]:
    """The documents of one archive (`where` names it in paths, `prefix` in failures); an
    archive inside it is read in memory in turn, down to MAX_NESTING levels."""
    for member in _members(source, where):
        name, member_where = prefix + member.name, f"{where}:{member.name}"
        try:
            data = _read(member, member_where, max_bytes)
            if is_archive(member.name):
                if depth >= MAX_NESTING:
                    raise LoadError(member_where, f"an archive nested more than {MAX_NESTING} deep, not opened")
                yield from _iter_archive(io.BytesIO(data), member_where, f"{name}:", depth + 1, failures, max_bytes)
                continue
            doc = load_bytes(data, member.name)
        except LoadError as exc:
            failures.append(f"{name} ({exc.reason})")
            continue
        doc.path = member_where
        yield doc


def _read(member: _Member, where: str, max_bytes: int | None) -> bytes:
    if reason := too_large(member.size, max_bytes):
        raise LoadError(where, reason)
    try:
        return member.read()
    except _DAMAGED as exc:
        raise LoadError(where, f"damaged archive member: {exc}") from exc


def _members(source: Path | io.BytesIO, where: str) -> Iterator[_Member]:
    """The document members of the archive: files of a supported type, and archives."""
    lister = _zip_members if where.lower().endswith(".zip") else _tar_members
    for member in lister(source, where):
        base = PurePosixPath(member.name).name
        if (reader_for(base) is not None or is_archive(base)) and not member.name.startswith(_SKIPPED_PREFIXES) \
                and not base.startswith("._"):
            yield member


def _zip_members(source: Path | io.BytesIO, where: str) -> Iterator[_Member]:
    try:
        archive = zipfile.ZipFile(source)
    except _DAMAGED as exc:
        raise LoadError(where, f"not a readable zip archive: {exc}") from exc
    with archive:
        for info in archive.infolist():
            if not info.is_dir():
                yield _Member(_zip_name(info), info.file_size, lambda info=info: archive.read(info))


def _zip_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    # Without the flag the stdlib decoded the bytes as cp437; undo that.
    return decode_name(info.orig_filename.encode("cp437"))


def _tar_members(source: Path | io.BytesIO, where: str) -> Iterator[_Member]:
    opened = {"fileobj": source} if isinstance(source, io.BytesIO) else {"name": source}
    try:
        archive = tarfile.open(mode="r:*", encoding="utf-8", errors="surrogateescape", **opened)
    except _DAMAGED as exc:
        raise LoadError(where, f"not a readable tar archive: {exc}") from exc
    with archive:
        try:
            for info in archive:   # a tar is read as a stream: damage shows up on the way
                if info.isfile():
                    name = decode_name(info.name.encode("utf-8", "surrogateescape"))
                    yield _Member(name, info.size, lambda info=info: archive.extractfile(info).read())
        except _DAMAGED as exc:
            raise LoadError(where, f"damaged or truncated tar archive (the members before the damage were read): "
                                   f"{exc}") from exc


def decode_name(raw: bytes) -> str:
    for encoding in _NAME_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")
