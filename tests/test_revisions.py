"""Tracked changes and comments in a Word or WPS dump: withdrawn text is no part of the
document, inserted text stands, marks and comment anchors are markup (pipeline/revisions.py)."""
import pytest

from pipeline import extract
from pipeline.document import Document, clean_view


@pytest.mark.parametrize("marked,read", [
    ("新增托位[删除：300个][插入：360个]，", "新增托位360个，"),
    ("新增托位[已删除: 300个][已插入: 360个]，", "新增托位360个，"),
    ("新增托位〔删除：300个〕〔插入：360个〕，", "新增托位360个，"),
    ("新增托位【删除的内容：300个】【插入的内容：360个】，", "新增托位360个，"),
    ("新增托位[Deleted: 300个][Inserted: 360个]，", "新增托位360个，"),
    ("新增托位[删除]300个[/删除][插入]360个[/插入]，", "新增托位360个，"),
    ("总投资8亿元【批注2】，[格式已更改]年底前完成。", "总投资8亿元，年底前完成。"),
    ("总投资8亿元[批注 12]，[注释3]年底前完成。", "总投资8亿元，年底前完成。"),
    ("[修订模式：最终状态]　某区实施方案", "　某区实施方案"),
    ("新增托位300个。\n删除的内容: 280个\n带格式的: 字体: 小四\n建成食堂9个。", "新增托位300个。\n建成食堂9个。"),
    # a whole item withdrawn, and one inserted with its number
    ("[删除：（三）旧项目。建设10个。]\n[插入：（三）新项目。建设12个。]\n",
     "\n（三）新项目。建设12个。\n"),
])
def test_tracked_changes_read_as_accepted(marked, read):
    view = clean_view(marked)
    assert view.text == read
    for i, ch in enumerate(view.text):      # every character maps back to itself
        assert marked[view.offsets.to_original(i)] == ch


@pytest.mark.parametrize("text", [
    "【托育服务】　年内新增托位300个。",        # an entry head in black brackets
    "[1] 新增托位300个，删除冗余审批事项5项。",  # a reference and the verb in prose
    "按照【2023】12号文件，插入式教学点3个。",
    "[删除：新增托位300个" + "，建成食堂" * 100,   # never closed: plain text, not swallowed
])
def test_text_without_tracked_changes_is_left_alone(text):
    assert clean_view(text).text == text


def test_a_withdrawn_figure_gives_no_record_and_the_inserted_one_points_into_the_original():
    text = "2031年，某市新增普惠性托位[删除：2000个][插入：2400个]【批注1】，建成食堂[删除：8个][插入：9个]。\n"
    records = extract(Document("t", text))
    assert [(r.text, r.value) for r in records] == [("2400个", 2400), ("9个", 9)]
    assert all(text[r.start:r.end] == r.text for r in records)
    assert "删除" not in (records[0].indicator or "") and "批注" not in (records[0].indicator or "")
