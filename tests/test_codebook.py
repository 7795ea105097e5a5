"""Codebook-coded data files: an open-data CSV whose codes a data dictionary above it maps
to meanings, read as a decoded table (pipeline/codebook.py). Made-up files in the forms
such exports take."""
from pipeline.codebook import codebook_regions
from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.run import analyse

#: a `#`-commented dictionary with `：` and `；`, English column names, an empty cell
_CSV = """# 某市某区2031年为民办实事项目进展（开放数据）
# 版本：2.0；许可：CC BY 4.0
# ===== 数据字典 =====
# item_no：项目编号（区划代码+年份+三位序号）
# category（项目类别）：A = 托育；B = 养老服务；C = 就业
# uom（计量单位）：K1 = 个；K2 = 张；K3 = 万元；K4 = 人次
# target：年度目标；actual：完成值
#
item_no,category,indicator,uom,target,actual,year
MS2031-001,A,新增普惠托位,K1,240,251,2031
MS2031-002,B,新增家庭养老床位,K2,150,,2031
MS2031-003,C,创业担保贷款贴息,K3,80,86.5,2031
MS2031-004,C,职业技能培训,K4,1200,1315,2031
# 共4行
"""

#: a dictionary in `=` with double spaces between entries and `:`, Chinese column names
#: the table reader knows, tab-separated
_TSV = """数据字典
dw: 1 = 所  2 = 公里  3 = %
lb: 1 = 教育  2 = 交通  3 = 生态环境

项目名称\tlb\tdw\t目标值\t完成值\t年度
新建中小学\t1\t1\t3\t3\t2032
新改建农村公路\t2\t2\t60\t58.4\t2032
空气优良天数比例\t3\t3\t85\t87.1\t2032
"""


def _records(text: str):
    return analyse(Document(doc_id="t", text=text))[0]


def _by_text(text: str) -> dict[str, object]:
    return {r.text: r for r in _records(text)}


def test_codes_resolve_through_the_dictionary():
    records = _by_text(_CSV)
    assert (records["240"].unit, records["240"].category, records["240"].stance) == ("个", "常有善育", "target")
    assert (records["251"].unit, records["251"].stance) == ("个", "achieved")
    assert records["150"].unit == "张" and records["150"].category == "常有颐养"
    # 万元 scaled as the unit code says
    assert records["86.5"].value == 865000 and records["86.5"].unit == "元"
    assert records["1315"].unit == "人次" and records["1315"].category == "就业创业"
    assert all(r.year == 2031 for r in records.values())


def test_empty_cells_dictionary_and_header_lines_give_no_records():
    texts = {r.text for r in _records(_CSV)}
    assert texts == {"240", "251", "150", "80", "86.5", "1200", "1315"}


def test_other_separators_and_chinese_column_names():
    records = _by_text(_TSV)
    assert records["58.4"].unit == "公里" and records["58.4"].stance == "achieved"
    assert records["87.1"].unit == "%" and records["87.1"].category == "环境改善"
    assert records["3"].unit == "所" and records["3"].year == 2032


def test_a_coded_cell_reads_as_its_meaning_in_the_dictionary():
    view = reading_order(_CSV).text
    assert "新增普惠托位\t个\t240\t251\t2031" in view
    assert "新增家庭养老床位\t张\t150\t/\t2031" in view
    assert "MS2031" not in view and "三位序号" not in view


def test_text_without_a_dictionary_is_not_read_so():
    plain = "项目,目标,完成\n新增托位,240,251\n新增床位,150,160\n"
    assert codebook_regions(plain) == []
    # a dictionary with no table of its codes under it
    assert codebook_regions("类别：1 = 教育；2 = 交通；3 = 养老；4 = 托育\n今年新增学位500个。\n") == []
