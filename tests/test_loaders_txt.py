"""The .txt loader: encodings government files come in, newlines, and every way a file can be unusable.

Each bad file must give a `LoadError` whose message is one line that starts with the
file's path and says what is wrong, so a batch can print it and go on.
"""
from __future__ import annotations

import codecs
import hashlib
import random
from pathlib import Path

import pytest

import pipeline.loaders
from pipeline.loaders import LoadError, load_path

CORPUS = Path(__file__).parent.parent / "corpus"

# A heading and a paragraph of its section in corpus/000_19b54a09d50c54de.txt.
HEADING = "### “常有善育”，完善托育供给体系"
PARAGRAPH = ("截至2023年底，全市共有托育机构378家，托位数2.11万个，每千人口拥有3岁以下婴幼儿托位数达4个；"
             "创建省级普惠托育机构43家、示范性托育机构18家，常州市普惠托育体系建设项目获省政府办公厅2022年度"
             "真抓实干督查激励表彰。")
TEXT = f"{HEADING}\n\n{PARAGRAPH}\n"
# 𠮷 (U+20BB7, as in 𠮷野家) is outside GBK: only GB18030 can carry it, in four bytes.
BEYOND_GBK = TEXT + "𠮷\n"

# Bytes 1–255 at random (seeded): no NUL, so not caught as binary; nothing decodes them.
MOSTLY_UNDECODABLE = bytes(random.Random(2).randrange(1, 256) for _ in range(300))

# The first 16 bytes of a PNG file: signature and the start of the IHDR chunk.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def test_the_sample_is_real_corpus_text():
    lines = (CORPUS / "000_19b54a09d50c54de.txt").read_text(encoding="utf-8").splitlines()
    assert HEADING in lines and PARAGRAPH in lines


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gbk"), "gb18030"),   # GB18030 is the superset that decodes GBK and GB2312 alike
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
], ids=["utf-8", "utf-8-bom", "gbk", "utf-16-bom"])
def test_encodings_load_to_the_same_text(tmp_path, data, encoding):
    doc = load_path(write(tmp_path, "000_sample.txt", data))
    assert doc.text == TEXT
    assert doc.encoding == encoding
    assert doc.doc_id == "000_sample"
    assert doc.path == str(tmp_path / "000_sample.txt")


def test_gb18030_carries_characters_gbk_cannot(tmp_path):
    doc = load_path(write(tmp_path, "rare.txt", BEYOND_GBK.encode("gb18030")))
    assert doc.text == BEYOND_GBK
    assert doc.encoding == "gb18030"
    assert doc.text[-2] == "𠮷"    # one str index for a character outside the BMP


def test_gbk_bytes_differ_from_utf8_bytes():
    # Guards the GBK case above: were the two encodings to coincide it would prove nothing.
    assert TEXT.encode("gbk") != TEXT.encode("utf-8")
    assert len(PARAGRAPH.encode("gbk")) < len(PARAGRAPH.encode("utf-8"))


def test_sha256_is_of_the_bytes_on_disk(tmp_path):
    data = TEXT.encode("gbk")
    assert load_path(write(tmp_path, "a.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_newlines_load_as_line_feeds(tmp_path, newline):
    data = TEXT.replace("\n", newline).encode("gbk")
    doc = load_path(write(tmp_path, "windows.txt", data))
    assert doc.text == TEXT
    # Offsets are into the text as loaded: the paragraph starts after the heading and one blank line.
    assert doc.text.index(PARAGRAPH) == len(HEADING) + 2


# ------------------------------------------------------ damaged, but kept

UTF8 = PARAGRAPH.encode("utf-8")
GBK = PARAGRAPH.encode("gbk")
CUT = "the last character is cut off"
HEAD, TAIL = PARAGRAPH[:10], PARAGRAPH[10:]


@pytest.mark.parametrize(("data", "encoding", "warning", "kept"), [
    # a download cut in the middle of the last character (。 is 3 bytes in UTF-8, 2 in GBK)
    (UTF8[:-1], "utf-8", f"{CUT} (a truncated file?): 2 byte(s)", PARAGRAPH[:-1]),
    (UTF8[:-2], "utf-8", f"{CUT} (a truncated file?): 1 byte(s)", PARAGRAPH[:-1]),
    (GBK[:-1], "gb18030", f"{CUT} (a truncated file?): 1 byte(s)", PARAGRAPH[:-1]),
    (codecs.BOM_UTF16_LE + PARAGRAPH.encode("utf-16-le")[:-1], "utf-16", CUT, PARAGRAPH[:-1]),
    # bytes 0x80 0xFF (invalid in UTF-8 and GB18030) between two characters of good text
    (HEAD.encode("utf-8") + b"\x80\xff" + TAIL.encode("utf-8"), "utf-8",
     f"2 undecodable byte(s) for utf-8 replaced by U+FFFD, the first at byte {len(HEAD.encode('utf-8'))}",
     HEAD + "\ufffd" * 2 + TAIL),
    (HEAD.encode("gbk") + b"\x80\xff" + TAIL.encode("gbk"), "gb18030",
     f"2 undecodable byte(s) for gb18030 replaced by U+FFFD, the first at byte {len(HEAD.encode('gbk'))}",
     HEAD + "\ufffd" * 2 + TAIL),
    (codecs.BOM_UTF8 + b"\xff\xfe" + UTF8, "utf-8-sig",
     "2 undecodable byte(s) for utf-8 replaced by U+FFFD, the first at byte 3", "\ufffd" * 2 + PARAGRAPH),
    # GBK text behind a UTF-8 byte-order mark (an editor that added the mark, not the encoding)
    (codecs.BOM_UTF8 + GBK, "gb18030", "starts with a UTF-8 byte-order mark but is not UTF-8 text; read as gb18030",
     PARAGRAPH),
], ids=["utf8-cut-2-of-3", "utf8-cut-1-of-3", "gbk-cut", "utf16-cut", "utf8-bad-bytes", "gbk-bad-bytes",
        "bom-then-bad-bytes", "gbk-behind-utf8-bom"])
def test_damaged_text_is_kept_with_a_warning(tmp_path, data, encoding, warning, kept):
    doc = load_path(write(tmp_path, "damaged.txt", data))
    assert doc.encoding == encoding
    assert doc.text.startswith(kept)
    # every character but the broken ones survives
    assert doc.text.replace("\ufffd", "") in (PARAGRAPH, PARAGRAPH[:-1])
    [message] = doc.warnings
    assert message.startswith(warning) and "\n" not in message


def test_sound_text_has_no_warning(tmp_path):
    assert load_path(write(tmp_path, "sound.txt", TEXT.encode("gbk"))).warnings == []


def test_gbk_is_never_read_as_damaged_utf8(tmp_path):
    # GBK that happens to hold a few valid UTF-8 sequences is still GBK, not UTF-8 with repairs
    text = "今年全市新增养老床位500张，老年助餐点32个，改造老旧小区120个。" * 5
    doc = load_path(write(tmp_path, "gbk.txt", text.encode("gbk")))
    assert (doc.text, doc.encoding, doc.warnings) == (text, "gb18030", [])


# --------------------------------------------------------------------- errors


def assert_one_line_naming(raised: pytest.ExceptionInfo, path: Path, reason: str) -> None:
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message
    assert raised.value.path == str(path)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b" \n\t\r\n\n", "no text in the document"),
    (PNG_BYTES, "binary file"),
    # Bytes 0x80–0xFF and 0x01–0x7F at random, no NUL: undecodable in every candidate encoding.
    (MOSTLY_UNDECODABLE, "undecodable bytes"),
    # GBK text broken on every other character: more damage than text.
    (b"".join(c.encode("gbk") + b"\xff" for c in PARAGRAPH), "undecodable bytes"),
], ids=["empty", "blank", "png", "mostly-undecodable", "gbk-broken-throughout"])
def test_unusable_content_is_one_line_naming_the_file(tmp_path, data, reason):
    path = write(tmp_path, "坏文件.txt", data)
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert_one_line_naming(raised, path, reason)


def test_missing_path(tmp_path):
    path = tmp_path / "不存在.txt"
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert_one_line_naming(raised, path, "no such file or directory")


def test_directory(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert_one_line_naming(raised, path, "is a directory")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    data = TEXT.encode("utf-8")
    monkeypatch.setattr(pipeline.loaders, "MAX_BYTES", len(data) - 1)
    path = write(tmp_path, "huge.txt", data)
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert_one_line_naming(raised, path, f"file too large ({len(data):,} bytes; the limit is {len(data) - 1:,} bytes)")


def test_file_at_the_size_limit_loads(tmp_path, monkeypatch):
    data = TEXT.encode("utf-8")
    monkeypatch.setattr(pipeline.loaders, "MAX_BYTES", len(data))
    assert load_path(write(tmp_path, "exact.txt", data)).text == TEXT


def test_unsupported_suffix(tmp_path):
    path = write(tmp_path, "scan.png", PNG_BYTES)
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert_one_line_naming(raised, path, "unsupported file type")


def test_big5_is_detected_not_read_as_gb18030(tmp_path):
    # GB18030 decodes Big5 bytes without error, into nonsense: detection must weigh both
    text = "民政工作關係民生、連著民心，是社會建設的兜底性、基礎性工作。今年以來，新增老年助餐點32個。"
    path = tmp_path / "traditional.txt"
    path.write_bytes(text.encode("big5"))
    doc = load_path(path)
    assert (doc.text, doc.encoding) == (text, "big5")


def test_a_manifest_saved_by_excel_in_gbk_is_read(tmp_path):
    from pipeline.manifest import read_manifest

    path = tmp_path / "manifest.csv"
    path.write_bytes("doc_id,title,published,source,kind\nplan,2023年度常州市民生实事项目任务分解表,2023,常州市人民政府,plan_list\n"
                     .encode("gbk"))
    meta = read_manifest(path)["plan"]
    assert (meta.title, meta.published, meta.kind) == ("2023年度常州市民生实事项目任务分解表", "2023", "plan_list")


def test_every_suffix_the_text_reader_registers_is_in_the_loaders_lazy_map():
    # a suffix only @register knows is refused as unsupported before the reader is imported
    import pipeline.loaders as loaders
    import pipeline.loaders.txt  # noqa: F401  (registers its suffixes)

    text_suffixes = {suffix for suffix, module in loaders._READER_MODULES.items() if module == "txt"}
    registered = {suffix for suffix, reader in loaders._READERS.items()
                  if reader.__module__ == "pipeline.loaders.txt"}
    assert registered == text_suffixes
