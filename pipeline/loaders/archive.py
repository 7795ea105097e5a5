"""Archives: .zip, .tar, .tar.gz/.tgz of documents, read in memory, never extracted.

Member names are decoded as their writer meant them: a zip member without the
UTF-8 flag is GBK when it comes from Chinese Windows (its bytes are tried as UTF-8
first, which many tools write without setting the flag). A member that cannot be
read does not stop the others: they are all yielded, then one `LoadError` names the
archive and every member that failed.
"""
from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..document import Document
from . import LoadError, load_bytes, reader_for, too_large

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
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
    for member in _members(path):
        where = f"{path}:{member.name}"
        try:
            data = _read(member, where, max_bytes)
            doc = load_bytes(data, member.name)
        except LoadError as exc:
            failures.append(f"{member.name} ({exc.reason})")
            continue
        doc.path = where
        yield doc
    if failures:
        raise LoadError(path, f"{len(failures)} member(s) could not be read: {'; '.join(failures)}")


def _read(member: _Member, where: str, max_bytes: int | None) -> bytes:
    if reason := too_large(member.size, max_bytes):
        raise LoadError(where, reason)
    try:
        return member.read()
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        raise LoadError(where, f"damaged archive member: {exc}") from exc


def _members(path: Path) -> Iterator[_Member]:
    """The document members of the archive: files of a supported type."""
    lister = _zip_members if path.name.lower().endswith(".zip") else _tar_members
    for member in lister(path):
        base = PurePosixPath(member.name).name
        if reader_for(base) is not None and not member.name.startswith(_SKIPPED_PREFIXES) \
                and not base.startswith("._"):
            yield member


def _zip_members(path: Path) -> Iterator[_Member]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise LoadError(path, f"not a readable zip archive: {exc}") from exc
    with archive:
        for info in archive.infolist():
            if not info.is_dir():
                yield _Member(_zip_name(info), info.file_size, lambda info=info: archive.read(info))


def _zip_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    # Without the flag the stdlib decoded the bytes as cp437; undo that.
    return decode_name(info.orig_filename.encode("cp437"))


def _tar_members(path: Path) -> Iterator[_Member]:
    try:
        archive = tarfile.open(path, mode="r:*", encoding="utf-8", errors="surrogateescape")
    except (OSError, tarfile.TarError) as exc:
        raise LoadError(path, f"not a readable tar archive: {exc}") from exc
    with archive:
        for info in archive:
            if info.isfile():
                name = decode_name(info.name.encode("utf-8", "surrogateescape"))
                yield _Member(name, info.size, lambda info=info: archive.extractfile(info).read())


def decode_name(raw: bytes) -> str:
    for encoding in _NAME_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")
