"""Hostile and broken files in one batch: each gets a clear one-line outcome, what can be
kept is kept (with a warning), nothing is written outside OUTDIR, and the batch goes on.

Every fixture is made here, in tmp_path, from a few sentences of livelihood-project text;
the one binary fixture reused is tests/fixtures/formats/encrypted.pdf (LibreOffice's AES
encryption, which no installed library writes).
"""
from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from pipeline import extract

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
TEXT = ("2023年民生实事项目完成情况\n\n"
        "今年全市新增幼儿园学位6000个，新建托育机构20家。\n\n"
        "改造老旧小区120个，惠及居民3.2万户。\n")
#: what a sound copy of TEXT gives: the figures and their offsets
FIGURES = [(r.text, r.value) for r in extract(TEXT)]
#: The first bytes of an OLE2 compound file, as every old Word .doc starts.
OLE2_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
#: where two bad bytes go: after the title line and its blank line, in UTF-8 bytes
BAD_AT = len(TEXT.split("\n\n")[0].encode("utf-8")) + 2


def test_the_sample_has_figures():
    assert FIGURES == [("6000个", 6000), ("20家", 20), ("120个", 120), ("3.2万户", 32000)]


# ------------------------------------------------------------------- fixtures

def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_gz_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """One A4 page holding an image and no text, as a scanner writes it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(pdfium.PdfBitmap.new_native(200, 100, pdfium.raw.FPDFBitmap_BGR))
    image.set_matrix(pdfium.PdfMatrix().scale(400, 200).translate(50, 500))
    page.insert_obj(image)
    page.gen_content()
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def deep_html() -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT.split("\n\n")[1:])
    return (f"<html><head><title>{TEXT.splitlines()[0]}</title></head><body>" + "<div>" * 10_000
            + paragraphs + "</div>" * 10_000 + "</body></html>").encode("utf-8")


def fixture_files() -> dict[str, bytes]:
    utf8 = TEXT.rstrip("\n").encode("utf-8")
    return {
        "cut_mid_character.txt": utf8[:-1],
        "bad_bytes_inside.txt": utf8[:BAD_AT] + b"\x80\xff" + utf8[BAD_AT:],
        "gbk_behind_utf8_bom.txt": codecs.BOM_UTF8 + TEXT.encode("gbk"),
        "deeply_nested.html": deep_html(),
        "scanned.pdf": scanned_pdf(),
        "encrypted.pdf": (FIXTURES / "encrypted.pdf").read_bytes(),
        "renamed_doc.docx": OLE2_HEADER,
        "nested.zip": zip_bytes({"inner.zip": zip_bytes({"plan.txt": TEXT.encode("utf-8")}),
                                 "inner.tar.gz": tar_gz_bytes({"report.txt": TEXT.encode("gbk")})}),
        "too_deep.zip": zip_bytes({"a.zip": zip_bytes({"b.zip": zip_bytes({"c.zip": zip_bytes({"plan.txt": TEXT.encode()})})})}),
        "truncated.tar.gz": tar_gz_bytes({"plan.txt": TEXT.encode("utf-8") * 50})[:100],
        "slip.zip": zip_bytes({"../../escaped.txt": TEXT.encode("utf-8"), "/etc/absolute.txt": TEXT.encode("utf-8")}),
    }


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    for name, data in fixture_files().items():
        (folder / name).write_bytes(data)
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "link_out.txt")
    os.symlink(outside, folder / "link_out_folder")
    os.symlink(folder / "cut_mid_character.txt", folder / "link_in.txt")   # inside the folder: read
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(root / "out"), "--quiet"])
    after = sorted(p.relative_to(root) for p in root.rglob("*") if not p.is_relative_to(root / "out"))
    rows = {Path(r["path"]).name if ":" not in r["path"] else r["path"].split(str(folder) + "/")[1]: r
            for r in map(json.loads, (root / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines())}
    records = [json.loads(line) for line in (root / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, rows, records, before, after, folder


def figures_of(records: list[dict], row: dict) -> list[tuple[str, float]]:
    return [(r["text"], r["value"]) for r in records if r["doc_id"] == row["doc_id"]]


# ---------------------------------------------------------------------- kept

#: file → the warning it gets; its records are all those of the sound text
KEPT_WITH_A_WARNING = {
    "cut_mid_character.txt": "the last character is cut off (a truncated file?): 2 byte(s) replaced by U+FFFD",
    "link_in.txt": "the last character is cut off (a truncated file?): 2 byte(s) replaced by U+FFFD",
    "bad_bytes_inside.txt": f"2 undecodable byte(s) for utf-8 replaced by U+FFFD, the first at byte {BAD_AT}",
    "gbk_behind_utf8_bom.txt": "starts with a UTF-8 byte-order mark but is not UTF-8 text; read as gb18030",
    "deeply_nested.html": "markup nested too deep to read as a tree; read the page's visible text instead",
}


@pytest.mark.parametrize("name", KEPT_WITH_A_WARNING)
def test_damaged_files_keep_their_records_with_a_warning(hostile_run, name):
    result, rows, records, *_ = hostile_run
    row = rows[name]
    assert (row["status"], row["warning"], row["error"]) == ("warning", KEPT_WITH_A_WARNING[name], None)
    assert figures_of(records, row) == FIGURES
    assert f"warning: {row['path']}: {KEPT_WITH_A_WARNING[name]}" in result.stderr.splitlines()


def test_kept_records_point_into_the_text_as_loaded(hostile_run):
    from pipeline.loaders import load_path

    _, rows, records, *_ = hostile_run
    for name in ("bad_bytes_inside.txt", "deeply_nested.html"):
        text = load_path(rows[name]["path"]).text
        mine = [r for r in records if r["doc_id"] == rows[name]["doc_id"]]
        assert mine and all(text[r["start"]:r["end"]] == r["text"] for r in mine)


def test_nested_archives_are_read(hostile_run):
    _, rows, records, *_ = hostile_run
    for member in ("nested.zip:inner.zip:plan.txt", "nested.zip:inner.tar.gz:report.txt"):
        assert rows[member]["status"] == "ok"
        assert figures_of(records, rows[member]) == FIGURES


def test_archive_members_named_outside_are_read_in_memory(hostile_run):
    _, rows, records, *_ = hostile_run
    for member in ("slip.zip:../../escaped.txt", "slip.zip:/etc/absolute.txt"):
        assert figures_of(records, rows[member]) == FIGURES


# ------------------------------------------------------------------- refused

#: file → the start of its one error line
REFUSED = {
    "scanned.pdf": "no text layer: 1 of 1 page(s) are images (a scan); it needs OCR",
    "encrypted.pdf": "encrypted PDF: it needs a password to open",
    "renamed_doc.docx": "an old-format Word .doc (or a password-protected .docx), not a .docx",
    "too_deep.zip": "1 member(s) could not be read: a.zip:b.zip:c.zip (an archive nested more than 2 deep, not opened)",
    "truncated.tar.gz": "not a readable tar archive: Compressed file ended before the end-of-stream marker",
    "link_out.txt": "symbolic link to ",
    "link_out_folder": "symbolic link to ",
}


@pytest.mark.parametrize("name", REFUSED)
def test_unreadable_files_are_one_error_line_each(hostile_run, name):
    result, rows, *_, folder = hostile_run
    row = rows[name]
    assert row["status"] == "error" and row["error"].startswith(REFUSED[name])
    [line] = [line for line in result.stderr.splitlines() if line.startswith(f"error: {folder / name}: ")]
    assert line == f"error: {folder / name}: {row['error']}"


def test_links_out_of_the_folder_are_not_followed(hostile_run):
    _, rows, records, *_ = hostile_run
    assert rows["link_out.txt"]["error"].endswith("outside the input folder, not followed")
    assert "secret" not in {r["doc_id"] for r in records}


def test_the_batch_goes_on_and_fails_only_for_refused_files(hostile_run):
    result, rows, *_ = hostile_run
    assert result.exit_code == 1
    assert {name for name, row in rows.items() if row["status"] == "error"} == set(REFUSED)


def test_nothing_is_written_outside_the_output_folder(hostile_run):
    *_, before, after, _ = hostile_run
    assert after == before


def test_a_zip_bomb_member_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    import pipeline.loaders
    from pipeline.loaders import LoadError, iter_documents

    monkeypatch.setattr(pipeline.loaders, "MAX_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", b"0" * 50_000_000)        # 50 MB of zeros: about 50 kB compressed
        archive.writestr("plan.txt", TEXT.encode("utf-8"))
    path = tmp_path / "bomb.zip"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    loaded = []
    with pytest.raises(LoadError) as raised:
        for doc in iter_documents(path):
            loaded.append(doc.path)
    assert loaded == [f"{path}:plan.txt"]
    assert str(raised.value) == (f"{path}: 1 member(s) could not be read: "
                                 "bomb.txt (file too large (50,000,000 bytes; the limit is 1,000,000 bytes))")


def test_a_link_named_on_the_command_line_is_followed(tmp_path):
    outside = tmp_path / "elsewhere" / "plan.txt"
    outside.parent.mkdir()
    outside.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "plan_link.txt"
    os.symlink(outside, link)
    result = CliRunner().invoke(app, ["extract", str(link), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.stderr
    records = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [(r["text"], r["value"]) for r in map(json.loads, records)] == FIGURES
