"""Build the format fixtures in tests/fixtures/formats/ from the corpus text dumps.

    .venv/bin/python tools/make_fixtures.py            # needs LibreOffice for the PDFs

For every corpus document: a Word .docx (real tables for the task lists, heading
styles for the articles, a running page header and a page-number footer), a PDF
converted from that .docx by LibreOffice headless, and an HTML page in the shape
of a Chinese government news site (one of them GBK-encoded). Then the archives
(a .zip with GBK member names, a .tar.gz) and the broken files the error tests
use. The outputs are committed; the tests do not need LibreOffice.

Debian packages for the PDFs: libreoffice-writer fonts-noto-cjk.
"""
from __future__ import annotations

import argparse
import html
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.manifest import read_manifest  # noqa: E402

CORPUS = ROOT / "corpus"
OUT = ROOT / "tests" / "fixtures" / "formats"

# ----------------------------------------------------------------- fixture data

#: Lines of the articles that are headings in the original (the dumps of 002 and
#: 004 lost the heading marks that 000 kept), with their level.
HEADINGS: dict[str, dict[str, int]] = {
    "002_4328cf5303d8d476": {
        "数字里的民生福祉": 2,
        "民生保障：密织保障网，让幸福底色更鲜亮": 2,
        "养老事业：破解养老难题，让“常有颐养”更有温度": 2,
        "基层治理：建设幸福家园，让群众生活更舒心": 2,
        "社会事务：用心延伸服务触角，让便民服务更贴心": 2,
    },
    "004_a97c32f08c31be30": {
        "2024年钟楼区十项民生实事圆满完成": 2,
        **{name: 3 for name in (
            "“常有善育”工程", "“常有优学”工程", "“常有健康”工程", "“常有颐养”工程",
            "“常有安居”工程", "“常有众扶”工程", "交通畅行工程", "环境优化工程",
            "文体惠民工程", "安全提升工程")},
    },
}

#: The date line of each news page, in agreement with the manifest's publication date.
PAGE_DATES = {
    "000_19b54a09d50c54de": "2023-12-29",
    "001_e48e72fc4dd62ba5": "2023-02-16",
    "002_4328cf5303d8d476": "2023-12-20",
    "003_86fd6de74efdd557": "2022-03-08",
    "004_a97c32f08c31be30": "2025-01-07",
}

#: The page served in GBK, as many county and bureau sites still are.
GBK_PAGE = "002_4328cf5303d8d476"

#: Members of the archives: (fixture file, name inside the archive).
ZIP_MEMBERS = (
    ("001_e48e72fc4dd62ba5.docx", "民生实事/2023年度常州市民生实事项目任务分解表.docx"),
    ("003_86fd6de74efdd557.pdf", "民生实事/2022年全市民生建设重点项目清单.pdf"),
    ("002_4328cf5303d8d476.html", "民生实事/常州民政：用行动提升民生温度.html"),
)
TAR_MEMBERS = (
    ("000_19b54a09d50c54de.docx", "corpus/000_19b54a09d50c54de.docx"),
    ("004_a97c32f08c31be30.pdf", "corpus/004_a97c32f08c31be30.pdf"),
)
BAD_MEMBER_ZIP = (
    ("004_a97c32f08c31be30.docx", "钟楼区十项民生实事.docx"),
    ("truncated.pdf", "损坏的文件.pdf"),
    ("002_4328cf5303d8d476.html", "常州民政.html"),
)

PAGE_HEADER = "常州市民生实事项目文件汇编"
BODY_FONT, HEADING_FONT = "Noto Serif CJK SC", "Noto Sans CJK SC"
STYLE_SIZES = {"Normal": 12, "Title": 22, "Heading 1": 18, "Heading 2": 16, "Heading 3": 14}
TABLE_FONT_SIZE = 9
CELL_PADDING, NARROW_COLUMN_CHARS, COLUMN_ROOM_CHARS = Cm(0.4), 8, 2
PASSWORD = "minsheng"

# ------------------------------------------------------------ parse the dumps


@dataclass
class Paragraph:
    text: str


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)


Block = Paragraph | Heading | Table

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def parse_dump(text: str, headings: dict[str, int]) -> list[Block]:
    """A corpus dump → its blocks, following the conventions the dumps use."""
    blocks: list[Block] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("\t"):
            table, i = _parse_table(lines, i)
            blocks.append(table)
            continue
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        heading = _MD_HEADING.match(stripped)
        if heading:
            blocks.append(Heading(len(heading.group(1)), heading.group(2)))
        elif stripped in headings:
            blocks.append(Heading(headings[stripped], stripped))
        else:
            # A line ending in two spaces is a markdown hard break inside one paragraph.
            parts = [stripped]
            while line.endswith("  ") and i + 1 < len(lines) and lines[i + 1].strip():
                i += 1
                line = lines[i]
                parts.append(line.strip())
            blocks.append(Paragraph("\n".join(parts)))
        i += 1
    return blocks


def _parse_table(lines: list[str], i: int) -> tuple[Table, int]:
    """Rows start at a tab line after a blank line; cells at each tab line; other
    lines continue the current cell. Two blank lines (or the end) close the table."""
    table = Table()
    row: list[list[str]] = []
    while i < len(lines):
        line = lines[i]
        if not line.strip() and not line.startswith("\t"):
            if i + 1 >= len(lines) or (not lines[i + 1].strip() and not lines[i + 1].startswith("\t")):
                break
            if lines[i + 1].startswith("\t") and row:
                table.rows.append(["\n".join(cell).strip("\n") for cell in row])
                row = []
        elif line.startswith("\t"):
            row.append([line[1:]])
        else:
            row[-1].append(line)
        i += 1
    if row:
        table.rows.append(["\n".join(cell).strip("\n") for cell in row])
    return table, i


# ------------------------------------------------------------------- docx


def write_docx(blocks: list[Block], title: str, path: Path) -> None:
    document = docx.Document()
    _set_up_styles(document)
    # Task lists are printed landscape, as their wide tables need.
    section = document.sections[0]
    _set_up_page(section, landscape=any(isinstance(block, Table) for block in blocks))
    table_width = section.page_width - section.left_margin - section.right_margin
    document.core_properties.title = title
    for block in blocks:
        if isinstance(block, Heading):
            document.add_paragraph(block.text, style=f"Heading {block.level}")
        elif isinstance(block, Table):
            _add_table(document, block, table_width)
        elif block.text == title:
            document.add_paragraph(block.text, style="Title")
        else:
            _add_text_paragraph(document.add_paragraph(), block.text, indent=True)
    document.save(path)


def _set_up_styles(document) -> None:
    for name, size in STYLE_SIZES.items():
        style = document.styles[name]
        font = style.font
        font.size = Pt(size)
        font_name = BODY_FONT if name == "Normal" else HEADING_FONT
        font.name = font_name
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font_name)
    document.styles["Normal"].paragraph_format.space_after = Pt(6)


def _set_up_page(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    a4 = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    section.page_width, section.page_height = a4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.header.paragraphs[0].text = PAGE_HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    _add_page_field(footer)
    footer.add_run(" —")
    footer.alignment = 1  # centred


def _add_page_field(paragraph) -> None:
    field_element = OxmlElement("w:fldSimple")
    field_element.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field_element.append(run)
    paragraph._p.append(field_element)


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _add_text_paragraph(paragraph, text: str, indent: bool) -> None:
    """Markdown bold becomes bold runs; line breaks stay breaks inside the paragraph."""
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.runs[-1].add_break(WD_BREAK.LINE)
        for k, piece in enumerate(_BOLD.split(line)):
            if piece:
                paragraph.add_run(piece).bold = k % 2 == 1


def _add_table(document, table: Table, width: int) -> None:
    columns = table.columns
    word_table = document.add_table(rows=len(table.rows), cols=columns)
    word_table.style = "Table Grid"
    for column, column_width in zip(word_table.columns, _column_widths(table, width)):
        column.width = column_width
        for cell in column.cells:
            cell.width = column_width
    for r, row in enumerate(table.rows):
        _keep_row_on_one_page(word_table.rows[r], header=r == 0)
        if len(row) == 1 and columns > 1:
            word_table.cell(r, 0).merge(word_table.cell(r, columns - 1))
        for c, text in enumerate(row):
            _fill_cell(word_table.cell(r, c), text)
    for column, first, last in _vertical_merges(table):
        word_table.cell(first, column).merge(word_table.cell(last, column))


def _fill_cell(cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.space_after = Pt(0)
        for run in paragraph.runs:
            run.font.size = Pt(TABLE_FONT_SIZE)


def _keep_row_on_one_page(row, header: bool) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:  # repeated at the top of every page the table runs onto
        properties.append(OxmlElement("w:tblHeader"))


def _column_widths(table: Table, width: int) -> list[int]:
    """Each column as wide as its longest line (capped) and some room, the widest
    column taking what is left: unit names stay on one line, the task text wraps."""
    longest = [2] * table.columns
    for row in table.rows:
        if len(row) == table.columns:
            for c, text in enumerate(row):
                longest[c] = max(longest[c], *(len(line) for line in text.split("\n")))
    widest = longest.index(max(longest))
    char = Pt(TABLE_FONT_SIZE).emu
    widths = [(min(n, NARROW_COLUMN_CHARS) + COLUMN_ROOM_CHARS) * char + CELL_PADDING.emu for n in longest]
    widths[widest] = width - (sum(widths) - widths[widest])
    return widths


def _vertical_merges(table: Table) -> list[tuple[int, int, int]]:
    """(column, first row, last row) for each run of continuation rows: a row whose
    leading cells are empty continues the cells above it (the project of a task list)."""
    merges = []
    open_from: dict[int, int] = {}
    for r, row in enumerate(table.rows):
        continued = set()
        if r > 1 and len(row) == table.columns and not row[0].strip():
            for c, text in enumerate(row):
                if text.strip():
                    break
                continued.add(c)
        for c in list(open_from):
            if c not in continued:
                merges.append((c, open_from.pop(c), r - 1))
        for c in continued:
            open_from.setdefault(c, r - 1)
    merges.extend((c, first, len(table.rows) - 1) for c, first in open_from.items())
    return sorted(merges)


# -------------------------------------------------------------------- html

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{title}_民生实事_常州市人民政府</title>
<meta name="SiteName" content="常州市人民政府">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:30">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="top-bar">欢迎访问常州市人民政府门户网站 | <a href="/wza">无障碍</a> | <a href="/big5">繁體</a> | <a href="/en">English</a></div>
<div class="header"><img src="/images/logo.png" alt="常州市人民政府"><form class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjcz/">走进常州</a></li><li><a href="/msss/">民生实事</a></li>
</ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/msss/">民生实事</a> &gt; 正文</div>
<div class="main">
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布日期：{date}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;浏览次数：1287&nbsp;&nbsp;字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="share">分享到：<a class="wechat">微信</a> <a class="weibo">微博</a> <a class="qzone">QQ空间</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">2024年常州市民生实事项目征集公告</a></li><li><a href="/b">常州市政府工作报告</a></li><li><a href="/c">政府信息公开年报</a></li></ul></div>
</div>
<div class="footer">
<p><a href="/about">关于本网</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：常州市人民政府办公室　承办单位：常州市大数据管理中心</p>
<p>网站标识码：3204000001　苏ICP备05012345号　苏公网安备 32040202000123号</p>
</div>
</body>
</html>
"""


#: Pages that declare gb2312 are in practice GBK (its superset), which is how browsers decode them.
_CODECS = {"gb2312": "gbk"}


def write_html(blocks: list[Block], title: str, date: str, source: str, path: Path, charset: str) -> None:
    body = "\n".join(_html_block(block) for block in blocks if not _is_title(block, title))
    page = PAGE_TEMPLATE.format(charset=charset, title=html.escape(title), date=date,
                                source=html.escape(source), body=body)
    path.write_bytes(page.encode(_CODECS.get(charset, charset)))


def _is_title(block: Block, title: str) -> bool:
    return isinstance(block, Paragraph) and block.text == title


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{html.escape(block.text)}</h{block.level}>"
    if isinstance(block, Table):
        return _html_table(block)
    return f"<p>{_html_inline(block.text)}</p>"


def _html_inline(text: str) -> str:
    escaped = html.escape(text).replace("\n", "<br>")
    return _BOLD.sub(r"<strong>\1</strong>", escaped)


def _html_table(table: Table) -> str:
    spans = {(first, column): last - first + 1 for column, first, last in _vertical_merges(table)}
    covered = {(r, column) for column, first, last in _vertical_merges(table) for r in range(first + 1, last + 1)}
    rows = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            attributes = ""
            if (r, c) in spans:
                attributes = f' rowspan="{spans[(r, c)]}"'
            if len(row) == 1 and table.columns > 1:
                attributes = f' colspan="{table.columns}"'
            cells.append(f"<td{attributes}>{_html_inline(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


# --------------------------------------------------------------------- pdf


def convert_to_pdf(docx_path: Path, out_dir: Path, filter_options: str = "") -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice not found: apt-get install libreoffice-writer fonts-noto-cjk")
    target = "pdf" + (f":writer_pdf_Export:{filter_options}" if filter_options else "")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=300)
    return out_dir / (docx_path.stem + ".pdf")


def encrypted_pdf(docx_path: Path, target: Path) -> None:
    options = ('{"EncryptFile":{"type":"boolean","value":"true"},'
               f'"DocumentOpenPassword":{{"type":"string","value":"{PASSWORD}"}}}}')
    with tempfile.TemporaryDirectory() as tmp:
        made = convert_to_pdf(docx_path, Path(tmp), options)
        shutil.move(made, target)


# ----------------------------------------------------------------- archives


class _GbkZipInfo(zipfile.ZipInfo):
    """A member name stored in GBK without the UTF-8 flag, as zip tools on Chinese
    Windows write it; the standard library would only write UTF-8."""

    def _encodeFilenameFlags(self):  # noqa: N802 (overrides zipfile's name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_gbk_zip(members: tuple[tuple[str, str], ...], target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, name in members:
            info = _GbkZipInfo(name, date_time=(2024, 1, 8, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (OUT / source).read_bytes())


def write_tar_gz(members: tuple[tuple[str, str], ...], target: Path) -> None:
    with tarfile.open(target, "w:gz") as archive:
        for source, name in members:
            data = (OUT / source).read_bytes()
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1704700800
            archive.addfile(info, io.BytesIO(data))


# --------------------------------------------------------------------- main


def build_document(doc_id: str, skip_pdf: bool) -> None:
    meta = read_manifest(CORPUS / "manifest.csv")[doc_id]
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    blocks = parse_dump(text, HEADINGS.get(doc_id, {}))
    docx_path = OUT / f"{doc_id}.docx"
    write_docx(blocks, meta.title or doc_id, docx_path)
    charset = "gb2312" if doc_id == GBK_PAGE else "utf-8"
    write_html(blocks, meta.title or doc_id, PAGE_DATES[doc_id], meta.source or "", OUT / f"{doc_id}.html",
               charset)
    if not skip_pdf:
        convert_to_pdf(docx_path, OUT)


def build_broken_files() -> None:
    pdf = (OUT / "003_86fd6de74efdd557.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    word = (OUT / "001_e48e72fc4dd62ba5.docx").read_bytes()
    (OUT / "truncated.docx").write_bytes(word[: len(word) // 2])
    encrypted_pdf(OUT / "004_a97c32f08c31be30.docx", OUT / "encrypted.pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-pdf", action="store_true", help="Only .docx and .html (no LibreOffice).")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    doc_ids = sorted(read_manifest(CORPUS / "manifest.csv"))
    for doc_id in doc_ids:
        build_document(doc_id, args.skip_pdf)
        print(f"{doc_id}: docx, html" + ("" if args.skip_pdf else ", pdf"))
    if args.skip_pdf:
        return
    build_broken_files()
    write_gbk_zip(ZIP_MEMBERS, OUT / "民生实事_gbk.zip")
    write_tar_gz(TAR_MEMBERS, OUT / "corpus.tar.gz")
    write_gbk_zip(BAD_MEMBER_ZIP, OUT / "with_bad_member.zip")
    print(f"archives and broken files in {OUT}")


if __name__ == "__main__":
    main()
